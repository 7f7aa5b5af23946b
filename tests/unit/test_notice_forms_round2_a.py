"""Forms of the eighth held-out set (round 2, notices 155-162): a level as the subject of its list ("封控区为A"),
floors of one building after 、, numbered items glued to a counted heading, a street item among numbered
items, the clause "调整部分高风险区域A降为低风险". Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import by_level

_PLACES = ["滨河路88号金港大厦5号楼", "幸福里小区3栋", "华联商厦", "东门菜市场", "新华书店(北座)", "光明路12号院"]
_STREETS = ["东湖街道", "城关镇", "新村街道", "桃源乡"]


# "一、封控区为A。": the level is the subject of its list, with 为 (or 包括, 是) where others write a colon.
@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PLACES), min_size=1, max_size=4, unique=True),
       st.sampled_from(["为", "包括", "是"]), st.sampled_from(["封控区", "管控区域", "防范区", "高风险区"]))
def test_a_level_as_the_subject_of_its_list(places: list[str], verb: str, level: str) -> None:
    name = {"封": "sealed", "管": "controlled", "防": "precaution", "高": "high"}[level[0]]
    text = (f"江北区疫情防控指挥部办公室通告\n自2022年3月2日起,江北区在东湖街道划定封控区、管控区和防范区。\n"
            f"一、{level}{verb}{'、'.join(places)}。{level}实行“足不出户”。\n特此通告。\n2022年3月3日")
    assert by_level(text) == {(name, "江北区"): places}, text


def test_a_level_as_subject_in_traditional_characters_and_its_blanket() -> None:
    text = ("江北區新型冠狀病毒肺炎疫情防控指揮部通告\n一、封控區為東湖街道幸福里小區3棟(不含底商)。\n"
            "二、管控區為東湖街道幸福里小區1、2棟。\n三、防範區為除封控區、管控區以外的區域。\n特此通告。")
    assert by_level(text) == {("sealed", "江北区"): ["东湖街道幸福里小区3栋(不含底商)"],
                              ("controlled", "江北区"): ["东湖街道幸福里小区1、2栋"]}


def test_a_rule_of_a_level_is_no_list() -> None:
    text = "一、封控区为期7天,实行足不出户。\n二、管控区是指封控区周边区域。"
    assert by_level(text) == {}


# "A大厦1楼商铺、2-3层茶叶市场": a part that starts with floors has no name of its own: the same building.
@given(st.sampled_from(["1楼商铺", "1层门店", "负1层超市", "3楼"]),
       st.sampled_from(["2-3层茶叶市场", "2楼餐厅", "4至6层"]))
def test_floors_of_one_building_after_a_comma_are_one_place(first: str, second: str) -> None:
    text = f"管控区为东湖街道金港大厦{first}、{second}、华联商厦。"
    assert by_level(text) == {("controlled", None): [f"东湖街道金港大厦{first}、{second}", "华联商厦"]}, text


def test_a_floor_number_in_a_name_after_a_place_without_floors_stays_a_place() -> None:
    assert by_level("管控区为幸福里小区3栋、2楼小吃城。") == {("controlled", None): ["幸福里小区3栋", "2楼小吃城"]}


# "一、今日新增划定高风险区(2个)1.A2.B": numbered items glued to the count of their heading (a repost lost the
# line breaks); "四、现有高风险区(19个)(一)X区(7个) 1.A": a district's label glued to it as well.
@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_PLACES), min_size=2, max_size=5, unique=True), st.sampled_from(["", " "]),
       st.sampled_from(["今日", "当日", ""]), st.sampled_from(["个", "处", "共{}个"]))
def test_numbered_items_glued_to_a_counted_heading(places: list[str], space: str, day: str, unit: str) -> None:
    items = "".join(f"{k}.{p}" for k, p in enumerate(places, 1))
    count = unit.format(len(places)) if "{" in unit else f"{len(places)}{unit}"
    text = (f"根据疫情防控需要,经专家研判,具体如下:\n一、{day}新增划定高风险区({count}){space}{items}\n"
            f"二、{day}解除高风险区(1{unit[-1]})1.江北区东湖街道华联商厦")
    assert by_level(text) == {("high", None): places, ("lifted", "江北区"): ["东湖街道华联商厦"]}, text
    assert parse_notice_warnings(text) == []


def test_a_district_label_glued_to_a_counted_heading() -> None:
    text = ("具体如下:\n四、现有高风险区(5个)(一)江北区(3个) 1.东湖街道2.城关镇(除桃园村)3.新村街道幸福里小区3栋\n"
            "(二)江南区(2个)1.桃源乡2.东湖街道华联商厦")
    assert by_level(text) == {
        ("high", "江北区"): ["东湖街道", "城关镇(除桃园村)", "新村街道幸福里小区3栋"],
        ("high", "江南区"): ["桃源乡", "东湖街道华联商厦"]}
    assert parse_notice_warnings(text) == []


# "1.东湖街道" over "2.城关镇(除A村)": an item the next number follows is a place of the list; a street's label
# has its own items, numbered from 1 again.
@given(st.sampled_from(_STREETS), st.sampled_from(_PLACES))
def test_a_numbered_street_among_numbered_items_is_a_place(street: str, place: str) -> None:
    text = f"高风险区(3个):\n1.{street}\n2.{place}\n3.南湖街道光明小区"
    assert by_level(text) == {("high", None): [street, place, "南湖街道光明小区"]}, text


def test_a_street_label_over_its_own_numbered_items_still_prefixes_them() -> None:
    text = "高风险区:\n(一)东湖街道\n1.幸福里小区3栋\n2.华联商厦"
    assert by_level(text) == {("high", None): ["东湖街道幸福里小区3栋", "东湖街道华联商厦"]}


# "三、调整部分高风险区域A小区23栋降为低风险": the clause in front names what is adjusted, the place follows it.
@given(st.sampled_from(["调整部分高风险区域", "调整部分高风险区域,", "调整以下封控区"]), st.sampled_from(_PLACES))
def test_an_adjusting_clause_in_front_of_the_place(clause: str, place: str) -> None:
    text = f"具体如下:\n三、{clause}江北区东湖街道{place}降为低风险"
    if "封控" in clause:
        text = text.replace("降为低风险", "调整为防范区")
    level = "precaution" if "封控" in clause else "low"
    assert by_level(text) == {(level, "江北区"): [f"东湖街道{place}"]}, text


# "根据疫情防控需要,现划定:" over "A、B封控区" and "C管控区": under a lead that designates, each line is places,
# then the level (the verb is the lead's); the rest of the city written the same way is a blanket.
@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_PLACES), min_size=1, max_size=3, unique=True), st.sampled_from(["", "。"]),
       st.sampled_from(["现划定:", "经研究,现确定如下:", "划定:"]), st.booleans())
def test_places_then_their_level_under_a_designating_lead(places: list[str], stop: str, lead: str,
                                                          bracket: bool) -> None:
    level = "(管控区)" if bracket else "管控区"
    text = (f"江北市新冠肺炎疫情防控指挥部通告\n根据疫情防控需要,{lead}\n"
            f"东湖路18号(邮局旁)、高新区光华路2号封控区{stop}\n"
            f"{'、'.join(places)}{level}{stop}\n江北市中心城区除封控区、管控区以外的区域防范区{stop}\n"
            "请广大市民主动配合。\n2022年3月16日")
    assert by_level(text) == {("sealed", None): ["东湖路18号(邮局旁)"], ("sealed", "高新区"): ["光华路2号"],
                              ("controlled", None): places}, text


def test_a_line_ending_with_a_level_without_a_designating_lead_is_no_list() -> None:
    assert by_level("请广大市民配合。\n东湖路18号附近居民请勿前往封控区") == {}


# "将A及紧邻的B、C,D及紧邻的E等2个临时管控区域调整为高风险区": the count is that of the pieces between commas, so
# a 、 joins parts of one place; "临时" between count and level is no part of the level.
@given(st.sampled_from(["临时", "原", ""]), st.sampled_from(["管控区域", "中风险区", "区域", ""]),
       st.sampled_from(["个", "处"]))
def test_a_count_of_pieces_between_commas(word: str, level: str, unit: str) -> None:
    places = ["东湖幸福里公寓及紧邻的新辉公寓、明月公寓", "东湖华联商厦及紧邻的光明小区"]
    text = f"一、将{','.join(places)}等2{unit}{word}{level}调整为高风险区,实行“足不出户、上门服务”的封控措施。"
    assert by_level(text) == {("high", None): places}, text


def test_a_count_of_pieces_after_each_separator_still_splits_at_them() -> None:
    assert by_level("将幸福里小区、华联商厦等2个管控区调整为高风险区。") == {("high", None): ["幸福里小区", "华联商厦"]}


# "二、黄埠镇全域(除高风险区外)实施低风险管理": the place is run as a low-risk area; measures of a level are no list.
@given(st.sampled_from(["实施", "实行"]), st.sampled_from(["低", "中"]), st.sampled_from(["管理", "管控"]),
       st.sampled_from(["", "区", "地区"]))
def test_a_place_run_as_a_level(verb: str, level: str, word: str, area: str) -> None:
    name = {"低": "low", "中": "medium"}[level]
    text = f"二、东湖镇全域(除高风险区外){verb}{level}风险{area}{word},强化社会面管控。"
    assert by_level(text) == {(name, None): ["东湖镇全域(除高风险区外)"]}, text
    assert by_level(f"高风险区{verb}{level}风险{word}措施。") == {}
    assert by_level(f"对返乡人员{verb}{level}风险{area}{word}。") == {}  # people are no place


# "将江北区、…、南岸县等7个区县纳入低风险区县": the count after the last place, in any unit, is no part of it.
@given(st.sampled_from(["区县", "县区", "个街道", "个乡镇", "个村", "个区"]), st.sampled_from(["7", "七"]))
def test_a_count_in_any_unit_after_the_last_place(unit: str, count: str) -> None:
    unit = unit.removeprefix("个")
    text = f"一、将江北区、江南区、南岸县等{count}个{unit}纳入低风险区县。"
    assert by_level(text) == {("low", "江北区"): ["江北区"], ("low", "江南区"): ["江南区"],
                              ("low", "南岸县"): ["南岸县"]}, text


# "将A镇辖区内封控区、管控区以外的区域、B县城区、C镇辖区列为防范区": the rest of a town (内 for 除) among the
# places; "X镇辖区" is the area a town governs, no district.
@given(st.sampled_from(["辖区内", "内", "除"]), st.sampled_from(["封控区、管控区", "封控区和管控区", "高风险区"]))
def test_the_rest_of_a_town_among_the_places(inside: str, levels: str) -> None:
    rest = f"东湖镇{inside}{levels}以外的区域"
    text = f"将东湖镇幸福村三组列为封控区。将{rest}、江北县城区、桃源镇辖区列为防范区。"
    assert by_level(text) == {("sealed", None): ["东湖镇幸福村三组"], ("precaution", None): [rest],
                              ("precaution", "江北县"): ["城区", "桃源镇辖区"]}, text


def test_the_rest_of_a_whole_city_among_the_places_is_no_list() -> None:
    assert by_level("将全市内封控区、管控区以外的区域列为防范区。") == {}
    assert by_level("将江北区内封控区、管控区以外的区域列为防范区。") == {}


@given(st.sampled_from(["封控区、管控区", "封控区"]), st.sampled_from(["", "、桃源镇"]))
def test_the_rest_of_a_town_in_a_list_under_its_level(levels: str, more: str) -> None:
    text = f"防范区:东湖镇辖区内{levels}以外的区域{more}。"
    assert by_level(text) == {("precaution", None): [f"东湖镇辖区内{levels}以外的区域", *more[1:].split()]}, text
    assert by_level("管控区:幸福里小区内部门面、华联商厦。") == {
        ("controlled", None): ["幸福里小区内部门面", "华联商厦"]}


# "一,以下区域调整为高风险区域" over "1,A," and "2,B村,C小区。": a repost that wrote every separator as a comma.
@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["东湖镇幸福村", "华联小区", "桃源乡", "光明路12号院"]), min_size=1, max_size=3,
                unique=True), st.sampled_from(["", ",", "。"]))
def test_numbering_and_separators_written_as_commas(places: list[str], end: str) -> None:
    text = ("以下区域调整为高风险区域\n日前,河南登封市疫情防控指挥部发布消息,结合登封市的实际情况,经研究决定,"
            "对部分区域疫情风险等级进行调整:\n一,以下区域调整为高风险区域\n1,东湖街道,\n2,西湖镇。\n"
            f"二,以下区域调整为中风险区域\n1,{','.join(places)}{end}\n2,南湖街道开元小区,尹庄。其中,宁波报告确诊病例3例。\n"
            "三,其他地区风险等级不变\n特此通告。")
    assert by_level(text) == {("high", "登封市"): ["东湖街道", "西湖镇"],
                              ("medium", "登封市"): [*places, "南湖街道开元小区", "尹庄"]}, text


def test_commas_inside_items_numbered_with_dots_keep_one_place() -> None:
    text = "高风险区:\n1.怀德大街19、21号,二巷2号\n2.东湖小区3栋"
    assert by_level(text) == {("high", None): ["怀德大街19、21号,二巷2号", "东湖小区3栋"]}


# The same subject form inside a sentence: "封控区为A;管控区为B,防范区为C。", "经研判,封控区为A,实行…": each
# level's places run to the next level's clause or to a measure; a measure of a level ("封控区为居民提供…") is no list.
@settings(max_examples=40, deadline=None)
@given(st.sampled_from([";", ","]), st.sampled_from(["", "经研判,", "自3月2日起,"]),
       st.sampled_from(["", ",实行“足不出户”"]))
def test_levels_as_subjects_inside_one_sentence(sep: str, lead: str, measure: str) -> None:
    text = (f"{lead}封控区为东湖街道幸福里小区3栋(不含底商){measure}{sep}管控区为幸福里小区1、2栋、华联商厦{sep}"
            "防范区为东湖街道其他区域。")
    # (the rest of a street is a place, as the corpus has it: 150, 170, 172)
    assert by_level(text) == {("sealed", None): ["东湖街道幸福里小区3栋(不含底商)"],
                              ("controlled", None): ["幸福里小区1、2栋", "华联商厦"],
                              ("precaution", None): ["东湖街道其他区域"]}, text


def test_a_measure_of_a_level_is_no_list() -> None:
    assert by_level("封控区为居民提供上门服务,管控区为人不出区。") == {}
    assert by_level("一、封控区为居民提供上门服务。") == {}


# Under a designating lead that names the levels ("现划定封控区、管控区、防范区如下:"), the lead is no list of its
# own: each line below gives its places, then (maybe after a colon) its level.
@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["现划定封控区、管控区、防范区如下:", "现将风险区域划定如下:", "现划定:",
                        "现划定封控区、管控区范围如下。"]),
       st.sampled_from(["", ":"]), st.sampled_from(["", ";", "。"]), st.booleans())
def test_a_designating_lead_that_names_the_levels(lead: str, colon: str, end: str, numbered: bool) -> None:
    one, two = ("1.", "2.") if numbered else ("", "")
    text = f"根据疫情防控需要,{lead}\n{one}东湖路18号、光华路2号{colon}封控区{end}\n{two}华联商厦{colon}管控区{end}"
    assert by_level(text) == {("sealed", None): ["东湖路18号", "光华路2号"], ("controlled", None): ["华联商厦"]}, text


def test_a_designating_lead_over_level_headings_gives_their_district() -> None:
    text = ("自2022年4月13日起,江北区在东湖街道划定封控区、管控区如下:\n一、封控区\n幸福里小区3栋。\n"
            "二、管控区\n华联商厦。")
    assert by_level(text) == {("sealed", "江北区"): ["幸福里小区3栋"], ("controlled", "江北区"): ["华联商厦"]}


# "日前,…,对部分区域疫情风险等级进行调整:" under a heading: a lead sentence that opens a list is no item of it.
@given(st.sampled_from(["经专家研判,结合实际情况,现将具体区域公布如下:",
                        "日前,指挥部发布消息,经研究决定,对部分区域进行调整:"]))
def test_a_lead_sentence_with_a_colon_is_no_item(lead: str) -> None:
    text = f"高风险区(2个)\n{lead}\n1.东湖小区\n2.华联商厦"
    assert by_level(text) == {("high", None): ["东湖小区", "华联商厦"]}, text


def test_none_is_no_place() -> None:
    assert by_level("一、高风险区为零。二、中风险区为无。") == {}


def parse_notice_warnings(text: str) -> list[str]:
    from fangkong.areas.parser import parse_notice

    return parse_notice(text, default_year=2022)["warnings"]
