"""The Assertions tab's actions on badge classes and issuers: new, edit and delete a badge
class, and the issuer's details.

What may be done is ``design_actions`` (the session, the connection, the choice in the tree
and the user's role in its issuer); a disabled action's tooltip says why. The writes are
``BadgeClassService`` coroutines run as the tab's "write" task; the service publishes the
catalogue as it now stands, which the tab shows at once, so here only the choice in the tree
follows (a new badge class is selected).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QToolButton

from badgedesk.api.errors import ApiError
from badgedesk.api.models import BadgeClass, BadgeClassRequest, Issuer, IssuerRequest
from badgedesk.services.badge_classes import (
    BadgeClassInUseError,
    BadgeClassService,
    DesignBlocked,
    DesignRefusedError,
    design_actions,
)
from badgedesk.ui.actions import tab_action
from badgedesk.ui.assertions.session_reasons import session_reason
from badgedesk.ui.futures import clicked_yes

if TYPE_CHECKING:
    from badgedesk.ui.assertions.badge_class_editor import BadgeClassEditor
    from badgedesk.ui.assertions.issuer_dialog import IssuerDialog
    from badgedesk.ui.assertions.tab import AssertionsTab


class BadgeDesign(QObject):
    """New, edit and delete badge classes and see or edit issuers, from the tab's tree."""

    def __init__(self, tab: AssertionsTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.service: BadgeClassService | None = None
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
        menu.addSeparator()
        menu.addAction(self.issuer_action)
        menu.setToolTipsVisible(True)

    # ------------------------------------------------------------ what may be done

    def chosen(self) -> tuple[Issuer | None, BadgeClass | None]:
        """The issuer chosen in the tree (or the chosen badge class's), and the badge class."""
        badgeclass = self.tab.selected_badgeclass()
        node = self.tab.selected_node()
        issuer_id = badgeclass.issuer if badgeclass else node[1] if node else None
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
        # Seeing an issuer needs only the catalogue; the dialog itself says what the role allows.
        self.issuer_action.setEnabled(issuer is not None)
        self.issuer_action.setToolTip(
            self.tr("See the issuer and its staff; owners and editors change it")
            if issuer is not None
            else self.reason(DesignBlocked.NO_ISSUER)
        )

    def reason(self, blocked: DesignBlocked) -> str:
        if (words := session_reason(blocked)) is not None:
            return words
        return {
            DesignBlocked.OFFLINE: self.tr("This needs the server, which cannot be reached now."),
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
        if issuer is not None and badgeclass is not None and self.edit_action.isEnabled():
            self.tab.tasks.spawn(self._edit(issuer, badgeclass), name="write")

    async def _edit(self, issuer: Issuer, badgeclass: BadgeClass) -> None:
        """The editor, with the image the details pane shows (kept on disk once fetched)."""
        images = self.tab.images
        image = await images.get(badgeclass.image) if images and badgeclass.image else None
        self._open_editor(issuer, badgeclass, image)

    def _open_editor(
        self, issuer: Issuer, badgeclass: BadgeClass | None, image: bytes | None
    ) -> None:
        from badgedesk.ui.assertions.badge_class_editor import BadgeClassEditor

        editor = BadgeClassEditor(
            self.tab, issuer_name=issuer.name, existing=badgeclass, image=image, offline=False
        )
        editor.submitted.connect(
            lambda request, _choice: self.tab.tasks.spawn(
                self._save(editor, issuer, badgeclass, request), name="write"
            )
        )
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
            self.tab.status_message.emit(
                self.tr("The badge class was not saved: {error}").format(error=error)
            )
            return
        editor.accept()
        self.tab.select_node(saved.key)
        self.tab.status_message.emit(
            self.tr("Badge class “{name}” saved.").format(name=saved.name)
            if badgeclass is not None
            else self.tr("Badge class “{name}” created.").format(name=saved.name)
        )

    # ------------------------------------------------------------ delete

    def on_delete(self) -> None:
        issuer, badgeclass = self.chosen()
        if issuer is not None and badgeclass is not None and self.delete_action.isEnabled():
            self.tab.tasks.spawn(self._delete(issuer, badgeclass), name="write")

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
                self.tr("The badge class was not deleted: {error}").format(error=error)
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

    async def _open_issuer(self, issuer: Issuer) -> None:
        from badgedesk.ui.assertions.issuer_dialog import IssuerDialog

        images = self.tab.images
        image = await images.get(issuer.image) if images and issuer.image else None
        # The dialog says what the role allows; offline, a save says the server is not there.
        role = self.service.role(issuer) if self.service is not None else None
        dialog = IssuerDialog(self.tab, existing=issuer, image=image, role=role)
        dialog.submitted.connect(
            lambda request: self.tab.tasks.spawn(
                self._save_issuer(dialog, issuer, request), name="write"
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        self.issuer_dialog = dialog
        dialog.open()

    async def _save_issuer(
        self, dialog: IssuerDialog, issuer: Issuer, request: IssuerRequest
    ) -> None:
        assert self.service is not None
        try:
            saved = await self.service.edit_issuer(issuer, request)
        except ApiError as error:
            dialog.show_server_errors(error)
            self.tab.status_message.emit(
                self.tr("The issuer was not saved: {error}").format(error=error)
            )
            return
        dialog.accept()
        self.tab.status_message.emit(self.tr("Issuer “{name}” saved.").format(name=saved.name))
