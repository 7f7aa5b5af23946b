"""Levels at a moment, derived, never stored: every area's level at a moment replayed from the published
notices (in order of effective time) and, between notices, from the lifting rules of the policy that held
when the level was set, counting whole days without a new infection among the area's residents (the
tracing domain's case reports).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fangkong import policies
from fangkong.areas import resolver
from fangkong.areas.models import Notice, NoticeChange, NoticeExclusion, NoticePlace
from fangkong.core import clock, idsets
from fangkong.core.errors import NotFound
from fangkong.core.scope import PLACE_LEVELS, system_actor
from fangkong.registry import service as registry
from fangkong.tracing import service as tracing

# ---- levels at a moment -----------------------------------------------------------------------------


@dataclass
class Step:
    at: datetime
    level: str | None  # None: the area ended
    cause: str  # notice | lifting
    notice_id: int | None
    notice_number: str
    reason_zh: str
    reason_en: str


@dataclass
class Area:
    """One area (a registry place, a venue or a free-form block) and its history up to a moment."""

    key: tuple[Any, ...]
    district_id: int | None
    district: str | None
    text: str
    place_id: int | None
    place_level: str | None
    venue_id: int | None
    exclusions: list[tuple[int, str]] = field(default_factory=list)  # (place id, level)
    history: list[Step] = field(default_factory=list)
    label: str = ""
    # When the policy will step the level down if no new infection comes (infections so far counted).
    lift_due: datetime | None = None
    # Why a due lifting step waits (the ninth edition's day-7 screening not yet complete and negative).
    waiting_zh: str = ""
    waiting_en: str = ""

    @property
    def current(self) -> Step | None:
        return self.history[-1] if self.history else None

    @property
    def level(self) -> str | None:
        return self.current.level if self.current else None

    def active_at(self, moment: datetime) -> bool:
        if not self.level:
            return False
        found = policies.in_force(moment).level(self.level) or _any_level(self.level)
        return bool(found and found.active)


def _any_level(key: str) -> policies.Level | None:
    for policy in policies.all_policies():
        if policy.level(key):
            return policy.level(key)
    return None


def _day_start(moment: datetime) -> datetime:
    return datetime.combine(moment.date(), time())


@dataclass
class _Event:
    at: datetime
    notice_id: int
    number: str
    action: str
    level_to: str | None
    text: str
    exclusions: list[tuple[int, str]]


def load_events(db: Session, until: datetime, notice_ids: set[int] | None = None,
                 place_ids: set[int] | None = None) -> dict[tuple[Any, ...], Any]:
    """Every published (or given) notice's applying places up to a moment, grouped by area key
    (with `place_ids`: only the areas of those places)."""
    statement = (
        select(Notice.id, Notice.number, Notice.effective, NoticeChange.action, NoticeChange.level_to,
               NoticeChange.district, NoticeChange.district_id, NoticePlace.id, NoticePlace.text,
               NoticePlace.base_text, NoticePlace.state, NoticePlace.place_id, NoticePlace.place_level,
               NoticePlace.venue_id)
        .join(NoticeChange, NoticeChange.notice_id == Notice.id)
        .join(NoticePlace, NoticePlace.change_id == NoticeChange.id)
        .where(NoticePlace.state.in_(("matched", "block")))
    )
    if notice_ids is not None:
        statement = statement.where(Notice.id.in_(sorted(notice_ids)))
    else:
        statement = statement.where(Notice.state == "published", Notice.effective <= until)
    if place_ids is not None:
        statement = statement.where(NoticePlace.place_id.in_(sorted(place_ids)))
    rows = db.execute(statement.order_by(Notice.effective, Notice.id, NoticeChange.seq, NoticePlace.seq)).all()
    place_row_ids = [r[7] for r in rows]
    exclusions: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for chunk in idsets.chunked(place_row_ids):
        for ex in db.execute(select(NoticeExclusion.notice_place_id, NoticeExclusion.place_id,
                                    NoticeExclusion.place_level).where(NoticeExclusion.notice_place_id.in_(chunk),
                                                                       NoticeExclusion.place_id.is_not(None))):
            exclusions[ex[0]].append((ex[1], ex[2]))
    areas: dict[tuple[Any, ...], tuple[Area, list[_Event]]] = {}
    for (nid, number, effective, action, level_to, district, district_id, np_id, text, base_text, _state,
         place_id, place_level, venue_id) in rows:
        if place_id is not None:
            key: tuple[Any, ...] = ("place", place_id)
        elif venue_id is not None:
            key = ("venue", venue_id)
        else:
            key = ("block", district_id, resolver.normalize(base_text))
        if key not in areas:
            areas[key] = (Area(key=key, district_id=district_id, district=district, text=text, place_id=place_id,
                               place_level=place_level if place_id else None, venue_id=venue_id), [])
        area, events = areas[key]
        area.text = text
        events.append(_Event(effective, nid, number, action, None if action == "lift" else level_to, text,
                             exclusions.get(np_id, [])))
    return areas


def _infection_days(db: Session, until: datetime, areas: dict[tuple[Any, ...], Any]) -> dict[tuple[Any, ...],
                                                                                           list[datetime]]:
    """Times of new infections among each area's residents (only place areas have residents)."""
    infections = tracing.infections_until(db, until)
    if not infections:
        return {}
    locations = registry.locations_of(db, system_actor("area lifting"), {pid for _at, pid in infections},
                                      purpose="days without a new infection")
    wanted = {key for key in areas if key[0] == "place"}
    found: dict[tuple[Any, ...], list[datetime]] = defaultdict(list)
    for at, pid in infections:
        loc = locations.get(pid)
        if loc is None:
            continue
        for level in PLACE_LEVELS:
            place_id = getattr(loc, f"{level}_id")
            if place_id is not None and ("place", place_id) in wanted:
                found[("place", place_id)].append(at)
    return found


