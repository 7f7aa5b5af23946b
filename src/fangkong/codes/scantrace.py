"""Reading the scan log for contact tracing: whose scans, where and when, inside a case's window.

Only tracing's flows call this, always for a case (the audit entry names it). The scan log has one
index, on the time (docs/decisions/0004), so every question names a time window and reads it through
that index; persons are matched on the typed number (`person_id`) or the token's pseudonym (`subject`,
mapped through `code_subject`).

Set-based: the scans of all the cases' persons in one query, then everyone at the same venues within
± the policy's minutes of those scans in one more (a temporary table of the cases' visits joined to
the scan log), whatever the number of cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import DateTime, Integer, and_, func, or_, select
from sqlalchemy.orm import Session

from fangkong.codes.models import CodeSubject, Scan
from fangkong.core import audit
from fangkong.core.idsets import chunked, temp_rows
from fangkong.core.roles import Permission, require
from fangkong.core.scope import Actor


@dataclass(frozen=True)
class Window:
    """One case's question: the person and the times their scans count."""

    key: int  # the case id
    person_id: int
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Visit:
    key: int
    scan_id: int
    venue_id: int
    at: datetime


@dataclass(frozen=True)
class CoPresence:
    key: int
    person_id: int
    venue_id: int
    case_at: datetime  # the case's scan
    other_at: datetime  # the other person's scan


def _subjects(db: Session, person_ids: list[int]) -> dict[str, int]:
    found: dict[str, int] = {}
    for chunk in chunked(sorted(set(person_ids))):
        for subject, person_id in db.execute(select(CodeSubject.subject, CodeSubject.person_id)
                                             .where(CodeSubject.person_id.in_(chunk))):
            found[subject] = person_id
    return found


def visits_of(db: Session, actor: Actor, windows: list[Window], *, purpose: str) -> list[Visit]:
    """The scans of each window's person inside the window, oldest first: one read of the union of the
    windows through the time index, whatever the number of windows."""
    require(actor, Permission.TRACING_READ, "您的角色不能查看场所扫码记录", "Your role may not read venue scans")
    if not windows:
        return []
    persons = sorted({w.person_id for w in windows})
    subjects = _subjects(db, persons)
    by_person: dict[int, list[Window]] = {}
    for window in windows:
        by_person.setdefault(window.person_id, []).append(window)
    match = [Scan.person_id.in_(persons)]
    if subjects:
        match.append(Scan.subject.in_(sorted(subjects)))
    rows = db.execute(select(Scan.id, Scan.venue_id, Scan.checked_at, Scan.person_id, Scan.subject)
                      .where(Scan.checked_at >= min(w.start for w in windows),
                             Scan.checked_at <= max(w.end for w in windows), or_(*match))
                      .order_by(Scan.checked_at, Scan.id))
    visits = []
    for scan_id, venue_id, at, person_id, subject in rows:
        owner = person_id if person_id is not None else subjects.get(subject or "")
        for window in by_person.get(owner or -1, []):
            if window.start <= at <= window.end:
                visits.append(Visit(window.key, scan_id, venue_id, at))
    audit.record(db, actor, "read", "scan", None, {"op": "visits_of", "purpose": purpose,
                                                    "cases": sorted({w.key for w in windows}), "rows": len(visits)},
                 reason=purpose)
    return visits


def co_present(db: Session, actor: Actor, visits: list[Visit], *, minutes: int, exclude: dict[int, int],
               purpose: str) -> list[CoPresence]:
    """Everyone scanned at the venue of a visit within ± `minutes` of it: one query for all visits.
    `exclude` maps a case (key) to its own person, who is not their own contact."""
    require(actor, Permission.TRACING_READ, "您的角色不能查看场所扫码记录", "Your role may not read venue scans")
    if not visits:
        return []
    span = timedelta(minutes=minutes)
    table = temp_rows(db, "tracing_visit",
                      {"key": Integer(), "venue_id": Integer(), "at": DateTime(), "t_from": DateTime(),
                       "t_to": DateTime(), "own": Integer()},
                      [(v.key, v.venue_id, v.at, v.at - span, v.at + span, exclude.get(v.key, -1)) for v in visits],
                      index=("venue_id",))
    person = func.coalesce(Scan.person_id, CodeSubject.person_id)
    statement = (select(table.c.key, person, Scan.venue_id, func.max(table.c.at), func.max(Scan.checked_at))
                 .select_from(Scan)
                 .join(table, and_(table.c.venue_id == Scan.venue_id, Scan.checked_at >= table.c.t_from,
                                   Scan.checked_at <= table.c.t_to))
                 .outerjoin(CodeSubject, CodeSubject.subject == Scan.subject)
                 .where(Scan.checked_at >= min(v.at for v in visits) - span,
                        Scan.checked_at <= max(v.at for v in visits) + span,
                        person.is_not(None), person != table.c.own)
                 .group_by(table.c.key, person, Scan.venue_id))
    found = [CoPresence(int(key), int(pid), int(venue), case_at, other_at)
             for key, pid, venue, case_at, other_at in db.execute(statement)]
    audit.record(db, actor, "read", "scan", None, {"op": "co_present", "purpose": purpose, "minutes": minutes,
                                                    "visits": len(visits), "persons": len(found)},
                 reason=purpose)
    return found
