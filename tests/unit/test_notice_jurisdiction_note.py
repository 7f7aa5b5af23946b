"""A note in brackets after a place on which office runs it, "(该小区属A新区B新城C街道管辖)" (西安, autumn 2022):
an annotation, dropped from the place (the corpus README: annotations are dropped); other brackets stay."""

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

FORM = ("自2022年10月13日19时起,划定风险区域如下:\n"
        "高风险区(1个):小店区坞城街道金华苑小区2号楼2、3单元(该小区属龙城新区春晓新城桃园街道管辖)。\n"
        "中风险区(1个):小店区坞城街道金华苑小区(除2号楼2、3单元)(该小区属龙城新区春晓新城桃园街道管辖)。\n"
        "其他区域为低风险区。")
EXPECTED = {("high", "小店区"): ["坞城街道金华苑小区2号楼2、3单元"],
            ("medium", "小店区"): ["坞城街道金华苑小区(除2号楼2、3单元)"]}


def test_the_jurisdiction_note_is_no_part_of_the_place() -> None:
    for text in variants_of(FORM):
        assert by_level(text) == EXPECTED, text


def test_a_note_without_the_subject_word_is_dropped_too() -> None:
    text = "自2022年10月13日起,划定高风险区(1个):小店区坞城街道龙城家园(属桃园街道管辖)。"
    assert by_level(text) == {("high", "小店区"): ["坞城街道龙城家园"]}


def test_other_brackets_after_a_place_stay() -> None:
    """Near misses: what the place holds, its street's area, who manages the estate (no 管辖) are no such note."""
    for note in ("(含龙城小区)", "(桃园街道辖区)", "(由龙城物业公司管理)"):
        text = f"自2022年10月13日起,划定高风险区(1个):小店区坞城街道金华苑小区{note}。"
        assert by_level(text) == {("high", "小店区"): [f"坞城街道金华苑小区{note}"]}, note


@settings(max_examples=60, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.sampled_from(["该小区属", "该村属", "属"]), st.sampled_from(["小区", "花园", "村"]))
def test_generated_notes_are_dropped(estate: str, zone: str, street: str, opener: str, kind: str) -> None:
    assume(no_real_city(estate, zone, street))
    text = f"自2022年10月13日起,划定高风险区(1个):小店区{estate}{kind}(该小区属{zone}新区{street}街道管辖)。"
    text = text.replace("该小区属", opener)
    assert by_level(text) == {("high", "小店区"): [f"{estate}{kind}"]}, text
