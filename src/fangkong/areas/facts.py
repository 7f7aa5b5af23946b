"""The facts the risk areas give the health-code rules: living in an area of a level in force."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Select, String, case, cast, func, literal, select
from sqlalchemy.orm import Session

from fangkong.areas import service
from fangkong.areas.screening import day7_screening
from fangkong.core.facts import FactRow, FactSource, Persons
from fangkong.core.scope import system_actor

_ACTOR = system_actor("code recompute")


def risk_area_facts(db: Session, now: datetime, persons: Persons) -> Select[Any]:
    facts = service.resident_area_facts(db, _ACTOR, now, person_ids=persons,
                                        screening=day7_screening(db)).subquery("ra")
    number = func.coalesce(facts.c.notice_number, "")
    return select(facts.c.person_id, facts.c.level.label("sub"), facts.c.since, cast(None, DateTime).label("until"),
                  case((facts.c.notice_id.is_(None), literal("area")),
                       else_=literal("notice:") + cast(facts.c.notice_id, String)).label("ref"),
                  (literal("通告") + number + literal(" ") + func.coalesce(facts.c.label, "")).label("note_zh"),
                  (literal("notice ") + number + literal(" ") + func.coalesce(facts.c.label, "")).label("note_en"))


def risk_area_facts_of(db: Session, now: datetime, ids: list[int]) -> Iterable[FactRow]:
    """The same for a few persons, from their homes only (no temporary table)."""
    found = service.resident_area_facts_of(db, _ACTOR, now, ids, screening=day7_screening(db))
    for pid, level, since, notice_id, number, label in found:
        ref = "area" if notice_id is None else f"notice:{notice_id}"
        text = f"{number or ''} {label or ''}"
        yield (pid, level, since, None, ref, f"通告{text}", f"notice {text}")


FACT_SOURCES: list[FactSource] = [
    FactSource("risk_area", (), risk_area_facts, filters_persons=True, subs_are_levels=True, few=risk_area_facts_of),
]
