"""Names of the files BadgeDesk suggests when it saves something; no Qt, no I/O."""

from __future__ import annotations

import re
from datetime import date

_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_SPACES = re.compile(r"\s+")
_MAX_STEM = 60
"""Characters: at most 240 bytes in UTF-8, under the 255 of a name on every file system."""


def export_file_name(subject: str, day: date, suffix: str = "csv") -> str:
    """``Maths Star 2026-12-05.csv``: what was exported and when, safe on Windows, macOS and
    Linux (no separators or reserved characters, no trailing dot or space; with the date after it,
    never a device name such as ``CON``)."""
    stem = _SPACES.sub(" ", _UNSAFE.sub(" ", subject)).strip(" .")[:_MAX_STEM].rstrip(" .")
    name = f"{stem} {day.isoformat()}" if stem else day.isoformat()
    return f"{name}.{suffix}"
