"""Hostile answers (issue 18, point 3): whatever a server sends, the API layer gives back a value
or an ``ApiError``, and what it gives back can be stored (UTF-8) and shown (bounded text).

Served by ``httpx.MockTransport``: no real server sends these on purpose.
"""

from __future__ import annotations

import asyncio
import dataclasses
import inspect
import json
import math
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from badgedesk.api import models
from badgedesk.api.client import BadgesClient, PageReader, RetryPolicy, retry_after_seconds
from badgedesk.api.errors import (
    DETAIL_LIMIT,
    MESSAGE_LIMIT,
    ApiError,
    MalformedResponseError,
    RateLimitedError,
    ServerError,
    ValidationError,
    normalise_field_errors,
    summarise_body,
)
from badgedesk.api.models import (
    Assertion,
    AssertionRow,
    AssertionUpdate,
    AwardRequest,
    BadgeClassRequest,
    Envelope,
    Issuer,
    IssuerRequest,
    Recipient,
    RevocationRequest,
    User,
)
from badgedesk.api.untrusted import (
    MAX_DEPTH,
    MAX_WAIT,
    STEPWISE_FROM,
    TEXT_PREFIX,
    body_text,
    is_utf8,
    load_json,
    load_json_in_steps,
)
from badgedesk.auth import OAuthClient, OAuthConfig, OAuthError, TokenSet
from badgedesk.store import open_database
from badgedesk.store.cache import Cache

BASE = "http://127.0.0.1:9"
DEEP = 100_000


async def no_sleep(seconds: float) -> None:
    """Retries cost nothing here."""


def nested(depth: int, leaf: Any = 1, key: str | None = None) -> Any:
    """``depth`` lists (or objects under ``key``) around ``leaf``, built without recursion."""
    value = leaf
    for _ in range(depth):
        value = {key: value} if key is not None else [value]
    return value


def deep_json(depth: int, opener: bytes = b"[", closer: bytes = b"]") -> bytes:
    return opener * depth + b"1" + closer * depth


def client_for(answer: Callable[[httpx.Request], httpx.Response]) -> BadgesClient:
    return BadgesClient(
        BASE, "t", retry=RetryPolicy(sleep=no_sleep), transport=httpx.MockTransport(answer)
    )


def serve(status: int, body: bytes = b"", content_type: str = "application/json", **headers: str):
    """A client whose server gives this one answer to every request."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, content=body, headers={"Content-Type": content_type, **headers}
        )

    return client_for(answer)


def call(client: BadgesClient, name: str, *args: Any, **kwargs: Any) -> Any:
    async def go() -> Any:
        try:
            return await getattr(client, name)(*args, **kwargs)
        finally:
            await client.aclose()

    return asyncio.run(go())


def assert_storable(value: Any) -> None:
    """What the API layer returns can go into SQLite and JSON as the store writes them."""
    if isinstance(value, models.ApiModel):
        json.dumps(value.to_json(), ensure_ascii=False, allow_nan=False).encode("utf-8")
        repr(value)
    elif isinstance(value, AssertionRow):
        for field in dataclasses.fields(value):
            item = getattr(value, field.name)
            if isinstance(item, str):
                item.encode("utf-8")
            elif isinstance(item, datetime):
                models.format_datetime(item)
    elif isinstance(value, models.Page):
        for item in value.items:
            assert_storable(item)
        for url in (value.next_url, value.prev_url):
            assert url is None or is_utf8(url)
    elif isinstance(value, list | tuple):
        for item in value:
            assert_storable(item)
    else:
        assert value is None or isinstance(value, bytes | TokenSet), type(value)


def assert_readable(error: ApiError) -> None:
    """An error's texts are bounded and can be shown, logged and stored."""
    assert len(str(error)) <= 5 * MESSAGE_LIMIT
    assert error.detail is None or len(error.detail) <= DETAIL_LIMIT
    texts = [str(error), error.detail or "", error.error_code or "", *error.messages]
    for text in texts:
        text.encode("utf-8")
    repr(error)


# ------------------------------------------------------------------ strategies


