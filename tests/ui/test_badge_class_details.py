"""The selected badge class's description, criteria, tags, alignments and image, over the
awards table of the Assertions tab: from the catalogue the sandbox served, and from the copy kept
for offline work."""

from __future__ import annotations

import pytest

from badgedesk.ui.assertions.badge_class_details import EXPANDED_KEY
from tests.ui.shells import select, settle

pytestmark = pytest.mark.signed_in

DATA = "Data Literacy Foundations"


def badgeclass_id(shell, name: str) -> str:
    return next(b.key for b in shell.assertions.badgeclasses.values() if b.name == name)


def test_a_badge_class_says_what_it_is(shell, loop, sandbox, settings):
    tab = shell.assertions
    details = tab.badgeclass_details
    assert not details.isVisible(), "nothing selected yet"
    select(shell, loop, badgeclass_id(shell, DATA))
    settle(loop, tab, until=lambda: not details.image_label.pixmap().isNull())
    assert details.isVisible()
    assert DATA in details.toggle.text()
    assert not details.body.isVisible(), "folded at first, the table keeps its rows"

    details.toggle.click()
    assert details.body.isVisible()
    assert settings.value(EXPANDED_KEY) in (True, "true")
    text = details.browser.toPlainText()
    record = next(b for b in sandbox.state.badgeclasses.values() if b.name == DATA)
    assert record.description in text
    assert "Criteria" in text
    assert f"Complete the {DATA} course and its assessment." in text, "Markdown rendered"
    assert "**" not in text
    page = details.browser.toHtml()
    assert f'href="{record.criteria_url}"' in page
    assert "Tags: data, digital" in text
    for alignment in record.alignments:
        assert alignment["targetName"] in text
        assert f'href="{alignment["targetUrl"]}"' in page
        assert alignment["targetFramework"] in text
        assert alignment["targetCode"] in text
    assert record.alignments[0]["targetDescription"] in text

    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    settle(loop, tab)
    assert not details.isVisible(), "an issuer has no badge class to describe"


def test_details_show_from_the_offline_copy(shell, loop):
    tab = shell.assertions
    issuers, badgeclasses = loop.run_until_complete(shell.desk.catalogue.cached())
    kept = next(b for b in badgeclasses if b.name == DATA)
    assert len(kept.alignments) == 2, "the cache keeps the alignments"
    tab.show_catalogue(issuers, badgeclasses, offline=True)
    tab.select_node(kept.key)
    settle(loop, tab)
    tab.badgeclass_details.toggle.setChecked(True)
    text = tab.badgeclass_details.browser.toPlainText()
    assert kept.description is not None
    assert kept.description in text
    assert "Presenting data" in text
    assert "Tags: data, digital" in text
