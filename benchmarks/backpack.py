"""Figures for the Backpack tab's service against the sandbox: listing a large backpack with
its names (public documents fetched the first time, read from disk after), images, and a
collection's membership saved. Prints; asserts nothing.

    .venv/bin/python benchmarks/backpack.py [--latency-ms 50] [--badges 500]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from figures import Figure, add_options, print_figures

from badgedesk.api.client import BadgesClient
from badgedesk.sandbox import ALL_SCOPES, DEMO_EMAIL, SandboxConfig, SandboxServer
from badgedesk.services.audit import AuditTrail
from badgedesk.services.backpack import BackpackService
from badgedesk.services.changes import Changes
from badgedesk.services.public_files import OPEN_BADGES_JSON, PublicFileCache
from badgedesk.store.thread import StoreThread


def grow_backpack(server: SandboxServer, count: int) -> None:
    """``count`` more badges for the demo user, spread over the seeded badge classes."""
    state = server.state
    with state.lock:
        classes = list(state.badgeclasses.values())
        demo = next(u for u in state.users.values() if u.email == DEMO_EMAIL)
        for index in range(count):
            badgeclass = classes[index % len(classes)]
            issued = state.now()
            state.add_assertion(
                badgeclass=badgeclass.entity_id,
                issuer=badgeclass.issuer,
                identity=DEMO_EMAIL,
                recipient_type="email",
                issued_on=issued,
                created_at=issued,
                created_by=demo.entity_id,
                acceptance="Accepted",
            )


async def timed(work):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = await work
    return result, time.perf_counter() - started


async def main(latency_ms: int, badges: int) -> list[Figure]:
    with SandboxServer(SandboxConfig(latency_ms=latency_ms, token_backoff=False)) as server:
        grow_backpack(server, badges)
        token = server.mint_token(scope=ALL_SCOPES).access_token
        folder = Path(tempfile.mkdtemp())
        store = StoreThread(folder / "badgedesk.sqlite3")
        async with BadgesClient(server.base_url, token) as client:
            audit = AuditTrail(store, lambda: ("sandbox", "bench"))

            def service() -> BackpackService:
                documents = PublicFileCache(folder / "documents", lambda: client, OPEN_BADGES_JSON)
                return BackpackService(lambda: client, audit, documents, changes=Changes())

            print(f"sandbox latency: {latency_ms} ms per request; backpack of {badges} + seed")
            server.clear_requests()
            listed, cold = await timed(service().badges())
            documents = sum(1 for r in server.requests if r.path.startswith("/public/"))
            print(
                f"list, names fetched:   {len(listed)} badges in {cold:.2f} s "
                f"({documents} public documents)"
            )
            server.clear_requests()
            listed, warm = await timed(service().badges())
            documents = sum(1 for r in server.requests if r.path.startswith("/public/"))
            print(
                f"list, names from disk: {len(listed)} badges in {warm:.2f} s "
                f"({documents} public documents)"
            )

            images = PublicFileCache(folder / "images", lambda: client)
            urls = {b.image_url for b in listed if b.image_url}
            gate = asyncio.Semaphore(6)

            async def image(url: str) -> None:
                async with gate:
                    await images.get(url)

            _, fetched = await timed(asyncio.gather(*(image(u) for u in urls)))
            _, cached = await timed(asyncio.gather(*(image(u) for u in urls)))
            print(f"images: {len(urls)} fetched in {fetched:.2f} s, from disk in {cached:.2f} s")

            backpack = service()
            collection = await backpack.create_collection("Everything", "", False)
            _, saved = await timed(backpack.set_members(collection, [b.key for b in listed]))
            print(f"membership of {len(listed)} badges saved in {saved:.2f} s (one PUT)")
        store.close()
    size = len(listed)
    return [
        Figure(f"backpack of {size} listed, names fetched", round(cold, 2), "s"),
        Figure(f"backpack of {size} listed, names from disk", round(warm, 2), "s"),
        Figure(f"{len(urls)} badge images fetched", round(fetched, 2), "s"),
        Figure(f"membership of {size} badges saved", round(saved, 2), "s"),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency-ms", type=int, default=50)
    parser.add_argument("--badges", type=int, default=500)
    add_options(parser)
    arguments = parser.parse_args()
    badges = min(arguments.badges, 100) if arguments.quick else arguments.badges
    figures = asyncio.run(main(arguments.latency_ms, badges))
    if arguments.json:
        print_figures(figures)
