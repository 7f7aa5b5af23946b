"""A glossed copy's level headings read one GBK byte off (铜陵, 2022): "?。ㄒ唬┓饪貐^(qū)(8個)" is "(一)封控區(8個)"
from a lost byte ("?") up to a byte the shift leaves alone ("^", the second byte of 區). No byte of the run is lost
(unlike a run that ends at another "?"), so it reads back: encoded to GBK and read from its second byte. "(二)" and
"(三)" lose their number's second byte and the bracket's first together (a code the page could not show), and are
read back by the first byte left. Read so, the headings give their lists their levels; before, the lists fell under
the part's heading "二、管控區域" and the sealed areas were read as controlled.

The same copy cut a shifted run at a line's end ("5.胥壩鄉(xiāng)龍?zhí)洞?/p>": its last byte lost with the "<" of the
page's "</p>") where the same place, written whole elsewhere in the notice ("…龍?zhí)洞妩S墩四組"), reads back: the
cut run reads as that one's first characters (龙潭村), the tag's remnant dropped.

Variants written here (invented places; traditional characters with glosses; full-width punctuation), a property
over generated headings and districts, and ordinary wording near the trigger that must not change."""

from __future__ import annotations

import contextlib

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pypinyin import Style, pinyin

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    PROVINCES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)


def shifted_heading(heading: str) -> str:
    """How a glossed repost shows ``heading`` read one byte off: a lost byte as "?", then the bytes paired from the
    previous character's second byte on (a full-width space's, A1); a pair the page cannot show is dropped, an ASCII
    byte read alone."""
    raw, out, k = b"\xa1" + heading.encode("gbk"), [], 0
    while k < len(raw):
        if raw[k] < 0x80:
            out.append(chr(raw[k]))
            k += 1
            continue
        with contextlib.suppress(UnicodeError):
            out.append(raw[k:k + 2].decode("gbk"))
        k += 2
    return "?" + "".join(out)


def test_the_shifted_helper_gives_the_garbled_headings_of_the_copy() -> None:
    assert shifted_heading("（一）封控區") == "?。ㄒ唬┓饪貐^"
    assert shifted_heading("（二）管控區") == "?。ǘ┕芸貐^"


_SEALED_CONTROLLED = ("關於確定中風險地區(qū)和管控區(qū)域的通告\n銅陵市決定,現確定管控區(qū)域如下:\n"
                      "二、管控區(qū)域\n"
                      "{one}(qū)(2個)\n1.金華小區(qū)3棟\n2.龍春家園5棟\n"
                      "封控區(qū)嚴格執(zhí)行“足不出戶、服務上門”管理措施。\n"
                      "{two}(qū)(2個)\n1.金華小區(qū)除3棟外區(qū)域\n2.龍春家園除5棟外區(qū)域\n"
                      "管控區(qū)實行“人不出區(qū)、嚴禁聚集”。\n")


def test_shifted_sealed_and_controlled_headings_give_their_lists_their_levels() -> None:
    text = _SEALED_CONTROLLED.format(one=shifted_heading("（一）封控區"), two=shifted_heading("（二）管控區"))
    assert levels_of(text) == {"sealed": ["金华小区3栋", "龙春家园5栋"],
                               "controlled": ["金华小区除3栋外区域", "龙春家园除5栋外区域"]}


def test_shifted_headings_with_full_width_punctuation() -> None:
    text = _SEALED_CONTROLLED.format(one=shifted_heading("（一）封控區"), two=shifted_heading("（二）管控區"))
    text = text.translate(HALF_TO_FULL).replace("(2個)", "（2個）")
    assert levels_of(text) == {"sealed": ["金华小区3栋", "龙春家园5栋"],
                               "controlled": ["金华小区除3栋外区域", "龙春家园除5栋外区域"]}


def test_shifted_second_and_third_headings_lose_their_number_and_read_back() -> None:
    text = ("關於確定管控區(qū)域的通告\n現確定管控區(qū)域如下:\n二、管控區(qū)域\n"
            f"{shifted_heading('（二）封控區')}(qū)(1個)\n1.星峰小區(qū)2棟\n"
            f"{shifted_heading('（三）管控區')}(qū)(1個)\n1.星峰小區(qū)除2棟外區(qū)域\n")
    assert "ǘ" in text and "ㄈ" in text
    assert levels_of(text) == {"sealed": ["星峰小区2栋"], "controlled": ["星峰小区除2栋外区域"]}


