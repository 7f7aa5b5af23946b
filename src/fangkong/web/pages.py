"""The shell's own pages: a home page per role and the audit log search."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, PermissionDenied
from fangkong.core.roles import Role
from fangkong.core.scope import Actor
from fangkong.registry import idnumber, service
from fangkong.registry import pages as registry_pages
from fangkong.testing import finder
from fangkong.web.deps import DbSession, PageActor
from fangkong.web.i18n import lang_of
from fangkong.web.templating import render

router = APIRouter(include_in_schema=False)

AUDIT_PAGE = 50
# Values the audit log holds today; the filter fields accept any text, these are suggestions.
AUDIT_ACTIONS = ("login", "read", "read_full", "write", "audit_search")
AUDIT_SUBJECTS = ("account", "place", "household", "household_list", "person", "audit_log")

# What each role will do in modules of later releases (SYSTEM.md), shown as "coming" on its home.
COMING_MODULES: dict[str, tuple[str, ...]] = {
    # Live modules are linked from the home pages; these are the ones of later releases.
    Role.COMMANDER: ("module.dashboard",),
    Role.DISTRICT_STAFF: ("module.dashboard",),
    Role.GRID_WORKER: ("module.support",),
    Role.EPIDEMIOLOGIST: ("module.tracing",),
    Role.QUARANTINE_STAFF: ("module.isolation",),
    Role.PROPERTY_VOLUNTEER: ("module.support",),
    Role.RESIDENT: ("module.help",),
    Role.AUDITOR: ("module.ledger",),
}


@router.get("/", response_class=HTMLResponse)
def home(request: Request, db: DbSession, actor: PageActor) -> Response:
    modules = COMING_MODULES.get(actor.role, ())
    if actor.role in (Role.COMMANDER, Role.DISTRICT_STAFF):
        summary, rows = registry_pages.overview(db, actor)
        return render(request, "home/command.html", {"summary": summary, "rows": rows, "modules": modules})
    if actor.role == Role.GRID_WORKER and actor.jurisdiction_id is not None:
        grid = service.get_place(db, actor, actor.jurisdiction_id)
        context = registry_pages.household_list_context(db, actor, grid.id)
        return render(request, "home/grid.html", {"grid": grid, "modules": modules, **context})
    if actor.role == Role.RESIDENT and actor.person_id is not None:
        own = service.get_person(db, actor, actor.person_id)
        # The service gives residents their own record in full; the home page, often opened in
        # public, shows it masked like any list (with a note saying so).
        person = _masked_numbers(own)
        day_notices, sites = finder.sites_near_home(db, actor)  # where to be tested (issue 17)
        return render(request, "home/resident.html", {"person": person, "modules": modules, "sites": sites,
                                                      "day_notices": day_notices})
    if actor.role == Role.AUDITOR:
        return audit_page(request, db, actor)
    return _staff_home(request, db, actor, modules)


def _masked_numbers(person: service.PersonView) -> service.PersonView:
    return replace(person, id_number=idnumber.mask_id_number(person.id_number),
                   phone=idnumber.mask_phone(person.phone), masked=True)


def _staff_home(request: Request, db: Session, actor: Actor, modules: tuple[str, ...]) -> Response:
    place = None
    if actor.jurisdiction_id is not None:
        try:
            place = service.get_place(db, actor, actor.jurisdiction_id)
        except PermissionDenied:  # roles without registry.read: the header still names the jurisdiction
            place = None
    # TODO(registry): the venue's name needs a service call that lets an actor read their own venue
    # (labs and checkpoints have no registry.read); until then the page shows its number.
    lab_recalls = None
    if actor.role == Role.LAB:  # the lab's home names the recalls its results caused (issue 17, item 8)
        try:
            lab_recalls = finder.lab_recalls(db, actor)
        except PermissionDenied:  # an account not linked to a lab yet: its testing page says so
            lab_recalls = None
    return render(request, "home/staff.html", {"place": place, "modules": modules, "lab_recalls": lab_recalls})


# ---- audit --------------------------------------------------------------------------------


@router.get("/audit", response_class=HTMLResponse)
def audit_page(request: Request, db: DbSession, actor: PageActor) -> Response:
    params = request.query_params
    lang = lang_of(request)
    form_error = ""
    try:
        since = clock.parse_moment(params["since"], "since") if params.get("since") else None
        until = clock.parse_moment(params["until"], "until") if params.get("until") else None
    except InvalidInput as exc:
        since = until = None
        form_error = exc.message(lang)
    try:
        page = max(int(params.get("page", "1")), 1)
    except ValueError:
        page = 1
    query = audit.AuditQuery(
        username=params.get("username", "").strip() or None,
        action=params.get("action", "").strip() or None,
        subject_type=params.get("subject_type", "").strip() or None,
        subject_id=params.get("subject_id", "").strip() or None,
        since=since,
        until=until,
        text=params.get("text", "").strip() or None,
        limit=AUDIT_PAGE,
        offset=(page - 1) * AUDIT_PAGE,
    )
    total, entries = audit.search(db, actor, query)  # refuses roles without audit.read
    pages = max(math.ceil(total / AUDIT_PAGE), 1)
    kept = {k: v for k, v in params.items() if k != "page" and v}

    def query_for(number: int) -> str:
        return urlencode({**kept, "page": number})

    context: dict[str, Any] = {
        "q": query, "entries": entries, "total": total, "page": page, "pages": pages, "query_for": query_for,
        "since_text": params.get("since", ""), "until_text": params.get("until", ""),
        "form_error": form_error, "actions": AUDIT_ACTIONS, "subject_types": AUDIT_SUBJECTS,
    }
    return render(request, "audit.html", context)
