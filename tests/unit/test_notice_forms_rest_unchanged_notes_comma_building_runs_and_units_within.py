"""Forms of the fifty-sixth held-out set (part b and a new office): a note after a listed item that the rest of its
area keeps its level ("车务段所在片区中的A公寓(其他区域风险等级不变)"), which took the whole line for a sentence of what
stays unchanged, and a place named inside an area (所在片区中的) that is no tail shared with the item before; a
compound whose name holds 乡 after its community ("网通社区宝乡小区") under a street's heading, and a run of building
numbers written with commas ("天丝2,3,4,5号楼"); a whole county's temporary control prolonged with 延长 before its
object ("决定延长全县临时管控时间"); and several communities named as where the places lie ("将A社区、B社区辖区内的
C小区、D小区划定为封控区"). Each form in variants written here (invented places, other districts, traditional
characters, full-width punctuation), properties over generated parts, and near wording that reads as before."""

from __future__ import annotations

import pytest
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


def _clear(*names: str) -> bool:
    return not any(n.startswith(p) for n in names for p in (*PROVINCES, *PREFECTURE_CITIES))


# --- a note that the rest of the area keeps its level -------------------------------------------------------

def _downgrade(line: str, county: str = "格尔木市") -> str:
    return (f"{county}调整部分区域风险等级\n经综合研判,{county}疫情防控指挥部研究,决定调整部分区域风险等级如下:\n"
            f"一、高风险区降为中风险区(3个)\n{line}\n上述区域实行“足不出区、错峰取物”等管控措施。\n特此通告。\n")


def test_a_rest_unchanged_note_after_the_last_item_is_dropped() -> None:
    text = _downgrade("黄河佳苑、和谐家园、星峰小区南区(其他区域风险等级不变)。")
    assert levels_of(text) == {"medium": ["黄河佳苑", "和谐家园", "星峰小区南区"]}


def test_rest_unchanged_note_in_traditional_characters_full_width() -> None:
    text = in_traditional(_downgrade("翠锦花园、阳光家园、金华村(其余区域保持不变)。")).translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["翠锦花园", "阳光家园", "金华村"]}


def test_rest_unchanged_note_inside_the_list() -> None:
    text = _downgrade("龙春小区(小区内其他区域风险等级不变)、锦绣华庭、星峰公寓。", county="德令哈市")
    assert levels_of(text) == {"medium": ["龙春小区", "锦绣华庭", "星峰公寓"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True))
def test_any_list_with_a_rest_unchanged_note_reads_every_place(names: list[str]) -> None:
    assume(_clear(*names))
    places = [f"{n}小区" for n in names]
    assert levels_of(_downgrade("、".join(places) + "(其他区域风险等级不变)。")) == {"medium": places}


def test_a_sentence_of_the_rest_unchanged_is_still_no_place() -> None:
    # (the rest unchanged written as a sentence after the list, no bracket: boilerplate as before)
    text = _downgrade("黄河佳苑、和谐家园。").replace("特此通告", "格尔木市其他区域风险等级不变。\n特此通告")
    assert levels_of(text) == {"medium": ["黄河佳苑", "和谐家园"]}
    # (and a bracket that names the place's own parts is kept)
    kept = _downgrade("黄河佳苑(1栋、2栋)、和谐家园。")
    assert levels_of(kept) == {"medium": ["黄河佳苑(1栋、2栋)", "和谐家园"]}


# --- a place named inside an area (所在片区中的) --------------------------------------------------------------

def test_a_place_inside_an_area_is_no_tail_of_the_place_before() -> None:
    text = _downgrade("花样年华小区、泰山路园丁一小区、车务段所在片区中的乘务员一公寓。")
    assert levels_of(text) == {"medium": ["花样年华小区", "泰山路园丁一小区", "车务段所在片区中的乘务员一公寓"]}


def test_place_inside_an_area_in_traditional_characters() -> None:
    text = in_traditional(_downgrade("翠锦小区、星峰路锦绣苑、变电站所在区域内的职工公寓。"))
    assert levels_of(text) == {"medium": ["翠锦小区", "星峰路锦绣苑", "变电站所在区域内的职工公寓"]}


