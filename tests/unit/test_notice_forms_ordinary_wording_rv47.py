"""Ordinary notice wording near the forty-sixth round's rules (invented places): an office named in passing as it
announces something ("此前,西湖区…指挥部宣布对A实行封控") is no issuer of the notice, and gives its district to no
place; the real form, an office leading its line (after a date at most) before "宣布,", still names the district."""

from __future__ import annotations

import pytest

from fangkong.areas.parser import parse_notice

_HEAD = "关于划定风险区域的通告\n"


def _districts(text: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(c["level_to"], c["district"], c["places"]) for c in parse_notice(text, default_year=2022)["changes"]]


@pytest.mark.parametrize("line", [
    "此前,西湖区疫情防控指挥部宣布对金桥花园实行封控。",
    "昨日,红旗镇已全面复工,西湖区疫情防控指挥部宣布,该区中小学暂停线下教学。",
    "记者了解到,西湖区疫情防控指挥部宣布:金桥花园解除封控。",
])
def test_an_office_announcing_in_passing_gives_no_district(line: str) -> None:
    assert _districts(_HEAD + "将红旗村划为封控区。\n" + line)[0] == ("sealed", None, ["红旗村"])


@pytest.mark.parametrize("text", [
    _HEAD + "4月2日,东湖区疫情防控指挥部宣布,将红旗村划为封控区。",
    _HEAD + "东湖区疫情防控指挥部宣布:将红旗村划为封控区。",
    "5月29日,广东省佛山市东湖区新型冠状病毒肺炎疫情防控指挥部宣布,红旗村风险等级由低风险调整为中风险。",
])
def test_an_office_leading_its_line_announcing_names_the_district(text: str) -> None:
    assert _districts(text)[0][1] == "东湖区"


# --- a named part before 和: what lies by it, or others of a kind, is no place of its own --------------------------

@pytest.mark.parametrize("right", ["相邻小区", "附近小区", "涉疫小区", "其他小区"])
def test_a_named_part_and_what_lies_by_it_stay_one_place(right: str) -> None:
    text = _HEAD + f"将红旗村、东风社区部分区域和{right}划为管控区。"
    assert _districts(text) == [("controlled", None, ["红旗村", f"东风社区部分区域和{right}"])]


def test_a_named_part_then_a_named_village_are_two_places() -> None:
    text = _HEAD + "将红旗村、东风社区部分区域和金桥村划为管控区。"
    assert _districts(text) == [("controlled", None, ["红旗村", "东风社区部分区域", "金桥村"])]


# --- a count of divisions heading a list's lines is no end of the list ---------------------------------------------

def test_a_count_of_towns_under_a_level_keeps_its_places() -> None:
    text = _HEAD + "中风险地区:\n涉及乡镇2个。\n红旗镇东风村\n金桥镇阳光村"
    assert _districts(text) == [("medium", None, ["红旗镇东风村", "金桥镇阳光村"])]


def test_a_count_of_towns_after_a_list_still_ends_it() -> None:
    text = _HEAD + "高风险地区:\n东湖区红旗街道\n共涉及街道1个;\n中风险地区:\n西湖区金桥街道"
    assert _districts(text) == [("high", "东湖区", ["红旗街道"]), ("medium", "西湖区", ["金桥街道"])]


# --- a counted level's dash: a remark after it is no list ----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "截至目前,全市新增1个高风险地区——这是本轮疫情以来首次出现高风险地区。",
    "全市现有3个中风险地区—— 均在东湖区。",
])
def test_a_remark_after_a_counted_level_and_a_dash_names_no_place(line: str) -> None:
    assert _districts(_HEAD + "将红旗村划为高风险地区。\n" + line) == [("high", None, ["红旗村"])]


def test_a_counted_levels_dashed_list_still_reads() -> None:
    text = _HEAD + ("北京共有4个高风险地区——东湖区红旗街道、东风镇,西湖区金桥镇;37个中风险地区(涉及10个区),分别是:\n"
                    "东湖区阳光社区")
    assert _districts(text) == [("high", "东湖区", ["红旗街道", "东风镇"]), ("high", "西湖区", ["金桥镇"]),
                                ("medium", "东湖区", ["阳光社区"])]
