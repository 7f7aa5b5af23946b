"""Isolation data for the demo city, so the pages show something at first start: every generated
quarantine-hotel venue as a site (the demo account's own hotel in use with 4 floors of rooms and a
few guests on different days; the others in reserve), a fangcang requisitioned 10 hours ago with part
of its checklist done, waiting quarantine requests, and a home quarantine with a door sensor in the
demo grid worker's grid.

Everything goes through the isolation service and flows (audited as the system actor). Call once after
generate_city, in one transaction: `seed_isolation(db, now=clock.now())`; None when sites exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fangkong.core.models import Account
from fangkong.core.scope import Actor, system_actor
from fangkong.isolation import flows
from fangkong.isolation import service as isolation
from fangkong.registry.models import Person, Venue


@dataclass(frozen=True)
class IsolationDemo:
    sites: int
    rooms: int
    stays: int


def seed_isolation(db: Session, *, now: datetime) -> IsolationDemo | None:
    from fangkong.isolation.models import QuarantineSite

    if db.scalar(select(func.count()).select_from(QuarantineSite)):
        return None
    actor = system_actor("demo isolation")
    own_venue = db.scalar(select(Account.venue_id).where(Account.username == "quarantine"))
    venues = db.execute(select(Venue.id, Venue.name, Venue.district_id, Venue.street_id, Venue.address)
                        .where(Venue.kind == "quarantine_hotel").order_by(Venue.id)).all()
    own_site = None
    rooms = 0
    for venue_id, name, district_id, street_id, address in venues:
        in_use = venue_id == own_venue
        site = isolation.create_site(db, actor, name=name, kind="hotel", district_id=district_id, street_id=street_id,
                                     address=address, operator="酒店管理公司", staff_team="医护专班 6 人",
                                     state="requisitioned" if in_use else "reserve", venue_id=venue_id)
        floors = (3, 4, 5, 6) if in_use else (2, 3)
        for floor in floors:
            for number in range(1, 11 if in_use else 9):
                isolation.add_room(db, actor, site.id, number=f"{floor}{number:02d}", floor=floor,
                                   beds=3 if number <= 2 else (2 if number <= 4 else 1), family=number <= 2,
                                   accessible=number == 10 and floor == floors[0])
                rooms += 1
        if in_use:
            own_site = site
    fangcang = isolation.create_site(db, actor, name="太原国际会展中心方舱医院", kind="fangcang",
                                     address="长风商务区", operator="市卫健委", staff_team="省援助医疗队",
                                     state="reserve")
    db.flush()
    isolation.move_site(db, actor, fangcang.id, to_state="requisitioned", note="指挥部令:24小时内启用")
    fangcang.requisitioned_at = now - timedelta(hours=10)
    for item in ("beds", "power_water"):
        isolation.mark_ready(db, actor, fangcang.id, item=item)
    stays = _guests(db, actor, own_site.id if own_site else None, now) if own_site else 0
    return IsolationDemo(len(venues) + 1, rooms, stays)


def _guests(db: Session, actor: Actor, site_id: int, now: datetime) -> int:
    """Six households' adults at different days of their stay, two waiting requests, one home stay."""
    grid = db.scalar(select(Account.jurisdiction_id).where(Account.username == "grid"))
    resident = db.scalar(select(Account.person_id).where(Account.username == "resident"))
    persons = list(db.scalars(select(Person.id).where(Person.grid_id != grid, Person.id != resident)
                              .order_by(Person.id).offset(50).limit(8)))
    free = [room.id for room in isolation.rooms_of(db, actor, site_id) if room.beds == 1]
    placed = 0
    for index, person in enumerate(persons[:6]):
        start = now - timedelta(days=index % 5, hours=2)
        flows.place(db, actor, person_id=person, group="close_contact", start_at=start, site_id=site_id,
                    room_id=free[index], exposure_at=start - timedelta(hours=20), mood_check=index == 0,
                    reason="演示：病例的密切接触者")
        placed += 1
    for person in persons[6:]:
        isolation.request_quarantine(db, actor, person_id=person, reason="close_contact", case_id=1,
                                     exposure_at=now - timedelta(days=1), note="演示:待转运")
    home = db.scalar(select(Person.id).where(Person.grid_id == grid, Person.id != resident).order_by(Person.id)
                     .offset(5).limit(1))
    if home is not None:
        flows.place(db, actor, person_id=home, group="arrival_high", start_at=now - timedelta(days=1),
                    door_sensor="MC-0001", reason="演示:高风险地区来返")
        placed += 1
    return placed