def pick(values: list[Any]) -> st.SearchStrategy[Any]:
    """``sampled_from`` that does not print the values: Hypothesis reprs its strategies, and
    the repr of a 100 000-deep list raises RecursionError."""

    def at(index: int) -> Any:
        return values[index]

    return st.integers(0, len(values) - 1).map(at)


ODD_STRINGS = [
    "",
    "\ud800",
    "a\udfffb",
    "\ud83d",
    "\ufffd",
    "\x00",
    "é" * 3,
    "😀",
    "x" * 100_000,
    "<" * 5_000,
    "2024-01-02T03:04:05Z",
    "9999-12-31T23:59:59-23:59",
    "0001-01-01T00:00:00+23:59",
    "99999-01-01",
    "http://[::1",
    "https://evil.example/v2/x",
    "NaN",
]
surrogates = st.characters(categories=["Cs"])
odd_text = st.one_of(
    st.text(max_size=12),
    st.text(st.characters() | surrogates, max_size=12),
    pick(ODD_STRINGS),
)
odd_numbers = st.one_of(
    st.integers(),
    st.integers(min_value=2**53, max_value=2**80),
    st.integers(min_value=-(2**80), max_value=-(2**53)),
    st.floats(),
    st.sampled_from([10**4000, -(10**4000), 1e308, -0.0]),
)
scalars = st.none() | st.booleans() | odd_numbers | odd_text


def json_values_up_to(depths: tuple[int, ...]) -> st.SearchStrategy[Any]:
    """Arbitrary JSON-like values, and values nested around ``MAX_DEPTH`` and to each of
    ``depths`` (built once: a 100 000-deep value takes a while to build)."""
    around = (MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1)
    deep = [
        nested(depth, leaf, key)
        for depth in around + depths
        for leaf, key in ((1, None), ("\ud800", "a"), ([], "fieldErrors"))
    ]
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(odd_text, inner, max_size=4),
        max_leaves=15,
    ) | pick(deep)


json_values = json_values_up_to((500, 5_000, DEEP))
# What json.dumps can still write, to serve as a body (deeper bodies are written as bytes).
sendable_values = json_values_up_to((300,))


def _parsers() -> list[Any]:
    """Every class of api/models.py that parses: a new one is tested without being listed."""
    return sorted(
        (
            cls
            for cls in vars(models).values()
            if inspect.isclass(cls)
            and cls.__module__ == models.__name__
            and callable(getattr(cls, "from_json", None))
        ),
        key=lambda cls: cls.__name__,
    )


PARSERS = _parsers()
KEYS = sorted(
    {
        f.metadata.get("json", models.json_name(f.name))
        for cls in PARSERS
        if dataclasses.is_dataclass(cls)
        for f in dataclasses.fields(cls)
    }
    | {"plaintextIdentity", "identity", "success", "description"}
)
valid_id = st.sampled_from(["abcdefghijklmnopqrstuv", "-eOaS7fRT0OS4kegIxqoog"])


