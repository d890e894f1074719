"""File → Server profiles: see the built-in regions, add, edit and remove custom servers, and
switch to one without restarting. A client secret goes to the keyring, never to a file."""

from __future__ import annotations

import keyring.backend
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from badgedesk.auth.keychain import CLIENT_SECRET, Keychain
from badgedesk.profiles import (
    SANDBOX,
    ProfileError,
    ProfileProblem,
    ProfileStore,
    ServerProfile,
    is_web_address,
)
from badgedesk.ui.discard import close_or_ask
from badgedesk.ui.fit import fit_to_screen
from badgedesk.ui.style import error_label


def field_labels() -> tuple[tuple[str, str], ...]:
    """What a person enters, each with its label; the endpoints follow from the two addresses
    (shown in ``derived``)."""
    return (
        ("name", QCoreApplication.translate("ProfilesDialog", "Na&me:")),
        ("api_base", QCoreApplication.translate("ProfilesDialog", "&API address:")),
        ("web_base", QCoreApplication.translate("ProfilesDialog", "&Web app address:")),
        ("client_id", QCoreApplication.translate("ProfilesDialog", "Client &id:")),
        ("redirect_uri", QCoreApplication.translate("ProfilesDialog", "Redir&ect URI:")),
        ("scopes", QCoreApplication.translate("ProfilesDialog", "Sc&opes:")),
    )


def field_name(key: str) -> str:
    """A field's name in words, as the error messages use it."""
    names = {
        "name": QCoreApplication.translate("ProfilesDialog", "Name"),
        "api_base": QCoreApplication.translate("ProfilesDialog", "API address"),
        "web_base": QCoreApplication.translate("ProfilesDialog", "Web app address"),
        "client_id": QCoreApplication.translate("ProfilesDialog", "Client id"),
        "redirect_uri": QCoreApplication.translate("ProfilesDialog", "Redirect URI"),
        "authorize_url": QCoreApplication.translate("ProfilesDialog", "Sign-in page"),
        "token_url": QCoreApplication.translate("ProfilesDialog", "Token URL"),
        "revoke_url": QCoreApplication.translate("ProfilesDialog", "Token revocation URL"),
    }
    return names.get(key, key)


def problem_text(error: ProfileError) -> str:
    """What is wrong with the profile, in words for the person editing it."""
    texts = {
        ProfileProblem.NO_NAME: QCoreApplication.translate(
            "ProfilesDialog", "A profile needs a name."
        ),
        ProfileProblem.BUILTIN_NAME: QCoreApplication.translate(
            "ProfilesDialog", "“{name}” is the name of a built-in profile."
        ),
        ProfileProblem.TAKEN_NAME: QCoreApplication.translate(
            "ProfilesDialog", "A profile called “{name}” already exists."
        ),
        ProfileProblem.BAD_ADDRESS: QCoreApplication.translate(
            "ProfilesDialog", "{field} must be a web address starting with https:// or http://."
        ),
        ProfileProblem.PLAIN_HTTP: QCoreApplication.translate(
            "ProfilesDialog",
            "{field} must start with https://: plain http:// is only for a server on this "
            "computer, since the sign-in and every badge would cross the network unprotected.",
        ),
        ProfileProblem.NO_CLIENT_ID: QCoreApplication.translate(
            "ProfilesDialog", "A client id is required."
        ),
        ProfileProblem.NOT_CUSTOM: QCoreApplication.translate(
            "ProfilesDialog", "Only custom profiles can be removed."
        ),
    }
    return texts[error.problem].format(
        name=error.values.get("name", ""), field=field_name(error.field)
    )


