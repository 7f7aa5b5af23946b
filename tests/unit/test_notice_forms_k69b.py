"""Forms fixed (or pinned) by k69b, each found by reviewers on invented text:

1. a road named after a zone ("长风开发区大道18号", "…高新区大道6号院"): the district is not cut inside the road's name;
2. a count of areas (or a reference) before a level word ("三中风险区人员请居家", "3个中风险区…") names no place;
3. a two-character district ("郊区") after siblings of its city, with places after each: pinned (read right before);
4. a label with no count ("翠锦片区:") or with what a town takes in ("阳光镇(含翠锦村):") under a level heading is a
   label, put in front of each place after it, its colon in no place;
5. 同时 (at the same time) opening a lift's clause ("…解除封控,同时B村解除封控", "同时,B村…", "同时对B村…", after a
   designation) is no part of its place, and the place after it is lifted;
6. 被 after the level left ("A小区由中风险区被调整为高风险区") reads as 被 before 由 does;
7. what a place takes in told with where it lies ("A小区1号楼、含底层商铺", ",含沿街商铺") joins the place before.
"""
from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    changes_of,
    in_traditional,
    invented_names,
    no_real_city,
    places_of,
    variants_of,
)

# ---- 1. a road named after a zone: no district cut inside it --------------------------------------------------

_ZONE_ROAD_LIST = "关于划定高风险区的通告\n高风险区:\n1.金桃区阳光小区;\n2.翠湖区春晓花园;\n3.{place}。\n特此通告。"


def test_road_named_after_a_zone_keeps_its_name() -> None:
    for place in ("长风开发区大道18号", "星峰高新区大道6号院", "长风新区东大街3号", "长风开发区南大街8号"):
        text = _ZONE_ROAD_LIST.format(place=place)
        for variant in variants_of(text):
            assert places_of(variant)[-1] == place
            assert all(district != place[:5] for _level, district, _places in changes_of(variant))
    # in a sentence's list and alone after 将
    text = "自2022年11月20日起,将金桃区阳光小区、长风开发区大道18号划定为高风险区。"
    assert places_of(text)[-1] == "长风开发区大道18号"
    assert changes_of("自2022年11月20日起,将星峰开发区大道18号划定为高风险区。") == [
        ("high", None, ["星峰开发区大道18号"])]


def test_road_named_after_a_zone_near_misses() -> None:
    # a road of its own name inside the zone: the zone is still the district in front
    text = _ZONE_ROAD_LIST.format(place="长风开发区阳光大道18号")
    assert changes_of(text)[-1] == ("high", "长风开发区", ["阳光大道18号"])
    assert changes_of("自2022年11月20日起,将星峰开发区阳光小区划定为高风险区。") == [
        ("high", "星峰开发区", ["阳光小区"])]


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_road_named_after_a_zone_property(name: str) -> None:
    assume(no_real_city(name))
    assert places_of(_ZONE_ROAD_LIST.format(place=f"{name}开发区大道18号"))[-1] == f"{name}开发区大道18号"
    assert changes_of(_ZONE_ROAD_LIST.format(place=f"{name}开发区阳光大道18号"))[-1] == (
        "high", f"{name}开发区", ["阳光大道18号"])


# ---- 2. a count of areas before a level word is no place ----------------------------------------------------------

_PEOPLE_AFTER_LIST = "关于划定中风险区的通告\n中风险区:\n1.阳光小区;\n2.翠湖村;\n3.春晓花园。\n{line}\n特此通告。"


def test_count_of_areas_before_a_level_is_no_place() -> None:
    for line in ("三中风险区人员请居家。", "三个中风险区人员请居家。", "3个中风险区人员请居家。",
                 "两中风险区居民请居家。", "该中风险区人员请居家。"):
        text = _PEOPLE_AFTER_LIST.format(line=line)
        for variant in variants_of(text):
            assert changes_of(variant) == [("medium", None, ["阳光小区", "翠湖村", "春晓花园"])]
    # unnumbered lines, the last ending with ";", no stop after the line
    text = "关于划定风险区的通告\n中风险区:\n阳光小区、翠湖村、春晓花园;\n三中风险区人员请居家;\n特此通告。"
    assert changes_of(text) == [("medium", None, ["阳光小区", "翠湖村", "春晓花园"])]
    assert changes_of(text.translate(HALF_TO_FULL)) == changes_of(text)
    # (pinned: after a sentence's designation, or after a list on one line, it was read right before)
    assert changes_of("自2022年11月20日起,将阳光小区、翠湖村、春晓花园划定为中风险区。\n三中风险区人员请居家。") == [
        ("medium", None, ["阳光小区", "翠湖村", "春晓花园"])]


