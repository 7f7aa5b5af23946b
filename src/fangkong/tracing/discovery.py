"""Contact discovery (密接排查): for many cases at once, the persons to consider with every way they
were found, stored as candidates the epidemiologist confirms or dismisses.

One query per kind for all the cases, never one per case or per candidate:
- household / unit / building: a self-join of the registry on the level's column (registry.co_residents),
  for the levels the policy in force at each case's report names;
- venue: co-presence from the scan log, computed by the flow (codes is above tracing) and passed in;
- named: the persons the cases named; declared: residents' self-declarations on published trajectories;
- secondary: the household of each confirmed close contact, under policies that trace 密接的密接.

Storing is idempotent: a person already a candidate of the case is not added again; a pending one gets
the new evidence, a decided one stays decided."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput
from fangkong.core.idsets import chunked
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.tracing import service
from fangkong.tracing.models import (
    CANDIDATE_KINDS,
    Case,
    Contact,
    ContactCandidate,
    ExposureDeclaration,
    NamedPerson,
)


@dataclass(frozen=True)
class Hit:
    """One way one person was found for one case."""

    case_id: int
    person_id: int
    kind: str
    last_exposure: datetime
    evidence: dict[str, Any]
    via_contact_id: int | None = None


@dataclass
class DiscoveryResult:
    cases: list[int]
    new: int = 0
    widened: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)


def cases_for_discovery(db: Session, actor: Actor, case_ids: list[int]) -> list[Case]:
    """The cases, each checked for scope (one audited read each); unknown ids refused."""
    service._write(actor)
    cases = [service.get_case(db, actor, case_id) for case_id in dict.fromkeys(case_ids)]
    return cases


def resident_hits(db: Session, actor: Actor, cases: list[Case]) -> list[Hit]:
    """Household, unit and building members, for the levels each case's policy names: one query per level."""
    by_level: dict[str, dict[int, list[Case]]] = defaultdict(lambda: defaultdict(list))
    for case in cases:
        for level in service.tracing_policy(case.reported_at).resident_levels:
            by_level[level][case.person_id].append(case)
    hits = []
    for level, persons in by_level.items():
        pairs = registry.co_residents(db, actor, list(persons), level, purpose="contact discovery")
        for person_id, other in pairs:
            for case in persons[person_id]:
                hits.append(Hit(case.id, other, level, service.window_of(case)[1], {"kind": level}))
    return hits


def named_hits(db: Session, cases: list[Case]) -> list[Hit]:
    ids = [case.id for case in cases]
    rows = db.scalars(select(NamedPerson).where(NamedPerson.case_id.in_(ids))) if ids else []
    return [Hit(n.case_id, n.person_id, "named", n.exposure_at, {"kind": "named", "note": n.note}) for n in rows]


def declared_hits(db: Session, cases: list[Case]) -> list[Hit]:
    ids = [case.id for case in cases]
    rows = db.scalars(select(ExposureDeclaration).where(ExposureDeclaration.case_id.in_(ids))) if ids else []
    return [Hit(d.case_id, d.person_id, "declared", d.at,
                {"kind": "declared", "place": d.place, "at": d.at.isoformat(), "declaration": d.id}) for d in rows]


def secondary_hits(db: Session, actor: Actor, cases: list[Case]) -> list[Hit]:
    """Housemates of each confirmed close contact of the cases whose policy traces 密接的密接."""
    traced = {case.id: case for case in cases if service.tracing_policy(case.reported_at).secondary_contacts}
    if not traced:
        return []
    contacts = list(db.scalars(select(Contact).where(Contact.case_id.in_(list(traced)), Contact.kind == "close")))
    by_person: dict[int, list[Contact]] = defaultdict(list)
    for contact in contacts:
        by_person[contact.person_id].append(contact)
    hits = []
    levels = {level for case in traced.values() for level in service.tracing_policy(case.reported_at).secondary_levels}
    for level in sorted(levels):
        for person_id, other in registry.co_residents(db, actor, list(by_person), level, purpose="secondary contacts"):
            for contact in by_person[person_id]:
                if contact.case_id is None or level not in service.tracing_policy(
                        traced[contact.case_id].reported_at).secondary_levels:
                    continue
                hits.append(Hit(contact.case_id, other, "secondary", contact.recorded_at,
                                {"kind": "secondary", "via_contact": contact.id, "via_person": contact.person_id,
                                 "level": level}, via_contact_id=contact.id))
    return hits


