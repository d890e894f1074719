"""The badgr-oss flavour answers as the open-source server did in the recorded exchanges.

Every recorded request that does not depend on what earlier requests left behind is sent
again to a fresh ``badgr-oss`` sandbox, and the answer must have the recorded status, the
recorded content type (main type) and the recorded JSON keys at every level. The recording
keeps only the first 600 characters of each answer: ``read_prefix`` recovers the structure of
such a prefix, and only the keys it shows are compared where it was cut (complete objects must
have exactly the recorded keys). The status object, error lists and batch-revoke reasons are
compared word for word; ids, times and tokens are not.

Recorded ids are mapped to sandbox objects of the same kind and state (``ROLES``); masked
tokens and passwords are replaced by real sandbox ones. The recording keeps no request
headers: BadgeDesk's client sent ``Accept: application/json``, the raw probes httpx's
``*/*`` and entry 4 was a browser, so the ``Accept`` header is the one each answer's type
implies (API-NOTES §0: ``application/ld+json`` unless JSON is asked for).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx
import pytest

from badgedesk.sandbox import DEMO_EMAIL, DEMO_PASSWORD, SandboxConfig, SandboxServer

API_DOCS = Path(__file__).resolve().parents[3] / "shared" / "api-docs"
RECORDING = API_DOCS / "badgr-oss-exchanges.json"
RECORDED_SERVER = "http://127.0.0.1:8000"

pytestmark = pytest.mark.skipif(
    not RECORDING.is_file(), reason="../shared/api-docs is not next to the repository"
)

# ---------------------------------------------------------------------- what is replayed

SIGN_IN = (0, 1)
"""Badgr-ui's password sign-in and the JSON consent; the code exchange (#2) sends a code
that was masked and came from #1."""

REPLAYED: dict[str, tuple[int, ...]] = {
    "sign-in: authorization code + PKCE (staff)": SIGN_IN,
    "sign-in: a code with the wrong PKCE verifier is refused": SIGN_IN,
    "sign-in: authorization code + PKCE (earner)": SIGN_IN,
    "sign-in page in a browser on the API host": (0,),
    "GET /v2/users/self": (0,),
    "GET /v2/issuers": (0,),
    "GET /v2/issuers/{id}": (0,),
    "GET /v2/badgeclasses and /v2/issuers/{id}/badgeclasses": (0, 1),
    "GET /v2/badgeclasses/{id}": (0,),
    "POST /v2/badgeclasses/{id}/assertions (evidence, narrative, expires, notify=false)": (0,),
    "POST /v2/issuers/{id}/assertions (badge class named in the body)": (0,),
    "award refused: field errors reach the field": (0,),
    "GET /v2/assertions/{id}": (0,),
    "GET an unknown assertion -> NotFoundError": (0,),
    "a bad token -> AuthenticationError": (0,),
    "award x125 (client.award, 4 at a time)": (0,),
    "GET /v2/badgeclasses/{id}/assertions?num=50, following Link rel=next": (0,),
    "GET /v2/issuers/{id}/assertions?num=100 paging": (0,),
    "recipient filter (?recipient=, repeatable; badge class and issuer)": (3,),
    "PUT /v2/assertions/{id} (narrative, evidence, expires)": (0, 1),
    "PUT expires:null (clear a value)": (0, 1),
    "DELETE /v2/assertions/{id} with revocation_reason": (0,),
    "DELETE again -> 'already revoked'": (0,),
    "include_revoked filter": (0,),
    "POST /v2/assertions/revoke (3 live, 1 already revoked, 1 unknown)": (0, 1),
    "POST /v2/badgeclasses/{id}/issue (3 recipients)": (0,),
    "POST .../issue with one bad item -> per-item field errors": (0,),
    "token refresh (grant_type=refresh_token)": (0, 1, 3, 5),
    "401 -> silent refresh inside the client": (0, 1, 2),
    "sign-out revokes (revoke_url /o/revoke_token, as the built-in profiles)": (0, 1, 3, 4, 5, 6),
    "sign-out revokes (revoke_url /o/revoke_token/)": (0, 1, 3, 4),
    "(staff) award badges to the earner's verified email": (0, 7),
    "GET /v2/backpack/assertions (+include_expired/include_revoked)": (0, 1),
    "GET /v2/backpack/assertions/{id}": (0,),
    "PUT /v2/backpack/assertions/{id} acceptance=Accepted": (0,),
    "PUT /v2/backpack/assertions/{id} acceptance=Rejected (the Reject button)": (0,),
    "DELETE /v2/backpack/assertions/{id} (+ restore by accepting)": (0, 1, 2, 3, 4),
    "POST /v2/backpack/import {url}": (0, 1),
    "POST /v2/backpack/import {image: baked PNG of one's own badge}": (0,),
    "POST /v2/backpack/import {assertion: OB 2.0 JSON}": (0, 1, 2),
    "collections: create+members, list, get, publish, rename, empty, delete": (0, 1, 2, 3, 4, 5, 6),
    "AssertionService: pages, summary, revoked view, award/edit/revoke, export": (0, 3, 4, 5),
    "BatchSubmission: 50 rows": (0,),
    "BatchSubmission: 10 rows, 3 answers lost after the server acted": (0, 1),
    "BatchSubmission: 50 rows [check-side patch: no badgeclass in the body]": (0,),
    "BatchSubmission: 10 rows, 3 answers lost after the server acted [check-side patch: "
    "no badgeclass in the body]": (1,),
    "BatchSubmission: allow duplicates off -> the server's refusal on the row [check-side "
    "patch: no badgeclass in the body]": (1,),
    "RevocationSubmission: 20 rows (15 entityIds, 5 recipients)": (0, 2, 3, 4, 5, 6, 7),
    "RevocationSubmission: the batch answer lost after the server acted": (0, 1, 2, 3, 4),
    "RevocationSubmission: already revoked + live + unknown (unchecked rows)": (0, 1),
    "BackpackService.badges (named from /public documents)": (0, 1, 2, 3),
    "BackpackService.accept": (0, 1),
    "BackpackService.reject": (0, 1),
    "BackpackService.remove + undo": (0, 1, 2, 3),
    "BackpackService.import_url": (0, 1),
    "BackpackService collections": (0, 1, 2, 3),
}
"""Entry name -> the indices of its exchanges that are replayed."""

