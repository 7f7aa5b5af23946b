"""Reading import files and coercing their values: headers, encodings, delimiters, Excel numbers."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from fangkong.core.spreadsheet import CellError, clean_text, header_key, read_rows, sniff_delimiter
from fangkong.registry import idnumber
from fangkong.registry.imports import (
    PERSON_COLUMNS,
    PLACE_COLUMNS,
    coerce_code,
    coerce_door,
    coerce_id_number,
    coerce_phone,
    match_headers,
    parse_level,
    template_xlsx,
)

VALID_ID = idnumber.make_number("140105", date(1990, 3, 7), 123)  # 140105199003071234
ID_WITH_X = next(n for s in range(1000)
                 if (n := idnumber.make_number("140106", date(1985, 12, 1), s)).endswith("X"))
FULL_WIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
PERSON_HEADER = ["身份证号", "姓名", "手机号", "县区", "街道", "社区", "小区", "楼栋", "单元", "门牌号"]
PERSON_ROW = [VALID_ID, "张三", "13812345678", "小店区", "坞城街道", "坞城社区", "学府苑小区",
              "7号楼", "2单元", "502"]


def numbered(rows: list[list[object]]) -> list[tuple[int, list[object]]]:
    return list(enumerate(rows, start=1))


# ---- headers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("身份证号", "身份证号"),
        (" 身份证号 ", "身份证号"),
        ("身份证号*", "身份证号"),
        ("手机号(选填)", "手机号"),
        ("手机号（选填）", "手机号"),  # full-width brackets
        ("ID Number", "idnumber"),
        ("id_number", "idnumber"),
        ("ＩＤ＿ＮＵＭＢＥＲ", "idnumber"),  # full-width letters
        ("门牌/室号", "门牌室号"),
        ("县(市、区)", "县"),
        ("\u00a0姓\u3000名\u00a0", "姓名"),  # NBSP and the ideographic space
    ],
)
def test_header_key_folds_width_case_spaces_and_notes(written: str, expected: str) -> None:
    assert header_key(written) == expected


def test_headers_match_in_chinese_english_and_any_order() -> None:
    chinese = match_headers("persons", numbered([PERSON_HEADER]))
    english = match_headers("persons", numbered([["Door", "NAME", "id number", "Phone", "district", "street",
                                                  "community", "compound", "building", "unit"]]))
    assert chinese.errors == [] and english.errors == []
    assert chinese.positions["id_number"] == 0 and chinese.positions["door"] == 9
    assert english.positions["id_number"] == 2 and english.positions["door"] == 0
    assert english.headers["name"] == "NAME"  # errors name the column as the user wrote it


def test_header_aliases_and_unit_code_instead_of_the_chain() -> None:
    header = match_headers("persons", numbered([["公民身份号码", "名字", "联系电话", "室号", "单元编码"]]))
    assert header.errors == []
    assert set(header.positions) == {"id_number", "name", "phone", "door", "unit_code"}


def test_a_title_row_above_the_header_is_skipped_and_blank_or_unknown_columns_ignored() -> None:
    rows = numbered([["某某社区居民信息登记表", None, None], [], ["序号", *PERSON_HEADER, None, "备注"],
                     [1, *PERSON_ROW]])
    header = match_headers("persons", rows)
    assert header.errors == [] and header.row == 3
    assert header.positions["id_number"] == 1


def test_missing_and_duplicate_columns_are_reported_on_the_header_row() -> None:
    header = match_headers("persons", numbered([["姓名", "名字", "县区", "街道"]]))
    messages = {(e.row, e.field): e.message for e in header.errors}
    assert (1, "名字") in messages and "同一列" in messages[(1, "名字")]
    assert (1, "身份证号") in messages and (1, "门牌号") in messages
    assert any("社区" in field and "单元" in field for _, field in messages)  # the missing address columns


def test_place_headers() -> None:
    header = match_headers("places", numbered([["Level", "名称", "上级编码", "编码", "类别", ""]]))
    assert header.errors == [] and set(header.positions) == {"level", "name", "parent_code", "code", "kind"}
    assert [e.field for e in match_headers("places", numbered([["名称", "编码"]])).errors] == ["层级"]


# ---- values --------------------------------------------------------------------------------


def test_clean_text_handles_nbsp_ideographic_and_zero_width_spaces() -> None:
    assert clean_text("\u00a0学府苑\u3000 小区\u200b ") == "学府苑 小区"
    assert clean_text(None) == "" and clean_text(502) == "502" and clean_text(502.0) == "502"


@pytest.mark.parametrize(
    "cell",
    [VALID_ID, f" {VALID_ID}\u00a0", VALID_ID.translate(FULL_WIDTH), "140105 19900307 1234", f"'{VALID_ID}",
     f'="{VALID_ID}"', int(VALID_ID)],
    ids=["text", "nbsp", "full-width", "grouped", "apostrophe", "csv-formula", "int-cell"],
)
def test_identity_numbers_in_the_forms_offices_type_them(cell: object) -> None:
    assert coerce_id_number(cell) == VALID_ID


def test_identity_number_with_x_in_any_width_or_case() -> None:
    assert coerce_id_number(ID_WITH_X.lower()) == ID_WITH_X
    assert coerce_id_number(ID_WITH_X.translate(FULL_WIDTH)) == ID_WITH_X


@pytest.mark.parametrize("cell", [1.40105199003071e17, float(VALID_ID), "1.40105199003071E+17",
                                  "1.40105E+17"])
def test_identity_number_stored_by_excel_as_a_number_has_lost_digits(cell: object) -> None:
    with pytest.raises(CellError, match="身份证号被 Excel 存为数字,已丢失末位,请将该列设为文本"):
        coerce_id_number(cell)


def test_identity_number_errors_use_the_validators_bilingual_message() -> None:
    wrong_check = VALID_ID[:17] + ("0" if VALID_ID[17] != "0" else "1")
    with pytest.raises(CellError, match="校验位错误.* / check character is wrong"):
        coerce_id_number(wrong_check)
    with pytest.raises(CellError, match="应为18位"):
        coerce_id_number("14010519900307")
    with pytest.raises(CellError, match="必填"):
        coerce_id_number("\u00a0 ")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [(502, "502"), (502.0, "502"), ("502.0", "502"), ("５０２", "502"), ("\u00a0502 ", "502"),
     ("502室", "502"), ("5-502", "5-502"), ("东户", "东户"), ("0502", "0502")],
)
def test_door_numbers(cell: object, expected: str) -> None:
    assert coerce_door(cell) == expected


def test_a_door_number_that_excel_turned_into_a_date_is_refused() -> None:
    with pytest.raises(CellError, match="日期"):
        coerce_door(datetime(2022, 5, 2))
    with pytest.raises(CellError, match="必填"):
        coerce_door(None)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [(13812345678, "13812345678"), (13812345678.0, "13812345678"), ("138 1234 5678", "13812345678"),
     ("138-1234-5678", "13812345678"), ("+86 13812345678", "13812345678"),
     ("１３８１２３４５６７８", "13812345678"),
     ("0351-1234567", "0351-1234567"), ("03511234567", "0351-1234567"), ("(0351)1234567", "0351-1234567"),
     ("010-12345678", "010-12345678"), ("01012345678", "010-12345678"), ("010-1234-5678", "010-12345678"),
     ("0351 123 4567", "0351-1234567"), ("", None), (None, None)],
)
def test_phone_numbers(cell: object, expected: str | None) -> None:
    assert coerce_phone(cell) == expected


@pytest.mark.parametrize("cell", ["12345", "23812345678", "1381234567", "138123456789", "电话", "0351-12345"])
def test_bad_phone_numbers(cell: object) -> None:
    with pytest.raises(CellError, match="电话号码格式不正确"):
        coerce_phone(cell)


def test_phone_numbers_that_excel_mangled_say_so() -> None:
    with pytest.raises(CellError, match="开头的0已丢失"):
        coerce_phone(3511234567)  # 0351-1234567 typed into a number cell
    with pytest.raises(CellError, match="科学计数法"):
        coerce_phone("1.38123E+10")


def test_codes_keep_leading_zeros_and_lose_float_tails() -> None:
    assert coerce_code("001") == "001"
    assert coerce_code(140105001) == "140105001" and coerce_code(140105001.0) == "140105001"
    assert coerce_code(" U-1 ") == "U-1"
    with pytest.raises(CellError, match="丢失末位"):
        coerce_code(1.40105001001002e17)


@pytest.mark.parametrize(
    ("written", "level", "kind"),
    [("县区", "district", ""), ("district", "district", ""), ("街道", "street", "街道"),
     ("乡镇", "street", ""),
     ("镇", "street", "镇"), ("社区", "community", "社区"), ("村", "community", "村"), ("网格", "grid", ""),
     ("小区", "compound", ""), ("楼栋", "building", ""), ("单元", "unit", ""), (" Unit ", "unit", ""),
     ("县(市、区)", "district", "")],
)
def test_levels_in_chinese_and_english(written: str, level: str, kind: str) -> None:
    assert parse_level(written) == (level, kind)


def test_unknown_level() -> None:
    with pytest.raises(CellError, match="未知层级"):
        parse_level("省")


# ---- numeric-looking text (hypothesis) -----------------------------------------------------

_PADDING = st.sampled_from(["", " ", "\u00a0", "\u3000", "\t", "\u200b"])


@given(n=st.integers(min_value=0, max_value=10**14), left=_PADDING, right=_PADDING)
def test_a_door_number_reads_the_same_however_it_was_stored(n: int, left: str, right: str) -> None:
    expected = str(n)
    wide = expected.translate(FULL_WIDTH)
    forms: list[object] = [n, float(n), expected, f"{n}.0", wide, f"{left}{n}{right}", f"{left}{wide}{right}"]
    assert {coerce_door(form) for form in forms} == {expected}


@given(rest=st.integers(min_value=0, max_value=10**10 - 1), left=_PADDING, right=_PADDING)
def test_a_mobile_number_reads_the_same_however_it_was_stored(rest: int, left: str, right: str) -> None:
    expected = f"1{rest:010d}"
    forms: list[object] = [int(expected), float(expected), expected, f"{expected}.0",
                           expected.translate(FULL_WIDTH), f"{left}{expected}{right}",
                           f"{expected[:3]} {expected[3:7]} {expected[7:]}"]
    assert {coerce_phone(form) for form in forms} == {expected}


@given(digits=st.text(alphabet="0123456789", min_size=1, max_size=20), left=_PADDING, right=_PADDING)
def test_codes_typed_as_text_keep_every_digit(digits: str, left: str, right: str) -> None:
    assert coerce_code(f"{left}{digits}{right}") == digits
    assert coerce_code(digits.translate(FULL_WIDTH)) == digits


@given(born=st.dates(min_value=date(1900, 1, 1), max_value=date(2020, 12, 31)),
       sequence=st.integers(min_value=0, max_value=999), left=_PADDING, right=_PADDING)
def test_identity_numbers_survive_text_forms_and_never_a_float(born: date, sequence: int, left: str,
                                                                right: str) -> None:
    number = idnumber.make_number("140105", born, sequence)
    for form in (number, number.lower(), number.translate(FULL_WIDTH), f"{left}{number}{right}"):
        assert coerce_id_number(form) == number
    if number[-1] != "X":
        assert coerce_id_number(int(number)) == number  # an exact integer cell written by a program
        with pytest.raises(CellError, match="丢失末位"):
            coerce_id_number(float(number))
        with pytest.raises(CellError, match="丢失末位"):
            coerce_id_number(f"{float(number):.14E}")


# ---- files ---------------------------------------------------------------------------------

CSV_TEXT = "身份证号,姓名,手机号,门牌号,单元编码\r\n" + f"{VALID_ID},张三,13812345678,502,U1\r\n" + "\r\n"


def body(rows: list[tuple[int, list[object]]]) -> list[tuple[int, list[object]]]:
    return [(n, cells) for n, cells in rows if any(clean_text(c) for c in cells)]


@pytest.mark.parametrize(
    "data",
    [CSV_TEXT.encode("utf-8"), CSV_TEXT.encode("utf-8-sig"), CSV_TEXT.encode("gb18030"),
     CSV_TEXT.encode("gbk"), CSV_TEXT.encode("utf-16")],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16"],
)
def test_csv_in_the_encodings_of_chinese_offices(data: bytes) -> None:
    rows = body(read_rows("persons.csv", data))
    assert rows == [(1, ["身份证号", "姓名", "手机号", "门牌号", "单元编码"]),
                    (2, [VALID_ID, "张三", "13812345678", "502", "U1"])]


@pytest.mark.parametrize("delimiter", ["\t", ";", ",", "，", "|"],
                         ids=["tab", "semicolon", "comma", "full-width", "bar"])
def test_csv_delimiters_are_sniffed(delimiter: str) -> None:
    text = CSV_TEXT.replace(",", delimiter)
    assert sniff_delimiter(text) == delimiter
    rows = body(read_rows("persons.txt", text.encode("gb18030")))
    assert rows[1] == (2, [VALID_ID, "张三", "13812345678", "502", "U1"])


def test_sniffing_is_not_fooled_by_commas_inside_values_or_a_title_line() -> None:
    text = ("居民登记表，2022年\n身份证号\t姓名\t门牌号\n"
            f"{VALID_ID}\t张三，李四\t502\n{VALID_ID}\t王五\t503\n")
    assert sniff_delimiter(text) == "\t"


def test_csv_rows_are_numbered_as_excel_shows_them_even_with_quoted_line_breaks() -> None:
    text = '姓名,备注,门牌号\n张三,"第一行\n第二行",502\n李四,"a,b",503\n'
    rows = read_rows("x.csv", text.encode("utf-8"))
    assert rows[1] == (2, ["张三", "第一行\n第二行", "502"])
    assert rows[2] == (3, ["李四", "a,b", "503"])


def test_old_xls_and_broken_xlsx_are_refused_with_a_message() -> None:
    with pytest.raises(CellError, match=r"\.xls"):
        read_rows("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(CellError, match="Excel"):
        read_rows("broken.xlsx", b"PK\x03\x04 not really a zip")
    with pytest.raises(CellError, match="xlsx"):
        read_rows("renamed.xlsx", "身份证号\n".encode())


def xlsx_bytes(rows: list[list[object]], *, first_sheet: str | None = None) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    if first_sheet:
        sheet.title = first_sheet
        sheet = workbook.create_sheet("人员")
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_xlsx_keeps_row_numbers_across_empty_rows_and_cell_types() -> None:
    typed = [VALID_ID, "张三", 13812345678, "小店区", "坞城街道", "坞城社区", "学府苑小区", 7, 2, 502]
    data = xlsx_bytes([PERSON_HEADER + [None], [], typed, [], [1.40105199003071e17]])
    rows = read_rows("p.xlsx", data)
    by_number = dict(body(rows))
    assert set(by_number) == {1, 3, 5}
    assert by_number[3][2] == 13812345678 and by_number[3][9] == 502
    assert isinstance(by_number[5][0], float)


def test_xlsx_skips_an_instructions_sheet_placed_first() -> None:
    rows = body(read_rows("p.xlsx", xlsx_bytes([PERSON_HEADER], first_sheet="说明")))
    assert rows == [(1, PERSON_HEADER)]


# ---- the template --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["persons", "places"])
def test_template_has_the_headers_text_columns_and_an_explained_example(kind: str) -> None:
    data = template_xlsx(kind)
    workbook = load_workbook(io.BytesIO(data))
    columns = PERSON_COLUMNS if kind == "persons" else PLACE_COLUMNS
    sheet = workbook.worksheets[0]
    header = [c.value for c in sheet[1] if c.value is not None]
    assert header == [c.label for c in columns]
    assert all(v is None for row in sheet.iter_rows(min_row=2, values_only=True) for v in row)
    assert workbook.sheetnames[1] == "说明"
    notes = [list(r) for r in workbook["说明"].iter_rows(values_only=True)]
    assert notes[1][: len(columns)] == header
    assert notes[2][0] == columns[0].example  # the example row
    explained = {r[0] for r in notes[4:] if r[0]}
    assert set(header) <= explained
    for index, column in enumerate(columns, start=1):
        if column.as_text:
            assert sheet.cell(row=2, column=index).number_format == "@"
    # The template reads back through the importer's own header matching without errors.
    assert match_headers(kind, read_rows(f"t-{kind}.xlsx", data)).errors == []


def test_template_example_identity_number_is_valid() -> None:
    assert coerce_id_number(PERSON_COLUMNS[0].example) == PERSON_COLUMNS[0].example


def test_unknown_template_kind() -> None:
    from fangkong.core.errors import InvalidInput

    with pytest.raises(InvalidInput):
        template_xlsx("vehicles")
