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
