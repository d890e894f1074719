"""The sign-in dialog's guards, with the real embedded browser against loopback servers: one
answer only, a banner on other hosts, no plain http off loopback, no look-alike of the redirect
URI (issue 19, point 3)."""

from __future__ import annotations

import asyncio
import logging

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEnginePage

from badgedesk.auth.keychain import ACCESS, Keychain
from badgedesk.profiles import ServerProfile
from badgedesk.selftest import run_js
from badgedesk.services.session import Session
from tests.loopback_http import Answer, loopback_server
from tests.oauth_flow import submit_login
from tests.ui.signing_in import open_dialog, settle, stored
from tests.ui.waiting import wait_for

pytestmark = pytest.mark.webengine

PAGE = b"<!DOCTYPE html><html><body><form><input type='password'></form></body></html>"


def test_only_the_first_answer_is_exchanged(shell, loop, sandbox, memory_keyring, caplog):
    """Two answers with the right state, given before the first exchange is done (as a page
    that redirects twice): one token exchange, no message, signed in."""
    caplog.set_level(logging.INFO)

    async def scenario():
        signing_in, dialog = await open_dialog(shell)
        await wait_for(lambda: dialog.page_ready)
        first = await asyncio.to_thread(submit_login, dialog.authorize_url())
        second = await asyncio.to_thread(submit_login, dialog.authorize_url())
        assert first["state"] == second["state"]
        assert first["code"] != second["code"]
        messages = []
        dialog.failed.connect(messages.append)
        sandbox.clear_requests()
        redirect = shell.session.profile.redirect_uri
        for answer in (first, second):
            url = QUrl(f"{redirect}?code={answer['code']}&state={answer['state']}")
            loaded = dialog.page.acceptNavigationRequest(
                url, QWebEnginePage.NavigationType.NavigationTypeRedirect, True
            )
            assert loaded is False, "the redirect URI is never loaded"
        result = await asyncio.wait_for(signing_in, 60)
        await settle(shell)
        await asyncio.sleep(0.3)  # a second exchange, were there one, would be done by now
        return result, messages, first["code"], second["code"]

    result, messages, *codes = loop.run_until_complete(scenario())
    assert result is True
    assert shell.session.signed_in
    assert stored(memory_keyring, ACCESS)
    exchanges = [r for r in sandbox.requests if r.path.startswith("/o/token")]
    assert len(exchanges) == 1
    assert messages == [], "no error is shown for the refused second answer"
    assert "further sign-in answer was refused" in caplog.text
    for code in codes:
        assert code not in caplog.text


def test_a_page_that_redirects_twice_is_exchanged_once(shell, loop, sandbox):
    """The same, with the page itself going to the redirect URI twice in quick succession."""

    async def scenario():
        signing_in, dialog = await open_dialog(shell)
        await wait_for(lambda: dialog.page_ready)
        answers = [await asyncio.to_thread(submit_login, dialog.authorize_url()) for _ in "12"]
        redirect = shell.session.profile.redirect_uri
        first, second = (f"{redirect}?code={a['code']}&state={a['state']}" for a in answers)
        redirects, messages = [], []
        dialog.page.redirected.connect(redirects.append)
        dialog.failed.connect(messages.append)
        sandbox.clear_requests()
        script = (
            f"window.location.href = {first!r};"
            f"setTimeout(function () {{ window.location.href = {second!r}; }}, 30); true"
        )
        await run_js(dialog, script)
        await wait_for(lambda: len(redirects) == 2, seconds=10)
        result = await asyncio.wait_for(signing_in, 60)
        await settle(shell)
        await asyncio.sleep(0.3)
        return result, messages

    result, messages = loop.run_until_complete(scenario())
    assert result is True
    assert len([r for r in sandbox.requests if r.path.startswith("/o/token")]) == 1
    assert messages == []
    assert [r for r in sandbox.requests if r.path.startswith("/callback")] == []


