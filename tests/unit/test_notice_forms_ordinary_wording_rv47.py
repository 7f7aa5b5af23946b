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
