"""Ordinary notice wording near the rules of the first part of the normalizing stage, which those rules misread
before their guards were narrowed (invented places; each form common in plain notices): the measures put on people,
vehicles, a kind of site or a gate after 对; a place drawn at its level, then told its measures after 对, as kept on,
as managed by its level, or by its level's time restarting; a hospital closed to visitors; schools with cases
closed by their kind after 等; a town's residents kept silent longer; the second part of a designated compound."""

from __future__ import annotations

from tests.unit.test_notice_parser_real_forms import levels_of

_HEAD = "关于划定风险区域的通告\n"
_TAIL = "\n特此通告。\n春风县疫情防控指挥部\n2022年11月20日"


# --- 对 + people, vehicles, a kind of site, a gate: measures, no place ---------------------------------------------

def test_a_control_of_people_from_elsewhere_names_no_place() -> None:
    text = _HEAD + "将幸福小区划定为封控区。对外来人员实行管控。" + _TAIL
    assert levels_of(text) == {"sealed": ["幸福小区"]}


def test_a_control_of_vehicles_entering_a_village_names_no_place() -> None:
    text = _HEAD + "将春风村划为高风险区。对进入春风村的车辆实行管控。" + _TAIL
    assert levels_of(text) == {"high": ["春风村"]}


def test_a_control_of_the_residents_inside_names_no_place() -> None:
    text = _HEAD + "将幸福小区划为管控区。对区域内居民实行管控措施,人不出区。" + _TAIL
    assert levels_of(text) == {"controlled": ["幸福小区"]}


def test_a_closure_of_people_returning_home_names_no_place() -> None:
    text = _HEAD + "将幸福小区划为封控区。对返乡人员实行封闭管理。" + _TAIL
    assert levels_of(text) == {"sealed": ["幸福小区"]}


def test_a_closure_of_the_schools_of_the_jurisdiction_names_no_place() -> None:
    text = _HEAD + "将春风村划为封控区。对辖区内学校实行封闭管理。" + _TAIL
    assert levels_of(text) == {"sealed": ["春风村"]}


def test_a_closure_of_care_homes_names_no_place() -> None:
    text = _HEAD + "将幸福小区划为封控区。对辖区内养老院、福利院实行封闭管理。" + _TAIL
    assert levels_of(text) == {"sealed": ["幸福小区"]}


def test_a_control_of_the_compound_gates_names_no_place() -> None:
    text = _HEAD + "将幸福小区3栋划为封控区。对小区出入口实行管控。" + _TAIL
    assert levels_of(text) == {"sealed": ["幸福小区3栋"]}


# --- a place drawn at a level before, then told its measures: one level, named once -------------------------------

def test_a_compound_drawn_sealed_then_its_sealing_after_dui_is_named_once() -> None:
    text = _HEAD + "将幸福小区划为封控区。对幸福小区实行封控管理,期间足不出户。" + _TAIL
    assert levels_of(text) == {"sealed": ["幸福小区"]}


def test_a_compound_drawn_controlled_then_its_control_kept_on_is_named_once() -> None:
    text = _HEAD + "将幸福小区划为管控区。幸福小区继续实行管控政策。" + _TAIL
    assert levels_of(text) == {"controlled": ["幸福小区"]}


def test_a_compound_drawn_sealed_then_managed_as_its_level_is_named_once() -> None:
    text = _HEAD + "将幸福小区划为封控区。幸福小区按封控区管理。" + _TAIL
    assert levels_of(text) == {"sealed": ["幸福小区"]}


def test_a_building_drawn_high_then_its_compound_s_high_area_time_restarted_gives_no_compound() -> None:
    text = _HEAD + "幸福小区3栋划为高风险区。幸福小区高风险区管理时间从11月27日起重新计算。" + _TAIL
    assert levels_of(text) == {"high": ["幸福小区3栋"]}


# --- an institution closed under its own regime; the kind closing a list of places with cases -------------------

def test_a_hospital_closed_to_visitors_is_no_sealed_area() -> None:
    text = _HEAD + "将幸福小区划为封控区。春风县人民医院实行封闭式管理,暂停探视。" + _TAIL
    assert levels_of(text) == {"sealed": ["幸福小区"]}


def test_schools_with_cases_under_a_temporary_control_are_named_without_their_kind_after_deng() -> None:
    text = _HEAD + "将幸福小区划为高风险区。春风中学、和平小学等学校也出现阳性感染者,已实施临时管控。" + _TAIL
    assert levels_of(text) == {"high": ["幸福小区"], "controlled": ["春风中学", "和平小学"]}


def test_the_silent_management_of_a_town_s_residents_prolonged_names_no_place() -> None:
    text = _HEAD + "将幸福小区划为封控区。对春风镇居民延长静默管理时间至12月5日。" + _TAIL
    assert levels_of(text) == {"sealed": ["幸福小区"]}


def test_the_second_part_of_a_designated_compound_after_a_comma_keeps_its_compound() -> None:
    text = _HEAD + "幸福小区划定为中风险地区。其中第2栋为封控区,第3栋为管控区。" + _TAIL
    assert levels_of(text) == {"medium": ["幸福小区"], "sealed": ["幸福小区第2栋"], "controlled": ["幸福小区第3栋"]}
