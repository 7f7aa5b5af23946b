"""The testing core on a generated city: sampling rules, transport, result import (refused files,
idempotent re-upload), recalls and their closing, cases from positive single tubes, the facts the
code rules read, turnaround. Both databases."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fangkong.core import clock
from fangkong.core.errors import InvalidInput, NotFound, PermissionDenied
from fangkong.core.scope import system_actor
from fangkong.registry.models import Person, Venue
from fangkong.testing import flows
from fangkong.testing import service as testing
from fangkong.testing.models import Recall, ResultFile, ResultRow, Sample, Tube
from fangkong.tracing.models import Case
from tests.helpers import new_persona

COMMANDER = system_actor("tests")
T0 = datetime(2022, 11, 30, 8, 0)


@pytest.fixture(autouse=True)
def _now() -> None:
    clock.set_clock(T0)


class World:
    """A community with a site and its sampler, a lab and its account, a round over the community."""

    def __init__(self, db: Session) -> None:
        self.db = db
        counts = db.execute(select(Person.community_id, func.count()).group_by(Person.community_id)
                            .order_by(func.count().desc())).all()
        self.community, self.other_community = counts[0][0], counts[1][0]
        self.persons = list(db.scalars(select(Person.id).where(Person.community_id == self.community)
                                       .order_by(Person.id)))
        self.outsider = db.scalar(select(Person.id).where(Person.community_id == self.other_community).limit(1))
        self.site = testing.create_site(db, COMMANDER, name="测试采样点", place_id=self.community)
        lab_venue = db.scalar(select(Venue.id).where(Venue.kind == "lab").limit(1))
        self.lab = testing.create_lab(db, COMMANDER, name="气膜实验室", daily_capacity=100_000, venue_id=lab_venue,
                                      kind="air_film")
        self.sampler = new_persona(db, "sampler", jurisdiction_id=self.community)
        self.lab_actor = new_persona(db, "lab", venue_id=lab_venue)
        self.round = testing.create_round(db, COMMANDER, name="光华街第1轮", kind="district",
                                          place_ids=[self.community], starts_at=T0 - timedelta(hours=1),
                                          ends_at=T0 + timedelta(hours=10))
        self._n = 0

    def barcode(self) -> str:
        self._n += 1
        return f"TB{self._n:06d}"

    def fill(self, persons: list[int], *, pool_size: int = 10, purpose: str | None = None,
             round_id: int | None | str = "round") -> str:
        code = self.barcode()
        rid = self.round.id if round_id == "round" else round_id
        testing.open_tube(self.db, self.sampler, barcode=code, site_id=self.site.id, round_id=rid,  # type: ignore
                          pool_size=pool_size, purpose=purpose)
        for pid in persons:
            testing.add_sample(self.db, self.sampler, barcode=code, person_id=pid)
        if testing.get_tube(self.db, self.sampler, code).state == "open":
            testing.seal_tube(self.db, self.sampler, code)
        return code

    def ship(self, barcodes: list[str], at: datetime) -> None:
        box = testing.box_tubes(self.db, self.sampler, site_id=self.site.id, barcodes=barcodes)
        batch = testing.send_batch(self.db, self.sampler, lab_id=self.lab.id, box_ids=[box.id], sent_at=at)
        assert testing.receive_batch(self.db, self.lab_actor, batch.id, received_at=at + timedelta(minutes=40)) \
            == len(barcodes)


@contextmanager
def refused(kind: type[Exception], text: str) -> Iterator[None]:
    """The call fails with `kind`, its English or Chinese message holding one of text's |-alternatives."""
    with pytest.raises(kind) as caught:
        yield
    messages = f"{caught.value.en} {caught.value.zh}"  # type: ignore[attr-defined]
    assert any(t in messages for t in text.split("|")), messages


def csv_file(rows: list[tuple[str, str, str]], *, encoding: str = "utf-8-sig") -> bytes:
    lines = ["试管条码,检测结果,ORF1ab基因Ct值,N基因Ct值,检测时间,报告时间"]
    for barcode, result, tested in rows:
        ct = "28.5" if result == "阳性" else "/"
        lines.append(f"{barcode},{result},{ct},{ct},{tested},{tested}")
    return "\r\n".join(lines).encode(encoding)


def count(db: Session, model: type) -> int:
    return db.scalar(select(func.count()).select_from(model)) or 0


