"""A village's groups, bare group numbers after the first, the last closing the village's rest with "以外的其他区域"
("低风险区:A村一组、三组以外的其他区域"): one place, the village's rest but those groups (as "…以外的区域" is read).
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


def _notice(place: str = "杏溪村一组、三组以外的其他区域") -> str:
    return f"关于调整风险区域的通告\n高风险区:杏溪村二组。\n低风险区:{place}。\n"


def test_groups_then_other_rest_is_one_place() -> None:
    assert by_level(_notice()) == {("high", None): ["杏溪村二组"],
                                   ("low", None): ["杏溪村一组、三组以外的其他区域"]}
    assert places_of(_notice("杏溪村1组、3组、5组以外的其余区域"))[-1] == "杏溪村1组、3组、5组以外的其余区域"
    assert places_of(in_traditional(_notice()))[-1] == "杏溪村一组、三组以外的其他区域"
    assert places_of(_notice().translate(HALF_TO_FULL))[-1] == "杏溪村一组、三组以外的其他区域"


def test_groups_then_rest_without_other_reads_as_before() -> None:
    # (near miss: "…以外的区域", read so already; a district's rest stays a blanket)
    assert places_of(_notice("杏溪村一组、三组以外的区域"))[-1] == "杏溪村一组、三组以外的区域"
    assert places_of(_notice("全县除高风险区以外的其他区域")) == ["杏溪村二组"]


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_any_village_groups_other_rest(village: str) -> None:
    assume(no_real_city(village))
    place = f"{village}村一组、四组以外的其他区域"
    assert places_of(_notice(place))[-1] == place
