"""Forms of the fiftieth held-out set (part b): a place whose grade stays ("A村风险等级仍为中风险地区"); a name that
starts with 将 inside a comma list after the verb 将 ("将A街道B社区,A街道将军岭社区…划定为…"); places a report says
will be adjusted ("A、B2个区域将被调整为低风险地区"); an area by its bounds then what it holds after a comma
("东至A路,西至B路,南至C路,包含1、2号楼及底层店面(D城一期)"); a shop, 及, then an area by its bounds with a note and
an exception, more places after a comma before the verb. Notices here are written for the tests."""

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

name = invented_names(PLAIN_SYLLABLES)

# --- a place whose grade stays -----------------------------------------------------------------------------------


def _kept_grade(village: str = "红泥井") -> str:
    return (f"自2022年3月1日起,将青山区富强街道、幸福街道2个地区风险等级调整为中风险地区,固阳县金山镇{village}村"
            "风险等级仍为中风险地区,其余为低风险地区。\n截至目前,包头市共有中风险地区3个。")


def test_a_place_whose_grade_stays_is_read_without_the_grade() -> None:
    assert levels_of(_kept_grade()) == {"medium": ["富强街道", "幸福街道", "金山镇红泥井村"]}
    assert levels_of(in_traditional(_kept_grade())) == {"medium": ["富强街道", "幸福街道", "金山镇红泥井村"]}
    assert levels_of(_kept_grade().translate(HALF_TO_FULL)) == {"medium": ["富强街道", "幸福街道", "金山镇红泥井村"]}
    # (依然 writes 仍 alike)
    text = "经研判,固阳县金山镇长风村风险等级依然为中风险地区。"
    assert levels_of(text) == {"medium": ["金山镇长风村"]}


@settings(max_examples=20, deadline=None)
@given(name)
def test_any_place_whose_grade_stays(village: str) -> None:
    assert levels_of(_kept_grade(village))["medium"][-1] == f"金山镇{village}村"


def test_the_grade_of_the_whole_city_staying_names_no_place() -> None:
    text = "经研判,固阳县金山镇长风村风险等级仍为中风险地区。目前,我市其他区域风险等级仍为低风险地区。"
    assert levels_of(text) == {"medium": ["金山镇长风村"]}


# --- a name starting with 将 inside a comma list after the verb 将 ---------------------------------------------


def _comma_list(name_after_will: str = "军岭", city: str = "瓦房店市") -> str:
    return (f"通告说,将{city}春阳街道福瑞社区,{city}春阳街道将{name_after_will}社区翠峰小区,{city}龙泽镇"
            "星峰村上屯划定为中风险地区,并实施相应管控措施。")


def test_a_name_starting_with_will_in_a_comma_list_is_whole() -> None:
    expected = {"medium": ["春阳街道福瑞社区", "春阳街道将军岭社区翠峰小区", "龙泽镇星峰村上屯"]}
    assert levels_of(_comma_list()) == expected
    assert levels_of(_comma_list(city="普兰店区")) == expected
    assert levels_of(in_traditional(_comma_list())) == expected
    assert levels_of(_comma_list().translate(HALF_TO_FULL)) == expected


@settings(max_examples=20, deadline=None)
@given(name)
def test_any_name_starting_with_will_in_a_comma_list(rest: str) -> None:
    assert f"春阳街道将{rest}社区翠峰小区" in levels_of(_comma_list(rest))["medium"]


def test_a_clause_with_its_own_verb_before_a_later_will_is_no_list() -> None:
    text = "将春阳街道福瑞社区,龙泽镇星峰村划定为中风险地区,将军岭社区翠峰小区,长风村将实施封控管理。"
    assert levels_of(text) == {"medium": ["春阳街道福瑞社区", "龙泽镇星峰村"]}
    # (the later 将 inside the list, the earlier place no whole one: "春阳街道,将…" goes on as before)
    text2 = "将春阳街道福瑞社区,春阳街道将军岭社区翠峰小区,龙泽镇星峰村上屯划定为中风险地区。"
    assert levels_of(text2) == {"medium": ["春阳街道福瑞社区", "春阳街道将军岭社区翠峰小区", "龙泽镇星峰村上屯"]}


# --- places a report says will be adjusted ------------------------------------------------------------------------


def _will_be(words: str = "将被", count: str = "2个区域") -> str:
    return (f"此外,吉林市龙潭区江北街道翠峰小区3号楼3单元、吉林市船营区北极街道锦绣里小区23号楼4单元{count}{words}"
            "调整为低风险地区,其他区域风险等级不变。")


def test_places_counted_that_will_be_adjusted_are_read() -> None:
    expected = {("low", "龙潭区"): ["江北街道翠峰小区3号楼3单元"], ("low", "船营区"): ["北极街道锦绣里小区23号楼4单元"]}
    assert by_level(_will_be()) == expected
    assert by_level(_will_be("将", "两个地区")) == expected
    assert by_level(_will_be("将会被")) == expected
    assert by_level(in_traditional(_will_be())) == expected
    assert by_level(_will_be().translate(HALF_TO_FULL)) == expected
    # (a measure that will change names no place; a place that will be adjusted, uncounted, stays a plan)
    text = _will_be() + "全市核酸检测频次将调整为每三天一次,居民出行将调整为错峰出行。"
    assert levels_of(text) == {"low": ["江北街道翠峰小区3号楼3单元", "北极街道锦绣里小区23号楼4单元"]}
    assert levels_of("自即日起,龙泉小区将被划定为高风险区。") == {}


