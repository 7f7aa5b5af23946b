"""Forms of notices that list a building's numbered doors then bare buildings after commas ("A园3号楼1、3、4门,
1号楼,2号楼"), bound an area by roads "围合的物理区域", head numbered items "二、解除以下区域中风险区管理" without a
colon, number two groups of the three levels' areas "(二)“三区”2" (a reworded copy: "“第三区”2"), and report a
lowering after the places' earlier levels told with a past day ("A市于3月15日将B调整为中风险地区…自4月15日起,将B
调整为低风险地区"). Each form in variants written here (invented places, the wording of the real forms,
traditional characters, full-width punctuation), properties over generated names, and near-misses that must
read no place."""

from __future__ import annotations

from hypothesis import given, settings

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- a building's numbered doors, then bare buildings after commas: one place -----------------------------

def test_doors_then_bare_buildings_are_one_place() -> None:
    text = "自6月6日7:00起,将金桥镇翠锦园3号楼1、3、4门,1号楼,2号楼调整为防范区。"
    assert levels_of(text) == {"precaution": ["金桥镇翠锦园3号楼1、3、4门,1号楼,2号楼"]}


def test_a_door_then_a_bare_building_after_a_mark() -> None:
    text = "自5月2日0时起,将星峰街道春晓里6号楼2门、5号楼调整为管控区。"
    assert levels_of(text) == {"controlled": ["星峰街道春晓里6号楼2门、5号楼"]}


