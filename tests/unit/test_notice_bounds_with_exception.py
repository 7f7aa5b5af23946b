"""An area by its sides with what it leaves out (沈阳, 2021): "重点管控区域范围为:东至A街,西至B街和C巷,南至D线,北至E河和
F路,不包括G店和H市场。" One place, its exception kept on it as written; neither the commas nor the 和 inside the
exception split it. (A list's "G店和H市场" is two places as before.) Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    by_level,
    invented_names,
    variants_of,
)


def _area(shop: str) -> str:
    return f"东至金星街,西至翠湖街和光明路151巷,南至锦绣专线,北至春晓河和长风路,不包括{shop}和翠湖农贸市场"


def test_an_area_by_its_sides_keeps_its_exception() -> None:
    for text in variants_of(f"重点管控区域范围为:{_area('金星超市')}。"):
        assert by_level(text) == {("controlled", None): [_area("金星超市")]}


def test_two_places_joined_by_and_in_a_list_stay_two() -> None:
    assert by_level("封控区:金星超市和翠湖农贸市场。") == {("sealed", None): ["金星超市", "翠湖农贸市场"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_any_shop_left_out(name: str) -> None:
    assert by_level(f"重点管控区域范围为:{_area(f'{name}超市')}。") == {("controlled", None): [_area(f"{name}超市")]}
