"""A level's label opening a line of items parted by ";", the level's measures after the last item: "一、高风险区:(一)A;
(二)B,实行“足不出户、上门服务”等防控措施。" (阳江, autumn 2022). The measures are the level's (no verb "将" put before
B, as for a place the measures alone give a level). Notices here are written for the tests."""

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

_NOTICE = ("甲市关于划定疫情防控风险区域的通告\n一、高风险区:(一)青柳镇松坪路两边前后三排建筑;"
           "(二)青柳镇白石村委会金华自然村水田以东、县道X602线以西,实行“足不出户、上门服务”等防控措施。\n"
           "二、低风险区:青柳镇除高风险区外的区域,实行“个人防护、避免聚集”。")
_READ = {"high": ["青柳镇松坪路两边前后三排建筑", "青柳镇白石村委会金华自然村水田以东、县道X602线以西"],
         "low": ["青柳镇除高风险区外的区域"]}


def test_measures_after_the_last_item_are_the_levels() -> None:
    assert levels_of(_NOTICE) == _READ


def test_measures_after_the_last_item_variants() -> None:
    assert levels_of(in_traditional(_NOTICE)) == _READ
    assert levels_of(_NOTICE.translate(HALF_TO_FULL)) == _READ
    # the medium level, 1. items
    text = "二、中风险区:1.青柳镇白石村;2.红枫镇柳湾小区,实行“人不出区、错峰取物”等防控措施。"
    assert levels_of(text) == {"medium": ["青柳镇白石村", "红枫镇柳湾小区"]}


def test_measures_after_a_place_alone_still_give_its_level() -> None:
    # guard: no level's label on the line, the measures name the place's level
    assert levels_of("青柳镇白石村3号,实行“足不出户、上门服务”等防控措施。") == {"high": ["青柳镇白石村3号"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=5, unique=True),
       st.sampled_from(["村", "小区", "社区"]), st.booleans())
def test_measures_after_the_last_item_property(names: list[str], kind: str, full: bool) -> None:
    places = ["青柳镇" + name + kind for name in names]
    items = ";".join(f"({'一二三四五'[k]}){place}" for k, place in enumerate(places))
    text = f"一、高风险区:{items},实行“足不出户、上门服务”等防控措施。"
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {"high": places}
