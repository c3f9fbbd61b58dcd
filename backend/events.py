"""The event bus: domain events fanned out to every subscriber on every API instance.

Services ``publish(topic, payload)`` after their transaction commits; consumers (GraphQL
subscriptions, automatic actions) ``subscribe(topic)`` and iterate::

    async with events.subscribe(events.ALERTS) as alerts:
        async for payload in alerts:
            ...

Delivery:

- Every subscription has its own bounded queue. When a slow subscriber's queue is full the
  oldest event in it is dropped and counted (with a warning), so a publisher never waits for
  a subscriber and one slow subscriber never delays the others.
- Payloads are JSON objects of at most ``MAX_PAYLOAD_BYTES`` once encoded; every subscriber
  receives the decoded JSON (the same ``dict`` for all subscribers of one event: treat it as
  read-only). The size and JSON checks apply in every mode, so code that works on SQLite
  also works on PostgreSQL.
- In-process mode (SQLite, or before ``start`` / after ``stop``): ``publish`` puts the event
  straight into this process's queues. This is also the fallback when PostgreSQL is configured
  but ``start`` was never called (in-process test apps built with ``manage_db=False``): events
  then reach the subscribers of this process only.
- PostgreSQL mode (``start`` with a ``postgres://`` URL): one dedicated asyncpg connection
  (``application_name`` ``bankpm-events``) runs ``LISTEN bankpm_events`` and fans every
  notification out locally; ``publish`` sends ``pg_notify`` on the same connection, outside
  any caller's transaction. The publishing instance receives its own notification through its
  listener, so each subscriber sees each event exactly once, in publish order per instance.
- The listener reconnects by itself: a terminated connection (asyncpg termination listener) or
  a failed keep-alive ``SELECT 1`` every ``KEEPALIVE_SECONDS`` makes it reconnect at once and
  then retry with backoff from 0.5 s to 5 s until PostgreSQL answers; each loss and recovery is
  logged, and recoveries are counted (``reconnects()``, ``is_connected()``, also on /metrics).
  ``publish`` while the connection is down waits up to ``PUBLISH_WAIT_SECONDS`` for it to come
  back, then logs an error, counts the event in ``failed_publishes()`` and drops it rather than
  failing a caller whose transaction already committed. Notifications sent by other instances
  while this one was disconnected are lost (LISTEN/NOTIFY does not queue them): delivery is
  at most once, and consumers that need completeness re-read the state they care about. (A
  publish retried because its connection broke mid-statement could, rarely, arrive twice.)
- ``start``/``stop`` pairs nest (the last ``stop`` closes the connection). A publisher or
  subscriber on another thread's event loop (Starlette's TestClient) is handed over thread-safely.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from types import TracebackType
from typing import Any

import orjson

from backend import pg
from backend.settings import Settings

#: Topic of risk alerts raised, updated and resolved by monitoring.
ALERTS = "alerts"
#: Topic of credentials that ended or changed (logout, password set, user deactivated or roles
#: changed, API key revoked): open websockets re-check their credential and close.
CREDENTIALS = "credentials"

#: The PostgreSQL notification channel that carries every topic.
CHANNEL = "bankpm_events"
#: ``application_name`` of the listener connection, to find it in ``pg_stat_activity``.
APPLICATION_NAME = "bankpm-events"
#: Largest encoded event; PostgreSQL refuses NOTIFY payloads of 8000 bytes or more.
MAX_PAYLOAD_BYTES = 7900
#: How long ``publish`` waits for a lost connection to come back before dropping the event.
PUBLISH_WAIT_SECONDS = 5.0
#: Seconds between keep-alive queries on the listener connection.
KEEPALIVE_SECONDS = 5.0
#: Reconnect backoff bounds in seconds.
BACKOFF_MIN_SECONDS = 0.5
BACKOFF_MAX_SECONDS = 5.0

log = logging.getLogger("bankpm.events")

_topics: dict[str, dict[Subscription, None]] = {}
_counters = {"reconnects": 0, "dropped": 0, "failed_publishes": 0}


class Subscription:
    """One subscriber's bounded queue of one topic's events: an async context manager and iterator."""

    def __init__(self, topic: str, max_queue: int) -> None:
        """Register a subscriber of ``topic`` whose queue holds at most ``max_queue`` events."""
        if max_queue <= 0:
            raise ValueError("max_queue must be positive")
        self.topic = topic
        #: Events this subscriber lost because its queue was full.
        self.dropped = 0
        self._queue: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue(maxsize=max_queue)
        self._closed = False
        try:
            self._loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            self._loop = None
        _topics.setdefault(topic, {})[self] = None

    @property
    def closed(self) -> bool:
        """Whether the subscription has been closed."""
        return self._closed

    def close(self) -> None:
        """Stop receiving events; an iteration in progress ends after the queued events."""
        if self._closed:
            return
        self._unregister()
        if self._queue.full():
            self._queue.get_nowait()
        self._queue.put_nowait(None)

    def _unregister(self) -> None:
        """Stop delivering to this subscription (without touching its queue)."""
        self._closed = True
        subscribers = _topics.get(self.topic)
        if subscribers is not None:
            subscribers.pop(self, None)
            if not subscribers:
                del _topics[self.topic]

    def _offer(self, payload: dict[str, Any]) -> None:
        """Queue one event, dropping the oldest queued one when the queue is full."""
        if self._closed:
            return
        if self._queue.full():
            self._queue.get_nowait()
            self.dropped += 1
            _counters["dropped"] += 1
            if self.dropped == 1 or self.dropped % 1000 == 0:
                log.warning(
                    "slow subscriber of %r: dropped %d event(s) so far (queue of %d full)",
                    self.topic,
                    self.dropped,
                    self._queue.maxsize,
                )
        self._queue.put_nowait(payload)

    def pending(self) -> int:
        """Return how many events wait in this subscriber's queue."""
        return self._queue.qsize()

    async def __aenter__(self) -> Subscription:
        """Return the (already registered) subscription."""
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close the subscription."""
        self.close()

    def __aiter__(self) -> Subscription:
        """Iterate over events as they arrive."""
        return self

    async def __anext__(self) -> dict[str, Any]:
        """Wait for the next event; stop once the subscription is closed."""
        if self._closed and self._queue.empty():
            raise StopAsyncIteration
        payload = await self._queue.get()
        if payload is None:
            raise StopAsyncIteration
        return payload


def subscribe(topic: str, *, max_queue: int = 1000) -> Subscription:
    """Start receiving ``topic``'s events now; close the subscription (``async with``) when done."""
    return Subscription(topic, max_queue)


