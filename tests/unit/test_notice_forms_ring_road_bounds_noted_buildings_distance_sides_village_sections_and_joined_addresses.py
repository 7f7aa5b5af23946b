"""Forms of places whose separators join parts of one place or split two: an area's sides after commas with a
ring road sharing the last side ("A路以南,B路以北,C路以东,东一环、D路以北"); a market's numbered building with its
note in brackets, then the next numbers ("A市场2栋(南向门面除外)、3栋、4栋及5栋南向门面"); an area by its sides'
distances from a crossing and a road ("A线与B路交口东300米、B路北200米区域"); a village's sections listed with 、
("A村豆西区、豆东区、中街区"); two roads' runs of house numbers joined by 和 ("A街13、15号和B街42、60号"); and, in a
reworded copy's list lines, a town's village and another joined by 和 ("A镇的B村和C村") and a village then 以及
and an address ("A庄以及B大道113号"). Each form in variants written here (invented places, other districts,
traditional characters, full-width punctuation) and near-misses, and properties over generated names."""

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

name = invented_names(PLAIN_SYLLABLES, 2, 2)


def _fresh(*names: str) -> None:
    assume(not any(n.startswith(p) for n in names for p in (*PROVINCES, *PREFECTURE_CITIES)))
    assume(len(set(names)) == len(names))


# --- an area's sides after commas, a ring road sharing the last side -----------------------------------

def _bounds_notice(district: str, bounds: str) -> str:
    return (f"{district}应对疫情工作指挥部通告\n现将相关事项通告如下:一、将{bounds}划为管控区,"
            "管控区域居民只进不出。二、所有人员非必要不离开本县。")


def test_sides_with_a_ring_road_sharing_the_last_one() -> None:
    bounds = "金华路以南,春晓路以北,翠锦中路以东,东二环、长风路以北"
    assert by_level(_bounds_notice("永泰县", bounds)) == {("controlled", "永泰县"): [bounds]}


def test_ring_road_sharing_the_first_side_full_width() -> None:
    bounds = "西三环、泽兴路以东,胜利路以西,康宁街以南,福瑞街以北"
    text = _bounds_notice("闽清县", bounds).translate(HALF_TO_FULL)
    assert by_level(text) == {("controlled", "闽清县"): [bounds]}


def test_sides_with_a_ring_road_in_traditional_characters() -> None:
    bounds = "鑫汇路以南,君悦路以北,星峰路以东,北一环、秀水路以北"
    text = in_traditional(_bounds_notice("永泰县", bounds))
    assert by_level(text) == {("controlled", "永泰县"): [bounds]}


def test_near_miss_ring_roads_listed_apart_are_places() -> None:
    # (roads listed with 、, no side written after them: places of their own)
    text = _bounds_notice("永泰县", "东二环、长风路")
    assert by_level(text) == {("controlled", "永泰县"): ["东二环", "长风路"]}


@settings(max_examples=20, deadline=None)
@given(name, name, name, name, st.sampled_from(["东一环", "西二环", "南三环"]))
def test_any_sides_with_a_ring_road_are_one_area(a: str, b: str, c: str, d: str, ring: str) -> None:
    _fresh(a, b, c, d)
    bounds = f"{a}路以南,{b}路以北,{c}路以东,{ring}、{d}路以北"
    assert by_level(_bounds_notice("永泰县", bounds)) == {("controlled", "永泰县"): [bounds]}


# --- a numbered building with its note, then the next numbers of the same kind ---------------------------

def _market_notice(district: str, place: str) -> str:
    return (f"关于调整风险区域的通告\n经综合研判,对{district}风险区域范围进行调整,具体如下:\n"
            f"1.划定{district}{place}为中风险区。实行“人不出区、错峰取物”管控措施。\n特此通告。")


def test_market_building_with_its_note_then_more_buildings() -> None:
    place = "金华街道春晓社区长风大市场2栋(南向门面除外)、3栋、4栋及5栋南向门面"
    assert by_level(_market_notice("双清区", place)) == {("medium", "双清区"): [place]}


def test_building_with_its_note_then_one_more_full_width() -> None:
    place = "胜利街道翠锦小区8号楼(底商除外)、9号楼"
    text = _market_notice("大祥区", place).translate(HALF_TO_FULL)
    assert by_level(text) == {("medium", "大祥区"): [place]}


def test_building_with_its_note_in_traditional_characters() -> None:
    place = "康宁街道福瑞社区鑫汇市场6幢(临街门面除外)、7幢"
    text = in_traditional(_market_notice("双清区", place))
    assert by_level(text) == {("medium", "双清区"): [place]}


def test_near_miss_another_kind_after_the_note_is_a_place() -> None:
    # (a compound's building with its note, then another compound: two places)
    text = _market_notice("双清区", "长风小区2栋(南向门面除外)、春晓花园")
    assert by_level(text) == {("medium", "双清区"): ["长风小区2栋(南向门面除外)", "春晓花园"]}


