"""Forms fixed (or pinned) by f69b: two clauses done to (被) in one sentence, each place at its own level, also with
the day glued to the first place ("10月5日A小区被划定为高风险区,B村被…"); an item's measures told as a sentence of their
own between numbered items ("1.A小区。" "该小区实行封控管理。" "2.B花园。"), no end of the list; what a place takes in
written after it ("A小区1号楼,含底商", "、含底商"), part of the place; and 同时 (at the same time) opening a clause,
no part of its place ("…,同时B村调整为低风险区")."""
from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    changes_of,
    in_traditional,
    invented_names,
    no_real_city,
    places_of,
    variants_of,
)

# ---- 1. two 被 clauses in one sentence: each place at its own level -------------------------------------------

_TWO_PASSIVE = "10月5日{sep}{t}镇{a}小区被划定为高风险区{join}{b}村被划定为中风险区。"


def test_two_passive_clauses_each_place_its_level() -> None:
    # (pinned: read right before f69b with a comma after the day, 、 or ; between the clauses)
    for join in (",", "、", ";"):
        text = _TWO_PASSIVE.format(sep=",", t="金桃", a="阳光", join=join, b="翠湖")
        for variant in variants_of(text):
            assert changes_of(variant) == [("high", None, ["金桃镇阳光小区"]), ("medium", None, ["翠湖村"])]


def test_two_passive_clauses_with_the_day_glued_to_the_first_place() -> None:
    # the day with no comma after it: the first place was dropped (read as what happened before, as "A在1月1日被…")
    for front in ("10月5日", "2022年10月5日12时"):
        text = f"{front}金桃镇阳光小区被划定为高风险区,翠湖村被划定为中风险区。"
        for variant in variants_of(text):
            assert changes_of(variant) == [("high", None, ["金桃镇阳光小区"]), ("medium", None, ["翠湖村"])]
    # another kind of place, no town in front; a single clause, with 被 and without (the day was read into the place)
    assert changes_of("10月5日春晓花园被列为高风险区,翠湖村被列为中风险区。") == [
        ("high", None, ["春晓花园"]), ("medium", None, ["翠湖村"])]
    assert changes_of("10月5日金桃镇阳光小区划定为高风险区。") == [("high", None, ["金桃镇阳光小区"])]


def test_two_passive_clauses_near_misses() -> None:
    # what happened before, its day after the place, stays history
    assert changes_of("阳光小区在2021年1月1日被调整为中风险区,现将翠湖村调整为高风险区。") == [
        ("high", None, ["翠湖村"])]
    # a part of the day or a verb after it is no place's start
    assert changes_of("10月5日晚阳光小区被划定为高风险区。") == []
    assert changes_of(in_traditional("10月5日晚阳光小区被划定为高风险区。")) == []


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_two_passive_clauses_property(t: str, a: str, b: str) -> None:
    assume(no_real_city(t, a, b) and a != b)
    for sep in ("", ","):
        text = _TWO_PASSIVE.format(sep=sep, t=t, a=a, join=",", b=b)
        assert changes_of(text) == [("high", None, [f"{t}镇{a}小区"]), ("medium", None, [f"{b}村"])]


# ---- 2. a measures sentence between numbered items does not end the list --------------------------------------

_MEASURED_LIST = "关于划定风险区的通告\n{heading}:\n1.{a}小区。\n{measures}\n2.{b}花园。\n特此通告。"


def test_measures_sentence_between_items() -> None:
    for heading, level in (("高风险区", "high"), ("封控区", "sealed")):
        for measures in ("该小区实行封控管理。", "该区域实行“足不出户、上门服务”。", "此区域严格落实封控措施。"):
            text = _MEASURED_LIST.format(heading=heading, a="阳光", measures=measures, b="翠湖")
            for variant in variants_of(text):
                assert changes_of(variant) == [(level, None, ["阳光小区", "翠湖花园"])]


def test_measures_sentence_after_each_item_of_numbered_parts() -> None:
    text = ("关于划定风险区的通告\n一、高风险区:\n(1)阳光小区;\n该小区实行封控管理;\n(2)翠湖花园;\n"
            "该小区实行封控管理。\n二、中风险区:\n(1)春晓村。\n特此通告。")
    assert changes_of(text) == [("high", None, ["阳光小区", "翠湖花园"]), ("medium", None, ["春晓村"])]
    assert changes_of(text.translate(HALF_TO_FULL)) == changes_of(text)


