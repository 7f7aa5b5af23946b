"""Isolation services: the one module other domains call. Stays recorded directly (the facts the code
rules read) and the requests other domains leave here are in this file; sites and rooms
(`isolation.sites`), stays under the policy (`isolation.stays`), transfers, arrivals and allocation
(`isolation.transfers`), capacity (`isolation.capacity`) and the release notice are re-exported."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound, PermissionDenied
from fangkong.core.roles import Permission, has_permission
from fangkong.core.scope import Actor
from fangkong.isolation.capacity import Board, Forecast, board, forecast  # noqa: E402,F401
from fangkong.isolation.guests import batch_vouch, site_guests  # noqa: E402,F401
from fangkong.isolation.models import (
    REQUEST_REASONS,
    STAY_KINDS,
    TRANSFER_ORIGINS,
    TRANSFER_PURPOSES,
    CheckpointArrival,
    QuarantineRequest,
    QuarantineSite,
    QuarantineStay,
    TransferBatch,
    TransferMember,
    TransferRequest,
)
from fangkong.isolation.sites import (  # noqa: E402,F401
    NEXT_STATES,
    READINESS_NAMES,
    ROOM_STATE_NAMES,
    add_room,
    create_site,
    get_site,
    import_rooms,
    list_sites,
    mark_ready,
    move_site,
    readiness,
    rooms_of,
    set_room_state,
    site_events,
)
from fangkong.isolation.stays import (  # noqa: E402,F401
    StayInfo,
    active_stay_of,
    as_dict,
    cancel_request,
    checks_of,
    door_event,
    end_as_case,
    end_treatment,
    free_room,
    handle_task,
    home_stays,
    open_tasks,
    place,
    record_check,
    record_test,
    release,
    site_stays,
    stay_info,
    stay_row,
    stays_of_person,
)
from fangkong.isolation.transfers import (  # noqa: E402,F401
    STEPS,
    Proposal,
    advance_batch,
    cancel_batch,
    confirm_allocation,
    create_batch,
    get_batch,
    list_batches,
    member_counts,
    members_of,
    place_request,
    propose_rooms,
    recent_arrivals,
    register_arrival,
)
from fangkong.registry import service as registry

KIND_NAMES = {"centralised": ("集中隔离", "centralised quarantine"),
              "home_quarantine": ("居家隔离", "home quarantine"),
              "home_monitoring": ("居家健康监测", "home health monitoring")}


def _require(actor: Actor) -> None:
    if not has_permission(actor.role, Permission.ISOLATION_WRITE):
        raise PermissionDenied("您的角色不能登记隔离", "Your role may not record quarantine stays")


def record_stay(db: Session, actor: Actor, *, person_id: int, kind: str, start_at: datetime,
                end_at: datetime | None = None, site: str = "", reason: str = "") -> QuarantineStay:
    """A stay from `start_at` until `end_at` (planned; None while open-ended)."""
    _require(actor)
    if kind not in STAY_KINDS:
        raise InvalidInput(f"隔离类型应为 {STAY_KINDS}", f"kind must be one of {STAY_KINDS}")
    if end_at is not None and end_at <= start_at:
        raise InvalidInput("结束时间须晚于开始时间", "The end must come after the start")
    registry.resident_location(db, actor, person_id, purpose="record quarantine stay")  # exists, in scope
    stay = QuarantineStay(person_id=person_id, kind=kind, start_at=start_at, end_at=end_at, site=site[:200],
                          reason=reason[:200], recorded_by=actor.username, recorded_at=clock.now())
    db.add(stay)
    db.flush()
    audit.record(db, actor, "write", "quarantine_stay", stay.id,
                 {"person": person_id, "kind": kind, "start": start_at, "end": end_at, "site": site})
    return stay


def end_stay(db: Session, actor: Actor, stay_id: int, *, end_at: datetime) -> QuarantineStay:
    """Release (解除隔离) at `end_at`."""
    _require(actor)
    stay = db.get(QuarantineStay, stay_id)
    if stay is None:
        raise NotFound("隔离记录不存在", "No such stay")
    if end_at <= stay.start_at:
        raise InvalidInput("结束时间须晚于开始时间", "The end must come after the start")
    registry.resident_location(db, actor, stay.person_id, purpose="end quarantine stay")
    stay.end_at = end_at
    if stay.state == "active":  # no release checks here: the direct record of an end (imports, corrections)
        stay.state, stay.released_by = "released", actor.username
        free_room(db, stay)
    audit.record(db, actor, "write", "quarantine_stay", stay.id, {"op": "end", "end": end_at})
    return stay


# ---- requests from other domains (tracing, codes, support): the isolation staff consume them ----------


def _require_request(actor: Actor) -> None:
    if not has_permission(actor.role, Permission.ISOLATION_REQUEST):
        raise PermissionDenied("您的角色不能提出隔离或转运请求", "Your role may not ask for quarantine or transfer")


def request_quarantine(db: Session, actor: Actor, *, person_id: int, reason: str, case_id: int | None = None,
                       contact_id: int | None = None, exposure_at: datetime | None = None,
                       note: str = "") -> QuarantineRequest:
    """Ask for a person to be quarantined. A second request for the same contact while one waits returns
    the waiting one (discovery run twice must not ask twice)."""
    _require_request(actor)
    if reason not in REQUEST_REASONS:
        raise InvalidInput(f"请求原因应为 {REQUEST_REASONS}", f"reason must be one of {REQUEST_REASONS}")
    registry.resident_location(db, actor, person_id, purpose="request quarantine")  # exists, in scope, audited
    waiting = db.scalars(select(QuarantineRequest).where(
        QuarantineRequest.person_id == person_id, QuarantineRequest.state == "waiting",
        QuarantineRequest.contact_id.is_(None) if contact_id is None else QuarantineRequest.contact_id == contact_id,
    )).first()
    if waiting is not None:
        return waiting
    request = QuarantineRequest(person_id=person_id, reason=reason, case_id=case_id, contact_id=contact_id,
                                exposure_at=exposure_at, note=note[:300], state="waiting",
                                requested_by=actor.username, requested_at=clock.now())
    db.add(request)
    db.flush()
    audit.record(db, actor, "write", "quarantine_request", request.id,
                 {"person": person_id, "reason": reason, "case": case_id, "contact": contact_id})
    return request


def quarantine_requests(db: Session, actor: Actor, *, state: str | None = "waiting",
                        limit: int = 500) -> list[QuarantineRequest]:
    """Requests, oldest first (masked persons are the caller's business: ids only here)."""
    statement = select(QuarantineRequest).order_by(QuarantineRequest.requested_at, QuarantineRequest.id)
    return _requests(db, actor, statement, QuarantineRequest, state, limit)


def request_transfer(db: Session, actor: Actor, *, person_id: int, purpose: str, origin_kind: str,
                     origin_text: str = "", destination_text: str = "", urgent: bool = False,
                     source_ref: str = "", note: str = "") -> TransferRequest:
    """Ask for a closed-loop transfer of a person (a medical emergency: urgent, to a hospital)."""
    _require_request(actor)
    if purpose not in TRANSFER_PURPOSES:
        raise InvalidInput(f"转运目的应为 {TRANSFER_PURPOSES}", f"purpose must be one of {TRANSFER_PURPOSES}")
    if origin_kind not in TRANSFER_ORIGINS:
        raise InvalidInput(f"出发地类型应为 {TRANSFER_ORIGINS}", f"origin must be one of {TRANSFER_ORIGINS}")
    registry.resident_location(db, actor, person_id, purpose="request transfer")
    request = TransferRequest(person_id=person_id, purpose=purpose, urgent=urgent, origin_kind=origin_kind,
                              origin_text=origin_text[:200], destination_text=destination_text[:200],
                              source_ref=source_ref[:64], note=note[:300], state="waiting",
                              requested_by=actor.username, requested_at=clock.now())
    db.add(request)
    db.flush()
    audit.record(db, actor, "write", "transfer_request", request.id,
                 {"person": person_id, "purpose": purpose, "urgent": urgent, "source": source_ref})
    return request


def transfer_requests(db: Session, actor: Actor, *, state: str | None = "waiting",
                      limit: int = 500) -> list[TransferRequest]:
    """Transfer requests, urgent first, then oldest first."""
    statement = select(TransferRequest).order_by(TransferRequest.urgent.desc(), TransferRequest.requested_at)
    return _requests(db, actor, statement, TransferRequest, state, limit)


def _requests(db: Session, actor: Actor, statement: Any, table: Any, state: str | None, limit: int) -> list[Any]:
    if not (has_permission(actor.role, Permission.ISOLATION_WRITE)
            or has_permission(actor.role, Permission.ISOLATION_REQUEST)):
        raise PermissionDenied("您的角色不能查看这些请求", "Your role may not see these requests")
    if state is not None:
        statement = statement.where(table.state == state)
    rows = list(db.scalars(statement.limit(limit)))
    audit.record(db, actor, "read", table.__tablename__, None, {"state": state, "rows": len(rows)})
    return rows


def stay_person(db: Session, stay_id: int) -> int:
    stay = db.get(QuarantineStay, stay_id)
    if stay is None:
        raise NotFound("隔离记录不存在", "No such stay")
    return stay.person_id


# ---- for other domains: a person's isolation records in a window, requests filed in bulk ---------------


@dataclass(frozen=True)
class Movement:
    """A quarantine stay, a transfer or a checkpoint arrival of a person, as a case's trajectory shows it."""

    ref: str  # stay:3, transfer:5, arrival:7
    kind: str  # stay | transfer | arrival
    start: datetime
    end: datetime | None
    place: str
    note: str = ""


def movements_of(db: Session, actor: Actor, person_id: int, *, start: datetime, end: datetime,
                 purpose: str) -> list[Movement]:
    """The person's quarantine stays overlapping [start, end], the transfers they rode in it and their
    checkpoint arrivals in it, oldest first: three queries, audited with the caller's purpose."""
    if not has_permission(actor.role, Permission.ISOLATION_READ):
        raise PermissionDenied("您的角色不能查看隔离记录", "Your role may not see quarantine records")
    registry.resident_location(db, actor, person_id, purpose=purpose)  # in scope, audited
    found: list[Movement] = []
    stays = db.execute(
        select(QuarantineStay, QuarantineSite.name)
        .outerjoin(QuarantineSite, QuarantineSite.id == QuarantineStay.site_id)
        .where(QuarantineStay.person_id == person_id, QuarantineStay.start_at <= end,
               or_(QuarantineStay.end_at.is_(None), QuarantineStay.end_at >= start)))
    for stay, site_name in stays:
        kind_zh, kind_en = KIND_NAMES.get(stay.kind, (stay.kind, stay.kind))
        found.append(Movement(f"stay:{stay.id}", "stay", stay.start_at, stay.end_at,
                              f"{kind_zh} {site_name or stay.site}".strip(), f"{kind_en}; {stay.state}"))
    moment = func.coalesce(TransferBatch.picked_up_at, TransferBatch.dispatched_at, TransferBatch.created_at)
    transfers = db.execute(
        select(TransferBatch, QuarantineSite.name).join(TransferMember, TransferMember.batch_id == TransferBatch.id)
        .join(QuarantineSite, QuarantineSite.id == TransferBatch.site_id)
        .where(TransferMember.person_id == person_id, TransferBatch.state != "cancelled",
               moment >= start, moment <= end))
    for batch, site_name in transfers:
        at = batch.picked_up_at or batch.dispatched_at or batch.created_at
        found.append(Movement(f"transfer:{batch.id}", "transfer", at, batch.arrived_at,
                              f"转运 {batch.origin_text or batch.origin_kind} → {site_name}",
                              f"transfer; {batch.state}; {batch.vehicle}".strip("; ")))
    arrivals = db.scalars(select(CheckpointArrival).where(CheckpointArrival.person_id == person_id,
                                                          CheckpointArrival.arrived_at >= start,
                                                          CheckpointArrival.arrived_at <= end))
    for arrival in arrivals:
        found.append(Movement(f"arrival:{arrival.id}", "arrival", arrival.arrived_at, None,
                              f"{arrival.checkpoint} (来自 {arrival.origin_text})" if arrival.origin_text
                              else arrival.checkpoint, arrival.follow_up))
    found.sort(key=lambda m: (m.start, m.ref))
    audit.record(db, actor, "read", "quarantine_stay", None, {"op": "movements_of", "person": person_id,
                                                              "rows": len(found)}, reason=purpose)
    return found


@dataclass(frozen=True)
class RequestSpec:
    person_id: int
    reason: str
    case_id: int | None = None
    contact_id: int | None = None
    exposure_at: datetime | None = None
    note: str = ""


def request_quarantines(db: Session, actor: Actor, specs: list[RequestSpec]) -> int:
    """File many quarantine requests at once (a confirmed household, a venue's contacts): one INSERT for
    all, skipping a person whose request for the same contact is already waiting; the persons' scope
    checked set-based; one audit entry with the ids. Returns how many filed."""
    _require_request(actor)
    if not specs:
        return 0
    bad = {s.reason for s in specs} - set(REQUEST_REASONS)
    if bad:
        raise InvalidInput(f"请求原因应为 {REQUEST_REASONS}", f"reason must be one of {REQUEST_REASONS}")
    persons = sorted({s.person_id for s in specs})
    where = registry.locations_of(db, actor, set(persons), purpose="request quarantine")  # one query, audited
    if len(where) != len(persons):
        raise NotFound("人员不存在", "No such person")
    if not all(actor.covers(location) for location in where.values()):
        raise PermissionDenied("有人员不在您的辖区", "A person is outside your jurisdiction")
    waiting: set[tuple[int, int | None]] = set()
    for chunk in (persons[i:i + 900] for i in range(0, len(persons), 900)):
        waiting.update(db.execute(select(QuarantineRequest.person_id, QuarantineRequest.contact_id)
                                  .where(QuarantineRequest.person_id.in_(chunk),
                                         QuarantineRequest.state == "waiting")).tuples())
    now = clock.now()
    rows = []
    for spec in specs:
        if (spec.person_id, spec.contact_id) in waiting:
            continue
        waiting.add((spec.person_id, spec.contact_id))
        rows.append({"person_id": spec.person_id, "reason": spec.reason, "case_id": spec.case_id,
                     "contact_id": spec.contact_id, "exposure_at": spec.exposure_at, "note": spec.note[:300],
                     "state": "waiting", "requested_by": actor.username, "requested_at": now})
    if rows:
        db.execute(insert(QuarantineRequest), rows)
    audit.record(db, actor, "write", "quarantine_request", None,
                 {"op": "bulk", "rows": len(rows), "persons": [r["person_id"] for r in rows][:2000],
                  "cases": sorted({r["case_id"] for r in rows if r["case_id"] is not None})})
    return len(rows)
