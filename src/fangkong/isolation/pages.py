"""Isolation pages: quarantine staff's site page (rooms by floor, today's tests, checks, releases,
arrivals), transfer batches with allocation, the commander's capacity board and forecast, a person's
stay, the grid worker's homes in quarantine, a resident's own stay with the daily check on the phone.

Handlers parse and render; the isolation service and flows check role and jurisdiction and audit.
A POST answers with a redirect to the page it came from, with a message (`ok` / `err`)."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from fangkong.core import clock
from fangkong.core.errors import FangkongError, InvalidInput, PermissionDenied, message_of
from fangkong.core.roles import Permission, has_permission
from fangkong.core.scope import Actor
from fangkong.isolation import flows, rules, service
from fangkong.isolation.allocation import REASONS
from fangkong.isolation.models import StayTest
from fangkong.isolation.notice import NoticeData, release_notice_pdf
from fangkong.registry import service as registry
from fangkong.web.deps import DbSession, PageActor, PageUserChecked
from fangkong.web.i18n import lang_of
from fangkong.web.templating import render

router = APIRouter(include_in_schema=False)


def _back(url: str, **message: str) -> RedirectResponse:
    return RedirectResponse(f"{url}?{urlencode(message)}" if message else url, status_code=303)


def _flash(request: Request) -> dict[str, str]:
    return {"ok": request.query_params.get("ok", ""), "err": request.query_params.get("err", "")}


@router.get("/isolation", response_class=HTMLResponse)
def isolation_home(actor: PageActor) -> Response:
    if actor.role == "resident":
        return RedirectResponse("/isolation/me", status_code=303)
    if actor.role == "grid_worker":
        return RedirectResponse("/isolation/home", status_code=303)
    if has_permission(actor.role, Permission.ISOLATION_MANAGE):
        return RedirectResponse("/isolation/capacity", status_code=303)
    return RedirectResponse("/isolation/sites", status_code=303)


# ---- sites ------------------------------------------------------------------------------------------


@router.get("/isolation/sites", response_class=HTMLResponse)
def sites_page(request: Request, db: DbSession, actor: PageActor) -> Response:
    sites = service.list_sites(db, actor)
    return render(request, "isolation/sites.html", {"sites": sites, **_flash(request)})


@router.post("/isolation/sites")
def create_site(request: Request, db: DbSession, page: PageUserChecked, name: Annotated[str, Form()] = "",
                kind: Annotated[str, Form()] = "hotel", address: Annotated[str, Form()] = "",
                operator: Annotated[str, Form()] = "", staff_team: Annotated[str, Form()] = "") -> Response:
    try:
        site = service.create_site(db, page.actor, name=name, kind=kind, address=address, operator=operator,
                                   staff_team=staff_team)
    except FangkongError as exc:
        db.rollback()
        return _back("/isolation/sites", err=exc.message(lang_of(request)))
    return _back(f"/isolation/sites/{site.id}")


def _floors(rooms: list, occupants: dict[int, list]) -> list[tuple[int, list]]:
    floors: dict[int, list] = {}
    for room in rooms:
        floors.setdefault(room.floor, []).append((room, occupants.get(room.id, [])))
    return sorted(floors.items(), reverse=True)


@router.get("/isolation/sites/{site_id}", response_class=HTMLResponse)
def site_page(request: Request, site_id: int, db: DbSession, actor: PageActor) -> Response:
    site = service.get_site(db, actor, site_id)
    rooms = service.rooms_of(db, actor, site_id)
    infos = service.site_stays(db, actor, site_id)
    names = registry.masked_names(db, actor, {i.stay.person_id for i in infos}, purpose="site page")
    occupants: dict[int, list] = {}
    for info in infos:
        if info.stay.room_id:
            occupants.setdefault(info.stay.room_id, []).append(info)
    counts: dict[str, int] = {}
    for room in rooms:
        counts[room.state] = counts.get(room.state, 0) + 1
    now = clock.now()
    ready = service.readiness(site, now)
    batches = [b for b in service.list_batches(db, actor, site_id=site_id) if b.state != "arrived"]
    return render(request, "isolation/site.html", {
        "site": site, "floors": _floors(rooms, occupants), "infos": infos, "names": names, "counts": counts,
        "ready": ready, "events": service.site_events(db, actor, site_id), "next_states":
        service.NEXT_STATES.get(site.state, ()), "tasks": service.open_tasks(db, actor, site_id=site_id),
        "batches": batches, "can_manage": has_permission(actor.role, Permission.ISOLATION_MANAGE),
        "readiness_hours": rules.isolation_policy(site.requisitioned_at or now).fangcang_ready_hours,
        "report": None, **_flash(request)})


@router.post("/isolation/sites/{site_id}/move")
def move_site(request: Request, site_id: int, db: DbSession, page: PageUserChecked,
              to_state: Annotated[str, Form()] = "", note: Annotated[str, Form()] = "") -> Response:
    try:
        service.move_site(db, page.actor, site_id, to_state=to_state, note=note)
    except FangkongError as exc:
        db.rollback()
        return _back(f"/isolation/sites/{site_id}", err=exc.message(lang_of(request)))
    return _back(f"/isolation/sites/{site_id}")


@router.post("/isolation/sites/{site_id}/ready")
def mark_ready(request: Request, site_id: int, db: DbSession, page: PageUserChecked,
               item: Annotated[str, Form()] = "", done: Annotated[str, Form()] = "1") -> Response:
    try:
        service.mark_ready(db, page.actor, site_id, item=item, done=done == "1")
    except FangkongError as exc:
        db.rollback()
        return _back(f"/isolation/sites/{site_id}", err=exc.message(lang_of(request)))
    return _back(f"/isolation/sites/{site_id}")


@router.post("/isolation/sites/{site_id}/rooms", response_class=HTMLResponse)
async def import_rooms(request: Request, site_id: int, db: DbSession, page: PageUserChecked,
                       file: Annotated[UploadFile, File()]) -> Response:
    lang = lang_of(request)
    content = await file.read()
    if not content.strip():
        raise InvalidInput("文件是空的", "The file is empty")
    report = service.import_rooms(db, page.actor, site_id, content=content, filename=file.filename or "")
    if report.errors:
        db.rollback()
        from fangkong.core.i18n import t

        lines = "; ".join(f"{row}:{column} {value} {zh if lang == 'zh' else en}"
                          for row, column, value, zh, en in report.errors[:20])
        return _back(f"/isolation/sites/{site_id}",
                     err=t("isolation.site.import_refused", lang, n=len(report.errors)) + " — " + lines)
    from fangkong.core.i18n import t

    return _back(f"/isolation/sites/{site_id}", ok=t("isolation.site.imported", lang, n=report.created))


@router.post("/isolation/rooms/{room_id}/state")
def room_state(request: Request, room_id: int, db: DbSession, page: PageUserChecked,
               state: Annotated[str, Form()] = "free", site_id: Annotated[int, Form()] = 0) -> Response:
    try:
        service.set_room_state(db, page.actor, room_id, state=state)
    except FangkongError as exc:
        db.rollback()
        return _back(f"/isolation/sites/{site_id}", err=exc.message(lang_of(request)))
    return _back(f"/isolation/sites/{site_id}")


# ---- stays ------------------------------------------------------------------------------------------


def _stay_back(request: Request, stay_site: int | None, stay_id: int) -> str:
    target = request.query_params.get("back") or ""
    if target == "site" and stay_site:
        return f"/isolation/sites/{stay_site}"
    return f"/isolation/stays/{stay_id}"


@router.get("/isolation/stays/{stay_id}", response_class=HTMLResponse)
def stay_page(request: Request, stay_id: int, db: DbSession, actor: PageActor) -> Response:
    info = service.stay_info(db, actor, stay_id)
    person = registry.get_person(db, actor, info.stay.person_id, site_scope=service.site_guests(db, actor))
    history = service.stays_of_person(db, actor, info.stay.person_id)
    return render(request, "isolation/stay.html", {
        "info": info, "person": person, "history": history, "checks": service.checks_of(db, actor, stay_id),
        "questions": rules.MOOD_QUESTIONS, "answers": rules.MOOD_ANSWERS, **_flash(request)})


@router.post("/isolation/stays/{stay_id}/test")
def record_test(request: Request, stay_id: int, db: DbSession, page: PageUserChecked,
                result: Annotated[str, Form()] = "") -> Response:
    lang = lang_of(request)
    from fangkong.core.i18n import t

    try:
        stay = service.stay_row(db, page.actor, stay_id)
        flows.record_test(db, page.actor, stay_id, result=result)
    except FangkongError as exc:
        db.rollback()
        return _back(f"/isolation/stays/{stay_id}", err=exc.message(lang))
    key = "isolation.stay.case" if result == "positive" else "isolation.stay.test_recorded"
    return _back(_stay_back(request, stay.site_id, stay_id), ok=t(key, lang))


def _check_arguments(temperature: str, symptoms: str, mood: list[str]) -> dict:
    answers = [int(a) for a in mood if a.strip().isdigit()]
    if mood and any(a.strip() for a in mood) and len(answers) != len(rules.MOOD_QUESTIONS):
        raise InvalidInput("心理自评需回答全部4题", "The mood check needs all 4 answers")
    return {"temperature": rules.parse_temperature(temperature), "symptoms": symptoms,
            "mood_answers": answers or None}


@router.post("/isolation/stays/{stay_id}/check")
def record_check(request: Request, stay_id: int, db: DbSession, page: PageUserChecked,
                 temperature: Annotated[str, Form()] = "", symptoms: Annotated[str, Form()] = "",
                 mood: Annotated[list[str] | None, Form()] = None) -> Response:
    lang = lang_of(request)
    from fangkong.core.i18n import t

    target = "/isolation/me" if page.actor.role == "resident" else f"/isolation/stays/{stay_id}"
    try:
        check = service.record_check(db, page.actor, stay_id, **_check_arguments(temperature, symptoms, mood or []))
    except FangkongError as exc:
        db.rollback()
        return _back(target, err=exc.message(lang))
    message = t("isolation.check.saved", lang)
    if check.escalated:
        what = "、".join(t(f"isolation.task.kind.{k}", lang) for k in check.escalated.split(","))
        message += " · " + t("isolation.check.escalated", lang, what=what)
    return _back(target, ok=message)


@router.post("/isolation/stays/{stay_id}/release")
def release(request: Request, stay_id: int, db: DbSession, page: PageUserChecked) -> Response:
    lang = lang_of(request)
    from fangkong.core.i18n import t

    try:
        stay, successor = flows.release(db, page.actor, stay_id)
    except FangkongError as exc:
        db.rollback()
        return _back(f"/isolation/stays/{stay_id}", err=exc.message(lang))
    message = t("isolation.stay.released", lang)
    if successor is not None:
        message += " · " + t("isolation.stay.handed_over", lang, kind=t(f"isolation.stay.kind.{successor.kind}", lang),
                             days=successor.planned_days)
    return _back(f"/isolation/stays/{stay.id}", ok=message)


@router.get("/isolation/stays/{stay_id}/notice.pdf")
def release_notice(stay_id: int, db: DbSession, actor: PageActor) -> Response:
    info = service.stay_info(db, actor, stay_id)
    stay = info.stay
    if stay.state not in ("released", "handed_over") or stay.end_at is None:
        raise InvalidInput("隔离尚未解除", "The stay has not been released")
    person = registry.get_person(db, actor, stay.person_id, full=actor.role != "resident",
                                 reason="解除隔离告知书 release notice", site_scope=service.site_guests(db, actor))
    successor = None
    if stay.state == "handed_over":
        successor = next((s.stay for s in service.stays_of_person(db, actor, stay.person_id)
                          if s.stay.previous_stay_id == stay.id), None)
    kinds = {"centralised": "集中隔离", "home_quarantine": "居家隔离", "home_monitoring": "居家健康监测",
             "treatment": "救治"}
    from fangkong import policies

    data = NoticeData(
        number=f"JC{stay.end_at:%Y%m%d}-{stay.id:06d}", name=person.name, id_number=person.id_number, sex=person.sex,
        age=person.age, phone=person.phone, kind_zh=kinds.get(stay.kind, stay.kind), site=stay.site,
        room=f"{info.room_number} 房间" if info.room_number else "", start_at=stay.start_at, end_at=stay.end_at,
        days=stay.planned_days,
        tests=[(day, _test_date(db, stay.id, day), {"negative": "阴性", "positive": "阳性"}[result])
               for day, result in sorted(info.results.items())],
        next_zh=f"{kinds[successor.kind]} {successor.planned_days} 天" if successor else "",
        released_by=stay.released_by or "", policy_zh=policies.get(stay.policy_key).name_zh if stay.policy_key else "")
    return Response(release_notice_pdf(data), media_type="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="release-{stay.id}.pdf"'})


def _test_date(db: Session, stay_id: int, day: int) -> str:
    from sqlalchemy import select

    sampled = db.scalar(select(StayTest.sampled_at).where(StayTest.stay_id == stay_id, StayTest.day == day))
    return f"{sampled:%Y-%m-%d %H:%M}" if sampled else ""


@router.get("/isolation/persons/{person_id}/stays", response_class=HTMLResponse)
def person_stays(request: Request, person_id: int, db: DbSession, actor: PageActor) -> Response:
    """The stays of a person with their day counter: a fragment the registry's person page loads. Opened
    directly (not by HTMX) it comes in the frame, with a way back (issue 17, item 8)."""
    history = service.stays_of_person(db, actor, person_id)
    if request.headers.get("hx-request") != "true":
        browses = has_permission(actor.role, Permission.REGISTRY_READ)
        back = f"/registry/persons/{person_id}" if browses else "/isolation"
        return render(request, "isolation/person_stays.html", {"history": history, "back": back})
    return render(request, "isolation/_person_stays.html", {"history": history})


# ---- the resident's own stay ---------------------------------------------------------------------


@router.get("/isolation/me", response_class=HTMLResponse)
def my_stay(request: Request, db: DbSession, actor: PageActor) -> Response:
    if actor.person_id is None:
        raise PermissionDenied("此账号没有关联居民", "This account is not a resident's")
    history = service.stays_of_person(db, actor, actor.person_id)
    current = next((info for info in history if info.stay.state == "active"), None)
    return render(request, "isolation/me.html", {
        "current": current, "history": history, "ask_mood": request.query_params.get("mood") == "1",
        "questions": rules.MOOD_QUESTIONS, "answers": rules.MOOD_ANSWERS,
        **_flash(request)})


# ---- the grid worker's homes and tasks ---------------------------------------------------------


@router.get("/isolation/home", response_class=HTMLResponse)
def homes_page(request: Request, db: DbSession, actor: PageActor) -> Response:
    infos = service.home_stays(db, actor)
    tasks = service.open_tasks(db, actor)
    names = registry.masked_names(db, actor, {i.stay.person_id for i in infos} | {t.person_id for t in tasks},
                                  purpose="home quarantine list")
    return render(request, "isolation/home.html", {"infos": infos, "tasks": tasks, "names": names,
                                                   **_flash(request)})


@router.post("/isolation/tasks/{task_id}/handle")
def handle_task(request: Request, task_id: int, db: DbSession, page: PageUserChecked,
                note: Annotated[str, Form()] = "", back: Annotated[str, Form()] = "/isolation/home") -> Response:
    target = back if back.startswith("/isolation/") else "/isolation/home"
    try:
        service.handle_task(db, page.actor, task_id, note=note)
    except FangkongError as exc:
        db.rollback()
        return _back(target, err=exc.message(lang_of(request)))
    return _back(target)


# ---- transfers, arrivals, allocation ---------------------------------------------------------------


@router.get("/isolation/transfers", response_class=HTMLResponse)
def transfers_page(request: Request, db: DbSession, actor: PageActor) -> Response:
    batches = service.list_batches(db, actor)
    open_sites = [s for s in service.list_sites(db, actor) if s.state in ("requisitioned", "in_use")]
    transfer_requests = service.transfer_requests(db, actor)
    quarantine_requests = service.quarantine_requests(db, actor)
    names = registry.masked_names(db, actor, {r.person_id for r in transfer_requests}
                                  | {r.person_id for r in quarantine_requests}, purpose="transfer requests")
    from fangkong import policies

    return render(request, "isolation/transfers.html", {
        "batches": batches, "counts": service.member_counts(db, [b.id for b in batches]),
        "sites": {s.id: s for s in service.list_sites(db, actor)}, "open_sites": open_sites,
        "transfer_requests": transfer_requests, "quarantine_requests": quarantine_requests, "names": names,
        "arrivals": service.recent_arrivals(db, actor, limit=20),
        "levels": policies.in_force(clock.now()).levels, **_flash(request)})


def _ids_from_numbers(db: Session, actor: Actor, text: str, site_id: int | None = None) -> list[int]:
    ids = []
    # Quarantine staff (site-bound) look persons up only for a batch bound for their own site.
    vouch = service.batch_vouch(db, actor, site_id or 0)
    for line in text.replace(",", "\n").replace("，", "\n").splitlines():
        if line.strip():
            ids.append(registry.find_person_by_id_number(db, actor, line.strip(), reason="transfer batch",
                                                         site_scope=vouch).id)
    return ids


@router.post("/isolation/transfers")
def create_batch(request: Request, db: DbSession, page: PageUserChecked, site_id: Annotated[int, Form()] = 0,
                 origin_kind: Annotated[str, Form()] = "home", origin_text: Annotated[str, Form()] = "",
                 persons: Annotated[str, Form()] = "", vehicle: Annotated[str, Form()] = "",
                 driver: Annotated[str, Form()] = "", escort: Annotated[str, Form()] = "",
                 transfer_request: Annotated[list[int] | None, Form()] = None,
                 quarantine_request: Annotated[list[int] | None, Form()] = None) -> Response:
    try:
        batch = service.create_batch(db, page.actor, site_id=site_id, origin_kind=origin_kind,
                                     origin_text=origin_text,
                                     person_ids=_ids_from_numbers(db, page.actor, persons, site_id),
                                     transfer_request_ids=transfer_request, quarantine_request_ids=quarantine_request,
                                     vehicle=vehicle, driver=driver, escort=escort)
    except (FangkongError, ValueError) as exc:
        db.rollback()
        message = message_of(exc, lang_of(request))
        return _back("/isolation/transfers", err=message)
    return _back(f"/isolation/transfers/{batch.id}")


@router.post("/isolation/requests/{request_id}/home")
def place_request_at_home(request: Request, request_id: int, db: DbSession, page: PageUserChecked,
                          door_sensor: Annotated[str, Form()] = "") -> Response:
    """A waiting request whose group begins at home (a secondary contact, a medium-risk arrival) is placed
    without a transfer; a centralised group is refused here (it needs a batch to a site)."""
    lang = lang_of(request)
    from fangkong.core.i18n import t

    try:
        stay = flows.place_request(db, page.actor, request_id, door_sensor=door_sensor.strip() or None)
    except FangkongError as exc:
        db.rollback()
        return _back("/isolation/transfers", err=exc.message(lang))
    return _back("/isolation/transfers", ok=t("isolation.request.placed_home", lang,
                                              kind=t(f"isolation.stay.kind.{stay.kind}", lang)))


@router.post("/isolation/arrivals")
def register_arrival(request: Request, db: DbSession, page: PageUserChecked, id_number: Annotated[str, Form()] = "",
                     checkpoint: Annotated[str, Form()] = "", origin_text: Annotated[str, Form()] = "",
                     origin_level: Annotated[str, Form()] = "") -> Response:
    lang = lang_of(request)
    from fangkong.core.i18n import t

    try:
        person = _ids_from_numbers(db, page.actor, id_number)
        if len(person) != 1:
            raise InvalidInput("请填写一个身份证号", "Give one identity number")
        arrival = flows.register_arrival(db, page.actor, person_id=person[0], checkpoint=checkpoint,
                                         origin_text=origin_text, origin_level=origin_level)
    except (FangkongError, ValueError) as exc:
        db.rollback()
        return _back("/isolation/transfers", err=message_of(exc, lang))
    return _back("/isolation/transfers", ok=t(f"isolation.arrivals.follow_up.{arrival.follow_up}", lang))


@router.get("/isolation/transfers/{batch_id}", response_class=HTMLResponse)
def batch_page(request: Request, batch_id: int, db: DbSession, actor: PageActor) -> Response:
    batch = service.get_batch(db, actor, batch_id)
    members = service.members_of(db, actor, batch_id)
    names = registry.masked_names(db, actor, {m.person_id for m in members}, purpose="transfer batch")
    proposal = None
    waiting = [m.person_id for m in members if m.stay_id is None]
    needs = {int(v) for v in request.query_params.getlist("accessible") if v.isdigit()}
    if batch.state == "arrived" and waiting:
        proposal = service.propose_rooms(db, actor, person_ids=waiting, needs_accessible=needs,
                                         cases={m.person_id for m in members if m.group == "case"},
                                         site_ids=[batch.site_id])
    site = service.get_site(db, actor, batch.site_id)
    free_rooms = [r for r in service.rooms_of(db, actor, batch.site_id) if r.state == "free"]
    return render(request, "isolation/batch.html", {
        "batch": batch, "members": members, "names": names, "proposal": proposal, "site": site,
        "free_rooms": free_rooms, "needs": needs, "reasons": REASONS, "steps": service.STEPS,
        **_flash(request)})


@router.post("/isolation/transfers/{batch_id}/advance")
def advance_batch(request: Request, batch_id: int, db: DbSession, page: PageUserChecked,
                  step: Annotated[str, Form()] = "", at_site_id: Annotated[int | None, Form()] = None) -> Response:
    try:
        service.advance_batch(db, page.actor, batch_id, step=step, at_site_id=at_site_id)
    except FangkongError as exc:
        db.rollback()
        return _back(f"/isolation/transfers/{batch_id}", err=exc.message(lang_of(request)))
    return _back(f"/isolation/transfers/{batch_id}")


@router.post("/isolation/transfers/{batch_id}/cancel")
def cancel_batch(request: Request, batch_id: int, db: DbSession, page: PageUserChecked,
                 reason: Annotated[str, Form()] = "") -> Response:
    try:
        service.cancel_batch(db, page.actor, batch_id, reason=reason)
    except FangkongError as exc:
        db.rollback()
        return _back(f"/isolation/transfers/{batch_id}", err=exc.message(lang_of(request)))
    from fangkong.core.i18n import t

    return _back(f"/isolation/transfers/{batch_id}", ok=t("isolation.batch.cancelled", lang_of(request)))


@router.post("/isolation/transfers/{batch_id}/allocate")
async def allocate(request: Request, batch_id: int, db: DbSession, page: PageUserChecked) -> Response:
    lang = lang_of(request)
    from fangkong.core.i18n import t

    form = await request.form()
    assignments = {int(key.removeprefix("room_")): int(str(value)) for key, value in form.multi_items()
                   if key.startswith("room_") and str(value).isdigit()}
    mood = {int(str(v)) for v in form.getlist("mood") if str(v).isdigit()}
    try:
        placed = flows.confirm_allocation(db, page.actor, batch_id=batch_id, assignments=assignments,
                                          mood_check=mood)
    except FangkongError as exc:
        db.rollback()
        return _back(f"/isolation/transfers/{batch_id}", err=exc.message(lang))
    return _back(f"/isolation/transfers/{batch_id}", ok=t("isolation.batch.placed", lang, n=len(placed)))


# ---- capacity and forecast -------------------------------------------------------------------------


@router.get("/isolation/capacity", response_class=HTMLResponse)
def capacity_page(request: Request, db: DbSession, actor: PageActor) -> Response:
    now = clock.now()
    board = service.board(db, actor, now=now)
    forecast = service.forecast(db, actor, now=now)
    return render(request, "isolation/capacity.html", {"board": board, "forecast": forecast, "now": now,
                                                       **_flash(request)})

