"""Forms of notices that point to their list from inside a lead sentence with clauses of its own and give the
list after the lead's closing sentences (a forum copy on one line, the signature and its date run together),
the rest of a town "除以下区域外的A镇其他区域", development zones among a county's towns or among places that
start with their street, a last whole place after one-line town sections, variant characters OpenCC keeps
("瑯琊區"), short level lists in headings ("高、中风险区调整为低风险区12个"), parts' headings of heading words and
count sentences under a level's heading, and a report's lifts ("解除A的封控管理", "…等5个管控区的管控管理",
"不再将A区全域设为防范区"). Each form in variants written here (invented places, the wording of the real
forms: other districts, kinds of place, separators, traditional characters, full-width punctuation, spaces),
and properties over generated lists."""

from __future__ import annotations

import pytest
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

name = invented_names(PLAIN_SYLLABLES_WITH_DIRECTIONS)
NAMED_END = ["社区", "小区", "超市", "医院", "花园", "家园", "菜场"]


@st.composite
def named_place(draw: st.DrawFn) -> str:
    return draw(name) + draw(st.sampled_from(NAMED_END))


# --- a pointer inside a lead sentence, the list after the lead's closing sentences -------------------------

LEAD = ("关于划定高风险区的通告 为快速有效阻断疫情传播,经专家组研判,决定自2022年11月17日22:00起,将以下区域划定为"
        "高风险区,按照高风险区管控要求,采取“足不出户、上门服务”等防范措施;将除以下区域外的{town}其他区域划定为"
        "低风险区,采取“个人防护、避免聚集”等防范措施。请风险区内的居民朋友严格落实防控要求。"
        "本通告自发布之日起实施,后续将根据疫情防控形势变化及时调整。")


def test_forum_copy_on_one_line_with_the_list_after_the_lead() -> None:
    text = (LEAD.format(town="新港镇") + " 1、新港镇人民路12号; 2、新港镇东湖村三组8号; 3、新港镇菜场(西门)。 "
            "海安县新冠肺炎疫情联防联控指挥部 2022年11月17日")
    result = parse_notice(text)
    assert by_level(text) == {
        ("high", "海安县"): ["新港镇人民路12号", "新港镇东湖村三组8号", "新港镇菜场(西门)"],
        ("low", "海安县"): ["除以下区域外的新港镇其他区域"]}
    assert result["issuer"] == "海安县新冠肺炎疫情联防联控指挥部" and result["effective"] == "2022-11-17T22:00:00"


def test_pointer_lead_with_the_list_on_lines_and_a_street_rest_full_width() -> None:
    text = (LEAD.format(town="城东街道").translate(HALF_TO_FULL) + "\n1.城东街道光明小区3号楼\n"
            "2.城东街道幸福路8号(便利店)\n东台市疫情防控指挥部\n2022年11月20日")
    assert levels_of(text) == {"high": ["城东街道光明小区3号楼", "城东街道幸福路8号(便利店)"],
                               "low": ["除以下区域外的城东街道其他区域"]}


def test_pointer_lead_in_traditional_characters_with_a_district_rest_as_blanket() -> None:
    text = in_traditional(LEAD.format(town="滨海县") + " (1)东坎镇中山路5号; (2)东坎镇南苑小区2幢。 "
                        "滨海县新冠肺炎疫情防控指挥部 2022年11月18日")
    # the rest of the whole county is a blanket, no place
    assert levels_of(text) == {"high": ["东坎镇中山路5号", "东坎镇南苑小区2幢"]}


def test_a_pointer_lead_without_any_list_below_says_it_read_nothing() -> None:
    text = LEAD.format(town="滨海县") + " 滨海县新冠肺炎疫情防控指挥部 2022年11月18日"
    result = parse_notice(text)
    assert result["changes"] == [] and any("未识别到风险区域名单" in w for w in result["warnings"])


@settings(max_examples=30, deadline=None)
@given(st.lists(named_place(), min_size=1, max_size=7, unique=True), st.sampled_from(["、", ".", "."]),
       st.sampled_from([";", ";", "。"]))
