"""Forms of notices: runs of house numbers on several streets, the last with "及其围合区域" (the area its own
numbers enclose); a lift followed by the level the places are put under (",纳入管控区管理"), the places noted with
their former area's number ("A村(封控区9)"); a sentence's subject written as an area's bounds after commas
("A路以东,B路以西,C道以南,D道以北区域为防范区"); whole places as the subject of a lift with no level named
("A大楼正式解封", "分别是:A、B、C解除封闭管控"), and a place both closed and lifted in a report of its history;
2020's closure of a village to people and vehicles ("实施限制人员、车辆进出的管控措施"). Each form in variants
written here (invented places, other numbering, traditional characters, full-width punctuation) and a property over
generated names."""

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

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- runs of house numbers on several streets, the last with the area it encloses ---------------------------

def test_house_number_runs_with_its_enclosed_area_on_the_last() -> None:
    text = ("综合考虑病例的活动轨迹等因素,将朝阳北街2号、4号、6号,柳荫胡同11号、13号、甲15号,"
            "青石二条1号、3号、5号及其围合区域划为管控区,管控起算时间自2022年5月20日12时起。")
    assert levels_of(text) == {"controlled": ["朝阳北街2号、4号、6号", "柳荫胡同11号、13号、甲15号",
                                              "青石二条1号、3号、5号及其围合区域"]}


def test_house_number_runs_with_its_enclosed_area_traditional_full_width() -> None:
    text = in_traditional("将槐树街8号、10号,杏花里3号、5号、7号及其围合区域划定为封控区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["槐树街8号、10号", "杏花里3号、5号、7号及其围合区域"]}


def test_one_run_with_its_enclosed_area() -> None:
    text = "经研判,将南苑路17号、19号、21号及其所围合区域划为防范区。"
    assert levels_of(text) == {"precaution": ["南苑路17号、19号、21号及其所围合区域"]}


def test_compound_and_its_enclosed_area() -> None:
    text = "现将金桥小区及其围合区域划为管控区。"
    assert levels_of(text) == {"controlled": ["金桥小区及其围合区域"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True), st.integers(1, 60))
def test_house_number_runs_property(streets: list[str], first: int) -> None:
    runs = [f"{street}路{first + k}号、{first + k + 2}号" for k, street in enumerate(streets)]
    text = f"将{','.join(runs)}及其围合区域划为管控区。"
    assert levels_of(text) == {"controlled": [*runs[:-1], runs[-1] + "及其围合区域"]}


# --- a lift, then the level the places are put under; numbered level notes ---------------------------------

def test_lift_then_put_under_controlled_with_numbered_notes() -> None:
    text = ("研究决定:\n自2021年10月3日0时起,对城南街道李家村(封控区9)、白沙镇石岭村(封控区14)、"
            "城南街道枫林社区(封控区25)解除封控,纳入管控区管理。")
    assert levels_of(text) == {"controlled": ["城南街道李家村", "白沙镇石岭村", "城南街道枫林社区"]}


def test_lift_then_put_under_traditional_with_doubled_commas() -> None:
    text = in_traditional("自2021年10月5日0時起,,對柳溪鎮河口村(封控區3)、,柳溪鎮上坪村(封控區第4號)解除封控,,"
                          "納入管控區管理,。")
    assert levels_of(text) == {"controlled": ["柳溪镇河口村", "柳溪镇上坪村"]}


def test_lift_then_managed_as_precaution() -> None:
    text = "即日起,对金桥街道翠湖社区(管控区2)、金桥街道星光社区(管控区5)解除管控,按防范区管理。"
    assert levels_of(text) == {"precaution": ["金桥街道翠湖社区", "金桥街道星光社区"]}


def test_lift_alone_with_numbered_notes() -> None:
    text = "自10月3日起,对城南街道李家村(封控区9)、白沙镇石岭村(封控区14)解除封控。"
    result = by_level(text)
    assert [p for places in result.values() for p in places] == ["城南街道李家村", "白沙镇石岭村"]
    assert {level for level, _ in result} == {"lifted"}


def test_lift_between_its_verb_and_closure_word_then_put_under() -> None:
    text = "即日起,解除柳溪镇河口村、柳溪镇上坪村封控,纳入管控区管理。"
    assert levels_of(text) == {"controlled": ["柳溪镇河口村", "柳溪镇上坪村"]}


def test_places_lifted_as_subject_then_put_under_traditional() -> None:
    text = in_traditional("經研究,柳溪鎮河口村、柳溪鎮上坪村解除封控,納入管控區管理。")
    assert levels_of(text) == {"controlled": ["柳溪镇河口村", "柳溪镇上坪村"]}


def test_place_unsealed_then_adjusted_to_low_full_width() -> None:
    text = "经研究,柳溪镇河口村已解封,调整为低风险区。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"low": ["柳溪镇河口村"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True), st.integers(1, 40),
       st.sampled_from(["纳入管控区管理", "转入管控区", "按管控区管理", "列入管控区"]))
