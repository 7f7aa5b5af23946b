"""Review rv64a: ordinary notice wording near the forms of 67f8237b, eb900e7a and 8c2b20e3 that those rules misread,
each read as before the rules (or as it plainly says), in variants (traditional characters, full-width punctuation).

* a level's list restated by 调整…为 whose list goes on with a clause of its own ("调整封控区为A里,B苑,其余楼栋同步
  解封", "…,解封C里"): no list of places;
* two estates run together whose second is listed only under another town ("春晓镇A家园B苑" with "星峰镇B苑"): one;
* the sites of contacts by their kind under a level's requirements ("密切接触者所在楼栋参照封控区要求管理"): no place;
* named communities' parts over measures ("将A社区、B社区部分区域划为管控区。" then "现将有关事项通告如下:" and
  "一、管控区内实行…"): the sentence's places, no heading of the measures;
* the office's own division before 对 with a kind of site ("我区对重点场所实行临时管控", "我区对涉疫小区…"): no place.
"""

from __future__ import annotations

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, by_level, in_traditional, levels_of

_LEAD = "关于调整疫情风险区的通告\n经区疫情防控指挥部研究决定,现将有关事项通告如下:\n"


# --- a restated list going on with a clause of its own ------------------------------------------------------------

def test_a_restated_list_with_the_rest_unsealed_after_it_is_no_list() -> None:
    assert by_level(_LEAD + "河西区调整封控区为柳林街道金华里,翠锦苑,其余楼栋同步解封。") == {}


def test_a_restated_list_with_a_place_unsealed_after_it_is_no_list() -> None:
    assert by_level(_LEAD + "河西区调整封控区为柳林街道金华里,翠锦苑,解封长风里。") == {}


def test_a_restated_list_with_a_clause_in_traditional_characters() -> None:
    text = in_traditional(_LEAD + "河西区调整封控区为柳林街道金华里,翠锦苑,其余楼栋同步解封。")
    assert by_level(text) == {}


def test_a_restated_list_with_a_clause_full_width() -> None:
    text = (_LEAD + "河西区调整封控区为柳林街道金华里,翠锦苑,解封长风里。").translate(HALF_TO_FULL)
    assert by_level(text) == {}


def test_a_restated_list_alone_is_still_read() -> None:
    text = _LEAD + "河西区调整封控区为柳林街道金华里,翠锦苑。"
    assert by_level(text) == {("sealed", "河西区"): ["柳林街道金华里", "翠锦苑"]}


# --- two estates run together, the second listed only under another town ---------------------------------------

_OTHER_TOWN = ("自2022年1月13日18时起,天津市将北辰区星峰镇春晓苑调整为中风险地区。\n"
               "北辰区划定星峰镇金华花园,长风里,春晓镇幸福家园春晓苑,鑫汇里为封控区。")


def test_an_estate_listed_under_another_town_splits_no_run() -> None:
    assert levels_of(_OTHER_TOWN)["sealed"] == ["星峰镇金华花园", "长风里", "春晓镇幸福家园春晓苑", "鑫汇里"]


def test_an_estate_listed_under_another_town_in_traditional_characters() -> None:
    assert levels_of(in_traditional(_OTHER_TOWN))["sealed"] == [
        "星峰镇金华花园", "长风里", "春晓镇幸福家园春晓苑", "鑫汇里"]


def test_an_estate_listed_under_the_same_town_still_splits_the_run() -> None:
    text = _OTHER_TOWN.replace("星峰镇春晓苑调整", "春晓镇春晓苑调整")
    assert levels_of(text)["sealed"] == ["星峰镇金华花园", "长风里", "春晓镇幸福家园", "春晓苑", "鑫汇里"]


# --- the sites of contacts under a level's requirements --------------------------------------------------------

def test_the_sites_of_contacts_under_a_levels_requirements_are_no_place() -> None:
    assert levels_of(_LEAD + "密切接触者所在楼栋参照封控区要求管理。") == {}


def test_the_sites_of_cases_under_a_levels_standard_full_width() -> None:
    assert levels_of((_LEAD + "阳性病例所在单元参照高风险区的标准执行。").translate(HALF_TO_FULL)) == {}


# --- named communities' parts over measures ---------------------------------------------------------------------

_PARTS = "根据疫情防控需要,经研究决定,将金华社区、翠锦社区部分区域划为管控区。\n"


def test_named_parts_over_announced_measures_keep_the_sentences_places() -> None:
    text = (_PARTS + "现将有关事项通告如下:\n一、管控区内实行“区域封闭、足不出户、服务上门”。\n"
            "二、管控期间,居民每日进行核酸检测。")
    assert levels_of(text) == {"controlled": ["金华社区", "翠锦社区部分区域"]}


def test_named_parts_over_numbered_measures_keep_the_sentences_places() -> None:
    text = _PARTS.replace("管控区", "封控区") + "一、封控期间实行“足不出户、服务上门”。\n二、请广大群众积极配合。"
    assert levels_of(text) == {"sealed": ["金华社区", "翠锦社区部分区域"]}


def test_named_parts_over_measures_in_traditional_characters() -> None:
    text = in_traditional(_PARTS + "现将有关事项通告如下:\n一、管控区内实行“区域封闭、足不出户、服务上门”。")
    assert levels_of(text) == {"controlled": ["金华社区", "翠锦社区部分区域"]}


def test_named_parts_over_their_list_still_head_it() -> None:
    text = _PARTS + "现将有关事项通告如下:\n1、金华社区1号楼、2号楼。\n2、翠锦社区5号楼。"
    assert levels_of(text) == {"controlled": ["金华社区1号楼、2号楼", "翠锦社区5号楼"]}


# --- the office's own division before 对 with a kind of site --------------------------------------------------------

def test_our_district_over_key_sites_names_no_place() -> None:
    assert levels_of("自10月27日起,我区对重点场所实行临时管控。") == {}
    assert levels_of("自10月27日起,我区对公共场所实行临时管控。") == {}


def test_our_district_over_infected_estates_names_no_place() -> None:
    assert levels_of("自10月27日起,我区对涉疫小区实行封闭管理。") == {}


def test_our_county_over_key_sites_in_traditional_characters_full_width() -> None:
    text = in_traditional("自10月27日起,我县对重点场所实行临时管控7天。").translate(HALF_TO_FULL)
    assert levels_of(text) == {}


def test_our_district_over_named_places_is_still_read() -> None:
    assert levels_of("自10月27日起,我县对金华小区、翠锦花园实行临时管控7天。") == {
        "controlled": ["金华小区", "翠锦花园"]}