def test_count_of_areas_near_misses() -> None:
    # the counted level as a heading with its colon still heads its places
    assert changes_of("关于划定风险区的通告\n高风险区:阳光小区。\n三中风险区:翠湖村、春晓花园、金桃村。\n") == [
        ("high", None, ["阳光小区"]), ("medium", None, ["翠湖村", "春晓花园", "金桃村"])]
    assert changes_of("关于划定风险区的通告\n三个高风险区分别为:阳光小区、翠湖村、春晓花园。\n特此通告。") == [
        ("high", None, ["阳光小区", "翠湖村", "春晓花园"])]
    # a place whose name opens with a number stays one
    assert places_of(_PEOPLE_AFTER_LIST.format(line="4.三中家属院。")) == [
        "阳光小区", "翠湖村", "春晓花园", "三中家属院"]


# ---- 3. "郊区" after siblings of its city (pinned) ---------------------------------------------------------------

def test_short_district_after_siblings_with_places() -> None:
    # (pinned: the g68a rule reads a city's own 郊区 after its districts, places after each too; 长治, whose 郊区 was
    # merged into 潞州区 in 2018, has none, so there "郊区" stays with the district before it, as g68a's 荆门 near-miss)
    for text in ("关于划定高风险区的通告\n即日起将铜陵市义安区阳光小区、铜官区翠湖村、郊区春晓花园划定为高风险区。",
                 "关于划定高风险区的通告\n高风险区:\n1.铜陵市义安区阳光小区;\n2.铜官区翠湖村;\n3.郊区春晓花园。\n特此通告。",
                 "关于划定高风险区的通告\n高风险区:\n1.阳泉市平定县阳光小区;\n2.盂县翠湖村;\n3.郊区春晓花园。\n特此通告。"):
        for variant in variants_of(text):
            assert changes_of(variant)[-1] == ("high", "郊区", ["春晓花园"])
    assert changes_of("关于划定高风险区的通告\n高风险区:佳木斯市前进区、向阳区、郊区。\n特此通告。")[-1] == (
        "high", "郊区", ["郊区"])


# ---- 4. a label with no count, or with what a town takes in, under a level heading --------------------------------

_LABELS = "关于划定风险区的通告\n高风险区:\n{first}:阳光小区、春晓花园。\n{second}:金桃村、翠湖村。\n特此通告。"


def test_labels_under_a_level_heading() -> None:
    text = _LABELS.format(first="翠锦片区", second="阳光镇(含翠锦村)")
    want = [("high", None, ["翠锦片区阳光小区", "翠锦片区春晓花园", "阳光镇金桃村", "阳光镇翠湖村"])]
    for variant in variants_of(text):
        assert changes_of(variant) == want
        assert not any(":" in p or ":" in p for p in places_of(variant))
    # under numbered headings of two levels, the label's line ending with ";"; a street with what it takes in
    text = ("关于划定风险区的通告\n一、高风险区\n翠锦片区:阳光小区、春晓花园;\n二、中风险区\n"
            "阳光街道(包含翠锦社区):金桃村。\n特此通告。")
    assert changes_of(text) == [("high", None, ["翠锦片区阳光小区", "翠锦片区春晓花园"]),
                                ("medium", None, ["阳光街道金桃村"])]
    assert changes_of(text.translate(HALF_TO_FULL)) == changes_of(text)


def test_labels_near_misses() -> None:
    # (pinned) a street's label reads as before; a town with what it takes in, alone as an item, stays whole
    assert changes_of("关于划定风险区的通告\n高风险区:\n阳光街道:金桃小区、翠湖花园。\n特此通告。") == [
        ("high", None, ["阳光街道金桃小区", "阳光街道翠湖花园"])]
    assert places_of("中风险地区:\n1.阳光镇(含翠锦村)\n2.春晓村\n") == ["阳光镇(含翠锦村)", "春晓村"]
    # a 片区 before bounds is the area's name, not a label over places
    assert not any(p.startswith("翠锦片区东至") for p in places_of(
        "关于划定风险区的通告\n高风险区:\n翠锦片区:东至阳光路、西至春晓路、南至金桃街、北至翠湖街。\n特此通告。"))


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_labels_property(area: str, town: str) -> None:
    assume(no_real_city(area, town) and area != town)
    text = _LABELS.format(first=f"{area}片区", second=f"{town}镇(含翠锦村)")
    assert changes_of(text) == [("high", None, [f"{area}片区阳光小区", f"{area}片区春晓花园", f"{town}镇金桃村",
                                                f"{town}镇翠湖村"])]


# ---- 5. 同时 opening a lift's clause ---------------------------------------------------------------------------------

