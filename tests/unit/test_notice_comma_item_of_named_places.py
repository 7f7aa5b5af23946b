"""A numbered item of four pieces or more between commas, each a place of its own closed by its kind (a compound,
a unit's housing, a village's whole) or a road with its stretch in brackets (海口, spring 2022): the commas separate
places, a bracket's own words staying inside it. An item of house numbers on lanes ("1.A大街19、21号,二巷2号") or of
bounds stays one place, as before."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    by_level,
    invented_names,
    no_real_city,
    variants_of,
)

FORM = ("迎泽区管控区包括:\n"
        "1.龙城村全村范围,春晓社区桃园25、26栋宿舍,建行宿舍,供电宿舍,金华路(从龙城小区围墙以西到锦绣大道的沿街铺面),"
        "锦绣大道(从金华路路口往北到星峰路沿途铺面)。\n"
        "2.星峰花园3栋,龙城路12号。\n"
        "管控区内,实行“人不出区、严禁聚集”管控措施。")
EXPECTED = {("controlled", "迎泽区"): [
    "龙城村全村范围", "春晓社区桃园25、26栋宿舍", "建行宿舍", "供电宿舍",
    "金华路(从龙城小区围墙以西到锦绣大道的沿街铺面)", "锦绣大道(从金华路路口往北到星峰路沿途铺面)",
    "星峰花园3栋,龙城路12号"]}


def test_the_commas_of_an_item_of_named_places_separate_them() -> None:
    for text in variants_of(FORM):
        assert by_level(text) == EXPECTED, text


def test_items_of_house_numbers_or_bounds_stay_whole() -> None:
    """Near misses: lanes' house numbers, an area by its bounds, and named places with an address among them."""
    for item in ("金华大街19、21号,二巷2号,三巷2、4号,四巷6号", "龙城村,东至金华路,南至春晓街,西至桃园路",
                 "星峰花园,龙城路12号,阳光公寓,锦绣宿舍"):
        text = f"迎泽区管控区包括:\n1.{item}。\n2.龙城家园。\n管控区内实行管控措施。"
        assert by_level(text) == {("controlled", "迎泽区"): [item, "龙城家园"]}, item


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(invented_names(PLAIN_SYLLABLES), st.sampled_from(["小区", "宿舍", "花园", "公寓", "村"])),
                min_size=4, max_size=6, unique_by=lambda t: t[0][:2]))
def test_generated_items(pieces: list[tuple[str, str]]) -> None:
    names = [name + kind for name, kind in pieces]
    assume(no_real_city(*(name for name, _kind in pieces)))
    # (no piece opening with a name the first piece holds: "A村,A村东片" is one place's parts)
    assume(not any(q[:2] in names[0] for q in names[1:]))
    text = f"迎泽区管控区包括:\n1.{','.join(names)}。\n2.龙城家园。\n管控区内实行管控措施。"
    assert by_level(text) == {("controlled", "迎泽区"): [*names, "龙城家园"]}, text
