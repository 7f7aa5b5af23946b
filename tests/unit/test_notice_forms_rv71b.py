"""Forms narrowed by review rv71b of t70c's and m70a's rules (invented names): a count before its level with the
list in brackets ("两个中风险区(A、B)") under a lead that moves its items to another level ("将以下区域调整为低风险
区:") is no heading of its own; a reason between 现 and the verb after a change told as history ("…被调整为高风险区,
现已连续7天无新增,调整为低风险区"); more words of purpose after 为 ("为方便群众,…"), no list; a lift of a swapped
level's management ("解除A小区控制区管理") not of a traffic zone ("交通控制区"), and after 同时; an exception
that names one of the districts ("A县、B县…,B县C小区除外") kept on that district's place alone."""
from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    changes_of,
    invented_names,
    no_real_city,
    variants_of,
)

# ---- 1. a count before its level under a lead that moves the items ------------------------------------------------

_UNDER_VERB_LEAD = "将以下区域调整为低风险区:\n{c}苑\n两个中风险区({a}小区、{b}村)"


def test_count_first_under_a_verb_lead_is_no_heading() -> None:
    text = _UNDER_VERB_LEAD.format(a="阳光", b="翠湖", c="星河")
    for variant in variants_of(text):
        assert changes_of(variant) == [("low", None, ["星河苑", "阳光小区", "翠湖村"])], variant
    assert changes_of("以下区域调整为高风险区:\n1.星河苑\n2.两个中风险区(阳光小区、翠湖村)") == [
        ("high", None, ["星河苑", "阳光小区", "翠湖村"])]
    assert changes_of("将以下区域调整为低风险区:星河苑;两个中风险区(阳光小区、翠湖村)。") == [
        ("low", None, ["星河苑", "阳光小区", "翠湖村"])]


def test_count_first_under_a_level_heading_still_a_heading() -> None:
    # (the form m70a read: under a bare level's heading the count opens its own level's list)
    assert changes_of("高风险区:\n1.星河苑\n两个中风险区(阳光小区、翠湖村)") == [
        ("high", None, ["星河苑"]), ("medium", None, ["阳光小区", "翠湖村"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_count_first_under_a_verb_lead_property(a: str, b: str, c: str) -> None:
    assume(no_real_city(a, b, c) and len({a, b, c}) == 3)
    assert changes_of(_UNDER_VERB_LEAD.format(a=a, b=b, c=c)) == [("low", None, [f"{c}苑", f"{a}小区", f"{b}村"])]


# ---- 2. a reason between 现 and the verb after history -----------------------------------------------------------

def test_reason_after_now_following_history() -> None:
    for text in ("阳光小区于11月3日被调整为高风险区,现已连续7天无新增,调整为低风险区。",
                 "阳光小区于11月3日被调整为高风险区,现经专家研判,调整为低风险区。",
                 "阳光小区于11月3日由中风险区被调整为高风险区,现经专家研判,调整为低风险区。"):
        for variant in variants_of(text):
            assert changes_of(variant) == [("low", None, ["阳光小区"])], variant


def test_reason_after_now_near_misses() -> None:
    # a place of its own after the reason: that place's change
    assert changes_of("阳光小区于11月3日被调整为高风险区,现经专家研判,翠湖村调整为低风险区。") == [
        ("low", None, ["翠湖村"])]
    assert changes_of("阳光小区于11月3日被调整为高风险区,现将翠湖村调整为中风险区。") == [("medium", None, ["翠湖村"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_reason_after_now_property(a: str) -> None:
    assume(no_real_city(a))
    assert changes_of(f"{a}小区于11月3日被调整为高风险区,现已连续7天无新增,调整为低风险区。") == [
        ("low", None, [f"{a}小区"])]


# ---- 3. words of purpose after 为 ---------------------------------------------------------------------------------

def test_purpose_after_for_is_no_list() -> None:
    for text in ("全市共有中风险区2个,为方便群众,设置核酸检测点。", "全市共有中风险区2个,为保护群众健康,请市民配合。"):
        for variant in variants_of(text):
            assert changes_of(variant) == [], variant


def test_purpose_after_for_near_miss() -> None:
    assert changes_of("现有中风险区2个,为阳光小区、翠湖村。") == [("medium", None, ["阳光小区", "翠湖村"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_purpose_after_for_property(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    assert changes_of(f"现有中风险区2个,为{a}小区、{b}村。") == [("medium", None, [f"{a}小区", f"{b}村"])]
    assert changes_of("全市共有中风险区2个,为方便群众,设置核酸检测点。") == []


# ---- 4. a swapped level's management lifted: not a traffic zone; after 同时 --------------------------------------

def test_swapped_lift_not_of_a_traffic_zone() -> None:
    for text in ("解除阳光小区的交通控制区管理。", "取消翠湖路施工控制区管理。"):
        for variant in variants_of(text):
            assert changes_of(variant) == [], variant


def test_swapped_lift_after_same_time() -> None:
    text = "解除阳光小区封控区管理,同时解除翠湖村控制区管理。"
    for variant in variants_of(text):
        assert changes_of(variant) == [(None, None, ["阳光小区"]), (None, None, ["翠湖村"])], variant
    assert changes_of("解除翠湖小区的控制区管理。") == [(None, None, ["翠湖小区"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_swapped_lift_property(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    assert changes_of(f"解除{a}小区封控区管理,同时解除{b}村控制区管理。") == [
        (None, None, [f"{a}小区"]), (None, None, [f"{b}村"])]
    assert changes_of(f"解除{a}小区的交通控制区管理。") == []


# ---- 5. an exception naming one of the districts: that district's alone ------------------------------------------

def test_exception_naming_its_district() -> None:
    text = "阳光县、翠湖县由中风险调整为低风险,翠湖县星河小区除外。"
    expected = [("low", "阳光县", ["阳光县"]), ("low", "翠湖县", ["翠湖县,翠湖县星河小区除外"])]
    for variant in variants_of(text):
        assert changes_of(variant) == expected, variant


def test_exception_naming_no_district_near_miss() -> None:
    # (no district named: kept on each, as m70a has it)
    assert changes_of("阳光县、翠湖县由中风险调整为低风险,星河小区除外。") == [
        ("low", "阳光县", ["阳光县,星河小区除外"]), ("low", "翠湖县", ["翠湖县,星河小区除外"])]


@settings(max_examples=15, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_exception_naming_its_district_property(a: str, b: str, c: str) -> None:
    assume(no_real_city(a, b, c) and len({a, b, c}) == 3 and not a.startswith(b) and not b.startswith(a))
    assert changes_of(f"{a}县、{b}县由中风险调整为低风险,{b}县{c}小区除外。") == [
        ("low", f"{a}县", [f"{a}县"]), ("low", f"{b}县", [f"{b}县,{b}县{c}小区除外"])]
