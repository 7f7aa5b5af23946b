"""Forms of the sixty-first held-out set, part b, each in variants written here (invented places, the wording of
forms real notices use): "within the district" (辖区内, 境内, 范围内) between a district and a named town of it
("将海城市辖区内A镇B村C小区划定为高风险区", 鞍山 autumn 2022); an estate's rest but listed numbers closed by 的
alone ("A小区内除19号、19-1号、19-4号的其他楼宇", 沈阳 autumn 2022); a machine-reworded copy's grade change
("将A镇B村肺炎疫情安全风险调节为低风险性", 通辽 late 2021); a note under the list telling, at an hour glued to it,
the whole of a place whose rest the list lowered ("说明:截至10月21日0时A社区全域降为低风险区", 拉萨 autumn 2022)."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    no_real_city,
)

_LEAD = "长风县疫情防控指挥部通告\n经专家研判,决定"


# --- 1. 辖区内 / 境内 / 范围内 between a district and its named town

_WITHIN = _LEAD + "将长风县辖区内丰乐镇胜利村康宁小区划定为高风险区,该区域范围将根据疫情形势适时调整。\n"
_WITHIN_EXPECTED = {("high", "长风县"): ["丰乐镇胜利村康宁小区"]}


def test_within_the_district_before_its_town_is_no_part_of_the_place() -> None:
    assert by_level(_WITHIN) == _WITHIN_EXPECTED


def test_within_the_district_in_traditional_characters() -> None:
    assert by_level(in_traditional(_WITHIN)) == _WITHIN_EXPECTED


def test_within_the_district_with_full_width_punctuation_and_other_words() -> None:
    text = (_LEAD + "将翠锦区境内的星悦街道福瑞社区(3号楼),康宁街道胜利社区划定为中风险区。\n").translate(HALF_TO_FULL)
    assert by_level(text) == {("medium", "翠锦区"): ["星悦街道福瑞社区(3号楼)", "康宁街道胜利社区"]}
    text = _LEAD + "将长风县范围内丰乐镇胜利村、丰收乡福瑞村划定为中风险区。\n"
    assert by_level(text) == {("medium", "长风县"): ["丰乐镇胜利村", "丰收乡福瑞村"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=3, max_size=3, unique=True),
       st.sampled_from(["辖区内", "境内", "范围内", "辖区内的", "辖区"]), st.sampled_from(["县", "区"]))
def test_any_within_the_district_before_a_town(names: list[str], within: str, kind: str) -> None:
    assume(no_real_city(*names) and not any(name.endswith(("城", "区", "县")) for name in names))
    district, place = names[0] + kind, f"{names[1]}镇{names[2]}村"
    text = f"{district}疫情防控指挥部通告\n经研判,决定将{district}{within}{place}划定为高风险区。\n"
    assert by_level(text) == {("high", district): [place]}, text


def test_a_districts_rest_or_kinds_within_it_are_read_as_before() -> None:
    # (near the rule: the district's rest, its kinds of place and its levels' rest keep their words)
    assert by_level(_LEAD + "将长风县辖区内所有村划定为低风险区。\n") == {("low", "长风县"): ["辖区内所有村"]}
    assert by_level(_LEAD + "将长风县辖区内除高风险区外的区域划定为低风险区。\n") == {}
    assert by_level(_LEAD + "将长风县辖区内封控区、管控区以外的区域划定为防范区。\n") == {}
    assert by_level(_LEAD + "将长风县丰乐镇胜利村划定为高风险区。\n") == {("high", "长风县"): ["丰乐镇胜利村"]}


# --- 2. an estate's rest but listed numbers, the exception closed by 的

_NUMBERS = (_LEAD + "将长风区胜利街道康宁社区星悦小区的3号、3-1号调整为中风险区,将长风区胜利街道康宁社区星悦小区内"
            "除3号、3-1号、5号的其他楼宇,胜利街道康宁社区福瑞路46号单体楼调整为低风险区。\n")
_NUMBERS_EXPECTED = {("medium", "长风区"): ["胜利街道康宁社区星悦小区的3号、3-1号"],
                     ("low", "长风区"): ["胜利街道康宁社区星悦小区内除3号、3-1号、5号的其他楼宇",
                                         "胜利街道康宁社区福瑞路46号单体楼"]}


def test_numbers_excepted_closed_by_of_alone_keep_the_rest_whole() -> None:
    assert by_level(_NUMBERS) == _NUMBERS_EXPECTED


def test_numbers_excepted_closed_by_of_in_traditional_characters() -> None:
    assert by_level(in_traditional(_NUMBERS)) == _NUMBERS_EXPECTED


def test_buildings_excepted_closed_by_of_with_full_width_punctuation() -> None:
    text = _LEAD + "将长风区星悦小区除7栋、8栋、9栋的其它楼栋,福瑞小区(2号楼)调整为低风险区。\n"
    text = text.translate(HALF_TO_FULL)
    assert by_level(text) == {("low", "长风区"): ["星悦小区除7栋、8栋、9栋的其它楼栋", "福瑞小区(2号楼)"]}


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.lists(st.integers(min_value=1, max_value=40), min_size=2, max_size=6,
                                                 unique=True),
       st.sampled_from(["号", "号楼", "栋"]), st.sampled_from(["其他楼宇", "其余楼栋", "其它区域"]))
def test_any_numbers_excepted_closed_by_of(name: str, numbers: list[int], unit: str, rest: str) -> None:
    assume(no_real_city(name))
    place = f"胜利街道{name}小区内除{'、'.join(f'{n}{unit}' for n in numbers)}的{rest}"
    text = _LEAD + f"将长风区{place},康宁社区福瑞路6号单体楼调整为低风险区。\n"
    assert by_level(text) == {("low", "长风区"): [place, "康宁社区福瑞路6号单体楼"]}, text


def test_numbers_without_an_exception_or_closed_by_besides_are_read_as_before() -> None:
    text = _LEAD + "将长风区星悦小区3号楼、福瑞小区5号楼的2单元调整为低风险区。\n"
    assert by_level(text) == {("low", "长风区"): ["星悦小区3号楼", "福瑞小区5号楼的2单元"]}
    text = _LEAD + "将长风区星悦小区内除3号、5号以外的其他区域调整为低风险区。\n"
    assert by_level(text) == {("low", "长风区"): ["星悦小区内除3号、5号以外的其他区域"]}


# --- 3. a reworded copy's grade change ("安全风险调节为低风险性")

_REWORDED = ("持续14天无增加病案 长风县中风险性地域清零\n"
             "12日,长风县新冠肺炎疫情防控总指挥部公布通知,从12月12日2时起,将长风县丰乐镇胜利村肺炎疫情安全风险"
             "调节为低风险性,这也代表着长风县中风险性地域清零。\n")
_REWORDED_EXPECTED = {("low", "长风县"): ["丰乐镇胜利村"]}


def test_a_reworded_grade_change_is_read_as_the_grade() -> None:
    assert by_level(_REWORDED) == _REWORDED_EXPECTED


def test_a_reworded_grade_change_in_traditional_characters() -> None:
    assert by_level(in_traditional(_REWORDED)) == _REWORDED_EXPECTED


def test_a_reworded_grade_change_with_full_width_punctuation_and_other_words() -> None:
    text = "长风县指挥部公布通知:从12月12日2时起,将长风县丰乐镇胜利村疫情风险级别调整为中风险。\n"
    assert by_level(text.translate(HALF_TO_FULL)) == {("medium", "长风县"): ["丰乐镇胜利村"]}
    text = "长风县指挥部公布通知,从12月12日2时起,将长风县丰乐镇胜利村安全风险调节为低风险性地域。\n"
    assert by_level(text) == _REWORDED_EXPECTED


@settings(max_examples=30, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=3, max_size=3, unique=True),
       st.sampled_from(["肺炎疫情安全风险", "安全风险", "疫情风险级别", "风险级别"]),
       st.sampled_from(["调节", "调整"]), st.sampled_from(["低风险性", "中风险性", "低风险"]))
def test_any_reworded_grade_change(names: list[str], grade: str, verb: str, level: str) -> None:
    assume(no_real_city(*names) and not any(name.endswith(("城", "区", "县")) for name in names))
    district, place = names[0] + "县", f"{names[1]}镇{names[2]}村"
    text = f"{district}指挥部公布通知,从12月12日2时起,将{district}{place}{grade}{verb}为{level}。\n"
    assert by_level(text) == {({"低": "low", "中": "medium"}[level[0]], district): [place]}, text


def test_plain_grade_changes_and_safety_wording_are_read_as_before() -> None:
    text = "长风县指挥部公布通知,从12月12日2时起,将长风县丰乐镇胜利村风险等级调整为低风险。\n"
    assert by_level(text) == _REWORDED_EXPECTED
    assert by_level("长风县指挥部公布通知,要求各地完善安全风险调节机制。\n") == {}


# --- 4. a note at an hour telling the whole of a place whose rest the list lowered

_NOTE = ("长风市应对新冠肺炎疫情工作领导小组办公室公告\n一、风险区划定\n中风险区降低风险区(1个):\n"
         "星悦街道康宁社区(其他未降级的区域)。\n"
         "说明:截至10月21日0时星悦街道康宁社区全域降为低风险区。截至10月21日0时全市无高中风险区。\n")
_NOTE_EXPECTED = {("low", None): ["星悦街道康宁社区(其他未降级的区域)"]}


def test_a_whole_told_after_its_rest_is_no_second_place() -> None:
    assert by_level(_NOTE) == _NOTE_EXPECTED


def test_a_whole_told_after_its_rest_in_traditional_characters() -> None:
    assert by_level(in_traditional(_NOTE)) == _NOTE_EXPECTED


def test_a_whole_told_after_its_rest_with_full_width_punctuation_and_a_comma() -> None:
    text = _NOTE.replace("0时星悦街道康宁社区全域", "0时,星悦街道康宁社区全域").translate(HALF_TO_FULL)
    assert by_level(text) == _NOTE_EXPECTED
    text = _NOTE.replace("(其他未降级的区域)", "其余区域").replace("说明:", "备注:")
    assert by_level(text) == {("low", None): ["星悦街道康宁社区其余区域"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=2, unique=True),
       st.sampled_from(["全域", "全境"]), st.sampled_from(["", ","]), st.integers(min_value=0, max_value=23))
def test_any_whole_told_after_its_rest(names: list[str], whole: str, comma: str, hour: int) -> None:
    assume(no_real_city(*names))
    place = f"{names[0]}街道{names[1]}社区"
    text = (f"长风市办公室公告\n中风险区降低风险区(1个):\n{place}(其他未降级的区域)。\n"
            f"说明:截至10月21日{hour}时{comma}{place}{whole}降为低风险区。\n")
    assert by_level(text) == {("low", None): [f"{place}(其他未降级的区域)"]}, text


def test_a_wider_or_other_whole_after_a_list_stays_a_place() -> None:
    # (near the rule: a building listed then its community's whole, or another community's whole: places of their
    # own, the hour in front of them no part of them; a list of places changed as of an hour is read as before)
    text = _NOTE.replace("(其他未降级的区域)", "3号楼")
    assert by_level(text) == {("low", None): ["星悦街道康宁社区3号楼", "星悦街道康宁社区全域"]}
    text = _NOTE.replace("0时星悦街道康宁社区全域", "0时星悦街道福瑞社区全域")
    assert by_level(text) == {("low", None): ["星悦街道康宁社区(其他未降级的区域)", "星悦街道福瑞社区全域"]}
    text = "根据查询,截至6月21日15时,长风县丰乐镇、长风县丰收镇由中风险调整为高风险。\n"
    assert by_level(text) == {("high", "长风县"): ["丰乐镇", "丰收镇"]}
