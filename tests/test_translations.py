"""The translation files are what ``python -m badgedesk.i18n`` makes of the code: each ``.ts``
holds exactly the code's messages, each ``.qm`` is compiled from its ``.ts`` (the pseudo-
locale's from the code), and every shipped language is translated in full."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from badgedesk import i18n
from badgedesk.core.languages import PSEUDO, SHIPPED, TRANSLATED, catalogue_name

UPDATE = "run `python -m badgedesk.i18n` and commit the translation files"


def ts_file(language: str) -> Path:
    return i18n.TRANSLATIONS / f"{catalogue_name(language)}.ts"


@pytest.fixture(scope="module")
def code_messages() -> set[i18n.Message]:
    return i18n.code_messages()


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_ts_holds_the_codes_messages(language: str, code_messages: set[i18n.Message]):
    held = set(i18n.read_catalogue(ts_file(language)))
    assert sorted(code_messages - held) == [], f"missing from the .ts: {UPDATE}"
    assert sorted(held - code_messages) == [], f"no longer in the code: {UPDATE}"


@pytest.mark.parametrize("language", SHIPPED)
def test_a_shipped_language_is_translated_in_full(language: str):
    catalogue = i18n.read_catalogue(ts_file(language))
    assert sorted(m for m, forms in catalogue.items() if forms is None) == []


def test_only_translated_languages_are_shipped():
    assert set(SHIPPED) <= set(TRANSLATED)


SAMPLE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Tab</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished">Décerner</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n award(s)</source>
        <translation>
            <numerusform>%n badge décerné</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Parti</translation>
    </message>
</context>
</TS>
"""


def test_unfinished_empty_and_half_plural_entries_count_as_untranslated(tmp_path: Path):
    sample = tmp_path / "sample_fr.ts"
    sample.write_text(SAMPLE, encoding="utf-8")
    catalogue = {m.source: forms for m, forms in i18n.read_catalogue(sample).items()}
    assert catalogue == {
        "Done": ["Terminé"],
        "Award": None,
        "Revoke": None,
        "%n award(s)": None,
        "%n row(s)": ["%n ligne", "%n lignes"],
    }


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_qm_is_compiled_from_its_ts(language: str, tmp_path: Path):
    compiled = tmp_path / f"{language}.qm"
    i18n.lrelease(ts_file(language), compiled)
    shipped = ts_file(language).with_suffix(".qm")
    assert shipped.read_bytes() == compiled.read_bytes(), UPDATE


def test_the_pseudo_locale_is_made_from_the_code(tmp_path: Path):
    made = tmp_path / "pseudo.qm"
    i18n.build_pseudo(made)
    shipped = i18n.TRANSLATIONS / f"{catalogue_name(PSEUDO)}.qm"
    assert shipped.read_bytes() == made.read_bytes(), UPDATE


KEPT = re.compile(r"\{[^{}]*\}|%\w|<[^>]*>|&\w+;|&&")


@pytest.mark.parametrize(
    "source",
    [
        "Save &changes",
        "Award “{name}” to {count} people?",
        "%n award(s) of %1 sent, %s left",
        "<b>BadgeDesk %s</b><br>A desktop console &amp; more",
        "Tom && &Jerry",
    ],
)
def test_the_pseudo_text_is_marked_accented_longer_and_keeps_what_code_reads(source: str):
    pseudo = i18n.pseudo_text(source)
    assert pseudo.startswith("⟦")
    assert pseudo.endswith("⟧")
    assert len(pseudo) >= len(source) * 1.4
    assert KEPT.findall(pseudo) == KEPT.findall(source)
    assert re.findall(r"(?<!&)&([^&\s])", pseudo) == re.findall(r"(?<!&)&([^&\s])", source)
    letters = re.sub(KEPT, "", source)
    assert sum(c.isascii() and c.isalpha() for c in re.sub(KEPT, "", pseudo)) < sum(
        c.isalpha() for c in letters
    )


def test_the_pseudo_text_of_nothing_is_nothing():
    assert i18n.pseudo_text("") == ""


def test_a_translators_json_fills_only_what_is_untranslated(tmp_path: Path):
    sample = tmp_path / "sample_fr.ts"
    sample.write_text(SAMPLE, encoding="utf-8")
    given: dict[str, str | list[str]] = {
        "Done": "Fini",  # finished already: kept
        "Award": "Décerner",
        "Revoke": ["révoquer", "révoquer"],  # not a plural: left
        "%n award(s)": ["%n badge décerné", "%n badges décernés"],
    }
    assert i18n.merge(sample, given) == 2
    catalogue = {m.source: forms for m, forms in i18n.read_catalogue(sample).items()}
    assert catalogue["Done"] == ["Terminé"]
    assert catalogue["Award"] == ["Décerner"]
    assert catalogue["Revoke"] is None
    assert catalogue["%n award(s)"] == ["%n badge décerné", "%n badges décernés"]
