"""Ordinary wording near three merged forms, pinned so the forms do not misfire on it: town labels counting their
villages ("枫亭镇(6个村居):A社区、B村"), a district written once in front of one list item ("高风险区:金华小区、
江宁区秣陵街道B村", read as the office's own only when no office above the county speaks: a province, an
autonomous region, a prefecture written as 州 or 地区, a municipality), and a headline of the whole county over the
county's own changes ("伽师县全境降为低风险区")."""

from __future__ import annotations

import pytest

from tests.unit.test_notice_parser_real_forms import by_level, in_traditional

# --- a district written once in front of one item: not in an office above the county's notice -----------------

ABOVE_COUNTY = [
    ("伊犁州疫情防控指挥部通告\n将金华小区、伊宁县喀拉亚尕奇乡B村列为高风险区。\n将阳光花园列为中风险区。",
     "伊宁县", "喀拉亚尕奇乡B村"),
    ("新疆维吾尔自治区疫情防控指挥部通告\n高风险区:金华小区、疏附县托克扎克镇B村。\n中风险区:阳光花园。",
     "疏附县", "托克扎克镇B村"),
    ("上海市疫情防控工作领导小组通告\n高风险区:金华小区、浦东新区川沙新镇B村。\n中风险区:阳光花园。",
     "浦东新区", "川沙新镇B村"),
    ("北京疫情防控工作领导小组通告\n高风险区:金华小区、朝阳区三里屯B号楼。\n中风险区:阳光花园。",
     "朝阳区", "三里屯B号楼"),
    ("黔南州应对新冠肺炎疫情工作领导小组通告\n高风险区:金华小区、惠水县和平镇B村。\n中风险区:阳光花园。",
     "惠水县", "和平镇B村"),
    ("江苏省疫情防控指挥部通告\n高风险区:金华小区、江宁区秣陵街道B村。\n中风险区:阳光花园。",
     "江宁区", "秣陵街道B村"),
]


@pytest.mark.parametrize(("text", "district", "place"), ABOVE_COUNTY)
def test_one_items_district_in_an_office_above_the_county_leaves_the_others_without(
        text: str, district: str, place: str) -> None:
    assert by_level(text) == {("high", None): ["金华小区"], ("high", district): [place],
                              ("medium", None): ["阳光花园"]}


def test_one_items_district_in_a_provinces_notice_in_traditional_characters() -> None:
    text = in_traditional("江苏省疫情防控指挥部通告\n高风险区:金华小区、江宁区秣陵街道B村。\n中风险区:阳光花园。")
    assert by_level(text) == {("high", None): ["金华小区"], ("high", "江宁区"): ["秣陵街道B村"],
                              ("medium", None): ["阳光花园"]}


def test_one_items_district_without_an_office_above_is_still_every_places() -> None:
    text = "高风险区:金华小区、江宁区秣陵街道B村。\n中风险区:阳光花园。"
    assert by_level(text) == {("high", "江宁区"): ["金华小区", "秣陵街道B村"], ("medium", "江宁区"): ["阳光花园"]}


def test_a_hotline_naming_a_district_after_a_comma_gives_no_district() -> None:
    text = "将金华小区列为高风险区。\n咨询电话:12345、江宁区疾控中心025-1234567。\n中风险区:阳光花园。"
    assert by_level(text) == {("high", None): ["金华小区"], ("medium", None): ["阳光花园"]}


def test_a_county_seat_after_a_comma_gives_no_district_to_the_others() -> None:
    text = "高风险区:金华小区、江宁区城区。\n中风险区:阳光花园。"
    assert by_level(text) == {("high", None): ["金华小区"], ("high", "江宁区"): ["城区"],
                              ("medium", None): ["阳光花园"]}


def test_a_district_at_the_clause_start_with_a_list_without_it() -> None:
    text = "将江宁区秣陵街道A小区列为高风险区。\n中风险区:阳光花园、胜利小区。"
    assert by_level(text) == {("high", "江宁区"): ["秣陵街道A小区"], ("medium", None): ["阳光花园", "胜利小区"]}