def test_a_shifted_risk_level_heading_cut_at_a_letter() -> None:
    # ("(二)中風險區": 風 EF 4C, the "L" the byte the shift leaves alone; its gloss and 險區 after it as written)
    heading = shifted_heading("（二）中風")
    assert heading.endswith("L")
    text = ("關於調整風險區(qū)域的通告\n現公布如下:\n一、風險區(qū)域\n"
            f"{heading}(fēng)險區(qū)(2個)\n1.錦繡小區(qū)4棟\n2.福瑞花園7棟\n")
    assert levels_of(text) == {"medium": ["锦绣小区4栋", "福瑞花园7栋"]}


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), st.sampled_from(["區", "縣"]),
       st.sampled_from(PROVINCES), st.sampled_from([("（一）", "（二）"), ("（二）", "（三）"), ("（一）", "（三）")]),
       st.booleans())
def test_any_shifted_pair_of_headings_reads_as_written_plainly(
        district: str, place: str, kind: str, province: str, numbers: tuple[str, str], full: bool) -> None:
    assume(district not in PREFECTURE_CITIES and place not in PREFECTURE_CITIES and district != place)
    assume(not any(district.startswith(p) or place.startswith(p) for p in PROVINCES))

    def notice(one: str, two: str) -> str:
        text = (f"{province}省{district}{kind}關於確定管控區(qū)域的通告\n現確定管控區(qū)域如下:\n"
                f"{one}(qū)(1個)\n1.{in_traditional(place)}小區(qū)6棟\n"
                f"{two}(qū)(1個)\n1.{in_traditional(place)}小區(qū)除6棟外區(qū)域\n")
        return text.translate(HALF_TO_FULL) if full else text

    plain = notice(numbers[0] + "封控區", numbers[1] + "管控區")
    garbled = notice(shifted_heading(numbers[0] + "封控區"), shifted_heading(numbers[1] + "管控區"))
    assert by_level(garbled) == by_level(plain)
    assert sorted(levels_of(garbled)) == ["controlled", "sealed"]


# --- ordinary wording near the trigger: kept as before ----------------------------------------------------------

def test_a_lost_character_in_a_place_with_no_mojibake_letter_is_kept() -> None:
    text = "關於劃定封控區(qū)的通告\n一、封控區(qū)\n1.金?花園A棟\n2.星灣小區(qū)3棟\n"
    assert levels_of(text) == {"sealed": ["金?花园A栋", "星湾小区3栋"]}


def test_a_garbled_run_ending_at_another_lost_byte_is_kept_as_written() -> None:
    # ("?。ū呙常?": the run's lost bytes are gone, it reads back nothing; the place before it as written)
    text = "关于划定封控区的通告\n一、封控区\n1.龙春街道金华批发市?。ū呙常?\n2.星峰小区3栋\n"
    assert levels_of(text) == {"sealed": ["龙春街道金华批发市?。ū呙常?", "星峰小区3栋"]}


def test_a_shifted_run_that_reads_back_no_bracketed_number_is_left() -> None:
    # (a shifted run of a place's name, "?。" then characters: no heading; the line is left to the other rules)
    run = shifted_heading("金華小區")
    text = f"關於劃定封控區(qū)的通告\n一、封控區(qū)\n1.龍春家園5棟\n2.{run}\n"
    assert levels_of(text)["sealed"][0] == "龙春家园5栋"
    assert "金华小区" not in levels_of(text)["sealed"]


def test_plain_bracketed_headings_read_as_before() -> None:
    text = _SEALED_CONTROLLED.format(one="（一）封控區", two="（二）管控區")
    assert levels_of(text) == {"sealed": ["金华小区3栋", "龙春家园5栋"],
                               "controlled": ["金华小区除3栋外区域", "龙春家园除5栋外区域"]}


# --- a shifted run cut at a line's end, the same place written whole elsewhere ----------------------------------

def glossed_off(before: str, place: str, cut: bool) -> str:
    """How a glossed repost shows ``place`` after ``before`` read one byte off: the character made of ``before``'s
    second byte and the place's first as "?" and its gloss, then the bytes paired on (an ASCII byte read alone);
    ``cut``: the last byte lost with the "<" of the page's "</p>"."""
    raw = (before + place).encode("gbk")
    gloss = pinyin(raw[1:3].decode("gbk"), style=Style.TONE)[0][0]
    stream = raw[3:-1] if cut else raw[3:]
    out, k = [], 0
    while k < len(stream):
        if stream[k] < 0x80:
            out.append(chr(stream[k]))
            k += 1
            continue
        out.append(stream[k:k + 2].decode("gbk"))
        k += 2
    return before + "?" + gloss + ")" + "".join(out) + ("?/p>" if cut else "")


