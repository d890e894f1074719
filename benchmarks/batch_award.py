"""Submitting a draft batch, and importing a large CSV: how fast, and how smooth.

The sandbox runs in a process of its own and answers each request after
``--latency-ms``. The real Drafts tab is shown offscreen as the main window holds it (a page
of its tab widget), a batch of ``--rows`` rows is submitted through it with each "Requests at
once" of ``--concurrency`` (the ceiling of the pace, which adapts to the server), and the
benchmark prints:

- the wall time of each submission, and its ratio to the ideal (rows * latency / concurrency)
  and to the time the bare API client takes for as many awards as many at once (the server's
  own pace: its work, and the client's, on top of the latency); and the time of a raw HTTP
  client, which does no work of its own (the sandbox's own pace: its work alone);
- the same with the sandbox throttling to ``--throttle`` requests per second (429 with
  ``Retry-After`` beyond), adaptive and at a fixed concurrency of 8 (as before the pace
  adapted: each request keeping its place while it waits out a refusal), with the 429s each
  met; the ideal is then rows / throttle (the server allows throttle * latency at once), and
  issue 25's target the same 1.15x;
- the longest stall of the event loop while the editor shows progress (a 5 ms heartbeat);
- the time to read, map and check a ``--csv-rows`` CSV file (what the import dialog does).

It asserts nothing. Run: ``.venv/bin/python benchmarks/batch_award.py [--latency-ms 50]``
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from unittest.mock import patch

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from api_client import award_many, raw_awards  # the sibling benchmark's bare and raw awards
from assertions_table import (  # the sibling benchmark's event-loop heartbeat, and window
    Heartbeat,
    shown_as_in_the_window,
)
from figures import TIMES, Figure, add_options, at_most, print_figures
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from badgedesk.api.client import BadgesClient
from badgedesk.app import prepare_environment
from badgedesk.core.batches import BadgeClassChoice, BatchDefaults, RowFields
from badgedesk.core.written_dates import DayOrder
from badgedesk.sandbox import FLAVORS, SandboxConfig
from badgedesk.sandbox.process import SandboxProcess
from badgedesk.services import submission
from badgedesk.services.award_batches import AwardBatches
from badgedesk.services.changes import Changes
from badgedesk.services.outbox import Slot
from badgedesk.services.pace import Pace
from badgedesk.services.row_import import default_mapping, map_records, read_table
from badgedesk.store.thread import StoreThread
from badgedesk.ui.drafts.tab import DraftsTab
from badgedesk.ui.event_loop import EventLoop
from badgedesk.ui.pyside_fixes import MainThreadGarbageCollector, pin_singletons

FIXED = 8
"""The fixed concurrency the adaptive pace is compared with on a throttling server."""


class FixedPace(Pace):
    """The bound as it was before it adapted: the ceiling, whatever the server answers."""

    def __init__(self, ceiling: int) -> None:
        super().__init__(ceiling, start=ceiling)

    def answered(self, seconds: float) -> None:
        pass

    def busy(self) -> None:
        pass


@contextlib.contextmanager
def fixed_pace() -> Iterator[None]:
    """Runs made meanwhile keep the ceiling, whatever the server answers, and a request keeps
    its share of it while it waits to try again: as before the pace adapted."""
    with patch.object(submission, "Pace", FixedPace), patch.object(Slot, "set_aside", _keep):
        yield


def _keep(_slot: Slot) -> None:
    """A request waiting to try again keeps its share."""


@dataclass(frozen=True)
class Submitted:
    seconds: float
    stall: float
    """The longest event-loop stall, in ms."""
    throttled: int
    """429 answers met."""


async def submit_once(
    tab: DraftsTab, server: SandboxProcess, rows: int, concurrency: int, run: int
) -> Submitted:
    """Submit a fresh batch of ``rows`` through the tab."""
    choice = BadgeClassChoice(server.badgeclass("Peer Mentor"), "Peer Mentor")
    fields = [RowFields(identity=f"r{run}-{n:05d}@bench.test") for n in range(rows)]
    batch = await tab.service.create_batch(f"run {run}", choice, BatchDefaults(), fields)
    await tab.refresh()
    await tab.open_batch(batch.id)
    tab.editor.concurrency_box.setValue(concurrency)
    await tab.editor.flush()  # the batch is on screen, as when someone presses Submit
    server.requests()  # forget what was served before
    heartbeat = Heartbeat()
    heartbeat.start()
    started = time.perf_counter()
    result = await tab.submit(batch.id)
    seconds = time.perf_counter() - started
    stall = heartbeat.stop()
    if result is None or result.succeeded != rows:
        raise RuntimeError(f"the batch did not complete: {result}")
    throttled = sum(1 for _method, _path, status in server.requests() if status == 429)
    return Submitted(seconds, stall, throttled)


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
        table,
        mapping,
        has_header=has_header,
        defaults=BatchDefaults(),
        today=date.today(),
        order=DayOrder.DAY_FIRST,
    )
    return time.perf_counter() - started, len(result.rows), len(result.rejections)


async def throttled(
    tab: DraftsTab, server: SandboxProcess, rows: int, throttle: int, run: int
) -> list[Figure]:
    """The batch with the sandbox answering ``throttle`` requests a second, adaptive and at a
    fixed concurrency: times and 429s."""
    server.throttle(throttle)
    ideal = rows / throttle
    print(f"the sandbox answers {throttle} requests a second, 429 beyond (ideal {ideal:.2f} s):")
    done: dict[str, Submitted] = {}
    for name in ("adaptive", f"fixed {FIXED}"):
        with contextlib.nullcontext() if name == "adaptive" else fixed_pace():
            done[name] = submitted = await submit_once(tab, server, rows, FIXED, run)
        run += 1
        print(
            f"  {name:<9} {submitted.seconds:.2f} s, ratio {submitted.seconds / ideal:.2f}, "
            f"{submitted.throttled} answers 429, longest event-loop stall {submitted.stall:.0f} ms"
        )
    server.throttle(0)
    adaptive, fixed = done.values()
    return [
        Figure(
            f"429s on a throttling server, adaptive (fixed {FIXED}: {fixed.throttled})",
            adaptive.throttled,
            "",
            f"< fixed {FIXED}",
            adaptive.throttled < fixed.throttled,
        ),
        at_most(
            f"batch on a throttling server / rows / throttle (fixed {FIXED}: "
            f"{fixed.seconds / ideal:.2f})",
            round(adaptive.seconds / ideal, 2),
            TIMES,
            1.15,
        ),
    ]


async def main(args: argparse.Namespace) -> list[Figure]:
    figures: list[Figure] = []
    work = Path(tempfile.mkdtemp(prefix="badgedesk-bench-"))
    config = SandboxConfig(token_backoff=False, latency_ms=args.latency_ms, flavor=args.flavor)
    with SandboxProcess(config) as server:
        token = server.token()
        client = BadgesClient(server.base_url, token)
        drafts = StoreThread(work / "bench.sqlite3")
        service = AwardBatches(drafts, lambda: client, lambda: ("Sandbox", "b"), Changes())
        tab = DraftsTab(service, QSettings(str(work / "s.ini"), QSettings.Format.IniFormat))
        tab.set_signed_in(True)
        window = shown_as_in_the_window(tab, 1300, 800)
        print(
            f"{args.rows} rows, {args.flavor} sandbox in its own process, latency "
            f"{args.latency_ms} ms, offscreen, {os.cpu_count()} CPUs"
        )
        run = 0
        badgeclass = server.badgeclass("Peer Mentor")
        for concurrency in args.concurrency:
            done = await submit_once(tab, server, args.rows, concurrency, run)
            bare = await award_many(client, badgeclass, args.rows, concurrency, f"bare{run}-")
            raw = await raw_awards(
                server.base_url, token, badgeclass, args.rows, concurrency, f"raw{run}-"
            )
            run += 1
            ideal = args.rows * args.latency_ms / 1000 / concurrency
            print(
                f"requests at once {concurrency}: {done.seconds:.2f} s, ideal {ideal:.2f} s, "
                f"ratio {done.seconds / ideal:.2f}, {args.rows / done.seconds:.0f} rows/s, "
                f"longest event-loop stall {done.stall:.0f} ms; the bare API client alone "
                f"{bare:.2f} s (ratio {bare / ideal:.2f}), the batch {done.seconds / bare:.2f}x "
                f"that; a raw HTTP client {raw:.2f} s (ratio {raw / ideal:.2f})"
            )
            name = f"batch of {args.rows}, {concurrency} at once, against rows x latency / n"
            figures.append(at_most(name, round(done.seconds / ideal, 2), TIMES, 1.15))
            name = f"the same against the bare API client at {concurrency} at once"
            figures.append(at_most(name, round(done.seconds / bare, 2), TIMES, 1.15))
            name = f"the bare API client alone, {concurrency} at once, against the same"
            figures.append(Figure(name, round(bare / ideal, 2), TIMES))
            name = f"a raw HTTP client (the sandbox's floor), {concurrency} at once, the same"
            figures.append(Figure(name, round(raw / ideal, 2), TIMES))
            if concurrency == FIXED:
                with fixed_pace():
                    fixed = await submit_once(tab, server, args.rows, FIXED, run)
                run += 1
                print(
                    f"  at a fixed {FIXED} (as before the pace adapted): {fixed.seconds:.2f} s, "
                    f"ratio {fixed.seconds / ideal:.2f}"
                )
                name = f"the same at a fixed {FIXED}, as before the pace"
                figures.append(Figure(name, round(fixed.seconds / ideal, 2), TIMES))
        if args.throttle:
            figures += await throttled(tab, server, args.rows, args.throttle, run)
        await tab.shutdown()
        window.close()
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
    figures.append(Figure(f"CSV import of {args.csv_rows} rows", round(seconds, 2), "s"))
    return figures


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--latency-ms", type=int, default=50)
    parser.add_argument("--flavor", choices=FLAVORS, default="parchment", help="sandbox flavour")
    parser.add_argument(
        "--concurrency", type=int, nargs="+", default=[4, 8], help="requests at once (ceilings)"
    )
    parser.add_argument(
        "--throttle", type=int, default=100, help="requests a second, 429 beyond (0: not throttled)"
    )
    parser.add_argument("--csv-rows", type=int, default=50_000)
    add_options(parser)
    args = parser.parse_args()
    if args.quick:  # not fewer rows: the throttle's first second would be most of the run
        args.rows, args.csv_rows = min(args.rows, 600), min(args.csv_rows, 5_000)
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