@settings(max_examples=20, deadline=None)
@given(name, st.integers(1, 40), st.sampled_from(["栋", "幢", "号楼"]), st.sampled_from(["南向门面除外", "底商除外"]))
def test_any_noted_building_then_the_next_is_one_place(a: str, n: int, kind: str, note: str) -> None:
    _fresh(a)
    place = f"{a}市场{n}{kind}({note})、{n + 1}{kind}"
    assert by_level(_market_notice("双清区", place)) == {("medium", "双清区"): [place]}


# --- an area by its sides' distances from a crossing and a road ----------------------------------------

def _lift_notice(district: str, place: str) -> str:
    return (f"{district}关于调降部分疫情风险区等级的通告\n有关事宜通告如下:\n"
            f"一、自12月2日零时起,{district}{place}解除高风险区管控措施,恢复常态化疫情防控。")


def test_sides_by_distance_from_a_crossing_and_a_road() -> None:
    place = "王口镇春晓村老国道105线与长风路交口东300米、长风路北200米区域"
    assert by_level(_lift_notice("宁河区", place)) == {("lifted", "宁河区"): [place]}


def test_three_sides_by_distance_full_width() -> None:
    place = "金华镇翠锦村胜利路与康宁路交口西100米、康宁路南50米、胜利路东80米范围"
    text = _lift_notice("宝坻区", place).translate(HALF_TO_FULL)
    assert by_level(text) == {("lifted", "宝坻区"): [place]}


def test_sides_by_distance_in_traditional_characters() -> None:
    place = "福瑞镇鑫汇村星峰路与秀水路交口南200米、秀水路西150米区域"
    text = in_traditional(_lift_notice("宁河区", place))
    assert by_level(text) == {("lifted", "宁河区"): [place]}


def test_near_miss_a_distance_then_a_compound_is_two_places() -> None:
    # (the part after 、 names a compound, no area by a distance: a place of its own)
    text = _lift_notice("宁河区", "王口镇长风路与胜利路交口东300米、春晓小区")
    assert by_level(text) == {("lifted", "宁河区"): ["王口镇长风路与胜利路交口东300米", "春晓小区"]}


@settings(max_examples=20, deadline=None)
@given(name, name, st.sampled_from("东南西北"), st.sampled_from("东南西北"), st.integers(10, 900))
def test_any_sides_by_distance_are_one_area(a: str, b: str, s1: str, s2: str, m: int) -> None:
    _fresh(a, b)
    place = f"{a}路与{b}路交口{s1}{m}米、{b}路{s2}{m + 5}米区域"
    assert by_level(_lift_notice("宁河区", place)) == {("lifted", "宁河区"): [place]}


# --- a village's sections listed with 、; two roads' house numbers joined by 和 ---------------------------

def _high_notice(district: str, places: str) -> str:
    return (f"{district}调整相关地区风险等级通报\n对{district}如下地区进行风险等级调整:\n"
            f"1.自2022年11月16日0时起,将{places}列为高风险区;金华镇除高风险区以外的区域列为低风险区。\n"
            f"{district}疾病预防控制中心\n2022年11月16日")


def _high(text: str, district: str) -> list[str]:
    return by_level(text)[("high", district)]


def test_village_sections_listed_are_one_place() -> None:
    place = "金华镇春晓庄村豆西区、豆东区、中街区、商西区"
    assert _high(_high_notice("怀柔区", place), "怀柔区") == [place]


def test_village_sections_full_width() -> None:
    place = "金华镇长风村东区、西区、南区"
    assert _high(_high_notice("密云区", place).translate(HALF_TO_FULL), "密云区") == [place]


def test_village_sections_in_traditional_characters() -> None:
    place = "金华镇翠锦村前街区、后街区"
    assert _high(in_traditional(_high_notice("怀柔区", place)), "怀柔区") == [place]


def test_near_miss_a_village_then_a_district_or_compound() -> None:
    # (a village, then a compound of its own: two places; a village's section, then a whole district: not hers)
    assert _high(_high_notice("怀柔区", "金华镇长风村、春晓小区"), "怀柔区") == ["金华镇长风村", "春晓小区"]
    text = _high_notice("怀柔区", "金华镇长风村东区、密云区")
    assert "金华镇长风村东区、密云区" not in [p for ps in by_level(text).values() for p in ps]


@settings(max_examples=20, deadline=None)
@given(name, st.lists(st.sampled_from(["东区", "西区", "南区", "北区", "中区", "商东区", "豆西区"]), min_size=2,
                      max_size=4, unique=True))
def test_any_village_sections_are_one_place(a: str, sections: list[str]) -> None:
    _fresh(a)
    place = f"金华镇{a}村" + "、".join(sections)
    assert _high(_high_notice("怀柔区", place), "怀柔区") == [place]


