"""The sandbox as one ASGI application: routes, public Open Badges pages, and a middleware
that records requests and injects latency and faults. In the badgr-oss flavour the sign-in
page is served on a second origin (badgr-ui's), chosen by the port a request came in on.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from email.utils import format_datetime
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from badgedesk.baking import PNG, bake_png
from badgedesk.sandbox.api import (
    BACKPACK_READ,
    BACKPACK_WRITE,
    ISSUER,
    NOT_FOUND,
    PROFILE_READ,
    ApiServer,
    Handler,
    Problem,
)
from badgedesk.sandbox.config import SandboxConfig
from badgedesk.sandbox.flavors import POLICIES
from badgedesk.sandbox.images import disc_png
from badgedesk.sandbox.oauth import OAuthServer
from badgedesk.sandbox.pages import collection_page, django_page
from badgedesk.sandbox.shapes import public_assertion, public_badge, public_issuer, ts
from badgedesk.sandbox.state import RecordedRequest, SandboxState

_ERROR_PAGE = (
    "<!DOCTYPE html><html><head><title>Server Error (500)</title></head>"
    "<body><h1>Server Error (500)</h1><p>Something went wrong on the sandbox (injected)."
    "</p></body></html>"
)


ISSUER_COLOUR = (72, 84, 96)


class DroppedConnection(Exception):
    """Raised after a partial response so that uvicorn closes the connection."""


def create_app(state: SandboxState, config: SandboxConfig, web_port: int | None = None) -> ASGIApp:
    """The API origin's app; with the badgr-oss flavour, requests that arrive on ``web_port``
    go to the web app's (the sign-in page)."""
    policy = POLICIES[config.flavor]
    api = ApiServer(state, policy)
    oauth = OAuthServer(state, config, policy)
    public = PublicPages(state)

    def v2(path: str, methods: list[str], handler: Handler, scopes: tuple[str, ...]) -> Route:
        return Route(path, api.endpoint(handler, scopes), methods=methods)

    sign_in = Route("/auth/oauth2/authorize", oauth.authorize, methods=["GET", "POST"])
    if policy.web_app_origin:
        consent = [
            Route("/o/authorize", oauth.consent_info, methods=["GET"]),
            Route("/o/authorize", oauth.consent, methods=["POST"]),
        ]
    else:
        consent = [sign_in]
    routes = [
        *consent,
        Route("/o/token", oauth.token, methods=["POST"]),
        Route("/o/token/", oauth.token, methods=["POST"]),
        Route("/o/revoke_token", oauth.revoke_token_without_slash, methods=["POST"]),
        Route("/o/revoke_token/", oauth.revoke_token, methods=["POST"]),
        v2("/v2/users/self", ["GET"], api.users_self, PROFILE_READ),
        v2("/v2/issuers", ["GET"], api.issuers, ISSUER),
        v2("/v2/issuers", ["POST"], api.create_issuer, ISSUER),
        v2("/v2/issuers/{id}", ["GET"], api.issuer, ISSUER),
        v2("/v2/issuers/{id}", ["PUT"], api.update_issuer, ISSUER),
        v2("/v2/issuers/{id}/badgeclasses", ["GET"], api.badgeclasses, ISSUER),
        v2("/v2/issuers/{id}/badgeclasses", ["POST"], api.create_badgeclass, ISSUER),
        v2("/v2/issuers/{id}/assertions", ["GET"], api.list_assertions, ISSUER),
        v2("/v2/issuers/{id}/assertions", ["POST"], api.award, ISSUER),
        v2("/v2/badgeclasses", ["GET"], api.badgeclasses, ISSUER),
        v2("/v2/badgeclasses", ["POST"], api.create_badgeclass, ISSUER),
        v2("/v2/badgeclasses/{id}", ["GET"], api.badgeclass, ISSUER),
        v2("/v2/badgeclasses/{id}", ["PUT"], api.update_badgeclass, ISSUER),
        v2("/v2/badgeclasses/{id}", ["DELETE"], api.delete_badgeclass, ISSUER),
        v2("/v2/badgeclasses/{id}/assertions", ["GET"], api.list_assertions, ISSUER),
        v2("/v2/badgeclasses/{id}/assertions", ["POST"], api.award, ISSUER),
        v2("/v2/badgeclasses/{id}/issue", ["POST"], api.issue_batch, ISSUER),
        v2("/v2/assertions/revoke", ["POST"], api.revoke_batch, ISSUER),
        v2("/v2/assertions/{id}", ["GET"], api.get_assertion, ISSUER),
        v2("/v2/assertions/{id}", ["PUT"], api.update_assertion, ISSUER),
        v2("/v2/assertions/{id}", ["DELETE"], api.revoke, ISSUER),
        v2("/v2/backpack/assertions", ["GET"], api.backpack, BACKPACK_READ),
        v2("/v2/backpack/assertions", ["POST"], api.backpack_post, BACKPACK_WRITE),
        v2("/v2/backpack/assertions/{id}", ["GET"], api.backpack_assertion, BACKPACK_READ),
        v2("/v2/backpack/assertions/{id}", ["PUT"], api.set_acceptance, BACKPACK_WRITE),
        v2("/v2/backpack/assertions/{id}", ["DELETE"], api.remove_from_backpack, BACKPACK_WRITE),
        v2("/v2/backpack/import", ["POST"], api.import_badge, BACKPACK_WRITE),
        v2("/v2/backpack/collections", ["GET"], api.collections, BACKPACK_READ),
        v2("/v2/backpack/collections", ["POST"], api.create_collection, BACKPACK_WRITE),
        v2("/v2/backpack/collections/{id}", ["GET"], api.get_collection, BACKPACK_READ),
        v2("/v2/backpack/collections/{id}", ["PUT"], api.update_collection, BACKPACK_WRITE),
        v2("/v2/backpack/collections/{id}", ["DELETE"], api.delete_collection, BACKPACK_WRITE),
        Route("/public/assertions/{id}", public.assertion),
        Route("/public/assertions/{id}/image", public.assertion_image),
        Route("/public/badges/{id}", public.badge),
        Route("/public/badges/{id}/image", public.badge_image),
        Route("/public/issuers/{id}", public.issuer),
        Route("/public/issuers/{id}/image", public.issuer_image),
        Route("/public/collections/{share}", public.collection),
    ]

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if policy.oss and exc.status_code == 404:  # probe 34: Django's page, for any path
            page = django_page(
                f"Page not found at {request.url.path}",
                "The current path didn't match any of the URL patterns.",
            )
            return HTMLResponse(page, status_code=404)
        if not request.url.path.startswith("/v2/"):
            return PlainTextResponse(exc.detail, status_code=exc.status_code)
        if exc.status_code == 405:
            problem = Problem(
                405,
                "miscellaneous error",
                field_errors=f'Method "{request.method}" not allowed.',
            )
        else:
            problem = Problem(exc.status_code, NOT_FOUND)
        return api.problem_response(request, problem)

    def starlette(served: list[Route]) -> Starlette:
        made = Starlette(routes=served, exception_handlers={HTTPException: http_error})
        made.router.redirect_slashes = False  # /v2/issuers/ is a 404 on the real server too
        return made

    app: ASGIApp = starlette(routes)
    if policy.web_app_origin and web_port is not None:
        app = ByPort(app, starlette([sign_in]), web_port)
    return FaultsAndRecording(app, state)


