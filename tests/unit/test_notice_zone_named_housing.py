"""Resettlement housing named by its zone (西宁, 2021): "管控区:…;A新区综合安置小区;…" — a zone that no division's list
gives, then only a kind of housing (综合安置小区, 安置房, 回迁小区): the zone is part of the place's name, no district.
A zone before a named estate ("A新区B小区") is its district as before. Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    by_level,
    invented_names,
    variants_of,
)


def _listed(place: str) -> str:
    return f"二、管控区:金星巷5号院;{place};锦绣路两侧商铺。"


def _places(text: str) -> list[str]:
    return [place for places in by_level(text).values() for place in places]


def test_housing_named_by_its_zone_keeps_the_zone() -> None:
    for text in variants_of(_listed("光明新区综合安置小区")):
        assert _places(text) == ["金星巷5号院", "光明新区综合安置小区", "锦绣路两侧商铺"]
        assert all(district != "光明新区" for _level, district in by_level(text))


def test_a_zone_before_a_named_estate_is_its_district() -> None:
    assert by_level(_listed("光明新区翠湖小区")) == {("controlled", None): ["金星巷5号院"],
                                                   ("controlled", "光明新区"): ["翠湖小区", "锦绣路两侧商铺"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_any_zone_s_resettlement_housing(name: str) -> None:
    assert _places(_listed(f"{name}新区回迁小区")) == ["金星巷5号院", f"{name}新区回迁小区", "锦绣路两侧商铺"]
