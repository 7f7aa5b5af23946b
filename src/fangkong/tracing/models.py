"""Case reports: the infections other domains count (area lifting, codes). Investigation and contact
discovery come with the tracing issue; the table is here so lifting rules can read real facts now."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from fangkong.core.db import Base

CASE_KINDS = ("confirmed", "asymptomatic")
CONTACT_KINDS = ("close", "secondary")


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
