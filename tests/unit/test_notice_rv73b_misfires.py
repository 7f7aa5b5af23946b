"""Review rv73b: ordinary wording the rules of t73c, m73a and m73b misread, each in a whole notice written here
(invented places): a place's own exception after a map pointer ("A花园,详见附图(3号楼除外)"), circled items after a
street listed as a place ("①新华街" over "②A小区"), a notice's own temporary control after an outbreak and a response
("…后,立即启动应急响应,自即日起对A小区实施临时管控"), a village over its groups ("A村" over "B组、C组"), a street
before its estate's comma ("1.A街道,B小区实行封控管理"), and a quoted office's district named with the place
("据乙县指挥部消息,将乙县A小区划为…"). Each in traditional characters and full-width punctuation, a near miss, and
a property over generated names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    by_level,
    invented_names,
    variants_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)

_HEAD = "关于调整甲州区部分区域风险等级的通告\n"
_SIGN = "\n甲州区新冠肺炎疫情防控指挥部\n2022年10月3日"

# ---- a map pointer's clause with the place's own exception -------------------------------------------------

_POINTER = _HEAD + "经研判,决定将以下区域划为高风险区:\n云杉花园,详见附图(3号楼除外)。\n石榴小区。\n" + _SIGN


@pytest.mark.parametrize("text", variants_of(_POINTER))
def test_a_places_own_exception_after_a_map_pointer_stays(text: str) -> None:
    assert by_level(text) == {("high", "甲州区"): ["云杉花园(3号楼除外)", "石榴小区"]}


def test_near_miss_the_maps_own_mark_goes_with_the_pointer() -> None:
    text = _POINTER.replace("详见附图(3号楼除外)", "详见附图红线区域(红线区域除外)")
    assert by_level(text) == {("high", "甲州区"): ["云杉花园", "石榴小区"]}


# ---- circled items after a street listed as a place ---------------------------------------------------------

_CIRCLED = _HEAD + "经研判,决定将以下区域划为管控区:\n①新华街\n②云杉小区\n③石榴小区\n" + _SIGN


@pytest.mark.parametrize("text", variants_of(_CIRCLED))
def test_a_circled_street_over_the_next_circled_item_is_a_place(text: str) -> None:
    assert by_level(text) == {("controlled", "甲州区"): ["新华街", "云杉小区", "石榴小区"]}


def test_circled_streets_over_a_place_that_is_no_street() -> None:
    text = _CIRCLED.replace("②云杉小区\n③石榴小区", "②新亚街\n③和平里")
    assert by_level(text) == {("controlled", "甲州区"): ["新华街", "新亚街", "和平里"]}


def test_near_miss_a_circled_street_over_its_lines_is_a_heading() -> None:
    text = _CIRCLED.replace("①新华街\n②云杉小区\n③石榴小区", "①新华街\n云杉小区、石榴小区。\n②新亚街\n松林苑。")
    assert by_level(text) == {("controlled", "甲州区"): ["新华街云杉小区", "新华街石榴小区", "新亚街松林苑"]}


# ---- a notice's own temporary control after the outbreak and a response -------------------------------------

_OWN_CONTROL = ("关于对甲州区部分区域实施临时管控的通告\n10月2日我区发现1例阳性后,立即启动应急响应,"
                "自即日起对云杉小区、石榴小区进行临时管控,管控期间居民足不出户。\n" + _SIGN)


@pytest.mark.parametrize("text", [*variants_of(_OWN_CONTROL),
                                  _OWN_CONTROL.replace("自即日起对", "现对"),
                                  _OWN_CONTROL.replace("自即日起对", "依据有关规定,对")])
def test_a_control_from_a_start_the_notice_sets_is_its_decision(text: str) -> None:
    assert by_level(text) == {("controlled", "甲州区"): ["云杉小区", "石榴小区"]}


def test_near_miss_an_account_of_what_was_done_sets_no_level() -> None:
    text = ("甲州区发布疫情防控情况\n10月2日疫情发生后,区指挥部立即组织开展流行病学调查、核酸检测等处置工作,"
            "对云杉小区、石榴幼儿园进行临时管控。\n" + _SIGN)
    assert by_level(text) == {}


# ---- a village over its groups ------------------------------------------------------------------------------

_VILLAGE = _HEAD + "经研判,决定将以下区域划为中风险区:\n云杉村\n大湾组、小湾组\n" + _SIGN


@pytest.mark.parametrize("text", variants_of(_VILLAGE))
def test_a_village_over_its_groups_is_no_place_of_its_own(text: str) -> None:
    assert "云杉村" not in by_level(text)[("medium", "甲州区")]


def test_near_miss_a_lone_place_over_a_list_is_an_item() -> None:
    text = _VILLAGE.replace("云杉村\n大湾组、小湾组", "星河苑\n阳光小区、翠湖村")
    assert by_level(text) == {("medium", "甲州区"): ["星河苑", "阳光小区", "翠湖村"]}


# ---- a street before its estate's comma ---------------------------------------------------------------------

_STREET_COMMA = _HEAD + "经研判,决定如下:\n1.云杉街道,石榴小区实行封控管理。\n2.请广大居民积极配合。\n" + _SIGN


@pytest.mark.parametrize("text", variants_of(_STREET_COMMA))
def test_a_street_before_its_estates_comma_is_no_place_closed(text: str) -> None:
    assert "云杉街道" not in by_level(text).get(("sealed", "甲州区"), [])


def test_near_miss_places_between_commas_are_each_closed() -> None:
    text = _STREET_COMMA.replace("云杉街道,石榴小区", "云杉小区,石榴公寓,松林花园")
    assert by_level(text) == {("sealed", "甲州区"): ["云杉小区", "石榴公寓", "松林花园"]}


# ---- a quoted office's district named with the place --------------------------------------------------------

_QUOTED = ("关于划定丁山区部分区域为高风险区的通告\n据庚州县疫情防控指挥部消息,经专家研判,"
           "将庚州县云杉小区划为高风险区。\n2022年11月8日")


@pytest.mark.parametrize("text", variants_of(_QUOTED))
def test_a_quoted_offices_district_named_with_the_place_holds(text: str) -> None:
    assert by_level(text) == {("high", "庚州县"): ["云杉小区"]}


def test_near_miss_a_bare_place_takes_the_titles_district() -> None:
    assert by_level(_QUOTED.replace("将庚州县云杉小区", "将云杉小区")) == {("high", "丁山区"): ["云杉小区"]}


@settings(max_examples=25, deadline=None)
@given(a=name, b=name)
def test_circled_street_then_named_items_property(a: str, b: str) -> None:
    text = _CIRCLED.replace("云杉小区", f"{a}小区").replace("石榴小区", f"{b}花园")
    assert by_level(text) == {("controlled", "甲州区"): ["新华街", f"{a}小区", f"{b}花园"]}
