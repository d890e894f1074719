"""Session.sign_out: tokens forgotten here either way, revoked at the server when it confirms,
kept in the keyring's pending entry when it does not."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import httpx

from badgedesk.auth.keychain import PENDING_REVOCATION, Keychain
from badgedesk.auth.oauth import TokenSet
from badgedesk.profiles import sandbox_profile
from badgedesk.services.session import Session
from tests.loopback_http import Answer, loopback_server


def signed_in(profile, sandbox, memory_keyring, runner):
    """A session on ``profile`` restored from fresh sandbox tokens, and those tokens."""
    minted = sandbox.mint_token()
    keychain = Keychain(profile.name, memory_keyring)
    expires = datetime.now(UTC) + timedelta(hours=1)
    keychain.save_tokens(TokenSet(minted.access_token, minted.refresh_token, expires))
    session = Session(profile, keychain)
    assert runner.run(session.restore(keychain.load_tokens()))
    return session, minted


def alive(sandbox, access_token):
    answer = httpx.get(
        f"{sandbox.base_url}/v2/users/self", headers={"Authorization": f"Bearer {access_token}"}
    )
    return answer.status_code == 200


def test_sign_out_confirmed_leaves_nothing_pending(sandbox, memory_keyring, runner):
    session, minted = signed_in(
        sandbox_profile(sandbox.base_url, sandbox.web_url), sandbox, memory_keyring, runner
    )
    assert runner.run(session.sign_out()) is True
    runner.run(session.aclose())
    assert not session.signed_in
    assert Keychain("Sandbox", memory_keyring).load_tokens() is None
    assert ("BadgeDesk/Sandbox", PENDING_REVOCATION) not in memory_keyring.secrets
    assert not alive(sandbox, minted.access_token)


def test_unconfirmed_sign_outs_add_up_until_the_server_confirms(sandbox, memory_keyring, runner):
    working = sandbox_profile(sandbox.base_url, sandbox.web_url)
    minted = []
    with loopback_server(Answer(500)) as refusing:
        broken = replace(working, revoke_url=f"{refusing.base_url}/o/revoke_token/")
        for _ in range(2):
            session, tokens = signed_in(broken, sandbox, memory_keyring, runner)
            assert runner.run(session.sign_out()) is False
            runner.run(session.aclose())
            assert not session.signed_in, "signed out here all the same"
            assert Keychain("Sandbox", memory_keyring).load_tokens() is None
            minted.append(tokens)
    pending = json.loads(memory_keyring.secrets[("BadgeDesk/Sandbox", PENDING_REVOCATION)])
    every = {t for pair in minted for t in (pair.access_token, pair.refresh_token)}
    assert set(pending) == every, "the second sign-out kept the first one's tokens"
    assert all(alive(sandbox, pair.access_token) for pair in minted)

    again = Session(working, Keychain("Sandbox", memory_keyring))
    assert runner.run(again.revoke_pending()) is True
    runner.run(again.aclose())
    assert ("BadgeDesk/Sandbox", PENDING_REVOCATION) not in memory_keyring.secrets
    assert not any(alive(sandbox, pair.access_token) for pair in minted)
