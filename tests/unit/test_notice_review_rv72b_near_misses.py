"""Near misses of the rules of t71c and t71d (review rv72b): ordinary wording close to a new rule that must read as a
careful reader reads it. Invented places (traditional characters, full-width punctuation, a property over generated
names)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    in_traditional,
    invented_names,
    levels_of,
    variants_of,
)

_HIGH = "一、翠湖镇春晓村锦绣街2巷7号划为高风险区,实行“足不出户、上门服务”管理措施,"


# a clause of measures after quoted measures (t71c): its subject must be a named place, not a time, kinds of site or
# every village
@pytest.mark.parametrize("clause", ["7天内实行“足不出户、上门服务”,此后实行“个人防护、避免聚集”措施。",
                                    "学校、商超等场所执行“个人防护、避免聚集”措施。",
                                    "公共场所继续执行“个人防护、避免聚集”措施。",
                                    "全镇各村继续落实“个人防护、避免聚集”措施。"])
def test_a_measures_clause_of_no_place_after_measures(clause: str) -> None:
    for text in variants_of(_HIGH + clause):
        assert levels_of(text) == {"high": ["翠湖镇春晓村锦绣街2巷7号"]}


def test_a_measures_clause_of_a_named_place_after_measures_is_read() -> None:
    for text in variants_of(_HIGH + "春晓村其他区域实行“人不出区、错峰取物”措施。"):
        assert levels_of(text) == {"high": ["翠湖镇春晓村锦绣街2巷7号"], "medium": ["春晓村其他区域"]}


# the last item of a level's label, then measures (t71d): only the label's own level's measures end the list
_OTHER_LEVEL = "一、高风险区:(一)春晓小区3栋;(二)锦绣公馆2栋周边区域实行“人不出区、错峰取物”措施。"


@pytest.mark.parametrize("text", variants_of(_OTHER_LEVEL))
def test_measures_of_another_level_after_a_label_item(text: str) -> None:
    assert levels_of(text) == {"high": ["春晓小区3栋"], "medium": ["锦绣公馆2栋周边区域"]}


# an excepted village then a village (t71d): not the villages it governs or that border it
@pytest.mark.parametrize("join", ["及所辖自然村", "及下辖自然村", "和邻近村", "及其所属自然村", "及毗邻村", "及沿线村"])
def test_an_excepted_village_and_its_villages_stay_one_place(join: str) -> None:
    place = f"青柳镇白石村(除高风险区域外){join}"
    text = f"二、中风险区:{place},实行“人不出区、错峰取物”等防控措施。"
    assert levels_of(text) == {"medium": [place]}
    assert len(levels_of(in_traditional(text))["medium"]) == 1
    assert len(levels_of(text.translate(HALF_TO_FULL))["medium"]) == 1


# numbers on roads named in full (t71d): not the house's other address, nor a road placed by the first
@pytest.mark.parametrize("second", ["原金华街5号、7号", "即金华街5号", "现金华街5号", "对面金华街5号", "东侧巷5号",
                                    "村内金华街5号"])
def test_another_address_of_the_same_house_stays_one_place(second: str) -> None:
    first = "青柳镇白石村松坪路83号、85号"
    text = f"一、高风险区:\n(一){first},{second};\n(二)红枫镇柳湾小区。"
    assert levels_of(text) == {"high": [f"{first},{second}", "红枫镇柳湾小区"]}
    assert len(levels_of(text.translate(HALF_TO_FULL))["high"]) == 2
    assert len(levels_of(in_traditional(text))["high"]) == 2


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), st.sampled_from(["原", "即", "对面"]),
       st.sampled_from(["所辖", "下辖", "邻近"]))
def test_near_misses_property(road: str, village: str, alias: str, relation: str) -> None:
    first = f"青柳镇{road}路8号"
    text = f"一、高风险区:\n(一){first},{alias}松坪街5号;\n(二)红枫镇柳湾小区。"
    assert levels_of(text) == {"high": [f"{first},{alias}松坪街5号", "红枫镇柳湾小区"]}
    place = f"青柳镇{village}村(除高风险区域外)及{relation}村"
    assert levels_of(f"二、中风险区:{place},实行“人不出区、错峰取物”等防控措施。") == {"medium": [place]}
