"""The async client for the Badgr / Parchment Digital Badges API v2.

One ``httpx.AsyncClient`` per server. This is the one layer that tries a request again (see
``RetryPolicy``), and only where that is safe: requests that never reached the server, 429
answers (the server says it did nothing), and, for idempotent methods, dropped connections,
timeouts and 5xx answers. A POST that may have reached the server is never sent again here: an
award must not be made twice (the outbox finds out what happened instead, and never re-sends a
request on its own). Every attempt has a deadline for the whole exchange (connect, send, the
full answer), and every call a bound on all its attempts, so a silent or trickling server
costs at most ``RetryPolicy.patience`` seconds, plus the waits the server itself asked for.

Whatever the server answers becomes a value or an ``ApiError``: answers are read with the
bounded helpers of ``untrusted``, parsed by the models (which raise
``MalformedResponseError``), and ``_reading`` turns any other failure while reading into one.
"""

from __future__ import annotations

import asyncio
import contextvars
import importlib.util
import logging
import platform
import random
import re
import sys
import time
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import partial
from typing import Any, Generic, Protocol, TypeVar
from urllib.parse import quote, urlsplit

import httpx

from badgedesk import __version__
from badgedesk.api.errors import (
    MAX_MESSAGES,
    ApiError,
    AuthenticationError,
    MalformedResponseError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    ValidationError,
    messages_in,
    normalise_field_errors,
    summarise_body,
)
from badgedesk.api.http11 import use_own_connections
from badgedesk.api.models import (
    Acceptance,
    ApiModel,
    Assertion,
    AssertionRow,
    AssertionUpdate,
    AwardRequest,
    BackpackAssertion,
    BadgeClass,
    BadgeClassRequest,
    Collection,
    Envelope,
    Issuer,
    IssuerRequest,
    Page,
    RevocationRequest,
    RevocationResult,
    Scope,
    User,
)
from badgedesk.api.tls import trusted_certificates
from badgedesk.api.untrusted import body_text, bounded_seconds, load_json, load_json_in_steps
from badgedesk.baking import data_uri, media_type

log = logging.getLogger(__name__)

ITEMS_PER_STEP = 100
"""Items of a list answer decoded, then parsed, in one go (a millisecond or so each); the event
loop turns between steps, so a page of 500 awards does not hold the GUI thread for a frame."""

if importlib.util.find_spec("sniffio") is None:
    # httpcore imports sniffio each time it sets up a lock or a cancellation shield: for a
    # request through a proxy and for the sign-in's client, which go through httpcore (the
    # API client's direct requests go through ``http11``). Without it installed, each import
    # walks sys.path again (0.2 ms); a None entry makes it fail at once.
    sys.modules["sniffio"] = None  # type: ignore[assignment]

ModelT = TypeVar("ModelT", bound=ApiModel)
T = TypeVar("T")

USER_AGENT = (
    f"BadgeDesk/{__version__} python-httpx/{httpx.__version__} Python/{platform.python_version()}"
)
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_SERVER_STATUSES = frozenset({500, 502, 503, 504})
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=30.0, write=30.0, pool=10.0)
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.LocalProtocolError)
MAX_CLOCK_OFFSET = 86_400.0
"""A ``Date`` further off ours than a day is not believed (a broken or hostile header)."""


class TokenProvider(Protocol):
    """Supplies the bearer token, and a new one when the server refused it."""

    async def access_token(self) -> str: ...

    async def refresh(self, rejected: str) -> str:
        """Return a fresh token (or the current one if another caller already refreshed
        since ``rejected`` was handed out); raise ``AuthenticationError`` if impossible."""
        ...


class StaticToken:
    """A plain access token: nothing to refresh it with."""

    def __init__(self, token: str) -> None:
        self._token = token

    def __repr__(self) -> str:
        return "StaticToken(<hidden>)"

    async def access_token(self) -> str:
        return self._token

    async def refresh(self, rejected: str) -> str:
        raise AuthenticationError()


