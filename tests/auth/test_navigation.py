"""The embedded browser's navigation rules, judged without Qt."""

from __future__ import annotations

import pytest

from badgedesk.auth.navigation import (
    Origin,
    Verdict,
    is_loopback_host,
    judge,
    origin_of,
    shown_address,
)

REDIRECT = "http://127.0.0.1:8400/callback"
HOME = ("https://api.badgr.io", "https://badgr.com", "https://badgr.com/auth/oauth2/authorize")


def verdict(url: str, redirect: str = REDIRECT) -> Verdict:
    return judge(url, redirect, HOME)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8400/callback",
        "http://127.0.0.1:8400/callback?code=c&state=s",
        "HTTP://127.0.0.1:8400/callback#x",
    ],
)
def test_the_exact_redirect_uri_is_taken(url):
    assert verdict(url) is Verdict.REDIRECT


def test_the_default_port_is_the_same_port():
    assert judge("https://app.example:443/cb?code=1", "https://app.example/cb", HOME) is (
        Verdict.REDIRECT
    )


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8400/callback.evil",
        "http://127.0.0.1:8400/callback/extra",
        "http://127.0.0.1:8400/callback/",
        "http://127.0.0.1:8400/Callback",
        "http://127.0.0.1:8400/",
        "http://127.0.0.1:8400/other",
        "http://127.0.0.1:8401/callback",
        "https://127.0.0.1:8400/callback",
        "http://localhost:8400/callback",
        "http://LOCALHOST.:8400/callback",
        "http://evil.localhost:8400/callback",
        "http://[::1]:8400/callback",
        "http://127.0.0.2:9999/callback",
        "https://127.0.0.1.nip.io:8400/callback",
    ],
)
def test_look_alikes_of_the_redirect_uri_are_refused(url):
    assert verdict(url) is Verdict.LOOKALIKE


def test_localhost_redirect_has_127_0_0_1_as_a_look_alike():
    assert verdict("http://127.0.0.1:8400/callback", "http://localhost:8400/callback") is (
        Verdict.LOOKALIKE
    )


def test_a_web_app_that_hosts_the_redirect_keeps_its_other_pages():
    """Only a loopback redirect claims its whole origin: a web app's other pages stay usable."""
    redirect = "https://badgr.com/desktop/callback"
    assert judge("https://badgr.com/auth/login", redirect, HOME) is Verdict.HOME
    assert judge("https://badgr.com/desktop/callback2", redirect, HOME) is Verdict.LOOKALIKE


@pytest.mark.parametrize(
    "url", ["http://example.invalid/", "http://badgr.com/auth/login", "http://10.0.0.1/"]
)
def test_plain_http_off_loopback_is_refused(url):
    assert verdict(url) is Verdict.INSECURE


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/", "about:blank"])
def test_what_is_no_web_address_is_refused(url):
    assert verdict(url) is Verdict.UNSUPPORTED


@pytest.mark.parametrize(
    "url", ["https://badgr.com/auth/login?next=/", "https://api.badgr.io/o/authorize"]
)
def test_the_profiles_own_origins_are_home(url):
    assert verdict(url) is Verdict.HOME


@pytest.mark.parametrize(
    "url",
    [
        "https://login.microsoftonline.com/common/oauth2",
        "https://accounts.google.com/o/oauth2/auth",
        "https://badgr.co/auth/login",
        "https://badgr.com:8443/",
        "http://127.0.0.1:5000/",
        "http://localhost:5000/",
    ],
)
def test_other_origins_are_foreign(url):
    assert verdict(url) is Verdict.FOREIGN


def test_origin_display_names_the_port_only_when_it_is_not_the_default():
    assert origin_of("https://Login.Example.COM./x").display == "login.example.com"
    assert origin_of("http://127.0.0.1:5000/x").display == "127.0.0.1:5000"
    assert origin_of("http://[::1]:5000/").display == "[::1]:5000"
    assert origin_of("https://h:443/") == Origin("https", "h", 443)


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.1.2.3", True),
        ("::1", True),
        ("[::1]", True),
        ("::ffff:127.0.0.1", True),
        ("localhost", True),
        ("a.localhost.", True),
        ("localhost.example.com", False),
        ("10.0.0.1", False),
        ("example.invalid", False),
    ],
)
def test_loopback_hosts(host, loopback):
    assert is_loopback_host(host) is loopback


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://127.0.0.1:8400/callback?code=c&state=s#f", "http://127.0.0.1:8400/callback"),
        ("https://user:pw@Example.com/a?b", "https://example.com/a"),
        ("http://[::1]:9/x", "http://[::1]:9/x"),
    ],
)
def test_shown_address_leaves_out_query_and_user_info(url, shown):
    assert shown_address(url) == shown
