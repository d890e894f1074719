"""Submitting a draft batch, and importing a large CSV: how fast, and how smooth.

The sandbox runs in this process (on its own thread) and answers each request after
``--latency-ms``. The real Drafts tab is shown offscreen, a batch of ``--rows`` rows is
submitted through it at each concurrency, and the benchmark prints:

- the wall time of each submission, and its ratio to the ideal (rows * latency / concurrency);
- the longest stall of the event loop while the editor shows progress (a 5 ms heartbeat);
- the time to read, map and check a ``--csv-rows`` CSV file (what the import dialog does).

It asserts nothing. Run: ``.venv/bin/python benchmarks/batch_award.py [--latency-ms 50]``
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from assertions_table import Heartbeat  # the sibling benchmark's event-loop heartbeat
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from badgedesk.api.client import BadgesClient
from badgedesk.core.batches import BadgeClassChoice, BatchDefaults, RowFields
from badgedesk.sandbox import ALL_SCOPES, FLAVORS, SandboxConfig, SandboxServer
from badgedesk.services.award_batches import AwardBatches
from badgedesk.services.changes import Changes
from badgedesk.services.row_import import default_mapping, map_records, read_table
from badgedesk.store.thread import StoreThread
from badgedesk.ui.drafts.tab import DraftsTab
from badgedesk.ui.pyside_fixes import MainThreadGarbageCollector, pin_singletons


async def submit_once(
    tab: DraftsTab, server: SandboxServer, rows: int, concurrency: int, run: int
) -> tuple[float, float]:
    """Submit a fresh batch of ``rows`` through the tab; (seconds, longest stall in ms)."""
    badgeclass = next(b for b in server.state.badgeclasses.values() if b.name == "Peer Mentor")
    choice = BadgeClassChoice(badgeclass.entity_id, badgeclass.name)
    fields = [RowFields(identity=f"r{run}-{n:05d}@bench.test") for n in range(rows)]
    batch = await tab.service.create_batch(f"run {run}", choice, BatchDefaults(), fields)
    await tab.refresh()
    await tab.open_batch(batch.id)
    tab.editor.concurrency_box.setValue(concurrency)
    heartbeat = Heartbeat()
    heartbeat.start()
    started = time.perf_counter()
    result = await tab.submit(batch.id)
    seconds = time.perf_counter() - started
    stall = heartbeat.stop()
    if result is None or result.succeeded != rows:
        raise RuntimeError(f"the batch did not complete: {result}")
    return seconds, stall


def csv_file(path: Path, rows: int) -> None:
    lines = ["Email;Narrative;Evidence;Issued on"]
    lines += [
        f'learner{n:06d}@school.test;"Completed module {n % 12}, with distinction";'
        f"https://portfolio.example.org/{n};2026-0{1 + n % 9}-1{n % 10}"
        for n in range(rows)
    ]
    path.write_text("\n".join(lines), encoding="utf-8-sig")


def import_csv(path: Path) -> tuple[float, int, int]:
    started = time.perf_counter()
    table = read_table(path.read_bytes())
    mapping, has_header = default_mapping(table)
    result = map_records(
        table, mapping, has_header=has_header, defaults=BatchDefaults(), today=date.today()
    )
    return time.perf_counter() - started, len(result.rows), len(result.rejections)


async def main(args: argparse.Namespace) -> None:
    work = Path(tempfile.mkdtemp(prefix="badgedesk-bench-"))
    config = SandboxConfig(token_backoff=False, latency_ms=args.latency_ms, flavor=args.flavor)
    with SandboxServer(config) as server:
        token = server.mint_token(scope=ALL_SCOPES).access_token
        client = BadgesClient(server.base_url, token)
        drafts = StoreThread(work / "bench.sqlite3")
        service = AwardBatches(drafts, lambda: client, lambda: ("Sandbox", "b"), Changes())
        tab = DraftsTab(service, QSettings(str(work / "s.ini"), QSettings.Format.IniFormat))
        tab.set_signed_in(True)
        tab.resize(1300, 800)
        tab.show()
        print(
            f"{args.rows} rows, {args.flavor} sandbox, latency {args.latency_ms} ms, in-process, "
            f"offscreen, {os.cpu_count()} CPUs"
        )
        for run, concurrency in enumerate(args.concurrency):
            seconds, stall = await submit_once(tab, server, args.rows, concurrency, run)
            ideal = args.rows * args.latency_ms / 1000 / concurrency
            print(
                f"concurrency {concurrency}: {seconds:.2f} s, ideal {ideal:.2f} s, "
                f"ratio {seconds / ideal:.2f}, {args.rows / seconds:.0f} rows/s, "
                f"longest event-loop stall {stall:.0f} ms"
            )
        await tab.shutdown()
        await client.aclose()
        drafts.close()
    path = work / "cohort.csv"
    csv_file(path, args.csv_rows)
    for _ in range(3):
        seconds, accepted, rejected = import_csv(path)
        print(
            f"CSV import of {args.csv_rows} rows ({path.stat().st_size / 1e6:.1f} MB): "
            f"{seconds:.2f} s read, mapped and checked ({accepted} accepted, {rejected} rejected)"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--latency-ms", type=int, default=50)
    parser.add_argument("--flavor", choices=FLAVORS, default="parchment", help="sandbox flavour")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[4, 8])
    parser.add_argument("--csv-rows", type=int, default=50_000)
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    pin_singletons()
    collector = MainThreadGarbageCollector(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.run_until_complete(main(parser.parse_args()))
