"""Import persons and places from CSV or Excel (.xlsx): all rows or none.

Every row and every field is checked and every problem is reported with the row number the
user sees in Excel (the header is usually row 1) and the column header as the user wrote it;
a file with any problem writes nothing. Files come from Chinese offices, so the reader
(`core.spreadsheet`) is lenient about encodings (UTF-8 with or without BOM, GB18030, UTF-16),
delimiters, header spellings (Chinese or English, full-width, spaces) and about values that Excel
has turned into numbers, and strict about what it accepts: an identity number that Excel stored as a
float has lost its last digits and is refused with a message saying how to fix the file.

Persons are written set-based (one bulk INSERT for households and one for persons) after the
address chain has been resolved once per distinct unit, so 50,000 rows take seconds. Places go
through `service.create_place` row by row, so they follow exactly the rules of the registry.
Nothing here commits: the caller owns the transaction (and rolls back when `ok` is False).
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from types import SimpleNamespace
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput
from fangkong.core.idsets import chunked
from fangkong.core.roles import Permission, require
from fangkong.core.scope import LEVEL_LABELS_ZH, PLACE_LEVELS, Actor, scope_column
from fangkong.core.spreadsheet import (
    EXACT_FLOAT_LIMIT,
    HEADER_SEARCH_ROWS,
    CellError,
    clean_text,
    header_key,
    is_filled,
    read_rows,
)
from fangkong.registry import address, idnumber, searchkeys, service
from fangkong.registry.models import Household, Person, Place

__all__ = [
    "KINDS", "RowError", "ImportResult", "import_file", "template_xlsx",
    "Column", "HeaderMap", "match_headers", "coerce_id_number", "coerce_door", "coerce_phone", "coerce_code",
    "parse_level",
]

KINDS = ("persons", "places")
# Bound parameters per IN (...) query: far below SQLite's and PostgreSQL's limits (bigger than
# core.idsets' default: an import looks up thousands of codes at once).
_CHUNK = 5000


@dataclass
class RowError:
    row: int  # as the user sees it in Excel / the CSV (header row 1); 0 for the file as a whole
    field: str  # the column header as written in the file (or the standard Chinese name)
    value: str
    message: str


@dataclass
class ImportResult:
    ok: bool
    imported: int
    errors: list[RowError]
    kind: str


def _bi(zh: str, en: str) -> str:
    # The same form as idnumber.validate's messages, so every error in a report reads alike.
    return f"{zh} / {en}"


# ---- columns ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # the header of the template
    aliases: tuple[str, ...]  # other accepted headers (compared through header_key)
    required: bool
    note: str  # the explanation in the template's 说明 sheet
    example: str
    as_text: bool = False  # the template formats the column as text so Excel keeps every digit


PERSON_COLUMNS: tuple[Column, ...] = (
    Column("id_number", "身份证号", ("身份证号码", "身份证", "公民身份号码", "证件号码", "证件号",
                                     "id_number", "id number", "id no", "identity number", "id card"),
           True, "18位居民身份证号,末位可为X。请保持本列为文本格式,否则 Excel 会丢失末几位。",
           "140105199003071234", as_text=True),
    Column("name", "姓名", ("名字", "name", "full name"), True, "居民姓名。", "张三"),
    Column("phone", "手机号", ("手机", "手机号码", "电话", "电话号码", "联系电话", "联系方式", "phone",
                               "mobile", "tel", "telephone"),
           False, "选填。11位手机号(1开头)或固定电话,如 0351-1234567。", "13812345678", as_text=True),
    Column("district", "县区", ("县(市、区)", "县市区", "区县", "县区市", "区", "县", "所属区县", "district"),
           False, "所属县(市、区),如 小店区;也可填6位区划代码。与 单元编码 二选一。", "小店区"),
    Column("street", "街道", ("街道/乡镇", "乡镇", "街乡", "街道办", "街道办事处", "乡镇街道",
                              "street", "town"),
           False, "街道或乡镇名称。", "坞城街道"),
    Column("community", "社区", ("社区/村", "村", "村居", "社区村", "居委会", "村委会",
                                 "community", "village"),
           False, "社区或村名称。", "坞城社区"),
    Column("compound", "小区", ("小区名称", "小区/院落", "院落", "compound"), False, "小区名称。",
           "学府苑小区"),
    Column("building", "楼栋", ("楼号", "楼栋号", "楼", "栋", "building"), False,
           "楼栋,如 7号楼、7栋 或 7。", "7号楼"),
    Column("unit", "单元", ("单元号", "unit"), False, "单元,如 2单元 或 2。", "2单元"),
    Column("door", "门牌号", ("门牌", "室号", "门牌/室号", "房号", "房间号", "户号", "门号", "door", "room"),
           True, "门牌/室号,如 502。同一单元同一门牌的人员归为一户(已有该户则并入)。", "502", as_text=True),
    Column("unit_code", "单元编码", ("单元代码", "unit_code", "unit code"), False,
           "选填。单元的编码;填写后可不填 县区…单元 地址列(优先使用编码)。", "", as_text=True),
)
CHAIN_KEYS: tuple[str, ...] = ("district", "street", "community", "compound", "building", "unit")

PLACE_COLUMNS: tuple[Column, ...] = (
    Column("level", "层级", ("级别", "类型层级", "level"), True,
           "县区、街道(乡镇)、社区(村)、网格、小区、楼栋、单元 之一,也可填英文 district…unit。", "社区"),
    Column("name", "名称", ("地点名称", "名字", "name"), True, "地点名称,同一上级下不可重名。", "坞城社区"),
    Column("parent_code", "上级编码", ("上级代码", "父级编码", "parent_code", "parent code", "parent"), False,
           "上级地点的编码(县区以外必填);可引用本文件前面行新建的地点。", "140105001", as_text=True),
    Column("code", "编码", ("代码", "地点编码", "区划代码", "code"), False,
           "选填,全市唯一;下级行要引用本地点时必须填写。", "140105001001", as_text=True),
    Column("kind", "类别", ("类型", "kind"), False,
           "选填:县区填 区/县/市/开发区,街道填 街道/镇/乡,社区填 社区/村;不填按名称推断。", "社区"),
)

_COLUMNS = {"persons": PERSON_COLUMNS, "places": PLACE_COLUMNS}

# ---- header matching -------------------------------------------------------------------------

_NOT_WORD_RE = re.compile(r"[\W_]+")


def _alias_index(columns: Sequence[Column]) -> dict[str, str]:
    index: dict[str, str] = {}
    for column in columns:
        for text in (column.key, column.label, *column.aliases):
            index.setdefault(header_key(text), column.key)
    return index


_ALIASES = {kind: _alias_index(columns) for kind, columns in _COLUMNS.items()}


@dataclass
class HeaderMap:
    row: int  # the sheet row that holds the header
    positions: dict[str, int]  # column key -> index of the cell
    headers: dict[str, str]  # column key -> the header as written
    errors: list[RowError] = field(default_factory=list)

    def label(self, key: str, kind: str) -> str:
        return self.headers.get(key) or _column(kind, key).label


def _column(kind: str, key: str) -> Column:
    return next(c for c in _COLUMNS[kind] if c.key == key)


def match_headers(kind: str, rows: Sequence[tuple[int, list[object]]]) -> HeaderMap:
    """Find the header row (the first of the leading rows naming at least two known columns) and
    map each known column to its position. Unknown and blank headers are ignored."""
    aliases = _ALIASES[kind]
    candidates = [r for r in rows[:HEADER_SEARCH_ROWS] if any(is_filled(v) for v in r[1])]
    if not candidates:
        return HeaderMap(row=1, positions={}, headers={}, errors=[])
    chosen = candidates[0]
    for candidate in candidates:
        if sum(header_key(v) in aliases for v in candidate[1] if is_filled(v)) >= 2:
            chosen = candidate
            break
    row_number, cells = chosen
    result = HeaderMap(row=row_number, positions={}, headers={})
    for position, value in enumerate(cells):
        if not is_filled(value):
            continue
        key = aliases.get(header_key(value))
        if key is None:
            continue
        written = clean_text(value)
        if key in result.positions:
            same = result.headers[key]
            result.errors.append(RowError(row_number, written, written, _bi(
                f"与「{same}」是同一列,请删除其一", f"duplicate column (same as '{same}')")))
            continue
        result.positions[key] = position
        result.headers[key] = written
    for column in _COLUMNS[kind]:
        if column.required and column.key not in result.positions:
            result.errors.append(RowError(row_number, column.label, "",
                                          f"缺少必填列「{column.label}」 / missing column '{column.key}'"))
    if kind == "persons" and "unit_code" not in result.positions:
        missing = [k for k in CHAIN_KEYS if k not in result.positions]
        if missing:
            names = "、".join(_column(kind, k).label for k in missing)
            result.errors.append(RowError(row_number, names, "", _bi(
                f"缺少地址列:请填写「单元编码」,或 县区、街道、社区、小区、楼栋、单元 六列(缺 {names})",
                f"missing address columns: give unit_code or all of district…unit "
                f"(missing {', '.join(missing)})",
            )))
    return result


# ---- values ----------------------------------------------------------------------------------

_INTEGRAL_TEXT_RE = re.compile(r"[+]?(\d+)\.0*")
_SCIENTIFIC_RE = re.compile(r"[+-]?\d+(?:\.\d*)?[eE][+-]?\d+")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
_EXCEL_DATE_MESSAGE = _bi("被 Excel 识别为日期,请将该列设为文本后重新输入",
                          "Excel turned this into a date; format the column as text and type it again")


def _number_text(value: object) -> str:
    """A numeric code or number cell as text without spaces: 502 / 502.0 / "502.0" / ="502" / '502 -> 502."""
    if isinstance(value, (datetime, date, time)):
        raise CellError(_EXCEL_DATE_MESSAGE)
    text = clean_text(value).replace(" ", "")
    if text.startswith('="') and text.endswith('"'):  # the CSV trick to keep Excel from eating digits
        text = text[2:-1]
    text = text.lstrip("'`")
    integral = _INTEGRAL_TEXT_RE.fullmatch(text)
    return integral.group(1) if integral else text


