"""A report's account of what was done at once after an outbreak (held-out notice 2128, 昆明 late
2021): after the decision it reports ("将A小区调整为中风险地区,划定A小区二期为封控区…"),
"12月24日疫情发生后,市区两级紧密配合,立即组织开展流行病学调查…等处置工作,
对A小区、B幼儿园、C医院进行临时管控" tells the response (an event, 后, then 立即 / 迅速 / 第一时间),
not the notice's decision: no level. A sentence that decides after the event ("发现阳性后,经研判,决定对A小区实行临时
管控") still gives its places."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import PLAIN_SYLLABLES, invented_names, levels_of, variants_of

name = invented_names(PLAIN_SYLLABLES, 2, 3)

_DECISION = ("12月25日,记者从金华市疫情防控新闻发布会上获悉,自政府通告发布之日起,将龙泽区春晓街道星光社区翠峰城小区"
             "调整为中风险地区,划定翠峰城小区二期为封控区,实行“区域封闭、足不出户、服务上门”;翠峰城小区一期、三期为管控区,"
             "实行“人不出区、严禁聚集”。\n")
_ACCOUNT = ("12月24日疫情发生后,市区两级紧密配合,立即组织开展流行病学调查、人员转运、核酸检测、环境消杀等处置工作,"
            "对病例关联的龙泽区春晓街道星光社区翠峰城小区、锦泰中英文幼儿园、"
            "金华医科大学第一附属医院龙泽医院进行临时管控,"
            "并切实做好各项服务保障工作。目前各项处置工作正有序开展中。")
_EXPECTED = {"medium": ["春晓街道星光社区翠峰城小区"], "sealed": ["翠峰城小区二期"],
             "controlled": ["翠峰城小区一期、三期"]}


def test_an_account_of_the_response_after_the_outbreak_sets_no_level() -> None:
    for text in variants_of(_DECISION + _ACCOUNT):
        assert levels_of(text) == _EXPECTED, text


def test_an_account_with_quickly_for_at_once() -> None:
    text = _DECISION + _ACCOUNT.replace("立即组织", "迅速组织").replace("疫情发生后", "发现阳性病例后")
    assert levels_of(text) == _EXPECTED


def test_a_decision_after_the_event_still_gives_its_places() -> None:
    # (near miss: the office decides, 研判 and 决定, after the event)
    text = ("12月24日发现1例阳性病例后,立即组织专家研判,决定对龙泽区星光社区翠峰城小区、锦泰中英文幼儿园进行临时管控。")
    assert levels_of(text) == {"controlled": ["星光社区翠峰城小区", "锦泰中英文幼儿园"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=3, max_size=3, unique=True), st.sampled_from(["疫情发生后", "发现阳性病例后",
                                                                             "接到报告后"]),
       st.sampled_from(["立即", "迅速", "第一时间"]))
def test_any_response_account_sets_no_level(names: list[str], event: str, at_once: str) -> None:
    a, b, c = names
    assume(not any(n.endswith(("镇", "街道", "区", "县", "市")) for n in names))
    text = (f"12月24日{event},区里{at_once}组织开展流行病学调查、核酸检测等处置工作,对{a}小区、{b}幼儿园、"
            f"{c}医院进行临时管控。目前各项处置工作正有序开展中。")
    assert not levels_of(text), text
