"""Testing pages: sampling, lab upload, recalls, turnaround, coverage, advisor.

Handlers only parse the request and render; the testing service and `testing.coverage` check
role and jurisdiction, write the audit log and do the work."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from fangkong.core import clock
from fangkong.core.errors import FangkongError, InvalidInput, PermissionDenied
from fangkong.core.i18n import t
from fangkong.core.roles import Permission, has_permission, require_any
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.testing import advisor, coverage, finder, flows, service
from fangkong.testing import exports as list_exports
from fangkong.testing.models import TestRound
from fangkong.web.deps import DbSession, PageActor, PageUserChecked, safe_next
from fangkong.web.exports import xlsx_answer
from fangkong.web.i18n import lang_of, level_label
from fangkong.web.refusal import refusal
from fangkong.web.templating import render

router = APIRouter(include_in_schema=False)

CURVE_SIZES = (1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 32, 40, 50)


def _require_any(actor: Actor, *permissions: Permission) -> None:
    # Decides only whether a page is shown; every service call checks again.
    require_any(actor, *permissions, en="Your role may not open this page")


@router.get("/testing", response_class=HTMLResponse)
def testing_home(actor: PageActor) -> Response:
    """Each role lands on its own testing page."""
    if has_permission(actor.role, Permission.TESTING_SAMPLE):
        return RedirectResponse("/testing/sample", status_code=303)
    if has_permission(actor.role, Permission.TESTING_RESULTS):
        return RedirectResponse("/testing/lab", status_code=303)
    if actor.role == "grid_worker":
        return RedirectResponse("/testing/grid", status_code=303)
    _require_any(actor, Permission.TESTING_READ)
    return RedirectResponse("/testing/rounds", status_code=303)


# ---- managing rounds, sites, labs, schedules and the notice of the day (what the CLI does) --------
# Each form posts to its own handler; a refusal rolls the whole request back (nothing half-written) and
# shows the page again with the message and what was typed; success redirects (post/redirect/get).

def _manage_places(db: Session, actor: Actor) -> list[tuple[int, str, str]]:
    """(id, label, level) of the districts, streets and communities an actor may target or put a site at."""
    districts: list[registry.PlaceRef] = []
    if actor.city_wide:
        districts = registry.districts(db)
    elif actor.jurisdiction_id is not None:
        here = registry.place_refs(db, {actor.jurisdiction_id}).get(actor.jurisdiction_id)
        if here is not None and here.district_id is not None:
            districts = list(registry.place_refs(db, {here.district_id}).values())
    refs = list(districts)
    for district in districts:
        refs += registry.places_at_levels(db, district.id, ("street", "community"))
    refs = [r for r in refs if actor.covers(r)]
    labels = registry.place_labels(db, {r.id for r in refs})
    order = {"district": 0, "street": 1, "community": 2}
    refs.sort(key=lambda r: (labels.get(r.id, ""), order.get(r.level, 3)))
    return [(r.id, labels.get(r.id, r.name), r.level) for r in refs]


def _manage_response(request: Request, db: Session, actor: Actor, *, error: str = "", section: str = "",
                     form: dict[str, Any] | None = None) -> Response:
    now = clock.now()
    places = _manage_places(db, actor)
    district_ids = [pid for pid, _label, level in places if level == "district"]
    context = {
        "rounds": service.list_rounds(db, actor, limit=30), "now": now, "places": places,
        "districts": [(pid, label) for pid, label, level in places if level == "district"],
        "sites": service.list_sites(db, actor), "labs": service.list_labs(db, actor),
        "schedules": service.list_schedules(db), "kinds": ("district", "city_wide", "key_group", "sealed_area"),
        "pool_sizes": service.testing_policy(now)["pool_sizes"], "may_schedule": actor.city_wide,
        "notices": {d: finder.day_notices(db, d) for d in ([None] if actor.city_wide else []) + district_ids},
        "error": error, "section": section, "form": form or {},
        "done": request.query_params.get("done", ""),
    }
    return render(request, "testing/manage.html", context, status_code=422 if error else 200)


def _refused_manage(request: Request, db: Session, actor: Actor, refused: Any, section: str,
                    form: dict[str, Any]) -> Response:
    return _manage_response(request, db, actor, error=refused.message(lang_of(request)), section=section, form=form)


def _done(section: str) -> RedirectResponse:
    return RedirectResponse(f"/testing/manage?done={section}#{section}", status_code=303)


def _int_field(text: str, zh: str, en: str, *, required: bool = True) -> int | None:
    text = (text or "").strip()
    if not text and not required:
        return None
    if not text.isdigit():
        raise InvalidInput(f"{zh}须为正整数", f"{en} must be a whole number")
    return int(text)


@router.get("/testing/manage", response_class=HTMLResponse)
def manage_page(request: Request, db: DbSession, actor: PageActor) -> Response:
    _require_any(actor, Permission.TESTING_MANAGE)
    return _manage_response(request, db, actor)


@router.post("/testing/manage/round", response_class=HTMLResponse)
def manage_create_round(request: Request, db: DbSession, page: PageUserChecked, name: Annotated[str, Form()] = "",
                        kind: Annotated[str, Form()] = "district", starts: Annotated[str, Form()] = "",
                        ends: Annotated[str, Form()] = "", place: Annotated[list[str] | None, Form()] = None,
                        whole_city: Annotated[str, Form()] = "", key_group: Annotated[str, Form()] = "",
                        pool_size: Annotated[str, Form()] = "", hours: Annotated[str, Form()] = "") -> Response:
    actor = page.actor
    _require_any(actor, Permission.TESTING_MANAGE)
    form = {"name": name, "kind": kind, "starts": starts, "ends": ends, "place": place or [],
            "whole_city": whole_city, "key_group": key_group, "pool_size": pool_size, "hours": hours}
    with refusal(db) as refused:
        if not starts.strip() or not ends.strip():
            raise InvalidInput("请填写开始和结束时间", "Give the start and the end of the window")
        service.create_round(
            db, actor, name=name, kind=kind, starts_at=clock.parse_moment(starts, "开始 from"),
            ends_at=clock.parse_moment(ends, "结束 to"), place_ids=[int(p) for p in place or [] if p.isdigit()],
            whole_city=bool(whole_city), key_group=key_group.strip() or None,
            pool_size=_int_field(pool_size, "混采规格", "The pool size", required=False),
            turnaround_hours=_int_field(hours, "结果时限", "The turnaround target", required=False))
    if refused:
        return _refused_manage(request, db, actor, refused, "round", form)
    return _done("round")


@router.post("/testing/manage/rounds/{round_id}/close", response_class=HTMLResponse)
def manage_close_round(request: Request, db: DbSession, page: PageUserChecked, round_id: int,
                       reason: Annotated[str, Form()] = "") -> Response:
    actor = page.actor
    _require_any(actor, Permission.TESTING_MANAGE)
    with refusal(db) as refused:
        service.close_round(db, actor, round_id, reason=reason)
    if refused:
        return _refused_manage(request, db, actor, refused, "close", {})
    return _done("close")


@router.post("/testing/manage/site", response_class=HTMLResponse)
def manage_create_site(request: Request, db: DbSession, page: PageUserChecked, name: Annotated[str, Form()] = "",
                       place: Annotated[str, Form()] = "", opens: Annotated[str, Form()] = "",
                       closes: Annotated[str, Form()] = "", pool_size: Annotated[str, Form()] = "10",
                       code: Annotated[str, Form()] = "") -> Response:
    actor = page.actor
    _require_any(actor, Permission.TESTING_MANAGE)
    form = {"name": name, "place": place, "opens": opens, "closes": closes, "pool_size": pool_size, "code": code}
    with refusal(db) as refused:
        if not place.isdigit():
            raise InvalidInput("请选择采样点所在地点", "Choose the place of the site")
        service.create_site(db, actor, name=name, place_id=int(place), code=code.strip() or None,
                            default_pool_size=_int_field(pool_size, "混采规格", "The pool size") or 10,
                            opens=opens, closes=closes)
    if refused:
        return _refused_manage(request, db, actor, refused, "site", form)
    return _done("site")


@router.post("/testing/manage/sites/{site_id}/hours", response_class=HTMLResponse)
def manage_site_hours(request: Request, db: DbSession, page: PageUserChecked, site_id: int,
                      opens: Annotated[str, Form()] = "", closes: Annotated[str, Form()] = "",
                      retire: Annotated[str, Form()] = "") -> Response:
    actor = page.actor
    _require_any(actor, Permission.TESTING_MANAGE)
    with refusal(db) as refused:
        service.set_site_hours(db, actor, site_id, opens=opens, closes=closes, active=not retire)
    if refused:
        return _refused_manage(request, db, actor, refused, "hours", {"site": site_id, "opens": opens,
                                                                       "closes": closes})
    return _done("hours")


@router.post("/testing/manage/lab", response_class=HTMLResponse)
def manage_create_lab(request: Request, db: DbSession, page: PageUserChecked, name: Annotated[str, Form()] = "",
                      capacity: Annotated[str, Form()] = "", kind: Annotated[str, Form()] = "lab",
                      code: Annotated[str, Form()] = "") -> Response:
    actor = page.actor
    _require_any(actor, Permission.TESTING_MANAGE)
    form = {"name": name, "capacity": capacity, "kind": kind, "code": code}
    with refusal(db) as refused:
        service.create_lab(db, actor, name=name, kind=kind, code=code.strip() or None,
                           daily_capacity=_int_field(capacity, "日检测能力", "The daily capacity") or 0)
    if refused:
        return _refused_manage(request, db, actor, refused, "lab", form)
    return _done("lab")


@router.post("/testing/manage/schedule", response_class=HTMLResponse)
def manage_schedule(request: Request, db: DbSession, page: PageUserChecked, group: Annotated[str, Form()] = "",
                    name_zh: Annotated[str, Form()] = "", name_en: Annotated[str, Form()] = "",
                    every_days: Annotated[str, Form()] = "1", count: Annotated[str, Form()] = "",
                    pool_size: Annotated[str, Form()] = "1", hours: Annotated[str, Form()] = "",
                    active: Annotated[str, Form()] = "") -> Response:
    actor = page.actor
    _require_any(actor, Permission.TESTING_MANAGE)
    form = {"group": group, "name_zh": name_zh, "name_en": name_en, "every_days": every_days, "count": count,
            "pool_size": pool_size, "hours": hours, "active": active}
    with refusal(db) as refused:
        if not name_zh.strip() or not name_en.strip():
            raise InvalidInput("请填写安排的中文和英文名称", "Give the schedule's Chinese and English names")
        service.set_schedule(
            db, actor, group=group.strip(), name_zh=name_zh.strip(), name_en=name_en.strip(),
            every_days=_int_field(every_days, "间隔天数", "Every (days)") or 0,
            count=_int_field(count, "次数", "The count", required=False),
            pool_size=_int_field(pool_size, "混采规格", "The pool size") or 0,
            turnaround_hours=_int_field(hours, "结果时限", "The turnaround target", required=False)
            or service.KEY_GROUP_TARGET_HOURS, active=bool(active))
    if refused:
        return _refused_manage(request, db, actor, refused, "schedule", form)
    return _done("schedule")


@router.post("/testing/manage/notice", response_class=HTMLResponse)
def manage_notice(request: Request, db: DbSession, page: PageUserChecked, text: Annotated[str, Form()] = "",
                  district: Annotated[str, Form()] = "") -> Response:
    actor = page.actor
    _require_any(actor, Permission.TESTING_MANAGE)
    with refusal(db) as refused:
        finder.set_day_notice(db, actor, text=text, district_id=int(district) if district.isdigit() else None)
    if refused:
        return _refused_manage(request, db, actor, refused, "notice", {"text": text, "district": district})
    return _done("notice")


# ---- where to be tested: the public page (no login; cached by web.publiccache for 30 s) ----------------


@router.get("/public/sampling", response_class=HTMLResponse)
def public_sampling(request: Request, db: DbSession, place: str = "") -> Response:
    """Sampling sites of a chosen district or street, the street's first, with hours, queue estimate and the
    notices of the day. Reads no person; anonymous answers are served from the public cache."""
    error = ""
    with refusal(db) as refused:
        districts, chosen, sites = finder.public_sites(db, int(place) if place.isdigit() else None)
    if refused:
        districts, chosen, sites = finder.public_sites(db, None)
        error = refused.message(lang_of(request))
    district_id = chosen.district_id if chosen else None
    streets = finder.streets_of(db, district_id) if district_id else []
    return render(request, "testing/public_sampling.html", {
        "districts": districts, "chosen": chosen, "streets": streets, "sites": sites, "error": error,
        "day_notices": finder.day_notices(db, district_id)}, status_code=404 if error else 200)


# ---- pool-size advisor ---------------------------------------------------------------------


def _number(params: Any, name: str, default: float, low: float, high: float, lang: str) -> float:
    text = (params.get(name) or "").strip()
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        raise InvalidInput(f"{name} 不是数字: {text}", f"{name} is not a number: {text}") from None
    if not low <= value <= high:
        raise InvalidInput(f"{name} 须在 {low:g} 到 {high:g} 之间", f"{name} must be between {low:g} and {high:g}")
    return value


@router.get("/testing/advisor", response_class=HTMLResponse)
def advisor_page(request: Request, db: DbSession, actor: PageActor) -> Response:
    _require_any(actor, Permission.TESTING_READ, Permission.TESTING_MANAGE, Permission.TESTING_RESULTS)
    lang = lang_of(request)
    params = request.query_params
    form = {"positive": params.get("positive", "1"), "tested": params.get("tested", "1000"),
            "ct_limit": params.get("ct_limit", "40"), "weak_ct": params.get("weak_ct", "35.7")}
    error = ""
    rec = None
    curve: list[tuple[int, float]] = []
    try:
        tested = int(_number(params, "tested", 1000, 1, 1e9, lang))
        positive = int(_number(params, "positive", 1, 0, tested, lang))
        ct_limit = _number(params, "ct_limit", 40.0, 20.0, 45.0, lang)
        weak_ct = _number(params, "weak_ct", 35.7, 15.0, 45.0, lang)
        max_safe = max(advisor.max_safe_pool_size(weak_ct, ct_limit), 1)
        p = advisor.estimate_prevalence(positive, tested)
        rec = advisor.recommend(p, max_safe=max_safe)
        curve = [(k, advisor.expected_tests_per_person(p, k)) for k in CURVE_SIZES]
    except InvalidInput as exc:
        error = exc.message(lang)
    areas = _area_advice(db, actor)
    return render(request, "testing/advisor.html",
                  {"form": form, "rec": rec, "curve": curve, "error": error, "areas": areas},
                  status_code=422 if error else 200)


def _area_advice(db: Any, actor: Actor) -> list[advisor.AreaAdvice]:
    """Advice per district from the last week's positivity (labs see none: no place scope)."""
    if not has_permission(actor.role, Permission.TESTING_READ):
        return []
    counts = coverage.positivity_by_district(db, actor)
    return advisor.advise_areas(counts) if counts else []


