"""A sentence of two counted moves (拉萨, 2022): "8月24日起,甲区A、B2个高风险区降为中风险区,甲区C、D、E3个中风险区降为低
风险区。" The second clause's places, after the comma that closed the first, are as many as its count says; the comma
is no separator of them (read once as a list split only by commas, it kept "C、D、E" whole or lost them).
Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    by_level,
    invented_names,
    variants_of,
)


def _two_moves(first: list[str], second: list[str]) -> str:
    return (f"8月24日起,青峰区{'、'.join(first)}{len(first)}个高风险区降为中风险区,"
            f"青峰区{'、'.join(second)}{len(second)}个中风险区降为低风险区。")


def test_the_second_counted_clause_reads_each_place() -> None:
    for text in variants_of(_two_moves(["金星小区", "翠湖花园"], ["锦绣大厦", "光明路45号"])):
        assert by_level(text) == {("medium", "青峰区"): ["金星小区", "翠湖花园"],
                                  ("low", "青峰区"): ["锦绣大厦", "光明路45号"]}


def test_a_second_clause_of_five_reads_its_five() -> None:
    # (the last two lie elsewhere, their district unwritten: still places of the run)
    text = ("8月24日起,青峰区金星小区1个高风险区降为中风险区,青峰区锦绣大厦、光明路45号、春晓烧烤店、"
            "翠湖鑫汇酒店、金华镇长风路度假村5个中风险区降为低风险区。")
    assert by_level(text)[("low", "青峰区")] == ["锦绣大厦", "光明路45号", "春晓烧烤店", "翠湖鑫汇酒店",
                                                "金华镇长风路度假村"]


def test_a_second_clause_of_a_measure_is_no_place() -> None:
    text = "8月24日起,青峰区金星小区、翠湖花园2个高风险区降为中风险区,光明路、春晓路、和平路3个路口实行交通管制。"
    assert by_level(text) == {("medium", "青峰区"): ["金星小区", "翠湖花园"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_any_two_places_of_the_second_clause(a: str, b: str) -> None:
    assert by_level(_two_moves(["金星小区"], [f"{a}大厦", f"{b}花园"])) == {
        ("medium", "青峰区"): ["金星小区"], ("low", "青峰区"): [f"{a}大厦", f"{b}花园"]}
