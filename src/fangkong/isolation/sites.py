"""Quarantine sites and their rooms: a site's life (reserve → requisitioned → in use → vacating →
returned, each step dated and by whom), a fangcang's readiness checklist against the 24-hour target,
rooms and their states, and the room list imported from .xlsx or CSV (all rows or none)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound
from fangkong.core.roles import Permission, require
from fangkong.core.scope import Actor
from fangkong.isolation import rules
from fangkong.isolation.models import (
    READINESS_ITEMS,
    ROOM_STATES,
    SITE_KINDS,
    SITE_STATES,
    QuarantineSite,
    Room,
    SiteEvent,
)
from fangkong.registry.imports import CellError, clean_text, read_rows

# The allowed next states of a site; "in_use" may go back to "vacating" and a returned site to reserve.
NEXT_STATES = {"reserve": ("requisitioned",), "requisitioned": ("in_use", "reserve"),
               "in_use": ("vacating",), "vacating": ("returned", "in_use"), "returned": ("reserve",)}
READINESS_NAMES = {"beds": ("床位", "beds"), "staff": ("医护专班", "medical staff team"),
                   "supplies": ("物资", "supplies"), "medical_waste": ("医疗废物清运", "medical-waste removal"),
                   "power_water": ("水电", "power and water")}


def require_read(actor: Actor) -> None:
    require(actor, Permission.ISOLATION_READ, "您的角色不能查看隔离场所", "Your role may not see quarantine sites")


def require_write(actor: Actor) -> None:
    require(actor, Permission.ISOLATION_WRITE, "您的角色不能登记隔离", "Your role may not record quarantine")


def require_manage(actor: Actor) -> None:
    require(actor, Permission.ISOLATION_MANAGE, "您的角色不能管理隔离场所", "Your role may not manage sites")


def create_site(db: Session, actor: Actor, *, name: str, kind: str, district_id: int | None = None,
                street_id: int | None = None, address: str = "", operator: str = "", staff_team: str = "",
                state: str = "reserve", venue_id: int | None = None) -> QuarantineSite:
    require_manage(actor)
    name = name.strip()
    if not name:
        raise InvalidInput("请填写场所名称", "The site needs a name")
    if kind not in SITE_KINDS:
        raise InvalidInput(f"场所类型应为 {SITE_KINDS}", f"kind must be one of {SITE_KINDS}")
    if state not in SITE_STATES:
        raise InvalidInput(f"状态应为 {SITE_STATES}", f"state must be one of {SITE_STATES}")
    if db.scalar(select(QuarantineSite.id).where(QuarantineSite.name == name)) is not None:
        raise InvalidInput(f"已有同名场所「{name}」", f"A site named {name!r} exists")
    now = clock.now()
    site = QuarantineSite(name=name[:200], kind=kind, district_id=district_id, street_id=street_id,
                          address=address[:300], operator=operator[:200], staff_team=staff_team[:300], state=state,
                          state_at=now, readiness={}, created_by=actor.username, created_at=now, venue_id=venue_id,
                          requisitioned_at=now if state in ("requisitioned", "in_use") else None)
    db.add(site)
    db.flush()
    db.add(SiteEvent(site_id=site.id, from_state="", to_state=state, at=now, by=actor.username, note="created"))
    audit.record(db, actor, "write", "quarantine_site", site.id, {"op": "create", "name": name, "kind": kind})
    return site


def get_site(db: Session, actor: Actor, site_id: int) -> QuarantineSite:
    require_read(actor)
    site = db.get(QuarantineSite, site_id)
    if site is None:
        raise NotFound("隔离场所不存在", "No such site")
    return site


def list_sites(db: Session, actor: Actor, *, kind: str | None = None) -> list[QuarantineSite]:
    require_read(actor)
    statement = select(QuarantineSite).order_by(QuarantineSite.state != "in_use", QuarantineSite.name)
    if kind:
        statement = statement.where(QuarantineSite.kind == kind)
    return list(db.scalars(statement))


def move_site(db: Session, actor: Actor, site_id: int, *, to_state: str, note: str = "") -> QuarantineSite:
    """One step of the site's life. Vacating needs no guest left... returned needs every room empty."""
    require_manage(actor)
    site = get_site(db, actor, site_id)
    if to_state not in NEXT_STATES.get(site.state, ()):
        raise InvalidInput(f"场所不能从「{site.state}」转为「{to_state}」",
                           f"A site cannot go from {site.state} to {to_state}")
    if to_state == "returned":
        occupied = db.scalar(select(func.count()).select_from(Room)
                             .where(Room.site_id == site.id, Room.state == "occupied"))
        if occupied:
            raise InvalidInput(f"还有 {occupied} 间房有人入住,不能退还", f"{occupied} rooms are still occupied")
    now = clock.now()
    db.add(SiteEvent(site_id=site.id, from_state=site.state, to_state=to_state, at=now, by=actor.username,
                     note=note[:300]))
    site.state, site.state_at = to_state, now
    if to_state == "requisitioned":
        site.requisitioned_at, site.first_arrival_at, site.readiness = now, None, {}
    audit.record(db, actor, "write", "quarantine_site", site.id, {"op": "move", "to": to_state, "note": note})
    return site