PROBES: dict[str, tuple[str, str, Any]] = {
    "probe: PUT on a revoked assertion": ("PUT", "/v2/assertions/8kQT5ZEiQ4KSDbRQkrkfAg", {}),
    "probe: batch revoke with an object body": (
        "POST",
        "/v2/assertions/revoke",
        {"entityId": "LzvK9YWSQKippqGyUAlAfg", "revocationReason": "x"},
    ),
    "probe: badge-class-scoped award naming the badge class in the body": (
        "POST",
        "/v2/badgeclasses/rHNLAxVFTqGyA2BXqEM0PQ/assertions",
        {"recipient": {"identity": "probe@example.org"}, "badgeclass": "rHNLAxVFTqGyA2BXqEM0PQ"},
    ),
    "probe: trailing slash": ("GET", "/v2/issuers/", None),
    "probe: PATCH": ("PATCH", "/v2/assertions/o-rn0OrNQFqW_mrFxt0HFQ", {}),
    "probe: num=0": ("GET", "/v2/badgeclasses/ftwj_gPDSIGwrlPGUdCkKQ/assertions?num=0", None),
    "probe: default content type": ("GET", "/v2/issuers", None),
    "probe: POST collection with assertions in one request": (
        "POST",
        "/v2/backpack/collections",
        {"name": "probe", "assertions": ["_uYhjak9TcuQuxKFPt9JDQ"]},
    ),
    "probe: POST /v2/backpack/assertions": ("POST", "/v2/backpack/assertions", {}),
}
"""Probes recorded as a line of text (``reason``: method, path, status, type, the answer's
start) and ``facts``; their bodies were not kept, so each is written out here from that line."""

