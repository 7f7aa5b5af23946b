"""Forms fixed by g68d: a street's count of one over parts joined by 、 (one place), a 片区 counted as a community
("A片区(1个):…"), a district whose areas the lead draws ("A区部分区域划定为高风险区"), the own office spoken of by
its kind alone ("区…指挥部") and named once in full in a measure, and a count of a level's areas in a question's
title ("A2个高风险调为低风险"), no place."""
from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    changes_of,
    invented_names,
    no_real_city,
    places_of,
    variants_of,
)

_SYL = "金桃阳光幸福春晓翠锦绣胜利兴盛泰康宁福瑞鑫汇君悦星秀"


_read = changes_of
_places = places_of
_variants = variants_of


# ---- 1. "1.A街道(1个):B路6、8号及底楼门面 、B路38号门面;": the count of one says the 、 join one place ----------

_STREET_ONE = ("一、新增高风险区\n(一)具体点位(2个)\n"
               "1.{a}街道(1个):{b}路6、8、9号及底楼所有门面 、{b}路38号附1号至附7号门面;\n"
               "2.{c}街道(1个):{b}路20号公寓。\n(二)管控措施\n1.实行封控管理。")


def test_street_count_of_one_joins_its_line() -> None:
    text = _STREET_ONE.format(a="金桃", b="阳光", c="幸福")
    for variant in _variants(text):
        assert _places(variant) == ["金桃街道阳光路6、8、9号及底楼所有门面、阳光路38号附1号至附7号门面",
                                    "幸福街道阳光路20号公寓"]
    # near-miss: a count of two over two parts joined by 、 is two places
    assert _places("一、新增高风险区\n(一)具体点位(3个)\n1.金桃街道(2个):阳光路6号门面、阳光路38号门面;\n"
                   "2.幸福街道(1个):春晓路20号公寓。\n(二)管控措施\n1.实行封控管理。") == [
        "金桃街道阳光路6号门面", "金桃街道阳光路38号门面", "幸福街道春晓路20号公寓"]


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL), invented_names(_SYL), invented_names(_SYL))
def test_street_count_of_one_property(a: str, b: str, c: str) -> None:
    assume(no_real_city(a, b, c) and a != c)
    assert _places(_STREET_ONE.format(a=a, b=b, c=c)) == [
        f"{a}街道{b}路6、8、9号及底楼所有门面、{b}路38号附1号至附7号门面", f"{c}街道{b}路20号公寓"]


# ---- 2. "2、A片区(1个):B村4组16号、3组14号": a 片区 counted as a community is, its label joined ------------------

_AREA_ONE = ("一、新增高风险区域\n(一){t}镇(2个)\n1、{a}社区(1个):翠锦路6号,春晓街3号;\n"
             "2、{b}片区(1个):{c}村4组16号、3组14号、1组4号附1号。\n高风险区域实行“区域封闭、足不出户、上门服务”管控措施。")


def test_counted_area_label_is_a_community() -> None:
    text = _AREA_ONE.format(t="金桃", a="阳光", b="福瑞", c="兴盛")
    for variant in _variants(text):
        assert _places(variant) == ["金桃镇阳光社区翠锦路6号", "金桃镇阳光社区春晓街3号",
                                    "金桃镇福瑞片区兴盛村4组16号、3组14号、1组4号附1号"]
    # near-miss: the 片区's count of two over two places is two places
    assert _places("一、新增高风险区域\n(一)金桃镇(3个)\n1、阳光社区(1个):翠锦路6号;\n"
                   "2、福瑞片区(2个):兴盛村4组16号、翠锦村3组14号。\n高风险区域实行管控措施。") == [
        "金桃镇阳光社区翠锦路6号", "金桃镇福瑞片区兴盛村4组16号", "金桃镇福瑞片区翠锦村3组14号"]


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL), invented_names(_SYL), invented_names(_SYL), invented_names(_SYL))
def test_counted_area_label_property(t: str, a: str, b: str, c: str) -> None:
    assume(no_real_city(t, a, b, c))
    assert _places(_AREA_ONE.format(t=t, a=a, b=b, c=c))[-1] == f"{t}镇{b}片区{c}村4组16号、3组14号、1组4号附1号"


# ---- 3. "自…起,A区部分区域划定为高风险区。": the district the lead draws areas of -----------------------------------

