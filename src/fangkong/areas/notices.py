"""Risk-area notices: drafted from text (parsed, places resolved), settled in review, published, read.

A notice is stored as a draft with its parse and the resolver's matches; staff settle the review queue,
then publish. Nothing applies until a notice is published (see ``replay``).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fangkong import policies
from fangkong.areas import resolver
from fangkong.areas.models import Notice, NoticeChange, NoticeExclusion, NoticePlace
from fangkong.areas.parser import parse_notice
from fangkong.areas.render import render_notice
from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound
from fangkong.core.roles import Permission, require
from fangkong.core.scope import Actor
from fangkong.registry import service as registry

ACTIONS = ("add", "lift", "upgrade", "downgrade", "set")


# ---- drafting ------------------------------------------------------------------------------------


class NothingRead(InvalidInput):
    """The rules read no risk-area change in a notice's text: the commander may ask the statistical tagger to
    guess (``draft_notice(..., guess=True)``, decision 0024) or enter the places by hand."""


def draft_notice(db: Session, actor: Actor, text: str, *, default_year: int | None = None,
                 guess: bool = False) -> Notice:
    """Parse a notice's text, resolve its places and keep it as a draft. Nothing applies until published.
    ``guess``: where the rules find no list, let the statistical tagger guess the places (decision 0024); the
    commander asks for it after the rules failed, and reviews each guess."""
    require(actor, Permission.NOTICE_WRITE)
    if not text.strip():
        raise InvalidInput("通告正文为空", "The notice text is empty")
    parsed = parse_notice(text, default_year=default_year or clock.now().year, fallback=guess)
    if not parsed["changes"]:
        # The parser's warning names the part it could not read ("未能读出:「…」 / could not read: «…»").
        zh, _, en = (parsed["warnings"][-1] if parsed["warnings"] else " / ").partition(" / ")
        raise NothingRead(f"未能从正文中读出任何风险区域变更。{zh}",
                          f"No risk-area change could be read from the text. {en}")
    return _store_draft(db, actor, parsed, text)


def draft_from_changes(db: Session, actor: Actor, notice: dict[str, Any]) -> Notice:
    """A notice built in the form: render the city's usual text, then store it like a pasted one."""
    require(actor, Permission.NOTICE_WRITE)
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
    # The parser's dates are ISO: "2022-12-02" (a day, from its midnight) or "2022-12-03T00:00:00".
    published = clock.parse_moment(parsed["published"]) if parsed.get("published") else None
    effective = (clock.parse_moment(parsed["effective"]) if parsed.get("effective") else None) or published or now
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
        if change["district"] and district_id is None:
            district_id = district_ids.get(re.sub(r"\(.*?\)", "", change["district"]))  # "高新区(新市区)"
        row = NoticeChange(notice_id=notice.id, seq=seq, action=change["action"], level_from=change["level_from"],
                           level_to=change["level_to"], district=change["district"], district_id=district_id,
                           stated_count=change["stated_count"])
        db.add(row)
        db.flush()
        if change["district"] and district_id is None:
            resolutions = resolver.outside_city(change["district"], change["places"])
        else:
            resolutions = resolver.resolve(db, district_id, change["places"])
        if district_id is None and not change["district"]:
            _warn_without_district(parsed, resolutions)
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


def _warn_without_district(parsed: dict[str, Any], resolutions: list[resolver.Resolution]) -> None:
    """Places of a notice that names no district are matched by their name alone, across the city: a name
    the registry has once is that place; a name it has several times is not guessed, it waits for the
    reviewer with every place of that name, and the notice's warnings say so."""
    ambiguous = [r for r in resolutions if r.state == "review" and len(r.candidates) > 1]
    for r in ambiguous:
        r.note = r.note or resolver.NO_DISTRICT_NOTE
    if ambiguous:
        names = "、".join(r.text for r in ambiguous[:5]) + ("…" if len(ambiguous) > 5 else "")
        parsed.setdefault("warnings", []).append(
            f"通告未写明区县:{len(resolutions)}处地点按名称在全市登记册中匹配,其中{len(ambiguous)}处有多个同名地点,"
            f"未作猜测,待审核:「{names}」 / the notice names no district: {len(resolutions)} places were matched "
            f"by name across the city; {len(ambiguous)} have several places of that name and wait for review: "
            f"«{names}»")


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


def get_notice(db: Session, notice_id: int) -> Notice:
    notice = db.get(Notice, notice_id)
    if notice is None:
        raise NotFound("通告不存在", "No such notice")
    return notice


def _draft_place(db: Session, actor: Actor, notice_place_id: int) -> NoticePlace:
    """A place of a draft notice, for a notice writer (a published notice's matches are final)."""
    require(actor, Permission.NOTICE_WRITE)
    row = db.get(NoticePlace, notice_place_id)
    if row is None:
        raise NotFound("通告地点不存在", "No such notice place")
    if get_notice(db, row.notice_id).state != "draft":
        raise InvalidInput("通告已发布,不能再修改匹配", "The notice is published; its matches are final")
    return row


