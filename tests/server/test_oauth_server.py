"""The sandbox's OAuth server, driven with plain httpx as a browser and a client would."""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest

from badgedesk.sandbox import (
    ALL_SCOPES,
    CLIENT_ID,
    DEMO_EMAIL,
    DEMO_PASSWORD,
    REDIRECT_URIS,
    SandboxConfig,
    SandboxServer,
)
from tests.oauth_flow import submit_login

VERIFIER = "v" * 20 + "-correct-horse-battery-staple-verifier"
CHALLENGE = base64.urlsafe_b64encode(hashlib.sha256(VERIFIER.encode()).digest()).rstrip(b"=")


def authorize_url(base: str, **overrides: str) -> str:
    query = {
        "client_id": CLIENT_ID,
        "redirect_uri": REDIRECT_URIS[0],
        "response_type": "code",
        "scope": ALL_SCOPES,
        "state": "xyz-state",
        "code_challenge": CHALLENGE.decode(),
        "code_challenge_method": "S256",
        **overrides,
    }
    return f"{base}/auth/oauth2/authorize?{urlencode(query)}"


def exchange(base: str, code: str, verifier: str = VERIFIER, **extra: str) -> httpx.Response:
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": REDIRECT_URIS[0],
        "client_id": CLIENT_ID,
        "code_verifier": verifier,
        **extra,
    }
    sent = {key: value for key, value in form.items() if value}  # "" leaves a parameter out
    return httpx.post(f"{base}/o/token", data=sent)


def refresh(base: str, refresh_token: str) -> httpx.Response:
    form = {"grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": CLIENT_ID}
    return httpx.post(f"{base}/o/token", data=form)


def me(base: str, token: str) -> httpx.Response:
    return httpx.get(f"{base}/v2/users/self", headers={"Authorization": f"Bearer {token}"})


def test_authorize_page_has_the_stable_form(sandbox):
    page = httpx.get(authorize_url(sandbox.web_url))
    assert page.status_code == 200
    for marker in ('id="login-form"', 'id="email"', 'id="password"', 'id="allow"', 'id="deny"'):
        assert marker in page.text
    assert DEMO_EMAIL in page.text, "the sandbox banner shows the demo login"
    assert page.text.index('id="allow"') < page.text.index('id="deny"'), (
        "Enter in the password field submits the first button: it must allow"
    )
    assert "Award, edit and revoke badges" in page.text, "scopes are described"


def test_code_flow_with_pkce(sandbox):
    answer = submit_login(authorize_url(sandbox.web_url))
    assert answer["state"] == "xyz-state"
    token = exchange(sandbox.base_url, answer["code"])
    assert token.status_code == 200
    body = token.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 86400
    assert set(body["scope"].split()) == set(ALL_SCOPES.split())
    assert me(sandbox.base_url, body["access_token"]).status_code == 200


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("wrong verifier", "invalid_grant"),
        ("no verifier", "invalid_grant"),
        ("wrong redirect", "invalid_grant"),
        ("reused", "invalid_grant"),
        ("expired", "invalid_grant"),
        ("wrong client", "invalid_client"),
    ],
)
def test_bad_exchanges_are_refused(sandbox, case, expected):
    code = submit_login(authorize_url(sandbox.web_url))["code"]
    if case == "wrong verifier":
        answer = exchange(sandbox.base_url, code, verifier="x" * 50)
    elif case == "no verifier":
        answer = exchange(sandbox.base_url, code, verifier="")
    elif case == "wrong redirect":
        answer = exchange(sandbox.base_url, code, redirect_uri="http://127.0.0.1:9999/callback")
    elif case == "reused":
        assert exchange(sandbox.base_url, code).status_code == 200
        answer = exchange(sandbox.base_url, code)
    elif case == "expired":
        sandbox.advance_clock(61)
        answer = exchange(sandbox.base_url, code)
    else:
        answer = exchange(sandbox.base_url, code, client_id="someone-else")
    assert answer.status_code in (400, 401)
    assert answer.json()["error"] == expected
    assert "status" not in answer.json(), "OAuth errors are not enveloped"


