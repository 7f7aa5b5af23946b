"""A note after a place that its fenced or actual extent prevails, "A镇B路两边建筑(具体以围蔽范围为准)" (阳江, autumn
2022), "(以实际围合范围为准)": no part of the place, dropped. Other notes stay ("(以最新公布为准)", an exception with
it). Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    in_traditional,
    invented_names,
    levels_of,
)

_NOTICE = "一、高风险区:(一)青柳镇松坪路两边建筑(具体以围蔽范围为准);(二)红枫镇柳湾小区3栋(以实际围合范围为准)。"
_READ = {"high": ["青柳镇松坪路两边建筑", "红枫镇柳湾小区3栋"]}


def test_an_extent_prevails_note_is_dropped() -> None:
    assert levels_of(_NOTICE) == _READ


def test_an_extent_prevails_note_variants() -> None:
    assert levels_of(in_traditional(_NOTICE)) == _READ
    assert levels_of(_NOTICE.translate(HALF_TO_FULL)) == _READ
    # in a sentence, 区域
    assert levels_of("将青柳镇白石村(具体以管控区域为准)划为中风险区。") == {"medium": ["青柳镇白石村"]}


def test_other_notes_are_kept() -> None:
    # guards: a note of something else, an exception with the note
    text = "一、高风险区:(一)青柳镇松坪路两边建筑;(二)红枫镇柳湾小区3栋(以最新公布为准)。"
    assert levels_of(text) == {"high": ["青柳镇松坪路两边建筑", "红枫镇柳湾小区3栋(以最新公布为准)"]}
    text = "将红枫镇柳湾村(除中高风险区域以外,以实际围合为准)划为临时管控区。"
    assert levels_of(text) == {"controlled": ["红枫镇柳湾村(除中高风险区域以外,以实际围合为准)"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=4, unique=True),
       st.sampled_from(["(具体以围蔽范围为准)", "(以实际围合范围为准)", "(具体以封控区域为准)"]), st.booleans())
def test_an_extent_prevails_note_property(names: list[str], note: str, full: bool) -> None:
    places = ["青柳镇" + name + "村" for name in names]
    text = "一、高风险区:" + ";".join(f"({'一二三四'[k]}){place}{note}" for k, place in enumerate(places)) + "。"
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {"high": places}
