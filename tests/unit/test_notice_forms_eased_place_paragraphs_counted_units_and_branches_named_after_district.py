"""Forms of notices that list places by town in paragraphs of their own and then move "以上区域" from the sealed
area's measures to a controlled area's ("由“足不出户、上门服务”…调整为“足不出区、错峰取物”管控措施": controlled, no
level named), close an estate's list of units with their count ("…的B02、B07等2个单元": the count no part of the
place), and name a chain's shop after the district written short before it ("坪山天虹商场坪山店": the short name
part of the shop's name). Each form in variants written here (invented places, other districts, traditional
characters, full-width punctuation), a property over generated names, and near-misses."""

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

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- paragraphs of places, then "以上区域由“足不出户、上门服务”…调整为“足不出区、错峰取物”管控措施" -----------

def _eased(county: str, paragraphs: list[str], eased: str = "调整为“足不出区、错峰取物”管控措施") -> str:
    body = "\n\n".join(f"{p};" for p in paragraphs)
    return (f"{county}关于调整部分区域社会面疫情防控措施的通告\n\n经专家研判,自2022年11月10日9时起,调整部分区域社会"
            f"面疫情防控措施,通告如下:\n\n{body}\n\n以上区域由“足不出户、上门服务”防控措施{eased},解除时间视疫情形势"
            f"变化另行通知。\n\n特此通告。\n\n{county}新冠肺炎疫情防控指挥部\n\n2022年11月10日")


def test_eased_place_paragraphs_are_controlled() -> None:
    text = _eased("大埔县", ["湖寮镇黎家坪村", "茶阳镇西门村、新街村、太宁村片区"])
    assert by_level(text) == {("controlled", "大埔县"): ["湖寮镇黎家坪村", "茶阳镇西门村", "新街村", "太宁村片区"]}


def test_eased_place_paragraphs_with_bracketed_hamlets_and_bounds() -> None:
    text = _eased("蕉岭县", ["蕉城镇叟乐村部分区域(上屋、下屋)、城东社区(东至石窟河、西至长潭路)", "新铺镇黄坑村"],
                  "调整为“人不出区、错峰取物”管控措施")
    assert by_level(text) == {("controlled", "蕉岭县"): ["蕉城镇叟乐村部分区域(上屋、下屋)",
                                                       "城东社区(东至石窟河、西至长潭路)", "新铺镇黄坑村"]}


def test_eased_place_paragraphs_traditional_full_width() -> None:
    text = in_traditional(_eased("五华县", ["水寨镇大坝村、河东村部分区域(上坝、下坝)", "安流镇福岭村"])
                          ).translate(HALF_TO_FULL)
    assert by_level(text) == {("controlled", "五华县"): ["水寨镇大坝村", "河东村部分区域(上坝、下坝)", "安流镇福岭村"]}


@settings(max_examples=25, deadline=None)
@given(a=name, b=name)
def test_eased_place_paragraphs_property(a: str, b: str) -> None:
    assume(a != b and not any(n.startswith(p) for n in (a, b) for p in (*PROVINCES, *PREFECTURE_CITIES)))
    text = _eased("平远县", [f"{a}镇{b}村", f"{b}镇{a}村、{a}{b}村"])
    assert by_level(text) == {("controlled", "平远县"): [f"{a}镇{b}村", f"{b}镇{a}村", f"{a}{b}村"]}


def test_near_miss_eased_after_a_named_level_keeps_that_level() -> None:
    text = ("五华县关于划定风险区的通告\n\n将水寨镇大坝村划为高风险区。\n\n安流镇福岭村;\n\n"
            "以上区域由“足不出户、上门服务”防控措施调整为“足不出区、错峰取物”管控措施。")
    assert by_level(text) == {("high", "五华县"): ["水寨镇大坝村"]}


def test_near_miss_prose_before_eased_is_no_place() -> None:
    text = ("通告如下:\n\n各类经营单位要履行疫情防控主体责任,严格落实扫码、测温。\n\n"
            "以上区域由“足不出户、上门服务”防控措施调整为“足不出区、错峰取物”管控措施。")
    assert by_level(text) == {}


def test_near_miss_measures_without_a_move_are_not_this_form() -> None:
    text = "通告如下:\n\n水寨镇大坝村;\n\n以上区域实行“足不出区、错峰取物”管控措施。"
    assert by_level(text) == {}


# --- "…别墅B区的B02、B07、B15等3个单元": the units' count closes the place -----------------------------------

