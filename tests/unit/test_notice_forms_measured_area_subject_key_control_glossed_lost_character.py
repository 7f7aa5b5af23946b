"""Forms of late 2022 notices: the area a measure is applied to as the subject of its places ("一、实施临时管控区域
为东至A路,北至B路…合围区域", "实行封控管理的区域为C小区", "临时管控区为D村"); a temporary key control area
("新增E超市周边为临时重点管控区"), the level of its kind; and a pinyin repost's lost character whose second byte is a
letter ("濱河?xùn)|路"): the "?" and its gloss are the character the page made of the previous character's second byte
and the lost one's first, which tell the lost character where one alone fits. Each form in variants written here
(other places, wording, numbering, full-width punctuation, traditional characters) and a property over generated
parts."""

from __future__ import annotations

import opencc
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pypinyin import Style, pinyin

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

# --- the area of a measure as the subject of its places --------------------------------------------------


def test_the_area_of_a_temporary_control_as_a_numbered_items_subject() -> None:
    text = ("关于对金华区部分区域实施临时管控的通告\n经研究,定于11月30日6时起,对金华区部分区域实行临时管控。\n"
            "一、实施临时管控区域为东至翠峰路,北至锦绣东路,西至星湾路,南至龙春路合围区域。\n"
            "二、对进出临时管控区域的道路实行管控,居民除特殊情况外一律不得外出。")
    assert levels_of(text) == {"controlled": ["东至翠峰路,北至锦绣东路,西至星湾路,南至龙春路合围区域"]}


def test_the_area_of_a_sealing_measure_with_de_in_traditional_characters() -> None:
    text = in_traditional("(二)实行封控管理的区域为龙春小区、金华村3组。区域内人员足不出户。")
    assert levels_of(text) == {"sealed": ["龙春小区", "金华村3组"]}


def test_a_temporary_control_area_as_a_clauses_subject_with_full_width_punctuation() -> None:
    text = "经县疫情防控指挥部研究,临时管控区为春晓村1组、星湾小区2栋。管控区实行“人不出区、错峰取物”。"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"controlled": ["春晓村1组", "星湾小区2栋"]}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["实施临时", "实行临时", "实施", "实行临时性", "临时", "防外溢"]),
       st.sampled_from(["管控", "封控"]), st.sampled_from(["区域", "区", "的区域", "管理的区域", "的范围"]),
       st.sampled_from(["", "一、", "(一)", "1."]), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.booleans())
def test_any_area_of_a_measure_as_a_subject_is_its_level(
        verb: str, kind: str, area: str, enum: str, road: str, other: str, traditional: bool) -> None:
    # (a bare qualifier writes the level itself, "临时管控区", never "临时管控的范围")
    assume(verb.startswith("实") or area in ("区域", "区"))
    assume(road != other)
    text = f"{enum}{verb}{kind}{area}为{road}路以东、{other}路以北合围区域。区域内居民足不出户。"
    text = in_traditional(text) if traditional else text
    assert levels_of(text) == {"controlled" if kind == "管控" else "sealed": [f"{road}路以东、{other}路以北合围区域"]}


# --- a temporary key control area ------------------------------------------------------------------------


def test_a_place_added_as_a_temporary_key_control_area() -> None:
    text = ("为适应我县疫情变化形势,经综合研判,新增金华镇翠峰超市周边(春晓路、锦绣路、星湾大道三条路合围区域部分)为临时"
            "重点管控区。管控时间为自公告发布之时起实施,解除时间另行通知。")
    assert levels_of(text) == {"controlled": ["金华镇翠峰超市周边(春晓路、锦绣路、星湾大道三条路合围区域部分)"]}


def test_a_temporary_key_sealed_area_in_traditional_characters() -> None:
    text = in_traditional("一、将龙春小区5栋、金华村2组划为临时重点封控区,实行“足不出户、上门服务”。")
    assert levels_of(text) == {"sealed": ["龙春小区5栋", "金华村2组"]}


