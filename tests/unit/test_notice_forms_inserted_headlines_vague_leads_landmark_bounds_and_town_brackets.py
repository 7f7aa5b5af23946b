"""Forms of notices that carry a content site's headline in brackets after the lead, name only where the areas
lie in the lead ("对A镇、B镇相关区域实行临时管控") over a numbered part of the places, bound an area by sides each
along several landmarks joined with 、, and write a town once before its levels with the places in brackets
("A镇封控区(B村、C村)调整为管控区"). Each form in variants written here (invented places, the wording of the
real forms: other separators, traditional characters, full-width punctuation), and properties over generated
lists."""

from __future__ import annotations

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- a site's headline in brackets after the lead: no place ---------------------------------------------


def test_headline_in_brackets_after_the_lead_is_no_place() -> None:
    text = ("经研判,决定自2022年11月25日18:00起,将以下高风险区调整为低风险区,现通告如下:"
            "【11月25日金川区1个高风险区调为低风险区】\n一、调整具体点位(1个)\n龙门街道翠苑小区3号楼\n"
            "二、请广大居民继续做好个人防护。")
    assert levels_of(text) == {"low": ["龙门街道翠苑小区3号楼"]}


def test_headline_in_brackets_on_a_line_of_its_own_in_traditional_characters() -> None:
    text = ("經研判,決定於2022年12月1日21:00起,將部分高風險區調整為低風險區 。具體如下:\n"
            "【12月1日21時起金川縣部分高風險區調整為低風險區】\n一、調整為低風險區點位(2個)\n"
            "龍門街道翠苑小區3號樓 。\n春華街道陽光花園 。\n二、後續防疫措施")
    assert levels_of(text) == {"low": ["龙门街道翠苑小区3号楼", "春华街道阳光花园"]}


def test_headline_in_brackets_with_full_width_punctuation() -> None:
    text = ("经研判,决定自2022年11月28日起,将以下中风险区调整为低风险区,现通告如下:"
            "【11月28日金川区2个中风险区降为低风险区】\n一、调整具体点位(2个)\n龙门街道翠苑小区\n"
            "春华街道阳光花园\n").translate(HALF_TO_FULL)
    assert levels_of(text) == {"low": ["龙门街道翠苑小区", "春华街道阳光花园"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True), name)
def test_bracketed_headline_never_reads_as_a_place(estates: list[str], county: str) -> None:
    places = [f"龙门街道{e}小区" for e in estates]
    text = (f"经研判,决定自2022年11月25日18:00起,将以下高风险区调整为低风险区,现通告如下:"
            f"【11月25日{county}区{len(places)}个高风险区调为低风险区】\n一、调整具体点位({len(places)}个)\n"
            + "\n".join(places) + "\n二、请继续做好个人防护。")
    assert levels_of(text) == {"low": places}


# --- "对A镇、B镇相关区域实行临时管控。具体措施如下:" over "一、具体点位" ---------------------------------


def test_vague_lead_over_numbered_range_part() -> None:
    text = ("经专家组研判,自2022年11月19日7时起,对春华镇、龙门镇相关区域实行临时管控。具体措施如下:\n"
            "一、具体点位\n1. 金川县春华镇全域。\n2. 金川县龙门镇场镇全域。\n二、管控措施\n"
            "1. 临时管控期间区域内人员严格居家。")
    assert levels_of(text) == {"controlled": ["春华镇全域", "龙门镇场镇全域"]}


def test_vague_lead_with_part_of_areas_and_announcement_in_traditional_characters() -> None:
    text = in_traditional("根据当前疫情防控工作需要,经专家组研判,县疫情防控指挥部研究决定,自2022年11月20日起,"
                          "对春华镇、龙门镇部分区域实行临时管控。具体措施如下:\n"
                          "一、具体点位\n1. 春华镇翠苑小区。\n2. 龙门镇阳光花园。\n二、管控措施\n1.居民原则上居家。")
    assert levels_of(text) == {"controlled": ["春华镇翠苑小区", "龙门镇阳光花园"]}


def test_vague_lead_with_full_width_punctuation() -> None:
    text = ("经研判,自2022年11月21日起,对春华镇、龙门镇有关区域实行临时管控。具体措施如下:\n"
            "一、具体点位\n1. 春华镇翠苑小区。\n2. 龙门镇阳光花园。\n二、管控措施\n").translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["春华镇翠苑小区", "龙门镇阳光花园"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True))
@example(["金金", "华金", "龙金"])  # (towns ending alike: "金镇全域" ends three items, no site's inserted phrase)
def test_vague_lead_reads_the_numbered_places(towns: list[str]) -> None:
    places = [f"{t}镇全域" for t in towns]
    text = ("经研判,自2022年11月19日7时起,对" + "、".join(f"{t}镇" for t in towns) + "相关区域实行临时管控。"
            "具体措施如下:\n一、具体点位\n" + "\n".join(f"{k}. {p}。" for k, p in enumerate(places, 1))
            + "\n二、管控措施\n1. 临时管控期间暂停所有聚集性活动。")
    assert levels_of(text) == {"controlled": places}


