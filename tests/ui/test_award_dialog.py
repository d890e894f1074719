"""The award and revoke dialogs on their own: what they check and how they show problems."""

from __future__ import annotations

from datetime import UTC, datetime

from badgedesk.api.errors import ValidationError
from badgedesk.api.models import Assertion, Evidence, Recipient
from badgedesk.core.batches import BatchDefaults, RowFields
from badgedesk.services.awards import award_request
from badgedesk.services.batch_rows import row_award
from badgedesk.ui.assertions.award_dialog import AwardDialog
from badgedesk.ui.assertions.revoke_dialog import RevokeDialog


def existing(**changes) -> Assertion:
    values = {
        "entity_id": "A1",
        "recipient": Recipient(identity="ada@example.org", hashed=False),
        "issued_on": datetime(2026, 1, 5, 10, 0, tzinfo=UTC),
        "narrative": "Did well.",
        "evidence": [Evidence(url="https://example.org/e")],
    }
    return Assertion(**{**values, **changes})


def test_a_revoked_award_cannot_be_edited_and_says_why(qtbot):
    dialog = AwardDialog("First Aid", existing=existing(revoked=True, revocation_reason="Error"))
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert "revoked (Error)" in dialog.revoked_label.text()
    assert not dialog.tabs.isEnabled()


def test_an_unchanged_edit_sends_nothing(qtbot):
    dialog = AwardDialog("First Aid", existing=existing())
    qtbot.addWidget(dialog)
    sent: list[object] = []
    dialog.submitted.connect(sent.append)
    dialog.submit()
    assert sent == []
    assert dialog.result() == AwardDialog.DialogCode.Accepted


def test_an_edit_sends_what_changed(qtbot):
    dialog = AwardDialog("First Aid", existing=existing())
    qtbot.addWidget(dialog)
    sent: list[object] = []
    dialog.submitted.connect(sent.append)
    dialog.extensions_edit.setPlainText('{"extensions:Note": {"text": "hi"}}')
    dialog.submit()
    (update,) = sent
    assert update.extensions == {"extensions:Note": {"text": "hi"}}
    assert update.to_json() == {"extensions": {"extensions:Note": {"text": "hi"}}}
    assert not dialog.ok_button.isEnabled(), "busy until the tab answers"


def test_a_new_award_is_built_by_the_same_builder_as_a_batch_row(qtbot):
    """The dialog only says what was typed; the request is built by the services, as for a
    batch row, and never names the badge class it is sent to."""
    dialog = AwardDialog("First Aid")
    qtbot.addWidget(dialog)
    sent: list[object] = []
    dialog.submitted.connect(sent.append)
    dialog.identity_edit.setText(" +44 7700 900123 ")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("telephone"))
    dialog.hashed_check.setChecked(False)
    dialog.narrative_edit.setPlainText("  Ran the session. ")
    dialog.add_evidence(Evidence(url="https://example.org/e"))
    dialog.submit()
    (details,) = sent
    body = award_request(details).to_json()
    assert not {"badgeclass", "badgeclassName", "badgeclassOpenBadgeId"} & body.keys()
    assert body["recipient"] == {"identity": "+447700900123", "type": "telephone", "hashed": False}
    assert body["narrative"] == "Ran the session."
    assert body["allowDuplicateAwards"] is False, "the unticked box is said, not left out"

    row = RowFields(identity=" +44 7700 900123 ", recipient_type="telephone")
    defaults = BatchDefaults(narrative="  Ran the session. ", evidence_url="https://example.org/e")
    from_row = award_request(row_award(row, defaults, datetime.now(UTC))).to_json()
    assert from_row["recipient"] == {"identity": "+447700900123", "type": "telephone"}
    assert {**from_row, "recipient": body["recipient"]} == body, "only the hashing differs"


def test_bad_extensions_json_is_shown_on_its_tab(qtbot):
    dialog = AwardDialog("First Aid")
    qtbot.addWidget(dialog)
    dialog.identity_edit.setText("ada@example.org")
    dialog.extensions_edit.setPlainText("[1, 2")
    dialog.submit()
    assert "not valid JSON" in dialog.error_for("extensions")
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Extensions"


def test_server_errors_on_evidence_mark_the_cell(qtbot):
    dialog = AwardDialog("First Aid")
    qtbot.addWidget(dialog)
    dialog.add_evidence(Evidence(url="https://example.org/a"))
    dialog.add_evidence(Evidence(url="https://example.org/b"))
    dialog.show_server_errors(
        ValidationError(
            field_errors={"evidence.1.url": ["Enter a valid URL."]},
            non_field_errors=["Check the evidence."],
        )
    )
    assert dialog.error_for("evidence") == "Evidence 2: Enter a valid URL."
    assert dialog.evidence_table.item(1, 0).toolTip() == "Enter a valid URL."
    assert dialog.general_error.text() == "Check the evidence."
    assert dialog.ok_button.isEnabled()


def test_the_narrative_preview_renders_markdown(qtbot):
    dialog = AwardDialog("First Aid")
    qtbot.addWidget(dialog)
    dialog.narrative_edit.setPlainText("Led **two** sessions.")
    dialog.update_preview()
    assert "font-weight" in dialog.preview.toHtml() or "<b>" in dialog.preview.toHtml()
    assert dialog.preview.toPlainText().strip() == "Led two sessions."


def test_revoke_waits_for_a_reason(qtbot):
    dialog = RevokeDialog("ada@example.org — First Aid")
    qtbot.addWidget(dialog)
    reasons: list[str] = []
    dialog.submitted.connect(reasons.append)
    assert not dialog.revoke_button.isEnabled()
    dialog.reason_edit.setPlainText("   ")
    assert not dialog.revoke_button.isEnabled(), "blank is not a reason"
    dialog.reason_edit.setPlainText("  Awarded in error. ")
    dialog.revoke_button.click()
    assert reasons == ["Awarded in error."]
    dialog.show_error("Assertion is already revoked")
    assert dialog.error_label.text() == "Assertion is already revoked"
    assert dialog.revoke_button.isEnabled()
