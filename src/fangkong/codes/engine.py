"""The set-based recompute: every fact source is a SELECT of (person_id, sub, since, until, ref, note_zh,
note_en); each is turned by the policy's rules into rows of `code_reason` with one INSERT ... SELECT,
and `health_code` is one INSERT ... SELECT ... GROUP BY over those rows. A full run deletes and rewrites
both tables; a run for some persons does the same restricted to them.

Why only the non-green are stored: a city of 5.3 million has tens of thousands of persons with any
fact; writing a row per resident would make every recompute cost the population, storing only the
persons with reasons makes it cost the facts. A person with no row is green as of the latest run
(`code_run`), and readers re-check each reason's end against the clock, so a close contact turns
green when the days are over even before the next run.

The semantics are those of rules.evaluate (the pure function); tests compare the two on a city.

A run for a few listed persons (a new fact: one person) does not build an INSERT ... SELECT per kind:
their facts come in one UNION ALL filtered by person (indexed), their risk areas from their homes'
places only (areas.resident_area_facts_of: no temporary table, no ANALYZE), and the rows are worked out
here with the same conditions as the SQL; a test holds the stored rows to those of a full run.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    MetaData,
    Select,
    String,
    Table,
    and_,
    bindparam,
    case,
    cast,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import Session

from fangkong import policies
from fangkong.areas import service as areas
from fangkong.codes.models import CodeOverride, CodeReason, CodeRun, Declaration, HealthCode
from fangkong.codes.rules import SEVERITY, Fact, rule_colour, rule_for
from fangkong.core import clock
from fangkong.core.scope import system_actor
from fangkong.isolation import service as isolation
from fangkong.tracing import service as tracing

Persons = Select[Any] | Iterable[int] | None
FACT_COLUMNS = ("person_id", "sub", "since", "until", "ref", "note_zh", "note_en")
_INLINE_IDS = 500  # longer id lists go through a temporary table

_TEMP = MetaData()
_PERSONS = Table("tmp_code_person", _TEMP, Column("id", Integer, primary_key=True), prefixes=["TEMPORARY"])
_CLEARED = Table("tmp_code_cleared", _TEMP, Column("id", Integer, primary_key=True), prefixes=["TEMPORARY"])


def _temp_ids(db: Session, table: Table, ids: list[int]) -> Select[Any]:
    _TEMP.create_all(db.connection(), tables=[table], checkfirst=True)
    db.execute(table.delete())
    if ids:
        db.execute(table.insert(), [{"id": i} for i in sorted(set(ids))])
    return select(table.c.id)


def _id_filter(db: Session, table: Table, ids: list[int]) -> Select[Any] | list[int]:
    return ids if len(ids) <= _INLINE_IDS else _temp_ids(db, table, ids)


# ---- fact sources ---------------------------------------------------------------------------------


def _str(value: Any) -> Any:
    return cast(value, String)


def _overrides(now: datetime) -> Select[Any]:
    o = CodeOverride
    return select(o.person_id, o.colour.label("sub"), o.decided_at.label("since"), o.expires_at.label("until"),
                  (literal("override:") + _str(o.id)).label("ref"), o.reason.label("note_zh"),
                  o.reason.label("note_en")).where(o.state == "approved", o.expires_at > now)


def _risk_areas(db: Session, now: datetime, persons: Select[Any] | list[int] | None) -> Select[Any]:
    facts = areas.resident_area_facts(db, system_actor("code recompute"), now, person_ids=persons).subquery("ra")
    number = func.coalesce(facts.c.notice_number, "")
    return select(facts.c.person_id, facts.c.level.label("sub"), facts.c.since, cast(None, DateTime).label("until"),
                  case((facts.c.notice_id.is_(None), literal("area")),
                       else_=literal("notice:") + _str(facts.c.notice_id)).label("ref"),
                  (literal("通告") + number + literal(" ") + func.coalesce(facts.c.label, "")).label("note_zh"),
                  (literal("notice ") + number + literal(" ") + func.coalesce(facts.c.label, "")).label("note_en"))


def _testing() -> Any:
    """The testing domain's fact functions, once it provides them (the one place they are wired)."""
    try:
        from fangkong.testing import service as testing
    except ImportError:
        return None
    return testing