def test_a_tube_fills_and_seals_and_every_rule_refuses_cleanly(db: Session) -> None:
    w = World(db)
    code = w.barcode()
    view = testing.open_tube(db, w.sampler, barcode=code, site_id=w.site.id, round_id=w.round.id)
    assert view.pool_size == 10 and view.state == "open" and view.target_hours == 24
    for pid in w.persons[:9]:
        added = testing.add_sample(db, w.sampler, barcode=code, person_id=pid)
        assert not added.sealed and "*" in added.masked_name
    # Sampled twice in one round, in this tube or another
    with refused(InvalidInput, "already in this tube|本管"):
        testing.add_sample(db, w.sampler, barcode=code, person_id=w.persons[0])
    with pytest.raises(InvalidInput) as twice:
        w.fill([w.persons[1]])
    assert "本轮已采样" in twice.value.zh and "already sampled" in twice.value.en
    # Unknown person (by id and by a valid but unregistered identity number), outside the target
    with pytest.raises(NotFound):
        testing.add_sample(db, w.sampler, barcode=code, person_id=10**9)
    with pytest.raises(NotFound):
        testing.add_sample(db, w.sampler, barcode=code, id_number="11010519491231002X")
    with pytest.raises(InvalidInput):
        testing.add_sample(db, w.sampler, barcode=code, id_number="123")
    with refused(InvalidInput, "not a target"):
        testing.add_sample(db, w.sampler, barcode=code, person_id=w.outsider)
    # By identity number, the tenth fills and seals the tube
    number = db.scalar(select(Person.id_number).where(Person.id == w.persons[9]))
    tenth = testing.add_sample(db, w.sampler, barcode=code, id_number=number.lower())
    assert tenth.sealed and tenth.tube.state == "sealed" and tenth.tube.members == 10
    with refused(InvalidInput, "sealed|封管"):
        testing.add_sample(db, w.sampler, barcode=code, person_id=w.persons[10])
    # A barcode used twice
    with refused(InvalidInput, "used before"):
        testing.open_tube(db, w.sampler, barcode=code.lower(), site_id=w.site.id, round_id=w.round.id)
    # Nothing inconsistent stored: 10 samples in one tube of 10, the failed tube holds nobody
    assert db.scalar(select(func.count()).select_from(Sample).where(Sample.round_id == w.round.id)) == 10
    tubes = {t.barcode: (t.members, t.state) for t in db.scalars(select(Tube).where(Tube.round_id == w.round.id))}
    assert tubes[code] == (10, "sealed")
    in_tube = select(func.count()).select_from(Sample).join(Tube, Tube.id == Sample.tube_id)
    assert all(members == db.scalar(in_tube.where(Tube.barcode == b)) for b, (members, _state) in tubes.items())
    # An empty tube cannot be sealed; a pool size the site does not allow is refused
    empty = w.barcode()
    testing.open_tube(db, w.sampler, barcode=empty, site_id=w.site.id, round_id=w.round.id)
    with refused(InvalidInput, "empty"):
        testing.seal_tube(db, w.sampler, empty)
    with pytest.raises(InvalidInput):
        testing.open_tube(db, w.sampler, barcode=w.barcode(), site_id=w.site.id, round_id=w.round.id, pool_size=7)
    with refused(InvalidInput, "single"):
        testing.open_tube(db, w.sampler, barcode=w.barcode(), site_id=w.site.id, purpose="recall", pool_size=10)


def test_roles_and_sites_are_checked(db: Session) -> None:
    w = World(db)
    elsewhere = new_persona(db, "sampler", jurisdiction_id=w.other_community)
    with pytest.raises(PermissionDenied):
        testing.open_tube(db, elsewhere, barcode="X00001", site_id=w.site.id, round_id=w.round.id)
    grid = new_persona(db, "grid_worker", jurisdiction_id=w.community)
    with pytest.raises(PermissionDenied):
        testing.open_tube(db, grid, barcode="X00002", site_id=w.site.id, round_id=w.round.id)
    with pytest.raises(PermissionDenied):
        testing.create_round(db, w.sampler, name="x", kind="district", place_ids=[w.community],
                             starts_at=T0, ends_at=T0 + timedelta(hours=1))
    clock.set_clock(T0 + timedelta(hours=11))  # after the round's window
    with refused(InvalidInput, "not open"):
        testing.open_tube(db, w.sampler, barcode="X00003", site_id=w.site.id, round_id=w.round.id)


