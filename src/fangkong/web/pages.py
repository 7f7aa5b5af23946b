"""The shell's own pages: a home page per role and the audit log search."""

from __future__ import annotations

from dataclasses import replace

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from fangkong.core.errors import PermissionDenied
from fangkong.core.roles import Role
from fangkong.core.scope import Actor
from fangkong.registry import idnumber, service
from fangkong.registry import pages as registry_pages
from fangkong.testing import finder
from fangkong.web import auditpages
from fangkong.web.deps import DbSession, PageActor
from fangkong.web.templating import render

router = APIRouter(include_in_schema=False)


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
        return auditpages.audit_page(request, db, actor)
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
    # The actor's own venue (lab, sampling site, quarantine hotel, checkpoint) by its name: their own
    # workplace, which the account names, not a person's record.
    venue = service.venue_names(db, {actor.venue_id}).get(actor.venue_id) if actor.venue_id else None
    lab_recalls = None
    if actor.role == Role.LAB:  # the lab's home names the recalls its results caused (issue 17, item 8)
        try:
            lab_recalls = finder.lab_recalls(db, actor)
        except PermissionDenied:  # an account not linked to a lab yet: its testing page says so
            lab_recalls = None
    return render(request, "home/staff.html", {"place": place, "modules": modules, "venue_name": venue,
                                               "lab_recalls": lab_recalls})


# ---- audit: web/auditpages.py (the log in words, its search and export) ----------------------------
