"""Known misreads of the m73b round, each in a whole notice written here (invented places, the wording of the forms
the reviewers found misread): places between commas closed after the last ("1.A小区,B公寓,C花园,D家园实行封控管理"),
measures after the last place of a street's label ("…,将继续严格管控"), the title's district over a quoted office's
("据乙区指挥部消息"), and a counted street's places joined by 和 ("A街道(2个)的B小区(含东区、西区)和C小区"). Each in
traditional characters and full-width punctuation, a near miss, and a property over generated names."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fangkong.areas.notice_parsing.places import _HE_WORD
from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    by_level,
    invented_names,
    variants_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)

_CLOSED_BY_COMMAS = ("关于划定甲州区部分区域为封控区的通告\n"
                     "11月5日,甲州区新冠肺炎疫情防控指挥部发布通告:根据疫情防控需要,现将有关事项通告如下:\n"
                     "1.柳荫小区,松鹤公寓,梧桐花园,杏林家园实行封控管理。\n2.请广大市民积极配合。\n"
                     "甲州区新冠肺炎疫情防控指挥部\n2022年11月5日")


@pytest.mark.parametrize("text", variants_of(_CLOSED_BY_COMMAS))
def test_places_between_commas_closed_after_the_last(text: str) -> None:
    assert by_level(text) == {("sealed", "甲州区"): ["柳荫小区", "松鹤公寓", "梧桐花园", "杏林家园"]}


def test_near_miss_a_reason_before_the_comma_is_no_place() -> None:
    # (the clause before the comma is the office's reason, no place: only the subject of the closure is read)
    text = _CLOSED_BY_COMMAS.replace("1.柳荫小区,松鹤公寓,梧桐花园,杏林家园", "1.经研究,杏林家园")
    assert by_level(text) == {("sealed", "甲州区"): ["杏林家园"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=5, unique=True), st.sampled_from(["小区", "花园", "公寓", "家园"]))
def test_any_places_between_commas_closed_after_the_last(names: list[str], kind: str) -> None:
    places = [f"{n}{kind}" for n in names]
    text = _CLOSED_BY_COMMAS.replace("柳荫小区,松鹤公寓,梧桐花园,杏林家园", ",".join(places))
    assert by_level(text) == {("sealed", "甲州区"): places}


_LABEL_THEN_MEASURES = ("关于划定丙阳区临时管控区的通告\n11月7日,丙阳区新冠肺炎疫情防控指挥部通告如下:\n"
                        "现将以下区域划定为临时管控区:\n东风街道:紫荆小区、玉兰小区,将继续严格管控。\n"
                        "丙阳区新冠肺炎疫情防控指挥部\n2022年11月7日")


@pytest.mark.parametrize("text", [*variants_of(_LABEL_THEN_MEASURES),
                                  *variants_of(_LABEL_THEN_MEASURES.replace(",将继续严格管控", "将继续严格管控")),
                                  *variants_of(_LABEL_THEN_MEASURES.replace(",将继续严格管控",
                                                                            "将严格落实“足不出户”等管控措施"))])
def test_measures_after_a_labels_last_place_are_no_place(text: str) -> None:
    assert by_level(text) == {("controlled", "丙阳区"): ["东风街道紫荆小区", "东风街道玉兰小区"]}


def test_near_miss_a_road_named_after_will_is_a_place() -> None:
    # (将军路 is a road's name, no 将 of "will")
    text = _LABEL_THEN_MEASURES.replace(",将继续严格管控", "、将军路8号")
    assert by_level(text) == {("controlled", "丙阳区"): ["东风街道紫荆小区", "东风街道玉兰小区", "东风街道将军路8号"]}


@settings(max_examples=25, deadline=None)
@given(name, name, name, st.sampled_from(["将继续严格管控", "将严格管控7天", "将严格落实“足不出户”等管控措施",
                                          "将对上述区域实行封闭管理"]), st.sampled_from([",", ""]))
def test_any_measures_after_a_labels_last_place(street: str, a: str, b: str, measures: str, sep: str) -> None:
    assume(len({street, a, b}) == 3)
    text = _LABEL_THEN_MEASURES.replace("东风街道:紫荆小区、玉兰小区,将继续严格管控",
                                        f"{street}街道:{a}小区、{b}花园{sep}{measures}")
    assert by_level(text) == {("controlled", "丙阳区"): [f"{street}街道{a}小区", f"{street}街道{b}花园"]}


_QUOTED_OFFICE = ("关于划定丁山区高风险区的通告\n据庚州区疫情防控指挥部消息,11月8日,经专家研判,"
                  "决定将以下区域划定为高风险区:\n1.云杉小区\n2.石榴花园\n2022年11月8日")


@pytest.mark.parametrize("text", [*variants_of(_QUOTED_OFFICE), *variants_of(
    _QUOTED_OFFICE.replace("以下区域划定为高风险区:\n1.云杉小区\n2.石榴花园", "云杉小区、石榴花园划定为高风险区。"))])
def test_the_titles_district_over_a_quoted_offices(text: str) -> None:
    assert by_level(text) == {("high", "丁山区"): ["云杉小区", "石榴花园"]}


def test_near_miss_a_title_naming_the_quoted_office_keeps_it() -> None:
    # (a report over two districts whose title names the office's district too: the office's district holds)
    text = _QUOTED_OFFICE.replace("关于划定丁山区高风险区", "丁山区、庚州区新划定高风险区")
    assert by_level(text) == {("high", "庚州区"): ["云杉小区", "石榴花园"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from(["区", "县"]), st.sampled_from(["区", "县"]))
def test_any_title_district_over_a_quoted_office(title: str, office: str, k1: str, k2: str) -> None:
    assume(title != office and not title.startswith(office[:2]) and not office.startswith(title[:2]))
    text = _QUOTED_OFFICE.replace("丁山区", f"{title}{k1}").replace("庚州区", f"{office}{k2}")
    assert by_level(text) == {("high", f"{title}{k1}"): ["云杉小区", "石榴花园"]}


_COUNTED_STREET = ("关于划定己江区高风险区的通告\n11月9日,己江区新冠肺炎疫情防控指挥部发布通告:经专家研判,"
                   "将以下区域划定为高风险区:\n青松街道(2个)的翠竹小区(含东区、西区)和白桦小区。\n"
                   "己江区新冠肺炎疫情防控指挥部\n2022年11月9日")


@pytest.mark.parametrize("text", [
    *variants_of(_COUNTED_STREET),
    *variants_of(_COUNTED_STREET.replace("(2个)的", "(2个):")),
    *variants_of("关于划定己江区高风险区的通告\n据己江区新冠肺炎疫情防控指挥部通报,自2022年11月9日15时起,划定2个高风险区,"
                 "为青松街道(2个)的翠竹小区(含东区、西区)和白桦小区。\n2022年11月9日")])
def test_a_counted_streets_places_joined_by_and_each_take_the_street(text: str) -> None:
    assert by_level(text) == {("high", "己江区"): ["青松街道翠竹小区(含东区、西区)", "青松街道白桦小区"]}


def test_near_miss_a_place_naming_its_own_town_after_and() -> None:
    # (the place after 和 names its own town: no street joined in front of it)
    text = _COUNTED_STREET.replace("和白桦小区", "和红叶镇白桦小区")
    assert by_level(text) == {("high", "己江区"): ["青松街道翠竹小区(含东区、西区)", "红叶镇白桦小区"]}


@settings(max_examples=25, deadline=None)
@given(name, name, name, st.sampled_from(["街道", "镇"]))
def test_any_counted_streets_places_joined_by_and(street: str, a: str, b: str, kind: str) -> None:
    # (names of characters of their own: "A小区和A二小区", sharing a name's characters, is left to the rules of 和)
    # (nor "和兴…", "和风…", a name that opens with 和 in the rules' reading, places' _HE_WORD)
    assume(not set(street) & set(a) and not set(street + a) & set(b) and not _HE_WORD.match("和" + b))
    text = _COUNTED_STREET.replace("青松街道", f"{street}{kind}").replace("翠竹", a).replace("白桦", b)
    assert by_level(text) == {("high", "己江区"): [f"{street}{kind}{a}小区(含东区、西区)", f"{street}{kind}{b}小区"]}
