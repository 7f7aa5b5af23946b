"""Ordinary wording near the rules of the forty-third set (part a and b), read as before them:

* the main town (主城区, 中心城区) as the place itself before what is done to it ("解除主城区临时性管控措施",
  "将中心城区调整为低风险区", "解除主城区静默管理"): no scope of places after it, the place kept;
* the main town's kind of estates ("将主城区老旧小区划为管控区"): the main town kept with them;
* 老城区, a district's own name (洛阳), before its street's place: the district, not a scope dropped;
* a county before its main town ("将A县中心城区B小区划为…"): the county stays the district of the place;
* a level's areas after words for the office's own area or for what is left ("将辖区内的高风险区…", "将本辖区的…",
  "将剩余的封控区…", "将原来的…", "将城区的…"): no place of an old level;
* a community (village) and 和, then a compound of three characters or more with a building ("A社区和碧桂园3栋"):
  two places (only a name of one or two after 和, "和佳园", is the compound's own name).
"""

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

word = invented_names(PLAIN_SYLLABLES)


# ---------------------------------------------------------------------------------------------------
# the main town as the place itself


def test_the_main_town_lifted_from_its_temporary_control_stays_the_place() -> None:
    assert levels_of("关于调整风险区的通告\n自12月1日起,解除主城区临时性管控措施。") == {"lifted": ["主城区"]}
    assert levels_of("关于调整风险区的通告\n自即日起,解除主城区静默管理。") == {"lifted": ["主城区"]}


def test_the_main_town_changed_to_a_level_stays_the_place() -> None:
    assert levels_of("关于调整风险区的通告\n经研判,决定将主城区调整为低风险区。") == {"low": ["主城区"]}
    text = "關於劃定風險區的通告\n經研判,決定將中心城區劃為高風險區。".translate(HALF_TO_FULL)
    assert levels_of(in_traditional(text)) == {"high": ["中心城区"]}


@settings(max_examples=20, deadline=None)
@given(scope=st.sampled_from(["主城区", "中心城区"]),
       verb=st.sampled_from(["解除{s}临时性管控措施", "解除{s}社会面临时管控", "将{s}调整为低风险区",
                             "将{s}划为高风险区", "解除{s}静默管理"]), full=st.booleans())
def test_the_main_town_before_its_verb_is_never_dropped(scope: str, verb: str, full: bool) -> None:
    text = "关于调整风险区的通告\n自2022年12月1日起," + verb.format(s=scope) + "。"
    if full:
        text = text.translate(HALF_TO_FULL)
    places = [p for ps in levels_of(text).values() for p in ps]
    assert places == [scope]


def test_the_main_towns_kind_of_estates_keeps_the_main_town() -> None:
    text = "关于划定风险区的通告\n经研判,将主城区老旧小区划为管控区。"
    assert levels_of(text) == {"controlled": ["主城区老旧小区"]}


def test_old_town_district_keeps_its_name() -> None:
    text = "洛阳市疫情防控指挥部通告\n经研判,将老城区西关街道金桂小区划为高风险区。"
    assert by_level(text) == {("high", "老城区"): ["西关街道金桂小区"]}


def test_a_county_before_its_main_town_stays_the_district() -> None:
    text = "关于划定风险区的通告\n经研判,将金桂县中心城区银杏小区划为高风险区。"
    assert by_level(text) == {("high", "金桂县"): ["银杏小区"]}


# ---------------------------------------------------------------------------------------------------
# a level's areas after words for the office's own area or what is left


def test_own_area_or_what_is_left_before_the_old_level_is_no_place() -> None:
    for lead in ("将辖区内的高风险区调整为低风险区。", "将本辖区的高风险区调整为低风险区。",
                 "将剩余的封控区调整为管控区。", "将原来的高风险区调整为低风险区。",
                 "将城区的高风险区调整为低风险区。"):
        assert levels_of("关于调整风险区的通告\n经研判," + lead) == {}, lead


def test_a_place_before_its_old_level_still_read() -> None:
    assert levels_of("经研判,将金桂小区的高风险区调整为低风险区。") == {"low": ["金桂小区"]}


# ---------------------------------------------------------------------------------------------------
# a community and 和, then a compound of three characters


def test_community_and_a_named_compound_of_three_are_two_places() -> None:
    text = "关于划定风险区的通告\n高风险区:金桂社区银杏5栋、光明社区和碧桂园3栋。"
    assert levels_of(text) == {"high": ["金桂社区银杏5栋", "光明社区", "碧桂园3栋"]}
    text = "关于划定风险区的通告\n高风险区:金桂社区银杏5栋、光明村和星河湾2栋。"
    assert levels_of(text) == {"high": ["金桂社区银杏5栋", "光明村", "星河湾2栋"]}
