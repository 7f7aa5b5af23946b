"""Two readings that depended on how a notice is written rather than on what it says (found by the metamorphic
test over the corpus, tests/unit/test_notice_corpus_variants.py):

- a pinyin repost's GBK run read one byte off ("…?jiǎng)潪榕R時(shí)管控1區", "…?yàn)橹酗L(fēng)險區") is read back up
  to the byte the shift left alone, an ASCII letter; a copy whose letters and digits were then written full-width
  ("潪榕Ｒ", "橹酗Ｌ", as Word files of some offices have them) must be read back the same;
- a numbered item lifting a level and giving a lower one ("3.对甲镇乙村,解除管控并调整为防范") must be read the same
  whatever its numbering style ("(3)", "3)", "(三)", a space after the number): with "(3)" the clause fell to the
  lift rules, which took "管控并调整为" for a place.

Each in variants written here (invented places; half- and full-width; traditional characters; each numbering
style), a property over generated parts, and ordinary wording near the trigger that must not change."""

from __future__ import annotations

import re

import opencc
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

_T2S = opencc.OpenCC("t2s")


def full_width_letters_and_digits(text: str) -> str:
    """Digits and capital letters full-width ("１号楼Ａ座"), as Word files of some offices have them."""
    return re.sub(r"[0-9A-Z]", lambda m: chr(ord(m.group()) + 0xFEE0), text)


def shifted(text: str) -> str:
    """How a pinyin repost shows ``text`` when it loses the first byte of its first character: the rest read one
    byte off (GBK), up to a byte the shift leaves alone."""
    return text.encode("gbk")[1:].decode("gbk")


# --- a repost's shifted GBK run, its letters and digits full-width ------------------------------------------

def test_a_shifted_verb_before_a_numbered_temporary_control_area_in_full_width() -> None:
    text = (f"(一)將星灣路26號(hào)金華街道翠峰家園小區(qū)5棟C單元?jiǎng){shifted('劃為臨')}時(shí)管控1區(qū),"
            "採取“足不出戶”措施。")
    expected = {"controlled": ["星湾路26号金华街道翠峰家园小区5栋C单元"]}
    assert levels_of(text) == expected
    assert levels_of(full_width_letters_and_digits(text)) == expected


def test_a_shifted_lost_wei_before_a_risk_level_in_full_width() -> None:
    # (the rest of a village, its 為 lost, "中風" read one byte off: "?yàn)橹酗Ｌ")
    text = f"二、新增劃定龍春街道錦繡村其他區(qū)域?yàn){shifted('為中風')}(fēng)險(xiǎn)區(qū)。"
    assert "L" in text
    expected = {"medium": ["龙春街道锦绣村其他区域"]}
    assert levels_of(text) == expected
    assert levels_of(full_width_letters_and_digits(text)) == expected


def test_a_shifted_verb_in_full_width_with_full_width_punctuation_and_a_sealed_area() -> None:
    text = f"一、將陽光路9號(hào)勝利花園2棟?qū){shifted('劃為臨')}時(shí)封控區(qū),實行“足不出戶、上門服務”。"
    text = full_width_letters_and_digits(text).translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["阳光路9号胜利花园2栋"]}


def test_a_shifted_run_ending_in_a_full_width_letter_before_a_full_width_digit() -> None:
    # ("1" ends a run, "１" does not: the run is cut where its half-width form would be)
    text = f"(二)將金華村3組?jiǎng){shifted('劃為臨')}時(shí)管控2區(qū),採取“足不出區(qū)、錯峰取物”。"
    assert levels_of(full_width_letters_and_digits(text)) == {"controlled": ["金华村3组"]}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["劃為", "列為", "定為", "設為"]), st.sampled_from(["管控", "封控"]),
       st.sampled_from(["jiǎng)", "qū)", "yàn)"]), invented_names(PLAIN_SYLLABLES),
       st.sampled_from(["3棟", "12號(hào)樓", "5棟B單元", "2組"]), st.sampled_from(["", "1", "2"]),
       st.booleans())