def test_no_system_browser_sign_in_while_the_answer_is_exchanged(shell, loop, sandbox):
    async def scenario():
        signing_in, dialog = await open_dialog(shell)
        await wait_for(lambda: dialog.page_ready)
        answer = await asyncio.to_thread(submit_login, dialog.authorize_url())
        state = dialog._state
        dialog.handle_answer(answer)
        await asyncio.wait_for(dialog.sign_in_with_system_browser(open_browser=False), 5)
        listening, same_state = dialog._listener is not None, dialog._state == state
        result = await asyncio.wait_for(signing_in, 60)
        await settle(shell)
        return result, listening, same_state

    result, listening, same_state = loop.run_until_complete(scenario())
    assert result is True
    assert not listening, "no second sign-in is started"
    assert same_state
    assert len([r for r in sandbox.requests if r.path.startswith("/o/token")]) == 1


# ------------------------------------------------------------ where the browser may go


@pytest.fixture
def web():
    """The profile's web app: every address answers a small sign-in page."""
    with loopback_server(Answer(200, PAGE)) as server:
        yield server


@pytest.fixture
def listener():
    """A server at the redirect URI's address: the redirect and its look-alikes must never
    reach it."""
    with loopback_server(Answer(200, b"BadgeDesk's own")) as server:
        yield server


@pytest.fixture
def guarded(qtbot, web, listener, memory_keyring, loop):
    """``guarded(redirect_uri=...)``: the real login dialog of a profile on ``web``, shown and
    on its sign-in page; ``dialog.messages`` collects what it says."""
    from badgedesk.ui.login_dialog import LoginDialog

    sessions = []

    def make(redirect_uri=None):
        profile = ServerProfile.for_server(
            "Self-hosted",
            web.base_url,
            web.base_url,
            redirect_uri=redirect_uri or f"{listener.base_url}/callback",
        )
        session = Session(profile, Keychain(profile.name, memory_keyring))
        sessions.append(session)
        dialog = LoginDialog(session)
        qtbot.addWidget(dialog)
        dialog.messages = []
        dialog.failed.connect(dialog.messages.append)
        dialog.start()
        dialog.show()
        loop.run_until_complete(wait_for(lambda: dialog.page_ready))
        return dialog

    yield make
    for session in sessions:
        loop.run_until_complete(session.aclose())


def go(dialog, loop, url, until):
    """Let the page itself navigate to ``url`` and wait for ``until()``."""

    async def navigate():
        await run_js(dialog, f"window.location.href = {url!r}; true")
        await wait_for(until)

    loop.run_until_complete(navigate())


def test_a_page_on_another_host_is_shown_under_a_banner(guarded, web, loop):
    with loopback_server(Answer(200, PAGE)) as other:
        dialog = guarded()
        assert dialog.away_banner.isHidden(), "on the profile's own web app"
        go(dialog, loop, f"{other.base_url}/login", dialog.away_banner.isVisible)
        text = dialog.away_banner.text()
        port = web.base_url.rsplit(":", 1)[1]
        home = f"127.0.0.1:{port}"
        assert f"You are now on {other.base_url.removeprefix('http://')}, not on {home}." in text
        assert "Only sign in if you expect your school's sign-in page." in text
        assert dialog.away_banner.accessibleName()
        assert dialog.away_banner.accessibleDescription() == text
        assert other.seen, "allowed: single sign-on goes through other hosts"

        go(dialog, loop, f"{web.base_url}/auth/oauth2/authorize", dialog.away_banner.isHidden)
        go(dialog, loop, f"http://localhost:{port}/", dialog.away_banner.isVisible)
        assert f"You are now on localhost:{port}, not on {home}." in dialog.away_banner.text()
    assert dialog.messages == []


