"""Forms of the forty-ninth held-out set (part b): a copy that turned the space after each item number into "?"
("1.?A街坊3号楼2单元"), with a row's numbered yards written "1号大院、2号大院" after a building; the hour a change
took effect in brackets right after the place ("A小区(…)4栋(2022年12月3日15时)调整为低风险区"); a past
designation told with 自 as the start of the days without cases ("自A镇B村1组被划定为高风险区后已连续5天未发现新增感染
者"); a lift whose lead only says "部分区域" over a part "一、具体区域" and its places, "解除后,按照低风险区管理" under
them (lifted, no level); and the last zones of a city lifted in one sentence, each place with its kind of zone after
it ("解除A园A2 5单元封控区、A园A2管控区的封控、管控管理和B市全域防范区管理"). Each form in variants written here
(invented places, other districts, traditional characters, full-width punctuation), properties over generated
parts, and ordinary wording that is no place."""

from __future__ import annotations

import pytest
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


# --- a "?" after each item number ----------------------------------------------------------------------------

_LOW_LEAD = "经青山区新冠肺炎防控工作指挥部研究决定,自2022年12月5日0时起,将部分地区调整为低风险区,具体情况如下:\n"


def test_a_stray_question_mark_after_each_item_number_is_no_part_of_the_place() -> None:
    text = _LOW_LEAD + "1.?金华街坊3号楼2单元\n2.?翠锦小区16号楼1单元\n3.?星峰公寓\n调整后,青山区共有高风险区3个。"
    assert levels_of(text) == {"low": ["金华街坊3号楼2单元", "翠锦小区16号楼1单元", "星峰公寓"]}


def test_stray_marks_in_traditional_characters_with_yards_of_a_row() -> None:
    text = in_traditional(_LOW_LEAD + "1.?南排三组22栋1号大院、2号大院、23栋1号大院\n2.?锦绣花园4号楼1单元\n")
    assert levels_of(text) == {"low": ["南排三组22栋1号大院、2号大院、23栋1号大院", "锦绣花园4号楼1单元"]}


def test_full_width_stray_marks_and_full_width_stops() -> None:
    text = _LOW_LEAD.translate(HALF_TO_FULL) + "1\uff0e\uff1f阳光家园6号楼3单元\n2\uff0e\uff1f长风嘉园2号楼\n"
    assert levels_of(text) == {"low": ["阳光家园6号楼3单元", "长风嘉园2号楼"]}


@pytest.mark.parametrize("number", ["({})", "{})", "（{}）", "{}）", "{}、", "{}. ", "({}) "])
def test_stray_marks_after_numbers_of_any_style(number: str) -> None:
    items = "".join(f"{number.format(k)}?{place}\n" for k, place in enumerate(["金华街坊3号楼2单元", "星峰公寓"], 1))
    assert levels_of(_LOW_LEAD + items) == {"low": ["金华街坊3号楼2单元", "星峰公寓"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True))
def test_any_list_with_stray_marks_reads_its_places_whole(names: list[str]) -> None:
    items = [f"{n}小区{k + 1}号楼2单元" for k, n in enumerate(names)]
    text = _LOW_LEAD + "".join(f"{k + 1}.?{item}\n" for k, item in enumerate(items))
    assert levels_of(text) == {"low": items}


def test_a_question_mark_in_a_sentence_is_kept() -> None:
    # (a question after an item number in prose is no stray space: nothing is read as a place)
    text = "关于疫情防控的说明\n1.?如何申请核酸检测?请拨打热线。\n2.?何时解除?视情况而定。"
    assert by_level(text) == {}
    # (while the list of places beside it is read without its marks)
    listed = _LOW_LEAD + "1.?金华街坊3号楼2单元\n2.?星峰公寓\n"
    assert levels_of(listed) == {"low": ["金华街坊3号楼2单元", "星峰公寓"]}


# --- the hour of the change in brackets after the place -------------------------------------------------------

def test_a_bracketed_hour_after_the_place_is_no_part_of_it() -> None:
    text = ("长寿区关于调整部分疫情风险区的通告\n经区疫情防控指挥部研究同意,将金华苑(菩提街道朝阳社区朝阳路17号)4栋"
            "(2022年12月3日15时)调整为低风险区。")
    assert levels_of(text) == {"low": ["金华苑(菩提街道朝阳社区朝阳路17号)4栋"]}


