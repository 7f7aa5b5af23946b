"""Ordinary notice wording near the forms of sides written 接 ("adjoins"), premises on listed house numbers and two
counted lists with their old levels (invented places): a station or point whose name starts with a direction and
接 (西接待站, 南接种站, 东接驳站, 西接送点) listed before a place with bounds; premises after a run of three or more
bare addresses; a division or part of one before "1个" (the area it holds, counted). And the forms in their own
words, which must still be read."""

from __future__ import annotations

import pytest

from fangkong.areas.parser import parse_notice

_HIGH = "关于划定高风险区的通告\n现将以下区域划定为高风险区:\n"
_LOWERED = "关于调整风险区域的通告\n经研究,将"
_TAIL = "\n某市新冠肺炎疫情防控指挥部\n2022年12月6日"


def _places(text: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(c["level_to"], c["level_from"], c["places"]) for c in parse_notice(text, default_year=2022)["changes"]]


# --- a side written 接 -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("幸福村3号,西接待站,和平里东至人民路,南至解放路。",
     ["幸福村3号", "西接待站", "和平里东至人民路,南至解放路"]),
    ("客运站,东接驳站,阳光村北至人民路,南至解放路。", ["客运站", "东接驳站", "阳光村北至人民路,南至解放路"]),
    ("和平里,西接送点,阳光村,东至人民路。", ["和平里", "西接送点", "阳光村,东至人民路"]),
    ("人民医院、南接种站、和平里,东至人民路,西至解放路合围区域。",
     ["人民医院", "南接种站", "和平里,东至人民路,西至解放路合围区域"]),
    ("幸福小区,北接种点,东至人民路,西至解放路合围区域。", ["幸福小区", "北接种点,东至人民路,西至解放路合围区域"]),
])
def test_a_station_named_with_a_direction_and_jie_is_no_side(body: str, expected: list[str]) -> None:
    assert _places(_HIGH + body + _TAIL) == [("high", None, expected)]


def test_a_side_written_jie_before_a_side_written_zhi_is_still_a_bound() -> None:
    body = "幸福村北起人民路,西接光明巷,东至和平路,南至解放路合围区域;阳光村。"
    assert _places(_HIGH + body + _TAIL) == [
        ("high", None, ["幸福村北起人民路,西接光明巷,东至和平路,南至解放路合围区域", "阳光村"])]


# --- premises on house numbers --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("人民路1号、解放路3号、和平路5号的沿街商铺、阳光村。",
     ["人民路1号", "解放路3号", "和平路5号的沿街商铺", "阳光村"]),
    ("人民路1号、解放路3号、和平路5号、幸福路7号的临街店铺。",
     ["人民路1号", "解放路3号", "和平路5号", "幸福路7号的临街店铺"]),
    ("幸福小区;人民路1号、解放路3号、和平路5号的门店。", ["幸福小区", "人民路1号", "解放路3号", "和平路5号的门店"]),
])
def test_premises_after_three_bare_addresses_are_not_joined_to_the_last_two(body: str, expected: list[str]) -> None:
    assert _places(_HIGH + body + _TAIL) == [("high", None, expected)]


def test_premises_on_two_addresses_are_still_one_area() -> None:
    body = "幸福小区、人民路1号、解放路3号的门店。"
    assert _places(_HIGH + body + _TAIL) == [("high", None, ["幸福小区", "人民路1号、解放路3号的门店"])]


# --- two counted lists with their old levels ------------------------------------------------------------------------

@pytest.mark.parametrize("lists", [
    "城区1个高风险区和郊区1个中风险区",
    "县城1个高风险区和乡镇1个中风险区",
    "东城区1个高风险区和西城区1个中风险区",
    "城关镇1个高风险区和南关镇1个中风险区",
    "主城区1个高风险区和新区1个中风险区",
    "开发区1个高风险区和高新区1个中风险区",
])
def test_a_division_holding_the_one_area_counted_is_no_place(lists: str) -> None:
    assert _places(_LOWERED + lists + "降为低风险区。" + _TAIL) == []


def test_one_place_counted_once_in_each_list_is_still_read() -> None:
    text = _LOWERED + "幸福小区1个高风险区和阳光村1个中风险区降为低风险区。" + _TAIL
    assert _places(text) == [("low", "high", ["幸福小区"]), ("low", "medium", ["阳光村"])]


def test_a_town_holding_one_area_after_a_list_of_places_reads_no_two_lists() -> None:
    text = _LOWERED + "城关镇金华村、城关镇翠湖路两个高风险区和南关镇1个中风险区降为低风险区。" + _TAIL
    assert _places(text) == []