@pytest.mark.parametrize("extent", ["镇全域", "村全境", "社区全部", "村周边", "大道沿线"])
def test_places_whose_names_and_extent_end_alike_stay_whole(extent: str) -> None:
    # ("春金镇全域。龙金镇全域。华金镇全域。": the same end of three items is the places' own, no site's phrase)
    places = [f"{front}金{extent}" for front in "春龙华"]
    text = ("经研判,自2022年11月19日7时起,对春华镇相关区域实行临时管控。具体措施如下:\n一、具体点位\n"
            + "\n".join(f"{k}. {p}。" for k, p in enumerate(places, 1)) + "\n二、管控措施\n1. 居民原则上居家。")
    assert levels_of(text) == {"controlled": places}


# --- "A路、B中学以东,C小区、D厂以西,E街以南,F街以北合围区域": one area ------------------------------------


def test_sides_along_several_landmarks_are_one_area() -> None:
    area = "春华路、金川六中以东,翠苑小区、锻造厂、龙门家园以西,阳光东街以南,玉泉河东街以北合围区域"
    text = f"临时管控区域范围不变:{area}。\n临时管控时间:延长至5月15日零时。"
    assert levels_of(text) == {"controlled": [area]}


def test_sides_along_several_landmarks_in_traditional_characters() -> None:
    area = "春华路、金川六中以东,翠苑小区、锻造厂以西,阳光东街以南,玉泉河东街以北合围区域"
    text = in_traditional(f"管控区:{area}。")
    assert levels_of(text) == {"controlled": [area]}


def test_sides_along_several_landmarks_with_full_width_punctuation() -> None:
    area = "春华路以东,翠苑小区、锻造厂、龙门家园以西,阳光东街、星峰路以南,玉泉河东街以北围合区域"
    text = f"封控区:{area}。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": [area]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=4, max_size=7, unique=True))
def test_landmark_bounds_stay_one_area(names: list[str]) -> None:
    east, west, south, north = names[0], names[1:-2], names[-2], names[-1]
    area = (f"{east}路以东,{'、'.join(w + '小区' for w in west)}以西,{south}街以南,{north}街以北合围区域")
    assert levels_of(f"管控区:{area}。") == {"controlled": [area]}


# --- "A镇封控区(B村、C村)调整为管控区,管控区(D、E4个村)调整为防范区;F街道封控区(G社区)继续封控" --------


def test_town_written_once_before_levels_with_places_in_brackets() -> None:
    text = ("经过科学评估,春华镇封控区(金川村、龙门村)调整为管控区,管控区(翠东、翠西、前村、桃庄4个村)调整为防范区,"
            "其他区域恢复正常生产生活秩序;阳光街道封控区(星峰社区、锦绣花园社区)继续封控,"
            "管控区(阳光街道其他区域)调整为防范区。")
    assert levels_of(text) == {"controlled": ["金川村", "龙门村"],
                               "precaution": ["翠东", "翠西", "前村", "桃庄", "阳光街道其他区域"],
                               "sealed": ["星峰社区", "锦绣花园社区"]}


def test_town_before_level_brackets_in_traditional_characters() -> None:
    text = in_traditional("经评估,龙门镇封控区(金川村、春华村)调整为管控区,其他区域恢复正常秩序;"
                          "阳光街道封控区(星峰社区)继续封控。")
    assert levels_of(text) == {"controlled": ["金川村", "春华村"], "sealed": ["星峰社区"]}


def test_town_before_level_brackets_with_full_width_punctuation() -> None:
    text = "经评估,龙门乡管控区(金川村、春华村等2个村)调整为防范区;星峰镇封控区(锦绣小区)继续封控。".translate(
        HALF_TO_FULL)
    assert levels_of(text) == {"precaution": ["金川村", "春华村"], "sealed": ["锦绣小区"]}


@settings(max_examples=25, deadline=None)
@given(name, st.lists(name, min_size=2, max_size=4, unique=True), st.lists(name, min_size=1, max_size=3, unique=True))
def test_town_brackets_read_each_level(town: str, sealed: list[str], kept: list[str]) -> None:
    # (a name ending in a count-like syllable is no concern: the plain syllables hold no numeral)
    assume(not set(sealed) & set(kept))
    villages = [s + "村" for s in sealed]
    estates = [k + "社区" for k in kept]
    text = (f"经评估,{town}镇封控区(" + "、".join(villages) + ")调整为管控区,其他区域恢复正常生产生活秩序;"
            f"{town}街道封控区(" + "、".join(estates) + ")继续封控。")
    assert by_level(text) == {("controlled", None): villages, ("sealed", None): estates}
