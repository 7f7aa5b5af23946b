"""Forms of the fifty-second held-out set: a part placed between a compound's numbered buildings after "、以及"
("A东里3号、5号、8号楼、以及3号与5号之间的平房"), more of the same item; a label over a list naming two kinds of
division that share one rest ("下列街道、镇除中、高风险区之外的其他地区:"), no place; a village section's rows named
by their numbers alone ("A村二区22排、21排"), one place; and sections before one shared exception ("A村一区、二区其他
排楼宇(除封控区外)"), one place. Notices here are written for the tests, their names invented (the districts real,
as the parser knows them)."""

from __future__ import annotations

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
FULL_DIGITS = str.maketrans({str(d): chr(0xFF10 + d) for d in range(10)})


def _written(text: str, variant: str) -> str:
    if variant == "traditional":
        return in_traditional(text)
    if variant == "full":
        return text.translate(HALF_TO_FULL).translate(FULL_DIGITS)
    return text


def _invented(compound: str) -> bool:
    return not compound.startswith(PROVINCES) and not any(compound.startswith(c) for c in PREFECTURE_CITIES)


# --- a part between numbered buildings after 、以及 ---------------------------------------------------------------

_BETWEEN = ("截至6月28日18时,经研判,丰台区以下区域调整防控措施。\n封控区转管控区管理已满4天,解除管控:\n"
            "1、星峰街道春晓东里3号、5号、8号楼、以及3号与5号之间的平房;\n2、星峰街道翠苑2号楼。\n"
            "解控后,落实以下防控措施。")


def test_a_part_between_numbered_buildings_is_more_of_the_same_item() -> None:
    for variant in ("plain", "traditional", "full"):
        assert levels_of(_written(_BETWEEN, variant)) == {
            "lifted": ["星峰街道春晓东里3号、5号、8号楼、以及3号与5号之间的平房", "星峰街道翠苑2号楼"]}, variant


def test_between_in_other_words_and_near_misses() -> None:
    text = ("丰台区以下区域解除管控:\n1、福瑞街道君悦西里2号楼、4号楼、以及2号楼与4号楼之间的车棚;\n"
            "2、福瑞街道龙华1号楼。")
    assert by_level(text) == {("lifted", "丰台区"): ["福瑞街道君悦西里2号楼、4号楼、以及2号楼与4号楼之间的车棚",
                                                    "福瑞街道龙华1号楼"]}
    text = "丰台区以下区域解除管控:\n1、福瑞街道君悦北里6栋、7栋、以及6栋和7栋之间的平房区;\n2、福瑞街道龙华1号楼。"
    assert by_level(text) == {("lifted", "丰台区"): ["福瑞街道君悦北里6栋、7栋、以及6栋和7栋之间的平房区",
                                                    "福瑞街道龙华1号楼"]}
    _a_place_of_its_own_after_buildings_is_still_a_place()


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["东里", "西里", "家园", "小区"]), st.sampled_from(["plain", "traditional", "full"]))
def test_any_compound_with_a_part_between_its_buildings(stem: str, kind: str, variant: str) -> None:
    assume(_invented(stem))
    text = _BETWEEN.replace("春晓东里", stem + kind)
    assert levels_of(_written(text, variant)) == {
        "lifted": [f"星峰街道{stem}{kind}3号、5号、8号楼、以及3号与5号之间的平房", "星峰街道翠苑2号楼"]}


def _a_place_of_its_own_after_buildings_is_still_a_place() -> None:
    # (以及 before a named place, or before a place between roads, not buildings: two items)
    text = "丰台区以下区域解除管控:\n1、福瑞街道君悦西里2号楼、4号楼、以及春晓小区;\n2、福瑞街道龙华1号楼。"
    assert by_level(text) == {("lifted", "丰台区"): ["福瑞街道君悦西里2号楼、4号楼", "春晓小区",
                                                    "福瑞街道龙华1号楼"]}
    text = "丰台区以下区域解除管控:\n1、福瑞街道君悦西里2号楼、4号楼;\n2、星峰路与翠苑路之间的平房。"
    assert by_level(text) == {("lifted", "丰台区"): ["福瑞街道君悦西里2号楼、4号楼", "星峰路与翠苑路之间的平房"]}


# --- a label naming kinds of division that share one rest ------------------------------------------------------

