"""The sandbox in a process of its own, for benchmarks: in the client's process, the server's
work and the client's share one GIL, and the figures mix both.

``SandboxProcess`` starts it (``spawn``, so nothing of the parent's Qt comes along) and talks
to it over a pipe: its address, a token, a badge class's ``entityId`` by name, the throttle
to set, and how many answers of a status it gave since it was last asked.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any

from badgedesk.sandbox import ALL_SCOPES, SandboxConfig, SandboxServer


def _serve(config: SandboxConfig, pipe: Connection) -> None:
    """The child: serve until told to stop, answering the parent's questions."""
    with SandboxServer(config) as server:
        pipe.send(server.base_url)
        while True:
            command, argument = pipe.recv()
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
            elif command == "answers":
                count = sum(1 for r in server.requests if r.status == argument)
                server.clear_requests()
                pipe.send(count)


class SandboxProcess:
    """A sandbox served by a child process. Use as a context manager."""

    def __init__(self, config: SandboxConfig) -> None:
        context = multiprocessing.get_context("spawn")
        self._pipe, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(config, child), daemon=True)
        self.base_url = ""

    def __enter__(self) -> SandboxProcess:
        self._process.start()
        self.base_url = self._pipe.recv()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._pipe.send(("stop", None))
        self._process.join(10)

    def _ask(self, command: str, argument: Any = None) -> Any:
        self._pipe.send((command, argument))
        return self._pipe.recv()

    def token(self) -> str:
        return str(self._ask("token"))

    def badgeclass(self, name: str) -> str:
        return str(self._ask("badgeclass", name))

    def throttle(self, per_second: int) -> None:
        """Answer ``per_second`` API requests a second, 429 beyond (0: no limit)."""
        self._ask("throttle", per_second)

    def answers(self, status: int) -> int:
        """Answers of ``status`` given since the last call (the record is then cleared)."""
        return int(self._ask("answers", status))
