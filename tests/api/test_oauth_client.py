"""Signing in and refreshing against the sandbox's OAuth server, and keeping tokens secret."""

from __future__ import annotations

import asyncio
import logging

import pytest

from badgedesk.api import AuthenticationError, BadgesClient, RateLimitedError
from badgedesk.auth import (
    OAuthClient,
    OAuthConfig,
    OAuthError,
    RefreshingTokenProvider,
    TokenSet,
    authorization_url,
    make_pkce,
    make_state,
)
from badgedesk.sandbox import (
    ALL_SCOPES,
    CLIENT_ID,
    DEMO_EMAIL,
    REDIRECT_URIS,
    SandboxConfig,
    SandboxServer,
)
from tests.oauth_flow import submit_login


def oauth_config(base_url: str) -> OAuthConfig:
    return OAuthConfig(
        authorize_url=f"{base_url}/auth/oauth2/authorize",
        token_url=f"{base_url}/o/token",
        revoke_url=f"{base_url}/o/revoke_token",
        client_id=CLIENT_ID,
        redirect_uri=REDIRECT_URIS[0],
        scopes=ALL_SCOPES,
    )


@pytest.fixture
def oauth(sandbox, run):
    client = OAuthClient(oauth_config(sandbox.base_url))
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
