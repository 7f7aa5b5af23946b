"""A heading that points at the list below with a level and then states the level's measures before its colon:
"新增后甲区现有以下高风险区,实行“足不出户、上门服务”等防控措施:" over "(一)A;" "(二)B。" (阳江, autumn 2022) heads
the items below at that level, as "调整后甲区现有4个高风险区,实行…:" (a count in place of 以下) does. Notices here
are written for the tests."""

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

_NOTICE = ("自2022年11月16日19时起,调整甲区疫情防控风险区域。\n一、新增高风险区\n"
           "新增后甲区现有以下高风险区,实行“足不出户、上门服务”等防控措施:\n"
           "(一)青柳镇白石村松坪路3号;\n(二)红枫镇柳湾小区2栋。\n"
           "二、新增低风险区\n新增后甲区现有以下低风险区:\n青柳镇、红枫镇除高风险区外其他区域。")
_READ = {"high": ["青柳镇白石村松坪路3号", "红枫镇柳湾小区2栋"], "low": ["青柳镇、红枫镇除高风险区外其他区域"]}


def test_a_pointed_level_then_its_measures_heads_the_items() -> None:
    assert levels_of(_NOTICE) == _READ


def test_a_pointed_level_then_its_measures_variants() -> None:
    assert levels_of(in_traditional(_NOTICE)) == _READ
    assert levels_of(_NOTICE.translate(HALF_TO_FULL)) == _READ
    # 下列, the medium level's measures, items numbered 1.
    text = "新增后甲区现有下列中风险区,实行“足不出区、错峰取物”等防控措施:\n1.青柳镇白石村;\n2.红枫镇柳湾小区。"
    assert levels_of(text) == {"medium": ["青柳镇白石村", "红枫镇柳湾小区"]}


def test_a_level_with_measures_not_quoted_is_no_list_heading() -> None:
    # guard: the measures announced below (not quoted before the colon) are rules, no places
    text = "甲区现有以下高风险区,实行如下管控措施:\n1.足不出户,上门服务;\n2.每日核酸检测。"
    assert levels_of(text) == {}


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=5, unique=True),
       st.sampled_from(["村", "小区", "社区"]), st.sampled_from(["以下", "下列"]), st.booleans())
def test_pointed_level_then_measures_property(names: list[str], kind: str, pointer: str, full: bool) -> None:
    places = ["青柳镇" + name + kind for name in names]
    items = "\n".join(f"({'一二三四五'[k]}){place};" for k, place in enumerate(places))
    text = f"新增后甲区现有{pointer}高风险区,实行“足不出户、上门服务”等防控措施:\n{items}"
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {"high": places}
