"""Ordinary wording near the rules of the forty-fourth set (rv45), read as before them:

* a named town's every compound closed ("青村镇所有居民小区(村组)、企事业单位…封闭管理"): not every town's or the
  rest's ("其余各镇所有小区"), nor a town's businesses or units alone ("A镇所有商铺、门店", "A镇所有单位",
  "A镇所有工地"), closures of premises, no sealed area;
* a line of measures under a heading that is only a level ("二、管控区" over "A路以北…合围区域,实行…"): not when the
  line's subject is the level's own area, its people, its time or a word for all ("区域内", "所有人员", "期间",
  "全体居民", "该区域");
* a timed new level and its places after a space ("11月24日起,新增高风险区域 A…"): not when the words after the space
  go on with a sentence ("共3个,分别为…", "分别是…", "以下区域:A", "其中…", "涉及…", "由…负责");
* a report's change of level as the subject before its places ("高风险区调整为中风险区的是A"): not when what follows
  is no place ("为期7天", "有序推进", "是因为…", "是指…", "有望…", "为依法依规之举", "的有3个,分别是…",
  "的是经过…的区域");
* a village, 和, then a natural village ("A村和尚坡自然村"): one place only where 和 starts a name as it does (和尚,
  和平, 和家…); "A村和张家湾自然村" names two.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, in_traditional, levels_of

# ---------------------------------------------------------------------------------------------------
# a named town's every compound closed

_CLOSE_HEAD = "关于划定风险区的通告\n一、将翠湖小区划为高风险区。\n二、"


def test_a_named_towns_every_compound_closed_still_reads() -> None:
    text = "关于划定风险区的通告\n青村镇所有居民小区(村组)、企事业单位于3月24日17时起实施封闭管理。"
    assert levels_of(text) == {"sealed": ["青村镇所有居民小区(村组)、企事业单位"]}
    assert levels_of(_CLOSE_HEAD + "红星村的全部楼栋实行封闭管理。") == {"high": ["翠湖小区"],
                                                                   "sealed": ["红星村的全部楼栋"]}


@pytest.mark.parametrize("line", ["其余各镇所有小区实行封闭管理。", "青村镇所有商铺、门店实行封闭管理。",
                                  "城关镇所有单位实行封闭管理,人员居家办公。", "青村镇所有工地实施封闭管理。",
                                  "红星社区所有企业实施封闭管理。",
                                  "东风街道所有机关单位实行封闭式管理,严格门岗管理。"])
def test_every_towns_or_a_towns_businesses_closed_name_no_sealed_area(line: str) -> None:
    assert levels_of(_CLOSE_HEAD + line) == {"high": ["翠湖小区"]}


# ---------------------------------------------------------------------------------------------------
# measures under a heading that is only a level

_HEADED = "关于划定风险区的通告\n一、高风险区\n翠湖小区。\n二、管控区\n{line}实行“足不出区、错峰取物”管理措施。"


def test_a_bounded_area_under_a_level_heading_still_reads() -> None:
    text = ("关于划定风险区的通告\n一、高风险区\n星光路以北、龙凤路以南合围区域,实行“足不出户、上门服务”管理措施。\n"
            "二、管控区\n金华路以北、石桥路以南合围区域,实行“足不出区、错峰取物”管理措施。")
    assert levels_of(text) == {"high": ["星光路以北、龙凤路以南合围区域"],
                               "controlled": ["金华路以北、石桥路以南合围区域"]}


@pytest.mark.parametrize("line", ["区域内", "区域内居民", "所有人员", "期间", "全体居民"])
def test_the_levels_own_area_people_or_time_under_its_heading_is_no_place(line: str) -> None:
    assert levels_of(_HEADED.format(line=line)) == {"high": ["翠湖小区"]}
    assert levels_of(in_traditional(_HEADED.format(line=line)).translate(HALF_TO_FULL)) == {"high": ["翠湖小区"]}


def test_the_area_pointed_at_under_a_precaution_heading_is_no_place() -> None:
    text = "关于划定风险区的通告\n一、高风险区\n翠湖小区。\n二、防范区\n该区域实行“个人防护、避免聚集”管理措施。"
    assert levels_of(text) == {"high": ["翠湖小区"]}


# ---------------------------------------------------------------------------------------------------
# a timed new level, a space, then words that go on with a sentence


def test_a_timed_new_level_and_its_places_after_a_space_still_reads() -> None:
    text = ("根据疫情防控需要,新增高风险区域如下:\n一、11月24日起,新增高风险区域 金华镇星光路428号以东、"
            "金华镇星光路410号以西、翠湖检测点以北合围区域。\n以上区域实行“足不出户,上门服务”等管控措施。")
    assert levels_of(text) == {"high": ["金华镇星光路428号以东、金华镇星光路410号以西、翠湖检测点以北合围区域"]}


@pytest.mark.parametrize("rest", ["共3个,分别为翠湖小区、星光小区、龙凤小区。", "涉及金华街道石桥社区。",
                                  "分别是翠湖小区、星光小区。", "其中翠湖小区1栋。", "由金华街道负责管控。",
                                  "共计2个。\n翠湖小区、星光小区。"])
def test_a_timed_new_level_before_a_sentence_that_goes_on_names_nothing_new(rest: str) -> None:
    text = "关于调整风险区的通告\n一、11月24日起,新增高风险区 " + rest
    assert levels_of(text) == {}


def test_a_timed_new_level_before_its_pointer_keeps_the_places_after_the_colon() -> None:
    text = "关于调整风险区的通告\n一、11月24日起,新增高风险区 以下区域:翠湖小区。"
    assert levels_of(text) == {"high": ["翠湖小区"]}


# ---------------------------------------------------------------------------------------------------
# a report's change of level as the subject, then no place

_REPORT = "关于调整风险区的通告\n将翠湖小区划为高风险区。{line}"


def test_a_reports_change_subject_with_its_places_still_reads() -> None:
    text = ("某市应急指挥部发布公告。\n其中,高风险区调整为中风险区的是青山区“龙泉”小区。\n"
            "中风险区调整为低风险区的为青山区桃源村、青山区金光村。")
    assert levels_of(text) == {"medium": ["龙泉小区"], "low": ["桃源村", "金光村"]}


@pytest.mark.parametrize("line", ["高风险区调整为中风险区为期7天。",
                                  "中风险区调整为低风险区有序推进,星光小区继续管控。",
                                  "中风险区降为低风险区是因为连续14天无新增。",
                                  "高风险区调整为中风险区是指连续7天无新增。",
                                  "中风险区转为低风险区有望在本周实现。", "高风险区降为中风险区为依法依规之举。",
                                  "中风险区调整为低风险区的是经过连续14天无新增病例的区域。"])
def test_a_change_of_level_before_a_clause_names_no_place(line: str) -> None:
    assert levels_of(_REPORT.format(line=line)) == {"high": ["翠湖小区"]}


def test_a_count_of_changed_areas_is_no_place() -> None:
    text = "关于调整风险区的通告\n经研判,高风险区调整为中风险区的有3个,分别是翠湖小区、星光小区、龙凤小区。"
    assert "3个" not in [p for ps in levels_of(text).values() for p in ps]
    assert not any(p.startswith("分别") for ps in levels_of(text).values() for p in ps)


@settings(max_examples=20, deadline=None)
@given(clause=st.sampled_from(["为期7天", "有序推进", "是因为疫情平稳", "是指连续7天无新增", "有望本周实现",
                               "为依法依规之举", "的是经过评估的区域"]),
       change=st.sampled_from(["高风险区调整为中风险区", "中风险区降为低风险区", "中风险区转为低风险区"]))
def test_any_change_of_level_before_a_clause_names_no_place(clause: str, change: str) -> None:
    assert levels_of(_REPORT.format(line=change + clause + "。")) == {"high": ["翠湖小区"]}


# ---------------------------------------------------------------------------------------------------
# a village, 和, then a natural village


def test_a_villages_natural_village_starting_with_he_still_reads() -> None:
    text = "关于调整划定风险区的通告\n调整划定高风险区,具体如下:\n1.金华街道春晓村和尚坡自然村\n2.金华街道翠竹社区58号"
    assert levels_of(text) == {"high": ["金华街道春晓村和尚坡自然村", "金华街道翠竹社区58号"]}


@pytest.mark.parametrize("part", ["张家湾自然村", "李家庄自然村", "石桥自然村"])
def test_a_village_and_another_natural_village_are_two(part: str) -> None:
    text = f"关于调整划定风险区的通告\n调整划定高风险区,具体如下:\n1.金华街道春晓村和{part}\n2.金华街道翠竹社区58号"
    assert levels_of(text) == {"high": ["金华街道春晓村", part, "金华街道翠竹社区58号"]}


# ---------------------------------------------------------------------------------------------------
# a numbered item's lift with no 对: its subject a place


def test_a_numbered_items_bounded_lift_still_reads() -> None:
    text = "关于调整风险区的通告\n一、星光河以东,龙凤路以北,石桥大道以西,金华一线以南等管控区解除临时性管控措施。"
    assert levels_of(text) == {"lifted": ["星光河以东,龙凤路以北,石桥大道以西,金华一线以南"]}
    text = "关于调整风险区的通告\n一、将翠湖小区划为高风险区。\n二、星光小区、龙凤小区管控区解除临时性管控措施。"
    assert levels_of(text) == {"high": ["翠湖小区"], "lifted": ["星光小区", "龙凤小区"]}


@pytest.mark.parametrize("subject", ["剩余", "涉疫", "各街道"])
def test_a_numbered_items_lift_of_no_place_names_nothing(subject: str) -> None:
    text = f"关于调整风险区的通告\n一、将翠湖小区划为高风险区。\n二、{subject}管控区解除管控措施,恢复正常生产生活秩序。"
    assert levels_of(text) == {"high": ["翠湖小区"]}
