"""Server profiles on disk and secrets in the keyring (no widgets)."""

from __future__ import annotations

import json

import pytest
from keyring.backends import fail

from badgedesk.auth.keychain import CLIENT_SECRET, Keychain
from badgedesk.auth.oauth import TokenSet
from badgedesk.profiles import (
    BUILTIN_PROFILES,
    SANDBOX,
    ProfileError,
    ProfileStore,
    ServerProfile,
    sandbox_profile,
)


def custom(name="School server", **changes):
    values = dict(
        name=name,
        api_base="https://badges.school.example/",
        authorize_url="https://badges.school.example/auth/oauth2/authorize",
        token_url="https://badges.school.example/o/token",
        client_id="school-console",
    )
    values.update(changes)
    return ServerProfile(**values)


def test_builtin_regions_are_listed():
    names = {p.name for p in BUILTIN_PROFILES}
    for region in ("US", "EU", "AU", "CA", "SG", "Demo", "Test"):
        assert f"Parchment {region}" in names
        assert f"Canvas Credentials {region}" in names
    us = next(p for p in BUILTIN_PROFILES if p.name == "Parchment US")
    assert us.api_base == "https://api.badges.parchment.com"
    assert us.token_url == "https://api.badges.parchment.com/o/token"


def test_custom_profiles_round_trip_and_current(tmp_path):
    store = ProfileStore(tmp_path / "profiles.json")
    store.put(custom())
    store.current = "School server"
    store.save()
    again = ProfileStore(tmp_path / "profiles.json")
    assert again.current == "School server"
    loaded = again.get("School server")
    assert loaded is not None
    assert loaded.api_base == "https://badges.school.example"
    again.put(custom("Renamed"), replacing="School server")
    assert again.current == "Renamed"
    again.remove("Renamed")
    assert again.current is None
    assert "secret" not in (tmp_path / "profiles.json").read_text()


@pytest.mark.parametrize(
    ("profile", "message"),
    [
        (custom(""), "needs a name"),
        (custom(SANDBOX), "built-in"),
        (custom("Parchment EU"), "built-in"),
        (custom(token_url="ftp://x"), "Token URL"),
        (custom(client_id=" "), "client id"),
    ],
)
def test_bad_profiles_are_refused(tmp_path, profile, message):
    store = ProfileStore(tmp_path / "profiles.json")
    with pytest.raises(ProfileError, match=message):
        store.put(profile)


def test_damaged_profiles_file_is_set_aside(tmp_path):
    path = tmp_path / "profiles.json"
    path.write_text("{not json")
    store = ProfileStore(path)
    assert store.current is None
    assert (tmp_path / "profiles.damaged.json").exists()


def test_keychain_round_trip_with_a_secure_backend(memory_keyring):
    keychain = Keychain("EU", memory_keyring)
    assert keychain.persistent
    from datetime import UTC, datetime

    tokens = TokenSet("a" * 40, "r" * 40, datetime(2030, 1, 1, tzinfo=UTC), "rw:issuer")
    keychain.save_tokens(tokens)
    keychain.set(CLIENT_SECRET, "s3cret")
    assert ("BadgeDesk/EU", "access_token") in memory_keyring.secrets
    assert ("BadgeDesk/EU", "refresh_token") in memory_keyring.secrets
    assert Keychain("EU", memory_keyring).load_tokens() == tokens
    keychain.clear_tokens()
    assert Keychain("EU", memory_keyring).load_tokens() is None
    assert keychain.get(CLIENT_SECRET) == "s3cret"


def test_without_a_keyring_tokens_stay_in_memory():
    keychain = Keychain("EU", fail.Keyring())
    assert not keychain.persistent
    from datetime import UTC, datetime

    tokens = TokenSet("a" * 40, None, datetime(2030, 1, 1, tzinfo=UTC))
    keychain.save_tokens(tokens)
    assert keychain.load_tokens() == tokens
    assert Keychain("EU", fail.Keyring()).load_tokens() is None, "gone with the session"


def test_endpoints_follow_from_the_two_addresses():
    profile = ServerProfile.for_server(
        "School", "https://api.school.example/", "https://badges.school.example/"
    )
    assert profile.api_base == "https://api.school.example"
    assert profile.web_base == "https://badges.school.example"
    assert profile.authorize_url == "https://badges.school.example/auth/oauth2/authorize"
    assert profile.token_url == "https://api.school.example/o/token"
    assert profile.revoke_url == "https://api.school.example/o/revoke_token/"


