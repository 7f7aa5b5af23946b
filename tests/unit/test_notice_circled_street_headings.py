"""Streets written with 街 alone, numbered with circled numbers, each over its own lines of places
(held-out notice 2126, 广州 花都 autumn 2022, a reworded copy): "①新华街" over "A区域。" and "B公司。",
"②新亚街" beside it: a circled number as "(一)" is, a street's heading, its name joined to each place
under it. (Streets listed one a line under circled numbers, each with no places below it, stay places.)"""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import PLAIN_SYLLABLES, invented_names, levels_of, variants_of

name = invented_names(PLAIN_SYLLABLES, 2, 2)

_TEXT = ("金华区新型冠状病毒疫情防控指挥部\n\n关于划定风险区域的通知\n\n(104号)\n\n"
         "根据当前疫情防控工作需要,自管控之日起,将高风险地区和中风险地区划定如下:\n\n"
         "一。高风险地区\n\n①翠峰街\n\n靠近星光村委会北侧的区域。\n\n②锦泰街\n\n"
         "瑞泽路以南、胜利路以北、长风路以东、兴盛路以西。\n\n康宁实业有限公司。\n\n"
         "上述地区将实行“足不出户、上门服务”措施。\n\n二、中风险地区\n\n①翠峰街\n\n丽泽花园及其附近区域。\n\n"
         "②锦泰街\n\n福瑞实业有限公司附近区域(高风险地区除外)。\n\n上述地区将实施“人不离区、错峰取物”措施。")
_EXPECTED = {"high": ["翠峰街靠近星光村委会北侧的区域", "锦泰街瑞泽路以南、胜利路以北、长风路以东、兴盛路以西",
                      "锦泰街康宁实业有限公司"],
             "medium": ["翠峰街丽泽花园及其附近区域", "锦泰街福瑞实业有限公司附近区域(高风险地区除外)"]}


def test_circled_street_headings_over_their_places() -> None:
    for text in variants_of(_TEXT):
        assert levels_of(text) == _EXPECTED, text


def test_circled_streets_listed_one_a_line_stay_places() -> None:
    # (near miss: no places under any circled street; the streets are the places)
    text = ("金华区关于划定风险区域的通知\n将以下区域划定为中风险地区:\n①翠峰街\n②锦泰街\n③瑞泽街\n"
            "上述地区将实施“人不离区、错峰取物”措施。")
    assert levels_of(text) == {"medium": ["翠峰街", "锦泰街", "瑞泽街"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=5, max_size=5, unique=True))
def test_any_circled_street_is_joined_to_its_places(names: list[str]) -> None:
    a, b, c, d, e = names
    assume(not any(n.endswith(("街", "镇", "区")) for n in names))
    text = ("金华区关于划定风险区域的通知\n将高风险地区划定如下:\n\n一、高风险地区\n\n"
            f"①{a}街\n\n{c}花园及其附近区域。\n\n{d}实业有限公司。\n\n②{b}街\n\n{e}小区3栋。\n\n"
            "上述地区将实行“足不出户、上门服务”措施。")
    assert levels_of(text) == {"high": [f"{a}街{c}花园及其附近区域", f"{a}街{d}实业有限公司", f"{b}街{e}小区3栋"]}, text
