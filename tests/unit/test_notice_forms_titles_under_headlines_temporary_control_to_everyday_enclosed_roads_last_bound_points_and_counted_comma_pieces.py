"""Forms of late-2022 notices (福州, 梅州, 毕节, 南昌) and of a spring-2022 report (防城港):

* a notice's own title under a site's headline that counts a level ("11月30日0时起A县新增1处高风险区" over
  "关于划定新冠肺炎风险地区的公告"): the title is no place of the list the headline counts;
* a place's temporary control (or silence) put under precaution or everyday measures named by their words, no
  level ("对A的临时管控的防控措施调整为“个人防护、避免聚集”等防范措施", "将B的静默管理调整为常态化防控"):
  the temporary control lifted (read as "lifted"); not when the new measures are stricter or the object is the
  whole county;
* an area written as the roads enclosing it, closed by 合围 with or without its area word, then 以及 (及, 和) and a
  place written with its own street or town ("A社区B店旁C巷与D路合围以及E街道F商贸城区域"): two places; not
  before "周边" (no place of its own);
* the last of an area's bounds at a house number, then other addresses with their numbers up to the list's end
  ("A镇东至B弄8号,西至C弄15号,北至B弄2号、D弄24号", three bounds or more): one area, the points the side runs
  to; a named place after
  the last bound stays a place of its own;
* places between commas counted after 等 ("A街5号、6号,B巷22号,51号-61号(单号),C小区G栋3单元等4个区域";
  "C小区G栋1单元、2单元,5栋,D路2-18号等3个区域"): the count says each piece between commas is a place, a bare
  house-number run or building after a comma included; without a count that agrees they join as before.

Each form in variants written here (invented places, the wording of the real forms: other names, separators,
traditional characters, full-width punctuation), properties over generated names, and guards of ordinary wording."""

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

_LEAD = ("为快速有效阻断疫情传播,切实保障辖区群众生命安全和身体健康,经专家组综合研判,自2022年11月30日0时起,"
         "划定风险区域,落实相应管控措施。现将相关事项公告如下:\n")


# --- a notice's title under a site's headline ----------------------------------------------------------

def test_title_under_a_counting_headline_is_no_place() -> None:
    text = ("11月30日0时起丰城县新增1处高风险区\n\n关于划定新冠肺炎风险地区的公告\n\n" + _LEAD
            + "金峰镇创新街社区湖光雅苑4栋划定为高风险区,实行“足不出户、上门服务”管控措施。\n"
            "丰城县其他地区(除高风险区)划定为低风险区,实行“个人防护、避免聚集”措施。")
    assert levels_of(text) == {"high": ["金峰镇创新街社区湖光雅苑4栋"]}


def test_title_with_its_number_under_a_headline_in_traditional_characters() -> None:
    text = in_traditional("12月2日起星城区新增2个中风险区\n关于调整风险区域的通告(第12号)\n" + _LEAD
                          + "将翠湖街道锦绣小区、龙泉街道春晓花园划定为中风险区。")
    assert levels_of(text) == {"medium": ["翠湖街道锦绣小区", "龙泉街道春晓花园"]}


def test_title_of_a_notice_under_a_headline_full_width() -> None:
    text = ("12月1日0时起宁安县新增1处封控区\n\n关于划定风险区域的通知\n\n" + _LEAD
            + "将泽兴镇福瑞村3组划定为封控区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["泽兴镇福瑞村3组"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from(["公告", "通告", "通知"]), st.booleans())
def test_any_title_under_a_headline_is_no_place(county: str, estate: str, kind: str, traditional: bool) -> None:
    text = (f"11月30日0时起{county}县新增1处高风险区\n\n关于划定新冠肺炎风险地区的{kind}\n\n" + _LEAD
            + f"金峰镇{estate}小区4栋划定为高风险区,实行“足不出户、上门服务”管控措施。")
    assert levels_of(in_traditional(text) if traditional else text) == {"high": [f"金峰镇{estate}小区4栋"]}


def test_guard_a_headline_over_its_own_list_keeps_the_places() -> None:
    text = "丰城县新增高风险区(2个)\n金峰镇湖光雅苑4栋;\n金峰镇春晓花园2栋。"
    assert levels_of(text) == {"high": ["金峰镇湖光雅苑4栋", "金峰镇春晓花园2栋"]}


# --- temporary control put under everyday measures -----------------------------------------------------

_ADJUST_LEAD = "按照《新型冠状病毒肺炎防控方案(第九版)》相关规定,经综合研判,决定自2022年11月28日23时起,"


def test_temporary_control_adjusted_to_precaution_measures_is_lifted() -> None:
    text = ("兴华市关于调整风险区域的通告\n" + _ADJUST_LEAD
            + "对龙泉街道锦绣园1期的临时管控的防控措施调整为“个人防护、避免聚集”等防范措施。\n特此通告。")
    assert levels_of(text) == {"lifted": ["龙泉街道锦绣园1期"]}


def test_temporary_control_of_two_places_adjusted_to_everyday_measures_in_traditional_characters() -> None:
    text = in_traditional(_ADJUST_LEAD + "对翠湖街道金华小区、春晓村的临时管控措施调整为常态化防控措施。")
    assert levels_of(text) == {"lifted": ["翠湖街道金华小区", "春晓村"]}


def test_silence_put_under_everyday_control_full_width() -> None:
    text = (_ADJUST_LEAD + "将泽兴镇福瑞花园的静默管理调整为常态化防控,居民有序出行。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["泽兴镇福瑞花园"]}


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["临时管控的防控措施", "临时管控措施", "临时管控"]),
       st.sampled_from(["“个人防护、避免聚集”等防范措施", "常态化防控措施", "防范措施"]), st.booleans())
