"""Support pages, phone first: the resident (ask, status with a live timer, confirm), the grid worker
(vulnerable list, daily checks, requests, ask on someone's behalf), the property company or volunteers
(tasks, group orders, gate rota, access plan), the 12345 hotline (find the caller, file), and the
commander's and district's overview (open and overdue by district, emergencies live, compounds without
an access plan). Handlers parse and render; the support service and flows check role, scope and audit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
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
from fangkong.support import flows, service
from fangkong.support.models import CATEGORIES, CHECK_OUTCOMES, KINDS
from fangkong.web.deps import DbSession, PageActor, PageUserChecked
from fangkong.web.i18n import lang_of
from fangkong.web.refusal import refusal
from fangkong.web.templating import render

router = APIRouter(include_in_schema=False)


def _back(path: str, key: str, **params: Any) -> RedirectResponse:
    """After a POST: back to the page with a message (a key of MESSAGES, never free text)."""
    query = urlencode({"msg": key, **params})
    return RedirectResponse(f"{path}{'&' if '?' in path else '?'}{query}", status_code=303)


def _flash(request: Request) -> str:
    key = request.query_params.get("msg", "")
    if not key.startswith("support."):
        return ""
    params = {k: v for k, v in request.query_params.items() if k in ("id", "n", "number")}
    return t(key, lang_of(request), **params)


def _context(request: Request, **values: Any) -> dict[str, Any]:
    now = clock.now()
    return {"now": now, "now_iso": now.isoformat(), "message": _flash(request), "error": "", "kinds": KINDS,
            "categories": CATEGORIES, "outcomes": CHECK_OUTCOMES, **values}


def _attempt(request: Request, db: Session, work: Callable[[], Response], page: Callable[[str], Response]) -> Response:
    """Do a POST's work; on a refusal (rolled back) show the page again with the reason (422)."""
    response: Response | None = None
    with refusal(db) as refused:
        response = work()
    if refused or response is None:
        response = page(refused.message(lang_of(request)))
        response.status_code = 422
    return response


@router.get("/support", response_class=HTMLResponse)
def support_home(actor: PageActor) -> Response:
    """Each role lands on its own support page."""
    if actor.role == "resident":
        return RedirectResponse("/support/me", status_code=303)
    if actor.role == "hotline_operator":
        return RedirectResponse("/support/hotline", status_code=303)
    if has_permission(actor.role, Permission.SUPPORT_FULFIL):
        return RedirectResponse("/support/tasks", status_code=303)
    if actor.role == "grid_worker":
        return RedirectResponse("/support/grid", status_code=303)
    require_any(actor, Permission.SUPPORT_MANAGE)
    return RedirectResponse("/support/overview", status_code=303)


# ---- resident -------------------------------------------------------------------------------------


def _me_page(request: Request, db: Session, actor: Actor, error: str = "") -> Response:
    if actor.role != "resident":
        raise PermissionDenied("此页面供居民本人使用", "This page is for residents")
    rows = service.my_requests(db, actor)
    orders = service.orders_for(db, actor)
    return render(request, "support/me.html", _context(request, rows=rows, orders=orders, error=error))


@router.get("/support/me", response_class=HTMLResponse)
def me(request: Request, db: DbSession, actor: PageActor) -> Response:
    return _me_page(request, db, actor)


@router.post("/support/me/request", response_class=HTMLResponse)
def me_request(request: Request, db: DbSession, page: PageUserChecked, kind: Annotated[str, Form()] = "",
               text: Annotated[str, Form()] = "") -> Response:
    actor = page.actor

    def work() -> Response:
        filed = flows.file_request(db, actor, person_id=actor.person_id or 0, kind=kind, text=text)
        key = "support.me.emergency_filed" if kind == "medical_emergency" else "support.me.filed"
        return _back("/support/me", key, id=filed.id)

    return _attempt(request, db, work, lambda error: _me_page(request, db, actor, error))


