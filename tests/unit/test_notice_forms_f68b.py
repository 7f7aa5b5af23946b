"""Forms fixed by f68b: an industrial area (工业区) before a part of it is no district; a list's last 和 outside a
note's brackets whose own 和 is the note's; a building numbered with a dash and a letter ("19-C栋") going on with its
run; a house run's village restated before a house of its other numbering, and what stands beside a house of the run
("48号旁垃圾房"), going on with the run."""
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
)

# (the last name opens with none of the characters 和 starts a name with, "和兴", "和光", "和悦": a name, no
# conjunction)
_NOT_AFTER_HE = "".join(ch for ch in PLAIN_SYLLABLES if ch not in "平谐睦美顺兴悦煦润盛鸣风园苑居家乐畅泰嘉光义安")
_FULL_DIGITS = str.maketrans("0123456789-", "０１２３４５６７８９－")


_read = changes_of
_places = places_of


def _full(text: str) -> str:
    return text.translate(HALF_TO_FULL).translate(_FULL_DIGITS)


# ---- 1. "A工业区工地": an industrial area before a part of it is no district ---------------------------------------

def test_industrial_area_before_its_part_is_no_district() -> None:
    assert _read("将翠峰工业区厂房北楼调整为中风险区") == [("medium", None, ["翠峰工业区厂房北楼"])]
    assert _read(in_traditional("将翠峰工业区厂房北楼调整为中风险区")) == [("medium", None, ["翠峰工业区厂房北楼"])]
    assert _read(_full("将翠峰工业区厂房3栋(除1单元)调整为中风险区")) == [
        ("medium", None, ["翠峰工业区厂房3栋(除1单元)"])]
    assert _places("解除阳光路与春晓路交汇锦绣广场售楼处、翠峰工业区工地高风险区管理。") == [
        "阳光路与春晓路交汇锦绣广场售楼处", "翠峰工业区工地"]
    # near-misses: a district written so, a real one and a development zone, stays the district
    assert _read("将翠峰区厂房北楼调整为中风险区") == [("medium", "翠峰区", ["厂房北楼"])]
    assert _read("将龙华区锦绣小区调整为中风险区") == [("medium", "龙华区", ["锦绣小区"])]
    assert _read("将高新区锦绣小区调整为中风险区") == [("medium", "高新区", ["锦绣小区"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_industrial_area_property(a: str) -> None:
    assume(no_real_city(a))
    assert _read(f"将{a}工业区工地调整为中风险区") == [("medium", None, [f"{a}工业区工地"])]
    assert _read(f"将{a}工业区厂房北楼调整为中风险区") == [("medium", None, [f"{a}工业区厂房北楼"])]


# ---- 2. "A、B一期(除C路和D路底商)和E": the list's 和 is the one outside the note's brackets ------------------------

def test_last_he_outside_a_note_with_its_own_he() -> None:
    text = "将锦绣小区、锦绣商住楼一期(除春晓路和秀峰路底商)和翠峰厂房北楼调整为中风险区"
    expected = ["锦绣小区", "锦绣商住楼一期(除春晓路和秀峰路底商)", "翠峰厂房北楼"]
    assert _places(text) == expected
    assert _places(in_traditional(text)) == expected
    assert _places(_full(text)) == expected
    # near-misses: a 和 inside the note alone joins nothing; what lies by the place (周边) stays with it
    assert _places("将锦绣小区、锦绣花园(春晓路和秀峰路交汇处)调整为中风险区") == [
        "锦绣小区", "锦绣花园(春晓路和秀峰路交汇处)"]
    assert _places("将锦绣小区、锦绣商住楼一期(除春晓路和秀峰路底商)和周边商铺调整为中风险区") == [
        "锦绣小区", "锦绣商住楼一期(除春晓路和秀峰路底商)和周边商铺"]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(_NOT_AFTER_HE))
def test_last_he_outside_note_property(a: str, b: str, c: str) -> None:
    assume(no_real_city(a, b, c) and len({a, b, c}) == 3)
    assert _places(f"将{a}小区、{b}商住楼一期(除{a}路和{b}路底商)和{c}厂房北楼调整为中风险区") == [
        f"{a}小区", f"{b}商住楼一期(除{a}路和{b}路底商)", f"{c}厂房北楼"]


# ---- 3. "A花园19-1栋、19-C栋": a building numbered with a dash and a letter goes on with its run ---------------------

def test_dash_letter_building_goes_on() -> None:
    text, expected = "将锦绣社区翠峰花园19-1栋、19-C栋调整为中风险区", ["锦绣社区翠峰花园19-1栋、19-C栋"]
    assert _places(text) == expected
    assert _places(in_traditional(text)) == expected
    assert _places(_full(text)) == expected
    # near-miss: a building of another compound starts a place of its own
    assert _places("将锦绣社区翠峰花园19-1栋、春晓花园19-C栋调整为中风险区") == [
        "锦绣社区翠峰花园19-1栋", "春晓花园19-C栋"]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_dash_letter_building_property(a: str) -> None:
    assume(no_real_city(a))
    assert _places(f"将{a}花园7-2栋、7-B栋调整为中风险区") == [f"{a}花园7-2栋、7-B栋"]


# ---- 4. "A村三片16号、18号、A村新编52号、48号旁垃圾房": the run's village restated, and what stands by a house ------

def test_restated_village_and_house_side_go_on() -> None:
    text = "将锦绣社区翠峰村三片16号、18号、翠峰村新编52号、48号旁垃圾房(除高风险区以外)调整为中风险区"
    expected = ["锦绣社区翠峰村三片16号、18号、翠峰村新编52号、48号旁垃圾房(除高风险区以外)"]
    assert _places(text) == expected
    assert _places(in_traditional(text)) == expected
    assert _places(_full(text)) == expected
    # near-misses: another village starts a place of its own; so does what stands by a named place, not a number
    assert _places("将锦绣社区翠峰村三片16号、18号、春晓村新编52号调整为中风险区") == [
        "锦绣社区翠峰村三片16号、18号", "春晓村新编52号"]
    assert _places("将锦绣社区翠峰村16号、18号、春晓小区旁垃圾房调整为中风险区") == [
        "锦绣社区翠峰村16号、18号", "春晓小区旁垃圾房"]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_restated_village_property(a: str, b: str) -> None:
    assume(no_real_city(a, b))
    assert _places(f"将{a}社区{b}村三片16号、18号、{b}村新编52号、48号旁垃圾房调整为中风险区") == [
        f"{a}社区{b}村三片16号、18号、{b}村新编52号、48号旁垃圾房"]
