"""Notices whose places come as a table with a column for each row's level, as offices paste them from a
spreadsheet or a web page: tab-, pipe- or space-separated rows, or one cell a line. Whatever the layout,
each row is one place with its district and level."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_render import DISTRICTS, place

LEVELS = {"高风险区": "high", "中风险": "medium", "低风险区": "low", "封控区": "sealed", "管控": "controlled",
          "防范区": "precaution", "高": "high"}
STREETS = ["坞城街道", "亲贤街道", "桥东街道", "柳巷街道", "西铭乡"]
HEADERS = [("所属区", "街道", "风险区域", "风险等级"), ("区县", "镇街", "区域名称", "等级"),
           ("区", "街道", "管控区域", "管控类别")]


def _render(layout: str, header: tuple[str, ...], rows: list[tuple[str, str, str, str]]) -> str:
    table = [("序号", *header), *((str(n), *row) for n, row in enumerate(rows, 1))]
    if layout == "cells":
        body = "\n".join(cell for row in table for cell in row)
    else:
        joiner = {"tabs": "\t", "pipes": " | ", "spaces": "   "}[layout]
        body = "\n".join(joiner.join(row) for row in table)
    return (f"关于调整部分区域风险等级的通告\n经研判,现将调整情况公布如下:\n{body}\n特此通告。\n"
            "太原市疫情防控办公室\n2022年12月3日")


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(["tabs", "pipes", "spaces", "cells"]), st.sampled_from(HEADERS),
       st.lists(st.tuples(st.sampled_from(DISTRICTS), st.sampled_from(STREETS), place(),
                          st.sampled_from(sorted(LEVELS))), min_size=1, max_size=8, unique_by=lambda r: r[2]))
def test_each_row_of_a_table_is_one_place_with_its_district_and_level(
        layout: str, header: tuple[str, ...], rows: list[tuple[str, str, str, str]]) -> None:
    result = parse_notice(_render(layout, header, rows), default_year=2022)
    found = sorted((c["level_to"], c["district"], p) for c in result["changes"] for p in c["places"])
    assert found == sorted((LEVELS[lv], d, s + p) for d, s, p, lv in rows)
    assert result["published"] == "2022-12-03"


def test_a_table_without_a_level_column_is_read_as_before() -> None:
    text = ("即日起新增高风险区,具体为:\n序号\t所属区\t风险区域\n1\t小店区\t金华苑小区\n2\t迎泽区\t龙城华苑\n"
            "请广大市民做好防护。")
    found = sorted((c["level_to"], c["district"], p) for c in parse_notice(text)["changes"] for p in c["places"])
    assert found == [("high", "小店区", "金华苑小区"), ("high", "迎泽区", "龙城华苑")]


def test_a_level_cell_that_says_the_change_gives_the_new_level() -> None:
    text = ("序号\t区\t地点\t风险等级\n1\t小店区\t金华苑小区\t由高风险区调整为低风险区\n"
            "2\t迎泽区\t龙城华苑\t中风险区→低风险区")
    found = sorted((c["level_to"], c["district"], p) for c in parse_notice(text)["changes"] for p in c["places"])
    assert found == [("low", "小店区", "金华苑小区"), ("low", "迎泽区", "龙城华苑")]


TAGS = {"高风险区": "high", "中风险区": "medium", "低风险区": "low", "封控区": "sealed", "管控区": "controlled"}


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(place(), st.sampled_from(sorted(TAGS))), min_size=2, max_size=8, unique_by=lambda r: r[0])
       .filter(lambda rows: len({TAGS[t] for _p, t in rows}) >= 2), st.sampled_from(["、", ",", "\n"]))
def test_places_each_tagged_with_their_level_in_brackets(rows: list[tuple[str, str]], joiner: str) -> None:
    """"小店区金华苑小区(高风险区)、龙城苑(中风险区)": with two levels or more the brackets are each place's level."""
    body = joiner.join(f"{p}({t})" for p, t in rows)
    text = f"关于调整风险区域的通告\n风险区域调整如下:\n小店区:{body}。\n特此通告。"
    found = sorted((c["level_to"], p) for c in parse_notice(text)["changes"] for p in c["places"])
    assert found == sorted((TAGS[t], p) for p, t in rows), text


def test_places_all_tagged_with_the_same_level_keep_the_heading_reading() -> None:
    text = "解除以下区域的封控:\n小店区:金华苑小区(封控区)、龙城苑(封控区)。"
    changes = parse_notice(text)["changes"]
    assert [(c["action"], c["level_to"]) for c in changes] == [("lift", None)]


def test_a_sentence_listing_hundreds_of_places() -> None:
    text = "自12月3日起,将小店区" + "、".join(f"金华苑{i}号楼" for i in range(1, 401)) + "调整为高风险区。"
    found = [p for c in parse_notice(text)["changes"] for p in c["places"]]
    assert found == [f"金华苑{i}号楼" for i in range(1, 401)]
