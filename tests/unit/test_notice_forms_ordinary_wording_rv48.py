"""Ordinary notice wording the newer rules (and a few older ones) misread before their guards were narrowed (review
rv48; invented places): a lift of the areas "drawn this time" or "inside estates" read as labelled places; control
prolonged over the urban area or key areas, no place named; a county's own standing areas in brackets as the whole
county's or as its urban area; venues by their kind after "对下列场所实行封闭式管理:"; a level's count after 为; the
rest of the city told after a level's places; the residents of a named estate lifted."""

from __future__ import annotations

import pytest

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, levels_of

_HEAD = "关于调整风险区域的通告\n"
_TAIL = "\n特此通告。\n春风县疫情防控指挥部\n2022年4月20日"
_SEALED = "翠峰街道金色家园小区调整为封控区。"


def _read(sentence: str) -> dict[str, list[str]]:
    return levels_of(_HEAD + sentence + _TAIL)


def _forms(sentence: str) -> list[str]:
    return [sentence, sentence.translate(HALF_TO_FULL)]


# --- _LABELLED_SUBJECTS_LIFTED: the areas of a level qualified (本次划定的, 小区内的), no place's label ----------

_QUALIFIED_LIFTS = ["本次划定的封控区于4月20日解除封控。", "居民小区内的管控区解除管控,需经评估。",
                    "此次新划定的封控区解除封控。"]


@pytest.mark.parametrize("sentence", [s for lift in _QUALIFIED_LIFTS
                                      for s in _forms(_SEALED + lift)])
def test_qualified_areas_of_a_level_lifted_are_no_labelled_places(sentence: str) -> None:
    assert _read(sentence) == {"sealed": ["翠峰街道金色家园小区"]}


def test_labelled_subjects_lifted_still_read() -> None:
    assert _read("金色家园封控区、阳光小区管控区于4月8日22:30解除管控。") == {"lifted": ["金色家园", "阳光小区"]}


# --- _CONTROL_MEASURES_PROLONGED: a kind of area, no name ------------------------------------------------------------

_KINDS_PROLONGED = ["延长城区管控措施。", "延长重点区域管控措施。", "延长涉疫区域管控措施。"]


@pytest.mark.parametrize("sentence", [s for prolonged in _KINDS_PROLONGED
                                      for s in _forms(_SEALED + prolonged)])
def test_control_prolonged_over_a_kind_of_area_is_no_place(sentence: str) -> None:
    assert _read(sentence) == {"sealed": ["翠峰街道金色家园小区"]}


def test_control_prolonged_over_named_streets_still_read() -> None:
    assert _read("指挥部决定,延长翠峰街道、西湖街道管控措施。") == {"controlled": ["翠峰街道", "西湖街道"]}


# --- _STANDING_EXCEPT: the whole county's exception, the urban area by its kind ---------------------------------------

@pytest.mark.parametrize("sentence", [s for kept in ["全县除现有高风险区(包括城区)外,其他区域解除静态管理。",
                                                     "全县除现有高风险区(县城区)外,其他区域解除静态管理。"]
                                      for s in _forms(_SEALED + kept)])
def test_standing_areas_by_their_kind_are_no_place(sentence: str) -> None:
    assert _read(sentence) == {"sealed": ["翠峰街道金色家园小区"]}


def test_whole_countys_standing_areas_are_the_places_alone() -> None:
    assert _read("全县除现有高风险区(翠峰镇桃园村、西湖乡柳村)外,其他区域解除静态管理。") == {
        "high": ["翠峰镇桃园村", "西湖乡柳村"]}
    assert _read("春风县除现有高风险区(翠峰镇桃园村、西湖乡柳村)继续落实静态管理措施外,其他乡镇有序解除静态管理。") == {
        "high": ["翠峰镇桃园村", "西湖乡柳村"]}


# --- older misreads --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [s for venues in ["对下列场所/单位实行封闭式管理:网吧、KTV、健身房、电影院。",
                                                       "对下列场所实行封闭式管理:网吧、KTV、健身房。"]
                                      for s in _forms(_SEALED + venues)])
def test_kinds_of_venue_closed_are_no_place(sentence: str) -> None:
    assert _read(sentence) == {"sealed": ["翠峰街道金色家园小区"]}


@pytest.mark.parametrize("sentence", _forms("封控区为2个,即翠峰街道金色家园小区、阳光小区。"))
def test_a_levels_count_after_wei_then_its_places(sentence: str) -> None:
    assert _read(sentence) == {"sealed": ["翠峰街道金色家园小区", "阳光小区"]}


@pytest.mark.parametrize("sentence", [s for rest in ["中风险地区为翠峰街道金色家园小区,低风险的其他区域按常态化防控。",
                                                     "中风险地区为翠峰街道金色家园小区,低风险的区域按常态化防控。"]
                                      for s in _forms(rest)])
def test_a_levels_places_then_the_rest_of_the_city(sentence: str) -> None:
    assert _read(sentence) == {"medium": ["翠峰街道金色家园小区"]}


@pytest.mark.parametrize("sentence", _forms("解除对翠峰街道阳光小区居民的封控。"))
def test_residents_of_a_named_estate_lifted_are_the_estate(sentence: str) -> None:
    assert _read(sentence) == {"lifted": ["翠峰街道阳光小区"]}


# --- _LISTED_LIFT_MANAGED: a lift's heading over the rules after the lift, no list ----------------------------------

def test_lift_heading_over_measures_is_no_list() -> None:
    text = _SEALED + "\n二、解除以下区域管控区管理\n1.居民凭48小时核酸阴性证明出入\n2.商超有序恢复营业"
    assert _read(text) == {"sealed": ["翠峰街道金色家园小区"]}


def test_lift_heading_over_places_still_read() -> None:
    text = _SEALED + "\n二、解除以下区域管控区管理\n1.翠峰街道阳光小区\n2.西湖村"
    assert _read(text) == {"sealed": ["翠峰街道金色家园小区"], "lifted": ["翠峰街道阳光小区", "西湖村"]}