_VERBS_ZH = {"add": "划定", "lift": "解除", "upgrade": "升级", "downgrade": "调整", "set": "调整"}


def _lift_moment(anchor: datetime, days: int) -> datetime:
    """00:00 after N whole days without a new infection. The anchor's own day counts when the anchor is
    its midnight (a notice effective "from 10 July 0:00"); a designation or infection later in a day
    starts the count the next day."""
    start = _day_start(anchor)
    return start + timedelta(days=days + (0 if anchor == start else 1))


# The ninth edition's day-7 screening of an area whose lifting is due: (when it was complete and negative,
# else None; reason zh; reason en). Given by areas.flows (it reads the testing domain).
Screening = Callable[[Area, datetime, datetime], tuple[datetime | None, str, str]]


def run_area(area: Area, events: list[_Event], infections: list[datetime], until: datetime,
             screening: Screening | None = None) -> None:
    """The area's history up to ``until``: its notices, with lifting steps between them. A step that needs
    the day-7 screening waits for it when ``screening`` is given (else its reason says it is not checked)."""
    infections = sorted(infections)
    level: str | None = None
    anchor: datetime | None = None
    by_lifting = False
    queue = list(events)
    while True:
        next_event = queue[0] if queue else None
        limit = min(next_event.at, until) if next_event and next_event.at <= until else until
        # Lifting steps before the next notice (or the moment asked about).
        area.lift_due = None
        while level and anchor is not None:
            policy = policies.in_force(anchor)
            rule = policy.lifting_from(level)
            if rule is None:
                break
            days = rule.days_after_downgrade if by_lifting and rule.days_after_downgrade else \
                rule.days_without_infection
            due = _lift_moment(anchor, days)
            later = [at for at in infections if anchor < at < due]
            if later:
                anchor = later[-1]  # a new infection restarts the count
                continue
            if due > limit:
                area.lift_due = due
                break
            screening_zh = ",第7天区域核酸筛查结果未纳入自动核验" if rule.requires_negative_screening else ""
            screening_en = "; the day-7 screening is not checked automatically" \
                if rule.requires_negative_screening else ""
            if rule.requires_negative_screening and screening is not None:
                done, why_zh, why_en = screening(area, due, limit)
                if done is None or max(due, done) > limit:
                    area.waiting_zh, area.waiting_en = why_zh, why_en  # the step waits for the screening
                    break
                due, screening_zh, screening_en = max(due, done), f",{why_zh}", f"; {why_en}"
            to = rule.to_level or None
            name_from = (policy.level(level).name_zh if policy.level(level) else level)
            name_to = (policy.level(to).name_zh if to and policy.level(to) else "解除")
            area.history.append(Step(
                at=due, level=to, cause="lifting", notice_id=None, notice_number="",
                reason_zh=f"{policy.name_zh}:连续{days}天无新增感染者,{name_from}→{name_to}{screening_zh}",
                reason_en=f"{policy.key}: {days} days without a new infection, {level} -> {to or 'lifted'}"
                          f"{screening_en}"))
            level, anchor, by_lifting = to, due, True
        if next_event is None or next_event.at > until:
            return
        queue.pop(0)
        level = next_event.level_to
        anchor, by_lifting = next_event.at, False
        area.exclusions = next_event.exclusions
        verb_zh = _VERBS_ZH[next_event.action]
        level_names = policies.level_names()
        name = level_names.get(level or "", ("", ""))
        area.history.append(Step(
            at=next_event.at, level=level, cause="notice", notice_id=next_event.notice_id,
            notice_number=next_event.number,
            reason_zh=f"通告{next_event.number}{verb_zh}为{name[0]}" if level else f"通告{next_event.number}解除",
            reason_en=f"notice {next_event.number}: {next_event.action} {level or ''}".strip()))


