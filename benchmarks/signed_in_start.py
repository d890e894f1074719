"""A signed-in start: from launch to the first rows of the last-used badge class.

The sandbox runs in this process (seeded with ``--bulk`` more awards on "Bulk Attendance", each
request answered after ``--latency-ms``); BadgeDesk runs in a child process, as a person starts
it (its modules compiled once and kept, as an installed program's are), with a server profile
for that sandbox and a saved sign-in (a keyring backend kept in a file,
``signed_in_keyring.py``). Each sample is a fresh process timed from spawn until the
Assertions table first holds rows from the local store ("saved"), and until it holds the
server's ("server"); then the child quits as File → Quit does.

The first run has nothing saved yet: its badge class is chosen by the benchmark once the
catalogue shows, and the later runs find it chosen (BadgeDesk remembers the last-used one).
Prints the medians; asserts nothing.

    .venv/bin/python benchmarks/signed_in_start.py [--runs 7] [--latency-ms 0] [--bulk 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from figures import Figure, add_options, below, print_figures
from startup import as_installed  # the sibling benchmark's children, run as installed

HERE = Path(__file__).resolve().parent
PROFILE = "Bench server"

# Runs in the child: BadgeDesk's own main(), with a probe on the window it shows that says
# when the Assertions table first holds saved rows and then the server's.
CHILD = """
import os, sys, time
os.environ.setdefault("QT_API", "pyside6")
import badgedesk.app as app

wanted = sys.argv[2]
shown = app.show_main_window
seen = set()

def probe(window):
    from PySide6.QtCore import QTimer

    def look():
        tab = window.assertions_tab
        model = getattr(tab, "model", None)
        if model is None:
            return
        if tab.selected_node() is None and wanted in tab.badgeclasses:
            print("chosen by the benchmark", flush=True)
            tab.select_node(wanted)
        if model.rowCount() == 0:
            return
        kind = "saved" if getattr(model, "saved", False) else "server"
        if kind not in seen:
            seen.add(kind)
            print(kind, flush=True)
        if kind == "server":
            timer.stop()
            window.quit_requested.emit()

    timer = QTimer(window)
    timer.setInterval(1)
    timer.timeout.connect(look)
    timer.start()

def show_and_probe(*args, **kwargs):
    window = shown(*args, **kwargs)
    probe(window)
    return window

app.show_main_window = show_and_probe
sys.exit(app.main(["--data-dir", sys.argv[1], "--profile", %r]))
""" % (PROFILE,)  # noqa: UP031 - the child's code, with the profile's name in it


def sample(data_dir: Path, badgeclass: str, env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawning the child to each of its reports ("saved", "server")."""
    started = time.perf_counter()
    child = subprocess.Popen(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", CHILD, str(data_dir), badgeclass],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    seen: dict[str, float] = {}
    for line in child.stdout:
        seen.setdefault(line.strip(), time.perf_counter() - started)
    child.wait(timeout=60)
    if "server" not in seen or child.returncode != 0:
        raise RuntimeError(f"the child showed no rows from the server (exit {child.returncode})")
    return seen


def main(runs: int, latency_ms: int, bulk: int) -> list[Figure]:
    from badgedesk.auth.keychain import Keychain
    from badgedesk.auth.oauth import TokenSet
    from badgedesk.profiles import ProfileStore, ServerProfile
    from badgedesk.sandbox import ALL_SCOPES, SandboxConfig, SandboxServer
    from badgedesk.sandbox.seed import BULK_BADGECLASS

    sys.path.insert(0, str(HERE))
    from signed_in_keyring import FileKeyring

    server = SandboxServer(SandboxConfig(latency_ms=latency_ms, bulk_assertions=bulk)).start()
    try:
        badgeclass = next(
            b.entity_id for b in server.state.badgeclasses.values() if b.name == BULK_BADGECLASS
        )
        with tempfile.TemporaryDirectory() as tmp:
            data_dir = Path(tmp)
            profiles = ProfileStore(data_dir / "profiles.json")
            profiles.put(ServerProfile.for_server(PROFILE, server.base_url, server.web_url))
            profiles.save()
            secrets = data_dir / "keyring.json"
            pair = server.mint_token(scope=ALL_SCOPES)
            Keychain(PROFILE, FileKeyring(secrets)).save_tokens(
                TokenSet(
                    pair.access_token,
                    pair.refresh_token,
                    datetime.now(UTC) + timedelta(hours=2),
                    ALL_SCOPES,
                )
            )
            env = as_installed(
                {
                    **os.environ,
                    "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                    "PYTHONPATH": os.pathsep.join(
                        filter(None, [str(HERE), os.environ.get("PYTHONPATH", "")])
                    ),
                    "PYTHON_KEYRING_BACKEND": "signed_in_keyring.FileKeyring",
                    "BADGEDESK_BENCH_KEYRING": str(secrets),
                }
            )
            first = sample(data_dir, badgeclass, env)
            later = [sample(data_dir, badgeclass, env) for _ in range(runs)]
    finally:
        server.stop()
    print(f"runs: {runs} after a first one, sandbox latency {latency_ms} ms, {bulk:,} bulk awards")
    print(f"first run (nothing saved): rows from the server after {first['server'] * 1000:.0f} ms")
    figures = []
    for kind in ("saved", "server"):
        times = [run[kind] for run in later if kind in run]
        if times:
            median = statistics.median(times)
            print(f"launch → first rows from the {kind:6}: median {median * 1000:5.0f} ms")
            name = f"signed-in start to first rows from the {kind}"
            figures.append(
                below(name, round(median * 1000), "ms", 1000)
                if kind == "saved"
                else Figure(name, round(median * 1000), "ms")
            )
        else:
            print(f"launch → first rows from the {kind:6}: never")
    chosen = sum("chosen by the benchmark" in run for run in later)
    print(f"later runs whose badge class the benchmark had to choose: {chosen}")
    print(json.dumps({"first": first, "later": later}), file=sys.stderr)
    return figures


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--latency-ms", type=int, default=0)
    parser.add_argument("--bulk", type=int, default=1000)
    add_options(parser)
    arguments = parser.parse_args()
    figures = main(3 if arguments.quick else arguments.runs, arguments.latency_ms, arguments.bulk)
    if arguments.json:
        print_figures(figures)
