"""Forms fixed by k68a (known misreads found by reviewers, written with invented places): a district's vague
"相关区域" over a numbered list, a count of households between the items, the office's approval (经…审定) before
the places, "管控范围:" under a heading of another level, two villages by a space under a count of two, an estate
named …苑 as a label before its buildings; checked: a bare "管控区:" label under a general title, and a whole
county (对全县) read as the county named by the notice."""
from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    changes_of,
    in_traditional,
    invented_names,
    no_real_city,
    places_of,
)

_SYL = "金桃阳光幸福春晓翠锦绣胜利兴盛泰康宁福瑞鑫汇君悦星峰秀"
_FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


_read = changes_of
_places = places_of


def _full(text: str) -> str:
    return text.translate(HALF_TO_FULL).translate(_FULL_DIGITS)


# ---- 1. "决定将A开发区相关区域调整为中风险区。现将有关事项通告如下:" over a numbered list -----------------------

_RELATED = ("关于调整风险区域的通告\n决定将开发区相关区域调整为中风险区。现将有关事项通告如下:\n"
            "1.阳光小区3栋\n2.幸福花园\n")


def test_related_areas_of_district_over_list_name_no_place() -> None:
    assert _read(_RELATED) == [("medium", "开发区", ["阳光小区3栋", "幸福花园"])]
    assert _read(in_traditional(_RELATED)) == [("medium", "开发区", ["阳光小区3栋", "幸福花园"])]
    assert _read(_full(_RELATED)) == [("medium", "开发区", ["阳光小区3栋", "幸福花园"])]
    assert _places("决定将金桃县有关区域划定为高风险区,具体如下:\n一、阳光小区3栋\n二、幸福花园") == [
        "阳光小区3栋", "幸福花园"]
    # near-misses: a community's related area with no list under it is that community's area, a place; measures
    # under the lead are no places
    assert _places("决定将阳光社区相关区域调整为中风险区。") == ["阳光社区相关区域"]
    assert _places("决定将阳光社区相关区域调整为中风险区。现将有关事项通告如下:\n"
                   "1.中风险区内实行“人不出区、错峰取物”。\n2.请居民积极配合。") == ["阳光社区相关区域"]
    assert _places("决定将开发区相关区域调整为中风险区。现将有关事项通告如下:\n"
                   "1.中风险区内实行“人不出区、错峰取物”。\n2.请居民积极配合。") == []


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL), invented_names(_SYL), invented_names(_SYL))
def test_related_areas_property(district: str, a: str, b: str) -> None:
    assume(no_real_city(district, a, b) and a != b)
    text = f"决定将{district}区相关区域调整为中风险区。现将有关事项通告如下:\n1.{a}小区3栋\n2.{b}花园\n"
    assert _places(text) == [f"{a}小区3栋", f"{b}花园"]


# ---- 2. "共涉及住户120户。" between the items ---------------------------------------------------------------

_HOUSEHOLDS = "关于划定风险区的通告\n一、高风险区\n1.阳光小区3栋\n共涉及住户120户。\n2.幸福花园\n"