def test_unregistered_redirect_is_an_error_page_not_a_redirect(sandbox):
    for bad in ("http://127.0.0.1:8401/callback", "http://evil.example/callback"):
        page = httpx.get(authorize_url(sandbox.web_url, redirect_uri=bad))
        assert page.status_code == 400
        assert "location" not in page.headers
        assert "not registered" in page.text
    assert httpx.get(authorize_url(sandbox.web_url, client_id="nope")).status_code == 400


def test_both_registered_redirects_work(sandbox):
    for uri in REDIRECT_URIS:
        answer = submit_login(authorize_url(sandbox.web_url, redirect_uri=uri))
        token = exchange(sandbox.base_url, answer["code"], redirect_uri=uri)
        assert token.status_code == 200


def test_deny_and_unknown_scope_redirect_with_an_error(sandbox):
    denied = submit_login(authorize_url(sandbox.web_url), action="deny")
    assert denied == {"error": "access_denied", "state": "xyz-state"}
    scoped = httpx.get(authorize_url(sandbox.web_url, scope="rw:everything"))
    assert scoped.status_code == 302
    assert "error=invalid_scope" in scoped.headers["location"]


def test_wrong_password_shows_the_page_again(sandbox):
    page = httpx.get(authorize_url(sandbox.web_url))
    hidden = dict(
        client_id=CLIENT_ID,
        redirect_uri=REDIRECT_URIS[0],
        response_type="code",
        scope=ALL_SCOPES,
        state="s",
        code_challenge=CHALLENGE.decode(),
        code_challenge_method="S256",
    )
    answer = httpx.post(
        str(page.url), data={**hidden, "email": DEMO_EMAIL, "password": "wrong", "action": "allow"}
    )
    assert answer.status_code == 200
    assert "not right" in answer.text
    assert 'id="login-form"' in answer.text
    assert f'value="{DEMO_EMAIL}"' in answer.text, "the email typed is kept"


def test_refresh_rotates_the_pair(sandbox):
    pair = sandbox.mint_token()
    answer = refresh(sandbox.base_url, pair.refresh_token)
    assert answer.status_code == 200
    fresh = answer.json()
    assert fresh["refresh_token"] != pair.refresh_token
    assert me(sandbox.base_url, pair.access_token).status_code == 401
    assert me(sandbox.base_url, fresh["access_token"]).status_code == 200
    again = refresh(sandbox.base_url, pair.refresh_token)
    assert again.json() == {"error": "invalid_grant"}


def test_revoke_token_and_expiry(sandbox):
    pair = sandbox.mint_token()
    revoking = httpx.post(
        f"{sandbox.base_url}/o/revoke_token/",
        data={"token": pair.access_token, "client_id": CLIENT_ID},
    )
    assert revoking.status_code == 200
    assert revoking.headers["content-type"].startswith("text/html")
    assert revoking.content == b""
    revoked = me(sandbox.base_url, pair.access_token)
    assert revoked.status_code == 401
    assert revoked.json()["status"]["description"] == "no valid auth token found"
    assert "www-authenticate" not in revoked.headers
    other = sandbox.mint_token(ttl=30)
    sandbox.advance_clock(31)
    assert me(sandbox.base_url, other.access_token).status_code == 401


def test_revoke_token_without_the_slash_revokes_nothing(sandbox):
    """As recorded (entry "sign-out revokes (revoke_url /o/revoke_token, ...)"), in both
    flavours: Django cannot add the slash to a POST, so it answers 500 and the token lives."""
    pair = sandbox.mint_token()
    answer = httpx.post(
        f"{sandbox.base_url}/o/revoke_token",
        data={"token": pair.access_token, "client_id": CLIENT_ID},
    )
    assert answer.status_code == 500
    assert answer.headers["content-type"].startswith("text/html")
    assert me(sandbox.base_url, pair.access_token).status_code == 200
    assert refresh(sandbox.base_url, pair.refresh_token).status_code == 200


