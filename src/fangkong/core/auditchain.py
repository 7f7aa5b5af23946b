"""Tamper evidence for the audit log, on both databases (docs/security.md, "Audit").

- Every entry carries a MAC: HMAC-SHA256 of its fields under a key derived from the platform secret. Whoever
  can write the table but does not hold the secret cannot forge an entry or change one unnoticed.
- `seal` appends a checkpoint: the SHA-256 chain over the MACs of every entry since the last seal, in id
  order, with the count. An entry deleted (or slipped in) below a seal breaks the chain. Seal often (the
  server's operator runs `fangkong audit seal` every minute); entries younger than SEAL_MARGIN are left for
  the next seal, so a transaction still open when the seal is taken is not mistaken for an insertion.
- `verify` recomputes both and names every entry or range that does not match (`fangkong audit verify`).
Entries written before this existed (mac NULL) are reported as unprotected, not as tampered.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from fangkong.core import clock
from fangkong.core.config import get_settings
from fangkong.core.models import AuditEntry, AuditSeal

SEAL_MARGIN = timedelta(seconds=60)
GENESIS = "0" * 64
_FIELDS = ("at", "account_id", "username", "role", "action", "subject_type", "subject_id", "detail", "reason")


@lru_cache(maxsize=4)
def _key(secret: str) -> bytes:
    return hmac.new(secret.encode(), b"fangkong/audit-log/v1", hashlib.sha256).digest()


def _canonical(values: dict[str, Any]) -> bytes:
    parts = []
    for name in _FIELDS:
        value = values.get(name)
        if isinstance(value, datetime):
            value = value.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
        parts.append("" if value is None else str(value))
    return "\x1f".join(parts).encode()


def mac_of(values: dict[str, Any], secret: str | None = None) -> str:
    return hmac.new(_key(secret or get_settings().secret_key), _canonical(values), hashlib.sha256).hexdigest()


def _verifying_secrets() -> tuple[str, ...]:
    """The current secret, then those rotated out (previous, retired): an entry MAC-ed before a rotation still
    verifies (docs/security.md, "Rotating the platform secret")."""
    settings = get_settings()
    return (settings.secret_key, *settings.previous_secrets, *settings.retired_secrets)


def _entry_values(entry: AuditEntry) -> dict[str, Any]:
    return {name: getattr(entry, name) for name in _FIELDS}


def _seal_mac(upto_id: int, entries: int, chain: str, secret: str | None = None) -> str:
    return hmac.new(_key(secret or get_settings().secret_key), f"seal|{upto_id}|{entries}|{chain}".encode(),
                    hashlib.sha256).hexdigest()


def _link(chain: str, mac: str | None) -> str:
    return hashlib.sha256((chain + (mac or "-")).encode()).hexdigest()


def _entries(db: Session, after_id: int, upto_id: int | None = None) -> Iterator[AuditEntry]:
    statement = select(AuditEntry).where(AuditEntry.id > after_id).order_by(AuditEntry.id)
    if upto_id is not None:
        statement = statement.where(AuditEntry.id <= upto_id)
    yield from db.execute(statement.execution_options(yield_per=5000)).scalars()


def seal(db: Session, now: datetime | None = None) -> AuditSeal | None:
    """Append a seal over the entries since the last one that are older than SEAL_MARGIN; None if none."""
    now = now or clock.now()
    last = db.scalar(select(AuditSeal).order_by(AuditSeal.id.desc()).limit(1))
    after, chain = (last.upto_id, last.chain) if last else (0, GENESIS)
    upto = db.scalar(select(func.max(AuditEntry.id)).where(AuditEntry.id > after, AuditEntry.at < now - SEAL_MARGIN))
    if upto is None:
        return None
    count = 0
    for entry in _entries(db, after, upto):
        chain = _link(chain, entry.mac)
        count += 1
    values = {"upto_id": upto, "entries": count, "chain": chain, "sealed_at": now,
              "mac": _seal_mac(upto, count, chain)}
    db.execute(insert(AuditSeal).values(**values))
    return db.scalar(select(AuditSeal).order_by(AuditSeal.id.desc()).limit(1))


@dataclass(frozen=True)
class Finding:
    kind: str  # changed_or_forged | missing_or_inserted | forged_seal | unprotected
    entry_id: int | None
    detail: str


def verify(db: Session) -> tuple[int, list[Finding]]:
    """Check every entry's MAC and every seal's chain. Returns (entries checked, findings)."""
    findings: list[Finding] = []
    checked = unprotected = 0
    after, chain = 0, GENESIS
    for current in db.scalars(select(AuditSeal).order_by(AuditSeal.id)).all():
        if not any(hmac.compare_digest(current.mac, _seal_mac(current.upto_id, current.entries, current.chain, key))
                   for key in _verifying_secrets()):
            findings.append(Finding("forged_seal", None, f"seal #{current.id} does not carry a valid MAC"))
        count = 0
        for entry in _entries(db, after, current.upto_id):
            count += 1
            chain = _link(chain, entry.mac)
            unprotected += _check_entry(entry, findings)
        checked += count
        if count != current.entries or chain != current.chain:
            findings.append(Finding("missing_or_inserted", None,
                                    f"entries {after + 1}..{current.upto_id}: {count} found, {current.entries} sealed"))
        after, chain = current.upto_id, current.chain
    for entry in _entries(db, after):
        checked += 1
        unprotected += _check_entry(entry, findings)
    if unprotected:
        findings.append(Finding("unprotected", None, f"{unprotected} entries from before audit MACs (0015)"))
    return checked, findings


def _check_entry(entry: AuditEntry, findings: list[Finding]) -> int:
    if entry.mac is None:
        return 1
    values = _entry_values(entry)
    if not any(hmac.compare_digest(entry.mac, mac_of(values, key)) for key in _verifying_secrets()):
        findings.append(Finding("changed_or_forged", entry.id,
                                f"entry #{entry.id} ({entry.action} by {entry.username}) does not match its MAC"))
    return 0


__all__ = ["Finding", "mac_of", "seal", "verify"]
