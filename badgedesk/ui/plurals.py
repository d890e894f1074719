"""The English plural forms of the UI's counted texts, installed as the first translator.

Every counted text is written in Qt's plural source form and translated with its count
(``translate(context, "%n award(s)", None, count)``). A real translation installed later is
asked first; without one, this translator answers in English, so the UI reads "1 award" and
"2 awards" instead of "1 award(s)".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from badgedesk.core.wording import english_plural


class EnglishPlurals(QTranslator):
    """Answers every text in the source language, its plural forms chosen for the count."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return english_plural(source, n) if n >= 0 else source

    def isEmpty(self) -> bool:
        return False


def install_english_plurals(app: QCoreApplication) -> None:
    """Install the English forms first (once), so that translations installed later win."""
    if app.findChild(EnglishPlurals) is None:
        QCoreApplication.installTranslator(EnglishPlurals(app))
