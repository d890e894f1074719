"""Quitting: File → Quit, Ctrl+Q or closing the window ends ``badgedesk.app.run`` normally,
after every clean-up step; during a batch run it asks first, and quitting then lets the
requests in flight finish so that no row's outcome is lost.

The program here is the real ``run()`` on the test's qasync loop, against a sandbox on
loopback whose answers can be slowed down, signed in from tokens in the (memory) keyring.
Quitting by a signal from outside is tested on the real process, in test_app.py.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from badgedesk import app as badgedesk_app
from badgedesk.core.states import RowState
from badgedesk.sandbox import SandboxServer
from badgedesk.ui.drafts.tab import DraftsTab
from badgedesk.ui.main_window import MainWindow
from tests.ui.batches import learners, live_awards, new_batch_for, peer_mentor
from tests.ui.programs import Program
from tests.ui.waiting import wait_for

QUIT_TITLE = "Quit BadgeDesk?"


def quit_question(window: MainWindow) -> QMessageBox | None:
    return next(
        (
            box
            for box in window.findChildren(QMessageBox)
            if box.isVisible() and box.windowTitle() == QUIT_TITLE
        ),
        None,
    )


def left_running() -> list[asyncio.Task[object]]:
    """Tasks still on the loop besides the test's own: none, once ``run()`` has returned."""
    return [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]


def errors_logged(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


# ------------------------------------------------------------------ the question


def test_the_question_says_how_many_batches_and_answers_from_the_keyboard(qtbot, settings):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    answers: list[bool] = []

    one = window.ask_to_quit(1, answers.append)
    assert one.text() == "Quit while 1 batch is being sent?"
    assert one.accessibleName() == QUIT_TITLE
    assert one.windowModality() == Qt.WindowModality.WindowModal, "open(), never exec()"
    keep = one.defaultButton()
    assert keep is not None
    assert keep is one.escapeButton()
    assert keep.text() == "&Keep working"
    assert all(button.accessibleName() for button in one.buttons())
    qtbot.keyClick(one, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: answers == [False])

    two = window.ask_to_quit(2, answers.append)
    assert two.text() == "Quit while 2 batches are being sent?"
    two.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is two.windowHandle())
    qtbot.keyClick(two, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # "&Wait for …"
    qtbot.waitUntil(lambda: answers == [False, True])


# ------------------------------------------------------------------ quitting run()


def test_closing_the_window_quits_after_every_clean_up_step(program, loop, sandbox, caplog):
    caplog.set_level(logging.INFO)

    async def work() -> tuple[int, float]:
        running = program.start()
        window, shell = await program.signed_in()
        sandbox.faults.latency_ms = 300
        shell.assertions.select_node(peer_mentor(sandbox))  # a page and a count on their way
        await wait_for(lambda: shell.assertions.model.loading)
        window.tabs.setCurrentIndex(2)
        window.close()  # the window's close button
        asked = loop.time()
        window.close()  # a second request while shutting down changes nothing
        window.quit_action.trigger()
        code = await asyncio.wait_for(running, 30)
        assert left_running() == []
        return code, loop.time() - asked

    code, took = loop.run_until_complete(work())
    assert code == 0
    messages = [r.getMessage() for r in caplog.records]
    assert errors_logged(caplog) == []
    assert sum(m.startswith("shut down cleanly") for m in messages) == 1
    assert not (program.data_dir / "badgedesk.sqlite3-wal").exists(), "databases closed"
    assert program.settings.value("window/tab") in (2, "2"), "the window's state is saved"
    window = program.window()
    assert window is not None
    assert not window.isVisible(), "closed at the end"
    assert took < 5, f"an idle quit took {took:.2f} s"


async def sending(program: Program, sandbox: SandboxServer, rows: int) -> tuple[MainWindow, int]:
    """Start the program and send a batch from the Drafts tab as a user does (Submit, then
    confirm), two requests at a time; returns once two rows are awarded."""
    window, shell = await program.signed_in()
    tab = shell.drafts
    assert isinstance(tab, DraftsTab)
    window.tabs.setCurrentWidget(tab)
    batch_id = await new_batch_for(tab, peer_mentor(sandbox), learners(rows))
    tab.editor.concurrency_box.setValue(2)
    sandbox.faults.latency_ms = 250
    tab.editor.submit_action.trigger()
    await wait_for(lambda: any(isinstance(d, QMessageBox) for d in tab.dialogs))
    confirm = next(d for d in tab.dialogs if isinstance(d, QMessageBox))
    next(b for b in confirm.buttons() if b.text() == f"Award {rows}").click()
    await wait_for(lambda: batch_id in tab.runs and tab.runs[batch_id].progress.succeeded >= 2)
    return window, batch_id


async def answer_quit(window: MainWindow) -> None:
    """Ask to quit by closing the window, and answer Wait for the requests in flight."""
    window.close()
    await wait_for(lambda: quit_question(window) is not None)
    box = quit_question(window)
    assert box is not None
    next(b for b in box.buttons() if b is not box.defaultButton()).click()


def row_states(program: Program, batch_id: int) -> dict[str, str]:
    return dict(
        program.stored("SELECT identity, state FROM draft_rows WHERE batch_id = ?", batch_id)
    )


def test_quit_during_a_batch_asks_then_lets_the_requests_in_flight_finish(
    program, loop, sandbox, caplog
):
    caplog.set_level(logging.INFO)
    rows = 40

    async def work() -> tuple[int, int, float]:
        running = program.start()
        window, batch_id = await sending(program, sandbox, rows)
        tab = window.drafts_tab
        assert isinstance(tab, DraftsTab)

        window.quit_action.trigger()  # File → Quit
        await wait_for(lambda: quit_question(window) is not None)
        box = quit_question(window)
        assert box is not None
        assert box.text() == "Quit while 1 batch is being sent?"
        QTest.keyClick(box, Qt.Key.Key_Escape)  # Keep working
        await wait_for(lambda: quit_question(window) is None)
        kept = tab.runs[batch_id].progress.succeeded
        await wait_for(lambda: tab.runs[batch_id].progress.succeeded >= kept + 2)
        assert not running.done(), "Keep working keeps the program and the batch going"

        await answer_quit(window)  # the window's close button asks the same question
        answered = loop.time()
        await wait_for(lambda: "Finishing the requests in flight" in window.activity_label.text())
        assert not window.statusBar().currentMessage(), "no passing message hides it"
        assert not window.tabs.isEnabled(), "nothing new starts while finishing"
        window.close()  # again, while finishing: no second question, no second shutdown
        window.quit_action.trigger()
        assert quit_question(window) is None
        code = await asyncio.wait_for(running, 30)
        took = loop.time() - answered
        assert left_running() == []
        return code, batch_id, took

    code, batch_id, took = loop.run_until_complete(work())
    assert code == 0
    assert errors_logged(caplog) == []
    assert sum(r.getMessage().startswith("shut down cleanly") for r in caplog.records) == 1
    states = row_states(program, batch_id)
    assert len(states) == rows, "no row lost"
    counted = Counter(states.values())
    assert set(counted) <= {RowState.AWARDED, RowState.PENDING}, (
        "requests in flight finished and were recorded"
    )
    assert counted[RowState.PENDING] > 0, "quitting sent nothing more"
    awarded = {identity for identity, state in states.items() if state == RowState.AWARDED}
    assert set(live_awards(sandbox, "learner")) == awarded, "the record matches the server"
    assert set(live_awards(sandbox, "learner").values()) == {1}
    assert took < 5, f"waiting for two requests of 250 ms took {took:.2f} s"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_signal_while_the_question_is_open_quits_without_an_answer(
    program, loop, sandbox, caplog
):
    """A session that ends sends SIGTERM: nobody may be there to answer, so the question goes
    and the quit goes on as if the user had said to wait for the requests in flight."""
    caplog.set_level(logging.INFO)
    rows = 40

    async def work() -> tuple[int, int]:
        running = program.start()
        window, batch_id = await sending(program, sandbox, rows)
        window.quit_action.trigger()
        await wait_for(lambda: quit_question(window) is not None)
        # Installed by run(): without it this would end the test process.
        assert signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, None)
        signal.raise_signal(signal.SIGTERM)
        code = await asyncio.wait_for(running, 30)
        assert quit_question(window) is None
        assert left_running() == []
        return code, batch_id

    code, batch_id = loop.run_until_complete(work())
    assert code == 0
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL, "run() removed its handlers"
    assert errors_logged(caplog) == []
    messages = [r.getMessage() for r in caplog.records]
    assert "quit requested by SIGTERM" in messages
    assert sum(m.startswith("shut down cleanly") for m in messages) == 1
    counted = Counter(row_states(program, batch_id).values())
    assert sum(counted.values()) == rows
    assert set(counted) <= {RowState.AWARDED, RowState.PENDING}
    assert counted[RowState.PENDING] > 0