def test_household_count_between_items_is_no_place() -> None:
    assert _places(_HOUSEHOLDS) == ["阳光小区3栋", "幸福花园"]
    assert _places(in_traditional(_HOUSEHOLDS)) == ["阳光小区3栋", "幸福花园"]
    assert _places(_full(_HOUSEHOLDS)) == ["阳光小区3栋", "幸福花园"]
    assert _places("一、高风险区\n1.阳光小区3栋,共涉及居民120户、356人。\n2.幸福花园") == ["阳光小区3栋", "幸福花园"]
    assert _places("一、高风险区\n1.阳光小区3栋\n2.幸福花园\n涉及住户86户。\n二、中风险区\n1.和平里") == [
        "阳光小区3栋", "幸福花园", "和平里"]
    # near-misses: households that are a place's part stay in it
    assert _places("一、高风险区\n1.阳光村12户\n2.幸福花园") == ["阳光村12户", "幸福花园"]
    assert _places("一、高风险区\n1.阳光村王某家及邻居12户\n2.幸福花园") == ["阳光村王某家及邻居12户", "幸福花园"]


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL), invented_names(_SYL))
def test_household_count_property(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    text = f"一、高风险区\n1.{a}小区3栋\n共涉及住户45户。\n2.{b}花园\n"
    assert _places(text) == [f"{a}小区3栋", f"{b}花园"]


# ---- 3. "经市防控办审定,A小区5栋调整为高风险区" --------------------------------------------------------------

def test_approval_clause_is_no_part_of_the_place() -> None:
    text = "经县疫情防控指挥部审定,阳光小区5栋、幸福花园调整为高风险区。"
    assert _read(text) == [("high", None, ["阳光小区5栋", "幸福花园"])]
    assert _read(in_traditional(text)) == [("high", None, ["阳光小区5栋", "幸福花园"])]
    assert _read(_full(text)) == [("high", None, ["阳光小区5栋", "幸福花园"])]
    assert _read("经市防控办审定阳光小区5栋调整为高风险区。") == [("high", None, ["阳光小区5栋"])]
    assert _read("经金桃县疫情防控指挥部审定,阳光小区5栋调整为高风险区。") == [("high", "金桃县", ["阳光小区5栋"])]
    # near-miss: a place that opens with 经 is a place
    assert _places("经纬小区5栋调整为高风险区。") == ["经纬小区5栋"]


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL), invented_names(_SYL))
def test_approval_clause_property(office: str, a: str) -> None:
    assume(no_real_city(office, a))
    assert _places(f"经{office}防控办审定,{a}小区5栋调整为高风险区。") == [f"{a}小区5栋"]
    assert _places(f"经市防控办审定{a}小区5栋调整为高风险区。") == [f"{a}小区5栋"]


# ---- 4. "管控区:" under a general title (read right already) --------------------------------------------------

_CONTROLLED = "关于划定风险区的通告\n管控区:\n本源小区2栋\n"


