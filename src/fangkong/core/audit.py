"""The audit log: who read or changed what, when and why. Append-only; searchable by auditors."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import false, func, insert, or_, select
from sqlalchemy.orm import Session

from fangkong.core import auditchain, clock
from fangkong.core.errors import InvalidInput
from fangkong.core.models import AuditEntry
from fangkong.core.roles import Permission, require
from fangkong.core.scope import Actor

MAX_REASON = 500  # characters: a reason is a sentence, not a document (issue 16: 1,000,000 were stored)


def compact_ids(ids: Iterable[int]) -> str:
    """Ids as sorted ranges, "12-40,45,50-52": who a list showed, in a few bytes per household of a block."""
    parts: list[str] = []
    ordered = sorted(set(ids))
    start = previous = None
    for value in [*ordered, None]:
        if value is not None and previous is not None and value == previous + 1:
            previous = value
            continue
        if start is not None:
            parts.append(str(start) if start == previous else f"{start}-{previous}")
        start = previous = value
    return ",".join(parts)


def record(
    db: Session,
    actor: Actor,
    action: str,
    subject_type: str,
    subject_id: str | int | None = None,
    detail: dict[str, Any] | str | None = None,
    reason: str = "",
) -> None:
    """Write one audit entry in the caller's transaction (so a rolled-back act leaves no entry
    claiming it happened, and a committed one always has its entry)."""
    if isinstance(detail, dict):
        detail = json.dumps(detail, ensure_ascii=False, default=str, sort_keys=True)
    if len(reason or "") > MAX_REASON:  # every reason passes here: the cap holds everywhere
        raise InvalidInput(f"事由不得超过 {MAX_REASON} 字", f"A reason may have at most {MAX_REASON} characters")
    values = {
        "at": clock.now(),
        "account_id": actor.account_id,
        "username": actor.username,
        "role": actor.role,
        "action": action,
        "subject_type": subject_type,
        "subject_id": None if subject_id is None else str(subject_id),
        "detail": detail or "",
        "reason": reason or "",
    }
    db.execute(insert(AuditEntry).values(**values, mac=auditchain.mac_of(values)))


@dataclass
class AuditQuery:
    username: str | None = None
    action: str | None = None
    subject_type: str | None = None
    subject_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    text: str | None = None
    limit: int = 200
    offset: int = 0
    # Entries by any of these accounts (an actor found by name), or about any of these subjects
    # ({subject_type: ids}: a person asked about, their household, the lists of their places).
    usernames: list[str] | None = None
    subjects: dict[str, list[str]] | None = None
    system_only: bool = False  # only the system's jobs (usernames "system:…")


def search(db: Session, actor: Actor, query: AuditQuery) -> tuple[int, list[AuditEntry]]:
    """Auditors (and the command) search the log; the search itself is audited."""
    require(actor, Permission.AUDIT_READ, "无权查看审计日志", "You may not read the audit log")
    conditions = []
    if query.username:
        conditions.append(AuditEntry.username == query.username)
    if query.action:
        conditions.append(AuditEntry.action == query.action)
    if query.subject_type:
        conditions.append(AuditEntry.subject_type == query.subject_type)
    if query.subject_id:
        conditions.append(AuditEntry.subject_id == query.subject_id)
    if query.since:
        conditions.append(AuditEntry.at >= query.since)
    if query.until:
        conditions.append(AuditEntry.at < query.until)
    if query.text:
        like = f"%{query.text}%"
        conditions.append(AuditEntry.detail.like(like) | AuditEntry.reason.like(like))
    if query.usernames is not None:
        conditions.append(AuditEntry.username.in_(query.usernames or [""]))
    if query.system_only:
        conditions.append(AuditEntry.username.like("system:%"))
    if query.subjects is not None:
        about = [(AuditEntry.subject_type == kind) & AuditEntry.subject_id.in_(ids)
                 for kind, ids in query.subjects.items() if ids]
        conditions.append(or_(*about) if about else false())
    total = db.scalar(select(func.count()).select_from(AuditEntry).where(*conditions)) or 0
    rows = db.scalars(
        select(AuditEntry)
        .where(*conditions)
        .order_by(AuditEntry.id.desc())
        .limit(min(query.limit, 1000))
        .offset(query.offset)
    ).all()
    record(db, actor, "audit_search", "audit_log", None, {k: v for k, v in vars(query).items() if v})
    return total, list(rows)
