"""Point-to-point transfers (点对点转运) as closed loops, checkpoint arrivals (第一落点), and the room
allocation proposal and its confirmation for the persons a batch brings (or any list of persons)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fangkong import policies
from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound
from fangkong.core.scope import Actor
from fangkong.isolation import allocation, rules, stays
from fangkong.isolation.models import (
    REQUEST_GROUPS,
    TRANSFER_ORIGINS,
    CheckpointArrival,
    QuarantineRequest,
    QuarantineSite,
    QuarantineStay,
    Room,
    TransferBatch,
    TransferMember,
    TransferRequest,
)
from fangkong.isolation.sites import require_read, require_write
from fangkong.registry import service as registry


def create_batch(db: Session, actor: Actor, *, site_id: int, origin_kind: str, origin_text: str = "",
                 person_ids: list[int] | None = None, transfer_request_ids: list[int] | None = None,
                 quarantine_request_ids: list[int] | None = None, vehicle: str = "", driver: str = "",
                 escort: str = "", group: str = "close_contact", urgent: bool = False) -> TransferBatch:
    """A batch to one destination site, its persons given directly or through the requests it answers
    (tracing's quarantine requests, support's urgent transfers); the requests are marked dispatched."""
    require_write(actor)
    if origin_kind not in TRANSFER_ORIGINS:
        raise InvalidInput(f"出发地类型应为 {TRANSFER_ORIGINS}", f"origin must be one of {TRANSFER_ORIGINS}")
    site = db.get(QuarantineSite, site_id)
    if site is None:
        raise NotFound("目的地场所不存在", "No such destination site")
    if site.state not in ("requisitioned", "in_use"):
        raise InvalidInput(f"目的地「{site.name}」未启用", f"The destination {site.name} is not open")
    members: dict[int, TransferMember] = {}
    for pid in person_ids or []:
        members[pid] = TransferMember(person_id=pid, group=group)
    for request in _waiting(db, TransferRequest, transfer_request_ids):
        member = members.setdefault(request.person_id, TransferMember(person_id=request.person_id, group=group))
        member.transfer_request_id = request.id
        if request.purpose in ("hospital", "emergency"):
            member.group = "case" if request.purpose == "hospital" else member.group
            urgent = urgent or request.urgent
        request.state, request.handled_by, request.handled_at = "dispatched", actor.username, clock.now()
    for request in _waiting(db, QuarantineRequest, quarantine_request_ids):
        member = members.setdefault(request.person_id, TransferMember(person_id=request.person_id))
        member.quarantine_request_id, member.group = request.id, REQUEST_GROUPS.get(request.reason, group)
    if not members:
        raise InvalidInput("转运批次至少需要一人", "A batch needs at least one person")
    registry.locations_of(db, actor, set(members), purpose="transfer batch")
    now = clock.now()
    batch = TransferBatch(origin_kind=origin_kind, origin_text=origin_text[:200], site_id=site.id, urgent=urgent,
                          vehicle=vehicle[:32], driver=driver[:64], escort=escort[:64], state="planned",
                          created_by=actor.username, created_at=now)
    db.add(batch)
    db.flush()
    for member in members.values():
        member.batch_id = batch.id
        db.add(member)
    db.flush()
    audit.record(db, actor, "write", "transfer_batch", batch.id,
                 {"op": "create", "site": site.id, "persons": sorted(members), "urgent": urgent})
    return batch


def _waiting(db: Session, table: type, ids: list[int] | None) -> list:
    if not ids:
        return []
    rows = list(db.scalars(select(table).where(table.id.in_(sorted(set(ids))))))
    if len(rows) != len(set(ids)) or any(row.state != "waiting" for row in rows):
        raise InvalidInput("有请求不存在或已处理", "A request does not exist or was already handled")
    return rows


STEPS = {"dispatched": ("planned",), "picked_up": ("dispatched",), "arrived": ("picked_up", "dispatched")}


def advance_batch(db: Session, actor: Actor, batch_id: int, *, step: str, at_site_id: int | None = None,
                  at: datetime | None = None) -> TransferBatch:
    """Dispatched → picked up → arrived. Arrival only at the batch's own destination (the closed loop):
    anywhere else is refused."""
    require_write(actor)
    batch = get_batch(db, actor, batch_id)
    if step not in STEPS or batch.state not in STEPS[step]:
        raise InvalidInput(f"批次状态为「{batch.state}」,不能{step}", f"A {batch.state} batch cannot be {step}")
    at = at or clock.now()
    if step == "arrived":
        if at_site_id != batch.site_id:
            raise InvalidInput("闭环转运:只能在本批次的目的地登记到达",
                               "Closed loop: arrival is accepted only at the batch's destination")
        done = [m.transfer_request_id for m in members_of(db, actor, batch.id) if m.transfer_request_id]
        for request in db.scalars(select(TransferRequest).where(TransferRequest.id.in_(done or [0]))):
            request.state = "done"
    setattr(batch, f"{step}_at", at)
    batch.state = step
    audit.record(db, actor, "write", "transfer_batch", batch.id, {"op": step, "at": at, "site": at_site_id})
    return batch


def cancel_batch(db: Session, actor: Actor, batch_id: int, *, reason: str) -> TransferBatch:
    """Cancel a batch that has not arrived (the reason goes to the audit); the transfer requests it
    answered wait again (its quarantine requests were never taken off the waiting list)."""
    require_write(actor)
    batch = get_batch(db, actor, batch_id)
    if not reason.strip():
        raise InvalidInput("取消转运须说明原因", "Cancelling a batch needs a reason")
    if batch.state not in ("planned", "dispatched", "picked_up"):
        raise InvalidInput(f"批次状态为「{batch.state}」,不能取消", f"A {batch.state} batch cannot be cancelled")
    members = members_of(db, actor, batch.id)
    request_ids = [m.transfer_request_id for m in members if m.transfer_request_id]
    for request in db.scalars(select(TransferRequest).where(TransferRequest.id.in_(request_ids or [0]))):
        request.state, request.handled_by, request.handled_at = "waiting", None, None
    batch.state = "cancelled"
    audit.record(db, actor, "write", "transfer_batch", batch.id,
                 {"op": "cancel", "reason": reason.strip()[:200], "requests_waiting_again": request_ids})
    return batch


def get_batch(db: Session, actor: Actor, batch_id: int) -> TransferBatch:
    require_read(actor)
    batch = db.get(TransferBatch, batch_id)
    if batch is None:
        raise NotFound("转运批次不存在", "No such transfer batch")
    return batch


def members_of(db: Session, actor: Actor, batch_id: int) -> list[TransferMember]:
    require_read(actor)
    members = list(db.scalars(select(TransferMember).where(TransferMember.batch_id == batch_id)
                              .order_by(TransferMember.id)))
    audit.record(db, actor, "read", "transfer_member", None, {"batch": batch_id, "rows": len(members)})
    return members


def list_batches(db: Session, actor: Actor, *, site_id: int | None = None, limit: int = 200) -> list[TransferBatch]:
    require_read(actor)
    statement = select(TransferBatch).order_by(TransferBatch.urgent.desc(), TransferBatch.created_at.desc())
    if site_id is not None:
        statement = statement.where(TransferBatch.site_id == site_id)
    return list(db.scalars(statement.limit(limit)))


def member_counts(db: Session, batch_ids: list[int]) -> dict[int, int]:
    if not batch_ids:
        return {}
    return dict(db.execute(select(TransferMember.batch_id, func.count()).where(TransferMember.batch_id.in_(batch_ids))
                           .group_by(TransferMember.batch_id)).all())


# ---- allocation ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Proposal:
    plan: allocation.Plan
    persons: dict[int, allocation.Candidate]
    rooms: dict[int, Room]
    sites: dict[int, QuarantineSite]


def propose_rooms(db: Session, actor: Actor, *, person_ids: list[int], needs_accessible: set[int] | None = None,
                  cases: set[int] | None = None, site_ids: list[int] | None = None) -> Proposal:
    """A plan for the persons over the free rooms of the open sites (or of `site_ids`). Reads free rooms
    and profiles in a few set-based queries."""
    require_read(actor)
    profiles = registry.person_profiles(db, actor, set(person_ids), purpose="room allocation")
    persons = {pid: allocation.Candidate(id=pid, household_id=p.household_id, age=p.age,
                                         needs_accessible=pid in (needs_accessible or set()),
                                         is_case=pid in (cases or set()), district_id=p.district_id,
                                         street_id=p.street_id) for pid, p in profiles.items()}
    site_query = select(QuarantineSite).where(QuarantineSite.state.in_(("requisitioned", "in_use")))
    if site_ids:
        site_query = site_query.where(QuarantineSite.id.in_(site_ids))
    sites = {s.id: s for s in db.scalars(site_query.order_by(QuarantineSite.id))}
    busy = set(db.scalars(select(Room.site_id).where(Room.state == "occupied", Room.site_id.in_(list(sites) or [0]))
                          .distinct()))
    rooms = {r.id: r for r in db.scalars(select(Room).where(Room.state == "free",
                                                            Room.site_id.in_(list(sites) or [0])))}
    plan = allocation.propose(
        list(persons.values()),
        [allocation.SiteInfo(s.id, s.district_id, s.street_id, s.id in busy, s.kind != "hotel")
         for s in sites.values()],
        [allocation.FreeRoom(r.id, r.site_id, r.beds, r.accessible, r.family) for r in rooms.values()])
    for pid in set(person_ids) - set(persons):
        plan.unplaced[pid] = "unknown_person"
    audit.record(db, actor, "read", "room", None, {"op": "propose", "persons": len(person_ids),
                                                   "placed": len(plan.placed), "unplaced": len(plan.unplaced)})
    return Proposal(plan, persons, rooms, sites)


def confirm_allocation(db: Session, actor: Actor, *, batch_id: int | None, assignments: dict[int, int],
                       groups: dict[int, str] | None = None, mood_check: set[int] | None = None,
                       start_at: datetime | None = None) -> list[QuarantineStay]:
    """Place each person in their (possibly changed) room: capacity and room state are checked again,
    and a case may not share a room with a non-case. With a batch: only its members, after arrival,
    under their member group and request."""
    require_write(actor)
    start_at = start_at or clock.now()
    members: dict[int, TransferMember] = {}
    if batch_id is not None:
        batch = get_batch(db, actor, batch_id)
        if batch.state != "arrived":
            raise InvalidInput("批次尚未到达", "The batch has not arrived")
        members = {m.person_id: m for m in members_of(db, actor, batch_id)}
        strangers = set(assignments) - set(members)
        if strangers:
            raise InvalidInput("有人员不在此批次", "Some persons are not in this batch")
        wrong_site = db.scalar(select(func.count()).select_from(Room).where(
            Room.id.in_(set(assignments.values())), Room.site_id != batch.site_id))
        if wrong_site:
            raise InvalidInput("房间不在本批次的目的地", "Rooms must be at the batch's destination")
    group_of = {pid: (members[pid].group if pid in members else (groups or {}).get(pid, "close_contact"))
                for pid in assignments}
    by_room: dict[int, list[int]] = {}
    for pid, room_id in assignments.items():
        by_room.setdefault(room_id, []).append(pid)
    for pids in by_room.values():
        kinds = {group_of[p] == "case" for p in pids}
        if len(kinds) > 1:
            raise InvalidInput("病例不能与非病例同住一间", "A case may not share a room with a non-case")
    placed = []
    for pid, room_id in sorted(assignments.items()):
        room = db.get(Room, room_id)
        if room is None:
            raise NotFound("房间不存在", "No such room")
        member = members.get(pid)
        request_id = member.quarantine_request_id if member else None
        exposure = db.get(QuarantineRequest, request_id).exposure_at if request_id else None
        stay = stays.place(db, actor, person_id=pid, group=group_of[pid], start_at=start_at, site_id=room.site_id,
                           room_id=room.id, exposure_at=exposure, request_id=request_id,
                           mood_check=pid in (mood_check or set()), reason=f"batch {batch_id}" if batch_id else "")
        if member is not None:
            member.stay_id = stay.id
        placed.append(stay)
    return placed


def place_request(db: Session, actor: Actor, request_id: int, *, site_id: int | None = None,
                  room_id: int | None = None, start_at: datetime | None = None, mood_check: bool = False,
                  door_sensor: str | None = None) -> QuarantineStay:
    require_write(actor)
    request = db.get(QuarantineRequest, request_id)
    if request is None:
        raise NotFound("隔离请求不存在", "No such request")
    group = REQUEST_GROUPS.get(request.reason, "close_contact")
    return stays.place(db, actor, person_id=request.person_id, group=group,
                       start_at=start_at or clock.now(), site_id=site_id, room_id=room_id,
                       exposure_at=request.exposure_at, request_id=request.id, mood_check=mood_check,
                       reason=request.note or request.reason, door_sensor=door_sensor)


# ---- checkpoint arrivals (第一落点) ------------------------------------------------------------------


def register_arrival(db: Session, actor: Actor, *, person_id: int, checkpoint: str, origin_text: str,
                     origin_level: str, arrived_at: datetime | None = None) -> CheckpointArrival:
    """The policy in force maps the origin's risk level to a group or a landing test; a home group opens
    its stay at once, a centralised one becomes a quarantine request and a transfer request from the
    checkpoint (the transfer staff batch it)."""
    require_write(actor)
    registry.resident_location(db, actor, person_id, purpose="checkpoint arrival")
    arrived_at = arrived_at or clock.now()
    policy = rules.isolation_policy(arrived_at)
    levels = policies.in_force(arrived_at)
    if origin_level and levels.level(origin_level) is None:
        raise InvalidInput(f"政策 {policy.key} 没有风险等级 {origin_level}",
                           f"The policy {policy.key} has no risk level {origin_level!r}")
    if not checkpoint.strip():
        raise InvalidInput("请填写卡口或落点", "Name the checkpoint")
    follow_up = policy.arrivals.get(origin_level, "landing_test") if origin_level else "landing_test"
    request_id = None
    if follow_up != "landing_test":
        phase = policy.phases(follow_up)[0]
        if phase.kind in stays.HOME_KINDS:
            stays.place(db, actor, person_id=person_id, group=follow_up, start_at=arrived_at,
                        reason=f"{checkpoint} 落地 {origin_text}")
        else:
            request = QuarantineRequest(person_id=person_id, reason="arrival", exposure_at=arrived_at,
                                        note=f"{checkpoint} 落地, 来自 {origin_text}"[:300], state="waiting",
                                        requested_by=actor.username, requested_at=clock.now())
            db.add(request)
            db.add(TransferRequest(person_id=person_id, purpose="quarantine", urgent=False, origin_kind="checkpoint",
                                   origin_text=checkpoint[:200], destination_text="", source_ref="arrival",
                                   note=origin_text[:300], state="waiting", requested_by=actor.username,
                                   requested_at=clock.now()))
            db.flush()
            request_id = request.id
    arrival = CheckpointArrival(person_id=person_id, checkpoint=checkpoint[:200], origin_text=origin_text[:200],
                                origin_level=origin_level, arrived_at=arrived_at, follow_up=follow_up,
                                policy_key=policy.key, request_id=request_id, recorded_by=actor.username)
    db.add(arrival)
    db.flush()
    audit.record(db, actor, "write", "checkpoint_arrival", arrival.id,
                 {"person": person_id, "origin": origin_text, "level": origin_level, "follow_up": follow_up})
    return arrival


def recent_arrivals(db: Session, actor: Actor, *, limit: int = 200) -> list[CheckpointArrival]:
    require_read(actor)
    return list(db.scalars(select(CheckpointArrival).order_by(CheckpointArrival.arrived_at.desc()).limit(limit)))