def replay(db: Session, at: datetime, screening: Screening | None = None) -> list[Area]:
    """Every area that any published notice named up to ``at``, with its history and level at ``at``."""
    loaded = load_events(db, at)
    infections = _infection_days(db, at, loaded)
    areas = []
    for key, (area, events) in loaded.items():
        run_area(area, events, infections.get(key, []), at, screening)
        areas.append(area)
    lift_parts(db, areas)
    label_areas(db, areas)
    return areas


def lift_parts(db: Session, areas: list[Area]) -> None:
    """A part lifted out of a wider area that stays (迎泽区 under silent management, then "桥东街道解除临时静默
    管理"): from the lift the part is an exception of the wider area. A part is an area a notice only ever
    lifted; a wider area set again after the lift covers the part again."""
    parts = [a for a in areas if a.place_id and a.history and all(step.level is None for step in a.history)]
    if not parts:
        return
    refs = registry.place_refs(db, {a.place_id for a in parts if a.place_id})
    standing = {a.place_id: a for a in areas if a.place_id and a.level}
    for part in parts:
        ref = refs.get(part.place_id or 0)
        if ref is None or part.current is None:
            continue
        for level in PLACE_LEVELS:
            wider = standing.get(getattr(ref, f"{level}_id", None))
            if wider is not None and wider is not part and wider.current and wider.current.at <= part.current.at:
                wider.exclusions = [*wider.exclusions, (ref.id, ref.level)]


def label_areas(db: Session, areas: list[Area]) -> None:
    labels = registry.place_labels(db, {a.place_id for a in areas if a.place_id})
    venue_ids = {a.venue_id for a in areas if a.venue_id}
    venues = {v.id: v.name for v in registry.venues_in_district(db, None)} if venue_ids else {}
    for area in areas:
        if area.place_id:
            area.label = labels.get(area.place_id, area.text)
        elif area.venue_id:
            area.label = f"{area.district or ''}{venues.get(area.venue_id, area.text)}"
        else:
            area.label = f"{area.district or ''}{area.text}"


def areas_at(db: Session, at: datetime, *, district: str | None = None, include_inactive: bool = False,
             screening: Screening | None = None, areas: list[Area] | None = None) -> list[Area]:
    """Active areas at a moment (public information: the notices are public), strictest first. `areas`: a
    replay at `at` already made (the page uses it twice)."""
    areas = list(areas) if areas is not None else replay(db, at, screening)
    if district:
        areas = [a for a in areas if a.district == district]
    if not include_inactive:
        areas = [a for a in areas if a.active_at(at)]
    else:
        areas = [a for a in areas if a.level]
    return sorted(areas, key=lambda a: (-_severity(a.level), a.district or "", a.label))


def _severity(level: str | None) -> int:
    found = _any_level(level) if level else None
    return found.severity if found else 0


def place_history(db: Session, place_id: int, at: datetime | None = None) -> list[Step]:
    """Every step of the areas that are this place or contain it, oldest first."""
    moment = at or clock.now()
    refs = registry.place_refs(db, {place_id})
    if place_id not in refs:
        raise NotFound("地点不存在", "No such place")
    ref = refs[place_id]
    chain = {ref.district_id, ref.street_id, ref.community_id, ref.compound_id, ref.building_id, place_id}
    steps = [step for area in replay(db, moment) if area.place_id in chain for step in area.history]
    return sorted(steps, key=lambda s: s.at)
