"""Whole districts (with development zones among them) as the subject of a temporary control, "当日21时起,高新区、A区、
B区、C区实行三天临时性管控措施" (黑龙江, summer 2022): each district itself, controlled. Variants, a property over
districts, near-misses (a city's town area, people, an unknown district name)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, in_traditional, levels_of

DISTRICTS = ["小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区", "晋源区"]


def test_districts_and_a_zone_under_temporary_control() -> None:
    text = ("太原市指挥部20日发布公告。当日21时起,高新区、小店区、迎泽区实行三天临时性管控措施。\n"
            "同时,各小区实施24小时值守。")
    assert levels_of(text) == {"controlled": ["高新区", "小店区", "迎泽区"]}


def test_districts_under_temporary_control_traditional_full_width() -> None:
    text = in_traditional("太原市指挥部发布公告。当日18时起,杏花岭区、尖草坪区实行临时管控措施。\n"
                          "其他小区居民,非必要不出入本小区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["杏花岭区", "尖草坪区"]}


def test_districts_under_temporary_control_from_a_dated_hour() -> None:
    text = "8月20日21时起,万柏林区、晋源区、经开区实行两天临时性管控措施。"
    assert levels_of(text) == {"controlled": ["万柏林区", "晋源区", "经开区"]}


@settings(max_examples=20, deadline=None)
@given(st.lists(st.sampled_from(DISTRICTS), min_size=1, max_size=4, unique=True),
       st.sampled_from(["三天", "3天", ""]), st.sampled_from(["临时性", "临时"]))
def test_any_districts_under_temporary_control(districts: list[str], days: str, temp: str) -> None:
    text = f"当日21时起,{'、'.join(districts)}实行{days}{temp}管控措施。"
    assert levels_of(text) == {"controlled": districts}


def test_a_city_town_area_under_temporary_control_is_no_place() -> None:
    assert levels_of("当日21时起,城区实行三天临时性管控措施。\n当日22时起,小店区、迎泽区实行三天临时性管控措施。") == \
        {"controlled": ["小店区", "迎泽区"]}


def test_unknown_districts_under_temporary_control_are_no_place() -> None:
    # (not known districts: a word ending in 区 is no district)
    assert levels_of("当日21时起,重点区、管控区外实行三天临时性管控措施。\n当日22时起,晋源区实行临时管控措施。") == \
        {"controlled": ["晋源区"]}