def shaped(values: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Objects with the models' keys, so that the typed fields get hostile values."""
    return st.recursive(
        st.dictionaries(st.sampled_from(KEYS), values, max_size=8),
        lambda inner: st.dictionaries(st.sampled_from(KEYS), inner | values, max_size=8),
        max_leaves=12,
    )


def with_id(objects: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    """Objects that often get past the identifier checks, so the other fields are read too."""
    return st.builds(lambda base, key: {**base, "entityId": key}, objects, valid_id | odd_text)


model_inputs = json_values | shaped(json_values) | with_id(shaped(json_values))
sendable_objects = shaped(sendable_values)


def envelope(result: Any) -> dict[str, Any]:
    return {"status": {"success": True, "description": "ok"}, "result": result}


error_bodies = st.fixed_dictionaries(
    {},
    optional={
        key: sendable_values
        for key in (
            "fieldErrors",
            "validationErrors",
            "nonFieldErrors",
            "errorCode",
            "error",
            "error_description",
            "status",
            "expires",
        )
    },
)
documents = st.one_of(
    sendable_values,
    error_bodies,
    st.builds(envelope, st.lists(with_id(sendable_objects) | sendable_objects, max_size=3)),
    st.builds(envelope, sendable_values),
    st.lists(with_id(sendable_objects), max_size=3),
)


def encode(document: Any, encoding: str) -> bytes:
    """JSON as a server may send it: lone surrogates escaped, or raw in any UTF."""
    if encoding == "ascii":
        return json.dumps(document).encode("ascii")
    return json.dumps(document, ensure_ascii=False).encode(encoding, "surrogatepass")


json_bodies = st.builds(
    encode, documents, st.sampled_from(["ascii", "utf-8", "utf-16-le", "utf-32-le"])
)
raw_bodies = st.one_of(
    st.just(b""),
    st.binary(max_size=64),
    pick(
        [
            deep_json(DEEP),
            deep_json(DEEP, b'{"a":', b"}"),
            b'{"status":{"success":true},"result":[' + deep_json(5_000) + b"]}",
            b'{"fieldErrors":' + deep_json(900, b'{"a":', b"}") + b"}",
            b"9" * 5_000,
            b"1e400",
            b'{"expires": 1e400}',
            b'{"expires": ' + b"9" * 4_000 + b"}",
            b"NaN",
            b"<html><body><p>unclosed <script>" + b"<a " * 20_000,
            b"<h1>Server Error</h1>",
            b'"\\ud800"',
            b'{"status":{"success":true},"result":[{"entityId":"\\ud800"}]}',
            b'{"status":{"success":true},"result":[{"entityId":"a","name":"\\udfff"}]}',
        ]
    ),
)
content_types = st.sampled_from(
    [
        "application/json",
        "application/ld+json",
        "application/json; charset=utf-16",
        "application/json; charset=utf-32",
        "text/html; charset=utf-16",
        "text/html",
        "text/html; charset=punycode",
        "text/html; charset=rot13",
        "text/plain; charset=nonsense",
        "",
    ]
)
odd_headers = st.one_of(
    st.text(st.characters(max_codepoint=0x7E, min_codepoint=0x20), max_size=30),
    st.sampled_from(
        [
            "1e400",
            "nan",
            "inf",
            "-5",
            "9" * 400,
            "0.01",
            "01 Jan 99999999999999999999 00:00:00 UT",
            "Mon, 31 Dec 9999 23:59:59 -2359",
            "Fri, 31 Dec 1999 23:59:59 GMT",
        ]
    ),
)
links = st.one_of(
    st.sampled_from(
        [
            '<http://[::1>; rel="next"',
            '<https://evil.example/v2/next>; rel="next"',
            '</v2/badgeclasses/b/assertions?cursor=2>; rel="next"',
            f'<{BASE}/v2/x>; rel="next", <{BASE}/v2/y>; rel="prev"',
            '<>; rel="next"',
            '<http://127.0.0.1:9:x/>; rel="next"',
            '<\x7f>; rel="prev"',
            ";;;,<<<>>>",
        ]
    ),
    odd_headers.map(lambda text: f"<{text}>; rel=next"),
)


@dataclasses.dataclass
class Answer:
    status: int
    body: bytes
    content_type: str
    headers: dict[str, str]

    def response(self) -> httpx.Response:
        headers = {"Content-Type": self.content_type, **self.headers}
        return httpx.Response(self.status, content=self.body, headers=headers)


answers = st.builds(
    Answer,
    status=st.sampled_from([200, 201, 204, 302, 400, 401, 403, 404, 429, 500, 503]),
    body=json_bodies | raw_bodies,
    content_type=content_types,
    headers=st.fixed_dictionaries(
        {},
        optional={
            "Retry-After": odd_headers,
            "Link": links,
            "Content-Encoding": st.sampled_from(["gzip", "br", "deflate", "identity"]),
        },
    ),
)


# ------------------------------------------------------------------ 1. the model parsers


@settings(
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=model_inputs, parser=st.sampled_from(PARSERS))
def test_model_parsers_give_a_model_or_malformed_response(data, parser):
    try:
        parsed = parser.from_json(data)
    except MalformedResponseError as error:
        assert_readable(error)
        return
    assert isinstance(parsed, parser)
    # an envelope's result is left as sent, for the item models to parse: never stored
    assert_storable(dataclasses.replace(parsed, result=[]) if parser is Envelope else parsed)
    if isinstance(data, dict) and isinstance(key := data.get("entityId"), str) and key:
        # an identifier is used as sent, or refused: never repaired
        assert getattr(parsed, "entity_id", key) == key


def test_every_parser_is_covered():
    names = {cls.__name__ for cls in PARSERS}
    assert {"Assertion", "AssertionRow", "Envelope", "Issuer", "User", "Collection"} <= names


# ------------------------------------------------------------------ 2. every public call

A = AwardRequest(recipient=Recipient(identity="jo@example.org"))
CALLS: dict[str, tuple[tuple[Any, ...], dict[str, Any]]] = {
    "users_self": ((), {}),
    "list_issuers": ((), {}),
    "get_issuer": (("i",), {}),
    "list_badgeclasses": (("i",), {}),
    "get_badgeclass": (("b",), {}),
    "assertions_page": (("badgeclasses", "b"), {}),
    "assertion_row_pages": (("issuers", "i"), {"include_revoked": True}),
    "iter_assertions": (("badgeclasses", "b"), {}),
    "get_assertion": (("a",), {}),
    "award": (("badgeclasses", "b", A), {}),
    "update_assertion": (("a", AssertionUpdate(narrative="n")), {}),
    "revoke_assertion": (("a", "Mistake"), {}),
    "revoke_assertions": (([RevocationRequest(entity_id="a", revocation_reason="r")],), {}),
    "issue_batch": (("b", [A, A]), {}),
    "create_badgeclass": (("i", BadgeClassRequest(name="n", description="d", image=None)), {}),
    "update_badgeclass": (("b", BadgeClassRequest(name="n", description="d")), {}),
    "delete_badgeclass": (("b",), {}),
    "create_issuer": ((IssuerRequest(name="n", email="e@x.org", url="https://x.org"),), {}),
    "update_issuer": (("i", IssuerRequest(name="n", email="e@x.org", url="https://x.org")), {}),
    "list_backpack_assertions": ((), {"include_pending": True}),
    "get_backpack_assertion": (("a",), {}),
    "accept_backpack_assertion": (("a",), {}),
    "remove_backpack_assertion": (("a",), {}),
    "import_backpack_assertion": ((), {"url": "https://example.org/assertion"}),
    "list_collections": ((), {}),
    "get_collection": (("c",), {}),
    "create_collection": (("Mine",), {"assertions": ["a"]}),
    "update_collection": (("c",), {"name": "Mine", "assertions": ["a"]}),
    "delete_collection": (("c",), {}),
    "download": ((f"{BASE}/image.png",), {}),
}
PAGES_READ = 20
"""iter_assertions follows the answer's Link for ever if told to: the server stops after this."""


def public_calls() -> list[str]:
    """Found by introspection, so that a new call cannot be left out of CALLS unnoticed."""
    return sorted(
        name
        for name, member in inspect.getmembers(BadgesClient)
        if not name.startswith("_")
        and name != "aclose"
        and (
            inspect.iscoroutinefunction(member)
            or inspect.isasyncgenfunction(member)
            or (
                inspect.isfunction(member)
                and "PageReader" in str(inspect.signature(member).return_annotation)
            )
        )
    )


def test_every_public_call_is_exercised():
    assert set(public_calls()) == set(CALLS), "add the new call to CALLS"


async def invoke(client: BadgesClient, name: str) -> Any:
    args, kwargs = CALLS[name]
    result = getattr(client, name)(*args, **kwargs)
    if isinstance(result, AsyncIterator):
        return [item async for item in result]
    if isinstance(result, PageReader):
        return await every_page(result)
    return await result


async def every_page(reader: PageReader[Any]) -> list[Any]:
    """Every page a reader gives, until it is done (or a page fails)."""
    pages = []
    while not reader.done:
        pages.append(await reader.next())
    return pages


@pytest.mark.parametrize("name", public_calls())
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(answer=answers)
def test_every_call_gives_a_value_or_an_api_error(name, answer):
    if name == "download":
        # download() is not _results' to guard: see test_download_of_a_broken_encoding
        answer.headers.pop("Content-Encoding", None)
    served = 0

    def respond(request: httpx.Request) -> httpx.Response:
        nonlocal served
        served += 1
        if served > PAGES_READ:
            return httpx.Response(404)
        return answer.response()

    async def scenario() -> None:
        client = client_for(respond)
        try:
            value = await invoke(client, name)
        except ApiError as error:
            assert_readable(error)
        else:
            assert_storable(value)
        finally:
            await client.aclose()

    asyncio.run(scenario())


def test_download_of_a_broken_encoding():
    client = serve(200, b"not gzip", "image/png", **{"Content-Encoding": "gzip"})
    with pytest.raises(MalformedResponseError):
        call(client, "download", f"{BASE}/image.png")


# ------------------------------------------------------------------ 3. the cases of the issue


@pytest.mark.parametrize("opener", [b"[", b'{"a":'])
def test_deeply_nested_json_is_a_malformed_answer(opener):
    closer = b"]" if opener == b"[" else b"}"
    with pytest.raises(MalformedResponseError) as caught:
        call(serve(200, deep_json(DEEP, opener, closer)), "users_self")
    assert caught.value.status_code == 200
    assert caught.value.path == "/v2/users/self"


def test_deeply_nested_error_body_still_gives_the_status_error():
    with pytest.raises(ValidationError):
        call(serve(400, deep_json(DEEP)), "users_self")
    # parseable (under the recursion limit) but deeper than anything is walked
    body = json.dumps({"fieldErrors": nested(900, ["deep"], "a"), "nonFieldErrors": ["top"]})
    with pytest.raises(ValidationError) as caught:
        call(serve(400, body.encode()), "users_self")
    assert caught.value.non_field_errors == ["top"]


def test_normalise_field_errors_bounds_the_walk():
    fields, loose = normalise_field_errors(nested(DEEP, ["deep"], "a"))
    assert fields == {}
    assert loose == []
    fields, _ = normalise_field_errors(nested(MAX_DEPTH - 2, ["kept"], "a"))
    assert list(fields.values()) == [["kept"]]
    assert all(len(path) <= 200 for path in fields)


def test_deeply_nested_kept_json_is_refused_by_the_models():
    with pytest.raises(MalformedResponseError) as caught:
        Assertion.from_json({"entityId": "a", "extensions": {"x": nested(DEEP)}})
    assert caught.value.detail == f"Assertion.extensions.x: nested deeper than {MAX_DEPTH}"
    with pytest.raises(MalformedResponseError) as caught:
        Issuer.from_json({"entityId": "a", "unknownKey": nested(DEEP)})
    assert caught.value.detail == f"Issuer: nested deeper than {MAX_DEPTH}"
    kept = Issuer.from_json({"entityId": "a", "unknownKey": nested(MAX_DEPTH - 2)})
    assert kept.to_json()["unknownKey"] == nested(MAX_DEPTH - 2)


HTML_UTF16 = "<html><body><h1>Bad Request</h1></body></html>".encode("utf-16-le")


def test_utf16_without_bom_on_an_error():
    with pytest.raises(ValidationError) as caught:
        call(serve(400, HTML_UTF16, "text/html; charset=utf-16"), "users_self")
    assert caught.value.detail == "Bad Request"
    with pytest.raises(ServerError):
        call(serve(500, b"<h1>x", "text/html; charset=utf-32"), "users_self")


def test_utf16_without_bom_on_a_success():
    with pytest.raises(MalformedResponseError) as caught:
        call(serve(200, HTML_UTF16, "text/html; charset=utf-16"), "users_self")
    assert caught.value.detail == "Bad Request"
    # JSON is detected from its bytes (RFC 8259): UTF-16 without a BOM is read
    body = json.dumps(envelope([{"entityId": "u", "firstName": "Zoë"}])).encode("utf-16-le")
    user = call(serve(200, body, "application/json; charset=utf-16"), "users_self")
    assert user.first_name == "Zoë"


def walked(body: bytes, items_per_step: int) -> Any:
    """``body`` decoded in steps however short it is: the walk is what is tested."""
    return asyncio.run(load_json_in_steps(body, items_per_step, stepwise_from=0))


def decoded(body: bytes, decode: Callable[[bytes], Any]) -> tuple[str, Any]:
    try:
        return "value", decode(body)
    except ValueError:
        return "refused", None


@given(
    value=sendable_values | st.builds(envelope, st.lists(sendable_values, max_size=8)),
    indent=st.sampled_from([None, 0, 2]),
    encoding=st.sampled_from(["utf-8", "utf-16", "utf-32-le"]),
    edited=st.booleans(),
    position=st.floats(min_value=0, max_value=1),
    removed=st.integers(min_value=0, max_value=3),
    inserted=st.sampled_from(["", " ", ",", "]", "}", "x", "[1]", ":", '"', "{}"]),
    items_per_step=st.integers(min_value=1, max_value=3),
)
@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_decoding_in_steps_gives_what_decoding_at_once_gives(
    value, indent, encoding, edited, position, removed, inserted, items_per_step
):
    """Any body, whole or with a few characters taken out or put in anywhere: the same
    value, or both refuse it."""
    text = json.dumps(value, indent=indent)
    if edited:
        at = int(position * len(text))
        text = text[:at] + inserted + text[at + removed :]
    body = text.encode(encoding)
    in_steps = decoded(
        body, lambda b: asyncio.run(load_json_in_steps(b, items_per_step, stepwise_from=0))
    )
    assert in_steps == decoded(body, load_json)


@pytest.mark.parametrize(
    "body",
    [
        b'{"status": {"success": true}, "result": [1, 2, {"a": [1.5]}]}',
        b" [ 1 , 2 ] ",
        b'{"result": [1], "result": [2]}',
        b"\xef\xbb\xbf[1]",
        b'{"result": [1, ]}',
        b'{"result": [1, 2,]}',
        b'{"status": 1, }',
        b'{"status" 1}',
        b"{1: 2}",
        b"[1 2]",
        b"[1]]",
        b'{"result": [1]} x',
        b"[NaN]",
        b"[1e999]",
        b"",
        deep_json(DEEP),
    ],
)
def test_decoding_in_steps_agrees_on_edge_cases(body):
    assert decoded(
        body, lambda b: asyncio.run(load_json_in_steps(b, 1, stepwise_from=0))
    ) == decoded(body, load_json)


def test_decoding_in_steps_lets_the_event_loop_turn():
    """A page of 500 items, decoded 100 at a time: other callbacks run in between; a short
    answer is decoded in one go."""
    narrative = "x" * 300
    body = json.dumps(envelope([{"entityId": f"a{n}", "narrative": narrative} for n in range(500)]))
    body = body.encode()
    assert len(body) >= STEPWISE_FROM

    async def decode_beside_a_ticker(body: bytes) -> tuple[Any, int]:
        ticks = 0

        async def tick() -> None:
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0)

        ticker = asyncio.ensure_future(tick())
        await asyncio.sleep(0)
        before = ticks
        value = await load_json_in_steps(body, 100)
        during = ticks - before
        ticker.cancel()
        return value, during

    value, ticks = asyncio.run(decode_beside_a_ticker(body))
    assert value == load_json(body)
    assert ticks >= 4
    short = json.dumps(envelope([{"entityId": "a"}] * 300)).encode()
    assert len(short) < STEPWISE_FROM
    value, ticks = asyncio.run(decode_beside_a_ticker(short))
    assert value == load_json(short)
    assert ticks == 0


LONE = b'{"status": {"success": true}, "result": [{"entityId": "\\ud800", "name": "x"}]}'


def rows_of_lone_surrogate() -> None:
    """The table's rows read from an answer whose identifier has a lone surrogate."""

    async def go() -> None:
        client = serve(200, LONE)
        try:
            await every_page(client.assertion_row_pages("issuers", "i"))
        finally:
            await client.aclose()

    asyncio.run(go())


def test_lone_surrogate_identifier_is_refused():
    with pytest.raises(MalformedResponseError) as caught:
        call(serve(200, LONE), "get_issuer", "i")
    assert caught.value.detail == "Issuer.entityId: text with a lone surrogate"
    assert caught.value.path == "/v2/issuers/i"
    with pytest.raises(MalformedResponseError) as caught:
        rows_of_lone_surrogate()
    assert caught.value.detail == "an assertion's entityId has a lone surrogate"
    with pytest.raises(MalformedResponseError):
        User.from_json({"entityId": "u", "emails": [{"email": "a\udc00@example.org"}]})
    with pytest.raises(MalformedResponseError):
        Assertion.from_json({"entityId": "a", "badgeclass": "\ud800"})


def test_lone_surrogates_in_display_text_are_replaced_and_the_result_stored(tmp_path):
    issuer = Issuer.from_json(
        {"entityId": "i", "name": "Caf\ud800", "description": "\udfff", "more\ud800": ["\ud800"]}
    )
    assert issuer.name == "Caf\ufffd"
    assert issuer.description == "\ufffd"
    assert issuer.extra == {"more\ufffd": ["\ufffd"]}
    row = AssertionRow.from_json({"entityId": "a", "narrative": "n\ud800"})
    assert row.narrative == "n\ufffd"
    cache = Cache(open_database(tmp_path / "cache.sqlite3"))
    cache.replace_issuers("p", [issuer], [])
    assert Issuer.from_json(cache.issuers("p")[0]).name == "Caf\ufffd"


def test_timestamps_without_a_utc_equivalent_are_refused():
    with pytest.raises(MalformedResponseError) as caught:
        Assertion.from_json({"entityId": "a", "expires": "9999-12-31T23:59:59-23:59"})
    assert "is not a timestamp" in (caught.value.detail or "")
    with pytest.raises(MalformedResponseError):
        AssertionRow.from_json({"entityId": "a", "issuedOn": "0001-01-01T00:00:00+23:00"})


def test_summarise_body_reads_only_a_prefix():
    head = "<br>" * (TEXT_PREFIX // 4)
    assert summarise_body(head + "<p>late text</p>") == ""
    assert summarise_body(head + "x" * 500_000) == summarise_body(head + "y" * 500_000)
    response = httpx.Response(500, content=b"a" * 10_000_000, headers={"Content-Type": "text/html"})
    assert len(body_text(response)) == TEXT_PREFIX


@pytest.mark.parametrize(
    "page",
    [
        "<a" * 500_000,  # unclosed tags
        "<p>Oops</p><script>" + "x" * 1_000_000,  # unclosed script
        "<" * 1_000_000,
        "<p>a < b</p>" * 100_000,
    ],
)
def test_summarise_body_of_a_1mb_page(page):
    """Before the fix the first three took minutes: each '<' rescanned the rest of the page."""
    assert len(summarise_body(page)) <= 200


def test_summarise_body_keeps_what_is_not_a_tag():
    assert summarise_body("<p>1 < 2") == "1 < 2"
    assert summarise_body("x <> y") == "x <> y"
    assert summarise_body("<style>p{}</style>Hi<script>x()</SCRIPT> there") == "Hi there"
    assert summarise_body("<script>never closed<b>bold</b>") == "never closed bold"


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("7", 7.0),
        ("0.01", 0.01),
        (" 30 ", 30.0),
        ("9" * 400, MAX_WAIT),
        ("1e400", None),
        ("nan", None),
        ("inf", None),
        ("01 Jan 99999999999999999999 00:00:00 UT", None),
        ("Fri, 31 Dec 1999 23:59:59 GMT", 0.0),
    ],
)
def test_retry_after_is_a_bounded_number_or_none(value, seconds):
    response = httpx.Response(429, headers={"Retry-After": value})
    assert retry_after_seconds(response) == seconds


