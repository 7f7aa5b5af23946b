"""Forms of notices (天津 and 北京, 2021–2022) that run a village's house numbers on over its rows ("A村3区1排1-3号、
8号、2排2-4号"), write the street office short as 街 on both sides of 和 ("A街B花园55号楼和C街D里7号楼3门"), give a
closure's range as its numbered parts ("封控范围分别为两部分,其中:第一部分为…;第二部分为…"), open an item with its
hour and then lift places written as the subjects of their clauses ("自…起,A6号楼解除封控,A1-5号楼解除管控,小区内其他
区域解除防范"), recall in the lead the move of the place they lift ("A已于…从封控区降为管控区,…A解除管控"), and report a
lift after which a paragraph of an earlier day tells the place's history ("1月23日,A出现一例确诊病例。…将小区27号楼划定
为封控区"). Each form in variants written here (invented places, the wording of the real forms: other kinds of place,
separators, traditional characters, full-width punctuation), ordinary wording near each trigger that must not be read as
the form, and properties over generated parts."""

from __future__ import annotations

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

_DRAWN = ("星峰区关于新增划定部分疫情风险区的通告\n根据当前疫情防控形势,经专家组综合研判,现将新增划定疫情风险区相关事宜"
          "通告如下:\n一、自11月21日起,新增划定星峰区{places}为高风险区。高风险区内,实行“足不出户、上门服务”等管控措施。")


# --- a village's house numbers run on over its rows (排) -----------------------------------------------------

def test_house_numbers_over_rows_of_one_village_are_one_place() -> None:
    text = _DRAWN.format(places="春晓镇文峰园17号楼、龙泉镇翠锦村2区1排1-3号、8号、2排2-4号、1区4排1号、5排1号、2号、"
                                "龙泉镇福瑞村3区1排1号、1排2号")
    assert by_level(text) == {("high", "星峰区"): [
        "春晓镇文峰园17号楼", "龙泉镇翠锦村2区1排1-3号、8号、2排2-4号、1区4排1号、5排1号、2号",
        "龙泉镇福瑞村3区1排1号、1排2号"]}


def test_rows_written_with_their_ordinal_in_traditional_characters() -> None:
    text = in_traditional(_DRAWN.format(places="长风镇锦绣村第1排3号、5号、第2排1-4号、长风镇康宁村4排2号"))
    assert levels_of(text) == {"high": ["长风镇锦绣村第1排3号、5号、第2排1-4号", "长风镇康宁村4排2号"]}


def test_rows_after_a_village_with_full_width_punctuation() -> None:
    text = _DRAWN.format(places="胜利镇星悦村1区2排6号、3排1-5号、胜利镇泽兴园8号楼").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["胜利镇星悦村1区2排6号、3排1-5号", "胜利镇泽兴园8号楼"]}


def test_a_compound_after_the_rows_is_a_place_of_its_own() -> None:
    # ordinary wording near the trigger: a place with a name after the village's rows
    text = _DRAWN.format(places="龙泉镇翠锦村1排1号、2排3号、福瑞小区5号楼")
    assert levels_of(text) == {"high": ["龙泉镇翠锦村1排1号、2排3号", "福瑞小区5号楼"]}


@settings(max_examples=20, deadline=None)
@given(name, name, st.lists(st.tuples(st.integers(1, 9), st.integers(1, 30)), min_size=1, max_size=4))
def test_any_run_of_rows_stays_with_its_village(town: str, village: str, rows: list[tuple[int, int]]) -> None:
    run = "、".join(f"{row}排{number}号" for row, number in rows)
    place = f"{town}镇{village}村1排1号、{run}"
    assert levels_of(_DRAWN.format(places=f"{place}、长风镇文峰园3号楼")) == {"high": [place, "长风镇文峰园3号楼"]}


# --- the street office written short (街) on both sides of 和 -----------------------------------------------

_HIGH_MEDIUM = ("星峰区关于新增划定部分疫情风险区的通告\n根据当前疫情防控形势,经专家组综合研判,现将划定高、中风险区"
                "相关事宜通告如下:\n一、自10月29日起,划定星峰区{high}为高风险区。高风险区内,实行“足不出户、上门服务”等管控措施。\n"
                "二、自10月29日起,划定星峰区{medium}为中风险区。中风险区内,实行“足不出区、错峰取物”等管控措施。")


def test_two_places_each_with_its_short_street_joined_by_and() -> None:
    text = _HIGH_MEDIUM.format(high="长风街金华花园东区55号楼和春晓街翠锦里7号楼3门",
                               medium="长风街金华花园东区(55号楼除外)和春晓街翠锦里(7号楼3门除外)")
    assert by_level(text) == {("high", "星峰区"): ["长风街金华花园东区55号楼", "春晓街翠锦里7号楼3门"],
                              ("medium", "星峰区"): ["长风街金华花园东区(55号楼除外)", "春晓街翠锦里(7号楼3门除外)"]}