def test_measures_sentence_near_misses() -> None:
    # the level's measures after the heading's own line, before its sibling part: the list ends there
    text = ("关于划定风险区的通告\n(一)高风险区:阳光小区。\n采取“足不出户、上门服务”等封控措施。\n"
            "(二)风险排查区:翠湖花园北侧区域。\n采取“足不出户、上门服务”等封控措施。\n特此通告。")
    assert changes_of(text) == [("high", None, ["阳光小区"])]
    # measures after the last item, then prose: no place
    assert changes_of("关于划定风险区的通告\n高风险区:\n1.阳光小区。\n2.翠湖花园。\n该小区实行封控管理。\n"
                      "请广大市民做好个人防护。") == [("high", None, ["阳光小区", "翠湖花园"])]


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_measures_sentence_between_items_property(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    text = _MEASURED_LIST.format(heading="高风险区", a=a, measures="该小区实行封控管理。", b=b)
    assert changes_of(text) == [("high", None, [f"{a}小区", f"{b}花园"])]


# ---- 3. "含底商" after a place is part of it ---------------------------------------------------------------------

def test_taken_in_shops_are_part_of_the_place() -> None:
    for sep in ("、", ","):
        text = f"自2022年11月20日起,将阳光小区1号楼{sep}含底商划定为高风险区。"
        assert places_of(text) == [f"阳光小区1号楼{sep}含底商"]
        assert places_of(in_traditional(text)) == [f"阳光小区1号楼{sep}含底商"]  # (read in simplified characters)
    # (pinned: in brackets it was read right before)
    assert places_of("自2022年11月20日起,将阳光小区1号楼(含底商)划定为高风险区。") == ["阳光小区1号楼(含底商)"]
    # another kind of place and facility, in a list under a heading, the comma full-width too
    text = "关于划定风险区的通告\n高风险区:翠湖花园2号楼,含门面;春晓村。\n特此通告。"
    assert places_of(text) == ["翠湖花园2号楼,含门面", "春晓村"]
    assert places_of(text.translate(HALF_TO_FULL)) == ["翠湖花园2号楼,含门面", "春晓村"]
    assert places_of("关于划定风险区的通告\n高风险区:\n1.阳光小区1号楼、含底商。\n2.翠湖花园。\n特此通告。") == [
        "阳光小区1号楼、含底商", "翠湖花园"]


def test_taken_in_near_misses() -> None:
    # a name that opens with 含 is a place of its own
    assert places_of("自2022年11月20日起,将阳光小区1号楼,含光小区划定为高风险区。") == ["阳光小区1号楼", "含光小区"]
    assert places_of("自2022年11月20日起,将阳光小区1号楼、翠湖花园划定为高风险区。") == ["阳光小区1号楼", "翠湖花园"]


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_taken_in_property(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    assert places_of(f"自2022年11月20日起,将{a}小区1号楼,含底商,{b}花园划定为高风险区。") == [
        f"{a}小区1号楼,含底商", f"{b}花园"]


# ---- 4. 同时 opening a clause is no part of its place -------------------------------------------------------------

def test_at_the_same_time_is_no_place() -> None:
    for text in ("自2022年11月20日起,将阳光小区调整为中风险区,同时翠湖村调整为低风险区。",
                 "自2022年11月20日起,将阳光小区调整为中风险区,与此同时,翠湖村调整为低风险区。",
                 # (pinned: read right before with 将 after 同时, or 同时 opening a sentence of its own)
                 "自2022年11月20日起,将阳光小区调整为中风险区,同时将翠湖村调整为低风险区。",
                 "自2022年11月20日起,将阳光小区调整为中风险区。同时,翠湖村调整为低风险区。"):
        for variant in variants_of(text):
            assert changes_of(variant) == [("medium", None, ["阳光小区"]), ("low", None, ["翠湖村"])]
    # in two 被 clauses, with or without its comma, after , ; or 、
    for join in (",同时", ",同时,", ";同时", "、同时"):
        assert changes_of(f"10月5日,金桃镇阳光小区被划定为高风险区{join}春晓花园被划定为中风险区。") == [
            ("high", None, ["金桃镇阳光小区"]), ("medium", None, ["春晓花园"])]


def test_at_the_same_time_near_misses() -> None:
    # a name that opens with the word keeps it
    assert changes_of("自2022年11月20日起,将同时村调整为中风险区。") == [("medium", None, ["同时村"])]
    # 同时 before a measure names no place
    assert changes_of("自2022年11月20日起,将阳光小区调整为中风险区,同时实行相应管控措施。") == [
        ("medium", None, ["阳光小区"])]


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_at_the_same_time_property(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    text = f"自2022年11月20日起,将{a}小区调整为中风险区,同时{b}村调整为低风险区。"
    assert changes_of(text) == [("medium", None, [f"{a}小区"]), ("low", None, [f"{b}村"])]