@dataclass(frozen=True)
class RetryPolicy:
    """How hard one call tries: at most ``attempts`` tries, each with ``deadline`` seconds for
    the whole exchange, none started after ``patience`` seconds (the server's own ``Retry-After``
    waits are added to that), exponential back-off with full jitter between them."""

    attempts: int = 4
    base_delay: float = 0.25
    max_delay: float = 8.0
    deadline: float = 30.0
    """Seconds for one attempt: connecting, sending and reading the whole answer."""
    patience: float = 60.0
    """Seconds after which a call gives up rather than try once more."""
    max_retry_after: float = 30.0
    """A longer ``Retry-After`` is not waited out here: the error reports it, and the caller
    decides (a batch pauses visibly for it)."""
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def backoff(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        return random.uniform(ceiling / 2, ceiling)  # noqa: S311 - jitter, not security


class ExchangeWatcher(Protocol):
    """Told what the client is doing, so that a long job can show it instead of freezing,
    and share out its requests while one waits to try again."""

    def answered(self, status: int) -> None:
        """An answer (of this ``status``) arrived from the server."""

    def waiting(self, seconds: float, server_asked: bool) -> None:
        """The client waits ``seconds`` before trying again; ``server_asked`` when the server
        said so (``Retry-After``), else a back-off after a failure."""

    async def retrying(self) -> None:
        """The wait is over and the client is about to try again: returns once it may."""


_watcher: contextvars.ContextVar[ExchangeWatcher | None] = contextvars.ContextVar(
    "badgedesk_exchange_watcher", default=None
)


@contextmanager
def watching(watcher: ExchangeWatcher) -> Iterator[None]:
    """Report to ``watcher`` every answer and wait of the calls made in this context (and in
    the tasks it starts)."""
    token = _watcher.set(watcher)
    try:
        yield
    finally:
        _watcher.reset(token)


_DELAY = re.compile(r"[0-9]+(?:\.[0-9]+)?")
"""Delay-seconds (RFC 9110 allows digits only; the sandbox sends fractions too)."""

_PARSE_FAILURES: tuple[type[Exception], ...] = (
    ArithmeticError,  # OverflowError
    AttributeError,
    LookupError,  # KeyError, IndexError
    RecursionError,
    TypeError,
    ValueError,  # UnicodeError
)
"""What a parser that missed a hostile shape may raise; turned into MalformedResponseError."""


def retry_after_seconds(response: httpx.Response) -> float | None:
    """``Retry-After`` as seconds (a number or an HTTP date) within ``[0, MAX_WAIT]``;
    ``None`` when absent or unreadable (NaN, "1e400", a date no calendar has)."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    if _DELAY.fullmatch(value):
        return bounded_seconds(float(value))  # digits never fail to parse: huge is inf
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, OverflowError):  # a huge day overflows a C long
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return bounded_seconds((when - datetime.now(UTC)).total_seconds())


def _text(value: Any) -> str | None:
    """A scalar as text; ``None`` for anything else (an object's repr is no message)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _error_messages(items: list[Any]) -> list[str]:
    """``validationErrors`` items are strings, or objects like ``{name, description}``."""
    out: list[str] = []
    for item in items[:MAX_MESSAGES]:
        text = None
        if isinstance(item, Mapping):
            text = _text(item.get("description")) or _text(item.get("name"))
        out.extend([text] if text else messages_in(item))
    return out


_ERROR_CLASSES: dict[int, type[ApiError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: NotFoundError,
    404: NotFoundError,
    429: RateLimitedError,
}


def error_from_response(response: httpx.Response, method: str, path: str) -> ApiError:
    """Turn a failed answer (JSON envelope, OAuth error, HTML page or nothing) into an error.

    Never raises: it runs inside the retry loop, and a body it cannot read still leaves the
    error the status calls for.
    """
    status = response.status_code
    cls = _ERROR_CLASSES.get(status, ServerError if status >= 500 else ApiError)
    kwargs: dict[str, Any] = {"status_code": status, "method": method, "path": path}
    body: Any = None
    try:
        body = _error_body(response, kwargs)
    except _PARSE_FAILURES:  # a gap in _error_body; the status alone still says enough
        log.warning("unreadable error answer to %s %s", method, path, exc_info=True)
        kwargs = {"status_code": status, "method": method, "path": path}
    if cls is RateLimitedError:
        wait = retry_after_seconds(response)
        if wait is None and isinstance(body, Mapping):
            wait = bounded_seconds(body.get("expires"))
        return RateLimitedError(retry_after=wait, **kwargs)
    error = cls(**kwargs)
    if cls is ValidationError and error.messages:
        error.message = f"{error.default_message} {'; '.join(error.messages[:4])}"
        error.args = (error.message,)
    elif cls is ValidationError and error.detail and error.detail != "bad request":
        # A refusal told only in the envelope's description, as a ProtectedError is
        # ("BadgeClass may only be deleted if all BadgeInstances have been revoked.")
        error.message = f"{error.default_message} {error.detail}"
        error.args = (error.message,)
    elif cls is ApiError:
        error.message = f"The server refused the request (HTTP {status})."
        error.args = (error.message,)
    return error


def _error_body(response: httpx.Response, kwargs: dict[str, Any]) -> Any:
    """Read what an error body says into ``kwargs``; return the decoded body (or None)."""
    try:
        body = load_json(response.content) if response.content else None
    except ValueError:
        kwargs["detail"] = summarise_body(body_text(response))
        return None
    if isinstance(body, Mapping):
        fields, loose = normalise_field_errors(body.get("fieldErrors"))
        kwargs["validation_errors"] = _error_messages(_as_list(body.get("validationErrors")))
        kwargs["non_field_errors"] = loose + _error_messages(_as_list(body.get("nonFieldErrors")))
        kwargs["field_errors"] = fields
        kwargs["error_code"] = _text(body.get("errorCode")) or _text(body.get("error")) or None
        status_obj = body.get("status")
        description = status_obj.get("description") if isinstance(status_obj, Mapping) else None
        kwargs["detail"] = _text(body.get("error_description")) or _text(description) or None
    return body


@contextmanager
def _reading(response: httpx.Response, method: str) -> Iterator[None]:
    """Reading an answer fails only with ``MalformedResponseError`` naming the request.

    The parsers raise it for every shape they refuse; anything else they raise is a gap in
    them, logged with its traceback and reported as a malformed answer all the same.
    """
    try:
        yield
    except MalformedResponseError as error:
        if error.method is None:
            error.status_code = response.status_code
            error.method = method
            error.path = response.request.url.path
        raise
    except _PARSE_FAILURES as exc:
        path = response.request.url.path
        log.warning("failed to read the answer to %s %s", method, path, exc_info=True)
        raise MalformedResponseError(
            status_code=response.status_code,
            method=method,
            path=path,
            detail=f"unreadable ({type(exc).__name__})",
        ) from None


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _id(entity_id: str) -> str:
    if not entity_id:
        raise ValueError("an entity id is required")
    return quote(entity_id, safe="")


BADGECLASS_KEYS = ("badgeclass", "badgeclassOpenBadgeId", "badgeclassName")
"""The body fields that name an award's badge class; the server takes exactly one name."""


def _award_body(request: AwardRequest, scope: Scope) -> dict[str, Any]:
    """The JSON of an award, checked before it is sent. The server allows exactly one name of
    the badge class, and counts the address of a badge-class-scoped award (and of a batch
    issue) as one: such a body must name none (the real server refuses every award that does,
    "Multiple badge class identifiers"), while an issuer-scoped one must name it once."""
    body = request.to_json()
    named = [key for key in BADGECLASS_KEYS if key in body]
    if scope == "issuers" and (len(named) != 1 or body[named[0]] is None):
        raise ValueError("an issuer-scoped award names the badge class exactly once")
    if scope == "badgeclasses" and named:
        raise ValueError(
            f"an award sent to a badge class must not name it in its body too ({named[0]})"
        )
    return body


def image_data_uri(image: bytes) -> str:
    """An image as the server takes it in a JSON body: a ``data:`` URI of its own type."""
    return data_uri(image, media_type(image) or "application/octet-stream")


class BadgesClient:
    """Every endpoint BadgeDesk uses, as typed coroutines. Use as ``async with``."""

    def __init__(
        self,
        base_url: str,
        auth: str | TokenProvider,
        *,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._origin = urlsplit(self.base_url)[:2]
        self._auth: TokenProvider = StaticToken(auth) if isinstance(auth, str) else auth
        self._retry = retry or RetryPolicy()
        self._server_clock_offset: float | None = None
        self.on_outcome: Callable[[ApiError | None], None] | None = None
        """Told how each request ended (None: answered): the session follows the connection
        and the sign-in from it."""
        self._foreground_reads = 0
        self._foreground_quiet = asyncio.Event()
        """Set while no foreground page read is on its way: background reads wait for it."""
        self._foreground_quiet.set()
        certificates = trusted_certificates()
        self._http = httpx.AsyncClient(
            verify=certificates,
            timeout=timeout,
            transport=transport,
            headers={"Accept": "application/json", "User-Agent": USER_AGENT},
            follow_redirects=False,
        )
        use_own_connections(self._http, certificates)

    async def __aenter__(self) -> BadgesClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # ----------------------------------------------------------------- transport

    def _url(self, path_or_url: str) -> str:
        if "://" not in path_or_url:
            return self.base_url + path_or_url
        if urlsplit(path_or_url)[:2] != self._origin:
            # Never send the bearer token to a host the user did not sign in to.
            raise MalformedResponseError(detail="a link in the response points to another server")
        return path_or_url

    async def _send(
        self,
        method: str,
        path_or_url: str,
        *,
        params: Sequence[tuple[str, str]] | None = None,
        body: Any = None,
        stream: bool = False,
    ) -> httpx.Response:
        """Send until answered as ``RetryPolicy`` allows. With ``stream``, a 2xx answer is
        handed back as soon as its headers are in, its body still to be read (and closed)."""
        url = self._url(path_or_url)
        path = urlsplit(url).path
        policy = self._retry
        watcher = _watcher.get()
        idempotent = method in IDEMPOTENT_METHODS
        give_up_at = time.monotonic() + policy.patience
        refreshed = False
        ambiguous = False
        attempt = 0
        while True:
            attempt += 1
            token = await self._auth.access_token()
            started = time.monotonic()
            deadline = max(0.0, min(policy.deadline, give_up_at - started))
            try:
                async with asyncio.timeout(deadline):
                    request = self._http.build_request(
                        method,
                        url,
                        params=list(params) if params else None,
                        json=body,
                        headers={"Authorization": f"Bearer {token}"},
                    )
                    response = await self._http.send(request, stream=stream)
                    if stream and not 200 <= response.status_code < 300:
                        await response.aread()  # what went wrong is in the body
            except (httpx.TransportError, TimeoutError) as exc:
                reached = not isinstance(exc, _NOT_SENT)
                ambiguous = ambiguous or reached
                reason = (
                    f"no complete answer within {deadline:g} s"
                    if isinstance(exc, TimeoutError)
                    else f"{type(exc).__name__}: {exc}"
                )
                log.info("%s %s failed on attempt %d: %s", method, path, attempt, reason[:120])
                delay = policy.backoff(attempt)
                if (
                    (idempotent or not reached)
                    and attempt < policy.attempts
                    and time.monotonic() + delay < give_up_at
                ):
                    await self._wait(watcher, delay, server_asked=False)
                    continue
                network_error = NetworkError(
                    method=method,
                    path=path,
                    detail=reason[:300],
                    timeout=deadline if isinstance(exc, TimeoutError) else None,
                )
                network_error.after_ambiguous_attempt = ambiguous
                raise network_error from None
            self._note_server_clock(response)
            status = response.status_code
            if watcher is not None:
                watcher.answered(status)
            log.debug(
                "%s %s -> %d in %.0f ms (attempt %d)",
                method,
                path,
                status,
                (time.monotonic() - started) * 1000,
                attempt,
            )
            if status == 401 and not refreshed:
                refreshed = True
                try:
                    await self._auth.refresh(token)
                except AuthenticationError:
                    raise error_from_response(response, method, path) from None
                attempt -= 1
                continue
            retryable = status == 429 or (idempotent and status in RETRYABLE_SERVER_STATUSES)
            if retryable and attempt < policy.attempts:
                asked = retry_after_seconds(response)
                delay = asked if asked is not None else policy.backoff(attempt)
                if asked is not None and asked <= policy.max_retry_after:
                    give_up_at += asked  # the server's own wait is not the server failing
                if delay <= policy.max_retry_after and time.monotonic() + delay < give_up_at:
                    ambiguous = ambiguous or status != 429
                    await self._wait(watcher, delay, server_asked=asked is not None)
                    continue
            if status >= 400:
                error = error_from_response(response, method, path)
                error.after_ambiguous_attempt = ambiguous
                raise error
            return response

    async def _wait(
        self, watcher: ExchangeWatcher | None, seconds: float, server_asked: bool
    ) -> None:
        if watcher is not None:
            watcher.waiting(seconds, server_asked)
        await self._retry.sleep(seconds)
        if watcher is not None:
            await watcher.retrying()

    def _note_server_clock(self, response: httpx.Response) -> None:
        """Keep the server's ``Date`` against our clock when the answer came (see
        ``server_clock_offset``)."""
        value = response.headers.get("date")
        if value is None:
            return
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        offset = (when - datetime.now(UTC)).total_seconds()
        if abs(offset) <= MAX_CLOCK_OFFSET:
            self._server_clock_offset = offset

    @property
    def server_clock_offset(self) -> float | None:
        """How far the server's clock is ahead of ours, in seconds (negative: behind), from
        the latest answer with a ``Date``; ``None`` before any. It is never more than the true
        offset (``Date`` is truncated to the second and written before the answer arrived),
        and less by at most one second and the answer's travel time."""
        return self._server_clock_offset

    async def _results(
        self,
        method: str,
        path_or_url: str,
        *,
        params: Sequence[tuple[str, str]] | None = None,
        body: Any = None,
    ) -> tuple[list[Any], httpx.Response]:
        """Send, then unwrap the envelope (``_unwrap``)."""
        response = await self._answer(method, path_or_url, params=params, body=body)
        return await self._unwrap(response, method), response

    async def _answer(
        self,
        method: str,
        path_or_url: str,
        *,
        params: Sequence[tuple[str, str]] | None = None,
        body: Any = None,
        stream: bool = False,
    ) -> httpx.Response:
        """Send, telling ``on_outcome`` how it ended; the answer is not parsed (nor read, with
        ``stream``: see ``_send``)."""
        try:
            response = await self._send(
                method, path_or_url, params=params, body=body, stream=stream
            )
        except httpx.DecodingError:
            raise _undecodable(method, urlsplit(path_or_url).path) from None
        except ApiError as error:
            if self.on_outcome is not None:
                self.on_outcome(error)
            raise
        if self.on_outcome is not None:
            self.on_outcome(None)
        return response

    @staticmethod
    async def _unwrap(response: httpx.Response, method: str) -> list[Any]:
        """The envelope's result. A bare JSON list is accepted as the result. Its items are
        decoded ``ITEMS_PER_STEP`` at a time, the event loop turning between steps.

        Only a 2xx answer is one: a redirect (never followed) read as an empty list would hide
        that the request went nowhere.
        """
        with _reading(response, method):
            status = response.status_code
            if not 200 <= status < 300:
                raise MalformedResponseError(detail=f"HTTP {status} is not an answer")
            if status == 204 or not response.content:
                return []
            try:
                data = await load_json_in_steps(response.content, ITEMS_PER_STEP)
            except ValueError:
                raise MalformedResponseError(detail=summarise_body(body_text(response))) from None
            if isinstance(data, list):
                return data
            return Envelope.from_json(data).result

    async def _one(self, model: type[ModelT], method: str, path: str, body: Any = None) -> ModelT:
        results, response = await self._results(method, path, body=body)
        with _reading(response, method):
            if not results:
                raise MalformedResponseError(detail="empty result")
            return model.from_json(results[0])

    async def _many(
        self,
        model: type[ModelT],
        path: str,
        params: Sequence[tuple[str, str]] | None = None,
        *,
        method: str = "GET",
        body: Any = None,
    ) -> list[ModelT]:
        results, response = await self._results(method, path, params=params, body=body)
        with _reading(response, method):
            return [model.from_json(item) for item in results]

    async def download(self, url: str, *, accept: str = "image/*", limit: int = 5_000_000) -> bytes:
        """A public file such as a badge image or an Open Badges document. Sent WITHOUT the
        bearer token: such files are often served from another host, which must never see it.
        Only http(s), at most ``limit``."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise MalformedResponseError(detail="not a web address")
        path = urlsplit(url).path
        try:
            async with (
                asyncio.timeout(self._retry.deadline),
                self._http.stream("GET", url, headers={"Accept": accept}) as response,
            ):
                if response.status_code >= 400:
                    await response.aread()
                    raise error_from_response(response, "GET", path)
                data = bytearray()
                async for chunk in response.aiter_bytes():
                    data += chunk
                    if len(data) > limit:
                        raise MalformedResponseError(method="GET", path=path, detail="too large")
                return bytes(data)
        except httpx.DecodingError:  # a Content-Encoding the body does not match
            raise MalformedResponseError(
                method="GET", path=path, detail="the file is not encoded as it says"
            ) from None
        except (httpx.TransportError, TimeoutError) as exc:
            raise NetworkError(method="GET", path=path, detail=type(exc).__name__) from None

    # ----------------------------------------------------------------- profile and issuers

    async def users_self(self) -> User:
        return await self._one(User, "GET", "/v2/users/self")

    async def list_issuers(self) -> list[Issuer]:
        return await self._many(Issuer, "/v2/issuers")

    async def get_issuer(self, issuer_id: str) -> Issuer:
        return await self._one(Issuer, "GET", f"/v2/issuers/{_id(issuer_id)}")

    async def list_badgeclasses(self, issuer_id: str | None = None) -> list[BadgeClass]:
        path = f"/v2/issuers/{_id(issuer_id)}/badgeclasses" if issuer_id else "/v2/badgeclasses"
        return await self._many(BadgeClass, path)

    async def get_badgeclass(self, badgeclass_id: str) -> BadgeClass:
        return await self._one(BadgeClass, "GET", f"/v2/badgeclasses/{_id(badgeclass_id)}")

    # ----------------------------------------------------------------- assertions

    @staticmethod
    def _scope_path(scope: Scope, entity_id: str) -> str:
        if scope not in ("issuers", "badgeclasses"):
            raise ValueError(f"scope must be 'issuers' or 'badgeclasses', not {scope!r}")
        return f"/v2/{scope}/{_id(entity_id)}/assertions"

    async def assertions_page(
        self,
        scope: Scope,
        entity_id: str,
        *,
        recipients: Iterable[str] = (),
        include_revoked: bool = False,
        include_expired: bool = False,
        page_size: int = 100,
        page_url: str | None = None,
    ) -> Page[Assertion]:
        """One page, newest first. Pass the returned ``next_url`` as ``page_url`` for the next
        (the other arguments are then carried by the URL itself)."""
        params = self._assertion_params(recipients, include_revoked, include_expired, page_size)
        return await self._page(
            Assertion.from_json, self._scope_path(scope, entity_id), params, page_url
        )

    def assertion_row_pages(
        self,
        scope: Scope,
        entity_id: str,
        *,
        recipients: Iterable[str] = (),
        include_revoked: bool = False,
        include_expired: bool = False,
        page_size: int = 500,
        page_url: str | None = None,
        background: bool = False,
    ) -> PageReader[AssertionRow]:
        """As ``assertions_page``, parsed into small table rows (ten times faster to parse), page
        after page, each asked for as soon as the one before it arrived (see ``PageReader``).
        A ``background`` reader's pages wait their turn (see ``_read_page``). Call in a
        running event loop."""
        params = self._assertion_params(recipients, include_revoked, include_expired, page_size)
        return PageReader(
            self,
            AssertionRow.from_json,
            self._scope_path(scope, entity_id),
            params,
            page_url,
            background=background,
        )

    @staticmethod
    def _assertion_params(
        recipients: Iterable[str], include_revoked: bool, include_expired: bool, page_size: int
    ) -> list[tuple[str, str]]:
        if not 1 <= page_size <= 500:
            raise ValueError("page_size must be between 1 and 500")
        params = [("num", str(page_size))]
        params += [("recipient", r) for r in recipients]
        if include_revoked:
            params.append(("include_revoked", "true"))
        if include_expired:
            params.append(("include_expired", "true"))
        return params

    async def _page(
        self,
        parse: Callable[[Any], T],
        path: str,
        params: Sequence[tuple[str, str]],
        page_url: str | None,
    ) -> Page[T]:
        link: asyncio.Future[str | None] = asyncio.get_running_loop().create_future()
        response = await self._page_answer(path, params, page_url, link)
        return await self._parse_page(parse, response, link.result())

    def _read_page(
        self,
        path: str,
        params: Sequence[tuple[str, str]],
        page_url: str | None,
        next_link: asyncio.Future[str | None],
        background: bool,
    ) -> asyncio.Task[httpx.Response]:
        """A page's answer (``_page_answer``), asked for now, in its turn. A background read
        (counting a badge class's awards) is sent only while no foreground read (the rows
        someone scrolls to) is on its way, so the two do not share the server and the
        connection: over a 100,000-award class, each of the table's pages waited for one of
        the count's. A foreground read is never held back, and its own deadlines bound how
        long a background read waits. Call in a running event loop."""
        if background:
            read_later = partial(self._page_answer, path, params, page_url, next_link)
            return asyncio.ensure_future(self._after_foreground(read_later))
        self._foreground_reads += 1  # counted at once: a background read asked next waits
        self._foreground_quiet.clear()
        read = asyncio.ensure_future(self._page_answer(path, params, page_url, next_link))
        read.add_done_callback(self._foreground_read_over)
        return read

    def _foreground_read_over(self, _read: asyncio.Task[httpx.Response]) -> None:
        self._foreground_reads -= 1
        if not self._foreground_reads:
            self._foreground_quiet.set()

    async def _after_foreground(
        self, read: Callable[[], Awaitable[httpx.Response]]
    ) -> httpx.Response:
        while self._foreground_reads:
            await self._foreground_quiet.wait()
        return await read()

    async def _page_answer(
        self,
        path: str,
        params: Sequence[tuple[str, str]],
        page_url: str | None,
        next_link: asyncio.Future[str | None],
    ) -> httpx.Response:
        """A page's answer, read; ``next_link`` gets its ``next`` address as soon as the
        headers are in, while the body is still on its way. A body cut short is asked for
        again as ``_send`` asks again (a GET changes nothing): the same attempts, backed off,
        none started after the policy's patience."""
        give_up_at = time.monotonic() + self._retry.patience
        attempt = 0
        while True:
            attempt += 1
            if page_url is not None:
                response = await self._answer("GET", page_url, stream=True)
            else:
                response = await self._answer("GET", path, params=params, stream=True)
            try:
                if not next_link.done():
                    next_link.set_result(self._next_link(response))
                async with asyncio.timeout(self._retry.deadline):
                    await response.aread()
                return response
            except httpx.DecodingError:
                raise _undecodable("GET", response.url.path) from None
            except (httpx.TransportError, TimeoutError) as exc:
                log.info("GET %s: body cut short on attempt %d", response.url.path, attempt)
                delay = self._retry.backoff(attempt)
                if attempt >= self._retry.attempts or time.monotonic() + delay >= give_up_at:
                    cut_short = NetworkError(
                        method="GET",
                        path=response.url.path,
                        detail=type(exc).__name__,
                        timeout=self._retry.deadline if isinstance(exc, TimeoutError) else None,
                    )
                    # The server answered, then its body stopped coming: a silent server, as
                    # for any request that reached it without an answer (``hold_for``).
                    cut_short.after_ambiguous_attempt = True
                    raise cut_short from None
            finally:
                await response.aclose()
            await self._wait(_watcher.get(), delay, server_asked=False)

    def _next_link(self, response: httpx.Response) -> str | None:
        """The ``next`` link, refused if it would never end."""
        with _reading(response, "GET"):
            next_url = self._link(response, "next")
            if next_url is not None and httpx.URL(self._url(next_url)) == response.request.url:
                # Followed, it would be asked for again and again: never ending.
                raise MalformedResponseError(detail="the next page is this page")
            return next_url

    async def _parse_page(
        self, parse: Callable[[Any], T], response: httpx.Response, next_url: str | None
    ) -> Page[T]:
        items = self._parse_items(parse, response, await self._unwrap(response, "GET"))
        return self._page_of(items, response, next_url)

    @staticmethod
    def _parse_items(
        parse: Callable[[Any], T], response: httpx.Response, results: Sequence[Any]
    ) -> list[T]:
        with _reading(response, "GET"):
            return [parse(item) for item in results]

    def _page_of(self, items: list[T], response: httpx.Response, next_url: str | None) -> Page[T]:
        with _reading(response, "GET"):
            return Page(items=items, next_url=next_url, prev_url=self._link(response, "prev"))

    def _link(self, response: httpx.Response, rel: str) -> str | None:
        """A ``Link`` address, checked now as the next request will use it: a bad one would
        otherwise fail inside that request, as a ValueError from ``urlsplit`` or httpx."""
        url = response.links.get(rel, {}).get("url")
        if not url:
            return None
        try:
            httpx.URL(self._url(url))
        except (ValueError, httpx.InvalidURL):
            raise MalformedResponseError(detail=f"the {rel} link is not an address") from None
        return url

    async def iter_assertions(
        self,
        scope: Scope,
        entity_id: str,
        *,
        recipients: Iterable[str] = (),
        include_revoked: bool = False,
        include_expired: bool = False,
        page_size: int = 100,
    ) -> AsyncIterator[Assertion]:
        """Every assertion of an issuer or badge class, following the ``Link`` cursor."""
        page = await self.assertions_page(
            scope,
            entity_id,
            recipients=recipients,
            include_revoked=include_revoked,
            include_expired=include_expired,
            page_size=page_size,
        )
        while True:
            for item in page.items:
                yield item
            if page.next_url is None:
                return
            page = await self.assertions_page(scope, entity_id, page_url=page.next_url)

    async def get_assertion(self, assertion_id: str) -> Assertion:
        return await self._one(Assertion, "GET", f"/v2/assertions/{_id(assertion_id)}")

    async def award(self, scope: Scope, entity_id: str, request: AwardRequest) -> Assertion:
        """Award one badge. Never retried once it may have reached the server."""
        path = self._scope_path(scope, entity_id)
        return await self._one(Assertion, "POST", path, _award_body(request, scope))

    async def update_assertion(self, assertion_id: str, update: AssertionUpdate) -> Assertion:
        return await self._one(
            Assertion, "PUT", f"/v2/assertions/{_id(assertion_id)}", update.to_json()
        )

    async def revoke_assertion(self, assertion_id: str, reason: str) -> Assertion:
        """Revoke (DELETE with a reason). If a retry finds it already revoked because the
        first try did land, the revoked assertion is returned rather than an error."""
        if not reason.strip():
            raise ValueError("a revocation reason is required")
        path = f"/v2/assertions/{_id(assertion_id)}"
        try:
            return await self._one(Assertion, "DELETE", path, {"revocation_reason": reason})
        except ValidationError as error:
            if not error.after_ambiguous_attempt:
                raise
            current = await self.get_assertion(assertion_id)
            if current.revoked:
                return current
            raise

    async def revoke_assertions(self, items: Sequence[RevocationRequest]) -> list[RevocationResult]:
        """Batch revocation; the answer has one result per item, in order."""
        body = [item.to_json() for item in items]
        return await self._many(RevocationResult, "/v2/assertions/revoke", method="POST", body=body)

    async def issue_batch(
        self, badgeclass_id: str, requests: Sequence[AwardRequest], *, notify: bool = False
    ) -> list[Assertion]:
        """Award one badge class to many recipients at once (all or nothing)."""
        body = {
            "create_notification": notify,
            "assertions": [_award_body(request, "badgeclasses") for request in requests],
        }
        path = f"/v2/badgeclasses/{_id(badgeclass_id)}/issue"
        return await self._many(Assertion, path, method="POST", body=body)

    # ------------------------------------------------------- badge classes and issuers

    async def create_badgeclass(self, issuer_id: str, request: BadgeClassRequest) -> BadgeClass:
        """Make a badge class of the issuer. Never retried once it may have reached the server."""
        path = f"/v2/issuers/{_id(issuer_id)}/badgeclasses"
        return await self._one(BadgeClass, "POST", path, request.to_json())

    async def update_badgeclass(self, badgeclass_id: str, request: BadgeClassRequest) -> BadgeClass:
        """Replace the badge class's fields (PUT); awards already made keep what they had."""
        path = f"/v2/badgeclasses/{_id(badgeclass_id)}"
        return await self._one(BadgeClass, "PUT", path, request.to_json())

    async def delete_badgeclass(self, badgeclass_id: str) -> None:
        """The server refuses (400, its words in the error) while awards of it are not revoked."""
        await self._results("DELETE", f"/v2/badgeclasses/{_id(badgeclass_id)}")

    async def create_issuer(self, request: IssuerRequest) -> Issuer:
        return await self._one(Issuer, "POST", "/v2/issuers", request.to_json())

    async def update_issuer(self, issuer_id: str, request: IssuerRequest) -> Issuer:
        return await self._one(Issuer, "PUT", f"/v2/issuers/{_id(issuer_id)}", request.to_json())

    # ----------------------------------------------------------------- backpack

    async def list_backpack_assertions(
        self,
        *,
        include_expired: bool = False,
        include_revoked: bool = False,
        include_pending: bool = False,
    ) -> list[BackpackAssertion]:
        flags = {
            "include_expired": include_expired,
            "include_revoked": include_revoked,
            "include_pending": include_pending,
        }
        params = [(name, "true") for name, on in flags.items() if on]
        return await self._many(BackpackAssertion, "/v2/backpack/assertions", params)

    async def get_backpack_assertion(self, assertion_id: str) -> BackpackAssertion:
        return await self._one(
            BackpackAssertion, "GET", f"/v2/backpack/assertions/{_id(assertion_id)}"
        )

    async def accept_backpack_assertion(self, assertion_id: str) -> BackpackAssertion:
        """Accept a badge, or bring back one issued on this server that was removed. The
        server takes no other value: an earner declines a badge by removing it."""
        return await self._one(
            BackpackAssertion,
            "PUT",
            f"/v2/backpack/assertions/{_id(assertion_id)}",
            {"acceptance": str(Acceptance.ACCEPTED)},
        )

    async def remove_backpack_assertion(self, assertion_id: str) -> None:
        """Decline or remove a badge. Imported badges are deleted; badges issued on this server
        are only marked Rejected and hidden, and accepting them again brings them back."""
        await self._results("DELETE", f"/v2/backpack/assertions/{_id(assertion_id)}")

    async def import_backpack_assertion(
        self,
        *,
        url: str | None = None,
        image: bytes | str | None = None,
        assertion: Mapping[str, Any] | None = None,
    ) -> BackpackAssertion:
        """Import by assertion URL, baked image (bytes or a data URI) or OB JSON: exactly one."""
        given = {"url": url, "image": image, "assertion": assertion}
        chosen = {k: v for k, v in given.items() if v is not None}
        if len(chosen) != 1:
            raise ValueError("give exactly one of url, image or assertion")
        if isinstance(image, bytes):
            chosen["image"] = image_data_uri(image)
        return await self._one(BackpackAssertion, "POST", "/v2/backpack/import", chosen)

    async def list_collections(self) -> list[Collection]:
        return await self._many(Collection, "/v2/backpack/collections")

    async def get_collection(self, collection_id: str) -> Collection:
        return await self._one(Collection, "GET", f"/v2/backpack/collections/{_id(collection_id)}")

    async def create_collection(
        self,
        name: str,
        *,
        description: str = "",
        published: bool = False,
        assertions: Sequence[str] = (),
    ) -> Collection:
        """Create, then set the members: the server fails when both come in one request.
        If setting the members fails, the collection exists (empty) and the error is raised."""
        body = {"name": name, "description": description, "published": published}
        created = await self._one(Collection, "POST", "/v2/backpack/collections", body)
        if not assertions:
            return created
        return await self.update_collection(created.key, name=name, assertions=assertions)

    async def update_collection(
        self,
        collection_id: str,
        *,
        name: str,
        description: str | None = None,
        published: bool | None = None,
        assertions: Sequence[str] | None = None,
    ) -> Collection:
        """PUT replaces the collection: ``name`` is required; fields left ``None`` stay."""
        body: dict[str, Any] = {"name": name}
        if description is not None:
            body["description"] = description
        if published is not None:
            body["published"] = published
        if assertions is not None:
            body["assertions"] = list(assertions)
        return await self._one(
            Collection, "PUT", f"/v2/backpack/collections/{_id(collection_id)}", body
        )

    async def delete_collection(self, collection_id: str) -> None:
        await self._results("DELETE", f"/v2/backpack/collections/{_id(collection_id)}")


class PageReader(Generic[T]):
    """A cursor-paginated list read one page ahead: the next page is asked for as soon as the
    headers with its address arrive, before this page's body is read and parsed, so it is on
    its way while this page is read, parsed and used. Over a 100,000-row list the latency of
    each request then overlaps the client's work instead of adding to it; one page ahead, never
    more, so a list read only as far as someone scrolls costs one request more at most. A
    ``background`` reader's requests give way to every other reader's (``_read_page``).

    ``next()`` raises the ``ApiError`` of the page it waited for; the reader then has nothing
    ahead, and a new one from the last ``next_url`` carries on. ``close()`` drops the request
    ahead (the reader is done with)."""

    def __init__(
        self,
        client: BadgesClient,
        parse: Callable[[Any], T],
        path: str,
        params: Sequence[tuple[str, str]],
        page_url: str | None,
        *,
        background: bool = False,
    ) -> None:
        self._client = client
        self._parse = parse
        self._path = path
        self._params = params
        self._background = background
        self._ahead: tuple[asyncio.Task[httpx.Response], asyncio.Future[str | None]] | None = (
            self._ask(page_url)
        )

    def _ask(
        self, page_url: str | None
    ) -> tuple[asyncio.Task[httpx.Response], asyncio.Future[str | None]]:
        link: asyncio.Future[str | None] = asyncio.get_running_loop().create_future()
        answer = self._client._read_page(self._path, self._params, page_url, link, self._background)
        return answer, link

    @property
    def done(self) -> bool:
        """The last page was read, or a page failed: ``next()`` has nothing more to give."""
        return self._ahead is None

    async def next(self) -> Page[T]:
        if self._ahead is None:
            raise RuntimeError("no page ahead")
        answer, link = self._ahead
        try:
            await asyncio.wait((answer, link), return_when=asyncio.FIRST_COMPLETED)
            if link.done():  # the next page is asked for before this one's body is read
                next_url = link.result()
                self._ahead = self._ask(next_url) if next_url is not None else None
            response = await answer
        except BaseException:
            self.close()
            _seen(answer)
            raise
        client = self._client
        results = await client._unwrap(response, "GET")
        items: list[T] = []
        for first in range(0, len(results), ITEMS_PER_STEP):
            if first:
                await asyncio.sleep(0)  # the event loop turns: a paint need not wait for all
            step = results[first : first + ITEMS_PER_STEP]
            items += client._parse_items(self._parse, response, step)
        return client._page_of(items, response, link.result())

    def close(self) -> None:
        ahead, self._ahead = self._ahead, None
        if ahead is not None:
            ahead[0].cancel()
            _seen(ahead[0])


def _undecodable(method: str, path: str) -> MalformedResponseError:
    """An answer whose body its ``Content-Encoding`` does not match (httpx's ``DecodingError``,
    met while the body is read)."""
    return MalformedResponseError(
        method=method, path=path, detail="the answer could not be decompressed"
    )


def _seen(task: asyncio.Task[Any]) -> None:
    """Mark a task's failure as handled: a failure no one waits for is not an unhandled one."""
    if task.done() and not task.cancelled():
        task.exception()
