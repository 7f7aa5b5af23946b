"""Unnumbered lines under a level's heading, the first one whole place alone, the next a list written inline
("星河苑" over "阳光小区、翠湖村"): the first line is a place of its own, no name broken over the lines (three
places). Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    no_real_city,
    places_of,
)


def _notice(first: str = "星河苑", second: str = "阳光小区、翠湖村") -> str:
    return f"关于划定风险区域的通告\n高风险区:\n{first}\n{second}\n"


def test_lone_place_line_over_an_inline_list() -> None:
    assert by_level(_notice()) == {("high", None): ["星河苑", "阳光小区", "翠湖村"]}
    assert places_of(in_traditional(_notice())) == ["星河苑", "阳光小区", "翠湖村"]
    assert places_of(_notice(second="阳光小区、翠湖村(3组除外)").translate(HALF_TO_FULL)) == [
        "星河苑", "阳光小区", "翠湖村(3组除外)"]


def test_broken_names_and_parts_still_join() -> None:
    # (near miss: a name broken over the lines joins as before, also after a line of several places)
    assert places_of(_notice("星河", "苑小区、翠湖村")) == ["星河苑小区", "翠湖村"]
    assert places_of(_notice("星河苑、阳光", "小区、翠湖村")) == ["星河苑", "阳光小区", "翠湖村"]
    # (near miss, review rv72a: a community alone over its compounds is their heading, not a whole place at the level)
    assert "金湖社区" not in places_of(_notice("金湖社区", "阳光小区、翠湖小区"))


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_any_lone_place_line(first: str, second: str, third: str) -> None:
    assume(no_real_city(first, second, third) and len({first, second, third}) == 3)
    assert places_of(_notice(f"{first}苑", f"{second}小区、{third}村")) == [f"{first}苑", f"{second}小区", f"{third}村"]
