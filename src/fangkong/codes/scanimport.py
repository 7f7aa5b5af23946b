"""Scans from another system (`fangkong scans import FILE`): CSV or .xlsx with the columns 身份证号,
场所码, 扫码时间 (or id_number, venue_code, scanned_at), UTF-8 or GB18030, times as offices write them.

All rows or none: any bad row refuses the file with a per-row report. Importing the same file twice
changes nothing: a row already in the log (same person, venue and moment, imported) is skipped. The
rows are written with method `import` in multi-row INSERTs."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fangkong.codes import partitions
from fangkong.codes.models import Scan
from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput
from fangkong.core.roles import Permission, require
from fangkong.core.scope import Actor
from fangkong.core.spreadsheet import CellError, clean_text, header_key, read_rows
from fangkong.core.textio import decode_bytes
from fangkong.registry import idnumber
from fangkong.registry import service as registry
from fangkong.testing.result_files import parse_time

_HEADERS = {
    "id_number": ("身份证号", "身份证号码", "证件号码", "idnumber"),
    "venue_code": ("场所码", "场所编码", "场所代码", "venuecode"),
    "scanned_at": ("扫码时间", "扫描时间", "时间", "scannedat", "checkedat"),
}
_ALIAS = {header_key(alias): key for key, aliases in _HEADERS.items() for alias in aliases}
MAX_ERRORS_SHOWN = 50


@dataclass
class ScanImportReport:
    rows: int = 0
    inserted: int = 0
    skipped: int = 0  # already in the log
    errors: list[tuple[int, str]] = field(default_factory=list)


class ScanFileRefused(InvalidInput):
    def __init__(self, report: ScanImportReport) -> None:
        shown = "; ".join(f"第{row}行 row {row}: {text}" for row, text in report.errors[:MAX_ERRORS_SHOWN])
        more = len(report.errors) - MAX_ERRORS_SHOWN
        tail = f" (+{more})" if more > 0 else ""
        super().__init__(f"文件有 {len(report.errors)} 行错误,未导入任何数据: {shown}{tail}",
                         f"{len(report.errors)} rows have errors; nothing imported: {shown}{tail}")
        self.report = report


def _rows(filename: str, content: bytes) -> list[tuple[int, list[Any]]]:
    """Rows of the file. CSV is read with the csv module directly (a million rows in seconds)."""
    if content.startswith(b"PK\x03\x04") or filename.lower().endswith((".xlsx", ".xlsm")):
        try:
            return read_rows(filename, content)
        except CellError as exc:
            raise InvalidInput(str(exc), str(exc)) from None
    try:
        text = decode_bytes(content).lstrip("\ufeff")
    except ValueError as exc:
        raise InvalidInput(str(exc), str(exc)) from None
    sample = text[:4096]
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    return list(enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1))


def _header(rows: list[tuple[int, list[Any]]]) -> tuple[int, dict[str, int]]:
    for position, (_number, cells) in enumerate(rows[:10]):
        found: dict[str, int] = {}
        for index, cell in enumerate(cells):
            key = _ALIAS.get(header_key(cell)) if cell not in (None, "") else None
            if key and key not in found:
                found[key] = index
        if len(found) == len(_HEADERS):
            return position + 1, found
    raise InvalidInput("缺少列: 身份证号, 场所码, 扫码时间", "Missing columns: id_number, venue_code, scanned_at")


def _parse(rows: list[tuple[int, list[Any]]], positions: dict[str, int],
           report: ScanImportReport) -> list[tuple[int, str, str, datetime]]:
    parsed = []
    id_at, venue_at, time_at = positions["id_number"], positions["venue_code"], positions["scanned_at"]
    width = max(positions.values())
    for number, cells in rows:
        if not any(c not in (None, "") for c in cells):
            continue
        report.rows += 1
        if len(cells) <= width:
            report.errors.append((number, "列数不足 / too few columns"))
            continue
        # The number is checked against the registry (a registered number is valid); only an unknown one
        # is validated, for the message that says what is wrong with it.
        cell = cells[id_at]
        id_number = (cell if isinstance(cell, str) else clean_text(cell)).strip().upper()
        try:
            moment = _moment(cells[time_at])
        except ValueError as exc:  # BadValue is a ValueError with zh / en text
            report.errors.append((number, str(exc)))
            continue
        cell = cells[venue_at]
        venue = cell.strip() if isinstance(cell, str) and cell.isascii() else clean_text(cell)
        if not venue:
            report.errors.append((number, "场所码为空 / venue code is empty"))
            continue
        parsed.append((number, id_number, venue, moment))
    return parsed


def _unknown_number(text: str) -> str:
    try:
        number = idnumber.validate(text)
    except ValueError as exc:
        return str(exc)
    return f"未登记的身份证号 / unregistered identity number {idnumber.mask_id_number(number)}"


def _moment(value: Any) -> datetime:
    """The common "2022-11-18 10:05:00" at once; every other way offices write times through parse_time."""
    if isinstance(value, str) and len(value) == 19 and value[4] == "-" and value[10] == " ":
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    return parse_time(value)


def import_scans(db: Session, actor: Actor, *, content: bytes, filename: str = "") -> ScanImportReport:
    """Validate the whole file, then insert its new rows (see the module docstring)."""
    require(actor, Permission.REGISTRY_WRITE, "您的角色不能导入扫码记录", "Your role may not import scans")
    rows = _rows(filename, content)
    header_at, positions = _header(rows)
    report = ScanImportReport()
    parsed = _parse(rows[header_at:], positions, report)
    persons = registry.person_ids_by_id_numbers(db, actor, {p[1] for p in parsed}, purpose=f"scan import {filename}")
    venues = registry.venue_ids_by_codes(db, {p[2] for p in parsed})
    for number, id_number, venue, _moment in parsed:
        if id_number not in persons:
            report.errors.append((number, _unknown_number(id_number)))
        elif venue not in venues:
            report.errors.append((number, f"未知的场所码 / unknown venue code {venue}"))
    if report.errors:
        report.errors.sort()
        raise ScanFileRefused(report)
    if not parsed:
        raise InvalidInput("文件中没有数据行", "The file has no rows")
    now = clock.now()
    wanted = dict.fromkeys((persons[p[1]], venues[p[2]], p[3]) for p in parsed)  # the file's order, once each
    existing = _existing(db, wanted)
    new = [row for row in wanted if row not in existing] if existing else list(wanted)
    report.skipped = report.rows - len(new)
    _insert(db, new, now)
    report.inserted = len(new)
    audit.record(db, actor, "write", "scan", None, {"op": "import", "file": filename, "rows": report.rows,
                                                     "inserted": report.inserted, "skipped": report.skipped})
    return report


def _existing(db: Session, wanted: dict[tuple[int, int, datetime], None]) -> set[tuple[int, int, datetime]]:
    """The imported rows already in the log among `wanted`: one read of their time span (time index)."""
    times = [row[2] for row in wanted]
    found = db.execute(select(Scan.person_id, Scan.venue_id, Scan.checked_at)
                       .where(Scan.checked_at >= min(times), Scan.checked_at <= max(times), Scan.method == "import"))
    return {(p, v, at) for p, v, at in found if (p, v, at) in wanted}


_COLUMNS = "venue_id, checked_at, received_at, subject, person_id, colour, result, method, account_id"


def _insert(db: Session, rows: list[tuple[int, int, datetime]], now: datetime) -> None:
    """The new rows in the caller's transaction: COPY on PostgreSQL, one prepared executemany on SQLite
    (times in the text form SQLAlchemy stores), without building a parameter dict per row."""
    connection = db.connection()
    if connection.dialect.name == "postgresql":
        partitions.ensure_days(connection, {at.date() for _p, _v, at in rows})  # the file's days (decision 0013)
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        with cursor.copy(f"COPY {Scan.__tablename__} ({_COLUMNS}) FROM STDIN") as copy:
            for person_id, venue_id, at in rows:
                copy.write_row((venue_id, at, now, None, person_id, "unknown", "pass", "import", None))
        return
    received = now.isoformat(" ", "microseconds")
    statement = (f"INSERT INTO {Scan.__tablename__} ({_COLUMNS}) "
                 "VALUES (?, ?, ?, NULL, ?, 'unknown', 'pass', 'import', NULL)")
    for start in range(0, len(rows), 50_000):
        connection.exec_driver_sql(statement, [(venue_id, at.isoformat(" ", "microseconds"), received, person_id)
                                               for person_id, venue_id, at in rows[start:start + 50_000]])
