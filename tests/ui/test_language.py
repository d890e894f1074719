"""The language BadgeDesk starts in: chosen from the variable, Preferences or the system;
its translators asked before the English plurals; Qt's own translation with it; the default
locale following it; English, said once in the log, when its file is missing."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from badgedesk import i18n
from badgedesk.core.languages import PSEUDO, catalogue_name
from badgedesk.core.wording import english_plural
from badgedesk.ui import language
from badgedesk.ui.language import (
    LANGUAGE_VARIABLE,
    chosen_language,
    save_language,
    saved_language,
)
from tests.ui.languages import speaking


def counted_message() -> i18n.Message:
    """A counted text of the code, with ``%n`` (not ``%Ln``) in it."""
    catalogue = i18n.read_catalogue(i18n.TRANSLATIONS / f"{catalogue_name('fr')}.ts")
    return next(m for m in sorted(catalogue) if m.plural and "%n" in m.source)


def test_the_pseudo_locale_is_asked_before_the_english_plurals(qapp: QApplication):
    message = counted_message()
    with speaking(qapp, PSEUDO) as used:
        assert used == PSEUDO
        assert QCoreApplication.translate("MainWindow", "&File") == "⟦&Fîļé ~⟧"
        for count in (1, 2):
            expected = i18n.pseudo_text(english_plural(message.source, count))
            translated = QCoreApplication.translate(message.context, message.source, None, count)
            assert translated == expected.replace("%n", str(count))
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QCoreApplication.translate(message.context, message.source, None, 1) == (
        english_plural(message.source, 1).replace("%n", "1")
    )


def test_a_language_brings_qts_own_words_and_its_locale(qapp: QApplication):
    with speaking(qapp, "fr") as used:
        assert used == "fr"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        assert QLocale().language() == QLocale.Language.French
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_a_language_without_its_file_is_english_said_once(
    qapp: QApplication, tmp_path, monkeypatch: pytest.MonkeyPatch, caplog
):
    monkeypatch.setattr(language, "TRANSLATIONS", tmp_path)
    with caplog.at_level(logging.WARNING, logger=language.__name__), speaking(qapp, "de") as used:
        assert used == "en"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == [
        f"no translation file for 'de' in {tmp_path}; using English"
    ]


def test_the_variable_wins_then_preferences_then_the_system(
    tmp_path, monkeypatch: pytest.MonkeyPatch
):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(language, "SHIPPED", ("fr", "de"))
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("de_AT"))
    assert chosen_language(settings, {}) == "de"
    save_language(settings, "fr")
    assert saved_language(settings) == "fr"
    assert chosen_language(settings, {}) == "fr"
    assert chosen_language(settings, {LANGUAGE_VARIABLE: PSEUDO}) == PSEUDO
    assert chosen_language(settings, {LANGUAGE_VARIABLE: "es"}) == "es", "any translated one"
    assert chosen_language(settings, {LANGUAGE_VARIABLE: "xx"}) == "fr", "not one we have"
    save_language(settings, "es")  # saved, then no longer shipped
    assert chosen_language(settings, {}) == "de"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("pt_BR"))
    assert chosen_language(settings, {}) == "en"


def test_dates_follow_the_language_in_the_systems_country(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("fr_CA"))
    assert language.locale_for("en").name() == "en_CA"
    assert language.locale_for("fr").name() == "fr_CA"
    assert language.locale_for(PSEUDO).name() == "fr_CA"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale.c())
    assert language.locale_for("en").language() == QLocale.Language.C
    assert language.locale_for("de").name() == "de_DE"
