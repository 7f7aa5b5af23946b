"""Forms of notices that write their district once, as the object of the lead's verb ("自…起调整A区风险区域如下",
"现公布A区风险区域如下"), their streets short with 办 before a village whose name ends like a city ("安邑办大市北村"),
the part a place's rest leaves out before a bare 除外 ("A小区1号楼4单元除外其余区域"), and, in pinyin-glossed copies
that read GBK one byte off, a heading's number and first words garbled up to the byte the shift leaves alone
("?。ㄒ唬┬略龈唢L(fēng)險區5個:"). Each form in variants written here (invented places, the wording of the real forms:
other districts, kinds of place, traditional characters, full-width punctuation), properties over generated parts,
and near misses that must read as before."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

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

name = invented_names(PLAIN_SYLLABLES, 2, 3)


def _clear(*names: str) -> bool:
    """No invented name opens with a province's or a prefecture city's name (read as that division's place)."""
    return not any(n.startswith(p) for n in names for p in (*PROVINCES, *PREFECTURE_CITIES))


# --- the district as the object of the lead's verb ----------------------------------------------------

LEAD = "根据疫情形势变化,经专家组研判,自2022年10月30日0时起调整{d}风险区域如下:\n"


def test_district_after_the_lead_verb_goes_to_every_place() -> None:
    text = (LEAD.format(d="盐湖区") + "一、风险区调整情况\n(一)高风险区调整为中风险区2个:\n"
            "北城街道金华小区\n安邑街道龙春村\n")
    assert by_level(text) == {("medium", "盐湖区"): ["北城街道金华小区", "安邑街道龙春村"]}


def test_district_after_the_lead_verb_in_traditional_characters_with_full_width_marks() -> None:
    text = in_traditional("为统筹推进疫情防控,结合当前实际,自2022年11月21日12时起调整小店区风险区如下:\n"
                          "一、风险区调整情况\n(一)新增高风险区2个:\n北城街道锦绣花园1号楼\n东城街道阳光小区\n")
    assert by_level(text.translate(HALF_TO_FULL)) == {("high", "小店区"): ["北城街道锦绣花园1号楼", "东城街道阳光小区"]}


def test_district_of_the_published_zones() -> None:
    text = "经专家研判,现公布清徐县风险区域如下:\n一、高风险区\n1.东于镇西谷村\n2.清源镇金华小区\n"
    assert by_level(text) == {("high", "清徐县"): ["东于镇西谷村", "清源镇金华小区"]}


@settings(max_examples=30, deadline=None)
@given(name, st.sampled_from(["区", "县"]), name, name, st.sampled_from(["风险区域", "风险区"]),
       st.sampled_from(["调整", "公布"]))
def test_any_district_after_the_lead_verb(stem: str, kind: str, first: str, second: str, zones: str,
                                          verb: str) -> None:
    assume(_clear(stem, first, second) and first != second and len(stem + kind) > 2)
    district = stem + kind
    text = (f"经专家组研判,自10月30日0时起{verb}{district}{zones}如下:\n(一)新增中风险区2个:\n"
            f"北城街道{first}小区\n{second}村\n")
    assert by_level(text) == {("medium", district): [f"北城街道{first}小区", f"{second}村"]}, text


@pytest.mark.parametrize("lead", ["自10月30日0时起调整全区风险区域如下:", "自10月30日0时起调整部分风险区域如下:",
                                  "自10月30日0时起调整后的风险区域如下:"])
def test_no_district_written_after_the_verb_names_none(lead: str) -> None:
    text = f"{lead}\n(一)新增中风险区1个:\n北城街道金华小区\n"
    assert by_level(text) == {("medium", None): ["北城街道金华小区"]}


# --- a street written short with 办 -------------------------------------------------------------------

def test_street_written_short_before_a_village_ending_like_a_city() -> None:
    text = LEAD.format(d="盐湖区") + "(二)高风险区调整为中风险区2个:\n安邑办大市北村三组东二巷\n姚孟办陶上村\n"
    assert by_level(text) == {("medium", "盐湖区"): ["安邑办大市北村三组东二巷", "姚孟办陶上村"]}


def test_street_written_short_in_a_sentence_with_full_width_marks() -> None:
    text = "关于调整风险区的通告\n将北城办金市西村二组、东城办龙市花园划为中风险区。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["北城办金市西村二组", "东城办龙市花园"]}


def test_street_written_short_in_traditional_characters() -> None:
    text = in_traditional("关于调整风险区的通告\n中风险区:\n1.南城办星市北村五排\n2.大渠办锦绣小区")
    assert levels_of(text) == {"medium": ["南城办星市北村五排", "大渠办锦绣小区"]}


@settings(max_examples=30, deadline=None)
@given(name, name, name)
def test_any_short_street_office_before_a_city_like_village(street: str, town: str, village: str) -> None:
    assume(_clear(street, town, village))
    text = f"关于调整风险区的通告\n中风险区:\n1.{street}办{town}市{village}村\n"
    assert levels_of(text) == {"medium": [f"{street}办{town}市{village}村"]}, text


def test_a_county_level_city_in_front_of_a_place_is_still_its_district() -> None:
    text = "关于调整风险区的通告\n中风险区:\n1.永济市城北街道金华小区\n2.永济市锦绣村"
    assert by_level(text) == {("medium", "永济市"): ["城北街道金华小区", "锦绣村"]}


# --- a place's rest with its excepted part before a bare 除外 -------------------------------------------

def test_rest_of_a_compound_with_its_unit_before_chuwai() -> None:
    text = ("自10月30日0时起调整盐湖区风险区域如下:\n(四)中风险区调整为低风险区2个:\n"
            "北城办圣惠绿城1号楼4单元除外其余区域\n"
            "姚孟办壕头村中巷\n")
    assert by_level(text) == {("low", "盐湖区"): ["北城办圣惠绿城1号楼4单元除外其余区域", "姚孟办壕头村中巷"]}


def test_rest_of_a_village_with_its_group_before_chuwai_full_width() -> None:
    text = "关于调整风险区的通告\n低风险区:龙春村三组除外的其他区域、金华小区。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"low": ["龙春村三组除外的其他区域", "金华小区"]}


def test_rest_of_a_garden_before_chuwai_in_traditional_characters() -> None:
    text = in_traditional("关于调整风险区的通告\n中风险区调整为低风险区:锦绣花园2号楼除外其余区域、阳光小区。")
    assert levels_of(text) == {"low": ["锦绣花园2号楼除外其余区域", "阳光小区"]}


@settings(max_examples=30, deadline=None)
@given(name, st.sampled_from(["小区", "花园", "村", "家园"]), st.sampled_from(["1号楼", "3栋2单元", "二组"]),
       st.sampled_from(["其余区域", "的其他区域", "其他区域"]))
def test_any_rest_with_its_part_before_chuwai(stem: str, kind: str, part: str, rest: str) -> None:
    assume(_clear(stem))
    place = f"{stem}{kind}{part}除外{rest}"
    text = f"关于调整风险区的通告\n中风险区调整为低风险区:{place}、龙春村。"
    assert levels_of(text) == {"low": [place, "龙春村"]}, text


@pytest.mark.parametrize("blanket", ["高风险区除外其余区域", "小店区封控区除外其余区域",
                                     "甲镇中高风险区除外的其他区域"])
def test_a_levels_rest_before_chuwai_is_still_no_place(blanket: str) -> None:
    text = f"关于调整风险区的通告\n低风险区:龙春村、{blanket}。"
    assert levels_of(text) == {"low": ["龙春村"]}


# --- a heading read one byte off in a pinyin-glossed copy ---------------------------------------------

def shifted(heading: str) -> str:
    """A heading as a copy that read GBK one byte off has it: the lost byte as "?", each pair read from the second byte
    of the character before ("。" of the previous "(" 's first byte), a pair that makes no character dropped, a
    lone byte of the ASCII range as that letter."""
    raw = b"\xa1" + heading.translate(HALF_TO_FULL).encode("gbk")  # (its brackets full-width, as written)
    out, at = [], 0
    while at < len(raw):
        if raw[at] < 0x80:
            out.append(chr(raw[at]))
            at += 1
            continue
        with contextlib.suppress(UnicodeDecodeError):  # (a pair that makes no character: the copy dropped it)
            out.append(raw[at:at + 2].decode("gbk"))
        at += 2
    return "?" + "".join(out)


GLOSSED_LEAD = ("自2022年11月21日12時(shí)起調(diào)整小店區(qū)風(fēng)險(xiǎn)區(qū)如下:\n"
                "一、風(fēng)險(xiǎn)區(qū)調(diào)整情況\n")


def test_shifted_heading_of_new_high_risk_areas() -> None:
    assert shifted("(一)新增高風") == "?。ㄒ唬┬略龈唢L"
    text = (GLOSSED_LEAD + shifted("(一)新增高風") + "(fēng)險(xiǎn)區(qū)2個(gè):\n北城街道金華小區(qū)1號(hào)樓\n"
            "安邑街道龍春村\n" + shifted("(二)高風")
            + "(fēng)險(xiǎn)區(qū)調(diào)整為低風(fēng)險(xiǎn)區(qū)1個(gè):\n東城街道錦繡花園\n")
    assert by_level(text) == {("high", "小店区"): ["北城街道金华小区1号楼", "安邑街道龙春村"],
                              ("low", "小店区"): ["东城街道锦绣花园"]}


def test_shifted_headings_of_sealed_and_controlled_areas_with_counts_in_brackets() -> None:
    text = ("關於確定管控區域的通告\n經綜合評估研判,現確定管控區域如下:\n" + shifted("(一)封控區") + "(qū)(2個)\n"
            "1.金華小區(qū)3棟\n2.龍春村\n" + shifted("(二)管控區") + "(qū)(1個)\n1.錦繡花園除3棟外區域\n")
    assert levels_of(text) == {"sealed": ["金华小区3栋", "龙春村"], "controlled": ["锦绣花园除3栋外区域"]}


def test_shifted_heading_numbered_three_and_ten() -> None:
    for number in ("三", "十"):
        text = ("關於確定管控區域的通告\n經綜合評估研判,現確定管控區域如下:\n" + shifted(f"({number})封控區")
                + "(qū)(1個)\n1.陽光小區(qū)5棟\n")
        assert levels_of(text) == {"sealed": ["阳光小区5栋"]}, number


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["一", "二", "三", "四", "五", "七", "八", "九", "十"]),
       st.sampled_from([("封控區", "(qū)", "sealed"), ("管控區", "(qū)", "controlled"),
                        ("新增高風", "(fēng)險區", "high")]),
       name, name)
