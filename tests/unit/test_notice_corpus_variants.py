"""A metamorphic test over the real notices the parser was tuned on (tests/fixtures/notices/real, 1-630): each
notice rewritten in ways that do not change what it says (traditional characters; full-width punctuation, on all
lines or every other one; full-width digits and capitals; CRLF line ends; a blank line after every line; another
list-numbering style, 1. / 1、 / (1) / 1) turned one into another; spaces after list numbers and after colons) must
read as the original does: the same (level, district, place) rows, places and districts compared in simplified
characters with the punctuation folded as the corpus scorer folds it (for traditional characters, both sides
after the same round trip through them). Full-width punctuation written back half-width is a function here too,
but no rewriting of the test: the stored notices are half-width throughout, so it changes none of them.

Notices from HELD_OUT_FROM on are held out and never parsed here. The test floors, per rewriting, the share of
the notices the rewriting changes that keep their output, and prints those that do not. To stay under a minute
on two cores (about 30 s) it reads a deterministic sample: every other notice the rewriting changes, in name order
starting with the first (the numbering rewritings, which change about 150, read every one).
``tools/notice_corpus_variants.py`` reads them all."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

import pytest

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_corpus import CORPUS, HELD_OUT_FROM, NAMES, _norm
from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, in_traditional

TUNED_ON = [name for name in NAMES if int(name.split("_")[0]) < HELD_OUT_FROM]
_FULL_TO_HALF = {ord(full): half for half, full in HALF_TO_FULL.items()}  # (the table maps code points to text)

# ---- the rewritings: each keeps what a notice says ------------------------------------------------------


# "區域?yàn)橹酗L(fēng)險區": a copy's lost character ("?", its gloss after it) and the GBK bytes after it read one
# byte off; its characters are bytes, not words, so converting them to traditional would write another byte string
# than any page could hold (906's 為 is read back from "橹"'s first byte).
# (Nor a line holding a run of such bytes shown as bopomofo or box-drawing letters, "?。ㄒ唬┬略龈唢L": a heading
# the parser reads back from its bytes, which a conversion would change.)
_SHIFTED_RUN_LINE = re.compile(r"\?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)"
                               r"|[?\uff1f][^\x00-\x7f\s]{0,16}[\u3100-\u312f\u2500-\u257f]")


def traditional(text: str) -> str:
    """Traditional characters, as copies on Hong Kong and Taiwan sites have them (a line holding a copy's shifted
    GBK run is left as it is)."""
    return "".join(line if _SHIFTED_RUN_LINE.search(line) else in_traditional(line)
                   for line in text.splitlines(keepends=True))


def full_width_punctuation(text: str) -> str:
    """Half-width , ; : ( ) written full-width, as a Word file has them."""
    return text.translate(HALF_TO_FULL)


def half_width_punctuation(text: str) -> str:
    """Full-width , ; : ( ) written half-width, as forum copies have them. (The stored notices are half-width
    throughout, so this changes none of them: it is no rewriting of the test, mixed_width_punctuation is.)"""
    return text.translate(_FULL_TO_HALF)


def mixed_width_punctuation(text: str) -> str:
    """Full-width punctuation on every other line, half-width on the rest: a copy pieced together from two sources
    (full-width lines written back half-width, and the other way round)."""
    return "\n".join(full_width_punctuation(line) if n % 2 else line for n, line in enumerate(text.split("\n")))


def full_width_letters_and_digits(text: str) -> str:
    """Digits and capital letters in their full-width forms ("１号楼Ａ座", "１．"), as Word files of some offices have
    them. (Not small letters: in these notices they are the pinyin glosses a repost site adds, half-width.)"""
    return re.sub(r"[0-9A-Z]", lambda m: chr(ord(m.group()) + 0xFEE0), text)


def crlf_line_ends(text: str) -> str:
    """Windows line ends."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def blank_lines_between(text: str) -> str:
    """A blank line after every line, as pages copied paragraph by paragraph have it."""
    return text.replace("\n", "\n\n")


# A list number at a line's start: "1." "1．" "1、" "1)" "1）" "(1)" "（1）" (not a date's "2022.12.1" or "1.5").
_LIST_NUMBER = re.compile(r"^(?P<indent>[ \t\u3000]*)(?:(?P<n>\d{1,3})[ \t]*(?P<mark>[.．、)）])(?![\d.．])"
                          r"|[(（](?P<bracketed>\d{1,3})[)）])(?P<rest>.*)", re.M)
_NUMBER_STYLES = ("{}.", "{}、", "({})", "{})")


def _style_of(match: re.Match[str]) -> int:
    if match["bracketed"]:
        return 2
    return {".": 0, "．": 0, "、": 1}.get(match["mark"], 3)


