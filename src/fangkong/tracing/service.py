"""Tracing services: cases (病例) with their classification history and investigation (流调), contacts,
and the policy's tracing rules. Helper modules beside it: `discovery` (contact candidates), `chains`
(transmission links and clusters), `publication` (anonymised trajectories and self-declarations),
`assistance` (协查函 imports); they import this module, not the other way round.

Every function checks the role (core.roles.require) and the jurisdiction (registry), audits reads and
writes of persons, takes time from core.clock and never commits."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import case as sql_case
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fangkong import policies
from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound
from fangkong.core.roles import Permission, require
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.tracing.models import (
    CASE_KINDS,
    CASE_SOURCES,
    CONTACT_KINDS,
    HOW_FOUND,
    SEVERITIES,
    Case,
    CaseClassification,
    Contact,
    ContactCandidate,
    NamedPerson,
    PublishedTrajectory,
    TrajectoryEntry,
)

DEFAULT_WINDOW_DAYS = 4  # 第九版: 症状出现前4天 / 采样前4天
DEFAULT_VENUE_MINUTES = 30
FORM_FIELDS = ("symptoms", "vaccination", "occupation", "workplace", "school", "notes")


def _write(actor: Actor) -> None:
    require(actor, Permission.CASE_WRITE, "您的角色不能登记病例或密接", "Your role may not record cases or contacts")


def _read(actor: Actor) -> None:
    require(actor, Permission.TRACING_READ, "您的角色不能查看流调信息", "Your role may not read investigations")


# ---- policy ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TracingPolicy:
    key: str
    window_days: int  # the investigation window starts this many days before onset (or sampling)
    resident_levels: tuple[str, ...]  # household | unit | building: who at home is a candidate
    venue_minutes: int  # co-presence: scanned at the same venue within ± these minutes
    secondary_contacts: bool  # 密接的密接 are traced
    secondary_levels: tuple[str, ...]  # who of a close contact's home is a secondary candidate


def tracing_policy(moment: datetime) -> TracingPolicy:
    """The `[tracing]` table of the policy in force at `moment`, with defaults."""
    policy = policies.in_force(moment)
    found = policy.extra.get("tracing", {})
    levels = tuple(found.get("resident_levels", ["household"]))
    unknown = set(levels) - set(registry.CO_RESIDENT_LEVELS)
    if unknown:
        raise InvalidInput(f"政策 {policy.key} 的 resident_levels 有误: {sorted(unknown)}",
                           f"policy {policy.key}: unknown resident_levels {sorted(unknown)}")
    return TracingPolicy(key=policy.key, window_days=int(found.get("window_days", DEFAULT_WINDOW_DAYS)),
                         resident_levels=levels, venue_minutes=int(found.get("venue_minutes", DEFAULT_VENUE_MINUTES)),
                         secondary_contacts=bool(found.get("secondary_contacts", False)),
                         secondary_levels=tuple(found.get("secondary_levels", ["household"])))


def window_of(case: Case) -> tuple[datetime, datetime]:
    """The investigation window: from N days (policy at the report) before onset — before sampling for an
    asymptomatic case or without a known onset — until the case was reported (and so isolated)."""
    anchor = (case.onset_date if case.kind == "confirmed" and case.onset_date else None) \
        or case.sampled_date or case.reported_at.date()
    days = tracing_policy(case.reported_at).window_days
    start = datetime.combine(anchor - timedelta(days=days), datetime.min.time())
    return start, max(case.reported_at, start)


# ---- cases ----------------------------------------------------------------------------------------


def record_case(db: Session, actor: Actor, *, person_id: int, kind: str, reported_at: datetime,
                source: str = "", source_kind: str = "other", severity: str | None = None,
                onset_date: date | None = None, sampled_date: date | None = None,
                how_found: str = "community", how_found_note: str = "") -> Case:
    """Record an infection (确诊 / 无症状感染者) of a registered person; its first classification too.
    `how_found` is derived by the flow from the person's facts before the case existed."""
    _write(actor)
    _check_classification(kind, severity)
    if source_kind not in CASE_SOURCES:
        raise InvalidInput(f"病例来源应为 {CASE_SOURCES}", f"source must be one of {CASE_SOURCES}")
    if how_found not in HOW_FOUND:
        raise InvalidInput(f"发现方式应为 {HOW_FOUND}", f"how found must be one of {HOW_FOUND}")
    if onset_date and onset_date > reported_at.date():
        raise InvalidInput("发病日期晚于报告时间", "The onset is after the report")
    registry.resident_location(db, actor, person_id, purpose="record case")  # exists, in scope, audited
    now = clock.now()
    case = Case(person_id=person_id, kind=kind, reported_at=reported_at, source=source[:200],
                recorded_by=actor.username, recorded_at=now, severity=severity if kind == "confirmed" else None,
                source_kind=source_kind, onset_date=onset_date, sampled_date=sampled_date, how_found=how_found,
                how_found_note=how_found_note[:200], form="{}")
    db.add(case)
    db.flush()
    db.add(CaseClassification(case_id=case.id, kind=kind, severity=case.severity, at=reported_at,
                              note="首次报告 first report", recorded_by=actor.username))
    audit.record(db, actor, "write", "case", case.id, {"person": person_id, "kind": kind, "at": reported_at,
                                                       "source": source_kind, "how_found": how_found})
    return case