def test_any_shifted_verb_reads_the_same_in_either_width(
        verb: str, kind: str, gloss: str, name: str, unit: str, zone: str, full_punctuation: bool) -> None:
    try:
        run = shifted(verb + "臨")
    except UnicodeError:
        assume(False)  # (bytes no GBK text: no repost shows them so)
    # (the "?" and its gloss may read back as a lost character made with the place's last one: the place is compared
    # with the half-width reading, the level with the verb's)
    text = f"一、將{in_traditional(name)}小區(qū){unit}?{gloss}{run}時(shí){kind}{zone}區(qū),採取相應措施。"
    text = text.translate(HALF_TO_FULL) if full_punctuation else text
    half = levels_of(text)
    assert list(half) == ["controlled" if kind == "管控" else "sealed"]
    assert half[next(iter(half))][0].startswith(_T2S.convert(in_traditional(name)) + "小区")
    assert levels_of(full_width_letters_and_digits(text)) == half


# (ordinary wording: a lost character with no gloss, full-width letters in a place, a full-width letter after a
# gloss that reads back nothing: each kept as written)

def test_a_question_mark_in_a_name_with_full_width_letters_is_no_shifted_run() -> None:
    text = full_width_letters_and_digits("一、將金?花園A棟、星灣小區3棟劃為管控區。")
    assert levels_of(text) == {"controlled": ["金?花园A栋", "星湾小区3栋"]}


def test_full_width_building_letters_of_an_ordinary_list_are_read_as_half_width() -> None:
    text = full_width_letters_and_digits("关于划定金华区高风险区的通告\n高风险区:龙春小区A座、锦绣花园12号楼B单元。")
    assert by_level(text) == {("high", "金华区"): ["龙春小区A座", "锦绣花园12号楼B单元"]}


def test_a_full_width_letter_after_a_gloss_that_reads_back_nothing_is_kept() -> None:
    # ("?lóu)ＡＢ": bytes that read back no Chinese text: the place is kept as it was written, letters half-width)
    text = "一、將星灣小區?lóu)ＡＢ座劃為管控區(qū)。"
    assert levels_of(text) == levels_of("一、將星灣小區?lóu)AB座劃為管控區(qū)。")


# --- a lifted level lowered in a numbered item of any numbering style ---------------------------------------

_LEAD = "通告\n一、区域分类落实防控措施。\n1.对龙春镇继续实施封控管理,实行区域封闭、足不出户。\n"


def test_the_rest_of_a_district_lowered_in_a_bracket_numbered_item_is_a_blanket() -> None:
    text = _LEAD + "(3)对全区其他区域,解除管控并调整为防范,所有人员非必要不离开。"
    assert levels_of(text) == {"sealed": ["龙春镇"]}


def test_a_village_lowered_in_an_item_numbered_with_a_closing_bracket() -> None:
    text = _LEAD + "3)对星湾镇金华村,解除管控并调整为防范。"
    assert levels_of(text) == {"sealed": ["龙春镇"], "precaution": ["星湾镇金华村"]}


def test_a_village_lowered_in_a_chinese_bracket_numbered_item_in_traditional_characters() -> None:
    text = in_traditional(_LEAD + "(三)对翠峰镇阳光村,解除封控并调整为管控。")
    assert levels_of(text) == {"sealed": ["龙春镇"], "controlled": ["翠峰镇阳光村"]}


def test_a_lowered_item_with_a_space_after_its_number_and_full_width_punctuation() -> None:
    text = (_LEAD + "3. 对全区其他区域,解除管控并调整为防范。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["龙春镇"]}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["3.", "3、", "(3)", "3)", "(三)", "三、", "3. ", "(3) ", "3．", "３．", "（３）"]),
       st.sampled_from([("管控", "防范", "precaution"), ("封控", "管控", "controlled"),
                        ("封控", "防范", "precaution")]),
       invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), st.booleans(), st.booleans())
