"""Ordinary wording near new rules that misread it: a line-end lift pointer ("…解除以下临时管控区") over a line of
rules, not places ("区域内商超、市场有序开放", "自即日起,相关区域解除管控措施"); a level named then 即 and a
description, no place ("封控区域,即出现阳性病例的楼栋继续封控"); a "高风险领域:" heading over fields of work, not a
reworded count of new areas; a street, town or village whose part is marked off by bounds after 具体范围为 (the whole
street is not the area); a hospital's or a school's side building and its other building, or a compound's own
office (物业办公楼, 小区综合楼) joined by 和, one site. Notices here are invented."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import by_level, in_traditional, invented_names, no_real_city

# --- "…起解除以下临时管控区" over a line of rules ---------------------------------------------------------------

_LIFT = "开平市疫情防控指挥部办公室通告\n鉴于我市疫情平稳,经研判,决定从11月11日8时起解除以下临时管控区\n{}"


@pytest.mark.parametrize("line", ["区域内商超、市场有序开放,居民凭码出入。", "自即日起,相关区域解除管控措施。",
                                  "自即日起，相关区域解除管控措施。"])
def test_a_line_end_lift_pointer_over_rules_lifts_no_place(line: str) -> None:
    assert by_level(_LIFT.format(line)) == {}


def test_a_line_end_lift_pointer_over_rules_in_traditional_characters() -> None:
    assert by_level(in_traditional(_LIFT.format("区域内商超、市场有序开放,居民凭码出入。"))) == {}


def test_a_line_end_lift_pointer_still_lifts_its_places() -> None:
    assert by_level(_LIFT.format("水口镇龙田村。\n上述区域人员凭核酸阴性证明出入。")) == {
        ("lifted", "开平市"): ["水口镇龙田村"]}
    assert by_level(_LIFT.format("长沙街道幸福小区东至幸福路,南至长沙河,西至市场,北至中学。")) == {
        ("lifted", "开平市"): ["长沙街道幸福小区东至幸福路,南至长沙河,西至市场,北至中学"]}


# --- "封控区域,即出现阳性病例的楼栋继续封控" ------------------------------------------------------------------

def _that_is(body: str) -> str:
    return f"历城区关于调整风险区域的通告\n经专家综合研判,决定自4月5日0时起,{body}\n历城区指挥部办公室\n2022年4月4日"


@pytest.mark.parametrize("body", ["封控区域,即出现阳性病例的楼栋继续封控。",
                                  "对封控区域,即发现阳性感染者的楼栋予以解除。",
                                  "对管控区域,即密接人员居住的单元予以解除。"])
def test_a_level_then_that_is_and_a_description_is_no_place(body: str) -> None:
    assert by_level(_that_is(body)) == {}


def test_a_level_then_that_is_and_a_description_in_traditional_characters() -> None:
    assert by_level(in_traditional(_that_is("封控区域，即出现阳性病例的楼栋继续封控。"))) == {}


def test_a_level_then_that_is_and_places_still_read() -> None:
    text = _that_is("对封控区域,即华山街道青柳小区予以解除;管控区域,即杏花苑继续管控。")
    assert by_level(text) == {("lifted", "历城区"): ["华山街道青柳小区"], ("controlled", "历城区"): ["杏花苑"]}


# --- "高风险领域:" over fields of work ----------------------------------------------------------------------------

@pytest.mark.parametrize("heading", ["一、高风险领域:", "加强以下高风险领域:", "重点人群和高风险领域:",
                                     "一、中风险领域：", "二、低风险领域:"])
def test_a_field_heading_over_fields_of_work_is_no_level(heading: str) -> None:
    text = f"乌审旗疫情防控指挥部通告\n{heading}\n医疗机构、集中隔离场所、冷链物流、进口货物仓储。"
    assert by_level(text) == {}
    assert by_level(in_traditional(text)) == {}


def test_a_counted_new_field_heading_is_still_the_level() -> None:
    text = ("乌审旗疫情防控指挥部通告\n决定新增高风险区。\n一、新增2个高风险领域:\n"
            "1.嘎鲁图镇青柳社区\n2.嘎鲁图镇杏花小区")
    assert by_level(text) == {("high", "乌审旗"): ["嘎鲁图镇青柳社区", "嘎鲁图镇杏花小区"]}


# --- "管控区:A街道,具体范围为:…以东,…以北" ----------------------------------------------------------------------

def _bounds(place: str, level: str = "管控区", comma: str = ",", colon: str = ":") -> str:
    return (f"番禺区新冠肺炎疫情防控指挥部通告\n二、{level}{colon}番禺区{place}{comma}具体范围为{colon}"
            f"南浦路以东{comma}丽江路以南{comma}青柳园以西{comma}洛溪大桥以北。{level}实行“人不出区”。")


@pytest.mark.parametrize("place", ["大石街道", "大石街青柳村", "大石街青柳社区", "石楼镇", "大石街南浦路"])
def test_a_whole_street_or_village_is_not_read_for_its_bounded_part(place: str) -> None:
    assert by_level(_bounds(place)) == {}
    assert by_level(_bounds(place, level="封控区", comma="，", colon="：")) == {}
    assert by_level(in_traditional(_bounds(place))) == {}


def test_a_compound_with_its_bounds_is_still_the_compound() -> None:
    assert by_level(_bounds("大石街青柳小区")) == {("controlled", "番禺区"): ["大石街青柳小区"]}
    assert by_level(_bounds("大石街南浦路8号(青柳花园)")) == {("controlled", "番禺区"): ["大石街南浦路8号(青柳花园)"]}


# --- "A医院南楼和门诊大楼", "A小区东栋和物业办公楼" ---------------------------------------------------------------

def _medium(place: str) -> str:
    return f"天心区疫情防控指挥部研究决定:自2022年3月19日起,将天心区{place}确定为中风险地区。"


@pytest.mark.parametrize("place", ["坡子街街道青柳医院南楼和门诊大楼", "坡子街街道青柳学校东楼和行政办公楼",
                                   "坡子街街道青柳市场西楼和市场办公楼", "坡子街街道青柳小区东栋和物业办公楼",
                                   "坡子街街道青柳小区南北栋和小区综合楼", "坡子街街道青柳华府东西栋和附属商务楼区域"])
def test_one_sites_buildings_joined_by_he_are_one_place(place: str) -> None:
    assert by_level(_medium(place)) == {("medium", "天心区"): [place]}
    assert by_level(in_traditional(_medium(place))) == {("medium", "天心区"): [place]}


@settings(max_examples=20, deadline=None)
@given(invented_names("青石柳河杏花龙泉金沙白云松溪"))
def test_any_hospitals_side_building_and_its_inpatient_building_are_one_place(name: str) -> None:
    assume(no_real_city(name))
    place = f"坡子街街道{name}医院北楼和住院大楼"
    assert by_level(_medium(place)) == {("medium", "天心区"): [place]}, place


def test_a_compounds_side_buildings_and_a_named_office_building_are_still_two() -> None:
    assert by_level(_medium("坡子街街道青柳小区东西栋和龙泉大厦")) == {
        ("medium", "天心区"): ["坡子街街道青柳小区东西栋", "坡子街街道龙泉大厦"]}
