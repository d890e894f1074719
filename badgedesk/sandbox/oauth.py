"""The sandbox's OAuth2 server: the browser sign-in page, ``/o/token`` and token revocation,
and (badgr-oss) the JSON consent API ``/o/authorize`` that badgr-ui signs people in through.

Behaviour follows the notes on the real server: codes are single-use and short-lived, PKCE is
checked when a challenge was sent, refresh tokens rotate (the old pair dies), parameters must
be in the body, and failures start an exponential back-off answered with 429. With
``strict_oauth`` it follows RFC 9700 instead where the real server is lenient (see
``flavors.py`` for both and their sources).
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from badgedesk.sandbox.api import json_response
from badgedesk.sandbox.config import SandboxConfig
from badgedesk.sandbox.flavors import FlavorPolicy
from badgedesk.sandbox.pages import authorize_page, browsable_api_page, django_page, error_page
from badgedesk.sandbox.state import (
    CLIENT_ID,
    KNOWN_SCOPES,
    REDIRECT_URIS,
    CodeRecord,
    SandboxState,
    TokenRecord,
)

OAUTH_PARAMS = (
    "client_id",
    "redirect_uri",
    "response_type",
    "scope",
    "state",
    "code_challenge",
    "code_challenge_method",
)
GRANT_PARAMS = ("grant_type", "code", "refresh_token", "code_verifier", "password", "username")
PKCE_METHODS = ("plain", "S256")
"""RFC 7636 §4.2's methods, the only ones oauthlib knows."""
UI_CLIENT_ID = "public"
"""badgr-ui's own client, which signs in with the password grant (entry 1 of the recording)."""


def _redirect(uri: str, **query: str) -> RedirectResponse:
    values = {k: v for k, v in query.items() if v}
    return RedirectResponse(f"{uri}?{urlencode(values)}", status_code=302)


def _pkce_ok(challenge: str, method: str, verifier: str) -> bool:
    if method == "plain":
        return secrets.compare_digest(challenge, verifier)
    digest = hashlib.sha256(verifier.encode("ascii", errors="replace")).digest()
    expected = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    return secrets.compare_digest(challenge, expected)


