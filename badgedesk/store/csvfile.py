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
from collections.abc import Iterable, Sequence
from pathlib import Path

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """Neutralise a spreadsheet formula in text that came from users or servers."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write ``header`` and ``rows`` to ``path`` atomically; return the number of rows."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    count = 0
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with open(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            for row in rows:
                writer.writerow([safe_cell(value) for value in row])
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return count
