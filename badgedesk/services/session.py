"""The signed-in session of one server profile: tokens, the API client, and who the user is.

Tokens are saved to the keychain the moment they change (refresh tokens rotate: the old one
is dead once a refresh succeeds). A background task refreshes shortly before expiry; a 401
triggers a refresh inside the client. When refreshing fails the session reports that the
user must sign in again, and nothing else is torn down.

The session is the one source of truth for what the window says about signing in and the
connection (``SessionState``): the status bar, the Account menu and the offline marks all
follow ``on_state``. Every request of its client reports how it ended: an answer means the
server is there, no answer that it is not, and a 401 that outlived the refresh that the
server rejected the sign-in.

Signing out forgets the tokens here at once, then asks the server to revoke them. What the
server does not confirm waits in the keyring as a pending revocation, retried in the background
when a session for the profile starts (``retry_pending_revocation``), until it is confirmed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import httpx

from badgedesk.api.client import BadgesClient
from badgedesk.api.errors import ApiError, AuthenticationError, NetworkError
from badgedesk.api.models import User
from badgedesk.auth.keychain import CLIENT_SECRET, Keychain
from badgedesk.auth.oauth import OAuthClient, Pkce, RefreshingTokenProvider, TokenSet
from badgedesk.core.session_state import Connection, SessionState, SignIn
from badgedesk.profiles import ServerProfile

log = logging.getLogger(__name__)


class Session:
    """Owns the ``BadgesClient`` of one profile while the user is signed in."""

    def __init__(
        self,
        profile: ServerProfile,
        keychain: Keychain,
        *,
        on_auth_lost: Callable[[str], None] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.profile = profile
        self.keychain = keychain
        self.oauth = OAuthClient(profile.oauth_config(keychain.get(CLIENT_SECRET)))
        self.on_auth_lost = on_auth_lost
        self._transport = transport
        self._provider: RefreshingTokenProvider | None = None
        self.client: BadgesClient | None = None
        self.user: User | None = None
        self._refresher: asyncio.Task[None] | None = None
        self._sign_in = SignIn.SIGNED_OUT
        self._connection = Connection.UNKNOWN
        self._shown = SessionState()
        self.on_state: Callable[[SessionState], None] | None = None
        """Told of every change of ``state``."""
        self.revoking: asyncio.Future[bool] | None = None
        """The background retry of an earlier sign-out's revocation, while there is one."""

    @property
    def signed_in(self) -> bool:
        return self.client is not None and self.user is not None

    @property
    def state(self) -> SessionState:
        signed_in = self._sign_in is SignIn.SIGNED_IN and self.user is not None
        return SessionState(
            sign_in=self._sign_in,
            connection=self._connection,
            user=self.user.display_name if signed_in and self.user is not None else None,
            has_tokens=self._provider is not None,
        )

    def _changed(self, sign_in: SignIn | None = None, connection: Connection | None = None) -> None:
        self._sign_in = sign_in or self._sign_in
        self._connection = connection or self._connection
        state = self.state
        if state != self._shown:
            self._shown = state
            if self.on_state is not None:
                self.on_state(state)

    def _on_outcome(self, error: ApiError | None) -> None:
        """How a request of the client ended: the connection, and a rejected sign-in."""
        if isinstance(error, NetworkError):
            self._changed(connection=Connection.OFFLINE)
        elif isinstance(error, AuthenticationError):
            self._changed(SignIn.REJECTED, Connection.ONLINE)
        else:
            self._changed(connection=Connection.ONLINE)

    @property
    def scopes(self) -> frozenset[str]:
        return self._provider.tokens.scopes if self._provider else frozenset()

    def allows(self, scope: str) -> bool:
        """``rw:x`` implies ``r:x``: the server accepts either for reading."""
        granted = self.scopes
        return scope in granted or scope.replace("r:", "rw:", 1) in granted

    async def restore(self, tokens: TokenSet | None) -> bool:
        """Sign in from ``tokens`` as kept in the keychain (``keychain.load_tokens()``, read once
        by the caller: a keychain may be slow), if they (or their refresh) still work."""
        if tokens is None:
            return False
        try:
            await self._start(tokens)
        except AuthenticationError:
            await self._drop_tokens()
            return False
        except NetworkError:
            self._changed(connection=Connection.OFFLINE)  # the tokens are kept for later
            raise
        return True

    async def complete_sign_in(self, code: str, pkce: Pkce) -> User:
        """Exchange the code (at once: it lives 60 s) and start the session."""
        tokens = await self.oauth.exchange_code(code, pkce)
        self.keychain.save_tokens(tokens)
        await self._start(tokens)
        assert self.user is not None
        return self.user

    async def _start(self, tokens: TokenSet) -> None:
        await self._close_client()
        self._provider = RefreshingTokenProvider(self.oauth, tokens, self.keychain.save_tokens)
        self.client = BadgesClient(self.profile.api_base, self._provider, transport=self._transport)
        self.client.on_outcome = self._on_outcome
        self.user = await self.client.users_self()
        self._refresher = asyncio.create_task(self._refresh_before_expiry())
        self._changed(SignIn.SIGNED_IN, Connection.ONLINE)

    async def _refresh_before_expiry(self) -> None:
        assert self._provider is not None
        while True:
            tokens = self._provider.tokens
            lifetime_left = (tokens.expires_at - datetime.now(UTC)).total_seconds()
            margin = min(300.0, max(1.0, lifetime_left * 0.1))
            await asyncio.sleep(max(0.5, lifetime_left - margin))
            try:
                await self._provider.refresh(tokens.access_token)
            except NetworkError:
                self._changed(connection=Connection.OFFLINE)
                await asyncio.sleep(30)  # offline: the 401 path will catch up later
            except AuthenticationError as error:
                log.info("refresh failed; sign-in needed")
                self._changed(SignIn.REJECTED)
                if self.on_auth_lost is not None:
                    self.on_auth_lost(str(error))
                return

    async def sign_out(self, *, signed_out: Callable[[], None] | None = None) -> bool:
        """Forget the tokens here, close the client, then revoke them at the server.

        ``signed_out`` is called once this session is signed out, before the server is asked,
        so that nothing waits for the server. Returns True when it confirmed; otherwise the
        tokens wait in the keyring as a pending revocation. Each revocation has a deadline.
        """
        tokens = self._provider.tokens if self._provider is not None else None
        await self._drop_tokens()
        if tokens is not None:
            self.keychain.add_pending_revocation(
                [t for t in (tokens.refresh_token, tokens.access_token) if t]
            )
        if signed_out is not None:
            signed_out()
        return await self.revoke_pending()

    async def revoke_pending(self) -> bool:
        """Revoke the tokens earlier sign-outs left pending; True once none is left."""
        pending = self.keychain.pending_revocation()
        if not pending:
            return True
        answers = await asyncio.gather(*(self.oauth.revoke(token) for token in pending))
        self.keychain.settle_pending_revocation(
            [token for token, confirmed in zip(pending, answers, strict=True) if confirmed]
        )
        if not all(answers):
            log.info("tokens still to be revoked at the server: %d", answers.count(False))
        return all(answers)

    def retry_pending_revocation(
        self, then: Callable[[bool], Awaitable[None]] | None = None
    ) -> None:
        """Start ``revoke_pending`` in the background, if anything is pending; ``then`` is
        awaited with its outcome (to audit it) before ``revoking`` is done."""
        if self.keychain.pending_revocation() and (self.revoking is None or self.revoking.done()):
            self.revoking = asyncio.ensure_future(self._revoke_pending_then(then))

    async def _revoke_pending_then(self, then: Callable[[bool], Awaitable[None]] | None) -> bool:
        confirmed = await self.revoke_pending()
        if then is not None:
            await then(confirmed)
        return confirmed

    async def _drop_tokens(self) -> None:
        self.keychain.clear_tokens()
        await self._close_client()
        self._provider = None
        self.user = None
        self._changed(SignIn.SIGNED_OUT)

    async def _close_client(self) -> None:
        if self._refresher is not None:
            self._refresher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._refresher
            self._refresher = None
        if self.client is not None:
            await self.client.aclose()
            self.client = None

    async def aclose(self) -> None:
        if self.revoking is not None and not self.revoking.done():
            self.revoking.cancel()  # still pending in the keyring: the next start retries
            with contextlib.suppress(asyncio.CancelledError):
                await self.revoking
        await self._close_client()
        await self.oauth.aclose()
