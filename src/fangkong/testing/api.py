"""Testing JSON API (mounted under /api): the sampler's tube calls, the lab's result upload, round
coverage and the grid worker's notes. Services check role, jurisdiction and audit; this only maps."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Request, UploadFile
from fastapi.responses import JSONResponse

from fangkong.core import clock
from fangkong.core.errors import InvalidInput
from fangkong.testing import coverage, flows, service
from fangkong.testing.schemas import (
    CoverageOut,
    CoverageRowOut,
    ImportOut,
    NoteIn,
    NoteOut,
    PersonIn,
    RowErrorOut,
    SampleOut,
    TubeIn,
    TubeOut,
)
from fangkong.web.deps import ApiActor, DbSession
from fangkong.web.i18n import api_lang

router = APIRouter(tags=["testing"])


def _tube(view: service.TubeView) -> TubeOut:
    return TubeOut(barcode=view.barcode, state=view.state, pool_size=view.pool_size, members=view.members,
                   round_id=view.round_id, sealed_at=view.sealed_at)


@router.post("/testing/tubes", response_model=TubeOut, summary="Open a tube (scan its barcode)")
def open_tube(body: TubeIn, db: DbSession, actor: ApiActor) -> TubeOut:
    site_id = body.site_id
    if site_id is None:
        site = service.sampler_site(db, actor)  # the same default as the page
        if site is None:
            raise InvalidInput("您的账号没有采样点", "Your account has no sampling site")
        site_id = site.id
    round_id = body.round_id
    if round_id is None and body.purpose in (None, "round"):
        rounds = service.list_rounds(db, actor, active_at=clock.now())
        if not rounds:  # never a tube of nothing: the caller says late, routine or recall
            raise InvalidInput("现在没有正在采样的轮次：请说明本管用途（late、routine 或 recall）",
                               "No round is open now: give the tube's purpose (late, routine or recall)")
        round_id = rounds[0].id
    return _tube(service.open_tube(db, actor, barcode=body.barcode, site_id=site_id, round_id=round_id,
                                   pool_size=body.pool_size, purpose=body.purpose))


@router.post("/testing/tubes/{barcode}/samples", response_model=SampleOut, summary="Add a person to a tube")
def add_person(barcode: str, body: PersonIn, db: DbSession, actor: ApiActor) -> SampleOut:
    added = flows.add_scanned_sample(db, actor, barcode=barcode, person=body.person,
                                     confirm_repeat=body.confirm_repeat)
    return SampleOut(tube=_tube(added.tube), person_id=added.person_id, name=added.masked_name, sealed=added.sealed)


@router.post("/testing/tubes/{barcode}/seal", response_model=TubeOut, summary="Seal a tube early")
def seal(barcode: str, db: DbSession, actor: ApiActor) -> TubeOut:
    return _tube(service.seal_tube(db, actor, barcode))


@router.post("/testing/results", response_model=ImportOut, summary="Upload a lab's result file (.csv / .xlsx)",
             responses={422: {"model": ImportOut, "description": "Refused whole, with the per-row report"}})
def upload_results(request: Request, db: DbSession, actor: ApiActor,
                   file: Annotated[UploadFile, File()]) -> ImportOut | JSONResponse:
    lang = api_lang(request)
    data = file.file.read(service.MAX_RESULT_FILE_BYTES + 1)
    if len(data) > service.MAX_RESULT_FILE_BYTES:
        raise InvalidInput("文件超过 50 MB", "The file is larger than 50 MB")
    try:
        report = flows.import_result_file(db, actor, content=data, filename=file.filename or "")
    except service.ResultFileRefused as exc:
        db.rollback()
        refused = ImportOut(file_id=None, rows=0, applied=0, positive_tubes=0, duplicate=False, recalls_created=0,
                            recalls_closed=0, cases=0,
                            errors=[RowErrorOut(row=e.row, column=e.column, value=e.value, message=e.message(lang))
                                    for e in exc.errors])
        return JSONResponse(refused.model_dump(mode="json"), status_code=422)
    f = report.file
    return ImportOut(file_id=f.file_id, rows=f.rows, applied=f.applied, positive_tubes=f.positive_tubes,
                     duplicate=f.duplicate, recalls_created=report.recalls_created,
                     recalls_closed=report.recalls_closed, cases=report.cases)


def _row(row: coverage.CoverageRow) -> CoverageRowOut:
    return CoverageRowOut(id=row.id, level=row.level, name=row.name, target=row.target, sampled=row.sampled,
                          missing=row.missing, exempt=row.exempt, home_requested=row.home_requested,
                          households=row.households, households_done=row.households_done, door_notes=row.door_notes)


@router.get("/testing/rounds/{round_id}/coverage", response_model=CoverageOut,
            summary="Sampled and missing per child place (districts ... households)")
def round_coverage(round_id: int, db: DbSession, actor: ApiActor, place: int | None = None) -> CoverageOut:
    total, rows = coverage.coverage(db, actor, round_id, place)
    return CoverageOut(round_id=round_id, total=_row(total), rows=[_row(r) for r in rows])


@router.post("/testing/rounds/{round_id}/households/{household_id}/notes", response_model=NoteOut,
             summary="Door note, home-sampling request or exemption for a household")
def household_note(round_id: int, household_id: int, body: NoteIn, db: DbSession, actor: ApiActor) -> NoteOut:
    if body.kind == "door_note":
        note = coverage.record_door_note(db, actor, round_id, household_id, persons_on_note=body.persons_on_note or 0,
                                         note=body.note)
    elif body.kind == "home_sampling":
        note = coverage.request_home_sampling(db, actor, round_id, household_id, reason=body.reason,
                                              person_ids=body.person_ids, note=body.note)
    elif body.kind == "exemption":
        note = coverage.record_exemption(db, actor, round_id, household_id, reason=body.reason,
                                         person_ids=body.person_ids, note=body.note)
    else:
        raise InvalidInput("未知的登记类型", "kind must be door_note, home_sampling or exemption")
    return NoteOut(id=note.id, kind=note.kind, household_id=note.household_id, members=note.members,
                   sampled=note.sampled)
