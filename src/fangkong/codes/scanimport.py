"""Scans from another system (`fangkong scans import FILE`): CSV or .xlsx with the columns 身份证号,
场所码, 扫码时间 (or id_number, venue_code, scanned_at), UTF-8 or GB18030, times as offices write them.

All rows or none: any bad row refuses the file with a per-row report. Importing the same file twice
changes nothing: a row already in the log (same person, venue and moment, imported) is skipped. The
rows are written with method `import` in multi-row INSERTs."""

from __future__ import annotations

import csv
import gc
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


def _rows(filename: str, content: bytes) -> tuple[list[int] | None, list[Any], str | None]:
    """(row numbers or None when they are the places + 1, the rows, the delimiter). A workbook's rows are
    cell lists; a CSV without quotes is kept as its lines, each split as it is read (no list per row
    kept alive: twice as fast as the csv module on a million rows, and no work for the garbage
    collector); one with quotes goes through the csv module."""
    if content.startswith(b"PK\x03\x04") or filename.lower().endswith((".xlsx", ".xlsm")):
        try:
            numbered = read_rows(filename, content)
        except CellError as exc:
            raise InvalidInput(str(exc), str(exc)) from None
        return [number for number, _cells in numbered], [cells for _number, cells in numbered], None
    try:
        text = decode_bytes(content).lstrip("\ufeff")
    except ValueError as exc:
        raise InvalidInput(str(exc), str(exc)) from None
    sample = text[:4096]
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    if '"' not in text:
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if lines and not lines[-1]:
            lines.pop()
        return None, lines, delimiter
    return None, list(csv.reader(io.StringIO(text), delimiter=delimiter)), None


def _cells(row: Any, delimiter: str | None) -> list[Any]:
    return row.split(delimiter) if delimiter is not None else row


def _header(rows: list[Any], delimiter: str | None) -> tuple[int, dict[str, int]]:
    for position, row in enumerate(rows[:10]):
        cells = _cells(row, delimiter)
        found: dict[str, int] = {}
        for index, cell in enumerate(cells):
            key = _ALIAS.get(header_key(cell)) if cell not in (None, "") else None
            if key and key not in found:
                found[key] = index
        if len(found) == len(_HEADERS):
            return position + 1, found
    raise InvalidInput("缺少列: 身份证号, 场所码, 扫码时间", "Missing columns: id_number, venue_code, scanned_at")


@dataclass
class _Columns:
    """The file's rows as three columns (and their row numbers): no object per row but the cells."""

    numbers: list[int] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    venues: list[str] = field(default_factory=list)
    moments: list[datetime] = field(default_factory=list)


def _parse(rows: list[Any], delimiter: str | None, first_number: int, numbers: list[int] | None,
           positions: dict[str, int], report: ScanImportReport) -> _Columns:
    """One pass over the rows. Times, numbers and venue codes repeat row after row: each distinct cell is
    parsed or cleaned once (dictionaries), a row costs a few lookups."""
    out = _Columns()
    id_at, venue_at, time_at = positions["id_number"], positions["venue_code"], positions["scanned_at"]
    width = max(positions.values())
    times: dict[Any, datetime] = {}
    id_texts: dict[Any, str] = {}
    venue_texts: dict[Any, str] = {}
    add_number, add_id, add_venue, add_moment = (out.numbers.append, out.ids.append, out.venues.append,
                                                 out.moments.append)
    errors = report.errors
    for place, row in enumerate(rows):
        cells = row.split(delimiter) if delimiter is not None else row
        number = numbers[place] if numbers is not None else first_number + place
        if len(cells) <= width or not (cells[id_at] and cells[venue_at] and cells[time_at]):
            if not any(c not in (None, "") for c in cells):
                continue  # an empty row
            if len(cells) <= width:
                report.rows += 1
                errors.append((number, "列数不足 / too few columns"))
                continue
        report.rows += 1
        cell = cells[time_at]
        moment = times.get(cell) if isinstance(cell, str) else None
        if moment is None:
            try:
                moment = _moment(cell)
            except ValueError as exc:  # BadValue is a ValueError with zh / en text
                errors.append((number, str(exc)))
                continue
            if isinstance(cell, str):
                times[cell] = moment
        cell = cells[venue_at]
        venue = venue_texts.get(cell) if isinstance(cell, str) else None
        if venue is None:
            venue = cell.strip() if isinstance(cell, str) and cell.isascii() else clean_text(cell)
            if not venue:
                errors.append((number, "场所码为空 / venue code is empty"))
                continue
            if isinstance(cell, str):
                venue_texts[cell] = venue
        # The number is checked against the registry (a registered number is valid); only an unknown one
        # is validated, for the message that says what is wrong with it.
        cell = cells[id_at]
        id_number = id_texts.get(cell) if isinstance(cell, str) else None
        if id_number is None:
            id_number = (cell if isinstance(cell, str) else clean_text(cell)).strip().upper()
            if isinstance(cell, str):
                id_texts[cell] = id_number
        add_number(number)
        add_id(id_number)
        add_venue(venue)
        add_moment(moment)
    return out


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
    # A million rows make millions of small objects that live until the end: the cyclic garbage
    # collector would walk them again and again (seconds) and can find no cycle among them.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _import(db, actor, content=content, filename=filename)
    finally:
        if collecting:
            gc.enable()