def test_result_file_refused_whole_with_a_per_row_report(db: Session) -> None:
    w = World(db)
    first = w.fill(w.persons[:10])
    second = w.fill(w.persons[10:20])
    unsent = w.fill(w.persons[20:25])
    w.ship([first, second], T0 + timedelta(hours=1))
    tested = "2022-11-30 12:00"
    before = (count(db, ResultFile), count(db, ResultRow))
    bad = csv_file([(first, "阴性", tested), ("NOPE123", "阴性", tested), (second, "maybe", tested),
                    (unsent, "阴性", tested), (first, "阴性", tested)])
    bad += "\r\nZZ9999,阴性,/,/,30/11/2022,\r\n".encode()
    with pytest.raises(testing.ResultFileRefused) as refused:
        testing.import_results(db, w.lab_actor, content=bad, filename="bad.csv")
    report = {(e.row, e.column): e for e in refused.value.errors}
    assert (3, "试管条码") in report and "unknown barcode" in report[(3, "试管条码")].en
    assert (4, "检测结果") in report and "未知" not in report[(4, "检测结果")].zh
    assert "not sent to this lab" in report[(5, "试管条码")].en
    assert "row 2" in report[(6, "试管条码")].en
    assert (7, "检测时间") in report
    assert all(e.zh and e.en for e in refused.value.errors)
    assert (count(db, ResultFile), count(db, ResultRow)) == before
    assert db.scalar(select(Tube.result).where(Tube.barcode == first)) is None


def test_results_recalls_cases_and_facts(db: Session) -> None:
    w = World(db)
    pool = w.persons[:10]
    positive, negative = w.fill(pool), w.fill(w.persons[10:20])
    w.ship([positive, negative], T0 + timedelta(hours=1))
    clock.set_clock(T0 + timedelta(hours=6))
    content = csv_file([(positive, "阳性", "2022-11-30 12:00"), (negative, "阴性", "2022/11/30 12:05")],
                       encoding="gb18030")
    done = flows.import_result_file(db, w.lab_actor, content=content, filename="r.csv")
    assert done.file.applied == 2 and done.file.positive_tubes == 1 and done.recalls_created == 10
    tube = db.scalar(select(Tube).where(Tube.barcode == positive))
    assert tube.state == "reported" and tube.ct_orf1ab == 28.5 and tube.result == "positive"
    # Same bytes again: nothing changes
    again = flows.import_result_file(db, w.lab_actor, content=content, filename="r.csv")
    assert again.file.duplicate and again.recalls_created == 0
    assert count(db, Recall) == 10 and db.scalar(select(func.count()).select_from(ResultFile)) == 1
    # A different file repeating a result is stored, not applied; a conflicting one is refused
    repeat = flows.import_result_file(db, w.lab_actor, content=csv_file([(negative, "阴性", "2022-11-30 12:05")]))
    assert repeat.file.applied == 0 and repeat.file.unchanged == 1
    with pytest.raises(testing.ResultFileRefused) as conflict:
        flows.import_result_file(db, w.lab_actor, content=csv_file([(negative, "阳性", "2022-11-30 12:05")]))
    assert "conflicts" in conflict.value.errors[0].en
    # Facts: the pool's members are pool positive; nobody is a single positive yet
    now = clock.now()
    facts = {row.person_id: row for row in db.execute(testing.pool_positive_facts(now))}
    assert set(facts) == set(pool) and facts[pool[0]].tube_barcode == positive
    assert facts[pool[0]].since == datetime(2022, 11, 30, 12, 0)
    assert db.execute(testing.positive_single_facts(now)).all() == []
    assert db.execute(testing.pool_positive_facts(datetime(2022, 11, 30, 11, 0))).all() == []  # before the result
    # Recall lists: the sampler's community, grid workers by grid
    total, listed = testing.recalls(db, w.sampler)
    assert total == 10 and {v.person.id for v in listed} == set(pool) and all(v.person.masked for v in listed)
    grid = listed[0].grid_id
    grid_worker = new_persona(db, "grid_worker", jurisdiction_id=grid)
    _n, mine = testing.recalls(db, grid_worker)
    assert mine and all(v.grid_id == grid for v in mine)
    # Re-tests, one person per tube: a pooled tube is refused for a recalled person
    clock.set_clock(T0 + timedelta(hours=7))
    with refused(InvalidInput, "single tube"):
        w.fill([pool[0]], pool_size=5, round_id=None, purpose="routine")
    retest_neg = w.fill([pool[0]], pool_size=1, round_id=None, purpose="recall")
    retest_pos = w.fill([pool[1]], pool_size=1, round_id=None, purpose="recall")
    assert db.scalar(select(Recall.state).where(Recall.person_id == pool[0])) == "sampled"
    w.ship([retest_neg, retest_pos], T0 + timedelta(hours=7, minutes=10))
    clock.set_clock(T0 + timedelta(hours=9))
    cases_before = count(db, Case)
    second = flows.import_result_file(
        db, w.lab_actor, content=csv_file([(retest_neg, "阴性", "2022-11-30 16:00"),
                                           (retest_pos, "阳性", "2022-11-30 16:00")]))
    assert second.recalls_closed == 2 and second.cases == 1 and count(db, Case) == cases_before + 1
    outcomes = dict(db.execute(select(Recall.person_id, Recall.outcome).where(Recall.person_id.in_(pool[:2]))).all())
    assert outcomes == {pool[0]: "negative", pool[1]: "positive"}
    now = clock.now()
    still = {row.person_id for row in db.execute(testing.pool_positive_facts(now))}
    assert pool[0] not in still and pool[1] in still and set(pool[2:]) <= still
    singles = db.execute(testing.positive_single_facts(now)).all()
    assert [(r.person_id, r.tube_barcode) for r in singles] == [(pool[1], retest_pos)]
    assert db.scalar(select(Case.kind).where(Case.person_id == pool[1])) == "confirmed"
    # Latest tests for the sentinel
    latest = testing.latest_tests(db, [pool[0], pool[2], w.persons[30]])
    assert latest[pool[0]].result == "negative" and latest[pool[0]].pool_size == 1
    assert latest[pool[2]].result == "positive" and latest[pool[2]].pool_size == 10
    assert w.persons[30] not in latest
    # Turnaround: 4 hours from sampling to report for the first tubes
    summary = testing.turnaround(db, COMMANDER, round_id=w.round.id)
    assert summary.tubes == 2 and summary.with_result == 2 and summary.within_target == 2
    assert summary.persons == 20 and 3.9 < (summary.median_hours or 0) < 4.1
    assert summary.steps.send_to_receive == pytest.approx(40 / 60, abs=0.01)
    loads = {load.lab_id: load for load in testing.lab_load(db, COMMANDER, T0.date())}
    assert loads[w.lab.id].received == 4 and loads[w.lab.id].tested == 4