def _deliver(topic: str, payload: dict[str, Any]) -> None:
    """Put one event into the queue of every local subscriber of ``topic``."""
    subscribers = _topics.get(topic)
    if not subscribers:
        return
    try:
        here: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
    except RuntimeError:
        here = None
    for sub in tuple(subscribers):
        if sub._loop is None or sub._loop is here:
            sub._offer(payload)
            continue
        # A subscriber living on another thread's loop (Starlette's TestClient portal).
        try:
            sub._loop.call_soon_threadsafe(sub._offer, payload)
        except RuntimeError:  # its loop is closed: nobody will read this queue again
            sub._unregister()


def _encode(topic: str, payload: dict[str, Any]) -> str:
    """Return the wire form of one event; raise ValueError when it is too large."""
    if not isinstance(payload, dict):
        raise TypeError("an event payload must be a dict")
    data = orjson.dumps({"topic": topic, "payload": payload})
    if len(data) > MAX_PAYLOAD_BYTES:
        raise ValueError(
            f"event on topic {topic!r} is {len(data)} bytes encoded; the limit is {MAX_PAYLOAD_BYTES}"
        )
    return data.decode()


def _decode(text: str | bytes) -> tuple[str, dict[str, Any]] | None:
    """Return (topic, payload) of one wire event, or None when it is malformed."""
    try:
        message = orjson.loads(text)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(message, dict):
        return None
    topic, payload = message.get("topic"), message.get("payload")
    if not isinstance(topic, str) or not isinstance(payload, dict):
        return None
    return topic, payload