LEFT_OUT: dict[str, str] = {
    "server": "no exchange (what kind of server answered)",
    "mail after notify=false award": "no exchange (a mail in the server's folder)",
    "award refused: allowDuplicateAwards=false on a live award": (
        "needs the award made to that recipient in an earlier entry"
    ),
    "assertion_rows_page + iter_assertions (the table's parser)": (
        "every request carries a cursor from an earlier page"
    ),
    "BatchSubmission: allow duplicates off -> the server's refusal on the row": (
        "no exchange (not run in the recording)"
    ),
    # Exchanges of replayed entries that are not replayed:
    "sign-in: authorization code + PKCE (staff)#": "#2 sends a masked code made by #1",
    "sign-in: a code with the wrong PKCE verifier is refused#": "#2 sends a masked code",
    "sign-in: authorization code + PKCE (earner)#": "#2 sends a masked code made by #1",
    "award x125 (client.award, 4 at a time)#": "#1-#7 are #0 with other recipients",
    "GET /v2/badgeclasses/{id}/assertions?num=50, following Link rel=next#": (
        "#1-#7 carry cursors from earlier pages"
    ),
    "GET /v2/issuers/{id}/assertions?num=100 paging#": "#1-#4 carry cursors from earlier pages",
    "recipient filter (?recipient=, repeatable; badge class and issuer)#": (
        "#0-#2 need the awards of entry 'award x125' to those recipients"
    ),
    "include_revoked filter#": "#1 needs the award revoked in an earlier entry",
    "token refresh (grant_type=refresh_token)#": (
        "#2 sends a masked code; #4 and #6 need the pair that #3 replaced"
    ),
    "sign-out revokes (revoke_url /o/revoke_token, as the built-in profiles)#": (
        "#2 sends a masked code"
    ),
    "sign-out revokes (revoke_url /o/revoke_token/)#": (
        "#2 sends a masked code; #5 and #6 need the tokens #3 and #4 revoked "
        "(checked in test_oss_flavor)"
    ),
    "(staff) award badges to the earner's verified email#": "#1-#6 are #0 with other details",
    "POST /v2/backpack/import {image: baked PNG of one's own badge}#": (
        "#1 is image bytes at the recording server's /media path; #2 uploads a PNG baked with "
        "the recording server's URL"
    ),
    "collections: create+members, list, get, publish, rename, empty, delete#": (
        "#7 needs the collection #6 deleted"
    ),
    "AssertionService: pages, summary, revoked view, award/edit/revoke, export#": (
        "#1-#2 repeat #0"
    ),
    "BatchSubmission: 50 rows#": "#1-#7 are #0 with other recipients",
    "BatchSubmission: 10 rows, 3 answers lost after the server acted#": (
        "#2-#7 repeat #0 and #1 with other recipients"
    ),
    "BatchSubmission: 50 rows [check-side patch: no badgeclass in the body]#": (
        "#1-#5 are #0 with other recipients; #6-#7 need those awards"
    ),
    "BatchSubmission: 10 rows, 3 answers lost after the server acted [check-side patch: "
    "no badgeclass in the body]#": (
        "the GETs need the awards whose answers were lost; the other POSTs repeat #1"
    ),
    "BatchSubmission: allow duplicates off -> the server's refusal on the row [check-side "
    "patch: no badgeclass in the body]#": "#0 needs the award made in an earlier entry",
    "RevocationSubmission: 20 rows (15 entityIds, 5 recipients)#": (
        "#1 needs the awards of entry 'award x125' to those recipients"
    ),
}
"""Entries not replayed at all, and (name + "#") why the other exchanges of a replayed entry
are not."""

ROLES: dict[str, str] = {
    "fX9depWYS7Gb2cVH0LN1Hg": "issuer",
    "JwgXuKAGQRuJ2yyk5Cl-UA": "badgeclass",
    "ftwj_gPDSIGwrlPGUdCkKQ": "badgeclass",
    "rHNLAxVFTqGyA2BXqEM0PQ": "badgeclass",
    "_uYhjak9TcuQuxKFPt9JDQ": "backpack",
    "a1fOKKAySYan8IPeslRkrQ": "backpack",
    "GiAaLWiTSyyZy8Y2T3BsAQ": "backpack",
    "PdImCnThQDmAGMCE97VyEw": "backpack",
    "SrTy1ZJpQ4ynbMGzTv4Ayg": "unaccepted",
    "oThZ4m2AQACrPC-2Ea38hA": "unaccepted",
    "b9UqSWFJQ72aqL36RHv4BA": "unaccepted",
    "rGhmYTpLS6WXbgAJ8tztWw": "collection",
    "F6aTlac3RS2s-XTu8MvgYQ": "collection",
}
"""What each recorded id stands for; any other id is a live award of the demo user's issuer."""

