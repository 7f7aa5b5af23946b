"""Tracing tables: cases with their classification history and investigation, contact candidates and
the contacts confirmed from them, trajectory corrections, published trajectories with residents'
self-declarations, transmission links and clusters, and assistance requests (协查函) from other cities.

The health codes read `case_report` (infections) and `contact` (close and secondary contacts)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from fangkong.core.db import Base

CASE_KINDS = ("confirmed", "asymptomatic")
CONTACT_KINDS = ("close", "secondary")
# 轻型 / 普通型 / 重型 / 危重型 for a confirmed case; an asymptomatic infection has no severity.
SEVERITIES = ("mild", "moderate", "severe", "critical")
CASE_SOURCES = ("tube", "hospital", "fever_clinic", "antigen", "assistance", "other")
HOW_FOUND = ("under_control", "community")  # 管控中发现 / 社会面
CANDIDATE_KINDS = ("household", "unit", "building", "venue", "declared", "named", "secondary")
CANDIDATE_STATES = ("pending", "confirmed", "dismissed")
PUBLICATION_STATES = ("pending", "approved", "refused")


class Case(Base):
    __tablename__ = "case_report"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # confirmed | asymptomatic
    reported_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    source: Mapped[str] = mapped_column(String(200), default="")  # e.g. "tube 370105..." or "hospital"
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    # Cured and discharged (治愈出院 / 解除隔离): the infection stops counting for the code from then.
    discharged_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    severity: Mapped[str | None] = mapped_column(String(16), nullable=True)  # SEVERITIES (confirmed only)
    source_kind: Mapped[str] = mapped_column(String(16), default="other")  # CASE_SOURCES
    onset_date: Mapped[date | None] = mapped_column(Date, nullable=True)  # symptoms began (confirmed)
    sampled_date: Mapped[date | None] = mapped_column(Date, nullable=True)  # the positive sample
    # Derived from the person's facts when reported; kept as found (the command's daily figure).
    how_found: Mapped[str] = mapped_column(String(16), default="community")  # HOW_FOUND
    how_found_note: Mapped[str] = mapped_column(String(200), default="")
    epidemiologist: Mapped[str | None] = mapped_column(String(64), nullable=True)  # assigned username
    form: Mapped[str] = mapped_column(Text, default="{}")  # the investigation form (流调表), JSON
    cluster_id: Mapped[int | None] = mapped_column(ForeignKey("case_cluster.id"), nullable=True, index=True)


class CaseClassification(Base):
    """Every (re)classification of a case, the first one included: history is never overwritten."""

    __tablename__ = "case_classification"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_report.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    severity: Mapped[str | None] = mapped_column(String(16), nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(String(200), default="")
    recorded_by: Mapped[str] = mapped_column(String(64))


class Contact(Base):
    """A close contact (密接) of a case, or a secondary contact (次密接) through a close contact.
    Recorded by the investigation; the health-code rules read it (whether secondary contacts count
    depends on the policy in force)."""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # close | secondary
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_report.id"), index=True)
    via_contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"))  # secondary: through whom
    exposure_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # last exposure
    note: Mapped[str] = mapped_column(String(200), default="")
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class ContactCandidate(Base):
    """A person discovery found for a case, with every way they were found (kinds), the evidence
    (JSON list: venue and both scan times, the shared household ...) and the last exposure. Decided
    once: confirmed (then `contact_id`) or dismissed with a reason. Discovery run again adds only
    persons not yet candidates of the case (and widens the evidence of pending ones)."""

    __tablename__ = "contact_candidate"
    __table_args__ = (UniqueConstraint("case_id", "person_id", name="uq_contact_candidate_case_person"),
                      Index("ix_contact_candidate_case_state", "case_id", "state"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_report.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    kinds: Mapped[str] = mapped_column(String(100))  # comma-separated CANDIDATE_KINDS
    evidence: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of objects
    last_exposure: Mapped[datetime] = mapped_column(DateTime)
    via_contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"), nullable=True)  # secondary
    state: Mapped[str] = mapped_column(String(16), default="pending")  # CANDIDATE_STATES
    reason: Mapped[str] = mapped_column(String(200), default="")  # why dismissed
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"), nullable=True)
    found_at: Mapped[datetime] = mapped_column(DateTime)
    decided_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class NamedPerson(Base):
    """A person the case named in the interview (同住、同事、聚餐 ...), matched to the registry."""

    __tablename__ = "case_named_person"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_report.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    exposure_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(String(200), default="")
    recorded_by: Mapped[str] = mapped_column(String(64))


class TrajectoryEntry(Base):
    """The epidemiologist's hand on a trajectory: a visit the data missed (`place` and times), or a
    record marked wrong (`wrong_ref`, e.g. "scan:123", hides that item)."""

    __tablename__ = "trajectory_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_report.id"), index=True)
    start_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    end_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    venue_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    wrong_ref: Mapped[str | None] = mapped_column(String(64), nullable=True)
    note: Mapped[str] = mapped_column(String(200), default="")
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class PublishedTrajectory(Base):
    """The anonymised announcement text of a case's trajectory (no name, identity or phone number),
    shown on the public page once a commander approved it. `places` (JSON) lists the venues and times
    residents may declare they were at."""

    __tablename__ = "published_trajectory"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_report.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    places: Mapped[str] = mapped_column(Text, default="[]")
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)  # PUBLICATION_STATES
    drafted_by: Mapped[str] = mapped_column(String(64))
    drafted_at: Mapped[datetime] = mapped_column(DateTime)
    decided_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    decision_note: Mapped[str] = mapped_column(String(200), default="")


class ExposureDeclaration(Base):
    """主动申报: a resident says they were at a published place at that time; discovery turns it into
    a candidate (kind `declared`) of the case."""

    __tablename__ = "exposure_declaration"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    publication_id: Mapped[int] = mapped_column(ForeignKey("published_trajectory.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_report.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    place: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime)
    declared_by: Mapped[str] = mapped_column(String(64))
    declared_at: Mapped[datetime] = mapped_column(DateTime)


class Cluster(Base):
    """聚集性疫情: a named group of linked cases."""

    __tablename__ = "case_cluster"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class TransmissionLink(Base):
    """Infector -> infectee. Made when a confirmed contact becomes a case (reason "contact:<id>"), or by
    hand with a reason."""

    __tablename__ = "transmission_link"
    __table_args__ = (UniqueConstraint("infectee_case_id", name="uq_transmission_link_infectee"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    infector_case_id: Mapped[int] = mapped_column(ForeignKey("case_report.id"), index=True)
    infectee_case_id: Mapped[int] = mapped_column(ForeignKey("case_report.id"))
    reason: Mapped[str] = mapped_column(String(200))
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class AssistanceRow(Base):
    """One row of an assistance request (协查函) from another city: matched to a registered person, or
    waiting for review; nothing is dropped. A matched row the reviewer accepts becomes a case."""

    __tablename__ = "assistance_row"
    __table_args__ = (Index("ix_assistance_row_state", "state"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(String(200))
    row_number: Mapped[int] = mapped_column(Integer)
    id_number: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(String(200), default="")
    from_city: Mapped[str] = mapped_column(String(100), default="")
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True)
    state: Mapped[str] = mapped_column(String(16), default="review")  # review | matched | done | rejected
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_report.id"), nullable=True)
    imported_by: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(DateTime)
