"""File → Server profiles: see the built-in regions, add, edit and remove custom servers, and
switch to one without restarting. A client secret goes to the keyring, never to a file."""

from __future__ import annotations

import keyring.backend
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from badgedesk.auth.keychain import CLIENT_SECRET, Keychain
from badgedesk.profiles import SANDBOX, ProfileError, ProfileStore, ServerProfile
from badgedesk.ui.style import ERROR_TEXT

FIELDS = (
    ("name", "Name"),
    ("api_base", "API base URL"),
    ("authorize_url", "Authorize page URL"),
    ("token_url", "Token URL"),
    ("revoke_url", "Token revocation URL"),
    ("client_id", "Client id"),
    ("redirect_uri", "Redirect URI"),
    ("scopes", "Scopes"),
)


class ProfilesDialog(QDialog):
    """Edits the profile store; asks the shell to switch through ``use_requested``."""

    use_requested = Signal(str)

    def __init__(
        self,
        store: ProfileStore,
        current: str,
        parent: QWidget | None = None,
        keyring_backend: keyring.backend.KeyringBackend | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.current = current
        self._backend = keyring_backend
        self._editing: str | None = None
        self.setWindowTitle(self.tr("Server profiles"))
        self.setAccessibleName(self.tr("Server profiles"))
        self.resize(820, 440)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Profiles"))
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label in FIELDS:
            edit = QLineEdit()
            edit.setAccessibleName(self.tr(label))
            self.edits[key] = edit
            form.addRow(self.tr(label) + ":", edit)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Client secret"))
        self.secret.setPlaceholderText(self.tr("optional; kept in the system keyring"))
        form.addRow(self.tr("Client secret:"), self.secret)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem with this profile"))
        self.error.setStyleSheet(ERROR_TEXT)

        self.new_button = QPushButton(self.tr("&New"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.use_button = QPushButton(self.tr("&Use this profile"))
        self.close_button = QPushButton(self.tr("Close"))
        for button, name in (
            (self.new_button, self.tr("New custom profile")),
            (self.duplicate_button, self.tr("Duplicate as a custom profile")),
            (self.remove_button, self.tr("Remove this profile")),
            (self.save_button, self.tr("Save this profile")),
            (self.use_button, self.tr("Switch to this profile")),
            (self.close_button, self.tr("Close server profiles")),
        ):
            button.setAccessibleName(name)
        self.use_button.setDefault(True)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.note)
        right.addWidget(self.error)
        right.addStretch(1)
        edit_row = QHBoxLayout()
        for button in (
            self.new_button,
            self.duplicate_button,
            self.remove_button,
            self.save_button,
        ):
            edit_row.addWidget(button)
        right.addLayout(edit_row)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addLayout(right, 5)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.use_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addLayout(bottom)

        self.list.currentTextChanged.connect(self.show_profile)
        self.new_button.clicked.connect(self.new_profile)
        self.duplicate_button.clicked.connect(self.duplicate_profile)
        self.remove_button.clicked.connect(self.remove_profile)
        self.save_button.clicked.connect(self.save_profile)
        self.use_button.clicked.connect(self.use_profile)
        self.close_button.clicked.connect(self.accept)
        self.reload(select=current)

    def reload(self, select: str | None = None) -> None:
        self.list.clear()
        for name in [SANDBOX, *(p.name for p in self.store.all())]:
            item = QListWidgetItem(name)
            if name == self.current:
                item.setText(f"{name} " + self.tr("(in use)"))
                item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
        names = [self._name(self.list.item(i)) for i in range(self.list.count())]
        self.list.setCurrentRow(names.index(select) if select in names else 0)

    @staticmethod
    def _name(item: QListWidgetItem | None) -> str:
        if item is None:
            return ""
        stored = item.data(Qt.ItemDataRole.UserRole)
        return str(stored) if stored else item.text()

    def selected(self) -> str:
        return self._name(self.list.currentItem())

    def show_profile(self, _text: str = "") -> None:
        name = self.selected()
        profile = self.store.get(name)
        custom = profile is not None and not profile.builtin
        self._editing = name if custom else None
        self.error.clear()
        for key, edit in self.edits.items():
            value = getattr(profile, key) if profile is not None else ""
            edit.setText("" if value is None else str(value))
            edit.setReadOnly(not custom)
        self.secret.setReadOnly(not custom)
        self.secret.clear()
        if name == SANDBOX:
            self.edits["name"].setText(SANDBOX)
            self.note.setText(
                self.tr(
                    "The local sandbox bundled with BadgeDesk: demo data, no account needed. It "
                    "starts on a free port when used."
                )
            )
        elif profile is not None and profile.builtin:
            self.note.setText(
                self.tr(
                    "A hosted region. Parchment issues the client id (and secret) your institution "
                    "uses: duplicate this profile to enter them."
                )
            )
        else:
            self.note.setText(self.tr("A custom server, such as a self-hosted Badgr."))
        self.remove_button.setEnabled(custom)
        self.save_button.setEnabled(custom)
        self.use_button.setEnabled(bool(name))
        self.duplicate_button.setEnabled(name != SANDBOX)

    def _form_profile(self) -> ServerProfile:
        values = {key: edit.text().strip() for key, edit in self.edits.items()}
        return ServerProfile(
            name=values["name"],
            api_base=values["api_base"],
            authorize_url=values["authorize_url"],
            token_url=values["token_url"],
            revoke_url=values["revoke_url"] or None,
            client_id=values["client_id"],
            redirect_uri=values["redirect_uri"],
            scopes=values["scopes"],
        )

    def new_profile(self) -> None:
        self._start_custom(
            ServerProfile(
                name="",
                api_base="https://",
                authorize_url="https://",
                token_url="https://",  # noqa: S106 - a URL prefix, not a secret
            )
        )

    def duplicate_profile(self) -> None:
        profile = self.store.get(self.selected())
        if profile is not None:
            self._start_custom(profile)
            self.edits["name"].setText(self.tr("%s (custom)") % profile.name)

    def _start_custom(self, template: ServerProfile) -> None:
        self.list.clearSelection()
        self._editing = ""
        for key, edit in self.edits.items():
            value = getattr(template, key)
            edit.setText("" if value is None else str(value))
            edit.setReadOnly(False)
        self.secret.setReadOnly(False)
        self.secret.clear()
        self.save_button.setEnabled(True)
        self.remove_button.setEnabled(False)
        self.use_button.setEnabled(False)  # save it first
        self.note.setText(self.tr("A new custom profile: fill it in and save it."))
        self.edits["name"].setFocus()

    def save_profile(self) -> None:
        profile = self._form_profile()
        try:
            self.store.put(profile, replacing=self._editing or None)
            self.store.save()
        except ProfileError as error:
            self.error.setText(str(error))
            return
        except OSError as error:
            self.error.setText(self.tr("Could not save the profiles: %s") % error.strerror)
            return
        if self.secret.text():
            Keychain(profile.name, self._backend).set(CLIENT_SECRET, self.secret.text())
        self.reload(select=profile.name)

    def remove_profile(self) -> None:
        name = self.selected()
        try:
            self.store.remove(name)
            self.store.save()
        except ProfileError as error:
            self.error.setText(str(error))
            return
        Keychain(name, self._backend).delete(CLIENT_SECRET)
        self.reload()

    def use_profile(self) -> None:
        if self.selected():
            self.use_requested.emit(self.selected())
            self.accept()