def _is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


# ---- sampling (采) ---------------------------------------------------------------------------

def _sampler_context(db: Session, actor: Actor, *, barcode: str | None, message: str = "",
                     error: bool = False, confirm: dict[str, str] | None = None) -> dict[str, Any]:
    site = service.sampler_site(db, actor)
    now = clock.now()
    rounds = service.list_rounds(db, actor, active_at=now)
    tube = persons = None
    if barcode:
        try:
            tube = service.get_tube(db, actor, barcode)
        except FangkongError:
            tube = None
        if tube is not None and tube.state != "open":
            tube = None  # sealed: the panel goes back to "scan a new tube"
    if tube is not None:
        persons = service.tube_members(db, actor, tube.barcode)
    sizes = service.parse_pool_sizes(site.allowed_pool_sizes) if site else service.POOL_SIZES
    default = rounds[0].pool_size if rounds else (site.default_pool_size if site else 10)
    return {"site": site, "round": rounds[0] if rounds else None, "rounds": rounds, "tube": tube,
            # no round open now: the tube form asks what the tube is for (补采 for a round closed
            # earlier today, a single test, a recall) and nothing is chosen for the sampler
            "late_rounds": service.late_rounds(db, actor, now) if tube is None else [],
            "persons": persons or [], "message": message, "message_error": error, "sizes": sizes,
            "confirm": confirm, "removal_reasons": service.REMOVAL_REASONS,
            "default_size": default if default in sizes else sizes[0],
            "open_tubes": service.open_tubes(db, actor, site.id) if site else [], "sealed_today": None,
            # between tubes only (not on every scan): how many sealed tubes wait for a box
            "sealed_waiting": service.site_transport(db, actor, site.id, limit=0, last=0).sealed_total
            if site and tube is None else None}


