"""A submitting process killed outright, again and again: after each restart and
reconciliation every row is still in the store and no recipient is ever awarded twice.

The sandbox runs in this process; ``tests.services.submit_worker`` submits the batch in a
child process that is sent SIGKILL while its requests are in flight.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from badgedesk.core.batches import DraftRow
from badgedesk.core.states import RowState
from badgedesk.sandbox import ALL_SCOPES, SandboxServer
from badgedesk.store import AuditLog
from badgedesk.store.thread import StoreThread
from tests.services.award_batches import badgeclass_of, make_batch
from tests.services.crash_runs import SEED, store_at, wait_for_quiet_server, wait_until
from tests.services.submit_worker import TOKEN_VARIABLE, loopback_url

ROWS = 200
KILLS = 6
LATENCY_MS = 80
REPO_ROOT = Path(__file__).resolve().parents[2]
PREFIX = "learner"


@dataclass(frozen=True)
class KillReport:
    delay: float
    requests_lost: bool
    awarded: int
    sending: int
    landed: int
    """Rows left ``sending`` whose award reached the sandbox (the answer was lost)."""
    pending: int


def award_posts(sandbox: SandboxServer) -> int:
    return sum(
        1
        for r in sandbox.requests
        if r.method == "POST"
        and r.path.startswith("/v2/badgeclasses/")
        and r.path.endswith("/assertions")
    )


def live_awards(sandbox: SandboxServer, badgeclass: str) -> dict[str, list[str]]:
    """identity -> entityIds of its live (unrevoked) awards of ``badgeclass``."""
    found: dict[str, list[str]] = {}
    with sandbox.state.lock:
        for record in sandbox.state.assertions.values():
            if (
                record.badgeclass == badgeclass
                and record.identity.startswith(PREFIX)
                and not record.revoked
            ):
                found.setdefault(record.identity, []).append(record.entity_id)
    return found


def check_invariants(rows: list[DraftRow], on_server: dict[str, list[str]], context: str) -> None:
    """What must hold at any instant, however the worker died."""
    assert len(rows) == ROWS, f"{context}: the store holds {len(rows)} rows, not {ROWS}"
    twice = {identity: ids for identity, ids in on_server.items() if len(ids) > 1}
    assert not twice, f"{context}: awarded more than once on the sandbox: {twice}"
    for row in rows:
        held = on_server.get(row.fields.identity, [])
        if row.state == RowState.AWARDED:
            assert held == [row.entity_id], (
                f"{context}: row {row.id} ({row.fields.identity}) is awarded as "
                f"{row.entity_id} but the sandbox holds {held}"
            )
        elif row.state == RowState.PENDING:
            assert not held, (
                f"{context}: row {row.id} ({row.fields.identity}) is pending although the "
                f"sandbox holds {held}: it would be sent again"
            )


def start_worker(db_path: Path, batch_id: int, sandbox: SandboxServer) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env[TOKEN_VARIABLE] = sandbox.mint_token(scope=ALL_SCOPES).access_token
    args = [str(db_path), str(batch_id), sandbox.base_url]
    return subprocess.Popen(
        [sys.executable, "-m", "tests.services.submit_worker", *args],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX only")
@pytest.mark.timeout(120)
def test_killed_submissions_award_every_row_exactly_once(sandbox, tmp_path):
    started = time.monotonic()
    print(f"\ncrash test seed {SEED} (set BADGEDESK_CRASH_SEED to replay)")
    rng = random.Random(SEED)
    sandbox.faults.latency_ms = LATENCY_MS
    db_path = tmp_path / "badgedesk.sqlite3"
    drafts = StoreThread(db_path)
    try:
        batch_id = make_batch(drafts, sandbox, ROWS, prefix=PREFIX)
    finally:
        drafts.close()
    badgeclass = badgeclass_of(sandbox).entity_id

    reports: list[KillReport] = []
    for kill in range(1, KILLS + 1):
        context = f"seed {SEED}, kill {kill}"
        # The sandbox handles a request whose sender died (the award lands, the answer is
        # lost). On even kills the requests in flight are dropped unhandled instead, so
        # reconciliation meets both: an award to find, and none (the row is sent again).
        requests_lost = kill % 2 == 0
        posts_before = award_posts(sandbox)
        worker = start_worker(db_path, batch_id, sandbox)
        try:
            # Kill only once it is sending (after its reconciliation), at a random moment.
            wait_until(
                lambda w=worker, n=posts_before: award_posts(sandbox) > n or w.poll() is not None,
                20,
                "the worker to send",
            )
            delay = rng.uniform(0.05, 0.6)
            time.sleep(delay)
            assert worker.poll() is None, (
                f"{context}: the worker ended before it was killed "
                f"(exit {worker.returncode}): {worker.communicate()}; raise LATENCY_MS"
            )
            if requests_lost:
                sandbox.faults.enqueue("drop", count=4, path_prefix="/v2/badgeclasses/")
            os.kill(worker.pid, signal.SIGKILL)
            worker.communicate(timeout=10)
        finally:
            if worker.poll() is None:
                worker.kill()
                worker.communicate(timeout=10)
        assert worker.returncode == -signal.SIGKILL, context

        wait_for_quiet_server(sandbox)
        sandbox.faults.clear()  # drops the in-flight requests did not use
        with store_at(db_path) as store:
            rows = store.rows(batch_id)
        on_server = live_awards(sandbox, badgeclass)
        check_invariants(rows, on_server, context)
        states = Counter(row.state for row in rows)
        landed = sum(
            1 for r in rows if r.state == RowState.SENDING and r.fields.identity in on_server
        )
        report = KillReport(
            delay,
            requests_lost,
            states[RowState.AWARDED],
            states[RowState.SENDING],
            landed,
            states[RowState.PENDING],
        )
        reports.append(report)
        print(
            f"kill {kill} after {report.delay:.3f}s"
            f"{' (requests in flight dropped)' if requests_lost else ''}: "
            f"{report.awarded} awarded, "
            f"{report.sending} sending ({report.landed} of them landed), "
            f"{report.pending} pending"
        )

    assert any(report.sending for report in reports), (
        f"seed {SEED}: no kill left a row 'sending', so reconciliation went untested; "
        "raise LATENCY_MS"
    )
    assert any(report.landed for report in reports), (
        f"seed {SEED}: no row left 'sending' had its award on the sandbox; raise LATENCY_MS"
    )
    assert any(report.sending > report.landed for report in reports), (
        f"seed {SEED}: every row left 'sending' had its award on the sandbox, so resending "
        "after reconciliation went untested; raise LATENCY_MS"
    )

    worker = start_worker(db_path, batch_id, sandbox)
    out, err = worker.communicate(timeout=60)
    assert worker.returncode == 0, f"seed {SEED}: final run exited {worker.returncode}: {err}"
    figures = json.loads(out.strip().splitlines()[-1])
    assert figures["failed"] == 0, figures
    assert figures["stopped"] is None, figures
    assert figures["awarded"] == figures["total"] == ROWS - reports[-1].awarded, figures

    wait_for_quiet_server(sandbox)
    on_server = live_awards(sandbox, badgeclass)
    with store_at(db_path) as store:
        rows = store.rows(batch_id)
        audit = AuditLog(store._conn).entries()
    context = f"seed {SEED}, final"
    check_invariants(rows, on_server, context)
    assert {row.state for row in rows} == {RowState.AWARDED}, context
    assert len(on_server) == ROWS, f"{context}: {len(on_server)} recipients hold the badge"
    assert all(len(ids) == 1 for ids in on_server.values()), context
    for row in rows:
        assert on_server[row.fields.identity] == [row.entity_id], f"{context}: row {row.id}"

    by_row = Counter(entry.target.split(":", 1)[0] for entry in audit)
    ok_by_row = Counter(entry.target.split(":", 1)[0] for entry in audit if entry.outcome == "ok")
    for row in rows:
        key = f"batch {batch_id} row {row.id}"
        assert by_row[key] >= 1, f"{context}: no audit entry for {key}"
        assert ok_by_row[key] == 1, f"{context}: {ok_by_row[key]} 'ok' audit entries for {key}"
    print(
        f"final run: {figures}; audit {dict(Counter(e.operation for e in audit))}; "
        f"{time.monotonic() - started:.1f}s in all"
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://api.badgr.io",
        "http://localhost:8000",
        "http://127.0.0.2:8000",
        "http://user@127.0.0.1:8000",
        "https://127.0.0.1:8000",
        "http://[::1]:8000",
    ],
)
def test_the_worker_refuses_any_server_but_loopback(url):
    with pytest.raises(ValueError, match="refusing"):
        loopback_url(url)
    assert loopback_url("http://127.0.0.1:8123") == "http://127.0.0.1:8123"