REVOKED_BEFORE: dict[str, set[str]] = {
    "DELETE again -> 'already revoked'": {"8kQT5ZEiQ4KSDbRQkrkfAg"},
    "POST /v2/assertions/revoke (3 live, 1 already revoked, 1 unknown)": {"8kQT5ZEiQ4KSDbRQkrkfAg"},
    "RevocationSubmission: already revoked + live + unknown (unchecked rows)": {
        "LzvK9YWSQKippqGyUAlAfg"
    },
    "probe: PUT on a revoked assertion": {"8kQT5ZEiQ4KSDbRQkrkfAg"},
}
"""Awards that were already revoked when the entry ran: mapped to revoked sandbox awards."""

BAD_TOKEN: set[tuple[str, int]] = {
    ("a bad token -> AuthenticationError", 0),
    ("401 -> silent refresh inside the client", 0),
}
"""Requests the recording made with a bad or expired token."""

VERBATIM = frozenset({"status", "validationErrors", "fieldErrors", "error", "reason"})
"""Keys whose recorded values must come back word for word."""
FREE_FORM = frozenset({"extensions"})
"""Maps of anything: their own keys are not compared."""
PROBE_LINE = re.compile(r"-> (\d{3}) (\S+) ?(.*)$", re.DOTALL)
ENTITY_ID = re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{22}(?![A-Za-z0-9_-])")


def recording() -> list[dict[str, Any]]:
    if not RECORDING.is_file():
        return []
    entries: list[dict[str, Any]] = json.loads(RECORDING.read_text(encoding="utf-8"))["results"]
    return entries


@dataclass(frozen=True)
class Case:
    entry: str
    index: int
    method: str
    url: str
    sent: str
    status: int
    content_type: str
    answer: str


def cases() -> list[Any]:
    made = []
    for entry in recording():
        name = entry["name"]
        exchanges = entry.get("exchanges", [])
        for index in REPLAYED.get(name, ()):
            e = exchanges[index]
            case = Case(
                name,
                index,
                e["method"],
                e["url"],
                e["sent"] or "",
                e["status"],
                e["content_type"] or "",
                e["answer"] or "",
            )
            made.append(pytest.param(case, id=f"{name} #{index}"))
        if name in PROBES:
            method, url, body = PROBES[name]
            status, content_type, answer = PROBE_LINE.search(entry["reason"]).groups()  # type: ignore[union-attr]
            sent = "" if body is None else json.dumps(body)
            case = Case(name, 0, method, url, sent, int(status), content_type, answer)
            made.append(pytest.param(case, id=name))
    return made


# ---------------------------------------------------------------------- the tolerant reader


def read_prefix(text: str) -> tuple[Any, int]:
    """The JSON value a possibly truncated text starts with, and how many of its containers
    were still open where the text stops (0: the text is complete).

    Open strings and containers are closed and an incomplete last token (half a key, a key
    without its value, half a literal) is dropped: the longest prefix that closes into valid
    JSON wins."""
    try:
        return json.loads(text), 0
    except ValueError:
        pass
    closers: list[str] = []  # closers[i]: what closes text[:i]
    stack: list[str] = []
    in_string = escaped = False
    for char in text:
        closers.append(('"' if in_string else "") + "".join(reversed(stack)))
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            stack.append("}" if char == "{" else "]")
        elif char in "}]" and stack:
            stack.pop()
    closers.append(('"' if in_string else "") + "".join(reversed(stack)))
    for end in range(len(text), 0, -1):
        try:
            value = json.loads(text[:end] + closers[end])
        except ValueError:
            continue
        return value, closers[end].count("}") + closers[end].count("]")
    raise ValueError(f"no JSON value at the start of {text[:40]!r}")