def test_a_quit_that_cannot_finish_in_time_abandons_what_is_left_and_says_so(
    program, loop, sandbox, caplog, monkeypatch
):
    """Answers that come after the deadline: the quit does not wait for them, the log says
    what was cut short, and those rows stay ``sending``, to be checked when sent again."""
    caplog.set_level(logging.INFO)
    monkeypatch.setattr(badgedesk_app, "SHUTDOWN_DEADLINE_SECONDS", 0.5)
    rows = 40

    def awards_asked() -> list[int]:
        """The status of each award request the sandbox got (0 until it answers)."""
        with sandbox.state.lock:
            return [
                r.status
                for r in sandbox.state.requests
                if r.method == "POST" and r.path.endswith("/assertions")
            ]

    async def work() -> tuple[int, int, float]:
        running = program.start()
        window, batch_id = await sending(program, sandbox, rows)
        sandbox.faults.latency_ms = 1500
        asked = len(awards_asked())
        await wait_for(lambda: len(awards_asked()) >= asked + 2)  # both requests now wait
        await answer_quit(window)
        answered = loop.time()
        code = await asyncio.wait_for(running, 30)
        took = loop.time() - answered
        assert left_running() == []
        await wait_for(lambda: 0 not in awards_asked())  # the sandbox is done with them too
        return code, batch_id, took

    code, batch_id, took = loop.run_until_complete(work())
    assert code == 0
    assert errors_logged(caplog) == []
    messages = [r.getMessage() for r in caplog.records]
    assert any(m.startswith("quit: abandoned the work under way") for m in messages)
    assert any(f"cut short with requests in flight (batches {batch_id})" in m for m in messages)
    assert any(m.startswith("quit: cancelled") for m in messages), "what the run left behind"
    assert not any(m.startswith("quit: abandoned closing the connections") for m in messages)
    assert any(m.startswith("shut down in") and "unfinished" in m for m in messages)
    assert not any(m.startswith("shut down cleanly") for m in messages)
    states = row_states(program, batch_id)
    assert len(states) == rows, "no row lost"
    counted = Counter(states.values())
    assert set(counted) <= {RowState.AWARDED, RowState.PENDING, RowState.SENDING}
    assert counted[RowState.SENDING] == 2, "the rows in flight are kept as possibly sent"
    awarded = {identity for identity, state in states.items() if state == RowState.AWARDED}
    assert awarded <= set(live_awards(sandbox, "learner"))
    assert took < 0.5 + badgedesk_app.GRACE_SECONDS, f"the quit took {took:.2f} s"
