"""Request bodies: over the size limit they get 413, arriving too slowly 408.

Both are pure ASGI middleware around the app. When one gives up on a body, the app's own
answer (FastAPI turns a failed body read into 400) is dropped and the middleware's JSON
error goes out instead, with Connection: close. A client that writes its whole body before
reading the answer (Python's urllib, curl without Expect) would see the connection reset
if the server closed it with the body half read, so up to `drain` bytes more are read and
thrown away first.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

DRAIN = 16 * 1024 * 1024


class _GiveUp(Exception):
    """Raised into the app from receive(): stop reading this body."""


class _Refusal:
    """One request's guard: once refused, the app's own messages are dropped and ours sent."""

    def __init__(self, send: Send) -> None:
        self.send = send
        self.started = False
        self.answer: tuple[int, str] | None = None

    async def app_send(self, message: Message) -> None:
        if self.answer is not None:
            return
        if message["type"] == "http.response.start":
            self.started = True
        await self.send(message)

    async def respond(self) -> None:
        if self.answer is None or self.started:
            return
        status, error = self.answer
        self.started = True
        await self.send({"type": "http.response.start", "status": status,
                         "headers": [(b"content-type", b"application/json"), (b"connection", b"close")]})
        await self.send({"type": "http.response.body", "body": json.dumps({"error": error}).encode()})


async def _drain(receive: Receive, limit: int) -> None:
    """Read and discard the rest of a body, up to limit bytes."""
    seen = 0
    while seen <= limit:
        message = await receive()
        if message["type"] != "http.request":
            return
        seen += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


class BodyLimit:
    """Refuses a declared Content-Length over the limit before the app runs, and a chunked
    body as soon as it passes the limit: 413 either way."""

    def __init__(self, app, max_body: int, drain: int = DRAIN) -> None:
        self.app = app
        self.max_body = max_body
        self.drain = drain

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        guard = _Refusal(send)
        error = f"request body over the limit of {self.max_body:,} bytes"
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            guard.answer = (413, error)
            if int(declared) <= self.max_body + self.drain:
                await _drain(receive, int(declared))
            return await guard.respond()
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    guard.answer = (413, error)
                    if message.get("more_body", False):
                        await _drain(receive, self.drain)
                    raise _GiveUp
            return message

        try:
            await self.app(scope, limited, guard.app_send)
        except Exception:
            if guard.answer is None:
                raise
        await guard.respond()


class BodyTimeout:
    """A body must keep coming: no pause longer than `grace` seconds, and after the first
    `grace` seconds at least `min_rate` bytes a second on average; else 408."""

    def __init__(self, app, min_rate: int = 4096, grace: float = 10.0) -> None:
        self.app = app
        self.min_rate = min_rate
        self.grace = grace

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        guard = _Refusal(send)
        started = time.monotonic()
        seen = 0
        done = False

        async def timed() -> Message:
            nonlocal seen, done
            if done:
                return await receive()
            allowed = started + self.grace + seen / self.min_rate - time.monotonic()
            try:
                message = await asyncio.wait_for(receive(), timeout=max(0.0, min(self.grace, allowed)))
            except asyncio.TimeoutError:
                guard.answer = (408, (f"the request body arrived too slowly (under {self.min_rate:,} bytes/s, "
                                      f"or a pause over {self.grace:g} s)"))
                raise _GiveUp from None
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                done = not message.get("more_body", False)
            else:
                done = True
            return message

        try:
            await self.app(scope, timed, guard.app_send)
        except Exception:
            if guard.answer is None:
                raise
        await guard.respond()