def resolve_place(db: Session, actor: Actor, notice_place_id: int, *, place_id: int | None = None,
                  venue_id: int | None = None, block: bool = False, drop: bool = False,
                  create: dict[str, Any] | None = None) -> NoticePlace:
    """Settle one place of a draft: pick a registry place or venue, create the place, keep it as a
    free-form block (an area no registry place stands for), or leave it out (what was read is no area of
    the notice: a misread, or a guess of the statistical fallback, decision 0024). Audited with who and how."""
    row = _draft_place(db, actor, notice_place_id)
    chosen = sum(x is not None and x is not False for x in (place_id, venue_id, create, block or None, drop or None))
    if chosen != 1:
        raise InvalidInput("请选择一个匹配、新建地点、标为自由区域或不发布此项中的一项",
                           "Choose exactly one: a place, a venue, a new place, a free-form block or leave it out")
    kind = "manual"
    if create is not None:
        parent_id, name = int(create["parent_id"]), str(create["name"]).strip()
        same = [ref for ref in registry.children_refs(db, parent_id)
                if resolver.normalize(ref.name) == resolver.normalize(name)]
        if same:  # no duplicate places: the reviewer picks the one that exists
            raise InvalidInput(f"该上级下已有同名地点「{same[0].name}」,请在候选或地点搜索中直接选择它",
                               f"A place named {same[0].name!r} already exists there; choose it instead")
        place = registry.create_place(db, actor, parent_id=parent_id, level=str(create["level"]), name=name)
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
        kind = "dropped" if drop else "block"
    # (a place left out is published nowhere and changes nobody's code: replay reads matched and block only)
    row.state = "dropped" if drop else "block" if block else "matched"
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
    require(actor, Permission.NOTICE_WRITE)
    notice = get_notice(db, notice_id)
    if notice.state != "draft":
        raise InvalidInput("该通告不是草稿", "Only a draft can be published")
    waiting = db.scalar(select(NoticePlace.id).where(NoticePlace.notice_id == notice_id,
                                                     NoticePlace.state == "review").limit(1))
    if waiting is not None:
        count = len(review_queue(db, actor, notice_id))
        raise InvalidInput(f"还有 {count} 处地点待核对,请先在核对队列中处理",
                           f"{count} place(s) still wait in the review queue")
    now = clock.now()
    notice.state, notice.published_by, notice.published_at = "published", actor.username, now
    if _effective_now(notice, now):
        notice.effective = now  # "即日起" means from the moment of publication, not from midnight
    audit.record(db, actor, "write", "notice", notice.id,
                 {"op": "publish", "number": notice.number, "effective": notice.effective.isoformat()})
    return notice


def _effective_now(notice: Notice, now: datetime) -> bool:
    """Whether a notice takes effect "即日起" and is published on its own date (a notice of an earlier day,
    loaded later, keeps its day: the moment it was published then is not known)."""
    if not notice.text or notice.effective.time() != time() or notice.effective.date() != now.date():
        return False
    return bool(parse_notice(notice.text, default_year=notice.effective.year).get("effective_now"))


def withdraw(db: Session, actor: Actor, notice_id: int) -> Notice:
    require(actor, Permission.NOTICE_WRITE)
    notice = get_notice(db, notice_id)
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
    def outside(self) -> int:
        """Places of districts this city does not have (a pasted notice of another city)."""
        return sum(1 for change in self.changes for place in change.places
                   if place.state == "review" and resolver.OUTSIDE_NOTE in place.note)

    @property
    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for change in self.changes:
            for place in change.places:
                counts[place.state] += 1
        return dict(counts)


def list_notices(db: Session, actor: Actor, *, state: str | None = None, limit: int = 100) -> list[Notice]:
    require(actor, Permission.AREAS_READ)
    statement = select(Notice).order_by(Notice.effective.desc(), Notice.id.desc()).limit(limit)
    if state:
        statement = statement.where(Notice.state == state)
    return list(db.scalars(statement))


def notice_place_counts(db: Session, actor: Actor, notice_ids: list[int]) -> dict[int, dict[str, int]]:
    """Places per state (matched, block, review) for each notice, one grouped query."""
    require(actor, Permission.AREAS_READ)
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
    require(actor, Permission.AREAS_READ)
    notice = get_notice(db, notice_id)
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
    warnings: list[str] = []
    if notice.text:
        parsed = parse_notice(notice.text, default_year=notice.effective.year)
        if not parsed["changes"] and views:  # drafted with the statistical tagger's guesses: its warning too
            parsed = parse_notice(notice.text, default_year=notice.effective.year, fallback=True)
        warnings = parsed["warnings"]
    return NoticeView(notice, views, warnings)


def review_queue(db: Session, actor: Actor, notice_id: int | None = None) -> list[PlaceRow]:
    """Places that wait for a person (of one draft, or of every draft)."""
    require(actor, Permission.AREAS_READ)
    statement = select(NoticePlace.notice_id).join(Notice, Notice.id == NoticePlace.notice_id).where(
        NoticePlace.state == "review", Notice.state == "draft")
    if notice_id is not None:
        statement = statement.where(NoticePlace.notice_id == notice_id)
    rows: list[PlaceRow] = []
    for nid in sorted(set(db.scalars(statement))):
        for change in notice_view(db, actor, nid).changes:
            rows.extend(p for p in change.places if p.state == "review")
    return rows
