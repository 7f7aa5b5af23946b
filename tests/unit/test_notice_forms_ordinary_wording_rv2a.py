"""Ordinary wording near the forms of 458437f7 and eb1259be that those rules must not change (review rv2a, invented
places): a house number followed by the division's own office, school or clinic ("朝阳街道建设路5号朝阳街道卫生院
1幢") is one place, not two division-led rows; a place named after a town ("江南古镇小区", "江南水乡花园") leads no
row; 起 after a time's other last words ("自本通告下发起", "自凌晨起", "自此起", "自解封起") still opens the object;
and a district's defined short name, a "新增区域" heading, "LEVEL包括," and "调整增为" read as before."""

from __future__ import annotations

import pytest

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import in_traditional, levels_of

_TITLE = "某市某区关于调整部分区域疫情风险等级的通告\n根据当前疫情防控需要,经研究决定:\n"


# --- 1. places led by a division run together: the division's own building after a house number is one place


@pytest.mark.parametrize("place", [
    "朝阳街道建设路5号朝阳街道卫生院1幢",
    "城关镇解放路3号城关镇中学3栋",
    "南湖街道南湖路3号南湖街道派出所宿舍5幢",
    "东城街道幸福路1号院东城街道办事处家属楼3号楼",
    "东城街道人民路8号西城街道社区卫生服务中心2号楼",
    "东城街道幸福路3号东城街道办事处2栋",
    "金山镇幸福路3号江南古镇小区3幢",
    "金山乡幸福路3号江南水乡花园3幢",
    "金山镇幸福路3号碧桂园小镇5栋",
    "东城街道幸福路1号西城街道办事处宿舍",
    "东城街道幸福路12号金山镇敬老院1幢",
    "东城街道幸福里小区5栋大坪镇金桂路7号",
])
def test_a_house_number_then_a_building_of_the_division_is_one_place(place: str) -> None:
    assert levels_of(_TITLE + f"将{place}划定为高风险区。\n") == {"high": [place]}


def test_a_division_own_building_in_traditional_characters() -> None:
    text = in_traditional(_TITLE + "将朝阳街道建设路5号朝阳街道卫生院1幢划定为高风险区。\n")
    assert levels_of(text) == {"high": ["朝阳街道建设路5号朝阳街道卫生院1幢"]}


def test_division_led_rows_still_cut_and_separators_kept() -> None:
    assert levels_of(_TITLE + "将东城街道人民路8号西城街道人民路9号划定为高风险区。\n") == \
        {"high": ["东城街道人民路8号", "西城街道人民路9号"]}
    assert levels_of(_TITLE + "将东城街道幸福路3号、西城街道人民路5号划定为高风险区。\n") == \
        {"high": ["东城街道幸福路3号", "西城街道人民路5号"]}
    assert levels_of(_TITLE + "将东城街道幸福里小区5栋和西城街道金桂路7号划定为高风险区。\n") == \
        {"high": ["东城街道幸福里小区5栋", "西城街道金桂路7号"]}


# --- 2. 起 after a time's other last words still opens the object (no 将)


@pytest.mark.parametrize("start", [
    "自本通告下发起", "自本通告印发起", "自本通告发出起", "自12月5日凌晨起", "自12月5日中午起", "自今晨起", "自此起",
    "自解封起", "自12月5日18时起", "自本通告公布之时起",
])
def test_qi_after_a_time_opens_the_object(start: str) -> None:
    assert levels_of(_TITLE + f"{start}幸福小区调整为低风险区。\n") == {"low": ["幸福小区"]}


def test_qi_after_a_time_in_traditional_characters() -> None:
    assert levels_of(in_traditional(_TITLE + "從12月5日淩晨起幸福小區調整為低風險區。\n")) == {"low": ["幸福小区"]}


@pytest.mark.parametrize("start", ["自本通告下发起将", "自12月5日凌晨起将", "即日起将", "自12月5日18时起将"])
def test_qi_before_jiang(start: str) -> None:
    assert levels_of(_TITLE + f"{start}幸福小区划定为高风险区。\n") == {"high": ["幸福小区"]}


def test_qi_inside_a_name_still_read_whole() -> None:
    assert levels_of(_TITLE + "幸福小区3栋、凤起小区131号等2个高风险区调整为低风险区。\n") == \
        {"low": ["幸福小区3栋", "凤起小区131号"]}


# --- 3. a district's defined short name: only the notice's own district, not a document's or an office's


def _district(text: str) -> list[str | None]:
    return [c["district"] for c in parse_notice(text, default_year=2022)["changes"]]


@pytest.mark.parametrize("lead", [
    "根据《乐东黎族自治县疫情防控工作方案》(以下简称《方案》),经研判,",
    "乐东黎族自治县疫情防控指挥部(以下简称县指挥部)决定,",
    "经乐东黎族自治县人民政府(以下简称县政府)研究,",
    "乐东黎族自治县(以下简称\"乐东\")",
])
def test_other_short_names_leave_the_district(lead: str) -> None:
    text = f"乐东黎族自治县新冠肺炎疫情防控指挥部关于调整风险区域的通告\n{lead}将黄流镇东孔村划定为高风险区。\n"
    assert _district(text) == ["乐东黎族自治县"]


# --- 4. "新增区域" headings, "LEVEL包括,", "调整增为", a change then days: ordinary wording as before


def test_added_heading_with_two_levels_counted_is_not_given_a_level() -> None:
    text = ("乐东县关于调整风险区域的通告\n经专家组研判,高风险区调整为3个,中风险区调整为2个。具体情况如下:\n"
            "一、新增区域\n黄流镇东孔村。\n二、解除区域\n黄流镇新荣村。\n")
    assert levels_of(text) == {}


def test_includes_comma_not_a_list() -> None:
    head = "麒麟区关于调整风险区域的通告\n"
    assert levels_of(head + "高风险区包括,本次通告划定的幸福小区。\n") == {}
    assert levels_of(head + "高风险区包括,居家隔离人员。\n") == {}
    assert levels_of(head + "高风险区管控措施包括,足不出户、上门服务。\n") == {}


def test_adjust_added_and_days_after_a_change() -> None:
    assert levels_of(_TITLE + "将幸福小区3幢调整增为高风险区,阳光花园调整增加核酸检测点。\n") == \
        {"high": ["幸福小区3幢"]}
    assert levels_of(_TITLE + "将幸福小区调整为低风险区。调整为低风险区后3天内,居民非必要不离开本市。\n") == \
        {"low": ["幸福小区"]}
    assert levels_of(_TITLE + "幸福小区调整为低风险区后3天内非必要不外出。\n") == {"low": ["幸福小区"]}