def _sampler_response(request: Request, db: Session, actor: Actor, *, barcode: str | None, message: str = "",
                      error: bool = False, confirm: dict[str, str] | None = None) -> Response:
    context = _sampler_context(db, actor, barcode=barcode, message=message, error=error, confirm=confirm)
    if _is_htmx(request):  # HTMX swaps only 2xx answers: a refused scan is still a 200 panel
        return render(request, "testing/_sampler.html", context)
    return render(request, "testing/sample.html", context, status_code=422 if error and not confirm else 200)


@router.get("/testing/sample", response_class=HTMLResponse)
def sample_page(request: Request, db: DbSession, actor: PageActor, tube: str = "") -> Response:
    _require_any(actor, Permission.TESTING_SAMPLE)
    return _sampler_response(request, db, actor, barcode=tube or None)


def _tube_purpose(purpose: str, round_id: str, open_rounds: list[TestRound]) -> tuple[str, int | None]:
    """The tube form's choice as (service purpose, round id). Without a choice, the round open now;
    with no round open, the sampler must say what the tube is for: never a tube of nothing."""
    if purpose:
        kind, _sep, rid = purpose.partition(":")
        if kind in ("round", "late") and rid.isdigit():
            return kind, int(rid)
        if kind in ("routine", "recall") and not rid:
            return kind, None
        raise InvalidInput("请选择本管用途", "Choose what this tube is for")
    if round_id == "recall":
        return "recall", None
    if round_id.isdigit():
        return "round", int(round_id)
    if open_rounds:
        return "round", open_rounds[0].id
    raise InvalidInput("现在没有正在采样的轮次：请选择本管用途（补采、单人单检或复采）",
                       "No round is open now: choose what this tube is for (late sample, single test or recall)")