def test_any_temporary_control_adjusted_to_precaution_is_lifted(stem: str, control: str, measures: str,
                                                               traditional: bool) -> None:
    text = _ADJUST_LEAD + f"对龙泉街道{stem}花园的{control}调整为{measures}。"
    assert levels_of(in_traditional(text) if traditional else text) == {"lifted": [f"龙泉街道{stem}花园"]}


def test_guard_temporary_control_adjusted_to_stricter_measures_is_no_lift() -> None:
    text = _ADJUST_LEAD + "对龙泉街道锦绣园1期的临时管控措施调整为“足不出户、上门服务”。"
    assert "lifted" not in levels_of(text)


def test_guard_the_whole_county_under_everyday_measures_names_no_place() -> None:
    text = _ADJUST_LEAD + "对全县的临时管控措施调整为常态化防控措施。"
    assert levels_of(text) == {}


# --- roads enclosing an area, then 以及 and a place of its own -------------------------------------------

def test_roads_enclosed_then_a_street_place_are_two_places() -> None:
    text = ("二、划定中风险区(3个)\n将星湖街道光明社区玉泉路口宿舍楼、光明社区书店旁春晓巷与滨河路合围"
            "以及龙泽街道丽华商贸城区域划定为中风险区,执行“足不出区,错峰取物”管控措施。")
    assert levels_of(text) == {"medium": ["星湖街道光明社区玉泉路口宿舍楼", "光明社区书店旁春晓巷与滨河路合围",
                                          "龙泽街道丽华商贸城区域"]}


def test_roads_enclosed_area_word_then_a_town_place_in_traditional_characters() -> None:
    text = in_traditional("将金华社区翠竹巷和长风路围合区域及泽兴镇康宁农贸市场划定为中风险区。")
    assert levels_of(text) == {"medium": ["金华社区翠竹巷和长风路围合区域", "泽兴镇康宁农贸市场"]}


def test_roads_enclosed_then_a_town_place_full_width() -> None:
    text = "将锦绣村龙泉巷与福瑞路合围和星峰镇胜利村3组划定为高风险区。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["锦绣村龙泉巷与福瑞路合围", "星峰镇胜利村3组"]}


@settings(max_examples=25, deadline=None)
@given(name, name, name, st.sampled_from(["以及", "及"]), st.sampled_from(["街道", "镇"]))
def test_any_roads_enclosed_then_a_town_place(lane: str, road: str, market: str, conj: str, town: str) -> None:
    text = f"将光明社区{lane}巷与{road}路合围{conj}龙泽{town}{market}商贸城划定为中风险区。"
    assert levels_of(text) == {"medium": [f"光明社区{lane}巷与{road}路合围", f"龙泽{town}{market}商贸城"]}


def test_guard_roads_enclosed_with_its_surroundings_stays_one_place() -> None:
    text = "将光明社区春晓巷与滨河路合围区域以及周边商铺划定为中风险区。"
    assert levels_of(text) == {"medium": ["光明社区春晓巷与滨河路合围区域以及周边商铺"]}


def test_roads_joined_by_a_pause_closed_by_enclosure_alone_are_one_area() -> None:
    text = "将锦绣村龙泉巷、福瑞路、长风街合围划定为高风险区。"
    assert levels_of(text) == {"high": ["锦绣村龙泉巷、福瑞路、长风街合围"]}


def test_roads_joined_by_a_pause_then_a_town_place_in_traditional_characters() -> None:
    text = in_traditional("将光明社区春晓巷、滨河路围合以及龙泽街道丽华商贸城区域划定为中风险区。")
    assert levels_of(text) == {"medium": ["光明社区春晓巷、滨河路围合", "龙泽街道丽华商贸城区域"]}


def test_roads_joined_by_a_pause_then_a_town_place_full_width() -> None:
    text = "将锦绣村龙泉巷、福瑞路合围和星峰镇胜利村3组划定为高风险区。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["锦绣村龙泉巷、福瑞路合围", "星峰镇胜利村3组"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True), st.sampled_from(["合围", "围合", "围成"]))
