"""Registry pages: the place tree, households, persons (masked unless a full view is asked for with
a reason) and the import page. Every read goes through `registry.service`, which checks role and
jurisdiction and writes the audit log; these handlers only render."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fangkong.core.errors import InvalidInput
from fangkong.core.i18n import t
from fangkong.core.roles import Permission, require
from fangkong.core.scope import Actor
from fangkong.registry import imports, search, service
from fangkong.registry.models import Household, Place, Venue
from fangkong.web.deps import DbSession, PageActor, PageUserChecked
from fangkong.web.i18n import lang_of
from fangkong.web.templating import render

router = APIRouter(include_in_schema=False)

HOUSEHOLDS_PAGE = 50
IMPORT_KINDS = ("persons", "places")
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_ERRORS_SHOWN = 500


# ---- helpers shared with the home pages ---------------------------------------------------


@dataclass(frozen=True)
class Summary:
    persons: int
    households: int
    grids: int
    venues: int


def place_rows(db: Session, actor: Actor) -> list[tuple[Place, int]]:
    """The first level of the actor's tree with person counts: the children of their jurisdiction,
    or every district."""
    roots = service.root_places(db, actor)  # checks registry.read and the jurisdiction
    if len(roots) == 1 and actor.jurisdiction_id is not None:
        return service.children(db, actor, roots[0].id)
    return [(place, service.count_persons_under(db, actor, place.id)) for place in roots]


def overview(db: Session, actor: Actor) -> tuple[Summary, list[tuple[Place, int]]]:
    """Counts for a commander's or district's home page, and the places below them.
    Persons are counted by the service; the other counts are aggregates over the actor's scope
    (no row of a person is read). TODO(registry): a `summary(db, actor)` in registry.service."""
    rows = place_rows(db, actor)
    if actor.jurisdiction_id is None:
        persons = sum(n for _place, n in rows)  # rows are the districts, counted already
    else:
        persons = service.count_persons_under(db, actor, actor.jurisdiction_id)

    def count(table: Any, *extra: Any) -> int:
        statement = select(func.count()).select_from(table).where(service.scope_clause(actor, table), *extra)
        return db.scalar(statement) or 0

    summary = Summary(persons=persons, households=count(Household), grids=count(Place, Place.level == "grid"),
                      venues=count(Venue))
    return summary, rows


def crumbs(db: Session, actor: Actor, place: Place) -> list[tuple[Place, bool]]:
    """The chain down to `place`, each with whether the actor may open it (outside: plain text)."""
    return [(p, actor.covers(p)) for p in service.ancestors(db, place)]


def household_list_context(db: Session, actor: Actor, place_id: int, offset: int = 0) -> dict[str, Any]:
    total, households = service.households_of(db, actor, place_id, limit=HOUSEHOLDS_PAGE, offset=offset)
    shown = offset + len(households)
    return {
        "households": households,
        "total": total,
        "next_offset": shown if shown < total else None,
        "more_url": f"/registry/places/{place_id}/households",
    }


def _is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


# ---- the tree -----------------------------------------------------------------------------


@router.get("/registry", response_class=HTMLResponse)
def registry_home(request: Request, db: DbSession, actor: PageActor) -> Response:
    if actor.jurisdiction_id is not None:
        service.get_place(db, actor, actor.jurisdiction_id)  # refuses roles without registry.read
        return RedirectResponse(f"/registry/places/{actor.jurisdiction_id}", status_code=303)
    return render(request, "registry/roots.html", {"rows": place_rows(db, actor)})


@router.get("/registry/search", response_class=HTMLResponse)
def search_page(request: Request, db: DbSession, actor: PageActor, q: str = "") -> Response:
    """Find a person or a household in the actor's jurisdiction (masked; the service audits the read)."""
    require(actor, Permission.REGISTRY_READ, "无权查询人员信息", "You may not search the registry")
    result = search.search(db, actor, q[:64]) if q.strip() else None
    return render(request, "registry/search.html", {"q": q[:64], "result": result})


@router.get("/registry/places/{place_id}", response_class=HTMLResponse)
def place_page(request: Request, db: DbSession, actor: PageActor, place_id: int) -> Response:
    place = service.get_place(db, actor, place_id)
    rows = service.children(db, actor, place_id)
    context: dict[str, Any] = {
        "place": place,
        "crumbs": crumbs(db, actor, place),
        "rows": rows,
        "persons": sum(n for _p, n in rows) if rows else service.count_persons_under(db, actor, place_id),
    }
    if not rows:  # a unit (or an empty place): its households instead of children
        context.update(household_list_context(db, actor, place_id))
    return render(request, "registry/place.html", context)


