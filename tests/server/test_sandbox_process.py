"""The sandbox in a process of its own (the benchmarks' server): it serves over loopback,
answers its questions over the pipe (the requests it served, the awards revoked), throttles
when told, and stops with its block."""

from __future__ import annotations

import httpx

from badgedesk.sandbox import SandboxConfig
from badgedesk.sandbox.process import SandboxProcess


def test_a_sandbox_in_its_own_process_serves_answers_and_stops():
    with SandboxProcess(SandboxConfig(token_backoff=False)) as served:
        assert served.base_url.startswith("http://127.0.0.1:")
        headers = {"Authorization": f"Bearer {served.token()}"}
        peer_mentor = served.badgeclass("Peer Mentor")
        url = f"{served.base_url}/v2/badgeclasses/{peer_mentor}"
        assert httpx.get(url, headers=headers, timeout=10).status_code == 200
        served.requests()  # forget what was served so far
        served.throttle(1)
        statuses = [httpx.get(url, headers=headers, timeout=10).status_code for _ in range(3)]
        assert 429 in statuses
        path = f"/v2/badgeclasses/{peer_mentor}"
        assert served.requests() == [("GET", path, status) for status in statuses]
        served.throttle(0)

        award = httpx.post(
            f"{url}/assertions",
            headers=headers,
            json={"recipient": {"identity": "kim@example.org", "type": "email"}},
            timeout=10,
        ).json()["result"][0]["entityId"]
        assert award not in served.revoked()
        revoked = httpx.request(
            "DELETE",
            f"{served.base_url}/v2/assertions/{award}",
            headers=headers,
            json={"revocation_reason": "A test"},
            timeout=10,
        )
        assert revoked.status_code == 200
        assert award in served.revoked()
        process = served._process
    assert not process.is_alive()
