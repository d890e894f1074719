"""Shared fixtures: a real sandbox server on loopback for every test that asks for one."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from badgedesk.sandbox import ALL_SCOPES, SandboxConfig, SandboxServer


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    """A fresh demo sandbox on 127.0.0.1 and a free port; stopped after the test."""
    with SandboxServer(SandboxConfig(token_backoff=False)) as server:
        yield server


@pytest.fixture
def demo_token(sandbox: SandboxServer) -> str:
    """An access token for the demo user with every public scope."""
    return sandbox.mint_token(scope=ALL_SCOPES).access_token
