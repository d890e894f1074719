"""Sign-in through the real embedded browser against the sandbox, and what follows it."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from PySide6.QtWidgets import QMessageBox

from badgedesk.auth.keychain import ACCESS, META, PENDING_REVOCATION, REFRESH, Keychain
from badgedesk.auth.oauth import Pkce, TokenSet
from badgedesk.profiles import sandbox_profile
from badgedesk.sandbox import CLIENT_ID, FLAVORS, SandboxConfig, SandboxServer
from badgedesk.selftest import fill_sandbox_form, run_js
from tests.loopback_http import DRF_PAGE, Answer, closed_port_url, loopback_server
from tests.oauth_flow import submit_login
from tests.ui.signing_in import open_dialog, settle, stored
from tests.ui.waiting import wait_for

pytestmark = [
    pytest.mark.webengine,
    # Sign-in, refresh and sign-out run against both flavours: on badgr-oss the sign-in page
    # is on a second origin (the web app's), as on a real open-source server...
    pytest.mark.flavors(*FLAVORS),
    # ...and against a sandbox as lenient as the real server and one that enforces RFC 9700
    # (``--strict-oauth``).
    pytest.mark.strict_and_lenient_oauth,
]


def shell_on(server, qtbot, settings, memory_keyring, drafts):
    """A window and session on another sandbox (for tests that need its config changed)."""
    from badgedesk.auth.keychain import Keychain
    from badgedesk.profiles import sandbox_profile
    from badgedesk.services.desk import Desk
    from badgedesk.services.session import Session
    from badgedesk.ui.main_window import MainWindow
    from badgedesk.ui.shell import Shell

    profile = sandbox_profile(server.base_url, server.web_url)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    return Shell(
        window,
        Desk(Session(profile, Keychain(profile.name, memory_keyring)), drafts),
        batches=False,
    )


async def failure_after(shell, action):
    """Run ``action(dialog)`` in an open login dialog and return the message it shows."""
    signing_in, dialog = await open_dialog(shell)
    messages = []
    dialog.failed.connect(messages.append)
    await action(dialog)
    await wait_for(lambda: messages)
    assert dialog.problem.isVisible()
    assert dialog.retry_button.isVisible()
    dialog.reject()
    assert await signing_in is False
    return messages[0]


def test_embedded_sign_in_stores_tokens_in_the_keyring(shell, loop, memory_keyring, sandbox):
    async def scenario():
        signing_in = asyncio.ensure_future(shell.sign_in())
        await fill_sandbox_form(shell)
        result = await asyncio.wait_for(signing_in, 60)
        await settle(shell)
        return result

    assert loop.run_until_complete(scenario()) is True
    assert shell.session.signed_in
    assert shell.window.user_label.text() == "Signed in as Dana Demo"
    assert not shell.window.sign_in_action.isEnabled()
    access = stored(memory_keyring, ACCESS)
    assert access
    assert stored(memory_keyring, REFRESH)
    assert stored(memory_keyring, META)
    answer = httpx.get(
        f"{sandbox.base_url}/v2/users/self", headers={"Authorization": f"Bearer {access}"}
    )
    assert answer.status_code == 200
    redirects = [r for r in sandbox.requests if r.path.startswith("/callback")]
    assert redirects == [], "the redirect URI is intercepted, never loaded"


def test_page_shows_host_and_progress(shell, loop):
    async def scenario():
        signing_in, dialog = await open_dialog(shell)
        await wait_for(lambda: "127.0.0.1" in dialog.host_label.text())
        await run_js(dialog, "1")
        text = dialog.host_label.text()
        dialog.reject()
        await signing_in
        return text

    assert "Signing in at 127.0.0.1" in loop.run_until_complete(scenario())


def test_tampered_state_is_refused(shell, loop, memory_keyring):
    async def tamper(dialog):
        await wait_for(lambda: dialog.page_ready)
        dialog.handle_answer({"code": "stolen", "state": "not-the-one-we-sent"})

    message = loop.run_until_complete(failure_after(shell, tamper))
    assert "state mismatch" in message or "did not belong" in message
    assert stored(memory_keyring, ACCESS) is None


def test_navigation_to_a_redirect_with_a_forged_state_is_caught(shell, loop, memory_keyring):
    async def forge(dialog):
        await wait_for(lambda: "127.0.0.1" in dialog.host_label.text())
        await run_js(dialog, "document.getElementById('login-form') !== null")
        target = f"{shell.session.profile.redirect_uri}?code=abc&state=forged"
        await run_js(dialog, f"window.location.href = {target!r}; true")

    message = loop.run_until_complete(failure_after(shell, forge))
    assert "did not belong" in message
    assert stored(memory_keyring, ACCESS) is None


def test_denied_consent(shell, loop, memory_keyring):
    async def deny(dialog):
        await fill_sandbox_form(shell, action="deny")

    assert "denied" in loop.run_until_complete(failure_after(shell, deny))
    assert stored(memory_keyring, ACCESS) is None


def test_wrong_pkce_verifier(shell, loop, memory_keyring):
    async def swap_verifier(dialog):
        dialog._pkce = Pkce(verifier="x" * 64, challenge=dialog._pkce.challenge)
        await fill_sandbox_form(shell)

    assert "not accepted" in loop.run_until_complete(failure_after(shell, swap_verifier))
    assert stored(memory_keyring, ACCESS) is None


def test_expired_code(qtbot, settings, memory_keyring, loop, drafts, flavor, strict_oauth):
    config = SandboxConfig(
        token_backoff=False, code_ttl=0, flavor=flavor, strict_oauth=strict_oauth
    )
    with SandboxServer(config) as server:
        shell = shell_on(server, qtbot, settings, memory_keyring, drafts)
        session = shell.session

        async def submit(dialog):
            await fill_sandbox_form(shell)

        message = loop.run_until_complete(failure_after(shell, submit))
        loop.run_until_complete(session.aclose())
    assert "expired" in message
    assert stored(memory_keyring, ACCESS) is None


def test_retry_starts_a_fresh_sign_in(shell, loop):
    async def scenario():
        signing_in, dialog = await open_dialog(shell)
        await fill_sandbox_form(shell, action="deny")
        await wait_for(dialog.problem.isVisible)
        first_state = dialog._state
        dialog.retry_button.click()
        assert dialog._state != first_state
        assert dialog.problem.isHidden()
        await fill_sandbox_form(shell)
        result = await asyncio.wait_for(signing_in, 60)
        await settle(shell)
        return result

    assert loop.run_until_complete(scenario()) is True


def test_system_browser_path_with_loopback_listener(shell, loop, memory_keyring):
    """The test plays the system browser with httpx."""

    async def scenario():
        signing_in, dialog = await open_dialog(shell)
        waiting = asyncio.ensure_future(dialog.sign_in_with_system_browser(open_browser=False))
        await wait_for(lambda: dialog._listener is not None and dialog._listener._server)
        answer = await asyncio.to_thread(submit_login, dialog.authorize_url())
        callback = (
            f"{shell.session.profile.redirect_uri}?code={answer['code']}&state={answer['state']}"
        )
        async with httpx.AsyncClient() as browser:
            page = await browser.get(callback)
        await waiting
        assert page.status_code == 200
        assert "return to BadgeDesk" in page.text
        result = await asyncio.wait_for(signing_in, 60)
        await settle(shell)
        return result

    assert loop.run_until_complete(scenario()) is True
    assert stored(memory_keyring, ACCESS)


async def sign_in_fully(shell):
    """Sign in and let the background catalogue refresh finish inside the running loop."""
    signing_in = asyncio.ensure_future(shell.sign_in())
    await fill_sandbox_form(shell)
    assert await asyncio.wait_for(signing_in, 60)
    await settle(shell)


@pytest.fixture
def signed_in(shell, loop):
    async def scenario():
        await sign_in_fully(shell)

    loop.run_until_complete(scenario())
    return shell


def test_refresh_on_401_saves_the_rotated_pair(signed_in, loop, sandbox, memory_keyring):
    before = stored(memory_keyring, ACCESS), stored(memory_keyring, REFRESH)
    sandbox.expire_access_tokens()
    issuers = loop.run_until_complete(signed_in.session.client.list_issuers())
    assert issuers
    after = stored(memory_keyring, ACCESS), stored(memory_keyring, REFRESH)
    assert after[0] != before[0]
    assert after[1] != before[1]


def test_restore_from_keyring_on_next_start(
    signed_in, loop, sandbox, memory_keyring, settings, qtbot
):
    from badgedesk.auth.keychain import Keychain
    from badgedesk.services.session import Session

    again = Session(signed_in.session.profile, Keychain("Sandbox", memory_keyring))
    assert loop.run_until_complete(again.restore(again.keychain.load_tokens())) is True
    assert again.user is not None
    assert again.allows("rw:issuer")
    assert again.allows("r:backpack")
    loop.run_until_complete(again.aclose())


def test_refresh_failure_asks_to_sign_in_again(signed_in, loop, sandbox, memory_keyring):
    refresh = stored(memory_keyring, REFRESH)
    httpx.post(f"{sandbox.base_url}/o/revoke_token/", data={"token": refresh})
    sandbox.expire_access_tokens()

    async def scenario():
        from badgedesk.api.errors import AuthenticationError

        with pytest.raises(AuthenticationError):
            await signed_in.session.client.list_issuers()
        signed_in.session.on_auth_lost("expired")
        await wait_for(lambda: signed_in.login_dialog is not None)
        signed_in.login_dialog.reject()
        await asyncio.sleep(0.1)

    loop.run_until_complete(scenario())
    assert signed_in.window.user_label.text() == "Sign-in rejected: sign in again"
    assert signed_in.window.sign_in_action.isEnabled()
    assert signed_in.window.tabs.count() == 4, "what was on screen stays"


def test_refresh_before_expiry(qtbot, settings, memory_keyring, loop, drafts, flavor, strict_oauth):
    config = SandboxConfig(
        token_backoff=False, token_ttl=2, flavor=flavor, strict_oauth=strict_oauth
    )
    with SandboxServer(config) as server:
        shell = shell_on(server, qtbot, settings, memory_keyring, drafts)
        session = shell.session

        async def scenario():
            signing_in = asyncio.ensure_future(shell.sign_in())
            await fill_sandbox_form(shell)
            assert await asyncio.wait_for(signing_in, 60)
            await settle(shell)
            first = stored(memory_keyring, ACCESS)
            await wait_for(lambda: stored(memory_keyring, ACCESS) != first, seconds=15)
            server.clear_requests()
            await session.client.users_self()
            return [r.status for r in server.requests if r.path.startswith("/v2/")]

        statuses = loop.run_until_complete(scenario())
        loop.run_until_complete(session.aclose())
    assert statuses == [200], "refreshed ahead of expiry: no 401 on the next call"


def test_sign_out_revokes_and_clears_the_keyring(signed_in, loop, sandbox, memory_keyring):
    access = stored(memory_keyring, ACCESS)
    signed_in.window.sign_out_action.trigger()

    async def settle():
        # The keyring is cleared midway through sign-out and the client closed after it:
        # wait for the last step (the window shows signed out) so nothing is left running.
        await wait_for(lambda: signed_in.window.sign_in_action.isEnabled())

    loop.run_until_complete(settle())
    assert stored(memory_keyring, ACCESS) is None
    assert stored(memory_keyring, REFRESH) is None
    assert stored(memory_keyring, META) is None
    answer = httpx.get(
        f"{sandbox.base_url}/v2/users/self", headers={"Authorization": f"Bearer {access}"}
    )
    assert answer.status_code == 401, "revoked at the server"
    assert signed_in.window.user_label.text() == "Not signed in"


def test_bool_singletons_survive_page_loads(shell, loop):
    """PySide6 6.12 drops references to True on page loads; pinned, True survives them."""
    import sys

    from badgedesk.ui.pyside_fixes import PINNED_REFERENCES

    async def scenario():
        signing_in, dialog = await open_dialog(shell)
        for _ in range(5):
            dialog.start()
            await wait_for(lambda: dialog.page_ready)
        dialog.reject()
        await signing_in

    loop.run_until_complete(scenario())
    if sys.version_info < (3, 12):
        assert sys.getrefcount(True) > PINNED_REFERENCES // 2
        assert sys.getrefcount(False) > PINNED_REFERENCES // 2


def test_typing_starts_in_the_sign_in_pages_email_field(shell, loop):
    """The page's first field has focus (autofocus), and the dialog gives the page the
    keyboard once it has loaded."""

    async def scenario():
        signing_in, dialog = await open_dialog(shell)
        try:
            await wait_for(lambda: dialog.page_ready)
            focused = dialog.focusWidget()
            assert focused is dialog.view or dialog.view.isAncestorOf(focused)
            # The browser applies autofocus at its next rendering step after the load.
            active = ""
            for _ in range(100):
                active = await run_js(dialog, "document.activeElement.id")
                if active == "email":
                    break
                await asyncio.sleep(0.05)
            assert active == "email"
        finally:
            dialog.reject()
            await signing_in

    loop.run_until_complete(scenario())


def test_sign_in_is_audited_and_the_catalogue_cached(signed_in, loop):
    async def scenario():
        await wait_for(
            lambda: signed_in.catalogue_refresh is not None and signed_in.catalogue_refresh.done()
        )
        when = await signed_in.desk.catalogue.refreshed_at()
        entries = await signed_in.desk.audit.entries()
        return when, entries

    when, entries = loop.run_until_complete(scenario())
    assert when is not None
    assert [(e.operation, e.outcome, e.user) for e in entries] == [("sign in", "ok", "Dana Demo")]


def test_audit_log_dialog_lists_and_exports(signed_in, loop, qtbot, tmp_path):
    import csv

    from badgedesk.ui.audit_dialog import AuditLogDialog

    dialog = AuditLogDialog(signed_in.desk.audit, signed_in.window)  # the window owns it
    loop.run_until_complete(dialog.load())
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 3).data() == "sign in"
    assert dialog.export_button.isEnabled()
    target = tmp_path / "audit.csv"

    async def export():
        dialog.export_to(target)
        await wait_for(lambda: target.exists() and "written" in dialog.status.text())

    loop.run_until_complete(export())
    rows = list(csv.reader(target.open(encoding="utf-8-sig")))
    assert rows[0][:4] == ["when", "profile", "user", "operation"]
    assert rows[1][3] == "sign in"


def test_offline_start_keeps_the_saved_sign_in(qtbot, settings, memory_keyring, loop, drafts):
    """Saved tokens, server unreachable (a closed loopback port): no browser is involved."""
    import socket
    from datetime import UTC, datetime, timedelta

    from badgedesk.auth.keychain import Keychain
    from badgedesk.auth.oauth import TokenSet
    from badgedesk.profiles import sandbox_profile
    from badgedesk.services.desk import Desk
    from badgedesk.services.session import Session
    from badgedesk.ui.main_window import MainWindow
    from badgedesk.ui.shell import Shell

    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        profile = sandbox_profile(f"http://127.0.0.1:{closed.getsockname()[1]}")
    keychain = Keychain(profile.name, memory_keyring)
    saved = TokenSet("a" * 40, "r" * 40, datetime.now(UTC) + timedelta(hours=1), "rw:issuer")
    keychain.save_tokens(saved)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    shell = Shell(window, Desk(Session(profile, keychain), drafts), batches=False)

    loop.run_until_complete(shell.start())
    loop.run_until_complete(shell.session.aclose())
    assert shell.login_dialog is None, "no sign-in page that cannot load"
    assert window.online_label.text() == "Offline"
    assert "sign-in is kept" in window.statusBar().currentMessage()
    assert keychain.load_tokens() == saved


# ------------------------------------------------------------ sign-out: revocation confirmed


def pending(memory_keyring):
    return stored(memory_keyring, PENDING_REVOCATION)


def refresh_is_dead(base_url, refresh_token):
    answer = httpx.post(
        f"{base_url}/o/token",
        data={
            "grant_type": "refresh_token",
            "refresh_token": refresh_token,
            "client_id": CLIENT_ID,
        },
    )
    return answer.status_code == 400 and answer.json().get("error") == "invalid_grant"


def access_status(base_url, access_token):
    return httpx.get(
        f"{base_url}/v2/users/self", headers={"Authorization": f"Bearer {access_token}"}
    ).status_code


def sign_out(shell, loop):
    shell.window.sign_out_action.trigger()
    loop.run_until_complete(wait_for(lambda: shell.window.sign_in_action.isEnabled()))


def audited(conn, operation, loop):
    """The outcomes of ``operation`` in the audit log, once there is one (it is written after
    the server's answer, which the window does not wait for)."""
    from badgedesk.store.audit import AuditLog

    def outcomes():
        return [e.outcome for e in AuditLog(conn).entries() if e.operation == operation]

    loop.run_until_complete(wait_for(outcomes))
    return outcomes()


def test_sign_out_revokes_both_tokens_at_the_slashed_url(
    signed_in, loop, sandbox, memory_keyring, conn
):
    access, refresh = stored(memory_keyring, ACCESS), stored(memory_keyring, REFRESH)
    sandbox.clear_requests()
    sign_out(signed_in, loop)
    assert audited(conn, "sign out", loop) == ["ok"]
    revocations = [r for r in sandbox.requests if r.path.startswith("/o/revoke")]
    assert [(r.method, r.path) for r in revocations] == [("POST", "/o/revoke_token/")] * 2
    assert access_status(sandbox.base_url, access) == 401
    assert refresh_is_dead(sandbox.base_url, refresh)
    assert pending(memory_keyring) is None, "confirmed: nothing is left to retry"
    assert "did not confirm" not in signed_in.window.statusBar().currentMessage()


def shell_with_tokens(profile, tokens, qtbot, settings, memory_keyring, drafts):
    """A window on ``profile``, to start signed in from ``tokens`` kept in the keyring."""
    from badgedesk.auth.keychain import Keychain
    from badgedesk.services.desk import Desk
    from badgedesk.services.session import Session
    from badgedesk.ui.main_window import MainWindow
    from badgedesk.ui.shell import Shell

    keychain = Keychain(profile.name, memory_keyring)
    if tokens is not None:
        keychain.save_tokens(
            TokenSet(
                tokens.access_token,
                tokens.refresh_token,
                datetime.now(UTC) + timedelta(hours=1),
                tokens.scope,
            )
        )
    window = MainWindow(settings)
    qtbot.addWidget(window)
    return Shell(window, Desk(Session(profile, keychain), drafts), batches=False)


async def start_and_retry(shell):
    """Start as the program does, and wait for the background retry of a pending revocation
    (inside the running loop: qasync runs work left at the end of a run without one)."""
    await shell.start(sign_in=False)
    assert shell.session.revoking is not None, "a pending revocation is retried at start"
    return await shell.session.revoking


@pytest.mark.parametrize(
    "refusal",
    [
        Answer(500, b"<title>RuntimeError at /o/revoke_token</title>"),
        Answer(301, headers={"Location": "{base}/moved/o/revoke_token/"}),
    ],
    ids=["500", "301"],
)
def test_unconfirmed_sign_out_is_said_kept_in_the_keyring_and_retried_at_the_next_start(
    refusal, sandbox, qtbot, settings, memory_keyring, conn, drafts, loop, caplog
):
    caplog.set_level(logging.DEBUG)
    tokens = sandbox.mint_token()
    working = sandbox_profile(sandbox.base_url, sandbox.web_url)
    with loopback_server(refusal) as refusing:
        profile = replace(working, revoke_url=f"{refusing.base_url}/o/revoke_token/")
        shell = shell_with_tokens(profile, tokens, qtbot, settings, memory_keyring, drafts)
        loop.run_until_complete(shell.start(sign_in=False))
        assert shell.session.signed_in
        sign_out(shell, loop)
        assert audited(conn, "sign out", loop) == ["failed"]
        loop.run_until_complete(shell.session.aclose())
    notice = shell.window.statusBar().currentMessage()
    said = "The tokens were removed from this computer but the server did not confirm the sign-out."
    assert said in notice
    (box,) = shell.window.findChildren(QMessageBox)
    assert box.isVisible(), "said in a box that does not block, as the status bar cuts it short"
    assert box.text() == said
    assert "asks the server again when it next starts" in box.informativeText()
    box.close()
    assert len(refusing.seen) == 2, "one request per token; a redirect is not followed"
    assert all(seen.path == "/o/revoke_token/" for seen in refusing.seen)
    for name in (ACCESS, REFRESH, META):
        assert stored(memory_keyring, name) is None, "signed out here either way"
    assert sorted(json.loads(pending(memory_keyring))) == sorted(
        [tokens.access_token, tokens.refresh_token]
    )
    assert access_status(sandbox.base_url, tokens.access_token) == 200, "still alive on the server"

    # The next start, with the server working: the retry runs in the background.
    again = shell_with_tokens(working, None, qtbot, settings, memory_keyring, drafts)
    assert loop.run_until_complete(start_and_retry(again)) is True
    assert audited(conn, "revoke earlier sign-out", loop) == ["ok"]
    loop.run_until_complete(again.session.aclose())
    assert pending(memory_keyring) is None
    assert access_status(sandbox.base_url, tokens.access_token) == 401
    assert refresh_is_dead(sandbox.base_url, tokens.refresh_token)
    for secret in (tokens.access_token, tokens.refresh_token):
        assert secret not in caplog.text
        assert secret not in notice


def test_a_retry_that_fails_again_keeps_the_pending_entry(
    sandbox, qtbot, settings, memory_keyring, conn, drafts, loop
):
    tokens = sandbox.mint_token()
    working = sandbox_profile(sandbox.base_url, sandbox.web_url)
    Keychain(working.name, memory_keyring).add_pending_revocation([tokens.access_token])
    broken = replace(working, revoke_url=f"{closed_port_url()}/o/revoke_token/")
    shell = shell_with_tokens(broken, None, qtbot, settings, memory_keyring, drafts)
    assert loop.run_until_complete(start_and_retry(shell)) is False
    assert audited(conn, "revoke earlier sign-out", loop) == ["failed"]
    loop.run_until_complete(shell.session.aclose())
    assert json.loads(pending(memory_keyring)) == [tokens.access_token]


# ------------------------------------------------------------ sign-in page: what went wrong


@pytest.fixture
def dialog_at(qtbot, sandbox, memory_keyring, loop):
    """``dialog_at(web_base)``: the real login dialog of a self-hosted profile whose web app
    address is ``web_base`` (its API is the sandbox), started and shown."""
    from badgedesk.profiles import ServerProfile
    from badgedesk.services.session import Session
    from badgedesk.ui.login_dialog import LoginDialog

    sessions = []

    def make(web_base):
        profile = ServerProfile.for_server("Self-hosted", sandbox.base_url, web_base)
        session = Session(profile, Keychain(profile.name, memory_keyring))
        sessions.append(session)
        dialog = LoginDialog(session)
        qtbot.addWidget(dialog)
        dialog.messages = []
        dialog.failed.connect(dialog.messages.append)
        dialog.start()
        dialog.show()
        return dialog

    yield make
    for session in sessions:
        loop.run_until_complete(session.aclose())


def failure_of(dialog, loop):
    loop.run_until_complete(wait_for(lambda: dialog.messages))
    assert dialog.problem.isVisible()
    assert dialog.retry_button.isVisible()
    return dialog.messages[0]


def test_a_missing_sign_in_page_is_named_with_the_field_to_check(dialog_at, loop):
    with loopback_server(Answer(404, b"<html><body><h1>Not Found</h1></body></html>")) as web:
        dialog = dialog_at(web.base_url)
        message = failure_of(dialog, loop)
    assert f"{web.base_url}/auth/oauth2/authorize was not found (HTTP 404)" in message
    assert "Check the profile's Web app address." in message
    assert "network" not in message
    assert "state=" not in message, "the address is named without its query"


def test_a_server_error_on_the_sign_in_page_is_no_network_problem(dialog_at, loop):
    with loopback_server(Answer(503, b"<h1>Service Unavailable</h1>")) as web:
        message = failure_of(dialog_at(web.base_url), loop)
    assert "HTTP 503" in message
    assert "network" not in message


def test_an_unreachable_host_is_a_network_problem(dialog_at, loop):
    address = closed_port_url()
    message = failure_of(dialog_at(address), loop)
    assert "cannot reach 127.0.0.1" in message
    assert "Check the network connection." in message


def test_the_api_page_is_pointed_out_as_no_sign_in_page(dialog_at, loop, monkeypatch):
    """Like the API host's /o/authorize: a page that loads fine and has no sign-in form. A hint
    beside the page after the grace period, not a dead end."""
    monkeypatch.setattr("badgedesk.ui.login_dialog.SIGN_IN_FORM_GRACE_MS", 1000)
    with loopback_server(Answer(200, DRF_PAGE)) as web:
        dialog = dialog_at(web.base_url)
        loop.run_until_complete(wait_for(dialog.hint.isVisible))
    text = dialog.hint.text()
    assert "does not look like a sign-in page" in text
    assert f"{web.base_url}/auth/oauth2/authorize" in text
    assert "Web app address" in text
    assert dialog.problem.isHidden(), "a hint, not a failure"
    assert dialog.messages == []
    assert dialog.view.isEnabled()


def test_a_json_document_is_no_sign_in_page(dialog_at, loop):
    answer = Answer(200, b'{"client_id": "badgedesk", "scopes": []}', "application/json")
    with loopback_server(answer) as web:
        message = failure_of(dialog_at(web.base_url), loop)
    assert "is not a sign-in page" in message
    assert "application/json" in message
    assert "Web app address" in message


LATE_FORM_PAGE = b"""<!DOCTYPE html><html><head><title>Badgr</title></head><body>
<div id="app">Loading&hellip;</div>
<script>setTimeout(function () {
  document.getElementById("app").innerHTML =
    '<form><input type="email"><input type="password" id="pw"><button>Sign in</button></form>';
}, 1500);</script></body></html>"""


def test_a_sign_in_form_drawn_late_gets_no_hint(dialog_at, loop, monkeypatch):
    """A single-page web app (badgr-ui) draws its form after loading its scripts."""
    monkeypatch.setattr("badgedesk.ui.login_dialog.SIGN_IN_FORM_GRACE_MS", 2500)
    with loopback_server(Answer(200, LATE_FORM_PAGE)) as web:
        dialog = dialog_at(web.base_url)

        async def watch():
            await wait_for(lambda: dialog.page_ready)
            await asyncio.sleep(3.5)
            return await run_js(dialog, "document.getElementById('pw') !== null")

        assert loop.run_until_complete(watch()) is True
    assert dialog.hint.isHidden()
    assert dialog.problem.isHidden()


def test_the_sandbox_sign_in_page_gets_no_hint(shell, loop, monkeypatch):
    monkeypatch.setattr("badgedesk.ui.login_dialog.SIGN_IN_FORM_GRACE_MS", 500)

    async def scenario():
        signing_in, dialog = await open_dialog(shell)
        await wait_for(lambda: dialog.page_ready)
        await asyncio.sleep(1.5)
        shown = dialog.hint.isVisible() or dialog.problem.isVisible()
        dialog.reject()
        await signing_in
        return shown

    assert loop.run_until_complete(scenario()) is False


def test_sign_out_does_not_wait_for_the_server(
    sandbox, qtbot, settings, memory_keyring, drafts, loop, monkeypatch
):
    """A revocation endpoint that takes the connection and never answers: the window shows
    signed out at once, and the revocation gives up at its deadline."""
    import socket

    monkeypatch.setattr("badgedesk.auth.oauth.REVOKE_DEADLINE_SECONDS", 3)
    tokens = sandbox.mint_token()
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        hanging = f"http://127.0.0.1:{silent.getsockname()[1]}/o/revoke_token/"
        profile = replace(sandbox_profile(sandbox.base_url, sandbox.web_url), revoke_url=hanging)
        shell = shell_with_tokens(profile, tokens, qtbot, settings, memory_keyring, drafts)
        loop.run_until_complete(shell.start(sign_in=False))
        window = shell.window
        window.sign_out_action.trigger()

        async def shown_signed_out():
            started = time.monotonic()
            await wait_for(lambda: window.user_label.text() == "Not signed in")
            return time.monotonic() - started, window.activity_label.text()

        waited, activity = loop.run_until_complete(shown_signed_out())
        assert waited < 2
        assert "Revoking" in activity
        assert not window.sign_in_action.isEnabled(), "offered again once the server is done"
        assert stored(memory_keyring, ACCESS) is None
        loop.run_until_complete(wait_for(window.sign_in_action.isEnabled, seconds=10))
        loop.run_until_complete(shell.session.aclose())
    assert "did not confirm the sign-out" in window.statusBar().currentMessage()
    assert json.loads(pending(memory_keyring))


@pytest.mark.parametrize("flavor", ["badgr-oss"])
def test_the_api_address_given_as_web_app_address_is_named_as_the_field_to_fix(
    dialog_at, loop, sandbox
):
    """A self-hosted server's API host has no sign-in page (the recorded exchanges: 404 at
    /auth/oauth2/authorize); the dialog says which address to correct."""
    message = failure_of(dialog_at(sandbox.base_url), loop)
    assert f"{sandbox.base_url}/auth/oauth2/authorize was not found (HTTP 404)" in message
    assert "Check the profile's Web app address." in message


def test_an_unreachable_server_shows_badgedesks_page_not_chromiums(dialog_at, loop):
    """Starting offline: the reason and Retry, with BadgeDesk's page where the browser was, and
    never Chromium's "This site can't be reached"; Retry brings the browser back."""
    dialog = dialog_at(closed_port_url())
    failure_of(dialog, loop)
    assert dialog.body.currentWidget() is dialog.unreachable_page
    assert dialog.unreachable_page.isVisible()
    assert not dialog.view.isVisible()
    assert "Retry" in dialog.unreachable_page.text()
    shown = loop.run_until_complete(run_js(dialog, "document.body ? document.body.innerText : ''"))
    assert "reached" not in (shown or "")
    assert "ERR_" not in (shown or "")
    dialog.retry_button.click()
    assert dialog.view.isVisible(), "a retry shows the browser again"
    loop.run_until_complete(wait_for(lambda: dialog.messages[1:]))
    assert dialog.body.currentWidget() is dialog.unreachable_page
