"""Ordinary wording near the rules of fix-k69a and fix-k69b that misfired (review rv69c, items 6-12), narrowed by
fix-rv69d-b; each test fails without the narrowing:

6. a list whose last item is a bare street or town over an office naming no division: the item stays a place (the
   division line is the first part of a broken signature only when no division alone stands above it);
10. a count before a level word with its places after 为 / 分别为 ("2个中风险区为A、B") is a list, not boilerplate;
11. 被 after the level left is history when a day or 曾 stands before it in its clause, or a clause of what is set now
    (现…) follows it;
9. a zone's 街 that names a community, a village or an estate ("西咸新区北街社区") is no road named after the zone;
8. items noted with their changes under a review's lead ("…情况回顾:"), or whose place a later sentence gives a
   change, are history, not changes;
7. "…无新增阳性,不再列为管控区的楼栋…": a level qualifying what follows is no lift of the place before;
12. 同时 before a name of one character and its kind ("同时代广场") is no clause opener cut off the name.
"""
from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    changes_of,
    invented_names,
    no_real_city,
    places_of,
    variants_of,
)

# ---- 6. a list's last division over an office naming no division -------------------------------------------------


def test_last_division_of_a_list_over_an_office_stays_a_place() -> None:
    text = "以下区域调整为低风险区:\n丈八街道\n鱼化寨街道\n疫情防控指挥部办公室"
    for variant in variants_of(text):
        assert len(places_of(variant)) == 2
    assert changes_of(text) == [("low", None, ["丈八街道", "鱼化寨街道"])]
    assert changes_of("中风险区:\n雁塔区阳光镇\n金桃镇\n应对疫情工作领导小组") == [
        ("medium", "雁塔区", ["阳光镇", "金桃镇"])]
    assert changes_of("以下乡镇调整为低风险区:\n阳光镇\n金桃乡\n新冠肺炎疫情防控指挥部") == [
        ("low", None, ["阳光镇", "金桃乡"])]


