"""File → Server profiles: add, edit, remove, and switch without restarting."""

from __future__ import annotations

import asyncio
import json

import pytest

from badgedesk.auth.keychain import CLIENT_SECRET, Keychain
from badgedesk.profiles import ProfileStore, ServerProfile, sandbox_profile
from badgedesk.sandbox import SandboxConfig, SandboxServer
from badgedesk.ui.main_window import MainWindow
from badgedesk.ui.profiles_dialog import ProfilesDialog
from badgedesk.ui.shell import Shell


def fill(dialog, **values):
    for key, value in values.items():
        dialog.edits[key].setText(value)


def test_add_edit_remove_round_trip(qtbot, tmp_path, memory_keyring):
    store = ProfileStore(tmp_path / "profiles.json")
    dialog = ProfilesDialog(store, "Sandbox")
    qtbot.addWidget(dialog)
    names = [dialog._name(dialog.list.item(i)) for i in range(dialog.list.count())]
    assert names[0] == "Sandbox"
    assert "Parchment EU" in names
    assert dialog.edits["api_base"].isReadOnly(), "built-ins are read-only"
    assert not dialog.remove_button.isEnabled()

    dialog.new_button.click()
    fill(
        dialog,
        name="School",
        api_base="https://badges.school.example",
        web_base="https://badges.school.example",
        client_id="school-app",
    )
    dialog.secret.setText("very-secret")
    dialog.save_button.click()
    assert dialog.error.text() == ""
    assert ProfileStore(tmp_path / "profiles.json").get("School") is not None
    assert Keychain("School").get(CLIENT_SECRET) == "very-secret"
    assert "very-secret" not in (tmp_path / "profiles.json").read_text()

    fill(dialog, api_base="ftp://wrong")
    dialog.save_button.click()
    problem = dialog.field_errors["api_base"]
    assert "API address" in problem.text(), "the problem is shown next to its field"
    assert problem.isVisibleTo(dialog)

    fill(dialog, api_base="https://badges.school.example", name="School 2")
    dialog.save_button.click()
    saved = json.loads((tmp_path / "profiles.json").read_text())
    assert [p["name"] for p in saved["custom"]] == ["School 2"]

    assert dialog.selected() == "School 2"
    dialog.remove_button.click()
    assert ProfileStore(tmp_path / "profiles.json").get("School 2") is None


def test_duplicate_a_builtin_region(qtbot, tmp_path):
    store = ProfileStore(tmp_path / "profiles.json")
    dialog = ProfilesDialog(store, "Sandbox")
    qtbot.addWidget(dialog)
    names = [dialog._name(dialog.list.item(i)) for i in range(dialog.list.count())]
    dialog.list.setCurrentRow(names.index("Parchment EU"))
    dialog.duplicate_button.click()
    assert dialog.edits["name"].text() == "Parchment EU (custom)"
    assert dialog.edits["api_base"].text() == "https://api.badges.parchment.eu"
    fill(dialog, client_id="our-institution")
    dialog.save_button.click()
    assert store.get("Parchment EU (custom)").client_id == "our-institution"


@pytest.mark.webengine  # the new server asks for a sign-in in the embedded browser
def test_switching_profiles_without_restart(qtbot, settings, drafts, tmp_path, loop, sandbox):
    store = ProfileStore(tmp_path / "profiles.json")
    with SandboxServer(SandboxConfig(token_backoff=False)) as second:
        other = ServerProfile(
            name="Second server",
            api_base=second.base_url,
            authorize_url=f"{second.base_url}/auth/oauth2/authorize",
            token_url=f"{second.base_url}/o/token",
        )
        store.put(other)

        async def resolve(name):
            return (
                other
                if name == "Second server"
                else sandbox_profile(sandbox.base_url, sandbox.web_url)
            )

        from badgedesk.services.desk import Desk
        from badgedesk.services.session import Session

        window = MainWindow(settings)
        qtbot.addWidget(window)
        first = sandbox_profile(sandbox.base_url, sandbox.web_url)
        shell = Shell(
            window,
            Desk(Session(first, Keychain(first.name)), drafts),
            batches=False,
            profiles=store,
            resolve_profile=resolve,
        )
        assert window.profiles_action.isEnabled()

        async def scenario():
            switching = asyncio.ensure_future(shell.switch_to("Second server"))
            for _ in range(400):
                if shell.login_dialog is not None:
                    break
                await asyncio.sleep(0.05)
            assert shell.login_dialog is not None, "the new server asks for a sign-in"
            assert "127.0.0.1" in shell.login_dialog.authorize_url()
            assert str(second.base_url) in shell.login_dialog.authorize_url()
            shell.login_dialog.reject()
            await switching

        loop.run_until_complete(scenario())
        loop.run_until_complete(shell.session.aclose())
    assert shell.session.profile.name == "Second server"
    assert window.profile_label.text() == "Server: Second server"
    assert ProfileStore(tmp_path / "profiles.json").current == "Second server"


