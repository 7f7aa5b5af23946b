"""A street's numbered item that counts its points, then the points it takes in ("1. A街道7个点位。具体包括:B社区、
C社区;", 重庆, summer 2022): the count phrase no place, the street joined to each point; and in such a list parted
by ";", one road's house numbers in runs parted by commas ("D路3、4号,10-18号双号", "E街5号,E街9-21号单号,以及E街
5号附1、附3号") one place. Notices here are written for the tests."""

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

_HEAD = ("重庆南岸区新增临时管控区域的通告\n  自2022年8月29日起,在辖区内新增临时管控区域。具体如下:\n"
         "  一、新增点位\n")
_TAIL = "  二、防控措施\n  1. 经营场所暂停营业。\n"

_POINTS = (_HEAD + "  1. 金华街道3个点位。具体包括:春晓社区、翠锦社区、光明社区全域;\n"
           "  2. 泰康街道2个点位。具体包括:兴盛花园小区、鑫汇小区。\n" + _TAIL)
_POINTS_READ = {("controlled", "南岸区"): ["金华街道春晓社区", "金华街道翠锦社区", "金华街道光明社区全域",
                                          "泰康街道兴盛花园小区", "泰康街道鑫汇小区"]}

_HOUSES = (_HEAD + "  1. 金华街道4个点位。具体包括:春晓新村3、5、7号;桃园路12号;翠锦路3、4号,10-18号双号;"
           "兴盛街5、7号,兴盛街9-21号单号,以及兴盛街5号附1、附3号。\n" + _TAIL)
_HOUSES_READ = {("controlled", "南岸区"): ["金华街道春晓新村3、5、7号", "金华街道桃园路12号",
                                          "金华街道翠锦路3、4号,10-18号双号",
                                          "金华街道兴盛街5、7号,兴盛街9-21号单号,以及兴盛街5号附1、附3号"]}


def test_a_streets_counted_points_are_its_places() -> None:
    assert by_level(_POINTS) == _POINTS_READ


def test_one_roads_house_runs_between_semicolons_are_one_place() -> None:
    assert by_level(_HOUSES) == _HOUSES_READ


def test_traditional_characters_and_full_width_punctuation() -> None:
    for text in (_POINTS, _HOUSES):
        expected = by_level(text)
        assert by_level(in_traditional(text)) == expected
        assert by_level(text.translate(HALF_TO_FULL)) == expected


def test_near_miss_two_roads_after_a_comma_stay_two_places() -> None:
    # another road after the comma, no bare numbers or 以及: two places, as written
    text = _HEAD + "  1. 金华街道:桃园路12号;翠锦路3号,兴盛街5号;春晓新村7号。\n"
    assert by_level(text) == {("controlled", "南岸区"): ["金华街道桃园路12号", "金华街道翠锦路3号",
                                                        "金华街道兴盛街5号", "金华街道春晓新村7号"]}


@settings(max_examples=20, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=4, unique=True),
       invented_names(PLAIN_SYLLABLES), st.integers(1, 60))
def test_any_streets_points_and_house_runs(names: list[str], road: str, number: int) -> None:
    communities = [n + "社区" for n in names]
    runs = f"{road}路{number}、{number + 2}号,{number + 10}-{number + 20}号双号"
    text = (_HEAD + f"  1. 金华街道{len(communities)}个点位。具体包括:" + "、".join(communities) + ";\n"
            f"  2. 泰康街道2个点位。具体包括:{runs};桃园路{number}号。\n" + _TAIL)
    assert by_level(text) == {("controlled", "南岸区"): [*("金华街道" + c for c in communities),
                                                        "泰康街道" + runs, f"泰康街道桃园路{number}号"]}
