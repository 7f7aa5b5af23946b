"""Ordinary forms the parser misread: a lift of sealed measures then "按低风险区域管理" (a lift, as the temporary
control's is); "解除A临时管控措施,调整为低风险区"; a compound's rest
but buildings with 除 left out ("A苑1栋、3栋以外的其他区域"); a district as the subject before 将 ("北辰区将A,B划定为
封控区"); "A小区,不再列为管控区" with no level before it; villages before one shared rest ("A镇B村、C村除高风险区以外的
其他区域"); a district label's colon before a bounded area; a road, then a compound after the last 和; two compounds
separated by a space; roads then "所围区域"; a town's heading over numbered place labels. Notices here are written for
the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
    no_real_city,
)

_HEAD = "关于调整风险区域的通告\n"

# --- a lift of sealed measures, then managed as low: a lift ---------------------------------------------------


def test_a_lift_then_managed_as_low_stays_a_lift() -> None:
    for text in (f"{_HEAD}经研究决定,自2022年11月20日起,解除翠柳小区封控措施,按低风险区域管理。",
                 f"{_HEAD}自11月21日起,解除白鹭家园管控措施,按低风险区管理。",
                 f"{_HEAD}决定解除石榴花园封控措施,按照低风险区域管理。"):
        assert list(levels_of(text)) == ["lifted"], text
    text = f"{_HEAD}解除翠柳小区封控措施,按低风险区域管理。"
    assert by_level(in_traditional(text)) == {("lifted", None): ["翠柳小区"]}
    assert by_level(f"{_HEAD}解除翠柳小区封控措施,按低风险区域管理。".translate(HALF_TO_FULL)) == {
        ("lifted", None): ["翠柳小区"]}


def test_a_lift_then_another_level_or_an_adjustment_to_low_is_a_change() -> None:
    assert levels_of(f"{_HEAD}解除翠柳小区封控措施,按管控区管理。") == {"controlled": ["翠柳小区"]}
    assert levels_of(f"{_HEAD}解除翠柳小区封控管理,调整为低风险区。") == {"low": ["翠柳小区"]}


# --- a temporary control lifted, then adjusted to low ---------------------------------------------------------


def test_a_temporary_control_lifted_then_adjusted_to_low() -> None:
    for text, place in ((f"{_HEAD}自2022年11月20日起,解除青枫街道翠柳小区临时管控措施,调整为低风险区。",
                         "青枫街道翠柳小区"),
                        (f"{_HEAD}解除翠柳小区临时管控,调整为低风险区。", "翠柳小区"),
                        (f"{_HEAD}解除石榴村的临时性管控措施,调整为低风险区域。", "石榴村")):
        assert levels_of(text) == {"low": [place]}, text
    text = f"{_HEAD}解除青枫街道翠柳小区临时管控措施,调整为低风险区。"
    assert levels_of(in_traditional(text)) == {"low": ["青枫街道翠柳小区"]}
    assert levels_of(text.translate(HALF_TO_FULL)) == {"low": ["青枫街道翠柳小区"]}
    # (a temporary control lifted alone, or managed as low: a lift)
    assert levels_of(f"{_HEAD}解除翠柳小区临时管控措施。") == {"lifted": ["翠柳小区"]}
    assert levels_of(f"{_HEAD}解除翠柳小区临时管控措施,按低风险区域管理。") == {"lifted": ["翠柳小区"]}


# --- a compound's rest but buildings, 除 left out -------------------------------------------------------------


def test_buildings_then_their_rest_is_one_place() -> None:
    for rest in ("翠柳苑1栋、3栋以外的其他区域", "翠柳苑1栋、3栋、5栋以外的其他区域", "石榴花园2幢、6幢以外的其他区域"):
        assert levels_of(f"{_HEAD}一、低风险区:{rest}。") == {"low": [rest]}
    text = f"{_HEAD}一、低风险区:翠柳苑1栋、3栋以外的其他区域。"
    assert levels_of(in_traditional(text)) == {"low": ["翠柳苑1栋、3栋以外的其他区域"]}
    assert levels_of(text.translate(HALF_TO_FULL)) == {"low": ["翠柳苑1栋、3栋以外的其他区域"]}
    # (buildings alone: a compound's buildings, kept as listed)
    assert levels_of(f"{_HEAD}高风险区:翠柳苑1栋、3栋。") == {"high": ["翠柳苑1栋、3栋"]}


# --- a district as the subject of 将 --------------------------------------------------------------------------


def test_a_district_before_jiang_is_its_places_district() -> None:
    assert by_level(f"{_HEAD}北辰区将翠柳小区,石榴小区划定为封控区。") == {
        ("sealed", "北辰区"): ["翠柳小区", "石榴小区"]}
    assert by_level(f"{_HEAD}北辰区将翠柳小区划定为封控区。东丽区将石榴小区划为管控区。") == {
        ("sealed", "北辰区"): ["翠柳小区"], ("controlled", "东丽区"): ["石榴小区"]}
    assert by_level(f"{_HEAD}经研究,北辰区现把翠柳小区划定为封控区。") == {("sealed", "北辰区"): ["翠柳小区"]}
    assert by_level(in_traditional(f"{_HEAD}北辰区将翠柳小区,石榴小区划定为封控区。")) == {
        ("sealed", "北辰区"): ["翠柳小区", "石榴小区"]}
    assert by_level(f"{_HEAD}北辰区将翠柳小区,石榴小区划定为封控区。".translate(HALF_TO_FULL)) == {
        ("sealed", "北辰区"): ["翠柳小区", "石榴小区"]}
    # (no district before 将: none)
    assert by_level(f"{_HEAD}经研究将翠柳小区划定为封控区。") == {("sealed", None): ["翠柳小区"]}


# --- 不再列为 with no level before it -------------------------------------------------------------------------


def test_a_place_then_a_comma_no_longer_at_a_level_is_lifted() -> None:
    for text, places in ((f"{_HEAD}翠柳小区,不再列为管控区。", ["翠柳小区"]),
                         (f"{_HEAD}翠柳小区、石榴村,不再列为管控区。", ["翠柳小区", "石榴村"]),
                         (f"{_HEAD}一、翠柳小区,不再列为管控区。", ["翠柳小区"])):
        assert levels_of(text) == {"lifted": places}, text
    assert levels_of(in_traditional(f"{_HEAD}翠柳小区,不再列为管控区。")) == {"lifted": ["翠柳小区"]}
    assert levels_of(f"{_HEAD}翠柳小区,不再列为管控区。".translate(HALF_TO_FULL)) == {"lifted": ["翠柳小区"]}


def test_no_longer_after_no_place_or_after_a_change_names_none() -> None:
    assert levels_of(f"{_HEAD}经研究,不再列为管控区。") == {}
    assert levels_of(f"{_HEAD}将翠柳小区调整为防范区,不再列为管控区。") == {"precaution": ["翠柳小区"]}


# --- villages before one shared rest --------------------------------------------------------------------------


def test_villages_before_one_shared_rest_are_one_place() -> None:
    for rest in ("金桃镇青枫村、白鹭村除高风险区以外的其他区域", "青枫村、白鹭社区除高风险区域以外的其他区域",
                 "青枫村、白鹭村、松岭村除中风险区以外的其他区域"):
        assert levels_of(f"{_HEAD}低风险区:{rest}。") == {"low": [rest]}
    text = f"{_HEAD}低风险区:金桃镇青枫村、白鹭村除高风险区以外的其他区域。"
    assert levels_of(in_traditional(text)) == {"low": ["金桃镇青枫村、白鹭村除高风险区以外的其他区域"]}
    assert levels_of(text.translate(HALF_TO_FULL)) == {"low": ["金桃镇青枫村、白鹭村除高风险区以外的其他区域"]}
    # (villages alone: each a place)
    assert levels_of(f"{_HEAD}低风险区:青枫村、白鹭村。") == {"low": ["青枫村", "白鹭村"]}


# --- a district label's colon, 和 after a road, spaced compounds, 所围 -----------------------------------------


def test_a_district_labels_colon_is_no_part_of_its_bounded_area() -> None:
    for text, place in ((f"{_HEAD}城东区:东湖路、西岭路合围区域(翠柳小区)调整为中风险区。",
                         "东湖路、西岭路合围区域(翠柳小区)"),
                        (f"{_HEAD}城东区:东湖路、西岭路合围区域调整为中风险区。", "东湖路、西岭路合围区域"),
                        (f"{_HEAD}城东区:翠柳小区调整为中风险区。", "翠柳小区")):
        assert by_level(text) == {("medium", "城东区"): [place]}, text
    text = f"{_HEAD}城东区:东湖路、西岭路合围区域调整为中风险区。"
    assert by_level(in_traditional(text)) == {("medium", "城东区"): ["东湖路、西岭路合围区域"]}
    assert by_level(text.translate(HALF_TO_FULL)) == {("medium", "城东区"): ["东湖路、西岭路合围区域"]}


def test_a_road_then_a_compound_after_the_last_he_are_two_places() -> None:
    assert levels_of(f"{_HEAD}高风险区:东湖路、西岭路和松岭小区。") == {"high": ["东湖路", "西岭路", "松岭小区"]}
    assert levels_of(f"{_HEAD}高风险区:翠柳小区、西岭路和松岭花园。") == {"high": ["翠柳小区", "西岭路", "松岭花园"]}
    assert levels_of(in_traditional(f"{_HEAD}高风险区:东湖路、西岭大街和松岭小区。")) == {
        "high": ["东湖路", "西岭大街", "松岭小区"]}
    # (two roads' crossing is one place)
    assert levels_of(f"{_HEAD}高风险区:翠柳小区、西岭路和松岭路交汇处。") == {
        "high": ["翠柳小区", "西岭路和松岭路交汇处"]}


def test_compounds_separated_by_a_space_are_two_places() -> None:
    assert levels_of(f"{_HEAD}中风险区:翠柳小区 石榴小区") == {"medium": ["翠柳小区", "石榴小区"]}
    assert levels_of(f"{_HEAD}中风险区:翠柳小区 石榴花园 白鹭家园。") == {
        "medium": ["翠柳小区", "石榴花园", "白鹭家园"]}
    assert levels_of(in_traditional(f"{_HEAD}中风险区:翠柳小区　石榴小区")) == {"medium": ["翠柳小区", "石榴小区"]}
    assert levels_of(f"{_HEAD}中风险区:翠柳小区 石榴小区".translate(HALF_TO_FULL)) == {
        "medium": ["翠柳小区", "石榴小区"]}
    # (a street and its compound, or a compound and its building: one place)
    assert levels_of(f"{_HEAD}中风险区:青枫街道 翠柳小区") == {"medium": ["青枫街道翠柳小区"]}
    assert levels_of(f"{_HEAD}中风险区:翠柳小区 3栋") == {"medium": ["翠柳小区3栋"]}


def test_roads_then_suo_wei_area_is_one_place() -> None:
    for area in ("东湖路、西岭路、南山路所围区域", "东湖路、西岭路所围的区域", "东湖路、西岭路、南山路所围合区域"):
        assert levels_of(f"{_HEAD}高风险区:{area}。") == {"high": [area]}
    text = f"{_HEAD}高风险区:东湖路、西岭路、南山路所围区域。"
    assert levels_of(in_traditional(text)) == {"high": ["东湖路、西岭路、南山路所围区域"]}
    assert levels_of(text.translate(HALF_TO_FULL)) == {"high": ["东湖路、西岭路、南山路所围区域"]}


# --- a town's heading over numbered place labels ---------------------------------------------------------------


def test_a_towns_heading_holds_over_each_numbered_label() -> None:
    text = f"{_HEAD}一、高风险区\n金桃镇:\n1.翠柳小区:3栋、5栋;\n2.石榴小区:2栋;\n3.白鹭村:5组。"
    expected = {"high": ["金桃镇翠柳小区3栋、5栋", "金桃镇石榴小区2栋", "金桃镇白鹭村5组"]}
    assert levels_of(text) == expected
    assert levels_of(in_traditional(text)) == expected
    assert levels_of(text.translate(HALF_TO_FULL)) == expected
    text = f"{_HEAD}一、高风险区\n(一)金桃镇\n1.翠柳小区:3栋、5栋\n2.石榴小区:2栋\n(二)青枫街道\n1.白鹭村:5组"
    assert levels_of(text) == {"high": ["金桃镇翠柳小区3栋、5栋", "金桃镇石榴小区2栋", "青枫街道白鹭村5组"]}
    # (no town heading: the labels alone)
    assert levels_of(f"{_HEAD}高风险区:\n1.翠柳小区:3栋、5栋;\n2.石榴小区:2栋。") == {
        "high": ["翠柳小区3栋、5栋", "石榴小区2栋"]}


# --- properties -----------------------------------------------------------------------------------------------


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_invented_forms_read_alike(first: str, second: str, town: str) -> None:
    # (not a second name opening with the first's stem: "保利花园 保利公寓" is one place, a part named with its stem)
    assume(no_real_city(first, second, town) and len({first, second, town}) == 3 and not second.startswith(first[:2]))
    a, b = f"{first}小区", f"{second}花园"
    assert levels_of(f"{_HEAD}解除{a}封控措施,按低风险区域管理。") == {"lifted": [a]}
    assert levels_of(f"{_HEAD}{a},不再列为管控区。") == {"lifted": [a]}
    assert levels_of(f"{_HEAD}中风险区:{a} {b}") == {"medium": [a, b]}
    text = f"{_HEAD}一、高风险区\n{town}镇:\n1.{a}:3栋;\n2.{b}:2栋。"
    assert levels_of(text) == {"high": [f"{town}镇{a}3栋", f"{town}镇{b}2栋"]}