@router.post("/support/requests/{request_id}/confirm", response_class=HTMLResponse)
def confirm(request: Request, request_id: int, db: DbSession, page: PageUserChecked) -> Response:
    actor = page.actor
    target = "/support/me" if actor.role == "resident" else "/support/grid"

    def work() -> Response:
        service.confirm(db, actor, request_id)
        return _back(target, "support.me.confirmed" if actor.role == "resident" else "support.requests.confirmed",
                     id=request_id)

    page_of = (lambda e: _me_page(request, db, actor, e)) if actor.role == "resident" \
        else (lambda e: _grid_page(request, db, actor, e))
    return _attempt(request, db, work, page_of)


@router.get("/support/requests/{request_id}", response_class=HTMLResponse)
def request_detail(request: Request, request_id: int, db: DbSession, actor: PageActor) -> Response:
    row = service.get_request(db, actor, request_id)
    return render(request, "support/request.html", _context(request, row=row))


# ---- property company / volunteers: my tasks -----------------------------------------------------------


def _compound_of(db: Session, actor: Actor) -> int | None:
    return actor.jurisdiction_id if actor.jurisdiction_level == "compound" else None


def _tasks_page(request: Request, db: Session, actor: Actor, error: str = "") -> Response:
    require_any(actor, Permission.SUPPORT_FULFIL)
    rows = service.requests_in_scope(db, actor)
    compound = _compound_of(db, actor)
    buildings = registry.children_refs(db, compound) if compound else []
    return render(request, "support/tasks.html", _context(
        request, rows=rows, orders=service.orders_for(db, actor), compound=compound, buildings=buildings,
        plan=service.plan_of(db, compound), error=error))


@router.get("/support/tasks", response_class=HTMLResponse)
def tasks(request: Request, db: DbSession, actor: PageActor) -> Response:
    return _tasks_page(request, db, actor)


@router.post("/support/requests/{request_id}/{step}", response_class=HTMLResponse)
def request_step(request: Request, request_id: int, step: str, db: DbSession, page: PageUserChecked,
                 note: Annotated[str, Form()] = "") -> Response:
    actor = page.actor
    back = "/support/tasks" if has_permission(actor.role, Permission.SUPPORT_FULFIL) else \
        "/support/grid" if actor.role == "grid_worker" else "/support/overview"

    def work() -> Response:
        if step == "accept":
            service.accept(db, actor, request_id)
        elif step == "start":
            service.start(db, actor, request_id)
        elif step == "deliver":
            service.deliver(db, actor, request_id, note=note)
        else:
            raise InvalidInput("未知操作", "Unknown step")
        key = {"accept": "support.requests.accepted", "start": "support.requests.started",
               "deliver": "support.requests.delivered"}[step]
        return _back(back, key, id=request_id)

    pages = {"/support/tasks": _tasks_page, "/support/grid": _grid_page, "/support/overview": _overview_page}
    return _attempt(request, db, work, lambda e: pages[back](request, db, actor, e))


# ---- grid worker ---------------------------------------------------------------------------------------


def _grid_page(request: Request, db: Session, actor: Actor, error: str = "") -> Response:
    require_any(actor, Permission.SUPPORT_MANAGE)
    category = request.query_params.get("category") or None
    sealed_only = request.query_params.get("sealed") == "1"
    if category not in CATEGORIES:
        category = None
    people = service.vulnerable_list(db, actor, category=category, sealed_only=sealed_only)
    return render(request, "support/grid.html", _context(
        request, people=people, category=category, sealed_only=sealed_only,
        rows=service.requests_in_scope(db, actor, states=("open", "accepted", "in_progress", "delivered")),
        tasks=service.open_tasks(db, actor), error=error))


@router.get("/support/grid", response_class=HTMLResponse)
def grid(request: Request, db: DbSession, actor: PageActor) -> Response:
    return _grid_page(request, db, actor)


def _person_id(db: Session, actor: Actor, text: str) -> int:
    text = text.strip()
    if text.isdigit() and len(text) < 10:
        return int(text)
    try:
        return registry.find_person_by_id_number(db, actor, text, reason="support request").id
    except ValueError:
        raise InvalidInput("身份证号格式不对", "The identity number is malformed") from None


def _date(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text.replace("/", "-"))
    except ValueError:
        raise InvalidInput(f"日期格式不对:{text}", f"Not a date: {text}") from None


