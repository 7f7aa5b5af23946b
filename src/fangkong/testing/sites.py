"""Sampling sites (采样点) and labs (检测机构): creating and listing them, whose they are, and each lab's
load against its daily capacity."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound, PermissionDenied
from fangkong.core.roles import Permission, require_any
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.testing.common import DENIED, POOL_SIZES, new_code
from fangkong.testing.models import Lab, SamplingSite, Tube

# ---- sites and labs ------------------------------------------------------------------------


def parse_pool_sizes(text: str | Sequence[int]) -> tuple[int, ...]:
    sizes = [int(s) for s in (text.split(",") if isinstance(text, str) else text) if str(s).strip()]
    bad = [s for s in sizes if s not in POOL_SIZES]
    if not sizes or bad:
        raise InvalidInput(f"混采规格只能是 {POOL_SIZES}", f"pool sizes must be among {POOL_SIZES}")
    return tuple(sorted(set(sizes)))


_HOURS_RE = re.compile(r"([01]?\d|2[0-3])[:：]([0-5]\d)")


def parse_hours(opens: str | None, closes: str | None) -> tuple[str | None, str | None]:
    """Opening hours as ("HH:MM", "HH:MM"); both empty: not stated. Refuses a half-given or reversed pair."""
    opens, closes = (opens or "").strip(), (closes or "").strip()
    if not opens and not closes:
        return None, None
    found = [_HOURS_RE.fullmatch(v) for v in (opens, closes)]
    if not all(found):
        raise InvalidInput("开放时间请写成 07:00 和 19:00 这样的时刻", "Give the hours as times like 07:00 and 19:00")
    first, last = (f"{int(m.group(1)):02d}:{m.group(2)}" for m in found if m)
    if last <= first:
        raise InvalidInput("结束时间须晚于开始时间", "The closing time must be after the opening time")
    return first, last


def create_site(db: Session, actor: Actor, *, name: str, place_id: int, code: str | None = None,
                venue_id: int | None = None, default_pool_size: int = 10,
                allowed_pool_sizes: Sequence[int] = POOL_SIZES, opens: str | None = None,
                closes: str | None = None) -> SamplingSite:
    """A sampling site (采样点) at a place of the actor's jurisdiction, with its daily hours if given."""
    require_any(actor, Permission.TESTING_MANAGE)
    if not name.strip():
        raise InvalidInput("采样点名称不能为空", "site name is required")
    hours = parse_hours(opens, closes)
    place = registry.place_refs(db, {place_id}).get(place_id)
    if place is None:
        raise NotFound("地点不存在", "No such place")
    if not actor.covers(place):
        raise PermissionDenied(*DENIED)
    sizes = parse_pool_sizes(allowed_pool_sizes)
    if default_pool_size not in sizes:
        raise InvalidInput("默认混采规格须在允许的规格中", "the default pool size must be an allowed size")
    code = (code or new_code("S")).strip()
    if db.scalar(select(SamplingSite.id).where(SamplingSite.code == code)) is not None:
        raise InvalidInput(f"采样点编码 {code} 已存在", f"site code {code} already exists")
    site = SamplingSite(name=name.strip(), code=code, venue_id=venue_id, place_id=place_id,
                        district_id=place.district_id, street_id=place.street_id,
                        community_id=place.community_id, grid_id=place.grid_id,
                        default_pool_size=default_pool_size, allowed_pool_sizes=",".join(map(str, sizes)),
                        active=True, created_at=clock.now(), opens=hours[0], closes=hours[1])
    db.add(site)
    db.flush()
    audit.record(db, actor, "write", "sampling_site", site.id,
                 {"op": "create", "name": site.name, "opens": site.opens, "closes": site.closes})
    return site


def set_site_hours(db: Session, actor: Actor, site_id: int, *, opens: str | None, closes: str | None,
                   active: bool = True) -> SamplingSite:
    """Change a site's daily hours, or close it for good (active False). Audited with the old values."""
    require_any(actor, Permission.TESTING_MANAGE)
    site = db.get(SamplingSite, site_id)
    if site is None:
        raise NotFound("采样点不存在", "No such sampling site")
    if not actor.covers(site):
        raise PermissionDenied(*DENIED)
    hours = parse_hours(opens, closes)
    before = {"opens": site.opens, "closes": site.closes, "active": site.active}
    site.opens, site.closes, site.active = hours[0], hours[1], active
    db.flush()
    audit.record(db, actor, "write", "sampling_site", site.id,
                 {"op": "hours", "before": before, "opens": site.opens, "closes": site.closes, "active": active})
    return site


def list_sites(db: Session, actor: Actor) -> list[SamplingSite]:
    require_any(actor, Permission.TESTING_READ, Permission.TESTING_MANAGE, Permission.TESTING_SAMPLE)
    statement = select(SamplingSite).where(SamplingSite.active.is_(True))
    if actor.venue_id is not None and actor.role == "sampler":
        statement = statement.where(or_(SamplingSite.venue_id == actor.venue_id, actor.scope_clause(SamplingSite)))
    else:
        statement = statement.where(actor.scope_clause(SamplingSite))
    return list(db.scalars(statement.order_by(SamplingSite.id)))


