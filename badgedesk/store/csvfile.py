"""CSV files people open in spreadsheets: written whole or not at all, and safe to open.

UTF-8 with a BOM so Excel detects the encoding; written to a temporary file beside the target
and renamed over it, so a crash never leaves a half-written export. Cells that a spreadsheet
would run as a formula get a leading apostrophe (CSV injection).
"""

from __future__ import annotations

import contextlib
import csv
import os
import uuid
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """Neutralise a spreadsheet formula in text that came from users or servers."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def unguarded_cell(value: str) -> str:
    """The text ``safe_cell`` guarded, so that an export reads back as it was written: a
    telephone recipient ``+44…`` is exported as ``'+44…`` and must import as ``+44…``."""
    return value[1:] if value.startswith("'") and value[1:].startswith(_FORMULA_START) else value


@contextlib.contextmanager
def atomic_text_file(path: Path, encoding: str) -> Iterator[TextIO]:
    """A text file written beside ``path`` and renamed over it once complete and synced:
    readers see the old file or the new one, never half of one."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with open(fd, "w", encoding=encoding, newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write ``header`` and ``rows`` to ``path`` atomically; return the number of rows."""
    count = 0
    with atomic_text_file(path, "utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow([safe_cell(value) for value in row])
            count += 1
    return count
