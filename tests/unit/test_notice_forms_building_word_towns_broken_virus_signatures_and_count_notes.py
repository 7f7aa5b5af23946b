"""Forms of the sixty-fourth held-out set (part b), each in variants written here (invented places, the wording of
the real forms): a known district written before a town whose name opens with a building's or a village's word
("将A区B小区、C以及D区楼E镇F村…调整为中风险区": the town's district is D区, no part of the place); an office's
signature broken over two lines after the virus's infection ("A市应对新型冠状病毒感染" over "肺炎疫情防控工作指挥部")
under a numbered list, no part of its last place; and a note under a list of one place a line
("注:调整后,A市共有高风险区6个、中风险区23个。…"), which holds no place. Near-misses: a bank named after its
district ("A区村镇银行"), a district before a building ("A区楼栋3单元"), a place line holding 注 without a note's
colon, a note in brackets after a place, and a numbered place ending in 感染科病房."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
    no_real_city,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)

# --- 1. a district before a town named with a building's or a village's word (楼, 村, 里, 屯, 庄) -------------------


def _regraded(obj: str) -> str:
    return ("关于调整新冠肺炎风险区域的通告\n根据疫情处置进展,经专家组研判,决定自2022年9月22日24时起,"
            f"将{obj},共3个高风险区调整为中风险区,其他区域风险等级不变。\n特此通告。\n太原市疫情防控总指挥部\n"
            "2022年9月22日")


def test_a_town_named_with_lou_after_its_district_joined_by_yiji() -> None:
    text = _regraded("迎泽区桥东街道锦绣小区、翠竹苑批发市场以及小店区楼岗镇青松村")
    assert by_level(text) == {("medium", "迎泽区"): ["桥东街道锦绣小区", "翠竹苑批发市场"],
                              ("medium", "小店区"): ["楼岗镇青松村"]}


def test_a_township_named_with_zhuang_and_a_street_named_with_li() -> None:
    text = "即日起,将迎泽区锦绣小区、小店区庄前乡金湾村、晋源区里坪街道金华社区调整为中风险区。"
    assert by_level(text) == {("medium", "迎泽区"): ["锦绣小区"], ("medium", "小店区"): ["庄前乡金湾村"],
                              ("medium", "晋源区"): ["里坪街道金华社区"]}


def test_a_town_named_with_cun_in_traditional_characters() -> None:
    text = in_traditional(_regraded("迎泽区锦绣小区、翠竹苑以及小店区村前镇龙泉村"))
    assert by_level(text) == {("medium", "迎泽区"): ["锦绣小区", "翠竹苑"], ("medium", "小店区"): ["村前镇龙泉村"]}


def test_a_town_named_with_tun_with_full_width_punctuation() -> None:
    text = _regraded("迎泽区锦绣小区、翠竹苑以及小店区屯秀镇金峰村").translate(HALF_TO_FULL)
    assert by_level(text) == {("medium", "迎泽区"): ["锦绣小区", "翠竹苑"], ("medium", "小店区"): ["屯秀镇金峰村"]}


@settings(max_examples=30, deadline=None)
@given(word=st.sampled_from("楼村里屯庄"), town=name, village=name, estate=name,
       kind=st.sampled_from(["镇", "乡", "街道"]))
def test_any_town_named_with_a_building_word_after_its_district(word: str, town: str, village: str, estate: str,
                                                                 kind: str) -> None:
    assume(no_real_city(town, village, estate) and town != village)
    text = _regraded(f"迎泽区{estate}小区、翠竹苑以及小店区{word}{town}{kind}{village}村")
    assert by_level(text) == {("medium", "迎泽区"): [f"{estate}小区", "翠竹苑"],
                              ("medium", "小店区"): [f"{word}{town}{kind}{village}村"]}


def test_near_misses_a_bank_named_after_its_district_and_a_district_before_a_building() -> None:
    # (村镇银行, a rural bank, is no town: the bank's name keeps its district; nor is 楼栋 after a district a town's)
    bank = levels_of("即日起,将迎泽区锦绣小区、小店区村镇银行营业部调整为中风险区。")["medium"]
    assert "小店区村镇银行营业部" in bank and "村镇银行营业部" not in bank
    building = levels_of("即日起,将迎泽区锦绣小区、小店区楼栋3单元调整为中风险区。")["medium"]
    assert "楼栋3单元" not in building


# --- 2. a signature broken after the virus's infection under a numbered list ----------------------------------------


def _signed(office_first: str, office_second: str, items: str = "") -> str:
    return ("关于调整我市部分地区疫情风险等级的紧急公告(2021年第46号)\n"
            "自2021年10月24日21时起,将迎泽区锦绣小区、小店区翠竹苑调整为中风险地区。\n"
            "请广大市民加强风险防范意识,强化个人防护。\n调整时间:2021年10月24日21时起\n中风险地区:\n"
            f"1、迎泽区锦绣小区\n2、小店区翠竹苑\n{items}{office_first}\n{office_second}\n2021年10月25日")


_EXPECTED = {("medium", "迎泽区"): ["锦绣小区", "锦绣小区"], ("medium", "小店区"): ["翠竹苑", "翠竹苑"]}


def test_a_signature_broken_after_the_virus_infection_is_no_part_of_the_last_place() -> None:
    text = _signed("龙泽市应对新型冠状病毒感染", "肺炎疫情防控工作指挥部")
    assert by_level(text) == _EXPECTED


def test_a_broken_signature_without_xinxing_in_traditional_characters() -> None:
    text = in_traditional(_signed("金峰市應對冠狀病毒感染", "肺炎疫情防控工作領導小組"))
    assert by_level(text) == _EXPECTED


def test_a_broken_signature_with_full_width_punctuation() -> None:
    text = _signed("翠竹县应对新型冠状病毒感染", "肺炎疫情防控指挥部").translate(HALF_TO_FULL)
    assert by_level(text) == _EXPECTED


@settings(max_examples=30, deadline=None)
@given(city=name, kind=st.sampled_from(["市", "县", "旗"]))
def test_any_office_broken_after_the_virus_infection(city: str, kind: str) -> None:
    assume(no_real_city(city))
    text = _signed(f"{city}{kind}应对新型冠状病毒感染", "肺炎疫情防控工作指挥部")
    assert by_level(text) == _EXPECTED


def test_near_miss_a_numbered_place_ending_in_an_infection_ward_stays_a_place() -> None:
    text = _signed("龙泽市疫情防控指挥部", "", items="3、小店区感染科病房\n")
    assert by_level(text)[("medium", "小店区")] == ["翠竹苑", "翠竹苑", "感染科病房"]


# --- 3. a note under a list of one place a line -------------------------------------------------------------------


def _noted(note: str, place: str = "小店区翠竹苑") -> str:
    return ("太原市疫情防控指挥部\n关于调整太原市部分地区疫情风险等级的公告\n"
            "根据国务院联防联控机制有关规定,经市级专家组综合评估,即日起,划定、调整风险区域如下:\n\n"
            "一、由高风险区调整为中风险区(2个)\n\n小店区金峰路以南、青松路以西、长风街以北区域\n\n"
            f"{place}\n\n{note}\n\n以上区域解除时间另行通知。\n\n特此公告。\n\n太原市疫情防控指挥部\n\n2022年10月21日")


_NOTED = {("medium", "小店区"): ["金峰路以南、青松路以西、长风街以北区域", "翠竹苑"]}


def test_a_note_of_the_counts_standing_is_no_place() -> None:
    text = _noted("注:调整后,太原市共有高风险区6个、中风险区23个。高风险区实行“足不出户、上门服务”管控措施;"
                  "中风险区实行“足不出区、错峰取物”管控措施。")
    assert by_level(text) == _NOTED
    assert parse_notice(text)["warnings"] == []


def test_a_remark_of_the_counts_in_traditional_characters() -> None:
    text = in_traditional(_noted("備注:調整后,全市共有高風險區3個、中風險區12個。"))
    assert by_level(text) == _NOTED


def test_a_note_of_when_the_areas_end_with_full_width_punctuation() -> None:
    text = _noted("附注:调整后,我市共有中风险区8个,以上区域解除时间另行通知。").translate(HALF_TO_FULL)
    assert by_level(text) == _NOTED


@settings(max_examples=30, deadline=None)
@given(city=name, high=st.integers(0, 40), medium=st.integers(1, 90), label=st.sampled_from(["注", "备注", "附注"]))
def test_any_note_of_counts_under_a_list(city: str, high: int, medium: int, label: str) -> None:
    assume(no_real_city(city))
    text = _noted(f"{label}:调整后,{city}市共有高风险区{high}个、中风险区{medium}个。")
    assert by_level(text) == _NOTED


def test_near_misses_a_place_with_zhu_and_a_note_in_brackets_stay_places() -> None:
    # (注 without a note's colon opens a name, "注塑厂"; a note in brackets after a place stays on it)
    text = ("关于调整部分地区疫情风险等级的公告\n即日起,划定风险区域如下:\n一、中风险区(2个)\n"
            "小店区翠竹苑(注:含底商)\n小店区注塑厂宿舍\n特此公告。\n")
    assert by_level(text) == {("medium", "小店区"): ["翠竹苑(注:含底商)", "注塑厂宿舍"]}
