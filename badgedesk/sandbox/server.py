"""Running the sandbox: in a background thread on a free loopback port (tests, ``badgedesk
--sandbox``) or in the foreground (``badgedesk-sandbox``)."""

from __future__ import annotations

import logging
import socket
import threading
from dataclasses import dataclass
from datetime import timedelta
from types import TracebackType

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from badgedesk.sandbox.app import DroppedConnection, create_app
from badgedesk.sandbox.config import SandboxConfig
from badgedesk.sandbox.flavors import POLICIES
from badgedesk.sandbox.seed import seed_bulk, seed_demo, seed_shared_issuers, seed_users
from badgedesk.sandbox.state import (
    ALL_SCOPES,
    DEMO_EMAIL,
    Faults,
    RecordedRequest,
    SandboxState,
)

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_in: int
    scope: str

    def __repr__(self) -> str:
        return f"TokenPair(scope={self.scope!r}, expires_in={self.expires_in})"


class _QuietDrops(logging.Filter):
    """Injected dropped connections are expected: keep their tracebacks out of the log."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DroppedConnection))


logging.getLogger("uvicorn.error").addFilter(_QuietDrops())


class SandboxServer:
    """The sandbox served by uvicorn on its own thread. Use as a context manager."""

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        if self.config.host not in LOOPBACK_HOSTS:
            raise ValueError("the sandbox only listens on loopback (127.0.0.1, ::1, localhost)")
        self.state = SandboxState(
            self.config.random_seed, self.config.latency_ms, self.config.fault_rate
        )
        self.state.faults.throttle = self.config.throttle
        with self.state.lock:
            if self.config.seed == "demo":
                seed_demo(self.state)
                if self.config.shared_issuers:
                    seed_shared_issuers(self.state)
                if self.config.bulk_assertions:
                    seed_bulk(self.state, self.config.bulk_assertions)
            else:
                seed_users(self.state)
        self._socket: socket.socket | None = None
        self._web_socket: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------ lifecycle

    def bind(self) -> socket.socket:
        """Listen on the API's port (returned) and, for badgr-oss, on the web app's: the next
        port up (any free one when the API's port is 0)."""
        self._socket = sock = self._listen(self.config.port)
        if POLICIES[self.config.flavor].web_app_origin:
            try:
                self._web_socket = self._listen(self.config.port + 1 if self.config.port else 0)
            except OSError:
                sock.close()
                self._socket = None
                raise
        return sock

    def _listen(self, port: int) -> socket.socket:
        family = socket.AF_INET6 if ":" in self.config.host else socket.AF_INET
        # proto must say TCP: asyncio only sets TCP_NODELAY on accepted sockets that do, and
        # without it every response waits ~40 ms for a delayed ACK.
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.config.host, port))
        sock.listen(128)
        return sock

    def _sockets(self) -> list[socket.socket]:
        return [s for s in (self._socket, self._web_socket) if s is not None]

    def _uvicorn(self) -> uvicorn.Server:
        web_port = self._web_socket.getsockname()[1] if self._web_socket else None
        config = uvicorn.Config(
            create_app(self.state, self.config, web_port),
            # httptools, uvicorn's parser in C, as uvicorn is deployed: on h11, its pure-Python
            # parser, the sandbox's own work per request was 1.5 ms over the latency it models,
            # where a real server's HTTP layer (nginx, gunicorn) takes a small share of that.
            # Named, not left to uvicorn's "auto", so tests and benchmarks all run this one.
            http=HttpToolsProtocol,
            log_level="warning",
            access_log=False,
            lifespan="off",
            log_config=None,
            timeout_graceful_shutdown=1,
            date_header=False,  # the app dates its answers by the sandbox's clock
        )
        self._server = uvicorn.Server(config)
        return self._server

    def start(self) -> SandboxServer:
        """Serve on a background thread; returns once connections are accepted."""
        self.bind()
        sockets = self._sockets()
        server = self._uvicorn()
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": sockets}, name="badgedesk-sandbox", daemon=True
        )
        self._thread.start()
        while not server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the sandbox server failed to start")
            self._thread.join(0.01)
        return self

    def serve_forever(self) -> None:
        """Serve in the foreground until interrupted (Ctrl+C or SIGTERM)."""
        if self._socket is None:
            self.bind()
        sockets = self._sockets()
        self._uvicorn().run(sockets=sockets)
        for sock in sockets:
            sock.close()

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
            self._thread = None
        for sock in self._sockets():
            sock.close()
        self._socket = self._web_socket = None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        return _origin(self._socket)

    @property
    def web_url(self) -> str:
        """Where people sign in: the web app's origin (badgr-ui's, on a real server); the API's
        own in the parchment flavour."""
        return _origin(self._web_socket) if self._web_socket else self.base_url

    # ------------------------------------------------------------ test controls

    @property
    def faults(self) -> Faults:
        return self.state.faults

    @property
    def requests(self) -> list[RecordedRequest]:
        with self.state.lock:
            return list(self.state.requests)

    def clear_requests(self) -> None:
        with self.state.lock:
            self.state.requests.clear()

    def mint_token(
        self, user: str = DEMO_EMAIL, scope: str = ALL_SCOPES, ttl: int | None = None
    ) -> TokenPair:
        """A real token pair for ``user``, without the browser sign-in."""
        with self.state.lock:
            record = self.state.user_by_email(user)
            if record is None:
                raise KeyError(user)
            lifetime = ttl if ttl is not None else self.config.token_ttl
            tokens = self.state.issue_tokens(record.entity_id, frozenset(scope.split()), lifetime)
        return TokenPair(tokens.access_token, tokens.refresh_token, lifetime, scope)

    def expire_access_tokens(self) -> None:
        """Every access token issued so far is now expired; refresh tokens still work."""
        with self.state.lock:
            past = self.state.now() - timedelta(seconds=1)
            for record in self.state.tokens.values():
                record.expires_at = min(record.expires_at, past)

    def advance_clock(self, seconds: float) -> None:
        with self.state.lock:
            self.state.clock_offset += timedelta(seconds=seconds)


def _origin(sock: socket.socket | None) -> str:
    if sock is None:
        raise RuntimeError("the sandbox is not bound yet")
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
