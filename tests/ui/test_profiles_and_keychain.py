"""Server profiles on disk and secrets in the keyring (no widgets)."""

from __future__ import annotations

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
