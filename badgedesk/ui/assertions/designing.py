"""The Assertions tab's actions on badge classes and issuers: new, edit and delete a badge
class, the issuer's details, and badge classes drafted offline (kept, changed, deleted and
sent).

What may be done is ``design_actions`` (the session, the connection, the choice in the tree
and the user's role in its issuer); a disabled action's tooltip says why. Offline, a new badge
class is saved as a draft (``BadgeClassDrafts``), shown in the tree under its issuer until it
is sent. The writes are service coroutines run as the tab's "write" task; the services publish
the catalogue and the drafts as they now stand, which the tab shows at once, so here only the
choice in the tree follows (a new badge class or draft is selected).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QToolButton

from badgedesk.api.errors import ApiError, NetworkError
from badgedesk.api.models import BadgeClass, BadgeClassRequest, Issuer, IssuerRequest
from badgedesk.baking import data_uri_bytes
from badgedesk.core.badgeclass_drafts import BadgeClassDraft, DraftState
from badgedesk.services.badge_classes import (
    OWNER,
    BadgeClassInUseError,
    BadgeClassService,
    DesignBlocked,
    DesignRefusedError,
    design_actions,
)
from badgedesk.services.badgeclass_drafts import BadgeClassDrafts, preview
from badgedesk.ui.actions import tab_action
from badgedesk.ui.assertions.badge_class_editor import SaveChoice
from badgedesk.ui.assertions.session_reasons import session_reason
from badgedesk.ui.errors import error_words
from badgedesk.ui.futures import clicked_yes

if TYPE_CHECKING:
    from badgedesk.ui.assertions.badge_class_editor import BadgeClassEditor
    from badgedesk.ui.assertions.issuer_dialog import IssuerDialog
    from badgedesk.ui.assertions.tab import AssertionsTab


def draft_label(draft: BadgeClassDraft) -> str:
    """A draft's line in the tree: its name, and that it is a draft, how far it got."""
    if draft.state == DraftState.FAILED:
        return QCoreApplication.translate("BadgeDesign", "{name} (draft, refused)").format(
            name=draft.name
        )
    if draft.state == DraftState.SENDING:
        return QCoreApplication.translate("BadgeDesign", "{name} (draft, being sent)").format(
            name=draft.name
        )
    return QCoreApplication.translate("BadgeDesign", "{name} (draft)").format(name=draft.name)


def draft_state_text(draft: BadgeClassDraft) -> str:
    """Where a draft is, and what comes next."""
    if draft.state == DraftState.FAILED:
        return QCoreApplication.translate(
            "BadgeDesign",
            "The server refused this draft: {reason}\nChange it (Ctrl+B) and send it again, "
            "or delete it.",
        ).format(reason=draft.error)
    if draft.state == DraftState.SENDING:
        return QCoreApplication.translate(
            "BadgeDesign",
            "This draft was sent but no answer came back. Send drafts looks for it on the "
            "server before sending it again.",
        )
    return QCoreApplication.translate(
        "BadgeDesign",
        "A draft, not on the server yet. It is made when you choose Badge classes → Send "
        "drafts, or when a batch that awards it is submitted.",
    )


