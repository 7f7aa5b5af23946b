"""Forms of notices that head a level's list with 新划定 ("一、新划定高风险区(4个)"), lift a place with the day or
hour written straight before 对 ("定于6月8日8时对A村全域解除管控措施"), close places in early 2020 by banning every
person and vehicle from going in or out of them ("禁止一切人员和车辆进出A乡B、C村": the sealed level), title the
part of places under a lead "一、具体区域和时间" (a range's title, though it ends in 时间) and write each item with
the day and hour it takes effect from after a comma ("A小区1栋,11月6日(星期日)23时起。"). Each form in variants
written here (invented places, the wording of the real forms: other districts, kinds of place, separators,
traditional characters, full-width punctuation), and properties over generated parts."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- "新划定高风险区(4个)": a heading of newly drawn areas over a line of places ------------------------------

def test_newly_drawn_high_risk_heading_over_a_line_of_places() -> None:
    text = ("滑县关于调整疫情风险区的通告\n决定自12月5日起,滑县对以下区域进行调整:\n一、新划定高风险区(3个)\n"
            "滑县道口镇锦华社区3号楼2单元、春晓小区8号楼;城关镇龙泰社区5区2号楼1单元。\n"
            "二、由高风险区调整为低风险区(1个)\n滑县留固镇东桃村。")
    assert by_level(text) == {("high", "滑县"): ["道口镇锦华社区3号楼2单元", "春晓小区8号楼",
                                                 "城关镇龙泰社区5区2号楼1单元"],
                              ("low", "滑县"): ["留固镇东桃村"]}


def test_newly_drawn_medium_risk_heading_with_full_width_brackets() -> None:
    text = ("关于调整疫情风险区的通告\n一、新划定中风险区(2个)\n迎泽区桥东街道瑞康苑2号楼、金秀家园5号楼。\n"
            "二、新划定低风险区(1个)\n迎泽区老军营街道兴盛里。").translate(HALF_TO_FULL)
    assert by_level(text) == {("medium", "迎泽区"): ["桥东街道瑞康苑2号楼", "金秀家园5号楼"],
                              ("low", "迎泽区"): ["老军营街道兴盛里"]}


def test_newly_drawn_heading_in_traditional_characters() -> None:
    text = in_traditional("关于调整风险区的通告\n一、新划为高风险区(2个)\n清徐县清源镇福瑞小区6号楼;徐沟镇长风村。\n"
                          "本通告自发布之日起实施。")
    assert by_level(text) == {("high", "清徐县"): ["清源镇福瑞小区6号楼", "徐沟镇长风村"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True), st.sampled_from(["高风险区", "中风险区", "封控区"]),
       st.sampled_from(["新划定", "新划为"]), st.sampled_from(["、", ";"]), st.booleans())
def test_any_newly_drawn_heading_heads_its_places(names: list[str], level: str, verb: str, sep: str,
                                                   traditional: bool) -> None:
    places = [f"{n}小区{k + 1}号楼" for k, n in enumerate(names)]
    text = f"关于调整风险区的通告\n一、{verb}{level}({len(places)}个)\n{sep.join(places)}。\n本通告自发布之日起实施。"
    expected = {"高风险区": "high", "中风险区": "medium", "封控区": "sealed"}[level]
    assert levels_of(in_traditional(text) if traditional else text) == {
        expected: places}


# --- "定于6月8日8时对A全域解除管控措施": 对 right after the day or hour of a lift ----------------------------

def test_lift_with_the_hour_straight_before_dui() -> None:
    text = ("关于龙春村管控区解封的通告\n根据有关规定,经研判,定于2022年6月8日8时对金华镇龙春村全域解除管控措施。\n"
            "解封后要严格落实卡口值守。\n迎泽区金华镇疫情防控工作领导小组办公室\n2022年6月8日")
    assert by_level(text) == {("lifted", "迎泽区"): ["金华镇龙春村全域"]}


def test_lift_with_the_day_straight_before_dui_full_width() -> None:
    text = "关于解除封控的通告\n经研判,于5月3日对锦绣花园小区(3号楼、5号楼)解除封控。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["锦绣花园小区(3号楼、5号楼)"]}


def test_lift_with_the_hour_in_chinese_numerals_in_traditional_characters() -> None:
    text = in_traditional("关于解除管控的通告\n经研判,决定于六月九日零时对兴盛社区、福瑞村解除管控措施。")
    assert levels_of(text) == {"lifted": ["兴盛社区", "福瑞村"]}


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["村", "社区", "小区"]), st.sampled_from(["定于", "于", "决定于", ""]),
       st.sampled_from(["6月8日", "2022年6月8日8时", "6月8日20时30分", "6月8日18点"]),
       st.sampled_from(["解除管控措施", "解除封控", "解除封控措施"]), st.sampled_from(["全域", ""]))
def test_any_place_lifted_after_its_hour(place: str, kind: str, lead: str, when: str, lift: str, whole: str) -> None:
    text = f"关于解除管控的通告\n经研判,{lead}{when}对{place}{kind}{whole}{lift}。"
    assert levels_of(text) == {"lifted": [f"{place}{kind}{whole}"]}


# --- "禁止一切人员和车辆进出A": the places closed in early 2020, sealed ---------------------------------------

def test_traffic_ban_into_two_villages_sharing_their_kind() -> None:
    text = ("关于龙泉乡金峰、春晓实行封闭式管理的紧急通告\n为减少人员流动,龙泉乡金峰、春晓村指挥部决定:\n"
            "1、自2月3日00时起至2月6日14时,禁止一切人员和车辆进出龙泉乡金峰、春晓村。\n"
            "2、封闭期间,所有群众一律不得外出。\n龙泉乡金峰、春晓村指挥部\n2020年2月2日")
    assert levels_of(text) == {"sealed": ["龙泉乡金峰", "春晓村"]}


def test_traffic_ban_into_a_community_of_a_named_county_full_width() -> None:
    text = ("关于实行封闭管理的通告\n经研究,自2月5日起,严禁所有人员、车辆出入平遥县古陶镇康宁社区;"
            "居民一律不得外出。").translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "平遥县"): ["古陶镇康宁社区"]}


def test_traffic_ban_in_traditional_characters() -> None:
    text = in_traditional("关于封闭管理的通告\n即日起,禁止一切人员及车辆进出东关镇西河村、北河村。")
    assert levels_of(text) == {"sealed": ["东关镇西河村", "北河村"]}


def test_traffic_ban_into_a_reference_or_a_level_names_no_place() -> None:
    for closed in ("上述区域", "封控区", "本村"):
        text = (f"关于封闭管理的通告\n自2月3日起,禁止一切人员和车辆进出龙泉村。\n"
                f"封闭期间,禁止一切人员和车辆进出{closed}。")
        assert levels_of(text) == {"sealed": ["龙泉村"]}, closed


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=3, unique=True), st.sampled_from(["村", "社区", "小区"]),
       st.sampled_from(["禁止一切人员和车辆进出", "禁止所有人员、车辆出入", "严禁人员车辆进出"]),
       st.sampled_from(["自2月3日00时起至2月6日14时,", "即日起,", "封闭期间,"]))
def test_any_places_banned_to_traffic_are_sealed(names: list[str], kind: str, ban: str, when: str) -> None:
    places = [f"{n}{kind}" for n in names]
    text = f"关于封闭管理的通告\n{when}{ban}{'、'.join(places)}。"
    assert levels_of(text) == {"sealed": places}


# --- "一、具体区域和时间" over street sections, each item with its starting hour -----------------------------

NOTICE_WITH_RANGE_AND_TIME = (
    "关于划定临时管控区域的通告\n经研究,决定在部分区域划定临时管控区,具体如下:\n一、具体区域和时间\n(一)龙泉街道\n"
    "金华花园3栋,11月6日(星期日)23时起。\n(二)春晓街道\n锦绣家园2栋2单元,11月7日(星期一)9时起。\n"
    "二、防控措施\n(一)期间上述区域原则上“只进不出”。\n两江新区疫情防控指挥部\n2022年11月7日")


def test_range_and_time_part_over_street_sections() -> None:
    assert by_level(NOTICE_WITH_RANGE_AND_TIME) == {
        ("controlled", "两江新区"): ["龙泉街道金华花园3栋", "春晓街道锦绣家园2栋2单元"]}


def test_range_and_time_part_full_width_and_traditional() -> None:
    for text in (NOTICE_WITH_RANGE_AND_TIME.translate(HALF_TO_FULL), in_traditional(NOTICE_WITH_RANGE_AND_TIME)):
        assert levels_of(text) == {"controlled": ["龙泉街道金华花园3栋", "春晓街道锦绣家园2栋2单元"]}


def test_range_and_implementation_time_part_over_numbered_items() -> None:
    text = ("关于划定封控区的通告\n经研判,决定划定以下封控区,现将有关事项通告如下:\n一、封控范围及实施时间\n"
            "1.瑞康小区5号楼,自10月3日18时起;\n2.兴盛村三组,10月4日起。\n二、管控要求\n居民足不出户。")
    assert levels_of(text) == {"sealed": ["瑞康小区5号楼", "兴盛村三组"]}


def test_items_with_their_starting_hour_after_a_comma() -> None:
    text = ("关于划定临时管控区的通告\n临时管控区:\n1.龙春苑2栋,11月6日(周日)18时起。\n"
            "2.福瑞小区1单元, 11月7日上午8时起。\n3.北湾村,11月8日起。")
    assert levels_of(text) == {"controlled": ["龙春苑2栋", "福瑞小区1单元", "北湾村"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(name, name), min_size=1, max_size=3, unique_by=lambda pair: pair[0]),
       st.sampled_from(["(星期日)", "(周一)", ""]), st.sampled_from(["23时", "9时30分", "8点", ""]),
       st.sampled_from(["一、具体区域和时间", "一、管控范围和时间", "一、具体范围及实施时间"]), st.booleans())
def test_any_street_sections_with_hours_under_a_range_and_time_part(
        sections: list[tuple[str, str]], weekday: str, hour: str, part: str, full_width: bool) -> None:
    # (a street named like a compound of another section, "金华街道" and "金华花园", is still its own street; only
    # two sections of one street would be ambiguous, kept out by unique_by)
    assume(all(street != compound for street, compound in sections))
    lines = [f"({'一二三'[k]}){street}街道\n{compound}花园3栋,11月{6 + k}日{weekday}{hour}起。"
             for k, (street, compound) in enumerate(sections)]
    text = ("关于划定临时管控区域的通告\n经研究,决定在部分区域划定临时管控区,具体如下:\n"
            f"{part}\n" + "\n".join(lines) + "\n二、防控措施\n居民足不出户。")
    if full_width:
        text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": [f"{street}街道{compound}花园3栋" for street, compound in sections]}