@router.post("/testing/sample/tube", response_class=HTMLResponse)
def sample_open_tube(request: Request, db: DbSession, page: PageUserChecked, tube: Annotated[str, Form()] = "",
                     pool_size: Annotated[int | None, Form()] = None, round_id: Annotated[str, Form()] = "",
                     purpose: Annotated[str, Form()] = "") -> Response:
    actor, lang = page.actor, lang_of(request)
    _require_any(actor, Permission.TESTING_SAMPLE)
    site = service.sampler_site(db, actor)
    with refusal(db) as refused:
        if site is None:
            raise InvalidInput("您的账号没有采样点", "Your account has no sampling site")
        rounds = service.list_rounds(db, actor, active_at=clock.now())
        kind, chosen = _tube_purpose(purpose, round_id, rounds)
        opened = service.open_tube(db, actor, barcode=tube, site_id=site.id, round_id=chosen, pool_size=pool_size,
                                   purpose=kind)
    if refused:
        return _sampler_response(request, db, actor, barcode=None, message=refused.message(lang), error=True)
    message = t(f"testing.sample.opened_{opened.purpose}" if opened.purpose != "round" else "testing.sample.opened",
                lang, barcode=opened.barcode, n=opened.pool_size)
    return _sampler_response(request, db, actor, barcode=opened.barcode, message=message)


@router.post("/testing/sample/person", response_class=HTMLResponse)
def sample_add_person(request: Request, db: DbSession, page: PageUserChecked, tube: Annotated[str, Form()] = "",
                      person: Annotated[str, Form()] = "", confirm: Annotated[str, Form()] = "") -> Response:
    actor, lang = page.actor, lang_of(request)
    with refusal(db) as refused:
        added = flows.add_scanned_sample(db, actor, barcode=tube, person=person, confirm_repeat=confirm == "repeat")
    if isinstance(refused.error, service.SampledToday):  # a warning: the sampler decides
        return _sampler_response(request, db, actor, barcode=tube, message=refused.message(lang), error=True,
                                 confirm={"person": person.strip()})
    if refused:
        return _sampler_response(request, db, actor, barcode=tube, message=refused.message(lang), error=True)
    if added.sealed:
        message = t("testing.sample.sealed_full", lang, name=added.masked_name, barcode=added.tube.barcode,
                     n=added.tube.members)
        return _sampler_response(request, db, actor, barcode=None, message=message)
    message = t("testing.sample.added", lang, name=added.masked_name, n=added.tube.members,
                 size=added.tube.pool_size)
    return _sampler_response(request, db, actor, barcode=added.tube.barcode, message=message)


