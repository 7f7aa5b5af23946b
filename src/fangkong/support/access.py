"""Emergency access (生命通道): a plan per compound with a sealed place — the route from the gate and fire
lanes to the unit doors, who is on duty, a phone — the warning when a notice seals a place in a compound
without one, and the record that a route was used. Compound teams (property company or volunteers) too.

There is deliberately no way here (or anywhere in the platform) to seal a unit door or a home door:
seed 000 forbids "一封了之" of compound gates, unit doors and home doors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from fangkong.areas import service as areas
from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput
from fangkong.core.roles import Permission, require_any
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.support.common import clean_text, sealed_areas, sealed_compounds
from fangkong.support.models import TEAM_KINDS, AccessPlan, AccessUse, HelpRequest, SupportTask, SupportTeam


def _compound(db: Session, actor: Actor, compound_id: int) -> Any:
    place = registry.get_place(db, actor, compound_id)  # exists, in scope
    if place.level != "compound":
        raise InvalidInput("请选择小区", "Choose a compound")
    return place


def save_plan(db: Session, actor: Actor, *, compound_id: int, route: str, on_duty_name: str,
              on_duty_phone: str) -> AccessPlan:
    """Create or update a compound's plan (the property company changes who is on duty); closes its task."""
    require_any(actor, Permission.SUPPORT_MANAGE, Permission.SUPPORT_FULFIL)
    route = clean_text(route, 1000, what_zh="通道路线", what_en="the route", required=True)
    name = clean_text(on_duty_name, 64, what_zh="值守人", what_en="who is on duty", required=True)
    phone = clean_text(on_duty_phone, 20, what_zh="值守电话", what_en="the on-duty phone", required=True)
    if not phone.replace("-", "").isdigit():
        raise InvalidInput("值守电话只能是数字", "The on-duty phone must be digits")
    place = _compound(db, actor, compound_id)
    now = clock.now()
    plan = db.scalar(select(AccessPlan).where(AccessPlan.compound_id == compound_id))
    if plan is None:
        plan = AccessPlan(compound_id=compound_id, district_id=place.district_id, street_id=place.street_id,
                          community_id=place.community_id)
        db.add(plan)
    plan.route, plan.on_duty_name, plan.on_duty_phone = route, name, phone
    plan.updated_by, plan.updated_at = actor.username, now
    db.flush()
    db.execute(update(SupportTask).where(SupportTask.kind == "access_plan", SupportTask.subject_id == compound_id,
                                         SupportTask.done_at.is_(None)).values(done_at=now))
    audit.record(db, actor, "write", "access_plan", plan.id, {"compound": compound_id, "on_duty": name})
    return plan


def plan_of(db: Session, compound_id: int | None) -> AccessPlan | None:
    if compound_id is None:
        return None
    return db.scalar(select(AccessPlan).where(AccessPlan.compound_id == compound_id))


@dataclass
class Unplanned:
    compound_id: int
    label: str
    notice_id: int | None


def _covers(actor: Actor, ref: registry.PlaceRef) -> bool:
    if actor.jurisdiction_id is None:
        return actor.role != "resident"
    level = actor.jurisdiction_level
    if level == "grid":
        return ref.parent_id == actor.jurisdiction_id
    if level == "compound":
        return ref.id == actor.jurisdiction_id
    return getattr(ref, f"{level}_id", None) == actor.jurisdiction_id


def compounds_without_plan(db: Session, actor: Actor, *, now: datetime | None = None) -> list[Unplanned]:
    """Compounds in the actor's jurisdiction that contain a sealed place now and have no plan."""
    require_any(actor, Permission.SUPPORT_MANAGE)
    moment = now or clock.now()
    sealed = sealed_compounds(db, sealed_areas(db, moment))
    return _unplanned(db, actor, sealed)


def _unplanned(db: Session, actor: Actor, sealed: dict[int, int | None]) -> list[Unplanned]:
    if not sealed:
        return []
    planned = set(db.scalars(select(AccessPlan.compound_id).where(AccessPlan.compound_id.in_(sorted(sealed)))))
    refs = registry.place_refs(db, set(sealed) - planned)
    labels = registry.place_labels(db, {i for i, ref in refs.items() if _covers(actor, ref)})
    return sorted((Unplanned(i, labels[i], sealed[i]) for i in labels), key=lambda u: u.label)


