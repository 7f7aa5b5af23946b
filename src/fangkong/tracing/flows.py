"""Flows that start in tracing and reach other domains. Each runs in the caller's transaction: the whole
flow or nothing. Pages, the API, the CLI and other domains' flows call these, not the bare services.

    record_case ─► how it was found: the person's stored code reasons (quarantine, a sealed area, a
    │              contact) and their recorded contacts, read before the case exists
    ├─ tracing.service.record_case (+ its first classification)
    ├─ a confirmed contact who becomes a case: link infector -> infectee (chains)
    └─ codes.recompute for the person
    discover ─► windows from the policy ─► codes: the cases' scans, everyone co-present at their venues
    │           ─► tracing.discovery: residents, named, declared, secondary; merge into candidates
    confirm ─► contacts (close / secondary) ─► codes.recompute ─► isolation.request_quarantines (one INSERT)
    trajectory ─► scans (codes), samples (testing), arrival declarations (codes), quarantine stays,
                  transfers and checkpoint arrivals (isolation), the epidemiologist's additions and
                  corrections (tracing)
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from fangkong.codes import service as codes
from fangkong.core import clock, signin
from fangkong.core.errors import InvalidInput
from fangkong.core.scope import Actor, system_actor
from fangkong.isolation import service as isolation
from fangkong.registry import service as registry
from fangkong.testing import service as testing
from fangkong.tracing import assistance, chains, discovery, publication, service
from fangkong.tracing.models import Case, Contact

CONTACT_LOOKBACK_DAYS = 14  # a contact confirmed this recently makes a new case "found under control"
UNDER_CONTROL_FACTS = {"contact", "quarantine"}


def how_found(db: Session, person_id: int, at: datetime) -> tuple[str, str, Contact | None]:
    """(under_control | community, the evidence, the contact it came through) from the person's facts
    just before the case: a recorded contact, a quarantine stay or a sealed (red) area of residence."""
    contacts = service.contacts_of_person(db, person_id, since=at - timedelta(days=CONTACT_LOOKBACK_DAYS))
    if contacts:
        contact = contacts[0]
        return "under_control", f"contact:{contact.id} case:{contact.case_id}", contact
    view = codes.stored_reasons(db, [person_id], at)[person_id]
    for reason in view.reasons:
        if reason.fact_kind in UNDER_CONTROL_FACTS or (reason.fact_kind == "risk_area" and reason.colour == "red"):
            return "under_control", f"{reason.rule} {reason.fact_ref}", None
    return "community", "", None


def record_case(db: Session, actor: Actor, *, person_id: int, kind: str, reported_at: datetime,
                source: str = "", source_kind: str = "other", severity: str | None = None,
                onset_date: date | None = None, sampled_date: date | None = None) -> Case:
    found, note, contact = how_found(db, person_id, reported_at)
    case = service.record_case(db, actor, person_id=person_id, kind=kind, reported_at=reported_at, source=source,
                               source_kind=source_kind, severity=severity, onset_date=onset_date,
                               sampled_date=sampled_date, how_found=found, how_found_note=note)
    if contact is not None and contact.case_id is not None:
        chains.link(db, actor, infector_case_id=contact.case_id, infectee_case_id=case.id,
                    reason=f"确认的密接转为病例 confirmed contact #{contact.id}")
    codes.recompute(db, now=clock.now(), person_ids=[case.person_id])
    return case


def discharge_case(db: Session, actor: Actor, case_id: int, *, at: datetime) -> Case:
    case = service.discharge_case(db, actor, case_id, at=at)
    # The case's treatment stay (fangcang, hospital) ends with it; tracing staff do not write stays.
    isolation.end_treatment(db, system_actor("case discharged"), case.person_id, at=at)
    codes.recompute(db, now=clock.now(), person_ids=[case.person_id])
    return case


def record_contact(db: Session, actor: Actor, *, person_id: int, kind: str, exposure_at: datetime,
                   case_id: int | None = None, via_contact_id: int | None = None, note: str = "") -> Contact:
    contact = service.record_contact(db, actor, person_id=person_id, kind=kind, exposure_at=exposure_at,
                                     case_id=case_id, via_contact_id=via_contact_id, note=note)
    codes.recompute(db, now=clock.now(), person_ids=[contact.person_id])
    return contact


# ---- contact discovery ------------------------------------------------------------------------------


def discover(db: Session, actor: Actor, case_ids: list[int]) -> discovery.DiscoveryResult:
    """Find the candidates of many cases at once (one query per kind for all of them) and store the new."""
    cases = discovery.cases_for_discovery(db, actor, case_ids)
    hits = venue_hits(db, actor, cases)
    hits += discovery.resident_hits(db, actor, cases)
    hits += discovery.named_hits(db, cases)
    hits += discovery.declared_hits(db, cases)
    hits += discovery.secondary_hits(db, actor, cases)
    return discovery.store(db, actor, cases, hits)


def venue_hits(db: Session, actor: Actor, cases: list[Case]) -> list[discovery.Hit]:
    """Persons scanned at a venue within the policy's minutes of a case's scan in its window. Cases
    under policies with different minutes are asked separately (one pair of queries per policy)."""
    by_minutes: dict[int, list[Case]] = {}
    for case in cases:
        by_minutes.setdefault(service.tracing_policy(case.reported_at).venue_minutes, []).append(case)
    hits: list[discovery.Hit] = []
    for minutes, group in by_minutes.items():
        # The reason names the cases; past a few, their count (the entry's detail lists every case id, and
        # a reason is capped in length).
        reason = ("cases " + ",".join(f"case:{c.id}" for c in group) if len(group) <= 10
                  else f"contact discovery for {len(group)} cases (case:{group[0].id} … case:{group[-1].id})")
        windows = [codes.Window(c.id, c.person_id, *service.window_of(c)) for c in group]
        visits = codes.visits_of(db, actor, windows, purpose=reason)
        found = codes.co_present(db, actor, visits, minutes=minutes, exclude={c.id: c.person_id for c in group},
                                 purpose=reason)
        names = registry.venue_names(db, {f.venue_id for f in found})
        hits += [discovery.venue_hit(f.key, f.person_id, f.venue_id, names.get(f.venue_id, f"#{f.venue_id}"),
                                     f.case_at, f.other_at) for f in found]
    return hits


@dataclass(frozen=True)
class Confirmed:
    contacts: list[Contact]
    requests: int


def confirm(db: Session, actor: Actor, case_id: int, *, kinds: list[str] | None = None,
            person_ids: list[int] | None = None, candidate_ids: list[int] | None = None) -> Confirmed:
    """Confirm pending candidates (all of a kind, of a household, of a venue, or chosen persons): each
    becomes a contact (close, or secondary when found only as one), the codes follow, and the isolation
    side gets a quarantine request for each."""
    chosen = discovery.select_pending(db, actor, case_id, kinds=kinds, person_ids=person_ids,
                                      candidate_ids=candidate_ids)
    contacts = []
    for candidate in chosen:
        kind = "secondary" if candidate.kinds == "secondary" else "close"
        note = f"{candidate.kinds}"
        contact = service.record_contact(db, actor, person_id=candidate.person_id, kind=kind,
                                         exposure_at=min(candidate.last_exposure, clock.now()),
                                         case_id=case_id if kind == "close" else None,
                                         via_contact_id=candidate.via_contact_id if kind == "secondary" else None,
                                         note=note)
        discovery.mark_confirmed(db, actor, candidate, contact.id)
        contacts.append(contact)
    if contacts:
        codes.recompute(db, now=clock.now(), person_ids=[c.person_id for c in contacts])
    # The isolation side's requests, filed set-based: one INSERT for every confirmed contact; no note
    # naming the case (the request carries case_id and the page links it).
    filed = isolation.request_quarantines(db, actor, [
        isolation.RequestSpec(person_id=contact.person_id,
                              reason="close_contact" if contact.kind == "close" else "secondary_contact",
                              case_id=contact.case_id, contact_id=contact.id, exposure_at=contact.exposure_at,
                              note="") for contact in contacts])
    return Confirmed(contacts, filed)


def dismiss(db: Session, actor: Actor, case_id: int, *, reason: str, kinds: list[str] | None = None,
            person_ids: list[int] | None = None, candidate_ids: list[int] | None = None) -> int:
    """Dismiss pending candidates with a reason (no code changes: here for one entry point per action)."""
    if not (kinds or person_ids or candidate_ids):
        raise InvalidInput("请选择要排除的候选人", "Choose the candidates to dismiss")
    chosen = discovery.select_pending(db, actor, case_id, kinds=kinds, person_ids=person_ids,
                                      candidate_ids=candidate_ids)
    return discovery.dismiss(db, actor, chosen, reason=reason)


# ---- trajectory ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrajectoryItem:
    ref: str  # scan:12, sample:3, declaration:4, entry:5
    start: datetime
    end: datetime | None
    place: str
    source: str  # scan | sample | declaration | stay | transfer | arrival | manual
    venue_id: int | None = None
    wrong: bool = False
    note: str = ""


def trajectory(db: Session, actor: Actor, case_id: int) -> tuple[tuple[datetime, datetime], list[TrajectoryItem]]:
    """The case's activity trajectory (活动轨迹) over its investigation window, oldest first, assembled
    from venue scans, sampling records, arrival declarations, quarantine stays, transfers and checkpoint
    arrivals (isolation), with the epidemiologist's additions;
    items marked wrong are kept, flagged. Reading the scans is audited with the case as the reason."""
    case = service.get_case(db, actor, case_id)
    start, end = service.window_of(case)
    items: list[TrajectoryItem] = []
    visits = codes.visits_of(db, actor, [codes.Window(case.id, case.person_id, start, end)], purpose=f"case:{case.id}")
    names = registry.venue_names(db, {v.venue_id for v in visits})
    items += [TrajectoryItem(f"scan:{v.scan_id}", v.at, None, names.get(v.venue_id, f"#{v.venue_id}"), "scan",
                             v.venue_id) for v in visits]
    for sample_id, at, site in testing.samples_of(db, actor, case.person_id, start=start, end=end,
                                                  purpose=f"case:{case.id} trajectory"):
        items.append(TrajectoryItem(f"sample:{sample_id}", at, None, site, "sample"))
    for declaration in codes.declarations_of(db, actor, case.person_id):
        if start <= declaration.arrival_at <= end:
            items.append(TrajectoryItem(f"declaration:{declaration.id}", declaration.arrival_at, None,
                                        declaration.from_city, "declaration"))
    for move in isolation.movements_of(db, actor, case.person_id, start=start, end=end,
                                       purpose=f"case:{case.id} trajectory"):
        items.append(TrajectoryItem(move.ref, move.start, move.end, move.place, move.kind, note=move.note))
    entries = service.trajectory_entries(db, case.id)
    wrong = {e.wrong_ref for e in entries if e.wrong_ref}
    items = [TrajectoryItem(**{**item.__dict__, "wrong": item.ref in wrong}) for item in items]
    items += [TrajectoryItem(f"entry:{e.id}", e.start_at, e.end_at, e.place, "manual", e.venue_id, note=e.note)
              for e in entries if e.wrong_ref is None and e.start_at is not None]
    items.sort(key=lambda item: (item.start, item.ref))
    return (start, end), items


# ---- published trajectories ----------------------------------------------------------------------------


def publish_trajectory(db: Session, actor: Actor, case_id: int) -> publication.PublishedTrajectory:
    """Draft the anonymised announcement from the case's trajectory (items marked wrong left out): the
    commander approves it before the public page shows it."""
    _window, items = trajectory(db, actor, case_id)
    places = [publication.Place(item.place, item.start, item.end) for item in items
              if not item.wrong and item.source in ("scan", "manual", "sample") and item.place]
    return publication.draft(db, actor, case_id, places)


def declare_exposure(db: Session, actor: Actor, publication_id: int, place_index: int) -> int:
    """A resident's self-declaration on the public page becomes a candidate of the case at once (the
    platform runs the discovery step for declarations, audited as 'system:self-declaration')."""
    declaration = publication.declare(db, actor, publication_id, place_index)
    system = system_actor("self-declaration")
    cases = discovery.cases_for_discovery(db, system, [declaration.case_id])
    discovery.store(db, system, cases, discovery.declared_hits(db, cases))
    return declaration.id


PUBLIC_DECLARER = "public:self-declaration"


def declare_by_identity(db: Session, *, publication_id: int, place_index: int, id_number: str, phone: str,
                        address: str) -> int:
    """A resident without an account declares on the public page: identified by their identity number and
    phone, matched to the registry. Attempts are limited like sign-ins (core.signin: a progressive wait per
    identity number and per address after repeated mismatches, each mismatch kept and audited); a match
    acts as that resident, audited under PUBLIC_DECLARER. The same answer for an unknown number and a wrong
    phone, so the form says nothing about who is registered."""
    key = "declare:" + hashlib.sha256(id_number.strip().upper().encode()).hexdigest()[:40]
    wait = signin.retry_after(db, key, address, clock.now())
    if wait:
        signin.record_failure(db, key, address, "declaration locked")
        raise signin.LoginLocked(wait)
    person_id = registry.person_by_identity(db, id_number, phone)
    if person_id is None:
        signin.record_failure(db, key, address, "declaration mismatch")
        raise InvalidInput("身份证号与手机号未能匹配登记信息,请核对后重试",
                           "The identity number and phone do not match the registry: check them and try again")
    resident = Actor(account_id=None, username=PUBLIC_DECLARER, role="resident", person_id=person_id,
                     display_name="市民主动申报")
    return declare_exposure(db, resident, publication_id, place_index)


# ---- assistance requests (协查函) -------------------------------------------------------------------------


def case_from_assistance(db: Session, actor: Actor, row_id: int, *, kind: str, reported_at: datetime) -> Case:
    """A matched row of an assistance request becomes a case (source: the sending city's request)."""
    row = assistance.assistance_row(db, actor, row_id)
    if row.person_id is None or row.state != "matched":
        raise InvalidInput("只有已匹配的协查记录可以登记为病例", "Only a matched row can become a case")
    case = record_case(db, actor, person_id=row.person_id, kind=kind, reported_at=reported_at,
                       source=f"{row.from_city}协查函: {row.reason}"[:200], source_kind="assistance")
    assistance.settle_assistance(db, actor, row_id, state="done", case_id=case.id)
    return case
