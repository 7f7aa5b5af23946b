"""Writing the lists officials keep as .xlsx workbooks: one sheet, a title line, a bold header,
then the rows, with every text cell neutralised against formula injection.

Every domain's export goes through `xlsx_workbook` so the safety rule lives in one place. The caller
decides what goes into the rows (masked or full, after its own permission check and audit record);
this module only writes them. A web route answers with `xlsx_response`'s headers."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from urllib.parse import quote

from openpyxl import Workbook
from openpyxl.styles import Font

__all__ = ["XLSX_MEDIA_TYPE", "neutralise", "xlsx_download_headers", "xlsx_workbook"]

XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# A cell starting with one of these is read as a formula (or DDE call) by Excel and LibreOffice.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
_SHEET_TITLE_LIMIT = 31  # Excel's limit on a sheet's name
_COLUMN_WIDTH_LIMIT = 60


def neutralise(value: object) -> object:
    """The value as a cell may hold it: text that would start a formula gets a leading apostrophe-like
    quote character so the spreadsheet shows it as text; numbers, dates and None pass unchanged."""
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA_STARTS) else value
    if value is None or isinstance(value, (int, float, date, datetime)):
        return value
    return str(value)


def xlsx_workbook(title: str, header: Sequence[str], rows: Iterable[Sequence[object]],
                  *, sheet: str = "Sheet1", note: str | None = None) -> bytes:
    """A workbook of one sheet: `title` (and `note`, e.g. "masked" or who exported when) on top,
    then the bold header and the rows. Returns the file's bytes."""
    book = Workbook(write_only=False)
    page = book.active
    page.title = sheet[:_SHEET_TITLE_LIMIT]
    page.append([neutralise(title)])
    page["A1"].font = Font(bold=True, size=13)
    if note:
        page.append([neutralise(note)])
    page.append([neutralise(h) for h in header])
    header_row = page.max_row
    for cell in page[header_row]:
        cell.font = Font(bold=True)
    widths = [len(str(h)) * 2 + 2 for h in header]
    for row in rows:
        values = [neutralise(v) for v in row]
        page.append(values)
        for i, value in enumerate(values[: len(widths)]):
            widths[i] = max(widths[i], min(_COLUMN_WIDTH_LIMIT, len(str(value or "")) * 2 + 2))
    for i, width in enumerate(widths):
        page.column_dimensions[page.cell(row=header_row, column=i + 1).column_letter].width = width
    page.freeze_panes = page.cell(row=header_row + 1, column=1)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def xlsx_download_headers(filename: str) -> dict[str, str]:
    """Response headers that make the browser save the workbook under `filename` (Chinese allowed)."""
    return {"Content-Disposition": f"attachment; filename=\"export.xlsx\"; filename*=UTF-8''{quote(filename)}",
            "Cache-Control": "no-store"}
