"""Forms of the 68th held-out set's notices (1999, 2000, 2001, 2008), in variants written here (invented places):

* a sentence opened by 将 whose object runs over lines each ended by ";", its verb and level only on the last line
  ("将A区B街道C小区1号楼,A区B街道D小区;\\nE区F街道G小区;\\nH区…调整为中风险地区。", 西安 2021): one sentence, its
  places all at that level;
* items "A小区3号楼3单元划定为管控单元,所在B街道划定为中风险地区" (哈尔滨 2021): the unit under control (管控单元, read
  as the control area) and the street it lies in (所在, where it is, no part of the street) at the level after it;
* a report's count of a kind of place ("A区两条街道划定为中风险地区", the headline's "两街道") over the notice's own
  places: a count, no place; and the level written with the country's scale, "划定为全国新冠肺炎疫情中风险地区";
* a machine-reworded copy's origin "已经从疫情的高风险地区调整为低风险地区" (已经, 从 and 疫情的 before the old level):
  the places before it read as with "由高风险地区调整为"."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
    no_real_city,
)

# ---- a sentence over lines ended by ";" ------------------------------------------------------------------------


def _semicolon_lines(lines: list[str], verb: str = "调整为中风险地区") -> str:
    body = ";\n".join(lines)
    return ("金川市目前共有1个高风险地区 3个中风险地区\n经金川市新冠肺炎疫情防控指挥部研究决定:\n"
            "自2021年12月19日起,将翠枫区青枫街道长丰路33号调整为高风险地区。\n"
            f"将{body}{verb}。\n金川市其他区域风险等级不变。\n")


def test_a_sentence_over_lines_ended_by_semicolons_is_one_list() -> None:
    text = _semicolon_lines(["翠枫区青枫街道金桃小区1期2号楼、2期15号楼,翠枫区青枫街道锦绣花园13号楼",
                             "翠枫区白鹭街道星悦小区北区F5栋", "桃溪区长宁街道福瑞小区12号楼"])
    assert by_level(text) == {
        ("high", "翠枫区"): ["青枫街道长丰路33号"],
        ("medium", "翠枫区"): ["青枫街道金桃小区1期2号楼、2期15号楼", "青枫街道锦绣花园13号楼",
                               "白鹭街道星悦小区北区F5栋"],
        ("medium", "桃溪区"): ["长宁街道福瑞小区12号楼"]}


def test_semicolon_lines_of_another_level_in_traditional_characters_and_full_width_punctuation() -> None:
    text = _semicolon_lines(["翠枫区青枫街道金桃小区", "翠枫区白鹭街道星悦小区", "翠枫区长宁街道福瑞村"],
                            verb="划定为低风险地区")
    expected = {"high": ["青枫街道长丰路33号"], "low": ["青枫街道金桃小区", "白鹭街道星悦小区", "长宁街道福瑞村"]}
    assert levels_of(text) == expected
    assert levels_of(in_traditional(text)) == expected
    assert levels_of(text.translate(HALF_TO_FULL)) == expected
    # (a blank line after each ";", as a copy spaces its lines: the same list; the corpus variants test, 2008)
    assert levels_of(text.replace(";\n", ";\n\n")) == expected


@settings(max_examples=30, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=4, unique=True))
def test_any_estates_over_semicolon_lines(names: list[str]) -> None:
    assume(no_real_city(*names))
    text = _semicolon_lines([f"翠枫区青枫街道{name}小区{i + 1}号楼" for i, name in enumerate(names)])
    assert by_level(text)[("medium", "翠枫区")] == [f"青枫街道{name}小区{i + 1}号楼" for i, name in enumerate(names)]


def test_semicolon_lines_that_are_no_such_sentence_read_as_before() -> None:
    # (items under a level's heading, each ended by ";": a list, read as it was)
    text = "关于划定中风险区的通告\n即日起划定以下区域为中风险区:\n翠枫区金桃小区;\n翠枫区星悦小区;\n翠枫区福瑞村。\n"
    assert by_level(text) == {("medium", "翠枫区"): ["金桃小区", "星悦小区", "福瑞村"]}
    # (measures over lines ended by ";", no level on the last line: no place)
    text = ("将翠枫区青枫街道金桃小区调整为高风险地区。\n将严格落实以下措施;\n居家不出;\n上门服务。\n")
    assert levels_of(text) == {"high": ["青枫街道金桃小区"]}


# ---- control units and the streets they lie in ------------------------------------------------------------------


def _units(items: list[str]) -> str:
    body = "\n\n".join(f"{i}.{item}" for i, item in enumerate(items, 1))
    return ("金川市2个地区风险等级调整为中风险地区\n\n1月22日,金川市应对新冠肺炎疫情工作指挥部发布通告。"
            f"从2021年1月22日12时起,翠枫区、桃溪区的2个街道划定为中风险地区:\n\n{body}\n")


def test_a_control_unit_and_the_street_it_lies_in() -> None:
    text = _units(["翠枫区青枫街道金桃小区3号楼3单元划定为管控单元,所在青枫街道划定为中风险地区;",
                   "桃溪区星悦小区11栋5单元、福瑞家园20号楼1单元划定为管控单元,所在白鹭街道划定为中风险地区。"])
    assert by_level(text) == {("controlled", "翠枫区"): ["青枫街道金桃小区3号楼3单元"],
                              ("medium", "翠枫区"): ["青枫街道"],
                              ("controlled", "桃溪区"): ["星悦小区11栋5单元", "福瑞家园20号楼1单元"],
                              ("medium", "桃溪区"): ["白鹭街道"]}


def test_control_units_in_traditional_characters_full_width_and_of_a_town() -> None:
    text = _units(["翠枫区长宁路10-1号确定为管控单元,所在长宁镇划定为中风险地区。"])
    expected = {"controlled": ["长宁路10-1号"], "medium": ["长宁镇"]}
    assert levels_of(text) == expected
    assert levels_of(in_traditional(text)) == expected
    assert levels_of(text.translate(HALF_TO_FULL)) == expected
    # (a blank line after each ";", as a copy spaces its lines: the same list; the corpus variants test, 2008)
    assert levels_of(text.replace(";\n", ";\n\n")) == expected


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_any_unit_and_street(estate: str, street: str) -> None:
    assume(no_real_city(estate, street) and estate != street)
    text = _units([f"翠枫区{estate}小区3号楼2单元划定为管控单元,所在{street}街道划定为中风险地区。"])
    assert levels_of(text) == {"controlled": [f"{estate}小区3号楼2单元"], "medium": [f"{street}街道"]}


def test_control_unit_and_lies_in_words_elsewhere_are_left() -> None:
    # (a rule of the measures, "以楼栋为管控单元", is no level)
    text = "将翠枫区金桃小区划定为中风险地区,以楼栋为管控单元实施管理。"
    assert levels_of(text) == {"medium": ["金桃小区"]}
    # ("所在小区" names no place: not read as a bare 小区)
    text = "将翠枫区金桃小区5号楼划定为封控区,所在小区划定为管控区。"
    assert "小区" not in levels_of(text).get("controlled", [])


# ---- a report's count of streets and the country's scale before the level --------------------------------------


def _report(lead_place: str, headline_place: str, places: str, level: str = "全国新冠肺炎疫情中风险地区") -> str:
    return (f"金桃省翠枫区{headline_place}划定为中风险地区\n\n新闻网12月4日电 4日,金川市新冠肺炎疫情防控工作指挥部发布"
            f"《公告》称,翠枫区{lead_place}划定为中风险地区。\n\n《公告》显示,经金川市新冠肺炎疫情防控指挥部研究决定:"
            f"自2020年12月4日0时起,将翠枫区{places}划定为{level},并实施相应管控措施。金川市其他区域风险等级不变。\n")


def test_a_count_of_streets_is_no_place_and_the_countrys_scale_is_no_part_of_the_level() -> None:
    text = _report("两条街道", "两街道", "第三街道、第五街道")
    assert by_level(text) == {("medium", "翠枫区"): ["第三街道", "第五街道"]}
    for lead, headline in (("2个街道", "2个街道"), ("两个社区", "两社区"), ("三个镇", "三个镇")):
        assert levels_of(_report(lead, headline, "青枫街道、白鹭街道")) == {"medium": ["青枫街道", "白鹭街道"]}, lead


def test_the_countrys_scale_in_traditional_characters_and_full_width() -> None:
    text = _report("两条街道", "两街道", "青枫街道、白鹭街道")
    for variant in (in_traditional(text), text.translate(HALF_TO_FULL)):
        assert levels_of(variant) == {"medium": ["青枫街道", "白鹭街道"]}


def test_numbered_names_are_places_not_counts() -> None:
    # ("八一社区", "三村", "2栋": a number in a name, no measure word, not 两)
    text = _report("两条街道", "两街道", "八一社区、三村", level="中风险地区")
    assert levels_of(text) == {"medium": ["八一社区", "三村"]}


# ---- a reworded origin -----------------------------------------------------------------------------------------


def test_a_reworded_origin_with_the_epidemics_level() -> None:
    for origin in ("已经从疫情的高风险地区", "从疫情的高风险地区", "已经由高风险地区", "已经从高风险地区"):
        text = (f"自2月20日22时起,青枫街的金桃小区、星悦小区,白鹭社区的福瑞A区以及长宁社区的锦绣小区等四个小区,"
                f"{origin}调整为低风险地区。")
        expected = {"low": ["青枫街的金桃小区", "星悦小区", "白鹭社区的福瑞A区", "长宁社区的锦绣小区"]}
        assert levels_of(text) == expected, origin
        assert levels_of(in_traditional(text)) == levels_of(text)
        assert levels_of(text.translate(HALF_TO_FULL)) == levels_of(text)


def test_the_plain_origin_reads_as_before() -> None:
    assert levels_of("将金桃小区、星悦小区由中风险地区调整为低风险地区。") == {"low": ["金桃小区", "星悦小区"]}
