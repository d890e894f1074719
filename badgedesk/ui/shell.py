"""Wires the main window to the session: start-up sign-in, sign in/out, lost sign-ins.

Dialogs are opened with ``open()`` and awaited through a future, never ``exec()``, because
this runs on the qasync loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from badgedesk.api.errors import ApiError, NetworkError
from badgedesk.api.models import AssertionRow
from badgedesk.auth.keychain import Keychain
from badgedesk.core.badgeclass_drafts import BadgeClassDraft
from badgedesk.core.session_state import Connection, SessionState, SignIn
from badgedesk.core.states import Outcome
from badgedesk.profiles import SANDBOX, ProfileStore, ServerProfile
from badgedesk.services.assertions import AssertionService
from badgedesk.services.changes import BadgeClassDraftsChanged, CatalogueChanged, Change
from badgedesk.services.desk import Desk
from badgedesk.services.session import Session
from badgedesk.ui.assertions.tab import AssertionsTab
from badgedesk.ui.backpack.tab import BackpackTab
from badgedesk.ui.drafts.tab import DraftsTab
from badgedesk.ui.errors import error_words
from badgedesk.ui.futures import async_slot, resolve
from badgedesk.ui.main_window import WARNING_MS, Activity, MainWindow
from badgedesk.ui.revocations.tab import RevocationsTab

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from badgedesk.ui.login_dialog import LoginDialog

log = logging.getLogger(__name__)

SHUTDOWN_WAIT_SECONDS = 10
"""How long closing waits for a catalogue refresh still on its way."""
REVOKED = "the server revoked the tokens"
NOT_REVOKED = "the server did not confirm the revocation: tokens kept in the keyring for a retry"


class Shell(QObject):
    """The one place that knows both the window and the session."""

    def __init__(
        self,
        window: MainWindow,
        desk: Desk,
        *,
        profiles: ProfileStore | None = None,
        resolve_profile: Callable[[str], Awaitable[ServerProfile]] | None = None,
        batches: bool = True,
    ) -> None:
        """``batches`` False leaves the Drafts and Revocations tabs out (tests of the rest)."""
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.profiles = profiles
        self._resolve_profile = resolve_profile
        self.assertions = AssertionsTab(window.settings)
        self.assertions.saved_pages = desk.saved_pages
        window.set_assertions_tab(self.assertions)
        self.backpack = BackpackTab(window.settings)
        window.set_backpack_tab(self.backpack)
        self.drafts: DraftsTab | None = None
        """The Drafts tab, unless left out."""
        self.revocations: RevocationsTab | None = None
        """The Revocations tab, unless left out."""
        if batches:
            self.drafts = DraftsTab(desk.award_batches, window.settings)
            window.set_drafts_tab(self.drafts)
            self.revocations = RevocationsTab(desk.revocation_batches, window.settings)
            self.revocations.attach(assertions=self._assertion_service)
            window.set_revocations_tab(self.revocations)
            self.assertions.batch_revocation = True
            self.assertions.revoke_selected_requested.connect(self.on_revoke_selected)
        self.catalogue_refresh: asyncio.Future[None] | None = None
        """The background refresh started after sign-in (awaitable by whoever must wait)."""
        self.login_dialog: LoginDialog | None = None
        """The login dialog while it is open."""
        self._login: LoginDialog | None = None
        self._pending_sign_in: asyncio.Future[bool] | None = None
        self.quit_question: QMessageBox | None = None
        """The question a quit during a batch run asks, while it is open."""
        self.quitting = False
        """A quit was decided: the shutdown follows, and further requests change nothing."""
        desk.changes.subscribe(self._on_change)
        self._follow(desk.session)
        window.sign_in_requested.connect(self.on_sign_in)
        window.sign_out_requested.connect(self.on_sign_out)
        window.audit_requested.connect(self.on_audit_log)
        window.profiles_requested.connect(self.on_profiles)
        window.sandbox_requested.connect(self.on_try_sandbox)
        window.profiles_action.setEnabled(profiles is not None and resolve_profile is not None)
        window.set_profile(desk.session.profile.name)
        window.set_keyring_notice(desk.session.keychain.persistent)

    async def start(self, *, sign_in: bool = True) -> None:
        """Resume the saved sign-in, or ask for one. What was saved is shown first, while the
        server is asked: with a saved sign-in, the issuers and badge classes, and the first
        page of the badge class chosen last; the drafts, offline. A revocation an earlier
        sign-out left pending is retried meanwhile."""
        self.session.retry_pending_revocation(then=self._audit_revocation_retry)
        saved = self.session.keychain.load_tokens()  # once: each read may ask the OS's keychain
        with self.window.activity(
            self.tr("Connecting to {name}…").format(name=self.session.profile.name)
        ):
            restoring = asyncio.ensure_future(self.session.restore(saved))  # on its way meanwhile
            try:
                await self.show_catalogue(offline=False, signed_out=saved is None)
                await self.show_drafts()
                restored = await restoring
            except NetworkError:
                # The saved sign-in is kept: offline work goes on, and no sign-in page is shown
                # that could not load anyway.
                for tab in self._batch_tabs():
                    tab.set_signed_in(False)
                self.window.statusBar().showMessage(
                    self.tr(
                        "Offline: {name} cannot be reached. Your sign-in is kept for later."
                    ).format(name=self.session.profile.name)
                )
                self._attach_tabs()
                await self.show_catalogue(offline=True)
                return
            except ApiError as error:
                self.window.statusBar().showMessage(error_words(error), 15000)
                restored = False
            finally:
                restoring.cancel()  # when showing what was saved failed (once done, a no-op)
        if restored:
            self._show_signed_in()
            return
        if saved is not None:  # refused: what it showed is no longer this person's to see
            self.assertions.show_signed_out()
        if sign_in:
            await self.sign_in()

    async def sign_in(self) -> bool:
        """Show the login dialog (QtWebEngine is imported only now) and wait for it."""
        from badgedesk.ui.login_dialog import LoginDialog

        if self.login_dialog is not None:
            self.login_dialog.raise_()
            return False
        # One dialog per session, reused for every sign-in: creating and destroying QtWebEngine
        # views over and over is slow, and destroying one with work in flight has crashed.
        if self._login is None or self._login.session is not self.session:
            if self._login is not None:
                self._login.deleteLater()
            self._login = LoginDialog(self.session, self.window)
        dialog = self._login
        self.login_dialog = dialog
        finished: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def on_finished(code: int) -> None:
            resolve(finished, code)

        dialog.finished.connect(on_finished)
        dialog.start()
        dialog.open()
        log.info("sign-in page opened for %s", self.session.profile.name)
        try:
            result = await finished
        finally:
            dialog.finished.disconnect(on_finished)
            self.login_dialog = None
        if result == QDialog.DialogCode.Accepted:
            # Shown in the same step as the dialog closes: nobody sees a closed sign-in window
            # over a window that still says "rejected", and the tabs start loading at once.
            self._show_signed_in()
            await self.desk.audit.record("sign in", self.session.profile.api_base, Outcome.OK)
            return True
        return False

    def batches_sending(self) -> int:
        """How many batches are being sent now, in every tab."""
        return sum(len(tab.runs) for tab in self._batch_tabs())

    def request_quit(self, then: Callable[[], None]) -> None:
        """File → Quit or a closed window: ``then`` (the quit) at once when no batch is being
        sent, else only if the user says so. There is one question and one shutdown: a
        request while the question is open, or once the quit is decided, changes nothing."""
        if self.quitting:
            return
        if self.quit_question is not None:
            self.quit_question.raise_()
            self.quit_question.activateWindow()
            return
        batches = self.batches_sending()
        if not batches:
            self.quitting = True
            then()
            return

        def answered(confirmed: bool) -> None:
            self.quit_question = None
            if confirmed and not self.quitting:
                self.quitting = True
                then()

        self.quit_question = self.window.ask_to_quit(batches, answered)

    async def shutdown(self) -> None:
        """Let background work that uses the database end before it is closed: a connection
        closed under a worker thread crashes the process (seen at the end of --self-test).
        Batch runs send nothing more, and their requests in flight finish so that the outcome
        is recorded; until then the window says that BadgeDesk is finishing."""
        self.quitting = True
        if self.quit_question is not None:
            self.quit_question.reject()  # a quit by signal has nobody to wait for
        if self._login is not None and self._login.isVisible():
            self._login.reject()
        if self._pending_sign_in is not None:
            self._pending_sign_in.cancel()
        self.window.show_quitting(waiting=self.batches_sending() > 0)
        tabs = asyncio.gather(*(tab.shutdown() for tab in self._batch_tabs()))
        try:
            await asyncio.shield(tabs)
        except asyncio.CancelledError:  # the quit's deadline: say what is cut short, then cut
            if cut := [batch for tab in self._batch_tabs() for batch in tab.runs]:
                log.warning(
                    "quit: batch runs cut short with requests in flight (batches %s); those "
                    "rows stay marked as sending and are checked with the server when sent again",
                    ", ".join(map(str, cut)),
                )
            tabs.cancel()
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await tabs  # let them record what they know
            raise
        await self.backpack.shutdown()
        refresh = self.catalogue_refresh
        if refresh is not None and not refresh.done():
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await asyncio.wait_for(asyncio.shield(refresh), SHUTDOWN_WAIT_SECONDS)
        await self._stop_assertions()

    async def _stop_assertions(self) -> None:
        """Before the HTTP client closes under them: the Assertions tab's write under way ends
        (the audit log must say how it went); its reads (pages, icons, counts) are dropped."""
        tasks = self.assertions.tasks
        writing = tasks.named("write")
        if writing is not None:
            await asyncio.wait({writing})
        self.assertions.show_signed_out()  # cancels the rest, the table's page load too
        await tasks.wait()

    @property
    def session(self) -> Session:
        return self.desk.session

    @session.setter
    def session(self, session: Session) -> None:
        self.desk.session = session

    def _assertion_service(self) -> AssertionService | None:
        return self.desk.assertions if self.session.client is not None else None

    def _batch_tabs(self) -> list[DraftsTab | RevocationsTab]:
        """The tabs whose batches are drafted offline and sent through the outbox."""
        return [tab for tab in (self.drafts, self.revocations) if tab is not None]

    @async_slot
    async def on_revoke_selected(self, rows: list[AssertionRow], names: dict[str, str]) -> None:
        if self.revocations is not None:
            self.window.show_revocations()
            await self.revocations.revoke_selection(rows, names)

    def _on_change(self, change: Change) -> None:
        """A badge class or issuer made, changed or deleted shows in the drafts' choices at
        once (the Assertions tab follows the same feed itself); so do the badge classes
        drafted offline, in the tree and the choices."""
        if isinstance(change, CatalogueChanged):
            for tab in self._batch_tabs():
                tab.show_catalogue(change.issuers, change.badgeclasses)
        elif isinstance(change, BadgeClassDraftsChanged):
            self._show_badgeclass_drafts(change.drafts)

    def _show_badgeclass_drafts(
        self, drafts: tuple[BadgeClassDraft, ...], *, in_assertions: bool = True
    ) -> None:
        if in_assertions:
            self.assertions.show_badgeclass_drafts(drafts)
        if self.drafts is not None:
            self.drafts.show_badgeclass_drafts(drafts)

    def _attach_tabs(self) -> None:
        self.assertions.attach(
            self.desk.assertions,
            self.desk.images,
            self.session.allows,
            self.desk.badge_classes,
            self.desk.badgeclass_drafts,
        )

    async def show_catalogue(self, *, offline: bool, signed_out: bool = False) -> None:
        """Show the issuers and badge classes kept at the last refresh, and the badge classes
        drafted offline: in the batch tabs, and in the Assertions tab unless ``signed_out``
        (a start with no saved sign-in has nothing to show there). Read once for all."""
        if signed_out and not self._batch_tabs():
            return
        issuers, badgeclasses = await self.desk.catalogue.cached()
        drafts = tuple(await self.desk.badgeclass_drafts.drafts())
        if not signed_out:
            self.assertions.show_catalogue(issuers, badgeclasses, offline=offline)
        for tab in self._batch_tabs():
            tab.show_catalogue(issuers, badgeclasses)
        self._show_badgeclass_drafts(drafts, in_assertions=not signed_out)

    async def show_drafts(self) -> None:
        """The current profile's batches (their catalogue is ``show_catalogue``'s)."""
        for tab in self._batch_tabs():
            tab.set_signed_in(self.session.signed_in)
            await tab.refresh()

    def _follow(self, session: Session) -> None:
        """Show ``session``'s state, now and whenever it changes."""
        session.on_auth_lost = self._auth_lost
        session.on_state = self._show_state
        self._state = session.state
        self.window.show_session(self._state)

    def _show_state(self, state: SessionState) -> None:
        """One state, shown everywhere: the window's indicators and menu, the tabs' offline
        marks (the saved catalogue is replaced once the server answers again)."""
        before, self._state = self._state, state
        self.window.show_session(state)
        if state.sign_in is SignIn.REJECTED and before.sign_in is not SignIn.REJECTED:
            self.window.statusBar().showMessage(
                self.tr("The server rejected your sign-in. Sign in again (Account → Sign in…)."),
                WARNING_MS,
            )
        back = before.connection is Connection.OFFLINE and state.connection is Connection.ONLINE
        if back and state.sign_in is SignIn.SIGNED_IN and not self.quitting:
            self.catalogue_refresh = asyncio.ensure_future(self.refresh_catalogue())

    def _show_signed_in(self) -> None:
        self.window.show_session(self.session.state)
        self._attach_tabs()
        self.assertions.refresh()  # loaded and counted again: failed or saved before this sign-in
        self.backpack.attach(self.desk.backpack, self.desk.images)
        for tab in self._batch_tabs():
            tab.set_signed_in(True)
        self.catalogue_refresh = asyncio.ensure_future(self.refresh_catalogue())

    async def refresh_catalogue(self) -> None:
        """Keep issuers and badge classes for offline work; a failure only costs freshness."""
        if self.session.client is None:
            return
        with self.window.activity(self.tr("Refreshing issuers and badge classes…")):
            try:
                issuers, classes = await self.desk.catalogue.refresh()
            except ApiError as error:
                log.info("catalogue refresh failed: %s", type(error).__name__)
                await self.show_catalogue(offline=isinstance(error, NetworkError))
                return
            self.window.statusBar().showMessage(
                self.tr("Available offline: {issuers} and {classes}.").format(
                    issuers=self.tr("%n issuer(s)", "", issuers),
                    classes=self.tr("%n badge class(es)", "", classes),
                ),
                8000,
            )
            await self.show_catalogue(offline=False)
            self._tell_waiting_drafts()

    def _tell_waiting_drafts(self) -> None:
        """Back on the server: say that badge classes drafted offline wait to be sent (they
        are sent when the user chooses, never behind their back)."""
        waiting = len(self.assertions.design.waiting_drafts())
        if waiting:
            self.window.statusBar().showMessage(
                self.tr(
                    "%n badge class(es) drafted offline can now be sent: Assertions → Badge "
                    "classes → Send drafts to the server.",
                    "",
                    waiting,
                ),
                WARNING_MS,
            )

    def on_profiles(self) -> None:
        from badgedesk.ui.profiles_dialog import ProfilesDialog

        assert self.profiles is not None
        dialog = ProfilesDialog(self.profiles, self.session.profile.name, self.window)
        dialog.use_requested.connect(self.on_use_profile)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @async_slot
    async def on_use_profile(self, name: str) -> None:
        await self.switch_to(name)

    async def switch_to(self, name: str) -> None:
        """Leave the current server (its sign-in stays in the keyring) and use another."""
        if name == self.session.profile.name or self._resolve_profile is None:
            return
        with self.window.activity(self.tr("Switching to {name}…").format(name=name)):
            profile = await self._resolve_profile(name)
        for tab in self._batch_tabs():
            await tab.stop_runs()  # a run must never go on with another server's client
        await self.session.aclose()
        self.assertions.show_signed_out()
        self.backpack.show_signed_out()
        self.session = Session(profile, Keychain(profile.name))
        self._follow(self.session)
        self.window.set_profile(profile.name)
        self.window.set_keyring_notice(self.session.keychain.persistent)
        if self.profiles is not None:
            self.profiles.current = name
            self.profiles.save()
        self.window.hide_first_run()  # a server is chosen
        await self.start()

    @async_slot
    async def on_audit_log(self) -> None:
        from badgedesk.ui.audit_dialog import AuditLogDialog

        dialog = AuditLogDialog(self.desk.audit, self.window)
        await dialog.load()
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @async_slot
    async def on_try_sandbox(self) -> None:
        """The first-run page's "Try the sandbox": sign in there (switching to it if need be)."""
        self.window.hide_first_run()
        if self.session.profile.name != SANDBOX and self._resolve_profile is not None:
            await self.switch_to(SANDBOX)  # which asks for the sign-in
        elif not self.session.signed_in:
            await self.sign_in()

    @async_slot
    async def on_sign_in(self) -> None:
        await self.sign_in()

    @async_slot
    async def on_sign_out(self) -> None:
        """Signed out on screen as soon as the tokens are gone from here; the server's
        revocation (which has a deadline) goes on under "Revoking…" in the status bar, and
        Sign in is offered again once it is over."""
        confirmed = False
        with self.window.activity(self.tr("Signing out…")) as signing_out:
            try:
                confirmed = await self.session.sign_out(
                    signed_out=lambda: self._show_signed_out(revoking=signing_out)
                )
                await self.desk.audit.record(
                    "sign out",
                    self.session.profile.api_base,
                    Outcome.OK if confirmed else Outcome.FAILED,
                    REVOKED if confirmed else NOT_REVOKED,
                )
            finally:
                self._show_signed_out()
        if not confirmed:
            self.window.warn(
                self.tr("Sign-out not confirmed"),
                self.tr(
                    "The tokens were removed from this computer but the server did not confirm "
                    "the sign-out."
                ),
                self.tr(
                    "Until it does, they may still work. BadgeDesk keeps them in the system "
                    "keyring only, and asks the server again when it next starts."
                )
                if self.session.keychain.persistent
                else self.tr("Until it does, they may still work."),
            )

    async def _audit_revocation_retry(self, confirmed: bool) -> None:
        await self.desk.audit.record(
            "revoke earlier sign-out",
            self.session.profile.api_base,
            Outcome.OK if confirmed else Outcome.FAILED,
            REVOKED if confirmed else NOT_REVOKED,
        )

    def _show_signed_out(self, *, revoking: Activity | None = None) -> None:
        """Signed out on screen; ``revoking``, the sign-out under way, then says that the
        server is asked to revoke the sign-in."""
        self.window.show_session(self.session.state)
        if revoking is not None:
            revoking.say(self.tr("Revoking the sign-in at the server…"))
            self.window.sign_in_action.setEnabled(False)
        self.assertions.show_signed_out()
        self.backpack.show_signed_out()
        for tab in self._batch_tabs():
            tab.set_signed_in(False)

    def _auth_lost(self, reason: str) -> None:
        """Refresh failed: ask to sign in again; what is on screen stays as it is."""
        log.info("sign-in lost")
        self._pending_sign_in = asyncio.ensure_future(self.sign_in())
