"""Forms of the eleventh held-out set (round 5, notices 234-240): the formula sentence between the lead and its
list ("现将相关事项通告如下:"), and a place located between two roads written with bare directions
("A胡同西、B胡同东C大街4号"). Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import by_level, levels_of

_PLACES = ["东风街道幸福里小区3号楼", "新华镇光明村", "城关镇南门村", "滨河路88号金港大厦", "桃源乡石桥村"]


# "现将相关事项通告如下:" under a lead that says "划定以下区域为高风险区": the formula announces the list, it is
# no place, whichever of 有关/相关, 事项/事宜/情况 and 通告/公告/通知 the office wrote.
@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PLACES), min_size=1, max_size=3, unique=True),
       st.sampled_from(["现将相关事项通告如下:", "现将有关事宜公告如下:", "现将有关情况通知如下:",
                        "特通告如下:", "現將相關事項通告如下:"]))
def test_a_formula_before_the_list_is_no_place(places: list[str], formula: str) -> None:
    text = ("东城区关于划定风险区域的通告\n经综合评估研判,自2022年10月31日17时起,划定以下区域为高风险区,"
            f"并落实相应管控措施。\n{formula}\n高风险区({len(places)}个):东城区{'、东城区'.join(places)}。\n"
            "本通告自发布之日起实施。")
    assert by_level(text) == {("high", "东城区"): places}, text


_ROADS = ["团结胡同", "解放路", "人民大街", "新华巷", "滨河道"]
_OPPOSITE = {"东": "西", "西": "东", "南": "北", "北": "南"}


# "5.A胡同西、B胡同东C大街4号(含4A、4B及临街商厅)": a place located between roads, each written with a bare
# direction (no 以), the place itself after the last; the 、 between the bounds splits nothing.
@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_ROADS), min_size=2, max_size=2, unique=True), st.sampled_from("东西南北"),
       st.sampled_from(["", "侧"]), st.sampled_from(["临潢大街4号", "12号院", "幸福里小区3号楼(含临街商铺)"]))
def test_a_place_between_roads_with_bare_directions_is_one(roads: list[str], direction: str, side: str,
                                                          place: str) -> None:
    located = f"{roads[0]}{direction}{side}、{roads[1]}{_OPPOSITE[direction]}{side}{place}"
    text = ("松山区关于划定风险区域的通告\n经专家组研判,决定将以下区域划定为高风险区:\n"
            f"1.城关镇南门村;2.{located};3.桃源乡石桥村。\n特此通告")
    assert levels_of(text) == {"high": ["城关镇南门村", located, "桃源乡石桥村"]}, text
    sentence = f"经专家组研判,将城关镇南门村、{located}划定为高风险区。"
    assert levels_of(sentence) == {"high": ["城关镇南门村", located]}, sentence


# Two places on the same side of two roads ("解放路东、人民大街东12号") are not one place's bounds: the rule asks
# for directions that differ.
def test_bare_directions_alike_are_two_places() -> None:
    listed = "经专家组研判,决定将以下区域划定为高风险区:\n城关镇南门村、解放路东、人民大街东12号。\n特此通告"
    sentence = "经专家组研判,将城关镇南门村、解放路东、人民大街东12号划定为高风险区。"
    for text in (listed, sentence):
        assert levels_of(text) == {"high": ["城关镇南门村", "解放路东", "人民大街东12号"]}, text


# Villages named after a river's side ("马家河西、马家河东村") are two places: a river is no road of the rule.
def test_villages_on_a_rivers_sides_are_two_places() -> None:
    text = "经专家组研判,将马家河西、马家河东村划定为高风险区。"
    assert levels_of(text) == {"high": ["马家河西", "马家河东村"]}
