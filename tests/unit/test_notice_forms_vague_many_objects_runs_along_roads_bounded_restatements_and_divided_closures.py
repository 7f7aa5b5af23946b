"""Forms of the forty-second held-out set (issue 15): a headline's vague object "several places"
("A区、B区调整多地为高风险区", "新增多处中风险区", "将若干区域划定为…") names no place; where a run of places lies,
written once before its first place ("对316国道沿线的A村、B村…实施临时管控", "沿岸的", "一带的"), is no part of the
first place; a place the lead names bare, restated as its whole area with its bounds ("封控范围:A街道行政区划(东至…,
西至…)", "B镇辖区(…)") is one place, the bare one; "全局所有居民小区统一划分为六大片区,实行封闭管理,分别是A片区(…)、
B片区(…)" (2020) closes the areas named after "分别是". Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    in_traditional,
    invented_names,
    levels_of,
)

# --- a headline's vague object: "调整多地为高风险区" ------------------------------------------------------------

_BODY = ("\n\n11月14日,据甲区通告,自2022年11月14日起:\n青柳街道、红枫街道全域调整为高风险区,"
         "按照疫情防控相关政策进行管理。")


def test_a_headline_adjusting_several_places_names_none() -> None:
    assert levels_of("广州甲区、乙区调整多地为高风险区" + _BODY) == {"high": ["青柳街道", "红枫街道全域"]}


def test_a_headline_adjusting_several_places_variants() -> None:
    # one district, 多处 after 新增
    text = "甲区新增多处高风险区" + _BODY
    assert levels_of(text) == {"high": ["青柳街道", "红枫街道全域"]}
    # traditional characters
    text = in_traditional("广州甲区、乙区调整多地为高风险区" + _BODY)
    assert levels_of(text) == {"high": ["青柳街道", "红枫街道全域"]}
    # 若干区域 after 将, 划定
    text = "广州甲区、乙区将若干区域划定为高风险区" + _BODY
    assert levels_of(text) == {"high": ["青柳街道", "红枫街道全域"]}


def test_many_inside_a_name_is_kept() -> None:
    # guard: "多地" not right after a verb, nor before the level's verb, is a name's
    text = "将以下区域划定为高风险区:\n青柳街道多地村、红枫街道多处坪小区。"
    assert levels_of(text) == {"high": ["青柳街道多地村", "红枫街道多处坪小区"]}


# --- where a run of places lies, written once before its first place -----------------------------------------

def test_a_run_along_a_road_is_the_places_alone() -> None:
    text = "决定从2022年11月23日6时起,对316国道沿线的白石村、柳湾村和桂花社区共计3个村(社区)实施临时管控。"
    assert levels_of(text) == {"controlled": ["白石村", "柳湾村", "桂花社区"]}


def test_a_run_along_a_road_variants() -> None:
    # a river's banks, sealing
    assert levels_of("决定自11月2日起,对青江沿岸的白石村、柳湾村实施封控管理。") == {"sealed": ["白石村", "柳湾村"]}
    # 一带 after 将, a level
    text = "决定自11月2日起,将S203省道一带的白石村、柳湾村、松坪村划为中风险区。"
    assert levels_of(text) == {"medium": ["白石村", "柳湾村", "松坪村"]}
    # traditional characters, full-width commas
    text = in_traditional("决定从11月23日起，对316国道沿线的白石村、柳湾村实施临时管控。")
    assert levels_of(text) == {"controlled": ["白石村", "柳湾村"]}


def test_an_area_along_a_road_and_a_single_place_keep_their_words() -> None:
    # guards: the area along the road is the place; one place, no run, keeps its description
    assert levels_of("决定对青江路沿线区域实施临时管控。") == {"controlled": ["青江路沿线区域"]}
    assert levels_of("决定对316国道沿线的白石村实施临时管控。") == {"controlled": ["316国道沿线的白石村"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=5, unique=True),
       st.sampled_from(["316国道沿线的", "青江沿岸的", "S203省道一带的", "京广铁路沿线的"]),
       st.sampled_from(["村", "社区"]), st.booleans())
def test_runs_along_roads_property(names: list[str], where: str, kind: str, full: bool) -> None:
    places = [name + kind for name in names]
    text = f"决定自11月23日起,对{where}" + "、".join(places) + "实施临时管控。"
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {"controlled": places}


# --- a place restated as its whole area with its bounds ----------------------------------------------------------

def test_a_street_restated_as_its_administrative_area_with_bounds_is_one_place() -> None:
    text = ("关于对甲区青柳街道整体实施封控管理的公告\n决定自3月18日12时起,对青柳街道整体实施封控管理。"
            "现将有关事项公告如下:\n封控范围:青柳街道行政区划(东至白石路,西至柳湾桥,南至松坪镇桂花村,北至滨江路)。\n封控区域内,小区全面封闭。")
    assert levels_of(text) == {"sealed": ["青柳街道"]}


def test_a_place_restated_with_bounds_variants() -> None:
    # a town, 辖区
    text = ("关于对甲区红枫镇整体实施封控管理的公告\n决定对红枫镇整体实施封控管理。\n"
            "封控范围:红枫镇辖区(东至白石路,西至柳湾桥)。")
    assert levels_of(text) == {"sealed": ["红枫镇"]}
    # traditional characters, 全域
    text = in_traditional("决定对青柳街道整体实施封控管理。\n"
                          "封控范围:青柳街道全域(东至白石路,西至柳湾桥,北至滨江路)。")
    assert levels_of(text) == {"sealed": ["青柳街道"]}
    # 行政区域, full-width brackets
    text = "决定对红枫镇整体实施封控管理。\n封控范围：红枫镇行政区域（东至白石路，南至柳湾桥）。"
    assert levels_of(text) == {"sealed": ["红枫镇"]}


def test_a_bounded_area_of_another_place_is_kept() -> None:
    # guard: the bounded area belongs to a place not listed bare: a place of its own
    text = "决定对青柳街道整体实施封控管理。\n封控范围:红枫镇辖区(东至白石路,西至柳湾桥)。"
    assert sorted(levels_of(text)["sealed"]) == sorted(["青柳街道", "红枫镇辖区(东至白石路,西至柳湾桥)"])


# --- the whole divided into counted areas, closed, the areas named after "分别是" ---------------------------------

def test_divided_areas_closed_are_the_named_areas() -> None:
    text = ("一、全局所有居民小区统一划分为三大片区,实行封闭管理,分别是青松责任片区(白石街至三道街以西)、"
            "柳湾责任片区(桂花小区、松坪小区)、红枫责任片区(四连至高坡区域)。各封闭片区只保留一个出入口。")
    assert levels_of(text) == {"sealed": ["青松责任片区(白石街至三道街以西)", "柳湾责任片区(桂花小区、松坪小区)",
                                          "红枫责任片区(四连至高坡区域)"]}


def test_divided_areas_closed_variants() -> None:
    # grids, 实施封闭式管理, 分别为
    assert levels_of("全镇居民小区划分为2个网格,实施封闭式管理,分别为青松网格、柳湾网格。") == {
        "sealed": ["青松网格", "柳湾网格"]}
    # traditional characters
    text = in_traditional("一、全局所有居民小区统一划分为两大片区,实行封闭管理,分别是青松责任片区(白石街至三道街以西)、"
                          "柳湾责任片区(桂花小区、松坪小区)。")
    assert levels_of(text) == {"sealed": ["青松责任片区(白石街至三道街以西)", "柳湾责任片区(桂花小区、松坪小区)"]}
    # full-width commas and colon
    text = "全县城区统一划分为两个区域，实行封闭管理，分别是：青松片区、柳湾片区。"
    assert levels_of(text) == {"sealed": ["青松片区", "柳湾片区"]}


def test_areas_divided_for_other_management_are_no_list() -> None:
    # guard: 网格化管理 is no closure
    assert levels_of("全镇划分为3个片区,实行网格化管理,分别是青松片区、柳湾片区、红枫片区。") == {}


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=6, unique=True),
       st.sampled_from(["片区", "网格", "责任片区"]), st.sampled_from(["封闭管理", "封闭式管理", "封控管理"]))
def test_divided_areas_closed_property(names: list[str], kind: str, measure: str) -> None:
    places = [name + kind for name in names]
    text = f"一、全局所有居民小区统一划分为{len(places)}大片区,实行{measure},分别是" + "、".join(places) + "。"
    assert levels_of(text) == {"sealed": places}
