"""Forms of the fifty-seventh held-out set (notices 1625, 1626 and 1643), each in variants written here (other
counties and invented places, the wording of the real forms, traditional characters, full-width punctuation),
properties over generated parts, and near-misses of ordinary wording:

* a 起 inside a place's name ("凤起小区131号", "起凤家园") in a sentence's list: no "…时起" that opens the object, the
  list read whole ("A栋、凤起小区131号等7个高风险区调整为低风险区");
* a part headed "新增区域" (no level) in a notice whose lead sets the count of one level ("高风险区调整为27个"): the
  added areas of that level; and the short name a notice gives its own district ("乐东黎族自治县(以下称乐东县)");
* a level's areas as the subject, then 包括 and a comma for the colon ("麒麟区静默管理区域包括,A,B;C"): the list,
  its district the one named before the level."""

from __future__ import annotations

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


def _invented(names: list[str]) -> None:
    # (an invented name that starts with a city's or province's name reads as that division's place)
    assume(not any(n.startswith(tuple(PREFECTURE_CITIES)) or n.startswith(PROVINCES) for n in names))
    assume(len(set(names)) == len(names))


# --- a 起 inside a place's name in a counted list -------------------------------------------------------------

_XIUSHAN = "秀山县新型冠状病毒肺炎疫情防控指挥部通告\n"


def test_a_name_with_qi_in_a_counted_downgrade() -> None:
    text = (_XIUSHAN + "经专家研判,自2022年11月23日22:00起,中和街道花灯街公租房1栋、美丽泽京4栋、"
            "凤起中学旁边凤起小区131号等3个高风险区调整为低风险区。")
    want = ["中和街道花灯街公租房1栋", "美丽泽京4栋", "凤起中学旁边凤起小区131号"]
    assert by_level(text) == {("low", "秀山县"): want}


def test_a_name_starting_with_qi() -> None:
    text = _XIUSHAN + "自2022年11月25日8时起,甲苑3栋、起凤家园2栋等2个高风险区调整为低风险区。"
    assert levels_of(text) == {"low": ["甲苑3栋", "起凤家园2栋"]}


def test_a_name_with_qi_in_traditional_characters() -> None:
    text = in_traditional(_XIUSHAN + "自2022年11月23日22:00起,乙苑4栋、凤起小区131号等2个高风险区调整为低风险区。")
    assert levels_of(text) == {"low": ["乙苑4栋", "凤起小区131号"]}


def test_a_name_with_qi_with_full_width_punctuation() -> None:
    text = _XIUSHAN + "自2022年11月23日22:00起,丙苑4栋、凤起小区131号等2个高风险区调整为低风险区。"
    text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {"low": ["丙苑4栋", "凤起小区131号"]}


@settings(max_examples=30, deadline=None)
@given(name, name, st.sampled_from(["凤起", "起凤", "腾起", "兴起"]), st.sampled_from(["小区", "家园", "花园"]),
       st.integers(min_value=1, max_value=30))
def test_any_name_with_qi_is_read_whole(first: str, stem: str, qi: str, kind: str, building: int) -> None:
    _invented([first, stem])
    place = f"{stem}{qi}{kind}{building}栋"
    text = _XIUSHAN + f"自2022年11月23日22:00起,{first}苑1栋、{place}等2个高风险区调整为低风险区。"
    assert levels_of(text) == {"low": [f"{first}苑1栋", place]}


def test_near_miss_the_hour_qi_still_opens_the_object() -> None:
    # (the 起 of a time, no comma after it: the object starts after it as before)
    text = _XIUSHAN + "自2022年11月23日22时起甲苑1栋、乙苑2栋调整为低风险区。"
    assert levels_of(text) == {"low": ["甲苑1栋", "乙苑2栋"]}


def test_near_miss_from_today_qi_still_opens_the_object() -> None:
    text = _XIUSHAN + "即日起甲苑1栋、乙苑2栋调整为低风险区。"
    assert levels_of(text) == {"low": ["甲苑1栋", "乙苑2栋"]}


# --- "新增区域" under a count of one level ---------------------------------------------------------------------

def _ledong(heading: str, place: str, count_line: str = "高风险区调整为27个") -> str:
    return ("海南乐东调整27个高风险区域\n记者从乐东黎族自治县(以下称乐东县)新型冠状病毒肺炎疫情防控工作指挥部了解到。\n"
            f"根据当前乐东县疫情防控工作需要,经专家组研判,2022年8月12日7时起,{count_line}。具体情况如下:\n"
            f"{heading}\n{place}。\n二、封控措施\n对高风险区采取封控措施:足不出户、上门服务。\n")


def test_added_areas_under_a_count_of_high_areas() -> None:
    assert by_level(_ledong("一、新增区域", "黄流镇东孔村")) == {("high", "乐东县"): ["黄流镇东孔村"]}


def test_added_areas_with_a_colon_under_a_count_of_medium_areas() -> None:
    text = _ledong("一、新增区域:", "甲镇乙村", "中风险区调整为5个").replace("对高风险区", "对中风险区")
    assert levels_of(text) == {"medium": ["甲镇乙村"]}


