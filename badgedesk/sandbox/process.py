"""The sandbox in a process of its own, as a real server is: its work does not share the
client's interpreter lock or memory, so what a benchmark measures is the client's.

``SandboxProcess`` starts it (``spawn``: a fork of a process running Qt or an event loop is
not safe) and talks to it over a pipe: its address, a demo token, a badge class's ``entityId``
by name, the throttle to set, the requests it served since last asked, and the awards revoked.
"""

from __future__ import annotations

import multiprocessing
import time
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any

from badgedesk.sandbox.config import SandboxConfig
from badgedesk.sandbox.server import SandboxServer
from badgedesk.sandbox.state import ALL_SCOPES


def _serve(config: SandboxConfig, pipe: Connection) -> None:
    """The child: serve until told to stop (or the parent goes), answering its questions."""
    started = time.perf_counter()
    with SandboxServer(config) as server:
        pipe.send((server.base_url, time.perf_counter() - started))
        while True:
            try:
                command, argument = pipe.recv()
            except EOFError:
                return
            if command == "stop":
                return
            if command == "token":
                pipe.send(server.mint_token(scope=ALL_SCOPES).access_token)
            elif command == "badgeclass":
                pipe.send(
                    next(
                        b.entity_id
                        for b in server.state.badgeclasses.values()
                        if b.name == argument
                    )
                )
            elif command == "throttle":
                server.state.faults.throttle = argument
                pipe.send(None)
            elif command == "requests":
                pipe.send([(r.method, r.path, r.status) for r in server.requests])
                server.clear_requests()
            elif command == "revoked":
                with server.state.lock:  # the server's thread may be adding awards
                    revoked = [a.entity_id for a in server.state.assertions.values() if a.revoked]
                pipe.send(revoked)


class SandboxProcess:
    """``with SandboxProcess(config) as served:`` serves until the block ends."""

    def __init__(self, config: SandboxConfig) -> None:
        context = multiprocessing.get_context("spawn")
        self._pipe, self._theirs = context.Pipe()
        self._process = context.Process(
            target=_serve, args=(config, self._theirs), name="badgedesk-sandbox", daemon=True
        )
        self.base_url = ""
        self.seconds_to_start = 0.0
        """Seeding and starting, in the sandbox's process."""

    def __enter__(self) -> SandboxProcess:
        self._process.start()
        self._theirs.close()  # the process's end now: if it dies, recv() ends with EOFError
        self.base_url, self.seconds_to_start = self._pipe.recv()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._pipe.send(("stop", None))
        self._process.join(10)
        if self._process.is_alive():
            self._process.kill()
        self._pipe.close()

    def _ask(self, command: str, argument: Any = None) -> Any:
        self._pipe.send((command, argument))
        return self._pipe.recv()

    def token(self) -> str:
        """A new token of the demo user with every scope."""
        return str(self._ask("token"))

    def badgeclass(self, name: str) -> str:
        """The ``entityId`` of the badge class called ``name``."""
        return str(self._ask("badgeclass", name))

    def throttle(self, per_second: int) -> None:
        """Answer ``per_second`` API requests a second, 429 beyond (0: no limit)."""
        self._ask("throttle", per_second)

    def requests(self) -> list[tuple[str, str, int | None]]:
        """The requests served since the last call, as (method, path, status); the record is
        then cleared."""
        return [(method, path, status) for method, path, status in self._ask("requests")]

    def revoked(self) -> set[str]:
        """The ``entityId`` of every revoked award."""
        return set(self._ask("revoked"))