@settings(max_examples=20, deadline=None)
@given(name, st.sampled_from(["将被", "将", "将会", "会被"]), st.sampled_from(["1个区域", "1个地区", "一个地点"]))
def test_any_place_counted_that_will_be_adjusted(compound: str, words: str, count: str) -> None:
    text = f"此外,昌邑区江南街道{compound}小区2号楼{count}{words}调整为低风险地区。"
    assert by_level(text) == {("low", "昌邑区"): [f"江南街道{compound}小区2号楼"]}


# --- an area by its bounds, then what it holds after a comma ----------------------------------------------------


def _bounds_holding(holds: str = "包含1、2、3、5号楼及1、2号楼底层连体星峰广场所有店面(锦绣城一期)") -> str:
    return ("鼓楼区新型冠状病毒感染肺炎疫情防控工作应急指挥部通告\n决定自2022年10月31日1时起,我区划定以下中风险区。\n"
            f"一、中风险区\n(一)春阳街道:\n东至金河路,西至翠峰中路,南至长风路,{holds}。\n(二)龙泽街道:\n"
            "福瑞小区7号楼。\n以上区域实行“人不出区、错峰取物”等管控措施。")


def test_an_area_by_its_bounds_and_what_it_holds_is_one_place() -> None:
    whole = ("春阳街道东至金河路,西至翠峰中路,南至长风路,"
             "包含1、2、3、5号楼及1、2号楼底层连体星峰广场所有店面(锦绣城一期)")
    assert levels_of(_bounds_holding()) == {"medium": [whole, "龙泽街道福瑞小区7号楼"]}
    assert levels_of(in_traditional(_bounds_holding())) == {"medium": [whole, "龙泽街道福瑞小区7号楼"]}
    full = _bounds_holding().translate(HALF_TO_FULL)
    assert levels_of(full) == {"medium": [whole, "龙泽街道福瑞小区7号楼"]}
    # (a measure on the area's people after its bounds is no part of it)
    text = ("二、中风险区\n(一)春阳街道:\n东至金河路,西至翠峰中路,南至长风路,包含区域内居民实行足不出户。\n"
            "(二)龙泽街道:\n福瑞小区7号楼、8号楼。")
    glued = "春阳街道东至金河路,西至翠峰中路,南至长风路,包含区域内居民实行足不出户"
    assert glued not in levels_of(text).get("medium", [])


@settings(max_examples=20, deadline=None)
@given(name, st.sampled_from(["包含", "内含"]))
def test_any_area_by_its_bounds_and_what_it_holds(compound: str, word: str) -> None:
    holds = f"{word}2、4号楼及底层店面({compound}苑二期)"
    assert levels_of(_bounds_holding(holds))["medium"][0] == f"春阳街道东至金河路,西至翠峰中路,南至长风路,{holds}"


# --- a shop, 及, then an area by its bounds with a note and an exception ------------------------------------------


def _shop_and_bounds(shop: str = "星峰包子店", village: str = "红泥") -> str:
    return (f"将高新区春阳街道翠峰雅郡北区{shop}及金河高速以东、长风路以南、兴盛一路以西、山体以北(含有{village}村)"
            "范围内除省公共卫生临床中心以外区域,龙泽街道福瑞小区1号楼2单元划为高风险区;高新区其他区域风险等级不变。")


def test_a_shop_and_an_area_by_its_bounds_are_two_places() -> None:
    expected = ["春阳街道翠峰雅郡北区星峰包子店",
                "金河高速以东、长风路以南、兴盛一路以西、山体以北(含有红泥村)范围内除省公共卫生临床中心以外区域",
                "龙泽街道福瑞小区1号楼2单元"]
    assert levels_of(_shop_and_bounds()) == {"high": expected}
    assert levels_of(in_traditional(_shop_and_bounds())) == {"high": expected}
    full = [p.translate(HALF_TO_FULL) for p in expected]
    assert [p.translate(HALF_TO_FULL) for p in levels_of(_shop_and_bounds().translate(HALF_TO_FULL))["high"]] == full
    # (no level after them: a measure's sentence names no place)
    text = ("对春阳街道翠峰雅郡北区星峰包子店及金河高速以东、长风路以南、兴盛一路以西区域开展全员核酸检测,"
            "检测结果均为阴性。")
    assert levels_of(text) == {}


@settings(max_examples=20, deadline=None)
@given(name, name)
def test_any_shop_and_area_by_its_bounds(shop: str, village: str) -> None:
    places = levels_of(_shop_and_bounds(f"{shop}面馆", village))["high"]
    assert places[:2] == [f"春阳街道翠峰雅郡北区{shop}面馆",
                          f"金河高速以东、长风路以南、兴盛一路以西、山体以北(含有{village}村)范围内除省公共卫生临床中心以外区域"]
