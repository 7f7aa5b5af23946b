"""Forms of notices that head a lift with counts of kinds of place in brackets and no colon ("二、解除高风险区(1个村、
3个村部分区域)" over numbered lines: the lines lifted, the total the counts' sum), break one designation's list with
a stray 。 ("新增划定A、B。C、D为封控区": one list, every place sealed), and name a county town's rest after the
county ("将甲县城其他区域划定为低风险区": 县城's rest, a place "城其他区域" under the county).
Each form in variants written here (invented places and districts, traditional characters, full-width punctuation),
a near-miss that must not fire, and properties over generated names."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    by_level,
    in_traditional,
    invented_names,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- a lift heading with counts of kinds in brackets, no colon ------------------------------------------

def _lift_notice(county: str, heading: str, lines: list[str]) -> str:
    items = "\n\n".join(f"{i}.{line}" for i, line in enumerate(lines, 1))
    return (f"关于调整{county}新冠肺炎风险区域的通告\n\n一、新增高风险区(1个村):\n\n春晓镇西峰村三组\n\n"
            f"对高风险区实行封控管理。\n\n{heading}\n\n{items}\n\n{county}除高风险区外的其他区域为低风险区。\n")


LIFTED = ["金华街道龙泉村", "金华街道丽泽社区翠锦村二组以外的区域", "长风镇胜利村一组、三组以外的区域"]


def test_lift_heading_with_counted_kinds_lifts_its_numbered_lines() -> None:
    result = parse_notice(_lift_notice("福瑞县", "二、解除高风险区(1个村、2个村部分区域)", LIFTED), default_year=2022)
    rows = {(c["level_to"] or "lifted", c["district"]): c["places"] for c in result["changes"]}
    assert rows == {("high", "福瑞县"): ["春晓镇西峰村三组"], ("lifted", "福瑞县"): LIFTED}
    assert not result["warnings"]  # the stated total, 1 + 2, agrees with the three lines


def test_lift_heading_with_counted_kinds_in_traditional_characters() -> None:
    text = in_traditional(_lift_notice("福瑞县", "二、解除高风险区(1个村、2个村部分区域)", LIFTED))
    assert by_level(text)[("lifted", "福瑞县")] == LIFTED


def test_lift_heading_with_counted_kinds_full_width() -> None:
    text = _lift_notice("福瑞县", "二、解除高风险区(2个小区和1个村)",
                        ["兴盛街道春晓小区", "兴盛街道金龙小区", "长风镇胜利村"]).translate(HALF_TO_FULL)
    assert by_level(text)[("lifted", "福瑞县")] == ["兴盛街道春晓小区", "兴盛街道金龙小区", "长风镇胜利村"]


def test_heading_with_a_place_in_brackets_is_no_counted_lift() -> None:
    # (near miss: the bracket names a place, not counts of kinds; the line is no heading of a lift)
    text = _lift_notice("福瑞县", "二、解除高风险区(金华村部分区域)", LIFTED)
    assert ("lifted", "福瑞县") not in by_level(text)


@settings(max_examples=25, deadline=None)
@given(first=name, second=name, whole=st.integers(1, 9), parts=st.integers(1, 9))
def test_any_counted_kinds_lift_heading(first: str, second: str, whole: int, parts: int) -> None:
    assume(first != second)
    lines = [f"金华街道{first}村", f"长风镇{second}村一组以外的区域"]
    text = _lift_notice("福瑞县", f"二、解除高风险区({whole}个村、{parts}个村部分区域)", lines)
    assert by_level(text)[("lifted", "福瑞县")] == lines


# --- a stray 。 inside one designation's list ------------------------------------------------------------

def _designation(first: list[str], second: list[str], stop: str = "。") -> str:
    return ("关于新增划定新冠肺炎风险区域的通告\n\n新增划定兴盛区春晓镇金龙小区5栋为中风险区。\n\n"
            f"新增划定兴盛区{'、'.join(first)}{stop}{'、'.join(second)}为封控区。\n")


SEALED_FIRST = ["春晓镇翠锦花园3栋", "春晓镇丽泽村前峰组", "长风镇胜利村中庄组"]
SEALED_SECOND = ["福瑞乡鑫汇小区2号楼1单元", "福瑞乡君悦苑8栋"]


def test_stray_stop_inside_a_designated_list_keeps_one_list() -> None:
    assert by_level(_designation(SEALED_FIRST, SEALED_SECOND)) == {
        ("medium", "兴盛区"): ["春晓镇金龙小区5栋"], ("sealed", "兴盛区"): SEALED_FIRST + SEALED_SECOND}


def test_stray_stop_inside_a_designated_list_in_traditional_characters() -> None:
    text = in_traditional(_designation(SEALED_FIRST, SEALED_SECOND))
    assert by_level(text)[("sealed", "兴盛区")] == SEALED_FIRST + SEALED_SECOND


def test_stray_stop_inside_a_designated_list_full_width() -> None:
    text = _designation(SEALED_FIRST, ["福瑞乡鑫汇小区2号楼1单元,以及福瑞乡君悦苑8栋"]).translate(HALF_TO_FULL)
    assert by_level(text)[("sealed", "兴盛区")] == SEALED_FIRST + SEALED_SECOND


def test_sentence_with_its_own_level_before_the_stop_is_not_joined() -> None:
    # (near miss: the first sentence has its level; the second's places are sealed alone)
    text = ("关于新增划定新冠肺炎风险区域的通告\n\n新增划定兴盛区春晓镇翠锦花园3栋、春晓镇丽泽村前峰组为中风险区。"
            "福瑞乡鑫汇小区2号楼、福瑞乡君悦苑8栋为封控区。\n")
    read = parse_notice(text, default_year=2022)["changes"]
    assert [(c["level_to"], c["places"]) for c in read] == [
        ("medium", ["春晓镇翠锦花园3栋", "春晓镇丽泽村前峰组"]), ("sealed", ["福瑞乡鑫汇小区2号楼", "福瑞乡君悦苑8栋"])]


@settings(max_examples=25, deadline=None)
@given(a=name, b=name, c=name, d=name)
def test_any_stray_stop_inside_a_designated_list(a: str, b: str, c: str, d: str) -> None:
    assume(len({a, b, c, d}) == 4)
    first, second = [f"春晓镇{a}小区3栋", f"春晓镇{b}村前峰组"], [f"福瑞乡{c}小区2号楼", f"福瑞乡{d}苑8栋"]
    assert by_level(_designation(first, second))[("sealed", "兴盛区")] == first + second


# --- a county town's rest after the county's name ----------------------------------------------------------

def _county_town(county: str, rest: str = "城其他区域") -> str:
    return (f"关于划定风险区的通告\n将{county}城区春晓路8号金龙楼、春晓路10号丽泽楼划定为高风险区,"
            f"实行“足不出户”管控措施。将{county}{rest}划定为低风险区,实行“个人防护、避免聚集”措施。\n")


def test_county_town_rest_after_the_county_is_a_place() -> None:
    assert by_level(_county_town("福瑞县")) == {("high", "福瑞县"): ["城区春晓路8号金龙楼", "春晓路10号丽泽楼"],
                                              ("low", "福瑞县"): ["城其他区域"]}


def test_county_town_rest_in_traditional_characters() -> None:
    assert by_level(in_traditional(_county_town("福瑞县")))[("low", "福瑞县")] == ["城其他区域"]


def test_county_town_rest_full_width() -> None:
    assert by_level(_county_town("福瑞县").translate(HALF_TO_FULL))[("low", "福瑞县")] == ["城其他区域"]


def test_county_rest_without_its_town_is_no_place() -> None:
    # (near miss: "福瑞县其他区域" is the county's own rest, a blanket)
    assert ("low", "福瑞县") not in by_level(_county_town("福瑞县", "其他区域"))


@settings(max_examples=25, deadline=None)
@given(county=name)
def test_any_county_town_rest(county: str) -> None:
    assume(county not in PREFECTURE_CITIES)  # ("金华县": a prefecture city's name with a kind, read otherwise)
    assert by_level(_county_town(f"{county}县"))[("low", f"{county}县")] == ["城其他区域"]


# --- a village's groups then 以外的区域, no 除 -------------------------------------------------------------

GROUPS_REST = "长风镇胜利村一组、三组以外的区域"


def test_village_groups_rest_without_exception_word_is_one_place() -> None:
    text = _lift_notice("福瑞县", "二、解除高风险区", ["金华街道龙泉村", GROUPS_REST])
    assert by_level(text)[("lifted", "福瑞县")] == ["金华街道龙泉村", GROUPS_REST]


def test_village_groups_rest_in_traditional_characters() -> None:
    lines = ["金华街道龙泉村", "长风镇胜利村2组、5组、8组以外的区域"]
    assert by_level(in_traditional(_lift_notice("福瑞县", "二、解除高风险区", lines)))[("lifted", "福瑞县")] == lines


def test_village_groups_rest_full_width() -> None:
    text = ("关于调整风险区域的通告\n一、解除高风险区:长风镇胜利村二组、八组以外的区域;金华街道龙泉村。\n"
            ).translate(HALF_TO_FULL)
    assert by_level(text)[("lifted", None)] == ["长风镇胜利村二组、八组以外的区域", "金华街道龙泉村"]


def test_group_then_another_village_is_not_joined() -> None:
    # (near miss: the place after the group is another village, no rest of the first)
    text = _lift_notice("福瑞县", "二、解除高风险区", ["长风镇胜利村一组、金华村以外的区域", "金华街道龙泉村"])
    assert "长风镇胜利村一组、金华村以外的区域" not in by_level(text)[("lifted", "福瑞县")]


@settings(max_examples=25, deadline=None)
@given(village=name, first=st.integers(1, 9), second=st.integers(1, 9))
def test_any_village_groups_rest(village: str, first: int, second: int) -> None:
    assume(first != second)
    place = f"长风镇{village}村{first}组、{second}组以外的区域"
    text = _lift_notice("福瑞县", "二、解除高风险区", ["金华街道龙泉村", place])
    assert by_level(text)[("lifted", "福瑞县")] == ["金华街道龙泉村", place]
