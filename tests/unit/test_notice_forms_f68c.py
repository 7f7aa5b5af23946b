"""Forms fixed by f68c: a report's reposted headline ("原标题:") and source lines ("转自:", "来源:") are no places;
a bracketed note of the place's change of level told with 由 ("(由中风险区调整为高风险区)") is dropped; the rest of
an estate with its kind written again after the exception ("A新村除12A楼外小区其他区域") is a place; a scenic area
run as a district labels its towns' places ("B景区:C镇D村…") and its own rest ("B景区除高风险区以外的其他区域")
is a blanket."""
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

_read = changes_of
_places = places_of
_variants = variants_of


# ---- 1. "原标题:…" and "转自:…" / "来源:…" lines of a report: no places ---------------------------------------------

_REPOST = ("锦绣市新增1个中风险地区\n\n原标题:锦绣市新增1个中风险地区\n\n来源:某某网\n\n"
           "将锦绣市金桃区翠华街道阳光花园小区B区调整为中风险地区。")
_SOURCE = "中风险地区\n金桃区\n阳光小区\n转自:健康金桃\n来源:金桃之窗"


def test_reposted_headline_and_source_lines_are_no_places() -> None:
    for text in _variants(_REPOST):
        assert _read(text) == [("medium", "金桃区", ["翠华街道阳光花园小区B区"])]
    for text in _variants(_SOURCE):
        assert _read(text) == [("medium", "金桃区", ["阳光小区"])]
    # near-misses: a place whose name holds the words (no colon after them) stays a place
    assert _places("中风险地区\n金桃区\n阳光小区\n来源小区3栋") == ["阳光小区", "来源小区3栋"]
    assert _places("中风险地区\n金桃区\n阳光小区\n原标题小区2栋") == ["阳光小区", "原标题小区2栋"]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_source_line_property(place: str, site: str) -> None:
    assume(no_real_city(place, site))
    assert _places(f"中风险地区\n金桃区\n{place}小区\n转自:{site}\n来源:{site}网") == [f"{place}小区"]
    assert _places(f"中风险地区\n\n原标题:金桃区新增1个中风险地区\n\n将金桃区{place}小区调整为中风险地区。") \
        == [f"{place}小区"]


# ---- 2. "(由中风险区调整为高风险区)" after a place: a note on its change, dropped ------------------------------

def test_bracketed_change_note_with_you_is_dropped() -> None:
    for text in _variants("一、新增高风险区:阳光小区、翠华花园(由中风险区调整为高风险区)。上述区域实行封控措施。"):
        assert _places(text) == ["阳光小区", "翠华花园"]
    assert _places("一、新增高风险区:阳光小区、翠华花园(由管控区升级为封控区)。") == ["阳光小区", "翠华花园"]
    # near-misses: a bracket that is part of the place's name, or an exception, stays
    assert _places("一、新增高风险区:阳光小区、翠华花园(东区)。上述区域实行封控措施。") == [
        "阳光小区", "翠华花园(东区)"]
    assert _places("一、新增高风险区:阳光小区、翠华花园(除3号楼外)。") == ["阳光小区", "翠华花园(除3号楼外)"]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_change_note_property(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    assert _places(f"一、新增高风险区:{a}小区、{b}花园(由低风险区调整为高风险区)。") == [f"{a}小区", f"{b}花园"]


# ---- 3. "A新村除12A楼外小区其他区域": the estate's rest, its kind written again, a place -----------------------------

def test_estate_rest_with_kind_again_is_a_place() -> None:
    for text in _variants("二、金桃区中风险区降为低风险区(2个)\n翠华新村除12A楼外小区其他区域、东背街42号。"):
        assert _read(text) == [("low", "金桃区", ["翠华新村除12A楼外小区其他区域", "东背街42号"])]
    # near-miss: a district's rest is no place, whatever word follows its exception
    assert _places("二、金桃区中风险区降为低风险区(2个)\n翠华新村12A楼、金桃区除高风险区外小区其他区域。") == [
        "翠华新村12A楼"]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_estate_rest_property(a: str) -> None:
    assume(no_real_city(a))
    assert _places(f"低风险区:\n{a}新村除3号楼外小区其他区域、{a}街42号。") == [
        f"{a}新村除3号楼外小区其他区域", f"{a}街42号"]


# ---- 4. a scenic area labelling its towns' places, and its rest a blanket -----------------------------------------

_SCENIC = ("决定自即日起将:\n金桃区:阳光小区3栋、翠华花园2栋划定为高风险区。\n"
           "锦绣景区:金桃镇阳光村、翠华村划定为高风险区。锦绣景区除高风险区以外的其他区域为低风险区。\n")


def test_scenic_area_label_over_its_towns() -> None:
    for text in _variants(_SCENIC):
        assert _read(text) == [("high", "金桃区", ["阳光小区3栋", "翠华花园2栋"]),
                               ("high", "锦绣景区", ["金桃镇阳光村", "翠华村"])]
    # near-misses: a scenic area over its own sites (no town) is no district; its rest where no list is labelled
    # with it stays a place (a site's rest)
    assert _read(_SCENIC.replace("金桃镇阳光村、翠华村", "游客中心、翠华酒店"))[1][1] != "锦绣景区"
    assert _places("低风险区:\n锦绣景区除高风险区以外的其他区域。") == ["锦绣景区除高风险区以外的其他区域"]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_scenic_area_property(zone: str, town: str, village: str) -> None:
    assume(no_real_city(zone, town, village) and zone != town)
    text = (f"决定自即日起将:\n金桃区:阳光小区3栋划定为高风险区。\n{zone}景区:{town}镇{village}村划定为高风险区。"
            f"{zone}景区除高风险区以外的其他区域为低风险区。\n")
    assert _read(text) == [("high", "金桃区", ["阳光小区3栋"]), ("high", f"{zone}景区", [f"{town}镇{village}村"])]
