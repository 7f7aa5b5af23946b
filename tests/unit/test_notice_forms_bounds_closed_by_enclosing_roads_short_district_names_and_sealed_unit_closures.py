"""Forms of the fifty-fourth held-out set, part b (notices 1567, 1569, 1572): a bounded area whose bounds are written
"…以南、…以东、…以北" and whose last side is the roads that close it with the area's word ("…、D路E路和F路合围区域(…)",
one place), a site named with its district's short name and one character more ("香坊汇地下购物广场" under 香坊区: the
short name is no district written in front of it), and a unit (building) of a place closed "按照封控单元实施封闭管理"
after its compound was put under a level (sealed). Notices here are written for the tests, their names invented."""

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
)


def _plain(name: str) -> bool:
    return name not in PREFECTURE_CITIES and name not in PROVINCES and not any(p in name for p in PROVINCES)


# ---- bounds closed by an item of enclosing roads ----------------------------------------------------------------

_MERGED = ("经南湖区新冠肺炎疫情防控指挥部研究,自发布之日起,下列地区调整为中风险地区:\n"
           "1、南湖区金华路以南、翠锦路以东、春晓河路以北、{last}(原中风险地区南湖区阳光小区并入);\n"
           "2、南湖区城南街道康宁苑小区。\n其他地区风险等级不变。")


def test_bounds_closed_by_two_roads_and_a_third_enclosing_are_one_area() -> None:
    last = "长风路胜利路和兴盛河路合围区域"
    assert by_level(_MERGED.format(last=last)) == {("medium", "南湖区"): [
        f"金华路以南、翠锦路以东、春晓河路以北、{last}(原中风险地区南湖区阳光小区并入)", "城南街道康宁苑小区"]}


def test_bounds_closed_by_roads_listed_with_a_pause_mark_are_one_area() -> None:
    last = "长风路、胜利路和兴盛河路围合区域"
    assert by_level(_MERGED.format(last=last)) == {("medium", "南湖区"): [
        f"金华路以南、翠锦路以东、春晓河路以北、{last}(原中风险地区南湖区阳光小区并入)", "城南街道康宁苑小区"]}


def test_bounds_closed_by_enclosing_roads_in_traditional_characters_with_full_width_brackets() -> None:
    text = in_traditional(_MERGED.format(last="长风街胜利大道和兴盛河路合围区域")).translate(HALF_TO_FULL)
    assert by_level(text) == {("medium", "南湖区"): [
        "金华路以南、翠锦路以东、春晓河路以北、长风街胜利大道和兴盛河路合围区域(原中风险地区南湖区阳光小区并入)",
        "城南街道康宁苑小区"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=6, max_size=6, unique=True),
       st.permutations(["以南", "以东", "以北", "以西"]), st.sampled_from(["路", "街", "大道"]),
       st.sampled_from(["合围区域", "围合区域", "合围范围"]), st.sampled_from(["和", "、"]))
def test_bounds_closed_by_enclosing_roads_with_invented_names(names: list[str], sides: list[str], kind: str,
                                                              area: str, join: str) -> None:
    assume(all(_plain(name) for name in names))
    bounds = "、".join(f"{name}{kind}{side}" for name, side in zip(names[:3], sides[:3], strict=True))
    place = f"{bounds}、{names[3]}路{names[4]}路{join}{names[5]}路{area}"
    text = f"下列地区调整为中风险地区:\n1、南湖区{place};\n2、南湖区城南街道康宁苑小区。"
    assert by_level(text) == {("medium", "南湖区"): [place, "城南街道康宁苑小区"]}, text


def test_bounds_then_a_compound_of_its_own_stay_two_places() -> None:
    # (near-miss: the item after the bounds is a compound, no roads enclosing; nor a sentence's rules after it)
    text = ("经南湖区新冠肺炎疫情防控指挥部研究,下列地区调整为中风险地区:\n"
            "1、南湖区金华路以南、翠锦路以东、春晓河路以北、康宁苑小区;\n2、南湖区城南街道阳光小区。")
    assert by_level(text) == {("medium", "南湖区"): ["金华路以南、翠锦路以东、春晓河路以北", "康宁苑小区",
                                                      "城南街道阳光小区"]}


# ---- a site named with its district's short name and one character more ----------------------------------------

def test_a_mall_named_with_the_districts_short_name_keeps_it() -> None:
    text = "将哈尔滨市香坊区安宁社区(除5号楼),香坊悦购物中心(和平街12号),金华浴馆风险等级调整为中风险区。"
    assert by_level(text) == {("medium", "香坊区"): ["安宁社区(除5号楼)", "香坊悦购物中心(和平街12号)", "金华浴馆"]}


