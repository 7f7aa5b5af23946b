"""Known districts whose names hold a word the parser reads elsewhere, each form in variants, and loops over every
known district (full and short) so that no name is cut: a name holding a word that opens an object (将乐县, 吴起县:
将 and 起 as in "即日起将A…"), a name ending in 全 before its kind (万全区, 天全县: "在万全区全域…" holds 全区), and a
name starting with 于 / 在 / 对 in front of a list's heading (于洪区, 于都县). A random run found the first ("在吴起全县
范围内实施静态管理" read as 县). The names here are the divisions' own, as the rules read them from divisions.tsv;
the places in them are invented."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    _KNOWN_DISTRICTS,
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)


def _city_in_front(district: str) -> bool:
    """ "唐山市汉沽管理区", "山西朔州经济开发区": a zone written with its city (province) in front, which the parser
    reads as the city's district with the city dropped (the README's convention), not as the name itself."""
    return any(district.startswith(city) and len(district) - len(city) - (district[len(city)] == "市") >= 3
               for city in PREFECTURE_CITIES) \
        or (district.startswith(("山西", "河北", "河南", "内蒙古")) and len(district) > 5)


# every known county-level district, city or banner of three or more characters
_DISTRICTS = sorted(d for d in _KNOWN_DISTRICTS if len(d) >= 3 and d[-1] in "区县市旗" and not _city_in_front(d))
# and its short name (the name without its kind), as offices write it before 全区 / 全县 / 全市 / 全旗
_SHORTENED = [d for d in _DISTRICTS if len(d) <= 4 and "自治" not in d]

# --- a name holding a word that opens an object (将, 起) ----------------------------------------------------


def test_short_county_holding_the_times_word_before_its_whole() -> None:
    text = "指挥部决定,在吴起全县范围内实施静态管理,现就有关事项通告如下:\n一、实施时间:自9月1日起。\n"
    assert levels_of(text) == {"silent": ["吴起县"]}


def test_county_starting_with_will_in_front_of_a_place_in_traditional_characters() -> None:
    text = "指挥部决定,将乐县金华小区划为高风险区。\n"
    assert by_level(in_traditional(text)) == {("high", "将乐县"): ["金华小区"]}


def test_county_holding_the_times_word_under_silent_management_with_full_width_punctuation() -> None:
    text = "经研究,决定自9月1日18时起,对吴起县实行静默管理。\n".translate(HALF_TO_FULL)
    assert levels_of(text) == {"silent": ["吴起县"]}


def test_county_holding_the_times_word_after_a_time_with_no_comma() -> None:
    text = "自9月1日起吴起县金华小区划为高风险区。\n"
    assert by_level(text) == {("high", "吴起县"): ["金华小区"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["吴起县", "将乐县"]), invented_names(PLAIN_SYLLABLES),
       st.sampled_from(["即日起,", "自9月1日起", "决定将", "决定,"]), st.sampled_from(["小区", "村", "社区"]))
def test_any_place_of_a_county_holding_an_objects_word_keeps_its_county(county: str, name: str, lead: str,
                                                                        kind: str) -> None:
    text = f"指挥部{lead}{county}{name}{kind}划为高风险区。\n"
    assert by_level(text) == {("high", county): [f"{name}{kind}"]}


# --- a name ending in 全 before its kind ---------------------------------------------------------------------


def test_district_ending_in_whole_then_its_whole_area() -> None:
    text = "指挥部决定,在万全区全域实施静态管理。\n"
    assert levels_of(text) == {"silent": ["万全区"]}


def test_county_ending_in_whole_then_its_whole_area_in_traditional_characters() -> None:
    text = "经研究决定,在天全县全域实行临时静默管理。\n"
    assert levels_of(in_traditional(text)) == {"silent": ["天全县"]}


def test_county_ending_in_whole_as_the_subject_of_its_whole_area() -> None:
    assert levels_of("天全县全域继续实施静态管理。\n") == {"silent": ["天全县"]}


def test_district_ending_in_whole_then_its_whole_area_with_full_width_punctuation() -> None:
    text = "指挥部决定,自9月1日起在万全区全域实行静默管理,现通告如下:\n".translate(HALF_TO_FULL)
    assert levels_of(text) == {"silent": ["万全区"]}


# --- a name starting with 于 in front of a list's heading ----------------------------------------------------


def test_district_starting_with_at_heads_its_new_areas() -> None:
    text = "于洪区新增高风险区2个:金华小区、白马小区。\n"
    assert by_level(text) == {("high", "于洪区"): ["金华小区", "白马小区"]}


def test_county_starting_with_at_heads_its_new_areas_in_traditional_characters() -> None:
    text = "于都县新增中风险区1个:金华村。\n"
    assert by_level(in_traditional(text)) == {("medium", "于都县"): ["金华村"]}


def test_county_starting_with_at_heads_its_new_areas_with_full_width_punctuation() -> None:
    text = "于田县新增高风险区1个:白马社区。\n".translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "于田县"): ["白马社区"]}


# --- every known district, full and short -------------------------------------------------------------------


def test_every_known_district_under_silent_management_is_read_whole() -> None:
    wrong = {d: got for d in _DISTRICTS
             if (got := levels_of(f"指挥部决定,对{d}实行静态管理。\n")) != {"silent": [d]}}
    assert wrong == {}


def test_every_known_district_with_its_whole_area_is_read_whole() -> None:
    wrong = {d: got for d in _DISTRICTS
             if (got := levels_of(f"指挥部决定,在{d}全域实施静态管理。\n")) != {"silent": [d]}}
    assert wrong == {}


def test_every_known_district_named_short_before_its_whole_is_the_district() -> None:
    wrong = {d: got for d in _SHORTENED
             if (got := levels_of(f"指挥部决定,在{d[:-1]}全{d[-1]}范围内实施静态管理,现通告如下:\n"))
             != {"silent": [d]}}
    assert wrong == {}


def test_every_known_district_heads_its_new_areas() -> None:
    wrong = {d: got for d in _DISTRICTS
             if (got := by_level(f"{d}新增高风险区1个:金华小区。\n")) != {("high", d): ["金华小区"]}}
    assert wrong == {}


# --- ordinary wording near these rules ----------------------------------------------------------------------


def test_will_before_a_compound_whose_name_starts_like_a_county_is_the_verb() -> None:
    # 将 + 乐园小区: no known name around the 将 (将乐园 is none), so the object starts after it
    assert levels_of("自即日起将乐园小区划为中风险区。\n") == {"medium": ["乐园小区"]}


def test_time_then_will_before_a_place_of_an_ordinary_district() -> None:
    assert by_level("即日起将迎泽区金华小区划为高风险区。\n") == {("high", "迎泽区"): ["金华小区"]}


def test_at_a_day_before_new_areas_is_no_district() -> None:
    assert by_level("于9月1日新增高风险区1个:金华小区。\n") == {("high", None): ["金华小区"]}


def test_market_of_a_county_holding_the_times_word_closed_is_the_market() -> None:
    assert by_level("吴起县农贸市场实行封闭管理。\n") == {("sealed", "吴起县"): ["农贸市场"]}


def test_people_of_a_county_holding_the_times_word_name_no_place() -> None:
    assert levels_of("对吴起县所有人员实行静默管理。\n") == {}


def test_testing_over_a_short_county_names_no_place() -> None:
    assert levels_of("决定在吴起全县范围内开展全员核酸检测。\n") == {}


def test_village_of_a_district_ending_in_whole_lifted_is_the_village() -> None:
    assert by_level("自9月1日起,万全区白马村解除静态管理。\n") == {("lifted", "万全区"): ["白马村"]}


def test_market_of_a_district_ending_in_whole_closed_names_no_area() -> None:
    assert levels_of("万全区全区农贸市场实行封闭管理。\n") == {}