def test_bracketed_hours_of_two_places_full_width() -> None:
    text = ("关于调整部分风险区的通告\n经研究,将翠锦小区3栋(12月5日0时起)、星峰村2组(12月5日8时)调整为低风险区。"
            ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"low": ["翠锦小区3栋", "星峰村2组"]}


def test_bracketed_hour_in_traditional_characters() -> None:
    text = in_traditional("关于调整部分风险区的通告\n经研究,将锦绣华庭5栋(2022年12月3日18时)调整为低风险区。")
    assert levels_of(text) == {"low": ["锦绣华庭5栋"]}


@settings(max_examples=30, deadline=None)
@given(name, st.integers(1, 30), st.integers(0, 23))
def test_any_bracketed_hour_is_dropped(estate: str, day: int, hour: int) -> None:
    text = f"关于调整部分风险区的通告\n经研究,将{estate}小区2栋(2022年11月{day}日{hour}时)调整为低风险区。"
    assert levels_of(text) == {"low": [f"{estate}小区2栋"]}


def test_a_bracketed_day_without_an_hour_in_a_list_is_kept() -> None:
    # (the day each place was drawn, kept in the corpus as the place's remark)
    text = "关于划定高风险区的通告\n高风险区:\n金华镇翠锦村(2月21日)\n"
    assert levels_of(text) == {"high": ["金华镇翠锦村(2月21日)"]}
    # (while the day with its hour before the verb goes)
    timed = "关于调整部分风险区的通告\n经研究,将金华镇翠锦村(2月21日8时)调整为低风险区。"
    assert levels_of(timed) == {"low": ["金华镇翠锦村"]}


# --- a past designation told with 自 as the start of the days without cases ----------------------------------

_LIFT = ("决定自2022年11月20日15时起,对{place}高风险区解除管控,按低风险区实施管理。")


def test_a_past_designation_with_zi_is_no_place_of_the_notice() -> None:
    text = ("龙山县关于解除高风险区管控措施的通告\n根据相关规定,自里耶镇金华村1组被划定为高风险区后已连续5天未发现新增"
            "感染者。经研判," + _LIFT.format(place="里耶镇金华村1组"))
    assert levels_of(text) == {"lifted": ["里耶镇金华村1组"]}


def test_past_designation_in_traditional_characters_full_width() -> None:
    text = in_traditional("关于解除高风险区管控措施的通告\n根据相关规定,"
                          "自翠锦小区3栋被划为高风险区后已连续7天无新增感染者。经研判,"
                          + _LIFT.format(place="翠锦小区3栋")).translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["翠锦小区3栋"]}


def test_past_designation_as_a_medium_area() -> None:
    text = ("关于解除风险区管控措施的通告\n自星峰社区5组被确定为中风险区后已连续5日未出现新增感染者。"
            "决定自11月20日起,对星峰社区5组中风险区解除管控,按低风险区实施管理。")
    assert "中风险区" not in str(levels_of(text)) and levels_of(text) == {"lifted": ["星峰社区5组"]}


@settings(max_examples=30, deadline=None)
@given(name, st.integers(2, 9))
def test_any_past_designation_with_a_count_is_dropped(village: str, group: int) -> None:
    place = f"金华镇{village}村{group}组"
    text = (f"关于解除高风险区管控措施的通告\n自{place}被划定为高风险区后已连续5天未发现新增感染者。经研判,"
            + _LIFT.format(place=place))
    assert levels_of(text) == {"lifted": [place]}


def test_a_designation_with_its_measures_after_is_kept() -> None:
    # (no count of days after it: the notice's own change, read as before)
    text = "关于划定高风险区的通告\n经研判,将翠锦小区3栋划定为高风险区,实行“足不出户、上门服务”。"
    assert levels_of(text) == {"high": ["翠锦小区3栋"]}
    # (while the same designation told with 自 before the count of days is the past)
    told = ("关于解除高风险区管控措施的通告\n自翠锦小区3栋被划定为高风险区后已连续5天未发现新增感染者。经研判,"
            + _LIFT.format(place="翠锦小区3栋"))
    assert levels_of(told) == {"lifted": ["翠锦小区3栋"]}


# --- a lift of "部分区域" over a part "一、具体区域" --------------------------------------------------------

_VAGUE = ("重庆市潼南区新冠肺炎疫情防控指挥部\n关于解除对{street}社区部分区域临时管控的通告\n"
          "根据当前潼南区疫情防控工作需要,经区新冠肺炎疫情防控指挥部研究决定,自2022年11月29日18时起,解除对{street}社区部分区域的临时管控。现通告如下:\n"
          "一、具体区域\n{places}\n二、相关要求\n解除后,按照低风险区管理,落实“个人防护、避免集聚”的防护措施。\n")


