"""Forms of notices that lift named areas counted with the areas of another level and drawn by communities ("A、B、C
社区划定的D小区(东区)、E小区…6个封控区和84个管控区,符合封控、管控区解除标准,决定自…解除封控和管控措施": the
communities that drew them no places, both levels lifted with 和), count a village's bare teams as areas of their own
("高风险区(3个)" over "A镇B村5队、6队、C村7队划定为高风险区"), list a road's house numbers per numbered item
("1.A镇B路22号、24号;" over "2.A镇C巷25号。": two items, no run goes on into the next item) with ranges on one side of
the road ("B路6号-20号(双数)、28号-38号(双数)": one place), close a list with the state of the epidemic ("鉴于当前疫情
防控形势依然严峻,…": no place), put places under temporary control with 临时 for the verb ("对A其他楼栋,B其他楼栋;C
街道D3栋1-2单元临时管控3天": controlled, a semicolon between the streets' places) and count a place's level from a
day ("A街道B小区3栋2单元高风险区管理时间从11月21日起算": the place at that level), and name one example of the new
areas in a lead that announces the list below ("将A小区等10个小区划定为封控区,封控区范围增至94个,具体情况如下:":
the example is the list's, no place of its own).
Each form in variants written here (invented places, kinds of place, separators, traditional characters, full-width
punctuation), and properties over generated parts; ordinary wording close to each form is read as before."""

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


# --- a counted lift of areas drawn by communities ---------------------------------------------------------

def test_areas_drawn_by_communities_lifted_with_both_levels() -> None:
    text = ("经疫情防控专家组综合研判,金华、春晓、龙泉社区划定的丽泽小区(东区)、翠锦府第小区、长风小区东巷平房区"
            "3个封控区和27个管控区,符合封控、管控区解除标准,决定自2021年11月10日解除封控和管控措施。")
    assert levels_of(text) == {"lifted": ["丽泽小区(东区)", "翠锦府第小区", "长风小区东巷平房区"]}


def test_areas_drawn_by_one_street_lifted_with_and_in_traditional_characters() -> None:
    text = in_traditional("经专家组研判,兴盛街道划定的星峰小区、秀水家园、福瑞公寓3个封控区和12个管控区,"
                          "符合解除条件,决定即日起解除封控及管控措施。")
    assert levels_of(text) == {"lifted": ["星峰小区", "秀水家园", "福瑞公寓"]}


