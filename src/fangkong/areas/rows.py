"""Risk areas as rows for people to read: label, level, since when, expected lifting, the notices and the
reason, in the reader's language. The pages and the JSON API show the same rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from fangkong.areas import service
from fangkong.core.i18n import t


@dataclass
class AreaRow:
    label: str
    level: str | None
    district: str
    since: datetime | None
    lift_expected: datetime | None
    place_id: int | None
    notice_numbers: list[str]
    reason: str

    @property
    def short(self) -> str:
        """The label without its district, for lists grouped by district."""
        rest = self.label.removeprefix(self.district)
        return rest or self.label


def _since(area: service.Area) -> datetime | None:
    """When the area's current level began (the first of the trailing steps at that level)."""
    since = None
    for step in reversed(area.history):
        if step.level != area.level:
            break
        since = step.at
    return since


def _lift_expected(area: service.Area) -> datetime | None:
    """When the policy would lift or lower the area if no new infection is reported from now on
    (the replay restarted the count at every infection so far)."""
    return area.lift_due


def area_rows(areas: list[service.Area], lang: str) -> list[AreaRow]:
    rows = []
    for area in areas:
        numbers = list(dict.fromkeys(s.notice_number for s in area.history if s.notice_number))
        rows.append(AreaRow(
            label=area.label, level=area.level, district=area.district or t("areas.no_district", lang),
            since=_since(area), lift_expected=_lift_expected(area), place_id=area.place_id,
            notice_numbers=numbers, reason=_reason(area, lang)))
    return rows


def lifted_recently(areas: list[service.Area], at: datetime, lang: str, days: int = 7) -> list[AreaRow]:
    """Areas whose last step, in the last `days` days, lifted them or set a level without measures
    (低风险区): what the public page says was lifted, newest first."""
    since = at - timedelta(days=days)
    lifted = [a for a in areas if a.current and since <= a.current.at <= at and not a.active_at(at)]
    return area_rows(sorted(lifted, key=lambda a: a.current.at if a.current else at, reverse=True), lang)


def _reason(area: service.Area, lang: str) -> str:
    """The current step's reason, and why a due lifting step waits (the day-7 screening)."""
    step = area.current
    reason = (step.reason_en if lang == "en" else step.reason_zh) if step else ""
    waiting = area.waiting_en if lang == "en" else area.waiting_zh
    return f"{reason}; {waiting}" if reason and waiting else reason or waiting
