"""Ordinary forms the parser misread: a town's heading held past the next heading of its kind ("(一)金桃镇:" over
"1.A家园:5栋", then "(二)城区:"); two names separated by a space that are one place ("X新村 Y小区", "X花园 X公寓");
two areas by bare sides joined by 及 in a list; "注:A、B为新增高风险区" (为 then 新增 before the level); villages of
two towns before one rest; "现对A小区临时管控7天;对B小区…" (现 before 对). Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    in_traditional,
    invented_names,
    levels_of,
    no_real_city,
)

_HEAD = "关于划定风险区域的通告\n"
_LIST = _HEAD + "现将高风险区公布如下:\n"
_FULL_DIGITS = str.maketrans({str(d): chr(0xFF10 + d) for d in range(10)})


def _full(text: str) -> str:
    """The text with full-width punctuation and digits, as some copies have it."""
    return text.translate(HALF_TO_FULL).translate(_FULL_DIGITS)


# --- a town's heading ends at the next heading of its kind -------------------------------------------------------


def test_a_towns_heading_ends_at_the_next_heading_of_its_kind() -> None:
    text = f"{_LIST}(一)金桃镇:\n1.星光家园:5栋\n2.月亮湾小区:3栋\n(二)城区:\n1.翠柳家园:2栋\n2.白鹭小区:6栋\n"
    assert levels_of(text) == {"high": ["金桃镇星光家园5栋", "金桃镇月亮湾小区3栋", "翠柳家园2栋", "白鹭小区6栋"]}
    # (the headings without their colons, or numbered 一、)
    text = f"{_LIST}(一)金桃镇\n1.星光家园:5栋\n(二)城区\n1.翠柳家园:2栋\n2.白鹭小区:6栋\n"
    assert levels_of(text) == {"high": ["金桃镇星光家园5栋", "翠柳家园2栋", "白鹭小区6栋"]}
    text = f"{_LIST}一、金桃镇:\n1.星光家园:5栋\n二、城区:\n1.翠柳家园:2栋\n2.白鹭小区:6栋\n"
    assert levels_of(text) == {"high": ["金桃镇星光家园5栋", "翠柳家园2栋", "白鹭小区6栋"]}
    text = f"{_LIST}(一)金桃镇:\n1.星光家园5栋\n(二)城区:\n1.翠柳家园2栋\n"
    assert levels_of(text) == {"high": ["金桃镇星光家园5栋", "翠柳家园2栋"]}
    assert levels_of(in_traditional(text)) == {"high": ["金桃镇星光家园5栋", "翠柳家园2栋"]}
    full = _full(f"{_LIST}(一)金桃镇:\n1.星光家园:5栋\n(二)城区:\n1.翠柳家园:2栋\n2.白鹭小区:6栋\n")
    assert levels_of(full) == {"high": ["金桃镇星光家园5栋", "翠柳家园2栋", "白鹭小区6栋"]}
    # (near misses: items of another kind under the town keep it, so do items numbered as the town's heading; a
    # second town's heading gives its own)
    text = f"{_LIST}1.金桃镇:\n1.星光家园:5栋\n2.月亮湾小区:3栋\n"
    assert levels_of(text) == {"high": ["金桃镇星光家园5栋", "金桃镇月亮湾小区3栋"]}
    text = f"{_LIST}(一)金桃镇:\n1.星光家园:5栋\n2.月亮湾小区:3栋\n3.翠柳家园:2栋\n"
    assert levels_of(text) == {"high": ["金桃镇星光家园5栋", "金桃镇月亮湾小区3栋", "金桃镇翠柳家园2栋"]}
    text = f"{_LIST}(一)金桃镇:\n1.星光家园:5栋\n(二)青枫镇:\n1.翠柳家园:2栋\n2.白鹭小区:6栋\n"
    assert levels_of(text) == {"high": ["金桃镇星光家园5栋", "青枫镇翠柳家园2栋", "青枫镇白鹭小区6栋"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_a_towns_heading_ends_at_the_next_heading_for_any_names(town: str, a: str, b: str) -> None:
    assume(no_real_city(town, a, b) and a != b)
    text = f"{_LIST}(一){town}镇:\n1.{a}家园:5栋\n(二)城区:\n1.{b}家园:2栋\n2.{a}小区:6栋\n"
    assert levels_of(text) == {"high": [f"{town}镇{a}家园5栋", f"{b}家园2栋", f"{a}小区6栋"]}


# --- a space inside one place --------------------------------------------------------------------------------


def test_a_neighbourhood_and_its_compound_or_a_compound_and_its_part_across_a_space_are_one_place() -> None:
    assert levels_of(f"{_HEAD}高风险区:青枫新村 桂巷小区、白鹭家园。") == {"high": ["青枫新村桂巷小区", "白鹭家园"]}
    assert levels_of(f"{_HEAD}高风险区:翠柳花园 翠柳公寓、白鹭家园。") == {"high": ["翠柳花园翠柳公寓", "白鹭家园"]}
    assert levels_of(in_traditional(f"{_HEAD}高风险区:青枫新村　桂巷小区、白鹭家园。")) == {
        "high": ["青枫新村桂巷小区", "白鹭家园"]}
    assert levels_of(_full(f"{_HEAD}高风险区:青枫新村 桂巷小区、白鹭家园。")) == {
        "high": ["青枫新村桂巷小区", "白鹭家园"]}
    # (near misses: two 新村, a compound then a 新村, two compounds of their own names)
    assert levels_of(f"{_HEAD}高风险区:青枫新村 白鹭新村。") == {"high": ["青枫新村", "白鹭新村"]}
    assert levels_of(f"{_HEAD}高风险区:桂巷小区 青枫新村。") == {"high": ["桂巷小区", "青枫新村"]}
    assert levels_of(f"{_HEAD}高风险区:翠柳小区 石榴花园。") == {"high": ["翠柳小区", "石榴花园"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_a_neighbourhood_and_its_compound_for_any_names(a: str, b: str) -> None:
    assume(no_real_city(a, b) and not b.startswith(a[:2]) and not a.startswith(b[:2]))
    assert levels_of(f"{_HEAD}高风险区:{a}新村 {b}小区、{b}家园。") == {"high": [f"{a}新村{b}小区", f"{b}家园"]}
    assert levels_of(f"{_HEAD}高风险区:{a}小区 {b}家园。") == {"high": [f"{a}小区", f"{b}家园"]}


# --- two areas by bare sides joined by 及 in a list --------------------------------------------------------------

_ONE = "东湖街南、西岭路西、北山街北、南河巷所围区域"
_TWO = "青枫街南、白鹭路西、石榴街北、翠柳巷所围区域"


def test_two_areas_by_bare_sides_joined_by_ji_in_a_list_are_two_places() -> None:
    assert levels_of(f"{_HEAD}高风险区:{_ONE}及{_TWO}。") == {"high": [_ONE, _TWO]}
    assert levels_of(f"{_HEAD}高风险区:\n城东区:{_ONE}及{_TWO}。\n") == {"high": [_ONE, _TWO]}
    shops = "东湖街南、西岭街北、北山路两侧临街商铺"
    assert levels_of(f"{_HEAD}高风险区:{shops}及{_TWO},星光小区。") == {"high": [shops, _TWO, "星光小区"]}
    assert levels_of(in_traditional(f"{_HEAD}高风险区:{_ONE}及{_TWO}。")) == {"high": [_ONE, _TWO]}
    assert levels_of(_full(f"{_HEAD}高风险区:{_ONE}及{_TWO}。")) == {"high": [_ONE, _TWO]}
    # (near miss: one such area alone stays whole)
    assert levels_of(f"{_HEAD}高风险区:{_ONE}。") == {"high": [_ONE]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_two_areas_by_bare_sides_for_any_names(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    one, two = f"{a}街南、{b}路西、{a}街北、{b}巷所围区域", f"{b}街南、{a}路西、{b}街北、{a}巷所围区域"
    assert levels_of(f"{_HEAD}高风险区:{one}及{two}。") == {"high": [one, two]}


# --- 为新增 before the level ----------------------------------------------------------------------------------


def test_a_note_naming_new_areas_of_a_level_gives_them() -> None:
    text = f"{_HEAD}高风险区:\n1.城关镇翠柳小区\n注:城关镇白鹭小区、石榴小区为新增高风险区。\n"
    assert levels_of(text) == {"high": ["城关镇翠柳小区", "城关镇白鹭小区", "石榴小区"]}
    assert levels_of(f"{_HEAD}白鹭小区、石榴小区为新增中风险区。") == {"medium": ["白鹭小区", "石榴小区"]}
    assert levels_of(f"{_HEAD}白鹭小区为新划定的高风险区。") == {"high": ["白鹭小区"]}
    assert levels_of(in_traditional(text)) == {"high": ["城关镇翠柳小区", "城关镇白鹭小区", "石榴小区"]}
    assert levels_of(_full(text)) == {"high": ["城关镇翠柳小区", "城关镇白鹭小区", "石榴小区"]}
    # (near misses: a note pointing back or of counts names no place)
    assert levels_of(f"{_HEAD}高风险区:\n1.城关镇翠柳小区\n注:以上区域为高风险区。\n") == {"high": ["城关镇翠柳小区"]}
    assert levels_of(f"{_HEAD}高风险区:\n1.城关镇翠柳小区\n注:调整后,全县共有高风险区2个。\n") == {
        "high": ["城关镇翠柳小区"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_new_areas_of_a_level_for_any_names(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    assert levels_of(f"{_HEAD}{a}小区、{b}小区为新增高风险区。") == {"high": [f"{a}小区", f"{b}小区"]}


# --- villages of two towns before one rest ------------------------------------------------------------------


def test_villages_of_two_towns_before_one_rest_are_read_apart() -> None:
    rest = "除高风险区以外的其他区域"
    assert levels_of(f"{_HEAD}低风险区:金桃镇青枫村、银湖镇白鹭村{rest}。") == {
        "low": ["金桃镇青枫村", f"银湖镇白鹭村{rest}"]}
    assert levels_of(f"{_HEAD}将金桃镇青枫村、银湖镇白鹭村{rest}调整为低风险区。") == {
        "low": ["金桃镇青枫村", f"银湖镇白鹭村{rest}"]}
    assert levels_of(in_traditional(f"{_HEAD}低风险区:金桃镇青枫村、银湖镇白鹭村{rest}。")) == {
        "low": ["金桃镇青枫村", f"银湖镇白鹭村{rest}"]}
    assert levels_of(_full(f"{_HEAD}低风险区:金桃镇青枫村、银湖镇白鹭村{rest}。")) == {
        "low": ["金桃镇青枫村", f"银湖镇白鹭村{rest}"]}
    # (near miss: villages of one town share the rest, one place)
    assert levels_of(f"{_HEAD}低风险区:金桃镇青枫村、白鹭村{rest}。") == {"low": [f"金桃镇青枫村、白鹭村{rest}"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_villages_of_two_towns_for_any_names(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    rest = "除高风险区以外的其他区域"
    assert levels_of(f"{_HEAD}低风险区:{a}镇{b}村、{b}镇{a}村{rest}。") == {
        "low": [f"{a}镇{b}村", f"{b}镇{a}村{rest}"]}


# --- 现 before 对 ----------------------------------------------------------------------------------------------


def test_now_before_dui_opens_a_temporary_control() -> None:
    for lead in ("现对", "现决定对"):
        text = f"{_HEAD}{lead}翠柳小区临时管控7天;对石榴小区临时管控3天。"
        assert levels_of(text) == {"controlled": ["翠柳小区", "石榴小区"]}, text
    text = f"{_HEAD}现对翠柳小区临时管控7天;对石榴小区临时管控3天。"
    assert levels_of(in_traditional(text)) == {"controlled": ["翠柳小区", "石榴小区"]}
    assert levels_of(_full(text)) == {"controlled": ["翠柳小区", "石榴小区"]}
    # (near misses: the areas concerned, people, a lift: no control of a place)
    assert levels_of("现对金桃镇相关区域实行临时管控措施,管控期间暂停非必要人员流动。") == {}
    assert "controlled" not in levels_of(f"{_HEAD}现对进出人员实行管控。")
    assert "controlled" not in levels_of(f"{_HEAD}现对翠柳小区临时管控措施予以解除。")


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_now_before_dui_for_any_names(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    assert levels_of(f"{_HEAD}现对{a}小区临时管控7天;对{b}小区临时管控3天。") == {
        "controlled": [f"{a}小区", f"{b}小区"]}