def test_doors_numbered_with_hao_traditional_and_full_width() -> None:
    text = in_traditional("自6月6日7:00起,将龙泽镇锦绣苑2号楼13号门,4号楼调整为防范区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"precaution": ["龙泽镇锦绣苑2号楼13号门,4号楼"]}


@settings(max_examples=20, deadline=None)
@given(name)
def test_any_estate_doors_and_buildings_are_one_place(estate: str) -> None:
    text = f"自6月6日7:00起,将石门镇{estate}园3号楼1、2门,1号楼,2号楼调整为防范区。"
    assert levels_of(text) == {"precaution": [f"石门镇{estate}园3号楼1、2门,1号楼,2号楼"]}


def test_a_gate_by_its_side_is_no_door_number() -> None:
    text = "自5月2日0时起,将金桥小区北门、翠锦小区调整为管控区。"
    assert levels_of(text) == {"controlled": ["金桥小区北门", "翠锦小区"]}


# --- roads bounding "围合的物理区域": one area ----------------------------------------------------------------

def test_bounds_enclosing_a_physical_area_are_one_place() -> None:
    text = ("二、管控区为星峰街道金桥路以东至丽泽一路、春晓路以北至翠锦路围合的物理区域。"
            "区域内实行“人不出区、严禁聚集”。")
    assert levels_of(text) == {"controlled": ["星峰街道金桥路以东至丽泽一路、春晓路以北至翠锦路围合的物理区域"]}


def test_roads_enclosing_a_physical_area_traditional() -> None:
    text = in_traditional("一、封控区为龙泽街道兴盛路、福瑞路、长风路围合的物理区域。")
    assert levels_of(text) == {"sealed": ["龙泽街道兴盛路、福瑞路、长风路围合的物理区域"]}


def test_bounds_enclosing_a_physical_area_full_width() -> None:
    text = "三、防范区为金桥街道春晓路以南至兴盛路、丽泽路以西至长风路围合的物理区域。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"precaution": ["金桥街道春晓路以南至兴盛路、丽泽路以西至长风路围合的物理区域"]}


@settings(max_examples=20, deadline=None)
@given(name, name, name)
def test_any_bounds_of_a_physical_area_are_one_place(a: str, b: str, c: str) -> None:
    place = f"星峰街道{a}路以东至{b}路、{c}路以北至翠锦路围合的物理区域"
    assert levels_of(f"二、管控区为{place}。") == {"controlled": [place]}


# --- "解除以下区域中风险区管理" over numbered items, no colon: a lift ---------------------------------------

def test_a_lift_heading_without_a_colon_over_numbered_items() -> None:
    text = "二、解除以下区域中风险区管理\n1.金桥街道丽泽路8号至28号;\n2.星峰街道春晓路44号翠锦花园。"
    assert levels_of(text) == {"lifted": ["金桥街道丽泽路8号至28号", "星峰街道春晓路44号翠锦花园"]}


def test_a_lift_heading_without_a_colon_traditional() -> None:
    text = in_traditional("一、解除下列区域高风险区管理\n(1)龙泽街道兴盛社区锦绣小区\n(2)龙泽街道福瑞社区长风家园")
    assert levels_of(text) == {"lifted": ["龙泽街道兴盛社区锦绣小区", "龙泽街道福瑞社区长风家园"]}


def test_a_lift_heading_without_a_colon_full_width() -> None:
    text = "三、解除以下区域的封控区管控\n1、金桥镇春晓村(含底层商铺);\n2、金桥镇丽泽村。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["金桥镇春晓村(含底层商铺)", "金桥镇丽泽村"]}


def test_a_lift_heading_without_a_colon_in_other_numbering_styles() -> None:
    # (a space after the heading's number, items numbered "1)", lines indented: the corpus-variants rewritings of 1317)
    text = "  二、 解除以下区域中风险区管理\n\n  1) 金桥街道丽泽路8号至28号;\n\n  2) 星峰街道春晓路44号翠锦花园。"
    assert levels_of(text) == {"lifted": ["金桥街道丽泽路8号至28号", "星峰街道春晓路44号翠锦花园"]}
    text = "(二)解除下列区域高风险区管理\n(1) 龙泽街道兴盛社区锦绣小区\n(2) 龙泽街道福瑞社区长风家园"
    assert levels_of(text) == {"lifted": ["龙泽街道兴盛社区锦绣小区", "龙泽街道福瑞社区长风家园"]}


@settings(max_examples=20, deadline=None)
@given(name, name)
def test_any_lift_heading_without_a_colon(a: str, b: str) -> None:
    text = f"二、解除以下区域中风险区管理\n1.石门街道{a}小区;\n2.石门街道{b}花园。"
    assert levels_of(text) == {"lifted": [f"石门街道{a}小区", f"石门街道{b}花园"]}


def test_lifted_measures_in_a_sentence_are_no_lift_heading() -> None:
    text = "二、解除以下区域中风险区管理后,居民继续做好个人防护。\n1.加强个人防护;\n2.避免聚集。"
    assert "lifted" not in levels_of(text)


# --- "(二)“三区”2": the next group's title, no place -------------------------------------------------------

def _groups(label: str) -> str:
    return (f"一、“三区”范围\n(一){label}1\n封控区:金桥镇丽泽小区10号楼;\n防范区:春晓路以东,兴盛路以南。\n"
            f"(二){label}2\n封控区:星峰镇锦绣苑25栋;\n防范区:长风路以东,福瑞路以南。")


_GROUPS = {"sealed": ["金桥镇丽泽小区10号楼", "星峰镇锦绣苑25栋"],
           "precaution": ["春晓路以东,兴盛路以南", "长风路以东,福瑞路以南"]}


def test_numbered_three_areas_groups_are_titles() -> None:
    assert levels_of(_groups("“三区”")) == _GROUPS


def test_numbered_three_areas_groups_reworded() -> None:
    assert levels_of(_groups("“第三区”")) == _GROUPS


def test_numbered_three_areas_groups_traditional_full_width() -> None:
    found = levels_of(in_traditional(_groups("“三区”")).translate(HALF_TO_FULL))
    assert found == _GROUPS


@settings(max_examples=20, deadline=None)
@given(name, name)
def test_any_numbered_three_areas_groups(a: str, b: str) -> None:
    text = (f"一、“三区”范围\n(一)“三区”1\n封控区:石门镇{a}小区1号楼;\n"
            f"(二)“三区”2\n封控区:石门镇{b}苑2栋。")
    assert levels_of(text) == {"sealed": [f"石门镇{a}小区1号楼", f"石门镇{b}苑2栋"]}


def test_a_community_named_third_area_is_still_a_place() -> None:
    text = "防范区:\n(一)金桥镇丽泽村\n(二)第三区居委会"
    assert levels_of(text) == {"precaution": ["金桥镇丽泽村", "第三区居委会"]}


# --- a report's earlier levels told with a past day, then the lowering ------------------------------------

def test_earlier_levels_with_a_past_day_are_history() -> None:
    text = ("4月15日,沈阳市发布通报。沈阳市于2022年3月15日将大东区金桥家园、丽泽小区调整为疫情中风险地区,"
            "于3月23日将辽中区星峰街道调整为疫情高风险地区。经综合评估研判,自4月15日0时起,"
            "将大东区金桥家园、丽泽小区调整为低风险地区,将辽中区星峰街道调整为低风险地区。")
    assert levels_of(text) == {"low": ["金桥家园", "丽泽小区", "星峰街道"]}


def test_earlier_levels_with_a_past_day_traditional() -> None:
    text = in_traditional("甲市于2022年3月1日将和平区春晓花园调整为中风险地区。"
                          "经专家研判,自3月20日0时起,将和平区春晓花园调整为低风险地区。")
    assert levels_of(text) == {"low": ["春晓花园"]}


def test_earlier_levels_with_a_past_day_full_width() -> None:
    text = ("本区于2022年5月2日将铁西区翠锦苑调整为高风险地区。"
            "自5月20日起,将铁西区翠锦苑调整为中风险地区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["翠锦苑"]}


@settings(max_examples=20, deadline=None)
@given(name)
def test_any_earlier_level_with_a_past_day(estate: str) -> None:
    text = (f"本市于2022年3月1日将和平区{estate}小区调整为中风险地区。"
            f"自3月20日0时起,将和平区{estate}小区调整为低风险地区。")
    assert levels_of(text) == {"low": [f"{estate}小区"]}


def test_a_day_to_come_is_no_history() -> None:
    text = ("本市决定于2022年3月25日将和平区春晓花园调整为中风险地区。"
            "自3月20日0时起,将和平区丽泽小区调整为低风险地区。")
    assert levels_of(text) == {"medium": ["春晓花园"], "low": ["丽泽小区"]}