def test_short_streets_joined_by_ji_in_traditional_characters() -> None:
    text = in_traditional(_HIGH_MEDIUM.format(high="胜利街星悦里3号楼及康宁街福瑞园2号楼1门",
                                              medium="胜利街星悦里(3号楼除外)及康宁街福瑞园(2号楼1门除外)"))
    assert levels_of(text) == {"high": ["胜利街星悦里3号楼", "康宁街福瑞园2号楼1门"],
                               "medium": ["胜利街星悦里(3号楼除外)", "康宁街福瑞园(2号楼1门除外)"]}


def test_short_streets_with_full_width_brackets() -> None:
    text = _HIGH_MEDIUM.format(high="龙泉街锦绣里8号楼和泽兴街汇悦园5号楼2门",
                               medium="龙泉街锦绣里(8号楼除外)和泽兴街汇悦园(5号楼2门除外)").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["龙泉街锦绣里8号楼", "泽兴街汇悦园5号楼2门"],
                               "medium": ["龙泉街锦绣里(8号楼除外)", "泽兴街汇悦园(5号楼2门除外)"]}


def test_a_crossing_of_two_streets_and_a_name_starting_with_he_stay_whole() -> None:
    # ordinary wording near the trigger: one spot where two streets meet; 和 starting the next name (和平)
    text = _HIGH_MEDIUM.format(high="长风街和春晓街交叉口", medium="长风街和平里3号楼")
    assert levels_of(text) == {"high": ["长风街和春晓街交叉口"], "medium": ["长风街和平里3号楼"]}


@settings(max_examples=20, deadline=None)
@given(st.lists(name, min_size=4, max_size=4, unique=True), st.integers(1, 60), st.integers(1, 9))
def test_any_two_short_street_places_are_split(names: list[str], building: int, door: int) -> None:
    assume(names[2][0] not in "平谐睦美顺兴悦煦润盛鸣风园苑居家乐畅泰嘉光义安")  # (not "和兴…": 和 starting a name)
    assume(not any(n.startswith("星峰") for n in names))  # (not "星峰金街" in 星峰区: the district again in front)
    a, b = f"{names[0]}街{names[1]}里{building}号楼", f"{names[2]}街{names[3]}园{building}号楼{door}门"
    text = _HIGH_MEDIUM.format(high=f"{a}和{b}", medium=f"{names[0]}街{names[1]}里({building}号楼除外)")
    assert levels_of(text)["high"] == [a, b]


# --- a closure's range given as its numbered parts ------------------------------------------------------------

_REPORT = ("金华区:翠锦家园周边街区已封控\n2021年8月2日,在新闻发布会上,区政府副区长介绍,8月2日凌晨5:30,对翠锦家园小区"
           "及周边区域封控,{range}。封控区域内所有单位和公共场所全部关停,人员只进不出。")
_PART_ONE = "南至长风路北侧,西至春晓路,北至福瑞街,东至星峰路的区域"


def test_the_two_parts_of_a_closed_range_are_its_places() -> None:
    text = _REPORT.format(range=f"封控范围分别为两部分,其中:第一部分为{_PART_ONE},总面积23万平米;第二部分为长风路南侧的"
                                "龙泉设计院南区。两部分区域共涉及人员1万余人")
    assert levels_of(text) == {"sealed": [_PART_ONE, "长风路南侧的龙泉设计院南区"]}


def test_three_parts_written_with_shi_in_traditional_characters() -> None:
    text = in_traditional(_REPORT.format(range="封控范围为三个部分:第一部分是锦绣花园小区;第二部分是胜利路以东、"
                                               "康宁街以北的区域;第三部分是星悦大厦"))
    assert levels_of(text) == {"sealed": ["锦绣花园小区", "胜利路以东、康宁街以北的区域", "星悦大厦"]}


def test_a_controlled_range_in_two_parts_with_full_width_punctuation() -> None:
    text = _REPORT.format(range="管控范围分别为两部分,其中:第一部分为汇悦小区,占地面积5万平方米;第二部分为泽兴公寓"
                          ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["汇悦小区", "泽兴公寓"]}


def test_parts_that_do_not_match_their_count_are_not_read_as_the_range() -> None:
    # ordinary wording near the trigger: the count says three, two are written (a cut copy): no parts guessed
    text = _REPORT.format(range=f"封控范围分别为三部分,其中:第一部分为{_PART_ONE};第二部分为长风路南侧的龙泉设计院南区")
    assert "sealed" not in levels_of(text)


