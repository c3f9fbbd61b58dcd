"""graphql-transport-ws connections that never outlive their credential.

A socket is authenticated once, in ``connection_init``; this handler keeps that identity honest
for as long as the socket stays open:

- It listens to ``events.CREDENTIALS`` (every instance hears it through the event bus) and, for
  an event about its own session, user or API key, re-checks the credential at once.
- Before every operation (``subscribe`` message) it re-checks when an event is waiting or the
  last check is older than ``RECHECK_SECONDS``: a flag and a clock read otherwise, so the
  common case costs no query.
- With no event it still re-checks every ``RECHECK_SECONDS`` (an idle-expired session, or an
  event lost while the bus was down).

A credential that no longer stands cancels every running operation (subscriptions stop
delivering at once) and closes the socket: 4401 when the session ended or the key was revoked
(sign in again), 4403 when the user was deactivated or lost a permission it connected with.
A widened role just takes effect.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any

from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
)
from strawberry.subscriptions.protocols.graphql_transport_ws.types import (
    ConnectionInitMessage,
    SubscribeMessage,
)

from backend import events
from backend.actor import Actor
from backend.api.context import Context
from backend.domains.auth import service as auth_service
from backend.domains.auth.service import CredentialLoss

log = logging.getLogger("bankpm.ws")

#: Longest time an open socket goes without re-reading its credential from the database.
RECHECK_SECONDS = 60.0

#: Close code and reason of each way a credential is lost.
CLOSE: dict[CredentialLoss, tuple[int, str]] = {
    CredentialLoss.ENDED: (4401, "Session ended"),
    CredentialLoss.DISALLOWED: (4403, "Forbidden"),
}


class CredentialBoundHandler(BaseGraphQLTransportWSHandler[Context, None]):
    """Strawberry's graphql-transport-ws handler, re-checking the credential it was opened with."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._credentials: events.Subscription | None = None
        self._watcher: asyncio.Task[None] | None = None
        self._checked_at = 0.0
        self._stale = False
        self._lock = asyncio.Lock()
        self._closed = False

    async def handle_connection_init(self, message: ConnectionInitMessage) -> None:
        # Listen before authenticating, so no event between the check and the ack is missed.
        if self._credentials is None:
            self._credentials = events.subscribe(events.CREDENTIALS, max_queue=100)
        await super().handle_connection_init(message)
        if self.connection_acknowledged and self._watcher is None:
            self._checked_at = time.monotonic()
            self._watcher = asyncio.create_task(self._watch(), name="bankpm-ws-credential")

    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        if self.connection_acknowledged and not await self._still_admitted():
            return
        await super().handle_subscribe(message)

    async def shutdown(self) -> None:
        if self._watcher is not None and self._watcher is not asyncio.current_task():
            self._watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._watcher
        if self._credentials is not None:
            self._credentials.close()
        await super().shutdown()

    async def _still_admitted(self) -> bool:
        """Re-check before an operation when an event waits or the last check is old."""
        if self._closed:
            return False
        waiting = self._credentials is not None and self._credentials.pending() > 0
        if waiting or self._stale or time.monotonic() - self._checked_at > RECHECK_SECONDS:
            await self._recheck(touch=True)
        return not self._closed

    async def _watch(self) -> None:
        """Re-check on every event about this credential, and on a timer."""
        assert self._credentials is not None
        while not self._closed:
            # ``asyncio.timeout``, not ``wait_for`` (a separate task on 3.11): an event stays in
            # the queue (``pending``) until this task takes it and marks the socket stale in the
            # same step, so an operation arriving meanwhile always sees one or the other.
            try:
                async with asyncio.timeout(RECHECK_SECONDS):
                    event = await anext(self._credentials)
            except TimeoutError:
                await self._recheck(touch=False)
                continue
            except StopAsyncIteration:
                return
            if auth_service.concerns(event, self.context.actor):
                self._stale = True
                await self._recheck(touch=False)

    async def _recheck(self, *, touch: bool) -> None:
        """Read the credential again; close the socket when it no longer stands."""
        async with self._lock:
            if self._closed:
                return
            context = self.context
            credential = context.credential
            if credential is None:
                await self._close(CredentialLoss.ENDED)
                return
            try:
                found = await auth_service.recheck(
                    credential=credential,
                    origin=context.actor,
                    idle_minutes=context.settings.session_idle_minutes,
                    touch=touch,
                    held=context.actor.permissions,
                )
            except Exception:  # noqa: BLE001 - the database is away: keep the socket, retry soon
                log.exception("re-checking a websocket's credential failed")
                return
            self._checked_at = time.monotonic()
            if isinstance(found, Actor):
                self._stale = False
                context.actor = found
                return
            await self._close(found)

    async def _close(self, loss: CredentialLoss) -> None:
        """Stop every operation at once, then close with the loss's code."""
        self._closed = True
        for operation_id in list(self.operations):
            await self.cleanup_operation(operation_id)
        code, reason = CLOSE[loss]
        with contextlib.suppress(Exception):
            await self.websocket.close(code=code, reason=reason)
