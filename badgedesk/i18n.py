"""The translation files, brought up to date with the code: ``python -m badgedesk.i18n``.

1. ``pyside6-lupdate`` reads every string the code marks for translation (``self.tr``,
   ``QCoreApplication.translate``) into ``badgedesk/translations/badgedesk_<code>.ts`` for
   each translated language: existing translations are kept, new strings are added
   unfinished, strings the code no longer has are dropped.
2. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the program loads (finished
   translations only: an unfinished one shows in English).
3. The pseudo-locale's ``.qm`` is generated from the code's strings (see ``pseudo_text``).

The ``.qm`` files are committed, so that a wheel or a standalone build needs no Qt tool to be
built; ``tests/test_translations.py`` proves they are what this command makes of the ``.ts``.
No Qt module is imported: the tools are PySide6's own programs, run as such.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from badgedesk.core.languages import (
    PSEUDO,
    SOURCE_LANGUAGE,
    TRANSLATED,
    catalogue_name,
)
from badgedesk.core.wording import english_plural

PACKAGE = Path(__file__).resolve().parent
TRANSLATIONS = PACKAGE / "translations"
TOOL_TIMEOUT_SECONDS = 120


@dataclass(frozen=True, order=True)
class Message:
    """One translatable text as lupdate identifies it."""

    context: str
    source: str
    disambiguation: str
    plural: bool


def qt_tool(name: str) -> Path:
    """Path of one of the Qt programs the PySide6 wheel carries (``lupdate``, ``lrelease``)."""
    spec = importlib.util.find_spec("PySide6")  # found, not imported: no Qt in this process
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("PySide6 is not installed")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def run_tool(name: str, *args: str | Path) -> None:
    """Run a Qt tool, quietly; its own words when it fails."""
    done = subprocess.run(  # noqa: S603 - PySide6's own program, with our arguments
        [str(qt_tool(name)), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=TOOL_TIMEOUT_SECONDS,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{name} failed ({done.returncode}): {done.stderr or done.stdout}")


def lupdate(ts_file: Path, package: Path = PACKAGE) -> None:
    """Bring ``ts_file`` up to date with the strings of ``package``, keeping its translations
    and dropping those of strings that are gone. No source locations are written: they would
    change the file at every edit of the code and make merges of translations conflict."""
    run_tool(
        "lupdate",
        "-silent",
        "-extensions",
        "py",
        "-recursive",
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        SOURCE_LANGUAGE,
        package,
        "-ts",
        ts_file,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile ``ts_file`` to ``qm_file``, leaving out unfinished translations."""
    run_tool("lrelease", "-silent", "-nounfinished", ts_file, "-qm", qm_file)


def _text(element: ElementTree.Element | None) -> str:
    return "" if element is None or element.text is None else element.text


def _translated(message: ElementTree.Element) -> list[str] | None:
    """A message's translated forms (one, or one per plural form), or None while it is
    unfinished or any form is empty."""
    translation = message.find("translation")
    if translation is None or translation.get("type", "") == "unfinished":
        return None
    if message.get("numerus") == "yes":
        forms = [_text(form) for form in translation.iter("numerusform")]
    else:
        forms = [_text(translation)]
    return forms if forms and all(forms) else None