def test_lift_then_put_under_property(villages: list[str], number: int, then: str) -> None:
    places = [f"青山镇{v}村" for v in villages]
    noted = "、".join(f"{p}(封控区{number + k})" for k, p in enumerate(places))
    text = f"自2021年10月3日0时起,对{noted}解除封控,{then}。"
    assert levels_of(text) == {"controlled": places}


# --- a sentence's subject written as an area's bounds after commas ------------------------------------------

def test_bounds_after_commas_as_the_subject() -> None:
    text = ("根据我区重点人员核酸检测结果及风险研判,动态调整社区管控范围,具体情况公布如下:\n一、范围\n"
            "建设路与人民道交口以东,解放公路以西,和平道以南,光明道以北区域(除封控区、管控区外)为防范区。\n"
            "二、时间\n3月21日至3月27日,共7天。")
    assert levels_of(text) == {"precaution": ["建设路与人民道交口以东,解放公路以西,和平道以南,"
                                              "光明道以北区域(除封控区、管控区外)"]}


def test_three_bounds_after_commas_full_width() -> None:
    text = "经研究,建设路以东,人民路以西,解放路以南区域为管控区。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["建设路以东,人民路以西,解放路以南区域"]}


def test_bounds_after_commas_traditional() -> None:
    text = in_traditional("长江路以东,黄河路以西,中山道以南,北环道以北区域为防范区。")
    assert levels_of(text) == {"precaution": ["长江路以东,黄河路以西,中山道以南,北环道以北区域"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=3, max_size=4, unique=True), st.sampled_from(["管控区", "防范区", "封控区"]))
def test_bounds_after_commas_property(roads: list[str], level: str) -> None:
    sides = ["以东", "以西", "以南", "以北"]
    area = ",".join(f"{road}路{side}" for road, side in zip(roads, sides, strict=False)) + "区域"
    text = f"根据疫情防控需要,{area}为{level}。"
    assert list(levels_of(text).values()) == [[area]]


# --- whole places as the subject of a lift; a place closed and lifted in one report ---------------------------

def test_subject_lifted_in_a_report() -> None:
    text = ("据城关区政府官方微博消息,6月9日,经城关区疫情防控指挥部同意,城关区百货大楼正式解封。\n"
            "2月1日,因涉及确诊病例,街道对百货大楼严格实施封闭式管理。\n"
            "6月9日,经区疫情防控指挥部同意,街道组织拆除了百货大楼周边的围挡,百货大楼正式解封。")
    assert levels_of(text) == {"lifted": ["百货大楼", "百货大楼"]}


def test_subjects_lifted_after_a_decision() -> None:
    text = "经研究决定,金桥小区、星光家园、河东村已解除封闭管理。"
    assert levels_of(text) == {"lifted": ["金桥小区", "星光家园", "河东村"]}


def test_subject_lifted_traditional() -> None:
    text = in_traditional("經指揮部同意,錦繡花園、長風小區正式解封。")
    assert levels_of(text) == {"lifted": ["锦绣花园", "长风小区"]}