@settings(max_examples=20, deadline=None)
@given(st.lists(name, min_size=5, max_size=5, unique=True))
def test_any_two_parts_are_read(names: list[str]) -> None:
    first = f"南至{names[0]}路,西至{names[1]}路,北至{names[2]}街,东至{names[3]}路的区域"
    second = f"{names[4]}小区"
    text = _REPORT.format(range=f"封控范围分别为两部分,其中:第一部分为{first};第二部分为{second}")
    assert levels_of(text) == {"sealed": [first, second]}


# --- an item's hour, then places lifted as the subjects of their clauses ------------------------------------

_LIFT_NOTICE = ("关于{estate}解除封控管控的通告\n经龙华区新冠肺炎疫情防控工作领导小组批准,现就{estate}解除封控管控"
                "有关事宜通告如下:\n一、{item}\n二、请{estate}相关人员继续开展7天健康监测。\n特此通告。\n"
                "龙华区新型冠状病毒肺炎疫情防控工作领导小组\n2022年2月7日")


def test_each_clause_lifts_its_own_places_and_the_rest_of_the_estate() -> None:
    text = _LIFT_NOTICE.format(estate="金华镇春晓小区", item="自2022年2月7日16时起,金华镇春晓小区6号楼解除封控,"
                               "金华镇春晓小区1-5号楼、7-14号楼解除管控,小区内其他区域解除防范。")
    assert by_level(text) == {("lifted", "龙华区"): ["金华镇春晓小区6号楼", "金华镇春晓小区1-5号楼、7-14号楼",
                                                      "小区内其他区域"]}


def test_clauses_of_a_village_in_traditional_characters() -> None:
    text = in_traditional(_LIFT_NOTICE.format(estate="长风镇锦绣村", item="自2022年3月2日8时起,长风镇锦绣村3组解除封控,"
                                              "长风镇锦绣村1组、2组解除管控,村内其余区域解除防范。"))
    assert levels_of(text) == {"lifted": ["长风镇锦绣村3组", "长风镇锦绣村1组、2组", "村内其余区域"]}


def test_a_report_of_a_lift_at_an_hour_with_full_width_commas() -> None:
    text = ("龙华区胜利地区星悦园东园B区3段解除管控\n2月7日8时,龙华区胜利地区星悦园东园B区3段解除管控。据介绍,管控区域"
            "内人员核酸检测结果均为阴性。").translate(HALF_TO_FULL)
    assert by_level(text) == {("lifted", "龙华区"): ["胜利地区星悦园东园B区3段"]}


def test_a_whole_county_or_its_people_after_the_hour_are_no_places() -> None:
    # ordinary wording near the trigger: a blanket over the county, and people's measures
    text = _LIFT_NOTICE.format(estate="全区", item="自2022年2月7日16时起,全区解除管控。\n三、自2022年2月7日16时起,"
                               "居民解除封控。")
    assert by_level(text) == {}


def test_kinds_of_site_vehicles_and_measures_after_the_hour_are_no_places() -> None:
    # ordinary wording near the trigger: every estate, vehicles, a market's closure, a lift as a time
    text = ("关于调整风险区的通告\n经研究决定,现将有关事宜通告如下:\n一、自2月7日起,各小区解除封闭管理。\n"
            "二、自2022年2月7日16时起,进出车辆解除管控。\n三、自2022年2月7日16时起,农贸市场实行封闭管理。\n"
            "四、自2022年2月7日16时起,金华镇春晓小区解除封控后,居民继续居家。\n特此通告。")
    assert by_level(text) == {}


@settings(max_examples=20, deadline=None)
@given(name, name, st.integers(2, 20))
def test_any_estate_lifted_clause_by_clause(town: str, estate: str, building: int) -> None:
    place = f"{town}镇{estate}小区"
    text = _LIFT_NOTICE.format(estate=place, item=f"自2022年2月7日16时起,{place}{building}号楼解除封控,"
                               f"{place}1号楼解除管控,小区内其他区域解除防范。")
    assert levels_of(text) == {"lifted": [f"{place}{building}号楼", f"{place}1号楼", "小区内其他区域"]}


# --- the lead recalls the move of the place the notice lifts ------------------------------------------------

_MOVED = ("经龙华区新冠肺炎疫情防控工作领导小组批准,按照有关规定,{place}已于2022年5月26日20时从{old}降为{new},"
          "目前管控期已满,现就{place}解除管控有关事宜通告如下:\n\n一、自2022年5月30日21时30分起,{place}解除管控\n\n二、请{place}"
          "的居民继续开展4天健康监测。\n特此通告。\n龙华区新型冠状病毒肺炎疫情防控工作领导小组办公室\n2022年5月30日")


def test_a_place_moved_down_before_and_lifted_now_is_lifted_only() -> None:
    text = _MOVED.format(place="金华镇春晓北院1至4号楼", old="封控区", new="管控区")
    assert by_level(text) == {("lifted", "龙华区"): ["金华镇春晓北院1至4号楼"]}


