"""The Assertions tab on a hundred thousand rows: how fast, how smooth, how big.

The sandbox runs in this process (on its own thread), seeded with 100,000 awards on one badge
class and answering each request after ``--latency-ms``. The real ``AssertionsTab`` is shown
offscreen; the benchmark selects that badge class and prints:

- the time to the first visible rows;
- the time to load every row by scrolling to the end (the tab also counts the class's awards
  for its summary strip meanwhile, as it does for users);
- sort and filter times on all rows;
- the longest stall of the event loop while loading (a 5 ms QTimer heartbeat);
- the process's peak memory.

It asserts nothing. Run: ``.venv/bin/python benchmarks/assertions_table.py [--rows 100000]``
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication

from badgedesk.api.client import BadgesClient
from badgedesk.sandbox import SandboxConfig, SandboxServer
from badgedesk.sandbox.seed import BULK_BADGECLASS
from badgedesk.services.assertions import AssertionService
from badgedesk.services.audit import AuditTrail
from badgedesk.services.changes import Changes
from badgedesk.store.thread import StoreThread
from badgedesk.ui.assertions.tab import AssertionsTab
from badgedesk.ui.pyside_fixes import MainThreadGarbageCollector, pin_singletons


class Heartbeat:
    """Ticks every 5 ms; the longest gap between ticks, less 5 ms, is the longest stall."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0
        self._last = 0

    def start(self) -> None:
        self.longest = 0.0
        self.clock.start()
        self._last = 0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self._last - 5)
        self._last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def until(condition: Callable[[], object], limit_s: float = 600) -> None:
    deadline = time.perf_counter() + limit_s
    while True:
        if condition():
            return
        if time.perf_counter() > deadline:
            raise TimeoutError
        await asyncio.sleep(0.001)


async def measure(rows: int, latency_ms: int) -> None:
    started = time.perf_counter()
    server = SandboxServer(SandboxConfig(bulk_assertions=rows, latency_ms=latency_ms)).start()
    print(f"sandbox seeded with {rows:,} more awards in {time.perf_counter() - started:.1f} s")
    # The emulator's records share this process but are not the tab's: frozen out of the
    # garbage collector, the first collections do not walk them (they cost 54 and 64 ms
    # about 3 s into loading, stalls a separate server would not cause).
    gc.collect()
    gc.freeze()
    token = server.mint_token().access_token
    client = BadgesClient(server.base_url, token)
    with tempfile.TemporaryDirectory() as tmp:
        store = StoreThread(Path(tmp) / "bench.sqlite3")
        audit = AuditTrail(store, lambda: ("bench", None))
        tab = AssertionsTab()
        tab.resize(1400, 900)
        tab.attach(AssertionService(lambda: client, audit, Changes()), None, lambda _scope: True)
        tab.show_catalogue(
            await client.list_issuers(), await client.list_badgeclasses(), offline=False
        )
        tab.show()
        bulk = next(b for b in tab.badgeclasses.values() if b.name == BULK_BADGECLASS)
        print(f"peak memory before loading: {peak_mb():.0f} MB")

        beat = Heartbeat()
        beat.start()
        clock = time.perf_counter()
        tab.select_node(bulk.key)
        await until(lambda: tab.model.rowCount() > 0)
        tab.table.viewport().repaint()  # the rows are painted
        first_rows = time.perf_counter() - clock
        print(f"first rows visible: {first_rows * 1000:.0f} ms")

        while not tab.model.complete:
            tab.table.scrollToBottom()
            await asyncio.sleep(0.001)
            if tab.model.error:
                raise RuntimeError(tab.model.error)
        load_all = time.perf_counter() - clock
        stall = beat.stop()
        count = tab.model.rowCount()
        print(
            f"all {count:,} rows loaded by scrolling: {load_all:.1f} s "
            f"({count / load_all:,.0f} rows/s)"
        )
        print(f"longest event-loop stall while loading: {stall:.0f} ms")
        summary_task = tab.tasks.get("summary")
        if summary_task is not None:
            await summary_task

        for column, name in ((0, "recipient"), (2, "issued on"), (4, "status"), (6, "narrative")):
            clock = time.perf_counter()
            tab.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
            tab.table.viewport().repaint()
            print(f"sort by {name}: {(time.perf_counter() - clock) * 1000:.0f} ms")
        clock = time.perf_counter()
        tab.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        print(f"back to server order: {(time.perf_counter() - clock) * 1000:.0f} ms")
        for needle in ("student0123", "lecture 7", "revoked"):
            clock = time.perf_counter()
            tab.model.set_text_filter(needle)
            tab.table.viewport().repaint()
            took = (time.perf_counter() - clock) * 1000
            print(f"filter {needle!r}: {took:.0f} ms, {tab.model.rowCount():,} rows")
        clock = time.perf_counter()
        tab.model.set_text_filter("")
        print(f"clear the filter: {(time.perf_counter() - clock) * 1000:.0f} ms")
        print(f"peak memory: {peak_mb():.0f} MB")
        tab.attach(None, None, lambda _scope: False)
        tab.close()
        store.close()
    await client.aclose()
    server.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--latency-ms", type=int, default=20)
    args = parser.parse_args()
    pin_singletons()
    app = QApplication(sys.argv[:1])
    MainThreadGarbageCollector(app)
    app.setQuitOnLastWindowClosed(False)  # closing the tab must not end the loop under us
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(measure(args.rows, args.latency_ms))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