def test_any_numbered_list_after_a_pointer_lead(places: list[str], mark: str, sep: str) -> None:
    items = sep.join(f"{k}{mark}长安镇{p}" for k, p in enumerate(places, 1))
    text = LEAD.format(town="长安镇") + f" {items}。 阜宁县新冠肺炎疫情联防联控指挥部 2022年11月17日"
    assert by_level(text) == {("high", "阜宁县"): [f"长安镇{p}" for p in places],
                              ("low", "阜宁县"): ["除以下区域外的长安镇其他区域"]}


# --- development zones among a county's towns; a last whole place after one-line town sections -------------


def test_a_zone_label_among_town_labels_is_a_part_of_the_county() -> None:
    text = ("蒙城县新冠肺炎疫情防控应急指挥部通告\n一、高风险区(4个)\n\n城关镇:东关社区金色小区、南湖花园\n\n"
            "双涧镇:王集村\n\n经开区:创业路光明电子厂\n\n二、中风险区(4个)\n\n城关镇:东关社区、西关社区\n\n"
            "双涧镇:王集村\n\n岳坊农场\n\n三、低风险区:全县除高、中风险区以外的其他地区。")
    assert by_level(text) == {
        ("high", "蒙城县"): ["城关镇东关社区金色小区", "城关镇南湖花园", "双涧镇王集村", "经开区创业路光明电子厂"],
        ("medium", "蒙城县"): ["城关镇东关社区", "城关镇西关社区", "双涧镇王集村", "岳坊农场"]}


def test_a_high_tech_zone_label_among_street_labels_full_width() -> None:
    text = ("宁国市疫情防控指挥部关于划定高风险区的通告\n高风险区:\n西津街道:东门社区1栋、河沥小区\n"
            "南山街道:竹峰村\n高新区:纬二路仓储中心").translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "宁国市"): ["西津街道东门社区1栋", "西津街道河沥小区", "南山街道竹峰村",
                                                  "高新区纬二路仓储中心"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(name, st.lists(named_place(), min_size=1, max_size=3, unique=True)), min_size=2,
                max_size=4, unique_by=lambda t: t[0]),
       st.sampled_from(["经开区", "经济开发区", "高新区", "先进制造业开发区"]), named_place())
def test_any_town_sections_with_a_zone_section(towns: list[tuple[str, list[str]]], zone: str, plant: str) -> None:
    lines = "\n".join(f"{town}镇:{'、'.join(places)}" for town, places in towns)
    text = f"临泉县疫情防控指挥部关于划定高风险区的通告\n高风险区:\n{lines}\n{zone}:{plant}\n"
    expected = [f"{town}镇{p}" for town, places in towns for p in places] + [zone + plant]
    assert by_level(text) == {("high", "临泉县"): expected}


def test_a_zone_label_among_real_districts_stays_a_district() -> None:
    text = ("关于划定高风险区的通告\n高风险区:\n庐阳区:三孝口街道A小区\n蜀山区:西园新村\n经开区:莲花社区\n")
    assert by_level(text) == {("high", "庐阳区"): ["三孝口街道A小区"], ("high", "蜀山区"): ["西园新村"],
                              ("high", "经开区"): ["莲花社区"]}


def test_a_farm_after_one_line_town_sections_in_traditional_characters() -> None:
    text = in_traditional("怀宁县关于划定中风险区的通告\n中风险区:\n石牌镇:新华社区、马庙村\n高河镇:查冲村\n皖河农场\n")
    assert by_level(text) == {("medium", "怀宁县"): ["石牌镇新华社区", "石牌镇马庙村", "高河镇查冲村", "皖河农场"]}


# --- variant characters OpenCC keeps ---------------------------------------------------------------------


def test_variant_characters_in_a_traditional_district_heading() -> None:
    text = ("關于解除區域封控的通告\n解除封控區名單(2個)\n(一)瑯琊區\n1.瑯琊區清流小區5棟;\n2.豐樂菜場。\n")
    assert by_level(text) == {("lifted", "琅琊区"): ["清流小区5栋", "丰乐菜场"]}


def test_variant_characters_in_places_of_a_simplified_notice() -> None:
    text = "关于划定管控区的通告\n管控区:\n峩眉山市:綏山镇隄岸村、瑯环路12号\n"
    assert by_level(text) == {("controlled", "峨眉山市"): ["绥山镇堤岸村", "琅环路12号"]}


