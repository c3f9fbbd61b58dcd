"""uvicorn's HTTP protocol with a header timeout: a client must send a request's headers
within ``header_timeout_seconds`` of connecting (or of starting its next request on a
kept-alive connection), else the connection is closed.

uvicorn has a keep-alive timeout between requests but none while it waits for headers, so a
slowloris client sending a header byte now and then holds a connection (and a file descriptor)
forever. Bodies are timed by ``BodyLimitMiddleware``; the reverse proxy in front should time
both too (see deploy/nginx.conf).

The request line and headers are also held to ``MAX_HEADER_BYTES`` together (uvicorn's
httptools protocol accumulates them without a bound; its h11 one stops at 16 KB): past it the
request is answered 400 and the connection closed.
"""

from __future__ import annotations

import asyncio
import functools

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from backend import settings

#: The most bytes a request's URL and headers may take together (nginx allows 4 × 8 KB).
MAX_HEADER_BYTES = 64 * 1024


class HeadersTooLarge(Exception):
    """Raised inside the parser's callbacks; httptools turns it into a parser error, which
    uvicorn answers with 400 and a closed connection."""


@functools.cache
def header_timeout_seconds() -> float:
    """This process's header timeout (``BANKPM_HEADER_TIMEOUT_SECONDS``), read once per
    process from the environment, as each uvicorn worker builds the app from it too."""
    return float(settings.header_timeout_seconds())


class HeaderTimeoutProtocol(HttpToolsProtocol):
    """``HttpToolsProtocol`` that closes connections whose headers arrive too slowly."""

    _header_timer: asyncio.TimerHandle | None = None
    _header_bytes = 0

    def on_message_begin(self) -> None:
        self._header_bytes = 0
        super().on_message_begin()

    def on_url(self, url: bytes) -> None:
        self._count_header_bytes(len(url))
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count_header_bytes(len(name) + len(value) + 4)
        super().on_header(name, value)

    def _count_header_bytes(self, n: int) -> None:
        self._header_bytes += n
        if self._header_bytes > MAX_HEADER_BYTES:
            raise HeadersTooLarge(f"request headers over {MAX_HEADER_BYTES} bytes")

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
