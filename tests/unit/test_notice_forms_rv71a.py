"""Review rv71a of t70a/t70b's rules on ordinary wording: a 。 read as 、 only inside a list of places ("将A路、B路
临时封闭。C小区为中风险区" keeps its full stop); a heading's counts of kinds where one kind holds the others
("(1个街道、2个小区)") state no total to split a place by; places listed before an area bounded by sides ("A小区,
B花园,C村东至D路,西至E河合围区") stay places; a second street unnumbered over its own "(一)" items heads them, no wrap
of the item above. Each form plain, in traditional characters, with full-width
punctuation, a near miss where the rule still fires, and a property over invented names."""

from __future__ import annotations

from hypothesis import given, settings

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)

_HEAD = "关于调整部分区域风险等级的通告\n\n"
_SIGNED = "\n\n临江县新冠肺炎疫情防控指挥部\n2022年11月5日\n"


def _notice(body: str) -> str:
    return _HEAD + body + _SIGNED


# --- a full stop after a sentence of measures is no 、 of a designation's list --------------------------------

def test_roads_closed_before_a_designation_are_no_places() -> None:
    text = _notice("将金华路、春晓路临时封闭。桃源小区、丽泽花园为中风险区。")
    assert by_level(text) == {("medium", "临江县"): ["桃源小区", "丽泽花园"]}


def test_measures_before_a_designation_keep_its_place() -> None:
    text = _notice("将核酸检测、健康监测工作落实到位。桃源小区为高风险区。")
    assert by_level(text) == {("high", "临江县"): ["桃源小区"]}


def test_homes_of_cases_before_a_designation_are_no_places() -> None:
    text = _notice("新增病例分别居住在桃源小区、丽泽花园。翠湖苑为高风险区。")
    assert by_level(text) == {("high", "临江县"): ["翠湖苑"]}


def test_measures_before_a_designation_in_traditional_characters() -> None:
    text = in_traditional(_notice("将金华路、春晓路临时封闭。桃源小区、丽泽花园为中风险区。"))
    assert levels_of(text) == {"medium": ["桃源小区", "丽泽花园"]}


def test_measures_before_a_designation_with_full_width_punctuation() -> None:
    text = _notice("把核酸检测、健康监测落实到位。桃源小区、丽泽花园为中风险区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["桃源小区", "丽泽花园"]}


def test_stray_full_stop_inside_a_list_of_places_still_joins() -> None:
    text = _notice("新增划定桃源小区、金龙村三组。丽泽花园、翠湖苑为封控区。")
    assert by_level(text) == {("sealed", "临江县"): ["桃源小区", "金龙村三组", "丽泽花园", "翠湖苑"]}


@settings(max_examples=20, deadline=None)
@given(name, name, name, name)
def test_any_roads_closed_before_a_designation(a: str, b: str, c: str, d: str) -> None:
    text = _notice(f"将{a}路、{b}路临时封闭。{c}小区、{d}花园为中风险区。")
    assert levels_of(text) == {"medium": [f"{c}小区", f"{d}花园"]}


# --- counts of kinds one holding the others ------------------------------------------------------------------

def _lift(note: str, line: str) -> str:
    return _notice(f"二、解除封控区({note})\n{line}\n")


def test_nested_counts_of_kinds_split_no_building_run() -> None:
    text = _lift("1个街道、2个小区", "金华街道桃源小区1号楼、2号楼,丽泽花园")
    assert by_level(text) == {("lifted", "临江县"): ["金华街道桃源小区1号楼、2号楼", "丽泽花园"]}


def test_nested_counts_of_kinds_in_traditional_characters() -> None:
    text = in_traditional(_lift("1个街道、2个小区", "金华街道桃源小区1号楼、2号楼,丽泽花园"))
    assert levels_of(text) == {"lifted": ["金华街道桃源小区1号楼、2号楼", "丽泽花园"]}


def test_nested_counts_of_kinds_with_full_width_punctuation() -> None:
    text = _lift("1个街道、2个小区", "金华街道桃源小区1号楼、2号楼,丽泽花园").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["金华街道桃源小区1号楼、2号楼", "丽泽花园"]}


