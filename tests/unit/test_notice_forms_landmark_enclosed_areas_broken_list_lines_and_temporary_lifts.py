"""Forms of the fifty-first held-out set, part b: landmarks between commas closed by the area they enclose, one
bounded area ("1.A街道:B农贸市场,C村,D花园,E坪63号合围区域;F片区", 重庆 autumn 2022); a sentence broken after
each 、 of its list, one place a line, closed by a count ("A小区、\\n\\nB小区、\\n\\nC小区等3个区域划定为中风险区",
兰州 summer 2022); and temporary control areas lifted under labels numbered by ordinals ("对A街道临时管控区域予以
解除:" over "临时管控区一:…", 南京 spring 2022). Each form in variants written here (invented places, the wording
of the real forms, traditional characters, full-width punctuation), properties over generated names, and wording
near them that must keep its reading: separate places then a sentence about 合围, an area of its own written with
its bounds after the places, a part's number alone before its level, temporary control designated (not lifted)."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    PROVINCES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


def _variants(text: str) -> list[str]:
    return [text, in_traditional(text), text.translate(HALF_TO_FULL)]


def _free(*names: str) -> bool:
    """No invented name opens with a prefecture city's or a province's name (read as that division's place)."""
    return not any(n.startswith(tuple(PREFECTURE_CITIES)) or n.startswith(PROVINCES) for n in names)


# --- landmarks between commas closed by the area they enclose ------------------------------------------------

_LEAD = "将青山区部分区域划定为高风险区,具体如下:\n一、具体点位和时间\n"


@pytest.mark.parametrize("text", [
    *_variants(_LEAD + "1.松林街道:桂花农贸市场,三元村,锦绣名邸,润泽花园,东岭坡17号合围区域;柳巷老街片区。\n"
               "2.石门街道:白鹭小区。"),
    _LEAD + "1.松林街道:桂花农贸市场,三元村,锦绣名邸,润泽花园,东岭坡17、19号合围区域;柳巷老街片区。\n"
            "2.石门街道:白鹭小区。",
    _LEAD + "1.松林街道:柳巷老街片区;桂花农贸市场,三元村,锦绣名邸,润泽花园,东岭坡17号围合区域。\n"
            "2.石门街道:白鹭小区。",
])
def test_landmarks_closed_by_the_area_they_enclose_are_one_place(text: str) -> None:
    high = levels_of(text)["high"]
    assert sorted(high) == sorted([
        "松林街道桂花农贸市场,三元村,锦绣名邸,润泽花园,东岭坡" + ("17、19号" if "19" in text else "17号")
        + ("围合区域" if "围合区域" in text or "圍合區域" in text else "合围区域"),
        "松林街道柳巷老街片区", "石门街道白鹭小区"])


def test_landmarks_closing_an_area_in_a_sentence_are_one_place() -> None:
    text = "将松林街道桂花农贸市场,三元村,锦绣名邸,润泽花园,东岭坡17号合围区域划定为高风险区。"
    assert levels_of(text) == {"high": ["松林街道桂花农贸市场,三元村,锦绣名邸,润泽花园,东岭坡17号合围区域"]}


@settings(max_examples=25, deadline=None)
@given(name, name, name, st.integers(1, 200), st.sampled_from(["花园", "村", "市场", "大厦"]))
def test_any_landmarks_closing_an_area(first: str, second: str, slope: str, number: int, kind: str) -> None:
    assume(len({first, second, slope}) == 3 and _free(first, second, slope))
    area = f"{first}{kind},{second}小区,{slope}坡{number}号合围区域"
    text = _LEAD + f"1.松林街道:{area};柳巷片区。\n2.石门街道:白鹭小区。"
    assert sorted(levels_of(text)["high"]) == sorted([f"松林街道{area}", "松林街道柳巷片区", "石门街道白鹭小区"])


@pytest.mark.parametrize(("line", "places"), [
    # an area of its own, written with its bounds, after separate places
    ("1.松林街道:桂花小区,三元村,丰收路与长江路合围区域;白鹭小区。",
     ["桂花小区", "三元村", "丰收路与长江路合围区域", "白鹭小区"]),
    ("1.松林街道:桂花小区,三元村,丰收路以东、长江路以南合围区域;白鹭小区。",
     ["桂花小区", "三元村", "丰收路以东、长江路以南合围区域", "白鹭小区"]),
    # separate places, then a sentence of their own about 合围
    ("1.松林街道:桂花小区,三元村,润泽花园;白鹭小区。\n以上区域实行合围管理。",
     ["桂花小区", "三元村", "润泽花园", "白鹭小区"]),
])
def test_separate_places_before_an_area_or_a_sentence_about_it_still_split(line: str, places: list[str]) -> None:
    # (each beside the form itself in the next item, whose landmarks are read as one area)
    text = _LEAD + line.replace("\n", "\n2.石门街道:星峰市场,金华村,翠峰坡8号合围区域。\n", 1) if "\n" in line \
        else _LEAD + line + "\n2.石门街道:星峰市场,金华村,翠峰坡8号合围区域。"
    assert levels_of(text)["high"] == [*("松林街道" + p for p in places), "石门街道星峰市场,金华村,翠峰坡8号合围区域"]


# --- a sentence broken after each 、 of its list, one place a line -------------------------------------------

_BROKEN = ("现将有关事宜通告如下:\n\n"
           "自即日起,将青山区松林街道桂花小区、\n\n石门街道翠峰路3-9号等2个区域划定为高风险区;\n\n"
           "松林街道锦绣小区、\n\n石门街道春晓家属院、\n\n石门街道龙泽城市月光、\n\n松林街道金华大厦、\n\n"
           "石门街道星峰路12号小区、\n\n松林街道白鹭庭院、\n\n石门街道瑞福路5-11号(单号)等7个区域划定为中风险区。\n\n"
           "请广大市民朋友提高风险防范意识。")
_MEDIUM = ["松林街道锦绣小区", "石门街道春晓家属院", "石门街道龙泽城市月光", "松林街道金华大厦",
           "石门街道星峰路12号小区", "松林街道白鹭庭院", "石门街道瑞福路5-11号(单号)"]


@pytest.mark.parametrize("text", [
    *_variants(_BROKEN),
    _BROKEN.replace("\n\n", "\n"),
    _BROKEN.replace("、\n\n", "、 \n\n"),
])
def test_a_sentence_broken_after_each_list_mark_is_one_list(text: str) -> None:
    levels = levels_of(text)
    assert levels["high"] == ["松林街道桂花小区", "石门街道翠峰路3-9号"]
    assert levels["medium"] == _MEDIUM


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=6, max_size=9, unique=True))
def test_any_broken_list_closed_by_its_count(names: list[str]) -> None:
    assume(_free(*names))
    places = [f"石门街道{n}家属院" for n in names]
    text = "自即日起,将" + "、\n\n".join(places) + f"等{len(places)}个区域划定为中风险区。"
    assert levels_of(text) == {"medium": places}


