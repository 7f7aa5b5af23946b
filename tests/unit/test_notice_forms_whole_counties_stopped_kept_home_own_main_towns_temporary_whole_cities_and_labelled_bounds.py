"""Forms of the forty-ninth held-out set: a whole county's movement of people stopped but for need
("对A县全域暂停一切非必要人员流动"), read as its silent management; people kept at home in a county named after 在
("1.在A县,除了购买生活用品…外,居民不得离开家门"), the same; the office's own division before its main town
("继续对我县主城区实行临时性管控措施"), no part of the place; a whole city under a temporary control ("在全市区域内实施
临时性管控措施"), the city itself, named only by its one-character short name ("非必要不离界"); a main town named
generally in the lead, then drawn in a labelled item as an area by its bounds ("A区主城区实行临时静默管控。…一、临时静默
管控区域:B大道以东、…区域"), one place. Notices here are written for the tests, their names invented (the districts
real, as the parser knows them)."""

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
COUNTIES = ["蓬安县", "仪陇县", "西充县", "大竹县", "宣汉县", "苍溪县"]

# --- a whole county's movement stopped ----------------------------------------------------------------------

_STOPPED = ("蓬安县应对新型冠状病毒感染肺炎疫情应急指挥部关于蓬安县全域暂停一切非必要人员流动的公告\n"
            "根据当前疫情防控形势需要,经县应急指挥部研究决定,对蓬安县全域暂停一切非必要人员流动。现就有关事项公告如下。\n"
            "一、全县所有人员完成全员核酸检测。\n")


def test_a_whole_county_whose_movement_is_stopped_is_silenced() -> None:
    assert by_level(_STOPPED) == {("silent", "蓬安县"): ["蓬安县"]}


