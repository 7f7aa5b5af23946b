"""Health-code JSON API (mounted under /api): the venue sentinel's endpoints.

- `POST /api/codes/verify` — the hot path for venue devices at peak (codes.fastpath): served by a raw
  ASGI handler in front of FastAPI's routing and middleware; the same handler is also a plain route
  here, so the endpoint works without the fast path too.
- `POST /api/codes/check` — what the sentinel page calls: a token or a typed identity number
  (无健康码通道, for people without a phone), with the person's masked name, latest test and its
  age, and the venue's rule (negative test within N hours) — an audited read of the person.
- `POST /api/codes/scans/offline` — scans verified on the device while the server shed load
  (503) or the network was down: re-verified here at their check time, stored once.
- `GET /api/codes/public-key` — the key that verifies tokens offline.

Each check writes one scan (venue, person or subject, time, colour, result, method).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Body, Header, Request
from fastapi.responses import Response
from sqlalchemy import select
from starlette.routing import Route

from fangkong.codes import scanlog, service, tokens
from fangkong.codes.fastpath import VERIFY_PATH, VerifyRoute
from fangkong.codes.models import Scan
from fangkong.codes.scanlog import ScanRow
from fangkong.core import clock
from fangkong.core.config import get_settings
from fangkong.core.errors import FangkongError, InvalidInput
from fangkong.core.i18n import t
from fangkong.web.deps import ApiActor, DbSession
from fangkong.web.i18n import api_lang

router = APIRouter()

MAX_OFFLINE = 1000

# The verify handler as a plain route (the app mounts this router under /api).
router.routes.append(Route(VERIFY_PATH.removeprefix("/api"), VerifyRoute(), methods=["POST"],
                           include_in_schema=False))


@router.get("/codes/public-key", tags=["codes"])
def public_key() -> Response:
    """The city's Ed25519 public key: verify health-code tokens offline (PEM, and the raw 32 bytes
    base64url for browsers)."""
    body = {"algorithm": "Ed25519", "pem": tokens.public_key_pem(), "raw": tokens.public_key_raw_b64(),
            "token_format": "fk1.<subject>.<colour>.<issued_at>.<expires_at>.<signature over the rest>"}
    return Response(orjson.dumps(body), media_type="application/json",
                    headers={"Cache-Control": "public, max-age=3600"})


@router.post("/codes/check", tags=["codes"])
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
    service.require_checker(actor)
    venue = service.venue_for(db, actor, venue_id)
    outcome = service.detailed_check(db, actor, venue, token=token, id_number=id_number, lang=lang)
    # The page's check reads (audited) in the request's transaction; its scan commits with those
    # entries, before the answer is sent. (The group-commit writer serves the verify hot path, which
    # holds no transaction of its own while it waits.)
    if get_settings().sentinel_scan_write:
        scanlog.insert_rows(db, [ScanRow(
        venue_id=venue, checked_at=outcome.checked_at, received_at=outcome.checked_at, colour=outcome.colour,
        result="replay" if outcome.replay else outcome.result, method=outcome.method, subject=outcome.subject,
        person_id=outcome.person_id,
        account_id=actor.account_id)])
    return {"colour": outcome.colour, "colour_label": t(f"sentinel.colour.{outcome.colour}", lang),
            "result": outcome.result, "result_label": t(f"sentinel.result.{outcome.result}", lang),
            "method": outcome.method, "name": outcome.name, "reasons": outcome.reasons,
            "test": outcome.test, "rule": outcome.rule, "venue_id": venue,
            "checked_at": outcome.checked_at.isoformat(sep=" "), "stored": get_settings().sentinel_scan_write,
            "replay": outcome.replay}


# ---- offline scans, uploaded later


@router.post("/codes/scans/offline", tags=["codes"])
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
    service.refresh_revocations(db)
    device = tokens.check_device_key(x_sentinel_key, now_epoch)
    # Judged by when the scans arrive, not by the time the device claims: a scan may be at most the tolerance
    # (1 h) old, so back-dating cannot make a long-expired screenshot count.
    oldest = now_epoch - get_settings().offline_tolerance_s
    rows: dict[tuple[str, datetime], ScanRow] = {}
    refused: list[dict[str, Any]] = []
    for index, item in enumerate(scans):
        try:
            at = int(item.get("checked_at", 0))
            if not oldest <= at <= now_epoch + tokens.CLOCK_LEEWAY_S:
                raise InvalidInput("核验时间超出离线上传时限", "Check time outside the offline upload tolerance")
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
