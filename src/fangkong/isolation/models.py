"""Isolation tables: sites and rooms, quarantine stays with their tests and daily checks, home quarantine
tasks, point-to-point transfers and checkpoint arrivals; the requests other domains leave for isolation."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from fangkong.core.db import Base

# "treatment": a case in a fangcang or a designated hospital (the infection gives its code, not the stay).
STAY_KINDS = ("centralised", "home_quarantine", "home_monitoring", "treatment")
HOME_KINDS = ("home_quarantine", "home_monitoring")
STAY_STATES = ("active", "released", "handed_over", "case", "cancelled")

SITE_KINDS = ("hotel", "fangcang", "hospital")
SITE_STATES = ("reserve", "requisitioned", "in_use", "vacating", "returned")
READINESS_ITEMS = ("beds", "staff", "supplies", "medical_waste", "power_water")
ROOM_STATES = ("free", "occupied", "disinfection", "out_of_service")


class QuarantineSite(Base):
    """集中隔离点 (mostly hotels), 方舱医院 or 定点医院: where it is, who runs it, its state in the
    reserve → requisitioned → in use → vacating → returned life (each step in `site_event`)."""

    __tablename__ = "quarantine_site"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # SITE_KINDS
    district_id: Mapped[int | None] = mapped_column(Integer, index=True)  # registry place ids (no key)
    street_id: Mapped[int | None] = mapped_column(Integer)
    address: Mapped[str] = mapped_column(String(300), default="")
    operator: Mapped[str] = mapped_column(String(200), default="")
    staff_team: Mapped[str] = mapped_column(String(300), default="")  # 医护专班
    # The registry venue its quarantine staff accounts answer for (Account.venue_id): whose guests they may read
    # (isolation.stays.site_guests, docs/security.md "Role scopes"). No key: a registry id, like district_id.
    venue_id: Mapped[int | None] = mapped_column(Integer, index=True)
    state: Mapped[str] = mapped_column(String(16), default="reserve")  # SITE_STATES
    state_at: Mapped[datetime] = mapped_column(DateTime)
    requisitioned_at: Mapped[datetime | None] = mapped_column(DateTime)
    first_arrival_at: Mapped[datetime | None] = mapped_column(DateTime)
    readiness: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # item -> {"by", "at"}
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class SiteEvent(Base):
    """One step of a site's life, dated and by whom."""

    __tablename__ = "site_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("quarantine_site.id"), index=True)
    from_state: Mapped[str] = mapped_column(String(16), default="")
    to_state: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(String(300), default="")


