"""An award inherits its badge class's expiry rule: the server keeps the rule and never applies
it, so the award dialog fills the expiry in from the issue date, follows that date until the
person changes the expiry, and says where it came from."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from badgedesk.api.models import Assertion, BadgeClassExpiration, Recipient
from badgedesk.core.batches import RowFields
from badgedesk.core.expiry import expiry_after
from badgedesk.sandbox import SandboxServer
from badgedesk.ui.assertions.award_dialog import AwardDialog
from badgedesk.ui.dates import display_date
from tests.ui.batches import new_batch_for, peer_mentor, tab_of
from tests.ui.shells import quiet, select

MONTHLY = BadgeClassExpiration(amount=1, duration="months")
JAN_31 = datetime(2025, 1, 31, 10, 0, tzinfo=UTC)


def badgeclass_named(server: SandboxServer, name: str) -> str:
    return next(b.entity_id for b in server.state.badgeclasses.values() if b.name == name)


def test_the_expiry_follows_the_issue_date_until_changed(qtbot):
    before = datetime.now(UTC).replace(microsecond=0)
    dialog = AwardDialog("First Aid", rule=MONTHLY)
    qtbot.addWidget(dialog)
    after = datetime.now(UTC)
    filled = dialog.expires_edit.value()
    assert filled is not None, "the rule ticks the expiry"
    assert expiry_after(before, 1, "months") <= filled <= expiry_after(after, 1, "months")
    assert dialog.expiry_origin.text() == (
        "From the badge class's rule: 1 month after the issue date."
    )
    assert dialog.expiry_origin.isVisibleTo(dialog)

    dialog.issued_edit.set_value(JAN_31)
    assert dialog.expires_edit.value() == datetime(2025, 2, 28, 10, 0, tzinfo=UTC)
    dialog.issued_edit.set_value(datetime(2025, 3, 31, 8, 15, tzinfo=UTC))
    assert dialog.expires_edit.value() == datetime(2025, 4, 30, 8, 15, tzinfo=UTC)

    own = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    dialog.expires_edit.set_value(own)
    dialog.issued_edit.set_value(JAN_31)
    assert dialog.expires_edit.value() == own, "the person's own expiry stays"
    assert "Your own choice" in dialog.expiry_origin.text()
    assert "1 month after" in dialog.expiry_origin.text()


def test_the_expiry_may_be_cleared(qtbot):
    dialog = AwardDialog("First Aid", rule=MONTHLY)
    qtbot.addWidget(dialog)
    sent: list[object] = []
    dialog.submitted.connect(sent.append)
    dialog.identity_edit.setText("ada@example.org")
    dialog.issued_edit.set_value(JAN_31)
    dialog.expires_edit.check.setChecked(False)
    dialog.issued_edit.set_value(datetime(2025, 2, 1, tzinfo=UTC))
    dialog.submit()
    (details,) = sent
    assert details.expires is None


def test_without_a_rule_nothing_is_filled_in(qtbot):
    dialog = AwardDialog("First Aid", rule=None)
    qtbot.addWidget(dialog)
    assert dialog.expires_edit.value() is None
    assert not dialog.expiry_origin.isVisibleTo(dialog)
    odd = AwardDialog("First Aid", rule=BadgeClassExpiration(amount=2, duration="fortnights"))
    qtbot.addWidget(odd)
    assert odd.expires_edit.value() is None


def test_editing_an_award_keeps_its_expiry(qtbot):
    award = Assertion(
        entity_id="A1",
        recipient=Recipient(identity="ada@example.org", hashed=False),
        issued_on=datetime(2026, 1, 5, 10, 0, tzinfo=UTC),
    )
    dialog = AwardDialog("First Aid", existing=award, rule=MONTHLY)
    qtbot.addWidget(dialog)
    assert dialog.expires_edit.value() is None
    dialog.issued_edit.set_value(JAN_31)
    assert dialog.expires_edit.value() is None
    assert not dialog.expiry_origin.isVisibleTo(dialog)


@pytest.mark.signed_in
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # 29 February + 2 years is 28 February, as badgr-server's relativedelta would
        ("First Aid at Work", datetime(2026, 2, 28, 9, 30, tzinfo=UTC)),
        ("Peer Mentor", None),
    ],
)
def test_an_award_is_sent_with_the_badge_class_rule(shell, loop, sandbox, name, expected):
    tab = shell.assertions
    select(shell, loop, badgeclass_named(sandbox, name))
    tab.award_action.trigger()
    dialog = tab.award_dialog
    dialog.identity_edit.setText("leap.year@example.org")
    dialog.issued_edit.set_value(datetime(2024, 2, 29, 9, 30, tzinfo=UTC))

    async def award() -> None:
        dialog.submit()
        await quiet(tab)

    loop.run_until_complete(award())
    (record,) = [
        a for a in sandbox.state.assertions.values() if a.identity == "leap.year@example.org"
    ]
    assert record.expires == expected


@pytest.mark.signed_in(drafts=True)
def test_a_batch_shows_and_sends_the_badge_class_rule(shell, loop, sandbox):
    """Rows without an expiry show the date the rule gives them, muted and not their own, the
    editor says the rule applies, and that date is what the server gets."""
    tab = tab_of(shell)
    editor = tab.editor
    rows = [
        RowFields(identity="leap.row@school.test", issued_on=date(2024, 2, 29)),
        RowFields(identity="own.row@school.test", expires=date(2031, 5, 1)),
    ]
    first_aid = badgeclass_named(sandbox, "First Aid at Work")
    batch_id = loop.run_until_complete(new_batch_for(tab, first_aid, rows))
    model = editor.model
    column = model.COLUMNS.index("expires")
    leap, own = (model.index(at, column) for at in range(2))
    assert leap.data() == display_date(date(2026, 2, 28))
    assert leap.data(Qt.ItemDataRole.EditRole) == "", "the rule's date is not the row's own"
    assert leap.data(Qt.ItemDataRole.ToolTipRole) == (
        "From the badge class's rule: 2 years after the issue date."
    )
    assert own.data() == display_date(date(2031, 5, 1))
    assert editor.rule_note.text() == (
        "Rows without an expiry get the badge class's rule: 2 years after issue."
    )
    assert editor.rule_note.isVisibleTo(editor)

    editor.expires.set_value(date(2030, 12, 24))
    assert leap.data() == ""
    assert "default expiry replaces" in editor.rule_note.text()
    editor.expires.set_value(None)
    assert leap.data() == display_date(date(2026, 2, 28))

    result = loop.run_until_complete(tab.submit(batch_id))
    assert result is not None
    assert (result.succeeded, result.failed) == (2, 0)
    sent = {
        a.identity: a.expires
        for a in sandbox.state.assertions.values()
        if a.badgeclass == first_aid
    }
    assert sent["leap.row@school.test"] == datetime(2026, 2, 28, 12, tzinfo=UTC)
    assert sent["own.row@school.test"] == datetime(2031, 5, 1, 12, tzinfo=UTC)

    box = editor.badgeclass_box
    box.setCurrentIndex(box.findData(peer_mentor(sandbox)))
    box.activated.emit(box.currentIndex())
    assert not editor.rule_note.isVisibleTo(editor), "no rule, no note"
    loop.run_until_complete(editor.flush())
