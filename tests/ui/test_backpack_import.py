"""The "Import a badge" dialog against a real sandbox on loopback: by URL, baked PNG or SVG
(URL or JSON inside), and pasted JSON; what a file holds is shown before anything is sent; local
problems keep Import disabled; the server's refusals are shown in full, the dialog staying open.

Each interaction runs inside one ``loop.run_until_complete(scenario())``."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)

from badgedesk.api.client import BadgesClient
from badgedesk.api.models import BackpackAssertion
from badgedesk.sandbox import DEMO_EMAIL, SandboxServer
from badgedesk.services.audit import AuditTrail
from badgedesk.services.backpack import BackpackBadge, BackpackService
from badgedesk.services.changes import Changes
from badgedesk.services.public_files import OPEN_BADGES_JSON, PublicFileCache
from badgedesk.store import AuditLog
from badgedesk.ui.backpack.import_dialog import (
    IMAGE_PAGE,
    JSON_PAGE,
    MAX_IMAGE_BYTES,
    URL_PAGE,
    DropArea,
    ImportBadgeDialog,
)
from badgedesk.ui.dates import display_date
from badgedesk.ui.style import ERROR_TEXT
from tests.badge_files import baked_png, baked_svg, baked_svg_json, plain_png
from tests.ui.dragging import drag_event, send_drag
from tests.ui.languages import marking
from tests.ui.waiting import wait_for

IMPORT_PATH = "/v2/backpack/import"


def external_assertion(number: int = 1, **changes: Any) -> dict[str, Any]:
    """A complete Open Badges 2 assertion from elsewhere, awarded to the demo user (badge and
    issuer embedded, so naming it needs no outbound network)."""
    source = f"https://badges.example.com/public/assertions/external-{number}"
    document = {
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Assertion",
        "id": source,
        "recipient": {"type": "email", "hashed": False, "identity": DEMO_EMAIL},
        "badge": {
            "type": "BadgeClass",
            "id": "https://badges.example.com/public/badges/first-aid",
            "name": "First Aid at Work",
            "issuer": {
                "type": "Issuer",
                "id": "https://badges.example.com/public/issuers/red-valley",
                "name": "Red Valley Training",
            },
        },
        "issuedOn": "2024-03-01T09:00:00+00:00",
        "verify": {"type": "hosted", "url": source},
    }
    document.update(changes)
    return document


@pytest.fixture
def client(sandbox: SandboxServer, demo_token: str, loop) -> Iterator[BadgesClient]:
    made = BadgesClient(sandbox.base_url, demo_token)
    yield made
    loop.run_until_complete(made.aclose())


@pytest.fixture
def service(client: BadgesClient, drafts, tmp_path: Path) -> BackpackService:
    return BackpackService(
        lambda: client,
        AuditTrail(drafts, lambda: ("sandbox", "Dana")),
        PublicFileCache(tmp_path / "docs", lambda: client, OPEN_BADGES_JSON),
        changes=Changes(),
    )


@pytest.fixture
def window(qtbot) -> QWidget:
    """Stands for the main window: with no other window shown, closing the dialog would end
    the application's event loop (and the qasync loop with it)."""
    made = QWidget()
    qtbot.addWidget(made)
    made.resize(300, 200)
    made.show()
    return made


def open_dialog(service: BackpackService, window: QWidget) -> ImportBadgeDialog:
    made = ImportBadgeDialog(service, window)
    made.open()
    return made


@pytest.fixture
def dialog(service: BackpackService, window: QWidget) -> ImportBadgeDialog:
    return open_dialog(service, window)


@pytest.fixture
def emitted(dialog: ImportBadgeDialog) -> list[BackpackBadge]:
    badges: list[BackpackBadge] = []
    dialog.imported.connect(badges.append)
    return badges


async def issued_here(client: BadgesClient, acceptance: str) -> BackpackAssertion:
    """A badge awarded to the demo user on this sandbox (not imported) in that state."""
    return next(
        a
        for a in await client.list_backpack_assertions()
        if a.acceptance == acceptance and a.source_url is None
    )


def public_url(sandbox: SandboxServer, assertion: BackpackAssertion) -> str:
    return f"{sandbox.base_url}/public/assertions/{assertion.entity_id}"


def import_requests(sandbox: SandboxServer) -> list[Any]:
    return [r for r in sandbox.requests if r.path == IMPORT_PATH]


