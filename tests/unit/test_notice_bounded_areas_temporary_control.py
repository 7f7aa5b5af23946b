"""Areas by their bounds, parted by ";", the subject of one temporary control ("东起A路、西至B路、北至C路的包围区域;
东至D路、…的围栏区域实施临时管制", a machine-reworded copy, 江苏, late 2022): each area one place, controlled (管制,
control, for 管控); the reworded level's own rule ("高危地区实行“足不出户,上门服务”") names no place. Notices here
are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import by_level, variants_of

_A = "东起金桃路、西至银杏中路、北至松柏西路的包围区域"
_B = "东至梧桐坝路、西至樟树路、南至柳湾路、北至枫林中路的围栏区域"
_MEASURES = ("现将有关事项通知如下:\n1.学校组织线上教学。\n2.对围栏区内的居民小区进行临时封闭管理。"
             "高危地区实行“足不出户,上门服务”。\n本通知自发布之日起执行。\n")


def _text(areas: str, verb: str = "实施临时管制") -> str:
    return "为最大限度降低疫情传播风险,根据防控预案相关要求," + areas + verb + "。" + _MEASURES


def test_bounded_areas_parted_by_semicolons_each_a_place() -> None:
    assert by_level(_text(_A + ";" + _B)) == {("controlled", None): [_A, _B]}


def test_one_bounded_area_and_temporary_control_written_guanzhi() -> None:
    assert by_level(_text(_A)) == {("controlled", None): [_A]}


def test_traditional_characters_and_full_width_punctuation() -> None:
    for text in variants_of(_text(_A + ";" + _B)):
        assert by_level(text) == {("controlled", None): [_A, _B]}


def test_near_miss_traffic_control_of_a_road_names_no_area() -> None:
    assert by_level("为降低疫情传播风险,根据防控预案相关要求,金桃路全线实施交通管制。\n") == {}


def test_near_miss_a_reworded_level_with_its_measures_is_no_place() -> None:
    assert by_level("根据要求。\n" + _MEASURES) == {}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["实施临时管制", "实行临时管制", "实施临时管控", "实施临时性管控措施"]),
       st.sampled_from(["的包围区域", "的围栏区域", "的合围区域", "区域"]), st.sampled_from([1, 2, 3]))
def test_any_verb_closing_word_and_count(verb: str, closing: str, count: int) -> None:
    areas = [f"东起{n}路、西至{n}中路、北至{n}西路{closing}" for n in ["金桃", "银杏", "松柏"][:count]]
    assert by_level(_text(";".join(areas), verb)) == {("controlled", None): areas}