def test_any_shifted_heading(number: str, kind: tuple[str, str, str], first: str, second: str) -> None:
    assume(_clear(first, second) and first != second)
    words, gloss, level = kind
    text = ("關於確定管控區域的通告\n經綜合評估研判,現確定管控區域如下:\n" + shifted(f"({number}){words}") + gloss
            + f"(2個)\n1.{first}小區\n2.{second}村\n")
    assert levels_of(text) == {level: [f"{first}小区", f"{second}村"]}, text


def test_a_shifted_heading_whose_last_character_is_lost_is_left_as_before() -> None:
    # ("?。ㄒ唬┚咛宓阄?": the run ends at a lost byte, no letter the shift left alone: it cannot be read back)
    text = ("關於調整風險區的通告\n一、中風險區\n?。ㄒ唬┚咛宓阄?\n金華小區\n")
    assert levels_of(text) == {"medium": ["金华小区"]}


def test_a_garbled_tail_of_a_place_is_kept_as_written() -> None:
    text = "關於調整風險區的通告\n一、中風險區\n1.北城街道金華批發市?。ū呙常?\n2.龍春村\n"
    assert levels_of(text) == {"medium": ["北城街道金华批发市?。ū呙常?", "龙春村"]}


def test_a_question_mark_before_a_place_is_no_shifted_heading() -> None:
    # ("?金華小區A棟": read from its second byte the run is no heading's number; the place keeps its mark as before)
    text = "關於調整風險區的通告\n中風險區:\n1.?金華小區A棟\n2.龍春村\n"
    assert levels_of(text) == {"medium": ["?金华小区A栋", "龙春村"]}
