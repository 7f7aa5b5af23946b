"""Lab result files: CSV (UTF-8 with or without BOM, GB18030, UTF-16) or .xlsx, keyed by tube barcode.

Pure parsing, no database: `parse_result_file(data, filename)` returns typed rows and a per-row error
list (row number as the lab sees it, column, zh and en message). The service checks the rows against
the tubes and applies them set-based.

Columns (headers matched loosely: width-folded, case-, space- and bracket-insensitive):
  条码 barcode (required) · 结果 result (required) · ORF1ab Ct · N Ct · 检测时间 tested at (required)
  · 报告时间 reported at (optional)
Results: 阴性/阳性, negative/positive, neg/pos, N/P, -/+, 未检出/检出 ...; Ct values as numbers,
blank, "-", "/", "无", "N/A", or ">40"/"未检出" (no amplification: stored as NULL).
Times: 2022-11-30 14:05, 2022/11/30 14:05:09, 20221130 1405, 2022年11月30日14时05分, 2022.11.30,
11/30/2022 style is refused as ambiguous unless the year comes first; Excel date cells and serials.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, NamedTuple

from fangkong.core.spreadsheet import CellError, clean_text, header_key, read_rows

COLUMNS: dict[str, tuple[str, tuple[str, ...], bool]] = {
    # key: (Chinese label, aliases, required)
    "barcode": ("条码", ("试管条码", "管码", "样本条码", "样本编号", "条形码", "试管编号", "采样管条码", "barcode",
                         "tube", "tube barcode", "tube_barcode", "sample id"), True),
    "result": ("结果", ("检测结果", "核酸结果", "结论", "检测结论", "result", "outcome"), True),
    "ct_orf1ab": ("ORF1ab Ct", ("orf1ab", "ct orf1ab", "orf1ab基因", "orf1abct值", "orf1ab基因ct值", "ctorf1ab",
                                "orf1ab ct值", "ct_orf1ab"), False),
    "ct_n": ("N Ct", ("n", "ct n", "n基因", "nct值", "n基因ct值", "ctn", "n ct值", "ct_n"), False),
    "tested_at": ("检测时间", ("检测日期", "检验时间", "检测完成时间", "tested", "tested at", "tested_at",
                               "test time", "test date"), True),
    "reported_at": ("报告时间", ("报告日期", "出报告时间", "上报时间", "reported", "reported at", "reported_at",
                                 "report time"), False),
}
_ALIAS = {header_key(text): key for key, (label, aliases, _req) in COLUMNS.items() for text in (key, label, *aliases)}

_POSITIVE = {"阳性", "阳", "+", "p", "pos", "positive", "检出", "阳性(+)", "阳性+", "1", "y", "yes", "异常"}
_NEGATIVE = {"阴性", "阴", "-", "n", "neg", "negative", "未检出", "阴性(-)", "阴性-", "0", "正常", "no"}
_NO_CT = {"", "-", "—", "/", "无", "n/a", "na", "none", "null", "未检出", "undetermined", "undet", "noct", "无扩增"}
_BARCODE_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z\-_]{2,39}")
_CT_RE = re.compile(r"[<>≥≤]?=?\s*(\d{1,2}(?:\.\d+)?)")


@dataclass(frozen=True)
class RowError:
    row: int  # as the lab sees it (header row 1); 0 for the file as a whole
    column: str  # the header as written, or the standard Chinese name
    value: str
    zh: str
    en: str

    def message(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh


class ParsedRow(NamedTuple):  # a tuple: 100,000 of them are made per large file
    row: int
    barcode: str
    result: str  # negative | positive
    ct_orf1ab: float | None
    ct_n: float | None
    tested_at: datetime
    reported_at: datetime | None


@dataclass
class ParsedFile:
    rows: list[ParsedRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)  # column key -> header as written

    def header(self, key: str) -> str:
        return self.headers.get(key) or COLUMNS[key][0]


class BadValue(ValueError):
    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh = zh
        self.en = en


# ---- values ----------------------------------------------------------------------------------


def parse_result(value: Any) -> str:
    """'阳性' / 'Positive' / 'P' / '+' -> 'positive'; '阴性' / 'neg' / 'N' / '-' -> 'negative'."""
    text = unicodedata.normalize("NFKC", clean_text(value)).lower().replace(" ", "")
    if text in _POSITIVE:
        return "positive"
    if text in _NEGATIVE:
        return "negative"
    raise BadValue(f"无法识别的结果「{clean_text(value)}」,应为 阴性/阳性",
                   f"unknown result '{clean_text(value)}': expected negative/positive")


def parse_ct(value: Any) -> float | None:
    """A Ct value: 28.5 / '28.50' / '28,5' / '>40' (no amplification -> None) / blank -> None."""
    if isinstance(value, bool):
        raise BadValue("Ct 值不是数字", "Ct is not a number")
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = unicodedata.normalize("NFKC", clean_text(value)).lower().replace(" ", "")
        if text in _NO_CT or text.startswith(">"):
            return None
        match = _CT_RE.fullmatch(text.replace(",", "."))
        if match is None:
            raise BadValue(f"Ct 值「{clean_text(value)}」不是数字", f"Ct value '{clean_text(value)}' is not a number")
        number = float(match.group(1))
    if not 0.0 < number <= 50.0 or number != number:
        raise BadValue(f"Ct 值 {number:g} 超出范围(0-50)", f"Ct value {number:g} is out of range (0-50)")
    return round(number, 2)


_DATE_PATTERNS = (
    # year first: 2022-11-30, 2022/11/30, 2022.11.30, 2022年11月30日 with an optional time
    re.compile(r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
               r"(?:[ T]*(?P<H>\d{1,2})\s*[:时點点]\s*(?P<M>\d{1,2})\s*"
               r"(?:[:分]\s*(?:(?P<S>\d{1,2})(?:\.\d+)?\s*秒?)?)?)?"),
    # compact: 20221130, 20221130 1405, 20221130140509
    re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:[ T]?(?P<H>\d{2}):?(?P<M>\d{2})(?::?(?P<S>\d{2}))?)?"),
)
_EXCEL_EPOCH = datetime(1899, 12, 30)


def parse_time(value: Any) -> datetime:
    """A date-time as labs write it; a date alone means midnight. Naive local time."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None, microsecond=0)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # An Excel serial (days since 1899-12-30) that lost its date format
        if 30000 <= value <= 80000:
            return (_EXCEL_EPOCH + timedelta(days=float(value))).replace(microsecond=0)
        text = str(int(value)) if float(value).is_integer() else str(value)
    else:
        text = unicodedata.normalize("NFKC", clean_text(value)).strip()
    if not text:
        raise BadValue("时间不能为空", "time is required")
    return _parse_time_text(text)