def test_a_self_hosted_server_has_two_addresses_and_shows_what_they_give(qtbot, tmp_path):
    store = ProfileStore(tmp_path / "profiles.json")
    dialog = ProfilesDialog(store, "Sandbox")
    qtbot.addWidget(dialog)
    dialog.new_button.click()
    fill(
        dialog,
        name="School",
        api_base="https://api.school.example",
        web_base="https://badges.school.example",
    )
    shown = {key: label.text() for key, label in dialog.derived.items()}
    assert shown == {
        "authorize_url": "https://badges.school.example/auth/oauth2/authorize",
        "token_url": "https://api.school.example/o/token",
        "revoke_url": "https://api.school.example/o/revoke_token/",
    }
    dialog.save_button.click()
    saved = ProfileStore(tmp_path / "profiles.json").get("School")
    assert saved is not None
    assert saved.web_base == "https://badges.school.example"
    assert saved.authorize_url == shown["authorize_url"]
    assert saved.token_url == shown["token_url"]
    assert saved.revoke_url == shown["revoke_url"]


def test_a_missing_web_app_address_is_said_next_to_its_field(qtbot, tmp_path):
    store = ProfileStore(tmp_path / "profiles.json")
    dialog = ProfilesDialog(store, "Sandbox")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new_button.click()
    fill(dialog, name="School", api_base="https://api.school.example", web_base="")
    assert dialog.derived["authorize_url"].text() == "—"
    dialog.save_button.click()
    problem = dialog.field_errors["web_base"]
    assert problem.isVisible()
    assert "Web app address" in problem.text()
    assert dialog.focusWidget() is dialog.edits["web_base"]
    assert store.get("School") is None
    fill(dialog, web_base="https://badges.school.example")
    dialog.save_button.click()
    assert store.get("School") is not None
    assert all(label.isHidden() for label in dialog.field_errors.values())


def test_every_field_is_named_and_reached_by_its_label_mnemonic(qtbot, tmp_path):
    from PySide6.QtWidgets import QLabel

    dialog = ProfilesDialog(ProfileStore(tmp_path / "profiles.json"), "Sandbox")
    qtbot.addWidget(dialog)
    buddies = {
        label.buddy(): label.text() for label in dialog.findChildren(QLabel) if label.buddy()
    }
    fields = [*dialog.edits.values(), dialog.secret, dialog.list]
    for edit in fields:
        assert edit.accessibleName()
        assert "&" in buddies[edit], f"{edit.accessibleName()} has a mnemonic"
    texts = [buddies[edit] for edit in fields]
    texts += [b.text() for b in (dialog.new_button, dialog.duplicate_button, dialog.remove_button)]
    texts += [b.text() for b in (dialog.save_button, dialog.use_button)]
    keys = [text[text.index("&") + 1].lower() for text in texts]
    assert len(keys) == len(set(keys)), "no two fields or buttons share a mnemonic"
    assert "Web app address" in buddies[dialog.edits["web_base"]].replace("&", "")
    assert "API address" in buddies[dialog.edits["api_base"]].replace("&", "")


def test_an_old_profile_shows_the_sign_in_page_it_kept(qtbot, tmp_path):
    path = tmp_path / "profiles.json"
    path.write_text(
        json.dumps(
            {
                "custom": [
                    {
                        "name": "Odd",
                        "api_base": "https://odd.example",
                        "authorize_url": "https://odd.example/login/oauth",
                        "token_url": "https://odd.example/o/token",
                    }
                ]
            }
        )
    )
    dialog = ProfilesDialog(ProfileStore(path), "Odd")
    qtbot.addWidget(dialog)
    assert dialog.selected() == "Odd"
    assert dialog.derived["authorize_url"].text() == "https://odd.example/login/oauth"
    assert dialog.derived["revoke_url"].text() == "https://odd.example/o/revoke_token/"
    fill(dialog, web_base="https://badges.odd.example")
    assert (
        dialog.derived["authorize_url"].text() == "https://badges.odd.example/auth/oauth2/authorize"
    )


def test_plain_http_is_refused_next_to_its_field_unless_on_this_computer(qtbot, tmp_path):
    """The sign-in window refuses plain http except on loopback; the profile says so first."""
    store = ProfileStore(tmp_path / "profiles.json")
    dialog = ProfilesDialog(store, "Sandbox")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new_button.click()
    fill(
        dialog,
        name="Intranet",
        api_base="https://api.school.example",
        web_base="http://badges.intranet",
    )
    dialog.save_button.click()
    problem = dialog.field_errors["web_base"]
    assert problem.isVisible()
    assert "must start with https://" in problem.text()
    assert "Web app address" in problem.text()
    assert store.get("Intranet") is None
    fill(dialog, api_base="http://127.0.0.1:8765", web_base="http://localhost:8766")
    dialog.save_button.click()
    assert store.get("Intranet") is not None, "a server on this computer may use plain http"
