"""Forms mended by m70a (invented names): two place-first lifts in a row ("A小区解除封控,B村解除封控。"); a
level referred back to ("该中风险区…调整为低风险区" after the sentence that drew it); a change told as history,
then 现 ("A小区于11月3日被调整为高风险区,现调整为低风险区。"); a measure's change before the places of 将
("将核酸检测频次提升为每日一次,A小区由中风险区提升为高风险区"); an exception after the clause (",C小区除外"), kept
on its places; 为此 after a standing count ("现有中风险区2个,为此,请…"), no list; an estate's phase after 及
("A家园及一期新村"), one place; a count before its level with the list in brackets ("两个中风险区(A小区、B小区)"),
the level of the count."""
from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    changes_of,
    in_traditional,
    invented_names,
    no_real_city,
    variants_of,
)


def _notice(body: str) -> str:
    return (f"关于调整风险区域的通告\n根据疫情防控需要,经专家研判,现将有关事项通告如下:\n{body}\n特此通告。\n"
            "疫情防控指挥部\n2022年11月20日")


# ---- 1. place-first lifts, one clause after another ------------------------------------------------------------

def test_place_first_lifts_in_a_row() -> None:
    text = "翠锦小区解除封控,星峰村解除封控。"
    for variant in variants_of(text):
        assert changes_of(variant) == [(None, None, ["翠锦小区"]), (None, None, ["星峰村"])]
    assert changes_of(_notice(text)) == [(None, None, ["翠锦小区"]), (None, None, ["星峰村"])]
    assert changes_of("阳光花园解除封控,翠湖村解除管控,金桃小区解除封控管理。") == [
        (None, None, ["阳光花园"]), (None, None, ["翠湖村"]), (None, None, ["金桃小区"])]