class ByPort:
    """Two origins from one server: requests to ``web_port`` go to ``web``."""

    def __init__(self, api: ASGIApp, web: ASGIApp, web_port: int) -> None:
        self.api = api
        self.web = web
        self.web_port = web_port

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        server = scope.get("server") or (None, None)
        app = self.web if server[1] == self.web_port else self.api
        await app(scope, receive, send)


class PublicPages:
    """Unauthenticated Open Badges 2 documents, so every URL inside an object resolves."""

    def __init__(self, state: SandboxState) -> None:
        self.state = state

    def _document(
        self,
        request: Request,
        table: dict[str, Any],
        render: Callable[[Any, str], dict[str, Any]],
    ) -> Response:
        base = str(request.base_url).rstrip("/")
        with self.state.lock:
            record = self.state.find(table, request.path_params["id"])
            if record is None or getattr(record, "source_url", None) is not None:
                return JSONResponse({"error": "not found"}, status_code=404)
            # JSON-LD documents, typed as such (entries 50 and 64 of the recording)
            return Response(json.dumps(render(record, base)), media_type="application/ld+json")

    async def assertion(self, request: Request) -> Response:
        return self._document(request, self.state.assertions, public_assertion)

    async def badge(self, request: Request) -> Response:
        return self._document(request, self.state.badgeclasses, public_badge)

    async def issuer(self, request: Request) -> Response:
        return self._document(request, self.state.issuers, public_issuer)

    async def assertion_image(self, request: Request) -> Response:
        with self.state.lock:
            record = self.state.find(self.state.assertions, request.path_params["id"])
            badgeclass = record and self.state.badgeclasses.get(record.badgeclass or "")
            if record is None or record.revoked or badgeclass is None:
                return PlainTextResponse("Not found", status_code=404)
            url = f"{str(request.base_url).rstrip('/')}/public/assertions/{record.entity_id}"
            picture = badgeclass.image if badgeclass.image_type == PNG else None
            baked = bake_png(picture or disc_png(badgeclass.colour), url)
            return Response(baked, media_type=PNG)

    async def badge_image(self, request: Request) -> Response:
        """The uploaded image, else a disc of the badge class's colour."""
        with self.state.lock:
            badgeclass = self.state.find(self.state.badgeclasses, request.path_params["id"])
            if badgeclass is None:
                return PlainTextResponse("Not found", status_code=404)
            if badgeclass.image is not None:
                return Response(badgeclass.image, media_type=badgeclass.image_type)
            return Response(disc_png(badgeclass.colour), media_type=PNG)

    async def issuer_image(self, request: Request) -> Response:
        with self.state.lock:
            issuer = self.state.find(self.state.issuers, request.path_params["id"])
            if issuer is None:
                return PlainTextResponse("Not found", status_code=404)
            if issuer.image is not None:
                return Response(issuer.image, media_type=issuer.image_type)
        return Response(disc_png(ISSUER_COLOUR), media_type=PNG)

    async def collection(self, request: Request) -> Response:
        share = request.path_params["share"]
        with self.state.lock:
            found = next(
                (c for c in self.state.collections.values() if c.share_hash == share), None
            )
            if found is None:
                return HTMLResponse("Not found", status_code=404)
            badges = []
            for key in found.assertions:
                record = self.state.assertions.get(key)
                if record is None:
                    continue
                badgeclass = self.state.badgeclasses.get(record.badgeclass or "")
                name = badgeclass.name if badgeclass else record.external.get("badge_name")
                badges.append((str(name or "Badge"), str(ts(record.issued_on))[:10]))
            return HTMLResponse(collection_page(found.name, found.description, badges))