_LEAD = ("自2022年11月16日24:00时起,{d}部分区域划定为高风险区。\n高风险区\n(一)具体点位\n"
         "{t}镇春晓路1号附29号附近区域\n(二)管控措施\n1.实行封控管理。")


def test_lead_district_whose_areas_are_drawn() -> None:
    for variant in _variants(_LEAD.format(d="金桃区", t="阳光")):
        assert _read(variant) == [("high", "金桃区", ["阳光镇春晓路1号附29号附近区域"])]
    # near-miss: the lead names no district
    assert _read(_LEAD.format(d="", t="阳光")) == [("high", None, ["阳光镇春晓路1号附29号附近区域"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL), invented_names(_SYL))
def test_lead_district_property(d: str, t: str) -> None:
    assume(no_real_city(d, t))
    assert _read(_LEAD.format(d=f"{d}区", t=t)) == [("high", f"{d}区", [f"{t}镇春晓路1号附29号附近区域"])]


# ---- 4. "和区…指挥部研究" then "执行A区…指挥部《…》": the own office named once in full ---------------------------

_OWN_OFFICE = ("经专家研判和区新冠肺炎疫情防控指挥部研究,决定从2022年11月22日6时起,调整部分疫情风险区域。现通告如下:\n"
               "一、新增高风险区\n(一)具体点位\n{a}街道春晓社区翠锦园;\n{b}街道福瑞社区兴盛园。\n(二)管理措施\n"
               "1.实行封控管理。\n2.严格执行{d}新型冠状病毒肺炎疫情防控指挥部《关于加强社会面管控的通告》相关措施。")


def test_bare_own_office_named_in_a_measure() -> None:
    for variant in _variants(_OWN_OFFICE.format(a="阳光", b="幸福", d="渝北区")):
        assert _read(variant) == [("high", "渝北区", ["阳光街道春晓社区翠锦园", "幸福街道福瑞社区兴盛园"])]
    # near-miss: the own office spoken of as the city's (市), not a district's: no district
    assert _read(_OWN_OFFICE.format(a="阳光", b="幸福", d="渝北区").replace("和区新冠", "和市新冠")) == [
        ("high", None, ["阳光街道春晓社区翠锦园", "幸福街道福瑞社区兴盛园"])]
    # near-miss: two districts' offices named: no answer
    assert _read(_OWN_OFFICE.format(a="阳光", b="幸福", d="渝北区").replace(
        "相关措施。", "相关措施,及江北区疫情防控指挥部的要求。")) == [
        ("high", None, ["阳光街道春晓社区翠锦园", "幸福街道福瑞社区兴盛园"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL), invented_names(_SYL))
def test_bare_own_office_property(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    assert _read(_OWN_OFFICE.format(a=a, b=b, d="江北区")) == [
        ("high", "江北区", [f"{a}街道春晓社区翠锦园", f"{b}街道福瑞社区兴盛园"])]


# ---- 5. "11月22日0时起A2个高风险调为低风险": a count of a level's areas, no place -----------------------------------

_QUESTION = ("11月22日0时起{d}2个高风险调为低风险\n经研判,决定自2022年11月22日0时起,将以下高风险区调整为低风险区。"
             "现将有关事项通告如下:\n一、具体点位\n1.{a}街道:{a}街道春晓路69号。\n2.{b}街道:翠锦正街397号居民楼。\n"
             "二、后续防控措施\n实行“个人防护、避免聚集”等防控措施。")


def test_count_of_level_in_a_question_is_no_place() -> None:
    for variant in _variants(_QUESTION.format(d="金桃", a="阳光", b="幸福")):
        assert _places(variant) == ["阳光街道春晓路69号", "幸福街道翠锦正街397号居民楼"]
    # near-miss: a place with a number in its name is a place
    assert _places("低风险区:金桃村2组、阳光小区2栋") == ["金桃村2组", "阳光小区2栋"]


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL), invented_names(_SYL), invented_names(_SYL))
def test_count_of_level_property(d: str, a: str, b: str) -> None:
    assume(no_real_city(d, a, b) and a != b)
    assert _places(_QUESTION.format(d=d, a=a, b=b)) == [f"{a}街道春晓路69号", f"{b}街道翠锦正街397号居民楼"]
