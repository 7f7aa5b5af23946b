"""Published trajectories (活动轨迹公布): anonymised announcement text drafted from a case's trajectory,
approved by a commander before the public page shows it, and residents' self-declarations (主动申报)
that they were at one of its places then, which discovery turns into candidates.

The text says what city announcements say — case number, sex, age, the compound of the home, then each
day's places and times — and never a name, an identity number or a phone number."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound, PermissionDenied
from fangkong.core.roles import Permission, require
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.tracing import service
from fangkong.tracing.models import Case, ExposureDeclaration, PublishedTrajectory

KIND_WORDS = {"confirmed": ("确诊病例", "confirmed case"), "asymptomatic": ("无症状感染者", "asymptomatic infection")}


@dataclass(frozen=True)
class Place:
    place: str
    start: datetime
    end: datetime | None


def announcement(case: Case, *, sex: str, age: int, home: str, places: list[Place]) -> str:
    """The announcement text (Chinese, as the city publishes it)."""
    kind = KIND_WORDS[case.kind][0]
    sex_word = "男" if sex == "M" else "女"
    lines = [f"{kind}{case.id}：{sex_word}，{age}岁，现住{home or '本市'}。"]
    for day, visits in groupby(sorted(places, key=lambda p: p.start), key=lambda p: p.start.date()):
        parts = [f"{v.start:%H:%M}" + (f"—{v.end:%H:%M}" if v.end else "") + f"到{v.place}" for v in visits]
        lines.append(f"{day.month}月{day.day}日：" + "；".join(parts) + "。")
    if len(lines) == 1:
        lines.append("流调中，暂无公共场所活动轨迹。")
    lines.append("请在上述时间到过以上地点的市民立即主动申报，配合核酸检测和健康管理。")
    return "\n".join(lines)


def draft(db: Session, actor: Actor, case_id: int, places: list[Place]) -> PublishedTrajectory:
    """Draft the anonymised text from the trajectory's places (the flow passes them); pending approval."""
    service._write(actor)
    case = service.get_case(db, actor, case_id)
    person = registry.persons_masked(db, actor, {case.person_id}, purpose=f"case:{case_id} publication")
    view = person.get(case.person_id)
    if view is None:
        raise PermissionDenied("不在您的管辖范围内", "Outside your jurisdiction")
    home = registry.home_labels(db, {case.person_id}).get(case.person_id, "")
    text = announcement(case, sex=view.sex, age=view.age, home=home, places=places)
    row = PublishedTrajectory(case_id=case_id, text=text, state="pending", drafted_by=actor.username,
                              drafted_at=clock.now(),
                              places=json.dumps([{"place": p.place, "start": p.start.isoformat(),
                                                  "end": p.end.isoformat() if p.end else None} for p in places],
                                                ensure_ascii=False))
    db.add(row)
    db.flush()
    audit.record(db, actor, "write", "published_trajectory", row.id, {"case": case_id, "places": len(places)})
    return row


def decide(db: Session, actor: Actor, publication_id: int, *, approve: bool, note: str = "") -> PublishedTrajectory:
    """A commander approves (the public page shows it) or refuses (with a note) a pending text."""
    require(actor, Permission.TRAJECTORY_APPROVE, "您的角色不能审核轨迹公布", "Your role may not approve trajectories")
    row = db.get(PublishedTrajectory, publication_id)
    if row is None:
        raise NotFound("轨迹公布不存在", "No such trajectory")
    if row.state != "pending":
        raise InvalidInput("该轨迹已审核", "This trajectory was decided already")
    if not approve and not note.strip():
        raise InvalidInput("退回须填写理由", "A refusal needs a note")
    row.state = "approved" if approve else "refused"
    row.decided_by, row.decided_at, row.decision_note = actor.username, clock.now(), note.strip()[:200]
    audit.record(db, actor, "write", "published_trajectory", row.id, {"op": row.state, "note": note})
    return row


def publications(db: Session, actor: Actor, *, state: str | None = "pending",
                 case_id: int | None = None) -> list[PublishedTrajectory]:
    service._read(actor)
    row = PublishedTrajectory
    statement = select(row).order_by(row.drafted_at.desc(), row.id.desc())
    if state:
        statement = statement.where(PublishedTrajectory.state == state)
    if case_id:
        statement = statement.where(PublishedTrajectory.case_id == case_id)
    return list(db.scalars(statement.limit(200)))


def public_trajectories(db: Session, *, limit: int = 50) -> list[PublishedTrajectory]:
    """Approved texts, newest first: public, anonymised, no person behind them is read."""
    return list(db.scalars(select(PublishedTrajectory).where(PublishedTrajectory.state == "approved")
                           .order_by(PublishedTrajectory.decided_at.desc()).limit(limit)))


def places_of(row: PublishedTrajectory) -> list[dict[str, Any]]:
    return list(json.loads(row.places or "[]"))


def declare(db: Session, actor: Actor, publication_id: int, place_index: int) -> ExposureDeclaration:
    """A resident declares they were at one of an approved trajectory's places at its time."""
    if actor.role != "resident" or actor.person_id is None:
        raise PermissionDenied("请以市民身份登录后申报", "Log in as a resident to declare")
    row = db.get(PublishedTrajectory, publication_id)
    if row is None or row.state != "approved":
        raise NotFound("轨迹不存在或未公布", "No such published trajectory")
    places = places_of(row)
    if not 0 <= place_index < len(places):
        raise InvalidInput("请选择一个地点", "Choose a place")
    place = places[place_index]
    existing = db.scalar(select(ExposureDeclaration).where(
        ExposureDeclaration.publication_id == publication_id, ExposureDeclaration.person_id == actor.person_id,
        ExposureDeclaration.place == place["place"][:200]))
    if existing is not None:
        return existing
    declaration = ExposureDeclaration(publication_id=publication_id, case_id=row.case_id, person_id=actor.person_id,
                                      place=place["place"][:200], at=datetime.fromisoformat(place["start"]),
                                      declared_by=actor.username, declared_at=clock.now())
    db.add(declaration)
    db.flush()
    audit.record(db, actor, "write", "exposure_declaration", declaration.id,
                 {"publication": publication_id, "place": place["place"]})
    return declaration


def declarations_of(db: Session, actor: Actor) -> list[ExposureDeclaration]:
    """The resident's own declarations."""
    if actor.person_id is None:
        return []
    return list(db.scalars(select(ExposureDeclaration).where(ExposureDeclaration.person_id == actor.person_id)))
