"""Reading spreadsheets from offices: CSV (UTF-8 with or without BOM, GB18030, UTF-16; any common
delimiter) or .xlsx (the first data sheet), as (row number, cell values); and the two small tools every
reader of such files needs, `clean_text` for a cell and `header_key` for a header written loosely.

Used by the registry's person and place imports and the testing domain's lab result files; each
domain matches its own columns and coerces its own values."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import Counter
from functools import lru_cache

from fangkong.core import uploads
from fangkong.core.textio import decode_bytes

__all__ = ["EXACT_FLOAT_LIMIT", "HEADER_SEARCH_ROWS", "CellError", "clean_text", "find_header", "header_key",
           "is_filled",
           "read_rows", "sniff_delimiter"]

# Excel keeps 15 significant digits: any number from 10^15 up has lost digits as a float.
EXACT_FLOAT_LIMIT = 10**15
HEADER_SEARCH_ROWS = 10  # a title line or two above the header is common in office sheets


class CellError(ValueError):
    """A value that cannot be accepted; the message is bilingual, "中文 / English"."""


# ---- headers and cells

_BRACKETED_RE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】")
_NOT_WORD_RE = re.compile(r"[\W_]+")


def header_key(text: object) -> str:
    """The comparable form of a header: width-folded, lower-case, without spaces, punctuation,
    required-markers (*) or bracketed notes ("手机号(选填)" -> "手机号", "ID Number" -> "idnumber")."""
    folded = unicodedata.normalize("NFKC", str(text or ""))
    stripped = _BRACKETED_RE.sub("", folded)
    key = _NOT_WORD_RE.sub("", stripped).lower()
    # "县(市、区)" is all note: fall back to the text with its brackets dropped, not emptied
    return key or _NOT_WORD_RE.sub("", folded).lower()


_INVISIBLE = dict.fromkeys([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD])
_SPACES_RE = re.compile(r"\s+")


def find_header(rows: list[tuple[int, list[object]]], aliases: dict[str, tuple[str, ...]],
                required: tuple[str, ...]) -> tuple[int, dict[str, int]] | None:
    """The header among the first rows: the first row whose cells name every `required` column (by any of
    its `aliases`, compared by `header_key`). Returns (position of the first data row in `rows`,
    {column: cell index}, the first cell of each name winning), or None when no row has them."""
    by_key = {header_key(alias): column for column, names in aliases.items() for alias in names}
    for position, (_number, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found: dict[str, int] = {}
        for index, cell in enumerate(cells):
            column = by_key.get(header_key(cell)) if cell not in (None, "") else None
            if column and column not in found:
                found[column] = index
        if all(column in found for column in required):
            return position + 1, found
    return None


def clean_text(value: object) -> str:
    """A cell as text: width-folded (full-width digits, NBSP, ideographic space), invisible
    characters dropped, stray spaces trimmed and runs of spaces collapsed to one."""
    if value is None:
        return ""
    if isinstance(value, str):
        return _clean_str(value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer() and abs(value) < EXACT_FLOAT_LIMIT:
        return str(int(value))
    return _clean_str(str(value))


@lru_cache(maxsize=65536)  # addresses repeat row after row; a large file cleans each distinct text once
def _clean_str(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    return _SPACES_RE.sub(" ", text).strip()


def is_filled(value: object) -> bool:
    return value is not None and (not isinstance(value, str) or clean_text(value) != "")


# ---- reading files


def read_rows(filename: str, data: bytes, kind: str = "") -> list[tuple[int, list[object]]]:
    """All rows of the file's first data sheet (or the CSV) as (row number, cell values).
    Raises CellError for a file that cannot be read at all, or over the kind's limits (core.uploads)."""
    try:
        return _read_rows(filename, data, kind)
    except uploads.UploadTooLarge as exc:
        raise CellError(str(exc)) from None


def _read_rows(filename: str, data: bytes, kind: str) -> list[tuple[int, list[object]]]:
    if data.startswith(b"PK\x03\x04"):  # by content, not by name: offices rename files freely
        uploads.check_xlsx(data, kind)  # a zip bomb is refused before openpyxl unpacks it
        return list(uploads.limit_rows(_read_xlsx(data), kind))
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise CellError("不支持旧版 .xls 文件,请在 Excel 中另存为 .xlsx 或 CSV / old .xls files are not "
                        "supported; save the file as .xlsx or CSV")
    if filename.lower().endswith((".xlsx", ".xlsm")):
        raise CellError("文件不是有效的 .xlsx / the file is not a valid .xlsx workbook")
    return _read_csv(data, kind)


def _read_xlsx(data: bytes) -> list[tuple[int, list[object]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged zip or XML
        raise CellError(f"无法读取 Excel 文件({type(exc).__name__}) / cannot read the workbook") from None
    try:
        sheets = [s for s in workbook.worksheets if s.title.strip() != "说明"] or workbook.worksheets
        sheet = sheets[0]
        # Some exporters write a wrong <dimension>; read every row that is really there.
        sheet.reset_dimensions()  # type: ignore[union-attr]
        return [(number, list(values))
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        workbook.close()


_DELIMITERS = ("\t", ",", ";", "，", "|")


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the leading lines most consistently into the most columns.
    Ties go to the earlier of tab, comma, semicolon, full-width comma, bar."""
    lines = [line for line in text.splitlines() if line.strip()][:HEADER_SEARCH_ROWS]
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        counts = [line.count(delimiter) for line in lines]
        nonzero = [c for c in counts if c]
        if not nonzero:
            continue
        mode, lines_with_mode = Counter(nonzero).most_common(1)[0]
        score = (lines_with_mode, mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(data: bytes, kind: str = "") -> list[tuple[int, list[object]]]:
    try:
        text = decode_bytes(data)
    except (ValueError, UnicodeDecodeError):
        raise CellError("无法识别文件编码,请另存为 UTF-8 或 GB18030 的 CSV / unknown text encoding; "
                        "save as UTF-8 or GB18030 CSV") from None
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise CellError("文件不是文本格式的 CSV / the file is not a text CSV")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    try:
        # One CSV record is one Excel row, even when a quoted value holds a line break.
        return [(number, list(record)) for number, record in uploads.limit_rows(enumerate(reader, start=1), kind)]
    except csv.Error as exc:
        raise CellError(f"CSV 格式错误:{exc} / malformed CSV: {exc}") from None