def import_audit(conn) -> list[tuple[str, str]]:
    """(target, outcome) of every "import badge" entry, oldest first."""
    entries = AuditLog(conn).entries()
    return [(e.target, e.outcome) for e in reversed(entries) if e.operation == "import badge"]


def write_file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


async def import_and_wait(dialog: ImportBadgeDialog) -> None:
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert dialog.sending is not None
    await dialog.sending


def assert_closed_with(dialog: ImportBadgeDialog, emitted: list[BackpackBadge]) -> BackpackBadge:
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert len(emitted) == 1
    return emitted[0]


def server_error_text(dialog: ImportBadgeDialog) -> str:
    assert dialog.server_error.isVisible()
    assert dialog.server_error.styleSheet() == ERROR_TEXT
    return dialog.server_error.text()


# ---------------------------------------------------------------- by URL


def test_import_by_url_accepts_the_badge_on_the_server(
    sandbox, client, dialog, emitted, conn, loop
) -> None:
    async def scenario() -> BackpackAssertion:
        waiting = await issued_here(client, "Unaccepted")
        dialog.url_edit.setText(f"  {public_url(sandbox, waiting)}  ")
        assert dialog.tabs.currentIndex() == URL_PAGE
        await import_and_wait(dialog)
        return await client.get_backpack_assertion(waiting.entity_id)

    on_server = loop.run_until_complete(scenario())
    badge = assert_closed_with(dialog, emitted)
    assert badge.key == on_server.entity_id
    assert on_server.acceptance == "Accepted"
    assert badge.name  # named from the sandbox's public badge class
    assert not badge.imported
    [request] = import_requests(sandbox)
    assert json.loads(request.body) == {"url": public_url(sandbox, on_server)}
    assert import_audit(conn) == [(f"url {public_url(sandbox, on_server)}", "ok")]


def test_enter_in_the_url_field_imports(sandbox, client, dialog, emitted, loop) -> None:
    async def scenario() -> None:
        waiting = await issued_here(client, "Unaccepted")
        dialog.url_edit.setFocus()
        dialog.url_edit.setText(public_url(sandbox, waiting))
        QTest.keyClick(dialog.url_edit, Qt.Key.Key_Return)
        assert dialog.sending is not None
        await dialog.sending

    loop.run_until_complete(scenario())
    assert_closed_with(dialog, emitted)


def test_url_is_checked_locally_before_anything_is_sent(sandbox, dialog, loop) -> None:
    async def scenario() -> None:
        assert not dialog.import_button.isEnabled()  # empty
        assert not dialog.url_error.isVisible()
        dialog.url_edit.setText("badges.example.org/assertions/1")
        assert not dialog.import_button.isEnabled()
        await wait_for(dialog.url_error.isVisible)
        assert "https://" in dialog.url_error.text()
        assert dialog.url_error.styleSheet() == ERROR_TEXT
        dialog.import_button.click()  # disabled: nothing happens
        assert dialog.sending is None
        dialog.url_edit.setText("ftp://badges.example.org/assertions/1")
        await wait_for(dialog.url_error.isVisible)
        assert not dialog.import_button.isEnabled()
        dialog.url_edit.setText("https://badges.example.org/assertions/1")
        assert not dialog.url_error.isVisible()  # gone at once when fixed
        assert dialog.import_button.isEnabled()

    loop.run_until_complete(scenario())
    assert import_requests(sandbox) == []


def test_duplicate_badge_is_refused_and_the_dialog_stays_open(
    sandbox, client, dialog, emitted, conn, loop
) -> None:
    async def scenario() -> None:
        accepted = await issued_here(client, "Accepted")
        dialog.url_edit.setText(public_url(sandbox, accepted))
        await import_and_wait(dialog)

    loop.run_until_complete(scenario())
    text = server_error_text(dialog)
    assert "The server did not import the badge:" in text
    assert "• You already have this badge in your backpack" in text
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert emitted == []
    assert dialog.tabs.isEnabled()
    assert dialog.cancel_button.isEnabled()
    assert dialog.import_button.isEnabled()  # may be tried again
    assert dialog.status.text() == ""
    [(_target, outcome)] = import_audit(conn)
    assert outcome == "failed"


def test_foreign_url_is_refused_with_the_servers_sentence(sandbox, dialog, emitted, loop) -> None:
    url = "https://badges.example.com/public/assertions/elsewhere-1"

    async def scenario() -> None:
        dialog.url_edit.setText(url)
        await import_and_wait(dialog)

    loop.run_until_complete(scenario())
    text = server_error_text(dialog)
    assert f"Could not fetch the badge at {url}" in text
    assert "no outbound network" in text
    assert dialog.isVisible()
    assert emitted == []
    dialog.url_edit.setText(url + "/2")  # editing clears the old refusal
    assert not dialog.server_error.isVisible()


