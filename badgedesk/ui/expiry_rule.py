"""How the UI tells where an award's expiry comes from: its badge class's rule (``expires``),
which BadgeDesk applies itself as the server never does (``services.awards.inherited_expiry``).

Each sentence is whole for each unit, with the amount as Qt's plural count, so that a
translation can word every unit and number as its language needs; an unknown unit has none.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from badgedesk.api.models import BadgeClassExpiration, ExpiryUnit


def expiry_from_rule(rule: BadgeClassExpiration) -> str:
    """Under an expiry the rule filled in."""
    n = rule.amount or 0
    match rule.duration:
        case ExpiryUnit.DAYS:
            return QCoreApplication.translate(
                "ExpiryRule",
                "From the badge class's rule: %n day(s) after the issue date.",
                None,
                n,
            )
        case ExpiryUnit.WEEKS:
            return QCoreApplication.translate(
                "ExpiryRule",
                "From the badge class's rule: %n week(s) after the issue date.",
                None,
                n,
            )
        case ExpiryUnit.MONTHS:
            return QCoreApplication.translate(
                "ExpiryRule",
                "From the badge class's rule: %n month(s) after the issue date.",
                None,
                n,
            )
        case ExpiryUnit.YEARS:
            return QCoreApplication.translate(
                "ExpiryRule",
                "From the badge class's rule: %n year(s) after the issue date.",
                None,
                n,
            )
    return ""


def expiry_not_from_rule(rule: BadgeClassExpiration) -> str:
    """Under an expiry the person changed or cleared, away from the rule."""
    n = rule.amount or 0
    match rule.duration:
        case ExpiryUnit.DAYS:
            return QCoreApplication.translate(
                "ExpiryRule",
                "Your own choice; the badge class's rule is %n day(s) after the issue date.",
                None,
                n,
            )
        case ExpiryUnit.WEEKS:
            return QCoreApplication.translate(
                "ExpiryRule",
                "Your own choice; the badge class's rule is %n week(s) after the issue date.",
                None,
                n,
            )
        case ExpiryUnit.MONTHS:
            return QCoreApplication.translate(
                "ExpiryRule",
                "Your own choice; the badge class's rule is %n month(s) after the issue date.",
                None,
                n,
            )
        case ExpiryUnit.YEARS:
            return QCoreApplication.translate(
                "ExpiryRule",
                "Your own choice; the badge class's rule is %n year(s) after the issue date.",
                None,
                n,
            )
    return ""


def rows_follow_rule(rule: BadgeClassExpiration) -> str:
    """In a batch whose rows without an expiry take the rule."""
    n = rule.amount or 0
    match rule.duration:
        case ExpiryUnit.DAYS:
            return QCoreApplication.translate(
                "ExpiryRule",
                "Rows without an expiry get the badge class's rule: %n day(s) after issue.",
                None,
                n,
            )
        case ExpiryUnit.WEEKS:
            return QCoreApplication.translate(
                "ExpiryRule",
                "Rows without an expiry get the badge class's rule: %n week(s) after issue.",
                None,
                n,
            )
        case ExpiryUnit.MONTHS:
            return QCoreApplication.translate(
                "ExpiryRule",
                "Rows without an expiry get the badge class's rule: %n month(s) after issue.",
                None,
                n,
            )
        case ExpiryUnit.YEARS:
            return QCoreApplication.translate(
                "ExpiryRule",
                "Rows without an expiry get the badge class's rule: %n year(s) after issue.",
                None,
                n,
            )
    return ""


def default_replaces_rule(rule: BadgeClassExpiration) -> str:
    """In a batch whose default expiry is used instead of the rule."""
    n = rule.amount or 0
    match rule.duration:
        case ExpiryUnit.DAYS:
            return QCoreApplication.translate(
                "ExpiryRule",
                "The default expiry replaces the badge class's rule (%n day(s) after issue).",
                None,
                n,
            )
        case ExpiryUnit.WEEKS:
            return QCoreApplication.translate(
                "ExpiryRule",
                "The default expiry replaces the badge class's rule (%n week(s) after issue).",
                None,
                n,
            )
        case ExpiryUnit.MONTHS:
            return QCoreApplication.translate(
                "ExpiryRule",
                "The default expiry replaces the badge class's rule (%n month(s) after issue).",
                None,
                n,
            )
        case ExpiryUnit.YEARS:
            return QCoreApplication.translate(
                "ExpiryRule",
                "The default expiry replaces the badge class's rule (%n year(s) after issue).",
                None,
                n,
            )
    return ""