def test_variant_characters_in_a_lift_sentence_with_spaces() -> None:
    text = "自即日起, 解除 瑯琊區 南譙路 厰區 宿舍 管控區管理。"
    assert by_level(text) == {("lifted", "琅琊区"): ["南谯路厂区宿舍"]}


# --- short level lists, parts' headings of heading words, count sentences under a level ----------------------


NUMBERED = ("关于疫情风险区域等级调整的通告\n自2022年11月14日8时起,对我市疫情风险区域等级进行调整。具体如下:\n"
            "一、{short}风险区调整为低风险区{n}个\n{low}\n二、调整后风险等级区域\n(一)高风险区\n"
            "{reason}\n{high}\n以上高风险区实行“足不出户、上门服务”。")


def _numbered(places: list[str], mark: str = ".") -> str:
    return "\n".join(f"{k}{mark}{p}" for k, p in enumerate(places, 1))


def test_a_short_level_list_heading_and_a_count_sentence_under_the_restated_level() -> None:
    low, high = ["西城街道凤凰社区", "经济开发区老刘面馆", "星光超市"], ["西城街道李家村", "人民医院工地"]
    text = NUMBERED.format(short="高、中", n=3, low=_numbered(low),
                           reason="因此轮疫情感染源头不明,有社区传播的潜在风险,划定高风险区2个。", high=_numbered(high))
    result = parse_notice(text)
    assert levels_of(text) == {"low": low, "high": high}
    assert result["warnings"] == []


def test_short_levels_joined_by_and_with_a_counted_reason_first() -> None:
    low, high = ["东关街道南门社区", "高新区华联超市"], ["东关街道北山村"]
    text = NUMBERED.format(short="高和中", n=2, low=_numbered(low, "、"), reason="目前共有1个高风险区。",
                           high=_numbered(high, "、"))
    assert levels_of(text) == {"low": low, "high": high}


def test_short_level_list_in_traditional_characters_full_width() -> None:
    low, high = ["南街街道文化社区", "经济技术开发区美食城"], ["南街街道河西村", "南街街道电厂宿舍"]
    text = in_traditional(NUMBERED.format(short="中、高", n=2, low=_numbered(low), reason="现有高风险区2个。",
                                        high=_numbered(high))).translate(HALF_TO_FULL)
    assert levels_of(text) == {"low": low, "high": high}


def test_a_sentence_naming_another_level_under_a_heading_is_not_its_count() -> None:
    text = "关于划定风险区的通告\n一、高风险区\n1.南湖小区\n2.北湖小区\n二、中风险区\n1.东湖小区\n"
    assert levels_of(text) == {"high": ["南湖小区", "北湖小区"], "medium": ["东湖小区"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(named_place(), min_size=1, max_size=6, unique=True),
       st.lists(named_place(), min_size=1, max_size=6, unique=True), st.sampled_from(["高、中", "中、高", "高和中"]))
def test_any_lowered_list_and_restated_high_list(low: list[str], high: list[str], short: str) -> None:
    high = [p for p in high if p not in low] or ["北辰村"]
    text = NUMBERED.format(short=short, n=len(low), low=_numbered(low),
                           reason=f"经研判,划定高风险区{len(high)}个。", high=_numbered(high))
    result = parse_notice(text)
    assert levels_of(text) == {"low": low, "high": high}
    assert result["warnings"] == []


# --- a report's lifts ----------------------------------------------------------------------------------


REPORT = ("3月25日,{city}{district}疫情防控指挥部发布通告,宣布从3月26日零时起解除{district}全域管控。\n"
          "具体包括解除{district}{sealed}的封控管理,解除该封控区“区域封闭、足不出户”管控措施。\n"
          "解除{controlled}等{n}个管控区的管控管理,解除管控区“人不出区、严禁聚集”管控措施。\n"
          "不再将{district}全域设为防范区,该区转为常态化疫情防控。")


def test_a_report_lifting_sealed_and_controlled_areas_with_bounds() -> None:
    controlled = ["城中街道石锅鱼店所在区域(北至柳堡路,南至马平路、西至兴柳路)",
                  "实验幼儿园所在区域(铜鼓岭路、兴柳路合范区域)", "三都镇觉山村全域"]
    text = REPORT.format(city="柳州市", district="鱼峰区", sealed="城中街道水工路8号金福小苑全域",
                         controlled="、".join(controlled), n=3)
    assert by_level(text) == {("lifted", "鱼峰区"): ["城中街道水工路8号金福小苑全域", *controlled]}


def test_a_report_lift_in_traditional_characters_full_width() -> None:
    text = in_traditional(REPORT.format(city="南宁市", district="邕宁区", sealed="蒲庙镇新兴小区5栋",
                                      controlled="蒲庙镇新兴小区、那楼镇那蒙村", n=2)).translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["蒲庙镇新兴小区5栋", "蒲庙镇新兴小区", "那楼镇那蒙村"]}