def test_areas_drawn_by_villages_lifted_full_width() -> None:
    text = ("经综合研判,金龙村、阳光村划定的晓阳小区、泰康花园2个封控区和5个管控区,符合封控、管控区解除标准,"
            "决定自2022年3月2日起解除封控与管控措施。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["晓阳小区", "泰康花园"]}


@settings(max_examples=25, deadline=None)
@given(a=name, b=name, first=name, second=name, third=name, controlled=st.integers(2, 90))
def test_any_drawn_areas_lifted(a: str, b: str, first: str, second: str, third: str, controlled: int) -> None:
    assume(len({first, second, third}) == 3)
    text = (f"经专家组综合研判,{a}、{b}社区划定的{first}小区、{second}花园、{third}家园3个封控区和{controlled}个管控区,"
            "符合封控、管控区解除标准,决定自2021年11月10日解除封控和管控措施。")
    assert levels_of(text) == {"lifted": [f"{first}小区", f"{second}花园", f"{third}家园"]}


def test_lift_of_counted_areas_without_drawing_is_read_as_before() -> None:
    text = "经专家组研判,丽泽小区、翠锦花园2个封控区,符合解除标准,决定自2021年11月10日解除封控措施。"
    assert levels_of(text) == {"lifted": ["丽泽小区", "翠锦花园"]}


def test_a_condition_not_met_lifts_nothing() -> None:
    text = ("金华、春晓社区划定的丽泽小区、翠锦花园2个封控区和8个管控区,尚未达到解除标准,继续执行封控和管控措施。")
    assert "lifted" not in levels_of(text)


# --- a village's teams counted as areas ---------------------------------------------------------------------

def test_teams_counted_as_areas_of_their_own() -> None:
    text = ("金川县关于划定高风险区的公告\n自2022年11月20日20时起,将金川县春晓镇部分区域划定为高风险区。\n"
            "高风险区(3个)\n春晓镇丽泽村5队、6队、长风村7队划定为高风险区,执行“足不出户、上门服务”管控措施。")
    assert levels_of(text) == {"high": ["春晓镇丽泽村5队", "6队", "长风村7队"]}


def test_groups_by_chinese_numerals_counted_in_traditional_characters() -> None:
    text = in_traditional("关于划定高风险区的公告\n高风险区(2个)\n"
                          "翠锦镇星峰村三组、九组划定为高风险区,执行“足不出户”管控措施。")
    assert levels_of(text) == {"high": ["翠锦镇星峰村三组", "九组"]}


def test_village_groups_counted_full_width() -> None:
    text = ("关于划定高风险区的公告\n高风险区(3个)\n福瑞乡龙泉村1社、2社、4社划定为高风险区,执行“足不出户”管控措施。"
            ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["福瑞乡龙泉村1社", "2社", "4社"]}


@settings(max_examples=25, deadline=None)
@given(town=name, village=name, first=st.integers(1, 20), second=st.integers(1, 20))
def test_any_village_teams_counted(town: str, village: str, first: int, second: int) -> None:
    assume(first != second)
    text = (f"关于划定高风险区的公告\n高风险区(2个)\n{town}镇{village}村{first}队、{second}队划定为高风险区,"
            "执行“足不出户、上门服务”管控措施。")
    assert levels_of(text) == {"high": [f"{town}镇{village}村{first}队", f"{second}队"]}


def test_teams_without_a_count_stay_one_place() -> None:
    text = ("关于划定高风险区的公告\n春晓镇丽泽村5队、6队划定为高风险区,执行“足不出户、上门服务”管控措施。")
    assert levels_of(text) == {"high": ["春晓镇丽泽村5队、6队"]}


def test_teams_as_one_counted_item_stay_one_place() -> None:
    text = "关于划定高风险区的公告\n高风险区(1个)\n春晓镇丽泽村5队、6队划定为高风险区,执行“足不出户”管控措施。"
    assert levels_of(text) == {"high": ["春晓镇丽泽村5队、6队"]}


# --- house runs per numbered item, ranges on one side of a road ---------------------------------------------

def test_numbered_items_of_house_runs_stay_apart() -> None:
    text = ("关于解除部分封控区管理的通告\n决定从2022年3月21日24时起,\n解除金华镇以下封控区封控管理:\n"
            "1.金华镇晓阳北路22号、24号、26号;\n2.金华镇丽泽路六巷25号。")
    assert levels_of(text) == {"lifted": ["金华镇晓阳北路22号、24号、26号", "金华镇丽泽路六巷25号"]}


def test_numbered_items_of_house_runs_without_town_in_traditional_characters() -> None:
    text = in_traditional("关于划定封控区的通告\n以下区域划定为封控区:\n"
                          "1.长风路8号、10号;\n2.星峰街3号;\n3.翠锦巷5号、7号。")
    assert levels_of(text) == {"sealed": ["长风路8号、10号", "星峰街3号", "翠锦巷5号、7号"]}


def test_ranges_on_one_side_of_a_road_are_one_place() -> None:
    text = ("关于解除部分管控区管理的通告\n解除以下管控区管控管理:\n1.春晓镇长风路6号-20号(双数)、28号-38号(双数);\n"
            "2.春晓镇福瑞路3-23号(单号)、4-8号(双号)。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["春晓镇长风路6号-20号(双数)、28号-38号(双数)",
                                          "春晓镇福瑞路3-23号(单号)、4-8号(双号)"]}


