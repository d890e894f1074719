"""Start-up with a store that cannot be used: the question (ui/store_problem.py) and what
each answer does in the real ``run()`` and the real program. The bad inputs are made by
tests/bad_stores.py; their classification is tested in tests/store/test_health.py."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QLineEdit

from badgedesk.core.health import CHOICES, Choice, StoreProblem, Trouble
from badgedesk.store import SCHEMA_VERSION
from badgedesk.ui.store_problem import StoreProblemBox
from tests.bad_stores import (
    BAD_STORES,
    EXPECTED,
    damaged_page,
    directory,
    newer_schema,
    text_file,
)
from tests.ui.programs import Program
from tests.ui.waiting import wait_for

STORE = "badgedesk.sqlite3"


@pytest.mark.parametrize("trouble", list(Trouble))
def test_the_box_offers_only_the_choices_that_fit(qtbot, trouble):
    problem = StoreProblem(trouble, Path("/data/badgedesk.sqlite3"), "detail")
    box = StoreProblemBox(problem)
    qtbot.addWidget(box)
    assert list(box.buttons_by_choice) == list(CHOICES[trouble])
    assert set(box.buttons()) == set(box.buttons_by_choice.values())
    assert box.defaultButton() is box.buttons_by_choice[CHOICES[trouble][0]]
    assert box.escapeButton() is box.buttons_by_choice[Choice.QUIT]
    assert box.accessibleName() == "BadgeDesk cannot open its data"
    assert all(button.accessibleName() for button in box.buttons())
    assert all("&" in button.text() for button in box.buttons()), "a mnemonic each"
    assert "/data/badgedesk.sqlite3" in box.informativeText()
    assert "{" not in box.text() + box.informativeText(), "every placeholder filled"


def test_keep_aside_from_the_keyboard(qtbot):
    box = StoreProblemBox(StoreProblem(Trouble.DAMAGED, Path("/d/badgedesk.sqlite3"), "x"))
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is box.windowHandle())
    QTest.keyClick(box, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # "&Keep the old…"
    qtbot.waitUntil(lambda: box.choice() is Choice.KEEP_ASIDE)


def test_closing_the_box_otherwise_means_quit(qtbot):
    box = StoreProblemBox(StoreProblem(Trouble.NEWER, Path("/d/badgedesk.sqlite3"), "x"))
    qtbot.addWidget(box)
    box.show()
    QTest.keyClick(box, Qt.Key.Key_Escape)
    assert box.choice() is Choice.QUIT


# ------------------------------------------------------------------ through run()


async def the_box(program: Program) -> StoreProblemBox:
    await wait_for(lambda: (w := program.window()) is not None and w.findChild(StoreProblemBox))
    window = program.window()
    assert window is not None
    box = window.findChild(StoreProblemBox)
    assert isinstance(box, StoreProblemBox)
    await wait_for(box.isVisible)
    return box


async def quit_when_signed_in(program: Program) -> None:
    window, _shell = await program.signed_in()
    window.quit_action.trigger()


@pytest.mark.parametrize("bad", list(BAD_STORES))
def test_quit_on_a_bad_store_exits_2_and_leaves_it_untouched(program, loop, bad):
    path = program.data_dir / STORE
    BAD_STORES[bad](path)
    content = path.read_bytes() if path.is_file() else None

    async def work() -> tuple[int, list[Choice]]:
        running = program.start()
        box = await the_box(program)
        choices = list(box.buttons_by_choice)
        box.buttons_by_choice[Choice.QUIT].click()
        return await asyncio.wait_for(running, 30), choices

    code, choices = loop.run_until_complete(work())
    assert code == 2
    assert choices == list(CHOICES[EXPECTED[bad]])
    assert (path.read_bytes() if path.is_file() else None) == content, "nothing written"
    assert not (program.data_dir / f"{STORE}-wal").exists()
    window = program.window()
    assert window is not None
    assert not window.isVisible()


def test_a_quit_while_the_question_is_open_ends_run(program, loop):
    """A session that ends (SIGTERM) does not wait for an answer nobody may give."""
    damaged_page(program.data_dir / STORE)

    async def work() -> int:
        running = program.start()
        await the_box(program)
        window = program.window()
        assert window is not None
        window.quit_requested.emit()
        return await asyncio.wait_for(running, 10)

    assert loop.run_until_complete(work()) == 2
    still_open = [
        w for w in program.app.allWidgets() if isinstance(w, StoreProblemBox) and w.isVisible()
    ]
    assert still_open == [], "the question is closed"


def test_keep_aside_renames_the_damaged_store_and_starts_afresh(program, loop):
    path = program.data_dir / STORE
    damaged_page(path)
    content = path.read_bytes()

    async def work() -> int:
        running = program.start()
        box = await the_box(program)
        box.buttons_by_choice[Choice.KEEP_ASIDE].click()
        await quit_when_signed_in(program)
        return await asyncio.wait_for(running, 30)

    assert loop.run_until_complete(work()) == 0
    kept = list(program.data_dir.glob(f"{STORE}.damaged-*"))
    assert len(kept) == 1
    assert kept[0].read_bytes() == content, "kept as it was"
    with sqlite3.connect(path) as fresh:
        assert fresh.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert fresh.execute("SELECT count(*) FROM draft_rows").fetchone()[0] == 0
    fresh.close()


def test_another_data_folder_is_used_when_chosen(program, loop, tmp_path):
    text_file(program.data_dir / STORE)
    other = tmp_path / "elsewhere"
    other.mkdir()

    async def work() -> int:
        running = program.start()
        box = await the_box(program)
        box.buttons_by_choice[Choice.OTHER_FOLDER].click()
        await wait_for(lambda: any(isinstance(w, QFileDialog) for w in program.window().children()))
        chooser = next(w for w in program.window().children() if isinstance(w, QFileDialog))
        assert chooser.accessibleName() == "Choose a data folder for BadgeDesk"
        typed = chooser.findChild(QLineEdit, "fileNameEdit")
        assert isinstance(typed, QLineEdit)
        typed.setText(str(other))  # typed, then Enter
        QTest.keyClick(typed, Qt.Key.Key_Return)
        await quit_when_signed_in(program)
        return await asyncio.wait_for(running, 30)

    assert loop.run_until_complete(work()) == 0
    assert (other / STORE).is_file(), "the store made in the chosen folder"
    assert (program.data_dir / STORE).read_text(encoding="utf-8").startswith("name,email")


def test_retry_after_moving_a_folder_away(program, loop):
    path = program.data_dir / STORE
    directory(path)

    async def work() -> int:
        running = program.start()
        box = await the_box(program)
        assert box.problem.trouble is Trouble.IN_THE_WAY
        assert box.defaultButton() is box.buttons_by_choice[Choice.RETRY]
        path.rename(program.data_dir / "moved away")
        box.buttons_by_choice[Choice.RETRY].click()
        await quit_when_signed_in(program)
        return await asyncio.wait_for(running, 30)

    assert loop.run_until_complete(work()) == 0
    assert path.is_file()


# ------------------------------------------------------------------ the real program

ANSWER_WITH_ESCAPE = """
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
import badgedesk.app
from badgedesk.ui.store_problem import StoreProblemBox