def _landing(db: Session, now: datetime, persons: Select[Any] | list[int] | None) -> Select[Any]:
    """Declared arrivals not yet cleared by a negative test sampled after arrival."""
    d = Declaration
    source = select(d.person_id, case((d.from_risk_area, literal("risk")), else_=literal("other")).label("sub"),
                    d.arrival_at.label("since"), cast(None, DateTime).label("until"),
                    (literal("declaration:") + _str(d.id)).label("ref"),
                    (literal("自") + d.from_city + literal("抵达")).label("note_zh"),
                    (literal("from ") + d.from_city).label("note_en")).where(d.arrival_at <= now)
    if persons is not None:
        source = source.where(d.person_id.in_(persons))
    testing = _testing()
    if testing is not None and hasattr(testing, "latest_tests"):
        pending = db.execute(select(d.id, d.person_id, d.arrival_at).where(d.arrival_at <= now)
                             .where(d.person_id.in_(persons) if persons is not None else true())).all()
        latest = testing.latest_tests(db, sorted({pid for _id, pid, _at in pending}), now=now) if pending else {}
        cleared = [did for did, pid, arrived in pending if _negative_after(latest.get(pid), arrived)]
        if cleared:
            source = source.where(d.id.not_in(_id_filter(db, _CLEARED, cleared)))
    return source


def _negative_after(test: Any, moment: datetime) -> bool:
    if test is None:
        return False
    sampled = getattr(test, "sampled_at", None)
    result = getattr(test, "result", None)
    return result == "negative" and sampled is not None and sampled >= moment


def _from_testing(name: str, now: datetime, sub: str) -> Select[Any] | None:
    testing = _testing()
    function = getattr(testing, name, None) if testing is not None else None
    if function is None:
        return None
    facts = function(now).subquery(name)
    cols = list(facts.c)
    if name == "overdue_test_facts":  # (person_id, due_since, reason_zh, reason_en)
        return select(cols[0].label("person_id"), literal(sub).label("sub"), cols[1].label("since"),
                      cast(None, DateTime).label("until"), literal("schedule").label("ref"),
                      cols[2].label("note_zh"), cols[3].label("note_en"))
    # (person_id, since, tube_barcode)
    return select(cols[0].label("person_id"), literal(sub).label("sub"), cols[1].label("since"),
                  cast(None, DateTime).label("until"), (literal("tube:") + _str(cols[2])).label("ref"),
                  _str(cols[2]).label("note_zh"), _str(cols[2]).label("note_en"))


def fact_sources(db: Session, now: datetime, kinds: set[str],
                 persons: Select[Any] | list[int] | None = None) -> dict[str, Select[Any]]:
    """One SELECT per fact kind the policy's rules name (kinds whose domain is not there yet are absent)."""
    makers: dict[str, Any] = {
        "infection": tracing.infection_facts,
        "contact": tracing.contact_facts,
        "quarantine": isolation.stay_facts,
        "override": lambda: _overrides(now),
        "risk_area": lambda: _risk_areas(db, now, persons),
        "landing_test": lambda: _landing(db, now, persons),
        "pool_positive": lambda: _from_testing("pool_positive_facts", now, "pool"),
        "positive_test": lambda: _from_testing("positive_single_facts", now, "single"),
        "overdue_test": lambda: _from_testing("overdue_test_facts", now, "routine"),
    }
    found = {}
    for kind in sorted(kinds):
        source = makers[kind]()
        if source is not None:
            found[kind] = source
    return found


# ---- the recompute ------------------------------------------------------------------------------


def _reason_insert(policy: policies.Policy, kind: str, source: Select[Any], now: datetime,
                   persons: Select[Any] | list[int] | None) -> Any:
    f = source.subquery("f")
    by_sub: dict[str, policies.CodeRule] = {}
    for rule in policy.code_rules:
        if rule.fact == kind:
            for sub in rule.match:
                by_sub.setdefault(sub, rule)  # the first rule naming a sub-kind is the one that applies
    alive = []
    for days in {rule.days for rule in by_sub.values()}:
        subs = sorted(sub for sub, rule in by_sub.items() if rule.days == days)
        open_ended = f.c.until.is_(None) if days is None else and_(f.c.until.is_(None),
                                                                    f.c.since > now - timedelta(days=days))
        alive.append(and_(f.c.sub.in_(subs), or_(f.c.until > now, open_ended)))

    def per_sub(values: dict[str, Any]) -> Any:
        return case(values, value=f.c.sub)

    rows = select(
        f.c.person_id, per_sub({s: r.id for s, r in by_sub.items()}), literal(kind), f.c.sub,
        func.substr(func.coalesce(f.c.ref, ""), 1, 64), f.c.since, f.c.until,
        per_sub({s: SEVERITY[rule_colour(r, s)] for s, r in by_sub.items()}),
        per_sub({s: r.popup and policy.code_popup for s, r in by_sub.items()}),
        per_sub({s: r.sets_colour for s, r in by_sub.items()}),
        func.substr(func.coalesce(f.c.note_zh, ""), 1, 300), func.substr(func.coalesce(f.c.note_en, ""), 1, 300),
    ).where(f.c.since <= now, or_(*alive))
    if persons is not None and kind != "risk_area":  # the area facts take the persons inside
        rows = rows.where(f.c.person_id.in_(persons))
    r = CodeReason
    return insert(r).from_select([r.person_id, r.rule, r.fact_kind, r.sub, r.fact_ref, r.since, r.until, r.severity,
                                  r.popup, r.sets_colour, r.note_zh, r.note_en], rows)


