"""Result-file parsing: result words, Ct values and times in the spellings labs use, encodings,
.xlsx with typed cells, and the per-row report of a bad file. No database."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.testing.result_files import BadValue, parse_ct, parse_result, parse_result_file, parse_time

POSITIVE_WORDS = ["阳性", "阳", "+", "P", "pos", "Positive", "POSITIVE", "检出", "阳性(+)", " 阳性 ", "ｐ"]
NEGATIVE_WORDS = ["阴性", "阴", "-", "N", "neg", "Negative", "未检出", "阴性(-)", "n", "ＮＥＧ"]


@pytest.mark.parametrize("word", POSITIVE_WORDS)
def test_positive_words(word: str) -> None:
    assert parse_result(word) == "positive"


@pytest.mark.parametrize("word", NEGATIVE_WORDS)
def test_negative_words(word: str) -> None:
    assert parse_result(word) == "negative"


@pytest.mark.parametrize("word", ["", "maybe", "待定", "阴阳", "invalid", None])
def test_unknown_result_words_are_refused_in_both_languages(word: object) -> None:
    with pytest.raises(BadValue) as refused:
        parse_result(word)
    assert refused.value.zh and refused.value.en


@given(st.floats(min_value=5.0, max_value=45.0, allow_nan=False),
       st.sampled_from(["{:.2f}", "{:.1f}", "{:.3f}", " {:.2f} ", "decimal comma", "full width"]))
def test_ct_values_round_trip_through_text(value: float, style: str) -> None:
    if style == "decimal comma":
        text, plain = f"{value:.2f}".replace(".", ","), f"{value:.2f}"
    elif style == "full width":
        plain = f"{value:.2f}"
        text = plain.translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))
    else:
        text = plain = style.format(value)
    assert parse_ct(text) == pytest.approx(round(float(plain), 2))
    assert parse_ct(value) == pytest.approx(round(value, 2))


@pytest.mark.parametrize("text", ["", "-", "/", "无", "N/A", ">40", "未检出", "Undetermined", None])
def test_no_amplification_is_no_ct(text: object) -> None:
    assert parse_ct(text) is None


@pytest.mark.parametrize("text", ["abc", "0", "99", "-3", "28.5.1"])
def test_bad_ct_values(text: str) -> None:
    with pytest.raises(BadValue):
        parse_ct(text)


TIME_STYLES = [
    "{y}-{m:02d}-{d:02d} {H:02d}:{M:02d}",
    "{y}-{m:02d}-{d:02d} {H:02d}:{M:02d}:{S:02d}",
    "{y}/{m}/{d} {H}:{M:02d}",
    "{y}/{m:02d}/{d:02d} {H:02d}:{M:02d}:{S:02d}",
    "{y}.{m:02d}.{d:02d} {H:02d}:{M:02d}",
    "{y}{m:02d}{d:02d} {H:02d}{M:02d}",
    "{y}{m:02d}{d:02d}{H:02d}{M:02d}{S:02d}",
    "{y}年{m}月{d}日{H}时{M}分",
    "{y}年{m:02d}月{d:02d}日 {H:02d}:{M:02d}:{S:02d}",
    "{y}-{m:02d}-{d:02d}T{H:02d}:{M:02d}:{S:02d}",
]


@settings(max_examples=200)
@given(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2024, 12, 31)).map(
    lambda d: d.replace(microsecond=0)), st.sampled_from(TIME_STYLES))
def test_times_in_many_styles(moment: datetime, style: str) -> None:
    text = style.format(y=moment.year, m=moment.month, d=moment.day, H=moment.hour, M=moment.minute, S=moment.second)
    expected = moment if "{S" in style else moment.replace(second=0)
    assert parse_time(text) == expected
    assert parse_time(moment) == moment  # an Excel date cell


def test_dates_alone_mean_midnight_and_serials_are_read() -> None:
    assert parse_time("2022-11-30") == datetime(2022, 11, 30)
    assert parse_time("2022年11月30日") == datetime(2022, 11, 30)
    assert parse_time(44895.5) == datetime(2022, 11, 30, 12, 0)
    assert parse_time("2022-11-30 下午2:05") == datetime(2022, 11, 30, 14, 5)


@pytest.mark.parametrize("text", ["", "30/11/2022", "11/30/2022", "yesterday", "2022-13-01 10:00", "2022-02-30"])
def test_ambiguous_or_impossible_times_are_refused(text: str) -> None:
    with pytest.raises(BadValue):
        parse_time(text)


def _csv(lines: list[str]) -> str:
    return "\r\n".join(lines) + "\r\n"


GOOD = _csv(["试管条码,检测结果,ORF1ab,N基因Ct值,检测时间,报告时间",
             "TY0001,阴性,,,2022-11-30 12:00,2022-11-30 12:30",
             "ty0002,阳性,28.31,30.2,2022/11/30 12:05,",
             "TY0003,N,/,/,20221130 1210,2022年11月30日13时00分"])


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_encodings(encoding: str) -> None:
    parsed = parse_result_file(GOOD.encode(encoding), "r.csv")
    assert parsed.errors == []
    assert [(r.barcode, r.result) for r in parsed.rows] == [("TY0001", "negative"), ("TY0002", "positive"),
                                                            ("TY0003", "negative")]
    assert parsed.rows[1].ct_orf1ab == 28.31 and parsed.rows[1].reported_at is None
    assert parsed.rows[2].reported_at == datetime(2022, 11, 30, 13, 0)


def test_english_headers_tabs_and_a_title_line() -> None:
    text = ("某某实验室 核酸检测结果\nBarcode\tResult\tCt ORF1ab\tCt N\tTested at\n"
            "A-0001\tPositive\t25\t26\t2022-11-30 08:00\n")
    parsed = parse_result_file(text.encode(), "r.txt")
    assert parsed.errors == [] and parsed.rows[0].barcode == "A-0001" and parsed.rows[0].row == 3


def test_every_bad_row_is_reported_with_row_and_column() -> None:
    text = _csv(["条码,结果,检测时间", "TY1,阴性,2022-11-30 10:00", "TY2,也许,2022-11-30 10:00",
                 "TY3,阴性,明天", ",阴性,2022-11-30 10:00", "TY1,阴性,2022-11-30 10:00", "",
                 "TY5,阳性,2022-11-30 10:00"])
    parsed = parse_result_file(text.encode(), "r.csv")
    assert [(e.row, e.column) for e in parsed.errors] == [(3, "结果"), (4, "检测时间"), (5, "条码"), (6, "条码")]
    assert "row 2" in parsed.errors[-1].en and "第 2 行" in parsed.errors[-1].zh
    assert [r.barcode for r in parsed.rows] == ["TY1", "TY5"]


def test_missing_columns_and_unreadable_files() -> None:
    missing = parse_result_file("条码,结果\nTY1,阴性\n".encode(), "r.csv")
    assert missing.rows == [] and "检测时间" in missing.errors[0].zh
    assert parse_result_file(b"", "r.csv").errors
    assert parse_result_file(b"PK\x03\x04garbage", "r.xlsx").errors[0].row == 0
    assert parse_result_file("条码,结果,检测时间\n".encode(), "r.csv").errors[0].en == "the file holds no result rows"


def test_xlsx_with_typed_cells() -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["检测机构:气膜实验室"])
    sheet.append(["条码", "结果", "ORF1ab Ct", "N Ct", "检测时间", "报告时间"])
    sheet.append([10001, "阳性", 27.5, 29, datetime(2022, 11, 30, 14, 5), datetime(2022, 11, 30, 15, 0)])
    sheet.append(["TY10002", "阴性", None, None, "2022-11-30 14:06", None])
    buffer = io.BytesIO()
    book.save(buffer)
    parsed = parse_result_file(buffer.getvalue(), "结果.xlsx")
    assert parsed.errors == []
    assert parsed.rows[0].barcode == "10001" and parsed.rows[0].ct_n == 29.0 and parsed.rows[0].row == 3
    assert parsed.rows[0].tested_at == datetime(2022, 11, 30, 14, 5)
    assert parsed.rows[1].reported_at is None


@settings(max_examples=60)
@given(st.lists(st.tuples(st.from_regex(r"[A-Z]{2}[0-9]{4,8}", fullmatch=True), st.sampled_from(POSITIVE_WORDS
                                                                                                  + NEGATIVE_WORDS)),
                min_size=1, max_size=30, unique_by=lambda t: t[0]),
       st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]))
def test_any_clean_file_parses_whole(rows: list[tuple[str, str]], encoding: str) -> None:
    lines = ["条码,结果,检测时间"] + [f"{code},{word.strip() or word},2022-11-30 10:00" for code, word in rows]
    parsed = parse_result_file(_csv(lines).encode(encoding), "r.csv")
    assert parsed.errors == []
    assert [r.barcode for r in parsed.rows] == [code for code, _w in rows]
    assert [r.result for r in parsed.rows] == ["positive" if w in POSITIVE_WORDS else "negative" for _c, w in rows]
