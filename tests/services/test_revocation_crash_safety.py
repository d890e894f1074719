"""A process revoking a batch killed outright, again and again: after each restart and
read-back every row is still in the store, a row the store calls ``pending`` was never
revoked, and in the end every award is revoked exactly once, with the batch's reason.

The sandbox runs in this process; ``tests.services.revoke_worker`` sends the batch in chunks
from a child process that is sent SIGKILL while its requests are in flight. Every item the
sandbox handles in ``POST /v2/assertions/revoke`` is recorded here, so a second revocation
(the server's ``already_revoked`` refusal) is seen even when the answer went to a dead process.
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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from badgedesk.core.batches import RevocationRow
from badgedesk.core.states import RowState
from badgedesk.sandbox import ALL_SCOPES, SandboxServer
from badgedesk.sandbox.api import ApiServer
from badgedesk.services.revocation_submission import OPERATION, RECONCILED
from badgedesk.store import AuditLog
from badgedesk.store.thread import StoreThread
from tests.services.crash_runs import SEED, store_at, wait_for_quiet_server, wait_until
from tests.services.revocation_batches import award_people, make_batch
from tests.services.revoke_worker import CHUNK_SIZE
from tests.services.submit_worker import TOKEN_VARIABLE

ROWS = 200
KILLS = 6
LATENCY_MS = 80
KILL_DELAY = (0.02, 0.4)
"""Seconds from the worker's first revocation request to its SIGKILL (drawn from SEED)."""
REASON = "Course withdrawn (crash test)"
PREFIX = "revokee"
REVOKE_PATH = "/v2/assertions/revoke"
REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Ledger:
    """What the sandbox did with each item of every batch revocation it handled."""

    revoked: Counter[str] = field(default_factory=Counter)
    refused: list[tuple[str, str]] = field(default_factory=list)
    """(entityId, code) of every item the server did not revoke, ``already_revoked`` above all."""


def record_revocations(monkeypatch: pytest.MonkeyPatch) -> Ledger:
    """Wrap the sandbox's handling of one batch item (it runs with the state lock held)."""
    ledger = Ledger()
    handle = ApiServer._revoke_item

    def recording(self: ApiServer, call: Any, item: Any) -> dict[str, Any]:
        answer = handle(self, call, item)
        key = str(answer.get("entityId") or "")
        if answer["revoked"]:
            ledger.revoked[key] += 1
        else:
            ledger.refused.append((key, str(answer.get("code"))))
        return answer

    monkeypatch.setattr(ApiServer, "_revoke_item", recording)
    return ledger


@dataclass(frozen=True)
class KillReport:
    delay: float
    requests_lost: bool
    revoked: int
    sending: int
    landed: int
    """Rows left ``sending`` whose revocation reached the sandbox (the answer was lost)."""
    pending: int


def revoke_posts(sandbox: SandboxServer) -> list[list[str]]:
    """The entityIds of each batch revocation the sandbox received, in order."""
    return [
        [item["entityId"] for item in json.loads(r.body)]
        for r in sandbox.requests
        if r.method == "POST" and r.path == REVOKE_PATH
    ]


def revocations_on_server(sandbox: SandboxServer, ids: list[str]) -> dict[str, str | None]:
    """entityId -> its revocation reason, for the batch's awards the sandbox holds revoked."""
    with sandbox.state.lock:
        return {
            e: sandbox.state.assertions[e].revocation_reason
            for e in ids
            if sandbox.state.assertions[e].revoked
        }


