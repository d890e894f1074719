"""Fixtures of the service tests: a drafts store on disk and a client of the sandbox."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from badgedesk.api.client import BadgesClient, RetryPolicy
from badgedesk.store.thread import StoreThread


@pytest.fixture
def runner() -> Iterator[asyncio.Runner]:
    """The one event loop of a service test: plain asyncio, as these need no Qt (widget tests
    run theirs on the qasync ``loop`` of tests/ui/conftest.py)."""
    with asyncio.Runner() as made:
        yield made


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "badgedesk.sqlite3"


@pytest.fixture
def drafts(db_path: Path) -> Iterator[StoreThread]:
    service = StoreThread(db_path)
    yield service
    service.close()


@pytest.fixture
def client(sandbox, demo_token, runner) -> Iterator[BadgesClient]:
    made = BadgesClient(
        sandbox.base_url, demo_token, retry=RetryPolicy(base_delay=0.01, max_delay=0.05)
    )
    yield made
    runner.run(made.aclose())
