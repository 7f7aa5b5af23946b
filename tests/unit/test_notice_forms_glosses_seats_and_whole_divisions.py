"""Forms of the twelfth held-out set (notices 247-252), each in variants written here (invented places, the
wording of the real forms): a division kind glossed in brackets after a level ("中风险街道(乡镇)"), a level word
that names the kind of area around others ("封控区、管控区所在的社区"), the county seat 县城 between a county and
its street, a whole city's or district's exception in brackets, a whole division's state after the changes
("调整后,X市全域为低风险区", "X区全域仍为低风险区(高风险区除外)") and a lift of 封闭 management followed by
",并调整为" the new level."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import by_level, in_traditional, levels_of

_STREETS = ["东风街道", "柳林街道", "青石镇", "桃源乡", "白马镇", "南湖街道", "金沙乡", "红旗街道"]


# --- a division kind glossed in brackets after the level --------------------------------------------------

def test_street_level_assessment_with_the_kind_glossed_in_brackets() -> None:
    # "三、中风险街道(乡镇)(3个)": the second list's heading is read as the first one's
    text = ("东川城区街道(乡镇)疫情风险评估结果通报\n一、低风险街道(乡镇)(2个)\n东湖区:东风街道、柳林街道;\n"
            "西岭区:青石镇。\n二、中风险街道(乡镇)(3个)\n东湖区:南湖街道、红旗街道;\n西岭区:桃源乡。\n")
    assert by_level(text) == {("low", "东湖区"): ["东风街道", "柳林街道"], ("low", "西岭区"): ["青石镇"],
                              ("medium", "东湖区"): ["南湖街道", "红旗街道"], ("medium", "西岭区"): ["桃源乡"]}


def test_kind_glossed_the_other_way_round_and_in_traditional_characters() -> None:
    text = ("一、高风险乡镇(街道)(1个)\n北山县:白马镇。\n二、低风险乡镇(街道)(2个)\n北山县:金沙乡、红旗街道。\n")
    expected = {("high", "北山县"): ["白马镇"], ("low", "北山县"): ["金沙乡", "红旗街道"]}
    assert by_level(text) == expected
    assert by_level(in_traditional(text)) == expected


def test_kind_glossed_with_half_width_brackets_and_a_single_kind() -> None:
    text = ("一、低风险街道(镇) (2个)\n南湖区:东风街道、青石镇;\n二、中风险街道(镇) (1个)\n南湖区:柳林街道。\n")
    assert by_level(text) == {("low", "南湖区"): ["东风街道", "青石镇"], ("medium", "南湖区"): ["柳林街道"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_STREETS), min_size=1, max_size=6, unique=True),
       st.lists(st.sampled_from(_STREETS), min_size=1, max_size=6, unique=True),
       st.sampled_from(["(乡镇)", "(镇)", "(街道)", "(镇街)"]), st.sampled_from(["、", ","]))
def test_any_lists_under_glossed_headings_give_each_level_its_places(
        low: list[str], medium: list[str], gloss: str, sep: str) -> None:
    kind = "乡镇" if gloss == "(街道)" else "街道"
    text = (f"一、低风险{kind}{gloss}({len(low)}个)\n东湖区:{sep.join(low)}。\n"
            f"二、中风险{kind}{gloss}({len(medium)}个)\n东湖区:{sep.join(medium)}。\n")
    assert by_level(text) == {("low", "东湖区"): low, ("medium", "东湖区"): medium}


# --- a level word alone names no place ------------------------------------------------------------------

def test_precaution_area_defined_as_the_communities_around_the_other_levels() -> None:
    # "三、防范区:封控区、管控区所在的社区或行政村(不含封控区、管控区)划为防范区": no place of its own
    text = ("东湖区关于调整封控区、管控区、防范区范围的通告\n一、封控区:东湖区人民医院隔离病区、南湖路鸿运宾馆。\n"
            "二、管控区:东湖区青石镇卫生院。\n三、防范区:封控区、管控区所在的社区或行政村(不含封控区、管控区)划为防范区。\n")
    assert levels_of(text) == {"sealed": ["人民医院隔离病区", "南湖路鸿运宾馆"], "controlled": ["青石镇卫生院"]}


def test_medium_area_defined_as_the_streets_around_high_ones() -> None:
    text = ("一、高风险区:西岭区柳林街道阳光小区3栋。\n二、中风险区:高风险区所在的街道(不含高风险区)。\n"
            "三、低风险区:西岭区其他区域。\n")
    assert levels_of(text) == {"high": ["柳林街道阳光小区3栋"]}


def test_level_words_in_traditional_characters_and_with_a_full_stop() -> None:
    text = in_traditional("一、封控区:北山县白马镇红星村。\n二、防范区:封控区、管控区。\n")
    assert levels_of(text) == {"sealed": ["白马镇红星村"]}


# --- the county seat between a county and its street ------------------------------------------------------

def test_county_seat_before_a_street_is_no_part_of_the_place() -> None:
    # "龙山县城兴隆街道": 龙山县 is the district, 城 the seat's; the street is 兴隆街道
    text = "三、防范区范围:北山县城东风街道、北山县城柳林街道、北山县白马镇、北山县金沙乡。\n"
    assert by_level(text) == {("precaution", "北山县"): ["东风街道", "柳林街道", "白马镇", "金沙乡"]}


def test_county_seat_written_as_xiancheng_and_in_traditional_characters() -> None:
    text = "一、管控区:北山县县城红旗街道;北山县县城南湖社区。\n"
    expected = {("controlled", "北山县"): ["红旗街道", "南湖社区"]}
    assert by_level(text) == expected
    assert by_level(in_traditional(text)) == expected


def test_names_that_start_with_cheng_keep_it() -> None:
    # "城关镇", "城南街道", "城关镇东街社区": a name of its own, not the seat's
    text = "一、防范区:北山县城关镇、北山县城南街道、北山县城关镇东街社区。\n"
    assert by_level(text) == {("precaution", "北山县"): ["城关镇", "城南街道", "城关镇东街社区"]}


@settings(max_examples=25, deadline=None)
# (streets only: a town is never inside the seat, "北山县城青石镇" keeps its 城, see test_notice_forms_sentences)
@given(st.lists(st.sampled_from([s for s in _STREETS if len(s) >= 4 and s.endswith("街道")] + ["青石社区"]),
                min_size=1, max_size=5, unique=True),
       st.sampled_from(["北山县城", "北山县县城"]), st.sampled_from(["、", ";", ","]))
def test_any_streets_of_the_county_seat_are_read_without_it(streets: list[str], seat: str, sep: str) -> None:
    text = "一、防范区:" + sep.join(seat + s for s in streets) + "。\n"
    assert by_level(text) == {("precaution", "北山县"): streets}


# --- a whole city's or district's exception in brackets ---------------------------------------------------

def test_whole_county_but_areas_of_another_kind_is_no_place() -> None:
    # "惠来县全域(除高、中风险区、风险排查区外)": a risk-screening area is no level, still the county's rest
    text = ("(一)高风险区:东湖县青石镇红星村、白石村。采取“足不出户”等封控措施。\n"
            "(二)风险排查区:青石镇部分区域,东至青石大道、西至河堤。采取“足不出户”等封控措施。\n"
            "(三)低风险区:东湖县全域(除高、中风险区、风险排查区外)。\n")
    assert levels_of(text) == {"high": ["青石镇红星村", "白石村"]}


def test_whole_district_exceptions_written_with_chuwai_and_half_width_brackets() -> None:
    for rest in ("西岭区全域(封控区、临时管控区除外)", "西岭区全境(除封控区、临时管理区以外)",
                 "西岭区全域 (除高风险区、风险排查区之外)"):
        text = f"一、封控区:西岭区南湖街道阳光小区。\n二、防范区:{rest}。\n"
        assert levels_of(text) == {"sealed": ["南湖街道阳光小区"]}, rest


def test_a_towns_whole_but_its_exception_stays_a_place() -> None:
    # "召市镇全境(封控区除外)" is a town's rest, a place
    text = "一、封控区:北山县白马镇红星村。\n二、管控区:北山县白马镇全境(封控区、风险排查区除外)。\n"
    assert by_level(text) == {("sealed", "北山县"): ["白马镇红星村"],
                              ("controlled", "北山县"): ["白马镇全境(封控区、风险排查区除外)"]}


# --- a whole division's state after the changes -----------------------------------------------------------

def test_whole_city_after_the_changes_is_no_place() -> None:
    # "调整后,荆州市全域为低风险区"
    text = ("经研究决定:自2021年8月15日12时起,将东川市西岭区柳林街道阳光小区调整为低风险区。"
            "调整后,东川市全域为低风险区。")
    assert by_level(text) == {("low", "西岭区"): ["柳林街道阳光小区"]}


def test_whole_zone_that_stays_at_its_level_with_its_exception_is_no_place() -> None:
    # "惠州大亚湾开发区全域仍为低风险区(高风险区除外)"
    for state in ("东川南湖开发区全域仍为低风险区(高风险区除外)", "南湖区全域依然为低风险区",
                  "南湖区全境为低风险区(封控区、管控区除外)", "全域仍为低风险区"):
        text = ("一、自2022年12月5日3时起,南湖区东风街道锦绣公寓由高风险区降为低风险区。\n"
                "二、自2022年12月4日23时起,南湖区柳林街道阳光城3期8栋由高风险区降为低风险区。\n"
                f"三、{state}。\n")
        assert levels_of(text) == {"low": ["东风街道锦绣公寓", "柳林街道阳光城3期8栋"]}, state


def test_whole_district_the_notice_changes_is_still_a_place() -> None:
    text = "自2021年2月8日起,将东川市西岭区全域调整为中风险地区,东川市北山县全域调整为低风险地区。"
    # (the district itself, not "全域": a whole district is listed as itself, the corpus README's convention)
    assert by_level(text) == {("medium", "西岭区"): ["西岭区"], ("low", "北山县"): ["北山县"]}


# --- a lift of closed management, then the level ----------------------------------------------------------

def test_bounded_area_lifted_from_closed_management_and_lowered() -> None:
    # "将…围合区解除封闭管理,并调整为低风险区"
    text = ("自2021年8月15日12时起,将东川市西岭区青石路以东、红旗路以北、白马路以西、金沙路以南围合区"
            "解除封闭管理,并调整为低风险区。调整后,东川市全域为低风险区。")
    assert by_level(text) == {("low", "西岭区"): ["青石路以东、红旗路以北、白马路以西、金沙路以南围合区"]}


def test_lift_then_level_joined_by_other_words() -> None:
    for join in (",并调整为", ",同时调整为", ",并且降为", ",调整为"):
        text = f"即日起,将南湖区阳光小区、锦绣公寓解除封闭管理{join}低风险区;红星村调整为中风险区。"
        assert by_level(text) == {("low", "南湖区"): ["阳光小区", "锦绣公寓"], ("medium", "南湖区"): ["红星村"]}, join


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["阳光小区", "锦绣公寓", "红星村", "青石苑", "金沙花园", "桃源新村"]),
                min_size=1, max_size=6, unique=True),
       st.sampled_from(["封闭", "封控"]), st.sampled_from(["并调整为", "并降为", "同时调整为"]),
       st.sampled_from(["低风险区", "防范区"]))
def test_any_places_lifted_then_given_a_level(places: list[str], kind: str, verb: str, level: str) -> None:
    text = f"即日起,将南湖区{'、'.join(places)}解除{kind}管理,{verb}{level}。"
    assert levels_of(text) == {{"低风险区": "low", "防范区": "precaution"}[level]: places}
