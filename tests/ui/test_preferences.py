"""Preferences (File → Preferences…, Ctrl+,): the language for the next start, among the
system's, English and the shipped translations, kept in the settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from badgedesk.ui import language
from badgedesk.ui.language import LANGUAGE_KEY, saved_language
from badgedesk.ui.main_window import MainWindow
from badgedesk.ui.preferences import PreferencesDialog


@pytest.fixture
def shipped(monkeypatch: pytest.MonkeyPatch) -> None:
    """French and German complete, on a French Canadian system."""
    monkeypatch.setattr(language, "SHIPPED", ("fr", "de"))
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("fr_CA"))


def items(combo: QComboBox) -> list[tuple[str, str]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_ctrl_comma_opens_it_and_the_keyboard_chooses(qtbot, settings: QSettings, shipped):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.tabs, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PreferencesDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PreferencesDialog)
    assert dialog.focusWidget() is dialog.language
    assert items(dialog.language) == [
        ("System default (Français)", ""),
        ("English", "en"),
        ("Français", "fr"),
        ("Deutsch", "de"),
    ]
    assert dialog.note.isVisible()
    assert dialog.note.text() == "BadgeDesk will use this language from its next start."
    QTest.keyClick(dialog.language, Qt.Key.Key_Down)
    QTest.keyClick(dialog.language, Qt.Key.Key_Down)
    QTest.keyClick(dialog.language, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert settings.value(LANGUAGE_KEY) == "fr"
    assert window.preferences_action.shortcut().toString() == "Ctrl+,"


def test_cancel_keeps_the_language_and_it_opens_on_the_saved_one(
    qtbot, settings: QSettings, shipped
):
    settings.setValue(LANGUAGE_KEY, "de")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "de"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert saved_language(settings) == "de"
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(0)
    dialog.accept()
    assert saved_language(settings) == ""


def test_english_and_the_three_complete_translations_are_offered(qtbot, settings: QSettings):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert [data for _text, data in items(dialog.language)] == ["", "en", "fr", "es", "de"]
    assert dialog.language.accessibleName() == "Language"
