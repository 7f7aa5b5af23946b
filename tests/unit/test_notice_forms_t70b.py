"""Forms of notices that list a building's stairwells after it ("A苑6栋2梯、11栋3梯"), bound an area by sides
after commas closed by 合围区 before the verb ("A村东至B,西、北至C,南至D合围区划为中风险区"), enclose an area by
roads with 包围 ("A街道B路、C路、D大道所包围区域"), list the homes of cases by their numbers ("A村新冠病毒感染者
06011家、06012家"), write a street once, unnumbered, above its numbered items ("新华街" over "(一)A大厦"), and
name the district only by its own channel ("“成都武侯发布”微信公众号…消息"). Each form in variants written here
(invented places, traditional characters, full-width punctuation), a near miss, and properties over generated
names."""

from __future__ import annotations

from hypothesis import given, settings
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

_FUZHOU_HEAD = ("鼓楼区疫情防控指挥部通告\n\n  决定自2022年11月1日13时起,我区划定以下高风险区、中风险区。\n\n"
                "  一、高风险区\n\n")


# --- a building's stairwells after it ------------------------------------------------------------------------

def _stairwells(first: str, second: str) -> str:
    return (_FUZHOU_HEAD + f"  1.将东湖镇{first}划为高风险区。青松苑二区划为中风险区(除高风险区外)。\n\n"
            f"  2.将东湖镇{second}划为高风险区。桂香园划为中风险区(除高风险区外)。\n")


def test_stairwells_of_buildings_are_one_place() -> None:
    text = _stairwells("青松苑二区3栋1梯、15栋2梯", "桂香园7号楼1梯、12号楼2梯")
    assert by_level(text) == {("high", "鼓楼区"): ["东湖镇青松苑二区3栋1梯、15栋2梯",
                                                 "东湖镇桂香园7号楼1梯、12号楼2梯"],
                              ("medium", "鼓楼区"): ["青松苑二区", "桂香园"]}


def test_stairwells_in_traditional_characters() -> None:
    text = in_traditional(_stairwells("青松苑二区3栋1梯、15栋2梯", "桂香园7号楼1梯、12号楼2梯"))
    assert levels_of(text)["high"] == ["东湖镇青松苑二区3栋1梯、15栋2梯", "东湖镇桂香园7号楼1梯、12号楼2梯"]


def test_stairwells_with_full_width_punctuation() -> None:
    text = _stairwells("青松苑二区3栋1梯、15栋2梯", "桂香园7号楼1梯、12号楼2梯").translate(HALF_TO_FULL)
    assert levels_of(text)["high"] == ["东湖镇青松苑二区3栋1梯、15栋2梯", "东湖镇桂香园7号楼1梯、12号楼2梯"]


def test_named_place_after_a_stairwell_is_its_own() -> None:
    text = _stairwells("青松苑二区3栋1梯、翠湖大厦", "桂香园7号楼1梯")
    assert levels_of(text)["high"] == ["东湖镇青松苑二区3栋1梯", "翠湖大厦", "东湖镇桂香园7号楼1梯"]


@settings(max_examples=20, deadline=None)
@given(name, st.lists(st.integers(1, 40), min_size=2, max_size=4, unique=True), st.integers(1, 6),
       st.sampled_from(["栋", "号楼", "幢"]))
def test_any_run_of_stairwells(estate: str, buildings: list[int], well: int, kind: str) -> None:
    run = "、".join(f"{b}{kind}{well}梯" for b in buildings)
    text = _stairwells(f"{estate}苑{run}", "桂香园7号楼1梯")
    assert levels_of(text)["high"] == [f"东湖镇{estate}苑{run}", "东湖镇桂香园7号楼1梯"]


# --- bounds by sides after commas closed by 合围区 before the verb ---------------------------------------------

def _bounded(area: str) -> str:
    return _FUZHOU_HEAD + f"  1.将东湖镇青松村18号划为高风险区。{area}划为中风险区(除高风险区外)。\n"


_AREA = "青松村上店东至与某某学院交界处,西、北至上店后山山脚,南至与某某学校交界处合围区"


def test_sides_closed_by_enclosed_area_are_one_place() -> None:
    assert by_level(_bounded(_AREA)) == {("high", "鼓楼区"): ["东湖镇青松村18号"], ("medium", "鼓楼区"): [_AREA]}


