"""Risk-area JSON API (mounted under /api). Drafting, resolving and publishing need notice.write;
reading notices and areas needs areas.read; /api/public/... needs no login (published notices only,
places and levels, no person). Errors follow the registry API: {"detail": message, "error": class}."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from sqlalchemy.orm import Session

from fangkong import policies
from fangkong.areas import flows, screening, service
from fangkong.areas.rows import area_rows
from fangkong.areas.schemas import (
    ActiveAreasOut,
    AreaOut,
    BuildIn,
    CandidateOut,
    ChangeOut,
    DraftIn,
    ImpactOut,
    NoticeDetailOut,
    NoticeOut,
    NoticePlaceOut,
    NoticeSummaryOut,
    PlaceHistoryOut,
    PublicNoticeOut,
    PublicNoticeTextOut,
    ResolveIn,
    StepOut,
)
from fangkong.core import clock
from fangkong.core.errors import NotFound
from fangkong.core.roles import Permission, require
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.registry.schemas import ErrorOut
from fangkong.web.deps import ApiActor, DbSession
from fangkong.web.i18n import api_lang

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "Not logged in / token invalid or expired"},
    403: {"model": ErrorOut, "description": "Role does not allow this"},
    404: {"model": ErrorOut, "description": "No such notice or place"},
    422: {"model": ErrorOut, "description": "Invalid input (e.g. publishing while places wait for review)"},
}

router = APIRouter(responses=_ERRORS, tags=["areas"])


def _require_read(actor: Actor) -> None:
    require(actor, Permission.AREAS_READ, "您的角色无此权限", "Your role may not do this (areas.read)")


def _place_out(p: service.PlaceRow) -> NoticePlaceOut:
    return NoticePlaceOut(id=p.id, seq=p.seq, text=p.text, base_text=p.base_text, state=p.state,
                          place_id=p.place_id, venue_id=p.venue_id, level=p.level, match_kind=p.match_kind,
                          confidence=p.confidence, label=p.label, note=p.note,
                          candidates=[CandidateOut(**o) for o in p.options],
                          exclusions=[{"text": text, "place_id": pid} for text, pid in p.exclusions])


def _detail(db: Session, actor: Actor, notice_id: int) -> NoticeDetailOut:
    view = service.notice_view(db, actor, notice_id)
    changes = [
        ChangeOut(id=c.id, action=c.action, level_from=c.level_from, level_to=c.level_to, district=c.district,
                  stated_count=c.stated_count, places=[_place_out(p) for p in c.places])
        for c in view.changes
    ]
    impact = None
    if view.notice.state == "published":
        found = service.persons_affected(db, actor, notice_id)
        impact = ImpactOut(places=found.places, persons=len(found.persons),
                           persons_by_level=dict(Counter(found.persons.values())))
    return NoticeDetailOut(**NoticeOut.model_validate(view.notice).model_dump(), text=view.notice.text,
                           warnings=view.warnings, counts=view.counts, changes=changes, impact=impact)


@router.get("/areas/notices", response_model=list[NoticeSummaryOut], summary="Notices, newest effective first")
def list_notices(db: DbSession, actor: ApiActor, state: Annotated[str | None, Query(
        description="draft | published | withdrawn")] = None,
                 limit: Annotated[int, Query(ge=1, le=500)] = 100) -> list[NoticeSummaryOut]:
    notices = service.list_notices(db, actor, state=state, limit=limit)
    counts = service.notice_place_counts(db, actor, [n.id for n in notices])
    return [NoticeSummaryOut(**NoticeOut.model_validate(n).model_dump(), counts=counts.get(n.id, {}))
            for n in notices]


@router.post("/areas/notices", response_model=NoticeDetailOut, status_code=201,
             summary="Draft a notice from its text: parsed, resolved, kept as a draft")
def draft(body: DraftIn, db: DbSession, actor: ApiActor) -> NoticeDetailOut:
    notice = service.draft_notice(db, actor, body.text, default_year=body.default_year, guess=body.guess)
    return _detail(db, actor, notice.id)


@router.post("/areas/notices/build", response_model=NoticeDetailOut, status_code=201,
             summary="Draft a notice from structured changes (the city's usual text is written for it)")
def build(body: BuildIn, db: DbSession, actor: ApiActor) -> NoticeDetailOut:
    moment = (body.effective or clock.now()).isoformat()
    changes = [{**c.model_dump(), "stated_count": len(c.places)} for c in body.changes]
    notice = service.draft_from_changes(db, actor, {"issuer": body.issuer, "number": body.number,
                                                    "published": moment, "effective": moment,
                                                    "changes": changes})
    return _detail(db, actor, notice.id)


@router.get("/areas/notices/{notice_id}", response_model=NoticeDetailOut,
            summary="A notice with its parse, each place's match, warnings, and (published) its impact")
def notice_detail(notice_id: int, db: DbSession, actor: ApiActor) -> NoticeDetailOut:
    return _detail(db, actor, notice_id)


@router.post("/areas/notices/{notice_id}/places/{place_row_id}/resolve", response_model=NoticePlaceOut,
             summary="Settle a place of a draft: a registry place, a venue, a new place, a free-form block, or "
                     "leave it out")
def resolve(notice_id: int, place_row_id: int, body: ResolveIn, db: DbSession, actor: ApiActor) -> NoticePlaceOut:
    row = service.resolve_place(db, actor, place_row_id, place_id=body.place_id, venue_id=body.venue_id,
                                block=body.block, drop=body.drop,
                                create=body.create.model_dump() if body.create else None)
    if row.notice_id != notice_id:
        raise NotFound("通告地点不存在", "No such notice place")
    for change in _detail(db, actor, notice_id).changes:
        for place in change.places:
            if place.id == place_row_id:
                return place
    raise NotFound("通告地点不存在", "No such notice place")


@router.post("/areas/notices/{notice_id}/publish", response_model=NoticeDetailOut,
             summary="Publish a draft (refused with 422 while places wait for review)")
def publish(notice_id: int, db: DbSession, actor: ApiActor) -> NoticeDetailOut:
    flows.publish_notice(db, actor, notice_id)  # codes follow the notice in the same transaction
    return _detail(db, actor, notice_id)


@router.get("/areas/review", response_model=list[NoticePlaceOut],
            summary="Places waiting for a person, in every draft (or one with notice_id)")
def review_queue(db: DbSession, actor: ApiActor, notice_id: int | None = None) -> list[NoticePlaceOut]:
    return [_place_out(p) for p in service.review_queue(db, actor, notice_id)]


def _active(db: Session, request: Request, at: datetime | None, district: str | None) -> ActiveAreasOut:
    moment = at.replace(tzinfo=None) if at else clock.now()
    areas = service.areas_at(db, moment, district=district or None, screening=screening.day7_screening(db))
    rows = area_rows(areas, api_lang(request))
    out = [AreaOut(label=r.label, level=r.level, district=a.district, place_id=a.place_id,
                   place_level=a.place_level, venue_id=a.venue_id, since=r.since, lift_expected=r.lift_expected,
                   notice_numbers=r.notice_numbers) for a, r in zip(areas, rows, strict=True)]
    return ActiveAreasOut(at=moment, policy=policies.in_force(moment).key, district=district or None,
                          total=len(out), by_level=dict(Counter(r.level or "" for r in rows)), areas=out)


@router.get("/areas/active", response_model=ActiveAreasOut, summary="Active risk areas at a moment (default now)")
def active(request: Request, db: DbSession, actor: ApiActor, at: datetime | None = None,
           district: str | None = None) -> ActiveAreasOut:
    _require_read(actor)
    return _active(db, request, at, district)


@router.get("/areas/places/{place_id}/history", response_model=PlaceHistoryOut,
            summary="Every level step of a place and the areas containing it, up to a moment")
def place_history(request: Request, place_id: int, db: DbSession, actor: ApiActor,
                  at: datetime | None = None) -> PlaceHistoryOut:
    _require_read(actor)
    moment = at.replace(tzinfo=None) if at else clock.now()
    steps = service.place_history(db, place_id, moment)
    en = api_lang(request) == "en"
    return PlaceHistoryOut(
        place_id=place_id, label=registry.place_labels(db, {place_id}).get(place_id, ""), at=moment,
        steps=[StepOut(at=s.at, level=s.level, cause=s.cause, notice_id=s.notice_id, notice_number=s.notice_number,
                       reason=s.reason_en if en else s.reason_zh) for s in steps])


# ---- public: no login ---------------------------------------------------------------------------


@router.get("/public/areas", response_model=ActiveAreasOut, tags=["public"],
            summary="Active risk areas (no login): what the published notices say")
def public_areas(request: Request, db: DbSession, at: datetime | None = None,
                 district: str | None = None) -> ActiveAreasOut:
    return _active(db, request, at, district)


@router.get("/public/notices", response_model=list[PublicNoticeOut], tags=["public"],
            summary="Published notices, newest first (no login)")
def public_notices(db: DbSession, limit: Annotated[int, Query(ge=1, le=200)] = 50) -> list[PublicNoticeOut]:
    return [PublicNoticeOut(id=n.id, issuer=n.issuer, number=n.number, title=n.title, effective=n.effective,
                            published_at=n.published_at) for n in service.published_notices(db, limit=limit)]


@router.get("/public/notices/{notice_id}", response_model=PublicNoticeTextOut, tags=["public"],
            summary="A published notice's text (no login)")
def public_notice(notice_id: int, db: DbSession) -> PublicNoticeTextOut:
    notice = service.published_notice(db, notice_id)
    return PublicNoticeTextOut(id=notice.id, issuer=notice.issuer, number=notice.number, title=notice.title,
                               effective=notice.effective, published_at=notice.published_at, text=notice.text)
