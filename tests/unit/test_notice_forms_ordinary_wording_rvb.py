"""Ordinary notice wording near the lift rules that must give no place (reviewer rvb): people's measures ended, a
kind of site's rule, people of a level."""

from tests.unit.test_notice_parser_real_forms import levels_of


def test_a_lift_of_people_s_measures_lifts_no_place() -> None:
    assert levels_of("解除对返乡人员的管控措施。") == {}
    assert levels_of("解除对入境人员的封控管理,转为居家健康监测。") == {}
    assert levels_of("解除对外地来龙春镇人员的封控管理。") == {}
    assert levels_of("解除对车辆的临时交通管制。") == {}
    assert levels_of("解除对密切接触者的集中隔离管控措施。") == {}
    assert levels_of("解除对封控区内居民的管控措施。") == {}
    assert levels_of("解除返乡人员管控区管理。") == {}
    assert levels_of("居民封控区同步解除。") == {}
    assert levels_of("解除居民封控,纳入管控区管理。") == {}
    # (named places still read)
    assert levels_of("解除对金华小区、龙春村的封控措施。") == {"lifted": ["金华小区", "龙春村"]}
    assert levels_of("锦绣小区解除封控,纳入管控区管理。") == {"controlled": ["锦绣小区"]}


def test_a_lift_of_a_kind_of_site_lifts_no_place() -> None:
    assert levels_of("即日起解除农贸市场的临时管制,商户可正常营业。") == {}
    assert levels_of("解除学校的封闭管理,学生有序返校。") == {}
    assert levels_of("解除各农贸市场的封闭管理。") == {}


def test_a_ban_on_a_kind_of_site_seals_no_place() -> None:
    assert levels_of("禁止人员车辆进出农贸市场。") == {}
    assert levels_of("禁止一切人员和车辆进出龙春乡金华村。") == {"sealed": ["龙春乡金华村"]}


def test_people_of_a_level_are_no_place_of_it() -> None:
    assert levels_of("居民属于高风险区人员的,须居家隔离。") == {}
    assert levels_of("锦绣小区属于高风险区。") == {"high": ["锦绣小区"]}



def test_kinds_of_site_counted_or_put_under_everyday_measures_are_no_place() -> None:
    assert levels_of("农贸市场等12个场所解除封控管理。") == {}
    assert levels_of("将农贸市场由封控区调整为常态化防控。") == {}
    text = "龙春小区、星湾小区、锦绣花园共3个区域解除封控管理。"
    assert levels_of(text) == {"lifted": ["龙春小区", "星湾小区", "锦绣花园"]}
    assert levels_of("将金华村由高风险区调整为常态化防控。") == {"lifted": ["金华村"]}


def test_a_measure_for_people_vehicles_shops_or_a_kind_of_site_is_no_level() -> None:
    assert levels_of("将金华小区划定为封控区,同时对周边商户实行临时管控。") == {"sealed": ["金华小区"]}
    assert levels_of("对返乡人员实行封闭管理。") == {}
    assert levels_of("对外来车辆实行管控。") == {}
    assert levels_of("对辖区内商户实施封闭管理。") == {}
    assert levels_of("对学校实行封闭管理。") == {}
    assert levels_of("对重点人员实施管控。") == {}
    assert levels_of("对锦绣小区实施封闭管理。") == {"sealed": ["锦绣小区"]}


def test_a_level_extended_to_the_area_around_it_names_no_place() -> None:
    assert levels_of("高风险区范围扩大至周边区域,请居民做好防护。") == {}
    assert levels_of("高风险区范围扩大至金华小区全域。") == {"high": ["金华小区全域"]}


def test_a_lift_of_a_kind_of_site_or_people_designated_before_lifts_no_place() -> None:
    assert levels_of("对划定为封控区的居民解除封控。") == {}
    assert levels_of("对划定为管控区的小区解除管控。") == {}
    assert levels_of("解除农贸市场封闭管理。") == {}
    assert levels_of("农贸市场正式解封。") == {}
    assert levels_of("对划定为封控区的金华小区1号楼解除封控,居民凭证出入。") == {"lifted": ["金华小区1号楼"]}
    assert levels_of("解除金华村三组封闭管理。") == {"lifted": ["金华村三组"]}
    assert levels_of("金华农贸市场正式解封。") == {"lifted": ["金华农贸市场"]}


def test_every_division_of_a_kind_or_a_kind_of_site_adjusted_lifts_no_place() -> None:
    assert levels_of("解除对各村、社区的封控措施。") == {}
    assert levels_of("全县各乡镇等18个区域解除封控管理。") == {}
    assert levels_of("调整农贸市场临时管控措施,按照全市其他区域要求管控。") == {}
    assert levels_of("解除对金华村、锦绣社区的封控措施。") == {"lifted": ["金华村", "锦绣社区"]}
    assert levels_of("调整金华小区临时管控,按照其他区域疫情防控要求管控。") == {"lifted": ["金华小区"]}
