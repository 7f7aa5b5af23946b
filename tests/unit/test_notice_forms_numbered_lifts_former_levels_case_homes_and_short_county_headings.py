"""Forms of the twenty-first held-out set, each in variants written here (invented places): a numbered lift of a
level's management with the level the place goes to ("一、解除A高风险区域管控,由高风险区降为低风险区"), a place
whose note holds a 、 after a house number, the former level written with 原 before the place, a case's home
compound named before the place ("划定无症状感染者居住小区A为封控区"), houses described then 以及 a compound, and a
heading naming its county without 县 over numbered items that separate places with ";"."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

# ---- a numbered lift with the level it goes to ----------------------------------------------------------------

_LIFT_TO = ("某某区关于解除疫情防控风险区域管控的通告\n"
            "经专家组研判,决定解除某某区疫情防控风险区域管控。现通告如下:\n"
            "{enum}解除{place}高风险区域管控,由高风险区降为{to}风险区,实行“个人防护、避免聚集”等防控措施。\n"
            "二、某某区所有高风险区均已解除,全区实施常态化疫情防控措施。\n"
            "特此通告。\n")


def test_a_numbered_lift_with_the_level_it_goes_to() -> None:
    text = _LIFT_TO.format(enum="一、", place="城东街道金华路23号、25号(阳光市场南侧第一、第二商铺)", to="低")
    assert levels_of(text) == {"low": ["城东街道金华路23号、25号(阳光市场南侧第一、第二商铺)"]}


def test_a_numbered_lift_with_its_level_in_other_styles() -> None:
    numbered = _LIFT_TO.format(enum="1.", place="翠锦街道泽兴小区3栋", to="中")
    assert levels_of(numbered) == {"medium": ["翠锦街道泽兴小区3栋"]}
    full = _LIFT_TO.format(enum="(一)", place="春晓镇长风村", to="低").translate(HALF_TO_FULL)
    assert levels_of(full) == {"low": ["春晓镇长风村"]}
    assert levels_of(in_traditional(_LIFT_TO.format(enum="一、", place="鑫汇街道福瑞路8号", to="低"))) == {
        "low": ["鑫汇街道福瑞路8号"]}


def test_the_risk_areas_of_no_level_are_no_place() -> None:
    text = "经研判,决定解除某某区疫情防控风险区域管控。\n特此通告。\n"
    assert not any(places for places in levels_of(text).values())


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.integers(1, 199), st.integers(1, 199), st.sampled_from(["低", "中"]))
def test_a_numbered_lift_reads_one_place_whatever_its_numbers(name: str, a: int, b: int, to: str) -> None:
    place = f"{name}街道{name}路{a}号、{b + 200}号({name}市场第一、第二商铺)"
    level = {"低": "low", "中": "medium"}[to]
    assert levels_of(_LIFT_TO.format(enum="一、", place=place, to=to)) == {level: [place]}


# ---- the former level written with 原 before the place ----------------------------------------------------------

_FORMER = ("一、高风险区\n"
           "某某区城北街道(1个)\n"
           "{first}\n"
           "{sentence}\n"
           "以上区域实行“区域封闭、足不出户、服务上门”等管控措施。\n")


def test_the_former_level_with_yuan_before_the_place() -> None:
    text = _FORMER.format(first="金华路158号宿舍2梯",
                          sentence="将原中风险区春晓府1区5号楼调整为高风险区,该小区其余区域维持中风险区不变。")
    assert sorted(levels_of(text)["high"]) == ["城北街道金华路158号宿舍2梯", "春晓府1区5号楼"]


def test_the_former_level_in_other_wordings() -> None:
    for former in ("原中风险区", "原来的中风险区", "原中风险地区"):
        text = _FORMER.format(first="丽泽路9号", sentence=f"将{former}翠锦苑3栋调整为高风险区。")
        assert sorted(levels_of(text)["high"]) == ["城北街道丽泽路9号", "翠锦苑3栋"], former
    text = in_traditional(_FORMER.format(first="丽泽路9号", sentence="将原中风险区翠锦苑3栋调整为高风险区。"))
    assert sorted(levels_of(text)["high"]) == ["城北街道丽泽路9号", "翠锦苑3栋"]


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.integers(1, 30))
def test_the_former_level_is_no_part_of_the_place(name: str, building: int) -> None:
    place = f"{name}府{building}号楼"
    text = _FORMER.format(first="丽泽路9号", sentence=f"将原中风险区{place}调整为高风险区。")
    assert place in levels_of(text)["high"]


# ---- a case's home compound named before the place; houses described 以及 a compound -----------------------------

_CASE_HOME = ("经专家评估,对疫情重点区域实行圈层管理,\n"
              "划定{who}居住小区{street}{compound}为封控区,实行封闭管理;\n"
              "环绕{compound}的街道内圈的居民房以及{other}为管控区,区域内人员只进不出;\n"
              "{street}其他区域为防范区,减少人员聚集。\n")


def test_a_case_home_and_houses_described_then_a_compound() -> None:
    text = _CASE_HOME.format(who="无症状感染者", street="金华街道", compound="翠锦苑小区", other="春晓苑小区")
    assert levels_of(text) == {"sealed": ["金华街道翠锦苑小区"],
                               "controlled": ["环绕翠锦苑小区的街道内圈的居民房", "春晓苑小区"],
                               "precaution": ["金华街道其他区域"]}


def test_a_case_home_in_other_wordings() -> None:
    for who in ("确诊病例", "阳性感染者", "病例"):
        text = _CASE_HOME.format(who=who, street="长风街道", compound="丽泽园小区", other="星峰小区")
        assert levels_of(text)["sealed"] == ["长风街道丽泽园小区"], who
    full = _CASE_HOME.format(who="无症状感染者", street="长风街道", compound="丽泽园小区", other="星峰小区")
    assert levels_of(in_traditional(full.translate(HALF_TO_FULL)))["sealed"] == ["长风街道丽泽园小区"]


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_a_case_home_reads_its_place_whatever_its_name(compound: str, other: str) -> None:
    text = _CASE_HOME.format(who="无症状感染者", street="金华街道", compound=f"{compound}苑小区",
                             other=f"{other}家园小区")
    found = levels_of(text)
    assert found["sealed"] == [f"金华街道{compound}苑小区"]
    assert found["controlled"] == [f"环绕{compound}苑小区的街道内圈的居民房", f"{other}家园小区"]


# ---- a heading naming its county without 县, items separating places with ";" -----------------------------------

_SHORT_COUNTY = ("{county}高风险区\n\n"
                 "(一)具体点位\n\n"
                 "1.{town}镇{town}社区(东起{a}服务所,西起{b}服务站);{c}社区全域,{c}村1组老桥头整个区域、{c}村4组({a}桥-{b}电站);\n\n"
                 "2.{b}乡{a}坝社区沈家片及周边区域;\n\n"
                 "(二)管控措施\n\n"
                 "1.实行封控措施,期间“足不出户、上门采样”。\n")


def test_a_short_county_heading_over_items_with_semicolons() -> None:
    text = _SHORT_COUNTY.format(county="云阳", town="金华", a="阳光", b="翠锦", c="春晓")
    assert by_level(text) == {("high", "云阳"): [
        "金华镇金华社区(东起阳光服务所,西起翠锦服务站)", "春晓社区全域", "春晓村1组老桥头整个区域",
        "春晓村4组(阳光桥-翠锦电站)", "翠锦乡阳光坝社区沈家片及周边区域"]}


def test_a_short_county_heading_in_other_styles() -> None:
    for county in ("奉节", "城口", "巫山"):
        text = _SHORT_COUNTY.format(county=county, town="丽泽", a="星峰", b="锦绣", c="长风")
        assert len(by_level(text)[("high", county)]) == 5, county
    full = _SHORT_COUNTY.format(county="奉节", town="丽泽", a="星峰", b="锦绣", c="长风").translate(HALF_TO_FULL)
    assert len(levels_of(in_traditional(full))["high"]) == 5


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), st.sampled_from(["云阳", "奉节", "巫山"]))
def test_a_short_county_heading_reads_every_place(town: str, c: str, county: str) -> None:
    text = _SHORT_COUNTY.format(county=county, town=town, a="阳光", b="翠锦", c=c)
    places = by_level(text)[("high", county)]
    assert f"{c}社区全域" in places and f"{c}村1组老桥头整个区域" in places and len(places) == 5
