"""Tracing pages: the epidemiologist's case list and case page (form, trajectory, candidates with evidence,
confirm and dismiss), the chains page, the commander's trajectory approval, the public trajectories page
with self-declaration, and a grid worker's confirmed contacts. Handlers parse and render; the tracing
service and flows check roles and jurisdiction, audit and do the work."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from fangkong.core import clock, signin
from fangkong.core.errors import FangkongError, InvalidInput, PermissionDenied
from fangkong.core.roles import Permission, has_permission
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.tracing import assistance, chains, discovery, flows, publication, service
from fangkong.tracing.models import CANDIDATE_KINDS, HOW_FOUND, SEVERITIES
from fangkong.web.deps import DbSession, PageActor, PageUserChecked
from fangkong.web.i18n import lang_of
from fangkong.web.proxy import client_address
from fangkong.web.templating import render

router = APIRouter(include_in_schema=False)


def _require_any(actor: Actor, *permissions: Permission) -> None:
    # Decides only whether a page is shown; every service call checks again.
    if not any(has_permission(actor.role, p) for p in permissions):
        raise PermissionDenied("您的角色无此权限", "Your role may not open this page")


@router.get("/tracing", response_class=HTMLResponse)
def tracing_home(actor: PageActor) -> Response:
    if actor.role == "resident":
        return RedirectResponse("/tracing/public", status_code=303)
    if actor.role == "grid_worker":
        return RedirectResponse("/tracing/contacts", status_code=303)
    _require_any(actor, Permission.TRACING_READ)
    return RedirectResponse("/tracing/cases", status_code=303)


# ---- case list -----------------------------------------------------------------------------------


@router.get("/tracing/cases", response_class=HTMLResponse)
def cases_page(request: Request, db: DbSession, actor: PageActor, district: str = "", status: str = "",
               how_found: str = "") -> Response:
    _require_any(actor, Permission.TRACING_READ)
    district_id = int(district) if district.isdigit() else None
    rows = service.list_cases(db, actor, district_id=district_id, status=status or None, how_found=how_found or None)
    labels = registry.home_labels(db, {row.case.person_id for row in rows})
    return render(request, "tracing/cases.html", {
        "rows": rows, "labels": labels, "districts": registry.districts(db), "district": district_id,
        "status": status, "how_found": how_found, "how_found_values": HOW_FOUND,
        "community": sum(r.case.how_found == "community" for r in rows), "severities": SEVERITIES,
        "source_kinds": ("hospital", "fever_clinic", "antigen", "tube", "other"),
        "can_write": has_permission(actor.role, Permission.CASE_WRITE),
        "under_control": sum(r.case.how_found == "under_control" for r in rows)})


@router.post("/tracing/cases", response_class=HTMLResponse)
def cases_record(request: Request, db: DbSession, page: PageUserChecked, person_id: Annotated[str, Form()] = "",
                 kind: Annotated[str, Form()] = "confirmed", source_kind: Annotated[str, Form()] = "hospital",
                 severity: Annotated[str, Form()] = "", onset_date: Annotated[str, Form()] = "",
                 reported_at: Annotated[str, Form()] = "", source: Annotated[str, Form()] = "") -> Response:
    """A case reported by a hospital, a fever clinic or an antigen self-test confirmed by a test."""
    if not person_id.strip().isdigit():
        raise InvalidInput("请填写人员编号", "Give the person's id")
    case = flows.record_case(db, page.actor, person_id=int(person_id), kind=kind,
                             reported_at=_moment(reported_at) or clock.now(), source=source,
                             source_kind=source_kind, severity=severity or None, onset_date=_date(onset_date))
    return RedirectResponse(f"/tracing/cases/{case.id}", status_code=303)


# ---- one case ---------------------------------------------------------------------------------------


def _case_context(db: Session, actor: Actor, case_id: int) -> dict[str, Any]:
    case = service.get_case(db, actor, case_id)
    person = registry.persons_masked(db, actor, {case.person_id}, purpose=f"case:{case_id}").get(case.person_id)
    window, items = flows.trajectory(db, actor, case_id)
    found = discovery.candidates(db, actor, case_id)
    people = registry.persons_masked(db, actor, {c.person_id for c in found}, purpose=f"case:{case_id} candidates")
    venues = sorted({(e["venue_id"], e["venue"]) for c in found for e in discovery.evidence_of(c)
                     if e.get("kind") == "venue"})
    timeline = [{"name": item.place, "value": [item.start.isoformat(), item.source, item.ref], "wrong": item.wrong}
                for item in items]
    return {"case": case, "person": person, "home": registry.home_labels(db, {case.person_id}).get(case.person_id, ""),
            "form": service.form_of(case), "history": service.classifications(db, actor, case_id),
            "window": window, "items": items, "timeline_json": json.dumps(timeline, ensure_ascii=False),
            "candidates": [(c, people.get(c.person_id), discovery.evidence_of(c)) for c in found],
            "pending_kinds": [k for k in CANDIDATE_KINDS if any(c.state == "pending" and k in c.kinds.split(",")
                                                                 for c in found)],
            "venues": venues, "severities": SEVERITIES, "policy": service.tracing_policy(case.reported_at).key,
            "publications": publication.publications(db, actor, state=None, case_id=case_id),
            "can_write": has_permission(actor.role, Permission.CASE_WRITE)}


def _case_page(request: Request, db: Session, actor: Actor, case_id: int, *, message: str = "",
               error: str = "", status_code: int = 200) -> Response:
    context = _case_context(db, actor, case_id)
    return render(request, "tracing/case.html", {**context, "message": message, "error": error},
                  status_code=status_code)


@router.get("/tracing/cases/{case_id}", response_class=HTMLResponse)
def case_page(request: Request, db: DbSession, actor: PageActor, case_id: int, done: str = "") -> Response:
    _require_any(actor, Permission.TRACING_READ)
    return _case_page(request, db, actor, case_id, message=done)


def _after(request: Request, db: Session, actor: Actor, case_id: int, action: Any, done: str) -> Response:
    """Run a write; on success back to the case page (303, the message in the address); on a refusal,
    nothing is kept and the case page says why."""
    try:
        action()
    except FangkongError as exc:
        db.rollback()
        return _case_page(request, db, actor, case_id, error=exc.message(lang_of(request)), status_code=422)
    return RedirectResponse(f"/tracing/cases/{case_id}?{urlencode({'done': done})}", status_code=303)


def _ints(text: str) -> list[int]:
    return [int(part) for part in text.replace(",", " ").split() if part.isdigit()]


@router.post("/tracing/cases/{case_id}/discover", response_class=HTMLResponse)
def case_discover(request: Request, db: DbSession, page: PageUserChecked, case_id: int) -> Response:
    result: list[discovery.DiscoveryResult] = []
    response = _after(request, db, page.actor, case_id,
                      lambda: result.append(flows.discover(db, page.actor, [case_id])), "discovered")
    if result and isinstance(response, RedirectResponse):
        target = f"/tracing/cases/{case_id}?{urlencode({'done': 'discovered', 'new': result[0].new})}"
        return RedirectResponse(target, status_code=303)
    return response


@router.post("/tracing/cases/{case_id}/decide", response_class=HTMLResponse)
def case_decide(request: Request, db: DbSession, page: PageUserChecked, case_id: int,
                decision: Annotated[str, Form()] = "confirm", kind: Annotated[str, Form()] = "",
                venue_id: Annotated[str, Form()] = "", candidate_ids: Annotated[list[str] | None, Form()] = None,
                reason: Annotated[str, Form()] = "") -> Response:
    """Confirm or dismiss: every pending candidate of a kind, of a venue, or the ticked ones."""
    actor = page.actor
    chosen = [int(i) for i in candidate_ids or [] if i.isdigit()]
    if venue_id.isdigit():
        chosen += [c.id for c in discovery.candidates(db, actor, case_id, state="pending")
                   if any(e.get("venue_id") == int(venue_id) for e in discovery.evidence_of(c))]
    kinds = [kind] if kind else None

    def act() -> None:
        if not (kinds or chosen):
            raise InvalidInput("请选择候选人", "Choose the candidates")
        if decision == "dismiss":
            flows.dismiss(db, actor, case_id, reason=reason, kinds=kinds, candidate_ids=chosen or None)
        else:
            flows.confirm(db, actor, case_id, kinds=kinds, candidate_ids=chosen or None)

    return _after(request, db, actor, case_id, act, "dismissed" if decision == "dismiss" else "confirmed")


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        raise InvalidInput(f"日期格式不对: {text}", f"not a date: {text}") from None


def _moment(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        raise InvalidInput(f"时间格式不对: {text}", f"not a moment: {text}") from None


@router.post("/tracing/cases/{case_id}/form", response_class=HTMLResponse)
async def case_form(request: Request, db: DbSession, page: PageUserChecked, case_id: int) -> Response:
    data = await request.form()
    values = {name: str(data.get(name, "")) for name in service.FORM_FIELDS}

    def act() -> None:
        service.save_form(db, page.actor, case_id, values, onset_date=_date(str(data.get("onset_date", ""))))
        if str(data.get("epidemiologist", "")).strip():
            service.assign_epidemiologist(db, page.actor, case_id, str(data.get("epidemiologist")))
        severity = str(data.get("severity", ""))
        case = service.get_case(db, page.actor, case_id)
        kind = str(data.get("kind", case.kind))
        if kind != case.kind or (severity or None) != case.severity:
            service.reclassify(db, page.actor, case_id, kind=kind, severity=severity or None,
                               note=str(data.get("reclassify_note", "")))

    return _after(request, db, page.actor, case_id, act, "saved")


@router.post("/tracing/cases/{case_id}/named", response_class=HTMLResponse)
def case_named(request: Request, db: DbSession, page: PageUserChecked, case_id: int,
               person_id: Annotated[str, Form()] = "", exposure_at: Annotated[str, Form()] = "",
               note: Annotated[str, Form()] = "") -> Response:
    def act() -> None:
        if not person_id.strip().isdigit():
            raise InvalidInput("请填写人员编号", "Give the person's id")
        at = _moment(exposure_at)
        if at is None:
            raise InvalidInput("请填写接触时间", "Give the time of the contact")
        service.name_person(db, page.actor, case_id, person_id=int(person_id), exposure_at=at, note=note)

    return _after(request, db, page.actor, case_id, act, "named")


@router.post("/tracing/cases/{case_id}/trajectory", response_class=HTMLResponse)
def case_trajectory(request: Request, db: DbSession, page: PageUserChecked, case_id: int,
                    place: Annotated[str, Form()] = "", start_at: Annotated[str, Form()] = "",
                    end_at: Annotated[str, Form()] = "", wrong_ref: Annotated[str, Form()] = "",
                    note: Annotated[str, Form()] = "") -> Response:
    def act() -> None:
        service.add_trajectory_entry(db, page.actor, case_id, place=place, start_at=_moment(start_at),
                                     end_at=_moment(end_at), wrong_ref=wrong_ref.strip() or None, note=note)

    return _after(request, db, page.actor, case_id, act, "trajectory")


@router.post("/tracing/cases/{case_id}/publish", response_class=HTMLResponse)
def case_publish(request: Request, db: DbSession, page: PageUserChecked, case_id: int) -> Response:
    return _after(request, db, page.actor, case_id, lambda: flows.publish_trajectory(db, page.actor, case_id),
                  "published")


# ---- chains ----------------------------------------------------------------------------------------


@router.get("/tracing/chains", response_class=HTMLResponse)
def chains_page(request: Request, db: DbSession, actor: PageActor) -> Response:
    _require_any(actor, Permission.TRACING_READ)
    graph = chains.chains(db, actor)
    return render(request, "tracing/chains.html", {
        "chains": [c for c in graph.chains], "clusters": chains.clusters(db),
        "openable": chains.openable_cases(db, actor, {c.root for c in graph.chains}),
        "graph_json": json.dumps({"nodes": graph.nodes, "links": graph.links}, ensure_ascii=False)})


@router.post("/tracing/chains/link", response_class=HTMLResponse)
def chains_link(request: Request, db: DbSession, page: PageUserChecked, infector: Annotated[str, Form()] = "",
                infectee: Annotated[str, Form()] = "", reason: Annotated[str, Form()] = "") -> Response:
    if not (infector.isdigit() and infectee.isdigit()):
        raise InvalidInput("请填写两个病例编号", "Give both case numbers")
    chains.link(db, page.actor, infector_case_id=int(infector), infectee_case_id=int(infectee), reason=reason)
    return RedirectResponse("/tracing/chains", status_code=303)


@router.post("/tracing/chains/cluster", response_class=HTMLResponse)
def chains_cluster(request: Request, db: DbSession, page: PageUserChecked, name: Annotated[str, Form()] = "",
                   cases: Annotated[str, Form()] = "") -> Response:
    chains.create_cluster(db, page.actor, name, _ints(cases))
    return RedirectResponse("/tracing/chains", status_code=303)


# ---- approval, public page, grid ---------------------------------------------------------------------


@router.get("/tracing/approvals", response_class=HTMLResponse)
def approvals_page(request: Request, db: DbSession, actor: PageActor) -> Response:
    _require_any(actor, Permission.TRAJECTORY_APPROVE)
    return render(request, "tracing/approvals.html",
                  {"pending": publication.publications(db, actor, state="pending"),
                   "decided": publication.publications(db, actor, state=None)[:20]})


@router.post("/tracing/approvals/{publication_id}", response_class=HTMLResponse)
def approvals_decide(request: Request, db: DbSession, page: PageUserChecked, publication_id: int,
                     decision: Annotated[str, Form()] = "approve", note: Annotated[str, Form()] = "") -> Response:
    publication.decide(db, page.actor, publication_id, approve=decision == "approve", note=note)
    return RedirectResponse("/tracing/approvals", status_code=303)


@router.get("/tracing/public", response_class=HTMLResponse)
def public_page(request: Request, db: DbSession, actor: PageActor, declared: str = "") -> Response:
    rows = publication.public_trajectories(db)
    mine = {(d.publication_id, d.place) for d in publication.declarations_of(db, actor)}
    return render(request, "tracing/public.html", {
        "rows": [(row, publication.places_of(row)) for row in rows], "mine": mine, "declared": declared,
        "can_declare": actor.role == "resident" and actor.person_id is not None})


@router.post("/tracing/public/{publication_id}/declare", response_class=HTMLResponse)
def public_declare(request: Request, db: DbSession, page: PageUserChecked, publication_id: int,
                   place: Annotated[str, Form()] = "") -> Response:
    if not place.isdigit():
        raise InvalidInput("请选择一个地点", "Choose a place")
    flows.declare_exposure(db, page.actor, publication_id, int(place))
    return RedirectResponse("/tracing/public?declared=1", status_code=303)


# The open page (no login: residents come from the news). Its GET is served from web.publiccache like the
# public risk-area page; declaring identifies the resident by identity number and phone (tracing.flows).


def _open_page(request: Request, db: Session, *, declared: bool = False, error: str = "", chosen: int | None = None,
               status_code: int = 200) -> Response:
    rows = publication.public_trajectories(db)
    return render(request, "tracing/public_open.html", {
        "rows": [(row, publication.places_of(row)) for row in rows], "declared": declared, "error": error,
        "chosen": chosen}, status_code=status_code)


@router.get("/public/trajectories", response_class=HTMLResponse)
def open_trajectories(request: Request, db: DbSession, declared: str = "") -> Response:
    return _open_page(request, db, declared=declared == "1")


@router.post("/public/trajectories/{publication_id}/declare", response_class=HTMLResponse)
def open_declare(request: Request, db: DbSession, publication_id: int, place: Annotated[str, Form()] = "",
                 id_number: Annotated[str, Form()] = "", phone: Annotated[str, Form()] = "") -> Response:
    """No session is read or needed (nothing ambient to forge): the identity number and phone are the proof,
    and the flow limits the attempts."""
    try:
        if not place.isdigit():
            raise InvalidInput("请选择一个地点", "Choose a place")
        flows.declare_by_identity(db, publication_id=publication_id, place_index=int(place),
                                  id_number=id_number[:32], phone=phone[:32], address=client_address(request.client))
    except FangkongError as exc:
        db.rollback()
        response = _open_page(request, db, error=exc.message(lang_of(request)), chosen=publication_id,
                              status_code=exc.status_code)
        if isinstance(exc, signin.LoginLocked):
            response.headers["Retry-After"] = str(exc.retry_after_s)
        return response
    return RedirectResponse("/public/trajectories?declared=1", status_code=303)


@router.get("/tracing/contacts", response_class=HTMLResponse)
def grid_contacts_page(request: Request, db: DbSession, actor: PageActor) -> Response:
    """A grid worker's confirmed contacts living in their grid (others: within their jurisdiction)."""
    _require_any(actor, Permission.TRACING_READ)
    rows = service.contacts_in_grid(db, actor)
    labels = registry.home_labels(db, {contact.person_id for contact, _person in rows})
    return render(request, "tracing/contacts.html", {"rows": rows, "labels": labels})


