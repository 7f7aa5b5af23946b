"""Ordinary wording near two new rules that misread it: a word that points at a place ("所在村", "各村", "该小区",
"全村") before 以及 and an address, read as a village of its own; and a bank's or a firm's office (办事处) in a list
line, read as a street's office that makes the list's development zone a place of the street's district."""

from __future__ import annotations

import pytest

from tests.unit.test_notice_parser_real_forms import by_level, in_traditional

HIGH = "许昌市禹州市新冠肺炎疫情防控指挥部通告\n经专家研判,将以下区域划定为高风险区:\n{}。"


@pytest.mark.parametrize("front", ["所在村", "各村", "该小区", "全村", "本村"])
def test_a_pointing_word_before_yiji_and_an_address_is_no_place(front: str) -> None:
    assert by_level(HIGH.format(f"{front}以及颍川大道113号")) == {("high", None): [f"{front}以及颍川大道113号"]}


def test_a_pointing_word_before_yiji_in_traditional_characters() -> None:
    assert by_level(in_traditional(HIGH.format("所在村以及颍川大道113号"))) == {
        ("high", None): ["所在村以及颍川大道113号"]}


def test_a_village_named_with_quan_still_splits_before_an_address() -> None:
    assert by_level(HIGH.format("全胜村以及颍川大道113号")) == {("high", None): ["全胜村", "颍川大道113号"]}
    assert by_level(HIGH.format("尹庄以及颍川大道113号")) == {("high", None): ["尹庄", "颍川大道113号"]}


LIST = "晋城市城区新冠肺炎疫情防控指挥部通告\n高风险区:\n1.{};\n2.经济开发区金鼎餐厅。"


@pytest.mark.parametrize("first", ["交通银行办事处宿舍", "兰花集团办事处家属院"])
def test_a_bank_or_firm_office_is_no_street_office(first: str) -> None:
    assert by_level(LIST.format(first)) == {("high", "城区"): [first], ("high", "经济开发区"): ["金鼎餐厅"]}


def test_a_street_office_still_governs_the_zone() -> None:
    assert by_level(LIST.format("钟家庄办事处兰花社区")) == {
        ("high", "城区"): ["钟家庄办事处兰花社区", "经济开发区金鼎餐厅"]}


@pytest.mark.parametrize("keeps", ["防范区继续实行管控措施", "防范区仍实行常态化管控", "防范区维持现有措施"])
def test_a_towns_levels_lifted_while_another_level_stays_lift_no_whole_town(keeps: str) -> None:
    # (the town's sealed and controlled areas lifted, its precaution areas kept: the town is not lifted whole)
    text = (f"关于解除部分区域管控措施的通告\n自12月24日18时起,解除周庄镇封控区、管控区相关管控措施,{keeps}。\n"
            "某市防控办\n2021年12月24日")
    assert ("lifted", None) not in by_level(text)
    whole = text.replace(keeps, "同时解除全市防范区的管控措施")
    assert by_level(whole)[("lifted", None)] == ["周庄镇"]