def test_place_inside_an_area_full_width() -> None:
    text = _downgrade("阳光家园、金华路龙春小区、粮站所在片区里的三号院。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["阳光家园", "金华路龙春小区", "粮站所在片区里的三号院"]}


@settings(max_examples=30, deadline=None)
@given(name, name)
def test_any_place_inside_an_area_stands_alone(first: str, site: str) -> None:
    assume(_clear(first, site) and first != site)
    places = [f"{first}小区", f"{site}站所在片区中的职工公寓"]
    assert levels_of(_downgrade("、".join(places) + "。")) == {"medium": places}


def test_two_spots_sharing_their_street_stay_one_place() -> None:
    # (the area both spots lie on, no place named in it: one place as before)
    text = _downgrade("华莱士、蜜雪冰城奶茶店所在街道两侧100米。")
    assert levels_of(text) == {"medium": ["华莱士、蜜雪冰城奶茶店所在街道两侧100米"]}


# --- street headings over a compound named with 乡, and building numbers with commas ---------------------------

def _streets(items: str) -> str:
    return ("黑河市爱辉区应对新型冠状病毒感染肺炎疫情工作指挥部发布通告:\n"
            "经区指挥部专家组评估通过,今天决定将4个防范区调低风险等级。\n具体名单如下(总计4个):\n" + items)


def test_a_compound_named_with_xiang_after_its_community_takes_the_street() -> None:
    text = _streets("一、花园街(2个)\n1、金兰社区电业小区(江边电业高层)。\n"
                    "2、网通社区宝乡小区(宝乡2号楼、泰信改造楼)。\n")
    assert levels_of(text) == {"lifted": ["花园街金兰社区电业小区(江边电业高层)",
                                          "花园街网通社区宝乡小区(宝乡2号楼、泰信改造楼)"]}


def test_compound_with_xiang_in_traditional_characters() -> None:
    text = in_traditional(_streets("一、西兴街(2个)\n1、翠锦社区金乡小区。\n2、星峰社区锦绣苑。\n"))
    assert levels_of(text) == {"lifted": ["西兴街翠锦社区金乡小区", "西兴街星峰社区锦绣苑"]}


def test_a_building_run_with_commas_is_one_place_among_others() -> None:
    text = _streets("一、兴安街(3个)\n1、热电社区天丝小区天丝2,3,4,5号楼(铁路街、宾馆对面)、"
                    "和谐小区(龙源路、土产桥旁)、四方楼(龙源路、铁西市场旁)。\n")
    assert levels_of(text) == {"lifted": ["兴安街热电社区天丝小区天丝2,3,4,5号楼(铁路街、宾馆对面)",
                                          "兴安街和谐小区(龙源路、土产桥旁)", "兴安街四方楼(龙源路、铁西市场旁)"]}


def test_building_run_with_full_width_commas() -> None:
    text = _streets("一、海兰街(2个)\n1、金华小区7，8，9栋、阳光家园。\n")
    assert levels_of(text) == {"lifted": ["海兰街金华小区7,8,9栋", "海兰街阳光家园"]}


@settings(max_examples=30, deadline=None)
@given(name, name, st.lists(st.integers(1, 30), min_size=2, max_size=4, unique=True))
def test_any_building_run_with_commas_stays_whole(community: str, estate: str, numbers: list[int]) -> None:
    assume(_clear(community, estate) and community != estate)
    run = ",".join(map(str, numbers))
    text = _streets(f"一、花园街(2个)\n1、{community}社区{estate}小区{run}号楼、{estate}社区{community}乡小区。\n")
    assert levels_of(text) == {"lifted": [f"花园街{community}社区{estate}小区{run}号楼",
                                          f"花园街{estate}社区{community}乡小区"]}


def test_a_town_before_a_village_still_names_its_own_town() -> None:
    # (a town in front of its village under a street's heading: no prefix, as before)
    text = _streets("一、花园街(1个)\n1、金华乡星峰村。\n")
    assert levels_of(text) == {"lifted": ["金华乡星峰村"]}
    # (a compound named 乡 with no community before it is read as before: the town's, no prefix)
    bare = _streets("一、花园街(1个)\n1、金华乡小区。\n")
    assert levels_of(bare) == {"lifted": ["金华乡小区"]}


# --- a whole county's temporary control prolonged, 延长 before the object -------------------------------------

def _prolonged(county: str, sentence: str) -> str:
    return (f"{county}新冠肺炎疫情防控指挥部关于延长{county}临时管控时间的通告\n全县广大居民朋友们:\n"
            f"鉴于当前疫情防控形势严峻复杂,经县疫情防控指挥部综合研判,{sentence},解除时间另行通知。\n"
            "在临时管控期间,全县所有商超、门店一律停业。\n"
            f"{county}新型冠状病毒肺炎疫情防控指挥部\n2022年10月9日\n")


def test_a_whole_county_prolonged_with_yanchang_first_is_the_county_controlled() -> None:
    assert by_level(_prolonged("伊川县", "决定延长全县临时管控时间")) == {("controlled", "伊川县"): ["伊川县"]}


def test_county_prolonged_in_traditional_characters_full_width() -> None:
    text = in_traditional(_prolonged("汝阳县", "决定继续延长全县临时管控时间")).translate(HALF_TO_FULL)
    assert by_level(text) == {("controlled", "汝阳县"): ["汝阳县"]}


@pytest.mark.parametrize("sentence", ["决定延长全县临时性管控期限", "决定将全县临时管控时间延长",
                                      "决定延长全县域临时管控时间"])
def test_county_prolonged_in_other_wordings(sentence: str) -> None:
    assert by_level(_prolonged("宜阳县", sentence)) == {("controlled", "宜阳县"): ["宜阳县"]}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["伊川县", "汝阳县", "宜阳县", "栾川县", "洛宁县", "新安县", "孟津县"]))
