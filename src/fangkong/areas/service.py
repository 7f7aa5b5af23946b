"""Risk-area services: notices in, levels of places and persons at any moment out.

A notice is stored as a draft with its parse and the resolver's matches; staff settle the review
queue, then publish. Levels are never stored: ``replay`` derives every area's level at a moment
from the published notices (in order of effective time) and, between notices, from the lifting
rules of the policy that held when the level was set, counting whole days without a new infection
among the area's residents (the tracing domain's case reports).

Who a level applies to: a person's level comes from the most specific active area containing
their home (unit over building over compound over community over street), so "小区 low, except
1号楼2单元" and "1号楼2单元 high" read as the notice means. An exception clause takes its
sub-place out of its area.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Column, DateTime, Integer, MetaData, Select, String, Table, func, or_, select, union_all
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from fangkong import policies
from fangkong.areas import resolver
from fangkong.areas.models import Notice, NoticeChange, NoticeExclusion, NoticePlace
from fangkong.areas.parser import parse_notice
from fangkong.areas.render import render_notice
from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound, PermissionDenied
from fangkong.core.roles import Permission, has_permission
from fangkong.core.scope import PLACE_LEVELS, Actor, system_actor
from fangkong.registry import service as registry
from fangkong.tracing import service as tracing

ACTIONS = ("add", "lift", "upgrade", "downgrade", "set")
SPECIFICITY = {level: depth for depth, level in enumerate(PLACE_LEVELS)}


def _require(actor: Actor, permission: Permission) -> None:
    if not has_permission(actor.role, permission):
        raise PermissionDenied("您的角色无此权限", f"Your role may not do this ({permission.value})")


def _parse_moment(value: str | None) -> datetime | None:
    if not value:
        return None
    if len(value) == 10:
        return datetime.combine(date.fromisoformat(value), time())
    return datetime.fromisoformat(value)


# ---- drafting ------------------------------------------------------------------------------------


def draft_notice(db: Session, actor: Actor, text: str, *, default_year: int | None = None) -> Notice:
    """Parse a notice's text, resolve its places and keep it as a draft. Nothing applies until published."""
    _require(actor, Permission.NOTICE_WRITE)
    if not text.strip():
        raise InvalidInput("通告正文为空", "The notice text is empty")
    parsed = parse_notice(text, default_year=default_year or clock.now().year)
    if not parsed["changes"]:
        raise InvalidInput("未能从正文中读出任何风险区域变更", "No risk-area change could be read from the text")
    return _store_draft(db, actor, parsed, text)


def draft_from_changes(db: Session, actor: Actor, notice: dict[str, Any]) -> Notice:
    """A notice built in the form: render the city's usual text, then store it like a pasted one."""
    _require(actor, Permission.NOTICE_WRITE)
    for change in notice.get("changes", []):
        if change.get("action") not in ACTIONS:
            raise InvalidInput(f"未知的变更类型 {change.get('action')}", f"unknown action {change.get('action')!r}")
        if not change.get("places"):
            raise InvalidInput("每项变更至少要有一个地点", "Each change needs at least one place")
    text = render_notice(notice)
    parsed = parse_notice(text, default_year=clock.now().year)
    return _store_draft(db, actor, parsed, text)


