"""Forms of notices that lift a place's temporary control with 的 before it ("解除A镇B小区的临时管控措施"), put places
under a level's area with its 区 written ("对A小区2号楼实施封控区管理", "B院实施管控区管理"), name their places and
level in the lead before the formula ("将A村、B村划为管控区,现通告如下:"), keep a lifted place's people under a
lower level ("解除封控,人员继续按管控区管理4天"), change a level on a condition yet to be met ("若连续10天未发现
阳性感染者,则由封控区转为管控区"), write an area's exception in front after a comma ("…,除外E胡同,划定为管控区")
with a note that it is already under control ("(现管控范围)"), lift static management with no object after the
district was silenced whole ("我区实施全域静态管理以来…定于…起解除静态管理"), label a whole county's kinds of
place ("封控区域:A县全域所有村、社区、门店实行封闭管理") and restart a place's time at its level ("A小区5栋高风险区
管理时间从11月27日起重新计算"). Each form in variants written here (invented places, the wording of the real
forms: other separators, traditional characters, full-width punctuation), and properties over generated parts."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


def _variants(text: str) -> list[str]:
    return [text, in_traditional(text), text.translate(HALF_TO_FULL)]


def _simplified(found: dict[str, list[str]]) -> dict[str, list[str]]:
    return {level: sorted(places) for level, places in found.items()}


# --- 的 between a place and its temporary control, lifted --------------------------------------------------

@pytest.mark.parametrize("text", [
    *_variants("自2022年11月30日18时起,解除金华镇翠峰花园一期的临时管控措施。"),
    "按照有关规定,自12月1日10时起,解除春晓街道龙泽苑的临时管控措施。至此,全镇转为常态化防控。",
])
def test_lift_of_a_temporary_control_with_de(text: str) -> None:
    places = levels_of(text)["lifted"]
    assert len(places) == 1 and not places[0].endswith("的")


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from(["小区", "花园", "村", "社区"]))
def test_any_lift_of_a_temporary_control_with_de(town: str, place: str, kind: str) -> None:
    assume(town != place)
    text = f"自2022年12月1日8时起,解除{town}镇{place}{kind}的临时管控措施。"
    assert levels_of(text) == {"lifted": [f"{town}镇{place}{kind}"]}


# --- places under a level's area management, 区 written --------------------------------------------------

_ZONES = ("甘东街道阳光佳苑小区2号楼解除说明:\n一、阳光佳苑小区封控、管控措施\n"
          "对阳光佳苑小区2号楼实施封控区管理,封控时间至5月13日24时;\n"
          "对阳光佳苑小区1号、3号楼实施管控区管理,管控时间至5月13日24时。\n"
          "二、翠峰社区封控、管控措施\n对翠峰社区北1号楼实施封控区管理,封控时间至5月16日6时;\n"
          "对翠峰社区北2号楼、3号楼及其所含平房区实施管控区管理,管控时间至5月16日6时。\n"
          "三、星景路13号院封控措施\n星景路13号院实施封控区管理,封控时间至5月13日8时止。")
_ZONES_FOUND = {"sealed": ["星景路13号院", "翠峰社区北1号楼", "阳光佳苑小区2号楼"],
                "controlled": ["翠峰社区北2号楼、3号楼及其所含平房区", "阳光佳苑小区1号、3号楼"]}


@pytest.mark.parametrize("text", _variants(_ZONES))
def test_places_under_a_level_area_management(text: str) -> None:
    assert _simplified(levels_of(text)) == _ZONES_FOUND


@settings(max_examples=25, deadline=None)
@given(name, name, st.integers(1, 30), st.sampled_from(["实施", "实行"]), st.sampled_from(["对", ""]))
def test_any_place_under_a_level_area_management(first: str, second: str, n: int, verb: str, dui: str) -> None:
    assume(first != second)
    text = (f"一、{dui}{first}小区{n}号楼{verb}封控区管理,封控时间至5月13日24时;\n"
            f"二、{dui}{second}家园{verb}管控区管理,管控时间至5月13日24时。")
    assert levels_of(text) == {"sealed": [f"{first}小区{n}号楼"], "controlled": [f"{second}家园"]}


# --- the lead names its places and level, then the formula ------------------------------------------------

@pytest.mark.parametrize("text", _variants(
    "关于实施金华镇龙泽村等区域管控的通告\n经研究,决定自2022年1月14日起对金华镇龙泽村、春晓村、翠峰村实施管控,"
    "现通告如下:\n一、管控期间,管控区范围内实行封闭隔离,只进不出。\n二、其他车辆、人员一律禁止出入。"))
def test_lead_with_its_own_places_then_the_formula(text: str) -> None:
    assert _simplified(levels_of(text)) == {"controlled": ["春晓村", "翠峰村", "金华镇龙泽村"]}


@settings(max_examples=25, deadline=None)
@given(name, name, name, st.sampled_from(["划为管控区", "划定为封控区"]),
       st.sampled_from(["现通告如下:", "现将有关事项通告如下:"]))
def test_any_lead_with_its_own_places_then_the_formula(town: str, first: str, second: str, target: str,
                                                       formula: str) -> None:
    assume(len({town, first, second}) == 3)
    text = f"经研究,决定自2022年1月14日起将{town}镇{first}村、{second}村{target},{formula}\n一、请居民足不出户。"
    level = "controlled" if "管控" in target else "sealed"
    assert _simplified(levels_of(text)) == {level: sorted([f"{town}镇{first}村", f"{second}村"])}


# --- a lifted place's people kept under a lower level -----------------------------------------------------

@pytest.mark.parametrize("text", _variants(
    "二、重点风险点位封控管控措施\n1.金华大厦、龙泽小区31号楼,于5月21日24时解除封控,人员继续按管控区管理4天。\n"
    "2.龙泽小区31号楼外区域,于5月21日24时解除管控,人员继续开展4天健康监测。"))
def test_people_kept_under_a_lower_level_after_a_lift(text: str) -> None:
    assert _simplified(levels_of(text)) == {"controlled": ["金华大厦", "龙泽小区31号楼"],
                                            "lifted": ["龙泽小区31号楼外区域"]}


@settings(max_examples=25, deadline=None)
@given(name, st.integers(1, 40), st.sampled_from(["人员", "居民"]), st.integers(3, 7))
def test_any_people_kept_under_a_lower_level(place: str, n: int, who: str, days: int) -> None:
    text = f"1.{place}小区{n}号楼,于5月21日15时解除封控,{who}继续按管控区管理{days}天。"
    assert levels_of(text) == {"controlled": [f"{place}小区{n}号楼"]}


# --- a condition's change, an exception written in front, an area already under control --------------------

@pytest.mark.parametrize("text", _variants(
    "现将金华街道相关区域划定封管控区通告如下:\n一、将龙泽胡同划为封控区。自2022年5月25日9:20起,封控10天,"
    "若连续10天未发现阳性感染者,则由封控区转为管控区。\n二、将西至春晓胡同西口、东至春晓胡同东口、南至翠峰胡同南口、"
    "北至翠峰胡同北口(现管控范围),除外星景胡同,划定为管控区。"))
def test_conditional_change_and_exception_in_front(text: str) -> None:
    assert levels_of(text) == {"sealed": ["龙泽胡同"], "controlled": [
        "西至春晓胡同西口、东至春晓胡同东口、南至翠峰胡同南口、北至翠峰胡同北口,除外星景胡同"]}


@settings(max_examples=25, deadline=None)
@given(name, st.integers(5, 14), st.sampled_from(["若", "如果"]), st.sampled_from(["管控区", "防范区"]))
def test_any_conditional_change_names_no_place(place: str, days: int, cond: str, lower: str) -> None:
    text = (f"一、将{place}胡同划为封控区。自2022年5月25日起,封控{days}天,{cond}连续{days}天未发现阳性感染者,"
            f"则由封控区转为{lower}。")
    assert levels_of(text) == {"sealed": [f"{place}胡同"]}


# --- a whole district's static management lifted without an object ----------------------------------------

@pytest.mark.parametrize(("text", "district"), [
    ("金华经济开发区应对疫情工作领导小组办公室关于解除域内静态管理的通告\n广大居民朋友:\n自4月20日我区实施全域静态"
     "管理以来,已连续开展7轮核酸检测。经充分研判,定于4月28日早上6时起解除静态管理。\n金华经济开发区应对疫情工作"
     "领导小组办公室\n2022年4月27日", "金华经济开发区"),
    (in_traditional("郏县疫情防控指挥部通告\n自5月14日零时我县实施静态管理以来,疫情形势向好。经研判,决定于5月26日零时起"
                    "解除静态管理。\n郏县疫情防控指挥部\n2022年5月25日"), "郏县"),
    ("滑县疫情防控指挥部通告\n自5月14日零时全县实行临时静默管理以来,疫情形势向好。经研判,定于5月26日零时起有序解除"
     "静默管理。\n滑县疫情防控指挥部\n2022年5月25日".translate(HALF_TO_FULL), "滑县"),
])
def test_bare_silent_lift_after_the_whole_district_was_silenced(text: str, district: str) -> None:
    assert by_level(text) == {("lifted", district): [district]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["郏县", "滑县", "平遥县", "纳雍县"]), st.integers(2, 27),
       st.sampled_from(["定于", "决定于", "于"]))
def test_any_bare_silent_lift_after_the_whole_county_was_silenced(county: str, day: int, when: str) -> None:
    text = (f"{county}疫情防控指挥部通告\n自4月{day}日我县实施全域静态管理以来,疫情形势向好。经研判,{when}5月1日"
            f"6时起解除静态管理。\n{county}疫情防控指挥部\n2022年4月30日")
    assert by_level(text) == {("lifted", county): [county]}


# --- a whole county's kinds of place under its label ------------------------------------------------------

@pytest.mark.parametrize("text", _variants(
    "滑县疫情防控指挥部通告\n经研究,决定实施全域封控管理,现将有关事项通告如下:\n1.封控时间:自2022年4月20日8:00起实施全域封控管理。\n"
    "2.封控区域:滑县全域所有村、社区、门店、企业实行封闭管理。每个村、社区只保留一个出入口。"))
def test_whole_county_with_its_kinds_of_place(text: str) -> None:
    assert by_level(text) == {("sealed", "滑县"): ["滑县"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["郏县", "平遥县", "纳雍县", "永丰县"]),
       st.lists(st.sampled_from(["村", "社区", "小区", "门店", "企业", "单位"]), min_size=1, max_size=4, unique=True),
       st.sampled_from(["所有", "全部", ""]))
def test_any_whole_county_with_its_kinds_of_place(county: str, kinds: list[str], every: str) -> None:
    text = (f"{county}疫情防控指挥部通告\n经研究,决定实施全域封控管理,现将有关事项通告如下:\n"
            f"2.封控区域:{county}全域{every}{'、'.join(kinds)}实行封闭管理。\n3.封控期间,居民足不出户。")
    assert by_level(text) == {("sealed", county): [county]}


# --- a place's time at its level restarted ---------------------------------------------------------------

@pytest.mark.parametrize("text", _variants(
    "一、自2022年11月27日起,将金华街道龙泽小区1号5栋调整为低风险区。\n"
    "二、因发现新增感染者,金华街道翠峰府邸55栋高风险区管理时间从11月27日起重新计算。"))
def test_level_time_restarted(text: str) -> None:
    assert levels_of(text) == {"low": ["金华街道龙泽小区1号5栋"], "high": ["金华街道翠峰府邸55栋"]}


@settings(max_examples=25, deadline=None)
@given(name, st.integers(1, 60), st.sampled_from(["高风险区", "封控区"]), st.sampled_from(["重新计算", "顺延"]))
def test_any_level_time_restarted(place: str, n: int, level: str, verb: str) -> None:
    text = f"三、因发现新增感染者,{place}小区{n}栋{level}管理时间从11月27日起{verb}。"
    assert levels_of(text) == {"high" if level == "高风险区" else "sealed": [f"{place}小区{n}栋"]}
