"""Vulnerable residents (困难群体): categories per person kept by grid workers, a grid's list, and the daily
knock or call (敲门行动) on those living alone inside a sealed area, with a task for the community when a
day's check is missed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import and_, delete, select, update
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound
from fangkong.core.roles import Permission, require_any
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.support.common import (
    clean_text,
    is_sealed,
    require_scope,
    sealed_areas,
    support_policy,
    where_of,
)
from fangkong.support.models import (
    CATEGORIES,
    CHECK_METHODS,
    CHECK_OUTCOMES,
    DailyCheck,
    SupportTask,
    VulnerableCategory,
)


def set_category(db: Session, actor: Actor, *, person_id: int, category: str, next_session_on: date | None = None,
                 note: str = "") -> VulnerableCategory:
    """Add (or update) one category of a person in the grid worker's jurisdiction."""
    require_any(actor, Permission.SUPPORT_MANAGE)
    if category not in CATEGORIES:
        raise InvalidInput("请选择类别", f"category must be one of {', '.join(CATEGORIES)}")
    note = clean_text(note, 200, what_zh="备注", what_en="the note")
    location = registry.resident_location(db, actor, person_id, purpose="vulnerable category")
    row = db.scalar(select(VulnerableCategory).where(VulnerableCategory.person_id == person_id,
                                                     VulnerableCategory.category == category))
    if row is None:
        row = VulnerableCategory(person_id=person_id, category=category, **where_of(location))
        db.add(row)
    row.next_session_on, row.note = next_session_on, note
    row.recorded_by, row.recorded_at = actor.username, clock.now()
    db.flush()
    audit.record(db, actor, "write", "vulnerable_category", row.id,
                 {"person": person_id, "category": category, "next_session": next_session_on})
    return row


def remove_category(db: Session, actor: Actor, *, person_id: int, category: str) -> bool:
    require_any(actor, Permission.SUPPORT_MANAGE)
    registry.resident_location(db, actor, person_id, purpose="vulnerable category")
    removed = db.execute(delete(VulnerableCategory).where(VulnerableCategory.person_id == person_id,
                                                          VulnerableCategory.category == category)).rowcount
    audit.record(db, actor, "write", "vulnerable_category", None,
                 {"op": "remove", "person": person_id, "category": category})
    return bool(removed)


@dataclass
class VulnerableRow:
    person: registry.PersonCard
    categories: list[VulnerableCategory]
    sealed: bool = False
    check: DailyCheck | None = None

    @property
    def living_alone(self) -> bool:
        return any(c.category == "living_alone" for c in self.categories)


def vulnerable_list(db: Session, actor: Actor, *, category: str | None = None, grid_id: int | None = None,
                    sealed_only: bool = False, day: date | None = None, limit: int = 500) -> list[VulnerableRow]:
    """The vulnerable residents in the actor's jurisdiction (a grid worker: their grid), one row per person
    with all their categories, whether the home is sealed now, and the day's check."""
    require_any(actor, Permission.SUPPORT_MANAGE)
    now = clock.now()
    conditions: list[Any] = [actor.scope_clause(VulnerableCategory)]
    if grid_id:
        conditions.append(VulnerableCategory.grid_id == grid_id)
    if category:
        if category not in CATEGORIES:
            raise InvalidInput("未知类别", "Unknown category")
        chosen = select(VulnerableCategory.person_id).where(VulnerableCategory.category == category)
        conditions.append(VulnerableCategory.person_id.in_(chosen))
    rows = list(db.scalars(select(VulnerableCategory).where(*conditions)
                           .order_by(VulnerableCategory.person_id, VulnerableCategory.category).limit(limit * 4)))
    by_person: dict[int, list[VulnerableCategory]] = {}
    for row in rows:
        by_person.setdefault(row.person_id, []).append(row)
    sealed = sealed_areas(db, now)
    cards = registry.person_cards(db, actor, set(by_person), purpose="vulnerable residents")
    checks = _checks(db, set(by_person), day or now.date())
    found = [VulnerableRow(cards[pid], cats, is_sealed(cats[0], sealed), checks.get(pid))
             for pid, cats in by_person.items() if pid in cards]
    if sealed_only:
        found = [r for r in found if r.sealed]
    return found[:limit]


