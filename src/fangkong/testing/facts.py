"""The facts testing gives the health-code rules: positive pools, positive single tubes, tests owed.

The raw SELECTs (set-based; their column names are a contract, re-exported by `testing.service`):
  pool_positive_facts(now)     -> (person_id, since, tube_barcode)
  positive_single_facts(now)   -> (person_id, since, tube_barcode)
  overdue_test_facts(now)      -> (person_id, due_since, reason_zh, reason_en, kind, what_zh, what_en)
and below them FACT_SOURCES, the same shaped into the code engine's fact rows."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    union,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.expression import FunctionElement
from sqlalchemy.types import DateTime, Integer

from fangkong.core.facts import FactSource, at_moment
from fangkong.testing.common import testing_policy
from fangkong.testing.models import KeyGroupMember, Sample, TestRound, TestSchedule, Tube
from fangkong.testing.rounds import member_pairs

# ---- date arithmetic that works on SQLite and PostgreSQL -----------------------------------


class _ShiftDays(FunctionElement[datetime]):
    """`moment + days` (days: an integer expression), optionally from the start of moment's day."""

    type = DateTime()
    inherit_cache = True
    name = "shift_days"


@compiles(_ShiftDays)
def _shift_days_pg(element: _ShiftDays, compiler: Any, **kw: Any) -> str:
    moment, days, day_start = list(element.clauses)
    base = compiler.process(moment, **kw)
    if compiler.process(day_start, **kw) in ("1", "true", "TRUE"):
        base = f"date_trunc('day', {base})"
    return f"({base} + ({compiler.process(days, **kw)}) * interval '1 day')"


@compiles(_ShiftDays, "sqlite")
def _shift_days_sqlite(element: _ShiftDays, compiler: Any, **kw: Any) -> str:
    moment, days, day_start = list(element.clauses)
    modifiers = "'start of day', " if compiler.process(day_start, **kw) in ("1", "true") else ""
    # The same text form SQLAlchemy stores ("2022-11-30 14:05:00.000000"), so comparisons hold.
    return (f"(strftime('%Y-%m-%d %H:%M:%f', {compiler.process(moment, **kw)}, {modifiers}"
            f"'+' || ({compiler.process(days, **kw)}) || ' days') || '000')")


def shift_days(moment: Any, days: Any, *, from_day_start: bool = False) -> _ShiftDays:
    return _ShiftDays(moment, days, literal_column("1" if from_day_start else "0"))


# ---- facts for the health-code rules -------------------------------------------------------


def known_at(tube: Any) -> ColumnElement[Any]:
    return func.coalesce(tube.reported_at, tube.tested_at)


def pool_positive_facts(now: datetime) -> Select[Any]:
    """SELECT person_id, since, tube_barcode: members of a pool (size > 1) whose result, known by
    `now`, is positive and who have no later negative single-tube result known by `now`.
    One row per (person, positive pool); `since` is when the result was known (reported, else tested)."""
    s2, t2 = aliased(Sample), aliased(Tube)
    cleared = (select(s2.id).join(t2, t2.id == s2.tube_id)
               .where(s2.person_id == Sample.person_id, t2.pool_size == 1, t2.result == "negative",
                      s2.sampled_at > Sample.sampled_at, known_at(t2) <= now))
    return (select(Sample.person_id.label("person_id"), known_at(Tube).label("since"),
                   Tube.barcode.label("tube_barcode"))
            .join(Tube, Tube.id == Sample.tube_id)
            .where(Tube.result == "positive", Tube.pool_size > 1, known_at(Tube) <= now, ~exists(cleared))
            .distinct())  # DISTINCT keeps SQLite from probing a caller's big IN list per positive tube


def positive_single_facts(now: datetime) -> Select[Any]:
    """SELECT person_id, since, tube_barcode: persons whose single tube tested positive by `now`."""
    return (select(Sample.person_id.label("person_id"), known_at(Tube).label("since"),
                   Tube.barcode.label("tube_barcode"))
            .join(Tube, Tube.id == Sample.tube_id)
            .where(Tube.result == "positive", Tube.pool_size == 1, known_at(Tube) <= now).distinct())


_SERIES_DAYS = 14  # longest series a schedule may ask for (set_schedule checks)


