"""Small pieces every part of the testing service uses: the policy's targets and pool sizes,
barcodes, generated codes, fresh planner statistics after bulk writes."""

from __future__ import annotations

import re
import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from fangkong import policies
from fangkong.core import clock
from fangkong.core.errors import InvalidInput

POOL_SIZES: tuple[int, ...] = (1, 5, 10, 20)  # single tube, 5-in-1, 10-in-1, 20-in-1
KEY_GROUP_TARGET_HOURS = 6  # seed 004: key groups get results within 6 hours
DEFAULT_TARGET_HOURS = 24
OVERDUE_ROUND_DAYS = 7  # a missed round makes a person overdue for at most this many days after it
_BARCODE_RE = re.compile(r"[0-9A-Z][0-9A-Z\-_]{2,39}")
DENIED = ("不在您的管辖范围内", "Outside your jurisdiction")


def testing_policy(now: datetime) -> dict[str, Any]:
    """The `[testing]` table of the policy in force (turnaround targets, pool sizes), with defaults."""
    found = policies.in_force(now).extra.get("testing", {})
    return {
        "key_group_hours": int(found.get("key_group_hours", KEY_GROUP_TARGET_HOURS)),
        "default_hours": int(found.get("default_hours", DEFAULT_TARGET_HOURS)),
        "overdue_round_days": int(found.get("overdue_round_days", OVERDUE_ROUND_DAYS)),
        "pool_sizes": tuple(int(k) for k in found.get("pool_sizes", POOL_SIZES)),
    }


def new_code(prefix: str) -> str:
    return f"{prefix}{clock.now():%Y%m%d}-{secrets.token_hex(3).upper()}"


def normalize_barcode(text: str) -> str:
    barcode = (text or "").strip().upper()
    if not _BARCODE_RE.fullmatch(barcode):
        raise InvalidInput(f"条码「{text}」格式不对(3-40位字母、数字或 -)",
                           f"barcode '{text}' is malformed (3-40 letters, digits or -)")
    return barcode


def analyze(db: Session, *tables: str) -> None:
    """Fresh planner statistics after a bulk write on PostgreSQL (autovacuum comes too late for the
    next statements of the same transaction); SQLite plans well from its indexes alone."""
    if db.get_bind().dialect.name == "postgresql":
        for table in tables:
            db.execute(text(f"ANALYZE {table}"))