def test_control_label_under_general_title_is_controlled() -> None:
    assert _read(_CONTROLLED) == [("controlled", None, ["本源小区2栋"])]
    assert _read(in_traditional(_CONTROLLED)) == [("controlled", None, ["本源小区2栋"])]
    assert _read(_full(_CONTROLLED)) == [("controlled", None, ["本源小区2栋"])]
    # near-miss: a medium heading before it keeps its own list
    assert _read("关于划定风险区的通告\n中风险区:\n幸福花园\n管控区:\n本源小区2栋") == [
        ("medium", None, ["幸福花园"]), ("controlled", None, ["本源小区2栋"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL))
def test_control_label_property(a: str) -> None:
    assume(no_real_city(a))
    assert _read(f"关于划定风险区的通告\n管控区:\n{a}小区2栋\n") == [("controlled", None, [f"{a}小区2栋"])]


# ---- 5. "一、高风险区" over "管控范围:A" ---------------------------------------------------------------------

_RANGE = "关于划定风险区的通告\n一、高风险区\n管控范围:阳光小区3栋\n"


def test_control_range_under_other_level_keeps_the_level() -> None:
    assert _read(_RANGE) == [("high", None, ["阳光小区3栋"])]
    assert _read(in_traditional(_RANGE)) == [("high", None, ["阳光小区3栋"])]
    assert _read(_full("关于划定风险区的通告\n一、高风险区(1个)\n管控范围:阳光小区3栋\n")) == [
        ("high", None, ["阳光小区3栋"])]
    assert _read("一、高风险区\n管控范围:阳光小区3栋\n二、中风险区\n管控范围:幸福花园") == [
        ("high", None, ["阳光小区3栋"]), ("medium", None, ["幸福花园"])]
    # near-misses: "管控范围:" alone, or under the controlled heading, is the controlled zone's
    assert _read("关于划定风险区的通告\n管控范围:阳光小区3栋") == [("controlled", None, ["阳光小区3栋"])]
    assert _read("一、封控区\n封控范围:幸福花园\n二、管控区\n管控范围:阳光小区3栋") == [
        ("sealed", None, ["幸福花园"]), ("controlled", None, ["阳光小区3栋"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL))
def test_control_range_property(a: str) -> None:
    assume(no_real_city(a))
    assert _read(f"一、高风险区\n管控范围:{a}小区3栋\n") == [("high", None, [f"{a}小区3栋"])]


# ---- 6. "中风险区(2个):" over "A镇B村 C村" ---------------------------------------------------------------------

_VILLAGES = "关于划定风险区的通告\n中风险区(2个):\n长风镇金桃村 翠锦村\n"


def test_two_villages_by_a_space_under_a_count_of_two() -> None:
    # (the town written once, on the first, as 640, 455 and 545 keep it)
    assert _places(_VILLAGES) == ["长风镇金桃村", "翠锦村"]
    assert _places(in_traditional(_VILLAGES)) == ["长风镇金桃村", "翠锦村"]
    assert _places(_full(_VILLAGES).replace(" ", "\u3000")) == ["长风镇金桃村", "翠锦村"]
    # near-misses: a count of one is one place; a town apart by a space before its village is one place
    assert _places("中风险区(1个):\n长风镇金桃村 翠锦组") == ["长风镇金桃村翠锦组"]
    assert _places("中风险区(2个):\n长风镇 金桃村\n幸福花园") == ["长风镇金桃村", "幸福花园"]


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL), invented_names(_SYL), invented_names(_SYL))
def test_two_villages_property(town: str, a: str, b: str) -> None:
    assume(no_real_city(town, a, b) and a != b)
    assert _places(f"中风险区(2个):\n{town}镇{a}村 {b}村\n") == [f"{town}镇{a}村", f"{b}村"]


# ---- 7. "银河苑:2栋" ------------------------------------------------------------------------------------------

_GARDEN = "关于划定风险区的通告\n高风险区:\n银河苑:2栋\n"


def test_estate_label_named_yuan_loses_its_colon() -> None:
    assert _places(_GARDEN) == ["银河苑2栋"]
    assert _places(in_traditional(_GARDEN)) == ["银河苑2栋"]
    assert _places(_full("高风险区:\n银河苑:2栋、3栋")) == ["银河苑2栋、3栋"]
    assert _places("高风险区:\n1.银河苑:2栋\n2.幸福花园:3栋") == ["银河苑2栋", "幸福花园3栋"]
    # near-miss: bounds after the colon are no buildings of the estate
    assert _places("高风险区:\n银河苑:东至和平路") == ["银河苑:东至和平路"]


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL))
def test_estate_label_property(a: str) -> None:
    assume(no_real_city(a))
    assert _places(f"高风险区:\n{a}苑:5栋\n") == [f"{a}苑5栋"]


# ---- 8. "现决定对全县实行静态管理" (read right already: the county named by the notice) --------------------------

def test_whole_county_is_the_county_named() -> None:
    text = "关于实行静态管理的通告\n现决定对全县实行静态管理。\n金桃县疫情防控指挥部\n"
    assert _read(text) == [("silent", "金桃县", ["金桃县"])]
    assert _read(in_traditional(text)) == [("silent", "金桃县", ["金桃县"])]
    assert _read(_full("金桃区关于实行静态管理的通告\n现决定对全区实行静态管理。")) == [
        ("silent", "金桃区", ["金桃区"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL))
def test_whole_county_property(name: str) -> None:
    assume(no_real_city(name))
    assert _read(f"{name}县关于实行静态管理的通告\n现决定对全县实行静态管理。") == [
        ("silent", f"{name}县", [f"{name}县"])]
