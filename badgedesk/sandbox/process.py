"""The sandbox in a process of its own, as a real server is: its work does not share the
client's interpreter lock or memory, so what a benchmark measures is the client's."""

from __future__ import annotations

import multiprocessing
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from types import TracebackType

from badgedesk.sandbox.config import SandboxConfig
from badgedesk.sandbox.server import SandboxServer


@dataclass(frozen=True)
class Served:
    """What the process hands back once it accepts connections."""

    base_url: str
    access_token: str
    """A token of the demo user with every scope (``SandboxServer.mint_token``)."""
    seconds_to_start: float
    """Seeding and starting, in the sandbox's process."""


def _serve(config: SandboxConfig, pipe: Connection) -> None:
    started = time.perf_counter()
    server = SandboxServer(config).start()
    took = time.perf_counter() - started
    pipe.send(Served(server.base_url, server.mint_token().access_token, took))
    pipe.recv()  # anything, or the other end closing, says stop
    server.stop()


class SandboxProcess:
    """``with SandboxProcess(config) as served:`` serves until the block ends. The process is
    spawned, not forked: a fork of a process running Qt or an event loop is not safe."""

    def __init__(self, config: SandboxConfig) -> None:
        self._pipe, self._theirs = multiprocessing.Pipe()
        self._process = multiprocessing.get_context("spawn").Process(
            target=_serve, args=(config, self._theirs), name="badgedesk-sandbox", daemon=True
        )

    def __enter__(self) -> Served:
        self._process.start()
        self._theirs.close()  # the process's end now: if it dies, recv() ends with EOFError
        served: Served = self._pipe.recv()
        return served

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._pipe.send(None)
        self._process.join(10)
        if self._process.is_alive():
            self._process.kill()
        self._pipe.close()
