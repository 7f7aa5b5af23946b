"""A village with its exception in brackets, then 以及 (及, 和) and another village written bare:
"A镇B村委会C自然村(除高风险区域外)以及D自然村" (阳江, autumn 2022) is two places, the exception the first one's. What
lies by it ("及周边村") is no village named. Notices here are written for the tests."""

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

_NOTICE = "二、中风险区:青柳镇白石村委会金华自然村(除高风险区域外)以及翠峰自然村,实行“人不出区、错峰取物”等防控措施。"
_READ = {"medium": ["青柳镇白石村委会金华自然村(除高风险区域外)", "翠峰自然村"]}


def test_an_excepted_village_and_a_village_are_two_places() -> None:
    assert levels_of(_NOTICE) == _READ


def test_an_excepted_village_and_a_village_variants() -> None:
    assert levels_of(in_traditional(_NOTICE)) == _READ
    assert levels_of(_NOTICE.translate(HALF_TO_FULL)) == _READ
    # 及, a community, 除外 written after
    text = "二、中风险区:青柳镇白石社区(高风险区除外)及翠峰村,实行“人不出区、错峰取物”等防控措施。"
    assert levels_of(text) == {"medium": ["青柳镇白石社区(高风险区除外)", "翠峰村"]}


def test_what_lies_by_the_village_is_no_village() -> None:
    text = "二、中风险区:青柳镇白石村(除高风险区域外)及周边村,实行“人不出区、错峰取物”等防控措施。"
    assert levels_of(text) == {"medium": ["青柳镇白石村(除高风险区域外)及周边村"]}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), st.sampled_from(["以及", "及", "和"]),
       st.sampled_from(["村", "自然村", "社区"]), st.booleans())
def test_an_excepted_village_and_a_village_property(a: str, b: str, join: str, kind: str, full: bool) -> None:
    first, second = f"青柳镇{a}{kind}(除高风险区域外)", f"{b}{kind}"
    text = f"二、中风险区:{first}{join}{second},实行“人不出区、错峰取物”等防控措施。"
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {"medium": [first, second]}