def venue_hit(case_id: int, person_id: int, venue_id: int, venue: str, case_at: datetime,
              other_at: datetime) -> Hit:
    return Hit(case_id, person_id, "venue", max(case_at, other_at),
               {"kind": "venue", "venue_id": venue_id, "venue": venue, "case_at": case_at.isoformat(),
                "contact_at": other_at.isoformat()})


def store(db: Session, actor: Actor, cases: list[Case], hits: list[Hit]) -> DiscoveryResult:
    """Merge the hits into the cases' candidates (see the module docstring)."""
    service._write(actor)
    result = DiscoveryResult(cases=[c.id for c in cases])
    own = {case.id: case.person_id for case in cases}
    merged: dict[tuple[int, int], list[Hit]] = defaultdict(list)
    for hit in hits:
        if hit.person_id != own.get(hit.case_id):
            merged[(hit.case_id, hit.person_id)].append(hit)
    infected = _persons_with_cases(db, {person for _case, person in merged})
    existing = _existing(db, [c.id for c in cases])
    now = clock.now()
    new_rows = []
    for (case_id, person_id), found in merged.items():
        if person_id in infected:
            continue  # already a case: a transmission link, not a contact
        row = existing.get((case_id, person_id))
        if row is None:
            new_rows.append(_new_candidate(case_id, person_id, found, now))
            for kind in {h.kind for h in found}:
                result.by_kind[kind] = result.by_kind.get(kind, 0) + 1
        elif row.state == "pending" and _widen(row, found):
            result.widened += 1
    db.flush()
    table = ContactCandidate.__table__
    for chunk in chunked(new_rows, 5000):  # many candidates: executemany of plain rows, no ORM objects
        db.execute(table.insert(), list(chunk))
    result.new = len(new_rows)
    audit.record(db, actor, "write", "contact_candidate", None,
                 {"op": "discover", "cases": result.cases, "new": result.new, "widened": result.widened,
                  "by_kind": result.by_kind})
    return result


def _persons_with_cases(db: Session, person_ids: set[int]) -> set[int]:
    """Which candidates are cases themselves. Cases are few next to candidates: read them all."""
    return set(db.scalars(select(Case.person_id).distinct())) & person_ids


def _existing(db: Session, case_ids: list[int]) -> dict[tuple[int, int], ContactCandidate]:
    rows = db.scalars(select(ContactCandidate).where(ContactCandidate.case_id.in_(case_ids))) if case_ids else []
    return {(row.case_id, row.person_id): row for row in rows}


def _ordered_kinds(kinds: set[str]) -> str:
    return ",".join(kind for kind in CANDIDATE_KINDS if kind in kinds)


def _new_candidate(case_id: int, person_id: int, found: list[Hit], now: datetime) -> dict[str, Any]:
    if len(found) == 1:  # most candidates are found one way: no merging
        hit = found[0]
        kinds, evidence, last, via = hit.kind, [hit.evidence], hit.last_exposure, hit.via_contact_id
    else:
        kinds, evidence = _ordered_kinds({h.kind for h in found}), _unique([h.evidence for h in found])
        last = max(h.last_exposure for h in found)
        via = next((h.via_contact_id for h in found if h.via_contact_id), None)
    return {"case_id": case_id, "person_id": person_id, "kinds": kinds,
            "evidence": json.dumps(evidence, ensure_ascii=False), "last_exposure": last, "via_contact_id": via,
            "state": "pending", "reason": "", "contact_id": None, "found_at": now, "decided_by": None,
            "decided_at": None}