def test_grant_parameters_in_the_query_are_refused(sandbox):
    answer = httpx.post(f"{sandbox.base_url}/o/token?grant_type=password&username=x")
    assert answer.status_code == 400
    assert "post body" in answer.json()["error_description"]


def test_password_grant(sandbox):
    answer = httpx.post(
        f"{sandbox.base_url}/o/token",
        data={
            "username": DEMO_EMAIL,
            "password": DEMO_PASSWORD,
            "client_id": CLIENT_ID,
            "scope": "r:profile rw:issuer",
        },
    )
    assert answer.status_code == 200
    assert answer.json()["scope"] == "r:profile rw:issuer"


def test_failures_start_a_backoff():
    with SandboxServer(SandboxConfig(token_backoff=True)) as server:
        first = refresh(server.base_url, "nope")
        assert first.status_code == 400
        second = refresh(server.base_url, "nope")
        assert second.status_code == 429
        assert second.json()["error"] == "login attempts throttled"
        assert second.json()["expires"] == 2
        server.advance_clock(3)
        pair = server.mint_token()
        third = refresh(server.base_url, pair.refresh_token)
        assert third.status_code == 200


def test_scopes_are_enforced(sandbox):
    profile = sandbox.mint_token(scope="r:profile").access_token
    headers = {"Authorization": f"Bearer {profile}"}
    assert httpx.get(f"{sandbox.base_url}/v2/users/self", headers=headers).status_code == 200
    for path in ("/v2/issuers", "/v2/backpack/assertions", "/v2/backpack/collections"):
        answer = httpx.get(f"{sandbox.base_url}{path}", headers=headers)
        assert answer.status_code == 404, path
    reader = sandbox.mint_token(scope="r:backpack").access_token
    headers = {"Authorization": f"Bearer {reader}"}
    assert httpx.get(f"{sandbox.base_url}/v2/backpack/assertions", headers=headers).is_success
    write = httpx.post(
        f"{sandbox.base_url}/v2/backpack/collections", json={"name": "x"}, headers=headers
    )
    assert write.status_code == 404


def test_tokens_differ_between_sandboxes_with_the_same_seed():
    with SandboxServer(SandboxConfig()) as one, SandboxServer(SandboxConfig()) as two:
        assert one.mint_token().access_token != two.mint_token().access_token


def refused_at_authorize(answer: httpx.Response, description: str) -> None:
    """RFC 6749 §4.1.2.1: a valid redirect URI gets the error, never a sign-in page."""
    assert answer.status_code == 302, answer.text[:200]
    location = answer.headers["location"]
    assert location.startswith(REDIRECT_URIS[0] + "?")
    query = parse_qs(urlsplit(location).query)
    assert query["error"] == ["invalid_request"]
    assert query["error_description"] == [description]
    assert query["state"] == ["xyz-state"]
    assert "code" not in query


def test_a_challenge_without_a_method_is_plain(sandbox):
    """RFC 7636 §4.3 (and oauthlib): a missing method means plain, so the verifier is the
    challenge itself, and the verifier of an S256 reading of it is refused."""
    url = authorize_url(sandbox.web_url, code_challenge_method="")
    as_s256 = exchange(sandbox.base_url, submit_login(url)["code"], verifier=VERIFIER)
    assert as_s256.json() == {"error": "invalid_grant"}
    as_plain = exchange(sandbox.base_url, submit_login(url)["code"], verifier=CHALLENGE.decode())
    assert as_plain.status_code == 200


def test_an_unknown_challenge_method_is_refused(sandbox):
    """RFC 7636 §4.4.1 and oauthlib 3.1.0: only plain and S256; no page, no code."""
    for method in ("S512", "s256"):
        answer = httpx.get(authorize_url(sandbox.web_url, code_challenge_method=method))
        refused_at_authorize(answer, "Transform algorithm not supported.")


