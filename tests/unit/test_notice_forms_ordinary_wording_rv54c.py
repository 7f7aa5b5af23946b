"""Reviewer rv54c: ordinary wording near the forms fixers f54e and f54g taught the parser, read as those forms.

- a rule for people or units inside a place (``_RULE_IN_PLACE``): a village "王各庄村", a road "须弥路", an
  emergency site "应急安置点" hold 各…应, 广大…须 and are places; the rule's people or units before its verb are not;
- a silence's lift right after 决定 (``_DECIDED_SILENT_LIFT``) under a condition still to come ("如疫情平稳,决定解除…",
  "待…后,决定解除…") is no lift the notice makes;
- a zone named without 区 over its counted line (``_REPEATED_DIVISION_LABEL``, ``_TOWN_AFTER_ZONE``): a shop's, a
  firm's or a person's name repeated before a word holding 街道, 镇 or 乡 ("万达广场步行街道口", "金龙集团镇东厂区",
  "张三家乡村超市") is no zone.
"""

from __future__ import annotations

import pytest

from tests.unit.test_notice_parser_real_forms import by_level, in_traditional

_OFFICE = "\n青禾县新冠肺炎疫情防控指挥部办公室\n2022年11月5日"
_TITLE = "关于调整部分区域风险等级的通告\n"


def _notice(body: str) -> str:
    return _TITLE + body + _OFFICE


def _changchun(body: str) -> str:
    return "长春市关于调整风险区的通告\n高风险区:\n" + body + "\n长春市疫情防控指挥部\n2022年11月5日"


# --- 1. a rule for people or units: only its people or units before its verb


@pytest.mark.parametrize(("body", "expected"), [
    ("将王各庄村应急安置点划为封控区。", {("sealed", "青禾县"): ["王各庄村应急安置点"]}),
    ("封控区:马各庄村要道口3号院、李各庄村", {("sealed", "青禾县"): ["马各庄村要道口3号院", "李各庄村"]}),
    ("将广大花园须弥路12号划为管控区。", {("controlled", "青禾县"): ["广大花园须弥路12号"]}),
])
def test_places_holding_the_words_of_a_rule_are_places(body: str, expected: dict) -> None:
    assert by_level(_notice(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("封控区:\nA街各小区须严格管理、幸福小区", {("sealed", "青禾县"): ["幸福小区"]}),
    ("封控区:\n幸福小区\n村民不得离开院子", {("sealed", "青禾县"): ["幸福小区"]}),
    ("将以下区域划为封控区:\n一、棠下镇\n所有村组均须设卡。\n1.幸福村", {("sealed", "青禾县"): ["棠下镇幸福村"]}),
])
def test_rules_for_people_or_units_are_still_left_out(body: str, expected: dict) -> None:
    assert by_level(_notice(body)) == expected


# --- 2. a silence's lift after 决定 under a condition still to come


@pytest.mark.parametrize("body", [
    "如疫情平稳,决定解除城关镇静默管理。",
    "待疫情稳定后,决定解除城关镇静默管理,具体时间另行通知。",
    "若无新增病例,现决定解除城关镇静默管理。",
    "一旦疫情平稳,现决定解除城关镇静默管理。",
])
def test_a_decided_lift_under_a_condition_is_no_lift(body: str) -> None:
    assert by_level(_notice(body)) == {}
    assert by_level(in_traditional(_notice(body))) == {}


@pytest.mark.parametrize("body", [
    "经研判,现决定解除城关镇静默管理。",
    "经研究决定解除城关镇静默管理。",
    "鉴于城关镇连续7天无新增,现决定解除城关镇静默管理。",
])
def test_a_decided_lift_is_still_read(body: str) -> None:
    assert by_level(_notice(body)) == {("lifted", "青禾县"): ["城关镇"]}
    assert by_level(in_traditional(_notice(body))) == {("lifted", "青禾县"): ["城关镇"]}


# --- 3. a zone named without 区: no shop's, firm's or person's name


@pytest.mark.parametrize(("body", "name"), [
    ("万达(1个):万达广场步行街道口3号", "万达"),
    ("金龙(2个):金龙集团镇东厂区、B小区", "金龙"),
    ("张三(1个):张三家乡村超市", "张三"),
    ("南关区(2个):A花园17栋万达(1个):万达广场步行街道口3号", "万达"),
])
def test_a_shop_or_person_over_its_place_is_no_zone(body: str, name: str) -> None:
    assert all(district != name for _level, district in by_level(_changchun(body)))


@pytest.mark.parametrize(("body", "expected"), [
    ("莲花山(1个):莲花山泉眼镇A小区1栋", {("high", "莲花山"): ["泉眼镇A小区1栋"]}),
    ("净月(1个):净月新湖镇A村", {("high", "净月"): ["新湖镇A村"]}),
    ("九台区(1个):九台区其塔木镇A村\n莲花山(1个):莲花山四家乡B村",
     {("high", "九台区"): ["其塔木镇A村"], ("high", "莲花山"): ["四家乡B村"]}),
    ("南关区(1个):南关区永吉街道A花园17栋汽开区(1个):汽开区49街区19栋",
     {("high", "南关区"): ["永吉街道A花园17栋"], ("high", "汽开区"): ["49街区19栋"]}),
])
def test_a_zone_named_without_qu_is_still_read(body: str, expected: dict) -> None:
    assert by_level(_changchun(body)) == expected