def _store_draft(db: Session, actor: Actor, parsed: dict[str, Any], text: str) -> Notice:
    now = clock.now()
    published = _parse_moment(parsed.get("published"))
    effective = _parse_moment(parsed.get("effective")) or published or now
    policy = policies.in_force(effective)
    notice = Notice(issuer=parsed.get("issuer") or "", number=parsed.get("number") or "",
                    title=_title(text), published=published, effective=effective, text=text, state="draft",
                    policy_key=policy.key, created_by=actor.username, created_at=now)
    db.add(notice)
    db.flush()
    district_ids = {d.name: d.id for d in registry.districts(db)}
    stored: list[tuple[NoticePlace, resolver.Resolution]] = []
    for seq, change in enumerate(parsed["changes"]):
        unknown = [level for level in (change["level_from"], change["level_to"]) if level and not policy.level(level)]
        if unknown:
            parsed.setdefault("warnings", []).append(
                f"{policy.name_zh}没有{unknown[0]}等级 / level {unknown[0]} is not in policy {policy.key}")
        district_id = district_ids.get(change["district"] or "")
        row = NoticeChange(notice_id=notice.id, seq=seq, action=change["action"], level_from=change["level_from"],
                           level_to=change["level_to"], district=change["district"], district_id=district_id,
                           stated_count=change["stated_count"])
        db.add(row)
        db.flush()
        resolutions = resolver.resolve(db, district_id, change["places"])
        labels = resolver.labels_for(db, resolutions)
        for place_seq, resolution in enumerate(resolutions):
            stored.append((_store_place(db, notice.id, row.id, place_seq, resolution, labels), resolution))
    db.flush()  # every place row in one batch (ids returned), then their exceptions
    db.add_all(NoticeExclusion(notice_place_id=place_row.id, text=text[:200], place_id=place.id if place else None,
                               place_level=place.level if place else None)
               for place_row, resolution in stored for text, place in resolution.exclusions)
    audit.record(db, actor, "write", "notice", notice.id,
                 {"op": "draft", "number": notice.number, "changes": len(parsed["changes"]),
                  "warnings": parsed.get("warnings", [])})
    notice.__dict__["warnings"] = parsed.get("warnings", [])  # not stored: the parse is repeatable
    return notice


