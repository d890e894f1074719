"""The language BadgeDesk speaks, chosen once at start: Qt's own translations (the standard
dialogs' buttons), BadgeDesk's, and the locale that dates and numbers follow.

The language is ``BADGEDESK_LANGUAGE`` when set (any translated language, or ``pseudo``: for
tests, screenshots and translators checking their work), else the one saved in Preferences,
else the system's when BadgeDesk ships it, else English. A language whose ``.qm`` is missing
falls back to English, and the log says so once.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from badgedesk.core.languages import (
    PSEUDO,
    SHIPPED,
    SOURCE_LANGUAGE,
    TRANSLATED,
    catalogue_name,
    language_of_locale,
)
from badgedesk.ui.plurals import install_english_plurals

log = logging.getLogger(__name__)

LANGUAGE_KEY = "language"
"""Where Preferences keeps the chosen language; empty or absent for the system's."""
LANGUAGE_VARIABLE = "BADGEDESK_LANGUAGE"
TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"


def offered_languages() -> tuple[str, ...]:
    """What a person may choose: English and every complete translation."""
    return (SOURCE_LANGUAGE, *SHIPPED)


def system_language() -> str:
    """The system locale's language, or English when BadgeDesk does not ship it."""
    language = language_of_locale(QLocale.system().name())
    return language if language in offered_languages() else SOURCE_LANGUAGE


def saved_language(settings: QSettings) -> str:
    """The language saved in Preferences, ``""`` for the system's (or one no longer offered)."""
    language = str(settings.value(LANGUAGE_KEY, "") or "")
    return language if language in offered_languages() else ""


def save_language(settings: QSettings, language: str) -> None:
    """Keep ``language`` (``""`` for the system's) for the next start."""
    settings.setValue(LANGUAGE_KEY, language)


def chosen_language(settings: QSettings, environ: Mapping[str, str] = os.environ) -> str:
    """The language to start in: the variable's, the saved one, or the system's."""
    forced = environ.get(LANGUAGE_VARIABLE, "").strip()
    if forced in (SOURCE_LANGUAGE, PSEUDO, *TRANSLATED):
        return forced
    if forced:
        log.warning("%s=%s is not a language BadgeDesk has; ignored", LANGUAGE_VARIABLE, forced)
    return saved_language(settings) or system_language()


def qt_translation_folders() -> list[Path]:
    """Where Qt's own ``qtbase_*.qm`` may be: Qt's folder, else the copy inside PySide6 that
    a standalone build carries (``Qt/translations`` on Linux and macOS, ``translations`` on
    Windows)."""
    import PySide6

    pyside = Path(PySide6.__file__).resolve().parent
    return [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        pyside / "Qt" / "translations",
        pyside / "translations",
    ]


def _loaded(app: QCoreApplication, name: str, folders: list[Path]) -> QTranslator | None:
    for folder in folders:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            return translator
        translator.deleteLater()
    return None


def locale_for(language: str) -> QLocale:
    """The locale for dates and numbers: the system's when it speaks ``language`` (or is C
    and the language English), else ``language`` in the system's country where one exists
    (en_CA for English on a French Canadian system)."""
    system = QLocale.system()
    spoken = language_of_locale(system.name())
    if language in (spoken, PSEUDO) or (
        language == SOURCE_LANGUAGE and system.language() == QLocale.Language.C
    ):
        return system
    territory = QLocale.territoryToCode(system.territory())
    return QLocale(f"{language}_{territory}" if territory else language)


def install_language(app: QCoreApplication, language: str) -> str:
    """Install the translators of ``language`` after the English plurals, so they are asked
    first, and set the default locale. Returns the language in use: English when its
    ``.qm`` is missing."""
    install_english_plurals(app)
    if language != SOURCE_LANGUAGE:
        own = _loaded(app, catalogue_name(language), [TRANSLATIONS])
        if own is None:
            log.warning("no translation file for %r in %s; using English", language, TRANSLATIONS)
            language = SOURCE_LANGUAGE
        else:
            qt = (
                None
                if language == PSEUDO
                else _loaded(app, f"qtbase_{language}", qt_translation_folders())
            )
            for translator in (qt, own):
                if translator is not None:
                    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(locale_for(language))
    log.info("language: %s, locale: %s", language, QLocale().name())
    return language
