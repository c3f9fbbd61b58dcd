"""The event bus: in-process fan-out, and LISTEN/NOTIFY across real processes on PostgreSQL."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import asyncpg
import orjson
import pytest

from backend import events
from backend.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
WAIT = 15.0

# A second (and third) BankPM process: "listen TOPIC" prints every event it receives as a JSON
# line after printing "ready"; "publish TOPIC N" publishes N numbered events and prints "sent".
WORKER = r"""
import asyncio, json, sys
from backend import events
from backend.settings import load_settings

async def main() -> None:
    await events.start(load_settings())
    role, topic = sys.argv[1], sys.argv[2]
    if role == "listen":
        async with events.subscribe(topic) as subscription:
            print("ready", events.mode(), flush=True)
            async for payload in subscription:
                print(json.dumps(payload), flush=True)
    else:
        for n in range(int(sys.argv[3])):
            await events.publish(topic, {"n": n, "from": "worker"})
        print("sent", flush=True)
    await events.stop()

asyncio.run(main())
"""


async def next_event(subscription: events.Subscription) -> dict[str, Any]:
    """Return the subscription's next event, failing the test after a generous wait."""
    return await asyncio.wait_for(anext(subscription), WAIT)


# --- in-process ---------------------------------------------------------------------------------


async def test_every_subscriber_of_a_topic_gets_every_event_in_order() -> None:
    # given
    async with (
        events.subscribe("orders") as first,
        events.subscribe("orders") as second,
        events.subscribe("products") as other_topic,
    ):
        # when
        for n in range(50):
            await events.publish("orders", {"n": n})
        await events.publish("products", {"id": "P1"})
        # then
        assert [(await next_event(first))["n"] for _ in range(50)] == list(range(50))
        assert [(await next_event(second))["n"] for _ in range(50)] == list(range(50))
        assert await next_event(other_topic) == {"id": "P1"}
        assert first.pending() == second.pending() == other_topic.pending() == 0


async def test_subscribers_get_the_decoded_json_not_the_publishers_object() -> None:
    payload = {"amount": "12.50", "tags": ("a", "b")}
    async with events.subscribe("money") as subscription:
        await events.publish("money", payload)
        payload["amount"] = "changed after publish"
        assert await next_event(subscription) == {"amount": "12.50", "tags": ["a", "b"]}


async def test_a_slow_subscriber_loses_its_oldest_events_without_delaying_others() -> None:
    # given
    dropped_before = events.dropped_events()
    async with (
        events.subscribe(events.ALERTS, max_queue=5) as slow,
        events.subscribe(events.ALERTS) as fast,
    ):
        # when: nobody reads while 20 events are published
        for n in range(20):
            await events.publish(events.ALERTS, {"n": n})
        # then: the fast one has all 20, the slow one the newest 5 and counts the rest
        assert [(await next_event(fast))["n"] for _ in range(20)] == list(range(20))
        assert [(await next_event(slow))["n"] for _ in range(5)] == [15, 16, 17, 18, 19]
        assert slow.dropped == 15 and fast.dropped == 0
        assert events.dropped_events() - dropped_before == 15


async def test_a_thousand_subscribers_all_receive_every_event() -> None:
    subscriptions = [events.subscribe("busy", max_queue=10) for _ in range(1000)]
    try:
        assert events.subscriber_count("busy") == 1000
        for n in range(3):
            await events.publish("busy", {"n": n})
        for subscription in subscriptions:
            assert [(await next_event(subscription))["n"] for _ in range(3)] == [0, 1, 2]
    finally:
        for subscription in subscriptions:
            subscription.close()
    assert events.subscriber_count("busy") == 0


async def test_closing_a_subscription_ends_its_iteration_and_stops_delivery() -> None:
    subscription = events.subscribe("closing")
    received: list[dict[str, Any]] = []

    async def consume() -> None:
        async for payload in subscription:
            received.append(payload)

    consumer = asyncio.create_task(consume())
    await events.publish("closing", {"n": 1})
    while not received:
        await asyncio.sleep(0.01)
    subscription.close()
    await asyncio.wait_for(consumer, WAIT)
    await events.publish("closing", {"n": 2})
    assert received == [{"n": 1}]
    assert events.subscriber_count("closing") == 0


async def test_an_event_published_on_another_threads_loop_reaches_this_loop() -> None:
    # given: a subscriber here, a publisher on its own thread and loop (as Starlette's TestClient)
    async with events.subscribe("threads") as subscription:
        # when
        await asyncio.to_thread(asyncio.run, events.publish("threads", {"from": "thread"}))
        # then
        assert await next_event(subscription) == {"from": "thread"}


async def test_oversized_and_non_json_payloads_are_refused() -> None:
    async with events.subscribe("big") as subscription:
        with pytest.raises(ValueError, match="7900"):
            await events.publish("big", {"text": "x" * 8000})
        with pytest.raises(TypeError):
            await events.publish("big", {"value": object()})
        await events.publish("big", {"text": "x" * 7000})
        assert len((await next_event(subscription))["text"]) == 7000
        assert subscription.pending() == 0


async def test_sqlite_start_keeps_delivery_in_process(settings: Settings) -> None:
    if not settings.is_sqlite:
        pytest.skip("the PostgreSQL pass tests LISTEN/NOTIFY below")
    await events.start(settings)
    try:
        assert events.mode() == "local" and not events.is_connected()
        async with events.subscribe("local") as subscription:
            await events.publish("local", {"ok": True})
            assert await next_event(subscription) == {"ok": True}
    finally:
        await events.stop()


# --- PostgreSQL: LISTEN/NOTIFY across processes ------------------------------------------------


