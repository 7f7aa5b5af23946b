"""Forms of notices that lift the temporary control of a place's units each in quotation marks after the place and
的 ("解除A汽车城的“B店”“C店”,D市场的“E店”“F店”临时管控区域": four places, each unit with its place before it) and of a
list of places before "临时管控区域" (the control lifted from each, no zone's name of the last place). Each form in
variants written here (invented places, other districts, traditional characters, full-width punctuation), a property
over generated names, and near-misses (measures in quotation marks are no units)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


def _lift(district: str, body: str) -> str:
    return (f"重庆市{district}新型冠状病毒肺炎疫情防控指挥部\n关于解除{district}临时管控区域的通告\n(2022年第12号)\n"
            f"按照相关规定,根据专家研判意见,自2022年9月16日12时起,{body}\n特此通告。\n"
            f"重庆市{district}新型冠状病毒肺炎疫情防控指挥部\n2022年9月15日")


def test_quoted_units_of_two_places_lifted() -> None:
    text = _lift("九龙坡区", "解除华岩汽车城的“金峰车行”“锦绣汽修店”,石桥铺电脑城的“星秀数码”“君悦通讯”临时管控区域。")
    assert levels_of(text) == {"lifted": ["华岩汽车城金峰车行", "华岩汽车城锦绣汽修店", "石桥铺电脑城星秀数码",
                                          "石桥铺电脑城君悦通讯"]}


def test_quoted_units_with_enumeration_comma() -> None:
    text = _lift("江北区", "解除观音桥商圈步行街的“丽泽茶楼”、“春晓火锅”临时管控区域。")
    assert levels_of(text) == {"lifted": ["观音桥商圈步行街丽泽茶楼", "观音桥商圈步行街春晓火锅"]}


def test_quoted_units_traditional_full_width() -> None:
    body = "解除三峡广场的“福瑞超市”“兴盛药房”,磁器口市场的“泰康面馆”“晓阳茶社”临时管控区域。"
    text = in_traditional(_lift("沙坪坝区", body)).translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["三峡广场福瑞超市", "三峡广场兴盛药房", "磁器口市场泰康面馆",
                                          "磁器口市场晓阳茶社"]}


def test_list_before_temporary_control_area_lifted() -> None:
    text = _lift("渝北区", "解除回兴街道金峰小区、龙溪街道锦绣花园临时管控区域。")
    assert levels_of(text) == {"lifted": ["回兴街道金峰小区", "龙溪街道锦绣花园"]}


@settings(max_examples=25, deadline=None)
@given(a=name, b=name, c=name, d=name, kind=st.sampled_from(["汽车城", "市场", "广场", "商城"]))
def test_quoted_units_property(a: str, b: str, c: str, d: str, kind: str) -> None:
    text = _lift("巴南区", f"解除{a}{kind}的“{b}车行”“{c}汽修店”,{d}市场的“{a}{b}店”“{c}{d}店”临时管控区域。")
    assert levels_of(text) == {"lifted": [f"{a}{kind}{b}车行", f"{a}{kind}{c}汽修店", f"{d}市场{a}{b}店",
                                          f"{d}市场{c}{d}店"]}


def test_near_miss_quoted_measures_are_no_units() -> None:
    # the measures in quotation marks after a place and 的 are no units of it; the units beside them are read
    text = _lift("巴南区", "解除金峰汽车城的“锦绣车行”“星秀汽修店”临时管控区域。"
                           "对金峰小区的“足不出户”“上门服务”措施不再执行。")
    assert levels_of(text) == {"lifted": ["金峰汽车城锦绣车行", "金峰汽车城星秀汽修店"]}
