"""Testing data for the demo city: sampling sites and labs from the generated venues, routine
schedules for key groups, some key-group members, and today's district round in 万柏林区.

Everything goes through fangkong.testing.service (audited as the system actor). Call once after
generate_city, in one transaction: `seed_testing(db, now=clock.now())`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from fangkong.core.scope import system_actor
from fangkong.drill import taiyuan
from fangkong.registry.models import Person, Place, Venue
from fangkong.testing import finder
from fangkong.testing import service as testing


@dataclass(frozen=True)
class TestingDemo:
    __test__ = False

    sites: int
    labs: int
    key_group_members: int
    round_id: int | None


def seed_testing(db: Session, *, now: datetime, district_name: str = "万柏林区") -> TestingDemo:
    actor = system_actor("demo testing")
    venues = db.execute(select(Venue.id, Venue.name, Venue.kind, Venue.place_id, Venue.venue_code, Venue.district_id)
                        .where(Venue.kind.in_(("sampling_site", "lab"))).order_by(Venue.id)).all()
    sites = labs = 0
    for venue_id, name, kind, place_id, code, district_id in venues:
        if kind == "sampling_site":
            # Hours as the street posts them: most sites 07:00-19:00, every third one an evening site.
            opens, closes = ("07:00", "19:00") if sites % 3 else ("08:00", "21:30")
            testing.create_site(db, actor, name=name, place_id=place_id, code=code, venue_id=venue_id, opens=opens,
                                closes=closes)
            sites += 1
        else:
            air_film = name == taiyuan.AIR_FILM_LAB_NAME  # seed 002: 100,000 tubes a day
            testing.create_lab(db, actor, name=name, code=code, venue_id=venue_id, district_id=district_id,
                               daily_capacity=100_000 if air_film else 20_000, kind="air_film" if air_film else "lab")
            labs += 1
    # Seed 000, on a week of -15 ℃ mornings: the office's notice of the day beside the sampling sites.
    finder.set_day_notice(db, actor, text="市民出门做核酸采样时，记得添衣保暖", day=now.date())
    testing.set_schedule(db, actor, group="high_exposure", name_zh="高风险岗位人员每日一检",
                         name_en="high-exposure jobs, daily", every_days=1)
    testing.set_schedule(db, actor, group="students", name_zh="返校师生三天三检",
                         name_en="returning students and teachers, three tests in three days", every_days=1, count=3)
    # About one resident in a hundred works a high-exposure job (markets, transport, hospitals).
    members = testing.assign_key_group(db, actor, person_ids=select(Person.id).where(Person.id % 97 == 0),
                                       group="high_exposure", since=now - timedelta(days=7))
    district = db.scalar(select(Place.id).where(Place.level == "district", Place.name == district_name))
    round_id = None
    if district is not None:
        day = now.replace(hour=0, minute=0, second=0, microsecond=0)
        round_id = testing.create_round(db, actor, name=f"{district_name}区域核酸检测({day:%m月%d日})",
                                        kind="district", place_ids=[district], starts_at=day + timedelta(hours=7),
                                        ends_at=day + timedelta(hours=19)).id
    return TestingDemo(sites=sites, labs=labs, key_group_members=members, round_id=round_id)
