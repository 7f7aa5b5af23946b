"""Ordinary wording near the spam-headline-fragment remover's trigger (review rv41; invented names)."""

from __future__ import annotations

import pytest

from fangkong.areas.notice_parsing.normalizing import _without_headline_fragments
from tests.unit.test_notice_parser_real_forms import in_traditional

# A lift notice whose headline holds the zones' words: its headings ("一、解除封控区") and its list of zones
# ("封控区、管控区和防范区") are ordinary wording, not a spam copy's headline fragments.
_LIFT_HEADINGS = (
    "青山区解除部分封控区、管控区管理\n经研判,解除以下封控区、管控区管理,具体通告如下:\n一、解除封控区\n桃源村\n东苑小区\n"
    "二、解除管控区\n李家村\n三、管理措施\n上述封控区、管控区解除后,居民继续做好个人防护。\n青山区疫情防控指挥部\n")
_LIFT_HEADINGS_DATED = (
    "5月3日零时起,青山县桃源镇、东苑镇解除部分封控区、管控区管理\n现解除以下封控区、管控区管理。\n桃源镇\n一、解除封控区\n"
    "(一)桃源村\n二、解除管控区\n(一)李家村\n东苑镇\n一、解除封控区\n(一)周家庄\n二、解除管控区\n(一)王家湾\n"
    "上述管控区解除后,居民有序出行。\n")
_WHOLE_AREA_LIFT = (
    "青山:解除不进不出管控 不是全域解封\n青山县对除封控区、管控区和防范区以外,其他区域解除管控,全域管控满7天的"
    "区域,全域解除管控,转为常态化防控,全域管控期间的措施停止,解除管控的具体安排另行通知。\n")


@pytest.mark.parametrize("text", [_LIFT_HEADINGS, _LIFT_HEADINGS_DATED, _WHOLE_AREA_LIFT,
                                  in_traditional(_WHOLE_AREA_LIFT), in_traditional(_LIFT_HEADINGS)])
def test_zone_words_after_a_stop_under_a_headline_holding_them_are_kept(text: str) -> None:
    assert _without_headline_fragments(text) == text



# A lift notice whose headline names its places and whose clauses open with 解除: not a spam copy, so a place
# sharing a stem with a named one ("桃源新村" beside "桃源村") and the lift of measures (";解除管控措施") are kept.
_LIFT_CLAUSES = (
    "青山县关于解除桃源村东苑小区封控管理的通告\n经研判,解除封控管理的条件已满足,决定:解除封控管理;解除管控措施,"
    "解除封控后居民有序出行。解除范围:桃源村、桃源新村、东苑新城、封控管理期间的商铺。\n")
_LIFT_CLAUSES_OTHER = (
    "关于解除甲溪镇乙岭村丙塘社区管控措施的通告\n经专家研判,解除管控措施;解除管控后继续做好防护,解除管控的区域有序恢复。"
    "范围:乙岭村、乙岭新村、丙塘西区、丙塘社区。\n")


@pytest.mark.parametrize("text", [_LIFT_CLAUSES, _LIFT_CLAUSES_OTHER, in_traditional(_LIFT_CLAUSES),
                                  _LIFT_CLAUSES.replace(",", ",").replace(";", ";").replace(":", ":")])
def test_clauses_opening_with_their_verb_do_not_make_a_spam_copy(text: str) -> None:
    assert _without_headline_fragments(text) == text
