"""The ninth edition's day-7 screening (both databases): a high-risk area steps down after 7 days without a
new infection only once its residents' day-7 screening is complete and negative, read from the testing
domain; while it is missing or incomplete the step waits and its reason says so."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from fangkong.areas import service as areas
from fangkong.areas.screening import day7_screening
from fangkong.core import clock
from fangkong.core.db import get_engine
from fangkong.core.scope import system_actor
from fangkong.registry import service as registry
from fangkong.testing import flows as testing_flows
from fangkong.testing import service as testing
from tests.integration.test_testing_service import World, csv_file

COMMANDER = system_actor("tests")
DESIGNATED = datetime(2022, 8, 1)  # ninth edition: high -> medium after 7 days and the day-7 screening
DAY7 = datetime(2022, 8, 7)
CHECK = datetime(2022, 8, 9, 12)


@pytest.fixture
def db(city_url: str) -> Iterator[Session]:
    session = Session(get_engine(city_url))
    try:
        yield session
    finally:
        clock.set_clock(None)
        session.rollback()
        session.close()


def _area(db: Session, place_id: int, at: datetime) -> areas.Area:
    found = [a for a in areas.replay(db, at, day7_screening(db)) if a.place_id == place_id]
    assert len(found) == 1
    return found[0]


def test_no_lifting_without_the_day7_round_then_lifting_once_complete_and_negative(db: Session) -> None:
    world = World(db)
    community = registry.place_refs(db, {world.community})[world.community]
    clock.set_clock(DESIGNATED)
    notice = areas.draft_from_changes(db, COMMANDER, {
        "effective": DESIGNATED.isoformat(), "published": DESIGNATED.date().isoformat(), "number": "第801号",
        "changes": [{"action": "add", "level_to": "high", "district": None, "places": [community.name]}]})
    for row in areas.review_queue(db, COMMANDER, notice.id):
        areas.resolve_place(db, COMMANDER, row.id, place_id=world.community)
    areas.publish(db, COMMANDER, notice.id)
    residents = sorted({loc.person_id for loc in registry.residents_under(
        db, COMMANDER, {"community": {world.community}}, purpose="test")})

    # Day 8, no screening on day 7: still high, and the reason says the step waits for it.
    waiting = _area(db, world.community, CHECK)
    assert waiting.level == "high" and "尚未采样" in waiting.waiting_zh and "nobody sampled" in waiting.waiting_en
    # Without the screening check (the CLI's replay) the step is taken and says it was not checked.
    assert [a.level for a in areas.replay(db, CHECK) if a.place_id == world.community] == ["medium"]

    # Day 7: everyone sampled, results not yet reported: still waiting, "incomplete".
    clock.set_clock(DAY7 + timedelta(hours=6))
    day7 = testing.create_round(db, COMMANDER, name="第7天筛查", kind="sealed_area", place_ids=[world.community],
                                starts_at=DAY7 + timedelta(hours=7), ends_at=DAY7 + timedelta(hours=19))
    clock.set_clock(DAY7 + timedelta(hours=9))
    tubes = [world.fill(residents[i:i + 10], round_id=day7.id) for i in range(0, len(residents), 10)]
    world.ship(tubes, DAY7 + timedelta(hours=10))
    pending = _area(db, world.community, CHECK)
    assert pending.level == "high" and f"已采样{len(residents)}/{len(residents)}人" in pending.waiting_zh

    # Negative results reported on day 7: the area steps down at the due moment, the reason names the screening.
    clock.set_clock(DAY7 + timedelta(hours=18))
    testing_flows.import_result_file(db, world.lab_actor, content=csv_file(
        [(code, "阴性", "2022-08-07 17:00") for code in tubes]), filename="day7.csv")
    lifted = _area(db, world.community, CHECK)
    assert lifted.level == "medium" and lifted.waiting_zh == ""
    assert lifted.current is not None and lifted.current.at == datetime(2022, 8, 8)
    assert "全部阴性" in lifted.current.reason_zh and "negative" in lifted.current.reason_en