def _import(db: Session, actor: Actor, *, content: bytes, filename: str) -> ScanImportReport:
    numbers, rows, delimiter = _rows(filename, content)
    header_at, positions = _header(rows, delimiter)
    report = ScanImportReport()
    columns = _parse(rows[header_at:], delimiter, header_at + 1, numbers[header_at:] if numbers else None,
                     positions, report)
    del rows, numbers
    persons = registry.person_ids_by_id_numbers(db, actor, set(columns.ids), purpose=f"scan import {filename}")
    venues = registry.venue_ids_by_codes(db, set(columns.venues))
    person_ids = list(map(persons.get, columns.ids))  # C-level lookups, no loop in Python
    venue_ids = list(map(venues.get, columns.venues))
    if None in person_ids or None in venue_ids:
        for number, id_number, person_id, venue, venue_id in zip(columns.numbers, columns.ids, person_ids,
                                                                 columns.venues, venue_ids, strict=True):
            if person_id is None:
                report.errors.append((number, _unknown_number(id_number)))
            elif venue_id is None:
                report.errors.append((number, f"未知的场所码 / unknown venue code {venue}"))
    if report.errors:
        report.errors.sort()
        raise ScanFileRefused(report)
    if not columns.ids:
        raise InvalidInput("文件中没有数据行", "The file has no rows")
    now = clock.now()
    wanted = dict.fromkeys(zip(person_ids, venue_ids, columns.moments, strict=True))  # the file's order, once each
    del person_ids, venue_ids
    existing = _existing(db, wanted, min(columns.moments), max(columns.moments))
    new = [row for row in wanted if row not in existing] if existing else list(wanted)
    report.skipped = report.rows - len(new)
    _insert(db, new, now, set(columns.moments))
    report.inserted = len(new)
    audit.record(db, actor, "write", "scan", None, {"op": "import", "file": filename, "rows": report.rows,
                                                     "inserted": report.inserted, "skipped": report.skipped})
    return report


def _existing(db: Session, wanted: dict[tuple[int, int, datetime], None], first: datetime,
              last: datetime) -> set[tuple[int, int, datetime]]:
    """The imported rows already in the log among `wanted`: one read of their time span (time index)."""
    found = db.execute(select(Scan.person_id, Scan.venue_id, Scan.checked_at)
                       .where(Scan.checked_at >= first, Scan.checked_at <= last, Scan.method == "import"))
    return {(p, v, at) for p, v, at in found if (p, v, at) in wanted}


_COLUMNS = "venue_id, checked_at, received_at, subject, person_id, colour, result, method, account_id"


def _insert(db: Session, rows: list[tuple[int, int, datetime]], now: datetime, moments: set[datetime]) -> None:
    """The new rows in the caller's transaction: COPY on PostgreSQL (into the days' partitions, made
    first); on SQLite one executemany on the driver's cursor fed by a generator, each distinct moment
    turned into the text SQLAlchemy stores once, and no parameter dict or list per row. (A larger SQLite
    page cache for the statement was tried: no faster, a slower commit.)"""
    connection = db.connection()
    if connection.dialect.name == "postgresql":
        partitions.ensure_days(connection, {at.date() for at in moments})  # the file's days (decision 0013)
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        with cursor.copy(f"COPY {Scan.__tablename__} ({_COLUMNS}) FROM STDIN") as copy:
            for person_id, venue_id, at in rows:
                copy.write_row((venue_id, at, now, None, person_id, "unknown", "pass", "import", None))
        return
    received = now.isoformat(" ", "microseconds")
    texts = {at: at.isoformat(" ", "microseconds") for at in moments}
    statement = (f"INSERT INTO {Scan.__tablename__} ({_COLUMNS}) "
                 f"VALUES (?, ?, '{received}', NULL, ?, 'unknown', 'pass', 'import', NULL)")
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    cursor.executemany(statement, ((venue_id, texts[at], person_id) for person_id, venue_id, at in rows))
