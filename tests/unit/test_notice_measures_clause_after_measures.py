"""The form of a town's rest given the low measures in a clause after another clause of quoted measures, one
sentence ("A划为高风险区,严格执行“足不出户、上门服务”管理措施,B镇除高风险区外的其他区域继续执行“个人防护、避免聚集”
管理措施": the rest of the town a low place, as written). Invented places, the wording of the real form (traditional
characters, full-width punctuation), a near miss and a property over generated names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    invented_names,
    levels_of,
    variants_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)



_REST = ("翠湖镇新冠肺炎疫情防控指挥部办公室通告(2022年第13号)\n"
         "一、新增管控区域。翠湖镇春晓村锦绣街2巷7号、春晓村丽泽街68号划为高风险区,严格执行“足不出户、上门服务”管理措施,"
         "翠湖镇除高风险区外的其他区域继续执行“个人防护、避免聚集”管理措施。\n"
         "二、继续开展核酸检测。\n翠湖镇新冠肺炎疫情防控指挥部办公室\n2022年11月23日")


@pytest.mark.parametrize("text", variants_of(_REST))
def test_a_town_rest_in_a_measures_clause_after_measures(text: str) -> None:
    assert levels_of(text) == {"high": ["翠湖镇春晓村锦绣街2巷7号", "春晓村丽泽街68号"],
                               "low": ["翠湖镇除高风险区外的其他区域"]}


def test_near_miss_prose_after_a_comma_gives_no_place() -> None:
    # (the clause before the comma no quoted measures: "根据要求," is prose, no place)
    text = "一、将翠湖镇春晓村2号划为高风险区。根据要求,其他区域继续执行“个人防护、避免聚集”管理措施。"
    assert levels_of(text) == {"high": ["翠湖镇春晓村2号"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.integers(1, 99), st.sampled_from(["执行", "实行"]), st.sampled_from(["镇", "街道"]))
def test_any_town_rest_after_measures(town: str, village: str, n: int, verb: str, kind: str) -> None:
    text = (f"一、{town}{kind}{village}村{n}号划为高风险区,严格执行“足不出户、上门服务”管理措施,"
            f"{town}{kind}除高风险区外的其他区域继续{verb}“个人防护、避免聚集”管理措施。")
    assert levels_of(text) == {"high": [f"{town}{kind}{village}村{n}号"],
                               "low": [f"{town}{kind}除高风险区外的其他区域"]}
