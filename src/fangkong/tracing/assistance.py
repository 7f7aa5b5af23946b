"""Assistance requests (协查函) from other cities: a CSV or .xlsx list of persons (identity number, name,
reason, sending city). Every row is kept: matched to a registered person (state `matched`) or queued
for review (`review`: unknown or malformed number). A reviewer accepts a matched row as a case (through
the flow) or rejects it with a reason."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound
from fangkong.core.scope import Actor
from fangkong.core.spreadsheet import CellError, clean_text, find_header, read_rows
from fangkong.registry import idnumber
from fangkong.registry import service as registry
from fangkong.tracing import service
from fangkong.tracing.models import AssistanceRow

_HEADERS = {
    "id_number": ("身份证号", "身份证号码", "证件号码", "证件号", "idnumber", "id"),
    "name": ("姓名", "name"),
    "reason": ("协查原因", "原因", "事由", "reason", "人员类别", "类别"),
    "from_city": ("来函城市", "来函地", "发函城市", "发函单位", "城市", "fromcity", "city"),
}


@dataclass(frozen=True)
class AssistanceReport:
    rows: int
    matched: int
    review: int


def import_assistance(db: Session, actor: Actor, *, content: bytes, filename: str) -> AssistanceReport:
    service._write(actor)
    try:
        rows = read_rows(filename, content)
    except CellError as exc:
        raise InvalidInput(str(exc), str(exc)) from None
    header_at, positions = _header(rows)
    parsed = []
    for number, cells in rows[header_at:]:
        values = {key: clean_text(cells[index]) if index < len(cells) else "" for key, index in positions.items()}
        if not any(values.values()):
            continue
        parsed.append((number, values))
    if not parsed:
        raise InvalidInput("文件中没有数据行", "The file has no rows")
    numbers = {}
    for number, values in parsed:
        try:
            numbers[number] = idnumber.validate(values.get("id_number", ""))
        except ValueError:
            numbers[number] = None
    known = registry.person_ids_by_id_numbers(db, actor, {n for n in numbers.values() if n},
                                              purpose=f"协查函 {filename}")
    now, matched = clock.now(), 0
    for number, values in parsed:
        person_id = known.get(numbers[number] or "")
        matched += person_id is not None
        db.add(AssistanceRow(file_name=filename[:200], row_number=number, id_number=values.get("id_number", "")[:40],
                             name=values.get("name", "")[:64], reason=values.get("reason", "")[:200],
                             from_city=values.get("from_city", "")[:100], person_id=person_id,
                             state="matched" if person_id else "review", imported_by=actor.username,
                             imported_at=now))
    db.flush()
    audit.record(db, actor, "write", "assistance_row", None,
                 {"file": filename, "rows": len(parsed), "matched": matched})
    return AssistanceReport(len(parsed), matched, len(parsed) - matched)


def _header(rows: list[tuple[int, list[object]]]) -> tuple[int, dict[str, int]]:
    found = find_header(rows, _HEADERS, ("id_number",))
    if found is None:
        raise InvalidInput("找不到「身份证号」列", "No identity-number column (身份证号 / id_number)")
    return found


def assistance_rows(db: Session, actor: Actor, *, state: str | None = None, limit: int = 500) -> list[AssistanceRow]:
    service._read(actor)
    statement = select(AssistanceRow).order_by(AssistanceRow.id.desc()).limit(limit)
    if state:
        statement = statement.where(AssistanceRow.state == state)
    rows = list(db.scalars(statement))
    audit.record(db, actor, "read", "assistance_row", None, {"state": state, "rows": len(rows)})
    return rows


def assistance_row(db: Session, actor: Actor, row_id: int) -> AssistanceRow:
    service._read(actor)
    row = db.get(AssistanceRow, row_id)
    if row is None:
        raise NotFound("协查记录不存在", "No such assistance row")
    return row


def settle_assistance(db: Session, actor: Actor, row_id: int, *, state: str, case_id: int | None = None,
                      person_id: int | None = None) -> AssistanceRow:
    """done (became case `case_id`), matched (a reviewer found the person) or rejected."""
    service._write(actor)
    row = db.get(AssistanceRow, row_id)
    if row is None:
        raise NotFound("协查记录不存在", "No such assistance row")
    if state not in ("done", "matched", "rejected"):
        raise InvalidInput("状态有误", "Unknown state")
    row.state, row.case_id = state, case_id or row.case_id
    if person_id is not None:
        registry.resident_location(db, actor, person_id, purpose=f"assistance row {row_id}")
        row.person_id = person_id
    audit.record(db, actor, "write", "assistance_row", row.id, {"state": state, "case": case_id})
    return row
