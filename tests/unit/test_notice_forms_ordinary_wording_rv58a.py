"""Ordinary wording near new notice forms, which the forms' rules misread: a counted district heading wrapped inside
its bracket with the count's kind ("小店区(2个楼栋,\\n详见附件)": no place "楼栋"; "…(2个楼栋:A、B" the places after
the kind's colon), a place then its address after a comma ("1、A小区,B镇C路88号": one place, no towns by comma), a
bank's office at a crossing or by a spot ("A路、B路交叉口C银行营业部": one place, no place then a branch), and the
office's whole area as the object of a change ("将辖区全域调整为低风险区": the whole area lifted, no blanket)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, by_level, in_traditional, levels_of

_FORMS: list[Callable[[str], str]] = [str, in_traditional, lambda t: t.translate(HALF_TO_FULL)]


def _places(text: str) -> list[str]:
    return [place for places in levels_of(text).values() for place in places]


# --- a counted district heading with the count's kind ------------------------------------------------------------

_LEAD = "关于调整高风险区的通告\n一、新增高风险区\n"


@pytest.mark.parametrize("form", _FORMS)
def test_an_unclosed_heading_counting_buildings_before_a_colon(form: Callable[[str], str]) -> None:
    text = form(_LEAD + "小店区(2个楼栋:龙城华苑小区5号楼、锦绣苑2号楼\n迎泽区(1个):五一小区6号楼\n")
    assert by_level(text) == {("high", "小店区"): ["龙城华苑小区5号楼", "锦绣苑2号楼"],
                              ("high", "迎泽区"): ["五一小区6号楼"]}


@pytest.mark.parametrize("text", [
    _LEAD + "小店区(2个楼栋,\n详见附件)\n迎泽区(1个):五一小区6号楼\n",
    _LEAD + "杏花岭区(3个楼栋\n):龙城华苑小区5号楼,锦绣苑2号楼,长风小区8号楼\n",
    _LEAD + "万柏林区(2个单元\n):龙城华苑小区5号楼2单元,锦绣苑2号楼1单元\n",
    _LEAD + "晋源区(共2个网格\n金胜网格、罗城网格)\n",
])
def test_a_heading_wrapped_inside_its_bracket_reads_no_kind_as_a_place(text: str) -> None:
    assert not any(p.startswith(("楼栋", "单元", "网格")) for p in _places(text))


# --- a place, then its address after a comma ---------------------------------------------------------------------

@pytest.mark.parametrize("form", _FORMS)
def test_a_place_then_its_address_is_one_place(form: Callable[[str], str]) -> None:
    text = form("关于调整中风险区的通告\n一、新增中风险区\n1、幸福家园小区,城关镇幸福路88号;\n"
                "2、金色酒店,东城街道人民路12号;\n")
    assert levels_of(text) == {"medium": ["幸福家园小区,城关镇幸福路88号", "金色酒店,东城街道人民路12号"]}


@pytest.mark.parametrize("text", [
    "关于调整中风险区的通告\n一、新增中风险区\n1. 人民医院,城关街道解放路与人民路交叉口;\n",
    "关于调整中风险区的通告\n一、新增中风险区\n1、阳光小区3号楼,东关街道阳光社区居委会\n",
])
def test_a_site_then_where_it_lies_is_one_place(text: str) -> None:
    assert len(_places(text)) == 1


# --- a bank's office at a crossing or by a spot ------------------------------------------------------------------

@pytest.mark.parametrize("text,place", [
    ("高风险区2个:\n1.人民东路、解放北路交叉口农业银行营业部\n2.A小区5号楼\n",
     "人民东路、解放北路交叉口农业银行营业部"),
    ("中风险区2个:\n1.人民东路与解放北路交汇处、中国移动人民路营业部\n2.A小区5号楼\n",
     "人民东路与解放北路交汇处、中国移动人民路营业部"),
    ("中风险区1个:\n1.人民广场东侧、中国人寿保险公司东城区支公司\n", "人民广场东侧、中国人寿保险公司东城区支公司"),
])
def test_a_branch_at_a_crossing_or_by_a_spot_is_one_place(text: str, place: str) -> None:
    assert _places(text)[0] == place


# --- the office's whole area, the object of a change -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A县关于调整风险区域的通告\n经研判,自12月1日起,将辖区全域调整为低风险区。",
    "A县关于调整风险区域的通告\n经研判,自12月1日起,将辖区全域调整为低风险区。".translate(HALF_TO_FULL),
    "B区关于调整风险区域的通告\n经研判,自即日起,把辖区全域调整为低风险区。",
    in_traditional("C县关于调整风险区域的通告\n经研判,自即日起,将本辖区全域调整为低风险区。"),
])
def test_the_whole_area_lifted_is_read(text: str) -> None:
    assert list(levels_of(text)) == ["low"] and len(levels_of(text)["low"]) == 1
