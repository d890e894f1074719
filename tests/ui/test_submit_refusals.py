"""Why a batch cannot be submitted reaches the status bar in the reader's language: the
service says it as a kind with its values, the window words it through ``tr()``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from badgedesk.core.batches import RevocationTarget
from badgedesk.core.states import Match
from badgedesk.core.submit_refusals import SubmitRefusal, SubmitRefusalKind
from badgedesk.services.outbox import SubmissionRefused
from badgedesk.ui.shell import Shell
from badgedesk.ui.submit_refusals import refusal_text


class Marking(QTranslator):
    """Marks every text of the refusals' context, as a translation would change it."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context != "SubmitRefusals":
            return ""
        return "«" + source.replace("%n", str(n)) + "»"


@pytest.mark.parametrize("kind", list(SubmitRefusalKind))
def test_every_refusal_has_its_words_with_its_values(qapp, kind):
    refusal = SubmitRefusal(
        kind, "English for the log", count=2, name="p@school.test", detail="Nope."
    )
    text = refusal_text(SubmissionRefused(refusal))
    assert text
    assert "English for the log" not in text
    assert "{" not in text
    assert "%n" not in text
    if kind in (
        SubmitRefusalKind.DRAFT_BADGECLASS_NOT_MADE,
        SubmitRefusalKind.DRAFT_BADGECLASS_REFUSED,
    ):
        assert "p@school.test" in text
        assert "Nope." in text
    if kind in (SubmitRefusalKind.ROWS_TO_FIX, SubmitRefusalKind.UNMATCHED_ROWS):
        assert "2 rows" in text
        assert "p@school.test" in text


def test_a_refusal_without_a_kind_is_shown_as_it_came(qapp):
    assert refusal_text(SubmissionRefused("Something else.")) == "Something else."


@pytest.mark.signed_in(drafts=True)
def test_a_refused_revocation_batch_is_worded_by_the_window(shell: Shell, loop, qapp):
    """Over the sandbox: a batch with an unmatched row and no reason is refused; the status
    bar says both reasons in the service's English, then through an installed translation."""
    tab = shell.revocations
    assert tab is not None
    said: list[str] = []
    tab.status_message.connect(said.append)

    async def refused() -> None:
        target = RevocationTarget(None, identity="gone@school.test", match=Match.NOT_FOUND)
        batch = await tab.batches.create_batch("Leavers", [target])
        await tab.submit(batch.id)
        await tab.submit(batch.id)

    marking = Marking()
    try:
        tab.status_message.connect(lambda _text: QCoreApplication.installTranslator(marking))
        loop.run_until_complete(refused())
    finally:
        QCoreApplication.removeTranslator(marking)
    english, translated = said
    assert english == (
        "1 row not matched to one award (the first is gone@school.test): check them with the "
        "server, or delete them. A reason is required: give the batch one, or each row its own."
    )
    assert translated == (
        "«1 row(s) not matched to one award (the first is gone@school.test): check them with "
        "the server, or delete them.» «A reason is required: give the batch one, or each row "
        "its own.»"
    )
