"""Ordinary wording near the rules of fix-k69a, fix-k69b and their narrowings (fix-rv69d, fix-rv69d-b) that
misfired (review rv70b); each test fails without the narrowing:

1. a line of duties carried down to a kind ("将严格落实人员排查到村;") over a level sentence is no first piece of a
   list run over lines (its ending 村 is no place's kind): the level sentence reads alone;
2. 各 inside a village's name ("X各庄村3号楼划定为管控单元") is no rule over every unit: the building is controlled;
3. a counted level with a definition after 为 ("3个中风险区为14天内有本土病例的区域") is no list of places;
4. 同时对 before an area told only by where it lies ("同时对周边小区解除管控") names no place lifted.
"""
from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    changes_of,
    invented_names,
    no_real_city,
    variants_of,
)

# ---- 1. a line of duties over a level sentence ---------------------------------------------------------------------


def test_duty_line_ending_on_a_kind_does_not_swallow_the_level_sentence() -> None:
    text = "将严格落实人员排查到村;\n阳光村调整为中风险区。"
    for variant in variants_of(text):
        assert len(changes_of(variant)) == 1
    assert changes_of(text) == [("medium", None, ["阳光村"])]
    assert changes_of("将核酸检测落实到户;\n翠锦小区调整为中风险区。") == [("medium", None, ["翠锦小区"])]


def test_places_run_over_semicolon_lines_still_join() -> None:
    text = "将雁塔区阳光街道翠锦小区1号楼;\n金桃小区;\n星峰小区调整为中风险地区。"
    assert changes_of(text) == [("medium", "雁塔区", ["阳光街道翠锦小区1号楼", "金桃小区", "星峰小区"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_duty_line_property(a: str) -> None:
    assume(no_real_city(a))
    assert changes_of(f"将严格落实人员排查到村;\n{a}村调整为中风险区。") == [("medium", None, [f"{a}村"])]


# ---- 2. 各 inside a village's name before 管控单元 -------------------------------------------------------------------


def test_ge_inside_a_village_name_is_no_rule_over_every_unit() -> None:
    text = "将金各庄村3号楼划定为管控单元。"
    for variant in variants_of(text):
        assert len(changes_of(variant)) == 1
    assert changes_of(text) == [("controlled", None, ["金各庄村3号楼"])]
    # (the near-miss: a rule over every estate, no place)
    assert changes_of("将每个小区划定为管控单元。") == []
    assert changes_of("将阳光小区各楼栋划定为管控单元。") == []


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES, 1, 2))
def test_ge_inside_a_village_name_property(a: str) -> None:
    assume(no_real_city(a))
    assert changes_of(f"将{a}各庄村2号楼划定为管控单元。") == [("controlled", None, [f"{a}各庄村2号楼"])]


# ---- 3. a counted level, then a definition after 为 ------------------------------------------------------------------


def test_counted_level_with_a_definition_is_no_place() -> None:
    text = "中风险区:\n阳光小区\n3个中风险区为14天内有本土病例的区域。"
    for variant in variants_of(text):
        assert len(changes_of(variant)) == 1
    assert changes_of(text) == [("medium", None, ["阳光小区"])]
    assert changes_of("高风险区:\n金桃小区\n两个高风险区为出现社区传播的地区。") == [("high", None, ["金桃小区"])]


def test_counted_level_with_its_places_after_wei_still_reads() -> None:
    assert changes_of("中风险区:\n3个中风险区分别为阳光小区、金桃小区、翠锦小区。") == [
        ("medium", None, ["阳光小区", "金桃小区", "翠锦小区"])]


# ---- 4. 同时对 before an area told by where it lies ----------------------------------------------------------------


def test_same_time_dui_before_a_relative_area_names_no_place() -> None:
    text = "阳光小区调整为低风险区,同时对周边小区解除管控。"
    for variant in variants_of(text):
        assert changes_of(variant) == [("low", None, [changes_of(variant)[0][2][0]])]
    assert changes_of(text) == [("low", None, ["阳光小区"])]
    assert changes_of("阳光小区解除封控,同时对周边区域解除管控。") == []


def test_same_time_dui_before_a_named_place_still_lifts() -> None:
    assert changes_of("阳光小区调整为低风险区,同时对金桃村解除管控。") == [
        ("low", None, ["阳光小区"]), (None, None, ["金桃村"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_same_time_dui_property(a: str) -> None:
    assume(no_real_city(a))
    assert changes_of(f"{a}小区调整为低风险区,同时对周边小区解除管控。") == [("low", None, [f"{a}小区"])]
