"""Signing in: OAuth2 authorization code with PKCE, token refresh. The Qt dialog comes later."""

from badgedesk.auth.oauth import (
    OAuthClient,
    OAuthConfig,
    OAuthError,
    Pkce,
    RefreshingTokenProvider,
    TokenSet,
    authorization_url,
    make_pkce,
    make_state,
)

__all__ = [
    "OAuthClient",
    "OAuthConfig",
    "OAuthError",
    "Pkce",
    "RefreshingTokenProvider",
    "TokenSet",
    "authorization_url",
    "make_pkce",
    "make_state",
]
