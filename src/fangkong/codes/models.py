"""Health-code tables: stored codes with reasons, overrides, declarations, scan log.

Codes are derived (codes/engine.py): `code_reason` holds every applying reason of every person who is
not plain green, `health_code` one summary row per such person; a person without rows is green as of
the latest full run in `code_run`. Storing only the non-green keeps a city-wide recompute proportional
to the persons with facts (tens of thousands), not to the population (millions).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, DateTime, Float, ForeignKey, Index, Integer, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from fangkong.core.db import Base

_BigId = BigInteger().with_variant(Integer(), "sqlite")


class CodeReason(Base):
    """One rule applying to one person: which fact (kind and reference), since when, until when (the
    fact's own end; a rule's `days` are added when read). No foreign keys: rewritten in bulk."""

    __tablename__ = "code_reason"

    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    person_id: Mapped[int] = mapped_column(Integer, index=True)
    rule: Mapped[str] = mapped_column(String(48))
    fact_kind: Mapped[str] = mapped_column(String(32))
    sub: Mapped[str] = mapped_column(String(16))  # the fact's sub-kind (close, high, red ...)
    fact_ref: Mapped[str] = mapped_column(String(64))  # e.g. "notice:12", "case:3", "override:7"
    since: Mapped[datetime] = mapped_column(DateTime)
    until: Mapped[datetime | None] = mapped_column(DateTime)
    severity: Mapped[int] = mapped_column(SmallInteger)  # 0 green, 1 yellow, 2 red
    popup: Mapped[bool] = mapped_column(Boolean)
    sets_colour: Mapped[bool] = mapped_column(Boolean)  # an approved override: its colour is the code's
    note_zh: Mapped[str] = mapped_column(String(300))
    note_en: Mapped[str] = mapped_column(String(300))


class HealthCode(Base):
    """The colour of every person with at least one reason, as of `computed_at`."""

    __tablename__ = "health_code"

    person_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    severity: Mapped[int] = mapped_column(SmallInteger, index=True)
    popup: Mapped[bool] = mapped_column(Boolean)
    reasons: Mapped[int] = mapped_column(Integer)
    since: Mapped[datetime] = mapped_column(DateTime)
    computed_at: Mapped[datetime] = mapped_column(DateTime)


class CodeSubject(Base):
    """Pseudonym (tokens.subject_of) -> person, written when a person's code is first shown, so a
    verified token leads back to its person without hashing the whole population."""

    __tablename__ = "code_subject"

    subject: Mapped[str] = mapped_column(String(32), primary_key=True)
    person_id: Mapped[int] = mapped_column(Integer, unique=True)


class CodeRun(Base):
    """One recompute: the watermark (`as_of`) a stored code is valid from, and its figures."""

    __tablename__ = "code_run"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    as_of: Mapped[datetime] = mapped_column(DateTime, index=True)
    scope: Mapped[str] = mapped_column(String(8))  # all | some
    policy_key: Mapped[str] = mapped_column(String(64))
    persons: Mapped[int] = mapped_column(Integer)  # persons asked for (all: the non-green written)
    non_green: Mapped[int] = mapped_column(Integer)
    seconds: Mapped[float] = mapped_column(Float)
    started_at: Mapped[datetime] = mapped_column(DateTime)


class CodeOverride(Base):
    """A manual colour (人工赋码) is a fact: requester, reason, expiry, and a second person's approval."""

    __tablename__ = "code_override"
    __table_args__ = (Index("ix_code_override_person_state", "person_id", "state"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    colour: Mapped[str] = mapped_column(String(8))  # green | yellow | red
    reason: Mapped[str] = mapped_column(String(500))
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    # pending -> approved | refused; approved -> revoked (superseded or withdrawn)
    state: Mapped[str] = mapped_column(String(16), index=True)
    requested_by: Mapped[str] = mapped_column(String(64))
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    decision_note: Mapped[str] = mapped_column(String(500), default="")


class Declaration(Base):
    """主动申报: a resident's arrival from another city; feeds the landing-test rule."""

    __tablename__ = "code_declaration"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    from_city: Mapped[str] = mapped_column(String(100))
    from_risk_area: Mapped[bool] = mapped_column(Boolean)
    arrival_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    note: Mapped[str] = mapped_column(String(300), default="")
    declared_by: Mapped[str] = mapped_column(String(64))
    declared_at: Mapped[datetime] = mapped_column(DateTime)
    # The level of the policy in force the person was in (None: no risk area); from_risk_area follows it.
    risk_level: Mapped[str | None] = mapped_column(String(16))
    # History (migration 0019): a correction is a new row naming the one it replaces, which gets
    # superseded_at; a withdrawal sets withdrawn_at. Neither row is ever deleted.
    replaces_id: Mapped[int | None] = mapped_column(Integer)
    superseded_at: Mapped[datetime | None] = mapped_column(DateTime)
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime)
    withdrawn_by: Mapped[str | None] = mapped_column(String(64))

# ---- scan log (migration 0006) — owned by the sentinel (codes/fastpath.py, codes/api.py, codes/scanlog.py)

_SCAN_LOG = "scan"  # this block is appended to the rules' tables; its imports stay with it

from datetime import datetime as _dt  # noqa: E402

import sqlalchemy as _sa  # noqa: E402
from sqlalchemy.orm import Mapped as _Mapped  # noqa: E402
from sqlalchemy.orm import mapped_column as _column  # noqa: E402

_ScanId = _sa.BigInteger().with_variant(_sa.Integer(), "sqlite")  # SQLite's rowid alias must be INTEGER


class Scan(Base):
    """One check at a venue or checkpoint (数字哨兵). Written in batches by the group-commit writer;
    no foreign keys, so a batch insert checks no other table (venue and account ids come from a
    signed device credential, the person from a verified token or an audited lookup).
    Deleted after FANGKONG_SCAN_RETENTION_DAYS by `fangkong codes purge-scans`.

    One secondary index only, on the time: new rows append at its end. An index on the subject or
    the venue takes a random page per row and cost 3x the insert CPU at peak (docs/decisions/0004);
    questions like "where was this person" or "who was at this venue" name a time window, and read
    that window through the time index."""

    __tablename__ = "scan"

    id: _Mapped[int] = _column(_ScanId, primary_key=True, autoincrement=True)
    venue_id: _Mapped[int] = _column(_sa.Integer)
    checked_at: _Mapped[_dt] = _column(_sa.DateTime, index=True)  # city-local; the device's time offline
    received_at: _Mapped[_dt] = _column(_sa.DateTime)
    subject: _Mapped[str | None] = _column(_sa.String(32))  # the token's pseudonym (QR checks)
    person_id: _Mapped[int | None] = _column(_sa.Integer)  # typed numbers / detailed checks
    colour: _Mapped[str] = _column(_sa.String(8))  # green | yellow | red | popup | unknown
    result: _Mapped[str] = _column(_sa.String(8))  # pass | deny
    method: _Mapped[str] = _column(_sa.String(8))  # qr | id | offline
    account_id: _Mapped[int | None] = _column(_sa.Integer)  # the staff member (device credential)


class VenueRule(Base):
    """A venue's entry rule beyond the colour: a negative test within `max_test_age_h` hours
    (NULL: no test needed). Venues without a row use FANGKONG_SENTINEL_MAX_TEST_AGE_H."""

    __tablename__ = "sentinel_venue_rule"

    venue_id: _Mapped[int] = _column(_sa.Integer, primary_key=True)
    max_test_age_h: _Mapped[int | None] = _column(_sa.Integer)
    updated_at: _Mapped[_dt] = _column(_sa.DateTime)
    updated_by: _Mapped[str] = _column(_sa.String(64))


class ScanVisit(Base):
    """The scan log again, by person and by venue, for contact tracing (codes/scantrace.py): one row per
    scan whose person is known (typed number, or a token's pseudonym through `code_subject`). Filled in
    set-based catch-ups from the scan log (rows after the last one copied), never by the check path, so
    the venue checks keep their single time index (decision 0004) while tracing reads a person's scans
    and a venue's visitors through indexes. Deleted with the scans by retention."""

    __tablename__ = "scan_visit"
    __table_args__ = (_sa.Index("ix_scan_visit_person_at", "person_id", "checked_at"),
                      _sa.Index("ix_scan_visit_venue_at", "venue_id", "checked_at"))

    scan_id: _Mapped[int] = _column(_ScanId, primary_key=True, autoincrement=False)
    person_id: _Mapped[int] = _column(_sa.Integer)
    venue_id: _Mapped[int] = _column(_sa.Integer)
    checked_at: _Mapped[_dt] = _column(_sa.DateTime)


class CodeSighting(Base):
    """A health-code token seen at a venue, shared by every server process (codes/replay.py): its signature's
    first 22 characters, the venue it was first shown at, how many times it was shown, and when it expires
    (Unix seconds; rows past it are pruned). Written by the scan writer's batch in the same commit as the
    scans, with one upsert per batch."""

    __tablename__ = "code_sighting"

    signature: _Mapped[str] = _column(_sa.String(24), primary_key=True)
    venue_id: _Mapped[int] = _column(_sa.Integer)
    seen: _Mapped[int] = _column(_sa.Integer)
    expires_epoch: _Mapped[int] = _column(_sa.BigInteger, index=True)
