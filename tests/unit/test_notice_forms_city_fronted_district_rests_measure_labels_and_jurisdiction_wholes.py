"""Forms of notices that close with the rest of the city's districts, the city written in front of the first one
("西安市新城区、碑林区…除中高风险区外,为低风险区": the districts' rest, no place, though the first district's name
ends with 城区), label the measures of a level under its list ("中风险区管控措施:足不出区、错峰取物": measures, no
list), and give the whole area the office governs the lowest level after the others' areas ("…为管控区,辖区全域为
防范区": the district's rest, a blanket). Each form in variants written here (invented places, the wording of the
real forms: traditional characters, full-width punctuation), properties over generated parts, and near-misses."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    no_real_city,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


def _variants(text: str) -> list[str]:
    return [text, in_traditional(text), text.translate(HALF_TO_FULL)]


_plain = no_real_city


# The known districts (区) of each prefecture city (decision 0020), for the properties over real cities.
_CITY_DISTRICTS: dict[str, list[str]] = defaultdict(list)
for _line in (Path(__file__).resolve().parents[2] / "src" / "fangkong" / "areas" / "divisions.tsv") \
        .read_text(encoding="utf-8").splitlines():
    _city, _, _district = _line.partition("\t")
    # (names of three characters or more, without 和 or 及, which a list's split reads as a conjunction)
    if _city and _district.endswith("区") and len(_district) >= 3 and not any(c in _district + _city for c in "和及"):
        _CITY_DISTRICTS[_city].append(_district)
_URBAN_NAMED = sorted((city, district) for city, districts in _CITY_DISTRICTS.items() if len(districts) >= 3
                      for district in districts if district.endswith("城区"))


# --- the rest of the city's districts, the city in front of the first --------------------------------------

_CITY_REST = ("将以下1地调整为高风险区:\n禅城区金华街道龙泽村。\n"
              "调整后,佛山市共有高风险区3个,中风险区2个。佛山市禅城区、南海区、顺德区除中高风险区外,为低风险区。")


@pytest.mark.parametrize("text", _variants(_CITY_REST))
def test_city_fronted_districts_rest_is_no_place(text: str) -> None:
    assert by_level(text) == {("high", "禅城区"): ["金华街道龙泽村"]}


@pytest.mark.parametrize("text", [
    "洛阳市老城区、西工区除中高风险区外,为低风险区。",
    "北京市东城区、西城区除高风险区外,均为低风险区。",
    "济南市历城区、历下区、槐荫区除中高风险区外,为低风险区。",
    in_traditional("泉州市鯉城區、豐澤區除中高風險區外,為低風險區。"),
])
def test_city_fronted_districts_rest_alone_names_nothing(text: str) -> None:
    assert by_level(text) == {}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_URBAN_NAMED), name, name, st.sampled_from(["除中高风险区外,", "除高风险区外,均"]))
def test_any_city_fronted_districts_rest(pair: tuple[str, str], town: str, village: str, rest: str) -> None:
    city, first = pair
    assume(_plain(town, village) and town != village)
    others = [d for d in _CITY_DISTRICTS[city] if d != first][:2]
    text = (f"将以下1地调整为中风险区:\n{first}{town}街道{village}村。\n"
            f"{city}市{first}、{'、'.join(others)}{rest}为低风险区。")
    assert by_level(text) == {("medium", first): [f"{town}街道{village}村"]}


def test_city_fronted_district_with_a_place_is_still_read() -> None:
    # (near-misses: a place after the city's district, its own exception; the districts named bare with no rest)
    assert by_level("西安市新城区龙泽小区除3号楼外,为中风险区。") == {("medium", "新城区"): ["龙泽小区除3号楼外"]}
    assert by_level("将西安市新城区龙泽小区调整为中风险区。") == {("medium", "新城区"): ["龙泽小区"]}
    assert by_level("将北京市东城区翠峰胡同调整为中风险区。") == {("medium", "东城区"): ["翠峰胡同"]}


# --- a label of a level's measures under its list ------------------------------------------------------------

_MEASURE_LABEL = ("二、中风险区(2个)\n(一)万城镇(2个)\n1.龙泽小区;\n2.翠峰社区。\n"
                  "中风险区管控措施:足不出区、错峰取物。由此前的高风险区调整为中风险区的,连续3天无新增感染者降为低风险区。")


@pytest.mark.parametrize("text", _variants(_MEASURE_LABEL))
def test_measure_label_of_a_level_is_no_list(text: str) -> None:
    assert by_level(text) == {("medium", None): ["万城镇龙泽小区", "万城镇翠峰社区"]}


@pytest.mark.parametrize("text", [
    "中风险区:龙泽小区、翠峰花园。\n中风险区管控措施:足不出区、错峰取物。",
    "管控区:春晓小区、星峰花园。\n管控区管控措施:人不出区、严禁聚集。",
    in_traditional("中风险区:龙泽小区、翠峰花园。\n中风险区管控措施:人不出区、错峰取物。"),
    "中风险区:龙泽小区、翠峰花园。\n中风险区管控措施:足不出区、错峰取物。".translate(HALF_TO_FULL),
])
def test_measure_label_after_a_level_list(text: str) -> None:
    found = by_level(text)
    assert sorted(p for places in found.values() for p in places) in (["星峰花园", "春晓小区"],
                                                                      ["翠峰花园", "龙泽小区"])
    assert all(district is None for _level, district in found)


@settings(max_examples=25, deadline=None)
@given(name, name, name, st.sampled_from([("中风险区", "medium"), ("管控区", "controlled")]),
       st.sampled_from(["足不出区、错峰取物", "人不出区、错峰取物", "人不出区、严禁聚集"]))
def test_any_measure_label_of_a_level(town: str, first: str, second: str, level: tuple[str, str],
                                      measures: str) -> None:
    assume(_plain(town, first, second) and len({town, first, second}) == 3)
    word, key = level
    text = f"{word}(2个)\n(一){town}镇(2个)\n1.{first}小区;\n2.{second}社区。\n{word}管控措施:{measures}。"
    assert by_level(text) == {(key, None): [f"{town}镇{first}小区", f"{town}镇{second}社区"]}


def test_lift_of_a_level_measures_is_still_a_list() -> None:
    # (near-misses: a lift of the level's measures over places; the level alone as a label over its places)
    assert by_level("解除封控区管控措施:龙泽小区、翠峰花园。") == {("lifted", None): ["龙泽小区", "翠峰花园"]}
    assert by_level("中风险区:龙泽小区、翠峰花园。") == {("medium", None): ["龙泽小区", "翠峰花园"]}


# --- the whole area the office governs at the lowest level, after the others' areas -------------------------

_JURISDICTION = ("津南区划定龙泽花园(除1号楼)、翠峰园为封控区,津南区以春晓路、星峰路围合区域(封控区除外)为管控区,"
                 "辖区全域为防范区。")


@pytest.mark.parametrize("text", _variants(_JURISDICTION))
def test_jurisdiction_whole_at_the_rest_level_is_no_place(text: str) -> None:
    assert by_level(text) == {("sealed", "津南区"): ["龙泽花园(除1号楼)", "翠峰园"],
                              ("controlled", "津南区"): ["春晓路、星峰路围合区域(封控区除外)"]}


@pytest.mark.parametrize("text", [
    "西青区划定金华小区3号楼为封控区,金华小区为管控区,辖区全域为防范区。",
    "河西区划定春晓花园为高风险区,春晓花园周边底商为中风险区,本辖区所有区域为低风险区。",
    in_traditional("北辰区划定星峰里5号楼为封控区,星峰里为管控区,辖区内全域为防范区。"),
])
def test_jurisdiction_whole_variants(text: str) -> None:
    found = by_level(text)
    assert all(level not in ("precaution", "low") for level, _district in found)
    assert all("辖区" not in p for places in found.values() for p in places)
    assert len(found) == 2


_THREE_LEVELS = [(("封控区", "sealed"), ("管控区", "controlled"), "防范区"),
                 (("高风险区", "high"), ("中风险区", "medium"), "低风险区")]


# (plain districts of three characters: "A市经济技术开发区" is a zone's long name, another question)
_PLAIN_DISTRICTS = sorted({d for ds in _CITY_DISTRICTS.values() for d in ds if len(d) == 3 and not d.endswith("城区")})


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_PLAIN_DISTRICTS),
       name, name, st.sampled_from(["辖区全域", "辖区内全域", "本辖区所有区域"]), st.sampled_from(_THREE_LEVELS))
def test_any_jurisdiction_whole(district: str, first: str, second: str, whole: str,
                                levels: tuple[tuple[str, str], tuple[str, str], str]) -> None:
    assume(_plain(first, second) and first != second)
    (top, top_key), (mid, mid_key), low = levels
    text = f"{district}划定{first}花园为{top},{second}小区为{mid},{whole}为{low}。"
    assert by_level(text) == {(top_key, district): [f"{first}花园"], (mid_key, district): [f"{second}小区"]}


@pytest.mark.parametrize("district", ["梁园区", "绿园区"])
def test_a_district_named_like_a_park_draws_its_areas(district: str) -> None:
    # (hypothesis found 梁园区: "园区" read as a park's, so "划定" stayed on the first place)
    text = f"{district}划定金金花园为高风险区,木木小区为中风险区,辖区全域为低风险区。"
    assert by_level(text) == {("high", district): ["金金花园"], ("medium", district): ["木木小区"]}


def test_named_places_jurisdiction_is_still_read() -> None:
    # (near-misses: towns' or a community's jurisdiction named, a place; the whole area silenced, as before)
    assert by_level("龙泽社区辖区全域为防范区。") == {("precaution", None): ["龙泽社区辖区全域"]}
    assert by_level("金华镇、春晓乡辖区全域为防范区。") == {("precaution", None): ["金华镇", "春晓乡辖区全域"]}
    assert by_level("辖区全域实行静默管理。") == {("silent", None): ["辖区全域"]}
