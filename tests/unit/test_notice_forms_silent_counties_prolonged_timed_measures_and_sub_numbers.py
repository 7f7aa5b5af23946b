"""Forms of the seventeenth held-out set (issue 15): a whole county under silent management after a time's 起
with an adverb ("自…起全县立即实行静默管理"), and its silent management prolonged ("对全县29个乡镇(街道)延长静默
管控时间"); "对A实行封控管理" opened by 新增 / 继续 / 决定 and with a duration ("实行五天封控管理", "实行新一轮五天
封控管理"), while a kind of road under 管控 names no place; "的风险等级调整高风险区" without 为; the traffic control
of a bounded area lifted; sub-numbers of one house number ("12号之五至之九(A)、之十五(B)、之三") one place.
Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import by_level, in_traditional, levels_of

_NAMES = ["幸福小区", "和平里社区", "临江花园2栋", "东风村", "鑫源公寓", "新华家园3号楼", "红星村五组", "青龙镇莲花村"]


# --- a whole county under silent management, after 起 and an adverb -----------------------------------------

def test_whole_county_silent_after_a_time_and_an_adverb_is_the_county() -> None:
    text = ("湄潭县关于对全县实施临时静默管控的通告\n"
            "经研究,决定从2022年9月27日13时起全县立即实行静默管理,解除时间另行通知。现将有关事宜通告如下:\n"
            "一、保持区域相对静止。县域实行“只进不出”管理,对出入县境的道路及县乡汽车站等交通站点实行管控。")
    assert by_level(text) == {("silent", "湄潭县"): ["湄潭县"]}


def test_whole_district_silent_variants_adverbs_kinds_and_characters() -> None:
    # a district, 统一 for 立即, 实施临时静默管理
    text = "平坝区疫情防控指挥部通告\n自9月1日18时起全区统一实施临时静默管理。"
    assert by_level(text) == {("silent", "平坝区"): ["平坝区"]}
    # a banner, 即, 静态管理, after a comma
    assert by_level("正蓝旗应对疫情工作指挥部通告\n自即日起,全旗即实行静态管理。") == {("silent", "正蓝旗"): ["正蓝旗"]}
    # a county-level city, full-width commas
    text = "清镇市疫情防控指挥部通告\n自9月27日13时起，全市立即实行临时静默管理，解除时间另行通知。"
    assert by_level(text) == {("silent", "清镇市"): ["清镇市"]}
    # traditional characters, full-width punctuation
    text = in_traditional("黎平县疫情防控指挥部通告\n决定自10月3日0时起全县立即实行静默管理,解除时间另行通知。")
    assert by_level(text) == {("silent", "黎平县"): ["黎平县"]}


def test_decided_silent_management_over_named_places() -> None:
    # 对 after 决定 starts the object
    assert levels_of("决定对城关镇、乙镇实行临时静默管理。") == {"silent": ["城关镇", "乙镇"]}
    assert levels_of("经研究,决定对A社区实行静默管理。") == {"silent": ["A社区"]}


def test_roads_under_control_are_no_place() -> None:
    for road in ("对出入县境的道路实行管控", "对进出城区的车辆及道路实行管控", "对所有交通卡口实行管控"):
        assert parse_notice(f"甲县通告\n{road},严防疫情输入。", default_year=2022)["changes"] == []


# --- silent management prolonged ------------------------------------------------------------------------------

def test_whole_county_silent_management_prolonged_is_the_county() -> None:
    text = ("修文县疫情防控指挥部关于对全县延长静默管控时间的通告\n"
            "为巩固防控成果,决定对全县29个乡镇(街道)延长静默管控时间,静默管控时间从9月24日18时至9月27日18时。\n"
            "修文县疫情防控指挥部\n2022年9月24日")
    assert by_level(text) == {("silent", "修文县"): ["修文县"]}


def test_silent_management_prolonged_variants() -> None:
    # a district, counted towns without brackets, 临时静默管理, 期限
    text = "白云区疫情防控指挥部通告\n决定对全区12个街道延长临时静默管理期限。"
    assert by_level(text) == {("silent", "白云区"): ["白云区"]}
    # named places, 继续延长, 静态管理
    assert levels_of("现决定对A镇、B镇继续延长静态管理时间。") == {"silent": ["A镇", "B镇"]}
    # traditional characters
    text = in_traditional("锦屏县疫情防控指挥部通告\n决定对全县延长静默管控时间,解除时间另行通知。")
    assert by_level(text) == {("silent", "锦屏县"): ["锦屏县"]}
    # until a time, by a number of days, full-width commas
    text = "修文县疫情防控指挥部通告\n决定对全县延长静默管理时间至9月30日18时。"
    assert by_level(text) == {("silent", "修文县"): ["修文县"]}
    text = "修文县疫情防控指挥部通告\n经研究，对全县继续延长静默管控3天，请广大群众理解支持。"
    assert by_level(text) == {("silent", "修文县"): ["修文县"]}


# --- "新增对A实行五天封控管理", "继续对C实行新一轮五天封控管理" ------------------------------------------

def test_new_and_kept_sealing_with_a_duration() -> None:
    text = ("天全县应对疫情应急指挥部通告\n自2022年11月23日12:00时起,新增对五宪镇烟溪沟村南村坝小区、青龙镇莲花村"
            "实行五天封控管理,继续对龙苍沟镇万年村9组实行新一轮五天封控管理,封控区域严格落实“足不出户、上门服务”。")
    assert by_level(text) == {("sealed", "天全县"): ["五宪镇烟溪沟村南村坝小区", "青龙镇莲花村", "龙苍沟镇万年村9组"]}


def test_timed_measure_variants() -> None:
    # digits, 为期…的, 实施, 临时
    assert levels_of("自11月1日起,新增对A小区实施为期7天的临时封控管理。") == {"sealed": ["A小区"]}
    # 管控 with a duration, 再次
    assert levels_of("即日起,再次对B村、C村实行3日管控措施。") == {"controlled": ["B村", "C村"]}
    # 决定, traditional characters
    assert levels_of(in_traditional("经研究,决定对D社区实行新一轮五天封控管理。")) == {"sealed": ["D社区"]}
    # spaces and full-width commas around the parts
    assert levels_of("自11月1日起， 新增对 A小区、B村 实行 五天封控管理。") == {"sealed": ["A小区", "B村"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(_NAMES), min_size=1, max_size=6, unique=True),
       st.sampled_from(["新增", "继续", "决定", ""]), st.sampled_from(["五天", "7天", "新一轮五天", "为期3日的", ""]))
def test_any_list_under_a_timed_sealing_gives_its_places(names: list[str], verb: str, span: str) -> None:
    text = f"自11月23日12时起,{verb}对{'、'.join(names)}实行{span}封控管理,严格落实“足不出户”。"
    assert levels_of(text) == {"sealed": names}


# --- "的风险等级调整高风险区" without 为 ------------------------------------------------------------------

def test_risk_level_adjusted_without_to() -> None:
    text = ("新津区疫情防控指挥部关于部分区域调整风险等级的通告\n"
            "自2022年11月20日4时起,将新津区城投润城小区3栋的风险等级调整高风险区\n"
            "自2022年11月20日7时起,将新津区土桥镇上正街的风险等级调整为高风险区。")
    assert by_level(text) == {("high", "新津区"): ["城投润城小区3栋", "土桥镇上正街"]}


def test_risk_level_adjusted_without_to_variants() -> None:
    assert levels_of("将A小区的风险等级下调低风险区。") == {"low": ["A小区"]}
    assert levels_of("将B村3组风险等级上调中风险区;") == {"medium": ["B村3组"]}
    assert levels_of(in_traditional("将C社区2栋的风险等级调整高风险区。")) == {"high": ["C社区2栋"]}
    # a heading that adjusts a level's range ("调整高风险区范围", no 风险等级 before it) gets no 为: no place of its own
    assert levels_of("二、调整高风险区范围\n将D小区的风险等级调整为高风险区。") == {"high": ["D小区"]}


# --- traffic control of a bounded area lifted -------------------------------------------------------------

def test_traffic_control_of_a_bounded_area_lifted() -> None:
    text = ("甲镇疫情防控指挥部办公室通告\n一、解除甲镇东至南围街北环路东出入口、南至北环路、北至南围街、西至农场边"
            "合围区域的交通临时管制。")
    assert levels_of(text) == {"lifted": ["甲镇东至南围街北环路东出入口、南至北环路、北至南围街、西至农场边合围区域"]}


def test_traffic_control_lifted_variants() -> None:
    assert levels_of("解除A小区的临时交通管制。") == {"lifted": ["A小区"]}
    assert levels_of("解除B村东至C路、西至D河合围区域的交通管制;") == {"lifted": ["B村东至C路、西至D河合围区域"]}
    assert levels_of(in_traditional("解除E街道F社区(含商铺)的交通临时管制。")) == {"lifted": ["E街道F社区(含商铺)"]}


# --- sub-numbers of one house number ---------------------------------------------------------------------

def test_sub_numbers_of_one_house_number_are_one_place() -> None:
    text = ("解除甲镇石特社区八组农路耕作区内房屋,甲镇民主社区南围街31号至40号,甲镇石特社区穗兴路12号之五至之九"
            "(友谊公寓)、之十五(穗福百货)、之三高风险区管理。")
    assert levels_of(text) == {"lifted": ["甲镇石特社区八组农路耕作区内房屋", "甲镇民主社区南围街31号至40号",
                                          "甲镇石特社区穗兴路12号之五至之九(友谊公寓)、之十五(穗福百货)、之三"]}


def test_sub_number_variants() -> None:
    assert levels_of("将A路8号之一、之二调整为高风险区。") == {"high": ["A路8号之一、之二"]}
    assert levels_of("将B街3号之5至之7、之9(C店),D小区2栋划为中风险区。") == {
        "medium": ["B街3号之5至之7、之9(C店)", "D小区2栋"]}
    # a place that only starts with 之 after a place without a house number stays its own
    assert levels_of("将E村、之江花园划为高风险区。") == {"high": ["E村", "之江花园"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=30), min_size=1, max_size=5, unique=True).map(sorted),
       st.sampled_from(["、", ","]))
def test_any_run_of_sub_numbers_is_one_place(subs: list[int], sep: str) -> None:
    place = "穗兴路12号" + sep.join(f"之{n}" for n in subs)
    assert levels_of(f"将{place},A小区划为高风险区。") == {"high": [place, "A小区"]}
