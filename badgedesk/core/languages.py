"""The languages BadgeDesk is written and translated in, and which of them it offers.

Kept apart from Qt so that the translation tool (``python -m badgedesk.i18n``), the tests that
check the translations and the Preferences dialog read one list.
"""

from __future__ import annotations

SOURCE_LANGUAGE = "en"
"""The language the code's strings are written in; it needs no translation file."""

TRANSLATED: tuple[str, ...] = ("fr", "es", "de")
"""Languages with a translation file (``badgedesk/translations/badgedesk_<code>.ts``), complete
or not: ``python -m badgedesk.i18n`` keeps each up to date with the code."""

SHIPPED: tuple[str, ...] = ("fr", "es", "de")
"""The translated languages offered in Preferences and chosen from the system's locale. A
language goes here only once its translation is complete: a test fails on any unfinished or
missing entry of a shipped language."""

PSEUDO = "pseudo"
"""The generated pseudo-locale (every text marked, accented and lengthened), chosen only with
``BADGEDESK_LANGUAGE=pseudo``. A private name rather than a real code such as ``eo``, so that
nobody whose system speaks that language ever sees it."""

NATIVE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "de": "Deutsch"}
"""Each language as its speakers name it: a list of languages is read by people looking for
their own, whatever language the program is in at the time."""


def catalogue_name(language: str) -> str:
    """The base name of BadgeDesk's translation files for ``language``."""
    return f"badgedesk_{language}"


def language_of_locale(name: str) -> str:
    """The language part of a locale name: ``fr_CA`` → ``fr``, ``de-AT`` → ``de``."""
    return name.replace("-", "_").split("_")[0].lower()
