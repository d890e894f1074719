"""Time to the first painted main window: BadgeDesk next to a bare PySide6 window.

Each sample is a fresh process (offscreen), timed from spawn until the child reports its
first paint. BadgeDesk's child is the program itself (``python -m badgedesk --first-paint``):
its event loop integration (asyncio, qasync) and its heavier start-up (the store, sandbox,
keyring, HTTP client, the tabs' contents) come only after that first paint. The bare child
shows an empty QMainWindow. Both run as an installed program does, their bytecode compiled
once (``pip install`` compiles it; here into a temporary ``PYTHONPYCACHEPREFIX``, even when
``PYTHONDONTWRITEBYTECODE`` is set, which would compile BadgeDesk's modules at every start).
Prints the medians and the ratio; asserts nothing.

With a standalone build (``packaging/build.py``, found in dist/ or given with ``--bundle``), it
also times the whole program to its first paint (``badgedesk --first-paint``) from the build
and from the source install, and prints their ratio.

    .venv/bin/python benchmarks/startup.py [--runs 7] [--bundle dist/BadgeDesk/badgedesk]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

from figures import TIMES, Figure, add_options, at_most, print_figures

DEFAULT_BUNDLE = Path(__file__).resolve().parent.parent / "dist" / "BadgeDesk" / "badgedesk"
BYTECODE = os.path.join(tempfile.gettempdir(), "badgedesk-startup-bytecode")
"""Where the children keep their compiled modules between samples."""

COMMON = """
import os, sys
os.environ.setdefault("QT_API", "pyside6")
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            QApplication.instance().removeEventFilter(self)
        return False

app = QApplication([])
spy = FirstPaint()
app.installEventFilter(spy)
"""

BARE = (
    COMMON
    + """
from PySide6.QtWidgets import QMainWindow
window = QMainWindow()
window.resize(1000, 640)
window.show()
app.exec()
"""
)


def sample(code: str, data_dir: str) -> float:
    return first_paint([sys.executable, "-c", code, data_dir])


def program(data_dir: str) -> list[str]:
    """The whole program, from the source install, to its first paint."""
    return [sys.executable, "-m", "badgedesk", "--first-paint", f"--data-dir={data_dir}"]


def as_installed(env: Mapping[str, str]) -> dict[str, str]:
    """``env`` for a child that runs as an installed program does: its modules compiled once
    and kept (in ``BYTECODE``), even when ``PYTHONDONTWRITEBYTECODE`` is set."""
    kept = {key: value for key, value in env.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**kept, "PYTHONPYCACHEPREFIX": BYTECODE}


def first_paint(command: list[str]) -> float:
    """Seconds from spawning ``command`` until it prints "painted"."""
    env = as_installed(
        {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    )
    started = time.perf_counter()
    child = subprocess.Popen(  # noqa: S603 - our own interpreter, code and build
        command, stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    child.wait(timeout=60)
    if line.strip() != "painted" or child.returncode != 0:
        raise RuntimeError(f"the child did not paint (exit {child.returncode})")
    return elapsed


def frozen_against_source(runs: int, bundle: Path) -> None:
    with tempfile.TemporaryDirectory() as data_dir:
        source = program(data_dir)
        frozen = [str(bundle), "--first-paint", f"--data-dir={data_dir}"]
        first_paint(source)  # warm the OS file cache for both
        first_paint(frozen)
        from_source = [first_paint(source) for _ in range(runs)]
        from_build = [first_paint(frozen) for _ in range(runs)]
    source_median, frozen_median = statistics.median(from_source), statistics.median(from_build)
    print(f"whole program, source install:  median {source_median * 1000:6.0f} ms to first paint")
    print(f"whole program, standalone build: median {frozen_median * 1000:6.0f} ms to first paint")
    print(f"ratio (build / source): {frozen_median / source_median:.2f}x")


def main(runs: int) -> list[Figure]:
    with tempfile.TemporaryDirectory() as data_dir:
        first_paint(program(data_dir))  # warm the OS file cache for both
        sample(BARE, data_dir)
        bare, ours = [], []
        for _ in range(runs):  # interleaved: a busy moment of the machine slows both
            bare.append(sample(BARE, data_dir))
            ours.append(first_paint(program(data_dir)))
    bare_median, our_median = statistics.median(bare), statistics.median(ours)
    print(f"runs: {runs} each, QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')}")
    print(f"bare PySide6 window:  median {bare_median * 1000:6.0f} ms to first paint")
    print(f"BadgeDesk main window: median {our_median * 1000:6.0f} ms to first paint")
    print(f"ratio: {our_median / bare_median:.2f}x")
    return [
        Figure("bare PySide6 window to first paint", round(bare_median * 1000), "ms"),
        Figure("BadgeDesk to first paint", round(our_median * 1000), "ms"),
        at_most(
            "first paint against a bare window", round(our_median / bare_median, 2), TIMES, 1.3
        ),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE)
    add_options(parser)
    arguments = parser.parse_args()
    figures = main(3 if arguments.quick else arguments.runs)
    if arguments.json:
        print_figures(figures)
    elif arguments.bundle.exists():
        frozen_against_source(arguments.runs, arguments.bundle)
    else:
        print(f"no standalone build at {arguments.bundle} (packaging/build.py makes one)")
