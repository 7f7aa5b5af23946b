"""Reading the scan log for contact tracing: whose scans, where and when, inside a case's window.

Only tracing's flows call this, always for a case (the audit entry names it as the reason). The scan
log keeps one index, on the time, so the venue checks write fast (decision 0004); tracing reads a copy
by person and by venue, `scan_visit`, which `catch_up` fills set-based from the log (every scan after
the last one copied, its person resolved from the typed number or the token's pseudonym) before each
read. The copy is never behind when it is read and costs the check path nothing.

Set-based: the scans of all the cases' persons in one query, then everyone at the same venues within
± the policy's minutes of those scans in one more (a temporary table of the cases' visits joined to
`scan_visit` on venue and time), whatever the number of cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import DateTime, Integer, and_, func, literal_column, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from fangkong.codes import partitions
from fangkong.codes.models import CodeSubject, Scan, ScanVisit
from fangkong.core import audit
from fangkong.core.idsets import chunked, temp_rows
from fangkong.core.roles import Permission, require
from fangkong.core.scope import Actor

# Concurrent writers on PostgreSQL may commit a lower id after a higher one is visible: each catch-up
# looks this many ids back again (rows already copied are skipped by their key).
CATCH_UP_MARGIN = 50_000


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


def catch_up(db: Session) -> int:
    """Copy the scans not yet in `scan_visit` (those with a known person): one INSERT ... SELECT."""
    last = db.scalar(select(func.max(ScanVisit.scan_id))) or 0
    person = func.coalesce(Scan.person_id, CodeSubject.person_id)
    source = (select(Scan.id, person, Scan.venue_id, Scan.checked_at)
              .outerjoin(CodeSubject, CodeSubject.subject == Scan.subject)
              .where(Scan.id > max(0, last - CATCH_UP_MARGIN), person.is_not(None)))
    columns = ["scan_id", "person_id", "venue_id", "checked_at"]
    if last and partitions.partitioned(db.connection()):
        # Day partitions (decision 0013): an anti-join would be planned as a hash of the whole copy; a row
        # already copied is skipped by its key instead, one index probe in its day's partition.
        statement: Any = pg_insert(ScanVisit).from_select(columns, source).on_conflict_do_nothing()
    else:
        if last:
            copied = select(literal_column("1")).where(ScanVisit.scan_id == Scan.id).exists()
            source = source.where(~copied)
        statement = ScanVisit.__table__.insert().from_select(columns, source)
    result = db.execute(statement)
    return max(0, int(result.rowcount or 0))  # type: ignore[attr-defined]  # -1: the driver did not count


def visits_of(db: Session, actor: Actor, windows: list[Window], *, purpose: str) -> list[Visit]:
    """The scans of each window's person inside the window, oldest first: one query for all windows
    (through the person index), after a catch-up of the copy."""
    require(actor, Permission.TRACING_READ, "您的角色不能查看场所扫码记录", "Your role may not read venue scans")
    if not windows:
        return []
    catch_up(db)
    by_person: dict[int, list[Window]] = {}
    for window in windows:
        by_person.setdefault(window.person_id, []).append(window)
    visits = []
    first, last = min(w.start for w in windows), max(w.end for w in windows)
    for chunk in chunked(sorted(by_person)):
        rows = db.execute(select(ScanVisit.scan_id, ScanVisit.venue_id, ScanVisit.checked_at, ScanVisit.person_id)
                          .where(ScanVisit.person_id.in_(chunk), ScanVisit.checked_at >= first,
                                 ScanVisit.checked_at <= last))
        for scan_id, venue_id, at, owner in rows:
            visits += [Visit(w.key, scan_id, venue_id, at) for w in by_person[owner] if w.start <= at <= w.end]
    visits.sort(key=lambda v: (v.at, v.scan_id))
    audit.record(db, actor, "read", "scan", None, {"op": "visits_of", "cases": sorted({w.key for w in windows}),
                                                    "rows": len(visits)}, reason=purpose)
    return visits


def co_present(db: Session, actor: Actor, visits: list[Visit], *, minutes: int, exclude: dict[int, int],
               purpose: str) -> list[CoPresence]:
    """Everyone scanned at the venue of a visit within ± `minutes` of it: one query for all visits, each
    probing the venue index for its window. `exclude` maps a case (key) to its own person."""
    require(actor, Permission.TRACING_READ, "您的角色不能查看场所扫码记录", "Your role may not read venue scans")
    if not visits:
        return []
    span = timedelta(minutes=minutes)
    table = temp_rows(db, "tracing_visit",
                      {"key": Integer(), "venue_id": Integer(), "at": DateTime(), "t_from": DateTime(),
                       "t_to": DateTime(), "own": Integer()},
                      [(v.key, v.venue_id, v.at, v.at - span, v.at + span, exclude.get(v.key, -1)) for v in visits])
    if db.get_bind().dialect.name == "postgresql":
        db.execute(text(f"ANALYZE {table.name}"))  # temporary tables have no statistics until analysed
    seen = ScanVisit
    statement = (select(table.c.key, seen.person_id, seen.venue_id, func.max(table.c.at), func.max(seen.checked_at))
                 .select_from(table)
                 .join(seen, and_(seen.venue_id == table.c.venue_id, seen.checked_at >= table.c.t_from,
                                  seen.checked_at <= table.c.t_to))
                 .where(seen.person_id != table.c.own)
                 .group_by(table.c.key, seen.person_id, seen.venue_id))
    found = [CoPresence(int(key), int(pid), int(venue), case_at, other_at)
             for key, pid, venue, case_at, other_at in db.execute(statement)]
    audit.record(db, actor, "read", "scan", None, {"op": "co_present", "minutes": minutes, "visits": len(visits),
                                                    "persons": len(found)}, reason=purpose)
    return found
