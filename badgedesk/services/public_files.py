"""Public files (badge images, Open Badges documents), fetched once and kept on disk: a
badge's image or class document does not change for a given URL."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from badgedesk.api.client import BadgesClient
from badgedesk.api.errors import ApiError

IMAGES = "image/*"
OPEN_BADGES_JSON = "application/ld+json, application/json;q=0.9"


class PublicFileCache:
    """Files named by the SHA-256 of their URL under ``directory``, fetched as ``accept``."""

    def __init__(
        self,
        directory: Path,
        client: Callable[[], BadgesClient | None],
        accept: str = IMAGES,
    ) -> None:
        self.directory = directory
        self._client = client
        self._accept = accept
        self._inflight: dict[str, asyncio.Future[bytes | None]] = {}

    def _path(self, url: str) -> Path:
        return self.directory / hashlib.sha256(url.encode()).hexdigest()

    async def get(self, url: str) -> bytes | None:
        """The file at ``url``, from disk if fetched before; None when it cannot be had
        (offline, gone): images and names are decoration, never a reason to fail."""
        if url in self._inflight:
            return await asyncio.shield(self._inflight[url])
        future: asyncio.Future[bytes | None] = asyncio.get_running_loop().create_future()
        self._inflight[url] = future
        try:
            data = await self._load(url)
            future.set_result(data)
            return data
        finally:
            if not future.done():
                future.set_result(None)
            del self._inflight[url]

    async def forget(self, url: str) -> None:
        """Drop the kept copy of a file replaced on the server under the same URL (a badge
        class's new image, where the server keeps its address)."""
        with contextlib.suppress(OSError):
            await asyncio.to_thread(self._path(url).unlink, True)

    async def _load(self, url: str) -> bytes | None:
        path = self._path(url)
        cached = await asyncio.to_thread(_read, path)
        if cached is not None:
            return cached
        client = self._client()
        if client is None:
            return None
        try:
            data = await client.download(url, accept=self._accept)
        except ApiError:
            return None
        # A full or read-only disk costs the next start a download, nothing more.
        with contextlib.suppress(OSError):
            await asyncio.to_thread(_write, path, data)
        return data


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