def _field_text(profile: ServerProfile | None, key: str) -> str:
    """What a profile's field shows in its edit box."""
    value = getattr(profile, key) if profile is not None else ""
    return "" if value is None else str(value)


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
        self._shown: ServerProfile | None = None
        """The stored profile on show, if any (its URLs are shown until an address changes)."""
        self.discard_question: QMessageBox | None = None
        self.setWindowTitle(self.tr("Server profiles"))
        self.setAccessibleName(self.tr("Server profiles"))
        fit_to_screen(self, 920, 560)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Profiles"))
        list_label = QLabel(self.tr("&Profiles:"))
        list_label.setBuddy(self.list)
        self.edits: dict[str, QLineEdit] = {}
        self.field_errors: dict[str, QLabel] = {}
        """Each field's problem, shown under it."""
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Client secret"))
        self.secret.setPlaceholderText(self.tr("optional; kept in the system keyring"))
        form = QFormLayout()
        for key, label in field_labels():
            edit = QLineEdit()
            edit.setAccessibleName(field_name(key))
            self.edits[key] = edit
            self.field_errors[key] = error_label(
                self.tr("Problem with {field}").format(field=field_name(key))
            )
            self._add_row(
                form,
                label,
                edit,
                self.field_errors[key],
            )
            if key == "client_id":
                self._add_row(form, self.tr("Client secre&t:"), self.secret)
        self.edits["api_base"].setPlaceholderText("https://api.badges.example.org")
        self.edits["api_base"].setToolTip(
            self.tr("Where the API answers (badgr-server); tokens are fetched and revoked here.")
        )
        self.edits["web_base"].setPlaceholderText("https://badges.example.org")
        self.edits["web_base"].setToolTip(
            self.tr(
                "Where people sign in: the web app (badgr-ui). On a self-hosted server this is "
                "usually not the API address."
            )
        )
        self.derived: dict[str, QLabel] = {}
        """The endpoints the two addresses give, shown as they are typed."""
        derived_form = QFormLayout()
        for key in ("authorize_url", "token_url", "revoke_url"):
            shown = QLabel()
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            shown.setAccessibleName(field_name(key))
            self.derived[key] = shown
            derived_form.addRow(field_name(key) + ":", shown)
        self.derived_box = QGroupBox(self.tr("Addresses BadgeDesk will use"))
        self.derived_box.setLayout(derived_form)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = error_label(self.tr("Problem with this profile"))

        self.new_button = QPushButton(self.tr("&New"))
        self.duplicate_button = QPushButton(self.tr("Dupli&cate"))
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
        right.addWidget(self.derived_box)
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
        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 5)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.use_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addLayout(bottom)

        self.list.currentTextChanged.connect(self.show_profile)
        for key in ("api_base", "web_base"):
            self.edits[key].textChanged.connect(self.show_derived)
        self.new_button.clicked.connect(self.new_profile)
        self.duplicate_button.clicked.connect(self.duplicate_profile)
        self.remove_button.clicked.connect(self.remove_profile)
        self.save_button.clicked.connect(self.save_profile)
        self.use_button.clicked.connect(self.use_profile)
        self.close_button.clicked.connect(self.reject)
        self.reload(select=current)

    @staticmethod
    def _add_row(
        form: QFormLayout, label: str, edit: QLineEdit, error: QLabel | None = None
    ) -> None:
        """A labelled field (the label's mnemonic focuses it) with its problem under it."""
        caption = QLabel(label)
        caption.setBuddy(edit)
        if error is None:
            form.addRow(caption, edit)
            return
        cell = QVBoxLayout()
        cell.setSpacing(2)
        cell.addWidget(edit)
        cell.addWidget(error)
        form.addRow(caption, cell)

    def show_derived(self) -> None:
        """The sign-in, token and revocation URLs in use: the shown profile's own until its
        addresses are edited (one saved by an older version may differ), then derived."""
        api, web = self.edits["api_base"].text().strip(), self.edits["web_base"].text().strip()
        kept = self._shown
        if kept is not None and (api, web) == (kept.api_base, kept.web_base):
            urls = kept
        else:
            urls = ServerProfile.for_server("", api, web)
        for key, shown in self.derived.items():
            base = web if key == "authorize_url" else api
            shown.setText(getattr(urls, key) if urls is kept or is_web_address(base) else "—")

    def _clear_problems(self) -> None:
        for label in (self.error, *self.field_errors.values()):
            label.clear()
            label.hide()

    def _show_problem(self, error: ProfileError) -> None:
        """Under the field concerned, which gets the focus; otherwise under the form."""
        label = self.field_errors.get(error.field, self.error)
        label.setText(problem_text(error))
        label.show()
        if error.field in self.edits:
            self.edits[error.field].setFocus()

    def reload(self, select: str | None = None) -> None:
        self.list.clear()
        for name in [SANDBOX, *(p.name for p in self.store.all())]:
            item = QListWidgetItem(name)
            if name == self.current:
                item.setText(self.tr("{name} (in use)").format(name=name))
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
        self._shown = profile
        self._clear_problems()
        for key, edit in self.edits.items():
            edit.setText(_field_text(profile, key))
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
        self.show_derived()

    def _form_profile(self) -> ServerProfile:
        values = {key: edit.text().strip() for key, edit in self.edits.items()}
        return ServerProfile.for_server(
            values["name"],
            values["api_base"],
            values["web_base"],
            client_id=values["client_id"],
            redirect_uri=values["redirect_uri"],
            scopes=values["scopes"],
        )

    def new_profile(self) -> None:
        self._start_custom(
            ServerProfile(
                name="",
                api_base="https://",
                web_base="https://",
                authorize_url="",
                token_url="",
            )
        )

    def duplicate_profile(self) -> None:
        profile = self.store.get(self.selected())
        if profile is not None:
            self._start_custom(profile)
            self.edits["name"].setText(self.tr("{name} (custom)").format(name=profile.name))

    def _start_custom(self, template: ServerProfile) -> None:
        self.list.clearSelection()
        self._editing = ""
        self._shown = None
        for key, edit in self.edits.items():
            edit.setText(_field_text(template, key))
            edit.setReadOnly(False)
        self.secret.setReadOnly(False)
        self.secret.clear()
        self._clear_problems()
        self.save_button.setEnabled(True)
        self.remove_button.setEnabled(False)
        self.use_button.setEnabled(False)  # save it first
        self.note.setText(self.tr("A new custom profile: fill it in and save it."))
        self.show_derived()
        self.edits["name"].setFocus()

    def save_profile(self) -> None:
        profile = self._form_profile()
        self._clear_problems()
        try:
            self.store.put(profile, replacing=self._editing or None)
            self.store.save()
        except ProfileError as error:
            self._show_problem(error)
            return
        except OSError as error:
            self.error.setText(
                self.tr("Could not save the profiles: {reason}").format(reason=error.strerror)
            )
            self.error.show()
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
            self._show_problem(error)
            return
        Keychain(name, self._backend).delete(CLIENT_SECRET)
        self.reload()

    def has_unsaved_changes(self) -> bool:
        """A new custom profile not saved yet, a typed secret, or a custom profile edited."""
        if self._editing == "" or self.secret.text():
            return True
        shown = self._shown
        if shown is None or shown.builtin:
            return False
        return any(edit.text() != _field_text(shown, key) for key, edit in self.edits.items())

    def reject(self) -> None:
        """Escape, Close, closing: unsaved changes to a profile are not lost without asking."""
        self.discard_question = close_or_ask(self, self.has_unsaved_changes(), super().reject)

    def use_profile(self) -> None:
        if self.selected():
            self.use_requested.emit(self.selected())
            self.accept()