@router.post("/testing/sample/remove", response_class=HTMLResponse)
def sample_remove(request: Request, db: DbSession, page: PageUserChecked, tube: Annotated[str, Form()] = "",
                  person_id: Annotated[str, Form()] = "", reason: Annotated[str, Form()] = "",
                  note: Annotated[str, Form()] = "") -> Response:
    """扫错了: a wrong scan out of the open tube, with a reason (audited)."""
    actor, lang = page.actor, lang_of(request)
    with refusal(db) as refused:
        if not person_id.isdigit():
            raise InvalidInput("请选择要移除的人", "Choose whom to remove")
        view = service.remove_sample(db, actor, barcode=tube, person_id=int(person_id), reason=reason, note=note)
    if refused:
        return _sampler_response(request, db, actor, barcode=tube, message=refused.message(lang), error=True)
    message = t("testing.sample.removed", lang, barcode=view.barcode, n=view.members, size=view.pool_size)
    return _sampler_response(request, db, actor, barcode=view.barcode, message=message)


@router.post("/testing/sample/seal", response_class=HTMLResponse)
def sample_seal(request: Request, db: DbSession, page: PageUserChecked, tube: Annotated[str, Form()] = "") -> Response:
    actor, lang = page.actor, lang_of(request)
    with refusal(db) as refused:
        sealed = service.seal_tube(db, actor, tube)
    if refused:
        return _sampler_response(request, db, actor, barcode=tube, message=refused.message(lang), error=True)
    message = t("testing.sample.sealed", lang, barcode=sealed.barcode, n=sealed.members)
    return _sampler_response(request, db, actor, barcode=None, message=message)


# ---- transport (送): sealed tubes into boxes, boxes to a lab -----------------------------------

MAX_BOX = 1000  # tubes in one box; "all sealed tubes" packs the oldest this many
_BARCODES = re.compile(r"[\s,，;；]+")
_UNBOXABLE = {"unknown": "testing.send.why.unknown", "other_site": "testing.send.why.other_site",
              "open": "testing.send.why.open", "boxed": "testing.send.why.boxed", "sent": "testing.send.why.sent"}


def _send_response(request: Request, db: Session, actor: Actor, *, message: str = "", error: bool = False,
                   problems: list[tuple[str, str]] | None = None, scanned: str = "") -> Response:
    site = service.sampler_site(db, actor)
    labs = service.list_labs(db, actor)
    context = {"site": site, "transport": service.site_transport(db, actor, site.id) if site else None,
               "labs": labs, "lab_names": {lab.id: lab.name for lab in labs}, "message": message,
               "message_error": error, "problems": problems or [], "scanned": scanned}
    if _is_htmx(request):  # as on the sampling page: a refusal is a 200 panel for HTMX to swap
        return render(request, "testing/_transport.html", context)
    return render(request, "testing/send.html", context, status_code=422 if error else 200)


@router.get("/testing/send", response_class=HTMLResponse)
def send_page(request: Request, db: DbSession, actor: PageActor) -> Response:
    _require_any(actor, Permission.TESTING_SAMPLE)
    return _send_response(request, db, actor)


@router.post("/testing/send/box", response_class=HTMLResponse)
def send_pack_box(request: Request, db: DbSession, page: PageUserChecked, barcodes: Annotated[str, Form()] = "",
                  tube: Annotated[list[str] | None, Form()] = None, all_sealed: Annotated[str, Form()] = "",
                  box_code: Annotated[str, Form()] = "") -> Response:
    """装箱: the scanned barcodes, the ticked tubes, or all sealed tubes of the site into one box."""
    actor, lang = page.actor, lang_of(request)
    _require_any(actor, Permission.TESTING_SAMPLE)
    site = service.sampler_site(db, actor)
    scanned = [b for b in _BARCODES.split(barcodes) if b]
    wanted = list(dict.fromkeys([*scanned, *(tube or [])]))
    with refusal(db) as refused:
        if site is None:
            raise InvalidInput("您的账号没有采样点", "Your account has no sampling site")
        if all_sealed:
            wanted += [v.barcode for v in service.site_transport(db, actor, site.id, limit=MAX_BOX).sealed]
            wanted = list(dict.fromkeys(wanted))
        if len(wanted) > MAX_BOX:
            raise InvalidInput(f"一箱最多 {MAX_BOX} 管", f"A box holds at most {MAX_BOX} tubes")
        box = service.box_tubes(db, actor, site_id=site.id, barcodes=wanted, code=box_code.strip() or None)
    if refused:
        message, problems = refused.message(lang), []
        if site is not None and wanted and isinstance(refused.error, InvalidInput):
            try:
                problems = [(b, t(_UNBOXABLE[why], lang)) for b, why in service.unboxable(db, actor, site.id, wanted)]
            except FangkongError:
                problems = []  # a malformed barcode: the service's own message says which
        if problems:
            message = t("testing.send.refused", lang, n=len(problems))
            bad = {b for b, _why in problems}
            scanned = [b for b in scanned if service.normalize_barcode(b) not in bad]
        return _send_response(request, db, actor, message=message, error=True, problems=problems,
                              scanned="\n".join(scanned))
    return _send_response(request, db, actor, message=t("testing.send.boxed", lang, code=box.code, n=box.tubes))