# ---- assistance requests (协查函) -------------------------------------------------------------------------


@router.get("/tracing/assistance", response_class=HTMLResponse)
def assistance_page(request: Request, db: DbSession, actor: PageActor, state: str = "") -> Response:
    _require_any(actor, Permission.CASE_WRITE)
    rows = assistance.assistance_rows(db, actor, state=state or None)
    return render(request, "tracing/assistance.html", {"rows": rows, "state": state})


@router.post("/tracing/assistance/upload", response_class=HTMLResponse)
async def assistance_upload(request: Request, db: DbSession, page: PageUserChecked) -> Response:
    form = await request.form()
    upload = form.get("file")
    if upload is None or isinstance(upload, str) or not upload.filename:
        raise InvalidInput("请选择文件", "Choose a file")
    content = await upload.read()
    if not content.strip():
        raise InvalidInput("文件是空的", "The file is empty")
    assistance.import_assistance(db, page.actor, content=content, filename=upload.filename or "")
    return RedirectResponse("/tracing/assistance", status_code=303)


@router.post("/tracing/assistance/{row_id}", response_class=HTMLResponse)
def assistance_settle(request: Request, db: DbSession, page: PageUserChecked, row_id: int,
                      action: Annotated[str, Form()] = "", kind: Annotated[str, Form()] = "confirmed",
                      person_id: Annotated[str, Form()] = "") -> Response:
    if action == "case":
        case = flows.case_from_assistance(db, page.actor, row_id, kind=kind, reported_at=clock.now())
        return RedirectResponse(f"/tracing/cases/{case.id}", status_code=303)
    if action == "match" and person_id.strip().isdigit():
        assistance.settle_assistance(db, page.actor, row_id, state="matched", person_id=int(person_id))
    elif action == "reject":
        assistance.settle_assistance(db, page.actor, row_id, state="rejected")
    else:
        raise InvalidInput("请选择操作", "Choose an action")
    return RedirectResponse("/tracing/assistance", status_code=303)
