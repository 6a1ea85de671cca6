"""Running the app under uvicorn, with a time limit on request headers too.

uvicorn closes a keep-alive connection that stays idle after a response
(`timeout_keep_alive`), but a connection that never finishes sending its request line and
headers (a silent client, a slowloris) is kept for ever. `HeaderTimeoutH11` gives a new
connection `header_timeout` seconds to send its first request's headers, and each later
request as long from its first byte (between requests uvicorn's keep-alive limit applies); the body's pace is then the app's business (limits.BodyTimeout).
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_TIMEOUT = 10.0


class HeaderTimeoutH11(H11Protocol):
    header_timeout = HEADER_TIMEOUT

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._header_timer: asyncio.TimerHandle | None = None
        self._arm()

    def _arm(self) -> None:
        self._disarm()
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _disarm(self) -> None:
        if getattr(self, "_header_timer", None) is not None:
            self._header_timer.cancel()  # type: ignore[union-attr]
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if self.cycle is not None and not self.cycle.response_complete:
            return  # a request is in hand: its body has its own limits
        if not self.transport.is_closing():
            self.transport.close()

    def handle_events(self) -> None:
        before = self.cycle
        super().handle_events()
        if self.cycle is not before:  # a request's headers are complete
            self._disarm()

    def data_received(self, data: bytes) -> None:
        if getattr(self, "_header_timer", None) is None and (self.cycle is None or self.cycle.response_complete):
            self._arm()  # the first bytes of the next request on a kept-alive connection
        super().data_received(data)

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)


def serve(app: Any, host: str = "127.0.0.1", port: int = 8000, *, keep_alive: int = 5, header_timeout: float = HEADER_TIMEOUT,
          log_level: str = "info") -> None:
    """Serve app until interrupted."""
    import uvicorn

    protocol = type("HeaderTimeoutH11", (HeaderTimeoutH11,), {"header_timeout": header_timeout})
    uvicorn.run(app, host=host, port=port, http=protocol, timeout_keep_alive=keep_alive, log_level=log_level)
