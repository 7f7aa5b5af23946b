"""Review rv64b: ordinary notice wording near the forms of fix-j1806, fix-j1770 and fix-jmisc, read right.

1. a level's label alone on its line, then a line that opens the measures with a clause ("经专家研判,实行“…”",
   "对以下区域,…", "其中,…", "14天内,…") and no place: the clause is no place (places then quoted measures are read
   only when the first piece is a place);
2. units joined by 和 under one exception ("B村和C村(除封控区外)") after a ";" or on a line of their own: the unit
   before the ";" or the line is a place of its own, not joined into the shared rest;
3. a bounded area with its note in brackets, then 和 (及) and a place, in a label's list ("A路、B路、C路合围区域(含D
   小区)和E村"): two places, no place "和E村";
4. "城区" before a town in the notice of a county of 阳泉 ("阳泉市盂县…办公室", "盂县…办公室"): the county's own town,
   the district the county, not 阳泉's 城区.
"""

from __future__ import annotations

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, by_level, in_traditional, levels_of

_LEAD = "关于划定封控区管控区的通告\n根据疫情防控需要,经研究决定,自3月15日起,将以下区域划定为封控区、管控区:\n"


def _zones(first: str) -> str:
    return _LEAD + "一、封控区:\n" + first + "\n二、管控区:\n青松小区。\n"


_MEASURES = "实行“区域封闭、足不出户、服务上门”。"


# --- 1. a clause that opens the measures under a level's label alone is no place

def test_a_clause_before_the_measures_under_a_label_alone_is_no_place() -> None:
    for clause in ("经专家研判", "经专家组评估研判", "对以下区域", "其中", "14天内", "同时", "在封控期内",
                   "即日起至3月21日24时", "本次划定的区域", "下一步"):
        assert levels_of(_zones(f"{clause},{_MEASURES}")) == {"controlled": ["青松小区"]}, clause


def test_a_clause_before_the_measures_in_traditional_and_full_width() -> None:
    expected = {"controlled": ["青松小区"]}
    assert levels_of(in_traditional(_zones(f"经专家研判,{_MEASURES}"))) == expected
    assert levels_of(_zones(f"经专家研判,{_MEASURES}").translate(HALF_TO_FULL)) == expected


def test_places_then_measures_under_a_label_alone_still_read() -> None:
    assert levels_of(_zones(f"白塔村5、6栋,{_MEASURES}")) == {"sealed": ["白塔村5、6栋"], "controlled": ["青松小区"]}
    assert levels_of(in_traditional(_zones(f"白塔村5、6栋,{_MEASURES}")))["sealed"] == ["白塔村5、6栋"]


# --- 2. units under one exception: not joined across a ";" or a line

_ADJUST = "关于调整风险区域的通告\n根据疫情防控需要,经专家研判,自3月15日起,调整如下:\n"


def test_units_under_one_exception_after_a_semicolon() -> None:
    assert levels_of(_ADJUST + "管控区:金鹿村;青松村和白塔村(除封控区外)。\n") == {
        "controlled": ["金鹿村", "青松村和白塔村(除封控区外)"]}
    assert levels_of(_ADJUST + "管控区:金鹿村、石桥村;青松村、长岭村和白塔村(除封控区外)。\n") == {
        "controlled": ["金鹿村", "石桥村", "青松村、长岭村和白塔村(除封控区外)"]}


def test_units_under_one_exception_on_a_line_of_their_own() -> None:
    assert levels_of(_ADJUST + "管控区:\n金鹿村\n青松村和白塔村(除封控区外)\n") == {
        "controlled": ["金鹿村", "青松村和白塔村(除封控区外)"]}


def test_units_under_one_exception_after_a_semicolon_traditional_and_full_width() -> None:
    expected = {"controlled": ["金鹿村", "青松村和白塔村(除封控区外)"]}
    assert levels_of(in_traditional(_ADJUST + "管控区:金鹿村;青松村和白塔村(除封控区外)。\n")) == expected
    assert levels_of((_ADJUST + "管控区:金鹿村;青松村和白塔村(除封控区外)。\n").translate(HALF_TO_FULL)) == expected


def test_units_under_one_exception_after_a_run_still_one_place() -> None:
    assert levels_of(_ADJUST + "防范区:金华社区、翠锦社区和春晓社区(除封控区外)。\n") == {
        "precaution": ["金华社区、翠锦社区和春晓社区(除封控区外)"]}


# --- 3. a bounded area's note, then 和 (及) and a place, in a label's list

_AREA = "金华路、翠锦路、长风路合围区域(含春晓小区)"


def test_a_noted_bounded_area_then_he_and_a_place_in_a_list() -> None:
    for join in ("和", "及", "以及"):
        assert levels_of(_ADJUST + f"封控区:{_AREA}{join}白塔村。\n") == {"sealed": [_AREA, "白塔村"]}, join


def test_a_noted_bounded_area_then_ji_in_traditional_and_full_width() -> None:
    assert levels_of(in_traditional(_ADJUST + f"封控区:{_AREA}及白塔村。\n")) == {"sealed": [_AREA, "白塔村"]}
    assert levels_of((_ADJUST + f"封控区:{_AREA}和白塔村。\n").translate(HALF_TO_FULL)) == {
        "sealed": [_AREA, "白塔村"]}


# --- 4. "城区" in the notice of a county of 阳泉

def test_chengqu_in_a_county_notice_is_the_county_town() -> None:
    text = "阳泉市盂县疫情防控工作领导小组办公室\n关于调整风险区域的通告\n将城区秀水镇青松小区调整为中风险区。\n"
    assert by_level(text) == {("medium", "盂县"): ["城区秀水镇青松小区"]}
    text = ("盂县疫情防控工作领导小组办公室\n关于调整风险区域的通告\n根据阳泉市统一部署,"
            "将城区秀水镇青松小区调整为中风险区。\n")
    assert by_level(text) == {("medium", "盂县"): ["城区秀水镇青松小区"]}


def test_chengqu_in_a_county_notice_in_traditional_characters() -> None:
    text = in_traditional("阳泉市盂县疫情防控工作领导小组办公室\n关于调整风险区域的通告\n"
                          "将城区秀水镇青松小区调整为中风险区。\n")
    assert by_level(text) == {("medium", "盂县"): ["城区秀水镇青松小区"]}


def test_chengqu_in_the_city_notice_is_still_its_district() -> None:
    text = "阳泉市疫情防控工作领导小组办公室\n关于调整风险区域的通告\n将城区义井街道青松小区调整为中风险区。\n"
    assert by_level(text) == {("medium", "城区"): ["义井街道青松小区"]}