def test_a_village_moved_down_before_in_traditional_characters() -> None:
    text = in_traditional(_MOVED.format(place="长风镇锦绣村", old="封控区", new="管控区"))
    assert levels_of(text) == {"lifted": ["长风镇锦绣村"]}


def test_an_estate_moved_down_before_with_full_width_commas() -> None:
    text = _MOVED.format(place="胜利街道星悦小区5号楼", old="封控区", new="管控区").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["胜利街道星悦小区5号楼"]}


def test_another_place_moved_down_beside_the_lift_keeps_its_level() -> None:
    # ordinary wording near the trigger: one place lowered, another lifted, each a decision of the notice
    text = ("经龙华区新冠肺炎疫情防控工作领导小组研究决定,现将有关事宜通告如下:\n一、自2022年5月30日起,"
            "将金华镇翠锦小区5号楼由封控区降为管控区。\n二、自2022年5月30日起,解除金华镇春晓北院1至4号楼管控。\n特此通告。")
    assert levels_of(text) == {"controlled": ["金华镇翠锦小区5号楼"], "lifted": ["金华镇春晓北院1至4号楼"]}


@settings(max_examples=20, deadline=None)
@given(name, name, st.integers(1, 9))
def test_any_place_moved_then_lifted_is_lifted_only(town: str, court: str, last: int) -> None:
    place = f"{town}镇{court}北院1至{last + 1}号楼"
    assert levels_of(_MOVED.format(place=place, old="封控区", new="管控区")) == {"lifted": [place]}


# --- a report of a lift, then the place's history from an earlier day ---------------------------------------

_HISTORY = ("龙华区{place}解除管控\n2月7日8时,龙华区{place}解除管控。据介绍,管控区域内人员核酸检测结果均为阴性。\n"
            "{day},{earlier}出现一例确诊病例。根据相关要求,将{sealed}划定为封控区,采取“区域封闭、足不出户、服务上门”封控"
            "措施;将{controlled}划定为管控区,采取“人不出区、严禁聚集”管控措施。\n截至2月6日晚,区域内人员多次核酸检测结果"
            "均为阴性。")


def test_the_areas_drawn_on_an_earlier_day_in_the_lifted_place_are_its_history() -> None:
    text = _HISTORY.format(place="金华地区翠锦园东园B区3段", day="1月23日", earlier="金华地区(乡)翠锦园东园B区3段小区",
                           sealed="小区27号楼", controlled="27号楼以外的区域(23号、24号楼)")
    assert by_level(text) == {("lifted", "龙华区"): ["金华地区翠锦园东园B区3段"]}


def test_a_village_s_history_in_traditional_characters() -> None:
    text = in_traditional(_HISTORY.format(place="长风镇锦绣村3组", day="1月20日", earlier="长风镇锦绣村3组",
                                          sealed="3组5号", controlled="3组其他区域"))
    assert levels_of(text) == {"lifted": ["长风镇锦绣村3组"]}


def test_an_estate_s_history_with_full_width_punctuation() -> None:
    text = _HISTORY.format(place="胜利街道星悦小区", day="1月28日", earlier="胜利街道星悦小区",
                           sealed="小区8号楼", controlled="8号楼以外的区域").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["胜利街道星悦小区"]}


def test_an_earlier_day_s_areas_of_another_place_are_kept() -> None:
    # ordinary wording near the trigger: the earlier paragraph is about another place, not the one lifted
    text = _HISTORY.format(place="金华地区翠锦园东园B区3段", day="2月6日", earlier="长风街道福瑞小区",
                           sealed="福瑞小区5号楼", controlled="福瑞小区其他楼栋")
    assert levels_of(text) == {"lifted": ["金华地区翠锦园东园B区3段"], "sealed": ["福瑞小区5号楼"],
                               "controlled": ["福瑞小区其他楼栋"]}


def test_items_that_each_open_with_their_own_start_are_both_decisions() -> None:
    # ordinary wording near the trigger: a notice's items, an earlier start on one, a lift on the next
    text = ("关于调整风险区的通告\n经研究决定,现将有关事宜通告如下:\n"
            "一、自11月21日起,划定龙泉镇翠锦小区5号楼为高风险区。\n二、自11月25日起,龙泉镇翠锦小区3号楼解除管控。\n特此通告。")
    assert levels_of(text) == {"high": ["龙泉镇翠锦小区5号楼"], "lifted": ["龙泉镇翠锦小区3号楼"]}


@settings(max_examples=20, deadline=None)
@given(name, name, st.integers(2, 40))
def test_any_lifted_estate_s_history_sets_no_level(town: str, estate: str, building: int) -> None:
    place = f"{town}镇{estate}小区"
    text = _HISTORY.format(place=place, day="1月23日", earlier=place, sealed=f"小区{building}号楼",
                           controlled=f"{building}号楼以外的区域")
    assert levels_of(text) == {"lifted": [place]}
