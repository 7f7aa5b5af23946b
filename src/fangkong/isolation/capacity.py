"""Capacity per site and for the city, and a 7-day forecast of room demand with its assumptions shown.
Grouped SQL over rooms and open stays only (never over persons), so the board costs the same in a city
of 5.3 million as in a drill."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fangkong.core import audit
from fangkong.core.scope import Actor
from fangkong.isolation import rules
from fangkong.isolation.models import QuarantineRequest, QuarantineSite, QuarantineStay, Room
from fangkong.isolation.sites import require_read

OPEN_SITE_STATES = ("requisitioned", "in_use")


@dataclass
class SiteCapacity:
    site_id: int
    name: str
    kind: str
    state: str
    rooms: int = 0
    free: int = 0
    occupied: int = 0
    disinfection: int = 0
    out_of_service: int = 0
    guests: int = 0
    leaving_today: int = 0
    leaving_tomorrow: int = 0


@dataclass
class Board:
    sites: list[SiteCapacity]
    city: SiteCapacity
    reserve_rooms: int  # rooms of reserve (储备) sites that could be requisitioned


def board(db: Session, actor: Actor, *, now: datetime) -> Board:
    require_read(actor)
    sites = {s.id: SiteCapacity(s.id, s.name, s.kind, s.state)
             for s in db.scalars(select(QuarantineSite).order_by(QuarantineSite.name))}
    for site_id, state, count in db.execute(select(Room.site_id, Room.state, func.count())
                                            .group_by(Room.site_id, Room.state)):
        row = sites[site_id]
        setattr(row, state, getattr(row, state) + count)
        row.rooms += count
    today = datetime.combine(now.date(), datetime.min.time())
    ends = select(QuarantineStay.site_id, QuarantineStay.planned_end_at).where(
        QuarantineStay.state == "active", QuarantineStay.site_id.is_not(None)).subquery()
    for site_id, guests, leaving_today, leaving_tomorrow in db.execute(select(
            ends.c.site_id, func.count(),
            func.sum(_between(ends.c.planned_end_at, today, today + timedelta(days=1))),
            func.sum(_between(ends.c.planned_end_at, today + timedelta(days=1), today + timedelta(days=2))),
    ).group_by(ends.c.site_id)):
        row = sites[site_id]
        row.guests = guests
        row.leaving_today, row.leaving_tomorrow = int(leaving_today or 0), int(leaving_tomorrow or 0)
    city = SiteCapacity(0, "全市", "", "")
    reserve = 0
    for row in sites.values():
        if row.state in OPEN_SITE_STATES:
            for name in ("rooms", "free", "occupied", "disinfection", "out_of_service", "guests", "leaving_today",
                         "leaving_tomorrow"):
                setattr(city, name, getattr(city, name) + getattr(row, name))
        elif row.state == "reserve":
            reserve += row.rooms
    audit.record(db, actor, "read", "capacity", None, {"sites": len(sites)})
    return Board(list(sites.values()), city, reserve)


def _between(column: object, low: datetime, high: datetime) -> object:
    """1 when a stay's last planned day is [low, high): its planned end (midnight after) in (low, high]."""
    from sqlalchemy import case

    return case(((column > low) & (column <= high), 1), else_=0)


@dataclass
class ForecastDay:
    day: date
    demand: int  # rooms needed
    available: int  # rooms usable (free, occupied, in disinfection) at open sites
    short: bool


@dataclass
class Forecast:
    days: list[ForecastDay]
    assumptions: dict[str, float | int | str] = field(default_factory=dict)
    alert_day: date | None = None


def forecast(db: Session, actor: Actor, *, now: datetime, days: int = 7) -> Forecast:
    """Rooms needed on each of the next days: guests now, minus the stays that end, plus the requests
    waiting (placed tomorrow), plus the contacts the recent cases bring (cases per day × contacts per case,
    each staying the policy's centralised days). An alert names the first day demand exceeds the rooms."""
    require_read(actor)
    capacity = board(db, actor, now=now)
    city = capacity.city
    persons_per_room = (city.guests / city.occupied) if city.occupied else 1.0
    week_ago = now - timedelta(days=7)
    recent = db.execute(select(func.count(), func.count(func.distinct(QuarantineRequest.case_id))).where(
        QuarantineRequest.requested_at >= week_ago, QuarantineRequest.reason == "close_contact")).one()
    contacts, cases = int(recent[0]), int(recent[1])
    contacts_per_case = contacts / cases if cases else 0.0
    cases_per_day = cases / 7
    waiting = int(db.scalar(select(func.count()).select_from(QuarantineRequest)
                            .where(QuarantineRequest.state == "waiting")) or 0)
    policy = rules.isolation_policy(now)
    phases = policy.groups.get("close_contact", ())
    stay_days = phases[0].days if phases else 7
    ending: Counter[date] = Counter()
    for planned_end, count in db.execute(select(QuarantineStay.planned_end_at, func.count()).where(
            QuarantineStay.state == "active", QuarantineStay.site_id.is_not(None),
            QuarantineStay.planned_end_at.is_not(None)).group_by(QuarantineStay.planned_end_at)):
        ending[planned_end.date()] += count  # planned ends are midnights: a handful of groups
    available = city.free + city.occupied + city.disinfection
    guests = city.guests
    out: list[ForecastDay] = []
    alert = None
    for offset in range(1, days + 1):
        day = now.date() + timedelta(days=offset)
        guests -= sum(count for end, count in ending.items() if end == day)  # left at the midnight before
        arrivals_in_stay = cases_per_day * contacts_per_case * min(offset, stay_days)
        persons = max(0, guests) + (waiting if offset <= stay_days else 0) + arrivals_in_stay
        demand = int(-(-persons // persons_per_room)) if persons else 0
        short = demand > available
        if short and alert is None:
            alert = day
        out.append(ForecastDay(day, demand, available, short))
    assumptions: dict[str, float | int | str] = {
        "guests_now": city.guests, "waiting_requests": waiting, "cases_last_7_days": cases,
        "contacts_last_7_days": contacts, "contacts_per_case": round(contacts_per_case, 1),
        "new_contacts_per_day": round(cases_per_day * contacts_per_case, 1), "stay_days": stay_days,
        "persons_per_room": round(persons_per_room, 2), "policy": policy.key, "reserve_rooms": capacity.reserve_rooms}
    return Forecast(out, assumptions, alert)