def _renumbered(text: str, shift: int) -> str:
    """Each list-numbering style in the notice turned into the one ``shift`` further in 1. -> 1、 -> (1) -> 1) -> 1.:
    a one-to-one change, so that numbers of two levels ("1." over "(1)") stay apart. The numbers that follow a line's
    first one on the same line in its style ("1.A 2.B3.C") change with it."""
    def restyled(match: re.Match[str]) -> str:
        number = int(match["n"] or match["bracketed"])
        style = _style_of(match)
        new_style = _NUMBER_STYLES[(style + shift) % len(_NUMBER_STYLES)]
        line = match["indent"] + new_style.format(number)
        rest = match["rest"]
        while True:  # (the next number in the same style, after no digit or letter: not "B1-B2、C1")
            number += 1
            written = re.escape(str(number))
            mark = {0: "[.．]", 1: "、", 2: None, 3: "[)）]"}[style]
            after = (rf"(?<![\dA-Za-z.．])[(（]{written}[)）]" if mark is None
                     else rf"(?<![\dA-Za-z.．(（]){written}{mark}(?![\d.．])")
            found = re.search(after, rest)
            if not found:
                return line + rest
            line += rest[:found.start()] + new_style.format(number)
            rest = rest[found.end():]
    return _LIST_NUMBER.sub(restyled, text)


def numbering_shifted_once(text: str) -> str:
    """List numbers in the next style: 1. -> 1、, 1、 -> (1), (1) -> 1), 1) -> 1."""
    return _renumbered(text, 1)


def numbering_shifted_twice(text: str) -> str:
    """List numbers two styles on: 1. -> (1), 1、 -> 1), (1) -> 1., 1) -> 1、"""
    return _renumbered(text, 2)


def numbering_shifted_thrice(text: str) -> str:
    """List numbers three styles on: 1. -> 1), 1、 -> 1., (1) -> 1、, 1) -> (1)"""
    return _renumbered(text, 3)


# A list number of any kind at a line's start, with the text right after it.
_ANY_LIST_NUMBER = re.compile(r"^(?P<number>[ \t\u3000]*(?:\d{1,3}[.．、)）](?![\d.．])"
                              r"|[(（][\d一二三四五六七八九十]{1,3}[)）]"
                              r"|[一二三四五六七八九十]{1,3}、|[①-⑳]))(?=\S)", re.M)


def spaces_after_list_numbers(text: str) -> str:
    """A space after each list number at a line's start: "1. A小区", "(一) 城南区", "① A路"."""
    return _ANY_LIST_NUMBER.sub(r"\g<number> ", text)


def spaces_after_colons(text: str) -> str:
    """A space after each colon, not inside a time ("12:00")."""
    return re.sub(r"(?<!\d)([:：])|([:：])(?!\d)", lambda m: m.group() + " ", text)


REWRITINGS: list[Callable[[str], str]] = [
    traditional, full_width_punctuation, mixed_width_punctuation, full_width_letters_and_digits, crlf_line_ends,
    blank_lines_between,
    numbering_shifted_once, numbering_shifted_twice, numbering_shifted_thrice, spaces_after_list_numbers,
    spaces_after_colons,
]

# ---- reading and comparing --------------------------------------------------------------------------


Row = tuple[str, str, str]


def rows_of(text: str) -> frozenset[Row]:
    """The (level, district, place) rows a text reads as, simplified and folded as the corpus scorer folds them."""
    parsed = parse_notice(text, default_year=2022)
    return frozenset((change["level_to"] or "lifted", _norm(change["district"] or ""), _norm(place))
                     for change in parsed["changes"] for place in change["places"])


def _through_traditional(rows: frozenset[Row]) -> frozenset[Row]:
    # (simplified -> traditional -> simplified is not always the identity: 馀 comes back 余, 迳 径, 魏征 魏徵, as
    # OpenCC writes them; both sides are compared after that round trip)
    return frozenset((level, _norm(in_traditional(district)), _norm(in_traditional(place)))
                     for level, district, place in rows)


# How the rows of a rewritten notice are compared: as they are, or, for some rewritings, both sides mapped alike.
_COMPARED_AS: dict[str, Callable[[frozenset[Row]], frozenset[Row]]] = {"traditional": _through_traditional}


@cache
def text_of(name: str) -> str:
    return (CORPUS / f"{name}.txt").read_text(encoding="utf-8")


@cache
def original_rows(name: str) -> frozenset[Row]:
    return rows_of(text_of(name))


@dataclass
class Outcome:
    rewriting: str
    changed_texts: int = 0  # notices the rewriting changes at all (the others are not read again)
    changed_rows: dict[str, tuple[list[Row], list[Row]]] = field(default_factory=dict)  # notice -> (lost, gained)

    @property
    def kept_share(self) -> float:
        return 1 - len(self.changed_rows) / self.changed_texts if self.changed_texts else 1.0


