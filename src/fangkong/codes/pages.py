"""Health-code pages: my code (QR, colour, reasons, tests, declarations), a person's code for staff
with the evidence, manual-code requests and approvals.

Handlers parse and render; codes.service checks role and jurisdiction, audits and does the work."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from fangkong import policies
from fangkong.codes import declarations as declaring
from fangkong.codes import exports as list_exports
from fangkong.codes import scanlog, service, tokens
from fangkong.core import clock
from fangkong.core.config import get_settings
from fangkong.core.errors import InvalidInput, PermissionDenied
from fangkong.core.roles import Permission, has_permission
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.web.deps import DbSession, PageActor, PageUser, PageUserChecked
from fangkong.web.exports import xlsx_answer
from fangkong.web.i18n import lang_of
from fangkong.web.refusal import refusal
from fangkong.web.templating import render

router = APIRouter(include_in_schema=False)

VENUE_COOKIE = "fk_sentinel_venue"


def _own_person(actor: Actor) -> int:
    if actor.role != "resident" or actor.person_id is None:
        raise PermissionDenied("这是市民本人的健康码页面", "This page shows a resident's own code")
    return actor.person_id


def _refresh_s() -> int:
    # Fetch a new token a minute before the old one expires (at least every 30 s for short validities).
    return max(get_settings().code_token_validity_s - 60, 30)


def _me_context(db: Session, actor: Actor, person_id: int) -> dict[str, Any]:
    shown = service.show_code(db, actor, person_id)
    test, decides = service.deciding_test(db, shown.view, person_id)
    return {"shown": shown, "code": shown.view, "refresh_s": _refresh_s(),
            "person": registry.get_person(db, actor, person_id),
            "test": test, "test_decides": decides,
            "declarations": service.declarations_of(db, actor, person_id),
            "overrides": [o for o in service.overrides_of(db, actor, person_id) if o.state == "approved"],
            "now": clock.now(), **_declaring_context()}


def _declaring_context() -> dict[str, Any]:
    now = clock.now()
    return {"levels": declaring.level_choices(now), "level_names": policies.level_names(),
            "edit_hours": declaring.edit_hours(now), "editable": declaring.is_editable, "live": declaring.live}


@router.get("/codes/me", response_class=HTMLResponse)
def my_code(request: Request, db: DbSession, actor: PageActor) -> Response:
    person_id = _own_person(actor)
    return render(request, "codes/me.html", {**_me_context(db, actor, person_id), "error": "", "form": {}})


@router.get("/codes/me/qr", response_class=HTMLResponse)
def my_qr(request: Request, db: DbSession, actor: PageActor) -> Response:
    """The QR card in the frame (opened directly it has the navigation and a way back); codes.js fetches
    it before the token expires and takes the card out of it."""
    person_id = _own_person(actor)
    shown = service.show_code(db, actor, person_id)
    return render(request, "codes/qr.html", {"shown": shown, "code": shown.view, "refresh_s": _refresh_s()},
                  headers={"Cache-Control": "no-store"})


@router.post("/codes/me/declare", response_class=HTMLResponse)
def declare(request: Request, db: DbSession, page: PageUserChecked, from_city: Annotated[str, Form()] = "",
            arrival_at: Annotated[str, Form()] = "", from_risk_area: Annotated[str, Form()] = "",
            risk_level: Annotated[str, Form()] = "", replaces: Annotated[str, Form()] = "") -> Response:
    """A new declaration, or (replaces) the correction of one made within the policy's edit window."""
    actor, lang = page.actor, lang_of(request)
    person_id = _own_person(actor)
    with refusal(db) as refused:
        service.declare_arrival(db, actor, person_id=person_id, from_city=from_city,
                                arrival_at=clock.parse_moment(arrival_at, "抵达/arrival"),
                                from_risk_area=bool(from_risk_area), risk_level=risk_level or None,
                                replaces=int(replaces) if replaces.isdigit() else None)
    if refused:
        form = {"from_city": from_city, "arrival_at": arrival_at, "from_risk_area": bool(from_risk_area),
                "risk_level": risk_level}
        return render(request, "codes/me.html", {**_me_context(db, actor, person_id), "error": refused.message(lang),
                                                 "form": form}, status_code=refused.status_code)
    return RedirectResponse("/codes/me#declarations", status_code=303)


