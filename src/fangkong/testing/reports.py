"""Reports (报): recalls to work through, turnaround from sampling to result, tubes overdue for a result,
each person's latest test."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import median

from sqlalchemy import ColumnElement, and_, case, false, func, or_, select, true
from sqlalchemy.orm import Session, aliased

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput
from fangkong.core.idsets import chunked
from fangkong.core.roles import Permission, require_any
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.testing.common import DEFAULT_TARGET_HOURS
from fangkong.testing.facts import known_at
from fangkong.testing.models import RECALL_STATES, KeyGroupMember, Recall, Sample, Tube
from fangkong.testing.sites import lab_for_actor


@dataclass(frozen=True)
class LatestTest:
    sampled_at: datetime
    result: str | None  # None while pending
    reported_at: datetime | None  # reported, else tested; None while pending
    pool_size: int
    barcode: str


def latest_tests(db: Session, person_ids: Sequence[int], *, now: datetime | None = None) -> dict[int, LatestTest]:
    """Each person's latest sample (up to `now`) with its result if known: for the venue sentinel
    and the resident's page. The caller checks who may see it. One query per 900 persons."""
    now = now or clock.now()
    found: dict[int, LatestTest] = {}
    known = known_at(Tube)
    for chunk in chunked(sorted(set(person_ids))):
        rows = db.execute(select(Sample.person_id, Sample.sampled_at,
                                 case((known <= now, Tube.result), else_=None), case((known <= now, known), else_=None),
                                 Tube.pool_size, Tube.barcode)
                          .join(Tube, Tube.id == Sample.tube_id)
                          .where(Sample.person_id.in_(chunk), Sample.sampled_at <= now)
                          .order_by(Sample.person_id, Sample.sampled_at, Sample.id))
        for pid, *rest in rows:
            found[pid] = LatestTest(*rest)  # ascending: the last one wins
    return found


# ---- recalls, turnaround, overdue results --------------------------------------------------


@dataclass(frozen=True)
class RecallView:
    id: int
    person: registry.PersonView
    grid_id: int | None
    household_id: int | None
    state: str
    created_at: datetime
    source_barcode: str
    retest_barcode: str | None
    sampled_at: datetime | None
    closed_at: datetime | None
    outcome: str | None


def recalls(db: Session, actor: Actor, *, grid_id: int | None = None, state: str | None = "open",
            round_id: int | None = None, limit: int = 500, offset: int = 0) -> tuple[int, list[RecallView]]:
    """Recalls in the actor's jurisdiction (and grid), oldest first, persons masked: the samplers'
    and grid workers' list. state None: all. Returns (total, page). Audited as a list read."""
    require_any(actor, Permission.TESTING_READ, Permission.TESTING_SAMPLE, Permission.COVERAGE_WRITE)
    if state is not None and state not in RECALL_STATES:
        raise InvalidInput(f"状态应为 {RECALL_STATES}", f"state must be one of {RECALL_STATES}")
    conditions: list[ColumnElement[bool]] = [actor.scope_clause(Recall)]
    if grid_id is not None:
        conditions.append(Recall.grid_id == grid_id)
    if state is not None:
        conditions.append(Recall.state == state)
    if round_id is not None:
        conditions.append(Recall.round_id == round_id)
    total = db.scalar(select(func.count()).select_from(Recall).where(*conditions)) or 0
    source, retest = aliased(Tube), aliased(Tube)
    rows = db.execute(select(Recall, source.barcode, retest.barcode)
                      .join(source, source.id == Recall.source_tube_id)
                      .outerjoin(retest, retest.id == Recall.retest_tube_id)
                      .where(*conditions).order_by(Recall.created_at, Recall.id).limit(limit).offset(offset)).all()
    persons = registry.person_views(db, [r.person_id for r, _s, _t in rows])
    views = [RecallView(r.id, persons[r.person_id], r.grid_id, r.household_id,
                        r.state, r.created_at, src, again, r.sampled_at, r.closed_at, r.outcome)
             for r, src, again in rows]
    audit.record(db, actor, "read", "recall_list", grid_id,
                 {"state": state, "round": round_id, "count": len(views), "persons": [v.person.id for v in views]})
    return total, views


def _tube_scope(db: Session, actor: Actor) -> ColumnElement[bool]:
    if actor.city_wide:
        return true()
    if actor.role == "resident" or actor.jurisdiction_level is None or actor.jurisdiction_id is None:
        return false()
    # Tubes carry their site's district; narrower staff see the tubes of their district's sites.
    place = registry.place_refs(db, {actor.jurisdiction_id}).get(actor.jurisdiction_id)
    if place is None or place.district_id is None:
        return false()
    return Tube.district_id == place.district_id


def _group_condition(group: str | None) -> ColumnElement[bool]:
    if group is None:
        return true()
    if group == "key":
        # A tube's target was set from the policy when it was opened; key-group targets are the short ones.
        return Tube.target_hours < DEFAULT_TARGET_HOURS
    if group == "other":
        return Tube.target_hours >= DEFAULT_TARGET_HOURS
    members = select(Sample.tube_id).join(KeyGroupMember, KeyGroupMember.person_id == Sample.person_id).where(
        KeyGroupMember.group == group)
    return Tube.id.in_(members)


