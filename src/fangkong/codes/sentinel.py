"""Venue sentinel (数字哨兵): the check page, the verification endpoints and the scan log.

Three ways to check, each writing one scan (venue, person or subject, time, colour, result, method):

- `POST /api/codes/verify` — the hot path for venue devices at peak: `{"token": ...}` with the device
  key in `X-Sentinel-Key`. Verifies the Ed25519 signature and the device key (an HMAC) without
  reading the database, writes the scan through the group-commit writer and answers only once the
  scan is committed. The venue's rule here is the colour (green passes). Served by a raw ASGI
  handler (`VerifyFastPath`) in front of FastAPI's routing and middleware; the same handler is also
  a plain route, so the endpoint works without the fast path too.
- `POST /api/codes/check` — what the sentinel page calls: a token or a typed identity number
  (无健康码通道, for people without a phone), with the person's masked name, latest test and its
  age, and the venue's rule (negative test within N hours) — an audited read of the person.
- `POST /api/codes/scans/offline` — scans verified on the device while the server shed load
  (503) or the network was down: re-verified here at their check time, stored once.

The device key comes with the page (`GET /sentinel`) for the staff member's venue: the account's
venue, or one chosen once on the page and kept in a cookie.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Body, Form, Header, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from fangkong.codes import scanlog, tokens
from fangkong.codes import service as code_service
from fangkong.codes.models import Scan, VenueRule
from fangkong.codes.scanlog import ScanLogOverloaded, ScanRow, ScanWriteFailed
from fangkong.core import clock
from fangkong.core.config import get_settings
from fangkong.core.errors import FangkongError, InvalidInput, NotFound, PermissionDenied
from fangkong.core.i18n import normalize_lang, t
from fangkong.core.roles import Permission, has_permission
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.web.deps import ApiActor, DbSession, PageActor, PageUserChecked
from fangkong.web.i18n import api_lang, lang_of
from fangkong.web.templating import render

router = APIRouter()

VERIFY_PATH = "/api/codes/verify"
DEVICE_HEADER = "X-Sentinel-Key"
VENUE_COOKIE = "fk_sentinel_venue"
MAX_BODY = 4096
MAX_OFFLINE = 1000


# ---- the hot path: raw ASGI, no database read before the scan write


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
        device = tokens.check_device_key(_header(scope, b"x-sentinel-key"), now_epoch)
        try:
            token = orjson.loads(body)["token"]
            if not isinstance(token, str):
                raise TypeError
        except (orjson.JSONDecodeError, KeyError, TypeError):
            raise InvalidInput('请求须为 {"token": "..."}', 'The body must be {"token": "..."}') from None
        claims = tokens.verify_token_epoch(token, now_epoch)
        result = "pass" if claims.colour == "green" else "deny"
        stored = get_settings().sentinel_scan_write
        if stored:
            await scanlog.writer_for(_database_url(scope)).write(ScanRow(
                venue_id=device.venue_id, checked_at=now, received_at=now, colour=claims.colour, result=result,
                method="qr", subject=claims.subject, account_id=device.account_id))
    except FangkongError as exc:
        status, payload, extra = _error_answer(exc, _lang_of_scope(scope))
        await _send_json(send, status, payload, extra)
        return
    await _send_json(send, 200, {"colour": claims.colour, "result": result, "subject": claims.subject,
                                 "expires_at": claims.expires_epoch, "venue_id": device.venue_id,
                                 "stored": stored})


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


class VerifyFront:
    """The ASGI entry a server runs (`create_served_app`): POST /api/codes/verify goes straight to its
    handler, before FastAPI's per-request telemetry check and Starlette's error middleware; everything
    else goes to the platform app unchanged."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.state = app.state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == VERIFY_PATH:
            scope["app"] = self.app
            await verify_asgi(scope, receive, send)
            return
        await self.app(scope, receive, send)


