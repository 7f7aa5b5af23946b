"""Forms of 广州 花都's autumn-2022 notices, each in variants written here (invented places): a village's lanes
numbered in words and listed with 、, the area's word on the last lane ("A村B庄三巷、四巷、五巷区域", one place, as
"A村3巷、4巷" is); a bare lane with its house number in words after such a lane ("A村一队一巷区域、七巷八号区域") and
bare house numbers after a range of lanes ("A村一社二巷至四巷、12-14号"), parts of the place before them; a numbered
item holding two places each closed by 。 ("(一)A街B村一巷、二巷区域。C村三巷区域。" then "(二)…"), the list going on
after its second place; and an area bounded by sides that say how far they reach ("A路以东至150米处围墙、B路以北至
290米围墙区域(高风险区除外)", one area)."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    in_traditional,
    invented_names,
    levels_of,
    no_real_city,
)

_FULL_DIGITS = str.maketrans("0123456789-", "０１２３４５６７８９－")
_LANE_NUMBERS = "一二三四五六七八九"


def _full(text: str) -> str:
    return text.translate(HALF_TO_FULL).translate(_FULL_DIGITS)


def _adjusted(items: str) -> str:
    return ("青河区新型冠状病毒肺炎疫情防控指挥部关于调整风险区域的通告\n(第21号)\n"
            "根据疫情处置工作进展和疾控专家建议,自2022年10月28日24时起,对涉疫风险区域作以下调整:\n"
            f"一、由高风险区调整为中风险区\n{items}\n以上区域落实“足不出栋、错峰取物”管控措施。\n")


def _added(items: str, medium: str = "(一)金峰街泰和路8号区域。") -> str:
    return ("青河区新型冠状病毒肺炎疫情防控指挥部\n关于划定风险区域的通告\n(第89号)\n"
            "根据当前我区疫情防控工作需要,经专家组研判,自2022年10月22日起,对涉疫风险区域作以下调整:\n"
            f"一、新增高风险区\n{items}\n以上区域落实“足不出户、上门服务”措施。\n二、新增中风险区\n{medium}\n")


# --- 1. a village's lanes numbered in words, listed with 、, the area's word on the last lane

def test_lanes_in_words_under_a_street_heading_are_one_place() -> None:
    text = _adjusted("(一)金峰街\n翠竹村禄丰庄三巷、四巷、五巷区域。\n(二)银湾镇\n泰和大街24号区域。")
    assert levels_of(text) == {"medium": ["金峰街翠竹村禄丰庄三巷、四巷、五巷区域", "银湾镇泰和大街24号区域"]}


def test_lanes_in_words_in_traditional_characters() -> None:
    text = in_traditional(_adjusted("(一)金峰街\n翠竹村禄丰庄一巷、二巷区域。\n(二)银湾镇\n泰和大街6号区域。"))
    assert levels_of(text) == {"medium": ["金峰街翠竹村禄丰庄一巷、二巷区域", "银湾镇泰和大街6号区域"]}


def test_lanes_in_words_full_width_and_lanes_without_the_area_word() -> None:
    text = _full(_adjusted("(一)金峰街\n1.翠竹村东庄六巷、七巷。\n2.锦绣村西庄八巷、九巷、十巷区域。"))
    assert levels_of(text) == {"medium": ["金峰街翠竹村东庄六巷、七巷", "金峰街锦绣村西庄八巷、九巷、十巷区域"]}


def test_near_misses_a_lane_then_a_place_of_its_own_or_another_roads_lane() -> None:
    # (a lane in words, then an estate whose name starts with a number's word, or a lane of another road: two places)
    text = _adjusted("(一)金峰街\n1.翠竹村三巷、四季花园。\n2.泰和路五巷、锦绣路六巷。\n3.星河村七巷、八巷区域。")
    assert levels_of(text) == {"medium": ["金峰街翠竹村三巷", "金峰街四季花园", "金峰街泰和路五巷",
                                          "金峰街锦绣路六巷", "金峰街星河村七巷、八巷区域"]}


@settings(max_examples=40, deadline=None)
@given(street=invented_names(PLAIN_SYLLABLES), village=invented_names(PLAIN_SYLLABLES),
       hamlet=invented_names(PLAIN_SYLLABLES), first=st.integers(0, 5), count=st.integers(2, 4),
       area=st.booleans())
def test_any_lanes_in_words_are_one_place(street: str, village: str, hamlet: str, first: int, count: int,
                                          area: bool) -> None:
    assume(no_real_city(street, village, hamlet))
    lanes = "、".join(f"{_LANE_NUMBERS[k]}巷" for k in range(first, first + count)) + ("区域" if area else "")
    text = _adjusted(f"(一){street}街\n1.{village}村{hamlet}庄{lanes}。\n2.{village}村泰和大街24号区域。")
    assert levels_of(text) == {"medium": [f"{street}街{village}村{hamlet}庄{lanes}",
                                          f"{street}街{village}村泰和大街24号区域"]}


# --- 2. bare lanes with house numbers in words, and bare house numbers after a range of lanes

def test_a_lane_with_its_house_number_in_words_after_a_lanes_area() -> None:
    text = _adjusted("(一)金峰街\n1.翠竹村一队一巷区域、七巷八号区域。\n2.锦绣村五队二巷区域。")
    assert levels_of(text) == {"medium": ["金峰街翠竹村一队一巷区域、七巷八号区域", "金峰街锦绣村五队二巷区域"]}


def test_house_numbers_after_a_range_of_lanes_in_traditional_characters() -> None:
    text = in_traditional(_adjusted("(一)金峰街\n1.泰和大道石岭村一社二巷至四巷、12-14号。\n2.锦绣路3号。"))
    assert levels_of(text) == {"medium": ["金峰街泰和大道石岭村一社二巷至四巷、12-14号", "金峰街锦绣路3号"]}


def test_house_numbers_after_a_lane_full_width() -> None:
    text = _full(_adjusted("(一)金峰街\n1.石岭村一社三巷、5-9号。\n2.翠竹村二队四巷区域、六巷十号区域。"))
    assert levels_of(text) == {"medium": ["金峰街石岭村一社三巷、5-9号", "金峰街翠竹村二队四巷区域、六巷十号区域"]}


def test_near_miss_a_named_place_after_a_lane_is_its_own() -> None:
    # (a named estate or a road's address after the lanes starts a place of its own)
    text = _adjusted("(一)金峰街\n1.石岭村一社二巷至四巷、锦绣花园、泰和路12号、七巷八号区域。")
    assert levels_of(text) == {"medium": ["金峰街石岭村一社二巷至四巷", "金峰街锦绣花园",
                                          "金峰街泰和路12号、七巷八号区域"]}


@settings(max_examples=40, deadline=None)
@given(street=invented_names(PLAIN_SYLLABLES), village=invented_names(PLAIN_SYLLABLES),
       lane=st.sampled_from(list(_LANE_NUMBERS)), other=st.sampled_from(list(_LANE_NUMBERS)),
       house=st.sampled_from(list(_LANE_NUMBERS)), low=st.integers(1, 20), span=st.integers(1, 9))
def test_any_bare_lanes_and_numbers_go_with_the_lane_before(street: str, village: str, lane: str, other: str,
                                                              house: str, low: int, span: int) -> None:
    assume(no_real_city(street, village))
    first = f"{village}村一队{lane}巷区域、{other}巷{house}号区域"
    second = f"{village}村二社{lane}巷至{other}巷、{low}-{low + span}号"
    text = _adjusted(f"(一){street}街\n1.{first}。\n2.{second}。")
    assert levels_of(text) == {"medium": [f"{street}街{first}", f"{street}街{second}"]}


# --- 3. a numbered item holding two places each closed by 。

def test_an_items_second_place_after_its_full_stop_and_the_items_after_it() -> None:
    text = _added("(一)金峰街翠竹村田心庄大街一巷、二巷、三巷区域。翠竹村禄丰庄三巷、四巷区域。\n"
                  "(二)锦绣街泰和路30号区域。\n(三)银湾镇星河大街24号区域。")
    assert levels_of(text) == {"high": ["金峰街翠竹村田心庄大街一巷、二巷、三巷区域", "翠竹村禄丰庄三巷、四巷区域",
                                        "锦绣街泰和路30号区域", "银湾镇星河大街24号区域"],
                               "medium": ["金峰街泰和路8号区域"]}


def test_an_items_second_place_in_traditional_characters() -> None:
    text = in_traditional(_added("(一)金峰街翠竹村东庄一巷、三巷区域。锦绣村西庄二巷区域。\n"
                                 "(二)锦绣街泰和路30号区域。"))
    assert levels_of(text) == {"high": ["金峰街翠竹村东庄一巷、三巷区域", "锦绣村西庄二巷区域", "锦绣街泰和路30号区域"],
                               "medium": ["金峰街泰和路8号区域"]}


def test_an_items_second_place_full_width_with_english_lines() -> None:
    text = _full(_added("(一)金峰街翠竹村东庄1巷、2巷区域。锦绣村西庄2号区域。\n"
                        "1. Jinfeng Subdistrict No. 1 East Zhuang, Cuizhu Village.\n"
                        "(二)锦绣街泰和路30号区域。\n2. Jinxiu Subdistrict No. 30 Taihe Road"))
    assert levels_of(text) == {"high": ["金峰街翠竹村东庄1巷、2巷区域", "锦绣村西庄2号区域", "锦绣街泰和路30号区域"],
                               "medium": ["金峰街泰和路8号区域"]}


def test_near_misses_a_rule_or_a_label_between_the_items_is_no_place() -> None:
    # (an unnumbered rule between two items is no place; items not numbered next do not carry the line on)
    text = _added("(一)金峰街翠竹村东庄一巷、二巷区域。请居民做好个人防护。\n(二)锦绣街泰和路30号区域。")
    assert "请居民做好个人防护" not in "".join(levels_of(text)["high"])
    text = _added("(一)金峰街翠竹村东庄一巷、二巷区域。锦绣村西庄二巷区域。\n(二)锦绣街泰和路30号区域。",
                  medium="(一)金峰街泰和路8号区域、星河路9号区域。管控要求:\n(二)落实“足不出区”。")
    levels = levels_of(text)
    assert levels["high"] == ["金峰街翠竹村东庄一巷、二巷区域", "锦绣村西庄二巷区域", "锦绣街泰和路30号区域"]
    assert "管控要求" not in "".join(levels["medium"])


@settings(max_examples=40, deadline=None)
@given(street=invented_names(PLAIN_SYLLABLES), village=invented_names(PLAIN_SYLLABLES),
       other=invented_names(PLAIN_SYLLABLES), road=invented_names(PLAIN_SYLLABLES), number=st.integers(1, 99))
def test_any_items_second_place_goes_on_with_the_list(street: str, village: str, other: str, road: str,
                                                      number: int) -> None:
    assume(no_real_city(street, village, other, road) and village != other)
    text = _added(f"(一){street}街{village}村东庄一巷、二巷区域。{other}村西庄三巷区域。\n"
                  f"(二){street}街{road}路{number}号区域。")
    assert levels_of(text)["high"] == [f"{street}街{village}村东庄一巷、二巷区域", f"{other}村西庄三巷区域",
                                       f"{street}街{road}路{number}号区域"]


# --- 4. sides that say how far they reach

def test_sides_reaching_to_a_wall_are_one_area() -> None:
    text = _added("(一)金峰街泰和路30号区域。",
                  medium="(一)锦绣街泰和路以东至150米处围墙、星河路以北至290米围墙区域(高风险区除外)。")
    assert levels_of(text)["medium"] == ["锦绣街泰和路以东至150米处围墙、星河路以北至290米围墙区域(高风险区除外)"]


def test_sides_reaching_to_a_wall_in_traditional_characters() -> None:
    text = in_traditional(_added("(一)金峰街泰和路30号区域。",
                                 medium="(一)锦绣街泰和路以西至80米处围墙、星河路以南至120米围墙区域。"))
    assert levels_of(text)["medium"] == ["锦绣街泰和路以西至80米处围墙、星河路以南至120米围墙区域"]


def test_sides_reaching_to_a_wall_full_width() -> None:
    text = _full(_added("(一)金峰街泰和路30号区域。",
                        medium="(一)锦绣街泰和路以东至200米处围墙、星河路以北至100米处围墙、翠竹路以西区域(高风险区除外)。"))
    assert levels_of(text)["medium"] == [
        "锦绣街泰和路以东至200米处围墙、星河路以北至100米处围墙、翠竹路以西区域(高风险区除外)"]


def test_near_miss_a_reach_then_a_place_of_its_own() -> None:
    # (a side that reaches somewhere, then a named estate with no side of its own: the area's reach, then a place)
    text = _added("(一)金峰街泰和路30号区域。",
                  medium="(一)锦绣街泰和路以东至150米处围墙、星河路以北至290米围墙区域、翠竹花园。")
    assert levels_of(text)["medium"] == ["锦绣街泰和路以东至150米处围墙、星河路以北至290米围墙区域", "翠竹花园"]


@settings(max_examples=40, deadline=None)
@given(street=invented_names(PLAIN_SYLLABLES), first=invented_names(PLAIN_SYLLABLES),
       second=invented_names(PLAIN_SYLLABLES), sides=st.sampled_from(["东北", "西南", "东南", "西北"]),
       near=st.integers(10, 500), far=st.integers(10, 500), at=st.booleans())
def test_any_sides_reaching_somewhere_are_one_area(street: str, first: str, second: str, sides: str, near: int,
                                                   far: int, at: bool) -> None:
    assume(no_real_city(street, first, second) and first != second)
    area = (f"{street}街{first}路以{sides[0]}至{near}米{'处' if at else ''}围墙、"
            f"{second}路以{sides[1]}至{far}米围墙区域(高风险区除外)")
    assert levels_of(_added("(一)金峰街泰和路30号区域。", medium=f"(一){area}。"))["medium"] == [area]