def _summary_insert(policy: policies.Policy, now: datetime, persons: Select[Any] | list[int] | None) -> Any:
    r = CodeReason
    manual = func.max(case((r.sets_colour, 1), else_=0))
    severity = func.coalesce(func.max(case((r.sets_colour, r.severity))), func.max(r.severity))
    popup = and_(manual == 0, func.max(case((r.popup, 1), else_=0)) == 1) if policy.code_popup else literal(False)
    rows = select(r.person_id, severity, popup, func.count(), func.min(r.since), literal(now, DateTime))
    if persons is not None:
        rows = rows.where(r.person_id.in_(persons))
    h = HealthCode
    return insert(h).from_select([h.person_id, h.severity, h.popup, h.reasons, h.since, h.computed_at],
                                 rows.group_by(r.person_id))


def run(db: Session, *, now: datetime | None = None, person_ids: Persons = None) -> int:
    """Recompute the stored codes of `person_ids` (None: everyone). Returns how many persons now have a
    stored (non-plain-green) code in that scope. Does not commit."""
    moment = now or clock.now()
    started = time.perf_counter()
    policy = policies.in_force(moment)
    if person_ids is not None and not isinstance(person_ids, Select):
        person_ids = sorted({int(i) for i in person_ids})
        if len(person_ids) <= _FEW:
            written = _run_few(db, policy, moment, person_ids)
            _log_run(db, policy, moment, "some", written, started)
            return written
    persons: Select[Any] | list[int] | None
    if person_ids is None or isinstance(person_ids, Select):
        persons = person_ids
    else:
        persons = _id_filter(db, _PERSONS, [int(i) for i in person_ids])
    if persons is None:
        db.execute(delete(CodeReason))
        db.execute(delete(HealthCode))
    else:
        db.execute(delete(CodeReason).where(CodeReason.person_id.in_(persons)))
        db.execute(delete(HealthCode).where(HealthCode.person_id.in_(persons)))
    kinds = {rule.fact for rule in policy.code_rules}
    for kind, source in fact_sources(db, moment, kinds, persons).items():
        db.execute(_reason_insert(policy, kind, source, moment, persons))
    written = db.execute(_summary_insert(policy, moment, persons)).rowcount
    if written is None or written < 0:
        written = db.scalar(select(func.count()).select_from(HealthCode)) or 0
    _log_run(db, policy, moment, "all" if persons is None else "some", written, started)
    return written


def _log_run(db: Session, policy: policies.Policy, moment: datetime, scope: str, written: int,
             started: float) -> None:
    db.add(CodeRun(as_of=moment, scope=scope, policy_key=policy.key, persons=written, non_green=written,
                   seconds=round(time.perf_counter() - started, 3), started_at=clock.now()))
    db.flush()


# ---- a few persons: the same rules applied in Python to their facts -----------------------------------

_FEW = 50  # up to this many listed persons, no INSERT ... SELECT per kind: building those costs more than the facts


def _alive(rule: policies.CodeRule, fact: Fact, now: datetime) -> bool:
    """The SQL condition of _reason_insert, for one fact."""
    if fact.since is None or fact.since > now:  # NULL compares false in SQL
        return False
    if fact.until is not None:
        return fact.until > now
    return rule.days is None or fact.since > now - timedelta(days=rule.days)