def test_division_signature_under_a_list_of_estates_still_joins() -> None:
    # (the k69a form: a division over an office under a list of estates is still the signature)
    text = "以下区域调整为低风险区:\n阳光小区\n翠锦小区\n金桃街道\n疫情防控指挥部\n2022年11月5日"
    assert changes_of(text) == [("low", None, ["阳光小区", "翠锦小区"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_last_division_property(a: str, b: str) -> None:
    assume(no_real_city(a) and no_real_city(b) and a != b)
    text = f"以下区域调整为低风险区:\n{a}街道\n{b}街道\n疫情防控指挥部办公室"
    assert places_of(text) == [f"{a}街道", f"{b}街道"]


# ---- 10. a count before a level word, its places after 为 ------------------------------------------------------------


def test_counted_level_then_its_places() -> None:
    assert changes_of("雁塔区中风险区(2个):\n2个中风险区为阳光小区、金桃小区。") == [
        ("medium", "雁塔区", ["阳光小区", "金桃小区"])]
    for variant in variants_of("中风险区:\n两个中风险区分别为阳光小区、金桃小区。"):
        assert len(places_of(variant)) == 2
    assert changes_of("中风险区:\n两个中风险区分别为阳光小区、金桃小区。") == [
        ("medium", None, ["阳光小区", "金桃小区"])]


def test_counted_level_of_people_still_no_place() -> None:
    assert changes_of("中风险区:\n三个中风险区人员请居家。") == []
    assert changes_of("中风险区:\n阳光小区\n2个中风险区居民请居家,做好防护。") == [("medium", None, ["阳光小区"])]
    assert changes_of("高风险区:\n阳光小区\n该中风险区为临时设置。") == [("high", None, ["阳光小区"])]


# ---- 11. 被 after the level left, history ---------------------------------------------------------------------------


def test_passive_after_the_level_left_with_its_day_or_now_clause_is_history() -> None:
    for text in ("雁塔区翠锦小区于3月1日由中风险区被调整为高风险区,现调整为低风险区。",
                 "雁塔区翠锦小区由中风险区被调整为高风险区(3月1日),现调整为低风险区。"):
        for variant in variants_of(text):
            assert all(level != "high" for level, _district, _places in changes_of(variant))
    assert changes_of("雁塔区翠锦小区曾由中风险区被调整为高风险区,现将翠锦小区调整为低风险区。") == [
        ("low", None, ["翠锦小区"])]


def test_passive_after_the_level_left_still_read() -> None:
    # (the k69b form: the day in its own clause before the place)
    assert changes_of("10月5日,阳光小区由中风险区被调整为高风险区。") == [("high", None, ["阳光小区"])]
    # (曾 opening a name is no "once")
    assert changes_of("10月5日,曾家村由中风险区被调整为高风险区。") == [("high", None, ["曾家村"])]


# ---- 9. a zone's 街 naming a community ------------------------------------------------------------------------------


def test_zone_then_a_community_named_by_its_side_street() -> None:
    for variant in variants_of("将西咸新区北街社区、南街村调整为中风险区。"):
        assert len(places_of(variant)) == 2
    assert changes_of("将西咸新区北街社区、南街村调整为中风险区。") == [
        ("medium", "西咸新区", ["北街社区", "南街村"])]
    assert changes_of("将星峰高新区中街社区调整为中风险区。") == [("medium", "星峰高新区", ["中街社区"])]


def test_zone_road_still_whole() -> None:
    assert changes_of("自2022年11月20日起,将星峰开发区大道18号划定为高风险区。") == [
        ("high", None, ["星峰开发区大道18号"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_zone_community_property(name: str) -> None:
    assume(no_real_city(name))
    assert changes_of(f"将{name}新区北街社区调整为中风险区。") == [("medium", f"{name}新区", ["北街社区"])]


# ---- 8. noted items that are history --------------------------------------------------------------------------------


def test_noted_items_of_a_review_are_history() -> None:
    text = ("本轮疫情以来风险区调整情况回顾:\n1.雁塔区翠锦小区(由低风险区调整为高风险区)\n"
            "2.雁塔区翠锦小区(由高风险区调整为中风险区)\n现将雁塔区翠锦小区调整为低风险区。")
    for variant in variants_of(text):
        assert [level for level, _district, _places in changes_of(variant)] == ["low"]
    assert changes_of(text) == [("low", "雁塔区", ["翠锦小区"])]
    # (under a lead of no review, an item a later sentence changes: its note is history, the others still changes)
    text = ("风险区调整如下:\n1.雁塔区翠锦小区(由低风险区调整为高风险区)\n2.雁塔区阳光小区(由高风险区调整为中风险区)\n"
            "现将雁塔区翠锦小区调整为低风险区。")
    assert changes_of(text) == [("medium", "雁塔区", ["阳光小区"]), ("low", "雁塔区", ["翠锦小区"])]


# ---- 7. a level qualifying what follows 不再 ------------------------------------------------------------------------


def test_no_longer_listed_qualifying_a_noun_is_no_lift() -> None:
    text = "雁塔区翠锦小区为中风险区;居民已连续7天无新增阳性,不再列为管控区的楼栋解除管控。"
    for variant in variants_of(text):
        assert len(places_of(variant)) == 1
    assert changes_of(text) == [("medium", "雁塔区", ["翠锦小区"])]


def test_reason_lift_still_read() -> None:
    assert changes_of("阳光村为管控区;幸福村已连续7天无新增病例,不再列为管控区。") == [
        ("controlled", None, ["阳光村"]), (None, None, ["幸福村"])]


# ---- 12. 同时 opening a name ----------------------------------------------------------------------------------------


def test_same_time_opening_a_short_name_is_not_cut() -> None:
    for text in ("雁塔区翠锦村解除封控,同时代广场解除封控。", "雁塔区翠锦村解除封控,同时兴小区解除封控。"):
        for variant in variants_of(text):
            assert all(p not in ("代广场", "兴小区", "代廣場", "興小區") for p in places_of(variant))


def test_same_time_before_a_place_still_dropped() -> None:
    # (the first clause, a place-first lift before the comma, read as well since m70a: its place was dropped before)
    assert changes_of("雁塔区翠锦村解除封控,同时阳光小区解除封控。") == [
        (None, "雁塔区", ["翠锦村"]), (None, "雁塔区", ["阳光小区"])]
