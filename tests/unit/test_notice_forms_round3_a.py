"""Forms of the ninth held-out set (round 3, notices 179-186): the origin written with 从 ("从高风险地区调整为
中风险地区"), a counted list heading after ";" of a sentence that holds its own places, "(管控时间:…)" after a
place, "以及" before the last place, the rest of a whole city with the levels excepted. Notices here are
written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import by_level

_PLACES = ["滨河路88号金港大厦5号楼", "幸福里小区3栋", "华联商厦", "东门菜市场", "新华书店(北座)", "光明路12号院"]
_STREETS = ["东湖街道", "城关镇", "新村街道", "桃源乡"]
_LEVELS = {"高风险地区": "high", "中风险区": "medium", "低风险区域": "low"}


# "将A、B,从高风险地区调整为中风险地区": 从 names the level a place leaves, as 由 does.
@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PLACES), min_size=1, max_size=4, unique=True),
       st.sampled_from(["高风险地区", "中风险区"]), st.sampled_from(["中风险区", "低风险区域"]),
       st.sampled_from(["", ","]), st.sampled_from(["调整为", "降为", "下调为"]))
def test_the_origin_written_with_cong(places: list[str], frm: str, to: str, comma: str, verb: str) -> None:
    if frm == to:
        return
    text = f"自2021年8月17日0时起,将江北区{'、'.join(places)}{comma}从{frm}{verb}{to}。"
    assert by_level(text) == {(_LEVELS.get(to, "medium"), "江北区"): places}, text


def test_the_origin_with_cong_over_two_districts_and_traditional_characters() -> None:
    text = ("一、將江北區東湖街道幸福里社區、光明社區,城關鎮南門社區,從高風險地區調整為中風險地區。\n"
            "二、將江北區桃源鄉,南岸區新村街道,從中風險地區調整為低風險地區。")
    assert by_level(text) == {("medium", "江北区"): ["东湖街道幸福里社区", "光明社区", "城关镇南门社区"],
                              ("low", "江北区"): ["桃源乡"], ("low", "南岸区"): ["新村街道"]}


def test_cong_in_other_words_is_no_origin() -> None:
    text = "将江北区从江路12号院调整为中风险区。"
    assert by_level(text) == {("medium", "江北区"): ["从江路12号院"]}


# "…A村由高风险区调整为低风险区;新增中风险区1个:B小区。": the sentence keeps its change; the heading after
# ";" opens a list of its own.
@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_PLACES), st.sampled_from(_PLACES),
       st.sampled_from(["新增中风险区1个", "新增中风险区(1个)", "中风险区", "新增中风险地区1处"]))
def test_a_counted_heading_after_a_semicolon(first: str, second: str, heading: str) -> None:
    if first == second:
        return
    text = (f"经研究决定,自9月24日24时起,江北区{first}由高风险区调整为低风险区;{heading}:南岸区{second}。\n"
            "全市其他区域风险区等级不变。")
    assert by_level(text) == {("low", "江北区"): [first], ("medium", "南岸区"): [second]}, text