def test_cancel_waits_while_the_import_is_under_way(sandbox, client, dialog, emitted, loop) -> None:
    async def scenario() -> None:
        waiting = await issued_here(client, "Unaccepted")
        dialog.url_edit.setText(public_url(sandbox, waiting))
        dialog.import_button.click()
        assert dialog.status.text() == "Importing…"
        assert not dialog.tabs.isEnabled()
        assert not dialog.import_button.isEnabled()
        assert not dialog.cancel_button.isEnabled()
        dialog.reject()  # Esc or the close button
        assert dialog.isVisible()
        dialog.import_button.click()  # a second click sends nothing more
        assert dialog.sending is not None
        await dialog.sending

    loop.run_until_complete(scenario())
    assert_closed_with(dialog, emitted)
    assert len(import_requests(sandbox)) == 1


def test_not_signed_in_says_the_server_cannot_be_reached(window, drafts, tmp_path, loop) -> None:
    service = BackpackService(
        lambda: None,
        AuditTrail(drafts, lambda: ("sandbox", "Dana")),
        PublicFileCache(tmp_path / "docs", lambda: None, OPEN_BADGES_JSON),
        changes=Changes(),
    )
    dialog = open_dialog(service, window)

    async def scenario() -> None:
        dialog.url_edit.setText("https://badges.example.org/assertions/1")
        await import_and_wait(dialog)

    loop.run_until_complete(scenario())
    assert server_error_text(dialog) == (
        "Cannot reach the server: You are not signed in to the server."
    )
    assert dialog.isVisible()


# ---------------------------------------------------------------- baked images


@pytest.mark.parametrize(
    ("name", "bake", "kind"),
    [("badge.png", baked_png, "PNG"), ("badge.svg", baked_svg, "SVG")],
    ids=["png", "svg"],
)
def test_baked_image_with_url_is_shown_then_imported(
    sandbox, client, dialog, emitted, conn, tmp_path, loop, name, bake, kind
) -> None:
    async def scenario() -> tuple[str, list[Any], BackpackAssertion]:
        waiting = await issued_here(client, "Unaccepted")
        url = public_url(sandbox, waiting)
        sandbox.clear_requests()
        await dialog.load_file(write_file(tmp_path, name, bake(url)))
        shown_before = import_requests(sandbox)
        facts = dialog.facts_view.toPlainText()
        assert f"File: {name} ({kind}, " in facts
        assert f"Assertion URL: {url}" in facts
        assert not dialog.image_error.isVisible()
        if kind == "PNG":
            assert not dialog.preview.pixmap().isNull()
        await import_and_wait(dialog)
        return url, shown_before, await client.get_backpack_assertion(waiting.entity_id)

    url, requests_before_import, on_server = loop.run_until_complete(scenario())
    assert dialog.tabs.currentIndex() == IMAGE_PAGE
    assert requests_before_import == []  # nothing sent until Import
    assert on_server.acceptance == "Accepted"
    assert assert_closed_with(dialog, emitted).key == on_server.entity_id
    [request] = import_requests(sandbox)
    sent = json.loads(request.body)["image"]
    assert sent.startswith(f"data:image/{'png' if kind == 'PNG' else 'svg+xml'};base64,")
    assert base64.b64decode(sent.split(",", 1)[1]) == bake(url)
    assert import_audit(conn) == [(f"image {name}", "ok")]