# --- counts of villages: labels that are no towns, counts in sentences -----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("经研判,决定将东升镇A村、B村列为中风险区。涉及3个村,请群众配合。", {("medium", None): ["东升镇A村", "B村"]}),
    ("中风险区3个社区:A社区、B社区、C社区", {("medium", None): ["A社区", "B社区", "C社区"]}),
    ("高风险区3个村为:A村、B村、C村。", {("high", None): ["A村", "B村", "C村"]}),
    ("自即日起,将东升镇A村、B村、C村等3个村调整为低风险区。", {("low", None): ["东升镇A村", "B村", "C村"]}),
    ("原高风险区3个村调整为低风险区:A村、B村、C村。", {("low", None): ["A村", "B村", "C村"]}),
    ("低风险区:东升镇3个村民小组", {("low", None): ["东升镇3个村民小组"]}),
    ("一、东升镇3个村调整为低风险区。\n二、高风险区:东升镇A村。", {("high", None): ["东升镇A村"]}),
    ("封控区:\n城关镇(2个社区):东街社区、西街社区\n管控区:\n城关镇5个社区卫生服务站",
     {("sealed", None): ["城关镇东街社区", "城关镇西街社区"], ("controlled", None): ["城关镇5个社区卫生服务站"]}),
    ("将以下区域划定为高风险区:\n东升镇3个村:A村、B村\n南头镇:C村",
     {("high", None): ["东升镇A村", "东升镇B村", "南头镇C村"]}),
])
def test_village_counts_in_ordinary_wording(text: str, expected: dict[tuple[str, str | None], list[str]]) -> None:
    assert by_level(text) == expected


def test_village_count_in_a_sentence_in_traditional_characters() -> None:
    text = in_traditional("將東升鎮A村、B村列為高風險區。涉及3個村。")
    assert by_level(text) == {("high", None): ["东升镇A村", "B村"]}


# --- a headline of the whole county: kept when it is no consequence of the county's changes at its level --------

@pytest.mark.parametrize(("text", "expected"), [
    ("伽师县全境降为低风险区\n将伽师县巴仁镇A村列为高风险区。",
     {("low", "伽师县"): ["伽师县"], ("high", "伽师县"): ["巴仁镇A村"]}),
    ("伽师县全境实行静默管理\n将伽师县巴仁镇A村列为高风险区。",
     {("silent", "伽师县"): ["伽师县"], ("high", "伽师县"): ["巴仁镇A村"]}),
    ("伽师县全域实行静默管理\n伽师县巴仁镇A村、B村实行静默管理。",
     {("silent", "伽师县"): ["伽师县", "巴仁镇A村", "B村"]}),
    ("平遥县全县实行封控管理\n平遥县高风险区:古陶镇A村、B村。",
     {("sealed", "平遥县"): ["平遥县"], ("high", "平遥县"): ["古陶镇A村", "B村"]}),
    ("疏附县全域为中风险区\n将疏附县托克扎克镇A村调整为低风险区。",
     {("medium", "疏附县"): ["疏附县"], ("low", "疏附县"): ["托克扎克镇A村"]}),
    ("喀什地区全域降为低风险区\n将伽师县巴仁镇A村调整为低风险区。",
     {("low", None): ["喀什地区全域"], ("low", "伽师县"): ["巴仁镇A村"]}),
])
def test_whole_county_headlines_not_restating_the_changes(
        text: str, expected: dict[tuple[str, str | None], list[str]]) -> None:
    assert by_level(text) == expected


def test_whole_county_headline_over_its_own_changes_in_traditional_characters_goes() -> None:
    text = in_traditional("伽师县全境降为低风险区\n伽师县巴仁镇A村调整为低风险区。")
    assert by_level(text) == {("low", "伽师县"): ["巴仁镇A村"]}


def test_a_province_cited_inside_a_county_notices_sentence_keeps_the_district_written_once() -> None:
    text = ("根据江苏省疫情防控指挥部要求,现将有关事项通告如下:\n"
            "高风险区:金华小区、江宁区秣陵街道B村。\n中风险区:阳光花园。")
    assert by_level(text) == {("high", "江宁区"): ["金华小区", "秣陵街道B村"], ("medium", "江宁区"): ["阳光花园"]}
