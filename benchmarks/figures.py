"""What a benchmark hands ``run_all.py``: its figures, each with the issue's target for it.

The contract: a benchmark that calls ``add_options`` takes ``--json`` (print, as the last line
of its output, a JSON list of ``{"name", "value", "unit", "target", "holds"}``) and ``--quick``
(smaller sizes, for a quick look). ``target`` is the target as words ("< 1 s"), empty when the
issue sets none; ``holds`` is whether the figure meets it (``null`` without a target).
Everything else a benchmark prints is for people and may change.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass

TIMES = "\N{MULTIPLICATION SIGN}"
"""The unit of a ratio (1.2 times)."""


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    target: str = ""
    holds: bool | None = None


def at_most(name: str, value: float, unit: str, limit: float) -> Figure:
    """A figure whose target is ``value <= limit``."""
    return Figure(name, value, unit, f"≤ {limit:g} {unit}".rstrip(), value <= limit)


def below(name: str, value: float, unit: str, limit: float) -> Figure:
    """A figure whose target is ``value < limit``."""
    return Figure(name, value, unit, f"< {limit:g} {unit}".rstrip(), value < limit)


def add_options(parser: argparse.ArgumentParser) -> None:
    """``--json`` and ``--quick``, as ``run_all.py`` passes them."""
    parser.add_argument("--json", action="store_true", help="end with the figures as JSON")
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a quick look")


def print_figures(figures: Sequence[Figure]) -> None:
    print(json.dumps([asdict(figure) for figure in figures], ensure_ascii=False), flush=True)


def read_figures(output: str) -> list[Figure] | None:
    """The figures a ``--json`` run printed last; ``None`` when there are none to read."""
    lines = [line for line in output.splitlines() if line.startswith("[")]
    if not lines:
        return None
    try:
        return [Figure(**item) for item in json.loads(lines[-1])]
    except (TypeError, ValueError):
        return None
