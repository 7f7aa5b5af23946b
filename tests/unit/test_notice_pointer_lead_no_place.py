"""A level's label whose line only points to the list below ("一、临时管控区域:以下楼栋及所在小区。" over street
headings, 重庆, late 2022): the pointer and what it takes in ("及所在小区") are no place. Notices here are written for
the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, by_level, in_traditional

_BELOW = "\n\n(一)龙山街道:松北路6号金桃苑1栋,松石路7号2单元\n\n(二)仙桃街道:同盛路5号锦华园2栋\n"
_READ = {("controlled", None): ["龙山街道松北路6号金桃苑1栋", "龙山街道松石路7号2单元", "仙桃街道同盛路5号锦华园2栋"]}


def _text(pointer: str) -> str:
    return "甲区关于新增划定临时管控区域的通告\n一、临时管控区域:" + pointer + _BELOW


def test_the_pointer_to_buildings_and_their_estates_is_no_place() -> None:
    assert by_level(_text("以下楼栋及所在小区。")) == _READ


def test_traditional_characters_and_full_width_punctuation() -> None:
    assert by_level(in_traditional(_text("以下楼栋及所在小区。"))) == _READ
    assert by_level(_text("以下楼栋及所在小区。").translate(HALF_TO_FULL)) == _READ


def test_near_miss_a_named_building_and_its_estate_is_a_place() -> None:
    text = "甲区关于新增划定临时管控区域的通告\n一、临时管控区域:松北路6号金桃苑1栋及所在小区。\n"
    assert by_level(text) == {("controlled", None): ["松北路6号金桃苑1栋及所在小区"]}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["以下", "下列"]), st.sampled_from(["楼栋", "区域", "小区", "点位"]),
       st.sampled_from(["", "及所在小区", "和所在区域", "及其所在楼栋"]))
def test_any_pointer_phrase(word: str, kind: str, tail: str) -> None:
    assert by_level(_text(word + kind + tail + "。")) == _READ
