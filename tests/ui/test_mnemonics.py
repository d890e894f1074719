"""Alt+letter mnemonics are unique within each window: the main window on every tab (with a
batch open) and every dialog, page by page; menu items within each menu."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QTabWidget

from badgedesk.api.models import Assertion, Collection, Recipient
from badgedesk.core.batches import BatchDefaults
from badgedesk.profiles import ProfileStore
from badgedesk.services.row_import import EncodingChoiceNeeded, parse_pasted, read_table
from badgedesk.ui.assertions.award_dialog import AwardDialog
from badgedesk.ui.assertions.revoke_dialog import RevokeDialog
from badgedesk.ui.audit_dialog import AuditLogDialog
from badgedesk.ui.backpack.collections import CollectionDialog
from badgedesk.ui.drafts.import_dialog import ImportRowsDialog
from badgedesk.ui.encoding_dialog import EncodingDialog
from badgedesk.ui.preferences import PreferencesDialog
from badgedesk.ui.profiles_dialog import ProfilesDialog
from badgedesk.ui.revocations.import_dialog import RevocationImportDialog
from badgedesk.ui.revocations.review_dialog import ReviewDialog, ReviewSummary
from tests.ui.mnemonics import clashes, menu_clashes, mnemonic
from tests.ui.shells import settle


def test_mnemonic_reads_qts_rules():
    assert mnemonic("&File") == "f"
    assert mnemonic("Save && close") is None
    assert mnemonic("Tom && &Jerry") == "j"
    assert mnemonic("Plain") is None


def page_by_page(dialog: QDialog) -> dict[str, dict[str, list[str]]]:
    """The clashes of ``dialog`` with each page of each of its tab widgets in front."""
    found: dict[str, dict[str, list[str]]] = {}
    if clashing := clashes(dialog):
        found[dialog.windowTitle()] = clashing
    for tabs in dialog.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            if clashing := clashes(dialog):
                found[f"{dialog.windowTitle()} / {tabs.tabText(index)}"] = clashing
    return found


@pytest.mark.signed_in(drafts=True)
def test_the_main_window_on_every_tab(shell, loop):
    window = shell.window
    window.show()
    loop.run_until_complete(shell.drafts.new_batch())
    loop.run_until_complete(shell.revocations.new_batch())
    shell.assertions.select_node(next(iter(shell.assertions.badgeclasses)))
    settle(loop, shell.assertions)
    found = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        if clashing := clashes(window):
            found[window.tabs.tabText(index)] = clashing

    assert found == {}
    assert menu_clashes(window.menuBar()) == {}


def encoding_dialog() -> EncodingDialog:
    try:
        read_table("Email;Name\nzoë@x.test;Zoë\n".encode() + b"\xe9\n")
    except EncodingChoiceNeeded as question:
        return EncodingDialog("cohort.csv", question)
    raise AssertionError("the file asks for its encoding")


async def never_saved(name: str, description: str, published: bool) -> Collection:
    raise AssertionError("nothing is saved")


DIALOGS: dict[str, Callable[..., QDialog]] = {
    "award": lambda _tmp: AwardDialog("First Aid"),
    "edit award": lambda _tmp: AwardDialog(
        "First Aid", existing=Assertion(entity_id="A1", recipient=Recipient(identity="a@b.org"))
    ),
    "revoke": lambda _tmp: RevokeDialog("ada@example.org"),
    "profiles": lambda tmp: ProfilesDialog(ProfileStore(tmp / "profiles.json"), "Sandbox"),
    "import rows": lambda _tmp: ImportRowsDialog(
        parse_pasted("ada@example.org\tRan it"),
        "list.csv",
        defaults=BatchDefaults(),
        today=date.today(),
        existing=[],
    ),
    "import revocations": lambda _tmp: RevocationImportDialog(
        parse_pasted("ada@example.org\tError"), "list.csv", []
    ),
    "review revocations": lambda _tmp: ReviewDialog(ReviewSummary.of([], [], "Error")),
    "encoding": lambda _tmp: encoding_dialog(),
    "collection": lambda _tmp: CollectionDialog(never_saved),
    "preferences": lambda tmp: PreferencesDialog(
        QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    ),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_each_dialog_page_by_page(name, qtbot, loop, tmp_path):
    dialog = DIALOGS[name](tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert page_by_page(dialog) == {}


@pytest.mark.signed_in
def test_the_backpack_import_and_audit_log_dialogs(shell, loop, qtbot):
    shell.backpack.on_import()
    dialog = shell.backpack.import_dialog
    assert page_by_page(dialog) == {}
    audit = AuditLogDialog(shell.desk.audit, shell.window)
    loop.run_until_complete(audit.load())
    audit.show()
    assert page_by_page(audit) == {}
    dialog.reject()
    audit.reject()