@router.post("/testing/send/batch", response_class=HTMLResponse)
def send_boxes(request: Request, db: DbSession, page: PageUserChecked, lab_id: Annotated[str, Form()] = "",
                box: Annotated[list[int] | None, Form()] = None) -> Response:
    """送检: the ticked boxes to the chosen lab as one transport batch, sent now."""
    actor, lang = page.actor, lang_of(request)
    _require_any(actor, Permission.TESTING_SAMPLE)
    with refusal(db) as refused:
        if not box:
            raise InvalidInput("请勾选要送出的转运箱", "Tick the boxes to send")
        if not lab_id.isdigit():
            raise InvalidInput("请选择检测机构", "Choose a lab")
        batch = service.send_batch(db, actor, lab_id=int(lab_id), box_ids=box)
        lab = next((lab.name for lab in service.list_labs(db, actor) if lab.id == batch.lab_id), "")
    if refused:
        return _send_response(request, db, actor, message=refused.message(lang), error=True)
    message = t("testing.send.sent", lang, code=batch.code, at=f"{batch.sent_at:%H:%M}", lab=lab, n=batch.tubes)
    return _send_response(request, db, actor, message=message)


# ---- lab (检、报) ------------------------------------------------------------------------------

MAX_ERRORS_SHOWN = 500


def _lab_page(request: Request, db: Session, actor: Actor, status_code: int = 200, **extra: Any) -> Response:
    lab = service.lab_for_actor(db, actor) if actor.role == "lab" else None
    batches = service.batches(db, actor, state="sent") if lab else []
    context: dict[str, Any] = {
        "lab": lab, "loads": service.lab_load(db, actor), "batches": batches,
        "batch_sites": service.batch_sites(db, [b.id for b in batches]),
        "overdue": service.overdue_results(db, actor, limit=50) if lab else (0, []),
        "lab_recalls": finder.lab_recalls(db, actor) if lab else (0, []),
        "report": None, "errors": [], "error_total": 0, "error": "", "message": "",
    }
    context.update(extra)
    return render(request, "testing/lab.html", context, status_code=status_code)


@router.get("/testing/lab", response_class=HTMLResponse)
def lab_page(request: Request, db: DbSession, actor: PageActor) -> Response:
    _require_any(actor, Permission.TESTING_RESULTS, Permission.TESTING_READ)
    return _lab_page(request, db, actor)


@router.post("/testing/lab/upload", response_class=HTMLResponse)
def lab_upload(request: Request, db: DbSession, page: PageUserChecked,
               file: Annotated[UploadFile | None, File()] = None) -> Response:
    actor, lang = page.actor, lang_of(request)
    _require_any(actor, Permission.TESTING_RESULTS)
    data = file.file.read(service.MAX_RESULT_FILE_BYTES + 1) if file is not None else b""
    if file is None or not file.filename:
        return _lab_page(request, db, actor, 422, error=t("testing.lab.no_file", lang))
    if not data.strip():
        return _lab_page(request, db, actor, 422, error=t("testing.lab.empty_file", lang))
    if len(data) > service.MAX_RESULT_FILE_BYTES:
        return _lab_page(request, db, actor, 422, error=t("testing.lab.too_big", lang))
    with refusal(db) as refused:  # refused whole: the rollback makes sure nothing of it stays
        report = flows.import_result_file(db, actor, content=data, filename=file.filename)
    if isinstance(refused.error, service.ResultFileRefused):
        errors = refused.error.errors
        return _lab_page(request, db, actor, 422, error=refused.message(lang), errors=errors[:MAX_ERRORS_SHOWN],
                         error_total=len(errors))
    if refused:
        return _lab_page(request, db, actor, 422, error=refused.message(lang))
    return _lab_page(request, db, actor, report=report)


@router.post("/testing/lab/batches/{batch_id}/receive", response_class=HTMLResponse)
def lab_receive(request: Request, db: DbSession, page: PageUserChecked, batch_id: int) -> Response:
    lang = lang_of(request)
    with refusal(db) as refused:
        tubes = service.receive_batch(db, page.actor, batch_id)
    if refused:
        return _lab_page(request, db, page.actor, 422, error=refused.message(lang))
    return _lab_page(request, db, page.actor, message=t("testing.lab.received", lang, n=tubes))


# ---- recalls, turnaround ----------------------------------------------------------------------


def _recall_rows(db: Session, actor: Actor, *, grid_id: int | None = None, state: str | None = "open",
                 limit: int = 500) -> tuple[int, list[service.RecallView], dict[int, str]]:
    total, rows = service.recalls(db, actor, grid_id=grid_id, state=state, limit=limit)
    addresses = coverage.registry_household_labels(db, {r.household_id for r in rows if r.household_id},
                                                  with_area=coverage.wider_than_a_community(actor))
    return total, rows, addresses


