"""Ordinary wording near the rules of set 40 (review rv40): a report's dated lead over a lift and new areas of the
same later day is no earlier paragraph telling the lifted place's history (_history_before_lift); invented names."""

from __future__ import annotations

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, in_traditional, levels_of

_REPORT = ("11月20日,记者从甲区疫情防控指挥部获悉:\n自11月21日起,金桂小区解除封控。\n"
           "自11月21日起,将银杏苑、丰收农贸市场划为封控区,人员、车辆只进不出。\n")


def test_a_dated_lead_over_a_lift_and_new_sealed_areas_keeps_them() -> None:
    assert levels_of(_REPORT) == {"lifted": ["金桂小区"], "sealed": ["银杏苑", "丰收农贸市场"]}


def test_a_dated_lead_in_traditional_characters() -> None:
    assert levels_of(in_traditional(_REPORT)) == {"lifted": ["金桂小区"], "sealed": ["银杏苑", "丰收农贸市场"]}


def test_a_dated_lead_with_full_width_punctuation() -> None:
    assert levels_of(_REPORT.translate(HALF_TO_FULL)) == {"lifted": ["金桂小区"],
                                                            "sealed": ["银杏苑", "丰收农贸市场"]}


def test_new_areas_in_the_lifted_estate_after_a_dated_lead_are_kept() -> None:
    # another building of the estate lifted is set now, in the same notice, not told as history
    text = ("5月7日,甲区疫情防控指挥部发布通告。\n一、自5月8日起,解除金桂小区1号楼封控管理。\n"
            "二、自5月8日起,将银杏苑3号楼和金桂小区2号楼划为封控区。\n")
    assert levels_of(text) == {"lifted": ["金桂小区1号楼"], "sealed": ["银杏苑3号楼", "金桂小区2号楼"]}


def test_a_lift_clause_by_clause_then_a_school_and_a_market_controlled() -> None:
    text = ("11月20日,甲区发布通告。\n自11月21日起,金桂小区解除封控,银杏苑解除管控。\n"
            "将丰收农贸市场和第一中学划为管控区。\n")
    assert levels_of(text) == {"lifted": ["金桂小区", "银杏苑"], "controlled": ["丰收农贸市场", "第一中学"]}