def check_invariants(
    rows: list[RevocationRow],
    ids: list[str],
    on_server: dict[str, str | None],
    ledger: Ledger,
    context: str,
) -> None:
    """What must hold at any instant, however the worker died."""
    assert sorted(row.target.entity_id or "" for row in rows) == sorted(ids), (
        f"{context}: the store holds {len(rows)} rows, not the batch's {ROWS}"
    )
    twice = {e: n for e, n in ledger.revoked.items() if n > 1}
    assert not twice, f"{context}: revoked more than once on the sandbox: {twice}"
    assert not ledger.refused, (
        f"{context}: the sandbox refused items (an award sent again once revoked?): "
        f"{ledger.refused[:10]}"
    )
    assert set(ledger.revoked) == set(on_server), f"{context}: the ledger and the sandbox differ"
    for row in rows:
        entity_id = row.target.entity_id or ""
        where = f"{context}: row {row.id} ({entity_id}) is {row.state}"
        assert row.state not in (RowState.FAILED, RowState.SKIPPED), (
            f"{where}: {row.error!r} {row.code!r}"
        )
        if row.state == RowState.REVOKED:
            assert on_server.get(entity_id) == REASON, f"{where} but the sandbox holds it " + (
                f"revoked for {on_server[entity_id]!r}" if entity_id in on_server else "live"
            )
        elif row.state == RowState.PENDING:
            assert entity_id not in on_server, (
                f"{where} although the sandbox revoked it: it would be sent again"
            )
        elif entity_id in on_server:
            assert on_server[entity_id] == REASON, f"{where}: {on_server[entity_id]!r}"


def start_worker(db_path: Path, batch_id: int, sandbox: SandboxServer) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env[TOKEN_VARIABLE] = sandbox.mint_token(scope=ALL_SCOPES).access_token
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.services.revoke_worker",
            str(db_path),
            str(batch_id),
            sandbox.base_url,
        ],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX only")
