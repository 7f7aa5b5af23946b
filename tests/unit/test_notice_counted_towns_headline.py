"""The form of a headline that counts the towns a notice moves ("A市6个镇由管控区调整为防范区", "B县3个乡镇…": a count
of towns, the towns named below, no place). Invented places, the wording of the real form (traditional characters,
full-width punctuation), a near miss and a property over generated names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    invented_names,
    levels_of,
    variants_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)



_HEADLINE = "刚刚!金峰3个镇由管控区调整为防范区\n一、将翠湖镇、春晓镇、丽泽镇由管控区调整为防范区。"


@pytest.mark.parametrize("text", [*variants_of(_HEADLINE), _HEADLINE.replace("金峰3个镇", "金峰区3个乡镇")])
def test_a_headline_count_of_towns_is_no_place(text: str) -> None:
    assert {level: sorted(places) for level, places in levels_of(text).items()} \
        == {"precaution": sorted(["翠湖镇", "春晓镇", "丽泽镇"])}


def test_near_miss_a_named_town_in_a_headline_stays_a_place() -> None:
    # (a town named, no count: the headline's place)
    assert levels_of("金峰市翠湖镇由管控区调整为防范区") == {"precaution": ["翠湖镇"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.integers(2, 9), st.sampled_from(["镇", "乡镇", "街道", "个镇街"]))
def test_any_headline_count_of_towns(city: str, town: str, n: int, kind: str) -> None:
    kind = kind.removeprefix("个")
    text = f"{city}{n}个{kind}由管控区调整为防范区\n一、将{town}镇由管控区调整为防范区。"
    assert levels_of(text) == {"precaution": [f"{town}镇"]}
