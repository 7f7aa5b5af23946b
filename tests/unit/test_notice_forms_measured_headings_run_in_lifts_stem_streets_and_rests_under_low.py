"""Forms of the forty-first held-out set, part b (notices 1068, 1069, 1070, 1072, 1074): a numbered level heading
with its measures in brackets and its list run on after it
("一、封控区(实行“区域封闭、足不出户、服务上门”管理措施)A县(6个):…"); a lift of the listed level with its places
straight after the level ("二、解除下列管控区A村周边区域。"), and a machine-reworded copy of it
("消除下列監管區…"); a heading lifting two levels' areas run together ("一、4月15日起解除封控管控区域") over
items that each lift, in a page's second notice stored without its title; a bound along two numbered streets of
one stem ("B兴一、二街以南"); the district named only by the rest of it listed under the low heading
("二、低风险区" over "C市除中风险区外的其他区域"). Notices here are written for the tests."""

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

# ---- "一、封控区(实行“…”管理措施)A县(6个):…" run on one line ----------------------------------------------------

_LEAD = "关于调整甲市防控区域的通告(第9号)根据有关规定,市指挥部研究决定,自10月4日8时起,我市防控区域调整如下:"


def test_measured_level_headings_run_on_over_county_groups() -> None:
    text = (_LEAD + "一、封控区(实行“区域封闭、足不出户、服务上门”管理措施)平远县(3个):金峰社区、翠锦村、星华村;"
            "蕉岭县(2个):第一网格范围东至龙春街,南至晓光路,北至建桃路,西至丽泽街;锦绣小区。"
            "二、管控区(实行“人不出区、严禁聚集”管理措施)蕉岭县(2个):长风村、胜利村。"
            "三、防范区(实行“社会面管控,严格限制人员聚集”管理措施)平远县、蕉岭县除上述区域外的其他区域调整为防范区。")
    assert by_level(text) == {
        ("sealed", "平远县"): ["金峰社区", "翠锦村", "星华村"],
        ("sealed", "蕉岭县"): ["第一网格范围东至龙春街,南至晓光路,北至建桃路,西至丽泽街", "锦绣小区"],
        ("controlled", "蕉岭县"): ["长风村", "胜利村"],
    }


def test_measured_level_headings_of_risk_levels_in_traditional_and_full_width() -> None:
    text = (_LEAD + "\n一、高风险区(实施“足不出户、上门服务”等管控措施)平远县(2个):金峰社区、翠锦村。\n"
            "二、中风险区(实施“人不出区、错峰取物”等管控措施)平远县(1个):星华村。")
    want = {("high", "平远县"): ["金峰社区", "翠锦村"], ("medium", "平远县"): ["星华村"]}
    assert by_level(text) == want
    assert by_level(in_traditional(text).translate(HALF_TO_FULL)) == want


def test_measured_level_heading_on_its_own_line_over_numbered_items() -> None:
    text = (_LEAD + "\n(一)封控区(执行“区域封闭、足不出户”管理措施)\n1.平远县金峰社区;\n2.平远县翠锦村。\n"
            "(二)管控区(执行“人不出区、严禁聚集”管理措施)\n1.平远县星华村。")
    assert levels_of(text) == {"sealed": ["金峰社区", "翠锦村"], "controlled": ["星华村"]}


def test_measures_in_a_sentence_after_the_level_heading_are_left_alone() -> None:
    # (a heading without bracketed measures, measures after the list, a market closed: read as before)
    text = (_LEAD + "\n一、封控区\n平远县金峰小区、翠锦花园。\n上述区域实行“足不出户、上门服务”管理措施。\n"
            "农贸市场实行封闭管理,人员、车辆凭证出入。")
    assert levels_of(text) == {"sealed": ["金峰小区", "翠锦花园"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=4, unique=True),
       st.sampled_from([("封控区", "sealed", "区域封闭、足不出户、服务上门"),
                        ("管控区", "controlled", "人不出区、严禁聚集"),
                        ("高风险区", "high", "足不出户、上门服务")]),
       st.sampled_from(["实行", "实施", "采取"]), st.sampled_from(["管理措施", "管控措施", "措施"]),
       st.sampled_from(["一、", "(一)"]))
def test_a_measured_level_heading_run_on(villages: list[str], level: tuple[str, str, str], verb: str, noun: str,
                                         enum: str) -> None:
    word, name, measures = level
    places = [f"{v}村" for v in villages]
    text = f"{_LEAD}{enum}{word}({verb}“{measures}”{noun})平远县({len(places)}个):{'、'.join(places)}。"
    assert by_level(text) == {(name, "平远县"): places}, text


# ---- "二、解除下列管控区A村周边区域。" (and a reworded "消除下列監管區…") -------------------------------------------

_LIFT_LEAD = ("甲市乙区关于解除部分地区“三区”管控措施的通告\n根据疫情防控工作要求,经专家研判,决定从2022年5月7日0时起,"
              "解除丙镇封控区、管控区及防范区的有关管控措施,具体通告如下:")