@pytest.fixture
async def pg_bus(settings: Settings) -> AsyncIterator[Settings]:
    """The bus of this process started on the PostgreSQL test database."""
    if settings.is_sqlite:
        pytest.skip("LISTEN/NOTIFY needs PostgreSQL (BANKPM_TEST_DB=postgres)")
    await events.start(settings)
    assert events.mode() == "postgres" and events.is_connected()
    yield settings
    await events.stop()
    assert events.mode() == "local"


class Worker:
    """A separate BankPM process running WORKER, killed at teardown."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc

    async def line(self) -> str:
        """Return the next line the worker printed."""
        assert self.proc.stdout is not None
        raw = await asyncio.wait_for(self.proc.stdout.readline(), WAIT)
        if not raw:
            assert self.proc.stderr is not None
            error = (await self.proc.stderr.read()).decode()
            pytest.fail(f"worker exited: {error}")
        return raw.decode().strip()


@pytest.fixture
async def workers(settings: Settings) -> AsyncIterator[Any]:
    """Start worker processes on the test database; every one is killed at teardown."""
    started: list[Worker] = []

    async def start(*args: str) -> Worker:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            WORKER,
            *args,
            cwd=ROOT,
            env={
                **os.environ,
                "DATABASE_URL": settings.database_url,
                "BANKPM_DATA_DIR": str(settings.data_dir),
            },
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        worker = Worker(proc)
        started.append(worker)
        return worker

    yield start
    for worker in started:
        if worker.proc.returncode is None:
            worker.proc.kill()
        await worker.proc.wait()


async def admin(settings: Settings, sql: str, *args: Any) -> Any:
    """Run one statement on a fresh connection to the test database and return its value."""
    conn = await asyncpg.connect(settings.database_url.replace("postgres://", "postgresql://"))
    try:
        return await conn.fetchval(sql, *args)
    finally:
        await conn.close()


async def test_an_event_published_in_one_process_reaches_subscribers_in_others(
    pg_bus: Settings, workers: Any
) -> None:
    # given: a listening process, and this process subscribed too
    listener = await workers("listen", "cross")
    assert await listener.line() == "ready postgres"
    async with events.subscribe("cross") as here:
        # when: a third process publishes five events
        publisher = await workers("publish", "cross", "5")
        assert await publisher.line() == "sent"
        # then: both the listening process and this one get all five, in order, once
        expected = [{"n": n, "from": "worker"} for n in range(5)]
        assert [json.loads(await listener.line()) for _ in range(5)] == expected
        assert [await next_event(here) for _ in range(5)] == expected
        # and an event published here reaches the listening process, and this one once
        await events.publish("cross", {"n": "here"})
        await events.publish("cross", {"n": "here-2"})
        assert json.loads(await listener.line()) == {"n": "here"}
        assert [await next_event(here) for _ in range(2)] == [{"n": "here"}, {"n": "here-2"}]


async def test_the_listener_reconnects_after_its_backend_is_killed(pg_bus: Settings) -> None:
    # given
    reconnects_before = events.reconnects()
    find = (
        "SELECT pid FROM pg_stat_activity "
        "WHERE application_name = $1 AND datname = current_database()"
    )
    old_pid = await admin(pg_bus, find, events.APPLICATION_NAME)
    assert old_pid is not None
    async with events.subscribe("reconnect") as subscription:
        # when: the listener's backend is terminated
        killed = await admin(pg_bus, "SELECT pg_terminate_backend($1)", old_pid)
        assert killed is True
        gone = "SELECT count(*) FROM pg_stat_activity WHERE pid = $1"
        while await admin(pg_bus, gone, old_pid):
            await asyncio.sleep(0.05)
        # an event published while the connection is down waits for the reconnect
        await events.publish("reconnect", {"step": "during"})
        # then: the connection comes back on a new backend, counted once
        loop = asyncio.get_running_loop()
        deadline = loop.time() + WAIT
        while not (events.is_connected() and events.reconnects() > reconnects_before):
            assert loop.time() < deadline, "listener did not reconnect"
            await asyncio.sleep(0.05)
        assert events.reconnects() == reconnects_before + 1
        new_pid = await admin(pg_bus, find, events.APPLICATION_NAME)
        assert new_pid not in (None, old_pid)
        # and it delivers again: a NOTIFY from another session, then our own publish, once each
        wire = orjson.dumps({"topic": "reconnect", "payload": {"step": "raw"}}).decode()
        await admin(pg_bus, "SELECT pg_notify($1, $2)", events.CHANNEL, wire)
        await events.publish("reconnect", {"step": "after"})
        steps = [(await next_event(subscription))["step"] for _ in range(3)]
        assert steps == ["during", "raw", "after"]


async def test_publishing_from_another_threads_loop_goes_through_the_bus(pg_bus: Settings) -> None:
    async with events.subscribe("threads") as subscription:
        await asyncio.to_thread(asyncio.run, events.publish("threads", {"n": 1}))
        await events.publish("threads", {"n": 2})
        assert [await next_event(subscription) for _ in range(2)] == [{"n": 1}, {"n": 2}]


async def test_malformed_notifications_are_ignored(pg_bus: Settings) -> None:
    async with events.subscribe("robust") as subscription:
        await admin(pg_bus, "SELECT pg_notify($1, $2)", events.CHANNEL, "not json")
        await admin(pg_bus, "SELECT pg_notify($1, $2)", events.CHANNEL, '{"topic": "robust"}')
        await events.publish("robust", {"ok": True})
        assert await next_event(subscription) == {"ok": True}
        assert events.is_connected()