def test_two_roads_house_numbers_joined_by_he() -> None:
    text = _high_notice("怀柔区", "李桥镇长风村东五街13、15、17号和东四街42、60、62号")
    assert _high(text, "怀柔区") == ["李桥镇长风村东五街13、15、17号", "东四街42、60、62号"]


def test_two_roads_house_numbers_joined_by_he_full_width() -> None:
    text = _high_notice("密云区", "金华镇翠锦村中心路2、4号和胜利巷7、9号").translate(HALF_TO_FULL)
    assert _high(text, "密云区") == ["金华镇翠锦村中心路2、4号", "胜利巷7、9号"]


def test_two_roads_house_numbers_in_traditional_characters() -> None:
    text = in_traditional(_high_notice("怀柔区", "金华镇福瑞村西三街1、3号和北二街8、10号"))
    assert _high(text, "怀柔区") == ["金华镇福瑞村西三街1、3号", "北二街8、10号"]


def test_near_miss_numbers_joined_by_he_on_one_road() -> None:
    # (the numbers after 和 have no road of their own: the same road's)
    text = _high_notice("怀柔区", "金华镇长风村东五街13、15号和17号")
    assert _high(text, "怀柔区") == ["金华镇长风村东五街13、15号和17号"]


@settings(max_examples=20, deadline=None)
@given(name, name, st.sampled_from(["街", "路", "巷"]), st.integers(1, 90))
def test_any_two_roads_numbers_are_two_places(a: str, b: str, road: str, n: int) -> None:
    _fresh(a, b)
    left, right = f"金华镇长风村{a}{road}{n}、{n + 2}号", f"{b}{road}{n + 1}、{n + 3}号"
    assert _high(_high_notice("怀柔区", f"{left}和{right}"), "怀柔区") == [left, right]


# --- a reworded copy's list lines: "A镇的B村和C村", "A庄以及B大道113号" ------------------------------------

def _list_notice(city: str, lines: list[str]) -> str:
    items = "\n".join(f"{k}. {line};" for k, line in enumerate(lines, 1))
    return (f"河南{city}5个区域调整为高风险地区\n{city}疫情防控指挥部发布公告,自2022年1月6日起,"
            "我市部分区域的疫情风险等级将进行调整。这一决策是基于对当前疫情防控形势的深入研究。\n"
            f"一、高风险区域的划定\n以下区域被调整为高风险地区:\n{items}\n这些区域的居民需要更加严格地执行防疫措施。")


def test_towns_village_and_another_joined_by_he() -> None:
    text = _list_notice("长葛市", ["金华街道的春晓小区", "胜利镇的长风村和翠锦村"])
    assert by_level(text) == {("high", "长葛市"): ["金华街道的春晓小区", "胜利镇的长风村", "翠锦村"]}


def test_towns_village_and_another_full_width() -> None:
    text = _list_notice("长葛市", ["康宁乡的福瑞村和鑫汇村", "金华街道的春晓小区"]).translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "长葛市"): ["康宁乡的福瑞村", "鑫汇村", "金华街道的春晓小区"]}


def test_village_then_an_address_joined_by_yiji_in_traditional_characters() -> None:
    text = in_traditional(_list_notice("长葛市", ["金华街道的春晓小区、长风庄以及胜利大道113号等地",
                                                "康宁镇的福瑞村和鑫汇村"]))
    assert by_level(text) == {("high", "长葛市"): ["金华街道的春晓小区", "长风庄", "胜利大道113号", "康宁镇的福瑞村",
                                                "鑫汇村"]}


def test_village_then_an_address_joined_by_yiji() -> None:
    text = _list_notice("长葛市", ["翠锦小区以及星峰路8号", "金华街道的春晓小区"])
    assert by_level(text) == {("high", "长葛市"): ["翠锦小区", "星峰路8号", "金华街道的春晓小区"]}


def test_near_miss_villages_meeting_and_surroundings_stay_whole() -> None:
    # (the strip where two villages meet is one place; a village and what lies around it, one place)
    text = _list_notice("长葛市", ["胜利镇的长风村和翠锦村交界处", "春晓庄以及周边"])
    assert by_level(text) == {("high", "长葛市"): ["胜利镇的长风村和翠锦村交界处", "春晓庄以及周边"]}


@settings(max_examples=20, deadline=None)
@given(name, name, name, st.sampled_from(["镇的", "乡的", "镇"]))
def test_any_towns_two_villages_are_two_places(town: str, a: str, b: str, kind: str) -> None:
    _fresh(town, a, b)
    # (a name after 和 starting with 光, 兴, 风…, "和光", "和兴", reads as a word: 和 is no separator there)
    assume(b[0] not in "平谐睦美顺兴悦煦润盛鸣风园苑居家乐畅泰嘉光义安")
    text = _list_notice("长葛市", [f"{town}{kind}{a}村和{b}村", "金华街道的春晓小区"])
    assert by_level(text) == {("high", "长葛市"): [f"{town}{kind}{a}村", f"{b}村", "金华街道的春晓小区"]}
