"""The English plural forms of the UI's counted texts, installed as the first translator.

Every counted text is written in Qt's plural source form and translated with its count
(``translate(context, "%n award(s)", None, count)``). A real translation installed later is
asked first; without one, this translator answers in English, so the UI reads "1 award" and
"2 awards" instead of "1 award(s)".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from badgedesk.core.wording import english_plural

INSTALLED = "badgedesk_english_plurals"
"""The application's property that says the English forms are installed."""


class EnglishPlurals(QTranslator):
    """Answers every text in the source language, its plural forms chosen for the count."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return english_plural(source, n) if n >= 0 else source

    def isEmpty(self) -> bool:
        return False


def install_english_plurals(app: QCoreApplication) -> None:
    """Install the English forms first (once), so that translations installed later win.
    Marked by a property rather than looked for among the application's children, which
    costs milliseconds of start-up (PySide6 builds the classes of what it finds)."""
    if not app.property(INSTALLED):
        QCoreApplication.installTranslator(EnglishPlurals(app))
        app.setProperty(INSTALLED, True)