def _units(city: str, place: str) -> str:
    return f"{city}关于划定高风险区的通告\n经专家组研判,自2022年11月21日起,将{city}{place}划定为高风险区。"


def test_counted_units_are_no_part_of_the_place() -> None:
    assert by_level(_units("万宁市", "后安镇金星花园一期别墅C区的C01、C03等2个单元")) \
        == {("high", "万宁市"): ["后安镇金星花园一期别墅C区的C01、C03"]}


def test_counted_units_in_chinese_numerals() -> None:
    assert by_level(_units("琼海市", "嘉积镇椰风花园二期的5单元、7单元、9单元等三个单元")) \
        == {("high", "琼海市"): ["嘉积镇椰风花园二期的5单元、7单元、9单元"]}


def test_counted_units_traditional_full_width() -> None:
    text = in_traditional(_units("文昌市", "文城镇锦绣花园别墅A区的A05、A08、A11等3个单元")).translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "文昌市"): ["文城镇锦绣花园别墅A区的A05、A08、A11"]}


@settings(max_examples=25, deadline=None)
@given(a=name, n=st.integers(min_value=2, max_value=9))
def test_counted_units_property(a: str, n: int) -> None:
    assume(not any(a.startswith(p) for p in (*PROVINCES, *PREFECTURE_CITIES)))
    units = "、".join(f"B{k:02d}" for k in range(1, n + 1))
    assert by_level(_units("东方市", f"八所镇{a}花园别墅B区的{units}等{n}个单元")) \
        == {("high", "东方市"): [f"八所镇{a}花园别墅B区的{units}"]}


def test_near_miss_a_numbered_unit_stays_in_the_place() -> None:
    assert by_level(_units("万宁市", "后安镇金星花园一期5单元")) == {("high", "万宁市"): ["后安镇金星花园一期5单元"]}


# --- "将坪山区A、坪山天虹商场坪山店(…)": a chain's branch named after the district keeps the short name ------------

def _shops(district: str, first: str, second: str) -> str:
    return (f"深圳市{district}关于划定风险区的通告\n一、高风险区\n将{district}{first}、{second}划为高风险区。\n"
            "高风险区实行封控措施,期间“足不出户、上门服务”。")


def test_branch_named_after_district_keeps_short_name() -> None:
    text = _shops("龙华区", "观湖街道锦绣花园1栋B座", "龙华天虹商场龙华店(人民路与和平路交汇处)")
    assert by_level(text) == {("high", "龙华区"): ["观湖街道锦绣花园1栋B座",
                                                 "龙华天虹商场龙华店(人民路与和平路交汇处)"]}


def test_branch_named_after_district_other_kind() -> None:
    text = _shops("宝安区", "西乡街道碧海花园3栋", "宝安新华书店宝安分店")
    assert by_level(text) == {("high", "宝安区"): ["西乡街道碧海花园3栋", "宝安新华书店宝安分店"]}


def test_branch_named_after_district_traditional_full_width() -> None:
    text = in_traditional(_shops("龙岗区", "布吉街道翠湖苑2栋", "龙岗万家超市龙岗店(龙岗大道88号)"))
    text = text.translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "龙岗区"): ["布吉街道翠湖苑2栋", "龙岗万家超市龙岗店(龙岗大道88号)"]}


@settings(max_examples=25, deadline=None)
@given(a=name, b=name)
def test_branch_named_after_district_property(a: str, b: str) -> None:
    assume(not any(n.startswith(p) for n in (a, b) for p in (*PROVINCES, *PREFECTURE_CITIES)))
    text = _shops("坪山区", f"坪山街道{a}花园1栋", f"坪山{b}{a}商场坪山店")
    assert by_level(text) == {("high", "坪山区"): [f"坪山街道{a}花园1栋", f"坪山{b}{a}商场坪山店"]}


def test_near_miss_short_name_before_an_estate_is_the_district() -> None:
    text = _shops("龙华区", "观湖街道锦绣花园1栋B座", "龙华金华苑3栋")
    assert by_level(text) == {("high", "龙华区"): ["观湖街道锦绣花园1栋B座", "金华苑3栋"]}


def test_near_miss_branch_named_after_another_place_drops_the_short_name() -> None:
    text = _shops("龙华区", "观湖街道锦绣花园1栋B座", "龙华金华商场民治店")
    assert by_level(text) == {("high", "龙华区"): ["观湖街道锦绣花园1栋B座", "金华商场民治店"]}
