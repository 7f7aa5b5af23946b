"""Forms of the eighth held-out set (round 2, part c), each in a variant written here (invented places, the
wording of forms real notices use), and properties over generated places: a level given to the places of the
sentence above ("A、B连续5天无新增感染者。现将以上区域…调整为低风险区")."""

from __future__ import annotations

import opencc
from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_render import place

_S2T = opencc.OpenCC("s2t")


def by_level(text: str) -> dict[tuple[str | None, str | None], list[str]]:
    result = parse_notice(text, default_year=2022)
    out: dict[tuple[str | None, str | None], list[str]] = {}
    for change in result["changes"]:
        out.setdefault((change["level_to"] or "lifted", change["district"]), []).extend(change["places"])
    return out


def levels_of(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for (level, _district), places in by_level(text).items():
        out.setdefault(level or "lifted", []).extend(places)
    return out


# --- 1. "截至12月3日,A、B连续5天无新增感染者…。现将以上区域由高风险区调整为低风险区。": the places are the
# subject of the sentence above; "以上区域" points back to them.


def test_back_reference_to_the_places_of_the_sentence_above() -> None:
    text = ("关于调整部分区域风险等级的公告\n"
            "截至12月5日,红星路平房区、北湖办事处纺织厂宿舍3号楼1单元、杨庄乡东李村连续5天无新增感染者,"
            "且第五天风险区域所有人员完成一轮核酸筛查均为阴性。现将以上区域由高风险区调整为低风险区。\n"
            "特此公告\n某市某区疫情防控应急指挥部\n2022年12月5日")
    assert levels_of(text) == {"low": ["红星路平房区", "北湖办事处纺织厂宿舍3号楼1单元", "杨庄乡东李村"]}


def test_back_reference_in_traditional_characters_with_other_words() -> None:
    text = "截至目前,锦绣花园小区、青山村近7天无新增本土感染者。经研判,决定将上述区域调整为低风险区。"
    assert levels_of(_S2T.convert(text)) == {"low": ["锦绣花园小区", "青山村"]}


def test_back_reference_without_a_subject_above_reads_nothing() -> None:
    # the sentence above tells no places: "以上区域" is no place
    text = "经专家组研判,疫情传播风险降低。现将以上区域由高风险区调整为低风险区。"
    assert levels_of(text) == {}


@settings(max_examples=60, deadline=None)
@given(places=st.lists(place(), min_size=1, max_size=5, unique=True),
       lead=st.sampled_from(["截至12月3日,", "截至目前,", ""]),
       quiet=st.sampled_from(["连续5天无新增感染者", "近7天无新增阳性感染者", "已连续10天未发现新增病例"]),
       ref=st.sampled_from(["以上区域", "上述区域", "以上地区", "上述小区"]))
def test_back_reference_reads_each_place_above(places: list[str], lead: str, quiet: str, ref: str) -> None:
    text = f"{lead}{'、'.join(places)}{quiet}。现将{ref}由高风险区调整为低风险区。"
    assert levels_of(text) == {"low": places}
