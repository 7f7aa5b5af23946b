"""Ordinary notice wording near the rules of places.py and metadata.py (place splitting, districts in front of
places, the notice's own district): a scenic area, campus or works written with 区, and a development zone by its
kind alone in a big city's notice, are places, no districts (invented names)."""

from __future__ import annotations

from tests.unit.test_notice_parser_real_forms import by_level


def test_a_scenic_area_designated_whole_is_a_place_of_the_notices_district() -> None:
    text = ("武侯区关于划定管控区的通告\n自2022年9月1日起,将武侯祠景区、锦里古街划定为管控区。\n"
            "管控区内人员足不出区、错峰取物。")
    assert by_level(text) == {("controlled", "武侯区"): ["武侯祠景区", "锦里古街"]}


def test_a_scenic_area_in_front_of_a_listed_place_is_no_district() -> None:
    text = ("关于划定高风险区的通告\n经专家研判,将以下区域划定为高风险区:\n1.东湖景区游船码头\n2.锦华作业区A井\n"
            "3.锦江小区\n请以上区域居民严格遵守居家管理要求。\n天河区新冠肺炎疫情防控指挥部")
    assert by_level(text) == {("high", "天河区"): ["东湖景区游船码头", "锦华作业区A井", "锦江小区"]}


def test_a_development_zone_by_its_kind_in_a_beijing_district_notice_stays_in_the_place() -> None:
    text = ("关于划定高风险区的通告\n经专家研判,自即日起将以下区域划定为高风险区:\n1.锦江小区\n"
            "2.经济开发区锦绣小区\n北京市朝阳区新冠肺炎疫情防控工作领导小组办公室\n2022年11月19日")
    assert by_level(text) == {("high", "朝阳区"): ["锦江小区", "经济开发区锦绣小区"]}


def test_a_development_zone_by_its_kind_in_front_of_the_first_place_is_not_carried_on() -> None:
    text = ("关于划定高风险区的通告\n将以下区域划定为高风险区:\n1.经济开发区锦绣小区\n2.高新园区创业大厦\n"
            "北京市朝阳区新冠肺炎疫情防控工作领导小组办公室")
    assert sorted(by_level(text)[("high", "朝阳区")]) == sorted(["经济开发区锦绣小区", "高新园区创业大厦"])


def test_a_scenic_areas_zones_listed_below_name_no_district() -> None:
    text = "关于调整风险区的通告\n调整后的东湖景区风险区域如下:\n高风险区:游客中心。"
    assert by_level(text) == {("high", None): ["游客中心"]}


def test_a_scenic_area_whose_prevention_work_the_lead_serves_is_no_district() -> None:
    text = "关于调整风险区的通告\n根据东湖景区疫情防控工作需要,将以下区域划定为管控区:\n游客中心。"
    assert by_level(text) == {("controlled", None): ["游客中心"]}


def test_a_scenic_area_adjusting_its_areas_in_the_lead_is_no_district() -> None:
    text = "关于调整风险区的通告\n自11月3日起,武侯祠景区调整部分风险区域:\n高风险区:游客中心。"
    assert by_level(text) == {("high", None): ["游客中心"]}


def test_a_scenic_areas_own_office_is_no_district_office() -> None:
    text = "关于调整风险区的通告\n管控区:游客中心、游船码头。\n东湖景区疫情防控指挥部"
    assert by_level(text) == {("controlled", None): ["游客中心", "游船码头"]}