class _PostgresBus:
    """The LISTEN/NOTIFY transport: one self-reconnecting dedicated connection."""

    def __init__(self, database_url: str) -> None:
        self.database_url = database_url
        self.loop = asyncio.get_running_loop()
        self.conn: Any = None
        self.connected = asyncio.Event()
        self.lost = asyncio.Event()
        self.lock = asyncio.Lock()
        self.ever_connected = False
        self.task = self.loop.create_task(self._supervise(), name="bankpm-events-listener")

    async def _supervise(self) -> None:
        """Keep one listening connection open for as long as the bus runs."""
        backoff = BACKOFF_MIN_SECONDS
        while True:
            conn: Any = None
            try:
                conn = await pg.connect(self.database_url, application_name=APPLICATION_NAME)
                self.lost.clear()
                self.conn = conn
                conn.add_termination_listener(self._on_terminated)
                await conn.add_listener(CHANNEL, self._on_notification)
            except Exception as exc:  # noqa: BLE001 - any failure to connect is retried
                self.conn = None
                if conn is not None and not conn.is_closed():
                    conn.terminate()
                log.warning(
                    "event bus: cannot listen on PostgreSQL (%s); retrying in %.1f s", exc, backoff
                )
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, BACKOFF_MAX_SECONDS)
                continue
            backoff = BACKOFF_MIN_SECONDS
            if self.ever_connected:
                _counters["reconnects"] += 1
                log.warning("event bus: listener connection restored")
            else:
                log.info("event bus: listening on PostgreSQL channel %s", CHANNEL)
            self.ever_connected = True
            self.connected.set()
            await self._watch(conn)
            self.connected.clear()
            self.conn = None
            if not conn.is_closed():
                conn.terminate()
            log.warning("event bus: listener connection lost; reconnecting")

    async def _watch(self, conn: Any) -> None:
        """Return once ``conn`` is terminated or fails its keep-alive query."""
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.lost.wait(), KEEPALIVE_SECONDS)
                return
            try:
                async with self.lock:
                    await conn.fetchval("SELECT 1", timeout=KEEPALIVE_SECONDS)
            except Exception as exc:  # noqa: BLE001 - any failure means the connection is unusable
                log.warning("event bus: keep-alive failed: %s", exc)
                return

    def _on_terminated(self, conn: Any) -> None:
        """Note that the current connection closed (called by asyncpg)."""
        if conn is self.conn:
            self.connected.clear()
            self.lost.set()

    def _on_notification(self, conn: Any, pid: int, channel: str, text: str) -> None:
        """Fan one notification out to the local subscribers (called by asyncpg)."""
        event = _decode(text)
        if event is None:
            log.warning("event bus: ignoring a malformed notification on %s", channel)
            return
        _deliver(*event)

    async def publish(self, topic: str, text: str) -> None:
        """Send one event, waiting a while for a lost connection; log and drop it after that."""
        deadline = self.loop.time() + PUBLISH_WAIT_SECONDS
        last_error: BaseException | None = None
        while True:
            remaining = deadline - self.loop.time()
            if remaining <= 0:
                break
            if not self.connected.is_set():
                try:
                    await asyncio.wait_for(self.connected.wait(), remaining)
                except TimeoutError:
                    break
                continue
            conn = self.conn
            try:
                async with self.lock:
                    if not self.connected.is_set() or conn is not self.conn:
                        continue
                    await conn.execute(
                        "SELECT pg_notify($1, $2)", CHANNEL, text, timeout=PUBLISH_WAIT_SECONDS
                    )
                return
            except pg.CONNECTION_ERRORS as exc:
                last_error = exc
                self._on_terminated(conn)
        _counters["failed_publishes"] += 1
        log.error(
            "event bus: dropped an event on topic %r: PostgreSQL unreachable for %.0f s (%s)",
            topic,
            PUBLISH_WAIT_SECONDS,
            last_error or "not connected",
        )

    async def close(self) -> None:
        """Stop reconnecting and close the connection."""
        self.task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self.task
        conn, self.conn = self.conn, None
        self.connected.clear()
        if conn is not None:
            try:
                await conn.close(timeout=2)
            except Exception:  # noqa: BLE001 - closing a broken connection may fail
                conn.terminate()


_bus: _PostgresBus | None = None
_starts = 0


async def start(settings: Settings) -> None:
    """Start the bus: LISTEN on PostgreSQL, nothing to do on SQLite. Calls nest with ``stop``."""
    global _bus, _starts
    _starts += 1
    if settings.is_sqlite or _bus is not None:
        return
    _bus = _PostgresBus(settings.database_url)
    try:
        await asyncio.wait_for(_bus.connected.wait(), PUBLISH_WAIT_SECONDS)
    except TimeoutError:
        log.warning("event bus: not listening yet; still trying in the background")


async def stop() -> None:
    """Stop the bus started by the matching ``start``; the last stop closes the connection."""
    global _bus, _starts
    _starts = max(_starts - 1, 0)
    if _starts or _bus is None:
        return
    bus, _bus = _bus, None
    await bus.close()


async def publish(topic: str, payload: dict[str, Any]) -> None:
    """Send an event to every subscriber of ``topic`` on every instance; call after commit.

    Raises ValueError when the encoded event exceeds ``MAX_PAYLOAD_BYTES`` and TypeError when
    the payload is not JSON-serialisable.
    """
    text = _encode(topic, payload)
    bus = _bus
    if bus is None:
        event = _decode(text)
        assert event is not None
        _deliver(*event)
        return
    if asyncio.get_running_loop() is bus.loop:
        await bus.publish(topic, text)
        return
    # Called from another thread's loop (Starlette's TestClient portal): hand over to the bus.
    future = asyncio.run_coroutine_threadsafe(bus.publish(topic, text), bus.loop)
    await asyncio.wrap_future(future)


def mode() -> str:
    """Return ``postgres`` while LISTEN/NOTIFY carries events, else ``local``."""
    return "postgres" if _bus is not None else "local"


def is_connected() -> bool:
    """Whether the PostgreSQL listener connection is up (always False in local mode)."""
    return _bus is not None and _bus.connected.is_set()


def reconnects() -> int:
    """Return how many times the listener connection was restored since the process started."""
    return _counters["reconnects"]


def dropped_events() -> int:
    """Return how many events slow subscribers lost since the process started."""
    return _counters["dropped"]


def failed_publishes() -> int:
    """Return how many events were dropped because PostgreSQL stayed unreachable."""
    return _counters["failed_publishes"]


def subscriber_count(topic: str | None = None) -> int:
    """Return the number of open subscriptions in this process (of one topic, or all)."""
    if topic is not None:
        return len(_topics.get(topic, ()))
    return sum(len(s) for s in _topics.values())