class OAuthServer:
    """Route handlers; every state access holds the state lock."""

    def __init__(self, state: SandboxState, config: SandboxConfig, policy: FlavorPolicy) -> None:
        self.state = state
        self.config = config
        self.policy = policy

    # ------------------------------------------------------------ the browser page

    def _check_client(self, params: dict[str, str]) -> str | None:
        """A problem that must be shown on the page (never redirected), or ``None``."""
        if params.get("client_id") != CLIENT_ID:
            return "Unknown application (client_id)."
        if params.get("redirect_uri") not in REDIRECT_URIS:
            return "The redirect URI is not registered for this application."
        return None

    async def authorize(self, request: Request) -> Response:
        if request.method == "GET":
            params = {k: request.query_params.get(k, "") for k in OAUTH_PARAMS}
            form: dict[str, str] = {}
        else:
            data = await request.form()
            form = {k: str(v) for k, v in data.items()}
            params = {k: form.get(k, "") for k in OAUTH_PARAMS}
        problem = self._check_client(params)
        if problem:
            return HTMLResponse(error_page(problem), status_code=400)
        redirect_uri, state = params["redirect_uri"], params["state"]
        if params["response_type"] != "code":
            return _redirect(redirect_uri, error="unsupported_response_type", state=state)
        pkce_problem = self._pkce_problem(params, "plain")
        if pkce_problem:
            return _redirect(
                redirect_uri, error="invalid_request", error_description=pkce_problem, state=state
            )
        scopes = params["scope"].split() or ["r:profile"]
        if not set(scopes) <= KNOWN_SCOPES:
            return _redirect(redirect_uri, error="invalid_scope", state=state)
        if request.method == "GET":
            return HTMLResponse(authorize_page(params, scopes, None))
        if form.get("action") == "deny":
            return _redirect(redirect_uri, error="access_denied", state=state)
        with self.state.lock:
            user = self.state.user_by_email(form.get("email", ""))
            if user is None or not secrets.compare_digest(user.password, form.get("password", "")):
                return HTMLResponse(
                    authorize_page(
                        params, scopes, "The email or password is not right.", form.get("email", "")
                    )
                )
            code = self._new_code(user.entity_id, params, scopes, "plain")
        return _redirect(redirect_uri, code=code, state=state)

    def _pkce_problem(self, params: dict[str, str], default_method: str) -> str | None:
        """Why the request's PKCE parameters are refused (``invalid_request``), or ``None``.

        A method other than RFC 7636's two is refused, as oauthlib does; a challenge without a
        method uses ``default_method``. Strict mode requires an S256 challenge (RFC 9700
        §2.1.1: plain does not protect against a leaked authorization request).
        """
        if not params["code_challenge"]:
            return "Code challenge required." if self.config.strict_oauth else None
        method = params["code_challenge_method"] or default_method
        if method not in PKCE_METHODS:
            return "Transform algorithm not supported."
        if self.config.strict_oauth and method != "S256":
            return "Code challenge method S256 required."
        return None

    def _new_code(
        self, user: str, params: dict[str, str], scopes: list[str], default_method: str
    ) -> str:
        """A fresh authorization code (caller holds the lock)."""
        code = self.state.credential()
        challenge = params["code_challenge"] or None
        self.state.codes[code] = CodeRecord(
            user=user,
            redirect_uri=params["redirect_uri"],
            scopes=frozenset(scopes),
            challenge=challenge,
            method=(params["code_challenge_method"] or default_method) if challenge else None,
            expires_at=self.state.now() + timedelta(seconds=self.config.code_ttl),
        )
        return code

    # ------------------------------------------------------------ badgr-oss: /o/authorize

    async def consent_info(self, request: Request) -> Response:
        """``GET /o/authorize``: the application and the scopes asked for, as JSON; a browser
        gets the DRF page around it, which has no sign-in form (entry 4)."""
        params = {k: request.query_params.get(k, "") for k in OAUTH_PARAMS}
        problem = self._check_client(params)
        if problem:
            return JSONResponse({"error": problem}, status_code=400)
        scopes = [s for s in params["scope"].split() if s in KNOWN_SCOPES]
        answer = {
            "client_id": params["client_id"],
            "redirect_uri": params["redirect_uri"],
            "response_type": params["response_type"],
            "state": params["state"],
            "application": {"name": "BadgeDesk", "clientId": CLIENT_ID},
            "scopes": scopes,
        }
        if "text/html" in request.headers.get("accept", ""):
            base = str(request.base_url).rstrip("/")
            return HTMLResponse(browsable_api_page(base, json.dumps(answer, indent=4)))
        return json_response(request, answer)

    async def consent(self, request: Request) -> Response:
        """``POST /o/authorize``: a signed-in person (Bearer token) allows the application;
        the answer says where to send the browser (entries 1-3). A challenge without a method
        is S256 here: badgr-server's ``AuthorizationApiView.post`` defaults it so."""
        try:
            body = json.loads(await request.body() or b"{}")
        except ValueError:
            body = None
        body = body if isinstance(body, dict) else {}
        params = {k: str(body.get(k) or "") for k in OAUTH_PARAMS}
        with self.state.lock:
            token = self.state.bearer(request.headers.get("authorization", ""))
            if token is None:
                return JSONResponse(
                    {"error": "Incorrect authentication credentials."}, status_code=401
                )
            problem = self._check_client(params)
            if problem or params["response_type"] != "code":
                return JSONResponse({"error": problem or "unsupported_response_type"}, 400)
            if body.get("allow") is not True:
                return json_response(request, {"error": ""}, 400)
            scopes = [str(s) for s in body.get("scopes") or [] if s in KNOWN_SCOPES]
            pkce_problem = self._pkce_problem(params, "S256")
            if pkce_problem:  # oauthlib's error redirect, which the view hands back as is
                answer = {"error": "invalid_request", "error_description": pkce_problem}
            else:
                answer = {"code": self._new_code(token.user, params, scopes, "S256")}
        query = urlencode({**answer, "state": params["state"], "scope": " ".join(scopes)})
        return json_response(request, {"success_url": f"{params['redirect_uri']}?{query}"})

    # ------------------------------------------------------------ /o/token

    async def token(self, request: Request) -> Response:
        form = {k: str(v) for k, v in (await request.form()).items()}
        ip = request.client.host if request.client else "?"
        with self.state.lock:
            if any(k in request.query_params for k in GRANT_PARAMS):
                return self._fail(
                    ip,
                    400,
                    "invalid_request",
                    "Token grant parameters must be sent in post body, not query parameters",
                )
            throttled = self._throttled(ip)
            if throttled is not None:
                return throttled
            grant = form.get("grant_type") or "password"
            strict_code = self.config.strict_oauth and grant == "authorization_code"
            if strict_code and not form.get("client_id"):  # RFC 6749 §4.1.3, public clients
                return self._fail(ip, 400, "invalid_request", "Missing client_id.")
            clients = {CLIENT_ID}
            if self.policy.web_app_origin and grant == "password":
                clients.add(UI_CLIENT_ID)
            if form.get("client_id", CLIENT_ID) not in clients:
                return self._fail(ip, 401, "invalid_client")
            if grant == "authorization_code":
                result = self._code_grant(form)
            elif grant == "refresh_token":
                result = self._refresh_grant(form)
            elif grant == "password":
                result = self._password_grant(form)
            else:
                return self._fail(ip, 400, "unsupported_grant_type")
            if isinstance(result, str):
                return self._fail(ip, 400, result)
            self.state.token_failures.pop(ip, None)
            return JSONResponse(
                {
                    "access_token": result.access_token,
                    "token_type": "Bearer",
                    "expires_in": self.config.token_ttl,
                    "refresh_token": result.refresh_token,
                    "scope": " ".join(sorted(result.scopes)),
                },
                headers={"Cache-Control": "no-store"},
            )

    def _throttled(self, ip: str) -> Response | None:
        if not self.config.token_backoff or ip not in self.state.token_failures:
            return None
        _count, until = self.state.token_failures[ip]
        wait = (until - self.state.now()).total_seconds()
        if wait <= 0:
            return None
        return JSONResponse(
            {
                "error_description": "Too many login attempts. Please wait and try again.",
                "error": "login attempts throttled",
                "expires": max(1, round(wait)),
            },
            status_code=429,
        )

    def _fail(self, ip: str, status: int, error: str, description: str | None = None) -> Response:
        """An OAuth error; with back-off on, it also lengthens the wait (caller holds the lock)."""
        if self.config.token_backoff:
            count = self.state.token_failures.get(ip, (0, self.state.now()))[0] + 1
            wait = min(2**count, 3600)
            self.state.token_failures[ip] = (count, self.state.now() + timedelta(seconds=wait))
        body: dict[str, Any] = {"error": error}
        if description:
            body["error_description"] = description
        return JSONResponse(body, status_code=status)

    def _code_grant(self, form: dict[str, str]) -> TokenRecord | str:
        code = form.get("code", "")
        record = self.state.codes.get(code)
        if record is not None and record.used and self.config.strict_oauth:
            self.state.revoke_code_tokens(code)  # a replay: the code may have been stolen
        if record is None or record.used or record.expires_at <= self.state.now():
            return "invalid_grant"
        if form.get("redirect_uri") != record.redirect_uri:
            return "invalid_grant"
        if record.challenge is not None and record.method is not None:
            verifier = form.get("code_verifier", "")
            if not verifier or not _pkce_ok(record.challenge, record.method, verifier):
                return "invalid_grant"
        record.used = True
        return self.state.issue_tokens(record.user, record.scopes, self.config.token_ttl, code)

    def _refresh_grant(self, form: dict[str, str]) -> TokenRecord | str:
        access = self.state.refresh_index.pop(form.get("refresh_token", ""), None)
        old = self.state.tokens.get(access or "")
        if old is None or old.revoked:
            return "invalid_grant"
        old.revoked = True  # rotation: the old access token dies with its refresh token
        return self.state.issue_tokens(old.user, old.scopes, self.config.token_ttl, old.code)

    def _password_grant(self, form: dict[str, str]) -> TokenRecord | str:
        user = self.state.user_by_email(form.get("username", ""))
        if user is None or not secrets.compare_digest(user.password, form.get("password", "")):
            return "invalid_grant"
        scopes = form.get("scope", "r:profile").split() or ["r:profile"]
        if not set(scopes) <= KNOWN_SCOPES:
            return "invalid scope requested"
        return self.state.issue_tokens(user.entity_id, frozenset(scopes), self.config.token_ttl)

    async def revoke_token(self, request: Request) -> Response:
        token = str((await request.form()).get("token", ""))
        with self.state.lock:
            access = self.state.refresh_index.pop(token, None) or token
            record = self.state.tokens.get(access)
            if record is not None:
                record.revoked = True
                self.state.refresh_index.pop(record.refresh_token, None)
        return HTMLResponse("")  # entry 41: 200, text/html, no body

    @staticmethod
    async def revoke_token_without_slash(request: Request) -> Response:
        """Entry 40: Django cannot append the slash to a POST; nothing is revoked."""
        return HTMLResponse(
            django_page(
                f"RuntimeError at {request.url.path}",
                "You called this URL via POST, but the URL doesn't end in a slash and you have "
                "APPEND_SLASH set.",
            ),
            status_code=500,
        )
