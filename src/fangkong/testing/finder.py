"""Where to be tested: open sampling sites near a home with their hours and a live queue estimate, the
office's notice of the day, and the recalls a lab's results caused (issue 17, items 8 and 9).

The queue estimate is the site's sampling rate over the last half hour, counted in one GROUP BY over the
samples of the listed sites' tubes that were still open or sealed within that half hour (index
ix_tube_site_sealed), never a query per site. It says how fast a queue moves, not how long it is: nothing
records people waiting who have not been sampled yet."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import case, func, literal, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound, PermissionDenied
from fangkong.core.roles import Permission, require_any
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.testing.common import DENIED
from fangkong.testing.models import Recall, Sample, SamplingNotice, SamplingSite, Tube
from fangkong.testing.sites import lab_for_actor

QUEUE_WINDOW = timedelta(minutes=30)
BUSY_PER_WINDOW = 60  # two persons a minute or more: a queue is moving fast, so one is there
QUIET_PER_WINDOW = 10
NOTICE_MAX = 120  # characters: a short line on a phone
MAX_SITES = 30


@dataclass(frozen=True)
class QueueEstimate:
    sampled: int  # persons sampled at the site in the last half hour
    per_minute: float

    @property
    def level(self) -> str:
        """none (no sample in the half hour), quiet, steady or busy."""
        if self.sampled == 0:
            return "none"
        if self.sampled < QUIET_PER_WINDOW:
            return "quiet"
        return "busy" if self.sampled >= BUSY_PER_WINDOW else "steady"

    @property
    def minutes_per_ten(self) -> int | None:
        """Minutes the queue takes to move ten places at the present rate."""
        return None if self.sampled == 0 else max(1, round(10 / self.per_minute))


@dataclass(frozen=True)
class SiteNearby:
    id: int
    name: str
    place_label: str
    opens: str | None
    closes: str | None
    open_now: bool | None  # None: hours not stated
    nearness: str  # community, street, district
    queue: QueueEstimate


def _open_now(opens: str | None, closes: str | None, now: datetime) -> bool | None:
    if not opens or not closes:
        return None
    return opens <= f"{now:%H:%M}" < closes


def queue_estimates(db: Session, site_ids: list[int], now: datetime | None = None) -> dict[int, QueueEstimate]:
    """{site_id: estimate} for the sites, from one GROUP BY over the last half hour's samples."""
    now = now or clock.now()
    since = now - QUEUE_WINDOW
    counts: dict[int, int] = {}
    if site_ids:
        # Two index ranges on ix_tube_site_sealed (an OR of the two would scan each site's every tube).
        recent = union_all(
            select(Tube.id, Tube.site_id).where(Tube.site_id.in_(site_ids), Tube.sealed_at >= since),
            select(Tube.id, Tube.site_id).where(Tube.site_id.in_(site_ids), Tube.sealed_at.is_(None)),
        ).subquery("recent_tubes")
        counts = dict(db.execute(
            select(recent.c.site_id, func.count(Sample.id))
            .join(Sample, Sample.tube_id == recent.c.id)
            .where(Sample.sampled_at >= since, Sample.sampled_at <= now)
            .group_by(recent.c.site_id)).all())
    minutes = QUEUE_WINDOW.total_seconds() / 60
    return {sid: QueueEstimate(counts.get(sid, 0), round(counts.get(sid, 0) / minutes, 1)) for sid in site_ids}


def _sites_around(db: Session, *, district_id: int, street_id: int | None, community_id: int | None,
                  now: datetime) -> list[SiteNearby]:
    nearness: Any = literal(2)
    if community_id or street_id:
        nearness = case((SamplingSite.community_id == community_id, 0), (SamplingSite.street_id == street_id, 1),
                        else_=2)
    rows = db.execute(select(SamplingSite, nearness.label("near"))
                      .where(SamplingSite.active.is_(True), SamplingSite.district_id == district_id)
                      .order_by("near", SamplingSite.name, SamplingSite.id).limit(MAX_SITES)).all()
    sites = [site for site, _near in rows]
    labels = registry.place_labels(db, {s.place_id for s in sites})
    queues = queue_estimates(db, [s.id for s in sites], now)
    found = [SiteNearby(s.id, s.name, labels.get(s.place_id, ""), s.opens, s.closes, _open_now(s.opens, s.closes, now),
                        ("community", "street", "district")[near], queues[s.id]) for s, near in rows]
    # Open now first (a closed site next door helps less than an open one down the road), nearness kept.
    return sorted(found, key=lambda s: s.open_now is False)


def sites_near_home(db: Session, actor: Actor) -> tuple[list[str], list[SiteNearby]]:
    """A resident's (notices of the day, sampling sites): their community's and street's sites first, then
    the rest of the district."""
    if actor.role != "resident" or actor.person_id is None:
        raise PermissionDenied("此列表供市民查看自己附近的采样点",
                               "This list shows a resident the sites near their home")
    home = registry.resident_location(db, actor, actor.person_id, purpose="sampling sites near home")
    if home.district_id is None:
        return day_notices(db, None), []
    return day_notices(db, home.district_id), _sites_around(
        db, district_id=home.district_id, street_id=home.street_id, community_id=home.community_id, now=clock.now())


def public_sites(db: Session, place_id: int | None) -> tuple[list[registry.PlaceRef], registry.PlaceRef | None,
                                                            list[SiteNearby]]:
    """The public page: (districts, the chosen district or street, its sites). No person is read."""
    districts = registry.districts(db)
    if place_id is None:
        return districts, None, []
    place = registry.place_refs(db, {place_id}).get(place_id)
    if place is None or place.level not in ("district", "street") or place.district_id is None:
        raise NotFound("请选择区县或街道", "Choose a district or a street")
    return districts, place, _sites_around(db, district_id=place.district_id,
                                           street_id=place.id if place.level == "street" else None,
                                           community_id=None, now=clock.now())