def outcome(rewriting: Callable[[str], str], names: Iterable[str], step: int = 1) -> Outcome:
    """How the notices ``names`` that ``rewriting`` changes read after it, against their originals: every ``step``-th
    of them."""
    result = Outcome(rewriting.__name__)
    changed = [name for name in names if rewriting(text_of(name)) != text_of(name)][::step]
    result.changed_texts = len(changed)
    compared_as = _COMPARED_AS.get(rewriting.__name__, lambda rows: rows)
    for name in changed:
        before, after = compared_as(original_rows(name)), compared_as(rows_of(rewriting(text_of(name))))
        if before != after:
            result.changed_rows[name] = (sorted(before - after), sorted(after - before))
    return result


def report(result: Outcome) -> list[str]:
    lines = [f"{result.rewriting}: {result.changed_texts - len(result.changed_rows)} of {result.changed_texts} "
             f"notices keep their output ({result.kept_share:.3f})"]
    for name, (lost, gained) in result.changed_rows.items():
        lines.append(f"  {name}")
        lines += [f"      - {' | '.join(row)}" for row in lost] + [f"      + {' | '.join(row)}" for row in gained]
    return lines


# ---- the floors ---------------------------------------------------------------------------------------

# (rewriting, sample step, floor of the share of the sampled notices it changes that keep their output). The floors
# are what the parser reached on 2026-12-04 (every sampled notice kept; over all of 1-630 only one notice changes,
# 535 with full-width letters: its "R" is a byte of a copy's shifted GBK run, not a letter, so that rewriting
# breaks its bytes and the notice is left out of the sample). Before the fixes of that day the whole of 1-630 kept
# 0.966-1.000 under these rewritings (tools/notice_corpus_variants.py). (Since the fix of the shifted run's letters
# read as their half-width bytes, 535 and 906's runs read the same full-width; the whole of 1-1006 keeps 1.000.)
FLOORS = {
    traditional: (2, 1.0),
    full_width_punctuation: (2, 1.0),
    mixed_width_punctuation: (2, 1.0),
    full_width_letters_and_digits: (2, 1.0),
    crlf_line_ends: (2, 1.0),
    blank_lines_between: (2, 1.0),
    numbering_shifted_once: (1, 1.0),
    numbering_shifted_twice: (1, 1.0),
    numbering_shifted_thrice: (1, 1.0),
    spaces_after_list_numbers: (2, 1.0),
    spaces_after_colons: (2, 1.0),
}


# Known misreads under a rewriting, left for the next session. Each stays listed only while it still misreads.
# (2026-12-07: 1806, one run-on line, with a space after "(二)花溪区(1个):" split its bounded area "花溪大道与铁路、
# 民大围墙外围合围的…区域" at "、": the space put the label on a line of its own, and its count was read only over
# places on its own line; a label's count now holds for the one line of places below it too.)
# (2026-12-07, eleventh session: 1912, tuned that day, lists "(2)136地质队小区", a place whose name opens with digits;
# renumbered "2)136…", "2.136…" or "2、136…", the item's number and the name's digits run together and the number
# stays on the place. "2.136" is ambiguous even to a reader; "2)" and "2、" are not, and are left for the next session.)
# (2026-12-07, twelfth session: an item number run together with a name's digits is read as the item's where the
# numbered lines round it count on in its style; 1912 reads the same renumbered, and is taken off the list.)
KNOWN_MISREADS: dict[str, set[str]] = {}


def test_every_rewriting_has_a_floor() -> None:
    assert set(FLOORS) == set(REWRITINGS)


def test_a_rewriting_keeps_the_meaning_of_a_written_notice() -> None:
    """The rewritings themselves, on a notice written here."""
    text = "关于调整风险区的通告\n一、高风险区(2个):\n1.金华小区;\n(1)A栋\n2、春晓苑:B座\n时间:12:00"
    assert numbering_shifted_once(text) == ("关于调整风险区的通告\n一、高风险区(2个):\n1、金华小区;\n"
                                            "1)A栋\n(2)春晓苑:B座\n时间:12:00")
    assert spaces_after_colons(text).endswith("时间: 12:00")
    assert spaces_after_list_numbers(text).split("\n")[1:4] == ["一、 高风险区(2个):", "1. 金华小区;", "(1) A栋"]
    assert half_width_punctuation(full_width_punctuation(text)) == text


@pytest.mark.parametrize("rewriting", REWRITINGS, ids=lambda r: r.__name__)
def test_the_tuned_notices_read_the_same_after_a_rewriting(rewriting: Callable[[str], str],
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    step, floor = FLOORS[rewriting]
    result = outcome(rewriting, TUNED_ON, step)
    with capsys.disabled():
        print()
        print("\n".join(report(result)))
    assert result.changed_texts >= 5
    known = KNOWN_MISREADS.get(rewriting.__name__, set())
    unexpected = set(result.changed_rows) - known
    assert 1 - len(unexpected) / result.changed_texts >= floor, sorted(unexpected)
    for name in known:  # (a known misread that reads right again is taken off the list)
        assert name not in TUNED_ON or name in outcome(rewriting, [name]).changed_rows, name