def _checks(db: Session, person_ids: set[int], day: date) -> dict[int, DailyCheck]:
    found: dict[int, DailyCheck] = {}
    ids = sorted(person_ids)
    for i in range(0, len(ids), 900):
        for check in db.scalars(select(DailyCheck).where(DailyCheck.person_id.in_(ids[i:i + 900]),
                                                         DailyCheck.day == day)):
            found[check.person_id] = check
    return found


def record_check(db: Session, actor: Actor, *, person_id: int, method: str, outcome: str, note: str = "",
                 day: date | None = None) -> DailyCheck:
    """Today's knock or call (once per person and day; a second one on the same day updates it)."""
    require_any(actor, Permission.SUPPORT_MANAGE)
    if method not in CHECK_METHODS:
        raise InvalidInput("请选择方式(敲门或电话)", "method must be knock or call")
    if outcome not in CHECK_OUTCOMES:
        raise InvalidInput("请选择结果", f"outcome must be one of {', '.join(CHECK_OUTCOMES)}")
    note = clean_text(note, 200, what_zh="备注", what_en="the note", required=outcome != "well")
    registry.resident_location(db, actor, person_id, purpose="daily check")
    now = clock.now()
    day = day or now.date()
    check = db.scalar(select(DailyCheck).where(DailyCheck.person_id == person_id, DailyCheck.day == day))
    if check is None:
        check = DailyCheck(person_id=person_id, day=day)
        db.add(check)
    check.method, check.outcome, check.note, check.checked_by, check.checked_at = method, outcome, note, \
        actor.username, now
    db.flush()
    db.execute(_tasks_done("missed_check", person_id, day, now))
    audit.record(db, actor, "write", "welfare_check", check.id, {"person": person_id, "outcome": outcome})
    return check


def _tasks_done(kind: str, subject_id: int, day: date | None, now: datetime) -> Any:
    conditions = [SupportTask.kind == kind, SupportTask.subject_id == subject_id, SupportTask.done_at.is_(None)]
    if day is not None:
        conditions.append(SupportTask.day == day)
    return update(SupportTask).where(*conditions).values(done_at=now)


def sweep_missed_checks(db: Session, now: datetime | None = None) -> int:
    """After the policy's hour, a task for the community for each resident living alone in a sealed area
    who had no check that day. Set-based (one query for the candidates, one for the checks); idempotent."""
    moment = now or clock.now()
    policy = support_policy(moment)
    if moment < datetime.combine(moment.date(), time(policy.daily_check_by_hour)):
        return 0
    day = moment.date()
    sealed = sealed_areas(db, moment)
    if not sealed:
        return 0
    checked = select(DailyCheck.person_id).where(DailyCheck.day == day)
    tasked = select(SupportTask.subject_id).where(SupportTask.kind == "missed_check", SupportTask.day == day)
    candidates = db.scalars(select(VulnerableCategory).where(
        and_(VulnerableCategory.category == "living_alone", VulnerableCategory.person_id.not_in(checked),
             VulnerableCategory.person_id.not_in(tasked)))).all()
    missed = [c for c in candidates if is_sealed(c, sealed)]
    for row in missed:
        db.add(SupportTask(kind="missed_check", subject_id=row.person_id, day=day, created_at=moment,
                           **where_of(row)))
    db.flush()
    return len(missed)


@dataclass
class TaskRow:
    task: SupportTask
    label: str


