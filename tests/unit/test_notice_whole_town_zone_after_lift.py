"""The form of a lift of whole towns' control that puts their whole territory under a lower level ("对A镇、B镇等2个
管控区解除管控,全镇域调整为防范区": the towns themselves, precaution; 全镇域 no place of its own). Invented places, the
wording of the real form (traditional characters, full-width punctuation), a near miss and a property over generated
names."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    invented_names,
    levels_of,
    variants_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)



_TOWNS = ("刚刚!金峰3个镇由管控区调整为防范区\n金峰市新型冠状病毒感染的肺炎防控工作指挥部通告\n〔2022〕25号\n"
          "经专家研判,我市翠湖镇等3个管控区已满足解除管控条件。现就解除管控有关事项通告如下:\n"
          "一、自2022年3月30日起,对翠湖镇、春晓镇、丽泽镇等3个管控区解除管控,全镇域调整为防范区。\n"
          "二、对解除管控的3个镇域,继续从严控制聚会、聚餐等聚集性活动。\n"
          "金峰市新型冠状病毒感染的肺炎防控工作指挥部\n2022年3月30日")


@pytest.mark.parametrize("text", variants_of(_TOWNS))
def test_whole_towns_lifted_to_a_lower_zone(text: str) -> None:
    assert {level: sorted(places) for level, places in levels_of(text).items()} \
        == {"precaution": sorted(["翠湖镇", "春晓镇", "丽泽镇"])}


def test_near_miss_a_lift_without_a_new_level_stays_a_lift() -> None:
    # (no level after the comma: the towns lifted, the whole town's measures a sentence of its own)
    text = "一、自2022年3月30日起,对翠湖镇、春晓镇等2个管控区解除管控,全镇域继续做好个人防护。"
    assert levels_of(text) == {"lifted": ["翠湖镇", "春晓镇"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from(["镇", "乡"]), st.sampled_from(["防范区", "管控区"]))
def test_any_whole_towns_lifted_to_a_lower_zone(first: str, second: str, kind: str, level: str) -> None:
    assume(first != second)
    text = (f"一、自2022年4月1日起,对{first}{kind}、{second}{kind}等2个封控区解除封控,"
            f"全{kind}域调整为{level}。")
    expected = "precaution" if level == "防范区" else "controlled"
    assert {lv: sorted(places) for lv, places in levels_of(text).items()} \
        == {expected: sorted([f"{first}{kind}", f"{second}{kind}"])}
