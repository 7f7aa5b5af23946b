"""An area by its sides after commas, each opening with its direction (a side along a road from a point, "南侧从A站
进村道东行"), closed by the point where they meet, "B镇西至C路,南侧从…东行,北侧从…东行,在D庵交汇区域" (held-out
notice 2065, 福州 spring 2022): one place. Sides with no meeting point to close them stay as they were read."""

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

_HEAD = "截至5月3日18时,本市现有管控区名单如下:\n\n二、管控区\n\n鼓楼区:\n\n"
_AREA = "金峰镇西至翠溪路,南侧从翠溪路公交站进村道东行,北侧从兴盛市场北门对面村道东行,在观音庵交汇区域"
_EXPECTED = {("controlled", "鼓楼区"): [_AREA, "阳光镇星光村12号"]}


def test_sides_meeting_at_a_point_are_one_area() -> None:
    assert by_level(f"{_HEAD}{_AREA}\n\n阳光镇星光村12号") == _EXPECTED


def test_sides_meeting_in_traditional_characters() -> None:
    assert by_level(in_traditional(f"{_HEAD}{_AREA}\n\n阳光镇星光村12号")) == _EXPECTED


def test_sides_meeting_with_full_width_punctuation() -> None:
    assert by_level(f"{_HEAD}{_AREA}\n\n阳光镇星光村12号".translate(HALF_TO_FULL)) == _EXPECTED


def test_sides_without_a_meeting_point_are_read_as_before() -> None:
    text = _HEAD + "金峰镇翠溪村西至龙泽路,南侧停车场,星光花园"
    assert by_level(text) == {("controlled", "鼓楼区"): ["金峰镇翠溪村西至龙泽路", "南侧停车场", "星光花园"]}


def test_a_border_area_of_two_places_after_bounds_is_its_own_place() -> None:
    """Near miss (review rv72a): "A村与B村交界区域" after the bounds, with no 在, names an area of its own, no meeting
    point of the sides."""
    text = "鼓楼区新冠肺炎疫情防控指挥部通告\n二、管控区\n将{},以及金峰镇春晓村12号划定为管控区。"
    assert by_level(text.format("金峰镇翠溪村东至龙泽路,北至星光河,春晓村与龙宅村交界区域")) == {
        ("controlled", "鼓楼区"): ["金峰镇翠溪村东至龙泽路,北至星光河", "春晓村与龙宅村交界区域", "金峰镇春晓村12号"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(name, min_size=5, max_size=5, unique=True),
       st.sampled_from([("西至", "南侧从", "北侧从"), ("东至", "北侧从", "南侧沿"), ("北至", "东侧从", "西至")]),
       st.sampled_from(["在", ""]), st.sampled_from(["交汇区域", "合围区域", "交界区域"]))
def test_any_sides_meeting_at_a_point_are_one_area(names: list[str], sides: tuple[str, str, str], at: str,
                                                  close: str) -> None:
    a, b, c, d, e = names
    assume(not any(n.endswith(("镇", "村")) for n in names))
    first, second, third = sides
    area = f"{a}镇{first}{b}路,{second}{c}站进村道东行,{third}{d}市场对面村道东行,{at}{e}庵{close}"
    assert by_level(f"{_HEAD}{area}\n\n{a}镇{b}村5号") == {("controlled", "鼓楼区"): [area, f"{a}镇{b}村5号"]}, area
