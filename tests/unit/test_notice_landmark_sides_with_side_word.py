"""An area by its sides listed with 、, each a landmark with its side written out with 侧 (a side may name two
landmarks joined by 及), closed by 的区域, "A路东南侧、B公司及C公司西南侧、D高速西北侧、E公司东北侧的区域(除封控区)"
(held-out notice 2064, 闽侯 spring 2022): one place, its exception kept. Places with a side in their names listed
with 、, closed by no area's word, stay places of their own."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)

_AREA = "锦绣路东南侧、福康机械公司及星光电子公司西南侧、兴盛高速西北侧、瑞丰橡胶有限公司东北侧的区域(除封控区)"
_TEXT = ("鼓楼区新冠肺炎疫情防控指挥部通告\n一、封控区\n将金峰镇翠溪村龙宅12号周边10栋房划定为封控区。\n二、管控区\n"
         f"将{_AREA},以及金峰镇春晓村12号周边20栋房划定为管控区。")
_EXPECTED = {("sealed", "鼓楼区"): ["金峰镇翠溪村龙宅12号周边10栋房"],
             ("controlled", "鼓楼区"): [_AREA, "金峰镇春晓村12号周边20栋房"]}


def test_landmark_sides_with_side_word_are_one_area() -> None:
    assert by_level(_TEXT) == _EXPECTED


def test_landmark_sides_in_traditional_characters() -> None:
    assert by_level(in_traditional(_TEXT)) == _EXPECTED


def test_landmark_sides_with_full_width_punctuation() -> None:
    assert by_level(_TEXT.translate(HALF_TO_FULL)) == _EXPECTED


def test_places_named_by_a_side_stay_apart() -> None:
    text = "鼓楼区新冠肺炎疫情防控指挥部通告\n二、管控区\n将锦绣路东侧商铺、福康机械公司西侧宿舍、星光村划定为管控区。"
    assert by_level(text) == {("controlled", "鼓楼区"): ["锦绣路东侧商铺", "福康机械公司西侧宿舍", "星光村"]}


def test_places_on_one_side_of_each_landmark_stay_apart() -> None:
    """Near miss (review rv72a): every piece on the same side ("东侧") of its landmark bounds no area: three places."""
    text = ("鼓楼区新冠肺炎疫情防控指挥部通告\n二、管控区\n"
            "将翠溪村东侧、龙泽村东侧、星光村东侧区域,以及金峰镇春晓村12号划定为管控区。")
    assert by_level(text) == {
        ("controlled", "鼓楼区"): ["翠溪村东侧", "龙泽村东侧", "星光村东侧区域", "金峰镇春晓村12号"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(name, min_size=5, max_size=5, unique=True),
       st.permutations(["东南侧", "西南侧", "西北侧", "东北侧"]), st.sampled_from(["的区域", "区域", "的范围"]),
       st.sampled_from(["", "(除封控区)"]))
def test_any_landmark_sides_are_one_area(names: list[str], sides: list[str], close: str, note: str) -> None:
    a, b, c, d, e = names
    assume(not any(n.endswith(("镇", "村")) for n in names))
    area = f"{a}路{sides[0]}、{b}公司及{c}公司{sides[1]}、{d}高速{sides[2]}、{e}有限公司{sides[3]}{close}{note}"
    text = f"鼓楼区新冠肺炎疫情防控指挥部通告\n二、管控区\n将{area},以及{a}镇{b}村12号周边20栋房划定为管控区。"
    assert by_level(text) == {("controlled", "鼓楼区"): [area, f"{a}镇{b}村12号周边20栋房"]}, area
