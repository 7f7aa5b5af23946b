"""A note in brackets after an item of what it replaces ("九龙街道全域(调整原九龙街道A小区为九龙街道全域)", 重庆,
summer 2022): the change's note, no part of the place. Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
)


def _text(item: str) -> str:
    return ("重庆关于调整南岸区临时管控区的通告\n  自2022年8月24日起,在辖区内调整临时管控区1个。具体如下:\n"
            f"  一、具体区域\n  金华街道全域\n  {item}\n  二、防控措施\n  1.经营场所暂停营业。\n")


_ITEM = "泰康街道全域(调整原泰康街道春晓小区为泰康街道全域)"
_READ = {("controlled", "南岸区"): ["金华街道全域", "泰康街道全域"]}


def test_the_note_of_what_the_item_replaces_is_dropped() -> None:
    assert by_level(_text(_ITEM)) == _READ


def test_traditional_characters_and_full_width_punctuation() -> None:
    assert by_level(in_traditional(_text(_ITEM))) == _READ
    assert by_level(_text(_ITEM).translate(HALF_TO_FULL)) == _READ


def test_near_miss_a_bracket_of_what_the_place_includes_stays() -> None:
    assert by_level(_text("泰康街道春晓小区(含原翠锦小区)")) == {
        ("controlled", "南岸区"): ["金华街道全域", "泰康街道春晓小区(含原翠锦小区)"]}


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_any_replaced_estate(street: str, estate: str) -> None:
    item = f"{street}街道全域(调整原{street}街道{estate}小区为{street}街道全域)"
    assert by_level(_text(item)) == {("controlled", "南岸区"): ["金华街道全域", f"{street}街道全域"]}
