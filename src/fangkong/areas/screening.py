"""The ninth edition's day-7 screening (第7天区域内全员核酸检测阴性), read from the testing domain: what a
high-risk area's lifting waits for. Areas sit above testing in the domain layers, so the replay, the pages
and the health-code facts all take this check from here."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy.orm import Session

from fangkong.areas import service
from fangkong.core.scope import system_actor
from fangkong.registry import service as registry
from fangkong.testing import service as testing


def day7_screening(db: Session) -> service.Screening:
    """The ninth edition's condition for a high-risk area to step down (第7天区域内全员核酸检测阴性): every
    resident of the area sampled on day 7 (the day before the step is due) with a negative result. Read from
    the testing domain; the step waits, and says why, while the screening is missing, incomplete, pending
    or not negative."""
    actor = system_actor("day-7 screening")

    def check(area: service.Area, due: datetime, until: datetime) -> tuple[datetime | None, str, str]:
        day = (due - timedelta(days=1)).date()
        start, end = datetime.combine(day, time()), datetime.combine(day, time()) + timedelta(days=1)
        if not area.place_id or area.place_level not in service.SPECIFICITY:
            return None, f"第7天({day:%m-%d})区域核酸筛查无法核验(无登记住户)", \
                f"the day-7 screening ({day}) cannot be checked (no registered residents)"
        places = {area.place_level: {area.place_id}}
        residents = sorted({loc.person_id for loc in registry.residents_under(
            db, actor, places, purpose=f"day-7 screening of area {area.place_id}")})
        if not residents:
            return start, f"第7天({day:%m-%d})区域内无登记住户", f"no registered residents on day 7 ({day})"
        tests = testing.latest_tests(db, residents, now=min(until, end + timedelta(days=1)))
        on_day = [t for t in tests.values() if start <= t.sampled_at < end]
        sampled, pending = len(on_day), sum(1 for t in on_day if t.result is None)
        positive = sum(1 for t in on_day if t.result == "positive")
        if not on_day:
            return None, f"等待第7天({day:%m-%d})区域核酸筛查:尚未采样", \
                f"waiting for the day-7 screening ({day}): nobody sampled yet"
        if positive:
            return None, f"第7天({day:%m-%d})区域核酸筛查有{positive}人阳性", \
                f"the day-7 screening ({day}) found {positive} positive"
        if sampled < len(residents) or pending:
            return None, (f"等待第7天({day:%m-%d})区域核酸筛查完成:已采样{sampled}/{len(residents)}人,"
                          f"{pending}人结果未出"), \
                (f"waiting for the day-7 screening ({day}) to complete: {sampled} of {len(residents)} sampled, "
                 f"{pending} results pending")
        done = max(t.reported_at or t.sampled_at for t in on_day)
        return done, f"第7天({day:%m-%d})区域核酸筛查{len(residents)}人全部阴性", \
            f"the day-7 screening ({day}) of {len(residents)} residents was negative"

    return check