@router.post("/support/grid/category", response_class=HTMLResponse)
def grid_category(request: Request, db: DbSession, page: PageUserChecked, person: Annotated[str, Form()] = "",
                  category: Annotated[str, Form()] = "", next_session: Annotated[str, Form()] = "",
                  note: Annotated[str, Form()] = "") -> Response:
    actor = page.actor

    def work() -> Response:
        service.set_category(db, actor, person_id=_person_id(db, actor, person), category=category,
                             next_session_on=_date(next_session), note=note)
        return _back("/support/grid", "support.grid.saved")

    return _attempt(request, db, work, lambda e: _grid_page(request, db, actor, e))


@router.post("/support/grid/import", response_class=HTMLResponse)
async def grid_import(request: Request, db: DbSession, page: PageUserChecked,
                      file: Annotated[UploadFile | None, File()] = None) -> Response:
    actor = page.actor
    content = await file.read() if file is not None else b""
    filename = (file.filename or "") if file is not None else ""

    def work() -> Response:
        if not filename:
            raise InvalidInput("请选择要导入的文件", "Choose a file to import")
        report = service.import_categories(db, actor, content=content, filename=filename)
        return _back("/support/grid", "support.grid.imported", n=str(report.rows))

    return _attempt(request, db, work, lambda e: _grid_page(request, db, actor, e))


@router.post("/support/grid/check", response_class=HTMLResponse)
def grid_check(request: Request, db: DbSession, page: PageUserChecked, person_id: Annotated[int, Form()] = 0,
               method: Annotated[str, Form()] = "knock", outcome: Annotated[str, Form()] = "",
               note: Annotated[str, Form()] = "") -> Response:
    actor = page.actor

    def work() -> Response:
        service.record_check(db, actor, person_id=person_id, method=method, outcome=outcome, note=note)
        return _back("/support/grid", "support.grid.check_saved")

    return _attempt(request, db, work, lambda e: _grid_page(request, db, actor, e))


@router.post("/support/file", response_class=HTMLResponse)
def file_for_someone(request: Request, db: DbSession, page: PageUserChecked, person: Annotated[str, Form()] = "",
                     kind: Annotated[str, Form()] = "", text: Annotated[str, Form()] = "",
                     hospital: Annotated[str, Form()] = "") -> Response:
    """A grid worker (for someone without a phone) or the hotline (for a caller) files a request."""
    actor = page.actor
    back = "/support/hotline" if actor.role == "hotline_operator" else "/support/grid"

    def work() -> Response:
        filed = flows.file_request(db, actor, person_id=_person_id(db, actor, person), kind=kind, text=text,
                                   hospital=hospital)
        key = "support.me.emergency_filed" if kind == "medical_emergency" else "support.me.filed"
        return _back(back, key, id=filed.id)

    page_of = (lambda e: _hotline_page(request, db, actor, e)) if back == "/support/hotline" \
        else (lambda e: _grid_page(request, db, actor, e))
    return _attempt(request, db, work, page_of)


# ---- 12345 hotline ---------------------------------------------------------------------------------------


def _hotline_page(request: Request, db: Session, actor: Actor, error: str = "", number: str = "") -> Response:
    require_any(actor, Permission.SUPPORT_REQUEST)
    if actor.role == "resident":
        raise PermissionDenied("此页面供热线使用", "This page is for the hotline")
    found = None
    if number.strip() and not error:
        try:  # the number travels in a POST body, never in a URL (logs, history)
            found = registry.find_person_by_id_number(db, actor, number, reason="12345 hotline call")
        except FangkongError as exc:
            error = exc.message(lang_of(request))
        except ValueError as exc:
            error = str(exc)
    return render(request, "support/hotline.html", _context(
        request, found=found, rows=service.my_requests(db, actor), error=error))


@router.get("/support/hotline", response_class=HTMLResponse)
def hotline(request: Request, db: DbSession, actor: PageActor) -> Response:
    return _hotline_page(request, db, actor)


@router.post("/support/hotline", response_class=HTMLResponse)
def hotline_find(request: Request, db: DbSession, page: PageUserChecked,
                 id_number: Annotated[str, Form()] = "") -> Response:
    return _hotline_page(request, db, page.actor, number=id_number)


# ---- commander / district overview -------------------------------------------------------------------


