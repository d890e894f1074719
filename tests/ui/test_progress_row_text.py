"""What a run's progress row says while its batch waits for a badge class drafted offline."""

from __future__ import annotations

from badgedesk.services.outbox import SubmissionProgress
from badgedesk.ui.progress_row import live_text


def test_a_batch_waiting_for_its_draft_badge_class_says_so() -> None:
    progress = SubmissionProgress(total=2, awaiting_badgeclass="Harbour Safety")
    said = live_text(progress, "0 of 2 rows done", now=0.0)
    assert "Harbour Safety" in said
    assert "first" in said
    progress.awaiting_badgeclass = None
    assert live_text(progress, "0 of 2 rows done", now=0.0) == "0 of 2 rows done"
