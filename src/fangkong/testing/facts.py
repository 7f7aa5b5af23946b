"""The facts testing gives the health-code rules: positive pools, positive single tubes, tests owed.
The SELECTs themselves are the service's (`pool_positive_facts` and the others); here they are shaped
into fact rows."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Select, String, cast, literal, select

from fangkong.core.facts import FactSource, at_moment
from fangkong.testing import service


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
    facts = service.overdue_test_facts(now).subquery()
    return select(facts.c.person_id, literal("routine").label("sub"), facts.c.due_since.label("since"),
                  cast(None, DateTime).label("until"), literal("schedule").label("ref"),
                  facts.c.reason_zh.label("note_zh"), facts.c.reason_en.label("note_en"))


FACT_SOURCES: list[FactSource] = [
    at_moment("pool_positive", ("pool",), _tube_facts(service.pool_positive_facts, "pool")),
    at_moment("positive_test", ("single",), _tube_facts(service.positive_single_facts, "single")),
    at_moment("overdue_test", ("routine",), overdue_facts),
]
