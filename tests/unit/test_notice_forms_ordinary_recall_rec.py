"""Ordinary notice forms the parser used to miss (recall), each in variants written here with invented places:
a count then 分别为 and the list, a list of one in brackets after its count, 零时 as the hour of a lift, 决定 before
下调 … 风险等级, and a lift followed by the level the place goes to."""

from __future__ import annotations

import pytest

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, in_traditional, levels_of

# 1. "新增2个高风险区,分别为A、B": the count between the verb and the level, then the list
_COUNT_THEN_LIST = [
    ("新增2个高风险区,分别为春风小区、杨柳村。", {"high": ["春风小区", "杨柳村"]}),
    ("新增3个中风险区,分别是桃园里、西河村、东湖苑。", {"medium": ["桃园里", "西河村", "东湖苑"]}),
    ("新增1个高风险区,为丰乐花园。", {"high": ["丰乐花园"]}),
    ("划定2个高风险区,分别为青石村、白沙小区。", {"high": ["青石村", "白沙小区"]}),
]

# 2. "中风险区1个(A村)": a list of one in brackets after the count
_ONE_IN_BRACKETS = [
    ("中风险区1个(春风村)", {"medium": ["春风村"]}),
    ("高风险区1个(杨柳花园)。", {"high": ["杨柳花园"]}),
    ("高风险区1个(杨柳花园),中风险区2个(春风村、东湖苑)。", {"high": ["杨柳花园"], "medium": ["春风村", "东湖苑"]}),
]

# 3. "A自12月5日零时起解除封控": the hour written in words
_ZERO_HOUR_LIFT = [
    ("春风小区自12月5日零时起解除封控。", {"lifted": ["春风小区"]}),
    ("杨柳村、桃园里自12月6日零点起解除封控管理。", {"lifted": ["杨柳村", "桃园里"]}),
    ("东湖苑自12月7日零时起解除管控。", {"lifted": ["东湖苑"]}),
]

# 4. "决定下调A、B风险等级,由高风险区调整为低风险区": the decision before the verb
_DECIDED_ADJUST = [
    ("决定下调春风小区、杨柳村风险等级,由高风险区调整为低风险区。", {"low": ["春风小区", "杨柳村"]}),
    ("经研究决定下调桃园里风险等级,由中风险区调整为低风险区。", {"low": ["桃园里"]}),
    ("现决定上调东湖苑风险等级,由低风险区调整为中风险区。", {"medium": ["东湖苑"]}),
]

# 5. "解除对A的临时管控措施,调整为低风险区": the lift, then the level the place goes to
_LIFT_THEN_LEVEL = [
    ("解除对锦绣小区的临时管控措施,调整为低风险区", {"low": ["锦绣小区"]}),
    ("解除对春风村、杨柳村的封控措施,调整为低风险区。", {"low": ["春风村", "杨柳村"]}),
    ("解除对桃园里的临时封控措施,调整为中风险区。", {"medium": ["桃园里"]}),
]

_ALL = _COUNT_THEN_LIST + _ONE_IN_BRACKETS + _ZERO_HOUR_LIFT + _DECIDED_ADJUST + _LIFT_THEN_LEVEL


@pytest.mark.parametrize(("text", "expected"), _ALL)
def test_ordinary_form_is_read(text: str, expected: dict[str, list[str]]) -> None:
    assert levels_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), _ALL)
def test_ordinary_form_is_read_in_traditional_characters(text: str, expected: dict[str, list[str]]) -> None:
    assert levels_of(in_traditional(text)) == expected


@pytest.mark.parametrize(("text", "expected"), _ALL)
def test_ordinary_form_is_read_with_full_width_punctuation(text: str, expected: dict[str, list[str]]) -> None:
    assert levels_of(text.translate(HALF_TO_FULL)) == expected


@pytest.mark.parametrize("text", ["低风险区1个(含新区)", "高风险区1个(详见附件)"])
def test_a_note_in_brackets_after_a_count_is_no_place(text: str) -> None:
    assert levels_of(text) == {}