def test_an_underground_market_named_with_the_districts_short_name_keeps_it() -> None:
    text = "将沈阳市铁西区春晓社区、铁西荟地下商场、翠锦小区调整为中风险区。"
    assert by_level(text) == {("medium", "铁西区"): ["春晓社区", "铁西荟地下商场", "翠锦小区"]}


def test_a_site_named_with_the_short_name_in_traditional_characters_with_full_width_brackets() -> None:
    text = in_traditional("将哈尔滨市南岗区金华家园小区(除9号楼外),南岗汇购物广场(学府路2号)风险等级调整为中风险区。")
    assert by_level(text.translate(HALF_TO_FULL)) == {
        ("medium", "南岗区"): ["金华家园小区(除9号楼外)", "南岗汇购物广场(学府路2号)"]}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from([("哈尔滨市", "香坊区"), ("哈尔滨市", "道里区"), ("沈阳市", "铁西区"), ("沈阳市", "皇姑区")]),
       st.sampled_from(list("汇荟悦尚乐")), st.sampled_from(["地下购物广场", "购物中心", "商城", "大厦", "超市"]),
       invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_sites_named_with_the_short_name_and_one_character(city_district: tuple[str, str], char: str, kind: str,
                                                           first: str, last: str) -> None:
    assume(_plain(first) and _plain(last) and first != last)
    city, district = city_district
    site = f"{district[:-1]}{char}{kind}"
    text = f"将{city}{district}{first}社区,{site}(和平街12号),{last}浴馆风险等级调整为中风险区。"
    assert by_level(text) == {("medium", district): [f"{first}社区", f"{site}(和平街12号)", f"{last}浴馆"]}, text


def test_a_place_of_its_own_name_after_the_short_name_loses_it() -> None:
    # (near-miss: after the short name, a name of two characters or more: the district written short)
    text = "将哈尔滨市香坊区安宁社区,香坊金华小区,香坊翠锦广场调整为中风险区。"
    assert by_level(text) == {("medium", "香坊区"): ["安宁社区", "金华小区", "翠锦广场"]}


# ---- a unit closed as the sealed level's unit -------------------------------------------------------------------

def test_a_unit_closed_as_a_sealed_unit_after_its_compound_is_controlled() -> None:
    text = "自11月8日起,将金华家园小区调整为管控区,金华家园2号楼1单元按照封控单元实施封闭管理。"
    assert by_level(text) == {("controlled", None): ["金华家园小区"], ("sealed", None): ["金华家园2号楼1单元"]}


def test_a_building_closed_as_a_sealed_building() -> None:
    text = "自11月8日起,将甘州区翠锦花园小区调整为管控区,翠锦花园5栋按封控楼栋实行封闭管理。"
    assert by_level(text) == {("controlled", "甘州区"): ["翠锦花园小区"], ("sealed", "甘州区"): ["翠锦花园5栋"]}


def test_a_unit_closed_as_a_sealed_unit_in_traditional_characters_with_full_width_digits() -> None:
    text = in_traditional("自11月8日起,将阳光家园小区调整为管控区,阳光家园3号楼2单元参照封控单元实施封闭管理。")
    text = text.translate(HALF_TO_FULL).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert by_level(text) == {("controlled", None): ["阳光家园小区"], ("sealed", None): ["阳光家园3号楼2单元"]}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["家园", "花园", "小区"]), st.integers(1, 30),
       st.integers(1, 6), st.sampled_from(["按照封控单元", "按封控单元", "参照封控单元", "按照封控楼栋"]),
       st.sampled_from(["实施", "实行", "进行"]))
def test_units_closed_as_sealed_units_with_invented_names(name: str, kind: str, building: int, unit: int,
                                                          manner: str, verb: str) -> None:
    assume(_plain(name))
    text = f"将{name}{kind}调整为管控区,{name}{kind}{building}号楼{unit}单元{manner}{verb}封闭管理。"
    assert by_level(text) == {("controlled", None): [f"{name}{kind}"],
                              ("sealed", None): [f"{name}{kind}{building}号楼{unit}单元"]}, text


def test_closures_of_people_and_of_a_case_found_later_are_no_places() -> None:
    # (near-misses: the people of a level's area; a hedge on a case found later, its building unnamed)
    for rule in ("封控区人员按照封控单元实施封闭管理", "如发现阳性感染者,其所在楼栋按照封控楼栋实施封闭管理",
                 "所有单元按照封控单元实施封闭管理"):
        text = f"将金华家园小区调整为管控区,{rule}。"
        assert by_level(text) == {("controlled", None): ["金华家园小区"]}, text