def _overview_page(request: Request, db: Session, actor: Actor, error: str = "") -> Response:
    require_any(actor, Permission.SUPPORT_MANAGE)
    figures = service.overview(db, actor)
    return render(request, "support/overview.html", _context(
        request, figures=figures, emergencies=service.live_emergencies(db, actor),
        unplanned=service.compounds_without_plan(db, actor), tasks=service.open_tasks(db, actor),
        overdue=service.requests_in_scope(db, actor, overdue_only=True, limit=30), error=error))


@router.get("/support/overview", response_class=HTMLResponse)
def overview(request: Request, db: DbSession, actor: PageActor) -> Response:
    return _overview_page(request, db, actor)


@router.post("/support/emergencies/{request_id}/{outcome}", response_class=HTMLResponse)
def emergency_outcome(request: Request, request_id: int, outcome: str, db: DbSession, page: PageUserChecked,
                      hospital: Annotated[str, Form()] = "", note: Annotated[str, Form()] = "") -> Response:
    actor = page.actor

    def work() -> Response:
        if outcome == "admitted":
            service.record_admission(db, actor, request_id, hospital=hospital, note=note)
            return _back("/support/overview", "support.overview.admitted")
        if outcome == "refused":
            service.record_refusal(db, actor, request_id, hospital=hospital, note=note)
            return _back("/support/overview", "support.overview.refused")
        raise InvalidInput("未知结果", "Unknown outcome")

    return _attempt(request, db, work, lambda e: _overview_page(request, db, actor, e))


# ---- emergency access plan -------------------------------------------------------------------------------


def _plan_page(request: Request, db: Session, actor: Actor, compound_id: int, error: str = "",
               form: dict[str, str] | None = None) -> Response:
    require_any(actor, Permission.SUPPORT_MANAGE, Permission.SUPPORT_FULFIL)
    place = registry.get_place(db, actor, compound_id)
    plan = service.plan_of(db, compound_id)
    return render(request, "support/plan.html", _context(
        request, place=place, label=registry.place_labels(db, {compound_id}).get(compound_id, place.name), plan=plan,
        form=form or {"route": plan.route if plan else "", "on_duty_name": plan.on_duty_name if plan else "",
                      "on_duty_phone": plan.on_duty_phone if plan else ""}, error=error))


@router.get("/support/plans/{compound_id}", response_class=HTMLResponse)
def plan(request: Request, compound_id: int, db: DbSession, actor: PageActor) -> Response:
    return _plan_page(request, db, actor, compound_id)


@router.post("/support/plans/{compound_id}", response_class=HTMLResponse)
def plan_save(request: Request, compound_id: int, db: DbSession, page: PageUserChecked,
              route: Annotated[str, Form()] = "", on_duty_name: Annotated[str, Form()] = "",
              on_duty_phone: Annotated[str, Form()] = "") -> Response:
    actor = page.actor
    form = {"route": route, "on_duty_name": on_duty_name, "on_duty_phone": on_duty_phone}

    def work() -> Response:
        service.save_plan(db, actor, compound_id=compound_id, route=route, on_duty_name=on_duty_name,
                          on_duty_phone=on_duty_phone)
        return _back(f"/support/plans/{compound_id}", "support.plan.saved")

    return _attempt(request, db, work, lambda e: _plan_page(request, db, actor, compound_id, e, form))


# ---- gate duty ------------------------------------------------------------------------------------------


def _gates_page(request: Request, db: Session, actor: Actor, compound_id: int, error: str = "") -> Response:
    rows = service.rota(db, actor, compound_id)
    place = registry.get_place(db, actor, compound_id)
    return render(request, "support/gates.html", _context(
        request, rows=rows, place=place, on_duty=[r for r in rows if r.status == "on_duty"], error=error))


@router.get("/support/gates/{compound_id}", response_class=HTMLResponse)
def gates(request: Request, compound_id: int, db: DbSession, actor: PageActor) -> Response:
    return _gates_page(request, db, actor, compound_id)