@pytest.mark.parametrize("expires", [b"9" * 4_000, b"1e308", b"1e400", b'"soon"', b"true"])
def test_rate_limit_body_with_odd_expires(expires):
    with pytest.raises(RateLimitedError) as caught:
        call(serve(429, b'{"expires": ' + expires + b"}"), "users_self")
    wait = caught.value.retry_after
    assert wait is None or (math.isfinite(wait) and 0 <= wait <= MAX_WAIT)
    assert_readable(caught.value)


def test_huge_texts_make_bounded_errors():
    huge = "w" * 1_000_000
    body = {
        "fieldErrors": {huge: [huge], **{f"f{i}": ["m"] for i in range(5000)}},
        "validationErrors": [huge, huge, *(["v"] * 3000)],
        "errorCode": huge,
        "error_description": huge,
    }
    with pytest.raises(ValidationError) as caught:
        call(serve(400, json.dumps(body).encode()), "users_self")
    assert_readable(caught.value)
    assert len(caught.value.messages) <= 2000


def test_a_link_that_cannot_be_followed_is_refused_with_its_page():
    body = json.dumps(envelope([])).encode()
    with pytest.raises(MalformedResponseError) as caught:
        call(serve(200, body, Link='<http://[::1>; rel="next"'), "assertions_page", "issuers", "i")
    assert caught.value.detail == "the next link is not an address"
    page = call(
        serve(200, body, Link="</v2/issuers/i/assertions?cursor=2>; rel=next"),
        "assertions_page",
        "issuers",
        "i",
    )
    assert page.next_url == "/v2/issuers/i/assertions?cursor=2"