def overdue_test_facts(now: datetime) -> Select[Any]:
    """SELECT person_id, due_since, reason_zh, reason_en, kind (round | routine | series), what_zh,
    what_en (the round's or the schedule's name): persons who owe a test at `now`.

    - A round (enforced, active) targeting them ended within the policy's `overdue_round_days`
      without them being sampled since it started: overdue from the round's end until any sample
      (Taiyuan, April 2022: those who missed their district's round were yellow until sampled).
    - A recurring key-group schedule: no sample within `every_days` days of the last one (or of
      joining the group): overdue from then.
    - A series schedule (三天三检): a day of the series passed without a sample since that day began.
    A person can appear once per reason; take min(due_since) per person if one row is wanted."""
    policy = testing_policy(now)
    window_start = now - timedelta(days=policy["overdue_round_days"])
    due_rounds = select(TestRound.id).where(TestRound.enforced.is_(True), TestRound.state == "active",
                                            TestRound.ends_at <= now, TestRound.ends_at >= window_start)
    pairs = union(*member_pairs(lambda col: col.in_(due_rounds))).subquery("due")  # built once, not per part
    missed_round = (select(pairs.c.person_id.label("person_id"), TestRound.ends_at.label("due_since"),
                           (literal("未参加核酸检测:") + TestRound.name).label("reason_zh"),
                           (literal("missed testing round: ") + TestRound.name).label("reason_en"),
                           literal("round").label("kind"), TestRound.name.label("what_zh"),
                           TestRound.name.label("what_en"))
                    .join(TestRound, TestRound.id == pairs.c.round_id)
                    .where(~exists(select(Sample.id).where(Sample.person_id == pairs.c.person_id,
                                                           Sample.sampled_at >= TestRound.starts_at,
                                                           Sample.sampled_at <= now))))
    last_sample = (select(func.max(Sample.sampled_at)).where(Sample.person_id == KeyGroupMember.person_id,
                                                             Sample.sampled_at <= now).scalar_subquery())
    recurring_due = shift_days(func.coalesce(last_sample, KeyGroupMember.since), TestSchedule.every_days)
    active_member = and_(KeyGroupMember.since <= now,
                         or_(KeyGroupMember.until.is_(None), KeyGroupMember.until > now))
    recurring = (select(KeyGroupMember.person_id.label("person_id"), recurring_due.label("due_since"),
                        (literal("未按时常态化检测:") + TestSchedule.name_zh).label("reason_zh"),
                        (literal("routine test overdue: ") + TestSchedule.name_en).label("reason_en"),
                        literal("routine").label("kind"), TestSchedule.name_zh.label("what_zh"),
                        TestSchedule.name_en.label("what_en"))
                 .join(TestSchedule, TestSchedule.group == KeyGroupMember.group)
                 .where(TestSchedule.active.is_(True), TestSchedule.count.is_(None), active_member,
                        recurring_due <= now))
    days = union(*[select(literal_column(str(i), Integer).label("i"))
                   for i in range(_SERIES_DAYS)]).subquery("series_day")
    day_start = shift_days(KeyGroupMember.since, days.c.i, from_day_start=True)
    day_end = shift_days(KeyGroupMember.since, days.c.i + 1, from_day_start=True)
    series = (select(KeyGroupMember.person_id.label("person_id"), func.min(day_end).label("due_since"),
                     (literal("未完成连续检测:") + TestSchedule.name_zh).label("reason_zh"),
                     (literal("test series incomplete: ") + TestSchedule.name_en).label("reason_en"),
                     literal("series").label("kind"), TestSchedule.name_zh.label("what_zh"),
                     TestSchedule.name_en.label("what_en"))
              .select_from(KeyGroupMember)
              .join(TestSchedule, TestSchedule.group == KeyGroupMember.group)
              .join(days, days.c.i < TestSchedule.count)
              .where(TestSchedule.active.is_(True), TestSchedule.count.is_not(None), KeyGroupMember.since <= now,
                     day_end <= now,
                     ~exists(select(Sample.id).where(Sample.person_id == KeyGroupMember.person_id,
                                                     Sample.sampled_at >= day_start, Sample.sampled_at <= now)))
              .group_by(KeyGroupMember.person_id, TestSchedule.name_zh, TestSchedule.name_en))
    combined = union(missed_round, recurring, series).subquery("overdue")
    return select(combined.c.person_id, combined.c.due_since, combined.c.reason_zh, combined.c.reason_en,
                  combined.c.kind, combined.c.what_zh, combined.c.what_en)


def _tube_facts(make: Any, sub: str) -> Any:
    """(person_id, since, tube_barcode) -> a fact per row, the tube as its reference."""

    def build(now: datetime) -> Select[Any]:
        facts = make(now).subquery()
        barcode = cast(facts.c.tube_barcode, String)
        return select(facts.c.person_id, literal(sub).label("sub"), facts.c.since,
                      cast(None, DateTime).label("until"), (literal("tube:") + barcode).label("ref"),
                      barcode.label("note_zh"), barcode.label("note_en"))

    return build


def overdue_facts(now: datetime) -> Select[Any]:
    """sub says what was missed: 'round' (a round that targeted the person, named in the note),
    'routine' or 'series' (a key group's schedule, named): the rules word each for whom it concerns."""
    facts = overdue_test_facts(now).subquery()
    return select(facts.c.person_id, facts.c.kind.label("sub"), facts.c.due_since.label("since"),
                  cast(None, DateTime).label("until"),
                  case((facts.c.kind == "round", literal("round")), else_=literal("schedule")).label("ref"),
                  facts.c.what_zh.label("note_zh"), facts.c.what_en.label("note_en"))


FACT_SOURCES: list[FactSource] = [
    at_moment("pool_positive", ("pool",), _tube_facts(pool_positive_facts, "pool")),
    at_moment("positive_test", ("single",), _tube_facts(positive_single_facts, "single")),
    at_moment("overdue_test", ("round", "routine", "series"), overdue_facts),
]
