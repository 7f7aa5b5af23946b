"""A lift of a place's temporary zone's management at a line's start ("解除A村临时管控区管理"): the place is the
village, lifted (临时, temporary, qualifies the zone). Notices here are written for the tests."""

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


def _notice(line: str = "解除杏溪村临时管控区管理。") -> str:
    return f"关于解除临时管控区的通告\n{line}\n"


def test_temporary_zone_management_lifted_from_a_village() -> None:
    assert by_level(_notice()) == {("lifted", None): ["杏溪村"]}
    assert by_level(_notice("解除杏溪村、梅林村临时封控区管理措施。")) == {("lifted", None): ["杏溪村", "梅林村"]}
    assert by_level(_notice("1.解除杏溪村的临时管控区管理。")) == {("lifted", None): ["杏溪村"]}
    assert places_of(in_traditional(_notice())) == ["杏溪村"]
    assert places_of(_notice("解除杏溪村临时管控区管理;").translate(HALF_TO_FULL)) == ["杏溪村"]


def test_zone_named_so_keeps_its_name() -> None:
    # (near miss: a zone's own name ending with 临时, "防外溢临时管控区", keeps it as the sentence's rule reads it)
    assert places_of(_notice("决定解除杏溪村临时管控区。")) == ["杏溪村临时管控区"]
    assert places_of(_notice("解除杏溪村管控区管理。")) == ["杏溪村"]


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_any_village_temporary_zone_lifted(village: str) -> None:
    assume(no_real_city(village))
    assert places_of(_notice(f"解除{village}村临时管控区管理。")) == [f"{village}村"]
