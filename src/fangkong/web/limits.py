"""Limits every request meets before it reaches login or a route.

- `BodyLimit`: a request body may not exceed the setting (2 MiB; multipart uploads 50 MiB). A declared
  Content-Length over the limit is answered 413 before one byte is read; a chunked body is counted as it
  streams and refused at the first byte over, so nothing large is ever spooled to disk.
- Ids out of the database's range (beyond 64 bits) are "no such record", never a server error: one handler
  for the errors both databases raise when a bound number does not fit (`OUT_OF_RANGE_ERRORS`).
"""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from fangkong.core.config import get_settings


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"请求内容超过 {limit // 1024} KiB / the request body is larger than {limit // 1024} KiB")


def body_limit_of(scope: Scope) -> int:
    settings = get_settings()
    for name, value in scope.get("headers", ()):
        if name == b"content-type" and value.lower().startswith(b"multipart/form-data"):
            return settings.max_upload_bytes
    return settings.max_body_bytes


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            return int(value) if value.isdigit() else -1
    return None


async def _refuse(send: Send, limit: int) -> None:
    body = BodyTooLarge(limit).detail.encode()
    await send({"type": "http.response.start", "status": 413, "headers": [
        (b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode()),
        (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = body_limit_of(scope)
        declared = _declared_length(scope)
        if declared is not None and not 0 <= declared <= limit:
            await _refuse(send, limit)
            return
        received = 0
        refused = False

        async def counted() -> Message:
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    refused = True
                    raise BodyTooLarge(limit)
            return message

        async def answer(message: Message) -> None:
            # Whatever the app made of the interrupted body (FastAPI turns it into a 400), the answer is 413.
            if not refused:
                await send(message)
            elif message["type"] == "http.response.start":
                await _refuse(send, limit)

        await self.app(scope, counted, answer)


def is_out_of_range(exc: BaseException) -> bool:
    """Whether a failure is a number that does not fit a column: SQLite's OverflowError (wrapped or not by
    SQLAlchemy), PostgreSQL's numeric_value_out_of_range (22003)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OverflowError) or getattr(current, "sqlstate", None) == "22003":
            return True
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return False


__all__ = ["BodyLimit", "BodyTooLarge", "body_limit_of", "is_out_of_range"]
