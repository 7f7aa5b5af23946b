"""Forms of notices that lift some areas, then head the zones standing after the lift ("一、解除管控范围 …
二、调整后A街道“三区”范围" over "封控区:…"); redraw a level's area from the former one ("封控区由原划定的“A”,
调整为“B”"); lift the rest of a town but villages written as the lift's bare exception ("除A村、B村、C村3个区域外,
D街道其他区域解除静默管理状态"); lift two zones each with its places in brackets ("解除A区封控区(B、C)和管控区
(D…的区域)封控管控措施"); and keep a bounded temporary control under a label closing the lead ("继续实施7天临时
管控,维持不变的临时管控区域:" over "…合围区域(…除外),涉及…等4个街道"). Each form in variants written here
(invented places, traditional characters, full-width punctuation), properties over generated parts, and near-misses
the rules leave alone."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
    no_real_city,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


def _variants(text: str) -> list[str]:
    return [text, in_traditional(text), text.translate(HALF_TO_FULL)]


def _sorted(found: dict[str, list[str]]) -> dict[str, list[str]]:
    return {level: sorted(places) for level, places in found.items()}


# --- zones standing after a lift, under "调整后…范围" ------------------------------------------------------

_RESTATED = ("甲乙市关于调整疫情“三区”管控措施的通告\n决定于2022年5月6日零时起,调整星峰街道“三区”管控措施,通告如下:\n"
             "一、解除管控范围\n解除“星峰街道丽泽、翠锦社区”的管控区域。\n二、调整后星峰街道“三区”范围\n"
             "封控区:星峰街道春晓苑3幢、4幢。\n管控区:星峰街道春晓苑1-8幢(除封控区)。\n"
             "防范区:金龙路-康宁路-金龙路围合区域(除封控区、管控区)。\n三、“三区”管控措施\n"
             "1.封控区实行“区域封闭、足不出户、服务上门”措施。")


@pytest.mark.parametrize("text", [*_variants(_RESTATED),
                                  _RESTATED.replace("调整后星峰街道“三区”范围", "调整后三区名单")])
def test_zones_standing_after_a_lift(text: str) -> None:
    found = levels_of(text)
    assert sorted(found) == ["controlled", "lifted", "precaution", "sealed"]
    assert found["sealed"] == ["星峰街道春晓苑3幢、4幢"]
    assert found["controlled"] == ["星峰街道春晓苑1-8幢(除封控区)"]


def test_lists_of_a_lifting_notice_without_the_restating_heading_stay_lifted() -> None:
    # (near-miss: "…予以解除,具体如下:" over bare labels lifts them)
    text = ("关于解除部分区域管控措施的通告\n经研判,决定对以下区域予以解除,具体如下:\n"
            "封控区:星峰街道春晓苑3幢。\n管控区:星峰街道春晓苑1-8幢。\n请广大市民继续做好防护。")
    assert levels_of(text) == {"lifted": ["星峰街道春晓苑3幢", "星峰街道春晓苑1-8幢"]}


@settings(max_examples=20, deadline=None)
@given(name, name)
def test_any_zone_standing_after_a_lift(street: str, estate: str) -> None:
    assume(street != estate and no_real_city(street, estate))
    text = (f"决定调整{street}街道管控措施,通告如下:\n一、解除管控范围\n解除“{street}街道丽泽社区”的管控区域。\n"
            f"二、调整后{street}街道“三区”范围\n封控区:{street}街道{estate}苑3幢。\n三、管控措施\n1.封控区实行足不出户。")
    assert levels_of(text)["sealed"] == [f"{street}街道{estate}苑3幢"]


# --- a level's area redrawn from the former one ----------------------------------------------------------

_REDRAWN = ("关于对金华街办的封控区、管控区进行调整的补充通告:\n一、封控区\n"
            "封控区由原划定的“金华街办翠峰小区二期5栋1单元”,调整为“金华街办翠峰小区二期5栋、6栋”。封控区内实行足不出户管理。\n"
            "二、管控区\n管控区由原划定的。“金华街办翠峰小区二期4栋、5栋2单元”,调整为“金华街办翠峰小区二期4栋”管控区内实行"
            "“人不出区”管理。\n特此通告。")


@pytest.mark.parametrize("text", _variants(_REDRAWN))
def test_level_area_redrawn_from_the_former(text: str) -> None:
    assert levels_of(text) == {"sealed": ["金华街办翠峰小区二期5栋、6栋"], "controlled": ["金华街办翠峰小区二期4栋"]}


def test_level_redrawn_to_another_level_is_left_alone() -> None:
    # (near-miss: a level after the verb is a change of level, no area drawn)
    text = "封控区由原划定的“金华街办翠峰小区5栋”,调整为“管控区”。"
    assert "sealed" not in levels_of(text)


@settings(max_examples=20, deadline=None)
@given(name, st.integers(1, 30), st.integers(31, 60))
def test_any_level_area_redrawn_from_the_former(estate: str, old: int, new: int) -> None:
    assume(no_real_city(estate))
    text = (f"一、封控区\n封控区由原划定的“{estate}小区{old}栋”,调整为“{estate}小区{new}栋”。"
            "封控区内实行足不出户管理。\n特此通告。")
    assert levels_of(text) == {"sealed": [f"{estate}小区{new}栋"]}


# --- the rest of a street lifted, villages excepted bare ---------------------------------------------------

_BARE_EXCEPT = ("市疫情防控指挥部研究决定:\n自2022年8月20日0时起,将甲乙市星峰街道全域由中风险区调整为低风险区。"
                "除丽泽村、翠锦村、康宁村3个区域外,星峰街道其他区域解除静默管理状态。\n"
                "实行静默管理的区域继续执行“足不出区”要求。")


@pytest.mark.parametrize("text", [*_variants(_BARE_EXCEPT), _BARE_EXCEPT.replace("3个区域外", "以外")])
def test_villages_excepted_from_a_lift_stay_silent(text: str) -> None:
    found = _sorted(levels_of(text))
    assert found["silent"] == ["丽泽村", "康宁村", "翠锦村"]
    assert found["lifted"] == ["星峰街道其他区域"]


def test_excepted_village_from_a_lift_of_sealing_stays_sealed() -> None:
    text = "经研判决定:\n除丽泽村、翠锦村外,星峰镇其余区域解除封控。"
    found = levels_of(text)
    assert sorted(found.get("sealed", [])) == ["丽泽村", "翠锦村"]


@pytest.mark.parametrize("text", [
    "经研判决定:\n除高风险区外,星峰街道其他区域解除静默管理状态。",
    "经研判决定:\n除上述区域外,星峰街道其他区域解除静默管理状态。",
    "经研判决定:\n除密接人员外,星峰街道其他区域解除静默管理状态。",
])
def test_exceptions_that_name_no_kept_place_are_left_alone(text: str) -> None:
    assert "silent" not in levels_of(text)


@settings(max_examples=20, deadline=None)
@given(name, name, name)
def test_any_villages_excepted_from_a_lift(street: str, first: str, second: str) -> None:
    assume(len({street, first, second}) == 3 and no_real_city(street, first, second))
    text = f"经研判决定:\n除{first}村、{second}村2个区域外,{street}街道其他区域解除静默管理状态。"
    found = _sorted(levels_of(text))
    assert found["silent"] == sorted([f"{first}村", f"{second}村"])
    assert found["lifted"] == [f"{street}街道其他区域"]


# --- two zones lifted, each with its places in brackets ------------------------------------------------------

_LABELLED = ("有关事项通告如下:\n二、自2022年4月2日0时起,解除封控区(星峰街道丽泽小区、春晓街道康宁超市)和管控区"
             "(北到翠锦街、西到长风路、南到胜利街、东到鑫汇河的区域)封控管控措施。\n三、请广大市民做好防护。")


@pytest.mark.parametrize("text", _variants(_LABELLED))
def test_two_zones_lifted_with_their_places_in_brackets(text: str) -> None:
    assert _sorted(levels_of(text)) == {"lifted": ["北到翠锦街、西到长风路、南到胜利街、东到鑫汇河的区域",
                                                   "星峰街道丽泽小区", "春晓街道康宁超市"]}


def test_zones_with_counts_in_brackets_are_left_alone() -> None:
    # (near-miss: the brackets count the zones, no place)
    text = "有关事项通告如下:\n二、解除金华区封控区(3个)和管控区(5个)封控管控措施。"
    assert all("个)" not in p for places in levels_of(text).values() for p in places)


def test_two_zones_lifted_to_a_level_keep_the_level() -> None:
    # (near-miss: "…措施,改为按防范区管理" sends both zones' places to a level)
    text = ("有关事项通告如下:\n一、解除封控区(星峰街道丽泽小区)和管控区(北到翠锦街、东到鑫汇河的区域)的封控管控措施,"
            "改为按防范区管理,有序恢复生产生活秩序。")
    assert sorted(levels_of(text)) == ["precaution"]


@settings(max_examples=20, deadline=None)
@given(name, name, st.sampled_from(["和", "及", "、"]))
def test_any_two_zones_lifted_with_their_places_in_brackets(first: str, second: str, joint: str) -> None:
    assume(first != second and no_real_city(first, second))
    text = f"有关事项通告如下:\n一、解除封控区({first}小区){joint}管控区({second}小区)封控管控措施。"
    assert sorted(levels_of(text)["lifted"]) == sorted([f"{first}小区", f"{second}小区"])


# --- a bounded temporary control kept, its label closing the lead ---------------------------------------------

_KEPT = ("2022年5月5日起北京朝阳区临时管控区域及措施\n自2022年5月5日起继续实施7天临时管控,维持不变的临时管控区域:\n"
         "星峰路以东,翠锦路、康宁街及长风路以南,鑫汇路以西,胜利路以北的合围区域(丽泽医院部分区域除外),涉及星峰、翠锦等2个街道和地区。\n"
         "期间将根据核酸检测情况动态调整临时管控区区域及时间。\n对于维持不变的临时管控区域:\n"
         "临时管控区内居民严格落实核酸检测等防控措施。")
_KEPT_PLACE = "星峰路以东,翠锦路、康宁街及长风路以南,鑫汇路以西,胜利路以北的合围区域(丽泽医院部分区域除外)"


@pytest.mark.parametrize("text", _variants(_KEPT))
def test_kept_bounded_temporary_control(text: str) -> None:
    assert by_level(text) == {("controlled", "朝阳区"): [_KEPT_PLACE]}


def test_measures_heading_of_the_kept_zone_is_no_label() -> None:
    # (near-miss: "对于维持不变的临时管控区域:" heads measures, no area)
    text = "对于维持不变的临时管控区域:\n临时管控区内居民严格落实核酸检测等防控措施。"
    assert levels_of(text) == {}


@settings(max_examples=20, deadline=None)
@given(name, name, st.integers(2, 9))
def test_any_kept_bounded_temporary_control(east: str, north: str, n: int) -> None:
    assume(east != north and no_real_city(east, north))
    text = (f"自2022年5月5日起继续实施7天临时管控,维持不变的临时管控区域:\n{east}路以东,{north}路以北的合围区域,"
            f"涉及{east}、{north}等{n}个街道。\n期间将动态调整。")
    assert levels_of(text) == {"controlled": [f"{east}路以东,{north}路以北的合围区域"]}