def test_lifts_of_listed_levels_run_in_on_one_line() -> None:
    text = (_LIFT_LEAD + "一、解除下列封控区金峰村金峰自然村、翠锦自然村、星华砂石厂。"
            "二、解除下列管控区金峰村周边区域。"
            "三、解除下列防范区长风、胜利周边区域。")
    assert levels_of(text) == {"lifted": ["金峰村金峰自然村", "翠锦自然村", "星华砂石厂", "金峰村周边区域", "长风",
                                          "胜利周边区域"]}


def test_lifts_of_listed_levels_run_in_on_their_own_lines_with_a_count() -> None:
    text = _LIFT_LEAD + "\n一、解除以下封控区2个金峰小区、翠锦花园。\n二、解除以下管控区星华小区。"
    assert levels_of(text) == {"lifted": ["金峰小区", "翠锦花园", "星华小区"]}


def test_a_machine_reworded_lift_in_traditional() -> None:
    text = in_traditional("甲市乙区有关消除壹部分地区“三区”管控措施的通知"
                          "依据相关疫情防控工作中要求,决策从2022年5月7日0时起,"
                          "消除丙镇封控区、监管区及预防区的有关管控措施,实际通知如下所示:壹、消除下列封控区金峰村金峰自然村、"
                          "翠锦自然村。二、消除下列监管区金峰村包抄地区。三、消除下列预防区长风、胜利包抄地区。")
    assert levels_of(text) == {"lifted": ["金峰村金峰自然村", "翠锦自然村", "金峰村包抄地区", "长风", "胜利包抄地区"]}


def test_ordinary_lifts_and_removals_near_the_form_are_left_alone() -> None:
    # (a lift of the listed level with its colon, and "消除" of a danger, read as before)
    text = (_LIFT_LEAD + "\n一、解除下列封控区:金峰小区、翠锦花园。\n为消除疫情隐患,农贸市场实行封闭管理,"
            "海关监管区人员、车辆凭证出入。")
    assert levels_of(text) == {"lifted": ["金峰小区", "翠锦花园"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=3, unique=True),
       st.sampled_from(["封控区", "管控区", "防范区"]), st.sampled_from(["下列", "以下"]),
       st.sampled_from(["解除", "消除"]), st.booleans())
def test_a_run_in_lift_of_a_listed_level(villages: list[str], level: str, which: str, verb: str,
                                         traditional: bool) -> None:
    places = [f"{v}小区" for v in villages]
    text = f"{_LIFT_LEAD}一、{verb}{which}{level}{'、'.join(places)}。"
    assert levels_of(in_traditional(text) if traditional else text) == {"lifted": places}, text


# ---- "一、4月15日起解除封控管控区域" over items that each lift, in a page's second notice ---------------------------

_FIRST_NOTICE = ("甲市乙区防控工作一线指挥部通告\n〔2022〕第38号\n根据有关规定,经专家研判,指挥部决定:\n"
                 "自2022年4月15日起,解除金峰街道龙春街28号、翠锦花苑二期19栋封控区管理\n"
                 "甲市乙区防控工作一线指挥部\n2022年4月15日\n")


def test_a_second_notice_without_its_title_lifting_with_a_downgrade() -> None:
    text = (_FIRST_NOTICE + "根据有关规定,经专家研判,我市丙镇部分区域已满足解除封控管控条件经甲市指挥部批准,"
            "现就解除封控管控有关事项通告如下:\n一、4月15日起解除封控管控区域\n"
            "1.解除丙镇长风村、胜利村封控区管理,调整为管控区\n")
    assert levels_of(text) == {"lifted": ["金峰街道龙春街28号", "翠锦花苑二期19栋"],
                               "controlled": ["丙镇长风村", "胜利村"]}


def test_a_heading_lifting_two_levels_areas_over_items() -> None:
    for heading in ("一、解除封控管控区域", "一、4月15日起解除封控、管控区域", "一、4月15日起解除封控区、管控区域"):
        text = ("经专家研判,现就有关事项通告如下:\n" + heading + "\n"
                "1.解除丙镇长风村、胜利村封控区管理,调整为管控区\n2.解除丁镇星华村封控区管理,调整为管控区\n")
        assert levels_of(text) == {"controlled": ["丙镇长风村", "胜利村", "丁镇星华村"]}, heading


def test_a_lift_of_two_levels_of_a_place_is_left_alone() -> None:
    text = "经专家研判,决定自4月15日起,对丙镇长风村解除封控管控管理。农贸市场实行封闭管理。"
    assert levels_of(text) == {"lifted": ["丙镇长风村"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=3, unique=True),
       st.sampled_from(["解除封控管控区域", "解除封控、管控区域", "4月15日起解除封控管控区域"]))
