"""Attack suite: spreadsheet bombs. A workbook of about 1 MB that unpacks to 1,000,000 rows once took 53–200 s
and up to 1.8 GB per upload (issue 16). Now it is refused before openpyxl unpacks it, by the kind's row limit
(named in the message), and nothing is written; a CSV over the limit likewise. Figures (time, memory):
`benchmarks/upload_bomb.py`. Both databases."""

from __future__ import annotations

import io
import zipfile

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from fangkong.core import uploads
from fangkong.core.db import transaction
from fangkong.registry.models import Person
from fangkong.web.app import create_app
from tests.helpers import csrf_of, login, page_shows

pytestmark = pytest.mark.security


def bomb_xlsx(rows: int, header: tuple[str, ...] = ("姓名", "身份证号")) -> bytes:
    """A real workbook whose first sheet is replaced by `rows` identical rows: highly compressible."""
    book = Workbook()
    book.active.append(list(header))
    plain = io.BytesIO()
    book.save(plain)
    row = b'<row><c t="inlineStr"><is><t>x</t></is></c><c t="inlineStr"><is><t>y</t></is></c></row>'
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plain.getvalue())) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for member in source.infolist():
            if member.filename == "xl/worksheets/sheet1.xml":
                head = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org'
                        b'/spreadsheetml/2006/main"><sheetData>')
                target.writestr(member.filename, head + row * rows + b"</sheetData></worksheet>")
            else:
                target.writestr(member, source.read(member))
    return out.getvalue()


@pytest.fixture(scope="module")
def app(city_url: str):  # noqa: ANN201
    return create_app(city_url)


def _persons(url: str) -> int:
    with transaction(url) as db:
        return db.scalar(select(func.count()).select_from(Person)) or 0


def test_a_million_row_workbook_is_refused_by_the_row_limit_and_nothing_is_written(app, city_url: str) -> None:  # noqa: ANN001
    bomb = bomb_xlsx(1_000_000)
    assert len(bomb) < 1_000_000  # under 1 MB on the wire
    before = _persons(city_url)
    client = login(app, "district")
    response = client.post("/import", data={"kind": "persons", "csrf_token": csrf_of(client, "/import")},
                           files={"file": ("bomb.xlsx", bomb, "application/octet-stream")})
    page_shows(response, f"{uploads.row_limit('persons'):,}", status=422)
    assert _persons(city_url) == before


def test_a_workbook_whose_parts_unpack_beyond_the_size_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(uploads, "MAX_UNCOMPRESSED_BYTES", 1024 * 1024)
    with pytest.raises(uploads.UploadTooLarge, match="MB"):
        uploads.check_xlsx(bomb_xlsx(20_000), "persons")


def test_a_lab_result_csv_over_the_limit_is_refused_whole_naming_the_limit() -> None:
    from fangkong.testing.result_files import parse_result_file

    rows = "条码,结果\n" + "T0000001,阴性\n" * (uploads.row_limit("results") + 1)
    parsed = parse_result_file(rows.encode(), "r.csv")
    assert not parsed.rows
    assert [f"{uploads.row_limit('results'):,}" in e.message("en") for e in parsed.errors] == [True]


def test_a_workbook_at_the_limit_is_still_read(monkeypatch: pytest.MonkeyPatch) -> None:
    from fangkong.core.spreadsheet import read_rows

    monkeypatch.setitem(uploads.ROW_LIMITS, "persons", 50)
    assert len(read_rows("ok.xlsx", bomb_xlsx(50), "persons")) == 50
    with pytest.raises(ValueError, match="50"):
        read_rows("big.xlsx", bomb_xlsx(51), "persons")