@pytest.mark.parametrize(
    ("name", "bake"),
    [
        ("first-aid.png", lambda document: baked_png(json.dumps(document))),
        ("first-aid.svg", lambda document: baked_svg_json(json.dumps(document))),
    ],
    ids=["png", "svg-cdata"],
)
def test_baked_image_with_json_shows_its_facts_then_imports_a_new_badge(
    sandbox, client, dialog, emitted, tmp_path, loop, name, bake
) -> None:
    document = external_assertion()

    async def scenario() -> tuple[str, BackpackAssertion]:
        await dialog.load_file(write_file(tmp_path, name, bake(document)))
        facts = dialog.facts_view.toPlainText()
        assert import_requests(sandbox) == []
        await import_and_wait(dialog)
        return facts, await client.get_backpack_assertion(emitted[0].key)

    facts, on_server = loop.run_until_complete(scenario())
    assert facts.splitlines()[1:] == [
        f"Assertion ID: {document['id']}",
        "Badge: First Aid at Work",
        "Issuer: Red Valley Training",
        f"Recipient: {DEMO_EMAIL}",
        f"Issued on: {display_date(date(2024, 3, 1))}",  # as the person writes dates
    ]
    badge = assert_closed_with(dialog, emitted)
    assert (badge.name, badge.issuer, badge.imported) == (
        "First Aid at Work",
        "Red Valley Training",
        True,
    )
    assert on_server.source_url == document["id"]
    assert on_server.acceptance == "Accepted"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(
            baked_png("https://badges.example.org/a/1")[:60],
            "The PNG image is damaged",
            id="truncated-png",
        ),
        pytest.param(
            baked_png("https://badges.example.org/a/1")[:-30],
            "The PNG image is damaged",
            id="png-cut-in-a-chunk",
        ),
        pytest.param(
            bytes((i * 37 + 11) % 256 for i in range(2048)),
            "The file is neither a PNG nor an SVG image.",
            id="random-bytes",
        ),
        pytest.param(
            plain_png(), "The PNG image carries no Open Badges assertion.", id="plain-png"
        ),
        pytest.param(
            baked_png('{"type": "Assertion",'), "The baked assertion is not valid JSON", id="json"
        ),
        pytest.param(
            baked_png("see you at the conference"),
            "which is not the web address of an assertion",
            id="not-a-url",
        ),
    ],
)
def test_images_without_a_usable_badge_keep_import_disabled(
    sandbox, dialog, tmp_path, loop, data, message
) -> None:
    async def scenario() -> None:
        await dialog.load_file(write_file(tmp_path, "picture.png", data))
        dialog.import_button.click()

    loop.run_until_complete(scenario())
    assert dialog.image_error.isVisible()
    assert message in dialog.image_error.text()
    assert dialog.image_error.styleSheet() == ERROR_TEXT
    assert dialog.facts_view.toPlainText().startswith("File: picture.png")
    assert not dialog.import_button.isEnabled()
    assert dialog.sending is None
    assert import_requests(sandbox) == []


def test_why_an_image_carries_no_badge_is_said_in_the_readers_language(
    dialog, tmp_path, loop, qapp
) -> None:
    """The unbaking says why as a kind; the dialog words it (the image's own text kept)."""
    with marking("ImportBadgeDialog"):
        qapp.processEvents()  # the language change is taken before the file is read
        loop.run_until_complete(dialog.load_file(write_file(tmp_path, "a.png", plain_png())))
        plain = dialog.image_error.text()
        note = baked_png("see you at the conference")
        loop.run_until_complete(dialog.load_file(write_file(tmp_path, "b.png", note)))
        not_a_url = dialog.image_error.text()
    assert plain == "«The PNG image carries no Open Badges assertion.»"
    assert not_a_url == (
        "«The image carries “see you at the conference”, which is not the web address of an "
        "assertion.»"
    )


def test_a_good_file_after_a_bad_one_enables_import(sandbox, dialog, tmp_path, loop) -> None:
    async def scenario() -> None:
        await dialog.load_file(write_file(tmp_path, "plain.png", plain_png()))
        assert not dialog.import_button.isEnabled()
        await dialog.load_file(write_file(tmp_path, "b.png", baked_png("https://x.example/a/1")))

    loop.run_until_complete(scenario())
    assert not dialog.image_error.isVisible()
    assert dialog.import_button.isEnabled()
    dialog.tabs.setCurrentIndex(URL_PAGE)  # Import follows the page shown
    assert not dialog.import_button.isEnabled()
    dialog.tabs.setCurrentIndex(IMAGE_PAGE)
    assert dialog.import_button.isEnabled()


def test_files_over_5_mb_and_unreadable_files_are_refused(dialog, tmp_path, loop) -> None:
    big = write_file(tmp_path, "huge.png", baked_png("https://x.example/a/1"))
    with big.open("ab") as file:
        file.truncate(MAX_IMAGE_BYTES + 1)

    async def scenario() -> tuple[str, str]:
        await dialog.load_file(big)
        too_large = dialog.image_error.text()
        await dialog.load_file(tmp_path / "missing.png")
        return too_large, dialog.image_error.text()

    too_large, missing = loop.run_until_complete(scenario())
    assert "larger than 5 MB" in too_large
    assert missing.startswith("The file cannot be read:")
    assert not dialog.import_button.isEnabled()


