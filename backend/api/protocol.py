"""uvicorn's HTTP protocol with a header timeout: a client must send a request's headers
within ``header_timeout_seconds`` of connecting (or of starting its next request on a
kept-alive connection), else the connection is closed.

uvicorn has a keep-alive timeout between requests but none while it waits for headers, so a
slowloris client sending a header byte now and then holds a connection (and a file descriptor)
forever. Bodies are timed by ``BodyLimitMiddleware``; the reverse proxy in front should time
both too (see deploy/nginx.conf).
"""

from __future__ import annotations

import asyncio
import functools

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from backend.settings import load_settings


@functools.cache
def header_timeout_seconds() -> float:
    """This process's header timeout (``BANKPM_HEADER_TIMEOUT_SECONDS``); read once per
    process, as each uvicorn worker builds the app from the environment too."""
    return float(load_settings().header_timeout_seconds)


class HeaderTimeoutProtocol(HttpToolsProtocol):
    """``HttpToolsProtocol`` that closes connections whose headers arrive too slowly."""

    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_header_timer()

    def data_received(self, data: bytes) -> None:
        # A kept-alive connection starting its next request: time that request's headers.
        if self._header_timer is None and (self.cycle is None or self.cycle.response_complete):
            self._arm_header_timer()
        super().data_received(data)

    def on_headers_complete(self) -> None:
        self._disarm_header_timer()
        super().on_headers_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_header_timer()
        super().connection_lost(exc)

    def _arm_header_timer(self) -> None:
        self._disarm_header_timer()
        self._header_timer = self.loop.call_later(
            header_timeout_seconds(), self._header_timeout_expired
        )

    def _disarm_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _header_timeout_expired(self) -> None:
        self._header_timer = None
        if not self.transport.is_closing():
            self.logger.warning(
                "Closing a connection whose request headers did not arrive in time."
            )
            self.transport.close()
