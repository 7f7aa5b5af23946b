"""Forms of notices that list places with no heading and give their change in the sentence that refers back to
them ("1、A;2、B。" then "以上2个高风险区调整为低风险区"), lift a place's level after it ("A镇(除上述区域外)的防范区
自然解除"), lift a town's traffic control ("解除进出A镇的临时交通管控措施"), designate with 评定 / 规定 / 判定为, and
title the notice with the office's name broken over two lines (or as a 布告). Each form in variants written here
(invented places, the wording of the real forms: other kinds of place, counts, separators, traditional
characters, full-width punctuation, spaces), and properties over generated lists."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)
PLACE_END = ["小区", "家园", "花园", "公寓", "苑"]
TOWN_END = ["镇", "乡"]
LEAD = ("关于调整部分区域风险等级的通告\n根据当前疫情防控工作需要,经综合研判,决定自2022年11月28日0时起,"
        "调整部分区域风险等级,通告如下:\n")


# --- a list with no heading, its change in the sentence that refers back to it ------------------------------


def test_numbered_list_then_a_counted_level_lowered() -> None:
    text = (LEAD + "1、东城办金桂路锦华花园及楼下临街店铺;\n2、东城办春晓路翠苑小区及楼下临街店铺;\n"
            "3、河口管委会星悦小区及四周道路两边临街店铺。\n"
            "以上3个高风险区调整为低风险区,落实“个人防护、避免聚集”等防控措施。\n解除时间视疫情形势变化另行通知。\n"
            "特此通告。")
    result = parse_notice(text, default_year=2022)
    assert [(c["action"], c["level_from"], c["level_to"]) for c in result["changes"]] == [("downgrade", "high", "low")]
    assert levels_of(text) == {"low": ["东城办金桂路锦华花园及楼下临街店铺", "东城办春晓路翠苑小区及楼下临街店铺",
                                       "河口管委会星悦小区及四周道路两边临街店铺"]}
    assert result["warnings"] == []


def test_reference_with_the_level_left_and_a_time_in_traditional_characters() -> None:
    text = in_traditional(LEAD + "1.金华街道龙春小区3栋;\n2.金华街道阳光家园\n即日起,上述区域由中风险区降为低风险区。"
                        ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"low": ["金华街道龙春小区3栋", "金华街道阳光家园"]}


def test_reference_to_zones_and_a_count_that_disagrees_warns() -> None:
    text = LEAD + "(1)翠峰村 5组;\n(2)锦绣村\n以上3个封控区调整为防范区。"
    result = parse_notice(text, default_year=2022)
    assert levels_of(text) == {"precaution": ["翠峰村5组", "锦绣村"]}
    assert any("3" in warning for warning in result["warnings"])


def test_a_reference_under_another_list_takes_no_lines_from_above_it() -> None:
    text = ("雁塔区关于调整风险区的通告\n雁塔区关于调整风险区的通告\n即日起将以下区域调整为低风险区,具体如下:\n"
            "一、调整范围\n1.长风街道:金华小区2栋。\n二、管控措施\n以上区域调整为低风险区后执行社会面防控措施。")
    assert by_level(text) == {("low", "雁塔区"): ["长风街道金华小区2栋"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(name, st.sampled_from(PLACE_END)), min_size=1, max_size=6, unique_by=lambda t: t[0]),
       st.sampled_from([("高风险区", "中风险区", "medium"), ("高风险区", "低风险区", "low"),
                        ("中风险区", "低风险区", "low"), ("封控区", "管控区", "controlled")]),
       st.sampled_from(["、", ".", "."]), st.booleans(), st.booleans())
def test_any_list_then_its_counted_reference(parts: list[tuple[str, str]], levels: tuple[str, str, str], dot: str,
                                            counted: bool, semicolons: bool) -> None:
    places = [f"{n}{end}" for n, end in parts]
    lines = [f"{k}{dot}{p}{';' if semicolons else ''}" for k, p in enumerate(places, 1)]
    count = f"{len(places)}个" if counted else ""
    text = LEAD + "\n".join(lines) + f"\n以上{count}{levels[0]}调整为{levels[1]},落实相应防控措施。\n特此通告。"
    assert levels_of(text) == {levels[2]: places}


# --- a place's level lifted after it: "A镇(除上述区域外)的防范区自然解除" -------------------------------------

LIFT_LEAD = "关于解除部分区域封控管理的通告\n自2022年4月6日9时起,解除清徐县金华镇龙春村、阳光村的封控管理措施。"


def test_the_rest_of_a_town_lifted_after_its_places() -> None:
    text = LIFT_LEAD + "金华镇(除上述区域外)的防范区自然解除。\n解除封控后,原封控区内的居民要继续实行7天健康监测。"
    assert levels_of(text) == {"lifted": ["金华镇龙春村", "阳光村", "金华镇(除上述区域外)"]}


def test_a_village_controlled_area_lifted_at_once_in_traditional_characters() -> None:
    text = in_traditional(LIFT_LEAD + "翠峰村 管控区同步解除;金华镇其余区域防范区一并解除。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["金华镇龙春村", "阳光村", "翠峰村", "金华镇其余区域"]}


def test_levels_alone_or_the_whole_county_lifted_name_no_place() -> None:
    text = (LIFT_LEAD + "封控区、管控区同步解除。全县防范区自然解除。原封控区解除后,实行健康监测。"
            "其他区域的防范区自然解除。")
    assert levels_of(text) == {"lifted": ["金华镇龙春村", "阳光村"]}


@settings(max_examples=40, deadline=None)
@given(name, st.sampled_from(TOWN_END), st.sampled_from(["(除上述区域外)", "除上述区域以外的其他区域", "其余区域"]),
       st.sampled_from(["", "的"]), st.sampled_from(["防范区", "管控区"]),
       st.sampled_from(["", "自然", "自动", "同步", "一并"]), st.sampled_from(["。", ";", ","]))
def test_any_town_rest_with_its_level_lifted(town: str, end: str, rest: str, of: str, level: str, adverb: str,
                                            stop: str) -> None:
    text = LIFT_LEAD + f"{town}{end}{rest}{of}{level}{adverb}解除{stop}请广大群众做好个人防护。"
    assert levels_of(text) == {"lifted": ["金华镇龙春村", "阳光村", f"{town}{end}{rest}"]}


# --- a town's traffic control lifted: "解除进出A镇的临时交通管控措施" -----------------------------------------


def test_traffic_control_of_a_town_lifted() -> None:
    text = "关于解除交通管控的通知\n自2022年2月20日9时起,解除进出金华镇的临时交通管控措施。维持封控区和管控区措施不变。"
    assert levels_of(text) == {"lifted": ["金华镇"]}


def test_traffic_control_with_churu_and_full_width_punctuation() -> None:
    text = "关于解除交通管控的通知\n即日起,解除出入翠峰乡的交通临时管控措施。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["翠峰乡"]}


def test_traffic_control_in_traditional_characters_and_jin_chu_kept_in_a_lift_of_sealing() -> None:
    text = in_traditional("关于解除交通管控的通知\n自2月20日起,解除进出龙春镇的交通管控措施;解除进出口大厦的封控管理。")
    assert levels_of(text) == {"lifted": ["龙春镇", "进出口大厦"]}


@settings(max_examples=40, deadline=None)
@given(name, st.sampled_from(["镇", "乡", "街道", "村"]), st.sampled_from(["进出", "出入"]),
       st.sampled_from(["临时交通管控", "交通管控", "交通临时管控", "临时交通管制"]), st.sampled_from(["措施", ""]))
def test_any_town_traffic_control_lifted(town: str, end: str, way: str, control: str, measures: str) -> None:
    text = f"关于解除交通管控的通知\n自2022年2月20日9时起,解除{way}{town}{end}的{control}{measures}。"
    assert levels_of(text) == {"lifted": [f"{town}{end}"]}


# --- 评定 / 规定 / 判定 / 界定为 a level: one verb, its 定 no part of the place --------------------------------


def test_village_rated_medium() -> None:
    text = "关于划定风险区的通告\n经专家组综合研判,自2022年10月23日21时起,将金华镇龙春村评定为中风险区,实行管控措施。"
    assert levels_of(text) == {"medium": ["金华镇龙春村"]}


def test_village_guiding_as_medium_in_a_rewritten_copy() -> None:
    text = ("关于划定风险区的布告\n自2022年10月23日21时起,将翠峰乡锦绣村规定为中风险区,实行“人不出区”等管控办法;"
            "全县除中风险区以外的其他区域为低风险区。")
    assert levels_of(text) == {"medium": ["翠峰乡锦绣村"]}


def test_judged_high_in_traditional_characters() -> None:
    text = in_traditional("关于划定风险区的通告\n将阳光小区3号楼判定为高风险区;将阳光小区其他区域界定为低风险区。")
    assert levels_of(text) == {"high": ["阳光小区3号楼"], "low": ["阳光小区其他区域"]}


@settings(max_examples=40, deadline=None)
@given(name, st.sampled_from(["镇", "乡"]), name, st.sampled_from(["评定为", "规定为", "判定为", "界定为"]),
       st.sampled_from([("中风险区", "medium"), ("高风险区", "high"), ("管控区", "controlled")]))
def test_any_village_with_a_ding_verb(town: str, end: str, village: str, verb: str, level: tuple[str, str]) -> None:
    text = f"关于划定风险区的通告\n自2022年10月23日21时起,将{town}{end}{village}村{verb}{level[0]},实行相应措施。"
    assert levels_of(text) == {level[1]: [f"{town}{end}{village}村"]}


# --- an office's title broken over two lines, or titled 布告, names the district ---------------------------


def test_title_broken_over_two_lines_names_the_county() -> None:
    text = ("清徐县新型冠状病毒肺炎\n防控工作应急指挥部通告\n〔2022〕第4号\n自2022年10月23日21时起,"
            "将金华镇龙春村划定为中风险区。\n清徐县新型冠状病毒肺炎\n防控工作应急指挥部\n2022年10月23日")
    assert by_level(text) == {("medium", "清徐县"): ["金华镇龙春村"]}


def test_title_as_a_bugao_names_the_district() -> None:
    text = "小店区疫情防控指挥部布告\n自2022年10月23日起,将金华街道龙春小区划定为高风险区。"
    assert by_level(text) == {("high", "小店区"): ["金华街道龙春小区"]}


def test_broken_bugao_title_in_traditional_characters() -> None:
    text = in_traditional("迎泽区新冠肺炎疫情\n防控指挥部布告\n即日起,将翠峰社区锦绣苑划定为管控区。")
    assert by_level(text) == {("controlled", "迎泽区"): ["翠峰社区锦绣苑"]}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["小店区", "迎泽区", "清徐县", "阳曲县"]), st.sampled_from(["通告", "布告", "公告"]),
       st.sampled_from(["新型冠状病毒肺炎\n防控工作应急指挥部", "新冠肺炎疫情\n防控指挥部", "疫情防控\n工作指挥部"]),
       name, st.sampled_from(PLACE_END))
def test_any_broken_office_title_names_its_district(district: str, word: str, office: str, place: str,
                                                   end: str) -> None:
    text = f"{district}{office}{word}\n自2022年10月23日起,将{place}{end}划定为高风险区。"
    assert by_level(text) == {("high", district): [f"{place}{end}"]}
