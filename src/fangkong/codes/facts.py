"""The codes domain's own facts: approved manual overrides and declared arrivals (landing tests)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Select, String, case, cast, literal, select, true
from sqlalchemy.orm import Session

from fangkong.codes.models import CodeOverride, Declaration
from fangkong.core.facts import FactSource, Persons
from fangkong.core.idsets import id_filter
from fangkong.testing import service as testing

OVERRIDE_COLOURS = ("green", "yellow", "red")


def override_facts(_db: Session, now: datetime, _persons: Persons) -> Select[Any]:
    o = CodeOverride
    return select(o.person_id, o.colour.label("sub"), o.decided_at.label("since"), o.expires_at.label("until"),
                  (literal("override:") + cast(o.id, String)).label("ref"), o.reason.label("note_zh"),
                  o.reason.label("note_en")).where(o.state == "approved", o.expires_at > now)


def landing_facts(db: Session, now: datetime, persons: Persons) -> Select[Any]:
    """Declared arrivals not yet cleared by a negative test sampled after arrival."""
    d = Declaration
    source = select(d.person_id, case((d.from_risk_area, literal("risk")), else_=literal("other")).label("sub"),
                    d.arrival_at.label("since"), cast(None, DateTime).label("until"),
                    (literal("declaration:") + cast(d.id, String)).label("ref"),
                    (literal("自") + d.from_city + literal("抵达")).label("note_zh"),
                    (literal("from ") + d.from_city).label("note_en")).where(d.arrival_at <= now, *_live(d))
    if persons is not None:
        source = source.where(d.person_id.in_(persons))
    pending = db.execute(select(d.id, d.person_id, d.arrival_at).where(d.arrival_at <= now, *_live(d))
                         .where(d.person_id.in_(persons) if persons is not None else true())).all()
    latest = testing.latest_tests(db, sorted({pid for _id, pid, _at in pending}), now=now) if pending else {}
    cleared = [did for did, pid, arrived in pending if _negative_after(latest.get(pid), arrived)]
    if cleared:
        source = source.where(d.id.not_in(id_filter(db, "tmp_code_cleared", cleared)))
    return source


def _live(d: Any) -> tuple[Any, ...]:
    """Corrected (superseded) and withdrawn declarations are history, not facts."""
    return d.superseded_at.is_(None), d.withdrawn_at.is_(None)


def _negative_after(test: testing.LatestTest | None, moment: datetime) -> bool:
    return (test is not None and test.result == "negative" and test.sampled_at is not None
            and test.sampled_at >= moment)


FACT_SOURCES: list[FactSource] = [
    FactSource("override", OVERRIDE_COLOURS, override_facts),
    FactSource("landing_test", ("risk", "other"), landing_facts),
]
