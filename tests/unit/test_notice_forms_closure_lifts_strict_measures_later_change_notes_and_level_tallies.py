"""Forms of the twenty-sixth set: 2020's closure of an infected area lifted with 的 before the closure ("解除对A村
B组区域的疫区封闭管理"), a measure named with its days before 对 and how strictly before its level ("于10月24日至
26日对A镇和B镇实施从严管控"), a later change a copy notes after a listed item ("A村(已调整为中风险地区)") and a
count after the level that tallies the areas ("指挥部划定风险区域为封控区2个,管控区15个"). Each form in variants
written here (other counties, wording, numbering, full-width punctuation, traditional characters), a property over
generated parts, and what is no such form."""

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

# --- "解除对A的疫区封闭管理": an infected area's closure lifted, 的 before the closure -------------------------------


def test_a_county_s_own_infected_area_closure_lifted() -> None:
    text = ("关于解除对金华镇龙春村五组区域封闭管理的公告\n"
            "自2020年2月4日上午10:00起,我县对金华镇龙春村五组区域全面实施封闭管理。该区域已连续14天未出现后续感染病例。"
            "经县疫情防控应急指挥部研究决定:\n"
            "自2020年2月20日上午8:00起,解除对金华镇龙春村五组区域的疫区封闭管理。\n"
            "平遥县新型冠状病毒感染的肺炎疫情防控应急指挥部\n2020年2月19日")
    assert by_level(text) == {("lifted", "平遥县"): ["金华镇龙春村五组区域"]}


def test_a_closure_lifted_without_the_infected_area_word_and_with_full_width_punctuation() -> None:
    text = "经研究决定,自2020年3月1日起,解除对星湾乡福瑞村三组的封闭管理。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["星湾乡福瑞村三组"]}


def test_an_infected_area_closure_lifted_in_traditional_characters() -> None:
    text = in_traditional("经研究决定,自2020年2月26日12时起,解除对锦绣小区的疫区封闭管理。")
    assert levels_of(text) == {"lifted": ["锦绣小区"]}


def test_a_temporary_or_closed_style_management_lifted() -> None:
    assert levels_of("经研究决定,自即日起解除对龙春社区3组的临时封闭管控。") == {"lifted": ["龙春社区3组"]}
    assert levels_of("经研究决定,解除对锦绣花园的封闭式管理。") == {"lifted": ["锦绣花园"]}


def test_a_closure_lifted_without_dui_or_de() -> None:
    assert levels_of("经研究决定,解除龙春村三组区域疫区封闭管理。") == {"lifted": ["龙春村三组区域"]}
    assert levels_of("解除星湾小区封闭管理,恢复正常生产生活秩序。") == {"lifted": ["星湾小区"]}
    assert levels_of(in_traditional("经研究决定,对锦绣村五组解除疫区封闭管理。")) == {"lifted": ["锦绣村五组"]}


def test_a_closure_lifted_with_no_whole_place_names_none() -> None:
    for text in ("经研究决定,解除疫区封闭管理。", "解除临时封闭管理后,居民照常生活。", "经研究决定,解除全县封闭管理。"):
        assert levels_of(text) == {}, text


def test_a_lift_s_effective_time_is_the_lift_s_not_the_recalled_closure_s() -> None:
    for text in (
        "自2020年2月4日上午10:00起,我县对龙春村五组区域全面实施封闭管理。封闭管理实施以来,该区域已连续14天未出现"
        "后续感染病例。经研究决定:\n自2020年2月20日上午8:00起,解除对龙春村五组区域的疫区封闭管理。",
        in_traditional("自2020年1月30日12时起,对星湾社区实行封闭管理。实行封闭管理以来,未出现新增病例。"
                       "现决定自2020年2月18日18时起解除对星湾社区的封闭管理。"),
    ):
        result = parse_notice(text)
        assert result["effective"] in ("2020-02-20T08:00:00", "2020-02-18T18:00:00"), text
        assert list(levels_of(text)) == ["lifted"], text


def test_a_notice_that_closes_one_place_and_lifts_another_takes_effect_at_the_first() -> None:
    # (no time since told: the first start is the notice's own)
    text = "自2020年2月4日10时起,对龙春村实施封闭管理。自2020年2月5日8时起,解除对星湾村的封闭管理。"
    assert parse_notice(text)["effective"] == "2020-02-04T10:00:00"


