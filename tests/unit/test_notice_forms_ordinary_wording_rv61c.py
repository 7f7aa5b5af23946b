"""Ordinary wordings near the rules of f6b2170e and bdaed2e3 (invented places): a bounded area told where it lies
("…合围区域位于A街道B社区"), a list of estates before a bounded area of more than seven items, a town's village
excepted from its district ("A县辖区内B镇C村以外的区域"), a lead-in before a counted heading's first street label
("(1个)具体为A街道:B小区3栋")."""

from __future__ import annotations

import pytest

from tests.unit.test_notice_parser_real_forms import by_level, in_traditional

_LEAD = "长风县疫情防控指挥部通告\n经专家研判,决定"


def _places(text: str) -> list[str]:
    return [place for places in by_level(text).values() for place in places]


@pytest.mark.parametrize("verb", ["位于", "属于", "所在", "即"])
def test_a_bounded_area_told_where_it_lies_is_not_split_before_its_street(verb: str) -> None:
    text = _LEAD.replace("长风县", "长风区") + f"将长风区A路、B路、C路合围区域{verb}康宁街道星悦社区,划定为高风险区。\n"
    assert not any(place.startswith(verb) for place in _places(text)), _places(text)
    assert not any(place.startswith(verb) for place in _places(in_traditional(text)))


def test_the_next_towns_place_run_on_into_a_bounded_area_is_still_split() -> None:
    text = _LEAD.replace("长风县", "长风区") + "解除长风区A路以北、B路以南合围区域丰乐镇星悦小区的管控措施。\n"
    assert "丰乐镇星悦小区" in _places(text)


def test_estates_listed_before_a_bounded_area_past_seven_items_stay_places() -> None:
    estates = [f"{name}小区" for name in ("星悦", "福瑞", "康宁", "胜利", "丰乐", "和平", "幸福", "光明", "东方")]
    text = _LEAD.replace("长风县", "长风区") + f"将长风区{'、'.join(estates)}、A路与B路合围区域划定为中风险区。\n"
    places = _places(text)
    assert places[:2] == ["星悦小区", "福瑞小区"], places
    text = (_LEAD.replace("长风县", "长风区") + f"将长风区{'、'.join(estates[:8])}、A路、B路、C路合围区域"
            "划定为中风险区。\n")
    assert _places(text)[:3] == ["星悦小区", "福瑞小区", "康宁小区"], _places(text)


def test_a_towns_village_excepted_from_the_district_keeps_the_districts_words() -> None:
    text = _LEAD + "将长风县辖区内丰乐镇胜利村以外的区域划定为低风险区。\n"
    assert _places(text) == ["辖区内丰乐镇胜利村以外的区域"]
    assert _places(_LEAD + "将长风县辖区内丰乐镇胜利村划定为高风险区。\n") == ["丰乐镇胜利村"]


def test_a_lead_in_before_a_counted_headings_first_street_is_no_label() -> None:
    text = "长风区疫情防控指挥部通告\n一、高风险区(1个)具体为康宁街道:星悦小区3栋\n"
    assert not any("具体为" in place for place in _places(text)), _places(text)
    text = "长风区疫情防控指挥部通告\n一、高风险区(2个)康宁街道:星悦小区3栋;胜利街道:福瑞小区4栋\n"
    assert _places(text) == ["康宁街道星悦小区3栋", "胜利街道福瑞小区4栋"]
