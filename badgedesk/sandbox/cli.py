"""``badgedesk-sandbox``: serve the emulator in the foreground and say how to use it."""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence

from badgedesk.sandbox.config import FLAVORS, SandboxConfig
from badgedesk.sandbox.server import LOOPBACK_HOSTS, SandboxServer
from badgedesk.sandbox.state import ALL_SCOPES, CLIENT_ID, DEMO_EMAIL, DEMO_PASSWORD, REDIRECT_URIS


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="badgedesk-sandbox",
        description="A local emulator of the Digital Badges API v2 and its OAuth server.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="loopback address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port, 0 for any (default 8765)")
    parser.add_argument("--latency-ms", type=int, default=0, help="latency added to each request")
    parser.add_argument(
        "--fault-rate", type=float, default=0.0, help="fraction of API requests that fail (0..1)"
    )
    parser.add_argument(
        "--throttle",
        type=int,
        default=0,
        metavar="N",
        help="API requests answered per second, more get 429 with Retry-After (0: no limit)",
    )
    parser.add_argument(
        "--token-ttl", type=int, default=86400, help="access token lifetime in seconds"
    )
    parser.add_argument(
        "--flavor",
        choices=FLAVORS,
        default="parchment",
        help="whose answers to give: the hosted reference pages (parchment, the default) or the "
        "open-source Badgr server as recorded (badgr-oss, sign-in page on the next port up)",
    )
    parser.add_argument(
        "--strict-oauth",
        action="store_true",
        help="OAuth as RFC 9700 asks rather than as the real server is: S256 PKCE required, "
        "client_id required in the code exchange, a replayed code revokes its tokens",
    )
    parser.add_argument("--seed", choices=["demo", "empty"], default="demo", help="initial data")
    parser.add_argument(
        "--shared-issuers",
        action="store_true",
        help="two more issuers owned by another user, where the demo user is editor or staff",
    )
    parser.add_argument(
        "--bulk", type=int, default=0, metavar="N", help="N more awards on one badge class"
    )
    args = parser.parse_args(argv)
    if args.host not in LOOPBACK_HOSTS:
        parser.error(f"--host must be a loopback address ({', '.join(LOOPBACK_HOSTS)})")
    if not 0 <= args.fault_rate <= 1:
        parser.error("--fault-rate must be between 0 and 1")
    if args.throttle < 0:
        parser.error("--throttle must be 0 (no limit) or more")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    config = SandboxConfig(
        host=args.host,
        port=args.port,
        latency_ms=args.latency_ms,
        fault_rate=args.fault_rate,
        throttle=args.throttle,
        token_ttl=args.token_ttl,
        seed=args.seed,
        flavor=args.flavor,
        bulk_assertions=args.bulk,
        shared_issuers=args.shared_issuers,
        strict_oauth=args.strict_oauth,
    )
    server = SandboxServer(config)
    # uvicorn shuts down on SIGINT/SIGTERM and then re-raises the signal: make both end as
    # KeyboardInterrupt, so that stopping the sandbox is a clean exit 0.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        return _serve(server, args)
    except KeyboardInterrupt:  # Ctrl+C before uvicorn took over the signal
        print("BadgeDesk sandbox stopped.", flush=True)
        return 0


def _serve(server: SandboxServer, args: argparse.Namespace) -> int:
    try:
        server.bind()
    except OSError as error:
        print(
            f"badgedesk-sandbox: cannot listen on {args.host}:{args.port}: {error.strerror}",
            file=sys.stderr,
        )
        return 2
    base = server.base_url
    print(f"BadgeDesk sandbox serving at {base}", flush=True)
    print(f"  demo login:     {DEMO_EMAIL} / {DEMO_PASSWORD}")
    print(f"  client id:      {CLIENT_ID}")
    print(f"  redirect URIs:  {' '.join(REDIRECT_URIS)}")
    print(f"  scopes:         {ALL_SCOPES}")
    print(f"  authorize page: {server.web_url}/auth/oauth2/authorize")
    print(f"  token URL:      {base}/o/token")
    print(f"  flavour:        {args.flavor}")
    print(f"  strict OAuth:   {'on (RFC 9700)' if args.strict_oauth else 'off'}")
    print("Press Ctrl+C to stop.", flush=True)
    server.serve_forever()
    print("BadgeDesk sandbox stopped.", flush=True)
    return 0
