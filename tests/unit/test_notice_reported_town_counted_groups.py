"""The form of a report of an office's notice, its list in one sentence after the office and the time ("据A县指挥部
通报,自10月26日15时起,划定5个中风险区,为B镇(2个)的C、D;E街道(3个)的F、G和H": the places grouped by town between
";", each group its town, its count in brackets and 的; the town goes in front of each place, the office names the
district). Invented places, the wording of the real form (traditional characters, full-width punctuation), a near
miss and a property over generated names."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    by_level,
    invented_names,
    variants_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)



_REPORT = ("福建战疫录:金峰县新划定5个中风险地区\n"
           "  据金峰县新型冠状病毒感染肺炎疫情防控指挥部通报,自2022年10月26日15时起,划定5个中风险区,"
           "为翠湖镇(2个)的春晓花园、锦绣公馆;丽泽街道(3个)的阳光城B区、龙峰花园和星悦墅2期(56栋至64栋)。")


@pytest.mark.parametrize("text", variants_of(_REPORT))
def test_a_reported_list_grouped_by_counted_towns(text: str) -> None:
    assert by_level(text) == {("medium", "金峰县"): [
        "翠湖镇春晓花园", "翠湖镇锦绣公馆", "丽泽街道阳光城B区", "丽泽街道龙峰花园", "丽泽街道星悦墅2期(56栋至64栋)"]}


def test_near_miss_a_town_of_one_place_without_a_count_stays_as_written() -> None:
    # (no group counted: "A镇的B" is left to the rules as they were, the town's 的 not read as a group's)
    text = "划定1个中风险区,为翠湖镇的春晓花园。"
    assert by_level(text) == {("medium", None): ["翠湖镇的春晓花园"]}


@settings(max_examples=25, deadline=None)
@given(name, name, name, name, name, st.sampled_from(["镇", "街道", "乡"]))
def test_any_list_grouped_by_counted_towns(town: str, other: str, a: str, b: str, c: str, kind: str) -> None:
    assume(len({town, other}) == 2 and len({a, b, c}) == 3)
    text = (f"据金峰县新型冠状病毒感染肺炎疫情防控指挥部通报,自2022年10月26日15时起,划定3个中风险区,"
            f"为{town}{kind}(1个)的{a}花园;{other}{kind}(2个)的{b}小区和{c}家园。")
    assert by_level(text) == {("medium", "金峰县"): [f"{town}{kind}{a}花园", f"{other}{kind}{b}小区",
                                                    f"{other}{kind}{c}家园"]}
