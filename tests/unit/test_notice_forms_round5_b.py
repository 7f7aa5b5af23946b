"""Forms of the eleventh held-out set (round 5, notices 234-240): the formula sentence between the lead and its
list ("现将相关事项通告如下:"), and a place located between two roads written with bare directions
("A胡同西、B胡同东C大街4号"). Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import by_level, levels_of

_PLACES = ["东风街道幸福里小区3号楼", "新华镇光明村", "城关镇南门村", "滨河路88号金港大厦", "桃源乡石桥村"]


# "现将相关事项通告如下:" under a lead that says "划定以下区域为高风险区": the formula announces the list, it is
# no place, whichever of 有关/相关, 事项/事宜/情况 and 通告/公告/通知 the office wrote.
@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PLACES), min_size=1, max_size=3, unique=True),
       st.sampled_from(["现将相关事项通告如下:", "现将有关事宜公告如下:", "现将有关情况通知如下:",
                        "特通告如下:", "現將相關事項通告如下:"]))
def test_a_formula_before_the_list_is_no_place(places: list[str], formula: str) -> None:
    text = ("东城区关于划定风险区域的通告\n经综合评估研判,自2022年10月31日17时起,划定以下区域为高风险区,"
            f"并落实相应管控措施。\n{formula}\n高风险区({len(places)}个):东城区{'、东城区'.join(places)}。\n"
            "本通告自发布之日起实施。")
    assert by_level(text) == {("high", "东城区"): places}, text