@dataclass(frozen=True)
class StepTimes:
    """Mean hours of each step of 采、送、检、报 over the tubes that completed it."""

    sample_to_send: float | None
    send_to_receive: float | None
    receive_to_test: float | None
    test_to_report: float | None


@dataclass(frozen=True)
class Turnaround:
    tubes: int
    persons: int
    with_result: int
    pending: int
    within_target: int  # tubes with a result inside their target
    persons_within_target: int
    overdue_pending: int  # tubes still without a result past their target
    median_hours: float | None  # sampling -> result known, tubes with a result
    p90_hours: float | None
    max_hours: float | None
    steps: StepTimes


def _hours(a: datetime | None, b: datetime | None) -> float | None:
    return None if a is None or b is None else (b - a).total_seconds() / 3600.0


def turnaround(db: Session, actor: Actor, round_id: int | None = None, group: str | None = None, *,
               since: datetime | None = None, now: datetime | None = None) -> Turnaround:
    """Time from sampling to result per tube (each member shares its tube's time), for a round or all
    tubes sampled since `since`; group: None, 'key' (target <= 6 h), 'other', or a key-group name."""
    require_any(actor, Permission.TESTING_READ, Permission.TESTING_MANAGE)
    now = now or clock.now()
    conditions = [_tube_scope(db, actor), _group_condition(group), Tube.sampled_at.is_not(None)]
    if round_id is not None:
        conditions.append(Tube.round_id == round_id)
    if since is not None:
        conditions.append(Tube.sampled_at >= since)
    rows = db.execute(select(Tube.sampled_at, Tube.sent_at, Tube.received_at, Tube.tested_at, Tube.reported_at,
                             Tube.target_hours, Tube.members, Tube.result).where(*conditions)).all()
    durations: list[float] = []
    steps: dict[str, list[float]] = {"a": [], "b": [], "c": [], "d": []}
    within = persons_within = overdue = persons = 0
    for sampled, sent, received, tested, reported, target, members, result in rows:
        persons += members
        for key, start, end in (("a", sampled, sent), ("b", sent, received), ("c", received, tested),
                                ("d", tested, reported)):
            hours = _hours(start, end)
            if hours is not None:
                steps[key].append(hours)
        if result is None:
            overdue += _hours(sampled, now) > target  # type: ignore[operator]
            continue
        hours = _hours(sampled, reported or tested) or 0.0
        durations.append(hours)
        if hours <= target:
            within += 1
            persons_within += members
    durations.sort()

    def mean(values: list[float]) -> float | None:
        return round(sum(values) / len(values), 2) if values else None

    return Turnaround(
        tubes=len(rows), persons=persons, with_result=len(durations), pending=len(rows) - len(durations),
        within_target=within, persons_within_target=persons_within, overdue_pending=overdue,
        median_hours=round(median(durations), 2) if durations else None,
        p90_hours=round(durations[min(len(durations) - 1, int(0.9 * len(durations)))], 2) if durations else None,
        max_hours=round(durations[-1], 2) if durations else None,
        steps=StepTimes(mean(steps["a"]), mean(steps["b"]), mean(steps["c"]), mean(steps["d"])))


@dataclass(frozen=True)
class OverdueTube:
    barcode: str
    state: str
    site_id: int
    lab_id: int | None
    round_id: int | None
    pool_size: int
    members: int
    sampled_at: datetime
    target_hours: int
    hours_waiting: float


def overdue_results(db: Session, actor: Actor, now: datetime | None = None, *, round_id: int | None = None,
                    group: str | None = None, limit: int = 200) -> tuple[int, list[OverdueTube]]:
    """Tubes without a result past their target (key groups 6 h, others 24 h, or the round's own),
    longest waiting first: (total, first `limit`)."""
    require_any(actor, Permission.TESTING_READ, Permission.TESTING_MANAGE, Permission.TESTING_RESULTS)
    now = now or clock.now()
    conditions = [_tube_scope(db, actor) if actor.role != "lab" else Tube.lab_id == lab_for_actor(db, actor).id,
                  _group_condition(group), Tube.result.is_(None), Tube.sampled_at.is_not(None)]
    if round_id is not None:
        conditions.append(Tube.round_id == round_id)
    targets = sorted(db.scalars(select(Tube.target_hours).where(*conditions).distinct()))
    if not targets:
        return 0, []
    late = or_(*[and_(Tube.target_hours == h, Tube.sampled_at <= now - timedelta(hours=h)) for h in targets])
    total = db.scalar(select(func.count()).select_from(Tube).where(*conditions, late)) or 0
    rows = db.execute(select(Tube.barcode, Tube.state, Tube.site_id, Tube.lab_id, Tube.round_id, Tube.pool_size,
                             Tube.members, Tube.sampled_at, Tube.target_hours)
                      .where(*conditions, late).order_by(Tube.sampled_at, Tube.id).limit(limit)).all()
    return total, [OverdueTube(*row, hours_waiting=round(_hours(row[7], now) or 0.0, 2)) for row in rows]