def test_plain_http_off_loopback_is_refused_before_any_request(guarded, web, loop):
    dialog = guarded()
    before = dialog.view.url().toString()
    go(dialog, loop, "http://example.invalid/login?next=1", lambda: dialog.messages)
    (message,) = dialog.messages
    assert "BadgeDesk refused to open http://example.invalid/login: it is a plain http" in message
    assert "must use https" in message
    assert dialog.problem.isVisible()
    assert dialog.view.url().toString() == before, "the page stays where it was"
    assert dialog.away_banner.isHidden()


LOOKALIKES = {
    "path-suffix": "{listener}/callback.evil",
    "sub-path": "{listener}/callback/extra",
    "trailing-slash": "{listener}/callback/",
    "other-path-on-the-listener": "{listener}/other",
    "localhost-for-127.0.0.1": "http://localhost:{port}/callback",
    "other-port": "{other}/callback",
}


@pytest.mark.parametrize("lookalike", LOOKALIKES.values(), ids=LOOKALIKES.keys())
def test_look_alikes_of_the_redirect_uri_are_refused_never_loaded(
    lookalike, guarded, listener, loop
):
    with loopback_server(Answer(200, PAGE)) as other:
        dialog = guarded()
        url = lookalike.format(
            listener=listener.base_url,
            port=listener.base_url.rsplit(":", 1)[1],
            other=other.base_url,
        )
        go(dialog, loop, f"{url}?code=abc&state=xyz", lambda: dialog.messages)
        (message,) = dialog.messages
        assert message == (
            f"BadgeDesk refused to open {url}: it looks like BadgeDesk's own sign-in address "
            "but is not."
        )
        assert "abc" not in message
        assert other.seen == []
    assert listener.seen == []


def test_127_0_0_1_is_a_look_alike_of_a_localhost_redirect(guarded, listener, loop):
    port = listener.base_url.rsplit(":", 1)[1]
    dialog = guarded(redirect_uri=f"http://localhost:{port}/callback")
    go(dialog, loop, f"{listener.base_url}/callback?code=a&state=b", lambda: dialog.messages)
    assert "looks like BadgeDesk's own sign-in address" in dialog.messages[0]
    assert listener.seen == []


def test_the_exact_redirect_uri_is_intercepted_not_loaded(guarded, listener, loop):
    dialog = guarded()
    go(
        dialog,
        loop,
        f"{listener.base_url}/callback?code=abc&state=forged",
        lambda: dialog.messages,
    )
    assert "did not belong to this sign-in" in dialog.messages[0]
    assert listener.seen == []


def test_subresources_from_other_hosts_load(guarded, web, loop):
    """The guard is on main-frame navigations only: a page's images may come from anywhere."""
    with loopback_server(Answer(200, b"GIF89a", "image/gif")) as images:
        dialog = guarded()
        script = f"var i = new Image(); i.src = {images.base_url + '/logo.gif'!r}; true"
        loop.run_until_complete(run_js(dialog, script))
        loop.run_until_complete(wait_for(lambda: images.seen))
    assert dialog.messages == []
    assert dialog.away_banner.isHidden()


def test_the_banner_follows_a_switch_to_a_dark_palette(guarded, qapp, qtbot):
    from PySide6.QtGui import QColor, QPalette

    from badgedesk.ui.style import (
        HINT_BANNER_ON_DARK,
        PROBLEM_BANNER_ON_DARK,
        WARNING_BANNER,
        WARNING_BANNER_ON_DARK,
    )

    dialog = guarded()
    assert dialog.away_banner.styleSheet() == WARNING_BANNER
    light = qapp.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor(40, 40, 40))
    try:
        qapp.setPalette(dark)
        qtbot.waitUntil(lambda: dialog.away_banner.styleSheet() == WARNING_BANNER_ON_DARK)
        assert dialog.message.styleSheet() == PROBLEM_BANNER_ON_DARK
        assert dialog.hint.styleSheet() == HINT_BANNER_ON_DARK
    finally:
        qapp.setPalette(light)
    qtbot.waitUntil(lambda: dialog.away_banner.styleSheet() == WARNING_BANNER)
