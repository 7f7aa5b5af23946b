"""Forms of notices read wrong before (k71a): a report's issuing clause before a change ("A区卫健委发布通告,称B小区
调整为低风险区"), a standing list straight after a count's comma ("共有高风险区2个,A和B"), the area round the estate of
the clause before ("所在小区周边100米"), a place of another kind before an area two compounds joined by 及 enclose, a
request to residents between numbered items, and a reference back to the level of the sentence before ("现将上述中风险区
调整为低风险区"). Invented places; plain, traditional characters, full-width punctuation, near-misses, properties."""

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
PLACE_END = ["小区", "花园", "家园", "村", "苑"]


def notice(body: str) -> str:
    return (f"关于调整风险区域的通告\n根据疫情防控需要,经研判,现将有关事项通告如下:\n{body}\n"
            "金桃区新冠肺炎疫情防控指挥部\n2022年5月3日")


def variants(text: str) -> list[str]:
    return [text, in_traditional(text), text.translate(HALF_TO_FULL)]


# --- 1. a report's office and the notice it issued, then what the notice says ------------------------------------


def test_issued_notice_then_said_change() -> None:
    for text in variants(notice("近日,金桃区卫健委发布通告,称翠锦小区调整为低风险区。")):
        assert by_level(text) == {("low", "金桃区"): ["翠锦小区"]}


def test_issued_notice_with_comma_only() -> None:
    assert levels_of(notice("金桃区卫健委发布通告,翠锦小区、星峰花园调整为低风险区。")) == {
        "low": ["翠锦小区", "星峰花园"]}


def test_near_miss_notice_named_by_place_stays_whole() -> None:
    # (no issuing verb before the comma: the clause before is a day, the place after it read as it was)
    assert levels_of(notice("近日,翠锦小区调整为低风险区。")) == {"low": ["翠锦小区"]}


def test_near_miss_vague_subject_after_issued_notice() -> None:
    # ("多地", several places: no place named)
    assert levels_of(notice("金桃区发布公告称,多地调整为高风险区。")) == {}


@settings(max_examples=30, deadline=None)
@given(name, st.sampled_from(PLACE_END), st.sampled_from(["通告", "公告", "通知"]),
       st.sampled_from([",称", "称,", ","]))
def test_any_place_after_an_issuing_clause(stem: str, end: str, kind: str, said: str) -> None:
    place = stem + end
    assert levels_of(notice(f"近日,金桃区卫健委发布{kind}{said}{place}调整为低风险区。")) == {"low": [place]}


# --- 2. a standing list right after the count's comma ---------------------------------------------------------------


def test_standing_list_after_comma_with_he() -> None:
    for text in variants(notice("截至目前,全市共有高风险区2个,翠锦小区和星峰花园。")):
        assert levels_of(text) == {"high": ["翠锦小区", "星峰花园"]}


def test_standing_list_after_comma_with_dun() -> None:
    assert levels_of(notice("截至目前,全市共有高风险区2个,翠锦小区、星峰花园。")) == {"high": ["翠锦小区", "星峰花园"]}


def test_near_miss_count_then_request_is_no_list() -> None:
    assert levels_of(notice("截至目前,全市共有高风险区1个,请广大市民做好个人防护。")) == {}


def test_near_miss_count_disagreeing_is_no_list() -> None:
    assert levels_of(notice("截至目前,全市共有高风险区3个,翠锦小区和星峰花园。")) == {}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(name, st.sampled_from(PLACE_END)), min_size=1, max_size=4, unique_by=lambda t: t[0]),
       st.sampled_from([("高风险区", "high"), ("中风险区", "medium")]))
def test_any_standing_list_after_comma(parts: list[tuple[str, str]], level: tuple[str, str]) -> None:
    places = [a + b for a, b in parts]
    listed = "、".join(places[:-1]) + ("和" if len(places) > 1 else "") + places[-1]
    text = notice(f"截至目前,全市共有{level[0]}{len(places)}个,{listed}。")
    assert levels_of(text) == {level[1]: places}


# --- 3. the area round the estate the place before lies in ---------------------------------------------------------


def test_around_its_estate_named_by_the_place_before() -> None:
    for text in variants(notice("翠锦小区划定为高风险区,所在小区周边100米划定为中风险区。")):
        assert levels_of(text) == {"high": ["翠锦小区"], "medium": ["翠锦小区周边100米"]}


def test_around_the_estate_of_a_building() -> None:
    assert levels_of(notice("将翠锦小区3号楼划定为高风险区,所在小区周边100米划定为中风险区。")) == {
        "high": ["翠锦小区3号楼"], "medium": ["翠锦小区周边100米"]}


