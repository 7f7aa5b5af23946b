"""Forms of notices that name their district in a title after a verb that lowers or raises the level ("关于降低A区
部分区域风险等级的通告"), follow a listed place with the measures of "the area" ("A小区1号楼,该区域实行 “足不出户、
上门服务”封控措施"), redraw a level's area as a bounded area ("将中风险区调整为东至A路、…区域内(含…)。该区域实行…"),
quote a list of places with its count and a second kind in brackets after a comma (", “A村三社、B镇C村”2个村(社)调整
为中风险区"), head villages with a state farm or forest (“(二)A林场” over "B村", or "A农场" alone on a line), name a
village's natural village whose name starts with 和 ("A村和尚坡自然村"), and list a two-character district after its
own city in a county list ("阳泉市城区、矿区、郊区"). Each form in variants written here (invented places, other
separators, traditional characters, full-width punctuation), guards of ordinary wording that looks close, and
properties over generated parts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- a title that lowers (raises) the level of a district's areas ---------------------------------------------

def test_title_lowering_a_districts_areas() -> None:
    text = ("关于降低青山区部分区域风险等级的通告\n经专家研判,决定自2022年12月14日24时起,降低以下区域风险等级:\n"
            "将青山区花园街道翠竹社区兴盛小区2号楼1单元301室降为低风险。\n其他区域风险等级不变。")
    assert by_level(text) == {("low", "青山区"): ["花园街道翠竹社区兴盛小区2号楼1单元301室"]}


def test_title_lowering_written_with_xiatiao_in_traditional_characters() -> None:
    text = in_traditional("关于下调白河县部分区域风险等级的通告\n经研判,决定:\n将白河县花园镇春晓村降为低风险区。")
    assert by_level(text) == {("low", "白河县"): ["花园镇春晓村"]}


def test_title_raising_a_districts_areas_with_full_width_punctuation() -> None:
    text = ("关于提高鼓楼区部分区域风险等级的通告\n经研判,决定:\n将鼓楼区花园街道丽泽小区3栋升为高风险区。"
            ).translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "鼓楼区"): ["花园街道丽泽小区3栋"]}


def test_title_lowering_levels_without_a_district_names_none() -> None:
    # (guard: "关于降低风险等级的通告" names no district; the list's own district holds)
    text = "关于降低部分区域风险等级的通告\n经研判,决定:\n将青山区翠竹小区2号楼降为低风险区。"
    assert by_level(text) == {("low", "青山区"): ["翠竹小区2号楼"]}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["青山区", "鼓楼区", "白河县", "城关区", "永定区"]), name,
       st.sampled_from(["降低", "下调", "调低"]), st.sampled_from(["花园街道", "花园镇"]))
def test_any_title_lowering_a_district(district: str, estate: str, verb: str, street: str) -> None:
    text = (f"关于{verb}{district}部分区域风险等级的通告\n经研判,决定:\n"
            f"将{district}{street}{estate}小区5号楼降为低风险。\n其他区域风险等级不变。")
    assert by_level(text) == {("low", district): [f"{street}{estate}小区5号楼"]}


# --- a place, then the measures of "the area" ----------------------------------------------------------------

def test_place_then_the_areas_measures_under_a_counted_heading() -> None:
    text = ("关于调整风险区域的通告\n新增高风险区1处:\n翠竹花园3号楼,该区域实行 “足不出户、上门服务”封控措施。\n"
            "除高风险区以外其他区域为低风险区。")
    assert levels_of(text) == {"high": ["翠竹花园3号楼"]}


def test_place_then_the_estates_medium_measures_in_traditional_characters() -> None:
    text = in_traditional("关于调整风险区域的通告\n新增中风险区1处:\n兴盛小区,该小区实行“足不出区、错峰取物”管控措施。")
    assert levels_of(text) == {"medium": ["兴盛小区"]}


def test_place_then_the_areas_measures_with_full_width_punctuation() -> None:
    text = ("关于调整风险区域的通告\n新增高风险区1处:\n金华路12号,此区域实行“足不出户、上门服务”封控措施。"
            ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["金华路12号"]}


def test_the_areas_measures_alone_name_no_place() -> None:
    # (guard: the measures of the area with no place before them)
    text = ("关于调整风险区域的通告\n新增高风险区1处:\n翠竹花园3号楼。\n该区域实行“足不出户、上门服务”封控措施。")
    assert levels_of(text) == {"high": ["翠竹花园3号楼"]}


@settings(max_examples=20, deadline=None)
@given(name, st.sampled_from(["小区", "花园", "家园"]), st.sampled_from(["该区域", "该小区", "此区域", "该楼栋"]),
       st.sampled_from([("高风险区", "high", "足不出户、上门服务"), ("中风险区", "medium", "足不出区、错峰取物")]))
def test_any_place_then_the_areas_measures(stem: str, kind: str, area: str, level: tuple[str, str, str]) -> None:
    text = f"关于调整风险区域的通告\n新增{level[0]}1处:\n{stem}{kind}2号楼,{area}实行“{level[2]}”封控措施。"
    assert levels_of(text) == {level[1]: [f"{stem}{kind}2号楼"]}


# --- a level's area redrawn as a bounded area -----------------------------------------------------------------

def test_medium_area_redrawn_as_a_bounded_area_with_a_bracket() -> None:
    text = ("关于调整风险区域的通告\n决定调整中高风险区域:\n"
            "将中风险区调整为东至金华路、南至春晓大道、西至翠竹北路、北至锦绣路区域内(含已划分的中风险区兴盛小区三号楼)。"
            "该区域实行“人不出区、错峰取物”管控措施。")
    assert levels_of(text) == {"medium": ["东至金华路、南至春晓大道、西至翠竹北路、北至锦绣路区域内"
                                          "(含已划分的中风险区兴盛小区三号楼)"]}


def test_high_area_redrawn_after_a_comma_in_traditional_characters() -> None:
    text = in_traditional("关于调整风险区域的通告\n经研判,"
                          "将高风险区调整为东至丽泽路、西至长风路、南至胜利街、北至星峰街围合区域。")
    assert levels_of(text) == {"high": ["东至丽泽路、西至长风路、南至胜利街、北至星峰街围合区域"]}


def test_area_redrawn_as_a_compound_with_full_width_punctuation() -> None:
    text = "关于调整风险区域的通告\n把中风险区范围调整为翠竹小区(含3号楼)。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["翠竹小区(含3号楼)"]}


def test_a_level_changed_into_another_names_no_place() -> None:
    # (guard: "将中风险区调整为低风险区" changes the level of the areas, no place drawn)
    text = "关于调整风险区域的通告\n经研判,将中风险区调整为低风险区。\n请广大市民做好个人防护。"
    assert levels_of(text) == {}


@settings(max_examples=20, deadline=None)
@given(st.lists(name, min_size=4, max_size=4, unique=True),
       st.sampled_from([("中风险区", "medium"), ("高风险区", "high"), ("封控区", "sealed")]),
       st.sampled_from(["区域内", "围合区域", "区域"]))
def test_any_level_redrawn_as_bounds(roads: list[str], level: tuple[str, str], end: str) -> None:
    bounds = f"东至{roads[0]}路、南至{roads[1]}大道、西至{roads[2]}路、北至{roads[3]}街{end}"
    text = f"关于调整风险区域的通告\n将{level[0]}调整为{bounds}。该区域实行严格管控措施。"
    assert levels_of(text) == {level[1]: [bounds]}


# --- quoted places, their count and a second kind in brackets, after a comma -----------------------------------

def test_quoted_villages_and_groups_counted_after_a_comma() -> None:
    text = ("关于调整部分地区风险等级的通告\n自即日起 , “金华镇春晓村”1个村调整为高风险区 , "
            "“金华镇翠竹村三社、长风镇兴盛村”2个村(社)调整为中风险区 。")
    assert levels_of(text) == {"high": ["金华镇春晓村"], "medium": ["金华镇翠竹村三社", "长风镇兴盛村"]}


def test_quoted_villages_and_communities_in_traditional_characters() -> None:
    text = in_traditional("关于调整部分地区风险等级的通告\n自即日起,“丽泽镇星峰村”1个村调整为高风险区,"
                          "“丽泽镇锦绣村、丽泽镇胜利社区”2个村(社区)调整为中风险区。")
    assert levels_of(text) == {"high": ["丽泽镇星峰村"], "medium": ["丽泽镇锦绣村", "丽泽镇胜利社区"]}


def test_quoted_villages_counted_with_full_width_punctuation() -> None:
    text = ("关于调整部分地区风险等级的通告\n自即日起,“春晓乡龙泉村”1个村调整为高风险区,"
            "“春晓乡金河村二组、春晓乡长风村”2个村(组)调整为中风险区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["春晓乡龙泉村"], "medium": ["春晓乡金河村二组", "春晓乡长风村"]}


def test_a_count_that_disagrees_keeps_the_quotes_out_of_no_place() -> None:
    # (guard: a count that is not the number of places quoted keeps the object as written)
    text = "关于调整部分地区风险等级的通告\n自即日起,“金华镇春晓村”3个村(社)调整为中风险区。"
    assert "金华镇春晓村" not in levels_of(text).get("medium", [])


@settings(max_examples=20, deadline=None)
@given(st.lists(name, min_size=3, max_size=3, unique=True), st.sampled_from(["社", "社区", "组", "居"]),
       st.sampled_from([" , ", ",", ","]))
def test_any_quoted_count_with_a_second_kind(villages: list[str], second: str, comma: str) -> None:
    a, b, c = villages
    text = (f"关于调整部分地区风险等级的通告\n自即日起{comma}“金华镇{a}村”1个村调整为高风险区{comma}"
            f"“金华镇{b}村三社、长风镇{c}村”2个村({second})调整为中风险区。")
    assert levels_of(text) == {"high": [f"金华镇{a}村"], "medium": [f"金华镇{b}村三社", f"长风镇{c}村"]}


# --- a state farm or forest heading its villages, as a town does -----------------------------------------------

def test_numbered_farm_heading_between_town_headings() -> None:
    text = ("甲县关于新增划定风险区域的通告\n一、新增高风险区域\n(一)金华镇\n春晓村、翠竹村\n(二)七星山场\n"
            "兴盛村\n(三)长风镇\n丽泽社区\n二、新增中风险区域\n七星山场\n锦绣村\n三、低风险区\n除高、中风险区域外的其他区域。")
    assert levels_of(text) == {"high": ["金华镇春晓村", "金华镇翠竹村", "七星山场兴盛村", "长风镇丽泽社区"],
                               "medium": ["七星山场锦绣村"]}


def test_forest_farm_heading_in_traditional_characters() -> None:
    text = in_traditional("关于新增划定风险区域的通告\n一、新增高风险区域\n(一)胜利镇\n星峰村\n(二)龙泉林场\n"
                          "金河村\n二、新增中风险区域\n无")
    assert levels_of(text) == {"high": ["胜利镇星峰村", "龙泉林场金河村"]}


def test_state_farm_heading_with_full_width_punctuation() -> None:
    text = ("关于新增划定风险区域的通告\n一、新增高风险区域\n(一)长风镇\n春晓村\n(二)丽泽国营农场\n第三生产队\n"
            "二、新增中风险区域\n无").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["长风镇春晓村", "丽泽国营农场第三生产队"]}


def test_a_farm_over_another_farm_is_a_place() -> None:
    # (guard: a farm on a line with another farm under it is listed, heading nothing)
    text = "关于划定风险区的通告\n一、高风险区\n金华村\n翠竹农场\n春晓林场\n二、中风险区\n无"
    assert levels_of(text) == {"high": ["金华村", "翠竹农场", "春晓林场"]}


def test_sites_ending_like_a_farm_head_nothing() -> None:
    # (guard: a car park, a market, a square end in 场 and are places, no unit over the line below)
    text = ("关于划定风险区的通告\n一、高风险区\n翠竹停车场\n春晓村\n金华农贸市场\n兴盛小区\n长风广场\n丽泽村\n"
            "二、中风险区\n无")
    assert levels_of(text) == {"high": ["翠竹停车场", "春晓村", "金华农贸市场", "兴盛小区", "长风广场", "丽泽村"]}


@settings(max_examples=20, deadline=None)
@given(name, name, name, name, st.sampled_from(["农场", "林场", "山场", "茶场", "牧场"]))
def test_any_farm_heading(town: str, farm: str, village: str, other: str, kind: str) -> None:
    text = (f"关于新增划定风险区域的通告\n一、新增高风险区域\n(一){town}镇\n{other}村\n(二){farm}{kind}\n{village}村\n"
            "二、新增中风险区域\n无")
    assert levels_of(text) == {"high": [f"{town}镇{other}村", f"{farm}{kind}{village}村"]}


# --- a village's natural village named with 和 -----------------------------------------------------------------

def test_natural_village_starting_with_he_after_its_village() -> None:
    text = ("关于调整划定风险区的通告\n调整划定高风险区,具体如下:\n1.金华街道春晓村和尚坡自然村\n"
            "2.金华街道翠竹社区58号")
    assert levels_of(text) == {"high": ["金华街道春晓村和尚坡自然村", "金华街道翠竹社区58号"]}


def test_natural_village_with_he_in_traditional_characters() -> None:
    text = in_traditional("关于调整划定风险区的通告\n调整划定高风险区,具体如下:\n1.长风镇星峰村和尚岭自然村\n"
                          "2.长风镇胜利村")
    assert levels_of(text) == {"high": ["长风镇星峰村和尚岭自然村", "长风镇胜利村"]}


def test_natural_village_with_he_and_full_width_punctuation() -> None:
    text = ("关于调整划定风险区的通告\n调整划定中风险区,具体如下:\n1.丽泽镇锦绣村和尚湾自然村;\n2.丽泽镇龙泉村。"
            ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["丽泽镇锦绣村和尚湾自然村", "丽泽镇龙泉村"]}


def test_two_villages_joined_by_he_stay_two() -> None:
    # (guard: a second village written with its own village is another place)
    text = "关于调整划定风险区的通告\n调整划定高风险区,具体如下:\n1.金华镇春晓村和翠竹村兴盛自然村\n2.金华镇丽泽村"
    assert levels_of(text) == {"high": ["金华镇春晓村", "翠竹村兴盛自然村", "金华镇丽泽村"]}


@settings(max_examples=20, deadline=None)
@given(name, name, st.sampled_from(["尚坡", "尚岭", "尚湾"]), st.sampled_from(["自然村", "村民小组"]))
def test_any_natural_village_starting_with_he(town: str, village: str, rest: str, kind: str) -> None:
    place = f"{town}镇{village}村和{rest}{kind}"
    text = f"关于调整划定风险区的通告\n调整划定高风险区,具体如下:\n1.{place}\n2.{town}镇龙泉社区"
    assert levels_of(text) == {"high": [place, f"{town}镇龙泉社区"]}


# --- a two-character district after its own city in a county list -------------------------------------------

_COUNTY_LIST = ("风险等级划定结果动态公告如下:\n(一)低风险地区(12个):\n1.太原市古交市、清徐县、阳曲县\n"
                "2.{line}\n3.长治市上党区、潞城区、屯留区\n")


def test_short_districts_after_their_city() -> None:
    by = by_level(_COUNTY_LIST.format(line="阳泉市城区、矿区、郊区、平定县、盂县"))
    assert all(by.get(("low", d)) == [d] for d in ("城区", "矿区", "郊区", "平定县", "古交市"))


def test_short_district_after_its_city_in_traditional_characters() -> None:
    by = by_level(in_traditional(_COUNTY_LIST.format(line="晋城市城区、泽州县、高平市")))
    assert by.get(("low", "城区")) == ["城区"] and by.get(("low", "泽州县")) == ["泽州县"]


def test_short_district_after_its_city_with_full_width_punctuation() -> None:
    by = by_level(_COUNTY_LIST.format(line="佳木斯市郊区、桦南县、汤原县").translate(HALF_TO_FULL))
    assert by.get(("low", "郊区")) == ["郊区"] and by.get(("low", "桦南县")) == ["桦南县"]


def test_a_citys_urban_area_without_such_a_district_stays_whole() -> None:
    # (guard: 荆门 has no district 城区: "荆门市城区" is the city's urban area, one place)
    by = by_level("低风险地区:\n巴东县、荆门市城区、钟祥市、京山市")
    assert ("low", None) in by and by[("low", None)] == ["荆门市城区"]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from([("阳泉", "城区"), ("阳泉", "矿区"), ("阳泉", "郊区"), ("晋城", "城区"), ("佳木斯", "郊区")]),
       st.sampled_from(["平定县", "泽州县", "桦南县"]))
def test_any_short_district_after_its_city(pair: tuple[str, str], county: str) -> None:
    by = by_level(_COUNTY_LIST.format(line=f"{pair[0]}市{pair[1]}、{county}"))
    assert by.get(("low", pair[1])) == [pair[1]] and by.get(("low", county)) == [county]
