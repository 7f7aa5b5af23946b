"""A glossed copy's level heading read one GBK byte off ("?。ㄒ唬┬略龈唢L(fēng)險(xiǎn)區(qū)5個(gè):" for
"(一)新增高風險區5個") is read back from its lost byte ("?") up to the byte the shift leaves alone, an ASCII letter
("L", the second byte of 風). A copy whose letters and digits were then written full-width
("…唢Ｌ(fēng)險(xiǎn)區(qū)５個(gè):", as Word files of some offices have them) says the same: the letter that
ends the run is the byte's half-width form, and the heading must read back alike (before, the run found no ASCII
letter to end at, the heading was lost and its list had no level).

Written here with invented places: the plain copy and the full-width one, traditional place names, full-width
punctuation, a property over generated headings and places, and near misses (a run that reads back no heading, a
name with a lost character and full-width letters) that must not change."""

from __future__ import annotations

import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_forms_shifted_headings_and_cut_runs import shifted_heading
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    PROVINCES,
    in_traditional,
    invented_names,
    levels_of,
)


def full_width_letters_and_digits(text: str) -> str:
    """Digits and capital letters full-width ("１号楼Ａ座"), as Word files of some offices have them."""
    return re.sub(r"[0-9A-Z]", lambda m: chr(ord(m.group()) + 0xFEE0), text)


def notice(high: list[str], low: list[str], trad: bool = False) -> str:
    """A glossed copy's lead, then two shifted headings ("(一)新增高風…", "(二)高風…調整為低風險區…"), each over
    its places one a line (place names in traditional characters when ``trad``)."""
    name = in_traditional if trad else (lambda s: s)
    return ("自2022年11月21日12時(shí)起調整金華區(qū)風險區(qū)如下:\n一、風險區(qū)調整情況\n"
            f"{shifted_heading('（一）新增高風')}(fēng)險(xiǎn)區(qū){len(high)}個(gè):\n"
            + "".join(name(place) + "\n" for place in high)
            + f"{shifted_heading('（二）高風')}(fēng)險(xiǎn)區(qū)調整為低風險(xiǎn)區(qū){len(low)}個(gè):\n"
            + "".join(name(place) + "\n" for place in low))


HIGH = ["龙春街道星峰小区1号楼1单元", "锦绣街道福瑞花苑4号楼2单元"]
LOW = ["龙春街道君悦广场B座", "康宁镇胜利村"]
EXPECTED = {"high": HIGH, "low": LOW}


def test_the_shifted_heading_ends_at_a_letter() -> None:
    assert shifted_heading("（一）新增高風").endswith("L")
    assert "唢Ｌ(fēng)" in full_width_letters_and_digits(notice(HIGH, LOW))


def test_shifted_headings_as_written() -> None:
    assert levels_of(notice(HIGH, LOW)) == EXPECTED


def test_shifted_headings_with_full_width_letters_and_digits() -> None:
    assert levels_of(full_width_letters_and_digits(notice(HIGH, LOW))) == EXPECTED


def test_shifted_headings_with_traditional_place_names_in_full_width() -> None:
    text = full_width_letters_and_digits(notice(HIGH, LOW, trad=True))
    assert levels_of(text) == EXPECTED


def test_shifted_headings_with_full_width_punctuation_and_letters() -> None:
    text = full_width_letters_and_digits(notice(HIGH, LOW)).translate(HALF_TO_FULL)
    assert levels_of(text) == levels_of(notice(HIGH, LOW).translate(HALF_TO_FULL)) == EXPECTED


def test_a_shifted_medium_heading_in_full_width() -> None:
    heading = full_width_letters_and_digits(shifted_heading("（二）中風"))
    assert heading.endswith("Ｌ")
    text = ("關於調整風險區(qū)域的通告\n現公布如下:\n一、風險區(qū)域\n"
            f"{heading}(fēng)險區(qū)(２個)\n1.錦繡小區(qū)４棟\n2.福瑞花園７棟\n")
    assert levels_of(text) == {"medium": ["锦绣小区4栋", "福瑞花园7栋"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=4, unique=True),
       st.lists(st.integers(1, 30), min_size=4, max_size=4), st.booleans(), st.booleans())
def test_any_shifted_headings_read_the_same_in_either_width(
        names: list[str], numbers: list[int], trad: bool, full_punctuation: bool) -> None:
    assume(not any(name in PREFECTURE_CITIES or name.startswith(PROVINCES) for name in names))
    high = [f"{names[0]}小区{numbers[0]}号楼", f"{names[1]}花园{numbers[1]}栋"]
    low = [f"{name}小区{number}号楼" for name, number in zip(names[2:], numbers[2:], strict=False)] or ["星峰村"]
    text = notice(high, low, trad=trad)
    text = text.translate(HALF_TO_FULL) if full_punctuation else text
    half = levels_of(text)
    assert half == {"high": high, "low": low}
    assert levels_of(full_width_letters_and_digits(text)) == half


# --- near misses: kept as before ------------------------------------------------------------------------------

def test_a_run_that_reads_back_no_heading_is_left_in_full_width() -> None:
    # (a line opening with a lost byte and a full-width letter after a place's name: no bracketed number reads back)
    text = full_width_letters_and_digits("關於劃定封控區的通告\n一、封控區\n?龍春小區A棟\n1.星峰小區3棟\n")
    assert "星峰小区3栋" in levels_of(text)["sealed"]
    assert not any(place.startswith("(") for place in levels_of(text)["sealed"])


def test_a_lost_character_in_a_name_with_full_width_letters_is_kept() -> None:
    text = full_width_letters_and_digits("關於劃定封控區的通告\n一、封控區\n1.金?花園A棟\n2.星灣小區3棟\n")
    assert levels_of(text) == {"sealed": ["金?花园A栋", "星湾小区3栋"]}


def test_plain_headings_with_full_width_letters_read_as_before() -> None:
    text = full_width_letters_and_digits("關於調整風險區的通告\n（一）新增高風險區2個:\n金華小區1號樓\n錦繡花園B座\n")
    assert levels_of(text) == {"high": ["金华小区1号楼", "锦绣花园B座"]}