def create_served_app(database_url: str | None = None) -> VerifyFront:
    """Factory for granian / uvicorn: the platform app behind the verify front."""
    from fangkong.web.app import create_app  # the web app mounts this module's router

    return VerifyFront(create_app(database_url))


class _VerifyRoute:
    """The same handler as a plain route (ASGI endpoint), for an app without the fast path."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await verify_asgi(scope, receive, send)


router.routes.append(Route(VERIFY_PATH, _VerifyRoute(), methods=["POST"], include_in_schema=False))


# ---- public key


@router.get("/api/codes/public-key", tags=["codes"])
def public_key() -> Response:
    """The city's Ed25519 public key: verify health-code tokens offline (PEM, and the raw 32 bytes
    base64url for browsers)."""
    body = {"algorithm": "Ed25519", "pem": tokens.public_key_pem(), "raw": tokens.public_key_raw_b64(),
            "token_format": "fk1.<subject>.<colour>.<issued_at>.<expires_at>.<signature over the rest>"}
    return Response(orjson.dumps(body), media_type="application/json",
                    headers={"Cache-Control": "public, max-age=3600"})


# ---- the detailed check (page): person, latest test, venue rule


@dataclass(frozen=True)
class CheckOutcome:
    colour: str
    result: str
    method: str
    person_id: int | None
    subject: str | None
    name: str
    reasons: list[str]
    test: dict[str, Any] | None
    rule: dict[str, Any]
    checked_at: datetime


def _require_checker(actor: Actor) -> None:
    if not has_permission(actor.role, Permission.SENTINEL_CHECK):
        raise PermissionDenied("只有卡口/场所工作人员可以验码", "Only checkpoint or venue staff check codes")


def venue_rule_hours(db: Session, venue_id: int) -> int | None:
    """Hours within which a negative test is needed at this venue (None: no test needed)."""
    row = db.get(VenueRule, venue_id)
    return get_settings().sentinel_max_test_age_h if row is None else row.max_test_age_h


def set_venue_rule(db: Session, actor: Actor, venue_id: int, max_test_age_h: int | None) -> None:
    if max_test_age_h is not None and not 1 <= max_test_age_h <= 24 * 14:
        raise InvalidInput("核酸时限须在 1 到 336 小时之间", "The test window must be 1 to 336 hours")
    row = db.get(VenueRule, venue_id) or VenueRule(venue_id=venue_id)
    row.max_test_age_h = max_test_age_h
    row.updated_at = clock.now()
    row.updated_by = actor.username
    db.add(row)


def _latest_test(db: Session, person_id: int) -> Any | None:
    return code_service.latest_test_of(db, person_id)  # None until the testing domain provides latest_tests


def _current_colour(db: Session, actor: Actor, person_id: int, now: datetime, lang: str) -> tuple[str, list[str]]:
    """The colour the rules engine shows now (as the token would carry it) with its reasons' texts."""
    view = code_service.current_code(db, actor, person_id, now)
    return view.token_colour, [reason.text(lang) for reason in view.reasons]


