"""Sign in through the sandbox's HTML authorize page with plain httpx, as a browser would; the
OAuth endpoints a self-hosted profile derives."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import httpx

from badgedesk.auth import OAuthConfig
from badgedesk.profiles import ServerProfile
from badgedesk.sandbox import ALL_SCOPES, CLIENT_ID, DEMO_EMAIL, DEMO_PASSWORD, REDIRECT_URIS


class _FormReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hidden: dict[str, str] = {}
        self.action: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "form" and values.get("id") == "login-form":
            self.action = values.get("action") or ""
        if tag == "input" and values.get("type") == "hidden" and values.get("name"):
            self.hidden[values["name"] or ""] = values.get("value") or ""


def submit_login(
    authorize_url: str,
    *,
    email: str = DEMO_EMAIL,
    password: str = DEMO_PASSWORD,
    action: str = "allow",
) -> dict[str, str]:
    """Load the page, post the form, and return the query of the redirect it answers with."""
    with httpx.Client(follow_redirects=False) as http:
        page = http.get(authorize_url)
        page.raise_for_status()
        form = _FormReader()
        form.feed(page.text)
        assert form.action is not None, "the page has the login form"
        target = str(page.url.join(form.action)) if form.action else str(page.url)
        answer = http.post(
            target, data={**form.hidden, "email": email, "password": password, "action": action}
        )
    assert answer.status_code in (302, 303), answer.text[:300]
    query = parse_qs(urlsplit(answer.headers["location"]).query)
    return {key: values[0] for key, values in query.items()}


def oauth_config(base_url: str, web_url: str | None = None) -> OAuthConfig:
    """The endpoints as a self-hosted profile derives them from its two addresses."""
    profile = ServerProfile.for_server(
        "Test",
        base_url,
        web_url or base_url,
        client_id=CLIENT_ID,
        redirect_uri=REDIRECT_URIS[0],
        scopes=ALL_SCOPES,
    )
    return profile.oauth_config()
