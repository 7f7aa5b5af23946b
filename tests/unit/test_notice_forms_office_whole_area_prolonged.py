"""A district's office prolongs its whole area's static management with no name, "经A市B区疫情防控指挥部分析研判,决定
将全域静态管理延长至9月2日24:00,将分小区、分区域设置米、面、粮、油…经营场所" (辽宁, summer 2022): the office's district,
silent; a quoted title ("发布关于B区延长全域静态管理的公告:") followed by the notice's reasons (为…, 根据…) is no list
heading, so the measures (米、面、粮、油) are never places. Variants, a property over districts, near-misses."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, by_level, in_traditional, levels_of

DISTRICTS = [("太原市", "小店区"), ("太原市", "迎泽区"), ("晋中市", "平遥县"), ("太原市", "清徐县"),
             ("大庆市", "红岗区")]


def _report(city: str, district: str, verb: str = "静态管理") -> str:
    return (f"8月26日,{city}{district}新冠肺炎疫情防控指挥部发布关于{district}延长全域{verb}的公告:"
            f"为进一步减少人员流动,降低交叉感染风险,经{city}{district}疫情防控指挥部分析研判,决定将全域{verb}延长至9月2日24:00,将分小区、"
            "分区域设置米、面、粮、油、肉、蛋、蔬等生活必需品经营场所,同步增加优质保供企业。")


def test_the_office_whole_area_static_management_prolonged() -> None:
    assert by_level(_report("太原市", "小店区")) == {("silent", "小店区"): ["小店区"]}


def test_the_office_whole_area_silent_management_prolonged_traditional_full_width() -> None:
    text = in_traditional(_report("晋中市", "平遥县", "静默管理")).translate(HALF_TO_FULL)
    assert levels_of(text) == {"silent": ["平遥县"]}


def test_the_office_whole_area_time_prolonged_by_days() -> None:
    text = ("经太原市迎泽区疫情防控指挥部研究,决定将全域静默管理时间延长3天,各项措施不变。\n"
            "一、全区居民足不出户。")
    assert levels_of(text) == {"silent": ["迎泽区"]}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(DISTRICTS), st.sampled_from(["静态管理", "静默管理", "静态管控"]))
def test_any_office_whole_area_prolonged(division: tuple[str, str], verb: str) -> None:
    assert levels_of(_report(*division, verb)) == {"silent": [division[1]]}


def test_a_quoted_title_then_reasons_is_no_list() -> None:
    # (no whole area prolonged: only the title and the measures; 米、面、粮、油 are never places)
    text = ("清徐县疫情防控指挥部发布关于清徐县延长静态管理的公告:为进一步减少人员流动,降低交叉感染风险,"
            "将分小区设置米、面、粮、油等生活必需品经营场所。")
    assert all(p not in ("米", "面", "粮", "油") for ps in levels_of(text).values() for p in ps)
    assert "silent" not in levels_of(text) or levels_of(text)["silent"] in (["清徐县"],)


def test_an_office_naming_no_district_is_left() -> None:
    text = ("经市疫情防控指挥部分析研判,决定将全域静态管理延长至9月2日24:00。\n"
            "经太原市小店区疫情防控指挥部研究,决定将全域静态管理延长至9月3日24:00。")
    assert levels_of(text) == {"silent": ["小店区"]}
