"""Ordinary wording near the forms of fixers f54a and f54b (a county's own whole lockdown lifted, villages' temporary
traffic control lifted, districts silenced by name with a time, the whole county's people stopped, strict management
with residents at home): near-misses that name no such place, and the real forms in other words, still read.
Notices here are written for the tests."""

from __future__ import annotations

import pytest

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, by_level, in_traditional

_OFFICE = "涞水县疫情防控办公室通告\n"

# --- a whole county's lockdown lifted by its own office --------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    # a unit's own closure lifted, not the county's
    "涞水县人民医院决定自5月14日8时起解除封闭管理,恢复正常诊疗。",
    "县第一中学决定自5月14日起解除封闭管理,学生返校。",
    "各养老机构自5月14日起解除封闭管理。",
    "各学校决定自5月14日起,解除封闭管理。",
    "该工厂决定自5月14日起解除封闭管理,员工有序返岗。",
    "京港澳高速涞水收费站决定自5月14日起解除封闭管理。",
    # another county's lift in a report
    "据报道,邻县易县决定自5月14日8时起有序解除封控管理,请我县群众前往易县须报备。",
    # a place or risk area named before, its own lockdown lifted
    "高风险区连续7天无新增感染者,自5月14日起解除封控管理。",
    "东风小区已连续14天无新增阳性,经研究,决定自5月14日起解除封控管理。",
    "东风小区已连续14天无新增阳性。经研究,决定自5月14日起解除封控管理。",
])
def test_lifts_of_units_other_counties_or_places_named_before_are_no_whole_county(sentence: str) -> None:
    assert by_level(_OFFICE + sentence) == {}, sentence


def test_a_title_naming_a_place_makes_no_whole_county_lift() -> None:
    assert by_level("关于东风小区解除封控管理的通告\n经研究,决定自5月14日起解除封控管理。\n涞水县疫情防控办公室") == {}


@pytest.mark.parametrize("lead", [
    "经研究,决定自5月14日起对下列小区解除封控管理,现将有关事项通告如下:",
    "经研究,决定自5月14日起以下小区解除封控管理,现将有关事项通告如下:",
])
def test_a_lead_lifting_listed_places_still_heads_its_list(lead: str) -> None:
    text = _OFFICE + lead + "\n一、东风小区\n二、长安小区\n涞水县疫情防控办公室"
    assert by_level(text) == {("lifted", "涞水县"): ["东风小区", "长安小区"]}


def test_a_lead_lifting_listed_villages_still_heads_its_list() -> None:
    text = (_OFFICE + "经研究,决定自5月14日8时起下列村庄有序解除封控管理,现将有关事项通告如下:\n"
            "一、城关镇东关村\n二、城关镇西关村")
    assert by_level(text) == {("lifted", "涞水县"): ["城关镇东关村", "城关镇西关村"]}


@pytest.mark.parametrize("sentence", [
    "现决定自5月14日起,县域内有序解除封控管理。",
    "经县疫情防控指挥部研究决定,自即日起,全县解除封控管理。",
    "决定于2022年5月14日8时起解除全县封控管理。",
    "决定自本通告发布之日起县域内有序解除封控管理。",
    # (the time "自本公告发布起", 之日 left out: 奉新县, 2022)
    "经县指挥部研究决定:自本公告发布起,解除静态管理,有序恢复生产生活秩序。",
    "经研究,决定自5月14日8时起,全面解除全县封控状态。",
    "經研究,決定自5月14日8時起縣域內有序解除封控管理。",
    "经研究，决定自5月14日8时起县域内有序解除封控管理。",
])
def test_the_whole_county_lift_in_other_words_is_still_the_county(sentence: str) -> None:
    assert by_level(_OFFICE + sentence) == {("lifted", "涞水县"): ["涞水县"]}, sentence


