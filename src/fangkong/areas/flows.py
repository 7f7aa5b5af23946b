"""Flows that start in the risk areas and reach other domains: publishing a notice (the health codes),
loading notice texts, the ninth edition's day-7 screening of an area before it steps down (the testing
domain's results).

A published notice changes who lives in a risk area, so the codes are recomputed in the same transaction
(set-based, everyone: lifting by days and exceptions can move other areas too). All of a flow happens in
the caller's transaction: the whole flow or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fangkong.areas import service
from fangkong.areas.models import Notice, NoticePlace
from fangkong.areas.parser import parse_notice
from fangkong.codes import service as codes
from fangkong.core import clock
from fangkong.core.scope import Actor, system_actor
from fangkong.registry import service as registry
from fangkong.support import service as support
from fangkong.testing import service as testing


def publish_notice(db: Session, actor: Actor, notice_id: int, *, now: datetime | None = None) -> int:
    """Publish a notice, then recompute every code. Returns the number of stored (non-plain-green) codes.
    Compounds the notice seals without an emergency access plan get a community task and show as the
    commander's warning (`support.service.warnings_for_notice`)."""
    service.publish(db, actor, notice_id)
    support.warn_on_publish(db, actor, notice_id, now=now)
    return codes.recompute(db, now=now or clock.now())


@dataclass
class Loaded:
    """What loading one notice text did."""

    name: str
    notice_id: int | None = None
    number: str = ""
    effective: datetime | None = None
    matched: int = 0
    review: int = 0
    block: int = 0
    warnings: list[str] = field(default_factory=list)
    published: bool = False
    skipped: str = ""  # why nothing was drafted (already loaded)


def date_order(texts: list[tuple[str, str]], *, default_year: int | None = None) -> list[tuple[str, str]]:
    """(name, text) pairs in the order they took effect, so a later notice overrides an earlier one."""
    def key(item: tuple[str, str]) -> tuple[str, str]:
        parsed = parse_notice(item[1], default_year=default_year)
        when = parsed.get("effective") or parsed.get("published") or "9999"
        return (when if "T" in when else f"{when}T00:00:00"), item[0]

    return sorted(texts, key=key)


def load_notice(db: Session, actor: Actor, name: str, text: str, *, default_year: int | None = None,
                publish: bool = False) -> Loaded:
    """Draft a notice from its text and resolve its places; publish it (and recompute the codes) when asked
    and nothing waits for review. A notice already here (same issuer and number, not withdrawn) is skipped, so loading a
    folder twice does not apply its notices twice. The caller owns the transaction."""
    parsed = parse_notice(text, default_year=default_year)
    if parsed.get("number"):
        known = db.scalars(select(Notice).where(Notice.number == parsed["number"],
                                                Notice.issuer == (parsed.get("issuer") or ""),
                                                Notice.state != "withdrawn")).first()
        if known is not None:
            return Loaded(name, known.id, known.number, known.effective, published=known.state == "published",
                          skipped=f"已载入 already loaded as #{known.id}")
    notice = service.draft_notice(db, actor, text, default_year=default_year)
    states = dict(db.execute(select(NoticePlace.state, func.count()).where(NoticePlace.notice_id == notice.id)
                             .group_by(NoticePlace.state)).all())
    warnings = list(notice.__dict__.get("warnings", []))
    if default_year is None:  # the service took this year for dates without one: say so
        warnings += [w for w in parsed["warnings"] if "年份" in w and w not in warnings]
    loaded = Loaded(name, notice.id, notice.number, notice.effective, matched=states.get("matched", 0),
                    review=states.get("review", 0), block=states.get("block", 0), warnings=warnings)
    if publish and loaded.review == 0:
        publish_notice(db, actor, notice.id)
        loaded.published = True
    return loaded


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
