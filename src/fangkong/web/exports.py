"""Answering a list's export (issue 17): the table a domain's export function built, as an .xlsx download
(`core.export`: formula characters neutralised). Masked exports are GET links; a full one is a POST of
the form in `_export.html` (CSRF-checked, with its reason), as the registry's full view is."""

from __future__ import annotations

from fastapi.responses import Response

from fangkong.core.export import XLSX_MEDIA_TYPE, xlsx_download_headers, xlsx_workbook
from fangkong.core.listexport import ExportTable

__all__ = ["xlsx_answer"]


def xlsx_answer(table: ExportTable) -> Response:
    data = xlsx_workbook(table.title, list(table.header), table.rows, sheet=table.list_name, note=table.note)
    return Response(data, media_type=XLSX_MEDIA_TYPE, headers=xlsx_download_headers(table.filename))
