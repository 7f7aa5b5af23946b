"""Every household of an office's own district sealed, no object named, "从A市…疫情防控工作指挥部了解到,…,
从1月20日零时起,实行城乡人员封户管控" (黑龙江, January 2021): the district itself, sealed. Variants, a property,
near-misses."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, by_level, in_traditional, levels_of

DISTRICTS = ["安达市", "肇东市", "兰西县", "青冈县", "明水县", "尚志市", "五常市"]


def _report(district: str, homes: str = "城乡人员封户管控") -> str:
    return (f"19日,记者从{district}新型冠状病毒感染肺炎疫情防控工作指挥部了解到,鉴于当前疫情严峻形势,从1月20日零时起,"
            f"实行{homes}。现公告如下:\n1.全市城乡居民一律禁止出家门,时间暂定7天。\n2.所有食堂取消堂食。")


def test_an_office_district_homes_sealed() -> None:
    assert by_level(_report("安达市")) == {("sealed", "安达市"): ["安达市"]}


def test_an_office_district_homes_sealed_traditional_full_width() -> None:
    assert levels_of(in_traditional(_report("兰西县", "城乡居民封户管理")).translate(HALF_TO_FULL)) == \
        {"sealed": ["兰西县"]}


def test_an_office_decides_homes_sealed() -> None:
    text = "经明水县疫情防控指挥部研究决定,实行全域封户管控。\n一、居民一律禁止出家门。"
    assert levels_of(text) == {"sealed": ["明水县"]}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(DISTRICTS), st.sampled_from(["城乡人员封户管控", "封户管控", "城乡居民封户管理"]))
def test_any_office_district_homes_sealed(district: str, homes: str) -> None:
    assert levels_of(_report(district, homes)) == {"sealed": [district]}


def test_an_office_naming_no_district_is_left() -> None:
    text = ("记者从市疫情防控指挥部了解到,从1月20日零时起,实行城乡人员封户管控。\n"
            "记者从青冈县疫情防控指挥部了解到,从1月21日零时起,实行城乡人员封户管控。")
    assert levels_of(text) == {"sealed": ["青冈县"]}


def test_homes_sealed_of_people_with_cases_is_no_whole_district() -> None:
    text = "记者从肇东市疫情防控指挥部了解到,对确诊病例所在小区实行封户管控。"
    assert "肇东市" not in [p for ps in levels_of(text).values() for p in ps]
    assert levels_of(_report("尚志市") + "\n对确诊病例所在小区实行封户管控。") == {"sealed": ["尚志市"]}
