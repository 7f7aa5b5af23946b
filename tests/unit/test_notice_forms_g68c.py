"""Forms fixed by g68c: a forum's (Discuz) anti-copy strings glued to a list's lines and numbers, a part's Chinese
number run into its level's heading ("一高风险地区"), a street's exception in brackets ("(不含A社区)") kept on it
(no district's other name), and a notice's date run into the next notice's title on one line."""
from __future__ import annotations

import random

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    changes_of,
    in_traditional,
    invented_names,
    no_real_city,
    places_of,
)

_SYL = "金桃阳光幸福和平春晓翠锦绣胜利兴盛泰康宁福瑞鑫汇君悦星峰秀"
_FULL_DIGITS = str.maketrans({str(d): chr(0xFF10 + d) for d in range(10)})


_read = changes_of
_places = places_of


def _full(text: str) -> str:
    return text.translate(HALF_TO_FULL).translate(_FULL_DIGITS)


def _jammer(seed: int, pairs: int = 8) -> str:
    """A Discuz anti-copy string: pairs of a mark or digit (! to ;), a space, a letter or mark (? to ~)."""
    rng = random.Random(seed)
    return "".join(chr(rng.randint(0x21, 0x3B)) + " " + chr(rng.randint(0x3F, 0x7E)) for _ in range(pairs))


# ---- 1. a forum's anti-copy strings glued to the lines ----------------------------------------------------------

_JAMMED = ("锦绣区现有风险地区:\n"
           "中风险地区:\n"
           "3 A$ Z7 {& {' a7 {3 t) _1锦绣区春晓街道阳光社区\n"
           "( h7 P: c2 G$ J9 J: D. } h2锦绣区翠峰街道B区6号楼$ i& e4 T( x) }3 t- [( q\n"
           "3锦绣区兴盛街道19-C栋. b) j: p9 `# B, G/ j& V# o% } o' m\n"
           "; X2 r+ W; Y- \\4锦绣区福瑞街道A座\n"
           "* A' N+ F/ J: d2 `\n")
_JAMMED_PLACES = ["春晓街道阳光社区", "翠峰街道B区6号楼", "兴盛街道19-C栋", "福瑞街道A座"]


def test_glued_anti_copy_strings_go() -> None:
    assert _read(_JAMMED) == [("medium", "锦绣区", _JAMMED_PLACES)]
    assert _read(in_traditional(_JAMMED)) == [("medium", "锦绣区", _JAMMED_PLACES)]
    assert _read(_full(_JAMMED)) == [("medium", "锦绣区", _JAMMED_PLACES)]
    # near-misses: a place's own letters, numbers and marks with spaces between them are no such string
    assert _places("中风险地区:\n1.春晓小区A座 B座 C座\n2.翠峰小区1, 2, 3号楼") == [
        "春晓小区A座B座C座", "翠峰小区1,2,3号楼"]
    assert _places("中风险地区:\n1.锦绣区春晓小区1 A2 B3 C4 D栋") == ["春晓小区1A2B3C4D栋"]


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL), invented_names(_SYL), st.integers(0, 10**6), st.integers(5, 15))
def test_anti_copy_property(a: str, b: str, seed: int, pairs: int) -> None:
    assume(no_real_city(a, b) and a != b)
    head, tail = _jammer(seed, pairs), _jammer(seed + 1, pairs)
    text = f"中风险地区:\n{head}1{a}小区3栋{tail}\n{head}2{b}小区A座\n"
    assert _places(text) == [f"{a}小区3栋", f"{b}小区A座"]


# ---- 2. "一高风险地区": a part's Chinese number run into its level's heading ------------------------------------

_GLUED_PARTS = ("锦绣区现有风险地区:\n一高风险地区\n1锦绣区春晓街道\n2锦绣区泰康街道\n"
                "二中风险地区\n1锦绣区翠峰街道\n2锦绣区兴盛街道\n")


def test_part_number_glued_to_level_heading() -> None:
    expected = [("high", "锦绣区", ["春晓街道", "泰康街道"]), ("medium", "锦绣区", ["翠峰街道", "兴盛街道"])]
    assert _read(_GLUED_PARTS) == expected
    assert _read(in_traditional(_GLUED_PARTS)) == expected
    assert _read(_full(_GLUED_PARTS)) == expected
    assert _read(_GLUED_PARTS.replace("二中风险地区", "二中风险地区(2个):")) == expected
    # near-miss: a sentence that opens with 一 and a level is no heading
    assert _places("一中风险区人员须居家,二中风险区人员须报备。") == []


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL), invented_names(_SYL))
def test_part_number_glued_property(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    text = f"现有风险地区:\n一高风险地区\n1{a}街道\n2{b}街道\n二中风险地区\n1{b}镇\n2{a}镇\n"
    assert _read(text) == [("high", None, [f"{a}街道", f"{b}街道"]), ("medium", None, [f"{b}镇", f"{a}镇"])]


# ---- 3. a street's exception in brackets, "(不含A社区)", kept on it ---------------------------------------------

def test_street_exception_in_brackets_stays() -> None:
    text = "中风险地区:\n1.锦绣区春晓街道(不含阳光大学社区)\n2.锦绣区翠峰街道\n"
    expected = [("medium", "锦绣区", ["春晓街道(不含阳光大学社区)", "翠峰街道"])]
    assert _read(text) == expected
    assert _read(in_traditional(text)) == expected
    assert _read(_full(text)) == [("medium", "锦绣区", ["春晓街道(不含阳光大学社区)", "翠峰街道"])]
    # near-miss: a district's other name in brackets over its places is still its label
    assert _read("中风险地区:\n高新区(翠峰区):春晓小区、泰康小区") == [("medium", "高新区", ["春晓小区", "泰康小区"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL), invented_names(_SYL), invented_names(_SYL, 2, 4))
def test_street_exception_property(a: str, b: str, c: str) -> None:
    assume(no_real_city(a, b, c) and a != b)
    assert _places(f"中风险地区:\n1.{a}街道(不含{c}社区)\n2.{b}街道\n") == [f"{a}街道(不含{c}社区)", f"{b}街道"]


# ---- 4. one notice's date run into the next notice's title --------------------------------------------------

_TWO_NOTICES = ("关于调整高风险区的公告\n自2022年11月27日零时起,将锦绣区春晓小区2楼降为低风险区。\n"
                "锦绣区疫情防控\n工作指挥部办公室\n2022年11月26日关于调整高风险区的公告\n"
                "自2022年11月27日零时起,将翠峰区兴盛小区5楼降为低风险区。\n")


def test_date_run_into_next_title() -> None:
    assert _places(_TWO_NOTICES) == ["春晓小区2楼", "兴盛小区5楼"]
    assert _places(in_traditional(_TWO_NOTICES)) == ["春晓小区2楼", "兴盛小区5楼"]
    assert _places(_full(_TWO_NOTICES)) == ["春晓小区2楼", "兴盛小区5楼"]
    # near-miss: a date before a notice named in a sentence is no title
    assert _places("2022年11月26日关于调整高风险区的公告发布后,将锦绣区春晓小区2楼降为低风险区。") == ["春晓小区2楼"]


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL), invented_names(_SYL))
def test_date_run_into_title_property(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    text = (f"关于调整高风险区的公告\n将{a}小区2楼降为低风险区。\n疫情防控指挥部办公室\n"
            f"2022年11月26日关于调整高风险区的公告\n将{b}小区5楼降为低风险区。\n")
    assert _places(text) == [f"{a}小区2楼", f"{b}小区5楼"]
