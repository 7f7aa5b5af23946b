"""Forms of a city's press-conference report of risk levels (北京, spring 2022): each sentence names its places,
then the cases they had in the days before, counted ("A区B街道C社区近14天累计报告6例本土确诊病例,即日起由中风险地区
升级为高风险地区"; "A、B近14天各累计报告5例…", each), a condition as much as "近14天无新增…"; and places in clauses
joined by commas, each with its own condition ("A村近14天累计报告1例…,B镇C村近14天无报告…,即日起由中风险地区降为
低风险地区"), the condition no part of the place. Notices here are written for the tests."""

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
)

_LEAD = ("截至2022年6月2日24时,经市疾控中心评估,按照《某市新冠肺炎疫情风险分级标准》,雁塔区2地、碑林区1地,"
         "调整风险等级如下:\n")
_TOTALS = "\n截至目前,全市共有高风险地区8个,中风险地区19个。"


# --- a place, its counted cases, then its new level -----------------------------------------------------------

def test_a_place_with_its_counted_cases_then_its_new_level() -> None:
    text = "雁塔区小寨路街道翠华社区近14天累计报告6例本土确诊病例,即日起由中风险地区升级为高风险地区。"
    assert by_level(text) == {("high", "雁塔区"): ["小寨路街道翠华社区"]}
    text = (_LEAD + "碑林区南院门街道粉巷社区近14天累计报告2例本土确诊病例,即日起由低风险地区升级为中风险地区。"
            + _TOTALS)
    assert by_level(text) == {("medium", "碑林区"): ["南院门街道粉巷社区"]}
    # (a week, new cases, infections: the same form)
    text = "岳麓区望城坡街道金峰村近7天累计新增5例本土感染者,即日起由低风险区升级为高风险区。"
    assert by_level(text) == {("high", "岳麓区"): ["望城坡街道金峰村"]}


def test_two_places_each_with_counted_cases_split_at_the_dun() -> None:
    text = (_LEAD + "雁塔区小寨路街道翠华社区、碑林区南院门街道粉巷社区近14天各累计报告5例本土确诊病例,"
            "即日起由高风险地区降为中风险地区。" + _TOTALS)
    assert by_level(text) == {("medium", "雁塔区"): ["小寨路街道翠华社区"],
                              ("medium", "碑林区"): ["南院门街道粉巷社区"]}


def test_counted_cases_in_traditional_characters() -> None:
    text = (in_traditional(_LEAD)
            + "雁塔區小寨路街道翠華社區近14天累計報告3例本土確診病例,即日起由低風險地區升級為中風險地區。")
    assert by_level(text) == {("medium", "雁塔区"): ["小寨路街道翠华社区"]}


def test_counted_cases_with_full_width_punctuation() -> None:
    text = ("雁塔区小寨路街道翠华社区、雁塔区电子城街道金峰社区近14天各累计报告2例本土确诊病例,"
            "即日起由中风险地区升级为高风险地区。").translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "雁塔区"): ["小寨路街道翠华社区", "电子城街道金峰社区"]}


def test_counted_cases_of_no_place_are_read_as_none() -> None:
    # (the city's or the outbreak's cases: no place before the count; a place named after 将 is the object)
    for text in ("全市近14天累计报告36例本土确诊病例,即日起由中风险地区降为低风险地区。",
                 "近14天累计报告36例本土确诊病例,即日起由中风险地区降为低风险地区。",
                 "翠华社区近14天累计报告3例本土确诊病例,密切接触者已全部落实管控。"):
        assert by_level(text) == {}, text
    text = "本轮疫情近14天累计报告3例本土确诊病例,即日起将翠华社区由低风险地区升级为中风险地区。"
    assert by_level(text) == {("medium", None): ["翠华社区"]}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.integers(1, 40), st.sampled_from([("低", "中", "medium"), ("中", "高", "high"), ("高", "中", "medium")]),
       st.booleans())
