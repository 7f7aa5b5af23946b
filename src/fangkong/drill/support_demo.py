"""The demo's support for residents at first start: the demo compound (电子二所家属楼, run by a resident
volunteer team, 红色管家) with its emergency access plan and today's gate rota; vulnerable residents of
the first grid; help requests in every state (one delivered and waiting for the demo resident's
confirmation, one overdue and escalated to the community); a group order for the resident's building.
Everything goes through the support service and flows with the demo accounts, so it is audited as theirs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fangkong.core.models import Account
from fangkong.core.scope import Actor
from fangkong.registry.models import Person
from fangkong.registry.service import actor_for
from fangkong.support import flows, service
from fangkong.support.models import SupportTeam


@dataclass(frozen=True)
class SupportSeeded:
    requests: int
    vulnerable: int
    shifts: int


def _actors(db: Session) -> dict[str, Actor]:
    names = ("grid", "property", "resident", "hotline")
    return {a.username: actor_for(db, a) for a in db.scalars(select(Account).where(Account.username.in_(names)))}


def seed_support(db: Session, *, now: datetime) -> SupportSeeded | None:
    """Seed once (None when the demo compound has its team already). The caller owns the transaction."""
    who = _actors(db)
    if len(who) < 4 or db.scalar(select(func.count()).select_from(SupportTeam)):
        return None
    grid, volunteer, resident = who["grid"], who["property"], who["resident"]
    compound = volunteer.jurisdiction_id
    assert compound is not None
    service.save_team(db, grid, compound_id=compound, kind="volunteer", name="电子二所家属楼红色管家志愿队",
                      phone="0351-6000001")
    service.save_plan(db, volunteer, compound_id=compound, on_duty_name="王建国", on_duty_phone="13900000001",
                      route="北门(消防车可入)→ 东侧消防通道 → 1至6号楼各单元门;单元门、家门一律不得封堵")
    neighbours = list(db.scalars(select(Person.id).where(Person.compound_id == compound,
                                                         Person.id != resident.person_id).order_by(Person.id)))
    vulnerable = _vulnerable(db, grid, neighbours[:6], now)
    requests = _requests(db, who, neighbours, now)
    shifts = _rota(db, volunteer, compound, now)
    person = db.get(Person, resident.person_id)
    if person is not None and person.building_id:
        order = service.create_order(db, volunteer, building_id=person.building_id, title="平价蔬菜包接龙",
                                     closes_at=now + timedelta(hours=3), drop_point="北门快递柜旁",
                                     supplier="美特好超市")
        service.add_line(db, resident, order.id, item="平价蔬菜包(约5斤)", quantity=1)
        service.add_line(db, resident, order.id, item="鸡蛋 30枚", quantity=1)
    service.escalate_overdue(db, now)
    return SupportSeeded(requests, vulnerable, shifts)


def _vulnerable(db: Session, grid: Actor, persons: list[int], now: datetime) -> int:
    plan = [("living_alone", None, "独居老人,每日敲门"), ("empty_nest", None, "子女在外地"),
            ("disabled_elderly", None, "卧床,需代购"), ("regular_treatment", 2, "每周三次透析"),
            ("no_smartphone", None, "不会用手机下单"), ("low_income", None, "低保户")]
    for person_id, (category, days, note) in zip(persons, plan, strict=False):
        service.set_category(db, grid, person_id=person_id, category=category, note=note,
                             next_session_on=(now + timedelta(days=days)).date() if days else None)
    if persons:  # the first one also lives alone and is in regular treatment: one card with two categories
        service.set_category(db, grid, person_id=persons[0], category="disabled", note="腿脚不便")
    return min(len(persons), len(plan))


def _requests(db: Session, who: dict[str, Actor], neighbours: list[int], now: datetime) -> int:
    grid, volunteer, resident, hotline = who["grid"], who["property"], who["resident"], who["hotline"]
    own = service.file_request(db, resident, person_id=resident.person_id or 0, kind="medicine",
                               text="硝苯地平缓释片 两盒", now=now - timedelta(hours=2))
    service.accept(db, volunteer, own.id)
    service.deliver(db, volunteer, own.id, note="药已送到门口并电话告知,药费已代付")
    count = 1
    if len(neighbours) >= 6:
        service.file_request(db, grid, person_id=neighbours[4], kind="food", text="老人不会网上下单,代买蔬菜和米",
                             now=now - timedelta(minutes=75))
        garbage = flows.file_request(db, resident, person_id=resident.person_id or 0, kind="garbage")
        service.accept(db, volunteer, garbage.id)
        service.start(db, volunteer, garbage.id)
        flows.file_request(db, hotline, person_id=neighbours[5], kind="repairs", text="暖气漏水(12345来电)")
        flows.file_request(db, grid, person_id=neighbours[3], kind="regular_treatment", text="后天透析,需安排车辆")
        count += 4
    return count


def _rota(db: Session, volunteer: Actor, compound: int, now: datetime) -> int:
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    names = ["张秀英", "李建华", "王芳", "赵国强", "刘丽", "陈志明"]
    shifts = []
    for index, hour in enumerate(range(0, 24, 4)):
        shifts.append(service.add_shift(db, volunteer, compound_id=compound, gate="北门",
                                        starts_at=day + timedelta(hours=hour),
                                        ends_at=day + timedelta(hours=hour + 4), volunteer=names[index],
                                        phone=f"1390000010{index}"))
    for shift in shifts:
        if shift.starts_at <= now < shift.ends_at:
            service.check_in(db, volunteer, shift.id)
    return len(shifts)
