"""Checking and revoking a large revocation batch: how fast, and how smooth.

The sandbox runs in a process of its own (its work does not share this process's interpreter
lock) and answers each request after ``--latency-ms``. For each ``--chunk`` size, ``--rows``
throwaway awards are made in one ``issue_batch`` request, then the real Revocations tab (shown
offscreen, as the main window holds it) gets a batch of their entityIds with a reason, and the
benchmark times, as the tab does them:

- the check (``tab.check``): one GET per row, a few in flight at a time;
- the submission (``tab.submit``): one POST per chunk of rows;

printing for each the rows, the wall time, rows per second, the requests made and the longest
stall of the event loop meanwhile (a 5 ms heartbeat).

It asserts nothing but that every row ends revoked. Run:
``.venv/bin/python benchmarks/batch_revoke.py [--rows 1000] [--latency-ms 50] [--chunk 100 25]``
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from assertions_table import (  # the sibling benchmark's event-loop heartbeat, and window
    Heartbeat,
    shown_as_in_the_window,
)
from figures import Figure, add_options, print_figures
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from badgedesk.api.client import BadgesClient
from badgedesk.api.models import AwardRequest, Recipient
from badgedesk.app import prepare_environment
from badgedesk.core.batches import RevocationTarget
from badgedesk.core.states import Match, RowState
from badgedesk.sandbox import FLAVORS, SandboxConfig
from badgedesk.sandbox.process import SandboxProcess
from badgedesk.services.changes import Changes
from badgedesk.services.revocation_batches import RevocationBatches
from badgedesk.services.revocation_check import LOOKUP_CONCURRENCY
from badgedesk.store.thread import StoreThread
from badgedesk.ui.event_loop import EventLoop
from badgedesk.ui.pyside_fixes import MainThreadGarbageCollector, pin_singletons
from badgedesk.ui.revocations.tab import RevocationsTab

REASON = "Benchmark: course cancelled"
REVOKE_PATH = "/v2/assertions/revoke"
T = TypeVar("T")


async def award(client: BadgesClient, badgeclass_id: str, rows: int, run: int) -> list[str]:
    """``rows`` awards to throwaway recipients, in one request; their entityIds."""
    requests = [
        AwardRequest(recipient=Recipient(identity=f"revoke{run}-{n:05d}@bench.test"))
        for n in range(rows)
    ]
    made = await client.issue_batch(badgeclass_id, requests)
    ids = [assertion.entity_id for assertion in made]
    if len(ids) != rows or None in ids:
        raise RuntimeError("the sandbox did not make every award")
    return [entity_id for entity_id in ids if entity_id is not None]


async def measured(work: Callable[[], Awaitable[T]]) -> tuple[T, float, float]:
    """Run ``work`` with the heartbeat on; (its result, seconds, longest stall in ms)."""
    heartbeat = Heartbeat()
    heartbeat.start()
    started = time.perf_counter()
    result = await work()
    seconds = time.perf_counter() - started
    return result, seconds, heartbeat.stop()


def requests_of(served: list[tuple[str, str, int | None]], method: str, path: str = "") -> int:
    """How many of ``served`` were ``method`` requests (to ``path``, if given)."""
    return sum(
        1
        for asked, at, _status in served
        if asked == method and (not path or at == path) and at != "/o/token"
    )


def line(what: str, rows: int, seconds: float, ideal: float, requests: str, stall: float) -> str:
    """One result; ``ideal`` is the time the requests alone take, one latency per round."""
    return (
        f"  {what:<6} {rows} rows: {seconds:5.2f} s (ideal {ideal:5.2f} s, ratio "
        f"{seconds / ideal:4.2f}), {rows / seconds:4.0f} rows/s, {requests}, "
        f"longest event-loop stall {stall:.0f} ms"
    )


async def revoke_once(
    tab: RevocationsTab,
    server: SandboxProcess,
    client: BadgesClient,
    size: int,
    chunk: int,
    run: int,
    latency_s: float,
) -> list[Figure]:
    """Award ``size`` badges, then check and revoke them all through the tab."""
    ids = await award(client, server.badgeclass("Peer Mentor"), size, run)
    batch = await tab.new_batch(
        f"run {run}", [RevocationTarget(entity_id, match=Match.UNCHECKED) for entity_id in ids]
    )
    tab.editor.reason_edit.setText(REASON)
    tab.editor.reason_edit.textEdited.emit(REASON)  # as typing does: saved, Review enabled
    tab.editor.chunk_box.setValue(chunk)
    await tab.editor.flush()
    print(f"chunk size {chunk}:")

    server.requests()  # forget what was served before
    report, seconds, stall = await measured(lambda: tab.check(batch.id))
    if report is None or report.found != size:
        raise RuntimeError(f"the check did not find every row: {report}")
    gets = requests_of(server.requests(), "GET")
    ideal = math.ceil(size / LOOKUP_CONCURRENCY) * latency_s
    requests = f"{gets} GETs ({LOOKUP_CONCURRENCY} in flight)"
    print(line("check", size, seconds, ideal, requests, stall))
    figures = [Figure(f"check of {size} rows against the ideal", round(seconds / ideal, 2), "x")]

    result, seconds, stall = await measured(lambda: tab.submit(batch.id))
    if result is None or result.succeeded != size:
        raise RuntimeError(f"the batch did not complete: {result}")
    served = server.requests()
    posts = requests_of(served, "POST", REVOKE_PATH)
    others = requests_of(served, "GET") + requests_of(served, "POST") - posts
    ideal = math.ceil(size / chunk) * latency_s
    print(line("submit", size, seconds, ideal, f"{posts} POSTs, {others} others", stall))
    name = f"revocation of {size} rows, {chunk} a request, against the ideal"
    figures.append(Figure(name, round(seconds / ideal, 2), "x"))

    rows = await tab.batches.rows(batch.id)
    revoked = server.revoked()
    if any(row.state != RowState.REVOKED for row in rows) or not set(ids) <= revoked:
        raise RuntimeError("some rows were not revoked")
    return figures


async def main(args: argparse.Namespace) -> list[Figure]:
    figures: list[Figure] = []
    work = Path(tempfile.mkdtemp(prefix="badgedesk-bench-"))
    config = SandboxConfig(token_backoff=False, latency_ms=args.latency_ms, flavor=args.flavor)
    with SandboxProcess(config) as server:
        token = server.token()
        client = BadgesClient(server.base_url, token)
        drafts = StoreThread(work / "bench.sqlite3")
        batches = RevocationBatches(drafts, lambda: client, lambda: ("Sandbox", "bench"), Changes())
        tab = RevocationsTab(batches, QSettings(str(work / "s.ini"), QSettings.Format.IniFormat))
        tab.set_signed_in(True)
        window = shown_as_in_the_window(tab, 1300, 800)
        print(
            f"{args.rows} rows, {args.flavor} sandbox in its own process, latency "
            f"{args.latency_ms} ms, offscreen, {os.cpu_count()} CPUs"
        )
        for run, chunk in enumerate(args.chunk):
            figures += await revoke_once(
                tab, server, client, args.rows, chunk, run, args.latency_ms / 1000
            )
        await tab.shutdown()
        window.close()
        await client.aclose()
        drafts.close()
    return figures


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--latency-ms", type=int, default=50)
    parser.add_argument("--flavor", choices=FLAVORS, default="parchment", help="sandbox flavour")
    parser.add_argument("--chunk", type=int, nargs="+", default=[100, 25])
    add_options(parser)
    args = parser.parse_args()
    if args.quick:
        args.rows = min(args.rows, 300)
    prepare_environment(self_test=False)  # as the program: every fill on the GUI thread
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    pin_singletons()
    collector = MainThreadGarbageCollector(app)
    loop = EventLoop(app)
    asyncio.set_event_loop(loop)
    figures = loop.run_until_complete(main(args))
    if args.json:
        print_figures(figures)