def test_a_verifier_for_a_code_without_challenge_is_ignored_by_default(sandbox):
    """As oauthlib 3.1.0 with DOT's PKCE_REQUIRED off: no challenge, nothing checked."""
    url = authorize_url(sandbox.web_url, code_challenge="", code_challenge_method="")
    code = submit_login(url)["code"]
    assert exchange(sandbox.base_url, code, verifier="anything-at-all").status_code == 200


def test_without_client_id_the_exchange_passes_by_default(sandbox):
    code = submit_login(authorize_url(sandbox.web_url))["code"]
    assert exchange(sandbox.base_url, code, client_id="").status_code == 200


def test_a_replayed_code_leaves_the_tokens_alive_by_default(sandbox):
    code = submit_login(authorize_url(sandbox.web_url))["code"]
    first = exchange(sandbox.base_url, code).json()
    assert exchange(sandbox.base_url, code).json() == {"error": "invalid_grant"}
    assert me(sandbox.base_url, first["access_token"]).status_code == 200


@pytest.fixture
def strict(flavor):
    with SandboxServer(
        SandboxConfig(flavor=flavor, token_backoff=False, strict_oauth=True)
    ) as server:
        yield server


@pytest.mark.parametrize(
    ("overrides", "description"),
    [
        ({"code_challenge": "", "code_challenge_method": ""}, "Code challenge required."),
        ({"code_challenge_method": "plain"}, "Code challenge method S256 required."),
        ({"code_challenge_method": ""}, "Code challenge method S256 required."),
        ({"code_challenge_method": "S512"}, "Transform algorithm not supported."),
    ],
    ids=["no challenge", "plain", "no method (plain)", "S512"],
)
def test_strict_mode_requires_s256_pkce(strict, overrides, description):
    """RFC 9700 §2.1.1: PKCE with S256 for every code, refused before the sign-in page."""
    refused_at_authorize(httpx.get(authorize_url(strict.web_url, **overrides)), description)
    query = urlsplit(authorize_url(strict.web_url, **overrides)).query
    form = {k: v[0] for k, v in parse_qs(query).items()}
    posted = httpx.post(
        f"{strict.web_url}/auth/oauth2/authorize",
        data={**form, "email": DEMO_EMAIL, "password": DEMO_PASSWORD, "action": "allow"},
    )
    refused_at_authorize(posted, description)


def test_strict_mode_signs_in_with_s256(strict):
    code = submit_login(authorize_url(strict.web_url))["code"]
    token = exchange(strict.base_url, code)
    assert token.status_code == 200
    assert me(strict.base_url, token.json()["access_token"]).status_code == 200


@pytest.mark.parametrize(
    ("client_id", "status", "error"),
    [("", 400, "invalid_request"), ("someone-else", 401, "invalid_client")],
    ids=["missing", "wrong"],
)
def test_strict_mode_requires_the_codes_client(strict, client_id, status, error):
    """RFC 6749 §4.1.3: a public client names itself; the code is unused after the refusal."""
    code = submit_login(authorize_url(strict.web_url))["code"]
    answer = exchange(strict.base_url, code, client_id=client_id)
    assert answer.status_code == status
    assert answer.json()["error"] == error
    assert exchange(strict.base_url, code).status_code == 200


def test_strict_mode_revokes_the_tokens_of_a_replayed_code(strict):
    """RFC 6749 §4.1.2 and §10.5: the replay is refused and every token issued for the
    code dies, including pairs refreshed from it; other sign-ins live on."""
    other = exchange(strict.base_url, submit_login(authorize_url(strict.web_url))["code"])
    code = submit_login(authorize_url(strict.web_url))["code"]
    first = exchange(strict.base_url, code).json()
    rotated = refresh(strict.base_url, first["refresh_token"]).json()
    assert me(strict.base_url, rotated["access_token"]).status_code == 200
    replay = exchange(strict.base_url, code)
    assert replay.status_code == 400
    assert replay.json() == {"error": "invalid_grant"}
    assert me(strict.base_url, rotated["access_token"]).status_code == 401
    assert refresh(strict.base_url, rotated["refresh_token"]).json() == {"error": "invalid_grant"}
    assert me(strict.base_url, other.json()["access_token"]).status_code == 200