def warn_on_publish(db: Session, actor: Actor, notice_id: int, *, now: datetime | None = None) -> list[Unplanned]:
    """Called where a notice is published: the compounds it seals that have no access plan (the commander's
    warning), each given a task for its community (once)."""
    require_any(actor, Permission.SUPPORT_MANAGE, Permission.NOTICE_WRITE)
    notice = areas.published_notice(db, notice_id)
    moment = max(now or clock.now(), notice.effective)
    sealed = {compound: nid for compound, nid in sealed_compounds(db, sealed_areas(db, moment)).items()
              if nid == notice_id}
    unplanned = _unplanned(db, actor, sealed)
    if unplanned:
        _tasks_for(db, unplanned, notice_id, moment)
        audit.record(db, actor, "write", "support_task", None, {"op": "access_plan_warning", "notice": notice_id,
                                                                "compounds": [u.compound_id for u in unplanned]})
    return unplanned


def _tasks_for(db: Session, unplanned: list[Unplanned], notice_id: int, moment: datetime) -> None:
    ids = [u.compound_id for u in unplanned]
    known = set(db.scalars(select(SupportTask.subject_id).where(SupportTask.kind == "access_plan",
                                                                 SupportTask.subject_id.in_(ids),
                                                                 SupportTask.done_at.is_(None))))
    refs = registry.place_refs(db, set(ids) - known)
    for compound_id, ref in refs.items():
        db.add(SupportTask(kind="access_plan", subject_id=compound_id, day=moment.date(), notice_id=notice_id,
                           created_at=clock.now(), district_id=ref.district_id, street_id=ref.street_id,
                           community_id=ref.community_id, grid_id=ref.parent_id, compound_id=compound_id))
    db.flush()


def warnings_for_notice(db: Session, actor: Actor, notice_id: int) -> list[Unplanned]:
    """The open access-plan tasks a notice created (for the notice's page after publishing)."""
    require_any(actor, Permission.SUPPORT_MANAGE, Permission.NOTICE_WRITE)
    ids = set(db.scalars(select(SupportTask.subject_id).where(SupportTask.kind == "access_plan",
                                                               SupportTask.notice_id == notice_id,
                                                               SupportTask.done_at.is_(None))))
    labels = registry.place_labels(db, ids)
    return sorted((Unplanned(i, labels.get(i, ""), notice_id) for i in ids), key=lambda u: u.label)


def record_use(db: Session, actor: Actor, request: HelpRequest) -> AccessUse:
    """The compound's route was used for this request (a medical emergency from a sealed place)."""
    plan = plan_of(db, request.compound_id)
    use = AccessUse(compound_id=request.compound_id, plan_id=plan.id if plan else None, request_id=request.id,
                    at=clock.now(), recorded_by=actor.username)
    db.add(use)
    db.flush()
    audit.record(db, actor, "write", "access_use", use.id, {"request": request.id, "plan": use.plan_id})
    return use


def save_team(db: Session, actor: Actor, *, compound_id: int, kind: str, name: str, phone: str = "") -> SupportTeam:
    """Who serves a compound: its property company, or (none) its resident volunteer team."""
    require_any(actor, Permission.SUPPORT_MANAGE)
    if kind not in TEAM_KINDS:
        raise InvalidInput("请选择物业或志愿者", "kind must be property or volunteer")
    name = clean_text(name, 100, what_zh="名称", what_en="the name", required=True)
    place = _compound(db, actor, compound_id)
    team = db.scalar(select(SupportTeam).where(SupportTeam.compound_id == compound_id))
    if team is None:
        team = SupportTeam(compound_id=compound_id, community_id=place.community_id)
        db.add(team)
    team.kind, team.name, team.phone = kind, name, clean_text(phone, 20)
    db.flush()
    # Open requests of the compound without a team now have one.
    db.execute(update(HelpRequest).where(HelpRequest.compound_id == compound_id, HelpRequest.team_id.is_(None))
               .values(team_id=team.id))
    audit.record(db, actor, "write", "support_team", team.id, {"compound": compound_id, "kind": kind})
    return team


def team_of(db: Session, compound_id: int | None) -> SupportTeam | None:
    if compound_id is None:
        return None
    return db.scalar(select(SupportTeam).where(SupportTeam.compound_id == compound_id))
