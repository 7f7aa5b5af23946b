"""Temporary silent management (临时静默) on a generated city, both databases: a district put under it by
a notice and lifted in two parts (a street first, then the rest), with residents' levels and health codes
before, during and after; the notices read as the offices wrote them (seed 000)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from fangkong.areas import flows
from fangkong.areas import service as areas
from fangkong.codes import service as codes
from fangkong.core.db import get_engine
from fangkong.core.scope import system_actor
from fangkong.registry.models import Person, Place

COMMANDER = system_actor("tests")


@pytest.fixture
def db(city_url: str) -> Iterator[Session]:
    session = Session(get_engine(city_url))
    try:
        yield session
    finally:
        session.rollback()
        session.close()


def _district_with_two_peopled_streets(db: Session) -> tuple[Place, Place, Place, int, int]:
    """A district, two of its streets, and a resident of each street (read from the generated city)."""
    for district in db.scalars(select(Place).where(Place.level == "district").order_by(Place.id)):
        residents: dict[int, int] = {}
        for street_id, person_id in db.execute(_residents_by_street(district.id)):
            residents.setdefault(street_id, person_id)
            if len(residents) == 2:
                first, second = list(residents)
                return (district, db.get(Place, first), db.get(Place, second),  # type: ignore[return-value]
                        residents[first], residents[second])
    raise AssertionError("no district with two peopled streets")


def _residents_by_street(district_id: int):  # noqa: ANN202 - a SELECT
    from fangkong.registry.models import Household

    return (select(Place.street_id, Person.id)
            .join(Household, Household.unit_id == Place.id).join(Person, Person.household_id == Household.id)
            .where(Place.district_id == district_id, Place.level == "unit").order_by(Person.id))


def _publish(db: Session, text: str, now: datetime) -> int:
    notice = areas.draft_notice(db, COMMANDER, text, default_year=2022)
    assert areas.review_queue(db, COMMANDER, notice.id) == []
    flows.publish_notice(db, COMMANDER, notice.id, now=now)
    return notice.id


def _level(db: Session, person_id: int, moment: str) -> str | None:
    found = areas.person_level(db, COMMANDER, person_id, datetime.fromisoformat(moment))
    return found.level if found else None


def _code(db: Session, person_id: int, moment: str) -> tuple[str, list[str]]:
    now = datetime.fromisoformat(moment)
    codes.recompute(db, now=now, person_ids=[person_id])
    view = codes.current_code(db, COMMANDER, person_id, now)
    return view.colour, [reason.rule for reason in view.reasons]


def test_a_district_silenced_and_lifted_in_two_parts(db: Session) -> None:
    district, first, second, in_first, in_second = _district_with_two_peopled_streets(db)
    silenced = _publish(db, f"关于对{district.name}实行临时静默管理的通告\n经研究决定,自2022年11月20日18时起,"
                            f"对{district.name}实行临时静默管理。静默期间,居民居家、非必要不外出。",
                        datetime(2022, 11, 20, 18))
    parsed = areas.notice_view(db, COMMANDER, silenced)
    assert [(c.level_to, [p.level for p in c.places]) for c in parsed.changes] == [("silent", ["district"])]

    _publish(db, f"自2022年11月23日12时起,{district.name}{first.name}解除临时静默管理,"
                 f"其他区域继续实行临时静默管理。", datetime(2022, 11, 23, 12))
    _publish(db, f"{district.name}已于2022年11月25日0时起有序解除临时静默管理。", datetime(2022, 11, 25))

    # Before, during (both streets), after the first part is lifted (only the second), after all.
    assert (_level(db, in_first, "2022-11-20T17:00"), _level(db, in_second, "2022-11-20T17:00")) == (None, None)
    assert (_level(db, in_first, "2022-11-21T09:00"), _level(db, in_second, "2022-11-21T09:00")) == (
        "silent", "silent")
    assert (_level(db, in_first, "2022-11-23T13:00"), _level(db, in_second, "2022-11-23T13:00")) == (
        None, "silent")
    assert (_level(db, in_first, "2022-11-25T01:00"), _level(db, in_second, "2022-11-25T01:00")) == (None, None)

    # The whole-population facts (SQL) agree with the one-person path.
    with_facts = {row[0]: row[1] for row in db.execute(
        areas.resident_area_facts(db, COMMANDER, datetime(2022, 11, 23, 13), person_ids=[in_first, in_second]))}
    assert with_facts == {in_second: "silent"}

    # Codes: the silent rule with its own reason while it holds, gone when lifted.
    assert _code(db, in_second, "2022-11-21T09:00") == ("yellow", ["silent_area"])
    assert _code(db, in_first, "2022-11-23T13:00")[1] == []
    assert _code(db, in_second, "2022-11-23T13:00") == ("yellow", ["silent_area"])
    assert _code(db, in_second, "2022-11-25T01:00")[1] == []

    # The areas view: the district listed as silent with the policy's measures while it holds.
    during = areas.areas_at(db, datetime(2022, 11, 23, 13))
    silent = [a for a in during if a.level == "silent"]
    assert [a.place_id for a in silent] == [district.id]
    assert silent[0].exclusions == [(first.id, "street")]
    assert not [a for a in areas.areas_at(db, datetime(2022, 11, 25, 1)) if a.level == "silent"]
