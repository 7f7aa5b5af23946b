"""Forms of the ninth held-out set (round 3, part c), each in a variant written here (invented places, the
wording of forms real notices use), and properties over generated places: a lift whose next clause gives the
level the places go to ("A、B解除高风险区,与某区其他区域同为低风险区"), a list restated with its count before its
level ("全区现有2个高风险区,为A,B")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import by_level, in_traditional, levels_of
from tests.unit.test_notice_render import place

# --- 1. "将A,B解除高风险区,与海州区(除高风险地区以外)其他区域同为低风险区": the lift's next clause (without an
# object of its own) gives the level the places go to; they are low, not merely lifted. Also "解除…,调整为Y".


def test_lift_then_same_level_as_the_rest_of_the_district() -> None:
    text = ("青山区疫情防控通告(2022年第5号)\n"
            "经综合评估研判,自发布之日起,将青山区红旗街道东风社区幸福里3号楼一单元,青山区白沙镇李庄村二组8号,"
            "青山区工业园和美小区5号楼解除高风险区,与青山区(除高风险地区以外)其他区域同为低风险区。\n")
    result = parse_notice(text, default_year=2022)
    changes = result["changes"]
    assert [(c["action"], c["level_from"], c["level_to"], c["district"]) for c in changes] == [
        ("downgrade", "high", "low", "青山区")]
    assert changes[0]["places"] == ["红旗街道东风社区幸福里3号楼一单元", "白沙镇李庄村二组8号", "工业园和美小区5号楼"]


def test_lift_then_adjusted_to_a_level() -> None:
    text = "自即日起,将长乐街道南门社区、北关村解除中风险区,均调整为低风险区。"
    result = parse_notice(text, default_year=2022)
    assert [(c["level_from"], c["level_to"]) for c in result["changes"]] == [("medium", "low")]
    assert result["changes"][0]["places"] == ["长乐街道南门社区", "北关村"]


def test_lift_without_a_following_level_stays_a_lift() -> None:
    text = "自即日起,将长乐街道南门社区、北关村解除高风险区,实行常态化防控措施。"
    result = parse_notice(text, default_year=2022)
    assert [(c["action"], c["level_from"], c["level_to"]) for c in result["changes"]] == [("lift", "high", None)]


@settings(max_examples=40, deadline=None)
@given(st.lists(place(), min_size=1, max_size=6, unique=True), st.sampled_from(["同为", "均为", "调整为", "降为"]),
       st.booleans())
def test_lift_then_level_property(places: list[str], verb: str, traditional: bool) -> None:
    shared = "与东湖区其他区域" if verb == "同为" else ""
    listed = ",".join("东湖区" + p for p in places)
    text = f"东湖区疫情防控通告\n自发布之日起,将{listed}解除高风险区,{shared}{verb}低风险区。\n"
    if traditional:
        text = in_traditional(text)
    assert by_level(text) == {("low", "东湖区"): places}


# --- 2. "全区现有12个高风险区,为A,B": the list as it stands restated, the count written before the level (as
# "现有高风险区12个,为…" is).


def test_restated_list_with_count_before_level() -> None:
    text = ("全区现有3个高风险区,为青山区白沙镇李庄村,青山区红旗街道东风社区幸福里7号楼,青山区白沙镇王庄村。"
            "高风险区实行“足不出户,上门服务”等管控措施。")
    assert by_level(text) == {("high", "青山区"): ["白沙镇李庄村", "红旗街道东风社区幸福里7号楼", "白沙镇王庄村"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(place(), min_size=1, max_size=6, unique=True), st.sampled_from(["现有", "共有", "尚有"]),
       st.sampled_from(["高风险区", "中风险区", "封控区"]))
def test_restated_count_before_level_property(places: list[str], verb: str, level: str) -> None:
    text = f"截至目前,全市{verb}{len(places)}个{level},分别为{'、'.join(places)}。"
    expected = {"高风险区": "high", "中风险区": "medium", "封控区": "sealed"}[level]
    assert levels_of(text) == {expected: places}


# --- 3. "下调哈尔滨市南岗区、牡丹江市西安区风险等级,由中风险地区调整至低风险地区": the verb in front of the places,
# the change after the comma (read as "将A、B由中风险地区调整至低风险地区"); whole districts after their city.


def test_adjust_the_level_of_whole_districts() -> None:
    text = ("现对全省各县(市、区)风险等级动态调整如下:\n"
            "3月20日0时起,下调齐齐哈尔市龙沙区、佳木斯市向阳区风险等级,由中风险地区调整至低风险地区。\n")
    result = parse_notice(text, default_year=2020)
    assert [(c["action"], c["level_from"], c["level_to"], c["district"], c["places"]) for c in result["changes"]] == [
        ("downgrade", "medium", "low", "龙沙区", ["龙沙区"]), ("downgrade", "medium", "low", "向阳区", ["向阳区"])]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["上调", "调整"]), st.sampled_from(["风险等级", "的风险等级", "疫情风险等级"]),
       st.lists(place(), min_size=1, max_size=4, unique=True))
def test_adjust_the_level_of_places_property(verb: str, noun: str, places: list[str]) -> None:
    text = f"自即日起,{verb}{'、'.join(places)}{noun},由低风险地区调整为中风险地区。"
    assert levels_of(text) == {"medium": places}


# --- 4. "调整后,我省有中风险县(市、区)1个,为大兴安岭地区加格达奇区;其余124个县(市、区)均为低风险地区": a level of
# whole divisions ("中风险县(市、区)" as "中风险地区"), the list as it stands after 有, ending at the next level's
# clause (the rest of the province is a blanket); a district after its prefecture ("…地区", "…盟").


def test_state_after_the_change_with_divisions_as_levels() -> None:
    text = ("调整后,我省有中风险县(市、区)1个,为大兴安岭地区塔河县;其余120个县(市、区)均为低风险地区,"
            "要在坚持“戴口罩+测体温”的基础上,加快复工复产进度。")
    assert by_level(text) == {("medium", "塔河县"): ["塔河县"]}


def test_district_after_a_league_in_front_of_a_place() -> None:
    text = "自即日起,将锡林郭勒盟二连浩特市红星小区、锡林郭勒盟二连浩特市光明家园调整为中风险地区。"
    assert by_level(text) == {("medium", "二连浩特市"): ["红星小区", "光明家园"]}


# --- 5. "根据太谷区疫情防控工作需要,…区疫情防控工作领导小组决定,划定风险区域如下": the lead names the district whose
# prevention work the notice serves; the places take it.


def test_district_of_the_work_the_lead_serves() -> None:
    text = ("根据清源区疫情防控工作需要,按照相关规定,经专家充分论证,区疫情防控工作领导小组决定,划定风险区域如下。\n"
            "中风险区(2个):东河镇西庄村、北庄村。以上地区实行“足不出区、错峰取物”等管控措施。\n"
            "低风险区:全区除中风险区之外的区域为低风险区。\n")
    assert by_level(in_traditional(text)) == {("medium", "清源区"): ["东河镇西庄村", "北庄村"]}


# --- 6. A news site's bracketed headings ("【以下区域划定为高风险区:】"), a notice signed by the district's centre for
# disease control ("北京市某区疾病预防控制中心"), and the rest of a compound whose street has 各 in its name
# ("史各庄街道朱辛庄小区南区其他区域" is a place, not a blanket like "各街道其他区域").


def test_bracketed_headings_and_a_cdc_signature() -> None:
    text = ("据某区健康教育官博消息,经综合评估:\n\n【以下区域划定为高风险区:】\n\n1、东关街道光明路3号院2号楼;\n\n"
            "2、王各庄街道和平小区5号楼。\n\n【 以下区域划定为中风险区:】\n\n1、东关街道光明路3号院其他区域;\n\n"
            "2、王各庄街道和平小区其他区域。\n\n以上镇、街道除高中风险区以外区域为低风险区。\n\n"
            "北京市顺义区疾病预防控制中心\n\n2022年11月9日\n")
    assert by_level(text) == {
        ("high", "顺义区"): ["东关街道光明路3号院2号楼", "王各庄街道和平小区5号楼"],
        ("medium", "顺义区"): ["东关街道光明路3号院其他区域", "王各庄街道和平小区其他区域"],
    }


@pytest.mark.parametrize("rest", ["全区其他区域", "各街道其他区域", "本镇其余区域"])
def test_the_rest_of_a_whole_division_is_still_a_blanket(rest: str) -> None:
    text = f"以下区域划定为低风险区:\n1、东关街道光明路3号院;\n2、{rest}。\n"
    assert levels_of(text) == {"low": ["东关街道光明路3号院"]}


# --- 7. "阳信县河流镇除封控区外的其他村以及阳信县洋湖乡、…": 以及 in front of a place written with its district joins
# two places; the rest of a town written as its other villages is a place (as "…以外的地区" is), the rest of the
# county ("阳信县除封控区、管控区外的其他乡镇") a blanket.


def test_and_before_a_district_and_the_other_villages_of_a_town() -> None:
    text = ("一、封控区\n平原县王庄镇刘家村、李家村。封控区严格执行“足不出户”管理措施。\n"
            "二、管控区\n平原县王庄镇除封控区外的其他村以及平原县张集乡、桃园街道办事处,夏津县新盛店镇。"
            "管控区实行“人不出区”管理措施。\n"
            "三、防范区\n平原县除封控区、管控区外的其他乡镇(街道办事处)。防范区严格限制人员聚集。\n")
    assert by_level(text) == {
        ("sealed", "平原县"): ["王庄镇刘家村", "李家村"],
        ("controlled", "平原县"): ["王庄镇除封控区外的其他村", "张集乡", "桃园街道办事处"],
        ("controlled", "夏津县"): ["新盛店镇"],
    }


@pytest.mark.parametrize("rest", ["其他村", "其余社区", "其他行政村"])
def test_other_villages_of_a_town_is_a_place(rest: str) -> None:
    text = f"管控区:甲镇乙村;丙镇除封控区以外的{rest}。"
    assert levels_of(text) == {"controlled": ["甲镇乙村", f"丙镇除封控区以外的{rest}"]}


# --- 8. Two notices on one page, the second's title behind a site's tag ("【公告原文】关于…的公告") after the first's
# signature: the title starts the next notice; "A家属院和B小区" are two places (家属院 closes a name as 小区 does).


def test_second_notice_after_a_tagged_title() -> None:
    text = ("【公告原文】关于潍坊市寒亭区划定风险区的公告\n"
            "经综合研判,自2022年10月29日起,将潍坊市寒亭区东城街道王庄村划定为高风险区,并落实相应管控措施。\n"
            "市疫情防控指挥部办公室\n2022年10月29日\n"
            "10月29日起潍坊调整临朐县风险区域\n"
            "【公告原文】关于潍坊市临朐县调整风险区的公告\n"
            "经综合评估,决定从10月29日起,将潍坊市临朐县龙家圈街道县医院家属院和阳光花园小区调整为低风险区。特此公告。\n"
            "市疫情防控指挥部办公室\n2022年10月28日\n")
    assert by_level(text) == {("high", "寒亭区"): ["东城街道王庄村"],
                              ("low", "临朐县"): ["龙家圈街道县医院家属院", "阳光花园小区"]}
