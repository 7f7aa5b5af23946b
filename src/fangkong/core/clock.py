"""The platform's clock. Services take `now` from here so drills and tests run on simulated time.

Times are stored as naive datetimes in the city's local time (see docs/decisions/0002).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from fangkong.core.config import get_settings
from fangkong.core.errors import InvalidInput

_frozen: datetime | None = None


def now() -> datetime:
    if _frozen is not None:
        return _frozen
    return datetime.now(ZoneInfo(get_settings().timezone)).replace(tzinfo=None, microsecond=0)


def parse_moment(text: str, field: str = "") -> datetime:
    """A moment typed as text (CLI options, form fields): "2022-12-02", "2022-12-02T12:00" or
    "2022-12-02 12:00:30", as a naive local time (an offset, if given, is dropped). InvalidInput otherwise,
    naming `field` when given."""
    try:
        return datetime.fromisoformat(text.strip()).replace(tzinfo=None)
    except ValueError:
        where_zh, where_en = (f"{field}:", f"{field}: ") if field else ("", "")
        raise InvalidInput(f"{where_zh}时间格式不对:{text}(例:2022-12-02T12:00)",
                           f"{where_en}not a moment: {text!r} (e.g. 2022-12-02T12:00)") from None


def set_clock(moment: datetime | None) -> None:
    """Freeze the clock at `moment` (None: back to real time). For drills and tests."""
    global _frozen
    _frozen = moment