def coerce_id_number(value: object, *, today: date | None = None) -> str:
    """A valid identity number, or CellError saying what is wrong (Excel floats: lost digits)."""
    if isinstance(value, float) and abs(value) >= EXACT_FLOAT_LIMIT:
        raise CellError(_LOST_DIGITS)
    text = _number_text(value)
    if not text:
        raise CellError(_REQUIRED)
    if _SCIENTIFIC_RE.fullmatch(text):
        raise CellError(_LOST_DIGITS)
    try:
        return idnumber.validate(text, today=today)
    except ValueError as exc:
        raise CellError(str(exc)) from None


_LOST_DIGITS = ("身份证号被 Excel 存为数字,已丢失末位,请将该列设为文本 / the identity number was stored by "
                "Excel as a number and has lost its last digits; format the column as text and re-enter it")
_REQUIRED = "必填 / required"


def coerce_door(value: object) -> str:
    """The door (room) number as written on the door: 502 (an int cell) -> "502", "502室" -> "502"."""
    text = _number_text(value)
    if text.endswith("室") and len(text) > 1:
        text = text[:-1]
    if not text:
        raise CellError(_REQUIRED)
    if len(text) > 32:
        raise CellError("门牌号过长(最多32字) / door number longer than 32 characters")
    return text


_MOBILE_RE = re.compile(r"1\d{10}")
_LANDLINE_RE = re.compile(r"(0\d{2,3})-(\d{7,8})")