_PROMISE_OF_A_BODY: Message = {
    "type": "http.response.start",
    "status": 200,
    "headers": [(b"content-type", b"application/json"), (b"content-length", b"4096")],
}
"""Headers of an answer whose body will never be complete."""


def _throttled(retry_after: float) -> Response:
    """Django REST framework's answer to a throttled request."""
    return JSONResponse(
        {"detail": "Request was throttled."},
        status_code=429,
        headers={"Retry-After": f"{retry_after:g}"},
    )


def _swallow(record: RecordedRequest) -> Send:
    """A ``send`` that records the status and lets nothing out: the answer is lost."""

    async def swallow(message: Message) -> None:
        if message["type"] == "http.response.start":
            record.status = message["status"]

    return swallow


class FaultsAndRecording:
    """Records every request, then adds the configured latency and any fault due."""

    def __init__(self, app: ASGIApp, state: SandboxState) -> None:
        self.app = app
        self.state = state
        self.faults = state.faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = self._dated(send)
        body = bytearray()
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        record = RecordedRequest(
            method=scope["method"],
            path=scope["path"],
            query=scope.get("query_string", b"").decode("latin-1"),
            headers={k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]},
            body=bytes(body),
        )
        with self.state.lock:
            self.state.requests.append(record)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        async def recording_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                record.status = message["status"]
            await send(message)

        if self.faults.latency_ms:
            await asyncio.sleep(self.faults.latency_ms / 1000)
        wait = self.faults.throttled(scope["path"], time.monotonic())
        if wait is not None:
            await _throttled(wait)(scope, replay, recording_send)
            return
        fault = self.faults.take(scope["path"], scope["method"])
        if fault is None:
            await self.app(scope, replay, recording_send)
            return
        kind, retry_after = fault
        if kind == "hang":
            await self._until_gone_or_cleared(replay)
            raise DroppedConnection
        if kind == "trickle":
            await self.app(scope, replay, _swallow(record))
            await send(_PROMISE_OF_A_BODY)
            while await self._until_gone_or_cleared(replay, retry_after) is None:
                await send({"type": "http.response.body", "body": b" ", "more_body": True})
            raise DroppedConnection
        if kind in ("drop", "lost_answer"):
            if kind == "lost_answer":
                await self.app(scope, replay, _swallow(record))
            # Headers promising a body that never comes: the client sees a dropped connection.
            await (send if kind == "lost_answer" else recording_send)(_PROMISE_OF_A_BODY)
            await send({"type": "http.response.body", "body": b'{"status": {', "more_body": True})
            raise DroppedConnection
        if kind == "rate_limit":
            response: Response = _throttled(retry_after)
        else:
            status = 503 if kind == "error503" else 500
            headers = {"Retry-After": f"{retry_after:g}"} if status == 503 else {}
            response = HTMLResponse(_ERROR_PAGE, status_code=status, headers=headers)
        await response(scope, replay, recording_send)

    async def _until_gone_or_cleared(
        self, receive: Receive, at_most: float | None = None
    ) -> str | None:
        """Wait until the client hangs up ("gone"), the faults are cleared ("cleared"), or
        ``at_most`` seconds pass (``None``)."""
        cleared = self.faults.cleared
        started = asyncio.get_running_loop().time()
        while True:
            try:
                message = await asyncio.wait_for(receive(), timeout=0.1)
            except TimeoutError:
                if self.faults.cleared != cleared:
                    return "cleared"
                if at_most is not None and asyncio.get_running_loop().time() - started >= at_most:
                    return None
                continue
            if message["type"] == "http.disconnect":
                return "gone"

    def _dated(self, send: Send) -> Send:
        """Every answer carries a ``Date`` from the sandbox's own clock (which tests may set
        off ours), as a real server's ``Date`` and ``createdAt`` come from one clock."""

        async def dated(message: Message) -> None:
            if message["type"] == "http.response.start":
                when = format_datetime(self.state.now(), usegmt=True).encode("latin-1")
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"date"]
                message = {**message, "headers": [*headers, (b"date", when)]}
            await send(message)

        return dated