@router.post("/codes/me/declarations/{declaration_id}/withdraw", response_class=HTMLResponse)
def withdraw_declaration(request: Request, db: DbSession, page: PageUserChecked, declaration_id: int) -> Response:
    actor, lang = page.actor, lang_of(request)
    person_id = _own_person(actor)
    with refusal(db) as refused:
        service.withdraw_declaration(db, actor, declaration_id)
    if refused:
        return render(request, "codes/me.html", {**_me_context(db, actor, person_id), "error": refused.message(lang),
                                                 "form": {}}, status_code=refused.status_code)
    return RedirectResponse("/codes/me#declarations", status_code=303)


# ---- staff ------------------------------------------------------------------------------------------


def _person_context(db: Session, actor: Actor, person_id: int) -> dict[str, Any]:
    code = service.current_code(db, actor, person_id)
    test, decides = service.deciding_test(db, code, person_id)
    overrides = service.overrides_of(db, actor, person_id)
    return {"code": code, "person": registry.get_person(db, actor, person_id), "overrides": overrides,
            "declarations": service.declarations_of(db, actor, person_id), **_declaring_context(),
            "test": test, "test_decides": decides, "now": clock.now(),
            "may_request": has_permission(actor.role, Permission.OVERRIDE_REQUEST),
            "default_expiry": (clock.now() + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")}


@router.get("/codes/persons/{person_id}", response_class=HTMLResponse)
def person_code(request: Request, db: DbSession, actor: PageActor, person_id: int) -> Response:
    return render(request, "codes/person.html", {**_person_context(db, actor, person_id), "error": ""})


@router.post("/codes/persons/{person_id}/override", response_class=HTMLResponse)
def request_override(request: Request, db: DbSession, page: PageUserChecked, person_id: int,
                     colour: Annotated[str, Form()] = "", reason: Annotated[str, Form()] = "",
                     expires_at: Annotated[str, Form()] = "") -> Response:
    actor, lang = page.actor, lang_of(request)
    with refusal(db) as refused:
        service.request_override(db, actor, person_id=person_id, colour=colour, reason=reason,
                                 expires_at=clock.parse_moment(expires_at, "有效期/expiry"))
    if refused:
        return render(request, "codes/person.html", {**_person_context(db, actor, person_id),
                                                     "error": refused.message(lang)}, status_code=refused.status_code)
    return RedirectResponse(f"/codes/persons/{person_id}#overrides", status_code=303)


@router.get("/codes/overrides", response_class=HTMLResponse)
def overrides(request: Request, db: DbSession, actor: PageActor) -> Response:
    state = request.query_params.get("state", "pending")
    rows = service.list_overrides(db, actor, state=None if state == "all" else state)
    names = registry.masked_names(db, actor, {row.person_id for row in rows}, purpose="manual code list")
    return render(request, "codes/overrides.html", {"rows": rows, "state": state, "error": "", "names": names,
                                                    "may_approve": has_permission(actor.role,
                                                                                  Permission.OVERRIDE_APPROVE)})


@router.post("/codes/overrides/{override_id}/{decision}", response_class=HTMLResponse)
def decide(request: Request, db: DbSession, page: PageUserChecked, override_id: int, decision: str,
           note: Annotated[str, Form()] = "") -> Response:
    actor, lang = page.actor, lang_of(request)
    with refusal(db) as refused:
        if decision == "approve":
            service.approve_override(db, actor, override_id, note=note)
        elif decision == "refuse":
            service.refuse_override(db, actor, override_id, note=note)
        else:
            raise InvalidInput("未知操作", "Unknown decision")
    if refused:
        rows = service.list_overrides(db, actor, state="pending")
        return render(request, "codes/overrides.html",
                      {"rows": rows, "state": "pending", "error": refused.message(lang),
                       "names": registry.masked_names(db, actor, {row.person_id for row in rows},
                                                      purpose="manual code list"),
                       "may_approve": has_permission(actor.role, Permission.OVERRIDE_APPROVE)},
                      status_code=refused.status_code)
    return RedirectResponse("/codes/overrides", status_code=303)


# ---- the venue sentinel's page (数字哨兵): the device key comes with it for the staff member's venue:
# the account's venue, or one chosen once on the page and kept in a cookie.


def _chosen_venue(request: Request) -> int | None:
    value = request.cookies.get(VENUE_COOKIE, "")
    return int(value) if value.isdigit() else None


@router.get("/sentinel", include_in_schema=False)
def sentinel_page(request: Request, db: DbSession, page: PageUser, q: str = "") -> HTMLResponse:
    actor = page.actor
    service.require_checker(actor)
    lang = lang_of(request)
    venue_id = actor.venue_id or _chosen_venue(request)
    venue = registry.venue_ref(db, venue_id) if venue_id is not None else None
    if venue is None:
        venues = registry.venues_in_district(db, None)
        if q.strip():
            venues = [v for v in venues if q.strip() in v.name]
        return render(request, "codes/sentinel_venue.html", {"venues": venues[:60], "q": q,
                                                             "total": len(venues)})
    hours = service.venue_rule_hours(db, venue.id)
    return render(request, "codes/sentinel.html", {
        "venue": venue, "hours": hours, "chosen": actor.venue_id is None,
        # Bound to this login: logging out (or being disabled) stops the device within seconds.
        "device_key": tokens.issue_device_key(actor.account_id or 0, venue.id, session_id=page.session.id),
        "public_key": tokens.public_key_raw_b64(), "lang": lang, "timezone": get_settings().timezone,
        "recent": scanlog.recent_scans(db, venue.id, now=clock.now(), limit=10),
    })


@router.post("/sentinel/venue", include_in_schema=False)
def choose_venue(request: Request, db: DbSession, page: PageUserChecked,
                 venue_id: Annotated[int, Form()]) -> Response:
    service.require_checker(page.actor)
    venue = service.venue_for(db, page.actor, venue_id)
    response = RedirectResponse("/sentinel", status_code=303)
    response.set_cookie(VENUE_COOKIE, str(venue), max_age=int(timedelta(days=180).total_seconds()),
                        httponly=True, samesite="lax", secure=request.url.scheme == "https")
    return response


@router.post("/sentinel/venue/clear", include_in_schema=False)
def clear_venue(page: PageUserChecked) -> Response:
    service.require_checker(page.actor)
    response = RedirectResponse("/sentinel", status_code=303)
    response.delete_cookie(VENUE_COOKIE)
    return response


# ---- export (.xlsx, issue 17): masked by GET, full by POST with a reason ---------------------------------


def _override_state(state: str) -> str | None:
    return None if state in ("", "all") else state


@router.get("/codes/overrides/export.xlsx")
def overrides_export(request: Request, db: DbSession, actor: PageActor, state: str = "all") -> Response:
    return xlsx_answer(list_exports.overrides_table(db, actor, state=_override_state(state), lang=lang_of(request)))


@router.post("/codes/overrides/export.xlsx")
def overrides_export_full(request: Request, db: DbSession, page: PageUserChecked, state: str = "all",
                          full: Annotated[str, Form()] = "", reason: Annotated[str, Form()] = "") -> Response:
    return xlsx_answer(list_exports.overrides_table(db, page.actor, state=_override_state(state), full=full == "1",
                                                    reason=reason, lang=lang_of(request)))

