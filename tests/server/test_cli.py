"""``badgedesk-sandbox`` and ``badgedesk`` as a user runs them, in a child process."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys

import httpx
import pytest

from badgedesk import __version__


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def base_url_of(process: subprocess.Popen[str]) -> str:
    """Read lines (readline: no read-ahead) until the base URL is printed."""
    assert process.stdout is not None
    while line := process.stdout.readline():
        match = re.search(r"serving at (http://127\.0\.0\.1:\d+)", line)
        if match:
            return match.group(1)
    raise AssertionError(f"no base URL printed: {process.communicate()[1]}")


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_sandbox_command_serves_and_stops_cleanly(stop):
    process = start("-m", "badgedesk.sandbox", "--port", "0", "--latency-ms", "1")
    try:
        base = base_url_of(process)
        answer = httpx.get(f"{base}/v2/users/self", timeout=10)
        assert answer.status_code == 401
        assert answer.json()["status"]["description"] == "no valid auth token found"
        page = httpx.get(f"{base}/auth/oauth2/authorize", timeout=10)
        assert page.status_code == 400, "no client_id: an error page"
    finally:
        process.send_signal(stop)
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert "stopped" in out


def test_sandbox_command_prints_how_to_sign_in():
    process = start("-m", "badgedesk.sandbox", "--port", "0", "--seed", "empty")
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(7)]
    finally:
        process.send_signal(signal.SIGINT)
        out, _ = process.communicate(timeout=20)
    out = "".join(lines) + out
    for expected in (
        "demo@badgedesk.test / demo",
        "client id:",
        "badgedesk",
        "http://127.0.0.1:8400/callback",
        "/o/token",
        "/auth/oauth2/authorize",
    ):
        assert expected in out


def read_banner(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    lines = []
    while line := process.stdout.readline():
        lines.append(line)
        if line.startswith("Press Ctrl+C"):
            break
    return "".join(lines)


@pytest.mark.parametrize("flavor", ["parchment", "badgr-oss"])
def test_sandbox_command_serves_the_flavour_asked_for(flavor):
    process = start("-m", "badgedesk.sandbox", "--port", "0", "--flavor", flavor)
    try:
        banner = read_banner(process)
        base = re.search(r"serving at (http://127\.0\.0\.1:\d+)", banner)
        page = re.search(r"authorize page: (http://127\.0\.0\.1:\d+)/auth/oauth2/authorize", banner)
        assert base, banner
        assert page, banner
        assert f"flavour:        {flavor}" in banner
        if flavor == "parchment":
            assert page.group(1) == base.group(1)
        else:
            assert page.group(1) != base.group(1), "badgr-ui's origin is not the API's"
            assert (
                httpx.get(f"{base.group(1)}/auth/oauth2/authorize", timeout=10).status_code == 404
            )
        sign_in = httpx.get(f"{page.group(1)}/auth/oauth2/authorize", timeout=10)
        assert sign_in.status_code == 400, "no client_id: an error page"
        envelope = httpx.get(f"{base.group(1)}/v2/users/self", timeout=10).json()
        assert ("timestamp" in envelope) == (flavor == "parchment")
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=20)
    assert process.returncode == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--host", "0.0.0.0"], "loopback"),
        (["--flavor", "badgr"], "invalid choice"),
        (["--fault-rate", "2"], "between 0 and 1"),
        (["--throttle", "-1"], "0 (no limit) or more"),
        (["--seed", "lots"], "invalid choice"),
    ],
)
def test_sandbox_command_refuses_bad_options(args, message):
    done = subprocess.run(
        [sys.executable, "-m", "badgedesk.sandbox", *args],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 2
    assert message in done.stderr


def test_sandbox_command_reports_a_busy_port():
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "badgedesk.sandbox", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    assert done.returncode == 2
    assert "cannot listen" in done.stderr


def test_badgedesk_version():
    done = subprocess.run(
        [sys.executable, "-m", "badgedesk", "--version"],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert done.stdout.strip() == f"BadgeDesk {__version__}"


def test_strict_oauth_flag_reaches_the_server():
    process = start("-m", "badgedesk.sandbox", "--port", "0", "--strict-oauth")
    try:
        banner = read_banner(process)
        base = re.search(r"serving at (http://127\.0\.0\.1:\d+)", banner)
        assert base, banner
        assert "strict OAuth:   on (RFC 9700)" in banner
        query = "client_id=badgedesk&redirect_uri=http://127.0.0.1:8400/callback&response_type=code"
        page = httpx.get(f"{base.group(1)}/auth/oauth2/authorize?{query}", timeout=10)
        assert page.status_code == 302, "no code_challenge: refused"
        assert "error=invalid_request" in page.headers["location"]
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=20)


def password_token(base: str, scope: str) -> str:
    """The demo user's access token from the sandbox at ``base``, by the password grant."""
    return httpx.post(
        f"{base}/o/token",
        data={
            "grant_type": "password",
            "username": "demo@badgedesk.test",
            "password": "demo",
            "client_id": "badgedesk",
            "scope": scope,
        },
        timeout=10,
    ).json()["access_token"]


def test_throttle_flag_reaches_the_server():
    process = start("-m", "badgedesk.sandbox", "--port", "0", "--throttle", "1")
    try:
        base = base_url_of(process)
        token = password_token(base, "r:profile")
        headers = {"Authorization": f"Bearer {token}"}
        answers = [httpx.get(f"{base}/v2/users/self", headers=headers, timeout=10) for _ in "12"]
        assert [answer.status_code for answer in answers] == [200, 429]
        assert answers[1].headers["retry-after"] == "1"
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=20)


def test_shared_issuers_flag_reaches_the_seed():
    process = start("-m", "badgedesk.sandbox", "--port", "0", "--shared-issuers")
    try:
        base = base_url_of(process)
        token = password_token(base, "rw:issuer")
        issuers = httpx.get(
            f"{base}/v2/issuers", headers={"Authorization": f"Bearer {token}"}, timeout=10
        ).json()["result"]
        assert [i["name"] for i in issuers][2:] == [
            "Harbour Arts Centre",
            "Moorland Volunteer Network",
        ]
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=20)