def _check_classification(kind: str, severity: str | None) -> None:
    if kind not in CASE_KINDS:
        raise InvalidInput(f"病例类型应为 {CASE_KINDS}", f"kind must be one of {CASE_KINDS}")
    if severity is not None and severity not in SEVERITIES:
        raise InvalidInput(f"临床分型应为 {SEVERITIES}", f"severity must be one of {SEVERITIES}")
    if kind == "asymptomatic" and severity:
        raise InvalidInput("无症状感染者没有临床分型", "An asymptomatic infection has no severity")


def get_case(db: Session, actor: Actor, case_id: int) -> Case:
    _read(actor)
    case = db.get(Case, case_id)
    if case is None:
        raise NotFound("病例不存在", "No such case")
    registry.resident_location(db, actor, case.person_id, purpose=f"case {case_id}")  # in scope, audited
    return case


def reclassify(db: Session, actor: Actor, case_id: int, *, kind: str, severity: str | None = None,
               note: str = "") -> Case:
    """订正: asymptomatic -> confirmed, mild -> severe ...; the earlier classifications stay in history."""
    _write(actor)
    _check_classification(kind, severity)
    case = get_case(db, actor, case_id)
    case.kind, case.severity = kind, severity if kind == "confirmed" else None
    db.add(CaseClassification(case_id=case.id, kind=kind, severity=case.severity, at=clock.now(), note=note[:200],
                              recorded_by=actor.username))
    db.flush()
    audit.record(db, actor, "write", "case", case.id, {"op": "reclassify", "kind": kind, "severity": severity})
    return case


def classifications(db: Session, actor: Actor, case_id: int) -> list[CaseClassification]:
    get_case(db, actor, case_id)
    return list(db.scalars(select(CaseClassification).where(CaseClassification.case_id == case_id)
                           .order_by(CaseClassification.at, CaseClassification.id)))


def discharge_case(db: Session, actor: Actor, case_id: int, *, at: datetime) -> Case:
    """Record that the person of a case was cured and discharged; their infection reason ends then.
    Health monitoring after discharge is a stay of its own (isolation)."""
    _write(actor)
    case = db.get(Case, case_id)
    if case is None:
        raise NotFound("病例不存在", "No such case")
    registry.resident_location(db, actor, case.person_id, purpose="discharge case")  # in scope, audited
    if case.discharged_at is not None:
        raise InvalidInput(f"该病例已于 {case.discharged_at:%Y-%m-%d %H:%M} 出院",
                           f"This case was discharged already ({case.discharged_at:%Y-%m-%d %H:%M})")
    if at < case.reported_at:
        raise InvalidInput("出院时间早于报告时间", "Discharge is before the case was reported")
    if at > clock.now():
        raise InvalidInput("出院时间晚于现在：出院后再登记", "Discharge is in the future: record it once it happened")
    case.discharged_at = at
    db.flush()
    audit.record(db, actor, "write", "case", case.id, {"person": case.person_id, "discharged_at": at})
    return case


def case_of_person(db: Session, person_id: int) -> Case | None:
    """The person's open case, if any (a case is recorded once per infection)."""
    return db.scalars(select(Case).where(Case.person_id == person_id, Case.discharged_at.is_(None))
                      .order_by(Case.id.desc())).first()


def infections_among(db: Session, until: datetime, person_ids: list[int]) -> list[tuple[datetime, int]]:
    """`infections_until` restricted to some persons (the residents of a few areas)."""
    found: list[tuple[datetime, int]] = []
    for start in range(0, len(person_ids), 900):
        chunk = person_ids[start:start + 900]
        rows = db.connection().execute(select(Case.reported_at, Case.person_id)
                                       .where(Case.reported_at <= until, Case.person_id.in_(chunk)))
        found.extend((reported_at, person_id) for reported_at, person_id in rows)
    return sorted(found)


