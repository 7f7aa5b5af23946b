"""Tracing JSON API (mounted under /api): the case list (masked, in the caller's jurisdiction), a case with
its trajectory, its contact candidates with their evidence, discovery, confirm and dismiss. The same
services and flows as the pages: they check role and jurisdiction, mask and audit; this only maps."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from fangkong.registry import service as registry
from fangkong.tracing import discovery, flows, service
from fangkong.web.deps import ApiActor, DbSession

router = APIRouter(tags=["tracing"])

Id = Annotated[int, Field(ge=1, le=2**63 - 1)]
Kind = Literal["household", "unit", "building", "venue", "declared", "named", "secondary"]


class PersonOut(BaseModel):
    id: int
    name: str = Field(description="masked (张*)")
    id_number: str = Field(description="masked")
    sex: str
    age: int
    home: str = Field(default="", description="the compound, building and unit")


class CaseRowOut(BaseModel):
    id: int
    person: PersonOut | None
    kind: str
    severity: str | None
    reported_at: datetime
    onset_date: date | None
    sampled_date: date | None
    source_kind: str
    how_found: str
    epidemiologist: str | None
    discharged_at: datetime | None
    candidates: int
    pending: int
    contacts: int


class TrajectoryItemOut(BaseModel):
    ref: str = Field(description="scan:12, sample:3, declaration:4, stay:5, transfer:6, arrival:7, entry:8")
    start: datetime
    end: datetime | None
    place: str
    source: str = Field(description="scan | sample | declaration | stay | transfer | arrival | manual")
    wrong: bool
    note: str


class CaseOut(BaseModel):
    case: CaseRowOut
    form: dict[str, str]
    policy: str
    window_from: datetime
    window_to: datetime
    trajectory: list[TrajectoryItemOut]


class CandidateOut(BaseModel):
    id: int
    person: PersonOut | None
    kinds: list[str]
    evidence: list[dict[str, Any]]
    last_exposure: datetime
    state: str
    reason: str
    contact_id: int | None


class DiscoveryOut(BaseModel):
    case: int
    new: int
    widened: int
    by_kind: dict[str, int]


class ChoiceIn(BaseModel):
    kinds: list[Kind] = Field(default_factory=list, max_length=7)
    person_ids: list[Id] = Field(default_factory=list, max_length=5000)
    candidate_ids: list[Id] = Field(default_factory=list, max_length=5000)


class DismissIn(ChoiceIn):
    reason: str = Field(min_length=1, max_length=200, description="why these persons are not contacts")


class ConfirmOut(BaseModel):
    case: int
    contacts: list[int] = Field(description="the contact ids recorded")
    persons: list[int]
    quarantine_requests: int


class DismissOut(BaseModel):
    case: int
    dismissed: int


def _persons(db: DbSession, actor: ApiActor, ids: set[int], purpose: str) -> dict[int, PersonOut]:
    views = registry.persons_masked(db, actor, ids, purpose=purpose)
    homes = registry.home_labels(db, set(views))
    return {pid: PersonOut(id=v.id, name=v.name, id_number=v.id_number, sex=v.sex, age=v.age,
                           home=homes.get(pid, "")) for pid, v in views.items()}


def _row(row: service.CaseRow, person: PersonOut | None) -> CaseRowOut:
    case = row.case
    return CaseRowOut(id=case.id, person=person, kind=case.kind, severity=case.severity,
                      reported_at=case.reported_at, onset_date=case.onset_date, sampled_date=case.sampled_date,
                      source_kind=case.source_kind, how_found=case.how_found, epidemiologist=case.epidemiologist,
                      discharged_at=case.discharged_at, candidates=row.candidates, pending=row.pending,
                      contacts=row.contacts)


@router.get("/tracing/cases", response_model=list[CaseRowOut], summary="Cases in your jurisdiction (masked)")
def cases(db: DbSession, actor: ApiActor, district_id: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None,
          status: Literal["open", "discharged"] | None = None,
          how_found: Literal["under_control", "community"] | None = None,
          limit: Annotated[int, Query(ge=1, le=500)] = 200) -> list[CaseRowOut]:
    rows = service.list_cases(db, actor, district_id=district_id, status=status, how_found=how_found, limit=limit)
    homes = registry.home_labels(db, {r.case.person_id for r in rows})
    return [_row(r, PersonOut(id=r.person.id, name=r.person.name, id_number=r.person.id_number, sex=r.person.sex,
                              age=r.person.age, home=homes.get(r.case.person_id, "")) if r.person else None)
            for r in rows]


@router.get("/tracing/cases/{case_id}", response_model=CaseOut, summary="A case with its trajectory")
def case_detail(case_id: int, db: DbSession, actor: ApiActor) -> CaseOut:
    case = service.get_case(db, actor, case_id)
    person = _persons(db, actor, {case.person_id}, f"case:{case_id}").get(case.person_id)
    found = discovery.candidates(db, actor, case_id)
    row = service.CaseRow(case, None, len(found), sum(c.state == "pending" for c in found),
                          service._contact_counts(db, [case_id]).get(case_id, 0))
    (start, end), items = flows.trajectory(db, actor, case_id)
    return CaseOut(case=_row(row, person), form=service.form_of(case),
                   policy=service.tracing_policy(case.reported_at).key, window_from=start, window_to=end,
                   trajectory=[TrajectoryItemOut(ref=i.ref, start=i.start, end=i.end, place=i.place, source=i.source,
                                                 wrong=i.wrong, note=i.note) for i in items])


@router.get("/tracing/cases/{case_id}/candidates", response_model=list[CandidateOut],
            summary="A case's contact candidates with their evidence (masked)")
def candidates(case_id: int, db: DbSession, actor: ApiActor,
               state: Literal["pending", "confirmed", "dismissed"] | None = None) -> list[CandidateOut]:
    found = discovery.candidates(db, actor, case_id, state=state)
    people = _persons(db, actor, {c.person_id for c in found}, f"case:{case_id} candidates")
    return [CandidateOut(id=c.id, person=people.get(c.person_id), kinds=c.kinds.split(","),
                         evidence=discovery.evidence_of(c), last_exposure=c.last_exposure, state=c.state,
                         reason=c.reason, contact_id=c.contact_id) for c in found]


@router.post("/tracing/cases/{case_id}/discover", response_model=DiscoveryOut,
             summary="Run contact discovery for the case; stores what is new")
def discover(case_id: int, db: DbSession, actor: ApiActor) -> DiscoveryOut:
    result = flows.discover(db, actor, [case_id])
    return DiscoveryOut(case=case_id, new=result.new, widened=result.widened, by_kind=dict(result.by_kind))


@router.post("/tracing/cases/{case_id}/confirm", response_model=ConfirmOut,
             summary="Confirm pending candidates (all, or by kind, person or candidate id)")
def confirm(case_id: int, body: ChoiceIn, db: DbSession, actor: ApiActor) -> ConfirmOut:
    done = flows.confirm(db, actor, case_id, kinds=list(body.kinds) or None, person_ids=body.person_ids or None,
                         candidate_ids=body.candidate_ids or None)
    return ConfirmOut(case=case_id, contacts=[c.id for c in done.contacts],
                      persons=[c.person_id for c in done.contacts], quarantine_requests=done.requests)


@router.post("/tracing/cases/{case_id}/dismiss", response_model=DismissOut,
             summary="Dismiss pending candidates with a reason (by kind, person or candidate id)")
def dismiss(case_id: int, body: DismissIn, db: DbSession, actor: ApiActor) -> DismissOut:
    count = flows.dismiss(db, actor, case_id, reason=body.reason, kinds=list(body.kinds) or None,
                          person_ids=body.person_ids or None, candidate_ids=body.candidate_ids or None)
    return DismissOut(case=case_id, dismissed=count)
