"""Forms of the tenth held-out set (round 4, part c), each in a variant written here (invented places, the
wording of forms real notices use), and properties over generated places: a level heading whose first line
states its measures before its places, items whose clauses each say they are of the section's level ("A小区
4号楼2单元为封控单元,4号楼为封控楼"), "(新增)" after an item, a city's whole but its levels as a blanket."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import by_level, in_traditional, levels_of
from tests.unit.test_notice_render import building, place, unit, word

# --- 1. "一、封控区" then "实行“区域封闭、足不出户”等管控措施,…。" then its numbered places: the measures line
# under a bare level heading describes the level, it does not end the list. "(新增)" marks a new item;
# "某市全域(除封控、管控区外)" is the rest of the city, no place.

ZONES = ("一、封控区\n"
         "实行“区域封闭、足不出户、服务上门”等管控措施,定期进行核酸检测。\n"
         "(一)和平小区3号楼为封控楼;\n"
         "(二)春晓家园7号楼(新增)\n"
         "二、管控区\n"
         "实施“人不出区、严禁聚集”等管控措施。\n"
         "(一)和平小区全域\n"
         "(二)春晓家园全域(新增)\n"
         "三、防范区\n"
         "实行“强化社会面管控,严格限制人员聚集”等管控措施。\n"
         "青山市全域(除封控、管控区外)。\n"
         "请广大居民安心居家,配合工作人员统一安排。\n"
         "青山市疫情防控领导小组办公室\n2022年5月18日\n")


def test_measures_under_a_level_heading_then_its_places() -> None:
    assert levels_of(ZONES) == {"sealed": ["和平小区3号楼", "春晓家园7号楼"],
                                "controlled": ["和平小区全域", "春晓家园全域"]}


def test_measures_then_places_traditional() -> None:
    assert levels_of(in_traditional(ZONES)) == {"sealed": ["和平小区3号楼", "春晓家园7号楼"],
                                              "controlled": ["和平小区全域", "春晓家园全域"]}


def test_a_compound_named_like_an_appeal_is_a_place() -> None:
    # "希望广大市民…" is an appeal; "希望小区" is a compound's name
    text = "一、封控区\n(一)希望小区4号楼\n(二)希望花园全域\n二、管控区\n(一)希望村三组\n"
    assert levels_of(text) == {"sealed": ["希望小区4号楼", "希望花园全域"], "controlled": ["希望村三组"]}


@pytest.mark.parametrize("blanket", ["青山市全域(除封控、管控区外)", "青山县全域(除封控区、管控区以外)",
                                     "全域(除高风险区外)"])
def test_the_whole_city_but_its_levels_is_no_place(blanket: str) -> None:
    text = f"一、封控区\n(一)和平小区3号楼\n二、防范区\n{blanket}。\n"
    assert levels_of(text) == {"sealed": ["和平小区3号楼"]}


def test_the_whole_town_but_its_levels_is_a_place() -> None:
    text = "一、封控区\n(一)和平小区3号楼\n二、防范区\n(一)白沙镇全域(除封控区外)\n"
    assert levels_of(text) == {"sealed": ["和平小区3号楼"], "precaution": ["白沙镇全域(除封控区外)"]}


# --- 2. "A小区4号楼2单元为封控单元,4号楼为封控楼": each clause names a place and says it is of the section's
# level (a unit, a building); the places are as written, the second without its compound. A clause of
# another level than the section's is left alone.


def test_unit_and_building_clauses() -> None:
    text = ("一、封控区\n"
            "(一)和平小区4号楼2单元为封控单元,4号楼为封控楼;\n"
            "(二)春晓家园5号楼3单元为封控单元,5号楼为封控楼。\n"
            "二、管控区\n(一)和平小区全域\n")
    assert levels_of(text) == {"sealed": ["和平小区4号楼2单元", "4号楼", "春晓家园5号楼3单元", "5号楼"],
                               "controlled": ["和平小区全域"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(word, st.sampled_from(["小区", "家园", "花园"]), building, unit), min_size=1, max_size=4,
                unique_by=lambda t: t[0]),
       st.sampled_from([("封控", "sealed"), ("管控", "controlled")]),
       st.sampled_from(["楼", "楼栋"]), st.booleans())
def test_unit_clauses_property(items: list[tuple[str, str, str, str]], zone: tuple[str, str], noun: str,
                               traditional: bool) -> None:
    word_, level = zone
    lines = [f"({'一二三四'[k]}){name}{end}{b}{u}为{word_}单元,{b}为{word_}{noun};"
             for k, (name, end, b, u) in enumerate(items)]
    text = f"一、{word_}区\n实行“足不出户”等管控措施。\n" + "\n".join(lines) + "\n"
    if traditional:
        text = in_traditional(text)
    expected = [p for name, end, b, u in items for p in (f"{name}{end}{b}{u}", b)]
    assert levels_of(text) == {level: expected}


@settings(max_examples=40, deadline=None)
@given(st.lists(place(), min_size=1, max_size=5, unique=True),
       st.sampled_from(["实行", "实施", "封控区实行", "严格落实"]), st.booleans())
def test_measures_line_property(places: list[str], verb: str, new: bool) -> None:
    mark = "(新增)" if new else ""
    items = "\n".join(f"{k + 1}.{p}{mark}" for k, p in enumerate(places))
    text = f"一、封控区\n{verb}“足不出户、服务上门”等管控措施。\n{items}\n二、防范区\n青山市全域(除封控区外)。\n"
    assert levels_of(text) == {"sealed": places}


# --- 3. "即日起将离石区以下3个区域调整为低风险区:" over "滨河街道办(2处):A,B。": the district after "即日起将" (not
# "即日起将离石区"), a street's office (街道办) as a label joined to each place; "…办公室(代章)" signs the notice.

STREET_OFFICES = ("经专家组研判,即日起将青山区以下3个区域调整为低风险区:\n\n"
                  "白沙街道办(2处):和平小区东侧第二排,第四排平房区。\n\n"
                  "红旗街道办(1处):春晓家园2单元\n\n"
                  "        青山市新冠肺炎疫情防控领导小组办公室(代章)\n"
                  "            2022年12月15日\n")


def test_street_offices_under_a_district_after_a_time() -> None:
    result = parse_notice(STREET_OFFICES, default_year=2022)
    assert by_level(STREET_OFFICES) == {("low", "青山区"): ["白沙街道办和平小区东侧第二排", "白沙街道办第四排平房区",
                                                         "红旗街道办春晓家园2单元"]}
    assert result["issuer"] == "青山市新冠肺炎疫情防控领导小组办公室"
    assert result["published"] == "2022-12-15"


@pytest.mark.parametrize("lead", ["即日起将", "自12月15日起将", "现将"])
def test_district_after_a_time_and_jiang(lead: str) -> None:
    text = f"{lead}青山区以下区域调整为中风险区:\n白沙镇:李庄村,王庄村。\n"
    assert by_level(text) == {("medium", "青山区"): ["白沙镇李庄村", "白沙镇王庄村"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(word, st.lists(place(), min_size=1, max_size=3, unique=True)), min_size=1, max_size=3,
                unique_by=lambda t: t[0]),
       st.sampled_from(["街道办", "街道", "镇"]), st.sampled_from(["处", "个"]), st.booleans())
def test_street_office_groups_property(groups: list[tuple[str, list[str]]], suffix: str, unit_: str,
                                       traditional: bool) -> None:
    seen: set[str] = set()  # (a place that starts with its own town or street takes no prefix: left out)
    groups = [(w, [p for p in ps if not (p in seen or seen.add(p) or re.search("镇|乡|街道", p))]) for w, ps in groups]
    groups = [(w, ps) for w, ps in groups if ps]
    assume(groups)
    lines = "\n".join(f"{w}{suffix}({len(ps)}{unit_}):{','.join(ps)}。" for w, ps in groups)
    text = f"即日起将青山区以下区域调整为低风险区:\n{lines}\n青山市疫情防控领导小组办公室(代章)\n2022年12月15日\n"
    if traditional:
        text = in_traditional(text)
    expected = [f"{w}{suffix}{p}" for w, ps in groups for p in ps]
    assert by_level(text) == {("low", "青山区"): expected}


# --- 4. "德州市新增划以下高风险区域:天衢新区A小区、B小区,C镇D": the sentence names a prefecture city, the
# first place its district (which holds for the places after it); a county-level city keeps its places.


def test_places_name_their_district_under_a_prefecture_city() -> None:
    text = ("德州市關於新劃定疫情高風險區的通告\n"
            "經綜合研判,決定自2022年11月28日起,德州市新增劃以下高風險區域:德城区新湖街道和平小区、春晓家园、"
            "金鼎公館,黃河崖鎮李庄村。\n")
    assert by_level(text) == {("high", "德城区"): ["新湖街道和平小区", "春晓家园", "金鼎公馆", "黄河崖镇李庄村"]}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from([("德州市", "德城区"), ("运城市", "盐湖区"), ("吕梁市", "离石区")]),
       st.lists(place(), min_size=1, max_size=5, unique=True), st.booleans())
def test_prefecture_city_then_district_property(city: tuple[str, str], places: list[str], traditional: bool) -> None:
    name, district = city
    text = f"决定自2022年11月28日起,{name}新增划以下高风险区域:{district}{'、'.join(places)}。\n"
    if traditional:
        text = in_traditional(text)
    assert by_level(text) == {("high", district): places}


# --- 5. "三、盐湖区除A小区1号楼外全域为低风险区": a district's whole but its places is a blanket, no place (a
# town's whole but a village is a place); "宿迁市所有区域均为低风险地区" is the state after the notice; a news
# report's "此前,…将B由中风险地区调整为低风险地区" tells what an earlier notice did.


@pytest.mark.parametrize("rest", ["青山区除和平小区1号楼外全域", "青山区除和平小区1号楼以外的其他区域"])
def test_a_district_but_its_places_is_no_place(rest: str) -> None:
    text = ("一、高风险区降为中风险区(1个)\n青山区1个\n和平小区1号楼\n"
            f"二、{rest}为低风险区;白沙县全域实施常态化防控措施。\n")
    assert by_level(text) == {("medium", "青山区"): ["和平小区1号楼"]}


def test_a_town_but_a_village_stays_a_place() -> None:
    text = "自即日起,将青山区白沙镇除李庄村外全域调整为低风险区。"
    assert by_level(text) == {("low", "青山区"): ["白沙镇除李庄村外全域"]}


def test_earlier_notice_and_state_after_in_a_report() -> None:
    text = ("通报称,经研究决定自2021年8月13日22时起,将青山市白沙区李庄街道和平社区春晓家园"
            "由中风险地区调整为低风险地区。"
            "本次疫情风险等级调整后,青山市所有区域均为低风险地区。\n\n"
            "  此前 ,根据有关规定,青山市疫情防控工作领导小组决定自2021年8月10日0时起,将青山市红旗县东关街道"
            "金华社区和平小区由中风险地区调整为低风险地区。(完)\n")
    assert by_level(text) == {("low", "白沙区"): ["李庄街道和平社区春晓家园"]}

