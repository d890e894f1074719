"""Issue 21's wording: counted texts in real plurals ("1 award", "2 awards") through ``tr()``
with the count, never "award(s)" on screen, and no heading that repeats its message."""

from __future__ import annotations

import ast
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

import badgedesk
from badgedesk.api.errors import NetworkError, ValidationError, error_text
from badgedesk.core.batches import Batch, BatchDefaults, RevocationRow, RevocationTarget
from badgedesk.core.states import Match, RowState
from badgedesk.core.wording import counted
from badgedesk.services.revocation_rules import batch_problems
from badgedesk.ui.errors import headed
from badgedesk.ui.models.revocation_rows import status_text
from badgedesk.ui.revocations.editor import automatic_name, name_for_count
from badgedesk.ui.revocations.review_dialog import ReviewDialog, ReviewSummary

PACKAGE = Path(badgedesk.__file__).parent


def _texts(tree: ast.AST) -> list[tuple[int, str]]:
    """Every string literal of a module but its docstrings."""
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


NOUNS = r"(?:rows|awards|badges|lines|recipients|batches|entries|issuers|items|errors|files)"
FIXED_PLURAL = re.compile(rf"(?:%L?n|%d|%s|%\(\w+\)[ds]|\{{\w+\}}) (?:[a-z]+ )?{NOUNS}\b")
"""A count right before a noun always in the plural: "%d rows" says "1 rows"."""


def test_no_text_leaves_its_plural_to_the_reader():
    """A "(s)" may only be in Qt's plural source form ("%n award(s)"), which is translated
    with its count; anywhere else it would reach the screen as written. And no count is
    written before a noun fixed in the plural."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        if "sandbox" in path.parts:
            continue
        for line, text in _texts(ast.parse(path.read_text(encoding="utf-8"))):
            if ("(s)" in text or "(es)" in text) and "%n" not in text and "%Ln" not in text:
                found.append(f"{path.relative_to(PACKAGE)}:{line}: {text!r}")
            if FIXED_PLURAL.search(text):
                found.append(f"{path.relative_to(PACKAGE)}:{line}: {text!r}")
    assert found == []


COUNT_ARGUMENT = {"_tr": 2, "tr": 3, "translate": 4, "counted": 2}
"""Where each way of translating a text takes its count (the how-many-th argument)."""
TEXT_ARGUMENT = {"translate": 2}
"""Where a way of translating takes its text when not first (``translate`` takes the context
first)."""


def test_every_counted_text_is_given_its_count():
    """A "%n" text translated without its count would show "%n" (or "-1") on screen."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        # wording.py writes English plurals itself; i18n.py's patterns name "%n" as markup.
        if "sandbox" in path.parts or path.name in ("wording.py", "i18n.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        counted_texts = {t for t in _texts(tree) if "%n" in t[1] or "%Ln" in t[1]}
        given = set()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            at = TEXT_ARGUMENT.get(name, 1)
            if len(node.args) < at:
                continue
            text = node.args[at - 1]
            if (
                isinstance(text, ast.Constant)
                and (text.lineno, text.value) in counted_texts
                and len(node.args) >= COUNT_ARGUMENT.get(name, 99)
            ):
                given.add((text.lineno, text.value))
        found += [
            f"{path.relative_to(PACKAGE)}:{line}: {text!r}"
            for line, text in sorted(counted_texts - given)
        ]
    assert found == []


@pytest.mark.parametrize(
    ("source", "one", "two"),
    [
        ("%n award(s)", "1 award", "2 awards"),
        ("Quit while %n batch(es) is(are) being sent?", "Quit while 1 batch is", "2 batches are"),
        ("%n was(were) already in the batch.", "1 was already", "2 were already"),
        ("Accept brings it(them) back", "brings it back", "brings them back"),
    ],
)
def test_english_reads_right_for_one_and_two(qapp, source, one, two):
    assert one in QCoreApplication.translate("Test", source, None, 1)
    assert two in QCoreApplication.translate("Test", source, None, 2)
    assert one in counted(source, 1)
    assert two in counted(source, 2)


def _review(count: int) -> ReviewDialog:
    return ReviewDialog(
        ReviewSummary(
            count=count,
            skipped=0,
            badgeclasses=[("Peer Mentor", count)],
            recipients=[f"p{n}@school.test" for n in range(count)],
            reasons=[("Left", count)],
        )
    )


def test_the_review_says_award_for_one_and_awards_for_two(qtbot):
    one, two = _review(1), _review(2)
    qtbot.addWidget(one)
    qtbot.addWidget(two)
    assert one.revoke_button.text() == "Revoke 1 award"
    assert two.revoke_button.text() == "Revoke 2 awards"


def _unmatched(count: int) -> list[RevocationRow]:
    return [
        RevocationRow(
            id=n,
            position=n,
            target=RevocationTarget(None, identity=f"p{n}@school.test", match=Match.NOT_FOUND),
            state=RowState.PENDING,
        )
        for n in range(count)
    ]


def test_a_services_message_counts_in_english(qapp):
    now = datetime.now(UTC)
    batch = Batch(1, "uid", "Sandbox", "Leavers", None, BatchDefaults(), now, now, reason="Left")
    (one,) = batch_problems(batch, _unmatched(1))
    (two,) = batch_problems(batch, _unmatched(2))
    assert one.message.startswith("1 row not matched to one award (the first is p0@school.test)")
    assert two.message.startswith("2 rows not matched to one award")


def test_a_heading_that_the_message_repeats_is_said_once(qapp):
    template = "Cannot reach the server: {message}"
    assert headed(template, str(NetworkError())) == str(NetworkError())
    assert str(NetworkError()).startswith("Cannot reach the server.")
    assert headed(template, "You are not signed in to the server.") == (
        "Cannot reach the server: You are not signed in to the server."
    )


def test_the_servers_words_are_said_once():
    error = ValidationError(
        non_field_errors=["This badge was already awarded."],
        validation_errors=["This badge was already awarded.", "Check the recipient."],
    )
    assert error_text(error) == "This badge was already awarded.; Check the recipient."


def test_the_automatic_batch_name_follows_its_row_count_until_renamed(qapp):
    name = automatic_name(3, "2026-12-05")
    assert name == "Revoke 3 awards (2026-12-05)"
    assert name_for_count(name, 3, 1) == "Revoke 1 award (2026-12-05)"
    assert name_for_count("Revoke 1 award (2026-12-05)", 1, 2) == "Revoke 2 awards (2026-12-05)"
    assert name_for_count("Leavers of 2026", 3, 2) is None, "a name the person gave stays"
    assert name_for_count(name + " (mine)", 3, 2) is None
    assert name_for_count(name, 4, 2) is None, "a name for another count was not ours"


def test_only_several_awards_are_ambiguous(qapp):
    """One award named by two rows is a duplicate, not an ambiguity."""
    duplicate = RevocationRow(
        id=1,
        position=1,
        target=RevocationTarget(None, identity="p@school.test", match=Match.DUPLICATE),
        state=RowState.PENDING,
    )
    assert status_text(duplicate) == "Duplicate"
