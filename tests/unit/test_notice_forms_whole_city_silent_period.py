"""A prefecture-level city's whole area under days of silent management, "自10月7日0时起,A市全域实行三天静默期管控"
(黑龙江, autumn 2022): the city itself, silent (no district of its own). Variants written here (other cities, days,
traditional characters, full-width punctuation), a property over cities and days, and near-misses."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, in_traditional, levels_of

CITIES = ["七台河市", "双鸭山市", "佳木斯市", "鸡西市", "黑河市"]


def test_a_city_whole_area_silent_period() -> None:
    text = ("七台河市应对新冠肺炎疫情防控指挥部公告\n经综合研判,市疫情防控指挥部决定,自10月9日0时起,"
            "七台河市全域实行三天静默期管控,现将有关事项公告如下:\n一、严格人员流动管理\n1.小区居民足不出户。")
    assert levels_of(text) == {"silent": ["七台河市"]}


def test_a_city_whole_area_silent_period_traditional_full_width() -> None:
    text = in_traditional("经综合研判,市疫情防控指挥部决定,自11月2日0时起,双鸭山市全域实行两天静默期管控,"
                          "现将有关事项公告如下:\n1.全市各类学校暂停线下授课。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"silent": ["双鸭山市"]}


def test_a_city_whole_area_silent_period_with_its_province() -> None:
    text = "黑龙江佳木斯市全域实行3天静默期管控。\n一、全市机动车禁止上路。"
    assert levels_of(text) == {"silent": ["佳木斯市"]}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(CITIES), st.sampled_from(["三天", "3天", "两天", "五天", ""]), st.sampled_from(["全域", "全境"]))
def test_any_city_whole_area_silent_period(city: str, days: str, whole: str) -> None:
    text = f"市疫情防控指挥部决定,自10月7日0时起,{city}{whole}实行{days}静默期管控,现将有关事项公告如下:\n1.全市停课。"
    assert levels_of(text) == {"silent": [city]}


def test_a_city_without_its_whole_area_is_no_place() -> None:
    # (the city named without 全域: its name may be its centre, no whole-area management)
    text = ("鸡西市实行三天静默期管控期间,请市民非必要不外出。\n自10月7日0时起,黑河市全域实行三天静默期管控。\n"
            "1.全市停课。")
    assert levels_of(text) == {"silent": ["黑河市"]}


def test_a_silent_period_of_people_is_no_place() -> None:
    text = ("自10月7日0时起,鸡西市全域实行三天静默期管控。\n静默期管控期间,全市居民足不出户,黑河市全域公交停运。"
            "\n1.全市停课。")
    assert levels_of(text) == {"silent": ["鸡西市"]}
