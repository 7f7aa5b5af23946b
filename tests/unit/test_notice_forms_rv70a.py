"""Review rv70a: ordinary wording near the rules of the 15th session's tuning and first misread rounds (4b277e38,
509b5426, 338a0f38, 7b7fdbb4, 4c52e0c3, a0c73f22, 9240fa67, 6414699d), narrowed where they misread it:

- two housing compounds joined by 及 in a run of places (6414699d) are one area where the count over the list says so
  ("中风险区(3个):A公司、B小区及C小区、D村", "新增中风险区3个,分别为…");
- the epidemic's level after 由 or 从 in a sentence opened by 将 ("将A小区由疫情的高风险地区调整为…", 4b277e38's
  form with 将) is the origin, no part of the place;
- 所在地 (where it lies) before a named street (4b277e38's 所在 clause) is no part of the street;
- a whole county's or district's level in a time clause ("全区调整为低风险区后,A小区…", 338a0f38) is no change;
- a 【】 note opened by its own label ("【相关阅读:…】", 4c52e0c3's notes in a lead) is another story, no change.
"""
from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    changes_of,
    invented_names,
    no_real_city,
    variants_of,
)

# ---- 1. 及 between two compounds under a count -----------------------------------------------------------------


def test_compounds_joined_by_and_one_area_by_a_heading_count() -> None:
    for text in ("中风险区(3个):丰收公司、阳光小区及春晓小区、翠湖村。",
                 "中风险区3个:\n丰收公司、阳光小区及春晓小区、翠湖村。"):
        for variant in variants_of(text):
            assert changes_of(variant) == [("medium", None, ["丰收公司", "阳光小区及春晓小区", "翠湖村"])]


def test_compounds_joined_by_and_one_area_by_a_sentence_count() -> None:
    text = "新增中风险区3个,分别为丰收公司、阳光小区及春晓小区、翠湖村。"
    for variant in variants_of(text):
        assert changes_of(variant) == [("medium", None, ["丰收公司", "阳光小区及春晓小区", "翠湖村"])]


def test_compounds_joined_by_and_near_misses() -> None:
    # no count, or a count of four: two compounds (6414699d's reading stands)
    for text in ("中风险区:丰收公司、阳光小区及春晓小区、翠湖村。",
                 "中风险区(4个):丰收公司、阳光小区及春晓小区、翠湖村。",
                 "新增中风险区4个,分别为丰收公司、阳光小区及春晓小区、翠湖村。"):
        assert changes_of(text) == [("medium", None, ["丰收公司", "阳光小区", "春晓小区", "翠湖村"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_compounds_joined_by_and_property(a: str, b: str, c: str) -> None:
    assume(no_real_city(a, b, c) and len({a, b, c}) == 3)
    assert changes_of(f"中风险区(3个):{c}公司、{a}小区及{b}小区、{c}村。") == [
        ("medium", None, [f"{c}公司", f"{a}小区及{b}小区", f"{c}村"])]
    assert changes_of(f"中风险区:{c}公司、{a}小区及{b}小区、{c}村。") == [
        ("medium", None, [f"{c}公司", f"{a}小区", f"{b}小区", f"{c}村"])]


# ---- 2. the epidemic's level after 由 / 从 in a 将 sentence ------------------------------------------------------


def test_epidemic_level_origin_after_jiang() -> None:
    for word in ("由", "从"):
        for scale in ("疫情的", "疫情防控的"):
            text = f"经研判,将阳光小区{word}{scale}高风险地区调整为低风险地区。"
            for variant in variants_of(text):
                assert changes_of(variant) == [("low", None, ["阳光小区"])]


def test_epidemic_level_origin_near_miss() -> None:
    # a place's own area at its old level keeps its reading ("A的封控区", the area the place holds)
    assert changes_of("将阳光小区的封控区调整为管控区。") == [("controlled", None, ["阳光小区"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_epidemic_level_origin_property(a: str) -> None:
    assume(no_real_city(a))
    assert changes_of(f"将{a}小区由疫情的中风险地区调整为低风险地区。") == [("low", None, [f"{a}小区"])]


# ---- 3. 所在地 before a named street ----------------------------------------------------------------------------


def test_lies_in_place_word_before_a_street() -> None:
    text = "经研判,阳光小区划定为高风险区,所在地翠湖街道划定为中风险区。"
    for variant in variants_of(text):
        assert changes_of(variant) == [("high", None, ["阳光小区"]), ("medium", None, ["翠湖街道"])]


def test_lies_in_place_word_near_miss() -> None:
    # a bare kind after 所在 names no place: kept as written (4b277e38)
    assert changes_of("阳光小区3号楼划定为封控区,所在单元划定为管控区。") == [
        ("sealed", None, ["阳光小区3号楼"]), ("controlled", None, ["所在单元"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_lies_in_place_word_property(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    assert changes_of(f"{a}小区划定为高风险区,所在地{b}街道划定为中风险区。") == [
        ("high", None, [f"{a}小区"]), ("medium", None, [f"{b}街道"])]


# ---- 4. a whole district's level in a time clause -----------------------------------------------------------


def test_whole_district_level_in_a_time_clause_is_no_change() -> None:
    for after in ("后", "以后", "之后"):
        text = f"全区调整为低风险区{after},阳光小区继续实行封控。"
        for variant in variants_of(text):
            assert changes_of(variant) == [("sealed", None, ["阳光小区"])]


def test_whole_district_level_decided_still_read() -> None:
    # the decision's own clause (338a0f38's form) keeps its reading
    assert changes_of("自12月5日0时起,全县调整为低风险区。") == [("low", None, ["全县"])]
    assert changes_of("12月5日起,全区降为低风险区,恢复正常生产生活秩序。") == [("low", None, ["全区"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_whole_district_level_in_a_time_clause_property(a: str) -> None:
    assume(no_real_city(a))
    assert changes_of(f"全县调整为低风险区后,{a}村继续实行封控。") == [("sealed", None, [f"{a}村"])]


# ---- 5. a labelled 【】 note after the lead ---------------------------------------------------------------------


def test_labelled_note_is_no_change() -> None:
    for label in ("相关阅读", "延伸阅读", "链接"):
        text = f"阳光小区调整为低风险区【{label}:金桃区将春晓村调整为中风险区】"
        for variant in variants_of(text):
            assert changes_of(variant) == [("low", None, ["阳光小区"])]


def test_unlabelled_note_still_read() -> None:
    # a note of changes inside the lead (4c52e0c3's form) keeps its reading
    assert changes_of("根据规定【自8月22日起,将春晓村调整为低风险区】,现将阳光小区调整为中风险区。") == [
        ("low", None, ["春晓村"]), ("medium", None, ["阳光小区"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_labelled_note_property(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    assert changes_of(f"{a}小区调整为低风险区【相关阅读:将{b}村调整为中风险区】") == [("low", None, [f"{a}小区"])]
