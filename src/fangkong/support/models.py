"""Support tables: vulnerable residents and their daily checks, help requests with their escalations,
emergency access plans (生命通道) and their uses, the compounds' teams, group orders (接龙) and gate duty.

Rows that lists filter by place carry the ancestor ids of the person or compound they concern (copied
from the registry when written), so a grid's or a district's list is one indexed query."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from fangkong.core.db import Base

CATEGORIES = ("low_income", "empty_nest", "living_alone", "disabled", "disabled_elderly", "pregnant",
              "regular_treatment", "infant", "no_smartphone")
KINDS = ("medicine", "food", "meals", "garbage", "repairs", "counselling", "regular_treatment",
         "medical_emergency", "other")
CHANNELS = ("self", "hotline", "grid", "staff")
# open -> accepted -> in_progress -> delivered -> confirmed. An emergency is `accepted` by its transfer.
STATES = ("open", "accepted", "in_progress", "delivered", "confirmed")
CLOSED_STATES = ("delivered", "confirmed")
LEVELS = ("community", "street", "district")  # escalation levels, in order
CHECK_OUTCOMES = ("well", "needs_help", "no_answer")
CHECK_METHODS = ("knock", "call")
TEAM_KINDS = ("property", "volunteer")


class _Where:
    """The place a row concerns, as ancestor ids (for scope and per-place lists)."""

    district_id: Mapped[int | None] = mapped_column(Integer)
    street_id: Mapped[int | None] = mapped_column(Integer)
    community_id: Mapped[int | None] = mapped_column(Integer)
    grid_id: Mapped[int | None] = mapped_column(Integer)
    compound_id: Mapped[int | None] = mapped_column(Integer)
    building_id: Mapped[int | None] = mapped_column(Integer)
    unit_id: Mapped[int | None] = mapped_column(Integer)


class VulnerableCategory(_Where, Base):
    """One category of one person (低保, 空巢, 独居, ...), kept by grid workers."""

    __tablename__ = "vulnerable_category"
    __table_args__ = (UniqueConstraint("person_id", "category", name="uq_vulnerable_category_person_category"),
                      Index("ix_vulnerable_category_grid", "grid_id", "category"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    category: Mapped[str] = mapped_column(String(24))  # CATEGORIES
    next_session_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # dialysis, chemotherapy
    note: Mapped[str] = mapped_column(String(200), default="")
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class DailyCheck(Base):
    """A day's knock or call on a resident living alone in a sealed area (敲门行动), with its outcome."""

    __tablename__ = "welfare_check"
    __table_args__ = (UniqueConstraint("person_id", "day", name="uq_welfare_check_person_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    day: Mapped[date] = mapped_column(Date, index=True)
    method: Mapped[str] = mapped_column(String(8))  # CHECK_METHODS
    outcome: Mapped[str] = mapped_column(String(16))  # CHECK_OUTCOMES
    note: Mapped[str] = mapped_column(String(200), default="")
    checked_by: Mapped[str] = mapped_column(String(64))
    checked_at: Mapped[datetime] = mapped_column(DateTime)


class SupportTeam(Base):
    """A compound's property company (物业) or, where it has none, its resident volunteer team (红色管家)."""

    __tablename__ = "support_team"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    compound_id: Mapped[int] = mapped_column(ForeignKey("place.id"), unique=True)
    community_id: Mapped[int | None] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(16))  # TEAM_KINDS
    name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str] = mapped_column(String(20), default="")


class HelpRequest(_Where, Base):
    """A resident's request for help. `due_at` is the next deadline the request can miss (acknowledge,
    then fulfil; NULL once delivered): escalation is one indexed comparison with the clock."""

    __tablename__ = "help_request"
    __table_args__ = (CheckConstraint("state NOT IN ('delivered', 'confirmed') OR fulfilment_note <> ''",
                                      name="closed_with_note"),
                      # the escalation sweep: only requests below a level whose deadline has passed
                      Index("ix_help_request_escalation_due", "escalation", "due_at"),
                      # a district's lists, and the overview index only (per district: state, deadline, level, kind)
                      Index("ix_help_request_district_overview", "district_id", "state", "due_at", "escalation",
                            "kind"),
                      # the city-wide list, most urgent first, without sorting every open request
                      Index("ix_help_request_priority_due", "priority", "due_at"),
                      Index("ix_help_request_kind_state", "kind", "state"),
                      Index("ix_help_request_community_state", "community_id", "state"),
                      Index("ix_help_request_grid_state", "grid_id", "state"),
                      Index("ix_help_request_compound_state", "compound_id", "state"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))  # KINDS
    priority: Mapped[int] = mapped_column(Integer)  # 1 most urgent .. 3
    channel: Mapped[str] = mapped_column(String(8))  # CHANNELS
    text: Mapped[str] = mapped_column(String(500), default="")
    sealed: Mapped[bool] = mapped_column(Boolean, default=False)  # the home was in a sealed area when filed
    team_id: Mapped[int | None] = mapped_column(ForeignKey("support_team.id"), nullable=True)
    state: Mapped[str] = mapped_column(String(16), default="open")  # STATES
    escalation: Mapped[int] = mapped_column(Integer, default=0)  # 0 none, 1 community, 2 street, 3 district
    filed_by: Mapped[str] = mapped_column(String(64))
    filed_at: Mapped[datetime] = mapped_column(DateTime)
    ack_due: Mapped[datetime] = mapped_column(DateTime)
    fulfil_due: Mapped[datetime] = mapped_column(DateTime)
    due_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    accepted_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    accepted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    started_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    delivered_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    fulfilment_note: Mapped[str] = mapped_column(String(500), default="")
    confirmed_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    hospital: Mapped[str] = mapped_column(String(200), default="")  # the receiving hospital (emergencies)
    transfer_request_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # isolation's, by id


