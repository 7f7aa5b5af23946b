"""Forms read wrong before (invented names, found by a reviewer): a sentence of rules right under a level's bare
heading, over its places ("三、中风险区" then "周边道路实行交通管制。" then "1.A小区"; "中风险区:" then "A街道:请居民
居家。" then "B小区"); a lift of an area told only by where it lies ("对周边区域解除管控"); a town's government that
signs after a list ("A镇人民政府", over the date or last); a rule after a list ("含底层商铺的楼栋须每日消杀。"); and a
change told as history, then lifted in the same sentence with no object of its own ("11月3日,A小区由低风险区被调整为
中风险区,11月10日解除。", "A小区于10月5日由中风险区被调整为高风险区,现解除管控。"). Each form plain, in traditional
characters, with full-width punctuation, a near miss that must not fire, and a property over generated names."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    in_traditional,
    invented_names,
    levels_of,
)

_HEAD = "关于调整风险区域的通告\n为做好疫情防控工作,经研究决定,现将有关事项通告如下:\n"
_SIGNATURE = "\n金华区新冠肺炎疫情防控指挥部\n2022年11月28日"


def _notice(body: str) -> str:
    return _HEAD + body + _SIGNATURE


# --- a sentence of rules between a level's bare heading and its places ------------------------------------------

def test_a_rule_under_a_numbered_level_heading_over_numbered_places() -> None:
    text = _notice("三、中风险区\n周边道路实行交通管制。\n1.翠锦小区\n2.星峰花园")
    assert levels_of(text) == {"medium": ["翠锦小区", "星峰花园"]}


def test_a_streets_rule_under_a_level_label_over_bare_places() -> None:
    text = _notice("中风险区:\n阳光街道:请居民居家。\n翠锦小区\n星峰花园")
    assert levels_of(text) == {"medium": ["翠锦小区", "星峰花园"]}


def test_a_rule_under_a_heading_in_traditional_characters_and_full_width_punctuation() -> None:
    text = _notice("二、高风险区\n区域内人员须居家。\n1.康宁家园\n2.胜利公寓")
    assert levels_of(in_traditional(text)) == {"high": ["康宁家园", "胜利公寓"]}
    text = _notice("管控区:\n长风街道:严禁聚集。\n汇君小区\n福瑞花园")
    assert levels_of(text.translate(HALF_TO_FULL)) == {"controlled": ["汇君小区", "福瑞花园"]}


def test_a_place_with_its_measures_under_a_heading_is_still_a_place() -> None:
    # (near miss: "A苑:实行封闭管理。" names its place, then its measures; no rule over places below)
    text = _notice("一、高风险区\n翠锦苑:实行封闭管理。\n星峰花园:实行封闭管理。")
    assert levels_of(text) == {"high": ["翠锦苑", "星峰花园"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=5, unique=True),
       st.sampled_from(["小区", "花园", "家园"]), st.sampled_from(["周边道路实行交通管制。", "阳光街道:请居民居家。"]),
       st.booleans(), st.booleans(), st.booleans())
def test_any_places_under_a_rule_under_a_heading(names: list[str], kind: str, rule: str, numbered: bool,
                                                 full: bool, traditional: bool) -> None:
    places = [name + kind for name in names]
    items = "\n".join(f"{n}.{p}" if numbered else p for n, p in enumerate(places, 1))
    text = _notice(f"二、中风险区\n{rule}\n{items}")
    text = text.translate(HALF_TO_FULL) if full else text
    assert levels_of(in_traditional(text) if traditional else text) == {"medium": places}


# --- an area told only by where it lies ----------------------------------------------------------------------------

def test_a_lift_of_the_area_around_names_no_place() -> None:
    for joint in (",同时对周边区域解除管控。", ",对周边区域解除管控。", ",对周围小区解除管控。"):
        text = _notice("解除翠锦小区高风险区" + joint)
        assert levels_of(text) == {"lifted": ["翠锦小区"]}, joint
        assert levels_of(in_traditional(text)) == {"lifted": ["翠锦小区"]}, joint
        assert levels_of(text.translate(HALF_TO_FULL)) == {"lifted": ["翠锦小区"]}, joint


def test_a_named_places_surroundings_are_a_place() -> None:
    # (near miss: "A小区周边区域" names the place it lies around)
    text = _notice("解除翠锦小区高风险区,对星峰花园周边区域解除管控。")
    assert sorted(levels_of(text)["lifted"]) == sorted(["翠锦小区", "星峰花园周边区域"])


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["周边", "周围", "附近"]),
       st.sampled_from(["区域", "小区", "村庄"]))
def test_any_area_around_names_no_place(name: str, around: str, kind: str) -> None:
    text = _notice(f"解除{name}小区高风险区,对{around}{kind}解除管控。")
    assert levels_of(text) == {"lifted": [f"{name}小区"]}


# --- a government's signature after a list ---------------------------------------------------------------------------

def test_a_towns_government_signing_last_or_over_the_date_is_no_place() -> None:
    for tail in ("\n金桃镇人民政府", "\n金桃镇人民政府\n2022年11月28日", "\n阳光街道办事处\n2022年11月28日"):
        text = _HEAD + "封控区:\n阳光镇" + tail
        assert levels_of(text) == {"sealed": ["阳光镇"]}, tail
        assert levels_of(in_traditional(text)) == {"sealed": ["阳光镇"]}, tail
        assert levels_of(text.translate(HALF_TO_FULL)) == {"sealed": ["阳光镇"]}, tail


def test_a_government_listed_among_places_is_a_place() -> None:
    # (near miss: the office inside the list, a place after it)
    text = _notice("封控区:\n金桃镇人民政府\n阳光小区")
    assert levels_of(text) == {"sealed": ["金桃镇人民政府", "阳光小区"]}


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), st.sampled_from(["镇人民政府", "乡人民政府"]),
       st.booleans())
def test_any_government_signature_after_a_list(place: str, town: str, office: str, dated: bool) -> None:
    text = _HEAD + f"封控区:\n{place}小区\n{town}{office}" + ("\n2022年11月28日" if dated else "")
    assert levels_of(text) == {"sealed": [f"{place}小区"]}


# --- a rule after a list ----------------------------------------------------------------------------------

def test_a_rule_after_a_list_is_no_place() -> None:
    text = _notice("封控区:\n阳光小区\n翠锦花园\n含底层商铺的楼栋须每日消杀。")
    assert levels_of(text) == {"sealed": ["阳光小区", "翠锦花园"]}
    assert levels_of(in_traditional(text)) == {"sealed": ["阳光小区", "翠锦花园"]}
    text = _notice("封控区:\n阳光小区\n翠锦花园\n区域内严禁聚集,人员不得外出。")
    assert levels_of(text.translate(HALF_TO_FULL)) == {"sealed": ["阳光小区", "翠锦花园"]}


def test_a_place_with_no_rule_word_after_a_list_stays() -> None:
    # (near miss: a place ending with 。 after the list)
    text = _notice("封控区:\n阳光小区\n翠锦花园3栋。")
    assert levels_of(text) == {"sealed": ["阳光小区", "翠锦花园3栋"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=4, unique=True),
       st.sampled_from(["含底层商铺的楼栋须每日消杀。", "小区内人员须严格居家。", "严禁人员聚集。"]))
def test_any_rule_after_a_list(names: list[str], rule: str) -> None:
    places = [name + "小区" for name in names]
    text = _notice("封控区:\n" + "\n".join(places) + "\n" + rule)
    assert levels_of(text) == {"sealed": places}


# --- a change told as history, then lifted ----------------------------------------------------------------------

def test_a_dated_change_then_its_dated_lift() -> None:
    text = _notice("11月3日,翠锦小区由低风险区被调整为中风险区,11月10日解除。")
    assert levels_of(text) == {"lifted": ["翠锦小区"]}
    assert levels_of(in_traditional(text)) == {"lifted": ["翠锦小区"]}


def test_a_passive_change_on_a_day_then_lifted_now() -> None:
    text = _notice("阳光小区于10月5日由中风险区被调整为高风险区,现解除管控。")
    assert levels_of(text) == {"lifted": ["阳光小区"]}
    assert levels_of(text.translate(HALF_TO_FULL)) == {"lifted": ["阳光小区"]}


def test_a_change_with_a_lift_rule_after_it_is_no_lift() -> None:
    # (near miss: no day of the change, a rule for later: "14天后解除")
    text = _notice("将阳光小区由中风险区调整为高风险区,14天后解除。")
    assert levels_of(text) == {"high": ["阳光小区"]}
    # (near miss: the notice's own change from an hour on, its measures lifted with it: the new level stands)
    text = _notice("从2022年11月29日零时起,将中风险区阳光小区调整为低风险区,并解除管控措施。")
    assert levels_of(text) == {"low": ["阳光小区"]}


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["小区", "花园", "家园"]),
       st.sampled_from([",11月10日解除。", ",现解除管控。", ",现已解除封控。"]), st.booleans())
def test_any_told_change_then_lifted(name: str, kind: str, lift: str, traditional: bool) -> None:
    text = _notice(f"{name}{kind}于10月5日由中风险区被调整为高风险区{lift}")
    assert levels_of(in_traditional(text) if traditional else text) == {"lifted": [name + kind]}
