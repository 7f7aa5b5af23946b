"""Files from other systems, both databases: `fangkong scans import` (GB18030 or UTF-8 CSV, .xlsx; Chinese
or English headers; times in office forms; all rows or none with a per-row report; the same file twice
changes nothing) and assistance requests (协查函: matched rows and a review queue, nothing dropped)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from fangkong.cli import app
from fangkong.codes import scanimport
from fangkong.codes.models import Scan
from fangkong.core import clock
from fangkong.core.db import get_engine
from fangkong.core.scope import system_actor
from fangkong.registry.models import Person, Venue
from fangkong.tracing import assistance
from fangkong.tracing.models import AssistanceRow

NOW = datetime(2022, 11, 20, 12, 0)
COMMANDER = system_actor("tests")


@pytest.fixture
def db(city_url: str) -> Iterator[Session]:
    clock.set_clock(NOW)
    session = Session(get_engine(city_url))
    try:
        yield session
    finally:
        session.rollback()
        session.close()


def imported(db: Session) -> int:
    return db.scalar(select(func.count()).select_from(Scan).where(Scan.method == "import")) or 0


def test_scans_import_all_or_nothing_and_idempotent(db: Session, city_url: str, tmp_path: Path) -> None:
    numbers = list(db.scalars(select(Person.id_number).order_by(Person.id).limit(3)))
    codes = list(db.scalars(select(Venue.venue_code).order_by(Venue.id).limit(2)))
    good = ("身份证号,场所码,扫码时间\r\n"
            f"{numbers[0]},{codes[0]},2022-11-18 10:05:00\r\n"
            f"{numbers[1]},{codes[1]},2022/11/18 10:07\r\n"
            f"{numbers[2]},{codes[0]},2022年11月18日 10时09分\r\n").encode("gb18030")
    before = imported(db)
    report = scanimport.import_scans(db, COMMANDER, content=good, filename="scans.csv")
    assert (report.rows, report.inserted, report.skipped) == (3, 3, 0) and imported(db) == before + 3
    times = sorted(db.scalars(select(Scan.checked_at).where(Scan.method == "import")))[-3:]
    assert times == [datetime(2022, 11, 18, 10, 5), datetime(2022, 11, 18, 10, 7), datetime(2022, 11, 18, 10, 9)]
    again = scanimport.import_scans(db, COMMANDER, content=good, filename="scans.csv")
    assert (again.inserted, again.skipped) == (0, 3) and imported(db) == before + 3

    bad = ("\ufeffid_number,venue_code,scanned_at\n"
           f"{numbers[0]},{codes[0]},2022-11-19 08:00:00\n"
           f"110101199001011234,{codes[0]},2022-11-19 08:00:00\n"  # a bad check digit
           f"{numbers[1]},NOSUCHVENUE,2022-11-19 08:00:00\n"
           f"{numbers[2]},{codes[1]},明天\n").encode()
    with pytest.raises(scanimport.ScanFileRefused) as refused:
        scanimport.import_scans(db, COMMANDER, content=bad, filename="bad.csv")
    assert [row for row, _text in refused.value.report.errors] == [3, 4, 5]
    assert imported(db) == before + 3  # nothing of the bad file

    book = Workbook()
    book.active.append(["身份证号", "场所码", "扫码时间"])
    book.active.append([numbers[0], codes[1], datetime(2022, 11, 19, 9, 30)])
    out = io.BytesIO()
    book.save(out)
    path = tmp_path / "scans.xlsx"
    path.write_bytes(out.getvalue())
    db.commit()
    result = CliRunner().invoke(app, ["scans", "import", str(path), "--database", city_url])
    assert result.exit_code == 0 and "1 imported" in result.output, result.output
    result = CliRunner().invoke(app, ["scans", "import", str(path), "--database", city_url])
    assert result.exit_code == 0 and "0 imported, 1 already present" in result.output, result.output


def test_assistance_request_rows_matched_or_queued(db: Session) -> None:
    numbers = list(db.scalars(select(Person.id_number).order_by(Person.id.desc()).limit(2)))
    content = ("姓名,身份证号,协查原因,来函城市\r\n"
               f"甲,{numbers[0]},确诊病例密接,西安市\r\n"
               f"乙,{numbers[1]},时空伴随,北京市\r\n"
               "丙,110101199003077777,密接,上海市\r\n"
               "丁,not-a-number,密接,上海市\r\n").encode("gb18030")
    report = assistance.import_assistance(db, COMMANDER, content=content, filename="协查函.csv")
    assert (report.rows, report.matched, report.review) == (4, 2, 2)
    rows = db.scalars(select(AssistanceRow).where(AssistanceRow.file_name == "协查函.csv")
                      .order_by(AssistanceRow.row_number)).all()
    assert [r.state for r in rows] == ["matched", "matched", "review", "review"]
    assert rows[0].from_city == "西安市" and rows[2].id_number == "110101199003077777"


def test_scans_import_quoted_csv_blank_lines_and_row_numbers(db: Session) -> None:
    """The two CSV readers (plain lines, and the csv module for quoted cells) number rows alike: blank lines
    are skipped but counted, a short row is an error with its line number, nothing is written."""
    numbers = list(db.scalars(select(Person.id_number).order_by(Person.id).offset(10).limit(2)))
    code = db.scalar(select(Venue.venue_code).order_by(Venue.id))
    before = imported(db)
    for quote in ("", '"'):
        bad = (f"身份证号,场所码,扫码时间\n\n{quote}{numbers[0]}{quote},{code},2022-11-20 08:00:00\n"
               f"{numbers[1]},{code}\n").encode()
        with pytest.raises(scanimport.ScanFileRefused) as refused:
            scanimport.import_scans(db, COMMANDER, content=bad, filename="short.csv")
        assert refused.value.report.errors == [(4, "列数不足 / too few columns")]
    assert imported(db) == before
    good = (f'身份证号,场所码,扫码时间\r\n"{numbers[0]}","{code}","2022-11-20 08:00:00"\r\n\r\n'
            f"{numbers[1]},{code},2022-11-20 08:01:00\r\n{numbers[1]},{code},2022-11-20 08:01:00\r\n").encode()
    report = scanimport.import_scans(db, COMMANDER, content=good, filename="quoted.csv")
    assert (report.rows, report.inserted, report.skipped) == (3, 2, 1) and imported(db) == before + 2