def _unique(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if len(items) == 1:
        return items
    seen: dict[str, dict[str, Any]] = {}
    for item in items:
        seen.setdefault(json.dumps(item, sort_keys=True, ensure_ascii=False), item)
    return list(seen.values())


def _widen(row: ContactCandidate, found: list[Hit]) -> bool:
    evidence = json.loads(row.evidence or "[]")
    combined = _unique(evidence + [h.evidence for h in found])
    kinds = _ordered_kinds(set(row.kinds.split(",")) | {h.kind for h in found})
    latest = max([row.last_exposure] + [h.last_exposure for h in found])
    if len(combined) == len(evidence) and kinds == row.kinds and latest == row.last_exposure:
        return False
    row.evidence, row.kinds, row.last_exposure = json.dumps(combined, ensure_ascii=False), kinds, latest
    if row.via_contact_id is None:
        row.via_contact_id = next((h.via_contact_id for h in found if h.via_contact_id), None)
    return True


# ---- reading and deciding -----------------------------------------------------------------------------


def candidates(db: Session, actor: Actor, case_id: int, *, state: str | None = None) -> list[ContactCandidate]:
    service.get_case(db, actor, case_id)
    statement = select(ContactCandidate).where(ContactCandidate.case_id == case_id)
    if state:
        statement = statement.where(ContactCandidate.state == state)
    return list(db.scalars(statement.order_by(ContactCandidate.last_exposure.desc(), ContactCandidate.id)))


def evidence_of(candidate: ContactCandidate) -> list[dict[str, Any]]:
    return list(json.loads(candidate.evidence or "[]"))


def select_pending(db: Session, actor: Actor, case_id: int, *, kinds: list[str] | None = None,
                   person_ids: list[int] | None = None, candidate_ids: list[int] | None = None
                   ) -> list[ContactCandidate]:
    """The pending candidates of a case matching any of the kinds, persons or candidate ids given
    (none given: all pending)."""
    service._write(actor)
    unknown = set(kinds or []) - set(CANDIDATE_KINDS)
    if unknown:
        raise InvalidInput(f"未知的接触类型: {sorted(unknown)}", f"unknown kinds: {sorted(unknown)}")
    pending = candidates(db, actor, case_id, state="pending")
    if not (kinds or person_ids or candidate_ids):
        return pending
    wanted_kinds, wanted_persons, wanted_ids = set(kinds or []), set(person_ids or []), set(candidate_ids or [])
    return [c for c in pending if wanted_kinds & set(c.kinds.split(",")) or c.person_id in wanted_persons
            or c.id in wanted_ids]


def mark_confirmed(db: Session, actor: Actor, candidate: ContactCandidate, contact_id: int) -> None:
    service._write(actor)
    candidate.state, candidate.contact_id = "confirmed", contact_id
    candidate.decided_by, candidate.decided_at = actor.username, clock.now()
    audit.record(db, actor, "write", "contact_candidate", candidate.id,
                 {"op": "confirm", "case": candidate.case_id, "person": candidate.person_id, "contact": contact_id})


def dismiss(db: Session, actor: Actor, chosen: list[ContactCandidate], *, reason: str) -> int:
    """Dismiss candidates (排除) with a reason, kept with the candidate."""
    service._write(actor)
    if not reason.strip():
        raise InvalidInput("排除须填写理由", "A dismissal needs a reason")
    now = clock.now()
    for candidate in chosen:
        candidate.state, candidate.reason = "dismissed", reason.strip()[:200]
        candidate.decided_by, candidate.decided_at = actor.username, now
        audit.record(db, actor, "write", "contact_candidate", candidate.id,
                     {"op": "dismiss", "case": candidate.case_id, "person": candidate.person_id, "reason": reason})
    db.flush()
    return len(chosen)