def coerce_phone(value: object) -> str | None:
    """A mobile (11 digits, starting with 1) or landline (0351-1234567) number; None when empty."""
    if isinstance(value, float) and not value.is_integer():
        raise CellError("电话号码格式不正确 / not a phone number")
    text = _number_text(value)
    if not text:
        return None
    if _SCIENTIFIC_RE.fullmatch(text):
        raise CellError(_bi("电话号码被 Excel 存为科学计数法,已丢失数字,请将该列设为文本",
                            "Excel stored the phone number in scientific notation and lost digits; "
                            "format the column as text"))
    compact = re.sub(r"[()\-—–－]", "-", text).strip("-")
    compact = re.sub(r"-+", "-", compact)
    digits = compact.replace("-", "")
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if _MOBILE_RE.fullmatch(digits):
        return digits
    written = _LANDLINE_RE.fullmatch(compact)
    if written and "-" in compact:  # the writer put the dash after the area code
        return f"{written.group(1)}-{written.group(2)}"
    if digits.isdigit() and digits.startswith("0"):
        # No dash (or dashes inside the local number): 010 and 02x are the three-digit area codes.
        area_length = 3 if digits.startswith(("010", "02")) else 4
        if 7 <= len(digits) - area_length <= 8:
            return f"{digits[:area_length]}-{digits[area_length:]}"
    if digits.isdigit() and not digits.startswith(("0", "1")) and isinstance(value, (int, float)):
        raise CellError(_bi("电话号码被 Excel 存为数字,区号开头的0已丢失,请将该列设为文本",
                            "Excel stored the phone number as a number and dropped the leading 0; "
                            "format the column as text"))
    raise CellError(_PHONE_FORMAT)


_PHONE_FORMAT = ("电话号码格式不正确,应为11位手机号或 0351-1234567 形式的固定电话"
                 " / phone must be an 11-digit mobile number starting with 1 or a landline like 0351-1234567")


def coerce_code(value: object) -> str:
    """A place code (unit_code, code, parent_code): digits typed as numbers become text."""
    if isinstance(value, float) and abs(value) >= EXACT_FLOAT_LIMIT:
        raise CellError(_bi("编码被 Excel 存为数字,已丢失末位,请将该列设为文本",
                            "Excel stored the code as a number and lost its last digits; "
                            "format the column as text"))
    text = _number_text(value)
    if len(text) > 32:
        raise CellError("编码过长(最多32字) / code longer than 32 characters")
    return text


def _level_key(text: str) -> str:
    # Unlike headers, brackets are content here: "县(市、区)" must not become "县" (a kind of district).
    return _NOT_WORD_RE.sub("", unicodedata.normalize("NFKC", text)).lower()


_LEVEL_ALIASES: dict[str, tuple[str, str]] = {}  # _level_key(text) -> (level, default kind)
for _level in PLACE_LEVELS:
    _LEVEL_ALIASES[_level] = (_level, "")
for _text, _level, _kind in (
    ("县区", "district", ""), ("县(市、区)", "district", ""), ("区县", "district", ""),
    ("县市区", "district", ""), ("区", "district", "区"), ("县", "district", "县"),
    ("县级市", "district", "市"), ("开发区", "district", "开发区"),
    ("街道", "street", "街道"), ("乡镇", "street", ""), ("街道/乡镇", "street", ""), ("街乡", "street", ""),
    ("镇", "street", "镇"), ("乡", "street", "乡"), ("town", "street", ""),
    ("社区", "community", "社区"), ("村", "community", "村"), ("社区/村", "community", ""),
    ("村居", "community", ""), ("village", "community", "村"),
    ("网格", "grid", ""), ("小区", "compound", ""), ("院落", "compound", ""),
    ("楼栋", "building", ""), ("楼", "building", ""), ("单元", "unit", ""),
):
    _LEVEL_ALIASES[_level_key(_text)] = (_level, _kind)


def parse_level(value: object) -> tuple[str, str]:
    """(level, kind implied by the word) for 县区/街道/乡镇/社区/村/网格/小区/楼栋/单元 or district…unit."""
    text = clean_text(value)
    if not text:
        raise CellError(_REQUIRED)
    found = _LEVEL_ALIASES.get(_level_key(text))
    if found is None:
        raise CellError(_bi("未知层级,应为 县区、街道、乡镇、社区、村、网格、小区、楼栋、单元 之一",
                            "unknown level; use district, street, community, grid, compound, "
                            "building or unit"))
    return found


# Kinds the model keeps for the upper levels, inferred from the name when the file leaves them out.
_KIND_SUFFIXES = {
    "district": ("开发区", "区", "县", "市"),
    "street": ("街道", "镇", "乡"),
    "community": ("社区", "村"),
}