def test_place_first_lift_near_misses() -> None:
    # what follows the comma is no lift of a place: the first clause is no sentence's end, as before
    assert changes_of("翠锦小区解除封控,居民恢复正常生活。") == []
    assert changes_of(in_traditional("翠锦小区解除封控,居民恢复正常生活。")) == []


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_place_first_lifts_property(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    assert changes_of(f"{a}小区解除封控,{b}村解除封控。") == [(None, None, [f"{a}小区"]), (None, None, [f"{b}村"])]


# ---- 2. a level referred back to ---------------------------------------------------------------------------------

_REFERRED = "11月5日,{a}小区划定为中风险区。经研判,该中风险区自11月20日起调整为低风险区。"


def test_level_referred_back_to() -> None:
    text = _REFERRED.format(a="阳光")
    for variant in variants_of(text):
        assert changes_of(variant) == [("medium", None, ["阳光小区"]), ("low", None, ["阳光小区"])]
    assert changes_of(_notice(text))[-1] == ("low", None, ["阳光小区"])
    # the sentence on a line of its own
    assert changes_of("翠湖村划定为封控区。\n该封控区自11月20日起调整为管控区。") == [
        ("sealed", None, ["翠湖村"]), ("controlled", None, ["翠湖村"])]


def test_level_referred_back_to_near_misses() -> None:
    # the sentence above drew another level: nothing to point to
    assert changes_of("阳光小区划定为高风险区。该中风险区自11月20日起调整为低风险区。") == [
        ("high", None, ["阳光小区"])]
    # a remark on the level, no change
    assert changes_of("高风险区:\n阳光小区\n该中风险区为临时设置。") == [("high", None, ["阳光小区"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_level_referred_back_to_property(a: str) -> None:
    assume(no_real_city(a))
    assert changes_of(_REFERRED.format(a=a))[-1] == ("low", None, [f"{a}小区"])


# ---- 3. a change told as history, then 现 --------------------------------------------------------------------------

def test_history_then_now() -> None:
    text = "阳光小区于11月3日被调整为高风险区,现调整为低风险区。"
    for variant in variants_of(text):
        assert changes_of(variant) == [("low", None, ["阳光小区"])]
    assert changes_of(_notice(text)) == [("low", None, ["阳光小区"])]
    # the level left written too (history already, review rv69c), its place now read at 现's level
    assert changes_of("翠湖村于3月1日由中风险区被调整为高风险区,现调整为低风险区。") == [("low", None, ["翠湖村"])]


def test_history_then_now_near_misses() -> None:
    # no 现 after it: as before, the change is read
    assert changes_of("阳光小区于11月3日被调整为高风险区。") == [("high", None, ["阳光小区"])]
    # 现 with a place of its own: that place only
    assert changes_of("阳光小区于11月3日被调整为高风险区,现将翠湖村调整为低风险区。") == [("low", None, ["翠湖村"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_history_then_now_property(a: str) -> None:
    assume(no_real_city(a))
    assert changes_of(f"{a}小区于11月3日被调整为高风险区,现调整为低风险区。") == [("low", None, [f"{a}小区"])]


# ---- 4. a measure's change before the places of 将 ----------------------------------------------------------------

def test_measure_change_before_places() -> None:
    text = "将核酸检测频次提升为每日一次,阳光小区由中风险区提升为高风险区。"
    for variant in variants_of(text):
        assert changes_of(variant) == [("high", None, ["阳光小区"])]
    assert changes_of(_notice(text)) == [("high", None, ["阳光小区"])]
    assert changes_of("将核酸检测频次调整为两天一次,翠湖村、星峰村调整为低风险区。") == [
        ("low", None, ["翠湖村", "星峰村"])]


def test_measure_change_near_misses() -> None:
    # 将 over the place itself, as before
    assert changes_of("将阳光小区由中风险区提升为高风险区。") == [("high", None, ["阳光小区"])]
    # prose after the measure: no place read from it
    assert changes_of("将核酸检测频次提升为每日一次,请广大市民积极配合。") == []


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_measure_change_property(a: str) -> None:
    assume(no_real_city(a))
    assert changes_of(f"将核酸检测频次提升为每日一次,{a}小区由中风险区提升为高风险区。") == [
        ("high", None, [f"{a}小区"])]


# ---- 5. an exception after the clause ------------------------------------------------------------------------------

def test_exception_after_the_clause() -> None:
    text = "星峰县、翠湖县由中风险调整为低风险,阳光小区除外。"
    expected = [("low", "星峰县", ["星峰县,阳光小区除外"]), ("low", "翠湖县", ["翠湖县,阳光小区除外"])]
    for variant in variants_of(text):
        assert changes_of(variant) == expected
    # places of one district before one exception: one place (the corpus's convention)
    assert changes_of("星峰镇、翠湖镇由中风险区调整为低风险区,阳光小区3号楼除外。") == [
        ("low", None, ["星峰镇、翠湖镇,阳光小区3号楼除外"])]


def test_exception_near_misses() -> None:
    # people's or needs' exceptions are no place
    assert changes_of("将翠湖村划定为封控区,就医等特殊情况除外。") == [("sealed", None, ["翠湖村"])]
    assert changes_of("将翠湖村划定为封控区。阳光小区除外。") == [("sealed", None, ["翠湖村"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_exception_property(a: str, b: str, c: str) -> None:
    assume(no_real_city(a, b, c) and a != b)
    assert changes_of(f"将{a}村、{b}村调整为低风险区,{c}小区除外。") == [
        ("low", None, [f"{a}村、{b}村,{c}小区除外"])]


# ---- 6. 为此 after a standing count ----------------------------------------------------------------------------------

def test_for_this_after_a_count_is_no_list() -> None:
    for text in ("现有中风险区2个,为此,请广大市民做好个人防护。", "全县现有中风险区2个,为此,请广大市民减少外出。",
                 "全县现有高风险区2个,为进一步做好防控工作,请广大市民减少外出。"):
        for variant in variants_of(text):
            assert changes_of(variant) == []
        assert changes_of(_notice(text)) == []


def test_for_this_near_misses() -> None:
    # a list after 为 is still read
    assert changes_of("截至目前,全县现有中风险区2个,为翠湖村、星峰村。") == [("medium", None, ["翠湖村", "星峰村"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_for_this_property(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    assert changes_of(f"现有中风险区2个,为{a}村、{b}村。") == [("medium", None, [f"{a}村", f"{b}村"])]
    assert changes_of(f"现有中风险区2个,为此,请{a}村居民减少外出。") == []


# ---- 7. an estate's phase after 及 -----------------------------------------------------------------------------------

def test_phase_after_ji_is_one_place() -> None:
    text = "将阳光小区、翠锦家园及一期新村划定为高风险区。"
    for variant in variants_of(text):
        assert changes_of(variant) == [("high", None, ["阳光小区", "翠锦家园及一期新村"])]
    assert changes_of("将阳光小区、翠锦家园及第二期小区划定为高风险区。") == [
        ("high", None, ["阳光小区", "翠锦家园及第二期小区"])]


def test_phase_near_misses() -> None:
    # two estates in a run, each by its own name: split, as before
    assert changes_of("将阳光小区、翠锦家园及星峰新村划定为高风险区。") == [
        ("high", None, ["阳光小区", "翠锦家园", "星峰新村"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_phase_property(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    assert changes_of(f"将{a}小区、{b}家园及一期新村划定为高风险区。") == [
        ("high", None, [f"{a}小区", f"{b}家园及一期新村"])]


# ---- 8. a count before its level, its list in brackets --------------------------------------------------------------

_COUNTED = "一、高风险区\n{a}小区。\n两个中风险区({b}小区、{c}花园)。"


def test_count_before_level_with_bracketed_list() -> None:
    text = _COUNTED.format(a="阳光", b="翠湖", c="春晓")
    expected = [("high", None, ["阳光小区"]), ("medium", None, ["翠湖小区", "春晓花园"])]
    for variant in variants_of(text):
        assert changes_of(variant) == expected
    assert changes_of(_notice(text)) == expected
    assert changes_of("高风险区1个(阳光小区),两个中风险区(翠湖小区、春晓花园)。") == expected


def test_count_before_level_near_misses() -> None:
    # the count disagrees with the brackets, or the brackets point to an annex: not the list, as before
    assert changes_of("一、高风险区\n阳光小区。\n两个中风险区(见附件)。") == [("high", None, ["阳光小区"])]
    assert ("medium", None, ["翠湖小区", "春晓花园"]) not in changes_of(
        "一、高风险区\n阳光小区。\n三个中风险区(翠湖小区、春晓花园)。")


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_count_before_level_property(a: str, b: str, c: str) -> None:
    assume(no_real_city(a, b, c) and len({a, b, c}) == 3)
    assert changes_of(_COUNTED.format(a=a, b=b, c=c)) == [
        ("high", None, [f"{a}小区"]), ("medium", None, [f"{b}小区", f"{c}花园"])]