def test_any_place_with_counted_cases_takes_its_new_level(district: str, street: str, estate: str, n: int,
                                                          move: tuple[str, str, str], full: bool) -> None:
    assume(not any(name.startswith(p) for name in (district, street) for p in (*PROVINCES, *PREFECTURE_CITIES)))
    before, after, level = move
    verb = "升级为" if before != "高" else "降为"
    text = (f"{district}区{street}街道{estate}社区近14天累计报告{n}例本土确诊病例,"
            f"即日起由{before}风险地区{verb}{after}风险地区。")
    assert by_level(text.translate(HALF_TO_FULL) if full else text) == {
        (level, f"{district}区"): [f"{street}街道{estate}社区"]}


# --- places in clauses joined by commas, each with its own condition ------------------------------------------

def test_each_place_with_its_own_condition_before_one_new_level() -> None:
    text = ("雁塔区小寨路街道翠华社区近14天累计报告1例本土确诊病例,电子城街道金峰社区近14天无报告本土确诊病例,"
            "即日起由中风险地区降为低风险地区。")
    assert by_level(text) == {("low", "雁塔区"): ["小寨路街道翠华社区", "电子城街道金峰社区"]}


def test_each_place_with_its_own_district_and_condition() -> None:
    text = (_LEAD + "碑林区南院门街道粉巷社区近14天累计报告1例本土确诊病例,雁塔区电子城街道金峰社区近14天无报告本土确诊"
            "病例,即日起由中风险地区降为低风险地区。" + _TOTALS)
    assert by_level(text) == {("low", "碑林区"): ["南院门街道粉巷社区"], ("low", "雁塔区"): ["电子城街道金峰社区"]}
    # (two conditions of none, each place's own)
    text = ("西城区金峰街道翠湖社区近14天无新增本土病例,东城区和平里街道阳光社区近14天无新增本土病例,"
            "即日起由中风险地区降为低风险地区。")
    assert by_level(text) == {("low", "西城区"): ["金峰街道翠湖社区"], ("low", "东城区"): ["和平里街道阳光社区"]}


def test_own_conditions_in_traditional_and_full_width() -> None:
    text = in_traditional("雁塔区小寨路街道翠华社区近14天累计报告1例本土确诊病例,"
                          "电子城街道金峰社区近14天无报告本土确诊病例,即日起由中风险地区降为低风险地区。")
    expected = {("low", "雁塔区"): ["小寨路街道翠华社区", "电子城街道金峰社区"]}
    assert by_level(text) == expected
    assert by_level(text.translate(HALF_TO_FULL)) == expected


def test_a_condition_of_no_place_before_a_places_is_left_out() -> None:
    # (the city's cases, a clause before the place's own: no place)
    text = "全市近14天累计报告36例本土确诊病例,翠华社区近14天无报告本土确诊病例,即日起由中风险地区降为低风险地区。"
    assert by_level(text) == {("low", None): ["翠华社区"]}
    text = ("本轮疫情近14天累计报告36例本土确诊病例,碑林区粉巷社区近14天无新增本土确诊病例,"
            "即日起由中风险地区降为低风险地区。")
    assert by_level(text) == {("low", "碑林区"): ["粉巷社区"]}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=4, unique=True),
       st.integers(1, 9), st.booleans())
def test_any_places_each_with_its_own_condition(district: str, towns: list[str], n: int, none_first: bool) -> None:
    assume(not any(name.startswith(p) for name in (district, *towns) for p in (*PROVINCES, *PREFECTURE_CITIES)))
    conditions = [f"近14天累计报告{n}例本土确诊病例", "近14天无报告本土确诊病例"]
    clauses = [f"{town}镇{town}村{conditions[(k + none_first) % 2]}" for k, town in enumerate(towns)]
    text = f"{district}区" + ",".join(clauses) + ",即日起由中风险地区降为低风险地区。"
    assert by_level(text) == {("low", f"{district}区"): [f"{town}镇{town}村" for town in towns]}, text
