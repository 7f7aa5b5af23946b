"""Two forms found read already (kept by these tests): a level's count with its places in brackets after a lead
with a verb ("现将…调整如下:" over "中风险区2个(A小区、B小区)"), both places at the level; and a village's homes by
house number, bare after the first ("A村100家、200家"), one place (as "…08001家、08002家" is). Notices here are
written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    changes_of,
    in_traditional,
    invented_names,
    no_real_city,
)


def _counted(places: str = "甲乙小区、丙丁小区") -> str:
    return f"关于调整风险区域的通告\n根据疫情防控需要,经研判,现将风险区域调整如下:\n中风险区2个({places})。\n"


def _homes(place: str = "杏溪村100家、200家") -> str:
    return f"关于划定风险区域的通告\n高风险区:{place}。\n"


def test_counted_brackets_after_a_lead_with_a_verb() -> None:
    for text in (_counted(), in_traditional(_counted()), _counted().translate(HALF_TO_FULL)):
        assert changes_of(text) == [("medium", None, ["甲乙小区", "丙丁小区"])]


def test_homes_by_number_are_one_place() -> None:
    for text in (_homes(), in_traditional(_homes()), _homes().translate(HALF_TO_FULL)):
        assert changes_of(text) == [("high", None, ["杏溪村100家、200家"])]
    # (near miss: two villages stay two places)
    assert changes_of(_homes("杏溪村、梅林村")) == [("high", None, ["杏溪村", "梅林村"])]


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_any_village_homes(village: str) -> None:
    assume(no_real_city(village))
    assert changes_of(_homes(f"{village}村100家、200家")) == [("high", None, [f"{village}村100家、200家"])]
