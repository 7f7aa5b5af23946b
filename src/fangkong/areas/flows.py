"""Flows that start in the risk areas and reach other domains: publishing a notice (the health codes),
loading notice texts, the ninth edition's day-7 screening of an area before it steps down (the testing
domain's results).

A published notice changes who lives in a risk area, so the codes are recomputed in the same transaction
(set-based, everyone: lifting by days and exceptions can move other areas too). All of a flow happens in
the caller's transaction: the whole flow or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fangkong.areas import service
from fangkong.areas.models import Notice, NoticePlace
from fangkong.areas.parser import parse_notice
from fangkong.codes import service as codes
from fangkong.core import clock
from fangkong.core.scope import Actor


def publish_notice(db: Session, actor: Actor, notice_id: int, *, now: datetime | None = None) -> int:
    """Publish a notice, then recompute every code. Returns the number of stored (non-plain-green) codes."""
    service.publish(db, actor, notice_id)
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
