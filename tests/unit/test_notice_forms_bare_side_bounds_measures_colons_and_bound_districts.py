"""Forms of the sixty-fourth held-out set, part b (notices 1860, 1862), each in variants written here (invented
places, traditional characters, full-width punctuation), with a property over generated names and near-misses:

* an area bounded by roads each written with a bare side, no 以 ("A街南、B路西、C街北、D巷所围区域"), closed by the
  area the last road encloses, a road's both sides ("…C路两侧临街商铺") or the place on the last side ("…D局东侧的
  E酒店及办公楼"): one place, its 、 no separator; two such areas joined by 及 are two places;
* a sentence's level, then the measures after a colon ("划定为高风险区,高风险区域采取:足不出户、上门服务封控措施"):
  the sentence names the places, the colon no list;
* an area bounded on four sides whose first side runs to a district's boundary ("东至A区与B区交界,南至C街,…"): the
  district after 东至 is no district of the place (the notice's own holds).

Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
    no_real_city,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)

# --- an area bounded by roads with bare sides ------------------------------------------------------------------

_SIDES = ("锦峰市疫情防控指挥部公告\n经专家组研判,决定将金华大街南、翠湖街北、春晓路两侧临街商铺及金华大街南、"
          "春晓路西、翠湖街北、兴业东巷所围区域,丽泽综合楼由中风险区升级为高风险区。将长风街北、胜利大道西、"
          "税务局东侧的星峰酒店及办公楼,春晓路东、汇君诊所西、翠湖街两侧商铺,迎宾路东瑞福活动中心所在区域划定为"
          "高风险区,高风险区域采取:足不出户、上门服务封控措施。\n")
_SIDES_READ = {"high": ["金华大街南、翠湖街北、春晓路两侧临街商铺",
                        "金华大街南、春晓路西、翠湖街北、兴业东巷所围区域", "丽泽综合楼",
                        "长风街北、胜利大道西、税务局东侧的星峰酒店及办公楼",
                        "春晓路东、汇君诊所西、翠湖街两侧商铺", "迎宾路东瑞福活动中心所在区域"]}


def test_areas_bounded_by_bare_sides_are_one_place_each() -> None:
    assert levels_of(_SIDES) == _SIDES_READ


def test_bare_sides_in_traditional_and_full_width() -> None:
    assert levels_of(in_traditional(_SIDES)) == _SIDES_READ
    assert levels_of(_SIDES.translate(HALF_TO_FULL)) == _SIDES_READ


def test_bare_sides_listed_under_a_label_with_a_semicolon() -> None:
    text = ("高风险区:\n光明路南、康宁街北、建设巷所围合区域;兴盛路东、福瑞街西、丽泽大道两侧沿街门店。\n"
            "高风险区实行“足不出户、上门服务”。")
    assert levels_of(text) == {"high": ["光明路南、康宁街北、建设巷所围合区域",
                                        "兴盛路东、福瑞街西、丽泽大道两侧沿街门店"]}


def test_a_place_on_the_last_side_with_its_side_word() -> None:
    text = "将锦绣路北侧、长风街西侧、邮政局南侧的春晓宾馆划定为中风险区。"
    assert levels_of(text) == {"medium": ["锦绣路北侧、长风街西侧、邮政局南侧的春晓宾馆"]}


@settings(max_examples=30, deadline=None)
@given(name, name, name, name, st.sampled_from(["所围区域", "所围合区域", "合围区域"]),
       st.sampled_from(["两侧商铺", "两侧临街商铺"]), st.sampled_from([("南", "北"), ("东", "西"), ("北", "西")]))
def test_any_bare_side_areas_joined_by_ji(a: str, b: str, c: str, d: str, enclosed: str, sides: str,
                                          dirs: tuple[str, str]) -> None:
    assume(no_real_city(a, b, c, d) and len({a, b, c, d}) == 4)
    first = f"{a}大街{dirs[0]}、{b}街{dirs[1]}、{c}路{sides}"
    second = f"{a}大街{dirs[0]}、{c}路{dirs[1]}、{d}巷{enclosed}"
    text = f"决定将{first}及{second},{d}综合楼划定为高风险区。"
    assert levels_of(text) == {"high": [first, second, f"{d}综合楼"]}, text


def test_near_misses_stay_as_they_were() -> None:
    # (no road with a side first: compounds and a road's shops, three places)
    assert levels_of("将春晓小区、翠锦花园、建设路两侧商铺划定为高风险区。") == {
        "high": ["春晓小区", "翠锦花园", "建设路两侧商铺"]}
    # (a road with a side, then two places of their own, no closing area: nothing run together across 及; two
    # housing compounds joined by 及 are two places, as the corpus reads them, 768 and 2013)
    assert levels_of("将春晓小区及翠锦花园、丽泽大厦划定为高风险区。") == {"high": ["春晓小区", "翠锦花园", "丽泽大厦"]}
    # (bounds with 以 are read as before)
    assert levels_of("将金华路以南、翠湖街以北、春晓路以西、兴业巷以东区域划定为中风险区。") == {
        "medium": ["金华路以南、翠湖街以北、春晓路以西、兴业巷以东区域"]}


# --- the measures after a colon, after the sentence's level --------------------------------------------------------

def test_measures_after_a_colon_follow_the_sentence() -> None:
    text = "经研究决定,将春晓小区、翠锦花园划定为高风险区,高风险区域采取:足不出户、上门服务封控措施。"
    assert levels_of(text) == {"high": ["春晓小区", "翠锦花园"]}


def test_measures_after_a_colon_in_traditional_and_full_width() -> None:
    text = "经研究决定,将丽泽家园、星峰花园划定为中风险区,中风险区域采取:人不出区、错峰取物。"
    assert levels_of(in_traditional(text)) == {"medium": ["丽泽家园", "星峰花园"]}
    assert levels_of(text.translate(HALF_TO_FULL)) == {"medium": ["丽泽家园", "星峰花园"]}


def test_a_label_of_measures_taken_still_heads_its_list() -> None:
    # (a level's label over its places, not a verb before the colon)
    text = "高风险区:\n春晓小区、翠锦花园。\n高风险区实行“足不出户、上门服务”。"
    assert levels_of(text) == {"high": ["春晓小区", "翠锦花园"]}


# --- a first side that runs to a district's boundary ----------------------------------------------------------------

def test_a_side_to_a_district_boundary_names_no_district() -> None:
    text = ("关于小店区新增中风险区域的通告\n根据工作需要,小店区新增中风险区域1个,从即日起实行分类管理。具体如下:\n"
            "中风险区:东至小店区与晋源区交界,南至春晓南街,西至翠湖路,北至丽泽巷星峰小区北界。\n")
    assert by_level(text) == {("medium", "小店区"): [
        "东至小店区与晋源区交界,南至春晓南街,西至翠湖路,北至丽泽巷星峰小区北界"]}


def test_a_side_to_a_district_boundary_in_traditional_and_full_width() -> None:
    text = ("关于雁塔区新增中风险区域的通告\n根据工作需要,雁塔区新增中风险区域1个,从即日起实行分类管理。具体如下:\n"
            "中风险区:南至雁塔区与长安区交界,东至锦绣路,西至胜利街,北至康宁巷北界。\n")
    read = {("medium", "雁塔区"): ["南至雁塔区与长安区交界,东至锦绣路,西至胜利街,北至康宁巷北界"]}
    assert by_level(in_traditional(text)) == read
    assert by_level(text.translate(HALF_TO_FULL)) == read


@settings(max_examples=30, deadline=None)
@given(name, name, name, st.sampled_from(["东至", "南至", "西至", "北至"]))
def test_any_side_to_a_district_boundary(a: str, b: str, c: str, side: str) -> None:
    assume(no_real_city(a, b, c))
    others = [s for s in ("东至", "南至", "西至", "北至") if s != side]
    area = f"{side}{a}区与小店区交界,{others[0]}{b}南街,{others[1]}{c}路,{others[2]}{b}巷{c}小区北界"
    text = (f"关于小店区新增中风险区域的通告\n根据工作需要,小店区新增中风险区域1个,从即日起实行分类管理。具体如下:\n"
            f"中风险区:{area}。\n")
    assert by_level(text) == {("medium", "小店区"): [area]}, text


def test_a_county_named_dongzhi_is_still_a_district() -> None:
    # (东至县 is a county's name, no side)
    assert by_level("将东至县尧渡镇春晓村划定为中风险区。") == {("medium", "东至县"): ["尧渡镇春晓村"]}
