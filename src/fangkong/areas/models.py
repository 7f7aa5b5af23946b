"""Notice tables. A notice is a fact: its changes and their places are kept as written, with the
registry place each was resolved to. Levels at a moment are derived from published notices (service)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fangkong.core.db import Base


class Notice(Base):
    __tablename__ = "notice"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    issuer: Mapped[str] = mapped_column(String(200), default="")
    number: Mapped[str] = mapped_column(String(64), default="")  # "2022年第198号"
    title: Mapped[str] = mapped_column(String(300), default="")
    published: Mapped[datetime | None] = mapped_column(DateTime)  # as the notice states it
    effective: Mapped[datetime] = mapped_column(DateTime, index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    # draft -> published; a draft can be withdrawn before publishing
    state: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    policy_key: Mapped[str] = mapped_column(String(64))  # the policy in force at ``effective``
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    published_by: Mapped[str | None] = mapped_column(String(64))
    published_at: Mapped[datetime | None] = mapped_column(DateTime)  # when it was published here


class NoticeChange(Base):
    __tablename__ = "notice_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notice.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))  # add | lift | upgrade | downgrade | set
    level_from: Mapped[str | None] = mapped_column(String(16))
    level_to: Mapped[str | None] = mapped_column(String(16))
    district: Mapped[str | None] = mapped_column(String(64))  # as written
    district_id: Mapped[int | None] = mapped_column(Integer)
    stated_count: Mapped[int | None] = mapped_column(Integer)


class NoticePlace(Base):
    """One place of a change, as written, and what the resolver (or a reviewer) matched it to."""

    __tablename__ = "notice_place"
    __table_args__ = (Index("ix_notice_place_notice_state", "notice_id", "state"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notice.id"))
    change_id: Mapped[int] = mapped_column(ForeignKey("notice_change.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(400))  # as written, exceptions included
    base_text: Mapped[str] = mapped_column(String(400))  # without the exception clause
    # matched (applies) | review (waits for a person) | block (free-form area, no registry place)
    state: Mapped[str] = mapped_column(String(16))
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"), index=True)
    place_level: Mapped[str | None] = mapped_column(String(16))
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id"))
    # exact | normalised | prefix | fuzzy | manual | created | block
    match_kind: Mapped[str | None] = mapped_column(String(16))
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    candidates: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{place_id, label, level, score}]
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)


class NoticeExclusion(Base):
    """A sub-place an exception clause takes out of its area ("(1号楼2单元除外)")."""

    __tablename__ = "notice_exclusion"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_place_id: Mapped[int] = mapped_column(ForeignKey("notice_place.id"), index=True)
    text: Mapped[str] = mapped_column(String(200))
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"))
    place_level: Mapped[str | None] = mapped_column(String(16))