def test_a_vague_lift_over_a_range_part_lifts_its_places() -> None:
    text = _VAGUE.format(street="桂林街道双坝", places="桂林街道双坝社区2—6社。")
    assert by_level(text) == {("lifted", "潼南区"): ["桂林街道双坝社区2—6社"]}


def test_vague_lift_in_traditional_characters() -> None:
    text = in_traditional(_VAGUE.format(street="金华街道星峰", places="金华街道星峰社区3社、4社。"))
    assert by_level(text) == {("lifted", "潼南区"): ["金华街道星峰社区3社、4社"]}


def test_vague_lift_full_width_with_two_places() -> None:
    text = _VAGUE.format(street="龙春街道翠锦", places="龙春街道翠锦社区锦绣花园1栋;\n龙春街道翠锦社区阳光小区。"
                         ).translate(HALF_TO_FULL)
    assert by_level(text) == {("lifted", "潼南区"): ["龙春街道翠锦社区锦绣花园1栋", "龙春街道翠锦社区阳光小区"]}


@settings(max_examples=30, deadline=None)
@given(name, name)
def test_any_vague_lift_reads_the_part_below(street: str, estate: str) -> None:
    place = f"{street}街道{estate}社区3组"
    assert levels_of(_VAGUE.format(street=f"{street}街道{estate}", places=place + "。")) == {"lifted": [place]}


def test_a_lift_with_an_explicit_new_level_still_moves() -> None:
    # ("调整为低风险区" after the lift is a change of level, not a manner of managing)
    text = _VAGUE.format(street="桂林街道双坝", places="桂林街道双坝社区2社。").replace(
        "解除后,按照低风险区管理", "解除后,调整为中风险区")
    assert levels_of(text) == {"medium": ["桂林街道双坝社区2社"]}


# --- a city's last zones lifted in one sentence, each with its kind ------------------------------------------

def _last_zones(first: str, second: str, city: str) -> str:
    return (f"{city}最新通告 解除封控区、管控区、防范区管理\n依据有关方案,经专家组研判,于2022年5月21日0时,"
            f"解除{first}封控区、{second}管控区的封控、管控管理和{city}全域防范区管理。现通告如下:\n"
            "解除后,广大市民要积极配合落实各项疫情防控措施。\n")


def test_a_citys_last_zones_are_each_lifted() -> None:
    # (the space inside "A2 5单元" is not kept by the parser, as the corpus's scoring ignores it)
    read = levels_of(_last_zones("龙鼎秀园A2 5单元", "龙鼎秀园A2", "和龙市"))
    assert {k: [p.replace(" ", "") for p in v] for k, v in read.items()} == {
        "lifted": ["龙鼎秀园A25单元", "龙鼎秀园A2", "和龙市"]}


def test_last_zones_in_traditional_characters() -> None:
    assert levels_of(in_traditional(_last_zones("金华家园3号楼", "金华家园", "图们市"))) == {
        "lifted": ["金华家园3号楼", "金华家园", "图们市"]}


def test_last_zones_full_width_without_the_precaution_area() -> None:
    text = ("关于解除封控区、管控区的通告\n经研判,自2022年5月21日0时起,"
            "解除翠锦小区2栋封控区、星峰村管控区的封控、管控措施。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["翠锦小区2栋", "星峰村"]}


@settings(max_examples=30, deadline=None)
@given(name, name)
def test_any_two_estates_with_their_zones_are_lifted(first: str, second: str) -> None:
    assume(first != second)
    text = _last_zones(f"{first}小区5栋", f"{second}花园", "敦化市")
    assert levels_of(text) == {"lifted": [f"{first}小区5栋", f"{second}花园", "敦化市"]}


def test_kinds_of_zone_alone_are_no_places() -> None:
    text = "关于解除管理的通告\n经研判,自2022年5月21日0时起,解除部分封控区、管控区的封控、管控管理。"
    assert all("封控区" not in p and "管控区" not in p for ps in levels_of(text).values() for p in ps)
    # (while places named before their kinds are lifted)
    named = text.replace("部分封控区、管控区", "翠锦小区2栋封控区、星峰村管控区")
    assert levels_of(named) == {"lifted": ["翠锦小区2栋", "星峰村"]}