def _title(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("关于") and "通告" in line:
            return line[:300]
    return ""


def _store_place(db: Session, notice_id: int, change_id: int, seq: int, resolution: resolver.Resolution,
                 labels: dict[int, str]) -> NoticePlace:
    match = resolution.match
    row = NoticePlace(
        notice_id=notice_id, change_id=change_id, seq=seq, text=resolution.text[:400],
        base_text=resolution.base_text[:400], state=resolution.state,
        place_id=match.place.id if match and match.place else None,
        place_level=match.place.level if match and match.place else ("venue" if match and match.venue else None),
        venue_id=match.venue.id if match and match.venue else None,
        match_kind=match.kind if match else None, confidence=match.score if match else 0.0,
        candidates=json.dumps({"note": resolution.note,
                               "options": [c.as_json(labels) for c in resolution.candidates]}, ensure_ascii=False),
    )
    db.add(row)  # flushed with the notice's other places
    return row


# ---- review --------------------------------------------------------------------------------------


def _get_notice(db: Session, notice_id: int) -> Notice:
    notice = db.get(Notice, notice_id)
    if notice is None:
        raise NotFound("通告不存在", "No such notice")
    return notice


def _draft_place(db: Session, actor: Actor, notice_place_id: int) -> NoticePlace:
    """A place of a draft notice, for a notice writer (a published notice's matches are final)."""
    _require(actor, Permission.NOTICE_WRITE)
    row = db.get(NoticePlace, notice_place_id)
    if row is None:
        raise NotFound("通告地点不存在", "No such notice place")
    if _get_notice(db, row.notice_id).state != "draft":
        raise InvalidInput("通告已发布,不能再修改匹配", "The notice is published; its matches are final")
    return row


def resolve_place(db: Session, actor: Actor, notice_place_id: int, *, place_id: int | None = None,
                  venue_id: int | None = None, block: bool = False,
                  create: dict[str, Any] | None = None) -> NoticePlace:
    """Settle one place of a draft: pick a registry place or venue, create the place, or keep it as a
    free-form block (an area no registry place stands for). Audited with who and how."""
    row = _draft_place(db, actor, notice_place_id)
    chosen = sum(x is not None and x is not False for x in (place_id, venue_id, create, block or None))
    if chosen != 1:
        raise InvalidInput("请选择一个匹配、新建地点或标为自由区域中的一项",
                           "Choose exactly one: a place, a venue, a new place or a free-form block")
    kind = "manual"
    if create is not None:
        place = registry.create_place(db, actor, parent_id=int(create["parent_id"]), level=str(create["level"]),
                                      name=str(create["name"]))
        place_id, kind = place.id, "created"
    row.place_id = row.venue_id = row.place_level = None
    if place_id is not None:
        refs = registry.place_refs(db, {place_id})
        if place_id not in refs:
            raise NotFound("地点不存在", "No such place")
        row.place_id, row.place_level = place_id, refs[place_id].level
    elif venue_id is not None:
        row.venue_id, row.place_level = venue_id, "venue"
    else:
        kind = "block"
    row.state = "block" if block else "matched"
    row.match_kind, row.confidence = kind, 1.0
    row.resolved_by, row.resolved_at = actor.username, clock.now()
    audit.record(db, actor, "write", "notice_place", row.id,
                 {"op": "resolve", "notice": row.notice_id, "text": row.text, "kind": kind,
                  "place": row.place_id, "venue": row.venue_id})
    return row


def reopen_place(db: Session, actor: Actor, notice_place_id: int) -> NoticePlace:
    """Put a settled place of a draft back in the review queue (a wrong pick is undone before
    publishing); its candidates are kept. Audited."""
    row = _draft_place(db, actor, notice_place_id)
    if row.state == "review":
        raise InvalidInput("该地点已在核对队列中", "This place is already waiting for review")
    before = {"state": row.state, "place": row.place_id, "venue": row.venue_id}
    row.state, row.place_id, row.venue_id, row.place_level = "review", None, None, None
    row.match_kind, row.confidence = None, 0.0
    row.resolved_by, row.resolved_at = actor.username, clock.now()
    audit.record(db, actor, "write", "notice_place", row.id,
                 {"op": "reopen", "notice": row.notice_id, "text": row.text, "was": before})
    return row


def publish(db: Session, actor: Actor, notice_id: int) -> Notice:
    """Publish a draft: from its effective time its changes count. Refused while places wait in review."""
    _require(actor, Permission.NOTICE_WRITE)
    notice = _get_notice(db, notice_id)
    if notice.state != "draft":
        raise InvalidInput("该通告不是草稿", "Only a draft can be published")
    waiting = db.scalar(select(NoticePlace.id).where(NoticePlace.notice_id == notice_id,
                                                     NoticePlace.state == "review").limit(1))
    if waiting is not None:
        count = len(review_queue(db, actor, notice_id))
        raise InvalidInput(f"还有 {count} 处地点待核对,请先在核对队列中处理",
                           f"{count} place(s) still wait in the review queue")
    notice.state, notice.published_by, notice.published_at = "published", actor.username, clock.now()
    audit.record(db, actor, "write", "notice", notice.id, {"op": "publish", "number": notice.number})
    return notice


def withdraw(db: Session, actor: Actor, notice_id: int) -> Notice:
    _require(actor, Permission.NOTICE_WRITE)
    notice = _get_notice(db, notice_id)
    if notice.state != "draft":
        raise InvalidInput("已发布的通告不能撤回,请发布新的通告调整", "A published notice stands; publish a new one")
    notice.state = "withdrawn"
    audit.record(db, actor, "write", "notice", notice.id, {"op": "withdraw"})
    return notice


# ---- reading notices ----------------------------------------------------------------------------------


@dataclass
class PlaceRow:
    id: int
    seq: int
    text: str
    base_text: str
    state: str
    place_id: int | None
    venue_id: int | None
    level: str | None
    match_kind: str | None
    confidence: float
    label: str
    note: str
    options: list[dict[str, Any]]
    exclusions: list[tuple[str, int | None]]


@dataclass
class ChangeView:
    id: int
    action: str
    level_from: str | None
    level_to: str | None
    district: str | None
    stated_count: int | None
    places: list[PlaceRow]


@dataclass
class NoticeView:
    notice: Notice
    changes: list[ChangeView]
    warnings: list[str]

    @property
    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for change in self.changes:
            for place in change.places:
                counts[place.state] += 1
        return dict(counts)


def list_notices(db: Session, actor: Actor, *, state: str | None = None, limit: int = 100) -> list[Notice]:
    _require(actor, Permission.AREAS_READ)
    statement = select(Notice).order_by(Notice.effective.desc(), Notice.id.desc()).limit(limit)
    if state:
        statement = statement.where(Notice.state == state)
    return list(db.scalars(statement))


def notice_place_counts(db: Session, actor: Actor, notice_ids: list[int]) -> dict[int, dict[str, int]]:
    """Places per state (matched, block, review) for each notice, one grouped query."""
    _require(actor, Permission.AREAS_READ)
    counts: dict[int, dict[str, int]] = {notice_id: {} for notice_id in notice_ids}
    if notice_ids:
        statement = (select(NoticePlace.notice_id, NoticePlace.state, func.count())
                     .where(NoticePlace.notice_id.in_(notice_ids))
                     .group_by(NoticePlace.notice_id, NoticePlace.state))
        for notice_id, state, count in db.execute(statement):
            counts[notice_id][state] = count
    return counts


def published_notice(db: Session, notice_id: int) -> Notice:
    """One published notice for the public pages; drafts and withdrawn notices are not public."""
    notice = db.get(Notice, notice_id)
    if notice is None or notice.state != "published":
        raise NotFound("通告不存在或尚未发布", "No such published notice")
    return notice


def published_notices(db: Session, *, limit: int = 50) -> list[Notice]:
    """For the public page: published notices, newest first (their text is public)."""
    statement = select(Notice).where(Notice.state == "published")
    return list(db.scalars(statement.order_by(Notice.effective.desc(), Notice.id.desc()).limit(limit)))


def notice_view(db: Session, actor: Actor, notice_id: int) -> NoticeView:
    _require(actor, Permission.AREAS_READ)
    notice = _get_notice(db, notice_id)
    changes = list(db.scalars(select(NoticeChange).where(NoticeChange.notice_id == notice_id)
                              .order_by(NoticeChange.seq)))
    places = list(db.scalars(select(NoticePlace).where(NoticePlace.notice_id == notice_id)
                             .order_by(NoticePlace.change_id, NoticePlace.seq)))
    exclusions: dict[int, list[tuple[str, int | None]]] = defaultdict(list)
    if places:
        place_ids = [p.id for p in places]
        for ex in db.scalars(select(NoticeExclusion).where(NoticeExclusion.notice_place_id.in_(place_ids))):
            exclusions[ex.notice_place_id].append((ex.text, ex.place_id))
    labels = registry.place_labels(db, {p.place_id for p in places if p.place_id})
    venues = {v.id: v.name for v in registry.venues_in_district(db, None)} if any(p.venue_id for p in places) else {}
    by_change: dict[int, list[PlaceRow]] = defaultdict(list)
    for p in places:
        extra = json.loads(p.candidates or "{}")
        label = labels.get(p.place_id or 0) or venues.get(p.venue_id or 0) or ("自由区域" if p.state == "block" else "")
        by_change[p.change_id].append(PlaceRow(
            id=p.id, seq=p.seq, text=p.text, base_text=p.base_text, state=p.state, place_id=p.place_id,
            venue_id=p.venue_id, level=p.place_level, match_kind=p.match_kind, confidence=p.confidence,
            label=label, note=extra.get("note", ""), options=extra.get("options", []),
            exclusions=exclusions.get(p.id, [])))
    views = [ChangeView(c.id, c.action, c.level_from, c.level_to, c.district, c.stated_count, by_change[c.id])
             for c in changes]
    warnings = parse_notice(notice.text, default_year=notice.effective.year)["warnings"] if notice.text else []
    return NoticeView(notice, views, warnings)


def review_queue(db: Session, actor: Actor, notice_id: int | None = None) -> list[PlaceRow]:
    """Places that wait for a person (of one draft, or of every draft)."""
    _require(actor, Permission.AREAS_READ)
    statement = select(NoticePlace.notice_id).join(Notice, Notice.id == NoticePlace.notice_id).where(
        NoticePlace.state == "review", Notice.state == "draft")
    if notice_id is not None:
        statement = statement.where(NoticePlace.notice_id == notice_id)
    rows: list[PlaceRow] = []
    for nid in sorted(set(db.scalars(statement))):
        for change in notice_view(db, actor, nid).changes:
            rows.extend(p for p in change.places if p.state == "review")
    return rows


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


def _load_events(db: Session, until: datetime, notice_ids: set[int] | None = None,
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
    for chunk in [place_row_ids[i:i + 900] for i in range(0, len(place_row_ids), 900)]:
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


def _run_area(area: Area, events: list[_Event], infections: list[datetime], until: datetime) -> None:
    """The area's history up to ``until``: its notices, with lifting steps between them."""
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
            to = rule.to_level or None
            name_from = (policy.level(level).name_zh if policy.level(level) else level)
            name_to = (policy.level(to).name_zh if to and policy.level(to) else "解除")
            screening_zh = ",第7天区域核酸筛查结果未纳入自动核验" if rule.requires_negative_screening else ""
            screening_en = "; the day-7 screening is not checked automatically" \
                if rule.requires_negative_screening else ""
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


def replay(db: Session, at: datetime) -> list[Area]:
    """Every area that any published notice named up to ``at``, with its history and level at ``at``."""
    loaded = _load_events(db, at)
    infections = _infection_days(db, at, loaded)
    areas = []
    for key, (area, events) in loaded.items():
        _run_area(area, events, infections.get(key, []), at)
        areas.append(area)
    _label(db, areas)
    return areas


def _label(db: Session, areas: list[Area]) -> None:
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


def areas_at(db: Session, at: datetime, *, district: str | None = None, include_inactive: bool = False) -> list[Area]:
    """Active areas at a moment (public information: the notices are public), strictest first."""
    areas = replay(db, at)
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


# ---- persons ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonLevel:
    person_id: int
    level: str
    area: Area


def _areas_by_level(areas: list[Area]) -> dict[str, dict[int, Area]]:
    by_level: dict[str, dict[int, Area]] = defaultdict(dict)
    for area in areas:
        if area.place_id and area.place_level in SPECIFICITY:
            by_level[area.place_level][area.place_id] = area
    return by_level


def _levels_for(locations: list[registry.ResidentLocation], areas: list[Area]) -> dict[int, PersonLevel]:
    """Most specific area containing each home, exceptions honoured; pure Python over the fetched rows."""
    by_level = _areas_by_level(areas)
    # Each area's level, column and exceptions worked out once, not once per resident (tens of thousands).
    lookups: list[tuple[str, dict[int, tuple[Area, str, tuple[tuple[str, int], ...]]]]] = []
    for level in sorted(by_level, key=lambda lv: -SPECIFICITY[lv]):
        table = {place_id: (area, area.level, tuple((f"{ex_level}_id", ex_id) for ex_id, ex_level in area.exclusions))
                 for place_id, area in by_level[level].items() if area.level}
        lookups.append((f"{level}_id", table))
    result: dict[int, PersonLevel] = {}
    for loc in locations:
        for column, table in lookups:
            hit = table.get(getattr(loc, column))
            if hit is None:
                continue
            area, level_name, exceptions = hit
            if exceptions and any(getattr(loc, ex_column, None) == ex_id for ex_column, ex_id in exceptions):
                continue
            result[loc.person_id] = PersonLevel(loc.person_id, level_name, area)
            break
    return result


def resident_levels(db: Session, actor: Actor, at: datetime, *, include_inactive: bool = False) -> dict[int,
                                                                                                      PersonLevel]:
    """Every resident living in an area at a moment, with the level and the area that sets it (set-based:
    one query for the residents of all areas together)."""
    _require(actor, Permission.AREAS_READ)
    areas = [a for a in replay(db, at) if a.level and (include_inactive or a.active_at(at))]
    places: dict[str, set[int]] = defaultdict(set)
    for area in areas:
        if area.place_id and area.place_level in SPECIFICITY:
            places[area.place_level].add(area.place_id)
    locations = registry.residents_under(db, actor, places, purpose=f"risk levels at {at.isoformat()}")
    return _levels_for(locations, areas)


def person_level(db: Session, actor: Actor, person_id: int, at: datetime | None = None) -> PersonLevel | None:
    """A person's risk level at a moment (None: not in any active area), from where they live."""
    moment = at or clock.now()
    location = registry.resident_location(db, actor, person_id, purpose="risk level")
    areas = [a for a in replay(db, moment) if a.level and a.active_at(moment)]
    return _levels_for([location], areas).get(person_id)


@dataclass
class Impact:
    notice_id: int
    places: int
    persons: dict[int, str]  # person id -> the level the notice gives them


def persons_affected(db: Session, actor: Actor, notice_id: int) -> Impact:
    """Who a notice touches: residents of its places (exceptions taken out), with the level it sets.

    Set-based: the notice's places grouped by level, one query for their residents."""
    _require(actor, Permission.AREAS_READ)
    notice = _get_notice(db, notice_id)
    loaded = _load_events(db, notice.effective, notice_ids={notice_id})
    areas = []
    for _key, (area, events) in loaded.items():
        last = events[-1]
        area.exclusions = last.exclusions
        area.history.append(Step(last.at, last.level_to or "lifted", "notice", notice_id, notice.number, "", ""))
        areas.append(area)
    places: dict[str, set[int]] = defaultdict(set)
    for area in areas:
        if area.place_id and area.place_level in SPECIFICITY:
            places[area.place_level].add(area.place_id)
    locations = registry.residents_under(db, actor, places, purpose=f"notice {notice.number} impact")
    levels = _levels_for(locations, areas)
    return Impact(notice_id, len(areas), {pid: pl.level for pid, pl in levels.items()})


# ---- residents of active areas as SQL (for the health-code recompute) --------------------------------

_TEMP = MetaData()
_RISK_AREA = Table(
    "tmp_risk_area", _TEMP,
    Column("place_id", Integer, primary_key=True), Column("depth", Integer), Column("level", String(16)),
    Column("notice_id", Integer), Column("notice_number", String(64)), Column("since", DateTime),
    Column("label", String(300)), prefixes=["TEMPORARY"])
_RISK_EXCLUSION = Table(
    "tmp_risk_area_exclusion", _TEMP,
    Column("area_place_id", Integer, index=True), Column("place_id", Integer), prefixes=["TEMPORARY"])


def resident_area_facts(db: Session, actor: Actor, at: datetime, *,
                        person_ids: Select[Any] | list[int] | None = None) -> Select[Any]:
    """What `resident_levels` answers, as one SELECT over the whole population: (person_id, level,
    since, notice_id, notice_number, label) for every resident of an active area at ``at``, from the most
    specific area containing their home, exceptions honoured.

    The areas are replayed in Python (hundreds) and put in a temporary table of this connection; the
    residents (millions) are joined in SQL. Run the returned SELECT in the same transaction."""
    _require(actor, Permission.AREAS_READ)
    few = isinstance(person_ids, list) and len(person_ids) <= 100
    replayed = _replay_near(db, actor, at, person_ids) if few else replay(db, at)  # type: ignore[arg-type]
    areas = [a for a in replayed if a.level and a.active_at(at) and a.place_id and a.place_level in SPECIFICITY]
    bind = db.connection()
    _TEMP.create_all(bind, checkfirst=True)
    db.execute(_RISK_EXCLUSION.delete())
    db.execute(_RISK_AREA.delete())
    if areas:
        db.execute(_RISK_AREA.insert(), [
            {"place_id": a.place_id, "depth": SPECIFICITY[a.place_level or ""], "level": a.level,
             "notice_id": a.current.notice_id if a.current else None,
             "notice_number": (a.current.notice_number if a.current else "")[:64],
             "since": a.current.at if a.current else at, "label": (a.label or a.text)[:300]} for a in areas])
        exclusions = [{"area_place_id": a.place_id, "place_id": ex_id} for a in areas for ex_id, _lv in a.exclusions]
        if exclusions:
            db.execute(_RISK_EXCLUSION.insert(), exclusions)
    if bind.dialect.name == "postgresql":
        db.execute(sql_text("ANALYZE tmp_risk_area"))  # temporary tables have no statistics otherwise
    audit.record(db, actor, "read", "person", None,
                 {"op": "resident_area_facts", "at": at.isoformat(), "areas": len(areas)})
    loc = registry.locations_selectable()
    area, excl = _RISK_AREA, _RISK_EXCLUSION
    home = [loc.c[f"{level}_id"] for level in PLACE_LEVELS]
    excluded = select(excl.c.place_id).where(excl.c.area_place_id == area.c.place_id,
                                             or_(*[excl.c.place_id == column for column in home])).exists()
    branches = []
    for level in PLACE_LEVELS:
        branch = (select(loc.c.id.label("person_id"), area.c.depth, area.c.level, area.c.since, area.c.notice_id,
                         area.c.notice_number, area.c.label)
                  .select_from(area.join(loc, loc.c[f"{level}_id"] == area.c.place_id))
                  # The IN lets the planner start from the few areas and the index on the home column,
                  # not from millions of persons.
                  .where(loc.c[f"{level}_id"].in_(select(area.c.place_id).where(area.c.depth == SPECIFICITY[level])),
                         area.c.depth == SPECIFICITY[level], ~excluded))
        if person_ids is not None:
            branch = branch.where(loc.c.id.in_(person_ids))
        branches.append(branch)
    every = union_all(*branches).subquery("area_match")
    ranked = select(every, func.row_number().over(partition_by=every.c.person_id,
                                                  order_by=every.c.depth.desc()).label("rank")).subquery("ranked")
    return select(ranked.c.person_id, ranked.c.level, ranked.c.since, ranked.c.notice_id, ranked.c.notice_number,
                  ranked.c.label).where(ranked.c.rank == 1)


def resident_area_facts_of(db: Session, actor: Actor, at: datetime, person_ids: list[int]) -> list[tuple[Any, ...]]:
    """`resident_area_facts` for a few persons, as rows in Python (no temporary table, no DDL): the
    persons' homes, the areas containing them (replayed alone), the most specific one that applies."""
    _require(actor, Permission.AREAS_READ)
    homes = registry.locations_of(db, actor, set(person_ids), purpose="risk levels of a few persons")
    areas = [a for a in _replay_near(db, actor, at, person_ids, homes)
             if a.level and a.active_at(at) and a.place_id and a.place_level in SPECIFICITY]
    audit.record(db, actor, "read", "person", None,
                 {"op": "resident_area_facts", "at": at.isoformat(), "areas": len(areas)})
    rows = []
    for pid, found in _levels_for(list(homes.values()), areas).items():
        a = found.area
        rows.append((pid, a.level, a.current.at if a.current else at, a.current.notice_id if a.current else None,
                     (a.current.notice_number if a.current else "")[:64], (a.label or a.text)[:300]))
    return rows


def _replay_near(db: Session, actor: Actor, at: datetime, person_ids: list[int],
                 homes: dict[int, registry.ResidentLocation] | None = None) -> list[Area]:
    """`replay` restricted to the areas containing a few persons' homes, counting only the infections
    among those areas' residents: what one person's code needs, in milliseconds instead of a city replay."""
    if homes is None:
        homes = registry.locations_of(db, actor, set(person_ids), purpose="risk levels of a few persons")
    chain = {getattr(loc, f"{level}_id") for loc in homes.values() for level in PLACE_LEVELS} - {None}
    loaded = _load_events(db, at, place_ids=chain)
    places: dict[str, set[int]] = defaultdict(set)
    for area, _events in loaded.values():
        if area.place_level in SPECIFICITY:
            places[area.place_level].add(area.place_id)
    residents = {loc.person_id: loc for loc in registry.residents_under(db, actor, places, purpose="infections near")}
    found: dict[tuple[Any, ...], list[datetime]] = defaultdict(list)
    for moment, pid in tracing.infections_among(db, at, sorted(residents)):
        loc = residents.get(pid)
        if loc is None:
            continue
        for level in PLACE_LEVELS:
            place_id = getattr(loc, f"{level}_id")
            if place_id is not None and ("place", place_id) in loaded:
                found[("place", place_id)].append(moment)
    result = []
    for key, (area, events) in loaded.items():
        _run_area(area, events, found.get(key, []), at)
        result.append(area)
    _label(db, result)
    return result