def site_events(db: Session, actor: Actor, site_id: int) -> list[SiteEvent]:
    require_read(actor)
    return list(db.scalars(select(SiteEvent).where(SiteEvent.site_id == site_id).order_by(SiteEvent.at, SiteEvent.id)))


def mark_ready(db: Session, actor: Actor, site_id: int, *, item: str, done: bool = True) -> QuarantineSite:
    """Tick (or untick) an item of the readiness checklist."""
    require_manage(actor)
    if item not in READINESS_ITEMS:
        raise InvalidInput(f"清单项应为 {READINESS_ITEMS}", f"item must be one of {READINESS_ITEMS}")
    site = get_site(db, actor, site_id)
    readiness = dict(site.readiness or {})
    if done:
        readiness[item] = {"by": actor.username, "at": clock.now().isoformat(timespec="minutes")}
    else:
        readiness.pop(item, None)
    site.readiness = readiness  # a new dict: JSON columns notice reassignment, not mutation
    audit.record(db, actor, "write", "quarantine_site", site.id, {"op": "readiness", "item": item, "done": done})
    return site


@dataclass(frozen=True)
class Readiness:
    items: list[tuple[str, str, str, dict[str, Any] | None]]  # key, zh, en, {"by","at"} or None
    deadline: datetime | None  # requisition + the policy's hours, until the first arrival
    seconds_left: int | None  # negative when late
    met: bool | None  # first arrival within the target (None while waiting)

    @property
    def done(self) -> int:
        return sum(1 for item in self.items if item[3])


def readiness(site: QuarantineSite, now: datetime) -> Readiness:
    items = [(key, *READINESS_NAMES[key], (site.readiness or {}).get(key)) for key in READINESS_ITEMS]
    if site.requisitioned_at is None:
        return Readiness(items, None, None, None)
    hours = rules.isolation_policy(site.requisitioned_at).fangcang_ready_hours
    deadline = site.requisitioned_at + timedelta(hours=hours)
    if site.first_arrival_at is not None:
        return Readiness(items, deadline, None, site.first_arrival_at <= deadline)
    return Readiness(items, deadline, int((deadline - now).total_seconds()), None)


# ---- rooms ------------------------------------------------------------------------------------


def rooms_of(db: Session, actor: Actor, site_id: int) -> list[Room]:
    require_read(actor)
    return list(db.scalars(select(Room).where(Room.site_id == site_id).order_by(Room.floor, Room.number)))


def set_room_state(db: Session, actor: Actor, room_id: int, *, state: str) -> Room:
    """Staff mark a room out of service, back in service, or disinfected (终末消毒 done → free). Occupancy
    changes only with stays."""
    require_write(actor)
    room = db.get(Room, room_id)
    if room is None:
        raise NotFound("房间不存在", "No such room")
    if state not in ("free", "disinfection", "out_of_service"):
        raise InvalidInput("房间状态只能设为 空闲、终末消毒 或 停用",
                           "A room may be set free, in disinfection or out of service")
    if room.state == "occupied":
        raise InvalidInput(f"房间 {room.number} 有人入住", f"Room {room.number} is occupied")
    room.state, room.state_at = state, clock.now()
    audit.record(db, actor, "write", "room", room.id, {"state": state})
    return room


ROOM_COLUMNS = {  # key: (Chinese label, accepted headers)
    "number": ("房间号", ("房间号", "房号", "房间", "room", "room number", "number")),
    "floor": ("楼层", ("楼层", "层", "floor")),
    "beds": ("床位数", ("床位数", "床位", "床数", "beds")),
    "accessible": ("无障碍", ("无障碍", "无障碍房", "accessible")),
    "family": ("家庭房", ("家庭房", "亲子房", "family", "family room")),
}
_YES = {"是", "有", "y", "yes", "true", "1", "√", "✓", "家庭房", "无障碍"}
_NO = {"", "否", "无", "n", "no", "false", "0", "×", "-"}


@dataclass
class RoomImport:
    created: int = 0
    rows: int = 0
    errors: list[tuple[int, str, str, str, str]] = field(default_factory=list)  # row, column, value, zh, en


def _flag(value: object) -> bool:
    text = clean_text(value).lower() if value is not None else ""
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValueError("应填 是/否", "write yes or no")


def _whole(value: object, low: int, high: int) -> int:
    if isinstance(value, bool):
        raise ValueError("应为整数", "not a whole number")
    if isinstance(value, int | float):
        number = value
    else:
        text = clean_text(value)
        text = re.sub(r"^(第)?(-?\d+)\s*(层|楼|F|f|张|床)?$", r"\2", text)
        try:
            number = float(text)
        except ValueError:
            raise ValueError(f"无法识别「{text}」", f"cannot read {text!r}") from None
    if number != int(number) or not low <= int(number) <= high:
        raise ValueError(f"应为 {low}–{high} 的整数", f"must be a whole number {low}-{high}")
    return int(number)