def _infer_kind(level: str, name: str) -> str:
    name = re.sub(r"(办事处|居委会|村委会|居民委员会|村民委员会)$", "", name)
    return next((s for s in _KIND_SUFFIXES.get(level, ()) if name.endswith(s)), "")


# ---- the entry points ------------------------------------------------------------------------


def import_file(db: Session, actor: Actor, kind: str, filename: str, data: bytes) -> ImportResult:
    """Check every row of the file; write all of it (and one audit entry) only if nothing is wrong."""
    require(actor, Permission.REGISTRY_WRITE, "您的角色不能导入数据", "Your role may not import data")
    if kind not in KINDS:
        raise InvalidInput(f"未知的导入类型 {kind}", f"unknown import kind {kind}")
    try:
        rows = read_rows(filename, data, kind)
    except CellError as exc:
        return ImportResult(ok=False, imported=0, errors=[RowError(0, "文件", filename, str(exc))], kind=kind)
    header = match_headers(kind, rows)
    if header.errors:
        return ImportResult(ok=False, imported=0, errors=header.errors, kind=kind)
    body = [(number, cells) for number, cells in rows if number > header.row
            and any(is_filled(cells[p]) for p in header.positions.values() if p < len(cells))]
    if not body:
        error = RowError(header.row + 1, "", "", "文件中没有数据行 / the file has no data rows")
        return ImportResult(ok=False, imported=0, errors=[error], kind=kind)
    positions = header.positions.items()
    records = [_Record(number, {key: cells[p] if p < len(cells) else None for key, p in positions})
               for number, cells in body]
    importer = _PersonImport if kind == "persons" else _PlaceImport
    return importer(db, actor, kind, filename, header).run(records)


@dataclass
class _Record:
    row: int
    raw: dict[str, object]


class _Import:
    def __init__(self, db: Session, actor: Actor, kind: str, filename: str, header: HeaderMap) -> None:
        self.db = db
        self.actor = actor
        self.kind = kind
        self.filename = filename
        self.header = header
        self.errors: list[RowError] = []

    def error(self, record: _Record, key: str, message: str, value: object = None) -> None:
        shown = record.raw.get(key) if value is None else value
        self.errors.append(RowError(record.row, self.header.label(key, self.kind), _display(shown), message))

    def field(self, record: _Record, key: str, coerce: Callable[[object], Any]) -> Any:
        """The coerced value, or None after recording the error."""
        try:
            return coerce(record.raw.get(key))
        except CellError as exc:
            self.error(record, key, str(exc))
            return None

    def result(self, imported: int) -> ImportResult:
        self.errors.sort(key=lambda e: e.row)  # stable: fields keep their order within a row
        ok = not self.errors
        return ImportResult(ok=ok, imported=imported if ok else 0, errors=self.errors, kind=self.kind)


def _display(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value) if not value.is_integer() or abs(value) >= EXACT_FLOAT_LIMIT else str(int(value))
    return clean_text(value)


def _required_text(limit: int) -> Callable[[object], str]:
    def coerce(value: object) -> str:
        if isinstance(value, (datetime, date, time)):
            raise CellError(_EXCEL_DATE_MESSAGE)
        text = clean_text(value)
        if not text:
            raise CellError(_REQUIRED)
        if len(text) > limit:
            raise CellError(f"过长(最多{limit}字) / longer than {limit} characters")
        return text
    return coerce


def _person_name(value: object) -> str:
    text = _required_text(64)(value)
    if _CJK_RE.search(text):
        text = text.replace(" ", "")  # "张 三" is a typing slip; "Anna Li" keeps its space
    if any(char.isdigit() for char in text):
        raise CellError("姓名中含有数字,列是否错位? / the name contains digits; are the columns shifted?")
    return text


# ---- persons ---------------------------------------------------------------------------------


@dataclass
class _PersonRow:
    record: _Record
    id_number: str | None
    name: str | None
    phone: str | None
    door: str | None
    unit_code: str | None
    chain: tuple[str, ...] | None
    unit: Place | None = None


