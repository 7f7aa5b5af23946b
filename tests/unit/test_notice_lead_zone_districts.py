"""The district of a report's lead "2022年3月20日起A新区新冠肺炎疫情社区防控新增区域如下" (南京, spring 2022) and
of a site's headline "重庆A区临时管控区名单+管控措施" (重庆, late 2022). Notices here are written for the tests."""

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


def _lead(district: str) -> str:
    return (f"  经专家组研判,2022年3月20日起{district}新冠肺炎疫情社区防控新增区域如下\n\n"
            "  (1)封控区1个:春晓街道翠锦小区。\n\n  (2)管控区2个:春晓街道光明小区、兴盛广场小区。\n")


def _headline(head: str) -> str:
    return (f"{head}\n  自2022年11月5日9时起,在辖区内划定临时管控区域。现就有关事项通告如下:\n"
            "  一、临时管控区域\n  (一)金华街道春晓小区;\n  (二)泰康街道翠锦小区6栋。\n")


def test_the_district_whose_community_control_adds_the_areas_below() -> None:
    assert by_level(_lead("金桃新区")) == {("sealed", "金桃新区"): ["春晓街道翠锦小区"],
                                           ("controlled", "金桃新区"): ["春晓街道光明小区", "兴盛广场小区"]}


def test_the_district_of_a_headline_over_the_temporary_zones_list() -> None:
    assert by_level(_headline("重庆南岸区临时管控区名单+管控措施")) == {
        ("controlled", "南岸区"): ["金华街道春晓小区", "泰康街道翠锦小区6栋"]}


def test_traditional_characters_and_full_width_punctuation() -> None:
    for text in (_lead("金桃新区"), _headline("重庆南岸区临时管控区名单+管控措施")):
        expected = by_level(text)
        assert by_level(in_traditional(text)) == expected
        assert by_level(text.translate(HALF_TO_FULL)) == expected


def test_near_misses_no_district_named() -> None:
    assert by_level(_lead("")) == {("sealed", None): ["春晓街道翠锦小区"],
                                   ("controlled", None): ["春晓街道光明小区", "兴盛广场小区"]}
    assert by_level("重庆南岸区临时管控区人员须知\n  (一)金华街道春晓小区,实行“足不出区,错峰取物”。\n") \
        == {("medium", None): ["金华街道春晓小区"]}


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["新区", "高新区", "县"]))
def test_any_new_area_or_county_in_the_lead(stem: str, kind: str) -> None:
    district = stem + kind
    assert by_level(_lead(district)) == {("sealed", district): ["春晓街道翠锦小区"],
                                         ("controlled", district): ["春晓街道光明小区", "兴盛广场小区"]}
