"""Support JSON API (mounted under /api): file a help request (a resident's app, the 12345 hotline's
system), follow one's requests, a team's work list, the overview. Services check role, scope and audit;
this only maps."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter
from pydantic import BaseModel, Field

from fangkong.support import flows, service
from fangkong.web.deps import ApiActor, DbSession

router = APIRouter(tags=["support"])


class RequestIn(BaseModel):
    person_id: int | None = Field(None, description="Whom the request is for (a resident: omit, it is you)")
    kind: str = Field(description="medicine | food | meals | garbage | repairs | counselling | regular_treatment"
                                  " | medical_emergency | other")
    text: str = ""
    hospital: str = Field("", description="For a medical emergency: the hospital to go to, if known")


class RequestOut(BaseModel):
    id: int
    kind: str
    state: str
    priority: int
    escalation: int = Field(description="0 none, 1 community, 2 street, 3 district")
    sealed: bool
    filed_at: datetime
    due_at: datetime | None = Field(description="The next deadline: acknowledge, then fulfil; null once delivered")
    fulfilment_note: str
    hospital: str
    transfer_request_id: int | None


class NoteIn(BaseModel):
    note: str


class DistrictOut(BaseModel):
    district_id: int | None
    name: str
    open: int
    overdue: int
    street: int
    district: int
    emergencies: int


def _out(request: object) -> RequestOut:
    return RequestOut.model_validate(request, from_attributes=True)


@router.post("/support/requests", response_model=RequestOut, summary="File a help request")
def file_request(body: RequestIn, db: DbSession, actor: ApiActor) -> RequestOut:
    person_id = actor.person_id if body.person_id is None and actor.role == "resident" else body.person_id
    return _out(flows.file_request(db, actor, person_id=person_id or 0, kind=body.kind, text=body.text,
                                   hospital=body.hospital))


@router.get("/support/requests/mine", response_model=list[RequestOut], summary="My requests (or those I filed)")
def mine(db: DbSession, actor: ApiActor) -> list[RequestOut]:
    return [_out(row.request) for row in service.my_requests(db, actor)]


@router.get("/support/requests", response_model=list[RequestOut], summary="Open requests in my jurisdiction")
def in_scope(db: DbSession, actor: ApiActor, overdue: bool = False, limit: int = 100) -> list[RequestOut]:
    return [_out(row.request) for row in service.requests_in_scope(db, actor, overdue_only=overdue, limit=limit)]


@router.post("/support/requests/{request_id}/accept", response_model=RequestOut, summary="Acknowledge (接单)")
def accept(request_id: int, db: DbSession, actor: ApiActor) -> RequestOut:
    return _out(service.accept(db, actor, request_id))


@router.post("/support/requests/{request_id}/deliver", response_model=RequestOut,
             summary="Delivered, with a fulfilment note")
def deliver(request_id: int, body: NoteIn, db: DbSession, actor: ApiActor) -> RequestOut:
    return _out(service.deliver(db, actor, request_id, note=body.note))


@router.post("/support/requests/{request_id}/confirm", response_model=RequestOut, summary="Confirm received")
def confirm(request_id: int, db: DbSession, actor: ApiActor) -> RequestOut:
    return _out(service.confirm(db, actor, request_id))


@router.get("/support/overview", response_model=list[DistrictOut], summary="Open and overdue requests by district")
def overview(db: DbSession, actor: ApiActor) -> list[DistrictOut]:
    return [DistrictOut.model_validate(f, from_attributes=True) for f in service.overview(db, actor)]
