"""Review rv67a: ordinary wording near two forms of the eleventh session, read wrongly by them (invented places).

- A counted heading over places separated by spaces ("一、上街镇(2个)" over "A花园  B公馆"): the spaces stand for 、
  only where that line is the heading's one line of places; "高风险区(2个)" over "A小区 二期" and "B花园" keeps the
  space inside the first name (the count is the lines').
- "X新村 Y小区" across a space, one place; but in a run of three or more spaced estates ("东风小区 红旗新村 青松小区")
  every space stands for 、.
(A third report, "现对全区范围内实施临时管控" read as the place 全区, is the corpus's reading of a whole division's
measure, the division itself (548, 1618), not a misfire.)
"""

from __future__ import annotations

import pytest

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, in_traditional, levels_of

_TAIL = "\n特此通告。\n龙泽市新冠肺炎疫情防控指挥部\n2022年10月12日"


# --- 1. a counted heading over spaced places, more lines of places below -----------------------------------------

_COUNTED_LINES = [
    ("高风险区(2个)\n春晓小区 二期\n翠竹花园", ["春晓小区二期", "翠竹花园"]),
    ("高风险区(2个)\n青松路 十八号院\n白石路5号", ["青松路十八号院", "白石路5号"]),
    ("高风险区:\n一、上街镇(2个)\n青松路 十八号院\n翠竹花园\n二、下街镇(1个)\n金峰小区",
     ["上街镇青松路十八号院", "上街镇翠竹花园", "下街镇金峰小区"]),
]


@pytest.mark.parametrize(("text", "read"), _COUNTED_LINES)
def test_a_counted_heading_over_lines_keeps_a_space_inside_a_name(text: str, read: list[str]) -> None:
    assert levels_of(text + _TAIL) == {"high": read}


def test_a_counted_heading_over_lines_in_traditional_and_full_width() -> None:
    assert levels_of(in_traditional("高風險區(2個)\n青松路 十八號院\n白石路5號" + _TAIL)) == {
        "high": ["青松路十八号院", "白石路5号"]}
    assert levels_of(("高风险区(2个)\n青松路 十八号院\n白石路5号" + _TAIL).translate(HALF_TO_FULL)) == {
        "high": ["青松路十八号院", "白石路5号"]}


def test_near_miss_the_headings_one_line_of_spaced_places_is_still_split() -> None:
    text = ("决定将以下5个区域划定为中风险区,具体如下:\n一、上街镇(2个)\n\n金桥花园  博仕后公馆\n\n"
            "二、甘蔗街道(3个)\n\n"
            "海岸B区  龙峰花园  上游墅2期\n\n以上区域实行“人不出区、错峰取物”等管控措施。" + _TAIL)
    assert levels_of(text) == {"medium": ["上街镇金桥花园", "上街镇博仕后公馆", "甘蔗街道海岸B区", "甘蔗街道龙峰花园",
                                          "甘蔗街道上游墅2期"]}


# --- 2. a 新村 in a run of spaced estates ---------------------------------------------------------------------------

_SPACED_RUNS = [
    ("中风险区:东风小区 红旗新村 青松小区", ["东风小区", "红旗新村", "青松小区"]),
    ("中风险区:红旗新村 青松小区 白石小区", ["红旗新村", "青松小区", "白石小区"]),
    ("中风险区:东风小区 红旗新村 青松小区 白石花园", ["东风小区", "红旗新村", "青松小区", "白石花园"]),
]


@pytest.mark.parametrize(("text", "read"), _SPACED_RUNS)
def test_a_new_village_in_a_run_of_spaced_estates_is_a_place_of_its_own(text: str, read: list[str]) -> None:
    assert levels_of(text + "。" + _TAIL) == {"medium": read}


def test_a_spaced_run_in_traditional() -> None:
    assert levels_of(in_traditional("中風險區:東風小區 紅旗新村 青松小區。" + _TAIL)) == {
        "medium": ["东风小区", "红旗新村", "青松小区"]}


def test_near_miss_a_pair_alone_stays_one_place() -> None:
    assert levels_of("中风险区:曹杨新村 桂巷小区。" + _TAIL) == {"medium": ["曹杨新村桂巷小区"]}