@router.get("/testing/recalls", response_class=HTMLResponse)
def recalls_page(request: Request, db: DbSession, actor: PageActor, state: str = "open") -> Response:
    _require_any(actor, Permission.TESTING_READ, Permission.TESTING_SAMPLE, Permission.COVERAGE_WRITE)
    chosen = None if state == "all" else state
    total, rows, addresses = _recall_rows(db, actor, state=chosen)
    return render(request, "testing/recalls.html", {"total": total, "recalls": rows, "addresses": addresses,
                                                    "state": state, "states": ("open", "sampled", "closed", "all")})


@router.get("/testing/turnaround", response_class=HTMLResponse)
def turnaround_page(request: Request, db: DbSession, actor: PageActor, round: str = "", group: str = "") -> Response:
    _require_any(actor, Permission.TESTING_READ, Permission.TESTING_MANAGE)
    round_id = int(round) if round.isdigit() else None
    group_key = group if group in ("key", "other") else None
    now = clock.now()
    figures = service.turnaround(db, actor, round_id, group_key, since=None if round_id else now - timedelta(days=7))
    overdue_total, overdue = service.overdue_results(db, actor, now, round_id=round_id, group=group_key, limit=100)
    return render(request, "testing/turnaround.html", {
        "figures": figures, "overdue": overdue, "overdue_total": overdue_total,
        "rounds": service.list_rounds(db, actor, limit=30), "round_id": round_id, "group": group_key or "",
        "loads": service.lab_load(db, actor), "targets": service.testing_policy(now)})


# ---- rounds and coverage -------------------------------------------------------------------


@router.get("/testing/rounds", response_class=HTMLResponse)
def rounds_page(request: Request, db: DbSession, actor: PageActor) -> Response:
    _require_any(actor, Permission.TESTING_READ)
    return render(request, "testing/rounds.html", {"rounds": service.list_rounds(db, actor), "now": clock.now(),
                                                   "loads": service.lab_load(db, actor)})


def _crumbs(db: Session, actor: Actor, place_id: int | None) -> list[tuple[int, str, bool]]:
    if place_id is None:
        return []
    place = registry.get_place(db, actor, place_id)
    return [(p.id, p.name, actor.covers(p) and p.id != place.id) for p in registry.ancestors(db, place)
            if p.level != "compound"]


@router.get("/testing/rounds/{round_id}", response_class=HTMLResponse)
def round_page(request: Request, db: DbSession, actor: PageActor, round_id: int, place: str = "") -> Response:
    place_id = int(place) if place.isdigit() else None
    total, rows = coverage.coverage(db, actor, round_id, place_id)
    rnd = service.get_round(db, actor, round_id)
    level = rows[0].level if rows else coverage.child_level(total.level)
    households = None
    if total.level in ("grid", "building", "unit") and total.id is not None:
        households = coverage.households_status(db, actor, round_id, total.id)
    return render(request, "testing/round.html", {
        "round": rnd, "total": total, "rows": rows, "crumbs": _crumbs(db, actor, total.id),
        "level_name": _level_name(request, level), "missing_households": households,
        "back": f"/testing/rounds/{round_id}?place={total.id}", **_reasons()})


def _level_name(request: Request, level: str) -> str:
    lang = lang_of(request)
    return t("testing.level.household", lang) if level == "household" else level_label(level, lang)


def _reasons() -> dict[str, Any]:
    return {"home_reasons": coverage.HOME_SAMPLING_REASONS, "exemption_reasons": coverage.EXEMPTION_REASONS}


def _current_round(rounds: list[TestRound], wanted: str) -> TestRound | None:
    if wanted.isdigit():
        return next((r for r in rounds if r.id == int(wanted)), None)
    return rounds[0] if rounds else None


GRID_PAGE_HOUSEHOLDS = 40  # more than this under a place: the page lists its compounds or buildings first


@router.get("/testing/grid", response_class=HTMLResponse)
def grid_page(request: Request, db: DbSession, actor: PageActor, round: str = "", saved: str = "",
              error: str = "", place: str = "") -> Response:
    """The grid worker's phone page: missing households of the grid in the current round, with the
    door-note, home-sampling and exemption buttons; recalls in the grid. A grid of hundreds of
    households is walked compound by compound and building by building (`place`), so the phone
    loads one staircase at a time, not the whole grid."""
    _require_any(actor, Permission.COVERAGE_WRITE)
    if actor.jurisdiction_id is None or actor.jurisdiction_level != "grid":
        raise PermissionDenied("此页面供网格员使用", "This page is for grid workers")
    grid = registry.get_place(db, actor, actor.jurisdiction_id)
    current = registry.get_place(db, actor, int(place)) if place.isdigit() else grid  # scope-checked
    now = clock.now()
    rounds = service.list_rounds(db, actor, active_at=now) or service.list_rounds(db, actor, limit=5)
    rnd = _current_round(rounds, round)
    total = households = None
    children: list[coverage.CoverageRow] = []
    trail: list[Any] = []
    if rnd is not None:
        total, _rows = coverage.coverage(db, actor, rnd.id, grid.id)
        here, rows = coverage.coverage(db, actor, rnd.id, current.id) if current.id != grid.id else (total, _rows)
        if current.level in ("building", "unit") or here.households <= GRID_PAGE_HOUSEHOLDS:
            households = coverage.households_status(db, actor, rnd.id, current.id)
        else:
            children = [row for row in rows if row.id is not None and row.missing]
        if current.id != grid.id:
            trail = [p for p in registry.ancestors(db, current) if p.level in ("compound", "building", "unit")]
    _count, recalls, addresses = _recall_rows(db, actor, grid_id=grid.id, state="open")
    # The phones of the missing, in full: the grid assignment is the reason (one audited read for the list).
    phones = registry.grid_phones(db, actor, [m.person_id for h in households or [] for m in h.members
                                              if m.status in ("missing", "home_requested")],
                                  purpose="missing households of a round")
    lang = lang_of(request)
    message = error or (t(f"testing.grid.saved.{saved}", lang) if saved in coverage.COVERAGE_KINDS else "")
    return render(request, "testing/grid.html", {
        "grid": grid, "round": rnd, "rounds": rounds, "total": total, "households": households or [],
        "children": children, "current": current, "trail": trail,
        "recalls": recalls, "addresses": addresses, "message": message, "message_error": bool(error),
        "phones": phones,
        "back": (f"/testing/grid?round={rnd.id}" + (f"&place={current.id}" if current.id != grid.id else ""))
        if rnd else "/testing/grid", **_reasons()})


