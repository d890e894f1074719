"""Signing in and refreshing against the sandbox's OAuth server, and keeping tokens secret."""

from __future__ import annotations

import asyncio
import logging
import socket

import httpx
import pytest

from badgedesk.api.client import BadgesClient
from badgedesk.api.errors import AuthenticationError, RateLimitedError
from badgedesk.auth import (
    OAuthClient,
    OAuthError,
    RefreshingTokenProvider,
    TokenSet,
    authorization_url,
    make_pkce,
    make_state,
)
from badgedesk.sandbox import (
    ALL_SCOPES,
    DEMO_EMAIL,
    SandboxConfig,
    SandboxServer,
)
from tests.loopback_http import Answer, closed_port_url, loopback_server
from tests.oauth_flow import oauth_config, submit_login

# The client signs in both on a sandbox as lenient as the real server and on one that enforces
# RFC 9700 (``--strict-oauth``).
pytestmark = pytest.mark.strict_and_lenient_oauth


@pytest.fixture
def oauth(sandbox, run):
    client = OAuthClient(oauth_config(sandbox.base_url, sandbox.web_url))
    yield client
    run(client.aclose())


def sign_in(oauth: OAuthClient, run) -> TokenSet:
    pkce, state = make_pkce(), make_state()
    answer = submit_login(authorization_url(oauth.config, state=state, pkce=pkce))
    assert answer["state"] == state
    return run(oauth.exchange_code(answer["code"], pkce))


def test_pkce_pair_is_s256():
    import base64
    import hashlib

    pkce = make_pkce()
    assert 43 <= len(pkce.verifier) <= 128
    digest = hashlib.sha256(pkce.verifier.encode()).digest()
    assert pkce.challenge == base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    assert pkce.verifier not in repr(pkce)


def test_sign_in_then_use_the_api(oauth, sandbox, run):
    tokens = sign_in(oauth, run)
    assert tokens.scopes == frozenset(ALL_SCOPES.split())
    assert tokens.refresh_token

    async def who():
        provider = RefreshingTokenProvider(oauth, tokens)
        async with BadgesClient(sandbox.base_url, provider) as client:
            return await client.users_self()

    assert any(e.email == DEMO_EMAIL for e in run(who()).emails)


def test_wrong_verifier_is_refused_readably(oauth, run):
    pkce, other = make_pkce(), make_pkce()
    answer = submit_login(authorization_url(oauth.config, state=make_state(), pkce=pkce))
    with pytest.raises(OAuthError) as caught:
        run(oauth.exchange_code(answer["code"], other))
    assert caught.value.error_code == "invalid_grant"
    assert "sign in again" in str(caught.value)


def test_expired_access_token_is_refreshed_once_for_concurrent_calls(oauth, sandbox, run):
    tokens = sign_in(oauth, run)
    saved: list[TokenSet] = []
    provider = RefreshingTokenProvider(oauth, tokens, on_change=saved.append)
    sandbox.expire_access_tokens()
    sandbox.clear_requests()

    async def many():
        async with BadgesClient(sandbox.base_url, provider) as client:
            return await asyncio.gather(*(client.users_self() for _ in range(5)))

    assert len(run(many())) == 5
    assert len([r for r in sandbox.requests if r.path.startswith("/o/token")]) == 1
    assert len(saved) == 1
    assert provider.tokens.access_token != tokens.access_token
    with pytest.raises(OAuthError):
        run(oauth.refresh(tokens.refresh_token or ""))  # rotated: the old one is dead


def test_refresh_failure_is_an_authentication_error(oauth, sandbox, run):
    tokens = sign_in(oauth, run)
    run(oauth.revoke(tokens.refresh_token or ""))
    sandbox.expire_access_tokens()

    async def call():
        async with BadgesClient(sandbox.base_url, RefreshingTokenProvider(oauth, tokens)) as c:
            await c.users_self()

    with pytest.raises(AuthenticationError):
        run(call())


def test_token_endpoint_backoff_is_reported_with_the_wait(run):
    with SandboxServer(SandboxConfig(token_backoff=True)) as server:
        oauth = OAuthClient(oauth_config(server.base_url))
        with pytest.raises(OAuthError):
            run(oauth.refresh("no-such-refresh-token"))
        with pytest.raises(RateLimitedError) as caught:
            run(oauth.refresh("no-such-refresh-token"))
        run(oauth.aclose())
    assert caught.value.retry_after is not None
    assert caught.value.retry_after > 0