def detailed_check(db: Session, actor: Actor, venue_id: int, *, token: str | None, id_number: str | None,
                   lang: str, now: datetime | None = None) -> CheckOutcome:
    """Everything the sentinel page shows; reads (audited) but does not write the scan."""
    _require_checker(actor)
    now = now or clock.now()
    subject: str | None = None
    person_id: int | None = None
    reasons: list[str] = []
    if token:
        claims = tokens.verify_token(token, now)
        subject, colour, method = claims.subject, claims.colour, "qr"
        person_id = code_service.person_by_subject(db, subject)
        person = registry.person_for_check(db, actor, person_id=person_id, venue_id=venue_id) if person_id else None
    elif id_number:
        person = registry.person_for_check(db, actor, id_number=id_number, venue_id=venue_id)
        person_id, method = person.id, "id"
        subject = tokens.subject_of(person_id)
        colour, reasons = _current_colour(db, actor, person_id, now, lang)
    else:
        raise InvalidInput("请扫码、粘贴健康码或输入身份证号", "Scan or paste a code, or type an identity number")

    hours = venue_rule_hours(db, venue_id)
    test_view: dict[str, Any] | None = None
    rule_met = hours is None
    latest = _latest_test(db, person_id) if person_id is not None else None
    if latest is not None:
        age_h = (now - latest.sampled_at).total_seconds() / 3600
        test_view = {"sampled_at": latest.sampled_at.isoformat(sep=" "), "result": latest.result,
                     "age_h": round(age_h, 1)}
        if hours is not None:
            rule_met = latest.result == "negative" and age_h <= hours
    if colour != "green":
        reasons.insert(0, t(f"sentinel.deny.{colour}" if colour in tokens.COLOURS else "sentinel.deny.unknown", lang))
    if not rule_met:
        reasons.append(t("sentinel.deny.test", lang, hours=hours))
    result = "pass" if colour == "green" and rule_met else "deny"
    return CheckOutcome(colour=colour, result=result, method=method, person_id=person_id, subject=subject,
                        name=person.name if person else "", reasons=reasons, test=test_view,
                        rule={"max_test_age_h": hours, "met": rule_met}, checked_at=now)


def _venue_for(db: Session, actor: Actor, requested: int | None) -> int:
    """The account's venue; staff without one check at the venue they chose (any registered venue)."""
    if actor.venue_id is not None:
        if requested is not None and requested != actor.venue_id:
            raise PermissionDenied("只能在本账号所属场所验码", "You check at your own venue only")
        return actor.venue_id
    if requested is None:
        raise InvalidInput("请先选择验码场所", "Choose the venue you check at first")
    if registry.venue_ref(db, requested) is None:
        raise NotFound("场所不存在", "No such venue")
    return requested


@router.post("/api/codes/check", tags=["codes"])
def check(
    request: Request,
    db: DbSession,
    actor: ApiActor,
    token: Annotated[str | None, Body(max_length=512)] = None,
    id_number: Annotated[str | None, Body(max_length=32)] = None,
    venue_id: Annotated[int | None, Body()] = None,
) -> dict[str, Any]:
    """A check at the sentinel page: a token (QR, pasted) or a typed identity number. Shows the masked
    name, latest test and the venue's rule; the scan is committed before the answer."""
    lang = api_lang(request)
    _require_checker(actor)
    venue = _venue_for(db, actor, venue_id)
    outcome = detailed_check(db, actor, venue, token=token, id_number=id_number, lang=lang)
    # The page's check reads (audited) in the request's transaction; its scan commits with those
    # entries, before the answer is sent. (The group-commit writer serves the verify hot path, which
    # holds no transaction of its own while it waits.)
    if get_settings().sentinel_scan_write:
        scanlog.insert_rows(db, [ScanRow(
        venue_id=venue, checked_at=outcome.checked_at, received_at=outcome.checked_at, colour=outcome.colour,
        result=outcome.result, method=outcome.method, subject=outcome.subject, person_id=outcome.person_id,
        account_id=actor.account_id)])
    return {"colour": outcome.colour, "colour_label": t(f"sentinel.colour.{outcome.colour}", lang),
            "result": outcome.result, "result_label": t(f"sentinel.result.{outcome.result}", lang),
            "method": outcome.method, "name": outcome.name, "reasons": outcome.reasons,
            "test": outcome.test, "rule": outcome.rule, "venue_id": venue,
            "checked_at": outcome.checked_at.isoformat(sep=" "), "stored": get_settings().sentinel_scan_write}


# ---- offline scans, uploaded later


