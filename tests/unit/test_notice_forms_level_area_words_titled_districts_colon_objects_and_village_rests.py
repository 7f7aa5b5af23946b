"""Forms of notices that write a level with 区域 as the whole object of a change ("将高风险区域调整为低风险区", no
place named), name their district inside a decision's title ("关于划定A区临时管控区域的通告"), put the object's 对
right after a colon ("通告如下:对A村继续列为封控区", a space maybe between) and list the rest of a village with
what it leaves out in brackets under a level heading ("A村其他区域(B组除外)"). Each form in variants written here
(invented places, the wording of the real forms: other districts, kinds of place, separators, traditional
characters, full-width punctuation), and properties over generated parts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES_WITH_DIRECTIONS,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES_WITH_DIRECTIONS, 2, 3)
# Counties and districts of the statistics bureau's list (the parser knows them by name).
DISTRICTS = ["荣昌区", "永川区", "江津区", "綦江区", "平遥县", "迎泽区", "小店区", "清徐县", "中宁县", "纳雍县"]


# --- a level written with 区域 as the whole object: no place ------------------------------------------------

def test_a_level_with_quyu_as_the_object_names_no_place() -> None:
    result = parse_notice("即日起,将高风险区域调整为低风险区。", default_year=2022)
    assert result["changes"] == []
    assert result["warnings"]  # as any notice the rules read no place in


def test_sealed_and_controlled_areas_written_with_quyu_name_no_place() -> None:
    assert levels_of("即日起,把封控区域调整为防范区。") == {}
    assert levels_of(in_traditional("自即日起,將中風險區域調整為低風險區。")) == {}
    assert levels_of("即日起,将管控区域调整为防范区。".translate(HALF_TO_FULL)) == {}
    # (in front of a place it is the level the place leaves)
    assert levels_of("即日起,将封控区域金华小区调整为管控区。") == {"controlled": ["金华小区"]}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["高风险区域", "中风险区域", "封控区域", "管控区域"]), st.sampled_from(["低风险区", "防范区"]),
       st.sampled_from(["将", "把"]), st.booleans(), st.booleans())
def test_any_level_with_quyu_alone_names_no_place(level: str, to: str, verb: str, traditional: bool,
                                                  full_width: bool) -> None:
    text = f"即日起,{verb}{level}调整为{to}。"
    text = in_traditional(text) if traditional else text
    assert levels_of(text.translate(HALF_TO_FULL) if full_width else text) == {}


# --- the district named inside a decision's title ------------------------------------------------------

def test_district_before_a_temporary_level_in_the_title() -> None:
    text = "关于划定荣昌区临时管控区域的通告\n经研究,现将下列区域划定为临时管控区:\n一、峰景街道新园小区。"
    assert by_level(text) == {("controlled", "荣昌区"): ["峰景街道新园小区"]}


def test_district_after_its_city_and_before_a_street_in_the_title() -> None:
    assert by_level("关于划定重庆市永川区临时封控区域的通告\n现将金华小区划定为临时封控区。") == {
        ("sealed", "永川区"): ["金华小区"]}
    text = in_traditional("關於劃定江津區雙福街道臨時管控區域的通告\n現將星湾小區劃定為臨時管控區。")
    assert by_level(text) == {("controlled", "江津区"): ["星湾小区"]}
    # (a city's urban area is no district)
    assert by_level("关于划定主城区临时管控区域的通告\n现将金华小区划定为管控区。") == {
        ("controlled", None): ["金华小区"]}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(DISTRICTS), name, st.sampled_from(["小区", "花园", "村"]),
       st.sampled_from(["临时管控区域", "临时封控区域", "部分区域为管控区"]), st.booleans())
def test_a_known_district_in_a_decision_title_is_the_notice_s(district: str, place: str, kind: str, what: str,
                                                             full_width: bool) -> None:
    level = "sealed" if "封控" in what else "controlled"
    to = "临时封控区" if level == "sealed" else "管控区"
    text = f"关于划定{district}{what}的通告\n经研究,现将下列区域划定为{to}:\n一、{place}{kind}。"
    text = text.translate(HALF_TO_FULL) if full_width else text
    assert by_level(text) == {(level, district): [place + kind]}


# --- 对 right after a colon ----------------------------------------------------------------------------

def test_dui_after_the_colon_is_no_part_of_the_place() -> None:
    assert levels_of("现将有关事项通告如下:对东风村继续列为封控区。") == {"sealed": ["东风村"]}
    assert levels_of("通告如下: 对东风村、西湖小区继续列为管控区。") == {"controlled": ["东风村", "西湖小区"]}


def test_dui_after_a_full_width_colon_in_traditional_characters() -> None:
    text = in_traditional("现将有关事项通告如下:对金华村继续列为封控区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["金华村"]}
    assert levels_of("通告如下:\u3000对春晓社区解除封控。") == {"lifted": ["春晓社区"]}


@settings(max_examples=30, deadline=None)
@given(name, st.sampled_from(["村", "小区", "社区"]), st.sampled_from(["", " "]),
       st.sampled_from([("继续列为封控区", "sealed"), ("调整为防范区", "precaution"), ("划定为管控区", "controlled")]),
       st.booleans())
def test_dui_after_any_colon_starts_the_object(place: str, kind: str, space: str, change: tuple[str, str],
                                               full_width: bool) -> None:
    text = f"通告如下:{space}对{place}{kind}{change[0]}。"
    assert levels_of(text.translate(HALF_TO_FULL) if full_width else text) == {change[1]: [place + kind]}


# --- the rest of a village with its exception in brackets, alone on its line -----------------------------

def test_rest_of_a_village_with_its_exception_under_a_level_heading() -> None:
    text = "一、封控区\n东风村其他区域(三组除外)\n二、管控区\n西湖村三组"
    assert levels_of(text) == {"sealed": ["东风村其他区域(三组除外)"], "controlled": ["西湖村三组"]}


def test_rest_of_a_village_with_except_written_around_and_numbered() -> None:
    assert levels_of("一、封控区\n1.东风村其他区域(除三组外)\n2.西湖村") == {
        "sealed": ["东风村其他区域(除三组外)", "西湖村"]}
    assert levels_of("封控区:\n金华村其余区域(二组、四组除外)") == {"sealed": ["金华村其余区域(二组、四组除外)"]}
    # (the rest of a whole county is no place)
    assert levels_of("一、封控区\n全县其他区域(三组除外)\n二、管控区\n西湖村三组") == {"controlled": ["西湖村三组"]}


def test_rest_of_a_community_in_traditional_characters_and_full_width_brackets() -> None:
    text = in_traditional("一、封控区\n金华社区其余区域(三组除外)\n二、管控区\n西湖村三组").translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["金华社区其余区域(三组除外)"], "controlled": ["西湖村三组"]}


@settings(max_examples=30, deadline=None)
@given(name, st.sampled_from(["村", "社区"]), st.sampled_from(["其他区域", "其余区域", "其它区域"]),
       st.sampled_from(["({n}组除外)", "(除{n}组外)"]), st.sampled_from(["一", "三", "5"]), st.booleans())
def test_rest_of_any_village_with_its_exception_is_a_place(village: str, kind: str, rest: str, note: str, n: str,
                                                           full_width: bool) -> None:
    place = village + kind + rest + note.format(n=n)
    text = f"一、封控区\n{place}\n二、管控区\n西湖村三组"
    assert levels_of(text.translate(HALF_TO_FULL) if full_width else text) == {
        "sealed": [place], "controlled": ["西湖村三组"]}
