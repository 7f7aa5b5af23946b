"""A pointer to the notice's map after a place's comma (held-out notice 2123, 清远 autumn 2022): "新增高风险区:A花园
B居3号楼,详见附图红线区域。" and "新增临时管控区:A花园,详见附图黄线区域(红线区域除外)。": the clause says where the
map draws the area (a colour's line, its own exception the other colour), an annotation, no place. A clause that goes on
describing the area ("详见附图6,即A河-B河合围所形成区域") is no whole pointer and stays with its place."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import PLAIN_SYLLABLES, invented_names, levels_of, variants_of

name = invented_names(PLAIN_SYLLABLES, 2, 3)

_TEXT = ("龙泽区关于新增划定疫情防控风险区的通告\n决定自11月24日上午10时起,在春晓街道新增以下疫情防控风险区。\n"
         "(一)新增高风险区:春晓街道翠峰花园锦泰居3号楼,详见附图红线区域。上述区域实行“足不出户、上门服务”管控措施。\n"
         "(二)新增临时管控区:春晓街道翠峰花园,详见附图黄线区域(红线区域除外)。上述区域实行“人不出区、错峰取物”管控措施。")
_EXPECTED = {"high": ["春晓街道翠峰花园锦泰居3号楼"], "controlled": ["春晓街道翠峰花园"]}


def test_a_pointer_to_the_maps_coloured_line_is_no_place() -> None:
    for text in variants_of(_TEXT):
        assert levels_of(text) == _EXPECTED, text


def test_a_pointer_to_a_numbered_map_after_a_semicolon_is_no_place() -> None:
    text = _TEXT.replace(",详见附图红线区域", ";具体范围见附图2所示")
    assert levels_of(text) == _EXPECTED


def test_a_pointer_that_goes_on_describing_the_area_stays() -> None:
    # (near miss: "详见附图6,即…合围所形成区域" describes the area after the pointer; no whole clause of a pointer)
    text = _TEXT.replace("详见附图红线区域", "详见附图6,即金华河-星光河合围所形成区域")
    assert any("合围所形成区域" in found for found in levels_of(text)["high"])


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=3, max_size=3, unique=True), st.sampled_from(["红", "黄", "蓝"]),
       st.sampled_from(["线", "色", "色框"]), st.sampled_from(["详见", "参见", "见"]), st.booleans())
def test_any_map_pointer_is_no_place(names: list[str], colour: str, mark: str, verb: str, excepted: bool) -> None:
    a, b, c = names
    assume(not any(n.endswith(("镇", "街道", "区")) for n in names))
    pointer = f"{verb}附图{colour}{mark}区域" + ("(红线区域除外)" if excepted else "")
    text = (f"金华区关于新增划定疫情防控风险区的通告\n决定自11月24日起,新增以下疫情防控风险区。\n"
            f"(一)新增高风险区:{a}街道{b}花园{c}居3号楼,{pointer}。上述区域实行“足不出户、上门服务”管控措施。")
    assert levels_of(text) == {"high": [f"{a}街道{b}花园{c}居3号楼"]}, text
