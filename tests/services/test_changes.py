"""The change feed: every listener hears every change, in order, whatever another does."""

from __future__ import annotations

import logging

import pytest

from badgedesk.services.changes import AwardsMade, AwardsRevoked, Change, Changes


def test_every_listener_hears_each_change_in_order() -> None:
    changes = Changes()
    heard: list[tuple[str, Change]] = []
    changes.subscribe(lambda change: heard.append(("first", change)))
    changes.subscribe(lambda change: heard.append(("second", change)))
    made = AwardsMade("bc1", ("a1", "a2"))
    revoked = AwardsRevoked(("a1",), "mistake")
    changes.publish(made)
    changes.publish(revoked)
    assert heard == [("first", made), ("second", made), ("first", revoked), ("second", revoked)]


def test_a_failing_listener_is_logged_and_the_others_still_hear(
    caplog: pytest.LogCaptureFixture,
) -> None:
    changes = Changes()
    heard: list[Change] = []

    def broken(change: Change) -> None:
        raise RuntimeError("boom")

    changes.subscribe(broken)
    changes.subscribe(heard.append)
    with caplog.at_level(logging.ERROR):
        changes.publish(AwardsRevoked(("a1",)))
    assert heard == [AwardsRevoked(("a1",))]
    assert "AwardsRevoked" in caplog.text


def test_unsubscribed_listeners_hear_nothing_more() -> None:
    changes = Changes()
    heard: list[Change] = []
    unsubscribe = changes.subscribe(heard.append)
    unsubscribe()
    unsubscribe()  # twice is harmless
    changes.publish(AwardsMade("bc1", ("a1",)))
    assert heard == []
