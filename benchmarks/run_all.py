"""Every benchmark, each in a process of its own, and one table of their figures: each figure,
its target from issue 25, and whether it holds.

A benchmark speaks to this script through ``figures.py`` (``--json``, ``--quick``); one that
does not take ``--json`` yet is not run, and the table says so, with the issue's targets it is
meant to measure. The machine's load is printed before and after: the figures are noisy on a
shared machine, the ratios less so. Asserts nothing.

    .venv/bin/python benchmarks/run_all.py [--quick] [--only batch_award startup]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from figures import Figure, read_figures

HERE = Path(__file__).resolve().parent
NOT_BENCHMARKS = frozenset({"figures", "run_all", "signed_in_keyring"})
"""Modules here that measure nothing themselves."""
ISSUE_TARGETS = {
    "startup": ["first paint ≤ 1.3x a bare window"],
    "signed_in_start": ["launch to the first rows with a saved sign-in < 1 s"],
    "assertions_table": [
        "100,000 awards ≤ 2x the latency floor",
        "longest event-loop stall ≤ 16 ms",
        "sorts and filters < 100 ms",
        "peak memory < 250 MB",
    ],
    "batch_award": ["1,000 awards ≤ 1.15x the ideal", "fewer 429s than a fixed 8"],
}
"""What issue 25 asks of each benchmark, said when a benchmark cannot say it itself."""
TIMEOUT = {False: 3600.0, True: 900.0}
"""Seconds a benchmark may take, full and quick."""


@dataclass(frozen=True)
class Row:
    benchmark: str
    figure: str
    value: str
    target: str
    holds: str


def takes_json(script: Path) -> bool:
    """Whether the benchmark speaks ``figures.py`` (its ``--help`` offers ``--json``)."""
    try:
        shown = subprocess.run(  # noqa: S603 - our own interpreter and scripts
            [sys.executable, str(script), "--help"],
            capture_output=True,
            text=True,
            timeout=120,
            env=environment(),
            check=False,
        )
    except subprocess.TimeoutExpired:
        return False
    return "--json" in shown.stdout


def environment() -> dict[str, str]:
    """The benchmark's environment: this checkout importable, Qt offscreen."""
    env = dict(os.environ)
    root = str(HERE.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH", "")]))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QT_API", "pyside6")
    return env


def measure(script: Path, quick: bool) -> list[Row]:
    name = script.stem
    if not takes_json(script):
        targets = ISSUE_TARGETS.get(name, [""])
        return [Row(name, "not run: takes no --json yet", "", target, "?") for target in targets]
    command = [sys.executable, str(script), "--json", *(["--quick"] if quick else [])]
    print(f"running {' '.join([script.name, *command[2:]])} …", flush=True)
    started = time.perf_counter()
    try:
        done = subprocess.run(  # noqa: S603 - our own interpreter and scripts
            command,
            capture_output=True,
            text=True,
            timeout=TIMEOUT[quick],
            env=environment(),
            check=False,
        )
    except subprocess.TimeoutExpired:
        return [Row(name, f"not finished in {TIMEOUT[quick]:.0f} s", "", "", "?")]
    print(f"  {time.perf_counter() - started:.0f} s", flush=True)
    figures = read_figures(done.stdout)
    if done.returncode != 0 or figures is None:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return [Row(name, f"failed (exit {done.returncode}): {last[:80]}", "", "", "?")]
    return [row_of(name, figure) for figure in figures]


def row_of(benchmark: str, figure: Figure) -> Row:
    holds = {True: "yes", False: "NO", None: ""}[figure.holds]
    value = f"{figure.value:g} {figure.unit}".rstrip()
    return Row(benchmark, figure.name, value, figure.target, holds)


def table(rows: list[Row]) -> str:
    heading = Row("benchmark", "figure", "value", "target", "holds")
    widths = [max(len(getattr(r, f)) for r in [heading, *rows]) for f in Row.__annotations__]
    lines = []
    for row in [heading, *rows]:
        cells = [getattr(row, f).ljust(w) for f, w in zip(Row.__annotations__, widths, strict=True)]
        lines.append("  ".join(cells).rstrip())
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min), {os.cpu_count()} CPUs"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="smaller sizes in every benchmark")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="these benchmarks only")
    args = parser.parse_args()
    scripts = sorted(p for p in HERE.glob("*.py") if p.stem not in NOT_BENCHMARKS)
    if args.only:
        scripts = [p for p in scripts if p.stem in args.only]
    print(f"before: {load()}", flush=True)
    rows = [row for script in scripts for row in measure(script, args.quick)]
    print(f"after: {load()}\n")
    print(table(rows))


if __name__ == "__main__":
    main()
