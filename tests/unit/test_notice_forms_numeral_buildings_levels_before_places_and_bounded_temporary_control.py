"""Forms of notices that list an estate's buildings by Chinese numerals after 、 ("A嘉园一栋、二栋、七栋", one
place), write the level the places leave straight after 将 before them without brackets ("将高风险区A和B调整为低风险区",
a building and another address joined by 和 at the list's end: two places), and put an area given by its bounds
after 在 under temporary control ("在A路以西-B路以南范围内(含C)实行社会面临时管控": controlled). Each form in
variants written here (invented places, other districts, kinds of place, separators, traditional characters,
full-width punctuation), and properties over generated parts."""

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

name = invented_names(PLAIN_SYLLABLES, 2, 3)
NUMERALS = "一二三四五六七八九十"


# --- an estate's buildings by Chinese numerals after 、 ----------------------------------------------------

def test_numeral_buildings_of_an_estate_under_a_district_label() -> None:
    text = "龙岗区防范区:\n龙城街道春晓家园一栋、二栋、五栋。\n管理措施:\n● 实行“强化社会面管理,严格限制人员聚集”。"
    assert by_level(text) == {("precaution", "龙岗区"): ["龙城街道春晓家园一栋、二栋、五栋"]}


def test_numeral_blocks_of_a_compound_in_traditional_characters() -> None:
    text = in_traditional("南山区管控区:\n桃源街道锦绣花园三座、四座、八座。\n管理措施:\n● 实行“人不出区、严禁聚集”。")
    assert by_level(text) == {("controlled", "南山区"): ["桃源街道锦绣花园三座、四座、八座"]}


def test_numeral_buildings_with_full_width_punctuation() -> None:
    text = "封控区:\n1.金泽小区二幢、三幢、九幢;\n2.福瑞路12号。\n".translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["金泽小区二幢、三幢、九幢", "福瑞路12号"]}


@settings(max_examples=25, deadline=None)
@given(name, st.lists(st.sampled_from(NUMERALS), min_size=2, max_size=5, unique=True),
       st.sampled_from(["栋", "幢", "座", "号楼"]), st.sampled_from(["家园", "花园", "小区", "嘉园"]))
def test_any_run_of_numeral_buildings_is_one_place(estate: str, numbers: list[str], unit: str, kind: str) -> None:
    place = estate + kind + "、".join(n + unit for n in numbers)
    text = f"宝安区防范区:\n{place}。\n管理措施:\n● 严格限制人员聚集。"
    assert by_level(text) == {("precaution", "宝安区"): [place]}


# --- the level the places leave written after 将, before them --------------------------------------------

def test_former_level_before_a_building_and_another_address() -> None:
    text = ("关于调整金平区风险区域的通告\n即日起,将高风险区金龙路6号1座、2座和春晓横巷1号调整为低风险区,"
            "实行“个人防护,避免聚集”等管理措施。")
    assert levels_of(text) == {"low": ["金龙路6号1座、2座", "春晓横巷1号"]}


def test_former_medium_level_before_two_compounds_in_traditional_characters() -> None:
    text = in_traditional("即日起,将中风险区锦绣小区3栋和福瑞大街18号降为低风险区。")
    assert levels_of(text) == {"low": ["锦绣小区3栋", "福瑞大街18号"]}


def test_former_sealed_level_before_a_list_with_full_width_punctuation() -> None:
    text = "经研判,将封控区兴盛路2号3栋和康宁街8号调整为管控区,实行“人不出区”。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["兴盛路2号3栋", "康宁街8号"]}


@settings(max_examples=25, deadline=None)
@given(name, st.integers(1, 99), st.integers(1, 9), name, st.sampled_from(["路", "街", "巷", "大道"]),
       st.integers(1, 99), st.sampled_from([("高风险区", "低风险区", "low"), ("中风险区", "低风险区", "low"),
                                            ("封控区", "防范区", "precaution")]))
def test_any_building_then_address_after_a_former_level(road: str, number: int, block: int, other: str, kind: str,
                                                        house: int, levels: tuple[str, str, str]) -> None:
    first, second = f"{road}路{number}号{block}座", f"{other}{kind}{house}号"
    text = f"即日起,将{levels[0]}{first}和{second}调整为{levels[1]}。"
    assert levels_of(text) == {levels[2]: [first, second]}


# --- an area by its bounds after 在 under temporary control ---------------------------------------------

def test_bounded_area_after_zai_under_public_temporary_control() -> None:
    text = ("紧急通知\n自2022年11月21日零时起(结束时间另行通知),在金华路以西-龙春大道以南-长风路以东-"
            "胜利大道以北范围内(含星峰)实行社会面临时管控。\n管控范围内小区暂时实施闭环管理。")
    assert levels_of(text) == {"controlled": ["金华路以西-龙春大道以南-长风路以东-胜利大道以北范围内(含星峰)"]}


def test_bounded_area_after_zai_in_traditional_characters() -> None:
    text = in_traditional("緊急通知\n自11月3日12時起,在東風路以東、建設街以北區域內實行臨時管控。")
    assert levels_of(text) == {"controlled": ["东风路以东、建设街以北区域内"]}


def test_bounded_area_after_zai_with_full_width_punctuation() -> None:
    text = "通知\n即日起,在泰康路以南-福瑞街以西范围内实施社会面临时管控。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["泰康路以南-福瑞街以西范围内"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True), st.sampled_from(["路", "大道", "街"]),
       st.sampled_from(["实行", "实施"]), st.sampled_from(["社会面临时管控", "临时管控"]))
def test_any_bounded_area_after_zai(roads: list[str], kind: str, verb: str, measure: str) -> None:
    sides = ["以西", "以南", "以东", "以北"]
    area = "-".join(f"{road}{kind}{side}" for road, side in zip(roads, sides[:len(roads)], strict=True)) + "范围内"
    text = f"紧急通知\n自11月21日零时起,在{area}{verb}{measure}。"
    assert levels_of(text) == {"controlled": [area]}
