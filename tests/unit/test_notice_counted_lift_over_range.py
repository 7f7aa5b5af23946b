"""A lift whose lead counts the areas the part below names (held-out notice 2129, 重庆 autumn 2022): "自9月23日起,解除
2个临时管控区域。现通告如下:" over "一、具体点位" and its numbered items "1.A街道:…", "2.B街道:…", then "二、相关要求"
with "解除的临时管控区域,按照低风险区落实防控措施": each numbered item one area lifted, as the count says (its 、 and
commas inside it), the street's label kept in front; "解除的…区域" (the areas lifted, the subject of their measures)
lifts nothing more."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import PLAIN_SYLLABLES, invented_names, levels_of, variants_of

name = invented_names(PLAIN_SYLLABLES, 2, 3)


def _notice(count: str, first: str, second: str) -> str:
    return ("根据疫情防控工作进展,经专家研判,区疫情防控指挥部研究决定,自2022年9月23日起,"
            f"解除{count}个临时管控区域。现通告如下:\n\n  一、具体点位\n\n  1.{first}。\n\n  2.{second}。\n\n"
            "  二、相关要求\n\n  解除的临时管控区域,按照低风险区落实防控措施。相关单位负责做好环境消杀工作。\n\n"
            "  其他高、中风险区继续严格落实好相应的管控措施。")


_FIRST = ("翠峰街道:星光广场、锦泰国际城一期1、2、3栋、瑞泽商场,"
          "康宁横街13号A栋—康宁横街13号B栋—东风大道21号的道路内部区域")
_SECOND = "胜利街道:金华中央大街(东临兴盛路、西临福瑞路的合围区域)"
_EXPECTED = {"lifted": [_FIRST.replace(":", "", 1), _SECOND.replace(":", "", 1)]}


def test_a_counted_lift_over_its_numbered_items() -> None:
    for text in variants_of(_notice("2", _FIRST, _SECOND)):
        assert levels_of(text) == _EXPECTED, text


def test_a_counted_lift_in_chinese_numerals() -> None:
    assert levels_of(_notice("两", _FIRST, _SECOND)) == _EXPECTED


def test_the_areas_lifted_as_a_subject_lift_nothing() -> None:
    # (near miss: with no list, "解除的临时管控区域,…" names no area)
    text = "二、相关要求\n解除的临时管控区域,按照低风险区落实防控措施。"
    assert not levels_of(text)


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=6, max_size=6, unique=True))
def test_any_counted_lift_reads_each_item_as_one_area(names: list[str]) -> None:
    a, b, c, d, e, f = names
    assume(not any(n.endswith(("镇", "街道", "区", "街")) for n in names))
    first = f"{a}街道:{c}广场、{d}小区1、2栋、{e}商场"
    second = f"{b}街道:{f}大街(东临{c}路、西临{d}路的合围区域)"
    assert levels_of(_notice("2", first, second)) == {
        "lifted": [first.replace(":", "", 1), second.replace(":", "", 1)]}, (first, second)