@lru_cache(maxsize=65536)  # a lab's file repeats the same minutes thousands of times
def _parse_time_text(text: str) -> datetime:
    if len(text) >= 10 and text[4] == "-":
        try:
            return datetime.fromisoformat(text).replace(tzinfo=None, microsecond=0)
        except ValueError:
            pass
    text = text.replace("上午", "").replace("下午", " PM ").strip()
    pm = " PM " in f" {text} " or text.upper().endswith("PM")
    text = re.sub(r"\s*(?i:pm|am)\s*", " ", text).strip()
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        parts = {k: int(v) if v else 0 for k, v in match.groupdict().items()}
        hour = parts["H"] + (12 if pm and parts["H"] < 12 else 0)
        try:
            return datetime(parts["y"], parts["m"], parts["d"], hour, parts["M"], parts["S"])
        except ValueError:
            break
    raise BadValue(f"无法识别的时间「{text}」,请写作 2022-11-30 14:05",
                   f"unreadable time '{text}': write it as 2022-11-30 14:05")


def parse_barcode(value: Any) -> str:
    if isinstance(value, str) and _BARCODE_RE.fullmatch(value):
        return value.upper()  # the common case, without the cleaning below
    text = clean_text(value).replace(" ", "")
    if text.startswith('="') and text.endswith('"'):
        text = text[2:-1]
    text = text.lstrip("'`")
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    if not _BARCODE_RE.fullmatch(text):
        raise BadValue(f"条码「{text}」格式不对(3-40位字母数字)",
                       f"barcode '{text}' is malformed (3-40 letters/digits)")
    return text.upper()


# ---- files -----------------------------------------------------------------------------------