def test_sides_closed_by_enclosed_area_in_traditional_characters() -> None:
    assert levels_of(in_traditional(_bounded(_AREA)))["medium"] == [_AREA]


def test_sides_closed_by_enclosed_area_with_full_width_punctuation() -> None:
    assert levels_of(_bounded(_AREA).translate(HALF_TO_FULL))["medium"] == [_AREA]


def test_places_after_commas_without_sides_stay_apart() -> None:
    text = _bounded("青松村上店,翠湖新村合围区")
    assert levels_of(text)["medium"] != ["青松村上店,翠湖新村合围区"]


@settings(max_examples=20, deadline=None)
@given(name, name, name, name, st.sampled_from(["西、北", "西", "北、西"]), st.sampled_from(["合围区", "合围区域"]))
def test_any_sides_closed_by_enclosed_area(village: str, east: str, west: str, south: str, sides: str,
                                           tail: str) -> None:
    area = f"{village}村东至{east}路,{sides}至{west}山脚,南至{south}河{tail}"
    assert levels_of(_bounded(area))["medium"] == [area]


# --- roads that surround an area (包围) -------------------------------------------------------------------------

def _surrounded(area: str) -> str:
    return ("海珠区疫情防控指挥部通告\n\n自2021年6月23日起,部分区域疫情风险等级调整如下:\n\n"
            f"  一、海珠区{area}由中风险地区调整为低风险地区。\n\n  二、其他地区风险等级不变。\n")


_ROADS = "江南街道向阳路、向阳横路、宏达大道、江南三路所包围区域"


def test_roads_surrounding_an_area_are_one_place() -> None:
    assert by_level(_surrounded(_ROADS)) == {("low", "海珠区"): [_ROADS]}


def test_roads_surrounding_an_area_in_traditional_characters() -> None:
    assert levels_of(in_traditional(_surrounded(_ROADS)))["low"] == [_ROADS]


def test_roads_surrounding_an_area_with_full_width_punctuation() -> None:
    assert levels_of(_surrounded(_ROADS).translate(HALF_TO_FULL))["low"] == [_ROADS]


def test_places_without_surrounding_stay_apart() -> None:
    assert levels_of(_surrounded("江南街道向阳小区、宏达花园"))["low"] == ["江南街道向阳小区", "宏达花园"]


@settings(max_examples=20, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True), st.sampled_from(["所包围区域", "包围区域", "所包围的区域"]))
def test_any_roads_surrounding_an_area(roads: list[str], tail: str) -> None:
    area = "江南街道" + "、".join(f"{r}路" for r in roads) + tail
    assert levels_of(_surrounded(area))["low"] == [area]


# --- the homes of cases by their numbers ----------------------------------------------------------------------

def _homes(high: str) -> str:
    return ("琼中县疫情防控工作指挥部关于划定高风险区的通报\n\n"
            "    经专家组研判,自2022年8月6日20时起,在琼中县湾岭镇划定高风险区。\n"
            f"    一、高风险区\n    将{high}划为高风险区域。\n    采取封控措施:足不出户、上门服务。\n")


_HOMES = "湾岭镇水央村新冠病毒感染者06011家、06012家、06013家,湾岭镇大坡村新冠病毒感染者06014家"


def test_homes_of_cases_are_one_place_per_village() -> None:
    assert by_level(_homes(_HOMES)) == {("high", "琼中县"): ["湾岭镇水央村新冠病毒感染者06011家、06012家、06013家",
                                                           "湾岭镇大坡村新冠病毒感染者06014家"]}


def test_homes_of_cases_in_traditional_characters() -> None:
    assert levels_of(in_traditional(_homes(_HOMES)))["high"] == [
        "湾岭镇水央村新冠病毒感染者06011家、06012家、06013家", "湾岭镇大坡村新冠病毒感染者06014家"]


def test_homes_of_cases_with_full_width_punctuation() -> None:
    assert levels_of(_homes(_HOMES).translate(HALF_TO_FULL))["high"] == [
        "湾岭镇水央村新冠病毒感染者06011家、06012家、06013家", "湾岭镇大坡村新冠病毒感染者06014家"]


def test_a_named_place_after_a_home_is_its_own() -> None:
    assert levels_of(_homes("湾岭镇水央村新冠病毒感染者06011家、大坡村委会区域"))["high"] == [
        "湾岭镇水央村新冠病毒感染者06011家", "大坡村委会区域"]