def _gone(message: ElementTree.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") in ("obsolete", "vanished")


def read_catalogue(ts_file: Path) -> dict[Message, list[str] | None]:
    """Each message of a ``.ts`` file with its translated forms, None while untranslated."""
    found: dict[Message, list[str] | None] = {}
    root = ElementTree.parse(ts_file).getroot()  # noqa: S314 - our own file
    for context in root.iter("context"):
        name = _text(context.find("name"))
        for message in context.iter("message"):
            if _gone(message):
                continue
            key = Message(
                name,
                _text(message.find("source")),
                _text(message.find("comment")),
                message.get("numerus") == "yes",
            )
            found[key] = _translated(message)
    return found


def code_messages(package: Path = PACKAGE) -> set[Message]:
    """Every message lupdate finds in the code of ``package`` today."""
    with tempfile.TemporaryDirectory() as folder:
        ts_file = Path(folder) / "code.ts"
        lupdate(ts_file, package)
        return set(read_catalogue(ts_file))


# A placeholder, markup or mnemonic that must reach the translation unchanged: Python's
# {name} and %s forms, Qt's %n and %1, an HTML tag or entity, "&&" and the "&" of a mnemonic
# with its letter (so that Alt+letter stays the same).
_KEPT = re.compile(
    r"\{\{|\}\}|\{[^{}]*\}|%%|%\([A-Za-z_]+\)[sdr]|%L?\d+|%Ln|%n|%[sdifr]"
    r"|<[^<>]*>|&[A-Za-z]+;|&#\d+;|&&|&[^&\s]"
)
_ACCENTED = str.maketrans(
    "aAcCeEgGhHiIjJkKlLnNoOrRsStTuUwWyYzZ",
    "àÀçÇéÉĝĜĥĤîÎĵĴķĶļĻñÑöÖŕŔšŠţŢûÛŵŴýÝžŽ",
)
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"
LENGTHENING = 0.4


def pseudo_text(text: str) -> str:
    """``text`` as the pseudo-locale shows it: between ⟦ and ⟧, its letters accented and about
    40 % longer, with every placeholder, tag, entity and mnemonic kept as it was: a text
    without the markers on screen did not go through a translation, and one cut short or
    broken shows where a longer language would be."""
    if not text:
        return text
    parts: list[str] = []
    last = 0
    for kept in _KEPT.finditer(text):
        parts += [text[last : kept.start()].translate(_ACCENTED), kept.group()]
        last = kept.end()
    parts.append(text[last:].translate(_ACCENTED))
    padding = "~" * max(1, math.ceil(len(text) * LENGTHENING) - 3)
    return f"{PSEUDO_OPEN}{''.join(parts)} {padding}{PSEUDO_CLOSE}"


def pseudo_catalogue(template: Path, ts_file: Path) -> None:
    """Write ``ts_file``: every message of ``template`` translated by ``pseudo_text``, a
    counted one in English's two plural forms (one, other)."""
    tree = ElementTree.parse(template)  # noqa: S314 - lupdate's output
    root = tree.getroot()
    root.set("language", "en")  # English's plural rules pick the form
    for message in root.iter("message"):
        source = _text(message.find("source"))
        translation = message.find("translation")
        if translation is None:
            translation = ElementTree.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for count in (1, 2):
                form = ElementTree.SubElement(translation, "numerusform")
                form.text = pseudo_text(english_plural(source, count))
        else:
            translation.text = pseudo_text(source)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def build_pseudo(qm_file: Path, package: Path = PACKAGE) -> None:
    """The pseudo-locale's ``.qm``, made from the code's strings: never written by hand."""
    with tempfile.TemporaryDirectory() as folder:
        template, ts_file = Path(folder) / "template.ts", Path(folder) / "pseudo.ts"
        lupdate(template, package)
        pseudo_catalogue(template, ts_file)
        lrelease(ts_file, qm_file)


def merge(ts_file: Path, translations: dict[str, str | list[str]]) -> int:
    """Fill the untranslated messages of ``ts_file`` whose source text ``translations`` gives
    (a string, or a list of plural forms): how a translator's work done outside Qt Linguist
    lands. Translations already finished are kept. Returns how many were filled."""
    tree = ElementTree.parse(ts_file)  # noqa: S314 - our own file
    filled = 0
    for message in tree.getroot().iter("message"):
        given = translations.get(_text(message.find("source")))
        translation = message.find("translation")
        if given is None or translation is None or _gone(message) or _translated(message):
            continue
        forms = given if isinstance(given, list) else [given]
        if (message.get("numerus") == "yes") != isinstance(given, list) or not all(forms):
            continue  # a plural needs its forms, a plain text one string
        for child in list(translation):
            translation.remove(child)
        translation.text = None if isinstance(given, list) else given
        for text in forms if isinstance(given, list) else []:
            ElementTree.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def update(
    languages: Sequence[str] = TRANSLATED, folder: Path = TRANSLATIONS, package: Path = PACKAGE
) -> None:
    """Each language's ``.ts`` brought up to date and compiled, and the pseudo-locale made."""
    folder.mkdir(parents=True, exist_ok=True)
    for language in languages:
        ts_file = folder / f"{catalogue_name(language)}.ts"
        lupdate(ts_file, package)
        lrelease(ts_file, ts_file.with_suffix(".qm"))
    build_pseudo(folder / f"{catalogue_name(PSEUDO)}.qm", package)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m badgedesk.i18n",
        description="Update the .ts files from the code, compile the .qm files and "
        "regenerate the pseudo-locale.",
    )
    parser.add_argument(
        "--merge",
        metavar="LANG=FILE",
        action="append",
        default=[],
        help="first fill LANG's untranslated messages from a JSON object {source: translation "
        "or [plural forms]}",
    )
    args = parser.parse_args(argv)
    for given in args.merge:
        language, _, name = given.partition("=")
        if language not in TRANSLATED or not name:
            parser.error(f"--merge {given}: LANG is one of {', '.join(TRANSLATED)}")
        translations = json.loads(Path(name).read_text(encoding="utf-8"))
        filled = merge(TRANSLATIONS / f"{catalogue_name(language)}.ts", translations)
        print(f"{language}: {filled} translations merged from {name}")
    update()  # lupdate also writes the merged files back in its own layout
    for language in (*TRANSLATED, PSEUDO):
        qm_file = TRANSLATIONS / f"{catalogue_name(language)}.qm"
        print(f"{qm_file.relative_to(PACKAGE.parent)}: {qm_file.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
