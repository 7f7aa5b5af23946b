"""The platform's clock. Services take `now` from here so drills and tests run on simulated time.

Times are stored as naive datetimes in the city's local time (see docs/decisions/0002).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from fangkong.core.config import get_settings

_frozen: datetime | None = None


def now() -> datetime:
    if _frozen is not None:
        return _frozen
    return datetime.now(ZoneInfo(get_settings().timezone)).replace(tzinfo=None, microsecond=0)


def set_clock(moment: datetime | None) -> None:
    """Freeze the clock at `moment` (None: back to real time). For drills and tests."""
    global _frozen
    _frozen = moment
