"""Figures for the API client against the sandbox: paging through a badge class's assertions,
and awarding with concurrency, at a given added latency. Prints; asserts nothing.

    .venv/bin/python benchmarks/api_client.py [--latency-ms 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from urllib.parse import urlsplit

from figures import Figure, add_options, print_figures

from badgedesk.api.client import BadgesClient
from badgedesk.api.models import AwardRequest, Recipient
from badgedesk.sandbox import SandboxConfig, SandboxServer


async def page_through(client: BadgesClient, badgeclass: str, page_size: int) -> tuple[int, float]:
    started = time.perf_counter()
    count = 0
    async for _ in client.iter_assertions(
        "badgeclasses", badgeclass, page_size=page_size, include_revoked=True, include_expired=True
    ):
        count += 1
    return count, time.perf_counter() - started


async def award_many(
    client: BadgesClient, badgeclass: str, total: int, concurrency: int, prefix: str = "bench"
) -> float:
    gate = asyncio.Semaphore(concurrency)

    async def one(index: int) -> None:
        async with gate:
            request = AwardRequest(recipient=Recipient(identity=f"{prefix}{index}@example.org"))
            await client.award("badgeclasses", badgeclass, request)

    started = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(total)))
    return time.perf_counter() - started


async def raw_exchange(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    authority: str,
    token: str,
    request_line: str,
    body: bytes | None = None,
) -> tuple[str, dict[str, str], bytes]:
    """One request (``"POST /path"``, a JSON ``body`` if any) written in one write on a kept
    connection to ``authority`` (host:port), and its answer read whole by its Content-Length,
    nothing decoded: the status code, the headers (names in lower case) and the body. What the
    raw clients, doing no work of their own, do for each request."""
    head = (
        f"{request_line} HTTP/1.1\r\nHost: {authority}\r\nAccept: application/json\r\n"
        f"Authorization: Bearer {token}\r\n"
    )
    if body is not None:
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    writer.write((head + "\r\n").encode() + (body or b""))
    status, *lines = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
    headers = {
        name.strip().lower(): value.strip()
        for name, _, value in (line.partition(":") for line in lines if line)
    }
    answer = await reader.readexactly(int(headers["content-length"]))
    return status.split()[1], headers, answer


async def raw_awards(
    base_url: str, token: str, badgeclass: str, total: int, concurrency: int, prefix: str
) -> float:
    """The server's own pace: ``total`` awards, ``concurrency`` at once, each sent as one
    prepared write on a kept connection and its answer read whole, nothing decoded. What a
    client doing no work of its own would take, against which the API client's work shows."""
    address = urlsplit(base_url)
    host, port = address.hostname or "127.0.0.1", address.port or 80
    path = f"{address.path.rstrip('/')}/v2/badgeclasses/{badgeclass}/assertions"

    async def connection(first: int) -> None:
        reader, writer = await asyncio.open_connection(host, port)
        for index in range(first, total, concurrency):
            identity = f"{prefix}{index}@example.org"
            body = json.dumps({"recipient": {"identity": identity, "type": "email"}}).encode()
            status, _, _ = await raw_exchange(
                reader, writer, f"{host}:{port}", token, f"POST {path}", body
            )
            if status not in ("200", "201"):
                raise RuntimeError(f"the raw award was refused: HTTP {status}")
        writer.close()
        await writer.wait_closed()

    started = time.perf_counter()
    await asyncio.gather(*(connection(first) for first in range(concurrency)))
    return time.perf_counter() - started


async def main(latency_ms: int) -> list[Figure]:
    figures: list[Figure] = []
    with SandboxServer(SandboxConfig(latency_ms=latency_ms, token_backoff=False)) as server:
        token = server.mint_token().access_token
        async with BadgesClient(server.base_url, token) as client:
            classes = await client.list_badgeclasses()
            biggest = classes[0].key
            print(f"sandbox latency: {latency_ms} ms per request")
            for size in (10, 50, 500):
                runs = [await page_through(client, biggest, size) for _ in range(3)]
                count = runs[0][0]
                median = statistics.median(t for _, t in runs)
                print(
                    f"page through {count} assertions, num={size:>3}: "
                    f"median {median * 1000:7.1f} ms ({count / median:8.0f} assertions/s)"
                )
                name = f"page through {count} assertions, {size} a page"
                figures.append(Figure(name, round(median * 1000, 1), "ms"))
            for concurrency in (1, 4, 8):
                total = 40
                elapsed = await award_many(client, biggest, total, concurrency)
                ideal = total * latency_ms / 1000 / concurrency
                ratio = f", {elapsed / ideal:.2f}x the ideal" if ideal else ""
                print(
                    f"award {total} with concurrency {concurrency}: {elapsed * 1000:7.1f} ms{ratio}"
                )
                name = f"award {total}, {concurrency} at once"
                figures.append(Figure(name, round(elapsed * 1000, 1), "ms"))
    return figures


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency-ms", type=int, default=20)
    add_options(parser)  # --quick changes nothing: this one is quick
    args = parser.parse_args()
    figures = asyncio.run(main(args.latency_ms))
    if args.json:
        print_figures(figures)