@settings(max_examples=20, deadline=None)
@given(name, st.lists(st.integers(1000, 99999), min_size=2, max_size=5, unique=True))
def test_any_homes_of_cases(village: str, numbers: list[int]) -> None:
    place = f"湾岭镇{village}村新冠病毒感染者" + "、".join(f"{n:05d}家" for n in numbers)
    assert levels_of(_homes(place))["high"] == [place]


# --- a street written once, unnumbered, above its numbered items ----------------------------------------------

def _street_over_items(street: str, items: list[str]) -> str:
    lines = "\n\n".join(f"({'一二三四'[i]}){item}。" for i, item in enumerate(items))
    return ("自管控之日起,划定风险区域如下:\n\n一、高风险区\n\n(一)东湖街\n\n青松花园小区。\n\n"
            f"二、中风险区\n\n{street}\n\n{lines}\n\n以上区域落实“人不出区、错峰取物”措施。\n")


def test_unnumbered_street_heads_its_numbered_items() -> None:
    text = _street_over_items("东湖街", ["金桥大厦", "翠苑、春晓花园小区及附近区域", "青松花园小区(高风险区除外)"])
    assert levels_of(text) == {"high": ["东湖街青松花园小区"],
                               "medium": ["东湖街金桥大厦", "东湖街翠苑", "东湖街春晓花园小区及附近区域",
                                          "东湖街青松花园小区(高风险区除外)"]}


def test_unnumbered_street_in_traditional_characters() -> None:
    text = in_traditional(_street_over_items("东湖街", ["金桥大厦", "翠苑"]))
    assert levels_of(text)["medium"] == ["东湖街金桥大厦", "东湖街翠苑"]


def test_unnumbered_street_with_full_width_punctuation() -> None:
    text = _street_over_items("东湖街", ["金桥大厦", "翠苑"]).translate(HALF_TO_FULL)
    assert levels_of(text)["medium"] == ["东湖街金桥大厦", "东湖街翠苑"]


def test_unnumbered_place_over_a_level_heading_is_a_place() -> None:
    text = ("自管控之日起,划定风险区域如下:\n\n中风险区\n\n东湖街\n\n1.高风险区\n\n金桥大厦。\n")
    assert "东湖街金桥大厦" not in levels_of(text).get("high", [])


@settings(max_examples=20, deadline=None)
@given(name, st.lists(name, min_size=1, max_size=3, unique=True))
def test_any_unnumbered_street_over_items(street: str, items: list[str]) -> None:
    text = _street_over_items(f"{street}街", [f"{i}大厦" for i in items])
    assert levels_of(text)["medium"] == [f"{street}街{i}大厦" for i in items]


# --- the district named by its own channel ----------------------------------------------------------------------

def _channel(channel: str) -> str:
    return (f"“{channel}发布”微信公众号11月10日消息,根据当前疫情防控工作需要,"
            "经区新型冠状病毒肺炎疫情防控指挥部综合研判,"
            "决定自管控之日起,划定风险区域如下:\n\n一、高风险区\n\n(一)东湖街\n\n青松花园小区。\n")


def test_district_named_by_its_own_channel() -> None:
    assert by_level(_channel("成都武侯")) == {("high", "武侯区"): ["东湖街青松花园小区"]}


def test_district_named_by_its_own_channel_in_traditional_characters() -> None:
    assert by_level(in_traditional(_channel("深圳龙岗"))) == {("high", "龙岗区"): ["东湖街青松花园小区"]}


def test_district_named_by_its_own_channel_with_full_width_punctuation() -> None:
    assert by_level(_channel("杭州余杭").translate(HALF_TO_FULL)) == {("high", "余杭区"): ["东湖街青松花园小区"]}


def test_a_city_channel_names_no_district() -> None:
    assert by_level(_channel("成都")) == {("high", None): ["东湖街青松花园小区"]}


@settings(max_examples=10, deadline=None)
@given(st.sampled_from([("成都武侯", "武侯区"), ("深圳龙岗", "龙岗区"), ("杭州余杭", "余杭区"),
                        ("武汉江汉", "江汉区")]),
       st.sampled_from(["微信公众号", "官方微信", "公众号"]))
def test_any_district_channel(channel: tuple[str, str], kind: str) -> None:
    text = _channel(channel[0]).replace("微信公众号", kind)
    assert by_level(text) == {("high", channel[1]): ["东湖街青松花园小区"]}
