"""Forms of notices whose list is a web table flattened as stored, its rows run together with no separator
("解除A写字楼A、B座B小区(一期、二期)C村D小区E小区…管控管理措施", a street's heading over "A村B自然村131号同一排住房
C社区D小区1期1号楼E社区F小区2号楼…", or with the row numbers run in: "1A街道B小区2A街道C小区…"): each row is a
place, cut after a complete place (a numbered building, 小区, a closed bracket, a row with no compound before the
next row's community) where one place holds at least three rows; a new area's 新城 with an office of its own
("A新区B新城疫情防控指挥部") is the office's district. Each form in variants written here (invented places,
other wording, full-width punctuation, traditional characters, row numbers), and properties over generated rows."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- a lift's item whose estates ran together -----------------------------------------------------------

_LIFT = ("南昌红谷滩区关于调整疫情防控管控区域的通告:\n根据疫情处置工作成效,经专家评估后决定,2022年4月7日13时起,"
         "对沙井街道的管控区进行解除,现通告如下:\n一、解除{run}管控管理措施。\n"
         "二、解除沙井街道除封控区、管控区以外区域的防范管理措施。\n南昌市红谷滩区新冠肺炎疫情防控应急指挥部\n2022年4月7日")
_ESTATES = ["金茂大厦A、B座", "锦绣家园小区(一期、二期)", "沙井村桃李小区", "阳光新村小区", "丰和社区粮站小区",
            "翠湖社区星河城(东、西区)", "龙春管理处长岭村小区"]


def test_estates_run_together_in_a_lift_are_each_a_place() -> None:
    text = _LIFT.format(run="".join(_ESTATES))
    assert levels_of(text)["lifted"][:len(_ESTATES)] == _ESTATES


def test_estates_run_together_in_full_width_punctuation() -> None:
    text = _LIFT.format(run="".join(_ESTATES[1:])).translate(HALF_TO_FULL)
    assert levels_of(text)["lifted"][:len(_ESTATES) - 1] == _ESTATES[1:]


def test_estates_run_together_in_traditional_characters() -> None:
    run = ["华府小区(南区)", "丽泽村康宁小区", "兴盛小区", "春晓社区福瑞苑小区"]
    text = in_traditional(_LIFT.format(run="".join(run)))
    assert levels_of(text)["lifted"][:len(run)] == run


# --- a street's heading over a table's rows run together -----------------------------------------------

_ROWS = ["五里村高家自然村28号同一排住房", "征和社区蓝光华府小区1期1号楼", "石桥社区石桥花园小区2号楼",
         "建章社区雁门花园小区二期5号楼", "西户路社区凤凰城小区7号楼", "北沙口村紫境城小区22号楼"]


def _street_notice(rows: list[str], office: str = "西咸新区沣东新城") -> str:
    return (f"{office}疫情防控指挥部关于部分社区(村)封控区调整的通告:\n根据市指挥部要求,经组织专家研判,"
            f"{len(rows) + 4}个封控区调整为管控区,具体如下:\n三桥街道\n{''.join(rows)}")


def test_rows_under_a_street_heading_each_a_place_with_the_street() -> None:
    assert by_level(_street_notice(_ROWS)) == {("controlled", "沣东新城"): ["三桥街道" + r for r in _ROWS]}


def test_rows_under_a_street_heading_in_traditional_characters() -> None:
    text = in_traditional(_street_notice(_ROWS[1:], office="西咸新区泾河新城"))
    assert by_level(text) == {("controlled", "泾河新城"): ["三桥街道" + r for r in _ROWS[1:]]}


def test_rows_with_their_row_numbers_run_in() -> None:
    rows = ["王寺街道和盛花园小区2号楼", "王寺街道西街村第三道巷子西段", "王寺街道启航佳苑小区B区16号楼"]
    text = ("关于部分社区封控区调整的通告:\n经组织专家研判,以下区域调整为管控区,具体如下:\n"
            + "".join(f"{i}{r}" for i, r in enumerate(rows, 1)))
    assert levels_of(text) == {"controlled": rows}


def test_rows_run_together_are_cut_but_one_estate_with_its_community_and_buildings_is_not() -> None:
    text = "关于划定管控区的通告\n经研究,将以下区域划定为管控区:\n" + "".join(_ROWS[1:4]) + "\n"
    assert levels_of(text) == {"controlled": _ROWS[1:4]}
    for place in ("卫东街道卫东社区木材厂小区北区3号楼", "丰和社区粮站小区东侧商铺", "锦绣家园小区一期12栋2单元"):
        text = f"关于划定管控区的通告\n经研究,将以下区域划定为管控区:\n{place}\n"
        assert levels_of(text) == {"controlled": [place]}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(name, name, st.integers(1, 30)), min_size=3, max_size=6, unique_by=lambda t: t[1]),
       st.booleans(), st.booleans())
def test_any_run_of_community_estate_building_rows(rows: list[tuple[str, str, int]], traditional: bool,
                                                   full_width: bool) -> None:
    written = [f"{c}社区{e}小区{b}号楼" for c, e, b in rows]
    text = f"关于划定管控区的通告\n经研究,将以下区域划定为管控区:\n{''.join(written)}\n请广大市民配合。"
    if traditional:
        text = in_traditional(text)
    if full_width:
        text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": written}
