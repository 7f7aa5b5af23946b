"""Forms of notices that write an area set by its bounds, then an exception and the rest of the area ("A大道以西、
B路以南、C路以东、D路以北除E小区以外其它区域", and "东至A路、西至B路、南至C路、北至D路区域内除E小区、F点外的其他区域":
the rest of the bounded area, one place, not the rest of the district), head a numbered list after the measures
with how a level's areas stand ("昆都仑区高风险区划定情况", "中风险区调整情况": the level's list below), and follow a
lift with the district's state after it ("解除A小区中风险区管控措施,解除后B区内无高、中风险区,全区低风险区同步解除":
the clause of no levels left names no place), and lift temporary control of areas set by bounds between commas, with
the kind of area after 等 ("一、对A河以东,B路以北,C大道以西,D一线以南等管控区解除临时性管控措施", and in a numbered
item with no 对: "二、E路以东,F路以北等管控区解除…": each item one place), and close a named town's every compound
and unit for screening ("A镇所有居民小区(村组)、企事业单位于3月24日17时起实施封闭管理": one place, sealed, kept whole).
Each form in variants written here (invented places, other kinds and wordings, separators, traditional characters,
full-width punctuation), a property over generated names, and guards of ordinary wording that looks close."""

from __future__ import annotations

from hypothesis import assume, given, settings

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- the rest of a bounded area but an exception ------------------------------------------------------

def test_bounded_areas_rests_under_a_numbered_heading_split_by_semicolons() -> None:
    text = ("关于新增风险区域的通告\n自2022年7月27日起,新增中风险区2处:\n一、新增中风险区\n"
            "长风县春晓路以东、阳光街以南、龙华路以西、翠锦路以北除丽泽花园之外的其他区域;"
            "长风县兴盛大道以西、福瑞路以北除星峰小区外其余区域。\n中风险区执行“人不出区”等管控措施。")
    assert levels_of(text) == {"medium": ["春晓路以东、阳光街以南、龙华路以西、翠锦路以北除丽泽花园之外的其他区域",
                                          "兴盛大道以西、福瑞路以北除星峰小区外其余区域"]}


def test_bounded_area_rest_with_its_exception_written_with_yiwai_qita() -> None:
    text = ("关于新增风险区域的通告\n新增中风险区:\n锦绣大道以东、胜利路以南除康宁家园以外其它区域。\n"
            "中风险区执行“人不出区”等管控措施。")
    assert levels_of(text) == {"medium": ["锦绣大道以东、胜利路以南除康宁家园以外其它区域"]}


def test_bounds_by_sides_then_the_rest_but_two_places_lifted() -> None:
    text = ("甲街道解除部分区域管控措施\n今日(3月18日)12时起,对甲街道辖区东至春晓路、西至阳光街、南至龙华路、"
            "北至翠锦路区域内除丽泽花园、星峰市场外的其他区域解除管控措施。")
    assert levels_of(text) == {"lifted": [
        "甲街道辖区东至春晓路、西至阳光街、南至龙华路、北至翠锦路区域内除丽泽花园、星峰市场外的其他区域"]}


def test_bounded_area_rest_in_traditional_characters_and_full_width() -> None:
    text = in_traditional("关于新增风险区域的通告\n新增高风险区:\n锦绣路以西、胜利街以北除福瑞小区以外的其他区域;"
                          "星峰大道以东、秀水路以南除金华花园外的其余区域。\n高风险区执行“足不出户”。"
                          ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["锦绣路以西、胜利街以北除福瑞小区以外的其他区域",
                                        "星峰大道以东、秀水路以南除金华花园外的其余区域"]}


@settings(max_examples=30, deadline=None)
@given(first=name, second=name, estate=name)
def test_any_bounded_rest_is_one_place(first: str, second: str, estate: str) -> None:
    assume(first != second)
    place = f"{first}路以西、{second}街以南除{estate}小区以外其它区域"
    text = f"关于新增风险区域的通告\n新增中风险区:\n{place}。\n中风险区执行“人不出区”等管控措施。"
    assert levels_of(text) == {"medium": [place]}


def test_a_districts_rest_but_its_levels_stays_no_place() -> None:
    text = ("关于新增风险区域的通告\n新增高风险区:\n金华小区、春晓家园。\n全县除高风险区以外其它区域为低风险区。")
    assert levels_of(text) == {"high": ["金华小区", "春晓家园"]}


# --- a level's standing list headed "…划定情况" after the measures -------------------------------------