def test_a_second_notice_lifting_under_a_two_levels_heading(villages: list[str], heading: str) -> None:
    places = [f"{v}村" for v in villages]
    text = (_FIRST_NOTICE + "根据有关规定,经专家研判,现就解除封控管控有关事项通告如下:\n"
            f"一、{heading}\n1.解除丙镇{'、'.join(places)}封控区管理,调整为管控区\n")
    assert levels_of(text)["controlled"] == ["丙镇" + places[0], *places[1:]], text


# ---- "B兴一、二街以南" inside a bounded area -------------------------------------------------------------------------


def test_a_bound_along_two_numbered_streets_of_one_stem() -> None:
    text = ("茂南区关于调整风险区域的通告\n二、中风险区\n"
            "1、金峰街道龙春三街以东、翠锦一、二街以南、星华中路以西、长风二路以北附近区域(除高风险区外)\n"
            "2、胜利街道(除高风险区外)\n")
    assert levels_of(text) == {"medium": [
        "金峰街道龙春三街以东、翠锦一、二街以南、星华中路以西、长风二路以北附近区域(除高风险区外)",
        "胜利街道(除高风险区外)"]}


def test_two_numbered_roads_of_one_stem_closing_the_west_side_in_full_width() -> None:
    text = ("茂南区关于调整风险区域的通告\n一、高风险区\n"
            "1、金峰街道龙春路以东、翠锦路以南、星华三、四路以西、长风路以北附近区域\n")
    want = {"high": ["金峰街道龙春路以东、翠锦路以南、星华三、四路以西、长风路以北附近区域"]}
    assert levels_of(text) == want
    assert levels_of(text.translate(HALF_TO_FULL)) == want


def test_numbered_buildings_and_streets_without_a_side_still_split() -> None:
    text = "茂南区关于调整风险区域的通告\n一、高风险区\n1、金峰小区一、二栋\n2、翠锦一街、二街\n"
    assert levels_of(text) == {"high": ["金峰小区一、二栋", "翠锦一街", "二街"]}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.sampled_from(["一、二", "三、四", "五、六"]), st.sampled_from(["街", "路", "巷"]),
       st.sampled_from(["以南", "以北", "以东"]))
def test_stem_numbered_streets_in_a_bound(street: str, stem: str, road: str, numbers: str, kind: str,
                                          side: str) -> None:
    area = f"金峰街道{street}路以西、{stem}{numbers}{kind}{side}、{road}大道以东附近区域"
    text = f"茂南区关于调整风险区域的通告\n二、中风险区\n1、{area}\n"
    assert levels_of(text) == {"medium": [area]}, text


# ---- "二、低风险区" over "A市除中风险区外的其他区域": the notice's district ----------------------------------


def test_the_rest_of_a_county_level_city_under_the_low_heading_names_the_district() -> None:
    text = ("甲市应急指挥部办公室通告:根据当前防控实际情况,经专家研判,决定划定以下区域为中风险区和低风险区。\n"
            "一、中风险区\n1、金峰镇翠锦村;\n2、金峰镇星华村第4、5格。\n二、低风险区\n福清市除中风险区外的其他区域。\n"
            "中风险区采取“人不出区、错峰取物”等管控措施。")
    assert by_level(text) == {("medium", "福清市"): ["金峰镇翠锦村", "金峰镇星华村第4、5格"]}


def test_the_rest_of_a_county_as_a_precaution_item_in_full_width() -> None:
    text = ("指挥部办公室通告:经专家研判,划定以下区域。\n一、管控区\n1.金峰镇翠锦村\n二、防范区\n1.南安市其他区域\n")
    assert by_level(text) == {("controlled", "南安市"): ["金峰镇翠锦村"]}
    assert by_level(text.translate(HALF_TO_FULL)) == {("controlled", "南安市"): ["金峰镇翠锦村"]}


def test_a_county_named_in_a_sentence_about_travellers_names_no_district() -> None:
    text = ("指挥部办公室通告:经专家研判,划定以下区域。\n一、中风险区\n1.金峰镇翠锦村\n二、低风险区\n其他区域。\n"
            "低风险区人员、车辆前往南安市除中风险区外的其他区域须持核酸检测阴性证明。")
    assert by_level(text) == {("medium", None): ["金峰镇翠锦村"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=3, unique=True),
       st.sampled_from(["福清市", "南安市", "永安市", "平远县"]),
       st.sampled_from(["除中风险区外的其他区域", "除中风险区以外的其他区域", "其他区域"]))
def test_the_rest_under_the_low_heading(villages: list[str], county: str, rest: str) -> None:
    places = [f"金峰镇{v}村" for v in villages]
    items = "\n".join(f"{k}、{p};" for k, p in enumerate(places, 1))
    text = (f"指挥部办公室通告:经专家研判,决定划定以下区域为中风险区和低风险区。\n一、中风险区\n{items}\n"
            f"二、低风险区\n{county}{rest}。\n")
    assert by_level(text) == {("medium", county): places}, text
