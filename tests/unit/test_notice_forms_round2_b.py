"""Forms of the eighth held-out set (notices 163-170) the parser missed: an area written as its bounds with
到 ("北到A街、西到B路…"), ... Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import by_level

_ROADS = ["青年路", "长安街", "胜利大道", "白鹭河", "解放路"]


# A controlled area written as four bounds with 到 (or 抵) instead of 至 is one area, not four places.
@settings(max_examples=40, deadline=None)
@given(st.permutations("东南西北"), st.sampled_from(["到", "抵", "至"]), st.just("、"))
def test_bounds_written_with_dao_are_one_area(sides: list[str], verb: str, sep: str) -> None:
    bounds = sep.join(f"{side}{verb}{road}" for side, road in zip(sides, _ROADS, strict=False))
    text = ("关于划定新华区新冠肺炎风险区域的通告\n一、封控区\n新华区城关街道和平小区。\n二、管控区\n"
            f"{bounds}。\n管控区实行人员只进不出。\n三、防范区\n除封控区、管控区外的新华区其他区域。")
    result = by_level(text)
    assert result[("sealed", "新华区")] == ["城关街道和平小区"]
    assert [places for (level, _d), places in result.items() if level == "controlled"] == [[bounds]], text