def test_counts_of_peer_kinds_still_sum() -> None:
    text = _lift("1个村、2个小区", "金龙村、桃源小区、丽泽花园")
    assert by_level(text) == {("lifted", "临江县"): ["金龙村", "桃源小区", "丽泽花园"]}


@settings(max_examples=20, deadline=None)
@given(name, name, name)
def test_any_nested_counts_of_kinds(street: str, a: str, b: str) -> None:
    text = _lift("1个街道、2个小区", f"{street}街道{a}小区1号楼、2号楼,{b}花园")
    assert levels_of(text) == {"lifted": [f"{street}街道{a}小区1号楼、2号楼", f"{b}花园"]}


# --- places listed before an area bounded by sides -----------------------------------------------------------

def _bounded(body: str) -> str:
    return _notice(body + "划为中风险区。")


_BEFORE_BOUNDS = "桃源小区,丽泽花园,金龙村东至春晓路,西至丽泽河,南至翠湖路合围区"


def test_places_before_bounds_by_sides_stay_places() -> None:
    assert by_level(_bounded(_BEFORE_BOUNDS)) == {
        ("medium", "临江县"): ["桃源小区", "丽泽花园", "金龙村东至春晓路,西至丽泽河,南至翠湖路合围区"]}


def test_places_before_bounds_by_sides_in_traditional_characters() -> None:
    assert levels_of(in_traditional(_bounded(_BEFORE_BOUNDS)))["medium"][:2] == ["桃源小区", "丽泽花园"]


def test_places_before_bounds_by_sides_with_full_width_punctuation() -> None:
    assert levels_of(_bounded(_BEFORE_BOUNDS).translate(HALF_TO_FULL))["medium"][:2] == ["桃源小区", "丽泽花园"]


def test_bounds_by_sides_alone_still_one_place() -> None:
    text = _bounded("将金龙村桃源商店东至春晓路,西、北至丽泽河,南至翠湖路合围区")
    assert levels_of(text) == {"medium": ["金龙村桃源商店东至春晓路,西、北至丽泽河,南至翠湖路合围区"]}


@settings(max_examples=20, deadline=None)
@given(name, name, name, name, name)
def test_any_places_before_bounds_by_sides(a: str, b: str, village: str, east: str, west: str) -> None:
    text = _bounded(f"{a}小区,{b}花园,{village}村东至{east}路,西至{west}河合围区")
    assert levels_of(text) == {"medium": [f"{a}小区", f"{b}花园", f"{village}村东至{east}路,西至{west}河合围区"]}


# --- a second street unnumbered over its own numbered items --------------------------------------------------

def _streets(first: str, second: str) -> str:
    return _notice(f"一、高风险区\n{first}\n(一)桃源小区\n(二)丽泽花园\n{second}\n(一)翠湖苑\n(二)金龙大厦\n")


def test_second_street_heads_its_own_items() -> None:
    assert by_level(_streets("解放街", "新华街")) == {
        ("high", "临江县"): ["解放街桃源小区", "解放街丽泽花园", "新华街翠湖苑", "新华街金龙大厦"]}


def test_second_street_in_traditional_characters() -> None:
    assert levels_of(in_traditional(_streets("解放街", "新华街"))) == {
        "high": ["解放街桃源小区", "解放街丽泽花园", "新华街翠湖苑", "新华街金龙大厦"]}


def test_second_street_with_full_width_punctuation() -> None:
    assert levels_of(_streets("解放街", "新华街").translate(HALF_TO_FULL)) == {
        "high": ["解放街桃源小区", "解放街丽泽花园", "新华街翠湖苑", "新华街金龙大厦"]}


def test_a_line_not_over_a_first_item_still_wraps() -> None:
    text = _notice("一、高风险区\n1.桃源大厦\n2.丽泽花园\n3.翠湖\n苑\n")
    assert levels_of(text) == {"high": ["桃源大厦", "丽泽花园", "翠湖苑"]}


@settings(max_examples=20, deadline=None)
@given(name, name)
def test_any_second_street(first: str, second: str) -> None:
    text = _streets(f"{first}街", f"{second}街")
    assert levels_of(text) == {"high": [f"{first}街桃源小区", f"{first}街丽泽花园", f"{second}街翠湖苑",
                                        f"{second}街金龙大厦"]}