app = QApplication([])

def answer():
    boxes = [w for w in app.allWidgets() if isinstance(w, StoreProblemBox) and w.isVisible()]
    if not boxes:
        QTimer.singleShot(20, answer)
        return
    print("dialog:", boxes[0].text(), flush=True)
    QTest.keyClick(boxes[0], Qt.Key.Key_Escape)

QTimer.singleShot(20, answer)
sys.exit(badgedesk.app.main(["--sandbox", "--data-dir", sys.argv[1]]))
"""


def in_place_of_the_data_folder(folder: Path) -> None:
    folder.write_text("a file", encoding="utf-8")


@pytest.mark.parametrize(
    ("make", "target", "said"),
    [
        (directory, STORE, "Something else is where BadgeDesk keeps its data."),
        (newer_schema, STORE, "This data was saved by a newer version of BadgeDesk."),
        (text_file, STORE, "BadgeDesk's data file has been replaced by another kind of file."),
        (in_place_of_the_data_folder, "", "Something else is where BadgeDesk keeps its data."),
    ],
    ids=["directory", "newer schema", "text file", "file for the folder"],
)
def test_the_real_program_asks_then_quits_with_status_2(tmp_path, make, target, said):
    """Escape on the question quits: a dialog, not a line on stderr and a vanishing window."""
    data_dir = tmp_path / "data"
    if target:
        data_dir.mkdir()
    make(data_dir / target if target else data_dir)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": os.getcwd()}
    done = subprocess.run(
        [sys.executable, "-c", ANSWER_WITH_ESCAPE, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"dialog: {said}" in done.stdout
    assert "Traceback" not in done.stderr, done.stderr


def test_the_real_program_asks_about_a_read_only_data_folder(tmp_path):
    """Was a traceback. As root a read-only folder is still writable: then there is nothing
    to test here, and the file in the data folder's place above stands in for it."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "logs").mkdir()
    data_dir.chmod(0o555)
    try:
        if os.access(data_dir, os.W_OK):
            print("running as root: a read-only folder is still writable, nothing to test")
            pytest.skip("a read-only folder is writable for root")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": os.getcwd()}
        done = subprocess.run(
            [sys.executable, "-c", ANSWER_WITH_ESCAPE, str(data_dir)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env=env,
        )
    finally:
        data_dir.chmod(0o755)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "dialog: BadgeDesk is not allowed to save its data." in done.stdout
    assert "Traceback" not in done.stderr, done.stderr