def _run_few(db: Session, policy: policies.Policy, now: datetime, ids: list[int]) -> int:
    """What run() stores for a few persons, from their facts fetched person by person (indexed) and the
    rules applied here: one query per fact kind, then two multi-row INSERTs."""
    facts = _facts_few(db, policy, now, ids)
    db.execute(delete(CodeReason).where(CodeReason.person_id.in_(ids)))
    db.execute(delete(HealthCode).where(HealthCode.person_id.in_(ids)))
    reasons: list[dict[str, Any]] = []
    for fact in facts:
        rule = rule_for(policy, fact.kind, fact.sub)
        if rule is None or not _alive(rule, fact, now):
            continue
        reasons.append({"person_id": fact.person_id, "rule": rule.id, "fact_kind": fact.kind, "sub": fact.sub,
                        "fact_ref": (fact.ref or "")[:64], "since": fact.since, "until": fact.until,
                        "severity": SEVERITY[rule_colour(rule, fact.sub)], "popup": rule.popup and policy.code_popup,
                        "sets_colour": rule.sets_colour, "note_zh": (fact.note_zh or "")[:300],
                        "note_en": (fact.note_en or "")[:300]})
    if not reasons:
        return 0
    db.execute(insert(CodeReason), reasons)
    by_person: dict[int, list[dict[str, Any]]] = {}
    for row in reasons:
        by_person.setdefault(row["person_id"], []).append(row)
    codes = []
    for pid, rows in by_person.items():
        manual = [r["severity"] for r in rows if r["sets_colour"]]
        codes.append({"person_id": pid, "severity": max(manual) if manual else max(r["severity"] for r in rows),
                      "popup": bool(policy.code_popup and not manual and any(r["popup"] for r in rows)),
                      "reasons": len(rows), "since": min(r["since"] for r in rows), "computed_at": now})
    db.execute(insert(HealthCode), codes)
    return len(codes)


_STATIC = {"infection": tracing.infection_facts, "contact": tracing.contact_facts, "quarantine": isolation.stay_facts}
_IDS = bindparam("ids", expanding=True)


@functools.cache
def _static_few(kind: str) -> Select[Any]:
    """The SELECT of a fact kind that does not depend on the moment, for listed persons: built once."""
    return _listed(kind, _STATIC[kind]())


def _listed(kind: str, source: Select[Any]) -> Select[Any]:
    f = source.subquery(f"f_{kind}")
    return select(literal(kind).label("kind"), *[f.c[name] for name in FACT_COLUMNS]).where(f.c.person_id.in_(_IDS))


def _facts_few(db: Session, policy: policies.Policy, now: datetime, ids: list[int]) -> list[Fact]:
    kinds = {rule.fact for rule in policy.code_rules}
    found: list[Fact] = []
    if "risk_area" in kinds:
        for pid, level, since, notice_id, number, label in areas.resident_area_facts_of(
                db, system_actor("code recompute"), now, ids):
            ref = "area" if notice_id is None else f"notice:{notice_id}"
            found.append(Fact(pid, "risk_area", level, since, None, ref, f"通告{number or ''} {label or ''}",
                              f"notice {number or ''} {label or ''}"))
    statements = [_static_few(kind) for kind in sorted(kinds & set(_STATIC))]
    statements += [_listed(kind, source) for kind, source in
                   fact_sources(db, now, kinds - {"risk_area"} - set(_STATIC), ids).items()]
    if statements:  # one round trip for every kind
        for kind, pid, sub, since, until, ref, note_zh, note_en in db.execute(union_all(*statements), {"ids": ids}):
            found.append(Fact(pid, kind, sub, since, until, ref or "", note_zh or "", note_en or ""))
    return found


def facts_of(db: Session, person_ids: list[int], now: datetime | None = None) -> dict[int, list[Fact]]:
    """The raw facts of a few persons, from the same sources, for the pure function (rules.evaluate)."""
    moment = now or clock.now()
    policy = policies.in_force(moment)
    persons = _id_filter(db, _PERSONS, person_ids)
    found: dict[int, list[Fact]] = {pid: [] for pid in person_ids}
    for kind, source in fact_sources(db, moment, {rule.fact for rule in policy.code_rules}, persons).items():
        f = source.subquery("f")
        statement = select(*[f.c[name] for name in FACT_COLUMNS])
        if kind != "risk_area":
            statement = statement.where(f.c.person_id.in_(persons))
        for pid, sub, since, until, ref, note_zh, note_en in db.execute(statement):
            fact = Fact(pid, kind, sub, since, until, ref or "", note_zh or "", note_en or "")
            found.setdefault(pid, []).append(fact)
    return found
