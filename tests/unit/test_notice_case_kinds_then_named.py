"""Areas a case's trail touched, written by their kinds alone before named places ("有阳性和密接人员活动轨迹的农村、
小区(见附件)及A镇、B镇继续封控暂定3天", 河北, spring 2022): the described kinds name no place, the named towns are
kept sealed; the bare "继续封控" for a time it states ("暂定3天") keeps the level. Notices here are written for the
tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import by_level, variants_of

_HEAD = "甲县关于调整疫情封控管控措施的通告\n\n一、全面强化分区分级管理。"
_TAIL = ",实行区域封闭、足不出户、服务上门。上述区域以外的其它农村、小区实施管控。\n"
_READ = {("sealed", None): ["金桃镇", "银杏镇"]}


def _text(subject: str, verb: str = "继续封控暂定3天") -> str:
    return _HEAD + subject + verb + _TAIL


def test_described_kinds_before_named_towns_name_no_place() -> None:
    assert by_level(_text("有阳性和密接人员活动轨迹的农村、小区(见附件)及金桃镇、银杏镇")) == _READ


def test_the_bare_kept_level_for_a_stated_time() -> None:
    assert by_level(_text("金桃镇、银杏镇")) == _READ


def test_traditional_characters_and_full_width_punctuation() -> None:
    for text in variants_of(_text("有阳性和密接人员活动轨迹的农村、小区(见附件)及金桃镇、银杏镇")):
        assert by_level(text) == _READ


def test_near_miss_a_named_place_after_the_description_is_not_dropped() -> None:
    # (a place of its own named after the description, "有病例活动轨迹的甲小区": not kinds alone; the description
    # is not dropped with it, and the clause of people is left unread as before)
    assert by_level(_text("有阳性人员活动轨迹的金桃小区及银杏镇")) == {}


def test_near_miss_the_bare_kept_level_without_a_time_names_none() -> None:
    assert by_level(_HEAD + "金桃镇、银杏镇继续封控,实行区域封闭。\n") == {}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["有阳性和密接人员活动轨迹的", "出现确诊病例活动轨迹的", "有密接人员停留的"]),
       st.sampled_from(["农村、小区", "村庄、社区", "小区", "农村和小区"]),
       st.sampled_from(["及", "以及", "和"]),
       st.sampled_from(["继续封控暂定3天", "继续封控时间暂定5天", "继续实行封控管理"]))
def test_any_description_and_kept_verb(description: str, kinds: str, join: str, verb: str) -> None:
    assert by_level(_text(description + kinds + join + "金桃镇、银杏镇", verb)) == _READ