class _PersonImport(_Import):
    def run(self, records: list[_Record]) -> ImportResult:
        today = clock.now().date()
        rows = [self._parse(record, today) for record in records]
        self._check_duplicates(rows)
        self._resolve_units(rows)
        if self.errors:
            return self.result(0)
        self._write(rows)
        return self.result(len(rows))

    def _parse(self, record: _Record, today: date) -> _PersonRow:
        # Fields in the template's column order, so a row's errors read left to right.
        id_number = self.field(record, "id_number", lambda v: coerce_id_number(v, today=today))
        name = self.field(record, "name", _person_name)
        phone = self.field(record, "phone", coerce_phone) if "phone" in self.header.positions else None
        has_code = "unit_code" in self.header.positions
        unit_code = self.field(record, "unit_code", coerce_code) if has_code else None
        chain: tuple[str, ...] | None = None
        if not unit_code:
            given = [key for key in CHAIN_KEYS if key in self.header.positions]
            parts = {key: clean_text(record.raw.get(key)) for key in given}
            missing = [key for key in CHAIN_KEYS if not parts.get(key)]
            if len(missing) == len(CHAIN_KEYS) and has_code:
                self.error(record, "unit_code", _bi(
                    "请填写单元编码,或 县区、街道、社区、小区、楼栋、单元 地址",
                    "give the unit code or the address from district to unit"))
            elif missing:
                for key in missing:
                    self.error(record, key, "地址不完整,此项必填 / incomplete address: required")
            else:
                chain = tuple(parts[key] for key in CHAIN_KEYS)
        door = self.field(record, "door", coerce_door)
        return _PersonRow(record=record, id_number=id_number, name=name, phone=phone, door=door,
                          unit_code=unit_code or None, chain=chain)

    def _check_duplicates(self, rows: list[_PersonRow]) -> None:
        first_row: dict[str, int] = {}
        for row in rows:
            if row.id_number is None:
                continue
            if row.id_number in first_row:
                self.error(row.record, "id_number", f"与第 {first_row[row.id_number]} 行重复 / duplicate of "
                                                    f"row {first_row[row.id_number]}")
            else:
                first_row[row.id_number] = row.record.row
        # One set-based look-up (in chunks that any database accepts), never a query per row.
        numbers = list(first_row)
        registered: set[str] = set()
        for chunk in chunked(numbers, _CHUNK):
            registered.update(self.db.scalars(select(Person.id_number).where(Person.id_number.in_(chunk))))
        for row in rows:
            if row.id_number in registered:
                self.error(row.record, "id_number", _bi("该身份证号已登记",
                                                        "this identity number is already registered"))

    def _resolve_units(self, rows: list[_PersonRow]) -> None:
        codes = sorted({row.unit_code for row in rows if row.unit_code})
        by_code: dict[str, Place] = {}
        for chunk in chunked(codes, _CHUNK):
            by_code.update((p.code, p) for p in self.db.scalars(select(Place).where(Place.code.in_(chunk)))
                           if p.code is not None)
        chains = _ChainResolver(self.db).resolve({row.chain for row in rows if row.chain})
        for row in rows:
            if row.unit_code:
                place = by_code.get(row.unit_code)
                if place is None:
                    self.error(row.record, "unit_code", "找不到此单元编码 / no place has this code")
                    continue
                if place.level != "unit":
                    self.error(row.record, "unit_code", _bi(
                        f"此编码是{LEVEL_LABELS_ZH[place.level]},不是单元",
                        f"this code belongs to a {place.level}, not a unit"))
                    continue
                scope_key = "unit_code"
            elif row.chain:
                outcome = chains[row.chain]
                if isinstance(outcome, _Miss):
                    self.error(row.record, outcome.key, outcome.message)
                    continue
                place, scope_key = outcome, "district"
            else:
                continue
            if not self.actor.covers(place):
                self.error(row.record, scope_key, "该地址不在您的管辖范围内 / this address is outside your "
                                                  "jurisdiction")
                continue
            row.unit = place

    def _write(self, rows: list[_PersonRow]) -> None:
        now = clock.now()
        units = {row.unit.id: row.unit for row in rows if row.unit is not None}
        households = self._households(list(units))
        tails = service.unit_door_key_tails(self.db, set(units))
        new_households: dict[tuple[int, str], dict[str, Any]] = {}
        for row in rows:
            assert row.unit is not None and row.door is not None
            key = (row.unit.id, _door_key(row.door))
            if key not in households and key not in new_households:
                new_households[key] = {"unit_id": row.unit.id, "door": row.door, "phone": row.phone,
                                       "door_key": (searchkeys.door_text(row.door) + tails[row.unit.id])[:48],
                                       **_ancestors(row.unit, with_unit=False)}
            elif key in new_households and new_households[key]["phone"] is None:
                new_households[key]["phone"] = row.phone
        # Plain executemany, no RETURNING: the fastest bulk path on both databases (psycopg pipelines
        # one prepared statement; a multi-VALUES statement with RETURNING is parsed client-side at
        # ~10 µs a parameter). The new ids are read back by their natural keys, a query per chunk of units.
        if new_households:
            self.db.execute(insert(Household.__table__), list(new_households.values()))
            households = self._households(list(units))
        created_households = sorted(households[key] for key in new_households)
        ancestors = {unit.id: _ancestors(unit, with_unit=True) for unit in units.values()}
        person_rows = []
        for row in rows:
            assert row.unit is not None and row.id_number is not None and row.door is not None
            facts = idnumber.facts(row.id_number)
            person_rows.append({
                "id_number": row.id_number, "name": row.name, "sex": facts.sex,
                "birth_date": facts.birth_date, "phone": row.phone,
                "name_initials": searchkeys.name_initials(row.name), "id_rev": searchkeys.reverse_digits(row.id_number),
                "phone_rev": searchkeys.reverse_digits(row.phone),
                "household_id": households[(row.unit.id, _door_key(row.door))],
                "created_at": now, **ancestors[row.unit.id],
            })
        # Core INSERT of the table (not the ORM entity): no per-row ORM bookkeeping for 50,000 rows.
        self.db.execute(insert(Person.__table__), person_rows)
        numbers = {row.id_number for row in rows}
        person_ids: list[int] = []
        for chunk in chunked(sorted(units), _CHUNK):
            person_ids.extend(pid for pid, number in self.db.execute(
                select(Person.id, Person.id_number).where(Person.unit_id.in_(chunk))) if number in numbers)
        person_ids.sort()
        # Every write of a person is audited: one entry for the import, naming every person it created.
        audit.record(self.db, self.actor, "write", "import", None, {
            "kind": self.kind, "filename": self.filename, "rows": len(rows),
            "person_ids": person_ids, "household_ids_created": created_households,
        })

    def _households(self, unit_ids: list[int]) -> dict[tuple[int, str], int]:
        """(unit, door) -> household id for every household in these units (the oldest one per door)."""
        found: dict[tuple[int, str], int] = {}
        for chunk in chunked(sorted(unit_ids), _CHUNK):
            for household_id, unit_id, door in self.db.execute(
                select(Household.id, Household.unit_id, Household.door).where(Household.unit_id.in_(chunk))
                .order_by(Household.id)
            ):
                found.setdefault((unit_id, _door_key(door)), household_id)
        return found