@pytest.mark.parametrize(
    "method", [("list_issuers",), ("assertions_page", "issuers", "i")], ids=["list", "page"]
)
def test_a_body_that_does_not_match_its_encoding_is_malformed(method):
    """Read at once, or streamed as a page is (its next page asked for from the headers)."""
    with pytest.raises(MalformedResponseError) as caught:
        call(serve(200, b"not gzip", **{"Content-Encoding": "gzip"}), *method)
    assert caught.value.detail == "the answer could not be decompressed"


def test_a_redirect_is_not_an_empty_list():
    with pytest.raises(MalformedResponseError) as caught:
        call(serve(302, b"", Location=f"{BASE}/login"), "list_issuers")
    assert caught.value.detail == "HTTP 302 is not an answer"


# ------------------------------------------------------------------ OAuth token answers

OAUTH = OAuthConfig(
    authorize_url=f"{BASE}/o/authorize",
    token_url=f"{BASE}/o/token",
    client_id="c",
    redirect_uri="http://127.0.0.1/cb",
    scopes="r",
)


def token_answer(answer: Answer) -> Any:
    async def go() -> Any:
        oauth = OAuthClient(OAUTH, transport=httpx.MockTransport(lambda _: answer.response()))
        try:
            return await oauth.refresh("old")
        finally:
            await oauth.aclose()

    return asyncio.run(go())


