"""Registry JSON API, mounted under /api. Authentication: a bearer token from POST /api/auth/token
(or the browser's session cookie together with the X-CSRF-Token header; see fangkong.web.deps).
Every call goes through `registry.service` / `core.audit`, which check role and jurisdiction, mask
numbers and write the audit log."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from fangkong.core import audit
from fangkong.core.roles import PERMISSIONS, Role
from fangkong.registry import search, service
from fangkong.registry.schemas import (
    AuditEntryOut,
    AuditPage,
    ErrorOut,
    HouseholdOut,
    HouseholdPage,
    JurisdictionOut,
    MeOut,
    PersonOut,
    PlaceCountOut,
    PlaceDetailOut,
    PlaceOut,
)
from fangkong.web.deps import ApiActor, DbSession
from fangkong.web.i18n import api_lang, role_label

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "Not logged in / token invalid or expired"},
    403: {"model": ErrorOut, "description": "Role or jurisdiction does not allow this"},
    404: {"model": ErrorOut, "description": "No such record"},
}

router = APIRouter(responses=_ERRORS)


def _person(view: service.PersonView) -> PersonOut:
    values = asdict(view)
    if view.masked:
        values["birth_date"] = None  # see PersonOut.birth_date
    return PersonOut(**values)


def _household(view: service.HouseholdView) -> HouseholdOut:
    return HouseholdOut(id=view.id, door=view.door, unit_id=view.unit_id, address=view.address,
                        members=[_person(m) for m in view.members])


@router.get("/me", response_model=MeOut, tags=["auth"], summary="Who the token belongs to")
def me(request: Request, actor: ApiActor) -> MeOut:
    jurisdiction = None
    if actor.jurisdiction_id is not None:
        jurisdiction = JurisdictionOut(id=actor.jurisdiction_id, level=actor.jurisdiction_level,
                                       name=actor.jurisdiction_name)
    return MeOut(
        username=actor.username,
        display_name=actor.display_name,
        role=actor.role,
        role_label=role_label(actor.role, api_lang(request)),
        permissions=sorted(p.value for p in PERMISSIONS.get(Role(actor.role), frozenset())),
        jurisdiction=jurisdiction,
        person_id=actor.person_id,
        venue_id=actor.venue_id,
    )


@router.get("/places/roots", response_model=list[PlaceCountOut], tags=["registry"],
            summary="Where the actor's tree starts: their jurisdiction, or every district")
def place_roots(db: DbSession, actor: ApiActor) -> list[PlaceCountOut]:
    return [
        PlaceCountOut(**PlaceOut.model_validate(place).model_dump(),
                      persons=service.count_persons_under(db, actor, place.id))
        for place in service.root_places(db, actor)
    ]


@router.get("/places/{place_id}", response_model=PlaceDetailOut, tags=["registry"])
def place_detail(place_id: int, db: DbSession, actor: ApiActor) -> PlaceDetailOut:
    place = service.get_place(db, actor, place_id)
    return PlaceDetailOut(
        **PlaceOut.model_validate(place).model_dump(),
        persons=service.count_persons_under(db, actor, place_id),
        ancestors=[PlaceOut.model_validate(p) for p in service.ancestors(db, place)],
    )


@router.get("/places/{place_id}/children", response_model=list[PlaceCountOut], tags=["registry"],
            summary="Child places with the number of persons under each")
def place_children(place_id: int, db: DbSession, actor: ApiActor) -> list[PlaceCountOut]:
    return [
        PlaceCountOut(**PlaceOut.model_validate(p).model_dump(), persons=count)
        for p, count in service.children(db, actor, place_id)
    ]


@router.get("/places/{place_id}/households", response_model=HouseholdPage, tags=["registry"],
            summary="Households under a place, members masked (an audited list read)")
def place_households(
    place_id: int,
    db: DbSession,
    actor: ApiActor,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> HouseholdPage:
    total, views = service.households_of(db, actor, place_id, limit=limit, offset=offset)
    return HouseholdPage(total=total, limit=limit, offset=offset, items=[_household(v) for v in views])


class SearchHitOut(BaseModel):
    person: PersonOut
    address: str = Field(description="compound, building, unit and door")
    matched: str = Field(description="what matched: name, initials, id_number or phone")


class SearchOut(BaseModel):
    query: str
    kind: str = Field(description="digits, door, initials or name; empty when the query says nothing searchable")
    persons: list[SearchHitOut]
    households: list[HouseholdOut]
    more: bool = Field(description="more matched than were returned: type more digits or the whole address")


@router.get("/registry/search", response_model=SearchOut, tags=["registry"],
            summary="Find persons and households in your jurisdiction (masked, audited)")
def registry_search(db: DbSession, actor: ApiActor, q: Annotated[str, Query(max_length=64)] = "") -> SearchOut:
    """By name, pinyin initials ("zs"), identity number or phone (whole or the last 4+ digits), or door
    ("3号楼2单元502", "3-2-502", "502室"); decision 0015."""
    result = search.search(db, actor, q)
    return SearchOut(query=result.query, kind=result.kind,
                     persons=[SearchHitOut(person=_person(hit.person), address=hit.address, matched=hit.matched)
                              for hit in result.persons],
                     households=[_household(hit.household) for hit in result.households], more=result.more)


@router.get("/households/{household_id}", response_model=HouseholdOut, tags=["registry"])
def household_detail(household_id: int, db: DbSession, actor: ApiActor) -> HouseholdOut:
    return _household(service.get_household(db, actor, household_id))


@router.get("/persons/{person_id}", response_model=PersonOut, tags=["registry"],
            summary="A person, masked (audited). Full numbers: POST /api/persons/{person_id}/full")
def person_detail(person_id: int, db: DbSession, actor: ApiActor) -> PersonOut:
    return _person(service.get_person(db, actor, person_id))


class FullViewIn(BaseModel):
    reason: str = Field(min_length=1, max_length=500, examples=["核对门上纸条 / checking the note on the door"])


@router.post("/persons/{person_id}/full", response_model=PersonOut, tags=["registry"],
             summary="A person with full numbers, for a stated reason (needs person.full; audited)")
def person_full(person_id: int, body: FullViewIn, db: DbSession, actor: ApiActor) -> PersonOut:
    """The reason travels in the body, never in the URL: URLs end up in access logs and browser history."""
    return _person(service.get_person(db, actor, person_id, full=True, reason=body.reason.strip()))


@router.get("/audit", response_model=AuditPage, tags=["audit"],
            summary="Search the audit log (auditors and the command; the search is itself audited)")
def audit_search(
    db: DbSession,
    actor: ApiActor,
    username: str | None = None,
    action: str | None = None,
    subject_type: str | None = None,
    subject_id: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    text: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> AuditPage:
    query = audit.AuditQuery(
        username=username, action=action, subject_type=subject_type, subject_id=subject_id,
        since=since, until=until, text=text, limit=limit, offset=offset,
    )
    total, rows = audit.search(db, actor, query)
    return AuditPage(total=total, limit=limit, offset=offset,
                     items=[AuditEntryOut.model_validate(row) for row in rows])
