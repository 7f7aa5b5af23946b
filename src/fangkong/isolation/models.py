"""Isolation tables: quarantine stays and home monitoring."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from fangkong.core.db import Base

STAY_KINDS = ("centralised", "home_quarantine", "home_monitoring")


class QuarantineStay(Base):
    """集中隔离 / 居家隔离 / 居家健康监测 of one person, from `start_at` until `end_at` (planned or actual;
    NULL while open-ended). Sites, rooms and transfers come with the isolation issue."""

    __tablename__ = "quarantine_stay"
    __table_args__ = (Index("ix_quarantine_stay_person_start", "person_id", "start_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    kind: Mapped[str] = mapped_column(String(16))  # centralised | home_quarantine | home_monitoring
    start_at: Mapped[datetime] = mapped_column(DateTime)
    end_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    site: Mapped[str] = mapped_column(String(200), default="")  # hotel name, or "home"
    reason: Mapped[str] = mapped_column(String(200), default="")  # e.g. "close contact of case 12"
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


REQUEST_REASONS = ("close_contact", "secondary_contact", "arrival", "case", "other")
REQUEST_STATES = ("waiting", "placed", "cancelled")


class QuarantineRequest(Base):
    """A person to be put under quarantine or monitoring, asked for by another domain (tracing confirms a
    close contact; an arrival at a checkpoint) and consumed by the isolation staff, who place the person
    (a stay) or cancel the request with a reason. Case and contact ids are tracing's: ids only, no key."""

    __tablename__ = "quarantine_request"
    __table_args__ = (Index("ix_quarantine_request_state_at", "state", "requested_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    reason: Mapped[str] = mapped_column(String(24))  # REQUEST_REASONS
    case_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    contact_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    exposure_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)  # days count from here
    note: Mapped[str] = mapped_column(String(300), default="")
    state: Mapped[str] = mapped_column(String(16), default="waiting")  # REQUEST_STATES
    requested_by: Mapped[str] = mapped_column(String(64))
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    handled_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    handled_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    stay_id: Mapped[int | None] = mapped_column(ForeignKey("quarantine_stay.id"), nullable=True)


TRANSFER_PURPOSES = ("quarantine", "hospital", "emergency")
TRANSFER_ORIGINS = ("home", "station", "airport", "checkpoint", "hospital", "site", "other")
TRANSFER_REQUEST_STATES = ("waiting", "dispatched", "done", "cancelled")


class TransferRequest(Base):
    """A closed-loop, point-to-point transfer (点对点转运) asked for by another domain — a medical emergency
    from a sealed place (support), a contact to a quarantine site — and consumed by the transfer staff,
    who dispatch it as (part of) a transfer batch. `source_ref` names what asked ("help_request:12")."""

    __tablename__ = "transfer_request"
    __table_args__ = (Index("ix_transfer_request_state_at", "state", "requested_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(16))  # TRANSFER_PURPOSES
    urgent: Mapped[bool] = mapped_column(default=False)
    origin_kind: Mapped[str] = mapped_column(String(16))  # TRANSFER_ORIGINS
    origin_text: Mapped[str] = mapped_column(String(200), default="")
    destination_text: Mapped[str] = mapped_column(String(200), default="")  # a hospital, a site; "" = to decide
    source_ref: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(String(300), default="")
    state: Mapped[str] = mapped_column(String(16), default="waiting")  # TRANSFER_REQUEST_STATES
    requested_by: Mapped[str] = mapped_column(String(64))
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    handled_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    handled_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