# --- villages' temporary traffic control lifted ------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "从10月23日0时起,解除东风村至长安村临时交通管制措施。",  # the way between two villages
    "从10月23日0时起,解除通往东风村临时交通管制。",  # the way to a village
    "从10月23日0时起,解除全县各村临时交通管制措施。",  # villages of a kind, none named
    "从10月23日0时起,解除涉疫村临时交通管制。",
    "从10月23日0时起,解除城中村临时交通管制措施。",
    "从10月23日0时起,解除东风村、长安村等村临时交通管制措施。",
])
def test_ways_and_unnamed_villages_traffic_control_lifted_are_no_places(sentence: str) -> None:
    assert by_level(sentence) == {}, sentence


def test_named_villages_traffic_control_lifted_in_other_words_still_read() -> None:
    assert by_level("从10月23日0时起,解除东风村全村临时交通管制措施。") == {("lifted", None): ["东风村全村"]}
    assert by_level("从10月23日0时起,解除東風村、長安村臨時交通管制措施。") == {("lifted", None): ["东风村", "长安村"]}
    assert by_level("从10月23日0时起,解除东风村、长安村临时交通管制措施。".translate(HALF_TO_FULL)) \
        == {("lifted", None): ["东风村", "长安村"]}


# --- a division, a time, its whole silenced -----------------------------------------------------------------------

_PREFECTURE = "阿坝州疫情防控指挥部\n"


def test_a_rumour_of_a_prolonged_silence_or_one_lifted_next_is_no_silence() -> None:
    assert by_level(_PREFECTURE + "马尔康市全域静态管理时间延长的消息不实,请勿传播。") == {}
    assert by_level(_PREFECTURE + "马尔康市9月1日实行全域静态管理。9月8日起全面解除。") == {}


def test_a_prolonged_or_timed_silence_in_other_words_still_read() -> None:
    assert by_level(_PREFECTURE + "马尔康市全域静态管理时间再延长3天。") == {("silent", "马尔康市"): ["马尔康市"]}
    assert by_level(_PREFECTURE + "马尔康市9月8日实行全域静态管理。9月8日起全面开展核酸检测。") \
        == {("silent", "马尔康市"): ["马尔康市"]}
    assert by_level(in_traditional(_PREFECTURE + "若尔盖县9月8日继续实行全县全域静态管理。")) \
        == {("silent", "若尔盖县"): ["若尔盖县"]}


# --- the whole county's people stopped ------------------------------------------------------------------------------


def test_the_time_of_a_whole_silence_is_no_order() -> None:
    office = "曹县疫情防控指挥部通告\n"
    assert by_level(office + "全县实行全域静默管理期间,超市暂停营业。") == {}
    assert by_level(office + "全县实行人员静止状态结束后,有序恢复生产。") == {}
    assert by_level(office + "全县实行全域静默管理。") == {("silent", "曹县"): ["曹县"]}


# --- strict management with residents at home ------------------------------------------------------------------------

_STRICT = "冀州区疫情防控指挥部通告\n1.自1月16日0时至22日24时,全区实行从严管理;\n2."


@pytest.mark.parametrize("item", [
    "东风镇广大居民非必要不出村,居家7天。",  # a town's residents
    "高风险区广大居民居家7天。",  # a risk area's
    "对东风村实行封控管理,广大居民居家7天。",
    "去年全体居民居家7天的经验值得总结。",  # the past
    "倡导广大居民春节期间尽量居家,出现症状居家7天观察。",  # at home on a sign
])
def test_residents_of_a_part_the_past_or_a_sign_at_home_make_no_whole_silence(item: str) -> None:
    assert ("silent", "冀州区") not in by_level(_STRICT + item), item


def test_strict_management_with_all_residents_home_still_the_whole_silenced() -> None:
    assert by_level(_STRICT + "请广大居民非必要不出村、社区,自觉执行居家7天的防控措施。") \
        == {("silent", "冀州区"): ["冀州区"]}
    assert by_level(_STRICT + "全体居民居家7天,非必要不外出。") == {("silent", "冀州区"): ["冀州区"]}