@router.get("/registry/places/{place_id}/households", response_class=HTMLResponse)
def place_households(request: Request, db: DbSession, actor: PageActor, place_id: int, offset: int = 0
                     ) -> Response:
    context = household_list_context(db, actor, place_id, offset=max(offset, 0))
    if _is_htmx(request):  # "load more": just the next items
        return render(request, "registry/_household_items.html", context)
    place = service.get_place(db, actor, place_id)
    context.update(place=place, crumbs=crumbs(db, actor, place))
    return render(request, "registry/households.html", context)


@router.get("/registry/households/{household_id}", response_class=HTMLResponse)
def household_page(request: Request, db: DbSession, actor: PageActor, household_id: int) -> Response:
    household = service.get_household(db, actor, household_id)
    unit = service.get_place(db, actor, household.unit_id)
    phones = service.grid_phones(db, actor, [m.id for m in household.members], purpose="household page")
    return render(request, "registry/household.html",
                  {"household": household, "crumbs": crumbs(db, actor, unit), "phones": phones})


def _person_page(request: Request, db: Session, actor: Actor, person: service.PersonView, error: str = ""
                 ) -> HTMLResponse:
    chain: list[tuple[Place, bool]] = []
    if person.unit_id is not None:
        chain = crumbs(db, actor, service.get_place(db, actor, person.unit_id))
    response = render(request, "registry/person.html", {"person": person, "crumbs": chain, "error": error})
    return response


@router.get("/registry/persons/{person_id}", response_class=HTMLResponse)
def person_page(request: Request, db: DbSession, actor: PageActor, person_id: int) -> Response:
    return _person_page(request, db, actor, service.get_person(db, actor, person_id))


@router.post("/registry/persons/{person_id}/full", response_class=HTMLResponse)
def person_full(request: Request, db: DbSession, page: PageUserChecked, person_id: int,
                reason: Annotated[str, Form()] = "") -> Response:
    """The full record, for a stated reason; the service checks the permission and audits the read."""
    try:
        person = service.get_person(db, page.actor, person_id, full=True, reason=reason.strip())
    except InvalidInput as exc:  # no reason given: the masked page again, with the message
        masked = service.get_person(db, page.actor, person_id)
        return _person_page(request, db, page.actor, masked, error=exc.message(lang_of(request)))
    return _person_page(request, db, page.actor, person)


# ---- import -------------------------------------------------------------------------------


def _require_import(actor: Actor) -> None:
    # Only decides whether to show the form; the import service checks again for every write.
    require(actor, Permission.REGISTRY_WRITE, t("import.not_allowed", "zh"), t("import.not_allowed", "en"))


def _import_page(request: Request, **context: Any) -> HTMLResponse:
    values: dict[str, Any] = {"kinds": IMPORT_KINDS, "kind": "persons", "result": None, "error": "",
                              "shown_errors": []}
    values.update(context)
    return render(request, "registry/import.html", values, status_code=values.pop("status_code", 200))


@router.get("/import", response_class=HTMLResponse)
def import_form(request: Request, actor: PageActor) -> Response:
    _require_import(actor)
    return _import_page(request)


@router.get("/import/template/{kind}")
def import_template(request: Request, actor: PageActor, kind: str) -> Response:
    _require_import(actor)
    if kind not in IMPORT_KINDS:
        raise InvalidInput(t("import.unknown_kind", "zh"), t("import.unknown_kind", "en"))
    return Response(
        imports.template_xlsx(kind),
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={"Content-Disposition": f'attachment; filename="fangkong-{kind}-template.xlsx"'},
    )


@router.post("/import", response_class=HTMLResponse)
def import_submit(
    request: Request,
    db: DbSession,
    page: PageUserChecked,
    kind: Annotated[str, Form()] = "persons",
    file: Annotated[UploadFile | None, File()] = None,
) -> Response:
    lang = lang_of(request)
    _require_import(page.actor)
    if kind not in IMPORT_KINDS:
        return _import_page(request, error=t("import.unknown_kind", lang), status_code=422)
    # A plain (threadpool) handler: an import of many rows must not block the event loop.
    data = file.file.read(MAX_UPLOAD_BYTES + 1) if file is not None else b""
    if file is None or not file.filename:
        return _import_page(request, kind=kind, error=t("import.no_file", lang), status_code=422)
    if not data.strip():
        return _import_page(request, kind=kind, error=t("import.empty_file", lang), status_code=422)
    if len(data) > MAX_UPLOAD_BYTES:
        raise InvalidInput("文件超过 20 MB", "The file is larger than 20 MB")
    result = imports.import_file(db, page.actor, kind, file.filename, data)
    if not result.ok:
        db.rollback()  # all rows or none: the import promises nothing was written, make sure of it
    return _import_page(request, kind=kind, result=result, shown_errors=result.errors[:MAX_ERRORS_SHOWN],
                        status_code=200 if result.ok else 422)
