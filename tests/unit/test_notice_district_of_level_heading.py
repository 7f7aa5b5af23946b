"""A district written with 的 before the level of its list's heading, "秀英区的管控区包括:" (海口, spring 2022),
names the district of the list below, as "秀英区管控区包括:" does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import by_level, variants_of
from tests.unit.test_notice_render import DISTRICTS, place

FORM = ("市疫情防控工作指挥部发布通告,公布了封控区、管控区的划定范围。\n"
        "迎泽区的管控区包括:\n1.金华苑小区。\n2.龙城家园。\n"
        "小店区的封控区为:\n春晓小区3栋。\n"
        "管控区内,实行“人不出区、严禁聚集”管控措施。")
EXPECTED = {("controlled", "迎泽区"): ["金华苑小区", "龙城家园"], ("sealed", "小店区"): ["春晓小区3栋"]}


def test_the_district_before_its_levels_heading_is_the_lists_district() -> None:
    for text in variants_of(FORM):
        assert by_level(text) == EXPECTED, text


def test_a_districts_level_in_a_measure_is_no_heading() -> None:
    """Near miss: "迎泽区的管控区实行…" is a measure, no list."""
    text = "迎泽区的管控区实行“人不出区”管控措施。\n请广大市民配合。"
    assert by_level(text) == {}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(DISTRICTS), st.sampled_from(["管控区", "封控区", "高风险区", "中风险区"]),
       st.lists(place(), min_size=1, max_size=3, unique=True), st.sampled_from(["包括:", "为:", ":"]))
def test_generated_headings(district: str, level: str, places: list[str], verb: str) -> None:
    levels = {"管控区": "controlled", "封控区": "sealed", "高风险区": "high", "中风险区": "medium"}
    body = "\n".join(f"{n}.{p}。" for n, p in enumerate(places, 1))
    text = f"市指挥部发布通告。\n{district}的{level}{verb}\n{body}\n请广大市民配合。"
    assert by_level(text) == {(levels[level], district): places}, text