def _room_number(value: object) -> str:
    if isinstance(value, float) and value == int(value):
        value = int(value)
    text = clean_text(value) if value is not None else ""
    if not text or len(text) > 16:
        raise ValueError("房间号为空或过长", "room number empty or too long")
    return text


def _header(rows: list[tuple[int, list[object]]]) -> tuple[int, dict[str, int]] | None:
    for number, cells in rows[:10]:
        positions = {}
        for index, cell in enumerate(cells):
            text = clean_text(cell).lower() if cell is not None else ""
            for key, (_label, names) in ROOM_COLUMNS.items():
                if text in names and key not in positions:
                    positions[key] = index
        if "number" in positions and "floor" in positions:
            return number, positions
    return None


def parse_room_list(data: bytes, filename: str = "") -> tuple[list[dict[str, Any]], RoomImport]:
    """Typed rows and the per-row report of a room-list file (.xlsx, or CSV in UTF-8/GB18030)."""
    report = RoomImport()
    try:
        rows = read_rows(filename, data)
    except CellError as exc:
        zh, _, en = str(exc).partition(" / ")
        report.errors.append((0, "", "", zh, en or zh))
        return [], report
    header = _header(rows)
    if header is None:
        report.errors.append((0, "房间号", "", "找不到表头(至少需要 房间号 和 楼层 两列)",
                              "no header row found (needs at least room number and floor)"))
        return [], report
    header_row, positions = header
    parsers = {"number": _room_number, "floor": lambda v: _whole(v, -5, 200),
               "beds": lambda v: 1 if v is None or clean_text(v) == "" else _whole(v, 1, 3),
               "accessible": _flag, "family": _flag}
    typed_rows: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for number, cells in rows:
        if number <= header_row or all(c is None or clean_text(c) == "" for c in cells):
            continue
        report.rows += 1
        typed: dict[str, Any] = {"accessible": False, "family": False, "beds": 1}
        failed = False
        for key, index in positions.items():
            raw = cells[index] if index < len(cells) else None
            try:
                typed[key] = parsers[key](raw)
            except ValueError as exc:
                zh, en = exc.args if len(exc.args) == 2 else (str(exc), str(exc))
                report.errors.append((number, ROOM_COLUMNS[key][0], "" if raw is None else clean_text(raw), zh, en))
                failed = True
        if not failed and typed["number"] in seen:
            report.errors.append((number, "房间号", typed["number"], f"与第 {seen[typed['number']]} 行重复",
                                  f"same room as row {seen[typed['number']]}"))
            failed = True
        if not failed:
            seen[typed["number"]] = number
            typed_rows.append(typed)
    if not report.rows:
        report.errors.append((0, "", "", "文件中没有房间", "the file holds no rooms"))
    return typed_rows, report


def import_rooms(db: Session, actor: Actor, site_id: int, *, content: bytes, filename: str = "") -> RoomImport:
    """Every row or none: with any error nothing is written and the report lists each row's problem.
    A room already at the site is an error too (a re-import must not double the rooms)."""
    require_write(actor)
    site = get_site(db, actor, site_id)
    typed_rows, report = parse_room_list(content, filename)
    existing = set(db.scalars(select(Room.number).where(Room.site_id == site.id)))
    for typed in typed_rows:
        if typed["number"] in existing:
            report.errors.append((0, "房间号", typed["number"], "该场所已有此房间", "the site already has this room"))
    if report.errors:
        return report
    now = clock.now()
    db.add_all([Room(site_id=site.id, number=t["number"], floor=t["floor"], beds=t["beds"],
                     accessible=t["accessible"], family=t["family"], state="free", state_at=now) for t in typed_rows])
    db.flush()
    report.created = len(typed_rows)
    audit.record(db, actor, "write", "room", None, {"op": "import", "site": site.id, "rooms": report.created,
                                                    "file": filename})
    return report


def add_room(db: Session, actor: Actor, site_id: int, *, number: str, floor: int, beds: int = 1,
             accessible: bool = False, family: bool = False) -> Room:
    require_write(actor)
    get_site(db, actor, site_id)
    if not 1 <= beds <= 3:
        raise InvalidInput("床位数应为 1–3", "beds must be 1-3")
    if db.scalar(select(Room.id).where(Room.site_id == site_id, Room.number == number)) is not None:
        raise InvalidInput(f"已有房间 {number}", f"Room {number} exists")
    room = Room(site_id=site_id, number=number, floor=floor, beds=beds, accessible=accessible, family=family,
                state="free", state_at=clock.now())
    db.add(room)
    db.flush()
    audit.record(db, actor, "write", "room", room.id, {"op": "add", "site": site_id, "number": number})
    return room


ROOM_STATE_NAMES = {"free": ("空闲", "free"), "occupied": ("已入住", "occupied"),
                    "disinfection": ("终末消毒", "terminal disinfection"), "out_of_service": ("停用", "out of service")}
assert set(ROOM_STATE_NAMES) == set(ROOM_STATES)