def open_tasks(db: Session, actor: Actor, *, limit: int = 200) -> list[TaskRow]:
    """The community's open tasks in the actor's jurisdiction: missed checks, compounds without a plan."""
    require_any(actor, Permission.SUPPORT_MANAGE)
    sweep_missed_checks(db)
    tasks = list(db.scalars(select(SupportTask).where(SupportTask.done_at.is_(None), actor.scope_clause(SupportTask))
                            .order_by(SupportTask.day.desc(), SupportTask.id).limit(limit)))
    people = {t.subject_id for t in tasks if t.kind == "missed_check"}
    cards = registry.person_cards(db, actor, people, purpose="missed daily checks") if people else {}
    places = registry.place_labels(db, {t.subject_id for t in tasks if t.kind == "access_plan"})
    audit.record(db, actor, "read", "support_task", None, {"rows": len(tasks)})
    rows = []
    for task in tasks:
        if task.kind == "missed_check":
            card = cards.get(task.subject_id)
            rows.append(TaskRow(task, f"{card.name} {card.address}" if card else f"#{task.subject_id}"))
        else:
            rows.append(TaskRow(task, places.get(task.subject_id, f"#{task.subject_id}")))
    return rows


def get_category(db: Session, actor: Actor, row_id: int) -> VulnerableCategory:
    require_any(actor, Permission.SUPPORT_MANAGE)
    row = db.get(VulnerableCategory, row_id)
    if row is None:
        raise NotFound("记录不存在", "No such record")
    require_scope(actor, row)
    return row


# ---- import: a community's list of vulnerable residents (困难群体台账), CSV or .xlsx

_IMPORT_HEADERS = {
    "id_number": ("身份证号", "身份证号码", "证件号码", "证件号", "idnumber", "id"),
    "category": ("类别", "人员类别", "困难类别", "群体类别", "category"),
    "next_session": ("下次治疗日期", "下次治疗", "治疗日期", "nextsession", "nextsessionon"),
    "note": ("备注", "说明", "note"),
}
# The words offices write for each category, besides the platform's own keys.
CATEGORY_WORDS = {
    "low_income": ("低保", "低保户", "特困", "低收入"), "empty_nest": ("空巢", "空巢老人"),
    "living_alone": ("独居", "独居老人"), "disabled": ("残疾", "残疾人"),
    "disabled_elderly": ("失能", "失能老人", "半失能"), "pregnant": ("孕产妇", "孕妇", "产妇"),
    "regular_treatment": ("定期治疗", "透析", "血透", "化疗", "放疗"), "infant": ("婴幼儿", "婴儿"),
    "no_smartphone": ("无智能手机", "无手机", "老年机"),
}
_CATEGORY_BY_WORD = {word: key for key, words in CATEGORY_WORDS.items() for word in (key, *words)}
IMPORT_ERROR_LIMIT = 50  # rows listed in a refusal; the count says how many more


@dataclass(frozen=True)
class CategoryImport:
    rows: int
    added: int
    updated: int