def test_a_list_closed_by_its_count_though_a_name_ends_in_no_kind() -> None:
    text = ("松林街道锦绣小区、石门街道春晓家属院、石门街道龙泽城市月光、松林街道金华大厦、石门街道星峰路12号小区、"
            "松林街道白鹭庭院、石门街道瑞福路5-11号(单号)等7个区域划定为中风险区。")
    assert levels_of(text) == {"medium": _MEDIUM}


def test_a_parts_number_alone_before_its_level_is_not_joined() -> None:
    # ("三、" over "低风险地区": a part's heading broken after its number; the number is no list's mark; above it
    # the form itself, a sentence broken after each 、)
    text = _BROKEN.replace("\n\n请广大市民朋友提高风险防范意识。", "\n三、\n\n低风险地区\n石门街道白鹭小区。")
    assert levels_of(text) == {"high": ["松林街道桂花小区", "石门街道翠峰路3-9号"], "medium": _MEDIUM,
                               "low": ["石门街道白鹭小区"]}


def test_a_count_that_is_not_the_lists_does_not_make_prose_a_list() -> None:
    text = _BROKEN.replace("请广大市民朋友提高风险防范意识。", "请居民朋友做好防护、减少外出、避免聚集、配合核酸检测、"
                           "主动报告行程、遵守防控规定等6个方面划定为重点。")
    assert levels_of(text) == {"high": ["松林街道桂花小区", "石门街道翠峰路3-9号"], "medium": _MEDIUM}


# --- temporary control areas lifted under labels numbered by ordinals ----------------------------------------

_LIFT = ("经专家综合研判,决定自3月29日上午6时起,对青山区松林街道临时管控区域予以解除:\n"
         "临时管控区一:松林街道东至丰收路,南至长江路,西至翠峰河,北至翠峰河围合区(锦绣家园除外);\n"
         "临时管控区二:松林街道东至春晓路,南至金华路,西至星峰路,北至长江路围合区。\n"
         "衷心感谢居民朋友们的支持和配合!")


@pytest.mark.parametrize("text", [
    *_variants(_LIFT),
    _LIFT.replace("临时管控区一", "临时管控区1").replace("临时管控区二", "临时管控区2"),
    _LIFT.replace("临时管控区一", "临时管控区(一)").replace("临时管控区二", "临时管控区(二)"),
])
def test_temporary_control_areas_lifted_under_ordinal_labels(text: str) -> None:
    assert by_level(text) == {("lifted", "青山区"): [
        "松林街道东至丰收路,南至长江路,西至翠峰河,北至翠峰河围合区(锦绣家园除外)",
        "松林街道东至春晓路,南至金华路,西至星峰路,北至长江路围合区"]}


@settings(max_examples=25, deadline=None)
@given(name, name, name, name)
def test_any_temporary_control_area_lifted(east: str, south: str, west: str, north: str) -> None:
    assume(len({east, south, west, north}) == 4 and _free(east, south, west, north))
    area = f"松林街道东至{east}路,南至{south}路,西至{west}路,北至{north}路围合区"
    text = f"决定自3月29日上午6时起,对青山区松林街道临时管控区域予以解除:\n临时管控区一:{area}。"
    assert levels_of(text) == {"lifted": [area]}


def test_temporary_control_areas_designated_under_ordinal_labels_stay_controlled() -> None:
    # (beside the lift's form, read as lifted: the designation, under no lifting lead, stays controlled)
    assert levels_of(_LIFT)["lifted"]
    text = ("经专家综合研判,决定自3月29日上午6时起,对青山区松林街道以下区域实施临时管控:\n"
            "临时管控区一:松林街道东至丰收路,南至长江路,西至翠峰河,北至翠峰河围合区。")
    assert levels_of(text) == {"controlled": ["松林街道东至丰收路,南至长江路,西至翠峰河,北至翠峰河围合区"]}