class BadgeDesign(QObject):
    """New, edit and delete badge classes and see or edit issuers, from the tab's tree."""

    def __init__(self, tab: AssertionsTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.service: BadgeClassService | None = None
        self.drafts: BadgeClassDrafts | None = None
        self.editor: BadgeClassEditor | None = None
        self.issuer_dialog: IssuerDialog | None = None
        self.question: QMessageBox | None = None
        """The delete confirmation or refusal, while it is open."""
        self.new_action = tab_action(tab, self.tr("&New badge class…"), "Ctrl+Shift+N", self.on_new)
        self.edit_action = tab_action(tab, self.tr("&Edit badge class…"), "Ctrl+B", self.on_edit)
        self.delete_action = tab_action(
            tab, self.tr("&Delete badge class…"), "Ctrl+Shift+Delete", self.on_delete
        )
        self.issuer_action = tab_action(
            tab, self.tr("&Issuer details…"), "Ctrl+Shift+I", self.on_issuer
        )
        self.new_issuer_action = tab_action(tab, self.tr("New iss&uer…"), None, self.on_new_issuer)
        self.send_drafts_action = tab_action(
            tab, self.tr("Send d&rafts to the server"), None, self.on_send_drafts
        )
        self.actions = (self.new_action, self.edit_action, self.delete_action)

    def menu_button(self) -> QToolButton:
        """ "Badge classes ▾" over the tree: every action here, with its key."""
        button = QToolButton()
        button.setText(self.tr("Badge classes"))
        button.setAccessibleName(self.tr("Badge class and issuer actions"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        self.fill(menu)
        button.setMenu(menu)
        return button

    def fill(self, menu: QMenu) -> None:
        for action in self.actions:
            menu.addAction(action)
        menu.addAction(self.send_drafts_action)
        menu.addSeparator()
        menu.addAction(self.issuer_action)
        menu.addAction(self.new_issuer_action)
        menu.setToolTipsVisible(True)

    # ------------------------------------------------------------ what may be done

    def chosen(self) -> tuple[Issuer | None, BadgeClass | None]:
        """The issuer chosen in the tree (or the chosen badge class's or draft's), and the
        badge class."""
        badgeclass = self.tab.selected_badgeclass()
        draft = self.tab.selected_draft()
        node = self.tab.selected_node()
        if badgeclass is not None:
            issuer_id = badgeclass.issuer
        elif draft is not None:
            issuer_id = draft.issuer_id
        else:
            issuer_id = node[1] if node and node[0] == "issuers" else None
        return self.tab.issuers.get(issuer_id or ""), badgeclass

    def update(self) -> None:
        """Enable what is allowed now; a disabled action's tooltip says why."""
        issuer, badgeclass = self.chosen()
        service = self.service
        allowed = design_actions(
            signed_in=service is not None,
            allows=self.tab.allows,
            offline=self.tab.offline,
            role=service.role(issuer) if service is not None and issuer is not None else None,
            user_known=service is not None and service.knows_user(),
            issuer_chosen=issuer is not None,
            badgeclass_chosen=badgeclass is not None,
        )
        for action, blocked, hint in (
            (self.new_action, allowed.new_badgeclass, self.tr("A new badge class of the issuer")),
            (self.edit_action, allowed.edit_badgeclass, self.tr("Change this badge class")),
            (
                self.delete_action,
                allowed.delete_badgeclass,
                self.tr("Delete this badge class (asks first)"),
            ),
        ):
            action.setEnabled(blocked is None)
            action.setToolTip(hint if blocked is None else self.reason(blocked))
        self.new_issuer_action.setEnabled(allowed.new_issuer is None)
        self.new_issuer_action.setToolTip(
            self.tr("A new issuer, of which you will be the owner")
            if allowed.new_issuer is None
            else self.reason(allowed.new_issuer)
        )
        if (draft := self.tab.selected_draft()) is not None:
            self._update_draft_actions(draft)
        self._update_send_action()
        # Seeing an issuer needs only the catalogue; the dialog itself says what the role allows.
        self.issuer_action.setEnabled(issuer is not None)
        self.issuer_action.setToolTip(
            self.tr("See the issuer and its staff; owners and editors change it")
            if issuer is not None
            else self.reason(DesignBlocked.NO_ISSUER)
        )

    def _update_draft_actions(self, draft: BadgeClassDraft) -> None:
        """A draft is changed and deleted here, with no server, until it may have reached it."""
        sending = draft.state == DraftState.SENDING
        waiting = self.tr("This draft may have reached the server: Send drafts finds out first.")
        for action, hint in (
            (self.edit_action, self.tr("Change this draft")),
            (self.delete_action, self.tr("Delete this draft (asks first)")),
        ):
            action.setEnabled(self.drafts is not None and not sending)
            action.setToolTip(waiting if sending else hint)

    def waiting_drafts(self) -> list[BadgeClassDraft]:
        """The drafts Send drafts sends (those left sending are looked for first)."""
        drafts = self.tab.badgeclass_drafts.values()
        return [d for d in drafts if d.state in (DraftState.PENDING, DraftState.SENDING)]

    def _update_send_action(self) -> None:
        waiting = len(self.waiting_drafts())
        blocked: str | None = None
        if self.drafts is None or self.service is None:
            blocked = self.reason(DesignBlocked.SIGNED_OUT)
        elif not waiting:
            blocked = self.tr("No draft badge class is waiting to be sent.")
        elif self.tab.offline:
            blocked = self.reason(DesignBlocked.OFFLINE)
        self.send_drafts_action.setEnabled(blocked is None)
        self.send_drafts_action.setToolTip(
            blocked
            or self.tr("Make the %n waiting draft badge class(es) on the server", "", waiting)
        )

    def reason(self, blocked: DesignBlocked) -> str:
        if (words := session_reason(blocked)) is not None:
            return words
        return {
            DesignBlocked.OFFLINE: self.tr("This needs the server, which cannot be reached now."),
            DesignBlocked.USER_UNKNOWN: self.tr(
                "Offline, BadgeDesk does not know yet which issuers you may design for: "
                "it learns it the next time it reaches the server."
            ),
            DesignBlocked.NO_ISSUER: self.tr("Choose an issuer or badge class on the left first."),
            DesignBlocked.NO_BADGECLASS: self.tr("Choose a badge class on the left first."),
            DesignBlocked.STAFF_ROLE: self.tr(
                "You are staff of this issuer: you may award its badges, but only its owners "
                "and editors may create, change or delete them."
            ),
            DesignBlocked.NOT_ON_STAFF: self.tr(
                "You are not on this issuer's staff, so you cannot change its badge classes."
            ),
        }[blocked]

    # ------------------------------------------------------------ new and edit

    def on_new(self) -> None:
        issuer, _badgeclass = self.chosen()
        if issuer is not None and self.new_action.isEnabled():
            self._open_editor(issuer, None, None)

    def on_edit(self) -> None:
        issuer, badgeclass = self.chosen()
        if issuer is None or not self.edit_action.isEnabled():
            return
        if (draft := self.tab.selected_draft()) is not None:
            shown = preview(draft)
            self._open_editor(issuer, shown, data_uri_bytes(shown.image), draft)
        elif badgeclass is not None:
            self.tab.tasks.spawn(self._edit(issuer, badgeclass), name="write")

    async def _edit(self, issuer: Issuer, badgeclass: BadgeClass) -> None:
        """The editor, with the image the details pane shows (kept on disk once fetched)."""
        images = self.tab.images
        image = await images.get(badgeclass.image) if images and badgeclass.image else None
        self._open_editor(issuer, badgeclass, image)

    def _open_editor(
        self,
        issuer: Issuer,
        badgeclass: BadgeClass | None,
        image: bytes | None,
        draft: BadgeClassDraft | None = None,
    ) -> None:
        from badgedesk.ui.assertions.badge_class_editor import BadgeClassEditor

        editor = BadgeClassEditor(
            self.tab,
            issuer_name=issuer.name,
            existing=badgeclass,
            image=image,
            offline=self.tab.offline,
            draft=draft is not None,
        )

        def submitted(request: BadgeClassRequest, choice: str) -> None:
            if draft is not None:
                saving = self._revise_draft(editor, draft, request)
            elif choice == SaveChoice.DRAFT:
                saving = self._save_draft(editor, issuer, request)
            else:
                saving = self._save(editor, issuer, badgeclass, request)
            self.tab.tasks.spawn(saving, name="write")

        editor.submitted.connect(submitted)
        editor.finished.connect(editor.deleteLater)
        self.editor = editor
        editor.open()

    async def _save(
        self,
        editor: BadgeClassEditor,
        issuer: Issuer,
        badgeclass: BadgeClass | None,
        request: BadgeClassRequest,
    ) -> None:
        service = self.service
        if service is None:
            editor.show_server_errors(DesignRefusedError(DesignBlocked.SIGNED_OUT))
            return
        try:
            if badgeclass is None:
                saved = await service.create(issuer, request)
            else:
                saved = await service.edit(issuer, badgeclass, request)
        except ApiError as error:
            editor.show_server_errors(error)
            if isinstance(error, NetworkError) and badgeclass is None:
                editor.set_offline(True)  # the server went away: offer the draft
            self.tab.status_message.emit(
                self.tr("The badge class was not saved: {error}").format(error=error_words(error))
            )
            return
        editor.accept()
        self.tab.select_node(saved.key)
        self.tab.status_message.emit(
            self.tr("Badge class “{name}” saved.").format(name=saved.name)
            if badgeclass is not None
            else self.tr("Badge class “{name}” created.").format(name=saved.name)
        )

    # ------------------------------------------------------------ drafts

    async def _save_draft(
        self, editor: BadgeClassEditor, issuer: Issuer, request: BadgeClassRequest
    ) -> None:
        """Keep a new badge class to send later; the tree shows it at once."""
        if self.drafts is None:
            editor.show_server_errors(DesignRefusedError(DesignBlocked.SIGNED_OUT))
            return
        draft = await self.drafts.save(issuer, request)
        editor.accept()
        self.tab.select_node(draft.uid)
        self.tab.status_message.emit(
            self.tr(
                "Badge class “{name}” saved as a draft: it is made on the server when you send "
                "drafts (Badge classes menu)."
            ).format(name=draft.name)
        )

    async def _revise_draft(
        self, editor: BadgeClassEditor, draft: BadgeClassDraft, request: BadgeClassRequest
    ) -> None:
        assert self.drafts is not None
        try:
            revised = await self.drafts.revise(draft.uid, request)
        except (KeyError, ValueError):
            editor.reject()
            self.tab.status_message.emit(
                self.tr("The draft “{name}” was sent or deleted meanwhile: not changed.").format(
                    name=draft.name
                )
            )
            return
        editor.accept()
        self.tab.status_message.emit(self.tr("Draft “{name}” saved.").format(name=revised.name))

    def on_send_drafts(self) -> None:
        if self.drafts is not None and self.send_drafts_action.isEnabled():
            self.tab.tasks.spawn(self.send_drafts(self.drafts), name="write")

    async def send_drafts(self, drafts: BadgeClassDrafts) -> None:
        """Make every waiting draft on the server, oldest first; say what became of them."""
        waiting = {d.uid for d in self.waiting_drafts()}
        self.tab.status_message.emit(self.tr("Sending %n draft badge class(es)…", "", len(waiting)))
        try:
            outcomes = await drafts.send_all()
        except ApiError as error:
            done = [d for d in await drafts.drafts() if d.uid in waiting]
            made = sum(d.state == DraftState.SENT for d in done)
            self.tab.status_message.emit(
                self.tr(
                    "Sending drafts stopped after %n badge class(es) made: {error}", "", made
                ).format(error=error_words(error))
            )
            return
        made = sum(d.state == DraftState.SENT for d in outcomes)
        refused = [d for d in outcomes if d.state == DraftState.FAILED]
        if refused:
            self.tab.status_message.emit(
                self.tr(
                    "%n draft badge class(es) made; {refused} refused by the server (see its "
                    "reason on the draft).",
                    "",
                    made,
                ).format(refused=len(refused))
            )
        else:
            self.tab.status_message.emit(
                self.tr("%n draft badge class(es) made on the server.", "", made)
            )

    # ------------------------------------------------------------ delete

    def on_delete(self) -> None:
        issuer, badgeclass = self.chosen()
        if not self.delete_action.isEnabled():
            return
        if (draft := self.tab.selected_draft()) is not None:
            self.tab.tasks.spawn(self._delete_draft(draft), name="write")
        elif issuer is not None and badgeclass is not None:
            self.tab.tasks.spawn(self._delete(issuer, badgeclass), name="write")

    async def _delete_draft(self, draft: BadgeClassDraft) -> None:
        assert self.drafts is not None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete draft"),
            self.tr("Delete the draft badge class “{name}”?").format(name=draft.name),
            QMessageBox.StandardButton.Cancel,
            self.tab,
        )
        box.setAccessibleName(self.tr("Delete draft"))
        box.setInformativeText(
            self.tr("It was never made on the server. A draft batch that awards it cannot be sent.")
        )
        delete = box.addButton(self.tr("Delete draft"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setAccessibleName(self.tr("Delete draft"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if not await self._ask(box, delete):
            return
        try:
            await self.drafts.delete(draft.uid)
        except (KeyError, ValueError):
            self.tab.status_message.emit(
                self.tr("The draft “{name}” is being sent: not deleted.").format(name=draft.name)
            )
            return
        self.tab.select_node(draft.issuer_id)
        self.tab.status_message.emit(self.tr("Draft “{name}” deleted.").format(name=draft.name))

    async def _delete(self, issuer: Issuer, badgeclass: BadgeClass) -> None:
        assert self.service is not None
        if not await self._confirm_delete(badgeclass):
            return
        try:
            await self.service.delete(issuer, badgeclass)
        except BadgeClassInUseError as refusal:
            self._show_in_use(badgeclass, refusal)
            return
        except ApiError as error:
            self.tab.status_message.emit(
                self.tr("The badge class was not deleted: {error}").format(error=error_words(error))
            )
            return
        self.tab.select_node(issuer.key)
        self.tab.status_message.emit(
            self.tr("Badge class “{name}” deleted.").format(name=badgeclass.name)
        )

    async def _confirm_delete(self, badgeclass: BadgeClass) -> bool:
        summary = self.tab.award_summary
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete badge class"),
            self.tr("Delete the badge class “{name}”?").format(name=badgeclass.name),
            QMessageBox.StandardButton.Cancel,
            self.tab,
        )
        box.setAccessibleName(self.tr("Delete badge class"))
        if summary is None or not summary.complete:
            counted = self.tr("Its awards are still being counted.")
        elif summary.active:
            counted = self.tr(
                "It has %n award(s) in all, {live} of them live (neither revoked nor expired): "
                "the server keeps a badge class while any award of it is live.",
                "",
                summary.total,
            ).format(live=summary.active)
        else:
            counted = self.tr(
                "It has %n award(s), all revoked or expired: they are deleted with it.",
                "",
                summary.total,
            )
        box.setInformativeText(counted + "\n\n" + self.tr("This cannot be undone."))
        delete = box.addButton(
            self.tr("Delete badge class"), QMessageBox.ButtonRole.DestructiveRole
        )
        delete.setAccessibleName(self.tr("Delete badge class"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return await self._ask(box, delete)

    async def _ask(self, box: QMessageBox, yes: QPushButton) -> bool:
        """``clicked_yes``, with the open box kept in ``question`` meanwhile."""
        self.question = box
        try:
            return await clicked_yes(box, yes)
        finally:
            self.question = None

    def _show_in_use(self, badgeclass: BadgeClass, refusal: BadgeClassInUseError) -> None:
        """The server's words, and what can be done: revoke the live awards, or keep it."""
        if refusal.live is None:
            possible = self.tr(
                "Revoke its awards that are still live, then delete it again; or keep the badge "
                "class (nobody needs to award it)."
            )
        else:
            possible = self.tr(
                "It still has %n live award(s) (neither revoked nor expired). Revoke them "
                "first (select them and use Revoke selected), then delete it again; or keep the "
                "badge class (nobody needs to award it).",
                "",
                refusal.live,
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Badge class not deleted"),
            self.tr("The server did not delete “{name}”: {words}").format(
                name=badgeclass.name, words=str(refusal)
            ),
            QMessageBox.StandardButton.Ok,
            self.tab,
        )
        box.setAccessibleName(self.tr("Badge class not deleted"))
        box.setInformativeText(possible)
        box.finished.connect(box.deleteLater)
        self.question = box
        box.finished.connect(lambda _code: setattr(self, "question", None))
        box.open()
        self.tab.status_message.emit(
            self.tr("The badge class was not deleted: {words}").format(words=str(refusal))
        )

    # ------------------------------------------------------------ the issuer

    def on_issuer(self) -> None:
        issuer, _badgeclass = self.chosen()
        if issuer is not None and self.issuer_action.isEnabled():
            self.tab.tasks.spawn(self._open_issuer(issuer), name="write")

    def on_new_issuer(self) -> None:
        if self.new_issuer_action.isEnabled():
            self._show_issuer_dialog(None, None, None)

    async def _open_issuer(self, issuer: Issuer) -> None:

        images = self.tab.images
        image = await images.get(issuer.image) if images and issuer.image else None
        # The dialog says what the role allows; offline, a save says the server is not there.
        role = self.service.role(issuer) if self.service is not None else None
        self._show_issuer_dialog(issuer, image, role)

    def _show_issuer_dialog(
        self, issuer: Issuer | None, image: bytes | None, role: str | None
    ) -> None:
        """The issuer's details (``issuer`` None: a new issuer, which the user will own)."""
        from badgedesk.ui.assertions.issuer_dialog import IssuerDialog

        dialog = IssuerDialog(
            self.tab, existing=issuer, image=image, role=role if issuer is not None else OWNER
        )
        dialog.submitted.connect(
            lambda request: self.tab.tasks.spawn(
                self._save_issuer(dialog, issuer, request), name="write"
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        self.issuer_dialog = dialog
        dialog.open()

    async def _save_issuer(
        self, dialog: IssuerDialog, issuer: Issuer | None, request: IssuerRequest
    ) -> None:
        assert self.service is not None
        try:
            if issuer is None:
                saved = await self.service.create_issuer(request)
            else:
                saved = await self.service.edit_issuer(issuer, request)
        except ApiError as error:
            dialog.show_server_errors(error)
            self.tab.status_message.emit(
                self.tr("The issuer was not saved: {error}").format(error=error_words(error))
            )
            return
        dialog.accept()
        if issuer is None:
            self.tab.select_node(saved.key)
            self.tab.status_message.emit(
                self.tr("Issuer “{name}” created: you are its owner.").format(name=saved.name)
            )
        else:
            self.tab.status_message.emit(self.tr("Issuer “{name}” saved.").format(name=saved.name))