@pytest.mark.timeout(120)
def test_killed_revocations_revoke_every_row_exactly_once(
    sandbox, client, runner, db_path, monkeypatch
):
    started = time.monotonic()
    print(f"\nrevocation crash test seed {SEED} (set BADGEDESK_CRASH_SEED to replay)")
    rng = random.Random(SEED)
    ids = award_people(runner, client, sandbox, ROWS, prefix=PREFIX)
    drafts = StoreThread(db_path)
    try:
        batch_id = make_batch(drafts, ids, reason=REASON)
    finally:
        drafts.close()
    ledger = record_revocations(monkeypatch)
    sandbox.faults.latency_ms = LATENCY_MS

    reports: list[KillReport] = []
    unlanded: Counter[str] = Counter()
    """How often each row was left ``sending`` with its request dropped unhandled."""
    for kill in range(1, KILLS + 1):
        context = f"seed {SEED}, kill {kill}"
        # The sandbox handles a request whose sender died (the chunk is revoked, the answer
        # is lost). On even kills the request in flight is dropped unhandled instead, so the
        # read-back meets both: rows revoked by us, and rows still live (sent again).
        requests_lost = kill % 2 == 0
        posts_before = len(revoke_posts(sandbox))
        worker = start_worker(db_path, batch_id, sandbox)
        try:
            # Kill only once it is sending (after its read-back), at a random moment.
            wait_until(
                lambda w=worker, n=posts_before: (
                    len(revoke_posts(sandbox)) > n or w.poll() is not None
                ),
                20,
                "the worker to send",
            )
            delay = rng.uniform(*KILL_DELAY)
            time.sleep(delay)
            assert worker.poll() is None, (
                f"{context}: the worker ended before it was killed "
                f"(exit {worker.returncode}): {worker.communicate()}; raise LATENCY_MS"
            )
            if requests_lost:
                sandbox.faults.enqueue("drop", count=4, path_prefix=REVOKE_PATH)
            os.kill(worker.pid, signal.SIGKILL)
            worker.communicate(timeout=10)
        finally:
            if worker.poll() is None:
                worker.kill()
                worker.communicate(timeout=10)
        assert worker.returncode == -signal.SIGKILL, context

        wait_for_quiet_server(sandbox)
        sandbox.faults.clear()  # drops the request in flight did not use
        with store_at(db_path) as store:
            rows = store.revocations.rows(batch_id)
        on_server = revocations_on_server(sandbox, ids)
        check_invariants(rows, ids, on_server, ledger, context)
        states = Counter(row.state for row in rows)
        left = [r.target.entity_id or "" for r in rows if r.state == RowState.SENDING]
        landed = sum(1 for e in left if e in on_server)
        unlanded.update(e for e in left if e not in on_server)
        report = KillReport(
            delay,
            requests_lost,
            states[RowState.REVOKED],
            states[RowState.SENDING],
            landed,
            states[RowState.PENDING],
        )
        reports.append(report)
        print(
            f"kill {kill} after {report.delay:.3f}s"
            f"{' (requests in flight dropped)' if requests_lost else ''}: "
            f"{report.revoked} revoked, "
            f"{report.sending} sending ({report.landed} of them landed), "
            f"{report.pending} pending"
        )

    assert any(report.sending for report in reports), (
        f"seed {SEED}: no kill left a row 'sending', so the read-back went untested; "
        "raise LATENCY_MS"
    )
    assert any(report.landed for report in reports), (
        f"seed {SEED}: no row left 'sending' was revoked on the sandbox; raise LATENCY_MS"
    )
    assert any(report.sending > report.landed for report in reports), (
        f"seed {SEED}: every row left 'sending' was revoked on the sandbox, so sending again "
        "after the read-back went untested; raise LATENCY_MS"
    )

    final_started = time.monotonic()
    worker = start_worker(db_path, batch_id, sandbox)
    out, err = worker.communicate(timeout=60)
    final_seconds = time.monotonic() - final_started
    assert worker.returncode == 0, f"seed {SEED}: final run exited {worker.returncode}: {err}"
    figures = json.loads(out.strip().splitlines()[-1])
    assert figures["failed"] == figures["skipped"] == 0, figures
    assert figures["stopped"] is None, figures
    assert figures["revoked"] == figures["total"] == ROWS - reports[-1].revoked, figures

    wait_for_quiet_server(sandbox)
    on_server = revocations_on_server(sandbox, ids)
    with store_at(db_path) as store:
        rows = store.revocations.rows(batch_id)
        audit = AuditLog(store._conn).entries()
    context = f"seed {SEED}, final"
    check_invariants(rows, ids, on_server, ledger, context)
    assert {row.state for row in rows} == {RowState.REVOKED}, context
    assert on_server == dict.fromkeys(ids, REASON), f"{context}: not all revoked with the reason"
    assert ledger.revoked == Counter(ids), f"{context}: not every award revoked exactly once"

    # The sandbox handled each item once (the ledger) and refused none, so nothing was sent
    # again once revoked; and a row went out again only after a send of it was dropped
    # unhandled by a kill.
    sent = Counter(e for post in revoke_posts(sandbox) for e in post)
    assert set(sent) == set(ids), context
    again = {e: n for e, n in sent.items() if n > 1 + unlanded[e]}
    assert not again, f"{context}: sent more often than dropped sends explain: {again}"
    resent = sum(1 for n in sent.values() if n > 1)

    operations = {OPERATION, RECONCILED}
    by_row = Counter(entry.target.split(":", 1)[0] for entry in audit)
    ok_by_row = Counter(
        entry.target.split(":", 1)[0]
        for entry in audit
        if entry.outcome == "ok" and entry.operation in operations
    )
    assert {entry.operation for entry in audit} <= operations, context
    refusals = [e for e in audit if "already revoked" in (e.detail or "").lower()]
    assert not refusals, f"{context}: {refusals[:5]}"
    for row in rows:
        key = f"batch {batch_id} row {row.id}"
        assert by_row[key] >= 1, f"{context}: no audit entry for {key}"
        assert ok_by_row[key] == 1, f"{context}: {ok_by_row[key]} 'ok' audit entries for {key}"
    reconciled = sum(1 for e in audit if e.operation == RECONCILED and e.outcome == "ok")
    print(
        f"final run ({final_seconds:.1f}s): {figures}; {len(revoke_posts(sandbox))} POSTs of "
        f"<= {CHUNK_SIZE} rows, {resent} rows sent twice (first send dropped), {reconciled} "
        f"settled by read-back; audit {dict(Counter((e.operation, e.outcome) for e in audit))}; "
        f"{time.monotonic() - started:.1f}s in all"
    )
