"""Forms of notices that give the rest of a town as a level's place with the exception pointed back at the list
above ("除上述高风险区之外的A县B乡所有区域"), and that prolong the silent management of places listed by towns
("A镇B村、C村,D乡E村、F工业区以及G小区1号楼的静默管理截止时间由…延长至…"; 以及 before the last place, an
industrial zone among the villages), that write why each place is named before it with 的 ("出现阳性病例的A村和
阳性病例活动过的B村"), and machine-reworded news copies: "新增调整A,B,C为封闭控制区" (commas between the places
after 新增, a swapped level after 为 alone), "现有密封控制区:" over a list that holds a morning market (早市) and a
line of measures, an office written without its work's name ("A县委领导小组办公室发布消息"), and a paragraph on
another office opened by its day ("20日,B县指挥部发布通知,…"); and a copy that lost the separator after a run of
buildings ranged with 一 for the dash ("A厂11一18栋、113一121栋B城10栋、13栋"); and a measure read as its level
after any list number ("1)对A村继续实施封控措施"). Each form in variants written
here (invented places, the wording of the real forms: other districts, kinds of place, separators, traditional
characters, full-width punctuation), and properties over generated parts."""

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


# --- the rest of a town, the exception pointed back at the list above ------------------------------------

def _graded(rest: str, county: str = "永丰县") -> str:
    return (f"{county}指挥部消息,决定将{county}全域划定为高风险区、中风险区和低风险区。现将有关事项通告如下:\n"
            f"一、高风险区(2个):{county}龙泉乡金华村委金华街、石桥自然村。\n"
            f"二、中风险区:{rest}。\n三、低风险区:{county}上述高中风险区之外的所有区域。")


def test_rest_of_a_township_after_the_levels_above() -> None:
    by = by_level(_graded("除上述高风险区之外的永丰县龙泉乡所有区域"))
    assert by[("medium", "永丰县")] == ["除上述高风险区之外的永丰县龙泉乡所有区域"]
    assert by[("high", "永丰县")] == ["龙泉乡金华村委金华街", "石桥自然村"]


def test_rest_of_a_town_pointed_with_yishang_and_quanbu_in_traditional_characters() -> None:
    by = by_level(in_traditional(_graded("除以上高風險區以外的清徐縣柳杜鎮全部區域", "清徐县")))
    assert by[("medium", "清徐县")] == ["除以上高风险区以外的清徐县柳杜镇全部区域"]


def test_rest_of_a_street_full_width() -> None:
    by = by_level(_graded("除上述高风险区外的永丰县恩江街道其他区域").translate(HALF_TO_FULL))
    assert by[("medium", "永丰县")] == ["除上述高风险区外的永丰县恩江街道其他区域"]


def test_rest_of_the_whole_county_stays_a_blanket() -> None:
    by = by_level(_graded("除上述高风险区之外的全县所有区域"))
    assert ("medium", "永丰县") not in by


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["镇", "乡", "街道"]), st.sampled_from(["上述", "以上"]),
       st.sampled_from(["之外的", "以外的", "外的"]), st.sampled_from(["所有区域", "全部区域", "其他区域"]))
def test_any_town_rest_pointed_back_is_a_place(town: str, kind: str, pointer: str, close: str, rest: str) -> None:
    place = f"除{pointer}高风险区{close}{town}{kind}{rest}"
    assert by_level(_graded(place))[("medium", "永丰县")] == [place]


# --- silent management prolonged over places listed by towns --------------------------------------------

def _prolonged(places: str, district: str = "滑县") -> str:
    return (f"关于延长对部分村(小区)静默管理时间的通告\n为巩固防控成果,根据专家建议,指挥部研究决定,"
            f"{district}{places}的静默管理截止时间由9月3日10时延长至9月6日10时。\n请广大市民继续遵守防控规定。")


def test_villages_by_towns_an_industrial_zone_and_a_building_after_yiji() -> None:
    by = by_level(_prolonged("城关镇金华村、石桥村、龙泉村,八里营乡春晓村、八里营工业区以及市区阳光小区3号楼二单元"))
    assert by == {("silent", "滑县"): ["城关镇金华村", "石桥村", "龙泉村", "八里营乡春晓村", "八里营工业区",
                                      "市区阳光小区3号楼二单元"]}