def infections_until(db: Session, until: datetime) -> list[tuple[datetime, int]]:
    """(reported_at, person_id) of every infection reported up to a moment, oldest first.

    Ids and times only: the caller (area lifting) maps them to places through the registry."""
    rows = db.execute(select(Case.reported_at, Case.person_id).where(Case.reported_at <= until)
                      .order_by(Case.reported_at))
    return [(at, pid) for at, pid in rows]


@dataclass(frozen=True)
class CaseRow:
    case: Case
    person: registry.PersonView | None
    candidates: int
    pending: int
    contacts: int


def list_cases(db: Session, actor: Actor, *, district_id: int | None = None, status: str | None = None,
               how_found: str | None = None, limit: int = 200) -> list[CaseRow]:
    """Cases in the actor's jurisdiction, newest first, with masked persons and candidate counts.
    status: open | discharged."""
    _read(actor)
    location = registry.locations_selectable()
    statement = (select(Case).join(location, location.c.id == Case.person_id)
                 .where(actor.scope_clause(location.c)).order_by(Case.reported_at.desc(), Case.id.desc()))
    if district_id:
        statement = statement.where(location.c.district_id == district_id)
    if status == "open":
        statement = statement.where(Case.discharged_at.is_(None))
    elif status == "discharged":
        statement = statement.where(Case.discharged_at.is_not(None))
    if how_found in HOW_FOUND:
        statement = statement.where(Case.how_found == how_found)
    cases = list(db.scalars(statement.limit(limit)))
    persons = registry.persons_masked(db, actor, {c.person_id for c in cases}, purpose="case list")
    counts = _candidate_counts(db, [c.id for c in cases])
    contacts = _contact_counts(db, [c.id for c in cases])
    return [CaseRow(c, persons.get(c.person_id), *counts.get(c.id, (0, 0)), contacts.get(c.id, 0)) for c in cases]


def _candidate_counts(db: Session, case_ids: list[int]) -> dict[int, tuple[int, int]]:
    if not case_ids:
        return {}
    C = ContactCandidate
    rows = db.execute(select(C.case_id, func.count(), func.sum(sql_case((C.state == "pending", 1), else_=0)))
                      .where(C.case_id.in_(case_ids)).group_by(C.case_id))
    return {case_id: (int(total), int(pending or 0)) for case_id, total, pending in rows}


def _contact_counts(db: Session, case_ids: list[int]) -> dict[int, int]:
    if not case_ids:
        return {}
    rows = db.execute(select(Contact.case_id, func.count()).where(Contact.case_id.in_(case_ids))
                      .group_by(Contact.case_id))
    return {case_id: int(n) for case_id, n in rows}


# ---- investigation ---------------------------------------------------------------------------------


def assign_epidemiologist(db: Session, actor: Actor, case_id: int, username: str) -> Case:
    _write(actor)
    case = get_case(db, actor, case_id)
    case.epidemiologist = username.strip()[:64] or None
    audit.record(db, actor, "write", "case", case.id, {"op": "assign", "epidemiologist": case.epidemiologist})
    return case


def form_of(case: Case) -> dict[str, str]:
    try:
        data = json.loads(case.form or "{}")
    except ValueError:
        data = {}
    return {name: str(data.get(name, "")) for name in FORM_FIELDS}


def save_form(db: Session, actor: Actor, case_id: int, values: dict[str, str],
              onset_date: date | None = None) -> Case:
    """The investigation form (流调表): symptoms, vaccination, work or school, notes."""
    _write(actor)
    case = get_case(db, actor, case_id)
    form = form_of(case)
    form.update({name: str(values[name]).strip()[:1000] for name in FORM_FIELDS if name in values})
    case.form = json.dumps(form, ensure_ascii=False)
    if onset_date is not None:
        if onset_date > case.reported_at.date():
            raise InvalidInput("发病日期晚于报告时间", "The onset is after the report")
        case.onset_date = onset_date
    db.flush()
    audit.record(db, actor, "write", "case", case.id, {"op": "form", "fields": sorted(values)})
    return case


def name_person(db: Session, actor: Actor, case_id: int, *, person_id: int, exposure_at: datetime,
                note: str = "") -> NamedPerson:
    """A person the case named (同住、同事、聚餐 ...): a candidate at the next discovery."""
    _write(actor)
    case = get_case(db, actor, case_id)
    if person_id == case.person_id:
        raise InvalidInput("病例本人不是自己的密接", "The case is not their own contact")
    registry.resident_location(db, actor, person_id, purpose=f"named by case {case_id}")
    named = NamedPerson(case_id=case_id, person_id=person_id, exposure_at=exposure_at, note=note[:200],
                        recorded_by=actor.username)
    db.add(named)
    db.flush()
    audit.record(db, actor, "write", "case_named_person", named.id, {"case": case_id, "person": person_id})
    return named