def assert_same_keys(recorded: Any, actual: Any, open_levels: int, path: str = "$") -> None:
    """Recursively: the recorded keys are the sandbox's. Where the recording was complete,
    all of them; inside the containers still open where it was cut, the sandbox may add keys
    only after the last recorded one (the answer's keys come in the server's order)."""
    if isinstance(recorded, dict):
        assert isinstance(actual, dict), f"{path}: an object was recorded, not {actual!r:.80}"
        missing = sorted(set(recorded) - set(actual))
        extra = sorted(set(actual) - set(recorded))
        if open_levels and not missing:
            # Cut here: only keys after the last one recorded may be the sandbox's own.
            last = list(actual).index(list(recorded)[-1]) if recorded else 0
            extra = [key for key in list(actual)[:last] if key not in recorded]
        assert not missing, f"{path}: missing {missing}"
        assert not extra, f"{path}: extra {extra}"
        items = list(recorded.items())
    elif isinstance(recorded, list):
        assert isinstance(actual, list), f"{path}: a list was recorded, not {actual!r:.80}"
        if recorded:
            assert actual, f"{path}: the sandbox's list is empty"
        items = list(enumerate(recorded))
    else:
        return
    for position, (key, value) in enumerate(items):
        cut = open_levels > 0 and position == len(items) - 1
        mine = actual[key] if isinstance(key, str) else actual[min(key, len(actual) - 1)]
        where = f"{path}.{key}" if isinstance(key, str) else f"{path}[{key}]"
        if key in VERBATIM and not cut:
            assert mine == value, f"{where}: recorded {value!r}, sandbox {mine!r}"
        if key not in FREE_FORM:
            assert_same_keys(value, mine, open_levels - 1 if cut else 0, where)


@pytest.mark.parametrize(
    ("text", "value", "depth"),
    [
        ('{"a": 1}', {"a": 1}, 0),
        ('{"a": {"b": [1, 2', {"a": {"b": [1, 2]}}, 3),
        ('{"a": "tru', {"a": "tru"}, 1),
        ('{"a": 1, "bc', {"a": 1}, 1),
        ('{"a": 1, "b": ', {"a": 1}, 1),
        ('{"a": [{"x": "y\\"', {"a": [{"x": 'y"'}]}, 3),
        ('{"a": tr', {}, 1),
    ],
)
def test_read_prefix(text, value, depth):
    assert read_prefix(text) == (value, depth)


def test_same_keys_where_complete_and_a_subset_where_cut():
    recorded, depth = read_prefix('{"s": {"ok": true}, "r": [{"a": 1, "b')
    assert_same_keys(recorded, {"s": {"ok": True}, "r": [{"a": 2, "z": 3}], "t": 1}, depth)
    with pytest.raises(AssertionError, match="extra"):
        assert_same_keys(recorded, {"s": {"ok": True, "x": 1}, "r": [{"a": 2}]}, depth)
    with pytest.raises(AssertionError, match="extra"):
        assert_same_keys(recorded, {"s": {"ok": True}, "r": [{"y": 1, "a": 2}]}, depth)
    with pytest.raises(AssertionError, match="missing"):
        assert_same_keys(recorded, {"s": {"ok": True}, "r": [{"b": 2}]}, depth)


# ---------------------------------------------------------------------- replaying


def test_every_entry_is_replayed_or_left_out_with_a_reason():
    for entry in recording():
        name, count = entry["name"], len(entry.get("exchanges", []))
        replayed = REPLAYED.get(name, ()) if name not in PROBES else (0,)
        assert replayed or LEFT_OUT.get(name), f"{name!r}: neither replayed nor left out"
        if replayed and count and len(replayed) < count:
            assert f"{name}#" in LEFT_OUT, f"{name!r}: say why the other exchanges are not"
    names = {entry["name"] for entry in recording()}
    listed = set(REPLAYED) | set(PROBES) | {n.rstrip("#") for n in LEFT_OUT}
    assert listed <= names, f"unknown entries: {sorted(listed - names)}"