def site_for(db: Session, actor: Actor, site_id: int) -> SamplingSite:
    site = db.get(SamplingSite, site_id)
    if site is None or not site.active:
        raise NotFound("采样点不存在", "No such sampling site")
    at_site = actor.venue_id is not None and site.venue_id == actor.venue_id
    if not at_site and not actor.covers(site):
        raise PermissionDenied("不是您的采样点", "Not your sampling site")
    return site


def sampler_site(db: Session, actor: Actor) -> SamplingSite | None:
    """A sampler's default site: the one at their venue, else the first in their jurisdiction."""
    sites = list_sites(db, actor)
    return next((s for s in sites if actor.venue_id and s.venue_id == actor.venue_id), sites[0] if sites else None)


def create_lab(db: Session, actor: Actor, *, name: str, daily_capacity: int, code: str | None = None,
               venue_id: int | None = None, district_id: int | None = None, kind: str = "lab") -> Lab:
    """A lab (检测机构; kind air_film for 气膜实验室) testing `daily_capacity` tubes a day."""
    require_any(actor, Permission.TESTING_MANAGE)
    if not name.strip():
        raise InvalidInput("实验室名称不能为空", "lab name is required")
    if daily_capacity <= 0:
        raise InvalidInput("日检测能力须为正数", "daily capacity must be positive")
    if kind not in ("lab", "air_film"):
        raise InvalidInput("实验室类型应为 lab 或 air_film", "kind must be lab or air_film")
    code = (code or new_code("L")).strip()
    if db.scalar(select(Lab.id).where(Lab.code == code)) is not None:
        raise InvalidInput(f"实验室编码 {code} 已存在", f"lab code {code} already exists")
    lab = Lab(name=name.strip(), code=code, venue_id=venue_id, district_id=district_id, kind=kind,
              daily_capacity=daily_capacity, active=True, created_at=clock.now())
    db.add(lab)
    db.flush()
    audit.record(db, actor, "write", "lab", lab.id, {"op": "create", "name": lab.name, "capacity": daily_capacity})
    return lab


def list_labs(db: Session, actor: Actor) -> list[Lab]:
    require_any(actor, Permission.TESTING_READ, Permission.TESTING_MANAGE, Permission.TESTING_RESULTS,
             Permission.TESTING_SAMPLE)
    return list(db.scalars(select(Lab).where(Lab.active.is_(True)).order_by(Lab.id)))


def lab_for_actor(db: Session, actor: Actor, lab_id: int | None = None) -> Lab:
    """The lab an actor works for: a lab account's own lab (by its venue); managers name one."""
    if actor.role == "lab":
        lab = db.scalar(select(Lab).where(Lab.venue_id == actor.venue_id)) if actor.venue_id else None
        if lab is None:
            raise PermissionDenied("您的账号未关联实验室", "Your account is not linked to a lab")
        if lab_id is not None and lab_id != lab.id:
            raise PermissionDenied("只能处理本实验室的样本", "You can only act for your own lab")
        return lab
    require_any(actor, Permission.TESTING_MANAGE, Permission.TESTING_RESULTS)
    if lab_id is None:
        raise InvalidInput("请指定实验室", "name the lab")
    lab = db.get(Lab, lab_id)
    if lab is None:
        raise NotFound("实验室不存在", "No such lab")
    return lab


@dataclass(frozen=True)
class LabLoad:
    lab_id: int
    name: str
    kind: str
    daily_capacity: int
    received: int  # tubes received on the day
    tested: int  # tubes with a result tested on the day
    pending: int  # received (any day) and not yet tested
    load: float  # received / capacity

    @property
    def over_capacity(self) -> bool:
        return self.received > self.daily_capacity


def lab_load(db: Session, actor: Actor, day: date | None = None) -> list[LabLoad]:
    """Per lab: tubes received and tested on `day` against daily capacity, and the backlog (dashboard)."""
    require_any(actor, Permission.TESTING_READ, Permission.TESTING_MANAGE, Permission.TESTING_RESULTS)
    day = day or clock.now().date()
    start, end = datetime.combine(day, datetime.min.time()), datetime.combine(day + timedelta(days=1),
                                                                              datetime.min.time())
    received = dict(db.execute(select(Tube.lab_id, func.count()).where(
        Tube.received_at >= start, Tube.received_at < end).group_by(Tube.lab_id)).all())
    tested = dict(db.execute(select(Tube.lab_id, func.count()).where(
        Tube.tested_at >= start, Tube.tested_at < end).group_by(Tube.lab_id)).all())
    pending = dict(db.execute(select(Tube.lab_id, func.count()).where(
        Tube.state == "received").group_by(Tube.lab_id)).all())
    labs = db.scalars(select(Lab).where(Lab.active.is_(True)).order_by(Lab.id))
    if actor.role == "lab":
        labs = [lab_for_actor(db, actor)]  # type: ignore[assignment]
    return [LabLoad(lab.id, lab.name, lab.kind, lab.daily_capacity, received.get(lab.id, 0), tested.get(lab.id, 0),
                    pending.get(lab.id, 0), received.get(lab.id, 0) / lab.daily_capacity) for lab in labs]