def test_the_glossed_helper_gives_the_garbled_village_of_the_copy() -> None:
    assert glossed_off("龍", "潭村黃墩四組", cut=False) == "龍?zhí)洞妩S墩四組"
    assert glossed_off("龍", "潭村", cut=True) == "龍?zhí)洞?/p>"


def _listed_twice(town: str, before: str, village: str, group: str) -> str:
    return (f"關於確定中風險地區(qū)和管控區(qū)域的通告\n一、中風險地區(qū)(1個)\n"
            f"1.{town}{glossed_off(before, village + group, cut=False)}\n"
            f"二、封控區(qū)(2個)\n1.星峰小區(qū)3棟\n2.{town}{glossed_off(before, village, cut=True)}\n")


def test_a_cut_village_reads_as_the_same_village_written_whole_in_another_list() -> None:
    text = _listed_twice("錦繡鄉(xiāng)", "龍", "潭村", "黃墩四組")
    assert levels_of(text) == {"medium": ["锦绣乡龙潭村黄墩四组"], "sealed": ["星峰小区3栋", "锦绣乡龙潭村"]}


def test_a_cut_village_after_a_town_without_gloss_reads_back() -> None:
    text = _listed_twice("金華", "鎮", "龍村", "黃家組")
    assert levels_of(text) == {"medium": ["金华镇龙村黄家组"], "sealed": ["星峰小区3栋", "金华镇龙村"]}


def test_a_cut_village_with_full_width_punctuation_and_no_tag_remnant() -> None:
    text = _listed_twice("錦繡鄉(xiāng)", "龍", "潭村", "黃墩四組").replace("?/p>", "?").translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["锦绣乡龙潭村黄墩四组"], "sealed": ["星峰小区3栋", "锦绣乡龙潭村"]}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(sorted(PREFECTURE_CITIES)), st.sampled_from(PROVINCES), invented_names(PLAIN_SYLLABLES),
       st.sampled_from([("龍", "潭村", "黃墩四組"), ("鎮", "龍村", "黃家組")]), st.booleans())
def test_any_cut_village_reads_as_written_whole(
        city: str, province: str, town: str, garbled: tuple[str, str, str], full: bool) -> None:
    assume(town not in PREFECTURE_CITIES and not any(town.startswith(p) for p in PROVINCES))
    assume(not town.startswith(city) and city not in town)
    before, village, group = garbled
    own = f"{in_traditional(town)}鄉(xiāng)" if before == "龍" else in_traditional(town)
    text = f"{province}省{city}市" + _listed_twice(own, before, village, group)
    text = text.translate(HALF_TO_FULL) if full else text
    plain = f"{province}省{city}市" + (f"關於確定中風險地區和管控區域的通告\n一、中風險地區(1個)\n"
                                          f"1.{own}{before}{village}{group}\n二、封控區(2個)\n1.星峰小區3棟\n"
                                          f"2.{own}{before}{village}\n")
    plain = plain.translate(HALF_TO_FULL) if full else plain
    assert by_level(text) == by_level(plain)


# --- ordinary wording near the trigger: kept as before ----------------------------------------------------------

def test_a_cut_run_with_no_whole_copy_elsewhere_is_kept() -> None:
    text = "關於劃定封控區(qū)的通告\n一、封控區(qū)(2個)\n1.星峰小區(qū)3棟\n2.錦繡鄉(xiāng)龍?zhí)洞?/p>\n"
    assert levels_of(text)["sealed"][0] == "星峰小区3栋"
    assert "锦绣乡龙潭村" not in levels_of(text)["sealed"]


def test_a_cut_run_after_another_character_is_not_read_from_a_whole_copy() -> None:
    # (the whole copy follows 龍, the cut one 鳳: another character lost, no reading of it)
    text = ("關於確定中風險地區(qū)的通告\n一、中風險地區(qū)(1個)\n1.錦繡鄉(xiāng)龍?zhí)洞妩S墩四組\n"
            "二、封控區(qū)(1個)\n1.錦繡鄉(xiāng)鳳?zhí)洞?/p>\n")
    assert "锦绣乡凤潭村" not in levels_of(text).get("sealed", [])
    assert "锦绣乡龙潭村" not in levels_of(text).get("sealed", [])