def _find_header(rows: list[tuple[int, list[object]]]) -> tuple[int, dict[str, int], dict[str, str]] | None:
    for number, cells in rows[:10]:
        positions: dict[str, int] = {}
        headers: dict[str, str] = {}
        for index, cell in enumerate(cells):
            key = _ALIAS.get(header_key(cell)) if cell not in (None, "") else None
            if key and key not in positions:
                positions[key] = index
                headers[key] = clean_text(cell)
        if "barcode" in positions and len(positions) >= 2:
            return number, positions, headers
    return None


_MISS = object()


def _memo(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`parse` remembering its answer (or its BadValue) for each text cell, for one file."""
    cache: dict[str, Any] = {}

    def run(raw: Any) -> Any:
        if not isinstance(raw, str):
            return parse(raw)
        hit = cache.get(raw, _MISS)
        if hit is _MISS:
            try:
                hit = parse(raw)
            except BadValue as exc:
                hit = exc
            if len(cache) < 100_000:
                cache[raw] = hit
        if isinstance(hit, BadValue):
            raise hit
        return hit

    return run


def _blank(cells: list[object]) -> bool:
    try:
        return not "".join(cells).strip()  # type: ignore[arg-type]  # CSV rows: all text
    except TypeError:
        return not any(clean_text(c) for c in cells)


def parse_result_file(data: bytes, filename: str = "") -> ParsedFile:
    """Every row typed and checked on its own (values, duplicates within the file)."""
    parsed = ParsedFile()
    try:
        rows = read_rows(filename, data, "results")
    except CellError as exc:
        zh, _, en = str(exc).partition(" / ")
        parsed.errors.append(RowError(0, "", "", zh, en or zh))
        return parsed
    header = _find_header(rows)
    if header is None:
        parsed.errors.append(RowError(0, "条码", "", "找不到表头(至少需要 条码 和 结果 两列)",
                                      "no header row found (needs at least barcode and result columns)"))
        return parsed
    header_row, positions, headers = header
    parsed.headers = headers
    missing = [key for key, (_label, _aliases, required) in COLUMNS.items() if required and key not in positions]
    for key in missing:
        parsed.errors.append(RowError(header_row, COLUMNS[key][0], "", f"缺少必填列「{COLUMNS[key][0]}」",
                                      f"missing column '{key}'"))
    if missing:
        return parsed
    seen: dict[str, int] = {}
    # Labs' files repeat the same words, Ct blanks and minutes row after row: parse each text once.
    parsers = {"barcode": parse_barcode, "result": _memo(parse_result), "tested_at": _memo(parse_time),
               "ct_orf1ab": _memo(parse_ct), "ct_n": _memo(parse_ct), "reported_at": _memo(parse_time)}
    present = [(key, positions[key], headers[key], parsers[key]) for key in parsers if key in positions]
    for number, cells in rows:
        if number <= header_row or _blank(cells):
            continue
        width = len(cells)
        typed: dict[str, Any] = {"ct_orf1ab": None, "ct_n": None, "reported_at": None}
        row_errors: list[RowError] = []
        for key, index, header, parse in present:
            raw = cells[index] if index < width else None
            if key == "reported_at" and (raw is None or (isinstance(raw, str) and not raw.strip())):
                continue
            try:
                typed[key] = parse(raw)
            except BadValue as exc:
                row_errors.append(RowError(number, header, clean_text(raw), exc.zh, exc.en))
        if not row_errors:
            if typed["reported_at"] is not None and typed["reported_at"] < typed["tested_at"]:
                row_errors.append(RowError(number, headers["reported_at"], clean_text(cells[positions["reported_at"]]),
                                           "报告时间早于检测时间", "reported before it was tested"))
            first = seen.get(typed["barcode"])
            if first is not None:
                row_errors.append(RowError(number, headers["barcode"], typed["barcode"],
                                           f"条码在第 {first} 行已出现", f"barcode already on row {first}"))
        if row_errors:
            parsed.errors.extend(row_errors)
            continue
        seen[typed["barcode"]] = number
        parsed.rows.append(ParsedRow(number, typed["barcode"], typed["result"], typed["ct_orf1ab"],
                                     typed["ct_n"], typed["tested_at"], typed["reported_at"]))
    if not parsed.rows and not parsed.errors:
        parsed.errors.append(RowError(0, "", "", "文件中没有结果行", "the file holds no result rows"))
    return parsed