def test_any_numbering_of_a_lowered_item_reads_the_same(
        enum: str, levels: tuple[str, str, str], town: str, village: str, rest: bool, traditional: bool) -> None:
    assume(town != village)
    lifted, lowered, level = levels
    place = "全区其他区域" if rest else f"{town}镇{village}村"
    text = _LEAD + f"{enum}对{place},解除{lifted}并调整为{lowered},所有人员非必要不离开。"
    text = in_traditional(text) if traditional else text
    expected = {"sealed": ["龙春镇"]} if rest else {"sealed": ["龙春镇"], level: [place]}
    assert levels_of(text) == expected


# (ordinary wording near the trigger: people, a measure, a place already given a level, a market's closure)

def test_people_lowered_in_a_bracket_numbered_item_are_no_place() -> None:
    text = _LEAD + "(3)对进出人员,解除管控并调整为防范。"
    assert levels_of(text) == {"sealed": ["龙春镇"]}


def test_a_place_given_a_level_before_a_bracket_numbered_lowered_rest_keeps_it() -> None:
    text = ("通告\n(1)将金华小区划为封控区。\n(2)对星湾村,解除管控并调整为防范。\n"
            "(3)对全区其他区域,解除管控并调整为防范。")
    assert levels_of(text) == {"sealed": ["金华小区"], "precaution": ["星湾村"]}


def test_a_market_closed_in_a_bracket_numbered_item_is_no_lowered_place() -> None:
    text = _LEAD + "(3)农贸市场实行封闭管理,车辆不得进出。"
    assert "lifted" not in levels_of(text) and "precaution" not in levels_of(text)


# --- a spaced level heading over run-on items, a space after the heading's own number ------------------------

def test_a_spaced_heading_with_a_space_after_its_number_over_run_on_items() -> None:
    text = ("金华区关于划定部分区域为高风险区的通告\n一、 高风险区 1.星湾街道龙春小区3栋; 2.星湾街道翠峰村5组; "
            "3.锦绣街道阳光花园2栋;\n二、 低风险区\n金华区除高风险区以外的其他区域。")
    assert by_level(text) == {("high", "金华区"): ["星湾街道龙春小区3栋", "星湾街道翠峰村5组", "锦绣街道阳光花园2栋"]}


def test_a_bracket_numbered_spaced_heading_over_run_on_items_in_full_width() -> None:
    text = ("关于划定金华区中风险区的通告\n(一) 中风险区 1、龙春小区A座; 2、星湾村3组; 3、胜利花园8栋。"
            .translate(HALF_TO_FULL))
    assert by_level(text) == {("medium", "金华区"): ["龙春小区A座", "星湾村3组", "胜利花园8栋"]}


def test_a_spaced_heading_with_spaced_number_in_traditional_characters() -> None:
    text = in_traditional("金华区关于划定高风险区的通告\n一、 高风险区 1.龙春小区3栋; 2.锦绣村5组。")
    assert by_level(text) == {("high", "金华区"): ["龙春小区3栋", "锦绣村5组"]}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["一、", "(一)", "二、"]), st.sampled_from(["", " ", "  "]),
       st.sampled_from([("高风险区", "high"), ("中风险区", "medium"), ("封控区", "sealed")]),
       st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=4, unique=True), st.sampled_from([".", "、"]))
def test_any_spaced_heading_over_run_on_items_reads_the_same_with_a_space_after_its_number(
        number: str, space: str, level: tuple[str, str], names: list[str], mark: str) -> None:
    items = " ".join(f"{n}{mark}{name}小区{n}栋;" for n, name in enumerate(names, 1))
    text = f"金华区关于划定风险区的通告\n{number}{space}{level[0]} {items}"
    assert by_level(text) == {(level[1], "金华区"): [f"{name}小区{n}栋" for n, name in enumerate(names, 1)]}


def test_a_spaced_measures_heading_over_run_on_items_names_no_place() -> None:
    # (people, a market's closure, vehicles: measures under a heading that is no level, after a place given one)
    text = ("金华区关于调整风险区的通告\n一、高风险区:龙春小区3栋。\n二、 防控要求 1.居民非必要不外出; "
            "2.农贸市场实行封闭管理; 3.车辆不得进出。")
    assert by_level(text) == {("high", "金华区"): ["龙春小区3栋"]}