def _after_note(next_url: str, household_id: int, *, saved: str = "", error: str = "") -> RedirectResponse:
    target = safe_next(next_url, "/testing/grid")
    path, _sep, query = target.partition("?")
    params = dict(p.split("=", 1) for p in query.split("&") if "=" in p)
    params.pop("saved", None)
    params.pop("error", None)
    params.update({"saved": saved} if saved else {"error": error})
    return RedirectResponse(f"{path}?{urlencode(params)}#h{household_id}", status_code=303)


@router.post("/testing/rounds/{round_id}/households/{household_id}/{kind}")
def record_note(request: Request, db: DbSession, page: PageUserChecked, round_id: int, household_id: int,
                kind: str, next: Annotated[str, Form()] = "/testing/grid", note: Annotated[str, Form()] = "",
                reason: Annotated[str, Form()] = "", persons_on_note: Annotated[str, Form()] = "",
                person: Annotated[list[int] | None, Form()] = None) -> Response:
    """Door note, home-sampling request or exemption from the grid page; back to it (post/redirect/get)."""
    actor, lang = page.actor, lang_of(request)
    with refusal(db, InvalidInput, PermissionDenied) as refused:
        if kind == "door-note":
            count = int(persons_on_note) if persons_on_note.strip().isdigit() else 0
            coverage.record_door_note(db, actor, round_id, household_id, persons_on_note=count, note=note)
        elif kind == "home-sampling":
            coverage.request_home_sampling(db, actor, round_id, household_id, reason=reason, person_ids=person,
                                           note=note)
        elif kind == "exemption":
            coverage.record_exemption(db, actor, round_id, household_id, reason=reason, person_ids=person, note=note)
        else:
            raise InvalidInput("未知的登记类型", "Unknown kind of record")
    if refused:
        return _after_note(next, household_id, error=refused.message(lang))
    return _after_note(next, household_id, saved=kind.replace("-", "_"))


# ---- exports (.xlsx, issue 17): masked by GET, full by POST with a reason ---------------------------


def _recall_state(state: str) -> str | None:
    return None if state == "all" else state


@router.get("/testing/recalls/export.xlsx")
def recalls_export(request: Request, db: DbSession, actor: PageActor, state: str = "open") -> Response:
    return xlsx_answer(list_exports.recalls_table(db, actor, state=_recall_state(state), lang=lang_of(request)))


@router.post("/testing/recalls/export.xlsx")
def recalls_export_full(request: Request, db: DbSession, page: PageUserChecked, state: str = "open",
                        full: Annotated[str, Form()] = "", reason: Annotated[str, Form()] = "") -> Response:
    return xlsx_answer(list_exports.recalls_table(db, page.actor, state=_recall_state(state), full=full == "1",
                                                  reason=reason, lang=lang_of(request)))


@router.get("/testing/rounds/{round_id}/missing.xlsx")
def missing_export(request: Request, db: DbSession, actor: PageActor, round_id: int, place: str = "") -> Response:
    place_id = int(place) if place.isdigit() else None
    return xlsx_answer(list_exports.missing_households_table(db, actor, round_id, place_id, lang=lang_of(request)))


@router.post("/testing/rounds/{round_id}/missing.xlsx")
def missing_export_full(request: Request, db: DbSession, page: PageUserChecked, round_id: int, place: str = "",
                        full: Annotated[str, Form()] = "", reason: Annotated[str, Form()] = "") -> Response:
    place_id = int(place) if place.isdigit() else None
    return xlsx_answer(list_exports.missing_households_table(db, page.actor, round_id, place_id, full=full == "1",
                                                             reason=reason, lang=lang_of(request)))


@router.get("/testing/turnaround/overdue.xlsx")
def overdue_export(request: Request, db: DbSession, actor: PageActor, round: str = "", group: str = "") -> Response:
    return xlsx_answer(list_exports.overdue_tubes_table(
        db, actor, round_id=int(round) if round.isdigit() else None,
        group=group if group in ("key", "other") else None, lang=lang_of(request)))