def test_builtin_profiles_revoke_at_the_slashed_url_and_sign_in_on_their_ui_host():
    for profile in BUILTIN_PROFILES:
        assert profile.revoke_url == f"{profile.api_base}/o/revoke_token/"
        assert profile.authorize_url == f"{profile.web_base}/auth/oauth2/authorize"
        assert profile.web_base != profile.api_base
    us = next(p for p in BUILTIN_PROFILES if p.name == "Canvas Credentials US")
    assert us.authorize_url == "https://badgr.com/auth/oauth2/authorize"


def test_sandbox_profile_may_sign_in_on_a_second_origin():
    same = sandbox_profile("http://127.0.0.1:5000")
    assert same.authorize_url == "http://127.0.0.1:5000/auth/oauth2/authorize"
    assert same.revoke_url == "http://127.0.0.1:5000/o/revoke_token/"
    two = sandbox_profile("http://127.0.0.1:5000", "http://127.0.0.1:5001")
    assert two.web_base == "http://127.0.0.1:5001"
    assert two.authorize_url == "http://127.0.0.1:5001/auth/oauth2/authorize"
    assert two.token_url == "http://127.0.0.1:5000/o/token"
    assert two.revoke_url == "http://127.0.0.1:5000/o/revoke_token/"


def test_profiles_saved_by_older_versions_load(tmp_path):
    """profiles.json before the web app address: no web_base, and a blank revoke URL (or the
    un-slashed one a duplicated built-in carried)."""
    path = tmp_path / "profiles.json"
    path.write_text(
        json.dumps(
            {
                "current": "School",
                "custom": [
                    {
                        "name": "School",
                        "api_base": "https://api.school.example",
                        "authorize_url": "https://badges.school.example/auth/oauth2/authorize",
                        "token_url": "https://api.school.example/o/token",
                        "client_id": "school",
                        "redirect_uri": "http://127.0.0.1:8400/callback",
                        "scopes": "rw:issuer",
                        "revoke_url": None,
                    },
                    {
                        "name": "Odd",
                        "api_base": "https://odd.example",
                        "authorize_url": "https://odd.example/login/oauth",
                        "token_url": "https://odd.example/o/token",
                        "revoke_url": "",
                    },
                    {
                        "name": "Parchment EU (custom)",
                        "api_base": "https://api.badges.parchment.eu",
                        "authorize_url": "https://badges.parchment.eu/auth/oauth2/authorize",
                        "token_url": "https://api.badges.parchment.eu/o/token",
                        "revoke_url": "https://api.badges.parchment.eu/o/revoke_token",
                    },
                ],
            }
        )
    )
    store = ProfileStore(path)
    school = store.get("School")
    assert school is not None
    assert school.web_base == "https://badges.school.example"
    assert school.authorize_url == "https://badges.school.example/auth/oauth2/authorize"
    assert school.revoke_url == "https://api.school.example/o/revoke_token/"
    assert school.client_id == "school"
    assert school.scopes == "rw:issuer"
    odd = store.get("Odd")
    assert odd is not None
    assert odd.web_base == "", "not derivable: the old sign-in page is kept as it was"
    assert odd.authorize_url == "https://odd.example/login/oauth"
    assert odd.revoke_url == "https://odd.example/o/revoke_token/"
    eu = store.get("Parchment EU (custom)")
    assert eu is not None
    assert eu.revoke_url == "https://api.badges.parchment.eu/o/revoke_token/"
    assert eu.web_base == "https://badges.parchment.eu"
    store.save()
    again = json.loads(path.read_text())
    assert again["custom"][0]["web_base"] == "https://badges.school.example"
    assert ProfileStore(path).get("School") == school


def test_a_profile_problem_names_its_field(tmp_path):
    store = ProfileStore(tmp_path / "profiles.json")
    with pytest.raises(ProfileError) as caught:
        store.put(ServerProfile.for_server("School", "https://api.school.example", ""))
    assert caught.value.field == "web_base"
    assert "Web app address" in str(caught.value)
    with pytest.raises(ProfileError) as caught:
        store.put(ServerProfile.for_server("School", "https://", "https://badges.example"))
    assert caught.value.field == "api_base"
