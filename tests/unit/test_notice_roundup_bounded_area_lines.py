"""A roundup's list of one place a line under a district heading, some lines bounded areas written with commas
(held-out notice 2065, 福州 spring 2022): a line may open with the district again ("A区B路以南,…,D路以东区域")
and close with an area's word ("…以东区域", "…交汇区域"); each line break still separates places, the lines opening
with their town (or the district) as a list of several places a line has them. A name broken over two lines (the
line below opening with no town) stays one name."""

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

_HEAD = ("截至5月3日18时,本市现有封控区、管控区名单如下:\n\n一、封控区\n\n鼓楼区:\n\n金峰镇翠溪村12号\n\n"
         "二、管控区\n\n鼓楼区:\n\n")
_LINES = ["龙泽镇春晓、丽水两村东至兴盛高速连接线,南至锦绣路,西至福康铁路,北至翠峰山体交汇区域",
          "鼓楼区康宁路以南,胜利大道以西,星光快速路以北,瑞泽路、汇丰路以东区域",
          "阳光镇金桃学院围墙以北、秀峰路以南、鑫源路以西、长风中学围墙以东区域,丽泽苑二区小区",
          "金峰镇翠溪村自然村"]
_EXPECTED = {("sealed", "鼓楼区"): ["金峰镇翠溪村12号"],
             ("controlled", "鼓楼区"): [
                 "龙泽镇春晓、丽水两村东至兴盛高速连接线,南至锦绣路,西至福康铁路,北至翠峰山体交汇区域",
                 "康宁路以南,胜利大道以西,星光快速路以北,瑞泽路、汇丰路以东区域",
                 "阳光镇金桃学院围墙以北、秀峰路以南、鑫源路以西、长风中学围墙以东区域", "丽泽苑二区小区",
                 "金峰镇翠溪村自然村"]}


def test_lines_of_bounded_areas_are_each_a_place() -> None:
    assert by_level(_HEAD + "\n\n".join(_LINES)) == _EXPECTED


def test_lines_of_bounded_areas_in_traditional_characters() -> None:
    assert by_level(in_traditional(_HEAD + "\n\n".join(_LINES))) == _EXPECTED


def test_lines_of_bounded_areas_with_full_width_punctuation() -> None:
    assert by_level((_HEAD + "\n\n".join(_LINES)).translate(HALF_TO_FULL)) == _EXPECTED


def test_a_name_broken_over_lines_stays_one_name() -> None:
    # (the line below opens with the end of a name, no town: a wrap, not a place of its own)
    text = _HEAD + "金峰镇翠溪村、龙宅\n村,阳光镇星光村"
    assert by_level(text)[("controlled", "鼓楼区")] == ["金峰镇翠溪村", "龙宅村", "阳光镇星光村"]


@settings(max_examples=40, deadline=None)
@given(st.lists(name, min_size=6, max_size=6, unique=True), st.sampled_from(["镇", "街道"]),
       st.sampled_from(["交汇区域", "合围区域"]), st.booleans())
def test_any_bounded_area_lines_are_each_a_place(names: list[str], kind: str, close: str, district_first: bool) -> None:
    a, b, c, d, e, f = names
    assume(not any(n.endswith(("镇", "街道")) for n in names))
    first = f"{a}{kind}{b}村东至{c}高速连接线,南至{d}路,西至{e}铁路,北至{f}山体{close}"
    # (the second line opens with the district again, its name off the place, or with its town)
    front = "鼓楼区" if district_first else f"{b}{kind}"
    second = f"{front}{f}路以南,{c}大道以西,{d}路以北,{e}路以东区域"
    third = f"{b}{kind}{f}村12号"
    found = by_level(_HEAD + "\n\n".join([first, second, third]))[("controlled", "鼓楼区")]
    assert found == [first, second[3:] if district_first else second, third], (first, second, third)
