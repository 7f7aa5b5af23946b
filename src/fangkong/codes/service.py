"""Health codes: derive every person's colour with its reasons from recorded facts under the policy
in force. Other domains call `recompute` after they record facts (a notice, a batch of results)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Select
from sqlalchemy.orm import Session


def recompute(db: Session, *, now: datetime, person_ids: Select | Iterable[int] | None = None) -> int:
    """Recompute the stored codes of `person_ids` (a SELECT of person ids, ids, or None for everyone),
    set-based; returns how many persons were recomputed. Does not commit."""
    return 0  # the rules engine (issue 4) replaces this