def test_near_miss_its_community_rest_is_left() -> None:
    # (not an area round it: "所在社区其他区域" is read as before)
    assert levels_of(notice("翠锦小区划定为高风险区,所在社区其他区域划定为中风险区。")) == {
        "high": ["翠锦小区"], "medium": ["所在社区其他区域"]}


@settings(max_examples=30, deadline=None)
@given(name, st.sampled_from(["小区", "村"]), st.integers(50, 500))
def test_any_estate_around(stem: str, kind: str, metres: int) -> None:
    place = stem + kind
    text = notice(f"{place}5号楼划定为高风险区,所在{kind}周边{metres}米划定为中风险区。")
    assert levels_of(text) == {"high": [f"{place}5号楼"], "medium": [f"{place}周边{metres}米"]}


# --- 4. a place of another kind before an area two compounds joined by 及 enclose -----------------------------------


def test_company_before_two_compounds_enclosed_area() -> None:
    for text in variants(notice("中风险区:阳光公司、翠锦小区及星峰小区合围区域、金桃村")):
        assert levels_of(text) == {"medium": ["阳光公司", "翠锦小区及星峰小区合围区域", "金桃村"]}


def test_near_miss_three_compounds_enclose_one_area() -> None:
    assert levels_of(notice("中风险区:金桃小区、翠锦小区及星峰小区合围区域、金华村")) == {
        "medium": ["金桃小区、翠锦小区及星峰小区合围区域", "金华村"]}


def test_near_miss_road_bounds_the_area() -> None:
    assert levels_of(notice("中风险区:金桃路、翠锦小区及星峰小区合围区域、金华村")) == {
        "medium": ["金桃路、翠锦小区及星峰小区合围区域", "金华村"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=3, max_size=3, unique=True), st.sampled_from(["公司", "医院", "市场"]),
       st.sampled_from(["小区", "村"]))
def test_any_site_before_an_enclosed_pair(names: list[str], site: str, kind: str) -> None:
    a, b, c = names
    text = notice(f"中风险区:{a}{site}、{b}{kind}及{c}{kind}合围区域")
    assert levels_of(text) == {"medium": [a + site, f"{b}{kind}及{c}{kind}合围区域"]}


# --- 5. a request to residents between numbered items ---------------------------------------------------------------


def test_request_between_items_keeps_the_list() -> None:
    for text in variants(notice("一、中风险区\n1.翠锦小区。\n请居民做好个人防护。\n2.星峰花园。")):
        assert levels_of(text) == {"medium": ["翠锦小区", "星峰花园"]}


def test_near_miss_request_after_the_last_item() -> None:
    assert levels_of(notice("一、中风险区\n1.翠锦小区。\n2.星峰花园。\n请居民做好个人防护。")) == {
        "medium": ["翠锦小区", "星峰花园"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(name, st.sampled_from(PLACE_END)), min_size=2, max_size=4, unique_by=lambda t: t[0]),
       st.sampled_from(["请居民做好个人防护。", "请广大市民减少外出。", "敬请辖区居民配合。"]))
def test_any_request_after_the_first_item(parts: list[tuple[str, str]], request: str) -> None:
    places = [a + b for a, b in parts]
    items = [f"{k}.{p}。" for k, p in enumerate(places, 1)]
    text = notice("一、中风险区\n" + "\n".join([items[0], request, *items[1:]]))
    assert levels_of(text) == {"medium": places}


# --- 6. a reference back to the level of the sentence before -------------------------------------------------------


def test_reference_moves_the_places_of_the_line_above() -> None:
    for text in variants(notice("翠锦小区、星峰花园为中风险区。\n现将上述中风险区调整为低风险区。")):
        assert levels_of(text) == {"low": ["翠锦小区", "星峰花园"]}


def test_reference_in_the_same_line() -> None:
    assert levels_of(notice("翠锦小区、星峰花园为中风险区。现将上述中风险区调整为低风险区。")) == {
        "low": ["翠锦小区", "星峰花园"]}


def test_near_miss_reference_to_another_level() -> None:
    # (the reference names the high level, the sentence before the medium: no place moves)
    assert levels_of(notice("翠锦小区、星峰花园为中风险区。\n现将上述高风险区调整为低风险区。")) == {
        "medium": ["翠锦小区", "星峰花园"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(name, st.sampled_from(PLACE_END)), min_size=1, max_size=4, unique_by=lambda t: t[0]),
       st.sampled_from([("高风险区", "中风险区", "medium"), ("中风险区", "低风险区", "low")]))
def test_any_reference_back(parts: list[tuple[str, str]], levels: tuple[str, str, str]) -> None:
    places = [a + b for a, b in parts]
    text = notice(f"{'、'.join(places)}为{levels[0]}。\n经研判,现将上述{levels[0]}调整为{levels[1]}。")
    assert levels_of(text) == {levels[2]: places}