def _door_key(door: str) -> str:
    """Doors compare as the importer writes them: "502室", " 502" and "502" are one household."""
    text = clean_text(door).replace(" ", "").upper()
    return text[:-1] if text.endswith("室") and len(text) > 1 else text


def _ancestors(unit: Place, *, with_unit: bool) -> dict[str, int | None]:
    levels = PLACE_LEVELS if with_unit else PLACE_LEVELS[:-1]
    return {scope_column(level): getattr(unit, scope_column(level)) for level in levels}


# ---- address chains --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Miss:
    key: str  # the chain column that did not match
    message: str


_LOOSE_SUFFIXES = {
    "district": ("开发区", "区", "县", "市"),
    "street": ("街道办事处", "办事处", "街道", "镇", "乡"),
    "community": ("社区居委会", "居委会", "村委会", "社区", "村"),
    "compound": ("小区",),
    "building": ("号楼", "楼"),
    "unit": ("单元", "号"),
}


class _ChainResolver:
    """Resolve distinct address chains (district … unit names) level by level: one query per
    level for all chains, names compared through address.normalize within the parent."""

    def __init__(self, db: Session) -> None:
        self.db = db
        self._norms: dict[str, str] = {}

    def norm(self, text: str) -> str:
        found = self._norms.get(text)
        if found is None:
            found = self._norms[text] = address.normalize(text)
        return found

    def resolve(self, chains: set[tuple[str, ...]]) -> dict[tuple[str, ...], Place | _Miss]:
        outcome: dict[tuple[str, ...], Place | _Miss] = {}
        current: dict[tuple[str, ...], Place] = {}
        if not chains:
            return outcome
        districts = list(self.db.scalars(select(Place).where(Place.level == "district")))
        for chain in chains:
            found = self._match("district", chain[0], districts, None)
            if isinstance(found, _Miss):
                outcome[chain] = found
            else:
                current[chain] = found
        for depth in range(1, len(CHAIN_KEYS)):
            level, parent_level = CHAIN_KEYS[depth], CHAIN_KEYS[depth - 1]
            parent_column = scope_column(parent_level)
            parent_ids = sorted({place.id for place in current.values()})
            children: dict[int, list[Place]] = defaultdict(list)
            for chunk in chunked(parent_ids, _CHUNK):
                # Ancestor columns let a compound be found under its community across the grid level.
                query = select(Place).where(Place.level == level, getattr(Place, parent_column).in_(chunk))
                for place in self.db.scalars(query):
                    children[getattr(place, parent_column)].append(place)
            memo: dict[tuple[int, str], Place | _Miss] = {}
            for chain, parent in list(current.items()):
                key = (parent.id, chain[depth])
                if key not in memo:
                    memo[key] = self._match(level, chain[depth], children.get(parent.id, []), parent)
                found = memo[key]
                if isinstance(found, _Miss):
                    outcome[chain] = found
                    del current[chain]
                else:
                    current[chain] = found
        outcome.update(current)
        return outcome

    def _match(self, level: str, text: str, candidates: list[Place], parent: Place | None) -> Place | _Miss:
        wanted = self.norm(text)
        tries = [wanted]
        if level == "building" and re.fullmatch(r"[0-9]+(?:-[0-9]+)?", wanted):
            tries.append(wanted + "号楼")
        elif level == "building" and re.fullmatch(r"[A-Z]", wanted):
            tries.append(wanted + "座")
        elif level == "unit" and wanted.isdigit():
            # A stairwell (2单元) in a block of flats, a house number (9号) in a village lane.
            tries += [f"{int(wanted)}单元", f"{int(wanted)}号"]
        hits = [p for p in candidates if self.norm(p.name) in tries]
        if level == "district" and not hits and re.fullmatch(r"\d{6}", wanted):
            hits = [p for p in candidates if p.code == wanted]
        if not hits:  # 小店 = 小店区, 坞城 = 坞城街道: only when that is unambiguous
            loose = self._loose(level, wanted)
            hits = [p for p in candidates if self._loose(level, self.norm(p.name)) == loose] if loose else []
        zh = LEVEL_LABELS_ZH[level]
        where = f"在「{parent.name}」下" if parent is not None else ""
        where_en = f" under '{parent.name}'" if parent is not None else ""
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            return _Miss(level, f"{where}有 {len(hits)} 个{zh}与「{text}」相符,请写全名 / {len(hits)} places "
                                f"match '{text}'{where_en}; write the full name")
        known = "、".join(sorted(p.name for p in candidates)[:8])
        hint = f"(可选:{known}{'…' if len(candidates) > 8 else ''})" if known else ""
        return _Miss(level, f"{where}找不到{zh}「{text}」{hint} / no {level} named '{text}'{where_en}")

    def _loose(self, level: str, name: str) -> str:
        for suffix in _LOOSE_SUFFIXES[level]:
            if name.endswith(suffix) and len(name) > len(suffix):
                return name[: -len(suffix)]
        return name


# ---- places ----------------------------------------------------------------------------------


@dataclass
class _PlaceRow:
    record: _Record
    level: str | None
    kind: str
    name: str | None
    parent_code: str
    code: str
    parent: Place | None = None  # an existing parent
    parent_row: _PlaceRow | None = None  # a parent created by an earlier row of the file


