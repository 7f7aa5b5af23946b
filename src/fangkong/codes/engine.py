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

from sqlalchemy import DateTime, Select, and_, bindparam, case, delete, func, insert, literal, or_, select, union_all
from sqlalchemy.orm import Session

from fangkong import domains, policies
from fangkong.codes.models import CodeReason, CodeRun, HealthCode
from fangkong.codes.rules import SEVERITY, Fact, rule_colour, rule_for
from fangkong.core import clock
from fangkong.core.facts import FACT_COLUMNS
from fangkong.core.idsets import id_filter

Persons = Select[Any] | Iterable[int] | None


def fact_sources(db: Session, now: datetime, kinds: set[str],
                 persons: Select[Any] | list[int] | None = None) -> dict[str, Select[Any]]:
    """One SELECT per fact kind the policy's rules name, from the domains' FACT_SOURCES."""
    table = domains.fact_sources()
    return {kind: table[kind].build(db, now, persons) for kind in sorted(kinds)}


def _restrict(kind: str) -> bool:
    """Whether the engine restricts a source to the persons (else the source did it itself)."""
    return not domains.fact_sources()[kind].filters_persons


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
    if persons is not None and _restrict(kind):
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
        persons = id_filter(db, "tmp_code_person", [int(i) for i in person_ids])
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


_IDS = bindparam("ids", expanding=True)


@functools.cache
def _static_few(kind: str) -> Select[Any]:
    """The SELECT of a fact kind that does not depend on the moment, for listed persons: built once."""
    return _listed(kind, domains.fact_sources()[kind].build(None, None, None))  # type: ignore[arg-type]


def _listed(kind: str, source: Select[Any]) -> Select[Any]:
    f = source.subquery(f"f_{kind}")
    return select(literal(kind).label("kind"), *[f.c[name] for name in FACT_COLUMNS]).where(f.c.person_id.in_(_IDS))


def _facts_few(db: Session, policy: policies.Policy, now: datetime, ids: list[int]) -> list[Fact]:
    table = domains.fact_sources()
    kinds = {rule.fact for rule in policy.code_rules}
    found: list[Fact] = []
    statements = []
    for kind in sorted(kinds):
        source = table[kind]
        if source.few is not None:  # the source's own path for a few persons
            found.extend(Fact(pid, kind, sub, since, until, ref or "", zh or "", en or "")
                         for pid, sub, since, until, ref, zh, en in source.few(db, now, ids))
        elif source.moment_free:
            statements.append(_static_few(kind))
        else:
            statements.append(_listed(kind, source.build(db, now, ids)))
    if statements:  # one round trip for every kind
        for kind, pid, sub, since, until, ref, note_zh, note_en in db.execute(union_all(*statements), {"ids": ids}):
            found.append(Fact(pid, kind, sub, since, until, ref or "", note_zh or "", note_en or ""))
    return found


def facts_of(db: Session, person_ids: list[int], now: datetime | None = None) -> dict[int, list[Fact]]:
    """The raw facts of a few persons, from the same sources, for the pure function (rules.evaluate)."""
    moment = now or clock.now()
    policy = policies.in_force(moment)
    persons = id_filter(db, "tmp_code_person", person_ids)
    found: dict[int, list[Fact]] = {pid: [] for pid in person_ids}
    for kind, source in fact_sources(db, moment, {rule.fact for rule in policy.code_rules}, persons).items():
        f = source.subquery("f")
        statement = select(*[f.c[name] for name in FACT_COLUMNS])
        if _restrict(kind):
            statement = statement.where(f.c.person_id.in_(persons))
        for pid, sub, since, until, ref, note_zh, note_en in db.execute(statement):
            fact = Fact(pid, kind, sub, since, until, ref or "", note_zh or "", note_en or "")
            found.setdefault(pid, []).append(fact)
    return found