def test_image_file_dropped_on_the_drop_area_is_loaded(
    sandbox, dialog, tmp_path, loop, qtbot
) -> None:
    path = write_file(tmp_path, "dropped.svg", baked_svg("https://badges.example.org/a/7"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    dialog.tabs.setCurrentIndex(IMAGE_PAGE)
    area = dialog.drop_area
    assert isinstance(area, DropArea)
    assert area.acceptDrops()

    async def scenario() -> None:
        enter = send_drag(area, QDragEnterEvent, mime, QPointF(10, 10))
        assert enter.isAccepted()
        drop = send_drag(area, QDropEvent, mime, QPointF(10, 10))
        assert drop.isAccepted()
        assert dialog.loading is not None
        await dialog.loading

    loop.run_until_complete(scenario())
    assert "Assertion URL: https://badges.example.org/a/7" in dialog.facts_view.toPlainText()
    assert dialog.import_button.isEnabled()
    assert import_requests(sandbox) == []


def test_drops_of_text_or_several_files_are_refused(dialog, tmp_path) -> None:
    text = QMimeData()
    text.setText("https://badges.example.org/a/7")
    several = QMimeData()
    several.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.png")), QUrl.fromLocalFile("/b.png")])
    web = QMimeData()
    web.setUrls([QUrl("https://badges.example.org/a.png")])
    for mime in (text, several, web):
        enter = send_drag(dialog.drop_area, QDragEnterEvent, mime, QPointF(5, 5))
        assert not enter.isAccepted()
    assert dialog.loading is None


def test_file_dropped_anywhere_on_the_dialog_opens_the_image_page(dialog, tmp_path, loop) -> None:
    path = write_file(tmp_path, "b.png", baked_png("https://badges.example.org/a/8"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert dialog.tabs.currentIndex() == URL_PAGE

    async def scenario() -> None:
        dialog.dropEvent(drag_event(QDropEvent, mime, QPointF(5, 5)))
        assert dialog.loading is not None
        await dialog.loading

    loop.run_until_complete(scenario())
    assert dialog.tabs.currentIndex() == IMAGE_PAGE
    assert "https://badges.example.org/a/8" in dialog.facts_view.toPlainText()


def test_import_not_cancel_is_the_default_button(dialog) -> None:
    assert dialog.import_button.isDefault()
    assert not dialog.cancel_button.isDefault()


def test_a_sandbox_badge_image_shows_the_badge_issuer_recipient_and_dates_it_names(
    sandbox, client, dialog, tmp_path, loop
) -> None:
    """The sandbox bakes only the assertion's address into its images (hosted verification):
    the preview fetches what that address holds, and the badge class and issuer it names."""
    waiting = loop.run_until_complete(issued_here(client, "Unaccepted"))
    record = sandbox.state.assertions[waiting.entity_id]
    badgeclass = sandbox.state.badgeclasses[record.badgeclass]
    issuer = sandbox.state.issuers[badgeclass.issuer]
    image = httpx.get(f"{public_url(sandbox, waiting)}/image").content
    loop.run_until_complete(dialog.load_file(write_file(tmp_path, "earned.png", image)))
    facts = dialog.facts_view.toPlainText().splitlines()
    issued = display_date(record.issued_on.astimezone().date())
    recipient = "an email address, hashed in the badge" if record.hashed else DEMO_EMAIL
    assert facts[1:5] == [
        f"Assertion URL: {public_url(sandbox, waiting)}",
        f"Badge: {badgeclass.name}",
        f"Issuer: {issuer.name}",
        f"Recipient: {recipient}",
    ]
    assert facts[5] == f"Issued on: {issued}"
    assert facts[0].startswith("File: earned.png (PNG, ")
    assert import_requests(sandbox) == [], "nothing is sent to the backpack before Import"


def test_pasted_json_naming_its_badge_by_address_shows_the_badge_and_issuer(
    sandbox, dialog, loop
) -> None:
    badgeclass = next(iter(sandbox.state.badgeclasses.values()))
    issuer = sandbox.state.issuers[badgeclass.issuer]
    badge_url = f"{sandbox.base_url}/public/badges/{badgeclass.entity_id}"
    document = external_assertion(3, badge=badge_url, expires="2030-06-30")
    dialog.tabs.setCurrentIndex(JSON_PAGE)
    dialog.json_edit.setPlainText(json.dumps(document))
    assert f"Badge: {badge_url}" in dialog.json_facts.text(), "the address at once"
    loop.run_until_complete(dialog.json_preview)
    shown = dialog.json_facts.text().splitlines()
    assert f"Badge: {badgeclass.name}" in shown
    assert f"Issuer: {issuer.name}" in shown
    assert f"Expires: {display_date(date(2030, 6, 30))}" in shown


# ---------------------------------------------------------------- pasted JSON


def test_pasted_json_is_described_then_imported(
    sandbox, client, dialog, emitted, conn, loop
) -> None:
    document = external_assertion(2)

    async def scenario() -> BackpackAssertion:
        dialog.tabs.setCurrentIndex(JSON_PAGE)
        dialog.json_edit.setPlainText(json.dumps(document, indent=2))
        assert dialog.json_facts.isVisible()
        assert "Badge: First Aid at Work" in dialog.json_facts.text()
        assert import_requests(sandbox) == []
        await import_and_wait(dialog)
        return await client.get_backpack_assertion(emitted[0].key)

    on_server = loop.run_until_complete(scenario())
    badge = assert_closed_with(dialog, emitted)
    assert badge.name == "First Aid at Work"
    assert on_server.source_url == document["id"]
    [request] = import_requests(sandbox)
    assert json.loads(request.body) == {"assertion": document}
    assert import_audit(conn) == [(f"JSON {document['id']}", "ok")]


def test_invalid_json_shows_line_and_column_and_keeps_import_disabled(
    sandbox, dialog, loop
) -> None:
    async def scenario() -> None:
        dialog.tabs.setCurrentIndex(JSON_PAGE)
        assert not dialog.import_button.isEnabled()  # empty
        dialog.json_edit.setPlainText('\n{\n  "type": "Assertion",\n  "id": \n}')
        assert not dialog.import_button.isEnabled()
        await wait_for(dialog.json_error.isVisible)

    loop.run_until_complete(scenario())
    assert dialog.json_error.text() == (
        "This is not valid JSON: Expecting value (line 5, column 1)."
    )
    assert dialog.json_error.styleSheet() == ERROR_TEXT
    assert not dialog.json_facts.isVisible()
    assert import_requests(sandbox) == []

    async def not_an_object() -> None:
        dialog.json_edit.setPlainText(json.dumps([external_assertion()]))
        await wait_for(lambda: "must be one object" in dialog.json_error.text())

    loop.run_until_complete(not_an_object())
    assert not dialog.import_button.isEnabled()
    dialog.json_edit.setPlainText(json.dumps(external_assertion()))
    assert not dialog.json_error.isVisible()
    assert dialog.import_button.isEnabled()


def test_every_validation_error_of_the_server_is_shown(
    sandbox, dialog, emitted, conn, loop
) -> None:
    document = {"type": "Assertion", "id": "https://badges.example.com/a/9"}

    async def scenario() -> None:
        dialog.tabs.setCurrentIndex(JSON_PAGE)
        dialog.json_edit.setPlainText(json.dumps(document))
        await import_and_wait(dialog)

    loop.run_until_complete(scenario())
    assert server_error_text(dialog).splitlines() == [
        "The server did not import the badge:",
        "• The assertion names no badge.",
        "• The assertion has no issuedOn date.",
        "• This badge was not awarded to your email address.",
    ]
    assert dialog.isVisible()
    assert emitted == []
    assert dialog.json_edit.toPlainText() == json.dumps(document)  # kept to fix
    assert import_audit(conn) == [("JSON https://badges.example.com/a/9", "failed")]


# ---------------------------------------------------------------- keyboard and screen readers


def test_every_control_has_an_accessible_name_and_the_pages_mnemonics(dialog) -> None:
    controls = [
        *dialog.findChildren(QLineEdit),
        *dialog.findChildren(QPlainTextEdit),
        *dialog.findChildren(QPushButton),
        *dialog.findChildren(QTabWidget),
        *dialog.findChildren(DropArea),
    ]
    assert len(controls) >= 8
    unnamed = [c for c in controls if not c.accessibleName()]
    assert unnamed == []
    assert [dialog.tabs.tabText(i) for i in range(3)] == [
        "From a &URL",
        "From an &image",
        "From &JSON",
    ]
    assert dialog.import_button.text() == "I&mport"
    assert dialog.import_button.isDefault()
    assert dialog.url_edit.hasFocus() or dialog.focusWidget() is dialog.url_edit
