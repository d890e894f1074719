"""A batch against a server that goes silent: how long until the run holds visibly, and how
long Cancel takes, with BadgeDesk's default settings (no shortened deadlines).

The sandbox runs in this process (on its own thread). For each kind of silence — ``hang``
(the connection stays open, nothing comes back) and ``trickle`` (an answer dribbles out one
byte every second and never ends) — and for award and revocation batches, the benchmark:

- starts a batch, lets a few rows through, then makes the server silent and measures the time
  from that moment to the run's visible hold ("The server is not answering … retrying in 30 s")
  and checks that every row is accounted for (settled + pending + sending = total);
- starts again on a silent server and measures the time from Cancel to ``run()`` returning.

It asserts nothing. Run: ``.venv/bin/python benchmarks/silent_server.py [--only cancel]``
(the hold measurements take about 90 s each: that is what they measure).
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from figures import Figure, add_options, print_figures

from badgedesk.api.client import BadgesClient
from badgedesk.core.batches import BadgeClassChoice, BatchDefaults, RevocationTarget, RowFields
from badgedesk.core.states import BatchKind, Match
from badgedesk.sandbox import ALL_SCOPES, SandboxConfig, SandboxServer
from badgedesk.services.outbox import OutboxRun
from badgedesk.services.revocation_submission import RevocationSubmission
from badgedesk.services.submission import BatchSubmission
from badgedesk.store.thread import StoreThread


def award_run(
    drafts: StoreThread, client: BadgesClient, server: SandboxServer, tag: str
) -> OutboxRun:
    badgeclass = next(b for b in server.state.badgeclasses.values() if b.name == "Peer Mentor")
    batch = drafts.call(
        lambda s: s.drafts.create_batch(
            "Sandbox", tag, BadgeClassChoice(badgeclass.entity_id, badgeclass.name), BatchDefaults()
        )
    )
    drafts.call(
        lambda s: s.drafts.add_rows(
            batch.id, [RowFields(identity=f"{tag}-{n:03d}@bench.test") for n in range(60)]
        )
    )
    return BatchSubmission(drafts, lambda: client, lambda: ("Sandbox", "bench"), batch.id)


def revocation_run(
    drafts: StoreThread, client: BadgesClient, server: SandboxServer, tag: str
) -> OutboxRun:
    batch = drafts.call(
        lambda s: s.drafts.create_batch("Sandbox", tag, kind=BatchKind.REVOKE, reason="Benchmark")
    )
    live = [a for a in server.state.assertions.values() if not a.revoked]
    drafts.call(
        lambda s: s.revocations.add_rows(
            batch.id,
            [
                RevocationTarget(entity_id=a.entity_id, identity=a.identity, match=Match.UNCHECKED)
                for a in live[:60]
            ],
        )
    )
    return RevocationSubmission(
        drafts, lambda: client, lambda: ("Sandbox", "bench"), batch.id, chunk_size=5
    )


async def until(condition: Callable[[], bool], limit: float) -> None:
    async with asyncio.timeout(limit):
        while not condition():  # noqa: ASYNC110 - polling state that is not ours to signal
            await asyncio.sleep(0.01)


async def time_to_hold(run: OutboxRun, server: SandboxServer, fault: str) -> tuple[float, str]:
    task = asyncio.ensure_future(run.run())
    await until(lambda: run.progress.done >= 5, 30)
    server.faults.enqueue(fault, count=100_000, path_prefix="/v2/", retry_after=1.0)
    silent_at = time.monotonic()
    await until(lambda: run.progress.waiting is not None, 600)
    seconds = time.monotonic() - silent_at
    progress = run.progress
    accounted = (
        f"{progress.done} done + {progress.total - progress.done} waiting "
        f"({progress.in_doubt} in doubt) of {progress.total}"
    )
    run.cancel()
    await task
    server.faults.clear()
    return seconds, accounted


async def cancel_latency(run: OutboxRun, server: SandboxServer, fault: str) -> float:
    server.faults.enqueue(fault, count=100_000, path_prefix="/v2/", retry_after=1.0)
    task = asyncio.ensure_future(run.run())
    await until(lambda: run.progress.in_flight > 0, 30)
    await asyncio.sleep(3)  # well into the silence
    started = time.monotonic()
    run.cancel()
    await task
    seconds = time.monotonic() - started
    server.faults.clear()
    return seconds


async def main(only: str | None) -> list[Figure]:
    figures: list[Figure] = []
    server = SandboxServer(SandboxConfig()).start()
    token = server.mint_token(scope=ALL_SCOPES).access_token
    client = BadgesClient(server.base_url, token)
    with tempfile.TemporaryDirectory() as folder:
        drafts = StoreThread(Path(folder) / "bench.sqlite3")
        makers = {"award": award_run, "revocation": revocation_run}
        try:
            for kind, make in makers.items():
                for fault in ("hang", "trickle"):
                    if only in (None, "hold"):
                        seconds, accounted = await time_to_hold(
                            make(drafts, client, server, f"{kind}-{fault}-hold"), server, fault
                        )
                        print(
                            f"{kind:10} {fault:8} silent → hold   {seconds:6.1f} s   {accounted}",
                            flush=True,
                        )
                        name = f"{kind} batch, server silent ({fault}) until the run holds"
                        figures.append(Figure(name, round(seconds, 1), "s"))
                    if only in (None, "cancel"):
                        seconds = await cancel_latency(
                            make(drafts, client, server, f"{kind}-{fault}-cancel"), server, fault
                        )
                        print(
                            f"{kind:10} {fault:8} cancel latency {seconds * 1000:6.0f} ms",
                            flush=True,
                        )
                        name = f"{kind} batch, server silent ({fault}): Cancel"
                        figures.append(Figure(name, round(seconds * 1000), "ms"))
        finally:
            drafts.close()
            await client.aclose()
            server.stop()
    return figures


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["hold", "cancel"], help="measure one thing")
    add_options(parser)
    args = parser.parse_args()
    figures = asyncio.run(main("cancel" if args.quick else args.only))
    if args.json:
        print_figures(figures)
