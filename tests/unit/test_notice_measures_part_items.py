"""Items under a part headed by the measures ("二、临时管控措施" over "(一)A小区3栋,实行“足不出户,上门服务”", 重庆,
late 2022): the measures of degree within the areas an earlier part lists, no level and no place of their own.
Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
)


def _text(estate: str, heading: str = "临时管控措施") -> str:
    return ("重庆南岸区临时管控区名单+管控措施\n"
            "  自2022年11月5日9时起,在辖区内划定临时管控区域。现就有关事项通告如下:\n"
            f"  一、临时管控区域\n  (一)金华街道{estate}小区;\n  (二)泰康街道翠锦小区6栋。\n  二、{heading}\n"
            f"  (一)金华街道{estate}小区3栋、泰康街道翠锦小区6栋,实行“足不出户,上门服务”。\n"
            f"  (二)金华街道{estate}小区除3栋以外的其他区域实行“足不出区,错峰取物”,原则上居家。\n"
            "  (三)暂停区域内所有聚集性活动和聚餐。\n")


def _read(estate: str) -> dict[tuple[str | None, str | None], list[str]]:
    return {("controlled", "南岸区"): [f"金华街道{estate}小区", "泰康街道翠锦小区6栋"]}


def test_measures_of_degree_under_the_measures_part_are_no_levels() -> None:
    assert by_level(_text("春晓")) == _read("春晓")


def test_traditional_characters_and_full_width_punctuation() -> None:
    assert by_level(in_traditional(_text("春晓"))) == _read("春晓")
    assert by_level(_text("春晓").translate(HALF_TO_FULL)) == _read("春晓")


def test_near_miss_items_with_their_measures_under_a_part_of_areas_keep_their_levels() -> None:
    text = ("南岸区关于调整风险区域的通告\n  一、金华街道春晓小区3栋,实行“足不出户,上门服务”。\n"
            "  二、泰康街道翠锦小区,实行“个人防护、避免聚集”。\n")
    assert by_level(text) == {("high", "南岸区"): ["金华街道春晓小区3栋"], ("low", "南岸区"): ["泰康街道翠锦小区"]}


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["临时管控措施", "管控措施", "防控措施", "管理措施"]))
def test_any_estate_under_any_measures_heading(estate: str, heading: str) -> None:
    assert by_level(_text(estate, heading)) == _read(estate)
