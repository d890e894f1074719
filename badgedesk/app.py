"""Start-up of the ``badgedesk`` command.

The main window arrives with the sign-in work; until then ``badgedesk`` (with no server
configured, or with ``--sandbox``) serves the bundled sandbox so the API can be tried at once.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from badgedesk import __version__


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="badgedesk", description="Desktop admin console for the Digital Badges API v2."
    )
    parser.add_argument("--version", action="version", version=f"BadgeDesk {__version__}")
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="use the bundled local sandbox server (the default while no server is configured)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    parse_args(argv)
    from badgedesk.sandbox.cli import main as sandbox_main

    print("BadgeDesk: no server is configured, so the local sandbox is starting.")
    print("(The BadgeDesk window is not part of this version yet.)")
    return sandbox_main([])