@settings(max_examples=25, deadline=None)
@given(town=name, road=name, other=name, low=st.integers(1, 40), step=st.integers(1, 20))
def test_any_numbered_house_runs(town: str, road: str, other: str, low: int, step: int) -> None:
    assume(road != other)
    high = low + 2 * step
    text = (f"关于解除部分封控区管理的通告\n解除以下封控区封控管理:\n1.{town}镇{road}路{low}号、{high}号;\n"
            f"2.{town}镇{other}路{low}号-{high}号(双数)、{high + 2}号-{high + 10}号(双数)。")
    assert levels_of(text) == {"lifted": [f"{town}镇{road}路{low}号、{high}号",
                                          f"{town}镇{other}路{low}号-{high}号(双数)、{high + 2}号-{high + 10}号(双数)"]}


def test_house_numbers_going_on_on_another_road_in_one_item_stay_one_place() -> None:
    text = "关于划定封控区的通告\n以下区域划定为封控区:\n1.丽泽村长风路1号、3号、星峰路29号;\n2.翠锦小区5栋。"
    assert levels_of(text) == {"sealed": ["丽泽村长风路1号、3号、星峰路29号", "翠锦小区5栋"]}


# --- the state of the epidemic after a list -----------------------------------------------------------------

def test_state_of_the_epidemic_after_a_list_is_no_place() -> None:
    text = ("关于解除部分管控区管理的通告\n解除以下管控区管控管理:\n1.春晓镇长风路6号;\n2.春晓镇丽泽巷25号。\n"
            "鉴于当前春晓县疫情防控形势依然严峻,以上管控区解除管控后,相应区域内的所有居民仍继续执行严格居家健康监测。")
    assert levels_of(text) == {"lifted": ["春晓镇长风路6号", "春晓镇丽泽巷25号"]}


def test_state_of_the_epidemic_in_other_words_in_traditional_characters() -> None:
    text = in_traditional("关于解除部分封控区管理的通告\n解除以下封控区封控管理:\n1.星峰小区3栋;\n2.翠锦花园5栋。\n"
                          "鉴于目前疫情形势仍然复杂,相关区域居民继续居家健康监测。")
    assert levels_of(text) == {"lifted": ["星峰小区3栋", "翠锦花园5栋"]}


