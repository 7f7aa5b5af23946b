"""The test behind a health code's reason: a person yellow for a positive pool is shown that pool's
test, not a later pooled negative that does not clear it (issue 17)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from fangkong.core import clock
from fangkong.testing.facts import known_at
from fangkong.testing.models import Sample, Tube
from fangkong.testing.reports import LatestTest


def tests_in_tubes(db: Session, person_id: int, barcodes: Sequence[str], *,
                   now: datetime | None = None) -> list[LatestTest]:
    """The person's tests in the named tubes, newest sample first, with results known by `now`.
    The caller (the codes domain, for a code the reader may already see) checks who may see them."""
    if not barcodes:
        return []
    now = now or clock.now()
    known = known_at(Tube)
    rows = db.execute(select(Sample.sampled_at, case((known <= now, Tube.result), else_=None),
                             case((known <= now, known), else_=None), Tube.pool_size, Tube.barcode)
                      .join(Tube, Tube.id == Sample.tube_id)
                      .where(Sample.person_id == person_id, Tube.barcode.in_(list(barcodes)), Sample.sampled_at <= now)
                      .order_by(Sample.sampled_at.desc(), Sample.id.desc()))
    return [LatestTest(*row) for row in rows]