class _PlaceImport(_Import):
    def run(self, records: list[_Record]) -> ImportResult:
        rows = [self._parse(record) for record in records]
        existing = self._existing_places(rows)
        self._check_codes(rows, existing)
        self._check_parents(rows, existing)
        self._check_siblings(rows)
        if self.errors:
            return self.result(0)
        self._write(rows)
        return self.result(len(rows))

    def _parse(self, record: _Record) -> _PlaceRow:
        parsed = self.field(record, "level", parse_level)
        level, implied_kind = parsed if parsed else (None, "")
        name = self.field(record, "name", _required_text(200))
        kind = self.field(record, "kind", _required_text(16)) if is_filled(record.raw.get("kind")) else ""
        if not kind and level and name:
            kind = implied_kind or _infer_kind(level, name)
        return _PlaceRow(record=record, level=level, kind=kind or "", name=name,
                         parent_code=self.field(record, "parent_code", coerce_code) or "",
                         code=self.field(record, "code", coerce_code) or "")

    def _existing_places(self, rows: list[_PlaceRow]) -> dict[str, Place]:
        """Places already in the database under any code the file mentions (one query per chunk)."""
        codes = sorted({r.code for r in rows if r.code} | {r.parent_code for r in rows if r.parent_code})
        found: dict[str, Place] = {}
        for chunk in chunked(codes, _CHUNK):
            found.update((p.code, p) for p in self.db.scalars(select(Place).where(Place.code.in_(chunk)))
                         if p.code is not None)
        return found

    def _check_codes(self, rows: list[_PlaceRow], existing: dict[str, Place]) -> None:
        first_row: dict[str, int] = {}
        for row in rows:
            if not row.code:
                continue
            if row.code in existing:
                owner = existing[row.code].name
                self.error(row.record, "code", _bi(f"编码已被「{owner}」使用",
                                                   f"code already used by '{owner}'"))
            elif row.code in first_row:
                self.error(row.record, "code", f"与第 {first_row[row.code]} 行编码重复 / duplicate of row "
                                               f"{first_row[row.code]}")
            else:
                first_row[row.code] = row.record.row

    def _check_parents(self, rows: list[_PlaceRow], existing: dict[str, Place]) -> None:
        in_file: dict[str, _PlaceRow] = {}
        later = {row.code: row.record.row for row in reversed(rows) if row.code}
        for row in rows:
            self._check_parent(row, existing, in_file, later)
            if row.code and row.code not in in_file and row.code not in existing:
                in_file[row.code] = row

    def _check_parent(self, row: _PlaceRow, existing: dict[str, Place], in_file: dict[str, _PlaceRow],
                      later: dict[str, int]) -> None:
        if row.level == "district":
            if row.parent_code:
                self.error(row.record, "parent_code", _bi("县(市、区)是最高一级,不填上级编码",
                                                          "a district has no parent"))
            elif not self.actor.city_wide:
                self.error(row.record, "level", _bi("只有市级用户可以新建县(市、区)",
                                                    "only city-wide staff may add a district"))
            return
        if not row.parent_code:
            if row.level is not None:
                self.error(row.record, "parent_code", "除县(市、区)外必填上级编码 / required for every level "
                                                      "below district")
            return
        parent_level: str | None
        if row.parent_code in existing:
            row.parent = existing[row.parent_code]
            parent_level = row.parent.level
            scope_row: Any = row.parent
        elif row.parent_code in in_file:
            row.parent_row = in_file[row.parent_code]
            parent_level = row.parent_row.level
            scope_row = self._scope_of(row.parent_row)
        elif row.parent_code in later:
            at = later[row.parent_code]
            self.error(row.record, "parent_code", _bi(
                f"上级在第 {at} 行,请把上级放在下级之前",
                f"the parent is on row {at}; put parents before their children"))
            return
        else:
            self.error(row.record, "parent_code", "找不到此上级编码 / no place has this parent code")
            return
        if (row.level is not None and parent_level in PLACE_LEVELS
                and PLACE_LEVELS.index(row.level) != PLACE_LEVELS.index(parent_level) + 1):
            below = PLACE_LEVELS.index(parent_level) + 1
            hint = f",应为{LEVEL_LABELS_ZH[PLACE_LEVELS[below]]}" if below < len(PLACE_LEVELS) \
                else ",单元之下不能再建地点"
            self.error(row.record, "level", _bi(f"上级是{LEVEL_LABELS_ZH[parent_level]}{hint}",
                                                f"a {row.level} cannot sit directly under a {parent_level}"))
        if scope_row is not None and not self.actor.covers(scope_row):
            self.error(row.record, "parent_code", "上级地点不在您的管辖范围内 / the parent is outside your "
                                                  "jurisdiction")

    def _scope_of(self, row: _PlaceRow) -> Any:
        """The ancestor columns a place of an earlier row will have, for the jurisdiction test."""
        chain: list[_PlaceRow] = []
        cursor: _PlaceRow | None = row
        while cursor is not None:
            chain.append(cursor)
            if cursor.parent is not None:
                break
            cursor = cursor.parent_row
        top = chain[-1]
        if top.parent is None:  # a new district: only a city-wide actor gets here without an error
            values: dict[str, object] = {scope_column(level): None for level in PLACE_LEVELS}
        else:
            values = {scope_column(level): getattr(top.parent, scope_column(level)) for level in PLACE_LEVELS}
        # New places have no id yet; a marker that equals no jurisdiction id stands in for it.
        for new in chain:
            if new.level is not None:
                values[scope_column(new.level)] = -1
        return SimpleNamespace(**values)

    def _check_siblings(self, rows: list[_PlaceRow]) -> None:
        """Two places of one name under one parent would make addresses ambiguous."""
        parent_ids = sorted({row.parent.id for row in rows if row.parent is not None})
        taken: dict[tuple[object, str], str] = {}
        for chunk in chunked(parent_ids, _CHUNK):
            for parent_id, name in self.db.execute(select(Place.parent_id, Place.name)
                                                   .where(Place.parent_id.in_(chunk))):
                taken[(parent_id, address.normalize(name))] = "已有地点 / existing place"
        if any(row.level == "district" for row in rows):
            for name in self.db.scalars(select(Place.name).where(Place.level == "district")):
                taken[(None, address.normalize(name))] = "已有地点 / existing place"
        for row in rows:
            if row.name is None or row.level is None:
                continue
            parent_key: object
            if row.parent is not None:
                parent_key = row.parent.id
            elif row.parent_row is not None:
                parent_key = id(row.parent_row)
            elif row.level == "district":
                parent_key = None
            else:
                continue
            key = (parent_key, address.normalize(row.name))
            if key in taken:
                self.error(row.record, "name", _bi(
                    f"同一上级下已有同名地点({taken[key]})",
                    f"the parent already has a place of this name ({taken[key]})"))
            else:
                taken[key] = f"第 {row.record.row} 行 / row {row.record.row}"

    def _write(self, rows: list[_PlaceRow]) -> None:
        created: dict[int, int] = {}  # id(row) -> place id
        for row in rows:
            assert row.level is not None and row.name is not None
            if row.parent is not None:
                parent_id: int | None = row.parent.id
            elif row.parent_row is not None:
                parent_id = created[id(row.parent_row)]
            else:
                parent_id = None
            # The registry's own rules (level under parent, name_norm, ancestors, audit per place).
            place = service.create_place(self.db, self.actor, parent_id=parent_id, level=row.level,
                                         name=row.name, kind=row.kind, code=row.code or None)
            created[id(row)] = place.id
        audit.record(self.db, self.actor, "write", "import", None, {
            "kind": self.kind, "filename": self.filename, "rows": len(rows),
            "place_ids": list(created.values()),
        })