def test_state_of_the_epidemic_full_width() -> None:
    text = ("关于解除部分封控区管理的通告\n解除以下封控区封控管理:\n1.金华村8组;\n2.福瑞村2组。\n"
            "当前防控形势十分严峻,相关区域居民仍须做好健康监测。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["金华村8组", "福瑞村2组"]}


# --- temporary control with 临时 for the verb ----------------------------------------------------------------

def test_temporary_control_without_verb_with_semicolon_between_streets() -> None:
    text = ("自2022年11月21日起,对春晓街道丽泽花园1期其他楼栋,长风左岸其他楼栋;兴盛街道星峰里3栋1-2单元临时管控3天,"
            "实行3天3检 。")
    assert levels_of(text) == {"controlled": ["春晓街道丽泽花园1期其他楼栋", "长风左岸其他楼栋",
                                              "兴盛街道星峰里3栋1-2单元"]}


def test_temporary_control_without_verb_in_traditional_characters() -> None:
    text = in_traditional("自2022年11月22日起,对金华小区2栋、翠锦苑3栋临时管控,实行3天3检。")
    assert levels_of(text) == {"controlled": ["金华小区2栋", "翠锦苑3栋"]}


def test_temporary_control_for_days_full_width() -> None:
    text = "即日起,对福瑞家园5栋,晓阳小区7栋临时管控5天。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["福瑞家园5栋", "晓阳小区7栋"]}


@settings(max_examples=25, deadline=None)
@given(first=name, second=name, street=name, days=st.integers(2, 7))
def test_any_temporary_control_without_verb(first: str, second: str, street: str, days: int) -> None:
    assume(first != second)
    text = (f"自2022年11月21日起,对{first}花园其他楼栋;{street}街道{second}小区3栋临时管控{days}天,"
            f"实行{days}天{days}检。")
    assert levels_of(text) == {"controlled": [f"{first}花园其他楼栋", f"{street}街道{second}小区3栋"]}


def test_lift_of_temporary_control_is_no_new_control() -> None:
    text = "经研究,决定自2022年11月28日24时起,对我区金华街道、春晓街道解除临时管控。其它防疫措施继续执行。"
    assert "controlled" not in levels_of(text)


# --- a level counted from a day -----------------------------------------------------------------------------

def test_level_time_counted_from_a_day() -> None:
    text = ("因发现新增感染者,春晓街道丽泽小区3栋2单元高风险区管理时间从2022年11月21日起算。")
    assert levels_of(text) == {"high": ["春晓街道丽泽小区3栋2单元"]}


def test_level_time_counted_from_a_day_in_traditional_characters() -> None:
    text = in_traditional("因发现新增感染者,兴盛街道翠锦苑5栋封控区管控时间自2022年11月22日开始计算。")
    assert levels_of(text) == {"sealed": ["兴盛街道翠锦苑5栋"]}


def test_level_time_counted_full_width() -> None:
    text = "因出现阳性感染者,金华镇星峰村高风险区管理期限从11月23日起计算。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["金华镇星峰村"]}


@settings(max_examples=25, deadline=None)
@given(street=name, estate=name, day=st.integers(1, 28))
def test_any_level_time_counted_from_a_day(street: str, estate: str, day: int) -> None:
    text = f"因发现新增感染者,{street}街道{estate}小区3栋2单元高风险区管理时间从2022年11月{day}日起算。"
    assert by_level(text) == {("high", None): [f"{street}街道{estate}小区3栋2单元"]}


def test_a_measure_counted_from_a_day_names_no_place() -> None:
    text = "高风险区管理时间从发现新增感染者之日起算,连续5天无新增感染者降为低风险区。"
    assert levels_of(text) == {}


# --- a lead's example of the areas listed below --------------------------------------------------------------

def test_lead_example_before_the_list_is_the_lists() -> None:
    text = ("经研判,将金华小区等3个小区划定为封控区,封控区范围增至5个,具体情况如下:\n一、封控区(5)\n"
            "丽泽小区、金华小区、星峰苑、翠锦花园、长风家园")
    assert levels_of(text) == {"sealed": ["丽泽小区", "金华小区", "星峰苑", "翠锦花园", "长风家园"]}


def test_lead_example_of_a_cut_list_in_traditional_characters() -> None:
    text = in_traditional("经专家组研判,将福瑞家园等2个小区划定为封控区,封控区范围增至40个,具体情况如下:\n"
                          "一、封控区(40)\n晓阳小区、泰康花园")
    assert levels_of(text) == {"sealed": ["晓阳小区", "泰康花园"]}


def test_lead_example_with_its_list_named_full_width() -> None:
    text = ("经研判,将星峰村等2个村调整为管控区,管控区增至3个,具体名单如下:\n一、管控区(3)\n星峰村、长风村、秀水村"
            ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["星峰村", "长风村", "秀水村"]}


@settings(max_examples=25, deadline=None)
@given(example=name, other=name, total=st.integers(10, 99))
def test_any_lead_example_before_its_list(example: str, other: str, total: int) -> None:
    assume(example != other)
    text = (f"经研判,将{example}小区等2个小区划定为封控区,封控区范围增至{total}个,具体情况如下:\n一、封控区({total})\n"
            f"{other}小区、{example}小区")
    assert levels_of(text) == {"sealed": [f"{other}小区", f"{example}小区"]}


def test_lead_example_of_a_list_not_on_the_page_is_a_place() -> None:
    text = "经研判,对金华小区等3个小区划定为封控区(名单附后)。"
    assert levels_of(text) == {"sealed": ["金华小区"]}


def test_lead_example_without_a_list_is_a_place() -> None:
    text = "经研判,将金华小区等3个小区划定为封控区,实行“足不出户”。"
    assert levels_of(text) == {"sealed": ["金华小区"]}
