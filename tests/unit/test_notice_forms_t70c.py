"""Forms of the 69th held-out set (t70c): 同时 set off by commas opening a clause's object ("…起分区分级管控调整,同时,
A继续执行高风险地区的管控措施"); a news agency's dateline ("中新网A7月3日电 (记者…)") under a headline that reads as a
list's heading; a place closed on a past day, told with 至今, then changed by the notice (its history); a
machine-reworded copy's level after 由 ("由封闭控制区调整为控制区") and before a lift's management ("撤除A控制区管理").
Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
)


def _variants(text: str) -> list[str]:
    return [text, in_traditional(text), text.translate(HALF_TO_FULL)]


# --- 同时 set off by commas opens the next clause ------------------------------------------------------------

def _same_time(place: str) -> str:
    return f"据通报,青峰市从2月3日起分区分级管控调整,同时,{place}继续执行高风险地区的管控措施。"


def test_same_time_between_commas_opens_the_clause_of_the_place() -> None:
    for text in _variants(_same_time("金星村")):
        assert by_level(text) == {("high", None): ["金星村"]}


def test_a_name_holding_same_time_not_set_off_is_a_place() -> None:
    text = "据通报,自2月3日起,将翠湖村、同时村继续执行高风险地区的管控措施。"
    assert by_level(text) == {("high", None): ["翠湖村", "同时村"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_any_place_after_same_time(name: str) -> None:
    assert by_level(_same_time(f"{name}村")) == {("high", None): [f"{name}村"]}


# --- a news agency's dateline is prose --------------------------------------------------------------------

def _dated_report(place: str) -> str:
    return ("鼓楼将部分区域划分为中风险地区\n\n中新网鼓楼7月3日电 (记者…)鼓楼区人民政府新闻办公室3日晚间召开新闻"
            f"发布会。副主任在会上说,将鼓楼区{place}升级为中风险地区。")


def test_a_dateline_under_a_headline_is_no_place() -> None:
    for text in _variants(_dated_report("金星街道")):
        assert by_level(text) == {("medium", "鼓楼区"): ["金星街道"]}


def test_a_place_with_a_date_and_electric_words_is_kept() -> None:
    text = "以下区域划分为中风险地区:\n金星村7月3日电商产业园\n翠湖小区"
    assert by_level(text) == {("medium", None): ["金星村7月3日电商产业园", "翠湖小区"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_any_street_after_a_dateline(name: str) -> None:
    assert by_level(_dated_report(f"{name}街道")) == {("medium", "鼓楼区"): [f"{name}街道"]}


# --- a past day's closure told with 至今 is history ------------------------------------------------------

def _history(closed: str, lowered: str, day: str = "2021年1月12日15时,") -> str:
    return (f"1月28日,青州市疫情防控领导小组发布通告,{day}鼓楼区{closed}实行封闭管理,至今已连续14天以上无新增确诊"
            f"病例。经评估研判,从2021年1月28日15时起,将鼓楼区{lowered}调整为低风险地区。")


def test_a_place_closed_on_a_past_day_then_lowered_is_low_only() -> None:
    for text in _variants(_history("金星小区", "金星小区")):
        assert by_level(text) == {("low", "鼓楼区"): ["金星小区"]}


def test_a_closure_from_a_day_on_or_of_another_place_stays() -> None:
    # (起: from that day on, the news; another place lowered: the closure is not this change's history)
    assert by_level(_history("金星小区", "翠湖小区", "自2021年1月28日15时起,")) == {
        ("sealed", "鼓楼区"): ["金星小区"], ("low", "鼓楼区"): ["翠湖小区"]}
    text = "1月28日,青州市发布通告,2021年1月12日15时,鼓楼区金星小区实行封闭管理,至今已连续14天以上无新增确诊病例。"
    assert by_level(text) == {("sealed", "鼓楼区"): ["金星小区"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_any_place_closed_then_lowered(name: str) -> None:
    assert by_level(_history(f"{name}小区", f"{name}小区")) == {("low", "鼓楼区"): [f"{name}小区"]}


# --- a reworded copy's level after 由 and before a lift's management ------------------------------------------

def _reworded(moved: str, lifted: str) -> str:
    return (f"关于调整青禾街部分控制区域的通知\n1.{moved}3栋5层由封闭控制区调整为控制区,{moved}2栋由封闭控制区调整为"
            f"预防区。\n2.撤除{lifted}6号楼1、3控制区管理。")


def test_reworded_levels_after_from_and_before_a_lifts_management() -> None:
    for text in _variants(_reworded("金星花园", "翠湖新村")):
        assert by_level(text) == {("controlled", None): ["金星花园3栋5层"], ("precaution", None): ["金星花园2栋"],
                                  ("lifted", None): ["翠湖新村6号楼1、3"]}


def test_a_control_area_inside_a_lifted_place_is_kept() -> None:
    text = ("关于调整青禾街部分控制区域的通知\n1.金星花园3栋5层由封闭控制区调整为控制区。\n"
            "2.解除翠湖新村控制区北门的防范区管理。")
    assert by_level(text) == {("controlled", None): ["金星花园3栋5层"], ("lifted", None): ["翠湖新村控制区北门"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_any_reworded_places(moved: str, lifted: str) -> None:
    assert by_level(_reworded(f"{moved}花园", f"{lifted}新村")) == {
        ("controlled", None): [f"{moved}花园3栋5层"], ("precaution", None): [f"{moved}花园2栋"],
        ("lifted", None): [f"{lifted}新村6号楼1、3"]}
