"""A numbered building's wing by its letter, "A街11号5号楼B座" (太原, late 2022), is a part of the same building:
where a count stated over the list differs from the places read (a partial copy), the place is not cut after
"5号楼" as a run-on list's next place would be ("A花园22栋B广场9栋": the count says each building ends a place)."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    by_level,
    invented_names,
    no_real_city,
    variants_of,
)

# (the count, 6, is more than the places listed, a copy cut off inside the list, by as many as the wings)
FORM = ("调整为低风险区\n迎泽区(6个):龙城街11号5号楼A座,龙城街11号5号楼B座,春晓苑8号院b座,金华苑小区。\n")
EXPECTED = {("low", "迎泽区"): ["龙城街11号5号楼A座", "龙城街11号5号楼B座", "春晓苑8号院b座", "金华苑小区"]}


def test_a_buildings_lettered_wing_stays_on_its_building() -> None:
    for text in variants_of(FORM):
        assert by_level(text) == EXPECTED, text


def test_a_run_on_list_is_still_cut_where_the_count_says() -> None:
    """Near miss: a name that starts with a Latin letter after a building is the next place of a run-on list."""
    text = "调整为低风险区\n迎泽区(2个):龙城花园22栋B广场商铺9栋。\n"
    assert by_level(text) == {("low", "迎泽区"): ["龙城花园22栋", "B广场商铺9栋"]}


@settings(max_examples=60, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.integers(1, 30), st.integers(1, 9), st.sampled_from("ABCDab"),
       st.sampled_from(["座", "单元"]), st.sampled_from(["号楼", "栋", "幢"]))
def test_generated_wings(road: str, number: int, building: int, letter: str, wing: str, kind: str) -> None:
    assume(no_real_city(road))
    first = f"{road}街{number}号{building}{kind}{letter}{wing}"
    text = f"调整为低风险区\n迎泽区(3个):{first},金华苑小区。\n"
    assert by_level(text) == {("low", "迎泽区"): [first, "金华苑小区"]}, text