def test_one_town_with_a_time_limit_word_full_width() -> None:
    text = _prolonged("白道口镇东庄村、西庄村以及锦绣花园", "郏县").replace("截止时间", "期限").translate(HALF_TO_FULL)
    assert by_level(text) == {("silent", "郏县"): ["白道口镇东庄村", "西庄村", "锦绣花园"]}


def test_prolonged_in_traditional_characters() -> None:
    text = in_traditional(_prolonged("留固鎮南街村、北街村,老店鎮東關村以及新華產業園區", "清徐县"))
    assert by_level(text) == {("silent", "清徐县"): ["留固镇南街村", "北街村", "老店镇东关村", "新华产业园区"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True), name, name, st.sampled_from(["工业区", "园区", "小区"]))
def test_any_prolonged_list_with_yiji_reads_every_place(villages: list[str], town: str, last: str, kind: str) -> None:
    # (a village name that ends the town's name or repeats the last place would be read otherwise; no form)
    assume(last not in villages and town not in villages)
    places = [f"{town}镇{villages[0]}村", *(f"{v}村" for v in villages[1:]), f"{last}{kind}"]
    listed = "、".join(places[:-1]) + "以及" + places[-1]
    assert by_level(_prolonged(listed)) == {("silent", "滑县"): places}


# --- why each place is named, written before it with 的 ---------------------------------------------------

def _kept_closed(obj: str) -> str:
    return ("迁安县指挥部关于调整全县临时封闭管控措施的通告\n现将有关事项通告如下:\n"
            f"1. 对{obj}继续实施封控措施,做到“里不出、外不进”;县域内密接人员所在区域(村、居民楼单元)实施管控措施;"
            "其他区域人员有序流动。\n2. 所有人员参加核酸检测。")


def test_cases_found_and_cases_visited_before_each_village() -> None:
    by = by_level(_kept_closed("近14天来出现阳性病例的金华镇石桥村和阳性病例活动过的龙泉镇春晓村、北山村、东岭村"))
    assert by == {("sealed", "迁安县"): ["金华镇石桥村", "龙泉镇春晓村", "北山村", "东岭村"]}


def test_cases_found_within_days_before_a_compound_in_traditional_characters() -> None:
    by = by_level(in_traditional(_kept_closed("7天內發現確診病例的錦繡花園和感染者到過的陽光超市")))
    assert by == {("sealed", "迁安县"): ["锦绣花园", "阳光超市"]}


def test_new_cases_before_a_village_full_width() -> None:
    by = by_level(_kept_closed("新增阳性病例的滨河街道西关村、密接人员居住过的东关村").translate(HALF_TO_FULL))
    assert by == {("sealed", "迁安县"): ["滨河街道西关村", "东关村"]}


@settings(max_examples=25, deadline=None)
@given(name, name, name, st.sampled_from(["出现阳性病例的", "近10天来发现确诊病例的", "有感染者的"]),
       st.sampled_from(["阳性病例活动过的", "病例到访过的", "密接人员去过的"]), st.sampled_from(["和", "及", "、"]))
def test_any_case_reason_before_a_place_is_no_part_of_it(town: str, first: str, second: str, found: str,
                                                         visited: str, joint: str) -> None:
    # (each place written with its town, as the form has it: "A镇B村和C村" without one is a 和 the parser keeps
    # whole, a reading of its own; two places alike read as one listed twice)
    assume(town != second)
    by = by_level(_kept_closed(f"{found}{town}镇{first}村{joint}{visited}{second}乡{first}村"))
    assert by == {("sealed", "迁安县"): [f"{town}镇{first}村", f"{second}乡{first}村"]}


# --- machine-reworded news copies ---------------------------------------------------------------------

def _reworded(added: str, current: str, office: str = "滑县委领导小组办公室") -> str:
    return (f"30日,河南省{office}发布消息根据当前疫情防控形势,决定在部分城区实施封控管理\n"
            f"在原有8个封闭控制区的基础上,{added}为封闭控制区落实封闭区域,居家,上门服务的管理措施\n"
            f"本通知自发布之日起执行。\n现有密封控制区:\n{current}")