def test_at_the_same_time_in_lifts() -> None:
    for join in (",同时", ",同时,", ",同时对", ",与此同时,"):
        text = f"自2022年11月20日起,阳光小区解除封控{join}翠湖村解除封控。"
        for variant in variants_of(text):
            assert changes_of(variant) == [(None, None, ["阳光小区"]), (None, None, ["翠湖村"])]
    # both with 对; a designation, then a lift; another kind of place and the controlled level
    assert changes_of("自2022年11月20日起,对阳光小区解除封控,同时对翠湖村解除封控。") == [
        (None, None, ["阳光小区"]), (None, None, ["翠湖村"])]
    for text in ("自2022年11月20日起,阳光小区调整为中风险区,同时翠湖村解除封控。",
                 "自2022年11月20日起,阳光小区调整为中风险区,同时,翠湖村解除封控。"):
        for variant in variants_of(text):
            assert changes_of(variant) == [("medium", None, ["阳光小区"]), (None, None, ["翠湖村"])]
    assert places_of("自2022年11月20日起,春晓花园解除管控,同时金桃镇翠湖村解除管控。") == ["春晓花园", "金桃镇翠湖村"]


def test_at_the_same_time_in_lifts_near_misses() -> None:
    # a name that opens with the word keeps it
    assert changes_of("自2022年11月20日起,阳光小区解除封控,同时村解除封控。") == [
        (None, None, ["阳光小区"]), (None, None, ["同时村"])]
    # 同时 before people or a bare lift names no place
    assert "居民" not in "".join(places_of("自2022年11月20日起,阳光小区解除封控,同时居民解除封控。"))
    assert changes_of("自2022年11月20日起,阳光小区解除封控,同时对进出人员解除管控措施。") == []


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_at_the_same_time_in_lifts_property(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    for join in (",同时", ",同时,", ",同时对"):
        assert changes_of(f"自2022年11月20日起,{a}小区解除封控{join}{b}村解除封控。") == [
            (None, None, [f"{a}小区"]), (None, None, [f"{b}村"])]
    assert changes_of(f"自2022年11月20日起,{a}小区调整为中风险区,同时{b}村解除封控。") == [
        ("medium", None, [f"{a}小区"]), (None, None, [f"{b}村"])]


# ---- 6. 被 after the level left ----------------------------------------------------------------------------------

def test_passive_after_the_level_left() -> None:
    for text in ("10月5日,阳光小区由中风险区被调整为高风险区。",
                 "自2022年10月5日起,阳光小区由中风险区被调整为高风险区。",
                 "10月5日,阳光小区由中风险地区被升级为高风险地区。"):
        for variant in variants_of(text):
            assert changes_of(variant) == [("high", None, ["阳光小区"])]
    assert changes_of("10月5日,翠湖村、春晓花园由高风险区被调整为低风险区。") == [
        ("low", None, ["翠湖村", "春晓花园"])]
    # (pinned: 被 before 由 was read right before)
    assert changes_of("10月5日,阳光小区被由中风险区调整为高风险区。") == [("high", None, ["阳光小区"])]


def test_passive_after_the_level_left_near_misses() -> None:
    # what happened before, its day after the place, stays history
    assert changes_of("阳光小区在2021年1月1日由中风险区被调整为高风险区,现将翠湖村调整为高风险区。") == [
        ("high", None, ["翠湖村"])]


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_passive_after_the_level_left_property(a: str) -> None:
    assume(no_real_city(a))
    assert changes_of(f"10月5日,{a}小区由中风险区被调整为高风险区。") == [("high", None, [f"{a}小区"])]


# ---- 7. what a place takes in, told with where it lies --------------------------------------------------------------

def test_taken_in_shops_by_where_they_lie() -> None:
    for sep in ("、", ","):
        for shops in ("含底层商铺", "含沿街商铺", "包括临街门面"):
            text = f"自2022年11月20日起,将阳光小区1号楼{sep}{shops}划定为高风险区。"
            assert places_of(text) == [f"阳光小区1号楼{sep}{shops}"]
            assert places_of(in_traditional(text)) == [f"阳光小区1号楼{sep}{shops}"]
    text = "关于划定高风险区的通告\n高风险区:\n1.阳光小区1号楼、含沿街商铺。\n2.翠湖花园。\n特此通告。"
    assert places_of(text) == ["阳光小区1号楼、含沿街商铺", "翠湖花园"]
    text = "关于划定高风险区的通告\n高风险区:翠湖花园2号楼,含底层商铺;春晓村。\n特此通告。"
    assert places_of(text.translate(HALF_TO_FULL)) == ["翠湖花园2号楼,含底层商铺", "春晓村"]


def test_taken_in_by_where_they_lie_near_misses() -> None:
    # a place of its own after the comma stays one; (pinned) in brackets it was read right before
    assert places_of("自2022年11月20日起,将阳光小区1号楼,含光小区划定为高风险区。") == ["阳光小区1号楼", "含光小区"]
    assert places_of("自2022年11月20日起,将阳光小区1号楼(含沿街商铺)划定为高风险区。") == ["阳光小区1号楼(含沿街商铺)"]


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_taken_in_by_where_they_lie_property(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    assert places_of(f"自2022年11月20日起,将{a}小区1号楼、含底层商铺,{b}花园划定为高风险区。") == [
        f"{a}小区1号楼、含底层商铺", f"{b}花园"]