@router.post("/support/gates/{compound_id}/{step}", response_class=HTMLResponse)
def gates_step(request: Request, compound_id: int, step: str, db: DbSession, page: PageUserChecked,
               gate: Annotated[str, Form()] = "", starts_at: Annotated[str, Form()] = "",
               ends_at: Annotated[str, Form()] = "", volunteer: Annotated[str, Form()] = "",
               phone: Annotated[str, Form()] = "", shift_id: Annotated[int, Form()] = 0,
               other_id: Annotated[int, Form()] = 0) -> Response:
    actor = page.actor
    back = f"/support/gates/{compound_id}"

    def work() -> Response:
        if step == "add":
            service.add_shift(db, actor, compound_id=compound_id, gate=gate,
                              starts_at=clock.parse_moment(starts_at, "开始 start"),
                              ends_at=clock.parse_moment(ends_at, "结束 end"), volunteer=volunteer, phone=phone)
            return _back(back, "support.gates.added")
        if step == "swap":
            service.swap(db, actor, shift_id, other_id)
            return _back(back, "support.gates.swapped")
        if step == "check_in":
            service.check_in(db, actor, shift_id)
            return _back(back, "support.gates.checked_in")
        raise InvalidInput("未知操作", "Unknown step")

    return _attempt(request, db, work, lambda e: _gates_page(request, db, actor, compound_id, e))


# ---- group orders ------------------------------------------------------------------------------------------


@router.post("/support/orders", response_class=HTMLResponse)
def order_create(request: Request, db: DbSession, page: PageUserChecked, building_id: Annotated[int, Form()] = 0,
                 title: Annotated[str, Form()] = "", closes_at: Annotated[str, Form()] = "",
                 drop_point: Annotated[str, Form()] = "", supplier: Annotated[str, Form()] = "") -> Response:
    actor = page.actor

    def work() -> Response:
        order = service.create_order(db, actor, building_id=building_id, title=title,
                                     closes_at=clock.parse_moment(closes_at, "截止 closes"),
                                     drop_point=drop_point, supplier=supplier)
        return _back(f"/support/orders/{order.id}", "support.orders.created")

    return _attempt(request, db, work, lambda e: _tasks_page(request, db, actor, e))


def _order_page(request: Request, db: Session, actor: Actor, order_id: int, error: str = "") -> Response:
    view = service.order_view(db, actor, order_id)
    by_unit: dict[int, list[Any]] = {}
    for line in view.lines:
        by_unit.setdefault(line.unit_id or 0, []).append(line)
    return render(request, "support/order.html", _context(
        request, view=view, by_unit=by_unit, is_open=view.open_at(clock.now()),
        staff=actor.role != "resident", error=error))


@router.get("/support/orders/{order_id}", response_class=HTMLResponse)
def order(request: Request, order_id: int, db: DbSession, actor: PageActor) -> Response:
    return _order_page(request, db, actor, order_id)


@router.get("/support/orders/{order_id}/export.xlsx")
def order_export(order_id: int, db: DbSession, actor: PageActor) -> Response:
    content = service.export_xlsx(db, actor, order_id)
    return Response(content, media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"Content-Disposition": f'attachment; filename="group-order-{order_id}.xlsx"'})


@router.post("/support/orders/{order_id}/{step}", response_class=HTMLResponse)
def order_step(request: Request, order_id: int, step: str, db: DbSession, page: PageUserChecked,
               item: Annotated[str, Form()] = "", quantity: Annotated[str, Form()] = "1",
               unit_id: Annotated[int, Form()] = 0, line_id: Annotated[int, Form()] = 0,
               household_id: Annotated[str, Form()] = "") -> Response:
    actor = page.actor
    back = f"/support/orders/{order_id}"

    def work() -> Response:
        if step == "add":
            if not quantity.strip().isdigit():
                raise InvalidInput("数量须为整数", "Quantity must be a whole number")
            service.add_line(db, actor, order_id, item=item, quantity=int(quantity),
                             household_id=int(household_id) if household_id.strip().isdigit() else None)
            return _back(back, "support.orders.added")
        if step == "arrived":
            service.mark_arrived(db, actor, order_id)
            return _back(back, "support.orders.arrived")
        if step == "deliver":
            return _back(back, "support.orders.delivered_n", n=service.deliver_unit(db, actor, order_id, unit_id))
        if step == "receipt":
            service.confirm_receipt(db, actor, line_id)
            return _back(back, "support.orders.received")
        raise InvalidInput("未知操作", "Unknown step")

    return _attempt(request, db, work, lambda e: _order_page(request, db, actor, order_id, e))
