"""The set-based recompute against the pure function, on a generated city with every kind of fact;
the SQL residents of risk areas against the areas service's own answer. Both databases."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fangkong import policies
from fangkong.areas import service as areas
from fangkong.codes import engine
from fangkong.codes import service as codes
from fangkong.codes.models import CodeReason, HealthCode
from fangkong.codes.rules import evaluate
from fangkong.core import clock
from fangkong.core.scope import system_actor
from fangkong.isolation import service as isolation
from fangkong.registry.models import Person
from fangkong.tracing import service as tracing
from tests.integration.test_areas_service import settle_review

SEED = Path(__file__).parents[1] / "fixtures" / "notices" / "seed_198_newspaper.txt"
COMMANDER = system_actor("tests")




def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def publish_seed(db: Session) -> int:
    notice = areas.draft_notice(db, COMMANDER, SEED.read_text(encoding="utf-8"), default_year=2022)
    settle_review(db, notice.id)
    areas.publish(db, COMMANDER, notice.id)
    return notice.id


def test_area_facts_in_sql_equal_the_areas_service(db: Session) -> None:
    publish_seed(db)
    moment = at("2022-12-03T12:00")
    expected = {pid: pl.level for pid, pl in areas.resident_levels(db, COMMANDER, moment).items()}
    rows = db.execute(areas.resident_area_facts(db, COMMANDER, moment)).all()
    assert {r.person_id: r.level for r in rows} == expected
    assert len(expected) > 50 and set(expected.values()) == {"high"}
    assert all(r.notice_number == "2022年第198号" for r in rows)
    some = sorted(expected)[:3]
    rows = db.execute(areas.resident_area_facts(db, COMMANDER, moment, person_ids=some)).all()
    assert sorted(r.person_id for r in rows) == some


def seed_facts(db: Session, moment: datetime) -> list[int]:
    """Cases, contacts (close and secondary), stays of every kind, declarations, overrides."""
    rng = random.Random(5)
    people = list(db.scalars(select(Person.id).order_by(Person.id)))
    chosen = rng.sample(people, 120)
    cases = []
    for pid in chosen[:10]:
        cases.append(tracing.record_case(db, COMMANDER, person_id=pid, kind=rng.choice(tracing.CASE_KINDS),
                                         reported_at=moment - timedelta(days=rng.randint(0, 20))))
    closes = []
    for pid in chosen[10:40]:
        closes.append(tracing.record_contact(db, COMMANDER, person_id=pid, kind="close", case_id=rng.choice(cases).id,
                                             exposure_at=moment - timedelta(days=rng.randint(0, 16), hours=3)))
    for pid in chosen[40:60]:
        tracing.record_contact(db, COMMANDER, person_id=pid, kind="secondary", via_contact_id=rng.choice(closes).id,
                               exposure_at=moment - timedelta(days=rng.randint(0, 9)))
    for pid in chosen[60:90]:
        start = moment - timedelta(days=rng.randint(0, 12))
        end = start + timedelta(days=rng.choice([3, 5, 7, 14])) if rng.random() < 0.8 else None
        isolation.record_stay(db, COMMANDER, person_id=pid, kind=rng.choice(("centralised", "home_quarantine",
                                                                              "home_monitoring")),
                              start_at=start, end_at=end, site="迎泽宾馆")
    resident = system_actor("tests")
    for pid in chosen[90:105]:
        codes.declare_arrival(db, resident.__class__(account_id=None, username=f"r{pid}", role="resident",
                                                     person_id=pid),
                              person_id=pid, from_city="西安", arrival_at=moment - timedelta(hours=rng.randint(1, 90)),
                              from_risk_area=rng.random() < 0.7)
    approver = system_actor("approver")
    for pid, colour in zip(chosen[105:110], ("green", "yellow", "red", "green", "red"), strict=True):
        row = codes.request_override(db, COMMANDER, person_id=pid, colour=colour, reason="流调核实,人工赋码",
                                     expires_at=moment + timedelta(days=2))
        codes.approve_override(db, approver, row.id)
    return chosen


@pytest.mark.parametrize("moment", ["2022-04-20T10:00", "2022-07-20T10:00", "2022-12-03T12:00"])
def test_set_based_recompute_equals_the_pure_function(db: Session, moment: str) -> None:
    now = at(moment)
    clock.set_clock(now)
    publish_seed(db)
    chosen = seed_facts(db, now)
    stored = codes.recompute(db, now=now)
    assert stored == db.scalar(select(func.count()).select_from(HealthCode))
    sample = sorted(set(chosen) | set(
        db.scalars(select(Person.id).order_by(Person.id).limit(200))) | set(
        r.person_id for r in db.execute(areas.resident_area_facts(db, COMMANDER, now)).all()[:100]))
    policy = policies.in_force(now)
    facts = engine.facts_of(db, sample, now)
    views = codes.stored_reasons(db, sample, now)
    summary = dict(db.execute(select(HealthCode.person_id, HealthCode.severity)).all())
    non_green = 0
    for pid in sample:
        pure = evaluate(policy, pid, facts[pid], now)
        assert views[pid] == pure, pid
        if pure.reasons:
            non_green += 1
            assert summary[pid] == ("green", "yellow", "red").index(pure.colour)
        else:
            assert pid not in summary
    assert non_green > 50
    # One person again: the same answer, from a single-person run.
    one = chosen[0]
    codes.recompute(db, now=now, person_ids=[one])
    assert codes.stored_reasons(db, [one], now)[one] == views[one]


def _stored_rows(db: Session, person_ids: list[int]) -> tuple[list[tuple], list[tuple]]:
    r, h = CodeReason, HealthCode
    reasons = db.execute(select(r.person_id, r.rule, r.fact_kind, r.sub, r.fact_ref, r.since, r.until, r.severity,
                                r.popup, r.sets_colour, r.note_zh, r.note_en)
                         .where(r.person_id.in_(person_ids))).all()
    summary = db.execute(select(h.person_id, h.severity, h.popup, h.reasons, h.since, h.computed_at)
                         .where(h.person_id.in_(person_ids))).all()
    return sorted(tuple(row) for row in reasons), sorted(tuple(row) for row in summary)


def test_single_person_runs_store_what_the_full_run_stores(db: Session) -> None:
    """A few persons (the path a new fact takes) are computed in Python from their own facts; the rows
    stored must be exactly those of the set-based run, for every kind of fact."""
    now = at("2022-12-03T12:00")
    clock.set_clock(now)
    publish_seed(db)
    chosen = seed_facts(db, now)
    area_residents = [r.person_id for r in db.execute(areas.resident_area_facts(db, COMMANDER, now)).all()[:5]]
    assert len(chosen) > engine._FEW  # noqa: SLF001 - the list below takes the set-based path
    codes.recompute(db, now=now)
    sample = sorted(set(chosen) | set(area_residents))
    full = _stored_rows(db, sample)
    assert {row[2] for row in full[0]} >= {"infection", "contact", "quarantine", "risk_area", "override",
                                           "landing_test"}
    for pid in sample:  # one by one, as after each new fact
        codes.recompute(db, now=now, person_ids=[pid])
    assert _stored_rows(db, sample) == full
    codes.recompute(db, now=now, person_ids=sample[:7] + [max(sample) + 10_000_000])  # a few at once, one unknown
    assert _stored_rows(db, sample) == full