_KINDS_REST = ("一、疫情中风险区(1个)\n丰台区星峰街道春晓路3号\n二、疫情低风险区(2个)\n"
               "下列街道、镇除中、高风险区之外的其他地区:\n丰台区星峰街道\n丰台区福瑞镇")
_KINDS_READ = {("medium", "丰台区"): ["星峰街道春晓路3号"], ("low", "丰台区"): ["星峰街道", "福瑞镇"]}


def test_a_label_of_kinds_sharing_a_rest_names_no_place() -> None:
    for variant in ("plain", "traditional", "full"):
        assert by_level(_written(_KINDS_REST, variant)) == _KINDS_READ, variant


def test_kinds_sharing_a_rest_in_other_words_and_named_towns() -> None:
    for label in ("以下乡镇、街道除中、高风险区以外的其他区域:", "下列街道、乡除中、高风险区之外的其他地区:",
                  "以下街道、镇(除中、高风险区外)其他区域:"):
        assert by_level(_KINDS_REST.replace("下列街道、镇除中、高风险区之外的其他地区:", label)) == _KINDS_READ, label
    _named_towns_sharing_a_rest_stay_one_place()


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from(["plain", "traditional", "full"]))
def test_any_streets_under_a_label_of_kinds(first: str, second: str, variant: str) -> None:
    assume(_invented(first) and _invented(second) and first != second)
    text = _KINDS_REST.replace("星峰街道\n", f"{first}街道\n").replace("福瑞镇", f"{second}镇")
    assert by_level(_written(text, variant)) == {("medium", "丰台区"): ["星峰街道春晓路3号"],
                                                 ("low", "丰台区"): [f"{first}街道", f"{second}镇"]}


def _named_towns_sharing_a_rest_stay_one_place() -> None:
    text = "一、疫情低风险区(1个)\n丰台区星峰街道、福瑞镇除中、高风险区之外的其他地区"
    assert by_level(text) == {("low", "丰台区"): ["星峰街道、福瑞镇除中、高风险区之外的其他地区"]}


# --- a village's rows by their numbers; sections before one exception ------------------------------------------

_ROWS = ("丰台区共判定密接36人。同时,科学划定封(管)控区域,福瑞乡光明村二区22排、21排划为封控区,实行区域封闭、"
         "足不出户;光明村一区、二区其他排楼宇(除封控区外)划定为管控区,实行人不出楼。")
_ROWS_READ = {"sealed": ["福瑞乡光明村二区22排、21排"], "controlled": ["光明村一区、二区其他排楼宇(除封控区外)"]}


def test_rows_by_their_numbers_and_sections_before_one_exception_are_one_place_each() -> None:
    for variant in ("plain", "traditional", "full"):
        assert levels_of(_written(_ROWS, variant)) == _ROWS_READ, variant


def test_rows_and_sections_in_other_words_and_near_misses() -> None:
    text = ("丰台区共判定密接5人。同时,科学划定封(管)控区域,福瑞乡光明村三区5排、6排、7排划为封控区;"
            "光明村三区、四区其余楼栋(除封控区外)划定为管控区。")
    assert levels_of(text) == {"sealed": ["福瑞乡光明村三区5排、6排、7排"],
                               "controlled": ["光明村三区、四区其余楼栋(除封控区外)"]}
    _rows_of_houses_and_a_named_place_are_not_joined()


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["plain", "traditional", "full"]))
def test_any_villages_rows_and_sections(village: str, variant: str) -> None:
    assume(_invented(village))
    text = _ROWS.replace("光明村", village + "村")
    assert levels_of(_written(text, variant)) == {"sealed": [f"福瑞乡{village}村二区22排、21排"],
                                                  "controlled": [f"{village}村一区、二区其他排楼宇(除封控区外)"]}


def _rows_of_houses_and_a_named_place_are_not_joined() -> None:
    # (a row with its house numbers keeps its numbers; a section before a named place is no shared run)
    assert levels_of("将福瑞乡光明村3区1排1-3号、2排2号划为封控区。") == {"sealed": ["福瑞乡光明村3区1排1-3号、2排2号"]}
    assert levels_of("将福瑞乡光明村一区、星峰小区划为管控区。") == {"controlled": ["福瑞乡光明村一区", "星峰小区"]}