def test_a_lift_of_a_closure_s_later_rules_names_no_place() -> None:
    # ("解除…后的管理要求": what holds after the lift, no place lifted)
    text = "解除疫区封闭管理后,该区域的管理措施要按照省、市有关规定严格执行。"
    assert levels_of(text) == {}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["村", "社区", "小区"]), st.sampled_from(["一组", "5组", ""]),
       st.sampled_from(["疫区封闭管理", "封闭管理", "临时封闭管控", "封闭式管理", "疫区封闭措施"]), st.booleans())
def test_any_closure_lifted_is_the_place_lifted(name: str, kind: str, group: str, closure: str, full: bool) -> None:
    place = f"{name}{kind}{group}"
    text = f"经研究决定,自2020年2月20日8时起,解除对{place}的{closure}。"
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {"lifted": [place]}


# --- "于10月24日至26日对A镇和B镇实施从严管控": the days before 对, how strictly before the level ---------------------


def test_two_towns_under_strict_control_for_days() -> None:
    text = ("经旗疫情防控指挥部研究决定,于10月24日至26日对龙春镇和星湾镇实施从严管控,其他乡镇实施严格管理,"
            "并视疫情情况动态调整管控措施。")
    assert levels_of(text) == {"controlled": ["龙春镇", "星湾镇"]}


def test_towns_under_strict_control_with_hours_and_full_width_punctuation() -> None:
    text = "经研究决定,于11月3日18时至11月6日18时对金华街道、长风街道实行严格管控,其他区域实施常态化管理。"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"controlled": ["金华街道", "长风街道"]}


def test_a_span_without_yu_or_as_a_period_before_dui() -> None:
    for text in ("经研究决定,10月24日至26日对龙春镇和星湾镇实施从严管控。",
                 "经研究决定,在10月24日0时至10月26日24时期间,对龙春镇、星湾镇实行严格管控。"):
        assert levels_of(text) == {"controlled": ["龙春镇", "星湾镇"]}, text


def test_strict_sealing_for_days_in_traditional_characters() -> None:
    text = in_traditional("经研究决定,于3月5日至7日对锦绣小区实施从严封控,小区居民足不出户。")
    assert levels_of(text) == {"sealed": ["锦绣小区"]}


def test_a_strict_temporary_sealing_without_days() -> None:
    assert levels_of("经研究决定,对龙春村实行临时严格封控。") == {"sealed": ["龙春村"]}
    assert levels_of("经研究决定,对星湾镇实施最严格的封控措施。") == {"sealed": ["星湾镇"]}
    text = "经研究决定,对金华镇实施更加严格的管控措施。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["金华镇"]}


def test_strict_management_of_the_other_towns_is_no_level() -> None:
    text = "经研究决定,于10月24日至26日对其他乡镇实施严格管理。"
    assert levels_of(text) == {}


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=3, unique=True),
       st.sampled_from(["镇", "乡", "街道"]), st.sampled_from(["和", "、"]),
       st.sampled_from(["于10月24日至26日", "于11月3日18时至11月6日18时", "于5月1日至5月3日", "10月24日至26日",
                        "在5月1日至5月3日期间", "从2022年11月3日0时至5日24时", ""]),
       st.sampled_from(["实施", "实行"]), st.sampled_from(["从严", "严格", "临时从严", ""]),
       st.sampled_from(["管控", "封控"]), st.booleans())
def test_any_towns_under_a_strict_measure_for_days(names: list[str], kind: str, joint: str, days: str, verb: str,
                                                  strict: str, level: str, full: bool) -> None:
    towns = [name + kind for name in names]
    text = f"经研究决定,{days}对{joint.join(towns)}{verb}{strict}{level},其他区域实施常态化管理。"
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {
        "controlled" if level == "管控" else "sealed": towns}


# --- "A村(已调整为中风险地区)": a later change noted after a listed item ----------------------------------------------


def test_a_later_change_noted_after_a_sealed_item() -> None:
    text = ("晋中市11月28日划定封控区、管控区名单\n一、封控区\n1.平遥县金华镇龙春村(已调整为中风险地区)\n"
            "2.介休市星湾镇福瑞村\n二、管控区\n1.平遥县长风镇区(含加油站)")
    assert by_level(text) == {("sealed", "平遥县"): ["金华镇龙春村"], ("sealed", "介休市"): ["星湾镇福瑞村"],
                              ("controlled", "平遥县"): ["长风镇区(含加油站)"]}


