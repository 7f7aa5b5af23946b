"""The public risk-area and trajectory pages from memory (docs/security.md, "Limits").

`/public/…` and `/api/public/…` need no login and, on the day a notice is published, the whole city opens
them (issue 16: 57–82 requests/s and timeouts uncached). Their content changes when a notice is published (and,
for areas that lapse, with time), so an anonymous GET is answered from a per-process cache:
- the key is the path, the query, the language (cookie and Accept-Language) and the scheme;
- at most once a second one request checks the published notices' version (areas.service) and the approved
  trajectories' (tracing.service); a new or changed one empties the cache, so a publication shows within a second;
- an entry lives at most MAX_AGE_S besides, for areas that end by time;
- only 200 answers without Set-Cookie are kept; a request with a session cookie or a bearer token is never
  served from or stored in the cache (a logged-in shell shows the user's name).
"""

from __future__ import annotations

import time
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from fangkong.core.db import transaction

PREFIXES = ("/public/", "/api/public/")
MAX_AGE_S = 30.0
VERSION_EVERY_S = 1.0
MAX_ENTRIES = 2000
SESSION_COOKIE = b"fk_session="


def _version(url: str) -> Any:
    from fangkong.areas import service as areas
    from fangkong.tracing import service as tracing

    with transaction(url) as db:
        notices = areas.published_notices(db, limit=50)
        trajectories = tracing.public_version(db)  # an approved trajectory shows on /public/trajectories
    return tuple((n.id, n.published_at) for n in notices), trajectories


class PublicCache:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.entries: dict[tuple[Any, ...], tuple[float, int, list[tuple[bytes, bytes]], bytes]] = {}
        self.version: Any = None
        self.checked = float("-inf")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = self._key(scope)
        if key is None:
            await self.app(scope, receive, send)
            return
        await self._check_version(scope)
        found = self.entries.get(key)
        if found is not None and time.monotonic() - found[0] < MAX_AGE_S:
            _stamp, status, headers, body = found
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body if scope["method"] == "GET" else b""})
            return
        await self._fill(key, scope, receive, send)

    def _key(self, scope: Scope) -> tuple[Any, ...] | None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            return None
        if not scope["path"].startswith(PREFIXES):
            return None
        headers = dict(scope.get("headers", ()))
        cookie = headers.get(b"cookie", b"")
        if SESSION_COOKIE in cookie or b"authorization" in headers:
            return None
        return (scope["path"], scope.get("query_string", b""), cookie, headers.get(b"accept-language", b"")[:32],
                scope.get("scheme"), scope["method"])

    async def _check_version(self, scope: Scope) -> None:
        now = time.monotonic()
        if now - self.checked < VERSION_EVERY_S:
            return
        self.checked = now
        app = scope.get("app") or _find_state(self.app)
        version = await run_in_threadpool(_version, app.state.database_url)
        if version != self.version:
            self.version = version
            self.entries.clear()

    async def _fill(self, key: tuple[Any, ...], scope: Scope, receive: Receive, send: Send) -> None:
        started: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                started.update(status=message["status"], headers=list(message.get("headers", [])))
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False) and _cacheable(started):
                    if len(self.entries) >= MAX_ENTRIES:
                        self.entries.clear()
                    self.entries[key] = (time.monotonic(), started["status"], started["headers"], b"".join(chunks))
            await send(message)

        await self.app(scope, receive, keep)


def _cacheable(started: dict[str, Any]) -> bool:
    return started.get("status") == 200 and not any(name.lower() == b"set-cookie" for name, _ in started["headers"])


def _find_state(app: Any) -> Any:
    while not hasattr(app, "state") and hasattr(app, "app"):
        app = app.app
    return app


__all__ = ["PublicCache"]