def test_any_roads_joined_by_a_pause_closed_by_enclosure(roads: list[str], word: str) -> None:
    area = "光明社区" + "、".join(f"{r}路" for r in roads) + word
    assert levels_of(f"将{area}划定为中风险区。") == {"medium": [area]}


def test_guard_a_compound_before_the_enclosing_roads_stays_a_place_of_its_own() -> None:
    text = "将锦绣村康宁小区、龙泉巷、福瑞路合围划定为高风险区。"
    assert levels_of(text) == {"high": ["锦绣村康宁小区", "龙泉巷、福瑞路合围"]}


# --- the last bound through several addresses -----------------------------------------------------------

def test_last_bound_through_two_addresses_is_one_area() -> None:
    text = ("决定自2022年12月7日18时起,新增划定1个高风险区,具体如下:\n将金峰镇东至春晓弄8号,西至龙泉弄15号,"
            "南至春晓弄11-12号,北至春晓弄2号、翠湖弄24号划定为高风险区。")
    area = "金峰镇东至春晓弄8号,西至龙泉弄15号,南至春晓弄11-12号,北至春晓弄2号、翠湖弄24号"
    assert levels_of(text) == {"high": [area]}


def test_last_bound_through_three_addresses_in_traditional_characters() -> None:
    text = in_traditional("将泽兴镇东至长风路8号,西至锦绣路15号,北至长风路2号、福瑞巷24号、胜利街3-5号划定为高风险区。")
    assert levels_of(text) == {"high": ["泽兴镇东至长风路8号,西至锦绣路15号,北至长风路2号、福瑞巷24号、胜利街3-5号"]}


def test_last_bound_through_two_addresses_full_width() -> None:
    text = "将星峰镇东至龙泉弄8号,西至金华弄3号,南至金华弄2号、康宁弄6号划定为高风险区。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["星峰镇东至龙泉弄8号,西至金华弄3号,南至金华弄2号、康宁弄6号"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.integers(1, 99), st.integers(1, 99), st.sampled_from(["弄", "巷", "路"]))
def test_any_last_bound_through_two_addresses(one: str, two: str, m: int, n: int, kind: str) -> None:
    area = f"金峰镇东至{one}{kind}8号,西至{one}{kind}15号,北至{one}{kind}{m}号、{two}{kind}{n}号"
    assert levels_of(f"将{area}划定为高风险区。") == {"high": [area]}


def test_guard_a_named_place_after_the_last_bound_is_its_own() -> None:
    text = "将金峰镇东至春晓弄8号,西至龙泉弄15号,北至春晓弄2号、翠湖小区划定为高风险区。"
    assert levels_of(text) == {"high": ["金峰镇东至春晓弄8号,西至龙泉弄15号,北至春晓弄2号", "翠湖小区"]}


# --- places between commas counted after 等 -------------------------------------------------------------

def test_counted_comma_pieces_with_a_bare_house_number_run() -> None:
    text = ("根据疫情防控形势,现将星城市新增封控区、管控区通告如下:\n一、将金峰镇长风街5号、6号、8号,"
            "龙泉街7巷22号、26号,51号-61号(单号),金峰镇翠湖小区G栋3单元等4个区域划定为封控区,"
            "实行“区域封闭、足不出户、服务上门”管控措施\n")
    assert levels_of(text) == {"sealed": ["金峰镇长风街5号、6号、8号", "龙泉街7巷22号、26号", "51号-61号(单号)",
                                          "金峰镇翠湖小区G栋3单元"]}


def test_counted_comma_pieces_with_a_bare_building_in_traditional_characters() -> None:
    text = in_traditional("二、将金峰镇翠湖小区G栋1单元、2单元,5栋,胜利路2-18号、2-20号至2-27号等3个区域"
                          "划定为管控区,实行“人不出区、严禁聚集”管控措施。")
    assert levels_of(text) == {"controlled": ["金峰镇翠湖小区G栋1单元、2单元", "5栋", "胜利路2-18号、2-20号至2-27号"]}


def test_counted_comma_pieces_full_width() -> None:
    text = "一、将康宁小区3栋1单元,7栋,福瑞路8号等3个区域划定为封控区。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["康宁小区3栋1单元", "7栋", "福瑞路8号"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.integers(2, 9), st.integers(10, 30))
def test_any_counted_comma_pieces(estate: str, road: str, unit: int, building: int) -> None:
    text = f"一、将{estate}小区G栋1单元、{unit}单元,{building}栋,{road}路2-18号等3个区域划定为管控区。"
    assert levels_of(text) == {"controlled": [f"{estate}小区G栋1单元、{unit}单元", f"{building}栋", f"{road}路2-18号"]}


def test_guard_a_count_that_disagrees_leaves_a_bare_building_with_its_compound() -> None:
    text = "一、将康宁小区3栋1单元,7栋,福瑞路8号等2个区域划定为封控区。"
    assert by_level(text) == {("sealed", None): ["康宁小区3栋1单元,7栋", "福瑞路8号"]}
