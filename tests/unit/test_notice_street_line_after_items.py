"""Numbered items, then a street written alone on the section's last line, unnumbered, before the next level's
heading ("(一)A大厦" "(二)B花园" "人民街" "二、中风险区:"): the street is a place of its own, no wrap of the last item.
Notices here are written for the tests."""

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


def _notice(last: str = "(二)银杏花园", street: str = "人民街") -> str:
    return (f"关于划定风险区域的通告\n一、高风险区:\n(一)金桂大厦\n{last}\n{street}\n"
            "二、中风险区:\n(一)松柏小区\n(二)梧桐家园\n")


def test_street_line_after_numbered_items_is_a_place() -> None:
    assert by_level(_notice()) == {("high", None): ["金桂大厦", "银杏花园", "人民街"],
                                   ("medium", None): ["松柏小区", "梧桐家园"]}
    assert places_of(in_traditional(_notice()))[:3] == ["金桂大厦", "银杏花园", "人民街"]
    assert places_of(_notice().translate(HALF_TO_FULL))[:3] == ["金桂大厦", "银杏花园", "人民街"]


def test_line_under_a_town_or_a_broken_name_still_joins() -> None:
    # (near miss: under a street's item the line may be its road broken off; a name's end broken off joins)
    assert places_of(_notice("(二)银杏街道"))[:2] == ["金桂大厦", "银杏街道人民街"]
    assert places_of(_notice("(二)银杏", "花园"))[:2] == ["金桂大厦", "银杏花园"]


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_any_street_line_after_items(compound: str, street: str) -> None:
    assume(no_real_city(compound, street) and compound != street)
    assert places_of(_notice(f"(二){compound}花园", f"{street}街"))[:3] == [
        "金桂大厦", f"{compound}花园", f"{street}街"]
