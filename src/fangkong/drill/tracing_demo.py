"""Tracing data for the demo city: a case in the demo grid worker's grid with a trajectory from venue
scans, its candidates (household and venue co-presence), the household confirmed as close contacts (so
codes turn red, quarantine requests wait, and the grid worker sees them), a second case that was one of
those contacts (a chain of two, found under control), and a published trajectory awaiting the
commander's approval. The demo resident was at one of the case's venues at that time (to declare it).

Through the tracing flows (audited as the system actor). Call once, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fangkong.codes.scanlog import ScanRow, insert_rows
from fangkong.core.models import Account
from fangkong.core.scope import system_actor
from fangkong.registry.models import Person, Venue
from fangkong.tracing import flows


@dataclass(frozen=True)
class TracingDemo:
    cases: int
    candidates: int
    contacts: int


def _scan(person_id: int, venue_id: int, at: datetime) -> ScanRow:
    return ScanRow(venue_id=venue_id, checked_at=at, received_at=at, colour="green", result="pass", method="id",
                   person_id=person_id)


def seed_tracing(db: Session, *, now: datetime) -> TracingDemo | None:
    actor = system_actor("demo tracing")
    grid = db.scalar(select(Account.jurisdiction_id).where(Account.username == "grid"))
    resident = db.scalar(select(Account.person_id).where(Account.username == "resident"))
    if grid is None:
        return None
    household = db.scalar(select(Person.household_id).where(Person.grid_id == grid, Person.id != (resident or 0))
                          .group_by(Person.household_id).having(func.count() >= 3).order_by(Person.household_id))
    if household is None:
        return None
    members = list(db.scalars(select(Person.id).where(Person.household_id == household).order_by(Person.id)))
    patient = members[0]
    venues = list(db.scalars(select(Venue.id).where(Venue.kind.notin_(("lab", "sampling_site")))
                             .order_by(Venue.id).limit(3)))
    others = list(db.scalars(select(Person.id).where(Person.grid_id == grid, Person.household_id != household)
                             .order_by(Person.id).limit(6)))
    day = (now - timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    rows = [_scan(patient, venues[i % len(venues)], day - timedelta(days=i, hours=-i)) for i in range(3)]
    rows += [_scan(other, venues[i % 3 % len(venues)], day - timedelta(days=i % 3, hours=-(i % 3), minutes=-5 - i))
             for i, other in enumerate(others)]
    if resident:
        rows.append(_scan(resident, venues[0], day + timedelta(minutes=12)))
    insert_rows(db, rows)
    case = flows.record_case(db, actor, person_id=patient, kind="confirmed", reported_at=now - timedelta(hours=3),
                             source="发热门诊报告 fever clinic", source_kind="fever_clinic", severity="mild",
                             onset_date=(now - timedelta(days=1)).date())
    result = flows.discover(db, actor, [case.id])
    confirmed = flows.confirm(db, actor, case.id, kinds=["household"])
    second = flows.record_case(db, actor, person_id=members[1], kind="asymptomatic",
                               reported_at=now - timedelta(hours=1), source="隔离点核酸",
                               source_kind="tube")
    flows.publish_trajectory(db, actor, case.id)
    return TracingDemo(cases=2 if second.id else 1, candidates=result.new, contacts=len(confirmed.contacts))