@router.post("/api/codes/scans/offline", tags=["codes"])
def upload_offline(
    db: DbSession,
    scans: Annotated[list[dict[str, Any]], Body(embed=True, max_length=MAX_OFFLINE)],
    x_sentinel_key: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    """Scans a venue device verified offline: `{"scans": [{"token": ..., "checked_at": unix seconds}]}`.
    Each token must have been valid at its check time; a scan already stored is not stored twice
    (a device resends when an answer was lost). Returns how many were stored, duplicated, refused."""
    now = clock.now()
    now_epoch = tokens.to_epoch(now)
    device = tokens.check_device_key(x_sentinel_key, now_epoch)
    oldest = now_epoch - get_settings().scan_retention_days * 86400
    rows: dict[tuple[str, datetime], ScanRow] = {}
    refused: list[dict[str, Any]] = []
    for index, item in enumerate(scans):
        try:
            at = int(item.get("checked_at", 0))
            if not oldest <= at <= now_epoch + tokens.CLOCK_LEEWAY_S:
                raise InvalidInput("核验时间不在保留期内", "Check time outside the retention period")
            claims = tokens.verify_token_epoch(str(item.get("token", "")), at)
        except (FangkongError, TypeError, ValueError, AttributeError) as exc:
            refused.append({"index": index, "error": type(exc).__name__})
            continue
        checked_at = tokens.from_epoch(at)
        rows[(claims.subject, checked_at)] = ScanRow(
            venue_id=device.venue_id, checked_at=checked_at, received_at=now, colour=claims.colour,
            result="pass" if claims.colour == "green" else "deny", method="offline", subject=claims.subject,
            account_id=device.account_id)
    duplicates = 0
    if rows:
        keys = list(rows)
        existing = {tuple(row) for row in db.execute(select(Scan.subject, Scan.checked_at).where(
            Scan.venue_id == device.venue_id, Scan.method == "offline",
            Scan.checked_at.between(min(k[1] for k in keys), max(k[1] for k in keys))))}
        duplicates = sum(1 for key in keys if key in existing)
        scanlog.insert_rows(db, [row for key, row in rows.items() if key not in existing])
    return {"stored": len(rows) - duplicates, "duplicates": duplicates, "refused": refused}


# ---- the page


def _chosen_venue(request: Request) -> int | None:
    value = request.cookies.get(VENUE_COOKIE, "")
    return int(value) if value.isdigit() else None


@router.get("/sentinel", include_in_schema=False)
def sentinel_page(request: Request, db: DbSession, actor: PageActor, q: str = "") -> HTMLResponse:
    _require_checker(actor)
    lang = lang_of(request)
    venue_id = actor.venue_id or _chosen_venue(request)
    venue = registry.venue_ref(db, venue_id) if venue_id is not None else None
    if venue is None:
        venues = registry.venues_in_district(db, None)
        if q.strip():
            venues = [v for v in venues if q.strip() in v.name]
        return render(request, "codes/sentinel_venue.html", {"venues": venues[:60], "q": q,
                                                             "total": len(venues)})
    hours = venue_rule_hours(db, venue.id)
    return render(request, "codes/sentinel.html", {
        "venue": venue, "hours": hours, "chosen": actor.venue_id is None,
        "device_key": tokens.issue_device_key(actor.account_id or 0, venue.id),
        "public_key": tokens.public_key_raw_b64(), "lang": lang, "timezone": get_settings().timezone,
        "recent": scanlog.recent_scans(db, venue.id, now=clock.now(), limit=10),
    })


@router.post("/sentinel/venue", include_in_schema=False)
def choose_venue(request: Request, db: DbSession, page: PageUserChecked,
                 venue_id: Annotated[int, Form()]) -> Response:
    _require_checker(page.actor)
    venue = _venue_for(db, page.actor, venue_id)
    response = RedirectResponse("/sentinel", status_code=303)
    response.set_cookie(VENUE_COOKIE, str(venue), max_age=int(timedelta(days=180).total_seconds()),
                        httponly=True, samesite="lax")
    return response


@router.post("/sentinel/venue/clear", include_in_schema=False)
def clear_venue(page: PageUserChecked) -> Response:
    _require_checker(page.actor)
    response = RedirectResponse("/sentinel", status_code=303)
    response.delete_cookie(VENUE_COOKIE)
    return response


__all__ = ["router", "VerifyFastPath", "verify_asgi", "detailed_check", "set_venue_rule", "venue_rule_hours"]