def test_lift_list_with_the_verb_after_its_last_place() -> None:
    text = "据了解,目前解封的3个小区分别是:金桥小区、星光家园、交通局家属院解除封闭管控。"
    assert levels_of(text) == {"lifted": ["金桥小区", "星光家园", "交通局家属院"]}


def test_no_lift_of_a_time_or_a_count() -> None:
    text = ("该百货大楼自1月26日停业封闭,直至6月9日解封。\n北京海淀这5个小区正式解封\n"
            "社区解封后并不意味着解除疫情防控管理。")
    assert levels_of(text) == {}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True),
       st.sampled_from(["正式解封", "已解封", "解除封闭管理", "解除封控", "予以解封"]))
def test_subject_lifted_property(names: list[str], verb: str) -> None:
    places = [f"{n}小区" for n in names]
    text = f"经指挥部研究同意,{'、'.join(places)}{verb}。"
    assert levels_of(text) == {"lifted": places}


# --- 2020's closure to people and vehicles ------------------------------------------------------------------

def test_village_closed_to_people_and_vehicles_for_a_time() -> None:
    text = ("截止2月8日,我县共报告确诊病例5例,其中石门镇河口村3例。为切实做好河口村疫情防控工作,根据有关法律要求,"
            "对河口村在最后一例病例发病时间(2月1日)后14天内实施限制人员、车辆进出的管控措施。")
    assert levels_of(text) == {"sealed": ["河口村"]}


def test_villages_closed_to_people_and_vehicles_traditional() -> None:
    text = in_traditional("決定對柳溪鎮上坪村、柳溪鎮下坪村實施禁止人員和車輛出入的封閉措施。")
    assert levels_of(text) == {"sealed": ["柳溪镇上坪村", "柳溪镇下坪村"]}


def test_compound_closed_to_people_and_vehicles_from_a_day() -> None:
    text = "对金桥小区自2月3日起实行严格限制人员车辆进出的管理。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["金桥小区"]}


def test_closure_with_its_start_between_place_and_verb() -> None:
    assert levels_of("对柳溪镇河口村、柳溪镇上坪村从2月3日8时起实行封闭管理。") == {
        "sealed": ["柳溪镇河口村", "柳溪镇上坪村"]}


def test_closure_with_its_start_traditional() -> None:
    assert levels_of(in_traditional("對河口村自2月3日起實施封閉式管理。")) == {"sealed": ["河口村"]}


def test_village_closed_as_a_village_full_width() -> None:
    assert levels_of("决定自2月5日起,对石岭村实行封村管理。".translate(HALF_TO_FULL)) == {"sealed": ["石岭村"]}


def test_roads_closed_to_traffic_are_no_place() -> None:
    text = "对出入县城的道路实施限制人员、车辆进出的管控措施。"
    assert levels_of(text) == {}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=3, unique=True), st.integers(7, 21))
def test_closed_to_traffic_property(villages: list[str], days: int) -> None:
    places = [f"{v}村" for v in villages]
    text = f"对{'、'.join(places)}在{days}天内实施限制人员、车辆进出的管控措施。"
    assert levels_of(text) == {"sealed": places}


def test_headline_of_a_lift_without_its_stop_lifts_nothing() -> None:
    assert levels_of("北京海淀金桥小区正式解封") == {}


def test_lists_set_and_lifted_under_two_headings_are_both_kept() -> None:
    text = "一、新增封控区:\n金桥小区。\n二、解除封控区:\n金桥小区。"
    assert levels_of(text) == {"sealed": ["金桥小区"], "lifted": ["金桥小区"]}


def test_sentences_closing_then_lifting_a_village_full_width() -> None:
    text = ("1月28日,对柳溪镇河口村实行封闭管理。\n"
            "2月20日,经县指挥部同意,柳溪镇河口村解除封闭管理。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["柳溪镇河口村"]}
