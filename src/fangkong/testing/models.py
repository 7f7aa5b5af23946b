"""Testing tables: sites, rounds, schedules, tubes, samples, batches, labs, results, recalls, coverage notes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from fangkong.core.db import Base

# ---- coverage (migration 0007) ------------------------------------------------------------
# Written only by fangkong.testing.coverage: what grid workers record going door to door.
COVERAGE_KINDS = ("door_note", "home_sampling", "exemption")


class CoverageNote(Base):
    """One household visit in a round: a door note (门上纸条, "3 people, all sampled"), a request
    for home sampling (上门采样) or an exemption with a reason. Append-only; a withdrawn note
    keeps its row with `withdrawn_at` set."""

    __tablename__ = "coverage_note"
    __table_args__ = (
        Index("ix_coverage_note_round_household", "round_id", "household_id"),
        Index("ix_coverage_note_round_grid", "round_id", "grid_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(Integer)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"))
    kind: Mapped[str] = mapped_column(String(16))  # one of COVERAGE_KINDS
    reason: Mapped[str] = mapped_column(String(32), default="")  # away, hospitalised, housebound, ...
    note: Mapped[str] = mapped_column(String(200), default="")
    persons_on_note: Mapped[int | None] = mapped_column(Integer)  # door note: "全家3个人已完成核酸采样" -> 3
    members: Mapped[int] = mapped_column(Integer)  # round members of the household when recorded
    sampled: Mapped[int] = mapped_column(Integer)  # of them, sampled when recorded
    # The household's place, copied so scope checks and grouped counts need no join.
    district_id: Mapped[int | None] = mapped_column(Integer)
    street_id: Mapped[int | None] = mapped_column(Integer)
    community_id: Mapped[int | None] = mapped_column(Integer)
    grid_id: Mapped[int | None] = mapped_column(Integer)
    compound_id: Mapped[int | None] = mapped_column(Integer)
    building_id: Mapped[int | None] = mapped_column(Integer)
    unit_id: Mapped[int | None] = mapped_column(Integer)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    account_id: Mapped[int | None] = mapped_column(Integer)
    recorded_by: Mapped[str] = mapped_column(String(64))
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime)
    withdrawn_by: Mapped[str | None] = mapped_column(String(64))


class CoverageNotePerson(Base):
    """The persons a home-sampling request or an exemption is for."""

    __tablename__ = "coverage_note_person"

    note_id: Mapped[int] = mapped_column(ForeignKey("coverage_note.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True, index=True)
