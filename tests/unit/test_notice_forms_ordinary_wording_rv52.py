"""Ordinary wording near the rules of the fifty-first set's fixes (rv52):

* a sentence broken after each 、 of its list, joined ("将A小区、\\nB小区等2个区域划定为…"): not a stray 、 ending a
  list before the notice's signature or its date ("…A小区、\\nB县疫情防控指挥部\\n2022年10月3日");
* a whole division closed ("全县实行封闭管理", "全县所有乡镇实行封闭管理"): not under a condition ("如疫情扩散,…",
  "必要时,…") nor the time since one ("全县实行封闭管理以来,…");
* places controlled since (对A镇、B镇实施临时管控以来) continued by reference ("将上述区域继续实施临时性管控"): not
  a continuation under a condition ("如疫情出现反弹,将上述区域继续实施临时管控");
* a level kept with its verb left out ("A街道(高风险区除外)继续低风险区管控"): not of people ("群众继续低风险区管控
  要求").
"""

from __future__ import annotations

import pytest

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, in_traditional, levels_of

_HEAD = "关于划定风险区的通告\n一、将翠湖小区划为高风险区。\n二、"


def _both(text: str) -> list[dict[str, list[str]]]:
    return [levels_of(text), levels_of(in_traditional(text).translate(HALF_TO_FULL))]


# ---------------------------------------------------------------------------------------------------
# lines broken after each 、 of a list


def test_a_list_broken_at_its_marks_still_joins() -> None:
    text = "将城关镇幸福小区、\n\n阳光花园等2个区域划定为中风险区。"
    assert _both(text) == [{"medium": ["城关镇幸福小区", "阳光花园"]}] * 2


@pytest.mark.parametrize("tail", ["平安县疫情防控指挥部\n2022年10月3日", "2022年10月3日",
                                  "平安县新冠肺炎疫情防控工作领导小组办公室\n2022年10月3日"])
def test_a_stray_mark_before_the_signature_glues_no_office_or_date(tail: str) -> None:
    text = "将以下区域划定为中风险区:城关镇幸福小区、阳光花园、\n" + tail
    for read in _both(text):
        assert read["medium"] == ["城关镇幸福小区", "阳光花园"]


# ---------------------------------------------------------------------------------------------------
# a whole division closed


def test_a_whole_division_closed_still_reads() -> None:
    assert _both("自3月17日14时起,全县实行封闭管理。") == [{"sealed": ["全县"]}] * 2


@pytest.mark.parametrize("line", ["如疫情扩散,全县实行封闭管理。", "必要时,全县所有乡镇实行封闭管理。",
                                  "一旦出现社区传播,全县实行封控管理。", "全县实行封闭管理以来,群众积极配合。"])
def test_a_hedged_closure_of_the_whole_is_no_designation(line: str) -> None:
    assert _both(_HEAD + line) == [{"high": ["翠湖小区"]}] * 2


# ---------------------------------------------------------------------------------------------------
# places controlled since, continued by reference


def test_places_controlled_since_still_continue_by_reference() -> None:
    text = "我县自10月5日起对城关镇、东关镇实施临时管控以来,疫情得到有效控制。决定将上述区域继续实施临时性管控。"
    assert _both(text) == [{"controlled": ["城关镇", "东关镇"]}] * 2


@pytest.mark.parametrize("hedge", ["如疫情出现反弹,", "必要时,", "若出现新增病例,"])
def test_a_hedged_continuation_by_reference_is_no_control(hedge: str) -> None:
    text = f"自10月5日对城关镇、东关镇实施临时管控以来,广大居民积极配合。{hedge}将上述区域继续实施临时管控。"
    assert _both(text) == [{}] * 2


# ---------------------------------------------------------------------------------------------------
# a level kept with its verb left out


def test_a_level_kept_without_its_verb_still_reads() -> None:
    assert _both("沙头街道(高风险区除外)继续低风险区管控。") == [{"low": ["沙头街道(高风险区除外)"]}] * 2


@pytest.mark.parametrize("line", ["其他区域继续低风险区管理,群众继续低风险区管控要求。", "居民继续低风险区管控。",
                                  "外来人员仍低风险区管理。"])
def test_people_keeping_a_levels_measures_are_no_place(line: str) -> None:
    assert _both(_HEAD + line) == [{"high": ["翠湖小区"]}] * 2