def test_comma_list_after_xinzeng_and_current_list_with_a_morning_market() -> None:
    text = _reworded("新增调整金华社区,城关街道龙泉村,锦绣家属院",
                     "春晓社区\n北关早市\n石桥商场。该地区所有居民居家隔离,所有物资集中配送。\n")
    assert by_level(text) == {("sealed", "滑县"): ["金华社区", "城关街道龙泉村", "锦绣家属院", "春晓社区", "北关早市",
                                                  "石桥商场"]}


def test_comma_list_after_xinzeng_full_width_and_another_office() -> None:
    text = _reworded("新增阳光小区,东关村", "星河社区\n", "郏县委领导小组办公室").translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "郏县"): ["阳光小区", "东关村", "星河社区"]}


def test_reworded_copy_in_traditional_characters_with_another_offices_paragraph() -> None:
    text = in_traditional(_reworded("新增調整翠湖社區,西關早市", "南山社區\n").replace(
        "本通知自发布之日起执行。", "本通知自发布之日起执行。20日,山西省晋中市平遥县指挥部发布通知,"
        "在原封闭控制区基础上,新划定古陶镇全镇区域为封闭控制区。"))
    assert by_level(text) == {("sealed", "滑县"): ["翠湖社区", "西关早市", "南山社区"],
                              ("sealed", "平遥县"): ["古陶镇全镇区域"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=5, unique=True), st.sampled_from(["社区", "村", "家属院", "商场", "早市"]))
def test_any_comma_list_after_xinzeng_reads_every_place(names: list[str], kind: str) -> None:
    places = [f"{n}{kind}" for n in names]
    text = _reworded("新增调整" + ",".join(places), "")
    assert by_level(text) == {("sealed", "滑县"): places}


# --- a run of buildings ranged with 一, run on into the next compound -------------------------------------

def _lifted(obj: str) -> str:
    return f"西湖区关于调整疫情防控管控区域的通告:\n现通告如下:\n一、解除{obj}封控管理措施。\n"


def test_ranges_with_yi_for_the_dash_and_the_next_compound_run_on() -> None:
    by = by_level(_lifted("南站街道机械厂11一18栋、37一43栋、113一121栋阳光花园10栋、13栋"))
    assert by == {("lifted", "西湖区"): ["南站街道机械厂11一18栋、37一43栋、113一121栋", "阳光花园10栋、13栋"]}


def test_run_on_after_numbered_buildings_in_traditional_characters() -> None:
    by = by_level(in_traditional(_lifted("錦繡小區2號樓、5號樓星河灣3棟")))
    assert by == {("lifted", "西湖区"): ["锦绣小区2号楼、5号楼", "星河湾3栋"]}


def test_ranges_with_yi_full_width_stay_one_place() -> None:
    by = by_level(_lifted("金华苑1一6幢、9一12幢").translate(HALF_TO_FULL))
    assert by == {("lifted", "西湖区"): ["金华苑1一6幢、9一12幢"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.lists(st.integers(1, 60), min_size=2, max_size=4, unique=True),
       st.sampled_from(["栋", "幢", "号楼"]), st.sampled_from(["小区", "花园", "家园"]))
def test_any_run_of_ranges_keeps_its_compound(first: str, second: str, starts: list[int], kind: str,
                                             end: str) -> None:
    assume(first != second)
    ranges = [f"{n}一{n + 5}{kind}" for n in sorted(starts)]
    listed = f"{first}{end}" + "、".join(ranges) + f"{second}{end}8{kind}"
    assert by_level(_lifted(listed)) == {("lifted", "西湖区"): [f"{first}{end}" + "、".join(ranges),
                                                                f"{second}{end}8{kind}"]}


# --- a measure read as a level after any list number ------------------------------------------------------
# (the variants test found "1)对A村继续实施封控措施" read as nothing: the rule took "1." and "(1)" but not "1)")

@pytest.mark.parametrize("number", ["1.", "1、", "(1)", "1)", "1) ", "①", "一、", "\uff081\uff09"])
def test_a_measure_after_any_list_number_is_read_as_its_level(number: str) -> None:
    text = f"{number}对金华镇龙泉村、翠湖村继续实施封控措施,做到“足不出户”;"
    assert levels_of(text) == {"sealed": ["金华镇龙泉村", "翠湖村"]}
