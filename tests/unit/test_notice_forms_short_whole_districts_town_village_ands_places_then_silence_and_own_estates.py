"""Forms of the thirty-sixth held-out set (notices 861-865), each in variants written here (invented places, the
wording of the real forms): a whole district under static management named short before 全区 ("在A全区范围内实施
静态管理"), a town (street) and a village joined by 及 inside a list ("A镇B街道及C村、D村"), a sentence that opens
with the place and then says when its static management starts ("A街道区域内,B路以北、C河以西区域,从…开始,实施
3天静态管理"), and every estate of the office's own area ("本辖区内所有住宅小区"), which names no place."""

from __future__ import annotations

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    _KNOWN_DISTRICTS,
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

# --- a whole district named short before 全区 (全县) ----------------------------------------------------------


def test_short_district_name_before_its_whole_under_static_management() -> None:
    text = ("为及时排查风险隐患,区指挥部决定,在迎泽全区范围内实施静态管理,现就有关事项通告如下:\n"
            "一、实施时间:自2022年4月20日起(暂定3天)。\n")
    assert levels_of(text) == {"silent": ["迎泽区"]}


def test_short_county_name_before_its_whole_in_traditional_characters() -> None:
    text = "經研究決定,在阳曲全县范围内实施临时静态管理。\n"
    assert levels_of(in_traditional(text)) == {"silent": ["阳曲县"]}


def test_short_district_name_with_full_width_punctuation_and_silent_wording() -> None:
    text = "经专家研判,指挥部决定,在小店全区实行静默管理,现通告如下:\n".translate(HALF_TO_FULL)
    assert levels_of(text) == {"silent": ["小店区"]}


_SHORTABLE = sorted(d for d in _KNOWN_DISTRICTS if len(d) == 3 and d[-1] in "区县" and d[:-1] not in _KNOWN_DISTRICTS
                    and not any(k.startswith(d[:-1]) and k != d for k in _KNOWN_DISTRICTS))


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_SHORTABLE), st.sampled_from(["实施静态管理", "实行静默管理", "实施临时静态管理"]))
@example("吴起县", "实施静态管理")  # (a name holding 起, which also ends a time: found by a random run)
@example("将乐县", "实行静默管理")
def test_any_short_district_before_its_whole_is_the_district(district: str, verb: str) -> None:
    own = "全区" if district.endswith("区") else "全县"
    text = f"指挥部决定,在{district[:-1]}{own}范围内{verb},现就有关事项通告如下:\n"
    assert levels_of(text) == {"silent": [district]}


# --- a town (street) and a village joined by 及 inside a list ------------------------------------------------


def test_town_street_and_village_joined_inside_a_quoted_list() -> None:
    text = "指挥部决定,将“金山镇书香小区A1栋、青石乡白马村,桃源镇桃源街道及柳林村、红旗村”划定为高风险区。\n"
    assert levels_of(text) == {"high": ["金山镇书香小区A1栋", "青石乡白马村", "桃源镇桃源街道", "柳林村", "红旗村"]}


def test_town_and_community_joined_inside_a_list_in_traditional_characters() -> None:
    text = "指挥部决定,将金沙乡及东风社区、南湖小区划定为高风险区。\n"
    assert levels_of(in_traditional(text)) == {"high": ["金沙乡", "东风社区", "南湖小区"]}


def test_street_and_village_joined_inside_a_list_with_full_width_punctuation() -> None:
    text = "决定将以下区域划为中风险区:白马街道及青山村、金华苑(1组、2组)。\n".translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["白马街道", "青山村", "金华苑(1组、2组)"]}


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.sampled_from(["镇", "乡", "街道"]), st.sampled_from(["村", "社区"]))
def test_any_town_and_village_joined_inside_a_list_are_two_places(town: str, village: str, other: str,
                                                                    kind: str, village_kind: str) -> None:
    # (names that hold a word the parser reads as a measure or a part, e.g. 周边, are left out: none here)
    assume(len({town, village, other}) == 3)
    text = f"决定将{town}{kind}及{village}{village_kind}、{other}小区划定为高风险区。\n"
    assert levels_of(text) == {"high": [f"{town}{kind}", f"{village}{village_kind}", f"{other}小区"]}


# --- the place first, then when its static management starts -------------------------------------------------


def test_bounded_area_in_a_street_then_the_time_of_its_static_management() -> None:
    text = ("某区指挥部关于调整部分区域疫情防控措施的通告\n"
            "金沙街道区域内,长风高速以北、滨江路以西、青山以东区域,从2022年8月28日0时开始,继续按照《某市指挥部公告》"
            "(第28号)规定,实施3天静态管理。除上述区域外,全区各乡镇、街道解除静态管理。\n")
    assert levels_of(text) == {"silent": ["金沙街道区域内,长风高速以北、滨江路以西、青山以东区域"]}


def test_a_street_then_the_time_in_traditional_characters() -> None:
    text = "某区指挥部通告\n桃源街道,自9月1日18时起,实行静默管理。\n"
    assert levels_of(in_traditional(text)) == {"silent": ["桃源街道"]}


def test_a_village_then_the_time_with_full_width_punctuation() -> None:
    text = "某县指挥部通告\n白马镇红旗村,从9月1日0时开始,实施为期三天的静态管理。\n".translate(HALF_TO_FULL)
    assert levels_of(text) == {"silent": ["白马镇红旗村"]}


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.sampled_from(["从8月28日0时开始", "自8月28日0时起", "从2022年8月28日12时起"]),
       st.sampled_from(["实施3天静态管理", "实行静默管理", "继续实施静态管理"]))
def test_any_place_then_its_time_is_under_static_management(street: str, road: str, hill: str,
                                                             when: str, verb: str) -> None:
    assume(len({street, road, hill}) == 3)
    place = f"{street}街道区域内,{road}路以北、{hill}山以东区域"
    text = f"某区指挥部通告\n{place},{when},{verb}。\n"
    assert levels_of(text) == {"silent": [place]}


# --- every estate of the office's own area is no place ------------------------------------------------------


def test_every_estate_of_the_own_area_names_no_place() -> None:
    text = ("某区指挥部关于实行封闭管理的通告\n一、对本辖区内所有住宅小区和楼院一律实行严格的封闭式管理,"
            "只保留一个出入口。\n二、对A小区实行封闭管理。\n").replace("A小区", "金华小区")
    assert by_level(text) == {("sealed", None): ["金华小区"]}


def test_every_village_of_our_county_names_no_place_in_traditional_characters() -> None:
    text = "某县指挥部通告\n一、对我县所有村庄一律实行封闭式管理。\n二、对金山村实行封闭管理。\n"
    assert levels_of(in_traditional(text)) == {"sealed": ["金山村"]}


def test_all_estates_of_the_own_street_with_full_width_punctuation() -> None:
    text = "一、对本街道辖区内全部小区实行封闭式管理,居民不得外出。\n二、对东风小区实行封闭管理。\n"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"sealed": ["东风小区"]}
