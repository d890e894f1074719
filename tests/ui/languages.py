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


class Marking(QTranslator):
    """Wraps every text of ``contexts`` in «», as a translation would change it, so that a
    test can tell a sentence worded where it is shown from one that came in English."""

    def __init__(self, *contexts: str) -> None:
        super().__init__()
        self.contexts = contexts

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context not in self.contexts:
            return None  # no translation (an empty text would be one)
        return "«" + source.replace("%n", str(n)) + "»"


@contextmanager
def marking(*contexts: str) -> Iterator[Marking]:
    """A ``Marking`` of ``contexts`` installed for the block."""
    translator = Marking(*contexts)
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)
