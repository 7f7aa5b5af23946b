"""Forms of the sixteenth held-out set, each in variants written here (invented places, the wording of the real
forms): a heading's count written after its colon ("高风险区:(3)个"), a province (with or without 省) in front of a
place's city and district, lifts of counted lists ("解除A、B2个封控区以及C等9个管控区") after a time, a division
lifting its own areas in a headline ("辽宁大连庄河市解除封控区、管控区"), an office's city written without 市 and
its date before 发布, a report's "该县" in front of towns, clauses of grounds ("依据…结果,经综合评估,") between a
colon and the places, a headline's count of buildings ("两楼"), and a district head announcing the areas."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, by_level, in_traditional, levels_of

NAME = st.text(alphabet=list("青石白河柳岸云溪金桥明月松竹梅兰泉山"), min_size=2, max_size=3)


# ---------------------------------------------------------------------------------------------------
# a heading's count after its colon

@pytest.mark.parametrize("high, medium", [
    ("一、高风险区:(3)个", "二、中风险区:(2)个"),
    ("一、高风险区:共3个", "二、中风险区:共2个"),
    ("一、高风险区: 3个", "二、中风险区: (2个)"),
    ("一、高风险:(3)个", "二、中风险:(2)个"),
    ("一、高风险区:(三)个", "二、中风险区:两个"),
])
def test_a_count_after_a_headings_colon_is_the_headings_total_not_a_place(high: str, medium: str) -> None:
    text = (f"关于划定高、中风险区的通告\n现将我县划定高、中风险区相关事宜通告如下:\n{high}\n"
            "石桥县白河镇李集村;\n石桥县白河镇东村;\n松林物流园(白河街道)。\n"
            f"{medium}\n石桥县白河镇悦达小区;\n石桥县白河镇吴庄村。\n三、低风险区\n石桥县除高、中风险区以外的其他区域。")
    result = parse_notice(text, default_year=2022)
    assert levels_of(text) == {"high": ["白河镇李集村", "白河镇东村", "松林物流园(白河街道)"],
                               "medium": ["白河镇悦达小区", "白河镇吴庄村"]}
    assert not any("声明" in w for w in result["warnings"])  # the counts agree with the places found


def test_a_count_after_a_headings_colon_in_traditional_characters_and_full_width_punctuation() -> None:
    text = in_traditional("一、高风险区:(2)个\n柳岸小区;\n金桥村。\n二、中风险区:(1)个\n明月花园。")
    text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["柳岸小区", "金桥村"], "medium": ["明月花园"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(NAME, min_size=1, max_size=6, unique=True), st.sampled_from(["(%d)个", "共%d个", "%d个", "(%d个)"]))
def test_any_list_under_a_count_after_the_colon_gives_its_places(names: list[str], count: str) -> None:
    places = [f"{n}村" for n in names]
    text = f"一、中风险区:{count % len(places)}\n" + ";\n".join(places) + "。"
    result = parse_notice(text, default_year=2022)
    assert levels_of(text) == {"medium": places}
    assert not result["warnings"]


# ---------------------------------------------------------------------------------------------------
# a province in front of a place's city and district

@pytest.mark.parametrize("front, district", [
    ("内蒙古通辽市科尔沁区", "科尔沁区"),
    ("内蒙古自治区通辽市科尔沁区", "科尔沁区"),
    ("江西省吉安市永丰县", "永丰县"),
    ("四川成都市武侯区", "武侯区"),
    ("广西南宁青秀区", "青秀区"),
])
def test_a_province_city_and_district_in_front_of_a_place_give_the_district(front: str, district: str) -> None:
    text = (f"{front}一地调整为中风险地区\n{front}疫情防控工作指挥部今天(29日)发布公告,经批准,"
            f"将{front}白河镇柳岸村调整为中风险地区,并实施相应管控措施。")
    assert by_level(text) == {("medium", district): ["白河镇柳岸村"]}


def test_a_province_in_front_of_a_place_in_traditional_characters() -> None:
    text = in_traditional("经批准,将内蒙古通辽市科尔沁区钱家店镇孔家村、辽宁省大连市庄河市城关街道百合花园"
                        "调整为中风险地区。")
    assert by_level(text) == {("medium", "科尔沁区"): ["钱家店镇孔家村"], ("medium", "庄河市"): ["城关街道百合花园"]}


def test_a_place_named_after_a_province_keeps_its_name() -> None:
    text = "将江西路12号院、湖南村调整为中风险地区。"
    assert levels_of(text) == {"medium": ["江西路12号院", "湖南村"]}
    # a known district whose name starts with a province's is itself
    assert by_level("将西藏文化旅游创意园区北极街道A小区调整为中风险区。") == {
        ("medium", "西藏文化旅游创意园区"): ["北极街道A小区"]}


# ---------------------------------------------------------------------------------------------------
# lifts of counted lists, joined by 以及, after a time

@pytest.mark.parametrize("sentence", [
    "即日起解除城关街道A社区景泰花园、城关街道B社区芙蓉小区2个封控区以及城关街道C社区百合花园等9个管控区。",
    "自12月5日0时起,解除城关街道A社区景泰花园、城关街道B社区芙蓉小区两个封控区和城关街道C社区百合花园等5个管控区。",
    "从即日起解除城关街道A社区景泰花园、城关街道B社区芙蓉小区封控区,解除城关街道C社区百合花园管控区。",
    "即日起解除城关街道A社区景泰花园、城关街道B社区芙蓉小区等2个封控区及城关街道C社区百合花园1个管控区。",
])
def test_lifts_of_counted_lists_give_the_places_named(sentence: str) -> None:
    text = f"经市指挥部同意,{sentence}至此全市封控区、管控区全部解除,防范区随之自动解除。"
    assert levels_of(text) == {"lifted": ["城关街道A社区景泰花园", "城关街道B社区芙蓉小区", "城关街道C社区百合花园"]}


def test_a_counted_lift_in_traditional_characters_with_full_width_punctuation() -> None:
    text = in_traditional("即日起,解除金桥小区、明月花园2个封控区以及松竹村等4个管控区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["金桥小区", "明月花园", "松竹村"]}


def test_a_lift_pointing_to_its_list_does_not_take_the_summary_as_the_places() -> None:
    text = "即日起解除金桥小区、明月花园等12个封控区,具体如下:\n1.金桥小区\n2.明月花园\n3.松竹村"
    assert "金桥小区" in levels_of(text).get("lifted", [])
    assert levels_of(text)["lifted"].count("金桥小区") == 1


def test_a_whole_district_lifted_after_a_time_is_no_place() -> None:
    text = "宣布从3月26日零时起解除石桥区全域管控。解除石桥区白河镇柳岸小区的封控管理。"
    assert levels_of(text) == {"lifted": ["白河镇柳岸小区"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(NAME, min_size=1, max_size=5, unique=True), st.lists(NAME, min_size=1, max_size=4, unique=True),
       st.sampled_from(["以及", "和", "及"]))
def test_any_two_counted_lifts_joined_give_all_their_places(sealed: list[str], managed: list[str],
                                                            joint: str) -> None:
    first = [f"{n}小区" for n in sealed]
    second = [f"{n}村" for n in managed if f"{n}小区" not in first]
    if not second:
        return
    text = (f"即日起解除{'、'.join(first)}{len(first)}个封控区{joint}{'、'.join(second)}等{len(second) + 3}个管控区。")
    assert levels_of(text) == {"lifted": first + second}


# ---------------------------------------------------------------------------------------------------
# a division lifting its own areas (a headline)

@pytest.mark.parametrize("headline", [
    "辽宁大连庄河市解除封控区、管控区 防范区随之自动解除",
    "吉林省长春市绿园区解除封控区",
    "江西永丰县解除全部管控区",
    "内蒙古通辽市科尔沁区解除封控区、管控区",
])
def test_a_division_lifting_its_areas_is_no_place(headline: str) -> None:
    text = f"{headline}\n\n即日起解除城关街道金桥小区1个封控区。"
    assert levels_of(text) == {"lifted": ["城关街道金桥小区"]}


def test_a_headline_alone_of_a_division_lifting_its_areas_warns() -> None:
    result = parse_notice("辽宁大连庄河市解除封控区、管控区")
    assert result["changes"] == []
    assert result["warnings"] and "庄河市" in result["warnings"][0]


# ---------------------------------------------------------------------------------------------------
# the office of a county-level city written after its city without 市, its date before 发布

@pytest.mark.parametrize("office, district", [
    ("辽宁大连庄河市新冠肺炎疫情防控总指挥部12月4日发布通告", "庄河市"),
    ("浙江温州乐清市疫情防控工作领导小组办公室2022年3月5日发布通告", "乐清市"),
    ("大连瓦房店市新冠肺炎疫情防控指挥部12月4日发布通告", "瓦房店市"),
])
def test_an_office_of_a_county_level_city_after_its_city_gives_the_district(office: str, district: str) -> None:
    text = f"{office},即日起解除城关街道金桥小区、城关街道明月花园2个封控区。"
    assert by_level(text) == {("lifted", district): ["城关街道金桥小区", "城关街道明月花园"]}


# ---------------------------------------------------------------------------------------------------
# a report's 该县 / 该区 in front of towns

@pytest.mark.parametrize("sentence, places", [
    ("从9月1日8时起,该县恩江镇、佐龙乡、坑田镇等3个乡镇实行临时静态管理。", ["恩江镇", "佐龙乡", "坑田镇"]),
    ("9月1日起,该区白河街道、金桥镇实行临时静态管理。", ["白河街道", "金桥镇"]),
    ("从即日起,該縣柳岸鄉、松竹鎮等2個鄉鎮實行臨時靜態管理。", ["柳岸乡", "松竹镇"]),
])
def test_a_reports_this_county_in_front_of_towns_is_no_part_of_them(sentence: str, places: list[str]) -> None:
    text = f"永丰县疫情防控指挥部研究决定,{sentence}"
    assert by_level(text) == {("silent", "永丰县"): places}


def test_this_area_is_not_read_as_this_district() -> None:
    # "该区域" (this area) points back to something unnamed: not read, and said so (never "域内柳岸村")
    result = parse_notice("将该区域内柳岸村调整为中风险地区。")
    assert result["changes"] == [] and "该区域内柳岸村" in result["warnings"][0]
    assert levels_of("该区白河街道柳岸村调整为中风险地区。") == {"medium": ["白河街道柳岸村"]}


# ---------------------------------------------------------------------------------------------------
# clauses of grounds between a colon and the places

@pytest.mark.parametrize("grounds", [
    "依据最新流调排查和核酸检测结果,经综合评估,",
    "根据流调结果,经专家研判,",
    "按照有关规定,经研究决定,",
    "经综合评估后,",
])
def test_clauses_of_grounds_after_a_colon_are_no_places(grounds: str) -> None:
    text = (f"石桥区人民政府副区长通报:{grounds}金桥里9号楼、10号楼划定为封控区,实行“区域封闭、足不出户”;"
            "金桥里6号楼、7号楼划定为管控区。")
    assert by_level(text) == {("sealed", "石桥区"): ["金桥里9号楼、10号楼"],
                              ("controlled", "石桥区"): ["金桥里6号楼、7号楼"]}


def test_a_place_starting_like_a_ground_keeps_its_name() -> None:
    text = "通报:经纬花园、经研究院宿舍,经营部大院划定为封控区。"
    assert levels_of(text) == {"sealed": ["经纬花园", "经研究院宿舍", "经营部大院"]}


# ---------------------------------------------------------------------------------------------------
# a headline counting buildings, a district head announcing

@pytest.mark.parametrize("headline", [
    "北京市朝阳区八里庄北里两楼被划为封控区",
    "北京市朝阳区八里庄北里两栋楼被划为封控区",
    "北京朝阳区八里庄北里2个楼栋划为封控区",
])
def test_a_headline_counting_buildings_names_no_place(headline: str) -> None:
    text = (f"{headline}\n\n在新闻发布会上,朝阳区人民政府副区长通报:经综合评估,八里庄北里309号楼、310号楼划定为"
            "封控区;八里庄北里306号楼划定为管控区。")
    assert by_level(text) == {("sealed", "朝阳区"): ["八里庄北里309号楼、310号楼"],
                              ("controlled", "朝阳区"): ["八里庄北里306号楼"]}


def test_a_building_number_is_no_count() -> None:
    text = "将金桥小区3栋、明月花园12号楼划定为封控区。"
    assert levels_of(text) == {"sealed": ["金桥小区3栋", "明月花园12号楼"]}


@pytest.mark.parametrize("speaker, district", [
    ("石桥区人民政府副区长通报", "石桥区"),
    ("白河县县长在发布会上介绍", "白河县"),
    ("柳岸区常务副区长表示", "柳岸区"),
])
def test_a_district_head_announcing_names_the_district(speaker: str, district: str) -> None:
    text = f"在3月21日召开的新闻发布会上,{speaker}:经综合评估,金桥小区5号楼划定为封控区。"
    assert by_level(text) == {("sealed", district): ["金桥小区5号楼"]}