class HelpEscalation(Base):
    """A request raised to a level (community, street, district), who was notified and why."""

    __tablename__ = "help_escalation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("help_request.id"), index=True)
    level: Mapped[int] = mapped_column(Integer)  # 1 community, 2 street, 3 district
    place_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the community / street / district
    reason: Mapped[str] = mapped_column(String(24))  # overdue_ack | overdue_fulfil | emergency | refused
    note: Mapped[str] = mapped_column(String(300), default="")
    at: Mapped[datetime] = mapped_column(DateTime, index=True)


class AccessPlan(Base):
    """A compound's emergency access plan (生命通道): from the gate and fire lanes to every unit door."""

    __tablename__ = "access_plan"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    compound_id: Mapped[int] = mapped_column(ForeignKey("place.id"), unique=True)
    district_id: Mapped[int | None] = mapped_column(Integer, index=True)
    street_id: Mapped[int | None] = mapped_column(Integer)
    community_id: Mapped[int | None] = mapped_column(Integer, index=True)
    route: Mapped[str] = mapped_column(String(1000))
    on_duty_name: Mapped[str] = mapped_column(String(64))
    on_duty_phone: Mapped[str] = mapped_column(String(20))
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class AccessUse(Base):
    """A record that a compound's emergency access route was used (a medical emergency)."""

    __tablename__ = "access_use"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    compound_id: Mapped[int | None] = mapped_column(Integer, index=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("access_plan.id"), nullable=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("help_request.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(64))


class SupportTask(_Where, Base):
    """A task for a community: a missed daily check, a sealed compound without an access plan."""

    __tablename__ = "support_task"
    __table_args__ = (UniqueConstraint("kind", "subject_id", "day", name="uq_support_task_kind_subject_day"),
                      Index("ix_support_task_community_done", "community_id", "done_at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))  # missed_check | access_plan
    subject_id: Mapped[int] = mapped_column(Integer)  # the person (missed_check) or the compound (access_plan)
    day: Mapped[date] = mapped_column(Date)
    notice_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the notice that sealed it
    created_at: Mapped[datetime] = mapped_column(DateTime)
    done_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class GroupOrder(Base):
    """A building's group order (接龙): households add items until it closes; goods come to a drop point."""

    __tablename__ = "group_order"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("place.id"), index=True)
    compound_id: Mapped[int | None] = mapped_column(Integer, index=True)
    community_id: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(100))
    supplier: Mapped[str] = mapped_column(String(100), default="")
    drop_point: Mapped[str] = mapped_column(String(100), default="")
    closes_at: Mapped[datetime] = mapped_column(DateTime)
    arrived_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class GroupOrderLine(Base):
    """A household's line in a group order, delivered by unit and confirmed by the household."""

    __tablename__ = "group_order_line"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("group_order.id"), index=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"))
    unit_id: Mapped[int | None] = mapped_column(Integer)
    door: Mapped[str] = mapped_column(String(32), default="")
    item: Mapped[str] = mapped_column(String(100))
    quantity: Mapped[int] = mapped_column(Integer)
    added_by: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(DateTime)
    delivered_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    received_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class GateShift(Base):
    """A resident volunteer's turn at a compound gate (轮流值守). Missed: ended without a check-in."""

    __tablename__ = "gate_shift"
    __table_args__ = (Index("ix_gate_shift_compound_start", "compound_id", "starts_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    compound_id: Mapped[int] = mapped_column(ForeignKey("place.id"))
    gate: Mapped[str] = mapped_column(String(64))
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    volunteer: Mapped[str] = mapped_column(String(64))
    phone: Mapped[str] = mapped_column(String(20), default="")
    checked_in_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    swapped_with: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the other shift of a swap
    updated_by: Mapped[str] = mapped_column(String(64))