def test_any_county_prolonged_is_itself_controlled(county: str) -> None:
    assert by_level(_prolonged(county, "决定延长全县临时管控时间")) == {("controlled", county): [county]}


def test_a_prolonging_in_the_title_or_hedged_names_no_place() -> None:
    # (the title alone, no decision in the text)
    title = "伊川县关于延长伊川县临时管控时间的通告\n请全县广大居民朋友充分理解支持。\n"
    assert by_level(title) == {}
    # (a prolonging under a condition)
    hedged = _prolonged("伊川县", "如核酸检测发现阳性,将延长全县临时管控时间").replace(
        "全县所有商超、门店一律停业", "请配合")
    assert by_level(hedged) == {}
    # (vehicles' temporary control prolonged: no place)
    vehicles = _prolonged("伊川县", "决定延长进出车辆临时管控时间").replace("全县所有商超、门店一律停业", "请配合")
    assert by_level(vehicles) == {}


# --- several communities named as where the places lie -------------------------------------------------------

def _within(units: str, places: str, level: str = "封控区") -> str:
    return (f"二连浩特市三地划定为中风险地区\n经二连浩特市新型冠状病毒感染肺炎防控工作指挥部研究决定:\n"
            f"将{units}辖区内的{places}划定为{level}。本公告自2021年10月21日12时起执行。\n")


def test_places_within_several_communities_are_the_places_alone() -> None:
    text = _within("锡林社区、西城社区、额仁社区", "城建小区、龙城小区、公安小区东巷平房区")
    assert levels_of(text) == {"sealed": ["城建小区", "龙城小区", "公安小区东巷平房区"]}


def test_places_within_villages_in_traditional_characters_full_width() -> None:
    text = in_traditional(_within("金华村和星峰村", "翠锦小区、阳光家园", level="管控区")).translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["翠锦小区", "阳光家园"]}


def test_places_within_two_streets_as_a_high_risk_area() -> None:
    text = _within("龙春街道、锦绣街道", "明达小区(东区)、枫华府第小区", level="高风险区")
    assert levels_of(text) == {"high": ["明达小区(东区)", "枫华府第小区"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=2, max_size=3, unique=True), st.lists(name, min_size=1, max_size=3, unique=True))
def test_any_places_within_units_are_read_without_them(units: list[str], estates: list[str]) -> None:
    assume(_clear(*units, *estates) and not set(units) & set(estates))
    places = [f"{e}小区" for e in estates]
    text = _within("、".join(f"{u}社区" for u in units), "、".join(places))
    assert levels_of(text) == {"sealed": places}


def test_kinds_within_several_units_are_not_cut() -> None:
    # (every estate of two streets, a kind, no named place: the units are not dropped, the sentence read as before)
    kind = levels_of(_within("龙春街道、锦绣街道", "所有小区"))
    assert kind == {"sealed": ["龙春街道", "锦绣街道辖区内的所有小区"]}
    # (one community's places keep the community on the first, as before)
    one = levels_of(_within("锡林社区", "城建小区、龙城小区"))
    assert one == {"sealed": ["锡林社区辖区内的城建小区", "龙城小区"]}