def test_added_areas_in_traditional_characters() -> None:
    assert levels_of(in_traditional(_ledong("一、新增区域", "丙镇丁村"))) == {"high": ["丙镇丁村"]}


def test_added_areas_with_full_width_punctuation() -> None:
    assert levels_of(_ledong("1.新增区域:", "戊镇己村").translate(HALF_TO_FULL)) == {"high": ["戊镇己村"]}


@settings(max_examples=30, deadline=None)
@given(name, name, st.sampled_from(["高", "中", "低"]), st.integers(min_value=1, max_value=60),
       st.sampled_from(["一、", "1.", "(一)"]))
def test_any_added_heading_takes_the_counted_level(town: str, village: str, level: str, count: int,
                                                  mark: str) -> None:
    _invented([town, village])
    text = _ledong(f"{mark}新增区域", f"{town}镇{village}村", f"{level}风险区调整为{count}个")
    text = text.replace("对高风险区采取封控措施:足不出户、上门服务", "请广大群众配合")
    want = {"高": "high", "中": "medium", "低": "low"}[level]
    assert levels_of(text) == {want: [f"{town}镇{village}村"]}


def test_near_miss_two_counted_levels_give_the_heading_none() -> None:
    text = _ledong("一、新增区域", "黄流镇东孔村", "高风险区调整为12个,中风险区调整为17个")
    assert "high" not in levels_of(text) and "medium" not in levels_of(text)


def test_the_short_name_is_read_in_traditional_characters_and_full_width_brackets() -> None:
    # (the district as the notice shortens it whatever the copy's characters and brackets)
    text = _ledong("一、新增高风险区域", "黄流镇东孔村")
    assert by_level(in_traditional(text)) == {("high", "乐东县"): ["黄流镇东孔村"]}
    assert by_level(text.translate(HALF_TO_FULL)) == {("high", "乐东县"): ["黄流镇东孔村"]}
    assert by_level(text.replace("(以下称乐东县)", "(以下简称“乐东县”)")) == {("high", "乐东县"): ["黄流镇东孔村"]}


def test_near_miss_a_long_name_without_a_short_one_is_kept() -> None:
    text = _ledong("一、新增高风险区域", "黄流镇东孔村").replace("(以下称乐东县)", "")
    assert by_level(text) == {("high", "乐东黎族自治县"): ["黄流镇东孔村"]}


# --- a level's areas, then 包括 and a comma --------------------------------------------------------------------

_QILIN = ("云南曲靖检出2例初筛阳性人员\n中新网昆明9月12日电 云南省曲靖市麒麟区新冠肺炎疫情防控工作指挥部12日发布通告,"
          "麒麟区在集中隔离点检出2例初筛阳性人员。\n")


def test_silent_areas_include_then_a_comma() -> None:
    text = _QILIN + "麒麟区静默管理区域包括,益宁街道花柯社区南市夜街及停车场,益宁街道同悦花园酒店;沿江街道锦龙庄。"
    want = ["益宁街道花柯社区南市夜街及停车场", "益宁街道同悦花园酒店", "沿江街道锦龙庄"]
    assert by_level(text) == {("silent", "麒麟区"): want}


def test_high_areas_include_then_a_comma() -> None:
    text = _QILIN + "麒麟区高风险区域包括,甲街道乙社区丙小区,丁街道戊村。"
    assert by_level(text) == {("high", "麒麟区"): ["甲街道乙社区丙小区", "丁街道戊村"]}


def test_silent_areas_include_in_traditional_characters() -> None:
    text = in_traditional(_QILIN + "麒麟区静默管理区域包括,益宁街道同悦花园酒店,沿江街道锦龙庄。")
    assert by_level(text) == {("silent", "麒麟区"): ["益宁街道同悦花园酒店", "沿江街道锦龙庄"]}


def test_silent_areas_include_with_full_width_punctuation() -> None:
    text = (_QILIN + "麒麟区静默管理区域包括,益宁街道同悦花园酒店;沿江街道锦龙庄。").translate(HALF_TO_FULL)
    assert by_level(text) == {("silent", "麒麟区"): ["益宁街道同悦花园酒店", "沿江街道锦龙庄"]}


@settings(max_examples=30, deadline=None)
@given(name, name, name, st.sampled_from(["静默管理区域", "临时静默管理区域", "高风险区域", "封控区"]))
def test_any_level_includes_with_a_comma_is_a_list(street: str, first: str, second: str, label: str) -> None:
    _invented([street, first, second])
    text = _QILIN + f"麒麟区{label}包括,{street}街道{first}小区,{street}街道{second}村。"
    assert [places for places in by_level(text).values()] == [[f"{street}街道{first}小区", f"{street}街道{second}村"]]
    assert all(district == "麒麟区" for _level, district in by_level(text))


def test_near_miss_includes_but_not_limited_is_no_list() -> None:
    text = _QILIN + "静默管理区域包括,但不限于以上区域,请居民配合。"
    assert by_level(text) == {}


def test_near_miss_includes_people_is_no_list() -> None:
    text = _QILIN + "静默管理区域包括,区域内居民、外来人员均须居家。"
    assert by_level(text) == {}