class Mapper:
    """Recorded ids, addresses, users and masked secrets -> this sandbox's."""

    def __init__(self, server: SandboxServer, case: Case) -> None:
        state = server.state
        with state.lock:
            owned = [i for i in state.issuers.values() if i.roles.get(DEMO_EMAIL) == "owner"]
            issuer = owned[0].entity_id
            awards = sorted(
                (a for a in state.assertions.values() if a.issuer == issuer),
                key=lambda a: a.created_at,
            )
            mine = [a for a in awards if a.identity == DEMO_EMAIL and not a.revoked]
            self.pools = {
                "issuer": [issuer],
                "badgeclass": [
                    b.entity_id for b in state.badgeclasses.values() if b.issuer == issuer
                ],
                "live": [
                    a.entity_id
                    for a in awards
                    if not a.revoked and a.identity != DEMO_EMAIL and a.expires is None
                ],
                "revoked": [a.entity_id for a in awards if a.revoked],
                "backpack": [a.entity_id for a in mine if a.acceptance != "Rejected"],
                "unaccepted": [
                    a.entity_id
                    for a in state.assertions.values()
                    if a.identity == DEMO_EMAIL
                    and a.source_url is None
                    and a.acceptance == "Unaccepted"
                ],
                "collection": [
                    c.entity_id
                    for c in state.collections.values()
                    if state.users[c.owner].email == DEMO_EMAIL
                ],
            }
        self.revoked_before = REVOKED_BEFORE.get(case.entry, set())
        self.server = server
        self.ids: dict[str, str] = {}
        self.used: dict[str, int] = {}

    def _id(self, match: re.Match[str]) -> str:
        recorded = match.group(0)
        if recorded not in self.ids:
            role = "revoked" if recorded in self.revoked_before else ROLES.get(recorded, "live")
            pool, taken = self.pools[role], self.used.get(role, 0)
            assert taken < len(pool), f"the demo seed has too few {role} objects"
            self.ids[recorded] = pool[taken]
            self.used[role] = taken + 1
        return self.ids[recorded]

    def text(self, recorded: str) -> str:
        return ENTITY_ID.sub(self._id, recorded.replace(RECORDED_SERVER, self.server.base_url))


def send(server: SandboxServer, case: Case) -> httpx.Response:
    mapper = Mapper(server, case)
    pair = server.mint_token()
    bearer = "not-a-token" if (case.entry, case.index) in BAD_TOKEN else pair.access_token
    accept = {
        "application/json": "application/json",
        "text/html": "text/html,application/xhtml+xml,*/*;q=0.8",
    }.get(case.content_type.split(";")[0], "*/*")
    headers = {"Accept": accept, "Authorization": f"Bearer {bearer}"}
    content: bytes | None = None
    if case.sent.startswith(("{", "[")):
        # Bodies were recorded up to 400 characters: the part that was kept is sent.
        content = mapper.text(json.dumps(read_prefix(case.sent)[0])).encode()
        headers["Content-Type"] = "application/json"
    elif case.sent:
        secrets = {
            "password": DEMO_PASSWORD,
            "username": DEMO_EMAIL,
            "refresh_token": pair.refresh_token,
            "token": pair.access_token,
        }
        form = [(k, secrets.get(k, v)) for k, v in parse_qsl(case.sent, keep_blank_values=True)]
        content = urlencode(form).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if case.url.startswith("/o/token") or case.url.startswith("/o/revoke_token"):
        del headers["Authorization"]
    url = server.base_url + mapper.text(case.url)
    return httpx.request(case.method, url, content=content, headers=headers, timeout=10)


@pytest.fixture
def oss() -> Iterator[SandboxServer]:
    with SandboxServer(SandboxConfig(flavor="badgr-oss", token_backoff=False)) as server:
        yield server


@pytest.mark.parametrize("case", cases())
def test_replay(oss: SandboxServer, case: Case) -> None:
    answer = send(oss, case)
    assert answer.status_code == case.status, answer.text[:300]
    recorded_type = case.content_type.split(";")[0].strip()
    assert answer.headers.get("content-type", "").split(";")[0].strip() == recorded_type
    if recorded_type in ("application/json", "application/ld+json") and case.answer:
        recorded, depth = read_prefix(case.answer)
        assert_same_keys(recorded, answer.json(), depth)
    elif not case.answer and case.status != 500:
        assert answer.content == b""
