"""The resolver's text handling: exceptions, sub-place lists and runs, bare sub-places."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fangkong.areas.resolver import compound_prefix, expand_sublist, is_bare_subplace, split_exceptions

names = st.text(alphabet="龙城华苑佳园府金泽阳光花东西南北庭", min_size=2, max_size=6).map(lambda s: s + "小区")
subs = st.builds(lambda n, u: f"{n}{u}", st.integers(1, 40), st.sampled_from(["号楼", "单元", "栋", "号院"]))


@pytest.mark.parametrize(("text", "base", "exceptions"), [
    ("西吴御龙庭小区(1号楼2单元除外)", "西吴御龙庭小区", ["1号楼2单元"]),
    ("黄陵街道(太原机场除外)", "黄陵街道", ["太原机场"]),
    ("东坝家园(1号楼、2号楼除外)", "东坝家园", ["1号楼", "2号楼"]),
    ("姚村镇全域(除姚村镇博涵烟酒特产店、姚村红楼肉食店外)", "姚村镇全域", ["姚村镇博涵烟酒特产店", "姚村红楼肉食店"]),
    ("X小区(除3号楼以外)", "X小区", ["3号楼"]),
    ("山西工商学院(龙城校区)", "山西工商学院(龙城校区)", []),
    ("万民药房(西一巷店)", "万民药房(西一巷店)", []),
])
def test_exceptions_are_split_from_their_place(text: str, base: str, exceptions: list[str]) -> None:
    assert split_exceptions(text) == (base, exceptions)


@given(names, st.lists(subs, min_size=1, max_size=4), st.sampled_from(["({}除外)", "(除{}外)", "(除{}以外)"]))
def test_any_exception_clause_round_trips(name: str, excepted: list[str], form: str) -> None:
    text = name + form.format("、".join(excepted))
    assert split_exceptions(text) == (name, excepted)


@pytest.mark.parametrize(("text", "expanded"), [
    ("旱西门小区(7号楼、8号楼)", ["旱西门小区7号楼", "旱西门小区8号楼"]),
    ("北张住宅小区C区4号楼、5号楼", ["北张住宅小区C区4号楼", "北张住宅小区C区5号楼"]),
    ("煤干院小区18、19号院", ["煤干院小区18号院", "煤干院小区19号院"]),
    ("西吴御龙庭小区(1号楼2单元除外)", ["西吴御龙庭小区(1号楼2单元除外)"]),
    ("精营西边街以东、精营中横街以南区域", ["精营西边街以东、精营中横街以南区域"]),
    ("A小区1号楼、B小区", ["A小区1号楼、B小区"]),
])
def test_sub_place_lists_and_runs_expand(text: str, expanded: list[str]) -> None:
    assert expand_sublist(text) == expanded


@given(names, st.lists(st.integers(1, 60), min_size=2, max_size=5, unique=True), st.sampled_from(["号楼", "号院"]))
def test_a_run_names_each_sub_place_of_the_compound(name: str, numbers: list[int], unit: str) -> None:
    text = f"{name}{numbers[0]}{unit}、" + "、".join(f"{n}{unit}" for n in numbers[1:])
    assert expand_sublist(text) == [f"{name}{n}{unit}" for n in numbers]


def test_bare_sub_places_and_compound_prefixes() -> None:
    assert is_bare_subplace("5号楼") and is_bare_subplace("2单元") and is_bare_subplace("C座")
    assert not is_bare_subplace("阳光华庭") and not is_bare_subplace("阳光华庭5号楼")
    assert compound_prefix("北张住宅小区C区4号楼") == "北张住宅小区C区"
    assert compound_prefix("保利东郡2期11号楼2单元") == "保利东郡2期"
    assert compound_prefix("阳光华庭") is None


def test_misspelt_shortened_and_reordered_names_are_alike_with_the_difference_shown() -> None:
    from fangkong.areas.resolver import _likeness

    assert _likeness("花庭小区", "华庭小区") == "花 → 华"
    assert _likeness("华庭小区", "阳光华庭") == "∅ → 阳光, 小区 → ∅"
    assert _likeness("锦绣小区东区", "东区锦绣小区").startswith("语序不同 / reordered")
    assert _likeness("华庭小区", "华庭小区") == ""
    assert _likeness("华庭小区", "龙城花园") == ""