def streets_of(db: Session, district_id: int) -> list[registry.PlaceRef]:
    return [p for p in registry.children_refs(db, district_id) if p.level == "street"]


# ---- the office's notice of the day --------------------------------------------------------


def set_day_notice(db: Session, actor: Actor, *, text: str, day: date | None = None,
                   district_id: int | None = None) -> SamplingNotice:
    """Set (or replace) the notice shown beside the sampling sites on `day`: for the city (city-wide
    staff only) or for a district of the actor's jurisdiction. An empty text removes it."""
    require_any(actor, Permission.TESTING_MANAGE)
    text = " ".join((text or "").split())
    if len(text) > NOTICE_MAX:
        raise InvalidInput(f"提示不得超过 {NOTICE_MAX} 字", f"The notice may have at most {NOTICE_MAX} characters")
    day = day or clock.now().date()
    if district_id is None:
        if not actor.city_wide:
            raise PermissionDenied("全市提示由市级设置；请选择您的区县",
                                   "City notices are set city-wide: choose your district")
    else:
        place = registry.place_refs(db, {district_id}).get(district_id)
        if place is None or place.level != "district":
            raise NotFound("区县不存在", "No such district")
        if not actor.covers(place):
            raise PermissionDenied(*DENIED)
    row = db.scalar(select(SamplingNotice).where(SamplingNotice.day == day, SamplingNotice.place_id.is_(None)
                                                 if district_id is None else SamplingNotice.place_id == district_id))
    before = row.text if row is not None else None
    if row is None:
        row = SamplingNotice(day=day, place_id=district_id, text=text, set_by=actor.username, set_at=clock.now())
        db.add(row)
    row.text, row.set_by, row.set_at = text, actor.username, clock.now()
    db.flush()
    audit.record(db, actor, "write", "sampling_notice", row.id,
                 {"day": day, "district": district_id, "text": text, "before": before})
    return row


def day_notices(db: Session, district_id: int | None, day: date | None = None) -> list[str]:
    """Today's notices for a district's residents: the city's, then the district's (public text)."""
    day = day or clock.now().date()
    rows = db.execute(select(SamplingNotice.place_id, SamplingNotice.text).where(
        SamplingNotice.day == day, or_(SamplingNotice.place_id.is_(None), SamplingNotice.place_id == district_id))
        .order_by(SamplingNotice.place_id.is_not(None), SamplingNotice.id)).all()
    return [text for _place, text in rows if text]


# ---- the recalls a lab's results caused ------------------------------------------------------


@dataclass(frozen=True)
class LabRecallTube:
    barcode: str
    tested_at: datetime | None
    place_labels: tuple[str, ...]  # the communities of the recalled persons
    recalled: int
    open: int
    sampled: int
    closed: int
    positive: int
    retests: tuple[str, ...]  # the re-test tubes' barcodes


@dataclass
class _Tally:
    barcode: str
    tested_at: datetime | None
    states: dict[str, int] = field(default_factory=dict)
    places: dict[str, None] = field(default_factory=dict)
    positive: int = 0
    retests: list[str] = field(default_factory=list)


def lab_recalls(db: Session, actor: Actor, *, days: int = 14, limit: int = 200) -> tuple[int, list[LabRecallTube]]:
    """Per positive pool tube the lab reported in the last `days`: how many members were recalled and
    where the recalls stand. No names or numbers: a lab needs the tubes and the progress, not the people.
    Returns (recalls in all, tubes newest first). Audited as a list read."""
    require_any(actor, Permission.TESTING_RESULTS)
    lab = lab_for_actor(db, actor) if actor.role == "lab" else None
    if lab is None:
        raise PermissionDenied("此列表供检测机构查看本机构结果引起的复采", "This list is for a lab's own recalls")
    since = clock.now() - timedelta(days=days)
    retest = aliased(Tube)
    rows = db.execute(
        select(Tube.id, Tube.barcode, Tube.tested_at, Recall.state, Recall.outcome, Recall.community_id,
               retest.barcode)
        .join(Recall, Recall.source_tube_id == Tube.id)
        .outerjoin(retest, retest.id == Recall.retest_tube_id)
        .where(Tube.lab_id == lab.id, Recall.created_at >= since)
        .order_by(Tube.tested_at.desc(), Tube.id.desc(), Recall.id)).all()
    communities = registry.place_labels(db, {r[5] for r in rows if r[5]})
    tubes: dict[int, _Tally] = {}
    for tube_id, barcode, tested_at, state, outcome, community_id, again in rows:
        tally = tubes.setdefault(tube_id, _Tally(barcode, tested_at))
        tally.states[state] = tally.states.get(state, 0) + 1
        tally.positive += outcome == "positive"
        if community_id:
            tally.places.setdefault(communities.get(community_id, ""), None)
        if again:
            tally.retests.append(again)
    found = [LabRecallTube(t.barcode, t.tested_at, tuple(p for p in t.places if p), sum(t.states.values()),
                           t.states.get("open", 0), t.states.get("sampled", 0), t.states.get("closed", 0),
                           t.positive, tuple(t.retests)) for t in tubes.values()]
    audit.record(db, actor, "read", "recall_list", lab.id, {"lab": lab.id, "tubes": len(found), "recalls": len(rows)})
    return len(rows), found[:limit]