# ---- the template ----------------------------------------------------------------------------


def template_xlsx(kind: str) -> bytes:
    """An empty workbook to fill in: the header row (text-formatted code columns, so Excel keeps
    every digit) and a second sheet "说明" with an example row and what each column means."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    if kind not in KINDS:
        raise InvalidInput(f"未知的导入类型 {kind}", f"unknown import kind {kind}")
    columns = _COLUMNS[kind]
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "人员" if kind == "persons" else "地点"
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=column.label)
        cell.font, cell.fill = bold, fill
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = 22 if column.as_text else 14
        if column.as_text:
            sheet.column_dimensions[letter].number_format = "@"
            for row in range(2, 1002):  # the column style alone is not honoured by every spreadsheet
                sheet.cell(row=row, column=index).number_format = "@"
    sheet.freeze_panes = "A2"

    notes = workbook.create_sheet("说明")
    notes.cell(row=1, column=1, value="示例(请在第一个工作表填写,本页不会导入)").font = bold
    for index, column in enumerate(columns, start=1):
        notes.cell(row=2, column=index, value=column.label).font = bold
        example = notes.cell(row=3, column=index, value=column.example)
        example.number_format = "@"
        notes.column_dimensions[get_column_letter(index)].width = 18
    notes.cell(row=5, column=1, value="列名").font = bold
    notes.cell(row=5, column=2, value="英文列名").font = bold
    notes.cell(row=5, column=3, value="必填").font = bold
    notes.cell(row=5, column=4, value="说明").font = bold
    for offset, column in enumerate(columns, start=6):
        notes.cell(row=offset, column=1, value=column.label)
        notes.cell(row=offset, column=2, value=column.key)
        notes.cell(row=offset, column=3, value="是" if column.required else "否")
        notes.cell(row=offset, column=4, value=column.note).alignment = Alignment(wrap_text=True)
    notes.column_dimensions["D"].width = 70
    general = _GENERAL_NOTES[kind]
    start = 7 + len(columns)
    for offset, line in enumerate(general):
        notes.cell(row=start + offset, column=1, value=line)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


_GENERAL_NOTES: dict[str, Iterable[str]] = {
    "persons": (
        "· 全部行无误才会写入;有任何错误时不写入任何数据,并列出每一行每一列的问题。",
        "· 列名可用中文或英文,顺序不限;多余的列会被忽略。",
        "· 也可上传 CSV(UTF-8 或 GB18030 编码,逗号、制表符或分号分隔)。",
        "· 地址:填写 单元编码,或 县区、街道、社区、小区、楼栋、单元 六列;名称按规范化比较(如 7栋 = 7号楼)。",
        "· 身份证号、手机号、门牌号 请保持文本格式,避免 Excel 把长数字改成科学计数法而丢失末位。",
    ),
    "places": (
        "· 全部行无误才会写入;有任何错误时不写入任何数据,并列出每一行每一列的问题。",
        "· 层级须比上级低一级:县区 → 街道 → 社区 → 网格 → 小区 → 楼栋 → 单元。",
        "· 上级编码可以是系统中已有地点的编码,也可以是本文件前面行中新建地点的编码。",
    ),
}
