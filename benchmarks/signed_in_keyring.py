"""A keyring kept in a JSON file, for ``signed_in_start.py``: its child processes find the
sign-in the benchmark saved (``PYTHON_KEYRING_BACKEND=signed_in_keyring.FileKeyring``, the
file named by ``BADGEDESK_BENCH_KEYRING``). Never for real secrets: the file is plain text."""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend
import keyring.errors


class FileKeyring(keyring.backend.KeyringBackend):
    """Secrets by service and name, written through to one JSON file."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.path = path or Path(os.environ["BADGEDESK_BENCH_KEYRING"])
        self.secrets: dict[str, str] = (
            json.loads(self.path.read_text(encoding="utf-8")) if self.path.exists() else {}
        )

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[f"{service}\n{username}"] = password
        self.path.write_text(json.dumps(self.secrets), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop(f"{service}\n{username}", None) is None:
            raise keyring.errors.PasswordDeleteError(username)
        self.path.write_text(json.dumps(self.secrets), encoding="utf-8")
