"""Estates by their bare two-character names, the kind of housing written once after the last, "南甲、南乙、南丙别墅"
(海口, spring 2022): one place, as written (the corpus reads it so), not bare names split off."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import PLAIN_SYLLABLES, by_level, no_real_city, variants_of

FORM = ("迎泽区管控区包括:\n"
        "1.星峰花园,阳光公寓,金春、金晓、金阳别墅,锦绣宿舍;桃园路龙城宿舍。\n"
        "管控区内,实行“人不出区、严禁聚集”管控措施。")
EXPECTED = {("controlled", "迎泽区"): ["星峰花园", "阳光公寓", "金春、金晓、金阳别墅", "锦绣宿舍", "桃园路龙城宿舍"]}


def test_bare_names_sharing_the_last_ones_kind_are_one_place() -> None:
    for text in variants_of(FORM):
        assert by_level(text) == EXPECTED, text


def test_names_with_kinds_of_their_own_stay_apart() -> None:
    """Near miss: "金春村、金晓苑、金阳别墅" are three places, each named with its kind."""
    text = "迎泽区管控区包括:\n1.星峰花园,金春村、金晓苑、金阳别墅;桃园路龙城宿舍。\n管控区内实行管控措施。"
    assert by_level(text) == {("controlled", "迎泽区"): ["星峰花园", "金春村", "金晓苑", "金阳别墅", "桃园路龙城宿舍"]}
    # (review rv72a: a facility's word, "超市", is no bare estate name)
    text = "迎泽区管控区包括:\n1.星峰花园,超市、银湖家园;桃园路龙城宿舍。\n管控区内实行管控措施。"
    assert by_level(text) == {("controlled", "迎泽区"): ["星峰花园", "超市", "银湖家园", "桃园路龙城宿舍"]}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=PLAIN_SYLLABLES, min_size=2, max_size=2), min_size=2, max_size=4, unique=True),
       st.sampled_from(["别墅", "小区", "花园", "公寓"]))
def test_generated_runs(names: list[str], kind: str) -> None:
    assume(no_real_city(*names))
    run = "、".join(names) + kind
    text = f"迎泽区管控区包括:\n1.星峰家园,{run},锦绣宿舍;桃园路龙城宿舍。\n管控区内实行管控措施。"
    assert by_level(text) == {("controlled", "迎泽区"): ["星峰家园", run, "锦绣宿舍", "桃园路龙城宿舍"]}, text