def test_stopped_in_other_words_full_width_and_traditional() -> None:
    other = _STOPPED.replace("对蓬安县全域暂停一切非必要人员流动", "南充市蓬安县范围内暂停所有非必要的人员流动")
    assert by_level(other) == {("silent", "蓬安县"): ["蓬安县"]}
    assert by_level(_STOPPED.translate(HALF_TO_FULL)) == {("silent", "蓬安县"): ["蓬安县"]}
    assert by_level(in_traditional(_STOPPED)) == {("silent", "蓬安县"): ["蓬安县"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(COUNTIES))
def test_any_county_stopped_is_silenced(county: str) -> None:
    assert by_level(_STOPPED.replace("蓬安县", county)) == {("silent", county): [county]}


def test_movement_stopped_in_a_control_or_a_title_alone_names_no_place() -> None:
    assert levels_of(_STOPPED) == {"silent": ["蓬安县"]}
    assert levels_of("现对七宝镇相关区域实行临时管控措施,管控期间暂停非必要人员流动。") == {}
    assert levels_of("关于蓬安县全域暂停一切非必要人员流动的公告\n请广大市民理解支持。") == {}
    assert levels_of("决定,对星翠小区全域暂停一切非必要人员流动。") == {}


# --- people kept at home in a county named after 在 ---------------------------------------------------------------

_KEPT_HOME = ("关于进一步加强疫情防控社会管理措施的通知\n"
              "1.在西充县,除了购买生活用品、核酸检测、医疗等需要外,居民不得离开家门。各村(社区)要合理安排居民购买时间。\n"
              "2.全县所有社会车辆除非必要,否则不要出行。\n")


def test_people_kept_at_home_in_a_county_is_its_silent_management() -> None:
    assert by_level(_KEPT_HOME) == {("silent", "西充县"): ["西充县"]}


def test_kept_at_home_in_other_words_full_width_and_traditional() -> None:
    other = _KEPT_HOME.replace("在西充县,", "在西充县范围内,").replace("居民不得离开家门", "全体居民足不出户")
    assert by_level(other) == {("silent", "西充县"): ["西充县"]}
    assert by_level(_KEPT_HOME.translate(HALF_TO_FULL)) == {("silent", "西充县"): ["西充县"]}
    assert by_level(in_traditional(_KEPT_HOME)) == {("silent", "西充县"): ["西充县"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(COUNTIES))
def test_any_county_kept_at_home(county: str) -> None:
    assert by_level(_KEPT_HOME.replace("西充县", county)) == {("silent", county): [county]}


def test_an_appeal_or_people_isolated_at_home_names_no_place() -> None:
    assert levels_of(_KEPT_HOME) == {"silent": ["西充县"]}
    assert levels_of("1.在西充县,倡导居民非必要不出门。\n2.请广大市民配合。") == {}
    assert levels_of("1.在西充县,密接人员和居民居家隔离。\n2.请广大市民配合。") == {}
    assert levels_of("1.在星翠路,居民不得离开家门。\n2.请广大市民配合。") == {}


# --- the office's own division before its main town ------------------------------------------------------------

_OWN_MAIN_TOWN = ("关于延长城区临时性管控措施的通告\n广大市民朋友们:\n根据防控需要,决定自12月4日6时起继续对我县主城区"
                  "实行临时性管控措施3天。除高风险区外,其他区域实行人不出区、错峰取物。\n"
                  "大竹县应对新型冠状病毒感染肺炎疫情工作领导小组\n2022年12月3日\n")


def test_own_county_before_its_main_town_is_no_part_of_it() -> None:
    assert by_level(_OWN_MAIN_TOWN) == {("controlled", "大竹县"): ["主城区"]}


def test_own_main_town_in_other_words_full_width_and_traditional() -> None:
    assert levels_of(_OWN_MAIN_TOWN.replace("我县主城区", "本县中心城区")) == {"controlled": ["中心城区"]}
    assert levels_of(_OWN_MAIN_TOWN.replace("我县主城区", "我县城区")) == {"controlled": ["城区"]}
    assert levels_of(_OWN_MAIN_TOWN.translate(HALF_TO_FULL)) == {"controlled": ["主城区"]}
    assert levels_of(in_traditional(_OWN_MAIN_TOWN)) == {"controlled": ["主城区"]}


def test_own_county_before_other_words_stays_prose() -> None:
    assert levels_of(_OWN_MAIN_TOWN) == {"controlled": ["主城区"]}
    assert levels_of("决定对我县城乡居民开展核酸检测。星翠小区为封控区。") == {"sealed": ["星翠小区"]}


# --- a whole city under a temporary control, named by its short name ---------------------------------------------

_WHOLE_CITY = ("关于切实加强疫情防控工作的通告\n(2022第6号)\n"
               "2022年9月25日,我市在隔离管控人员核酸检测中发现1例初筛阳性。"
               "经专家组研判,决定于9月26日10时起,在全市区域内实施临时性管控措施。\n"
               "一、居民在临时管控期间非必要不离滕、非必要不外出。\n二、严控人员聚集。\n")


def test_a_whole_city_under_a_temporary_control_is_the_city() -> None:
    assert by_level(_WHOLE_CITY) == {("controlled", "滕州市"): ["滕州市"]}


def test_whole_city_in_other_words_full_width_and_traditional() -> None:
    county = "蓬安县疫情防控指挥部通告\n" + _WHOLE_CITY.replace("我市", "我县").replace("全市区域内", "全县范围内")
    assert by_level(county.replace("不离滕", "不离县")) == {("controlled", "蓬安县"): ["蓬安县"]}
    assert by_level(_WHOLE_CITY.replace("不离滕", "不离醴")) == {("controlled", "醴陵市"): ["醴陵市"]}
    assert by_level(_WHOLE_CITY.translate(HALF_TO_FULL)) == {("controlled", "滕州市"): ["滕州市"]}
    assert by_level(in_traditional(_WHOLE_CITY)) == {("controlled", "滕州市"): ["滕州市"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from([("滕", "滕州市"), ("醴", "醴陵市"), ("邳", "邳州市"), ("韩", "韩城市"), ("简", "简阳市")]))
def test_any_city_named_by_its_short_name(short_city: tuple[str, str]) -> None:
    short, city = short_city
    assert by_level(_WHOLE_CITY.replace("不离滕", f"不离{short}")) == {("controlled", city): [city]}


def test_a_public_space_regime_or_an_ambiguous_short_name_names_no_city() -> None:
    regime = _WHOLE_CITY.replace("在全市区域内实施临时性管控措施", "我市实施社会面临时管控措施")
    assert levels_of(regime) == {}
    # (宁: the short name of a province and of many counties, no one division: the whole city, as offices write it)
    assert by_level(_WHOLE_CITY.replace("不离滕", "不离宁")) == {("controlled", None): ["全市"]}
    assert by_level("通告\n决定对全县实施临时管控,请广大群众配合。") == {("controlled", None): ["全县"]}


# --- a main town named generally, then drawn by its bounds in a labelled item ---------------------------------------

_LABELLED_BOUNDS = ("平武县主城区实行临时静默管控。现将有关事项公告如下:\n"
                    "一、临时静默管控区域:机场大道以东、钢城大道以西、铁路以南、滨河北路以北区域。\n"
                    "二、临时静默管控时间:自2022年8月4日12时起,解除时间另行通知。\n")


def test_a_main_town_drawn_by_its_bounds_is_one_place() -> None:
    assert levels_of(_LABELLED_BOUNDS) == {"silent": ["机场大道以东、钢城大道以西、铁路以南、滨河北路以北区域"]}


def test_labelled_bounds_full_width_and_traditional() -> None:
    place = "机场大道以东、钢城大道以西、铁路以南、滨河北路以北区域"
    assert levels_of(_LABELLED_BOUNDS.replace("平武县主城区", "平武县中心城区")) == {"silent": [place]}
    assert levels_of(_LABELLED_BOUNDS.translate(HALF_TO_FULL)) == {"silent": [place]}
    assert levels_of(in_traditional(_LABELLED_BOUNDS)) == {"silent": [place]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=4, max_size=4, unique=True))
def test_any_roads_bound_the_labelled_area(roads: list[str]) -> None:
    place = f"{roads[0]}大道以东、{roads[1]}大道以西、{roads[2]}路以南、{roads[3]}路以北区域"
    text = _LABELLED_BOUNDS.replace("机场大道以东、钢城大道以西、铁路以南、滨河北路以北区域", place)
    assert levels_of(text) == {"silent": [place]}


def test_a_main_town_beside_an_unlabelled_bounded_area_keeps_both() -> None:
    assert levels_of(_LABELLED_BOUNDS) == {"silent": ["机场大道以东、钢城大道以西、铁路以南、滨河北路以北区域"]}
    text = ("平武县主城区实行临时静默管控。\n将机场大道以东、钢城大道以西、铁路以南、滨河北路以北区域划为封控区。\n")
    assert levels_of(text) == {"silent": ["主城区"],
                               "sealed": ["机场大道以东、钢城大道以西、铁路以南、滨河北路以北区域"]}