def add_trajectory_entry(db: Session, actor: Actor, case_id: int, *, place: str = "", start_at: datetime | None = None,
                         end_at: datetime | None = None, venue_id: int | None = None, wrong_ref: str | None = None,
                         note: str = "") -> TrajectoryEntry:
    """A visit the data missed (place and times), or a record marked wrong (`wrong_ref`, e.g. "scan:12")."""
    _write(actor)
    get_case(db, actor, case_id)
    if wrong_ref is None and (not place.strip() or start_at is None):
        raise InvalidInput("补充轨迹须有地点和时间", "An added visit needs a place and a time")
    if start_at and end_at and end_at < start_at:
        raise InvalidInput("离开时间早于到达时间", "The end is before the start")
    entry = TrajectoryEntry(case_id=case_id, place=place.strip()[:200], start_at=start_at, end_at=end_at,
                            venue_id=venue_id, wrong_ref=wrong_ref, note=note[:200], recorded_by=actor.username,
                            recorded_at=clock.now())
    db.add(entry)
    db.flush()
    audit.record(db, actor, "write", "trajectory_entry", entry.id, {"case": case_id, "wrong": wrong_ref})
    return entry


def trajectory_entries(db: Session, case_id: int) -> list[TrajectoryEntry]:
    return list(db.scalars(select(TrajectoryEntry).where(TrajectoryEntry.case_id == case_id)
                           .order_by(TrajectoryEntry.id)))


# ---- contacts -------------------------------------------------------------------------------------


def record_contact(db: Session, actor: Actor, *, person_id: int, kind: str, exposure_at: datetime,
                   case_id: int | None = None, via_contact_id: int | None = None, note: str = "") -> Contact:
    """Record a close contact (密接) of a case, or a secondary contact (次密接) through a close contact.
    Whether a secondary contact changes a code is the policy's matter, not the investigation's."""
    _write(actor)
    if kind not in CONTACT_KINDS:
        raise InvalidInput(f"接触类型应为 {CONTACT_KINDS}", f"kind must be one of {CONTACT_KINDS}")
    if kind == "close" and (case_id is None or db.get(Case, case_id) is None):
        raise InvalidInput("密接须关联一个已登记的病例", "A close contact needs a recorded case")
    if kind == "secondary":
        via = db.get(Contact, via_contact_id) if via_contact_id is not None else None
        if via is None or via.kind != "close":
            raise InvalidInput("次密接须关联一个密接", "A secondary contact needs the close contact it came through")
        case_id = via.case_id
    if exposure_at > clock.now():
        raise InvalidInput("末次暴露时间不能晚于现在", "The last exposure cannot be in the future")
    registry.resident_location(db, actor, person_id, purpose="record contact")  # exists, in scope, audited
    contact = Contact(person_id=person_id, kind=kind, case_id=case_id, via_contact_id=via_contact_id,
                      exposure_at=exposure_at, note=note[:200], recorded_by=actor.username, recorded_at=clock.now())
    db.add(contact)
    db.flush()
    audit.record(db, actor, "write", "contact", contact.id,
                 {"person": person_id, "kind": kind, "case": case_id, "exposure": exposure_at})
    return contact


def contacts_of_person(db: Session, person_id: int, *, since: datetime) -> list[Contact]:
    """The person's close contacts recorded with an exposure since a moment (how a case was found)."""
    return list(db.scalars(select(Contact).where(Contact.person_id == person_id, Contact.exposure_at >= since)
                           .order_by(Contact.exposure_at.desc())))


def contacts_in_grid(db: Session, actor: Actor, grid_id: int | None = None, *, limit: int = 500) -> list[Any]:
    """Confirmed contacts living in a grid (a grid worker's own grid), newest first, masked."""
    _read(actor)
    location = registry.locations_selectable()
    statement = (select(Contact).join(location, location.c.id == Contact.person_id)
                 .where(actor.scope_clause(location.c)).order_by(Contact.recorded_at.desc()).limit(limit))
    if grid_id:
        statement = statement.where(location.c.grid_id == grid_id)
    contacts = list(db.scalars(statement))
    persons = registry.persons_masked(db, actor, {c.person_id for c in contacts}, purpose="contacts in grid")
    return [(c, persons.get(c.person_id)) for c in contacts]





def public_version(db: Session) -> tuple[int, Any]:
    """What the public trajectories page shows has changed when this changes (web.publiccache)."""
    row = db.execute(select(func.count(), func.max(PublishedTrajectory.decided_at))
                     .where(PublishedTrajectory.state == "approved")).one()
    return int(row[0]), row[1]