def test_tokens_never_reach_logs_errors_or_reprs(oauth, sandbox, run, caplog):
    caplog.set_level(logging.DEBUG)
    tokens = sign_in(oauth, run)
    provider = RefreshingTokenProvider(oauth, tokens)
    sandbox.expire_access_tokens()
    sandbox.faults.enqueue("error500", count=1)
    errors: list[Exception] = []

    async def session():
        async with BadgesClient(sandbox.base_url, provider) as client:
            await client.users_self()
            for call in (client.get_assertion("AAAAAAAAAAAAAAAAAAAAAA"), client.list_issuers()):
                try:
                    await call
                except Exception as error:
                    errors.append(error)
            run_revoke = oauth.revoke(provider.tokens.access_token)
            await run_revoke
            try:
                await client.users_self()
            except AuthenticationError as error:
                errors.append(error)

    sandbox.faults.enqueue("error500", count=10, path_prefix="/v2/issuers")
    run(session())
    assert len(errors) == 3
    secrets = {
        tokens.access_token,
        tokens.refresh_token,
        provider.tokens.access_token,
        provider.tokens.refresh_token,
    }
    texts = [caplog.text, repr(tokens), repr(provider), repr(provider.tokens)]
    texts += [f"{e!s} {e!r} {getattr(e, 'detail', '')}" for e in errors]
    for secret in secrets:
        assert secret
        for text in texts:
            assert secret not in text


def test_revoke_is_confirmed_and_the_tokens_die(oauth, sandbox, run):
    tokens = sign_in(oauth, run)
    sandbox.clear_requests()
    assert run(oauth.revoke(tokens.refresh_token or "")) is True
    assert run(oauth.revoke(tokens.access_token)) is True
    assert [(r.method, r.path) for r in sandbox.requests] == [("POST", "/o/revoke_token/")] * 2
    me = httpx.get(
        f"{sandbox.base_url}/v2/users/self",
        headers={"Authorization": f"Bearer {tokens.access_token}"},
    )
    assert me.status_code == 401
    with pytest.raises(OAuthError) as caught:
        run(oauth.refresh(tokens.refresh_token or ""))
    assert caught.value.error_code == "invalid_grant"


@pytest.mark.parametrize("status", [500, 404, 400])
def test_revoke_answered_with_an_error_is_not_confirmed(run, status):
    with loopback_server(Answer(status, b"<h1>RuntimeError at /o/revoke_token</h1>")) as server:
        oauth = OAuthClient(oauth_config(server.base_url))
        assert run(oauth.revoke("a-token")) is False
        run(oauth.aclose())
    assert [(s.method, s.path) for s in server.seen] == [("POST", "/o/revoke_token/")]


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_revoke_follows_no_redirect(run, status):
    moved = Answer(status, headers={"Location": "{base}/o/revoke_token/elsewhere/"})
    with loopback_server(moved) as server:
        oauth = OAuthClient(oauth_config(server.base_url))
        assert run(oauth.revoke("a-token")) is False, "a redirect confirms nothing"
        run(oauth.aclose())
    assert len(server.seen) == 1, "the token was not sent on to where the redirect pointed"


def test_revoke_at_an_unreachable_server_is_not_confirmed(run):
    oauth = OAuthClient(oauth_config(closed_port_url()))
    assert run(oauth.revoke("a-token")) is False
    run(oauth.aclose())


def test_revoke_has_a_deadline(run, monkeypatch):
    """A server that takes the connection and never answers: not confirmed, and soon."""
    monkeypatch.setattr("badgedesk.auth.oauth.REVOKE_DEADLINE_SECONDS", 0.5)
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        oauth = OAuthClient(oauth_config(f"http://127.0.0.1:{silent.getsockname()[1]}"))

        async def timed():
            started = asyncio.get_running_loop().time()
            confirmed = await oauth.revoke("a-token")
            return confirmed, asyncio.get_running_loop().time() - started

        confirmed, seconds = run(timed())
        run(oauth.aclose())
    assert confirmed is False
    assert seconds < 5