def test_later_changes_noted_with_full_width_brackets() -> None:
    text = "一、封控区\n1.龙春镇孔家村(现已降为管控区)\n2.星湾镇前村(已解封)\n".translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["龙春镇孔家村", "星湾镇前村"]}


def test_a_later_change_noted_in_traditional_characters() -> None:
    text = in_traditional("一、管控区\n1、锦绣花园3栋(已下调为低风险区)\n2、泰康小区")
    assert levels_of(text) == {"controlled": ["锦绣花园3栋", "泰康小区"]}


def test_a_later_change_noted_with_its_day() -> None:
    text = "一、封控区\n1.龙春镇孔家村(已于11月30日调整为低风险区)\n2.星湾镇前村(11月30日已调为管控区)\n"
    assert levels_of(text) == {"sealed": ["龙春镇孔家村", "星湾镇前村"]}


def test_a_bracket_that_names_a_part_stays_with_its_place() -> None:
    text = "一、封控区\n1.龙春镇孔家村(已建成区)\n2.星湾镇前村(含调整后新建小区)"
    assert levels_of(text) == {"sealed": ["龙春镇孔家村(已建成区)", "星湾镇前村(含调整后新建小区)"]}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["镇", "乡"]), st.sampled_from(["村", "社区", "嘎查"]),
       st.sampled_from(["已调整为中风险地区", "现已降为管控区", "已转为防范区", "已解除", "已解封",
                        "目前已调整为低风险区"]),
       st.sampled_from(["封控区", "管控区"]), st.booleans())
def test_any_later_change_note_is_no_part_of_the_place(name: str, town: str, village: str, note: str, label: str,
                                                       full: bool) -> None:
    place = f"{name}{town}{name[::-1]}{village}"
    text = f"一、{label}\n1.{place}({note})\n2.长风镇锦绣村"
    expected = {"sealed" if label == "封控区" else "controlled": [place, "长风镇锦绣村"]}
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == expected


# --- "划定风险区域为封控区2个,管控区15个": a count after the level tallies the areas --------------------------------


def test_a_city_office_s_tally_of_its_areas_is_no_place() -> None:
    text = ("截至目前,龙春市新冠肺炎疫情防控指挥部划定风险区域为封控区2个,管控区15个,防范区2个(具体名单见附件)。\n"
            "一、封控区\n1.金华镇孔家村\n2.星湾镇前村")
    assert levels_of(text) == {"sealed": ["金华镇孔家村", "星湾镇前村"]}


def test_a_tally_of_risk_levels_with_full_width_punctuation() -> None:
    text = ("截至目前,全市划定的风险区域为高风险区3个,中风险区5个。\n高风险区:龙春村、星湾村、福瑞村。"
            .translate(HALF_TO_FULL))
    assert levels_of(text) == {"high": ["龙春村", "星湾村", "福瑞村"]}


def test_a_tally_in_traditional_characters() -> None:
    text = in_traditional("截至11月29日,全县风险区域为封控区1个、管控区3个。\n一、封控区\n锦绣花园3栋")
    assert levels_of(text) == {"sealed": ["锦绣花园3栋"]}


def test_places_counted_after_their_level_as_many_as_named_are_places() -> None:
    assert levels_of("经研判,确定锦绣小区、星湾小区为封控区2个。") == {"sealed": ["锦绣小区", "星湾小区"]}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["龙春市新冠肺炎疫情防控指挥部划定", "全市划定的", "全县", "目前划定的"]),
       st.sampled_from(["风险区域", "风险地区"]),
       st.lists(st.sampled_from(["封控区", "管控区", "防范区", "高风险区", "中风险区"]), min_size=1, max_size=3,
                unique=True),
       st.lists(st.integers(2, 40), min_size=3, max_size=3), st.sampled_from([",", "、"]), st.booleans())
def test_any_tally_of_levels_names_no_place(who: str, areas: str, levels: list[str], counts: list[int], joint: str,
                                            full: bool) -> None:
    tally = joint.join(f"{level}{n}个" for level, n in zip(levels, counts, strict=False))
    text = f"截至目前,{who}{areas}为{tally}。"
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {}