_LOWERED = ("关于调整风险地区的通告\n自2022年12月6日0时起,将部分地区调整为低风险区,具体情况如下:\n1. 金华小区1号楼\n"
            "2. 春晓路12号\n调整后,共有{level}3个,{level}之外为低风险区。请广大居民服从社区工作人员统一安排。\n\n")


def test_district_level_set_heading_after_the_measures() -> None:
    text = (_LOWERED.format(level="高风险区") + "长风区高风险区划定情况\n1. 丽泽苑3号楼4单元\n2. 翠锦家园5号楼\n"
            "3. 星峰小区2号楼\n\n长风区疫情防控指挥部\n2022年12月5日")
    assert levels_of(text) == {"low": ["金华小区1号楼", "春晓路12号"],
                               "high": ["丽泽苑3号楼4单元", "翠锦家园5号楼", "星峰小区2号楼"]}


def test_level_adjusted_heading_without_the_district() -> None:
    text = (_LOWERED.format(level="中风险区") + "中风险区调整情况\n1. 丽泽苑3号楼4单元\n2. 翠锦家园5号楼\n"
            "3. 星峰小区2号楼")
    assert levels_of(text) == {"low": ["金华小区1号楼", "春晓路12号"],
                               "medium": ["丽泽苑3号楼4单元", "翠锦家园5号楼", "星峰小区2号楼"]}


def test_level_spread_heading_in_traditional_characters() -> None:
    text = in_traditional(_LOWERED.format(level="高风险区") + "高风险区分布情况\n1. 丽泽苑3号楼4单元\n"
                          "2. 翠锦家园5号楼\n3. 星峰小区2号楼")
    assert levels_of(text) == {"low": ["金华小区1号楼", "春晓路12号"],
                               "high": ["丽泽苑3号楼4单元", "翠锦家园5号楼", "星峰小区2号楼"]}


@settings(max_examples=30, deadline=None)
@given(first=name, second=name)
def test_any_standing_list_under_a_set_heading(first: str, second: str) -> None:
    assume(first != second)
    text = (_LOWERED.format(level="高风险区") + f"高风险区划定情况\n1. {first}苑3号楼\n2. {second}家园5号楼")
    assert levels_of(text)["high"] == [f"{first}苑3号楼", f"{second}家园5号楼"]


def test_a_levels_control_situation_line_is_no_heading() -> None:
    text = (_LOWERED.format(level="高风险区") + "高风险区管控情况\n1. 居民居家不外出\n2. 物资集中配送")
    assert "high" not in levels_of(text)


# --- the district's state after a lift: no levels left ---------------------------------------------------

def test_none_left_after_the_lift_names_no_place() -> None:
    text = ("自2022年8月8日起,解除成都市武侯区春晓街道金华苑3栋、5栋(含底层商铺)中风险区管控措施,解除后武侯区内无高、"
            "中风险区,全区低风险区同步解除,持续做好常态化疫情防控工作。")
    assert by_level(text) == {("lifted", "武侯区"): ["春晓街道金华苑3栋、5栋(含底层商铺)"]}


def test_none_left_after_the_lift_district_wide_full_width() -> None:
    text = ("自2022年9月2日起,解除雁塔区丽泽路8号院中风险区管控措施,解除后全区无中、低风险区,"
            "持续做好常态化疫情防控工作。").translate(HALF_TO_FULL)
    assert by_level(text) == {("lifted", "雁塔区"): ["丽泽路8号院"]}


def test_none_left_after_the_lift_of_sealed_areas_in_traditional_characters() -> None:
    text = in_traditional("自2022年11月2日起,解除锦江区星峰小区封控区管控措施,解除后锦江区内无封控区、管控区,"
                          "持续做好常态化疫情防控工作。")
    assert by_level(text) == {("lifted", "锦江区"): ["星峰小区"]}


@settings(max_examples=30, deadline=None)
@given(estate=name)
def test_any_none_left_clause_leaves_the_lifted_place(estate: str) -> None:
    text = (f"自2022年8月8日起,解除武侯区{estate}苑3栋中风险区管控措施,解除后武侯区内无高、中风险区,"
            "持续做好常态化疫情防控工作。")
    assert by_level(text) == {("lifted", "武侯区"): [f"{estate}苑3栋"]}


def test_where_a_lifted_place_goes_after_the_lift_is_kept() -> None:
    text = "自2022年8月8日起,解除武侯区金华苑3栋高风险区管控措施,解除后,该区域调整为低风险区。"
    result = parse_notice(text, default_year=2022)
    assert [p for c in result["changes"] for p in c["places"]] == ["金华苑3栋"]