def test_overdue_results_and_facts(db: Session) -> None:
    w = World(db)
    late = w.fill(w.persons[:10])
    w.ship([late], T0 + timedelta(hours=1))
    total, rows = testing.overdue_results(db, COMMANDER, T0 + timedelta(hours=30))
    assert total >= 1 and late in {r.barcode for r in rows}
    assert testing.overdue_results(db, COMMANDER, T0 + timedelta(hours=2))[0] == 0
    # The round ends; members not sampled since it started are overdue until they are sampled
    after = T0 + timedelta(hours=11)
    overdue = {r.person_id: r for r in db.execute(testing.overdue_test_facts(after))}
    assert set(w.persons[10:]) <= set(overdue) and not set(w.persons[:10]) & set(overdue)
    assert overdue[w.persons[10]].due_since == w.round.ends_at
    assert "光华街第1轮" in overdue[w.persons[10]].reason_zh
    members = set(db.scalars(testing.round_members(w.round.id)))
    assert members == set(w.persons)
    assert {pid for pid, _at in db.execute(testing.sampled_in_round(w.round.id))} == set(w.persons[:10])
    # Key groups: daily for high-exposure jobs, three tests in three days for returning students
    testing.set_schedule(db, COMMANDER, group="high_exposure", name_zh="高风险岗位", name_en="high-exposure jobs",
                         every_days=1)
    testing.set_schedule(db, COMMANDER, group="students", name_zh="返校师生三天三检", name_en="returning students",
                         every_days=1, count=3)
    worker, student = w.outsider, db.scalar(select(Person.id).where(Person.community_id == w.other_community)
                                            .order_by(Person.id.desc()).limit(1))
    assert testing.assign_key_group(db, COMMANDER, person_ids=[worker], group="high_exposure",
                                    since=T0 - timedelta(days=3)) == 1
    assert testing.assign_key_group(db, COMMANDER, person_ids=[worker], group="high_exposure") == 0
    assert testing.assign_key_group(db, COMMANDER, person_ids=select(Person.id).where(Person.id == student),
                                    group="students", since=datetime(2022, 11, 29, 9, 0)) == 1
    facts = {(r.person_id, r.reason_en.split(":")[0]): r for r in db.execute(testing.overdue_test_facts(after))}
    assert facts[(worker, "routine test overdue")].due_since == T0 - timedelta(days=2)
    series = facts[(student, "test series incomplete")]
    assert series.due_since == datetime(2022, 11, 30, 0, 0)  # the end of the first day of the series
    # A routine sample today clears both (the student's missed day is made up by a later sample)
    site2 = testing.create_site(db, COMMANDER, name="第二采样点", place_id=w.other_community)
    sampler2 = new_persona(db, "sampler", jurisdiction_id=w.other_community)
    code = "RT000001"
    testing.open_tube(db, sampler2, barcode=code, site_id=site2.id, pool_size=1)
    testing.add_sample(db, sampler2, barcode=code, person_id=worker)
    testing.open_tube(db, sampler2, barcode="RT000002", site_id=site2.id, pool_size=1)
    testing.add_sample(db, sampler2, barcode="RT000002", person_id=student)
    later = {(r.person_id, r.reason_en.split(":")[0]) for r in db.execute(testing.overdue_test_facts(after))}
    assert (worker, "routine test overdue") not in later and (student, "test series incomplete") not in later
