"""The shared .xlsx writer: formula characters neutralised, header and rows where a reader expects."""

from __future__ import annotations

import io
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from fangkong.core.export import neutralise, xlsx_workbook


def test_a_workbook_has_title_header_and_rows_and_no_formula():
    data = xlsx_workbook("召回名单", ["姓名 Name", "原因 Reason"], [["张*", "=HYPERLINK(\"x\")"], ["李*", "+1"]],
                         sheet="召回 Recalls", note="已脱敏 masked")
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet.title == "召回 Recalls"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "召回名单" and rows[1][0] == "已脱敏 masked"
    assert rows[2] == ("姓名 Name", "原因 Reason")
    assert rows[3] == ("张*", "'=HYPERLINK(\"x\")") and rows[4] == ("李*", "'+1")
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


@given(st.text(max_size=30))
def test_no_neutralised_text_starts_a_formula(text):
    value = neutralise(text)
    assert isinstance(value, str)
    assert not value.startswith(("=", "+", "-", "@", "\t", "\r", "\n"))
    assert value.lstrip("'") == text.lstrip("'") or value == "'" + text


def test_numbers_and_dates_stay_typed():
    moment = datetime(2022, 11, 18, 10, 5)
    assert neutralise(-3) == -3 and neutralise(moment) == moment and neutralise(None) is None