def import_categories(db: Session, actor: Actor, *, content: bytes, filename: str) -> CategoryImport:
    """Every row or none: each row names a registered resident in the actor's jurisdiction and a known
    category (several in one cell, split by "、" "," or "/"); any bad row refuses the file with a list of
    rows and what is wrong. Importing the same file again changes nothing but the recorded time."""
    from fangkong.core.spreadsheet import CellError, find_header, read_rows
    from fangkong.core.spreadsheet import clean_text as clean_cell
    from fangkong.registry import idnumber
    from fangkong.testing.result_files import parse_time  # every way offices write a date

    require_any(actor, Permission.SUPPORT_MANAGE)
    try:
        rows = read_rows(filename, content, "vulnerable")
    except CellError as exc:
        raise InvalidInput(str(exc), str(exc)) from None
    if not rows:
        raise InvalidInput("文件是空的", "The file is empty")
    found = find_header(rows, _IMPORT_HEADERS, ("id_number", "category"))
    if found is None:
        raise InvalidInput("找不到「身份证号」和「类别」两列", "No identity-number and category columns "
                           "(身份证号 / id_number, 类别 / category)")
    header_at, positions = found
    errors: list[tuple[int, str, str]] = []
    wanted: list[tuple[int, str, str, date | None, str]] = []  # row, number, category, next session, note
    for number, cells in rows[header_at:]:
        values = {k: clean_cell(cells[i]) if i < len(cells) else "" for k, i in positions.items()}
        if not any(values.values()):
            continue
        try:
            id_number = idnumber.validate(values.get("id_number", ""))
        except ValueError:
            errors.append((number, f"身份证号有误:{values.get('id_number', '')}",
                           f"malformed identity number {values.get('id_number', '')!r}"))
            continue
        words = [w for w in _split_words(values.get("category", "")) if w]
        unknown = [w for w in words if w not in _CATEGORY_BY_WORD]
        if not words or unknown:
            errors.append((number, f"类别不认识:{'、'.join(unknown) or '(空)'}",
                           f"unknown category {', '.join(unknown) or '(empty)'}"))
            continue
        session_text = values.get("next_session", "")
        try:
            next_session = parse_time(session_text).date() if session_text else None
        except ValueError:
            errors.append((number, f"日期有误:{session_text}", f"not a date: {session_text}"))
            continue
        note = values.get("note", "")[:200]
        wanted.extend((number, id_number, _CATEGORY_BY_WORD[w], next_session, note) for w in words)
    known = registry.person_ids_by_id_numbers(db, actor, {w[1] for w in wanted}, purpose=f"困难群体台账 {filename}")
    locations = registry.locations_of(db, actor, set(known.values()), purpose=f"困难群体台账 {filename}")
    for number, id_number, *_ in wanted:
        person_id = known.get(id_number)
        if person_id is None:
            errors.append((number, "登记库中没有此人", "not in the registry"))
        elif not actor.covers(locations[person_id]):
            errors.append((number, "不在您的管辖范围内", "outside your jurisdiction"))
    if errors:
        errors.sort()
        shown = errors[:IMPORT_ERROR_LIMIT]
        more_zh = f";另有 {len(errors) - len(shown)} 行" if len(errors) > len(shown) else ""
        more_en = f"; {len(errors) - len(shown)} more rows" if len(errors) > len(shown) else ""
        raise InvalidInput(f"{len(errors)} 行有误,文件未导入:" + ";".join(f"第 {n} 行 {zh}" for n, zh, _ in shown)
                           + more_zh,
                           f"{len(errors)} rows are wrong, nothing was imported: "
                           + "; ".join(f"row {n} {en}" for n, _, en in shown) + more_en)
    existing = {(row.person_id, row.category): row for row in db.scalars(
        select(VulnerableCategory).where(VulnerableCategory.person_id.in_(sorted(set(known.values())) or [0])))}
    now, added, updated = clock.now(), 0, 0
    for _number, id_number, category, next_session, note in wanted:
        person_id = known[id_number]
        row = existing.get((person_id, category))
        if row is None:
            row = VulnerableCategory(person_id=person_id, category=category, **where_of(locations[person_id]))
            db.add(row)
            existing[(person_id, category)] = row
            added += 1
        else:
            updated += 1
        row.next_session_on, row.note = next_session or row.next_session_on, note or row.note
        row.recorded_by, row.recorded_at = actor.username, now
    db.flush()
    audit.record(db, actor, "write", "vulnerable_category", None,
                 {"op": "import", "file": filename[:100], "rows": len(wanted), "added": added, "updated": updated,
                  "persons": sorted(set(known.values()))[:200]})
    return CategoryImport(len(wanted), added, updated)


def _split_words(text: str) -> list[str]:
    for separator in ("、", ",", ",", "/", ";", ";", " "):
        text = text.replace(separator, "|")
    return [w.strip() for w in text.split("|")]
