"""A language installed for one test and taken away after it: shared by the language tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from badgedesk.ui.language import install_language
from badgedesk.ui.plurals import EnglishPlurals


@contextmanager
def speaking(app: QCoreApplication, language: str) -> Iterator[str]:
    """``install_language(app, language)`` for the block; then only the English plurals are
    left installed, and the default locale is the one before. Gives the language in use."""
    locale = QLocale()
    try:
        yield install_language(app, language)
    finally:
        for translator in app.findChildren(QTranslator):
            if not isinstance(translator, EnglishPlurals):
                QCoreApplication.removeTranslator(translator)
                translator.deleteLater()
        QLocale.setDefault(locale)
