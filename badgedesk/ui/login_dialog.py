"""Sign-in in an embedded browser (OAuth2 authorization code + PKCE + state).

The page runs in an off-the-record web profile. Every main-frame navigation is judged in
``acceptNavigationRequest`` by ``auth.navigation.judge``: the exact redirect URI is never loaded
(its code is checked against ``state`` and exchanged at once, and only the first answer is
taken); look-alikes of it, plain http off loopback and what is no web page are refused, and the
dialog says why; a page on another host than the profile's is allowed (single sign-on through
the school's provider) under a banner that names the host. QtWebEngine is imported by this
module only, and this module only when a sign-in is needed, so start-up does not pay for it.

When the page cannot be had, the dialog says why from ``loadingChanged``: an HTTP error (a 404
names the profile field to check) or an unreachable host. Chromium's own error pages ("This
site can't be reached") are switched off: an unreachable host or a refused certificate puts
BadgeDesk's page in place of the browser, with the reason and Retry above it. A page that loads
but is no sign-in page (a JSON or text document; or, after a grace period for web apps that draw
their form late, a page without a password field) is pointed out too, the latter only as a hint
beside the page.
"""

from __future__ import annotations

import asyncio
import logging
from urllib.parse import parse_qsl

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import (
    QWebEngineLoadingInfo,
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from badgedesk.auth.loopback import LoopbackListener
from badgedesk.auth.navigation import REFUSED, Verdict, judge, origin_of, shown_address
from badgedesk.auth.oauth import Pkce, authorization_url, make_pkce, make_state
from badgedesk.services.session import Session
from badgedesk.ui.errors import describe_failure
from badgedesk.ui.fit import fit_to_screen
from badgedesk.ui.style import hint_banner_style, problem_banner_style, warning_banner_style

log = logging.getLogger(__name__)

SIGN_IN_FORM_GRACE_MS = 6000
"""How long a loaded page may take to show a password field before the hint appears (a
single-page web app such as badgr-ui draws its form after loading its scripts)."""
FORM_CHECK_INTERVAL_MS = 500
FORM_CHECKS_MAX = 120
"""Checks go on for a minute, so a hint shown too early goes away when the form appears."""

# What kind of page is on show: a document that is not HTML, a page with a password field, or
# neither (yet). Read-only: it changes nothing on the page.
_PAGE_KIND_JS = """(function () {
  var type = document.contentType || "";
  if (!/html|xml/i.test(type)) { return "document:" + type; }
  return document.querySelector("input[type=password]") ? "sign-in" : "other";
})()"""


def _without_query(url: QUrl) -> str:
    """``url`` fit to show or log: a code or state may be in its query."""
    return shown_address(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


class RedirectCatchingPage(QWebEnginePage):
    """A page that judges each main-frame navigation before it starts (``navigation.judge``):
    the redirect URI is handed over instead of loaded, and refused addresses never load."""

    redirected = Signal(QUrl)
    refused = Signal(QUrl, str)
    """The address and the ``Verdict`` value that refused it."""

    def __init__(
        self, profile: QWebEngineProfile, redirect_uri: str, home: tuple[str, ...], parent: QWidget
    ) -> None:
        super().__init__(profile, parent)
        self._redirect_uri = redirect_uri
        self._home = home

    def acceptNavigationRequest(
        self, url: QUrl | str, navigation_type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        url = QUrl(url)
        if not is_main_frame:  # images, scripts, frames: the page's business
            return super().acceptNavigationRequest(url, navigation_type, is_main_frame)
        verdict = judge(
            url.toString(QUrl.ComponentFormattingOption.FullyEncoded),
            self._redirect_uri,
            self._home,
        )
        if verdict is Verdict.REDIRECT:
            self.redirected.emit(url)
            return False  # PySide6 leaks this bool: see ui.pyside_fixes
        if verdict in REFUSED:
            log.warning("navigation refused (%s): %s", verdict.value, _without_query(url))
            self.refused.emit(url, verdict.value)
            return False
        return super().acceptNavigationRequest(url, navigation_type, is_main_frame)


class LoginDialog(QDialog):
    """Shows the server's sign-in page; accepted once the session is signed in."""

    failed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Sign in to {name}").format(name=session.profile.name))
        self.setAccessibleName(self.tr("Sign in"))
        fit_to_screen(self, 560, 760)
        self._pkce: Pkce = make_pkce()
        self._state = make_state()
        self._exchanging = False
        self._answered = False
        """An answer with this sign-in's state was taken: any later one is refused."""
        self._task: asyncio.Task[None] | None = None
        self._listener: LoopbackListener | None = None
        self._closing: asyncio.Future[None] | None = None

        self.host_label = QLabel()
        self.host_label.setAccessibleName(self.tr("Site being visited"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.setAccessibleName(self.tr("Page loading progress"))

        # No storage name: off the record, nothing reaches the disk. The profile is the page's
        # child so that Qt destroys the page first, as QtWebEngine requires.
        profile = session.profile
        home = tuple(a for a in (profile.api_base, profile.web_base, profile.authorize_url) if a)
        self._home = home
        self._home_name = origin_of(profile.web_base or profile.authorize_url).display
        self.web_profile = QWebEngineProfile()
        self.page = RedirectCatchingPage(self.web_profile, profile.redirect_uri, home, self)
        self.web_profile.setParent(self.page)
        self.page_ready = False
        """True once the latest page load has finished (automation waits for it)."""
        self.page.settings().setAttribute(QWebEngineSettings.WebAttribute.ErrorPageEnabled, False)
        self.view = QWebEngineView(self)
        self.view.setPage(self.page)
        self.view.setAccessibleName(self.tr("Sign-in page"))
        self.unreachable_page = QLabel()
        self.unreachable_page.setWordWrap(True)
        self.unreachable_page.setTextFormat(Qt.TextFormat.PlainText)
        self.unreachable_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unreachable_page.setMargin(24)
        self.unreachable_page.setAccessibleName(self.tr("Sign-in page not available"))
        self.unreachable_page.setText(
            self.tr(
                "The sign-in page cannot be shown: the server did not answer (the reason is "
                "above).\n\nYour drafts and the issuers and badge classes saved at your last "
                "sign-in are still there to work with. Choose Retry once the server can be "
                "reached, or check the server's address in File → Server profiles."
            )
        )
        self.body = QStackedWidget()
        self.body.addWidget(self.view)
        self.body.addWidget(self.unreachable_page)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Sign-in problem"))
        self.message.setStyleSheet(problem_banner_style())
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setAccessibleName(self.tr("Sign-in page hint"))
        self.hint.setStyleSheet(hint_banner_style())
        self.hint.hide()
        self.away_banner = QLabel()
        self.away_banner.setWordWrap(True)
        self.away_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.away_banner.setAccessibleName(self.tr("Warning: another site"))
        self.away_banner.setStyleSheet(warning_banner_style())
        self.away_banner.hide()
        self._form_check = QTimer(self)
        self._form_check.setInterval(FORM_CHECK_INTERVAL_MS)
        self._form_check.timeout.connect(self._check_page_kind)
        self._checks_done = 0
        self._check_generation = 0
        self._check_first_load = False
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.setAccessibleName(self.tr("Retry signing in"))
        self.system_button = QPushButton(self.tr("Use the &system browser instead"))
        self.system_button.setAccessibleName(self.tr("Sign in with the system browser"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel signing in"))

        problem_row = QHBoxLayout()
        problem_row.addWidget(self.message, 1)
        problem_row.addWidget(self.retry_button)
        self.problem = QWidget()
        self.problem.setLayout(problem_row)
        self.problem.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.system_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.host_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.problem)
        layout.addWidget(self.hint)
        layout.addWidget(self.away_banner)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)

        self.page.redirected.connect(self._on_redirect)
        self.page.refused.connect(self._on_refused)
        self.view.loadProgress.connect(self.progress.setValue)
        self.view.loadStarted.connect(self._on_load_started)
        self.view.loadFinished.connect(self._on_load_finished)
        self.page.loadingChanged.connect(self._on_loading_changed)
        self.view.urlChanged.connect(self._show_host)
        self.view.urlChanged.connect(self._show_away_banner)
        self.retry_button.clicked.connect(self.start)
        self.system_button.clicked.connect(self._use_system_browser)
        self.cancel_button.clicked.connect(self.reject)

    # ------------------------------------------------------------ flow

    @Slot()
    def start(self) -> None:
        """(Re)start with a fresh PKCE pair and state: a retry never reuses them."""
        self._pkce, self._state = make_pkce(), make_state()
        self._exchanging = False
        self._answered = False
        self.problem.hide()
        self.body.setCurrentWidget(self.view)
        self._stop_page_check()
        self._check_first_load = True
        self.view.setEnabled(True)
        self.view.load(QUrl(self.authorize_url()))

    def authorize_url(self) -> str:
        return authorization_url(
            self.session.profile.oauth_config(), state=self._state, pkce=self._pkce
        )

    @Slot(QUrl)
    def _show_host(self, url: QUrl) -> None:
        secure = url.scheme() == "https"
        lock = "🔒 " if secure else ""
        self.host_label.setText(
            self.tr("%1Signing in at %2")
            .replace("%1", lock)
            .replace("%2", url.host() or url.toString())
        )

    @Slot(QUrl)
    def _show_away_banner(self, url: QUrl) -> None:
        """Say plainly when the page is not on the profile's server: a look-alike sign-in form
        elsewhere differs from the real one only in the small host label."""
        address = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        verdict = judge(address, self.session.profile.redirect_uri, self._home)
        if verdict is not Verdict.FOREIGN:
            self.away_banner.hide()
            return
        text = self.tr(
            "You are now on {host}, not on {home}. Only sign in if you expect your school's "
            "sign-in page."
        ).format(host=origin_of(address).display, home=self._home_name)
        self.away_banner.setText(text)
        self.away_banner.setAccessibleDescription(text)
        self.away_banner.show()

    @Slot(QUrl, str)
    def _on_refused(self, url: QUrl, verdict: str) -> None:
        if self._exchanging:  # the answer is in; a problem shown now would only confuse
            return
        if Verdict(verdict) is Verdict.LOOKALIKE:
            text = self.tr(
                "BadgeDesk refused to open {url}: it looks like BadgeDesk's own sign-in "
                "address but is not."
            )
        elif Verdict(verdict) is Verdict.INSECURE:
            text = self.tr(
                "BadgeDesk refused to open {url}: it is a plain http address, which others on "
                "the network could read or change. Sign-in pages must use https."
            )
        else:
            text = self.tr("BadgeDesk refused to open {url}: it is not a web page.")
        self.show_problem(text.format(url=_without_query(url)))

    @Slot()
    def _on_load_started(self) -> None:
        self.page_ready = False
        self.progress.setVisible(True)

    @Slot(bool)
    def _on_load_finished(self, ok: bool) -> None:
        self.page_ready = ok
        self.progress.setVisible(False)
        if ok:
            self.view.setFocus()  # typing goes to the page's first field, not a button

    def _page_address(self) -> str:
        """The sign-in page's address without its query (state and PKCE stay out of sight)."""
        return QUrl(self.session.profile.authorize_url).toDisplayString()

    @Slot(QWebEngineLoadingInfo)
    def _on_loading_changed(self, info: QWebEngineLoadingInfo) -> None:
        status = info.status()
        if status == QWebEngineLoadingInfo.LoadStatus.LoadStartedStatus:
            self._stop_page_check()
            return
        # Only the sign-in page itself is checked, not the pages that follow it.
        first, self._check_first_load = self._check_first_load, False
        if status == QWebEngineLoadingInfo.LoadStatus.LoadSucceededStatus and first:
            self._check_page_kind()
            self._form_check.start()
        # The refused redirect ends as LoadStoppedStatus: expected, and no failure.
        elif (
            status == QWebEngineLoadingInfo.LoadStatus.LoadFailedStatus
            and not self._exchanging
            and self.problem.isHidden()
        ):
            if info.errorDomain() != QWebEngineLoadingInfo.ErrorDomain.HttpStatusCodeDomain:
                self.body.setCurrentWidget(self.unreachable_page)  # no page from the server
            self.show_problem(self._load_failure(info))

    def _load_failure(self, info: QWebEngineLoadingInfo) -> str:
        values = {"url": self._page_address(), "status": str(info.errorCode())}
        if info.errorDomain() == QWebEngineLoadingInfo.ErrorDomain.HttpStatusCodeDomain:
            if info.errorCode() == 404:
                return self.tr(
                    "The sign-in page {url} was not found (HTTP 404). Check the profile's "
                    "Web app address."
                ).format_map(values)
            return self.tr(
                "The server answered HTTP {status} for the sign-in page {url}. Try again "
                "later; if this goes on, check the profile's Web app address."
            ).format_map(values)
        host = info.url().host() or QUrl(self.session.profile.authorize_url).host()
        return self.tr(
            "The sign-in page could not be loaded: cannot reach {host} ({reason}). Check "
            "the network connection."
        ).format(host=host, reason=info.errorString())

    def _stop_page_check(self) -> None:
        """No more checks of the page on show; answers still on their way are ignored."""
        self._form_check.stop()
        self._checks_done = 0
        self._check_generation += 1
        self.hint.hide()

    @Slot()
    def _check_page_kind(self) -> None:
        if self._checks_done >= FORM_CHECKS_MAX:
            self._form_check.stop()
            return
        self._checks_done += 1
        generation, waited = self._check_generation, self._checks_done * FORM_CHECK_INTERVAL_MS
        self.page.runJavaScript(
            _PAGE_KIND_JS, 0, lambda kind: self._on_page_kind(kind, generation, waited)
        )

    def _on_page_kind(self, kind: object, generation: int, waited: int) -> None:
        """Act on what ``_PAGE_KIND_JS`` found, unless another page is on show since."""
        if generation != self._check_generation or not isinstance(kind, str):
            return
        if kind == "sign-in":
            self._stop_page_check()
        elif kind.startswith("document:"):
            self._stop_page_check()
            self.show_problem(
                self.tr(
                    "{url} is not a sign-in page: it answered with a document of type {type}. "
                    "Check the profile's Web app address (where people sign in, not the API "
                    "address)."
                ).format(url=self._page_address(), type=kind.partition(":")[2] or "?")
            )
        elif waited >= SIGN_IN_FORM_GRACE_MS and self.hint.isHidden():
            self.hint.setText(
                self.tr(
                    "This does not look like a sign-in page: no password field appeared at "
                    "{url}. If you cannot sign in here, check the profile's Web app address: "
                    "it must be the web app where people sign in, not the API address."
                ).format(url=self._page_address())
            )
            self.hint.show()

    @Slot(QUrl)
    def _on_redirect(self, url: QUrl) -> None:
        self.handle_answer(dict(parse_qsl(url.query())))

    def handle_answer(self, answer: dict[str, str]) -> None:
        """Check the redirect's parameters and exchange the code, or say what went wrong.

        Only the first answer with this sign-in's state is taken: a second one (a page that
        redirects twice) would start a second exchange and leave a token pair behind."""
        if self._answered:
            log.warning("a further sign-in answer was refused: only the first one is taken")
            return
        if answer.get("state") != self._state:
            self.show_problem(
                self.tr(
                    "The sign-in answer did not belong to this sign-in (state mismatch), so it was "
                    "ignored for your safety. Please try again."
                )
            )
            return
        self._answered = True
        error = answer.get("error")
        if error == "access_denied":
            self.show_problem(self.tr("Access was denied, so BadgeDesk is not signed in."))
            return
        if error or not answer.get("code"):
            self.show_problem(
                self.tr("The server refused the sign-in ({error}).").format(error=error or "?")
            )
            return
        self._exchanging = True
        self.view.setEnabled(False)
        self._task = asyncio.ensure_future(self._exchange(answer["code"]))

    async def _exchange(self, code: str) -> None:
        try:
            await self.session.complete_sign_in(code, self._pkce)
        except Exception as error:
            log.info("sign-in failed: %s", type(error).__name__)
            self._exchanging = False
            self.show_problem(describe_failure(error))
            return
        self.accept()

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.problem.show()
        self.view.setEnabled(True)
        self.failed.emit(text)

    # ------------------------------------------------------------ system browser (RFC 8252)

    @Slot()
    def _use_system_browser(self) -> None:
        self._task = asyncio.ensure_future(self.sign_in_with_system_browser(open_browser=True))

    async def sign_in_with_system_browser(self, *, open_browser: bool) -> None:
        """Listen on the redirect URI's port and let the system browser do the sign-in; not
        while the page's answer is being exchanged (a second sign-in would leave a token pair
        behind)."""
        if self._exchanging:
            log.info("system browser not started: the sign-in answer is being exchanged")
            return
        self._pkce, self._state = make_pkce(), make_state()
        self._answered = False
        try:
            self._listener = LoopbackListener(self.session.profile.redirect_uri)
            await self._listener.start()
        except (OSError, ValueError) as error:
            self.show_problem(
                self.tr("Cannot listen for the browser's answer on %1: %2")
                .replace("%1", self.session.profile.redirect_uri)
                .replace("%2", str(error))
            )
            return
        self.message.setText(self.tr("Waiting for the sign-in in your browser…"))
        self.view.setEnabled(False)
        if open_browser:
            QDesktopServices.openUrl(QUrl(self.authorize_url()))
        answer = await self._listener.wait()
        self.handle_answer(answer)

    def changeEvent(self, event: QEvent) -> None:
        """The dialog lives as long as the session: a light/dark switch meanwhile recolours
        the banner, which must stay readable."""
        if event.type() == QEvent.Type.PaletteChange:
            self.away_banner.setStyleSheet(warning_banner_style())
            self.message.setStyleSheet(problem_banner_style())
            self.hint.setStyleSheet(hint_banner_style())
        super().changeEvent(event)

    def done(self, result: int) -> None:
        if self._listener is not None:
            self._closing = asyncio.ensure_future(self._listener.close())
        if self._task is not None and not self._task.done() and not self._exchanging:
            self._task.cancel()
        self._stop_page_check()
        self.view.stop()
        super().done(result)
