"""How long a 1 MB HTML error page takes to summarise, as bodies of failed answers are. Prints
figures; asserts nothing.

Four pages: unclosed tags, an unclosed <script>, nothing but '<', and a normal page. Each is
timed through ``summarise_body`` alone (text in) and through ``error_from_response`` (a 500
answer with the page as its body, bytes in), the way the client meets it.

    .venv/bin/python benchmarks/summarise_body.py [--size 1000000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import httpx
from figures import Figure, add_options, print_figures

from badgedesk.api.client import error_from_response
from badgedesk.api.errors import summarise_body


def unclosed_tags(size: int) -> str:
    return ("<div class='x'" * (size // 14 + 1))[:size]


def unclosed_script(size: int) -> str:
    head = "<html><head><title>Error</title><script>var a = 1 < 2;"
    return head + "x" * (size - len(head))


def many_lt(size: int) -> str:
    return "<" * size


def normal_page(size: int) -> str:
    row = "<tr><td><a href='/x'>Item</a></td><td>Some text &amp; more</td></tr>\n"
    head = (
        "<html><head><style>body{color:red}</style><script>init()</script></head>"
        "<body><h1>Server Error (500)</h1><table>"
    )
    body = head + row * ((size - len(head)) // len(row) + 1)
    return body[:size]


PAGES: dict[str, Callable[[int], str]] = {
    "unclosed tags": unclosed_tags,
    "unclosed <script>": unclosed_script,
    "many '<'": many_lt,
    "normal page": normal_page,
}


def timed(action: Callable[[], object], repeat: int) -> float:
    """The median of ``repeat`` runs, in milliseconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="page size in characters")
    parser.add_argument("--repeat", type=int, default=5)
    add_options(parser)
    args = parser.parse_args()
    if args.quick:
        args.size, args.repeat = min(args.size, 200_000), min(args.repeat, 3)
    figures = []
    print(f"{'page':<20} {'summarise_body':>16} {'error_from_response':>20}   summary")
    for name, build in PAGES.items():
        page = build(args.size)
        response = httpx.Response(
            500,
            content=page.encode(),
            headers={"Content-Type": "text/html; charset=utf-8"},
            request=httpx.Request("GET", "http://127.0.0.1/v2/issuers"),
        )
        text_ms = timed(lambda page=page: summarise_body(page), args.repeat)
        error_ms = timed(
            lambda response=response: error_from_response(response, "GET", "/v2/issuers"),
            args.repeat,
        )
        summary = summarise_body(page)
        print(f"{name:<20} {text_ms:>13.2f} ms {error_ms:>17.2f} ms   {summary[:30]!r}")
        figures.append(
            Figure(f"summarise a {args.size:,}-character {name}", round(text_ms, 2), "ms")
        )
    if args.json:
        print_figures(figures)


if __name__ == "__main__":
    main()