def test_no_longer_setting_a_place_as_a_level_lifts_it_and_a_whole_district_is_a_blanket() -> None:
    text = "自3月26日起,不再将港北区港城街道金港小区列为管控区,不再将港北区全域设为防范区。"
    assert by_level(text) == {("lifted", "港北区"): ["港城街道金港小区"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(named_place(), min_size=1, max_size=6, unique=True), st.sampled_from(["、", "、 ", " 、"]))
def test_any_controlled_areas_lifted_with_their_count(places: list[str], sep: str) -> None:
    text = REPORT.format(city="柳州市", district="柳南区", sealed="南环街道红光小区", controlled=sep.join(places),
                         n=len(places))
    assert levels_of(text) == {"lifted": ["南环街道红光小区", *places]}


def test_the_rest_of_a_town_but_the_listed_areas_in_other_words() -> None:
    text = ("关于划定风险区的通告\n经研判,决定将下列区域划定为高风险区,实行封控措施;"
            "将除下列区域以外的青山乡其余区域划定为中风险区,实行管控措施。\n1.青山乡大坪村五组\n2.青山乡卫生院\n")
    assert levels_of(text) == {"high": ["青山乡大坪村五组", "青山乡卫生院"],
                               "medium": ["除下列区域以外的青山乡其余区域"]}


# --- a development zone without a name of its own among places that start with their street ------------------


@settings(max_examples=30, deadline=None)
@given(st.lists(named_place(), min_size=2, max_size=6, unique=True),
       st.sampled_from(["经济开发区", "经开区", "高新区", "经济技术开发区"]), st.integers(0, 5))
def test_any_generic_zone_among_street_led_places_stays_in_its_place(places: list[str], zone: str, at: int) -> None:
    listed = [f"钟楼街道{p}" if k % 2 == 0 else p for k, p in enumerate(places)]
    listed.insert(min(at, len(listed)), f"{zone}金城饭店")
    text = "关于调整风险区的通告\n以下区域由高风险区调整为低风险区:\n" + _numbered(listed)
    assert levels_of(text) == {"low": listed}


def test_lifts_of_places_with_their_level_after_de_in_other_words() -> None:
    assert levels_of("自3月26日起,解除对城关镇金华小区的封控管理。") == {"lifted": ["城关镇金华小区"]}
    assert levels_of("即日起解除城关镇金华小区、龙春花园的管控措施。") == {"lifted": ["城关镇金华小区", "龙春花园"]}


def test_a_rule_about_lifted_management_names_no_place() -> None:
    result = parse_notice("解除后的封控管理要求按规定执行。")
    assert result["changes"] == [] and result["warnings"]


@pytest.mark.parametrize(("wrapped", "place"), [
    ("华华华小区\n\n1号楼。", "华华华小区1号楼"),
    ("华华小区\n\n(1号楼、2号楼除外)。", "华华小区(1号楼、2号楼除外)"),
    ("华华小区(1号楼、2号\n\n楼除外)。", "华华小区(1号楼、2号楼除外)"),
    ("华华小区\n\n1号楼(1号楼、2号楼除外)。", "华华小区1号楼(1号楼、2号楼除外)"),
    ("华华小区1号\n\n楼(1号楼、2号楼除外)。", "华华小区1号楼(1号楼、2号楼除外)"),
    ("华华\n\n小区。", "华华小区"),
])
def test_a_place_broken_across_lines_after_one_line_sections_is_joined(wrapped: str, place: str) -> None:
    # a last line that is a name's part, a note or the rest of a bracket is no item of its own
    text = f"一、新增高风险区\n小店区:金华小区,阳光小区。\n迎泽区:华华小区(西一巷店),{wrapped}"
    assert by_level(text)[("high", "迎泽区")] == ["华华小区(西一巷店)", place]
