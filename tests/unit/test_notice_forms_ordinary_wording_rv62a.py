"""Review rv62a: the rules of 0e305c7b and f0b3d64e tried on ordinary wording near their triggers. Each misfire
found is pinned here with the reading it must give, and each rule's own form is pinned as still read:

* a headline's one village ("河北石家庄一村调整为高风险地区") only after a known city or division: "红旗一村"
  and "A镇红旗一村" are villages' names ending in 旗;
* a heading of the zones standing after a lift ("调整后A街道“三区”范围") only where it names zones and no lift:
  "调整后解除管控的区域范围", "调整后的解封名单" head the areas lifted;
* a level's area redrawn from the former ("封控区由原划定的“A”,调整为“B”") only when the new area names a place:
  "管控区由之前的“每日一检”调整为“两日一检”" changes a measure;
* villages excepted from the lift of a town's rest keep the lifted measure only when the sentence gives them no
  change of their own ("…解除封控,A村调整为管控区"), each excepted place its own ("除A村和B社区外");
* two zones lifted with their places in brackets only when the brackets hold places: not a time, a day, a pointer
  or a kind of place ("封控区(7天)", "(已满14天)", "(见附件1)", "(即A小区)", "(楼栋)")."""

from __future__ import annotations

import pytest

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, by_level, in_traditional, levels_of

# --- a headline's one village ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("将红旗一村调整为高风险区。", {"high": ["红旗一村"]}),
    (in_traditional("将红旗一村调整为高风险区。"), {"high": ["红旗一村"]}),
    ("将翠峰镇红旗一村调整为中风险区。", {"medium": ["翠峰镇红旗一村"]}),
])
def test_a_village_named_with_a_flag_is_a_place(text: str, expected: dict[str, list[str]]) -> None:
    assert levels_of(text) == expected


def test_a_headline_one_village_is_still_a_count() -> None:
    text = ("河北石家庄一村调整为高风险地区\n据河北省卫健委消息,自2021年1月5日起,将石家庄市藁城区翠峰镇锦秀村调整为"
            "高风险地区。\n")
    assert by_level(text) == {("high", "藁城区"): ["翠峰镇锦秀村"]}


# --- zones standing after a lift ----------------------------------------------------------------------------------

_LIFTING = ("关于解除部分区域管控措施的通告\n经研判,决定对以下区域予以解除,具体如下:\n{heading}\n"
            "封控区:星峰街道春晓苑3幢。\n")


@pytest.mark.parametrize("heading", ["二、调整后解除管控的区域范围", "一、调整后的解封名单", "一、调整后解除名单"])
def test_a_heading_of_areas_lifted_after_the_adjustment_keeps_them_lifted(heading: str) -> None:
    assert levels_of(_LIFTING.format(heading=heading)) == {"lifted": ["星峰街道春晓苑3幢"]}


def test_a_heading_of_areas_lifted_with_full_width_punctuation() -> None:
    text = _LIFTING.format(heading="二、调整后解除管控的区域范围").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["星峰街道春晓苑3幢"]}


@pytest.mark.parametrize("heading", ["二、调整后星峰街道“三区”范围", "二、调整后三区名单"])
def test_a_heading_of_zones_standing_after_a_lift_still_restates_them(heading: str) -> None:
    text = ("决定调整星峰街道“三区”管控措施,通告如下:\n一、解除管控范围\n解除“星峰街道丽泽社区”的管控区域。\n"
            f"{heading}\n封控区:星峰街道春晓苑3幢。\n三、管控措施\n1.封控区实行足不出户。")
    assert levels_of(text)["sealed"] == ["星峰街道春晓苑3幢"]


# --- a level's area redrawn from the former --------------------------------------------------------------------


@pytest.mark.parametrize("text", ["管控区由之前的“每日一检”调整为“两日一检”。",
                                  in_traditional("管控区由之前的“每日一检”调整为“两日一检”。"),
                                  "封控区由前期公布的“足不出户”,调整为“错峰取物”。"])
def test_a_measure_redrawn_from_the_former_is_no_place(text: str) -> None:
    assert levels_of(text) == {}


def test_a_level_area_redrawn_from_the_former_is_still_read() -> None:
    text = "一、封控区\n封控区由原划定的“翠峰小区5栋”,调整为“翠峰小区5栋、6栋”。封控区内实行足不出户管理。\n特此通告。"
    assert levels_of(text) == {"sealed": ["翠峰小区5栋、6栋"]}


# --- villages excepted from the lift of a town's rest ------------------------------------------------------------


@pytest.mark.parametrize("text", ["经研判决定:\n除翠峰村外,星峰镇其他区域解除封控,翠峰村调整为管控区。",
                                  "经研判决定:\n除翠峰村外,星峰镇其他区域解除封控,翠峰村调整为管控区。"
                                  .translate(HALF_TO_FULL)])
def test_an_excepted_village_given_its_own_change_keeps_only_that(text: str) -> None:
    found = levels_of(text)
    assert "sealed" not in found and found["controlled"] == ["翠峰村"]


def test_excepted_places_joined_by_he_are_two() -> None:
    found = levels_of("经研判决定:\n除翠峰村和锦秀社区外,星峰镇其他区域解除静默管理状态。")
    assert found == {"silent": ["翠峰村", "锦秀社区"], "lifted": ["星峰镇其他区域"]}


def test_villages_excepted_from_a_lift_still_stay_silent() -> None:
    found = levels_of("经研判决定:\n除丽泽村、翠锦村2个区域外,星峰街道其他区域解除静默管理状态。")
    assert found == {"silent": ["丽泽村", "翠锦村"], "lifted": ["星峰街道其他区域"]}


# --- two zones lifted with their places in brackets ----------------------------------------------------------------

_ZONES_LIFTED = "有关事项通告如下:\n二、解除封控区({a})和管控区({b})封控管控措施。"


@pytest.mark.parametrize(("a", "b"), [("7天", "3天"), ("已满14天", "已满7天"), ("七天", "三天"), ("楼栋", "小区"),
                                      ("见附件1", "见附件2"), ("即翠峰小区", "即锦秀小区"),
                                      ("2022年4月1日划定", "2022年4月1日划定")])
def test_zones_with_no_places_in_their_brackets_lift_none(a: str, b: str) -> None:
    assert levels_of(_ZONES_LIFTED.format(a=a, b=b)) == {}


def test_zones_with_a_time_in_their_brackets_in_traditional_characters() -> None:
    assert levels_of(in_traditional(_ZONES_LIFTED.format(a="已满14天", b="已满7天"))) == {}


def test_zones_with_places_in_their_brackets_are_still_lifted() -> None:
    text = _ZONES_LIFTED.format(a="星峰街道丽泽小区、春晓街道康宁超市", b="北到翠锦街、东到鑫汇河的区域")
    assert sorted(levels_of(text)["lifted"]) == sorted(["星峰街道丽泽小区", "春晓街道康宁超市",
                                                        "北到翠锦街、东到鑫汇河的区域"])
