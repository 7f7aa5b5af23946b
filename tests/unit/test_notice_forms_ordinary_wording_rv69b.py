"""Review rv69b: ordinary wording near forms of the fourteenth session (f69a, f69b, f69c, g69c, g69d), read wrongly by
their rules (invented places; a real prefecture only where the rule needs a known division).

- 同时 before a kind of place alone ("…,同时家园调整为低风险区", "同时小区1号楼"): a name 同时 opens, kept whole
  (what would be left is the bare kind); 同时 opening a clause is still dropped ("同时,幸福村…", "同时花园街道A社区…").
- 全区/全县 given a level after an exception ("除翠锦村外,全县调整为低风险区") is the rest, not the whole county; after
  a place's label ("翠锦小区:全区调整为低风险区") it is that place's whole area, not the district.
- 进出路口/进出通道 inside an object that goes on to an area ("对翠锦小区进出路口以内区域实行封控管理"): an area, a
  place; the gates alone ("对A街和B街所有进出路口实行封控") still none.
- Digits glued to a word read with them ("5期安置区翠锦楼", "2标段施工区", "3组集中居住区", "3道河乡") or to an area
  named by its use ("365商业区翠锦楼"): a site's number and name, kept, no district; "1锦绣区金龙街道" still drops
  its 1.
- A municipal district's short name that only opens a prefecture's name ("大兴安岭新林镇翠锦村" in a notice naming
  北京市) is no district 大兴区.
- A 【】 note inside the lead that is another document's title ("【详见附件:将翠锦小区划为高风险区的说明】") holds no
  change: dropped, the lead's list read as written.
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

_HEAD = "金桃区疫情防控指挥部关于调整风险区域的通告\n"


def _place_lists(text: str) -> list[list[str]]:
    return [places for _level, _district, places in changes_of(text)]


# ---- 1. 同时 before a kind of place alone ---------------------------------------------------------------------------

def test_a_name_tongshi_opens_before_a_bare_kind_is_kept() -> None:
    for kind in ("家园", "小区", "大厦", "广场", "新村", "花园"):
        text = _HEAD + f"将翠锦小区调整为中风险区,同时{kind}调整为低风险区。\n"
        assert changes_of(text) == [("medium", "金桃区", ["翠锦小区"]), ("low", "金桃区", [f"同时{kind}"])], text
        assert changes_of(text.translate(HALF_TO_FULL)) == changes_of(text)
    alone = _HEAD + "同时新村调整为低风险区。\n"
    assert changes_of(alone) == [("low", "金桃区", ["同时新村"])]
    assert places_of(in_traditional(alone)) == ["同时新村"]
    # the form itself: 同时 opening a clause is still dropped
    for words, place in (("同时,幸福村", "幸福村"), ("同时幸福村", "幸福村"), ("与此同时幸福家园", "幸福家园"),
                         ("同时花园街道翠锦社区", "花园街道翠锦社区")):
        text = _HEAD + f"将翠锦小区调整为中风险区,{words}调整为低风险区。\n"
        for variant in variants_of(text):
            assert places_of(variant)[-1] == place, variant


@settings(max_examples=15, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_tongshi_before_a_bare_kind_property(name: str) -> None:
    assume(no_real_city(name))
    text = _HEAD + f"将{name}小区调整为中风险区,同时家园调整为低风险区。\n"
    assert changes_of(text) == [("medium", "金桃区", [f"{name}小区"]), ("low", "金桃区", ["同时家园"])]


# ---- 2. 全区/全县 after an exception or a place's label --------------------------------------------------------------

def test_a_whole_county_after_an_exception_is_not_the_county() -> None:
    for text in ("金龙县疫情防控指挥部通告\n除翠锦村外,全县调整为低风险区。\n",
                 _HEAD + "除翠锦小区外,全区调整为低风险区。\n"):
        for variant in variants_of(text):
            assert ["金龙县"] not in _place_lists(variant)
            assert ["金桃区"] not in _place_lists(variant), variant


def test_a_whole_area_after_a_places_label_is_not_the_district() -> None:
    for label in ("翠锦小区", "二、翠锦园区", "幸福村"):
        text = _HEAD + f"{label}:全区调整为低风险区。\n"
        for variant in variants_of(text):
            assert ("low", "金桃区", ["金桃区"]) not in changes_of(variant), variant
    county = "金龙县疫情防控指挥部通告\n翠锦小区:全区调整为低风险区。\n"
    assert not any("区域内全域" in place for place in places_of(county))
    # the form itself still read: the office's whole district, after the hour or a remark's label
    for front in ("自12月5日0时起,", "说明:", "经研判,"):
        assert changes_of(_HEAD + f"{front}全区调整为低风险区。\n") == [("low", "金桃区", ["金桃区"])]


# ---- 3. 进出路口 inside an object that names an area ------------------------------------------------------------

def test_gates_inside_an_area_do_not_hide_it() -> None:
    for area in ("翠锦小区进出路口以内区域", "翠锦小区进出通道以内的区域", "翠锦小区进出路口围合区域"):
        text = _HEAD + f"对{area}实行封控管理。\n"
        for variant in variants_of(text):
            assert changes_of(variant) in ([("sealed", "金桃区", [area])],
                                           [("sealed", "金桃区", [in_traditional(area)])]), variant
    # the form itself: the gates alone are no place
    assert changes_of(_HEAD + "对翠锦街和幸福街所有进出路口实行封控。\n") == []
    assert changes_of(_HEAD + "对翠锦小区及周边进出路口实行封控管理。\n") == []


# ---- 4. digits glued to a word read with them ----------------------------------------------------------------------

def test_digits_of_a_sites_name_are_kept() -> None:
    for item in ("5期安置区翠锦楼", "2标段施工区翠锦楼", "3组集中居住区翠锦楼", "365商业区翠锦楼", "798艺术区翠锦楼",
                 "3道河乡幸福村"):
        text = _HEAD + f"一、高风险区\n{item}\n"
        for variant in variants_of(text):
            assert changes_of(variant) in ([("high", "金桃区", [item])],
                                           [("high", "金桃区", [in_traditional(item)])]), variant
    # the form itself: a lone item's number glued to a district's or a street's name is dropped
    assert changes_of(_HEAD + "一、高风险区\n1锦绣区金龙街道春晓小区\n") == [("high", "锦绣区", ["金龙街道春晓小区"])]
    assert changes_of(_HEAD + "一、高风险区\n1金龙街道翠锦小区\n") == [("high", "金桃区", ["金龙街道翠锦小区"])]


@settings(max_examples=15, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_digits_of_a_sites_name_property(name: str) -> None:
    assume(no_real_city(name))
    item = f"5期安置区{name}楼"
    assert changes_of(_HEAD + f"一、高风险区\n{item}\n") == [("high", "金桃区", [item])]


# ---- 5. a municipal district's short name opening a prefecture's name ----------------------------------------------

def test_a_prefecture_opening_like_a_municipal_district_is_no_district() -> None:
    text = "北京市疫情防控指挥部通告\n中风险区:大兴安岭新林镇翠锦村、新林镇幸福小区\n"
    for variant in variants_of(text):
        assert all(district != "大兴区" for _level, district, _places in changes_of(variant)), variant
        assert places_of(variant)[0] in ("大兴安岭新林镇翠锦村", in_traditional("大兴安岭新林镇翠锦村"))
    # the form itself still read: 房山 for 房山区 before a town
    form = "北京市疫情防控指挥部通告\n将房山金龙镇翠锦村、金龙镇幸福小区划为中风险区。\n"
    assert changes_of(form) == [("medium", "房山区", ["金龙镇翠锦村", "金龙镇幸福小区"])]


# ---- 6. a 【】 note in the lead that is another document's title -----------------------------------------------------

def test_a_documents_title_in_a_lead_note_is_no_change() -> None:
    for title in ("详见附件:将翠锦小区划为高风险区的说明", "附:关于将翠锦小区划为高风险区的决定"):
        text = _HEAD + f"全区高风险区调整为2个【{title}】,具体为:幸福花园、金龙村。\n"
        for variant in variants_of(text):
            assert changes_of(variant) in ([("high", "金桃区", ["幸福花园", "金龙村"])],
                                           [("high", "金桃区", [in_traditional("幸福花园"), "金龙村"])]), variant
    # the form itself: a note with its own change still read
    text = _HEAD + "全区高风险区调整为2个【按照规定,将翠锦小区由高风险区调整为中风险区】,具体为:幸福花园、金龙村。\n"
    assert changes_of(text) == [("medium", "金桃区", ["翠锦小区"]), ("high", "金桃区", ["幸福花园", "金龙村"])]
