"""主动申报 after the fact: the risk levels a declaration may name are those of the policy in force (no
中风险 under a policy without medium risk), and a declaration can be corrected or withdrawn within a
window the policy sets (`[declarations] edit_hours`), with its history kept: a correction is a new row
naming the one it replaces (which gets `superseded_at`), a withdrawal sets `withdrawn_at`; no row is
deleted, and only live rows feed the landing-test facts (issue 17)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from fangkong import policies
from fangkong.codes.models import Declaration
from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound, PermissionDenied
from fangkong.core.roles import Permission, require
from fangkong.core.scope import Actor

DEFAULT_EDIT_HOURS = 24


@dataclass(frozen=True)
class LevelChoice:
    key: str
    name_zh: str
    name_en: str

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_zh


def level_choices(now: datetime | None = None) -> list[LevelChoice]:
    """The risk-area levels a resident may say they were in: the listed (active) levels of the policy in
    force, strictest first."""
    policy = policies.in_force(now or clock.now())
    listed = sorted((lv for lv in policy.levels if lv.active), key=lambda lv: -lv.severity)
    return [LevelChoice(lv.key, lv.name_zh, lv.name_en) for lv in listed]


def edit_hours(now: datetime | None = None) -> int:
    found = policies.in_force(now or clock.now()).extra.get("declarations", {})
    return int(found.get("edit_hours", DEFAULT_EDIT_HOURS))


def check_level(risk_level: str | None, now: datetime) -> str | None:
    level = (risk_level or "").strip() or None
    if level is not None and level not in {c.key for c in level_choices(now)}:
        raise InvalidInput("现行政策没有这一风险等级，请重新选择",
                           "The policy in force has no such risk level: choose again")
    return level


def editable_until(row: Declaration, now: datetime | None = None) -> datetime:
    return row.declared_at + timedelta(hours=edit_hours(now))


def is_editable(row: Declaration, now: datetime | None = None) -> bool:
    now = now or clock.now()
    return row.superseded_at is None and row.withdrawn_at is None and now <= editable_until(row, now)


def _own_live(db: Session, actor: Actor, declaration_id: int, now: datetime) -> Declaration:
    row = db.get(Declaration, declaration_id)
    if row is None:
        raise NotFound("申报不存在", "No such declaration")
    if actor.role == "resident":
        if actor.person_id != row.person_id:
            raise PermissionDenied("只能更改本人的申报", "You can only change your own declaration")
    else:
        require(actor, Permission.COVERAGE_WRITE, "您的角色不能更改申报", "Your role may not change a declaration")
    if row.superseded_at is not None or row.withdrawn_at is not None:
        raise InvalidInput("这条申报已被更正或撤回", "This declaration was already corrected or withdrawn")
    if now > editable_until(row, now):
        raise InvalidInput(f"申报后 {edit_hours(now)} 小时内才能更正或撤回",
                           f"A declaration can be corrected or withdrawn within {edit_hours(now)} hours only")
    return row


def supersede(db: Session, actor: Actor, declaration_id: int, new: Declaration, now: datetime) -> Declaration:
    """Mark the old row replaced by `new` (already added and flushed); audited."""
    old = _own_live(db, actor, declaration_id, now)
    if old.person_id != new.person_id:
        raise PermissionDenied("只能更正本人的申报", "You can only correct your own declaration")
    old.superseded_at = now
    new.replaces_id = old.id
    db.flush()
    audit.record(db, actor, "write", "declaration", new.id, {"op": "correct", "replaces": old.id,
                                                             "person": new.person_id})
    return new


def withdraw(db: Session, actor: Actor, declaration_id: int, now: datetime) -> Declaration:
    row = _own_live(db, actor, declaration_id, now)
    row.withdrawn_at, row.withdrawn_by = now, actor.username
    db.flush()
    audit.record(db, actor, "write", "declaration", row.id, {"op": "withdraw", "person": row.person_id})
    return row


def live(row: Declaration) -> bool:
    return row.superseded_at is None and row.withdrawn_at is None
