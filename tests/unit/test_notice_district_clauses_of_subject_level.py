"""A level as the subject of its places written district by district, each district's places after a ";":
"根据通告,封控区包括甲区A、B;乙区C。" (海口, spring 2022): every clause that opens with a district of its own goes on
with the level's object, its places in that district."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import by_level, variants_of
from tests.unit.test_notice_render import DISTRICTS, place

FORM = "根据通告,封控区包括迎泽区桃园路金华苑7栋、龙城路春晓市场;小店区坞城路星峰广场;晋源区锦绣村。"
EXPECTED = {("sealed", "迎泽区"): ["桃园路金华苑7栋", "龙城路春晓市场"], ("sealed", "小店区"): ["坞城路星峰广场"],
            ("sealed", "晋源区"): ["锦绣村"]}


def test_each_districts_clause_after_a_semicolon_goes_on_with_the_object() -> None:
    for text in variants_of(FORM):
        assert by_level(text) == EXPECTED, text


def test_a_clause_of_another_level_or_of_no_district_ends_the_object() -> None:
    """Near misses: the next level's clause is its own; a clause opening with no district is no place of the list."""
    text = "根据通告,封控区包括迎泽区金华苑7栋;管控区包括小店区星峰村。"
    assert by_level(text) == {("sealed", "迎泽区"): ["金华苑7栋"], ("controlled", "小店区"): ["星峰村"]}
    text = "根据通告,封控区包括迎泽区金华苑7栋、龙城家园;春晓小区实行封闭管理。"
    assert by_level(text) == {("sealed", "迎泽区"): ["金华苑7栋", "龙城家园"]}
    # (review rv72a: a district's clause that tells a measure, or none, names no places of the list)
    for clause in ("小店区全域实行常态化防控", "小店区不涉及", "小店区居民非必要不外出"):
        text = f"根据通告,封控区包括迎泽区金华苑7栋、龙城家园;{clause}。"
        assert by_level(text) == {("sealed", "迎泽区"): ["金华苑7栋", "龙城家园"]}, clause


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(DISTRICTS), st.lists(place(), min_size=1, max_size=3, unique=True)),
                min_size=2, max_size=3, unique_by=lambda item: item[0]),
       st.sampled_from(["包括", "为"]))
def test_generated_clauses(groups: list[tuple[str, list[str]]], verb: str) -> None:
    # (not a place starting with 城 after a county: "清徐县城金金街道…" reads as the county town's street)
    assume(not any(d.endswith("县") and p.startswith("城") for d, places in groups for p in places))
    assume(len({p for _d, places in groups for p in places}) == sum(len(places) for _d, places in groups))
    listed = ";".join(district + "、".join(places) for district, places in groups)
    text = f"根据通告,管控区{verb}{listed}。"
    assert by_level(text) == {("controlled", d): places for d, places in groups}, text
