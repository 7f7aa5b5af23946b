"""Health-code tables: stored codes with reasons, overrides, declarations, scan log."""

from __future__ import annotations

from fangkong.core.db import Base  # noqa: F401

# ---- scan log (migration 0006) — owned by the sentinel (codes/sentinel.py, codes/scanlog.py)

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
    Deleted after FANGKONG_SCAN_RETENTION_DAYS by `fangkong codes purge-scans`."""

    __tablename__ = "scan"
    __table_args__ = (_sa.Index("ix_scan_venue_checked", "venue_id", "checked_at"),)

    id: _Mapped[int] = _column(_ScanId, primary_key=True, autoincrement=True)
    venue_id: _Mapped[int] = _column(_sa.Integer)
    checked_at: _Mapped[_dt] = _column(_sa.DateTime, index=True)  # city-local; the device's time offline
    received_at: _Mapped[_dt] = _column(_sa.DateTime)
    subject: _Mapped[str | None] = _column(_sa.String(32), index=True)  # the token's pseudonym (QR checks)
    person_id: _Mapped[int | None] = _column(_sa.Integer, index=True)  # typed numbers / detailed checks
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
