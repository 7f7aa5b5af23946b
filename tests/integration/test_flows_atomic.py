"""Every flow happens whole or not at all: when its last step (the codes recompute) fails, nothing of its
earlier steps (the case, the contact, the stay, the published notice, the imported result file) is left
in the database. Each flow runs in a transaction of its own, as a request or a CLI command would, and the
database is read afterwards on a fresh session. Both databases."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fangkong.areas import flows as area_flows
from fangkong.areas import service as areas
from fangkong.areas.models import Notice
from fangkong.codes import service as codes
from fangkong.core import clock
from fangkong.core.db import get_engine, transaction
from fangkong.core.scope import system_actor
from fangkong.isolation import flows as isolation_flows
from fangkong.isolation.models import QuarantineStay
from fangkong.registry.models import Person, Place
from fangkong.testing import flows as testing_flows
from fangkong.testing.models import Recall, ResultFile, Tube
from fangkong.tracing import flows as tracing_flows
from fangkong.tracing.models import Case, Contact
from tests.integration.test_testing_service import World, csv_file

OPERATOR = system_actor("tests")
NOW = datetime(2022, 12, 20, 10, 0)
NOTICE = """太原市新冠肺炎疫情防控工作领导组办公室关于调整高低风险区的通告
(2022年第300号)
自2022年12月20日0时起,我市新增高风险区1个。现将有关情况通告如下:
一、新增高风险区(1个)
{district}(1个):{compound}。
特此通告。"""


def a_compound(url: str) -> tuple[str, str]:
    """(district name, compound name) of a compound whose name is unique in the city."""
    with Session(get_engine(url)) as db:
        unique = (select(Place.name).where(Place.level == "compound").group_by(Place.name)
                  .having(func.count() == 1).order_by(Place.name).limit(1).scalar_subquery())
        compound = db.scalars(select(Place).where(Place.level == "compound", Place.name == unique)).one()
        district = db.get(Place, compound.district_id)
        return district.name, compound.name  # type: ignore[union-attr]


class RecomputeFailed(RuntimeError):
    pass


def fail_recompute(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on the flows' last step fails, as a database error or a bug in the engine would."""

    def boom(*_args: Any, **_kwargs: Any) -> int:
        raise RecomputeFailed("recompute failed")

    monkeypatch.setattr(codes, "recompute", boom)


@pytest.fixture
def frozen() -> Iterator[None]:
    clock.set_clock(NOW)
    yield
    clock.set_clock(None)


def rows(url: str, model: type) -> int:
    with Session(get_engine(url)) as db:
        return db.scalar(select(func.count()).select_from(model)) or 0


def persons(url: str, n: int) -> list[int]:
    with Session(get_engine(url)) as db:
        return list(db.scalars(select(Person.id).order_by(Person.id.desc()).limit(n)))


def fails_whole(url: str, step: Callable[[Session], Any]) -> None:
    with pytest.raises(RecomputeFailed), transaction(url) as db:
        step(db)


def test_recording_a_case_or_a_contact_leaves_nothing_when_the_codes_fail(
        city_url: str, frozen: None, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = persons(city_url, 2)
    with transaction(city_url) as db:  # a case to hang a contact on, committed while the codes work
        case = tracing_flows.record_case(db, OPERATOR, person_id=first, kind="confirmed",
                                         reported_at=NOW - timedelta(days=1))
        case_id = case.id
    cases, contacts = rows(city_url, Case), rows(city_url, Contact)
    fail_recompute(monkeypatch)
    fails_whole(city_url, lambda db: tracing_flows.record_case(
        db, OPERATOR, person_id=second, kind="asymptomatic", reported_at=NOW - timedelta(hours=2)))
    fails_whole(city_url, lambda db: tracing_flows.record_contact(
        db, OPERATOR, person_id=second, kind="close", exposure_at=NOW - timedelta(days=2), case_id=case_id))
    fails_whole(city_url, lambda db: tracing_flows.discharge_case(db, OPERATOR, case_id, at=NOW - timedelta(hours=1)))
    assert (rows(city_url, Case), rows(city_url, Contact)) == (cases, contacts)
    with Session(get_engine(city_url)) as db:
        assert db.get(Case, case_id).discharged_at is None  # type: ignore[union-attr]


def test_a_stay_leaves_nothing_when_the_codes_fail(city_url: str, frozen: None,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    (person,) = persons(city_url, 1)
    before = rows(city_url, QuarantineStay)
    fail_recompute(monkeypatch)
    fails_whole(city_url, lambda db: isolation_flows.record_stay(
        db, OPERATOR, person_id=person, kind="centralised", start_at=NOW - timedelta(days=1), site="测试酒店"))
    assert rows(city_url, QuarantineStay) == before


def test_a_notice_stays_a_draft_when_the_codes_fail(city_url: str, frozen: None) -> None:
    with transaction(city_url) as db:
        district, compound = a_compound(city_url)
        notice_id = areas.draft_notice(db, OPERATOR, NOTICE.format(district=district, compound=compound)).id
    with pytest.MonkeyPatch.context() as patch:
        fail_recompute(patch)
        fails_whole(city_url, lambda db: area_flows.publish_notice(db, OPERATOR, notice_id))
    with Session(get_engine(city_url)) as db:
        assert db.get(Notice, notice_id).state == "draft"  # type: ignore[union-attr]
    with transaction(city_url) as db:  # the same flow with working codes publishes
        area_flows.publish_notice(db, OPERATOR, notice_id)
    with Session(get_engine(city_url)) as db:
        assert db.get(Notice, notice_id).state == "published"  # type: ignore[union-attr]


def test_a_result_file_leaves_no_trace_when_the_codes_fail(city_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    start = datetime(2022, 11, 30, 8, 0)
    clock.set_clock(start)
    with transaction(city_url) as db:
        world = World(db)
        positive = world.fill(world.persons[:10])
        world.ship([positive], start + timedelta(hours=1))
        lab_actor = world.lab_actor
    clock.set_clock(start + timedelta(hours=6))
    files, recalls, cases = rows(city_url, ResultFile), rows(city_url, Recall), rows(city_url, Case)
    content = csv_file([(positive, "阳性", "2022-11-30 12:00")])
    fail_recompute(monkeypatch)
    fails_whole(city_url, lambda db: testing_flows.import_result_file(db, lab_actor, content=content,
                                                                       filename="r.csv"))
    assert (rows(city_url, ResultFile), rows(city_url, Recall), rows(city_url, Case)) == (files, recalls, cases)
    with Session(get_engine(city_url)) as db:
        assert db.scalar(select(Tube.result).where(Tube.barcode == positive)) is None