class Room(Base):
    """A room of a site: 1–3 beds, accessible (无障碍) or not, a family room or not, its floor and state."""

    __tablename__ = "room"
    __table_args__ = (UniqueConstraint("site_id", "number", name="uq_room_site_number"),
                      Index("ix_room_site_state", "site_id", "state"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("quarantine_site.id"))
    number: Mapped[str] = mapped_column(String(16))
    floor: Mapped[int] = mapped_column(Integer)
    beds: Mapped[int] = mapped_column(Integer, default=1)
    accessible: Mapped[bool] = mapped_column(Boolean, default=False)
    family: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(16), default="free")  # ROOM_STATES
    state_at: Mapped[datetime] = mapped_column(DateTime)


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
    # Under the policy in force at the start: which group and phase, its days and test days.
    policy_key: Mapped[str] = mapped_column(String(32), default="", server_default="")
    group: Mapped[str] = mapped_column(String(24), default="", server_default="")  # close_contact, arrival_high..
    phase: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    planned_days: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    test_days: Mapped[str] = mapped_column(String(64), default="", server_default="")  # "1,2,3,5,7"
    day_zero: Mapped[date | None] = mapped_column(Date)  # day 1 is the day after
    planned_end_at: Mapped[datetime | None] = mapped_column(DateTime)
    state: Mapped[str] = mapped_column(String(16), default="active", server_default="active")  # STAY_STATES
    site_id: Mapped[int | None] = mapped_column(ForeignKey("quarantine_site.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    previous_stay_id: Mapped[int | None] = mapped_column(Integer)  # the phase this one follows
    mood_check: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    door_sensor: Mapped[str | None] = mapped_column(String(32), index=True)  # 门磁 of a home stay
    released_by: Mapped[str | None] = mapped_column(String(64))


class StayTest(Base):
    """A nucleic-acid test on a day of a stay (taken by the site's staff or home sampling)."""

    __tablename__ = "stay_test"
    __table_args__ = (UniqueConstraint("stay_id", "day", name="uq_stay_test_stay_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("quarantine_stay.id"))
    day: Mapped[int] = mapped_column(Integer)
    sampled_at: Mapped[datetime] = mapped_column(DateTime)
    result: Mapped[str] = mapped_column(String(12))  # negative | positive
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class DailyCheck(Base):
    """A day's check: temperature, symptoms, and (students, anyone who asks) a mood self-check."""

    __tablename__ = "daily_check"
    __table_args__ = (Index("ix_daily_check_stay_day", "stay_id", "day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("quarantine_stay.id"))
    day: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime)
    temperature: Mapped[float | None] = mapped_column(Float)
    symptoms: Mapped[str] = mapped_column(String(200), default="")
    mood_score: Mapped[int | None] = mapped_column(Integer)
    escalated: Mapped[str] = mapped_column(String(64), default="")  # "fever,mood" when tasks were opened
    by: Mapped[str] = mapped_column(String(64))


TASK_KINDS = ("door_opened", "sensor_offline", "fever", "symptoms", "mood")


class IsolationTask(Base):
    """Something a person must attend to: a door sensor event for the grid worker, a fever for the
    site's doctor, a bad mood score for the psychologist. Handled with a time and by whom."""

    __tablename__ = "isolation_task"
    __table_args__ = (Index("ix_isolation_task_open", "handled_at", "grid_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # TASK_KINDS
    stay_id: Mapped[int] = mapped_column(ForeignKey("quarantine_stay.id"), index=True)
    person_id: Mapped[int] = mapped_column(Integer)
    grid_id: Mapped[int | None] = mapped_column(Integer)
    site_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    handled_at: Mapped[datetime | None] = mapped_column(DateTime)
    handled_by: Mapped[str | None] = mapped_column(String(64))
    handled_note: Mapped[str] = mapped_column(String(200), default="")


BATCH_STATES = ("planned", "dispatched", "picked_up", "arrived", "cancelled")


class TransferBatch(Base):
    """A closed-loop point-to-point transfer (点对点转运): from an origin to one destination site, with
    the vehicle, driver and escort, and its times. Arrival is accepted only at `site_id`."""

    __tablename__ = "transfer_batch"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    origin_kind: Mapped[str] = mapped_column(String(16))  # TRANSFER_ORIGINS
    origin_text: Mapped[str] = mapped_column(String(200), default="")
    site_id: Mapped[int] = mapped_column(ForeignKey("quarantine_site.id"), index=True)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    vehicle: Mapped[str] = mapped_column(String(32), default="")
    driver: Mapped[str] = mapped_column(String(64), default="")
    escort: Mapped[str] = mapped_column(String(64), default="")
    state: Mapped[str] = mapped_column(String(16), default="planned")  # BATCH_STATES
    dispatched_at: Mapped[datetime | None] = mapped_column(DateTime)
    picked_up_at: Mapped[datetime | None] = mapped_column(DateTime)
    arrived_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class TransferMember(Base):
    """A person in a batch, with the requests the batch answers and, after allocation, the stay."""

    __tablename__ = "transfer_member"
    __table_args__ = (UniqueConstraint("batch_id", "person_id", name="uq_transfer_member_batch_person"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("transfer_batch.id"), index=True)
    person_id: Mapped[int] = mapped_column(Integer, index=True)
    group: Mapped[str] = mapped_column(String(24), default="close_contact")  # the policy group on arrival
    transfer_request_id: Mapped[int | None] = mapped_column(ForeignKey("transfer_request.id"))
    quarantine_request_id: Mapped[int | None] = mapped_column(ForeignKey("quarantine_request.id"))
    stay_id: Mapped[int | None] = mapped_column(ForeignKey("quarantine_stay.id"))


class CheckpointArrival(Base):
    """An arrival registered at a checkpoint (第一落点) with where it came from and what the policy in
    force made of it (centralised or home quarantine, or a landing test)."""

    __tablename__ = "checkpoint_arrival"
    __table_args__ = (Index("ix_checkpoint_arrival_at", "arrived_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(Integer, index=True)
    checkpoint: Mapped[str] = mapped_column(String(200))
    origin_text: Mapped[str] = mapped_column(String(200), default="")
    origin_level: Mapped[str] = mapped_column(String(16), default="")  # the origin's risk level, "" = none
    arrived_at: Mapped[datetime] = mapped_column(DateTime)
    follow_up: Mapped[str] = mapped_column(String(24))  # a policy group (arrival_high ...) or "landing_test"
    policy_key: Mapped[str] = mapped_column(String(32))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("quarantine_request.id"))
    recorded_by: Mapped[str] = mapped_column(String(64))


REQUEST_REASONS = ("close_contact", "secondary_contact", "arrival", "case", "other")
# the policy group a request of each reason is placed under ([isolation.groups] of the policy files)
REQUEST_GROUPS = {"close_contact": "close_contact", "secondary_contact": "secondary_contact",
                  "arrival": "arrival_high", "case": "case", "other": "close_contact"}
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
