"""Forms of notices that join places with 和, glue list items together after a closing bracket, grade the
precaution area (重点 / 一般防范区), and lift places listed with ";" (in a numbered item or in brackets after
their level). Each form in variants written here (invented places, the wording of the real forms: other
districts, kinds of place, separators, traditional characters, full-width punctuation, spaces), and
properties over generated lists."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES_WITH_DIRECTIONS,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

# Name parts without 和 (which starts words: "和平", "和谐") and without district or level words.
name = invented_names(PLAIN_SYLLABLES_WITH_DIRECTIONS, 3, 4)
NAMED_END = ["社区", "小区", "酒店", "饭店", "超市", "医院", "公司", "花园", "家园"]


@st.composite
def named_place(draw: st.DrawFn) -> str:
    """A place whose name closes it: "金华社区", "龙春酒店(东门店)"."""
    place = draw(name) + draw(st.sampled_from(NAMED_END))
    if draw(st.booleans()):
        place += f"({draw(name)}店)"
    return place


# --- 重点防范区 and 一般防范区: two grades of the precaution area -------------------------------------


def test_graded_precaution_areas_in_sections_with_rests_of_towns_and_streets() -> None:
    text = ("关于划定封控区、管控区、防范区的通告\n一、封控区\n划定清河镇李家村为封控区。\n二、重点防范区\n"
            "划定清河镇除封控区外的其他区域,新华街道除封控区、管控区外的其它区域为重点防范区。\n三、一般防范区\n"
            "划定全市除封控区、管控区、重点防范区以外的其他区域为一般防范区。")
    assert levels_of(text) == {"sealed": ["清河镇李家村"],
                               "precaution": ["清河镇除封控区外的其他区域", "新华街道除封控区、管控区外的其它区域"]}


def test_general_precaution_area_as_a_sentence_target() -> None:
    text = "关于调整防范区的通告\n将东城街道幸福小区、西城街道翠锦家园划为一般防范区。"
    assert levels_of(text) == {"precaution": ["东城街道幸福小区", "西城街道翠锦家园"]}


def test_key_precaution_area_heading_in_traditional_characters() -> None:
    text = "重點防範區:\n1.文昌街道金桂小區\n2.文昌街道銀杏家園"
    assert levels_of(text) == {"precaution": ["文昌街道金桂小区", "文昌街道银杏家园"]}


# --- "X区域" is an area, no district "X区" ------------------------------------------------------------


def test_an_area_named_by_what_it_was_is_no_district() -> None:
    text = "关于划定管控区的通告\n划定原城北工业区域(除王庄村外),文昌街道金桂社区为管控区。"
    assert by_level(text) == {("controlled", None): ["原城北工业区域(除王庄村外)", "文昌街道金桂社区"]}


def test_an_old_port_area_without_exception_is_no_district() -> None:
    text = "关于划定管控区的通告\n划定老港区域,滨江街道滨江社区为管控区。"
    assert by_level(text) == {("controlled", None): ["老港区域", "滨江街道滨江社区"]}


def test_an_area_word_after_a_real_district_keeps_no_district_either() -> None:
    text = "关于划定管控区的通告\r\n划定 原开发区域(除3号厂房外) ,  胜利街道北风社区为管控区。"
    assert levels_of(text) == {"controlled": ["原开发区域(除3号厂房外)", "胜利街道北风社区"]}
    assert all(district is None for _level, district in by_level(text))


# --- "A和B": two named places -----------------------------------------------------------------------


def test_and_between_a_hotel_and_a_restaurant_with_branch_notes() -> None:
    text = "关于划定封控区的通告\n划定城关镇如家酒店(火车站店)和老王饭店(解放路店)为封控区。"
    assert levels_of(text) == {"sealed": ["城关镇如家酒店(火车站店)", "老王饭店(解放路店)"]}


def test_and_between_two_communities_the_second_short() -> None:
    text = "关于划定管控区的通告\n划定新华街道东风社区和西湖社区为管控区。"
    assert levels_of(text) == {"controlled": ["新华街道东风社区", "西湖社区"]}


def test_and_between_a_compound_and_a_shop_full_width_traditional() -> None:
    text = in_traditional("关于划定封控区的通告\n划定永安街道金桂小区和福满超市(东门店)为封控区。")
    text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["永安街道金桂小区", "福满超市(东门店)"]}


def test_and_that_starts_a_word_keeps_one_place() -> None:
    # "金桂小区和平路12号": 和平路 is a road; the short right side is no place of its own
    text = "关于划定封控区的通告\n划定永安街道金桂小区和平路12号为封控区。"
    assert levels_of(text) == {"sealed": ["永安街道金桂小区和平路12号"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(named_place(), min_size=2, max_size=4, unique=True), st.sampled_from(["封控区", "管控区"]))
def test_any_named_places_joined_by_and_are_each_a_place(places: list[str], level: str) -> None:
    text = f"关于划定{level}的通告\n划定长安街道{'和'.join(places)}为{level}。"
    found = levels_of(text)
    assert list(found) == ["sealed" if level == "封控区" else "controlled"]
    assert found[next(iter(found))] == [f"长安街道{places[0]}", *places[1:]]


# --- items glued after a closing bracket, the next starting with its district -------------------------


def test_two_items_of_one_district_glued_after_bounds() -> None:
    text = ("关于调整风险区的通告\n中风险区:2个\n"
            "历下区甲街道乙小区(东起A路,西至B路)历下区丙街道丁片区(包含戊村、己村)")
    assert by_level(text) == {("medium", "历下区"): ["甲街道乙小区(东起A路,西至B路)", "丙街道丁片区(包含戊村、己村)"]}


def test_numbered_item_glued_to_an_item_of_another_district() -> None:
    text = ("关于调整风险区的通告\n中风险区:\n1.历下区甲街道乙小区(东起A路,西至B路)市中区丙街道丁片区(包含戊村、己村)\n"
            "2.市中区庚街道辛小区")
    assert by_level(text) == {("medium", "历下区"): ["甲街道乙小区(东起A路,西至B路)"],
                              ("medium", "市中区"): ["丙街道丁片区(包含戊村、己村)", "庚街道辛小区"]}


def test_glued_items_in_traditional_characters_with_full_width_brackets() -> None:
    text = in_traditional("关于调整风险区的通告\n高风险区:\n任城区金城街道北湖小区(1号楼)任城区古槐街道南苑社区"
                        ).translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "任城区"): ["金城街道北湖小区(1号楼)", "古槐街道南苑社区"]}


def test_a_rest_after_the_bracket_is_no_new_item() -> None:
    text = ("关于调整风险区的通告\n中风险区:\n"
            "鼓楼区甲街道乙片区(东起A路,西至B路)除高风险区以外的其他区域\n鼓楼区丙街道丁小区")
    assert by_level(text) == {("medium", "鼓楼区"): ["甲街道乙片区(东起A路,西至B路)除高风险区以外的其他区域",
                                                    "丙街道丁小区"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(name, name, name), min_size=2, max_size=5, unique_by=lambda t: t[1]),
       st.sampled_from(["历下区", "任城区", "鼓楼区"]))
def test_any_items_glued_after_brackets_are_each_a_place(parts: list[tuple[str, str, str]], district: str) -> None:
    items = [f"{street}街道{compound}小区(东起{road}路)" for street, compound, road in parts]
    text = "关于调整风险区的通告\n中风险区:\n" + "".join(district + item for item in items)
    assert by_level(text) == {("medium", district): items}


# --- lifts of places listed with ";" -------------------------------------------------------------


LIFT_NOTICE = ("德清县新冠肺炎疫情防控工作通告(2022年第5号)\n决定解除封控区、管控区、防范区的管控措施。\n"
               "1、甲工地1号楼;乙村综合楼第3层;丙小区东区解除封控;\n"
               "2、丁厂宿舍楼,包括A栋、B栋;戊路与己河之间,庚路两侧沿街商铺;辛路至壬路,癸街两侧一楼店面;"
               "丁厂生活区除封控区宿舍楼外其它区域;金华餐馆解除管控。\n"
               "3、封控区、管控区全部解封后,防范区(甲工地;壬路-癸路合围区域;乙村综合楼)同步解除。")


def test_numbered_items_as_lift_objects_and_the_bracketed_precaution_area() -> None:
    assert by_level(LIFT_NOTICE) == {("lifted", "德清县"): [
        "甲工地1号楼", "乙村综合楼第3层", "丙小区东区",
        "丁厂宿舍楼,包括A栋、B栋", "戊路与己河之间,庚路两侧沿街商铺", "辛路至壬路,癸街两侧一楼店面",
        "丁厂生活区除封控区宿舍楼外其它区域", "金华餐馆",
        "甲工地", "壬路-癸路合围区域", "乙村综合楼"]}
    assert parse_notice(LIFT_NOTICE)["warnings"] == []


def test_lift_items_with_chinese_numbers_and_management_word() -> None:
    text = "长兴县疫情防控指挥部通告(第8号)\n一、甲村5组;乙小区3幢解除封控管理。\n二、管控区(丙村;丁小区)一并解除。"
    assert by_level(text) == {("lifted", "长兴县"): ["甲村5组", "乙小区3幢", "丙村", "丁小区"]}


def test_lift_items_in_traditional_characters_with_full_width_semicolons() -> None:
    text = in_traditional("乐清市疫情防控指挥部通告(2022年第3号)\n1、金华小区2幢;龙春村综合楼解除封控;\n"
                        "2、封控区解封后,防范区(金华小区;龙春村)同时解除。").translate(HALF_TO_FULL)
    assert by_level(text) == {("lifted", "乐清市"): ["金华小区2幢", "龙春村综合楼", "金华小区", "龙春村"]}


def test_building_runs_and_two_sides_in_a_semicolon_list() -> None:
    text = ("南浔区疫情防控通告(第2号)\n1、甲工地规划1号楼、2号楼、7号楼;甲工地北侧靠乙路商住楼、西侧靠丙路商住楼;"
            "丁路与戊港之间,己路两侧沿街商住楼解除管控。")
    assert by_level(text) == {("lifted", "南浔区"): [
        "甲工地规划1号楼、2号楼、7号楼", "甲工地北侧靠乙路商住楼", "西侧靠丙路商住楼",
        "丁路与戊港之间,己路两侧沿街商住楼"]}


def test_an_unnumbered_line_that_lifts_places_without_an_object_word_reads_nothing() -> None:
    # "原标题:A小区解除封控": without 对 / 将 or an item number, the levels alone lift no listed place
    result = parse_notice("原标题:金华小区解除封控")
    assert result["changes"] == [] and result["warnings"]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(name, st.integers(1, 30), st.booleans()), min_size=2, max_size=6,
                unique_by=lambda t: t[0]),
       st.sampled_from(["封控", "管控"]), st.sampled_from([";", ";"]))
def test_any_semicolon_list_in_a_numbered_lift_item(parts: list[tuple[str, int, bool]], level: str, sep: str) -> None:
    places = [f"{n}工地{k}号楼" + (f",包括{k}单元、{k + 1}单元" if clause else "") for n, k, clause in parts]
    text = f"南浔区疫情防控通告(第2号)\n1、{sep.join(places)}解除{level};"
    assert by_level(text) == {("lifted", "南浔区"): places}


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=1, max_size=6, unique=True), st.sampled_from(["防范区", "管控区"]),
       st.sampled_from(["同步解除", "一并解除", "同时解除", "解除"]))
def test_any_places_in_brackets_after_their_level_are_lifted(names: list[str], level: str, verb: str) -> None:
    places = [f"{n}小区" for n in names]
    text = f"南浔区疫情防控通告(第2号)\n封控区全部解封后,{level}({';'.join(places)}){verb}。"
    assert by_level(text) == {("lifted", "南浔区"): places}


# --- the district of an office's numbered title without 关于 ------------------------------------------


def test_title_of_the_office_with_its_number_names_the_district() -> None:
    for title, district in [("南浔区新冠肺炎疫情防控工作通告(2022年第13号)", "南浔区"),
                            ("德清县疫情防控指挥部通告(第5号)", "德清县"),
                            ("义乌市新冠肺炎疫情防控工作领导小组办公室公告(2022年第2号)", "义乌市")]:
        text = f"{title}\n1、金华小区2幢;龙春村综合楼解除封控;"
        assert by_level(text) == {("lifted", district): ["金华小区2幢", "龙春村综合楼"]}


def test_a_prefecture_city_in_such_a_title_is_no_district() -> None:
    text = "湖州市新冠肺炎疫情防控工作通告(2022年第1号)\n1、金华小区2幢;龙春村综合楼解除封控;"
    assert by_level(text) == {("lifted", None): ["金华小区2幢", "龙春村综合楼"]}