# --- lifts of temporary control of areas set by bounds between commas, "等管控区" -------------------------

def test_bounded_areas_between_commas_lifted_with_and_without_dui() -> None:
    text = ("关于调整长风区中心城区封闭区、管控区管控措施的通告\n区疫情防控指挥部决定于10月19日14:00起调整:\n"
            "一、对春晓河以东,阳光一路以北,龙华大道以西,丽泽小区北侧——星峰酒店北出口一线以南等管控区解除临时性"
            "管控措施,恢复常态化防控。\n二、金华路以东,翠锦路以北,龙华大道——春晓河沿线以西,阳光一路以南等管控区"
            "解除临时性管控措施,恢复常态化防控。\n长风区疫情防控指挥部办公室\n2022年10月19日")
    assert levels_of(text) == {"lifted": [
        "春晓河以东,阳光一路以北,龙华大道以西,丽泽小区北侧——星峰酒店北出口一线以南",
        "金华路以东,翠锦路以北,龙华大道——春晓河沿线以西,阳光一路以南"]}


def test_bounded_area_between_commas_lifted_of_its_sealed_kind_in_traditional_characters() -> None:
    text = in_traditional("关于调整封控区管控措施的通告\n一、对胜利路以西,康宁街以南,福瑞大道以东,秀水路以北等封控区"
                          "解除临时性封控措施,恢复常态化防控。")
    assert levels_of(text) == {"lifted": ["胜利路以西,康宁街以南,福瑞大道以东,秀水路以北"]}


def test_places_as_a_numbered_items_subject_lifted_full_width() -> None:
    text = ("关于调整管控区管控措施的通告\n一、金华小区、春晓家园等管控区解除临时性管控措施,恢复常态化防控。"
            ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["金华小区", "春晓家园"]}


@settings(max_examples=30, deadline=None)
@given(first=name, second=name, third=name)
def test_any_bounded_area_between_commas_is_one_lifted_place(first: str, second: str, third: str) -> None:
    assume(len({first, second, third}) == 3)
    place = f"{first}路以东,{second}街以北,{third}大道以西"
    text = f"关于调整管控区管控措施的通告\n一、对{place}等管控区解除临时性管控措施,恢复常态化防控。"
    assert levels_of(text) == {"lifted": [place]}


def test_a_towns_level_lifted_heading_is_no_lift_of_the_town() -> None:
    text = ("关于解除风险区的通告\n一、春晓街道中风险区解除\n1、春晓街道金华路95号。\n2、春晓街道翠锦村12号。\n"
            "特此通告。")
    assert levels_of(text) == {"lifted": ["春晓街道金华路95号", "春晓街道翠锦村12号"]}


# --- a named town's every compound and unit closed ---------------------------------------------------------

def test_a_towns_every_compound_and_unit_closed_is_one_sealed_place() -> None:
    text = ("关于金华镇开展新一轮核酸检测的通知\n根据区疫情防控领导小组办公室统一部署,金华镇所有居民小区(村组)、"
            "企事业单位于2022年3月24日17时起实施封闭管理,并立即启动48小时两轮核酸筛查。\n"
            "金华镇新冠肺炎疫情防控工作领导小组办公室\n2022年3月24日")
    assert levels_of(text) == {"sealed": ["金华镇所有居民小区(村组)、企事业单位"]}


def test_a_streets_every_compound_and_shop_closed_since_full_width() -> None:
    text = "春晓街道全部住宅小区、商铺自2022年4月2日起实施封闭管理。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["春晓街道全部住宅小区、商铺"]}


def test_a_villages_every_group_and_firm_closed_in_traditional_characters() -> None:
    text = in_traditional("翠锦村所有村民小组、企业于2022年3月24日17时起实行封闭式管理。")
    assert levels_of(text) == {"sealed": ["翠锦村所有村民小组、企业"]}


@settings(max_examples=30, deadline=None)
@given(town=name)
def test_any_towns_every_site_closed_is_one_place(town: str) -> None:
    text = f"{town}镇所有居民小区、企事业单位于2022年3月24日17时起实施封闭管理。"
    assert levels_of(text) == {"sealed": [f"{town}镇所有居民小区、企事业单位"]}


def test_every_compound_of_no_town_and_a_towns_people_are_no_place() -> None:
    for text in ("所有居民小区、企事业单位于2022年3月24日17时起实施封闭管理。",
                 "金华镇所有居民于2022年3月24日17时起实施封闭管理。",
                 "全镇所有居民小区于2022年3月24日17时起实施封闭管理。"):
        assert levels_of(text) == {}