def test_a_key_control_area_against_spill_over_with_full_width_brackets() -> None:
    text = "关于金华区新增管控区的通告\n新增阳光路88号(含底商)为防外溢重点管控区域,实行“人不出区”。"
    assert by_level(text.translate(HALF_TO_FULL)) == {("controlled", "金华区"): ["阳光路88号(含底商)"]}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["临时", "临时性", "防外溢", "防扩散"]), st.sampled_from(["管控", "封控"]),
       st.sampled_from(["区", "区域"]), st.sampled_from(["新增{p}为", "将{p}划为", "将{p}调整为"]),
       invented_names(PLAIN_SYLLABLES), st.booleans())
def test_any_temporary_key_area_is_its_kind(
        qualifier: str, kind: str, end: str, verb: str, name: str, full_width: bool) -> None:
    text = verb.format(p=f"{name}小区3栋") + f"{qualifier}重点{kind}{end},实行相应管控措施。"
    text = text.translate(HALF_TO_FULL) if full_width else text
    assert levels_of(text) == {"controlled" if kind == "管控" else "sealed": [f"{name}小区3栋"]}


# --- a repost's lost character, its second byte a letter, told by the gloss before it ---------------------

def garbled(before: str, lost: str) -> tuple[str, str]:
    """How a pinyin repost shows ``lost`` after ``before`` when it loses the character's first byte: the character
    made of ``before``'s second byte and that first byte, shown as "?" with its gloss, then the second byte alone;
    and the character made (to tell whether its reading names one lost character only)."""
    made = bytes([before.encode("gbk")[1], lost.encode("gbk")[0]]).decode("gbk")
    return f"{before}?{pinyin(made, style=Style.TONE)[0][0]}){chr(lost.encode('gbk')[1])}", made


def test_a_lost_dong_of_a_road_read_back_from_its_gloss() -> None:
    shown, _made = garbled("新", "東")  # ("新?sǒng)|": 聳 made of 新's second byte and 東's first)
    text = f"一、將{shown}路以北、金華路以南合圍區(qū)域劃為管控區(qū)。"
    assert levels_of(text) == {"controlled": ["新东路以北、金华路以南合围区域"]}


def test_a_lost_ying_of_a_village_read_back_in_a_sentence_of_levels() -> None:
    shown, _made = garbled("新", "營")  # ("新?tīng)I": 聽, then 營's second byte "I")
    text = f"經研判,將{shown}村3組、龍春小區(qū)5棟劃為封控區(qū)。"
    assert levels_of(text) == {"sealed": ["新营村3组", "龙春小区5栋"]}


def test_a_lost_character_read_back_with_full_width_punctuation() -> None:
    shown, _made = garbled("城", "營")  # ("城?tái)I": 菭, then "I")
    text = f"(一)金{shown}村2組,翠峰小區(qū)1棟劃為管控區(qū)。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["金城营村2组", "翠峰小区1栋"]}


_T2S = opencc.OpenCC("t2s")


def _fits(made: str, half: str) -> set[str]:
    """The characters in common use (simplified, in GB 2312) of second byte ``half`` whose first byte, after
    ``made``'s first, makes a character read as ``made`` is."""
    reading, fits = pinyin(made, style=Style.TONE)[0][0], set()
    for lead in range(0x81, 0xFF):
        try:
            other = bytes([made.encode("gbk")[0], lead]).decode("gbk")
            char = bytes([lead, ord(half)]).decode("gbk")
            _T2S.convert(char).encode("gb2312")
        except (UnicodeError, ValueError):
            continue
        if reading in pinyin(other, style=Style.TONE, heteronym=True)[0]:
            fits.add(char)
    return fits


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(list("河城新山華長")), st.sampled_from(list("東營門")),
       invented_names(PLAIN_SYLLABLES), st.sampled_from(["小区3栋", "村2组"]))
def test_any_lost_character_the_gloss_names_alone_is_read_back(before: str, lost: str, name: str, end: str) -> None:
    try:
        shown, made = garbled(before, lost)
    except (UnicodeError, ValueError):
        assume(False)  # (bytes that make no GBK character: the page shows no such run)
    # (where the gloss reads as several characters of that second byte, "河?yǒng)h" is 縣 or 涌's neighbour, the
    # page does not tell which one was lost: left out)
    assume(_fits(made, chr(lost.encode("gbk")[1])) == {lost})
    text = f"一、將{shown}{in_traditional(name + end)}劃為管控區(qū)。"
    assert levels_of(text) == {"controlled": [f"{_T2S.convert(before + lost)}{name}{end}"]}
