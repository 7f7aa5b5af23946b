"""Forms reviewers found misread: a list of places silenced whose last item is a district ("对青石村、乌达区实施静默
管理": each item a place, not the district alone); people let go of measures ("对外来务工人员,解除临时管控措施": a
group of people, no place lifted); a list of places with an area its own roads enclose as the last item ("甲小区、
乙花园、丙路丁路围合区": three places, not one area). Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    PROVINCES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

_FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def _plain(name: str) -> bool:
    """A name that opens with no city's or province's name (read as that division's place otherwise)."""
    return not any(name.startswith(city) for city in PREFECTURE_CITIES if city) and not name.startswith(PROVINCES)


# --- "对青石村、乌达区实施静默管理": a district as the last of the places silenced ---------------------------------


def test_a_village_then_a_district_silenced_are_both_places() -> None:
    assert by_level("经研判,决定对青石村、乌达区实施静默管理。") \
        == {("silent", None): ["青石村"], ("silent", "乌达区"): ["乌达区"]}


def test_places_then_a_district_silenced_variants() -> None:
    assert levels_of("决定对柳河镇、杏花村、海勃湾区实行为期三天的临时静默管理。") \
        == {"silent": ["柳河镇", "杏花村", "海勃湾区"]}
    assert levels_of(in_traditional("經研判,決定對青石村、烏達區實施靜默管理。")) == {"silent": ["青石村", "乌达区"]}
    assert levels_of("经研判,自10月17日21时起,对翠竹社区、柯城区全域实施静态管理。".translate(HALF_TO_FULL)
                     .translate(_FULL_DIGITS)) == {"silent": ["翠竹社区", "柯城区"]}


def test_a_village_then_a_district_silenced_but_districts_alone_stay_as_they_were() -> None:
    assert levels_of("决定对青石村、乌达区实施静默管理。") == {"silent": ["青石村", "乌达区"]}
    # (near misses: a district alone, or districts only, read each as itself; the whole county as written)
    assert by_level("决定对乌达区实施静默管理。") == {("silent", "乌达区"): ["乌达区"]}
    assert by_level("决定对海勃湾区、乌达区实施静默管理。") \
        == {("silent", "海勃湾区"): ["海勃湾区"], ("silent", "乌达区"): ["乌达区"]}
    assert levels_of("经研判,决定对全县实行静默管理。") == {"silent": ["全县"]}
    # (an item's number before its district or whole is no list: "三、A区实施静默管理", "三、全县实行静态管理")
    assert by_level("三、乌达区实施静默管理。") == {("silent", "乌达区"): ["乌达区"]}
    assert by_level("石湖县指挥部关于静态管理的通告\n三、全县实行静态管理。") == {("silent", "石湖县"): ["石湖县"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=3, unique=True),
       st.sampled_from(["村", "镇", "社区"]), st.sampled_from(["乌达区", "柯城区", "金东区", "婺城区"]),
       st.sampled_from(["实施静默管理", "实行临时静默管理", "实施静态管理"]))
def test_any_places_then_a_district_silenced_are_each_a_place(names: list[str], kind: str, district: str,
                                                               verb: str) -> None:
    assume(all(_plain(name) for name in names))
    places = [name + kind for name in names]
    text = f"经研判,决定对{'、'.join(places)}、{district}{verb}。"
    assert levels_of(text) == {"silent": [*places, district]}


# --- "对外来务工人员,解除临时管控措施": people let go of measures, no place -------------------------------------


def test_people_let_go_of_temporary_control_are_no_place() -> None:
    assert levels_of("经研判,对外来务工人员,解除临时管控措施。") == {}


def test_people_lifted_variants() -> None:
    assert levels_of("对返乡人员解除临时管控措施。") == {}
    assert levels_of(in_traditional("經研判,對外來務工人員,解除臨時管控措施。")) == {}
    assert levels_of("自１１月５日起,对入境人员,解除临时管控措施。".translate(HALF_TO_FULL)) == {}


def test_a_place_lifted_beside_people_is_still_lifted() -> None:
    # (near misses: a place with the same wording is lifted; an estate's residents are the estate's)
    assert levels_of("经研判,对青石村,解除临时管控措施。") == {"lifted": ["青石村"]}
    assert levels_of("对外来务工人员,解除临时管控措施。对柳河村解除封控。") == {"lifted": ["柳河村"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["外来务工人员", "返乡人员", "入境人员", "来访人员", "外来人群", "隔离人员"]),
       st.sampled_from(["临时管控措施", "管控措施", "封控措施"]), st.sampled_from([",", ""]))
def test_any_people_let_go_of_measures_are_no_place(people: str, measures: str, comma: str) -> None:
    assert levels_of(f"经研判,对{people}{comma}解除{measures}。") == {}


# --- "甲小区、乙花园、丙路丁路围合区": places, then an area its own two roads enclose -------------------------------


def test_places_then_an_area_its_own_roads_enclose_are_three_places() -> None:
    assert levels_of("将青石小区、柳河花园、杏花路石门路围合区划定为封控区。") \
        == {"sealed": ["青石小区", "柳河花园", "杏花路石门路围合区"]}


def test_places_then_own_enclosed_area_variants() -> None:
    assert levels_of("封控区:\n1.青石小区、柳河花园、杏花路与石门路围合区域") \
        == {"sealed": ["青石小区", "柳河花园", "杏花路与石门路围合区域"]}
    assert levels_of(in_traditional("將青石小區、柳河花園、杏花路石門路圍合區劃定為封控區。")) \
        == {"sealed": ["青石小区", "柳河花园", "杏花路石门路围合区"]}
    assert levels_of("封控区(3个):\n１.翠竹小区、东湖家园、龙泉路和南岗路合围区域".translate(HALF_TO_FULL)) \
        == {"sealed": ["翠竹小区", "东湖家园", "龙泉路和南岗路合围区域"]}


def test_own_roads_enclosed_last_but_roads_or_compounds_enclosing_together_stay_one_area() -> None:
    assert levels_of("将青石小区、杏花路石门路围合区划定为封控区。") == {"sealed": ["青石小区", "杏花路石门路围合区"]}
    # (near misses: roads listed with 、 enclose one area together; so do two compounds)
    assert levels_of("将杏花路、石门路、龙泉路合围区域划定为封控区。") == {"sealed": ["杏花路、石门路、龙泉路合围区域"]}
    assert levels_of("将青石社区、柳河社区合围区域划定为封控区。") == {"sealed": ["青石社区、柳河社区合围区域"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=4, max_size=4, unique=True),
       st.sampled_from(["小区", "花园", "家园"]), st.sampled_from(["", "与", "和"]),
       st.sampled_from(["围合区", "围合区域", "合围区域"]))
def test_any_places_then_own_enclosed_area(names: list[str], kind: str, join: str, word: str) -> None:
    assume(all(_plain(name) for name in names))
    first, second = names[0] + kind, names[1] + kind
    area = f"{names[2]}路{join}{names[3]}路{word}"
    assert levels_of(f"将{first}、{second}、{area}划定为封控区。") == {"sealed": [first, second, area]}
