"""A lead's list closed by its count of key areas ("对A社区、B社区、…、F社区等6个重点区域实行临时管控", 安康, late
2022): the count (重点, key, with it) no part of the last place. Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
)


def _text(objects: str) -> str:
    return ("金桃县新冠肺炎疫情防控指挥部关于对县城部分区域实行临时管控的通告\n"
            f"决定自2022年11月24日零时起,对{objects}实行临时管控。\n一、临时管控区内,学校实行线上教学。\n")


_LIST = "春晓社区、翠锦社区、光明社区等3个重点区域"
_READ = {("controlled", "金桃县"): ["春晓社区", "翠锦社区", "光明社区"]}


def test_the_count_of_key_areas_is_no_part_of_the_last_place() -> None:
    assert by_level(_text(_LIST)) == _READ


def test_traditional_characters_and_full_width_punctuation() -> None:
    assert by_level(in_traditional(_text(_LIST))) == _READ
    assert by_level(_text(_LIST).translate(HALF_TO_FULL)) == _READ


def test_near_miss_a_key_area_without_a_count_stays_as_written() -> None:
    assert by_level(_text("春晓社区、翠锦社区、光明社区重点区域")) == {
        ("controlled", "金桃县"): ["春晓社区", "翠锦社区", "光明社区重点区域"]}


@settings(max_examples=20, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=5, unique=True),
       st.sampled_from(["区域", "地区", "点位"]))
def test_any_communities_counted_as_key_areas(names: list[str], kind: str) -> None:
    communities = [n + "社区" for n in names]
    text = _text("、".join(communities) + f"等{len(communities)}个重点{kind}")
    assert by_level(text) == {("controlled", "金桃县"): communities}