token_documents = st.fixed_dictionaries(
    {},
    optional={
        key: sendable_values | st.sampled_from(["tok", "t\ud800", "t k", "ascii-token"])
        for key in (
            "access_token",
            "refresh_token",
            "expires_in",
            "scope",
            "token_type",
            "error",
            "expires",
        )
    },
)
token_answers = st.builds(
    Answer,
    status=st.sampled_from([200, 400, 401, 429, 500]),
    body=st.builds(encode, token_documents, st.sampled_from(["ascii", "utf-8"])) | raw_bodies,
    content_type=content_types,
    headers=st.just({}),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer=token_answers)
def test_token_answers_give_tokens_or_an_api_error(answer):
    try:
        tokens = token_answer(answer)
    except ApiError as error:
        assert_readable(error)
        return
    assert isinstance(tokens, TokenSet)
    tokens.access_token.encode("ascii")
    f"Bearer {tokens.access_token}".encode("latin-1")
    tokens.scope.encode("utf-8")
    assert tokens.expires_at > datetime(2000, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("body", "token_type"),
    [
        (b'{"access_token": "t", "expires_in": ' + b"9" * 4_000 + b"}", "Bearer"),
        (b'{"access_token": "t", "expires_in": 1e308, "token_type": "bearer"}', "bearer"),
        (b'{"access_token": "t", "token_type": {"a": [1]}}', "Bearer"),
    ],
)
def test_odd_numbers_and_types_in_a_token_answer(body, token_type):
    tokens = token_answer(Answer(200, body, "application/json", {}))
    assert tokens.token_type == token_type
    assert tokens.expires_at.year <= datetime.now(UTC).year + 1


@pytest.mark.parametrize(
    "body",
    [
        deep_json(DEEP, b'{"a":', b"}"),
        b'{"access_token": "t\\ud800"}',
        b'{"access_token": "t", "refresh_token": "caf\\u00e9"}',
        b'{"access_token": "a b"}',
        b'{"access_token": "t", "scope": "r\\udfff"}',
    ],
)
def test_token_answers_that_cannot_be_used_are_refused(body):
    with pytest.raises(OAuthError):
        token_answer(Answer(200, body, "application/json", {}))


def test_envelope_result_is_left_for_the_item_models():
    item = {"entityId": "\ud800", "deep": nested(DEEP)}
    assert Envelope.from_json(envelope([item])).result[0] is item
