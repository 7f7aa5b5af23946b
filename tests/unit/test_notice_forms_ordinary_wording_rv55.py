"""Ordinary notice wording near the forms of drill notices (演练) and of residents kept at home for set days
(invented places): a drill that joins another measure, units' duty to hold drills, a time after a drill, a drill of
no epidemic, a level hedged or of roads, sites that are kinds only; a span of counts before residents at home, the
days' end, a ban on gathering. And the forms in their own words, which must still be read."""

from __future__ import annotations

from typing import Any

import pytest

from fangkong.areas.parser import DRILL_WARNING, parse_notice

_DRILL_TAIL = "\n某县疫情防控指挥部\n2022年11月2日"
_KARUO_TAIL = "\n昌都市卡若区疫情防控指挥部\n2022年11月8日"
_WENLING_TAIL = "\n温岭市新型冠状病毒肺炎疫情防控工作领导小组\n2020年2月4日"


def _changes(text: str) -> list[tuple[str | None, list[str]]]:
    return [(c["level_to"], c["places"]) for c in parse_notice(text)["changes"]]


def _parsed(text: str) -> dict[str, Any]:
    return parse_notice(text)


# --- drill notices -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lead", [
    "根据疫情防控需要,决定自11月3日起在新华小区实施封控管理,并组织开展流调演练。",
    "经研究,计划在幸福小区开展核酸检测,同时进行应急演练。幸福小区实行封控管理。",
    "为进一步做好疫情防控工作,决定各单位于11月开展应急演练。将桃源小区划定为高风险区。",
    "决定在11月5日开展演练后,将和平小区划定为高风险区,实行封控管理。",
])
def test_a_drill_beside_the_notices_own_decision_makes_no_drill_notice(lead: str) -> None:
    assert DRILL_WARNING not in _parsed("关于调整风险区域的通告\n" + lead + _DRILL_TAIL)["warnings"]


def test_a_time_before_a_drill_is_no_drill_site() -> None:
    text = ("关于划定高风险区的通告\n决定在光明小区开展演练前的准备工作。由于此前演练中发现问题,现将光明小区划定为"
            "高风险区,实行封控管理。" + _DRILL_TAIL)
    assert _changes(text) == [("high", ["光明小区"])]


def test_a_fire_drill_is_no_epidemic_drill() -> None:
    text = ("关于开展消防应急演练的通知\n决定于11月5日在县政府办公楼开展消防应急演练。届时实施交通管控。"
            "\n某县应急管理局\n2022年11月2日")
    assert _changes(text) == []
    assert DRILL_WARNING not in _parsed(text)["warnings"]


@pytest.mark.parametrize("measure", ["届时实施交通管控。", "如演练中发现问题,将实施封控。",
                                     "此前已对该处实施封控管理。"])
def test_a_drills_level_not_of_roads_hedged_or_past(measure: str) -> None:
    text = "关于开展疫情防控应急演练的通告\n一、演练地点:县人民医院发热门诊。\n二、" + measure + _DRILL_TAIL
    assert _changes(text) == []


def test_drill_sites_that_are_kinds_only_name_no_place() -> None:
    text = ("关于开展疫情防控应急演练的通告\n决定于11月5日在学校、医院、商场等场所开展疫情防控应急演练,届时实施管控。"
            + _DRILL_TAIL)
    assert _changes(text) == []


@pytest.mark.parametrize("lead", [
    "为检验应急处置能力,决定于11月5日在和平小区、东风村开展疫情防控应急演练,届时对涉及区域实行暂时封控管理。",
    "為檢驗應急處置能力,決定於11月5日在和平小區、東風村開展疫情防控應急演練,屆時對涉及區域實行暫時封控管理。",
])
def test_a_drill_in_the_lead_is_still_read(lead: str) -> None:
    text = "关于开展疫情防控应急演练的通告\n" + lead + _DRILL_TAIL
    assert _changes(text) == [("sealed", ["和平小区", "东风村"])]
    assert DRILL_WARNING in _parsed(text)["warnings"]


def test_a_drills_labelled_sites_are_still_read() -> None:
    text = ("关于开展疫情防控应急演练的通告\n一、演练时间:11月5日8时至12时。\n二、演练地点:和平小区、东风村。\n"
            "三、演练期间对演练区域实施短时管控。" + _DRILL_TAIL)
    assert _changes(text) == [("controlled", ["和平小区", "东风村"])]


# --- residents kept at home ----------------------------------------------------------------------------------------

def test_a_span_of_counts_before_residents_at_home_is_no_silence() -> None:
    text = "关于加强疫情防控的通告\n11月9日至15日新增阳性感染者12例,卡若城区居民原则上居家不外出。" + _KARUO_TAIL
    assert _changes(text) == []


def test_a_named_areas_residents_home_for_set_days_still_read() -> None:
    text = "关于加强疫情防控的通告\n11月9日至15日,卡若城区居民原则上居家不外出。" + _KARUO_TAIL
    assert _changes(text) == [("silent", ["卡若城区"])]


@pytest.mark.parametrize("item", ["一、市民居家14天期满后,不得外出聚集。",
                                  "一、居民居家7天期间,不得外出的人员由社区登记。"])
def test_what_follows_the_days_at_home_is_no_silence(item: str) -> None:
    assert _changes("关于加强疫情防控的通告\n" + item + _WENLING_TAIL) == []


def test_own_residents_home_for_two_weeks_still_read() -> None:
    text = ("关于加强疫情防控的通告\n一、市民从即日起自行居家两周,每户家庭每周不超过2人次外出采购生活物资,"
            "无其他特殊情况一律不得外出。" + _WENLING_TAIL)
    assert _changes(text) == [("silent", ["温岭市"])]


# --- a unit closed as a sealed unit (按照封控单元实施封闭管理) --------------------------------------------------------

_SHANDAN_TAIL = "\n山丹县疫情防控指挥部\n2021年10月20日"


def test_a_sealed_units_closure_on_a_condition_names_no_place() -> None:
    text = ("关于调整风险区的通告\n将锦绣小区调整为管控区,如出现阳性病例,所在楼栋按照封控单元实施封闭管理。"
            + _SHANDAN_TAIL)
    assert _changes(text) == [("controlled", ["锦绣小区"])]


def test_a_unit_closed_as_a_sealed_unit_still_read() -> None:
    text = "关于调整风险区的通告\n将锦绣小区调整为管控区,锦绣小区2号楼1单元按照封控单元实施封闭管理。" + _SHANDAN_TAIL
    assert _changes(text) == [("controlled", ["锦绣小区"]), ("sealed", ["锦绣小区2号楼1单元"])]


@pytest.mark.parametrize("notice", [
    "关于取消疫情防控应急演练的通告\n原定于11月5日在和平小区开展的疫情防控应急演练取消,届时不再实施管控。",
    "关于推迟疫情防控应急演练的通告\n原定于11月5日在和平小区开展的疫情防控应急演练推迟举行,届时不实施管控。",
])
def test_a_drill_called_off_or_put_off_names_no_place(notice: str) -> None:
    assert _changes(notice + _DRILL_TAIL) == []
