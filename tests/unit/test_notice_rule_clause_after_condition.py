"""The rule a change follows, after the condition its places meet (大连, 2021): "至25日24时,甲市A街道B社区、甲市C镇D村
已连续14天无新增本土确诊病例,根据相关工作要求,调整为低风险地区。" The clause of 根据 (according to) is part of the
assessment, as "经专家研判" is; the places are the condition's subject. Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    by_level,
    invented_names,
    variants_of,
)


def _lowered(a: str, b: str) -> str:
    return (f"至25日24时,青州市{a}、青州市{b}已连续14天无新增本土确诊病例,根据相关工作要求,"
            "调整为低风险地区。")


def test_places_meeting_the_condition_under_a_rule_are_lowered() -> None:
    for text in variants_of(_lowered("金星街道翠湖社区", "锦绣镇光明村")):
        assert by_level(text) == {("low", "青州市"): ["金星街道翠湖社区", "锦绣镇光明村"]}


def test_a_rule_clause_before_a_measure_sets_no_level() -> None:
    text = "至25日24时,青州市金星街道翠湖社区已连续14天无新增本土确诊病例,根据相关工作要求,将继续加强核酸检测。"
    assert by_level(text) == {}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_any_community_under_a_rule(name: str) -> None:
    assert by_level(_lowered(f"金星街道{name}社区", "锦绣镇光明村")) == {
        ("low", "青州市"): [f"金星街道{name}社区", "锦绣镇光明村"]}
