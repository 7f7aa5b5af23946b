"""The venue-check hot path: `POST /api/codes/verify` as a raw ASGI handler, no database read before the
scan write (docs/decisions/0005).

`{"token": ...}` with the device key in `X-Sentinel-Key`: verifies the Ed25519 signature and the device
key (an HMAC) without reading the database, writes the scan through the group-commit writer and answers
only once the scan is committed. The venue's rule here is the colour (green passes). `VerifyFastPath`
runs it in front of FastAPI's routing and middleware; `codes.api` mounts the same handler as a plain
route, and `web.served.VerifyFront` puts it in front of the whole app a server runs. Nothing here
imports the web layer. The one database read is the device-key revocation list, refreshed every 2 s
(codes.service.refresh_revocations), never per check.
"""

from __future__ import annotations

import time
from typing import Any

import anyio.to_thread
import orjson
from starlette.types import ASGIApp, Receive, Scope, Send

from fangkong.codes import replay, scanlog, service, tokens
from fangkong.codes.scanlog import ScanLogOverloaded, ScanRow, ScanWriteFailed
from fangkong.core import clock
from fangkong.core.config import get_settings
from fangkong.core.db import transaction
from fangkong.core.errors import FangkongError, InvalidInput
from fangkong.core.i18n import normalize_lang

VERIFY_PATH = "/api/codes/verify"
DEVICE_HEADER = "X-Sentinel-Key"
MAX_BODY = 4096


_JSON_HEADERS = [(b"content-type", b"application/json"), (b"cache-control", b"no-store"),
                 (b"x-content-type-options", b"nosniff")]


async def _send_json(send: Send, status: int, payload: Any, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    body = orjson.dumps(payload)
    headers = [*_JSON_HEADERS, (b"content-length", str(len(body)).encode())]
    if extra:
        headers += extra
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return value.decode("latin-1")
    return None


def _lang_of_scope(scope: Scope) -> str:
    return normalize_lang((_header(scope, b"accept-language") or "").split(",")[0].strip())


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ConnectionError
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            raise InvalidInput("请求过大", "Request too large")
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _error_answer(exc: FangkongError, lang: str) -> tuple[int, dict[str, str], list[tuple[bytes, bytes]]]:
    extra: list[tuple[bytes, bytes]] = []
    retry = getattr(exc, "retry_after_s", None)
    if retry is not None:
        extra.append((b"retry-after", str(retry).encode()))
    if exc.status_code == 401:
        extra.append((b"www-authenticate", b"SentinelKey"))
    payload = {"detail": exc.message(lang), "error": type(exc).__name__}
    if isinstance(exc, ScanLogOverloaded | ScanWriteFailed):
        payload["fallback"] = "offline"  # venue devices verify with the public key and upload later
    return exc.status_code, payload, extra


def _database_url(scope: Scope) -> str:
    return scope["app"].state.database_url


_REPLAY_NOTE = {"zh": "此码刚在别处或多次出示,可能是截图:请出示本人手机上的实时健康码并核对身份证",
                "en": "This code was just shown elsewhere or many times, maybe a screenshot: ask for the live code "
                      "on the holder's own phone and an identity card"}
_refreshing: list[bool] = [False]


async def _fresh_revocations(scope: Scope) -> None:
    """Refresh the device-key revocation list when it is stale, in a worker thread, one refresh at a time:
    the request that finds it stale waits for the one query; concurrent ones use the list as it is."""
    if _refreshing[0] or time.monotonic() - tokens.revocations.refreshed < get_settings().device_revocation_refresh_s:
        return
    _refreshing[0] = True
    try:
        await anyio.to_thread.run_sync(_refresh_now, _database_url(scope))
    finally:
        _refreshing[0] = False


def _refresh_now(url: str) -> None:
    with transaction(url) as db:
        service.refresh_revocations(db)


async def verify_asgi(scope: Scope, receive: Receive, send: Send) -> None:
    """POST /api/codes/verify: {"token": "..."} + X-Sentinel-Key → the colour, once the scan is stored."""
    if scope["method"] != "POST":
        await _send_json(send, 405, {"detail": "POST only", "error": "MethodNotAllowed"}, [(b"allow", b"POST")])
        return
    try:
        body = await _read_body(receive)
    except ConnectionError:
        return
    except FangkongError as exc:
        status, payload, extra = _error_answer(exc, _lang_of_scope(scope))
        await _send_json(send, status, payload, extra)
        return
    try:
        now = clock.now()
        now_epoch = tokens.to_epoch(now)
        await _fresh_revocations(scope)
        device = tokens.check_device_key(_header(scope, b"x-sentinel-key"), now_epoch)
        try:
            token = orjson.loads(body)["token"]
            if not isinstance(token, str):
                raise TypeError
        except (orjson.JSONDecodeError, KeyError, TypeError):
            raise InvalidInput('请求须为 {"token": "..."}', 'The body must be {"token": "..."}') from None
        claims = tokens.verify_token_epoch(token, now_epoch)
        result = "pass" if claims.colour == "green" else "deny"
        settings = get_settings()
        stored = settings.sentinel_scan_write
        if stored and settings.replay_shared:  # judged against every process's sightings, in the scan's commit
            replayed = await scanlog.writer_for(_database_url(scope)).write(ScanRow(
                venue_id=device.venue_id, checked_at=now, received_at=now, colour=claims.colour,
                result=result, method="qr", subject=claims.subject, account_id=device.account_id),
                replay.Sighting(replay.signature_key(token), device.venue_id, claims.expires_epoch, now_epoch))
        else:
            replayed = replay.watch.check(token.rpartition(".")[2], device.venue_id, now_epoch, claims.expires_epoch)
            if stored:
                await scanlog.writer_for(_database_url(scope)).write(ScanRow(
                    venue_id=device.venue_id, checked_at=now, received_at=now, colour=claims.colour,
                    result="replay" if replayed else result, method="qr", subject=claims.subject,
                    account_id=device.account_id))
        if replayed and result == "pass":
            result = "check"  # the live code on the holder's own phone and an identity card (docs/security.md)
    except FangkongError as exc:
        status, payload, extra = _error_answer(exc, _lang_of_scope(scope))
        await _send_json(send, status, payload, extra)
        return
    answer = {"colour": claims.colour, "result": result, "subject": claims.subject,
              "expires_at": claims.expires_epoch, "venue_id": device.venue_id, "stored": stored}
    if replayed:
        answer.update(replay=replayed, note=_REPLAY_NOTE)
    await _send_json(send, 200, answer)


class VerifyFastPath:
    """Outermost middleware: the verify endpoint skips routing, dependency injection and the other
    middleware (at 5,000 checks/s each microsecond counts); everything else passes through."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == VERIFY_PATH:
            if "app" not in scope:
                scope["app"] = self._starlette_app()
            await verify_asgi(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def _starlette_app(self) -> Any:
        # Middleware runs before Starlette puts the app in the scope; find it down the chain.
        inner: Any = self.app
        while not hasattr(inner, "state") and hasattr(inner, "app"):
            inner = inner.app
        return inner


class VerifyRoute:
    """The same handler as a plain route (ASGI endpoint), for an app without the fast path."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await verify_asgi(scope, receive, send)



__all__ = ["DEVICE_HEADER", "VERIFY_PATH", "VerifyFastPath", "VerifyRoute", "verify_asgi"]
