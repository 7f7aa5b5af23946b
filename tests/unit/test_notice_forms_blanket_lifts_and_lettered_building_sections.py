"""Forms of notices that close a list of lifted places with a blanket of the district ("本次调整后,辖区内高风险区
已全部解除": none of the level left, no place) and write a building's lettered section after its number in a run of
one compound's buildings ("A社区二组6栋、13栋B区": one place). Each form in variants written here (invented places,
other districts, traditional characters, full-width punctuation), a property over generated names, and near-misses."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- "本次调整后,辖区内高风险区已全部解除" after a list of lifted places ----------------------------------

def _lift_list(district: str, places: list[str], closing: str) -> str:
    lines = "\n\n".join(places)
    return (f"{district}关于解除高风险区的通告\n\n经综合研判,决定自2022年12月9日零时解除以下高风险区:\n\n{lines}\n\n"
            f"{closing}请广大市民朋友继续做好日常防护,科学佩戴口罩。\n\n{district}新冠肺炎疫情防控工作指挥部\n\n2022年12月8日")


def test_blanket_after_lifted_list_is_no_place() -> None:
    text = _lift_list("益阳市赫山区", ["龙光桥街道新竹社区金峰小区3栋1单元", "泉交河镇白马村上湾组"],
                      "本次调整后,辖区内高风险区已全部解除。")
    assert levels_of(text) == {"lifted": ["龙光桥街道新竹社区金峰小区3栋1单元", "泉交河镇白马村上湾组"]}


def test_blanket_after_lifted_list_other_wording() -> None:
    text = _lift_list("衡阳市蒸湘区", ["联合街道华新社区锦绣家园2栋", "雨母山镇长风村"],
                      "此次调整后,全区中风险区均已解除。")
    assert levels_of(text) == {"lifted": ["联合街道华新社区锦绣家园2栋", "雨母山镇长风村"]}


def test_blanket_after_lifted_list_traditional_full_width() -> None:
    text = in_traditional(_lift_list("株洲市荷塘区", ["月塘街道泰康社区春晓苑5栋", "仙庾镇兴盛村"],
                                     "本次调整后,辖区内高风险区已全部解除。")).translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["月塘街道泰康社区春晓苑5栋", "仙庾镇兴盛村"]}


@settings(max_examples=25, deadline=None)
@given(a=name, b=name)
def test_blanket_after_lifted_list_property(a: str, b: str) -> None:
    places = [f"{a}街道{b}社区{a}花园6栋", f"{b}镇{a}村"]
    assert levels_of(_lift_list("娄底市娄星区", places, "本次调整后,辖区内高风险区已全部解除。")) == {"lifted": places}


def test_near_miss_a_place_whose_level_is_lifted_stays_a_place() -> None:
    # a place written with its level and 全部解除 is no blanket: the place before the level is kept
    from fangkong.areas.notice_parsing.places import _is_boilerplate
    assert not _is_boilerplate("金峰小区高风险区已全部解除")
    assert _is_boilerplate("本次调整后,辖区内高风险区已全部解除。")


# --- "A社区二组6栋、13栋B区": a building's lettered section in a run of one compound's buildings ---------------

def _high_list(city: str, district: str, items: list[str]) -> str:
    body = "\n".join(f"{i}.{district}{item};" for i, item in enumerate(items, 1))
    return (f"{city}应对新冠肺炎疫情工作领导小组办公室公告\n二、风险区划定\n"
            f"调整后,全市高风险区为{len(items)}个,具体为:\n{body}\n{city}应对新冠肺炎疫情工作领导小组办公室\n2022年12月7日")


def test_lettered_section_after_building_number() -> None:
    text = _high_list("日喀则市", "桑珠孜区", ["城北街道金华社区二组6栋、13栋B区", "城南街道阳光社区锦绣苑"])
    assert levels_of(text) == {"high": ["城北街道金华社区二组6栋、13栋B区", "城南街道阳光社区锦绣苑"]}


def test_lettered_section_traditional_full_width() -> None:
    text = in_traditional(_high_list("拉萨市", "城关区", ["八廓街道冲赛康社区二组4栋、9栋C区", "吉崩岗街道丽泽苑"])
                          ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["八廓街道冲赛康社区二组4栋、9栋C区", "吉崩岗街道丽泽苑"]}


def test_lettered_section_in_a_sentence() -> None:
    text = "关于划定高风险区的通告\n将城关区金珠西路星秀小区2栋、11栋A区划定为高风险区。"
    assert levels_of(text) == {"high": ["金珠西路星秀小区2栋、11栋A区"]}


@settings(max_examples=25, deadline=None)
@given(a=name, b=name, n=st.integers(1, 40), m=st.integers(1, 40), letter=st.sampled_from("ABCD"))
def test_lettered_section_property(a: str, b: str, n: int, m: int, letter: str) -> None:
    item = f"{a}街道{b}社区一组{n}栋、{m}栋{letter}区"
    assert levels_of(_high_list("日喀则市", "桑珠孜区", [item, f"{b}街道{a}苑"])) == {"high": [item, f"{b}街道{a}苑"]}


def test_near_miss_a_place_after_a_building_is_its_own() -> None:
    # a lettered area with its own name after 、 is a place of its own, not a section of the building before it
    text = "关于划定高风险区的通告\n将城关区星秀小区2栋、11栋A区、金峰花园B区划定为高风险区。"
    assert levels_of(text) == {"high": ["星秀小区2栋、11栋A区", "金峰花园B区"]}
