"""The application's event loop (``badgedesk.ui.event_loop``): asyncio's scheduling on Qt."""

from __future__ import annotations

import asyncio
import os
import threading
import time

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from badgedesk.api.client import BadgesClient, RetryPolicy
from badgedesk.api.wire import READ_AHEAD
from badgedesk.ui.event_loop import EventLoop
from tests.loopback_http import Answer, answer_lists, loopback_server, socket_server, tls_context


def test_callbacks_run_in_the_order_asked_and_those_asked_meanwhile_run_next(loop):
    ran: list[str] = []

    def first() -> None:
        ran.append("first")
        loop.call_soon(ran.append, "asked by first")

    loop.call_soon(first)
    loop.call_soon(ran.append, "second")
    done = loop.create_future()
    loop.call_soon(loop.call_soon, done.set_result, None)
    loop.run_until_complete(done)
    assert ran == ["first", "second", "asked by first"]


def test_a_timer_never_fires_before_its_time(loop):
    """qasync's own timers are Qt's coarse ones (within 5 %, early or late) and round the
    delay down to the millisecond: a 7.9 ms sleep could end after 6.7 ms."""
    early: list[float] = []

    async def sleeps() -> None:
        for _ in range(40):
            due = loop.time() + 0.0079
            await asyncio.sleep(0.0079)
            if loop.time() < due:
                early.append(due - loop.time())

    loop.run_until_complete(sleeps())
    assert early == []


def test_timers_fire_in_the_order_of_their_deadlines_and_cancelled_ones_never(loop):
    fired: list[str] = []
    loop.call_later(0.03, fired.append, "30 ms")
    loop.call_later(0.01, fired.append, "10 ms")
    loop.call_later(0.02, fired.append, "20 ms").cancel()
    loop.run_until_complete(asyncio.sleep(0.05))
    assert fired == ["10 ms", "30 ms"]


def test_cancelled_deadlines_do_not_pile_up(loop):
    """Each request sets deadlines (its own, httpcore's) and cancels them when answered. They
    are dropped as asyncio drops them, even behind a deadline still to come, rather than
    kept until they would have fired (qasync keeps a Qt timer for each, here 1,000)."""
    still_to_come = loop.call_later(30, lambda: None)

    async def many_answered_requests() -> None:
        for _ in range(1000):
            async with asyncio.timeout(60):
                await asyncio.sleep(0)

    loop.run_until_complete(many_answered_requests())
    assert still_to_come in loop._scheduled
    assert len(loop._scheduled) <= 100
    still_to_come.cancel()


def test_a_callback_may_run_a_nested_qt_event_loop(loop):
    """A modal dialog runs Qt's loop inside a callback: turns run in it, and the turn it
    interrupted carries on without running anything twice."""
    ran: list[str] = []

    def modal() -> None:
        nested = QEventLoop()
        loop.call_soon(ran.append, "during the dialog")
        QTimer.singleShot(30, nested.quit)
        nested.exec()
        ran.append("after the dialog")

    loop.call_soon(modal)
    loop.call_soon(ran.append, "queued with the dialog")
    loop.run_until_complete(asyncio.sleep(0.06))
    assert sorted(ran) == ["after the dialog", "during the dialog", "queued with the dialog"]
    assert ran[-1] == "after the dialog"


def test_what_a_thread_asked_for_before_the_close_is_dropped_with_the_loop(qapp):
    """As a worker of ``asyncio.to_thread`` ending as the loop closes: nothing runs, and
    nothing is raised in the Qt event loop (pytest-qt fails a test on that)."""
    closing = EventLoop(qapp)
    ran: list[str] = []
    asker = threading.Thread(target=closing.call_soon_threadsafe, args=(ran.append, "late"))
    asker.start()
    asker.join()
    closing.close()
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents()
    assert ran == []
    with pytest.raises(RuntimeError, match="closed"):
        closing.call_soon_threadsafe(ran.append, "after")


def test_another_thread_wakes_the_loop(loop):
    async def answer_from_a_thread() -> str:
        done: asyncio.Future[str] = loop.create_future()
        threading.Thread(
            target=lambda: loop.call_soon_threadsafe(done.set_result, "from the thread")
        ).start()
        return await asyncio.wait_for(done, 5)

    assert loop.run_until_complete(answer_from_a_thread()) == "from the thread"


def test_a_failing_callback_is_reported_and_the_others_still_run(loop):
    reported: list[object] = []
    loop.set_exception_handler(lambda _loop, context: reported.append(context["exception"]))
    ran: list[str] = []

    def fails() -> None:
        raise RuntimeError("a bug in one callback")

    loop.call_soon(fails)
    loop.call_soon(ran.append, "next")
    loop.run_until_complete(asyncio.sleep(0.01))
    assert ran == ["next"]
    assert [str(error) for error in reported] == ["a bug in one callback"]


def test_a_long_turn_lets_qt_in_before_it_goes_on(loop):
    """Callbacks ready together, each a millisecond of work: Qt's own events (here a timer,
    as for painting and input) are handled after ``TURN_BUDGET`` of them, not after all."""
    order: list[str] = []

    def a_millisecond_of_work(number: int) -> None:
        if number == 0:
            QTimer.singleShot(0, lambda: order.append("Qt"))
        time.sleep(0.001)
        order.append(f"callback {number}")

    def start() -> None:
        for number in range(40):
            loop.call_soon(a_millisecond_of_work, number)

    loop.call_soon(start)
    loop.run_until_complete(asyncio.sleep(0.2))
    assert len(order) == 41
    assert order.index("Qt") < 20


def test_the_api_client_connects_over_tls_and_downloads_on_this_loop(loop, authority):
    """The client's connections are asyncio's (``badgedesk.api.wire``): TLS set up by the loop,
    and a socket whose reading stops and starts again, on qasync's notifiers."""
    image = os.urandom(8 * READ_AHEAD)
    with (
        socket_server(answer_lists, tls=tls_context(authority)) as secure,
        loopback_server(Answer(200, image, content_type="image/png")) as plain,
    ):
        client = BadgesClient(secure.base_url, "token", retry=RetryPolicy(attempts=1))
        assert loop.run_until_complete(client.list_badgeclasses()) == []
        assert loop.run_until_complete(client.download(f"{plain.base_url}/big.png")) == image
        loop.run_until_complete(client.aclose())
