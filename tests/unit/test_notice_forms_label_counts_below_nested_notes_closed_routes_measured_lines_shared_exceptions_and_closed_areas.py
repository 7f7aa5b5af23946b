"""Forms of the sixty-second held-out set's last misses, each in variants written here (invented places, the wording
of forms real notices use):

1. a district's counted label alone on its line ("(二)西湖区(1个):", as a copy that spaces its colons has it once the
   spaces are read as line breaks), its one line of places below: the count holds there as on the label's own line
   ("A大道与铁路、B围墙外围合围的C社区区域" one place, 贵阳 autumn 2022);
2. a bounded area whose note holds brackets of its own ("…以北合围区域(原A社区B新村(北区)、C小区并入)"), and the
   city with its 市 written before a bounded area ("扬州市A河以西、B路以南…合围区域", 扬州 summer 2021): one area, the
   city no part of it;
3. a closed route written with commas ("A街向东至B路,C门处拐D路,在E楼拐F路,至D路向南沿着G至A街", 深圳 early 2022):
   one area;
4. a level's label alone on its line, then its places and, after a last comma, their quoted measures ("封控区:" over
   "A村5、6栋,实行“区域封闭,足不出户”。"); a copy that spaces its punctuation (" , ", " 。") reads the same;
5. communities (villages) joined by 和 under one exception ("A社区和B社区(除封控区、管控区外区域)"): one place;
6. a bounded area whose last side is closed by a landmark or roads with the area's word ("…、D城合围区域"), then 、 and
   a place of its own: two places, the area whole.
"""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
    no_real_city,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


def _full_width(text: str) -> str:
    return text.translate(str.maketrans({":": "：", "(": "（", ")": "）", ",": "，", ";": "；"}))


# --- 1. a counted label alone on its line: its count holds over its one line of places below

_GUIDE = ("关于调整中高风险区的通告\n根据疫情防控需要,经专家研判,自10月1日0时起,将中高风险区调整如下:\n"
          "一、中风险区调整为低风险区(共3个)\n(一)城关区(2个):\n翠锦苑3栋,金华小区。\n(二)西湖区(1个):\n")
_BOUNDED = "长风大道与铁路、学院围墙外围合围的康宁社区区域(除高风险区外)"


def test_a_label_alone_counts_its_one_line_below() -> None:
    assert by_level(_GUIDE + _BOUNDED + "。\n") == {("low", "城关区"): ["翠锦苑3栋", "金华小区"],
                                                    ("low", "西湖区"): [_BOUNDED]}


def test_a_label_alone_in_traditional_characters() -> None:
    assert by_level(in_traditional(_GUIDE + _BOUNDED + "。\n"))[("low", "西湖区")] == [_BOUNDED]


def test_a_label_alone_with_full_width_punctuation() -> None:
    assert by_level(_full_width(_GUIDE + _BOUNDED + "。\n"))[("low", "西湖区")] == [_BOUNDED]


def test_spaces_after_the_colons_of_a_run_on_copy_change_nothing() -> None:
    # (a copy stored on one line: its spaces are read as line breaks, and the space after a colon puts the label on a
    # line of its own)
    lines = (_GUIDE + _BOUNDED + "。\n(三)南湖区(1个):\n春晓路1号。\n二、其他区域风险等级不变。\n").strip().split("\n")
    one_line = " ".join(lines)
    spaced = one_line.replace(":", ": ").replace("0时起, ", "0时起,")
    assert by_level(spaced) == by_level(one_line)
    assert by_level(spaced)[("low", "西湖区")] == [_BOUNDED]


@settings(max_examples=25, deadline=None)
@given(name, name, name, st.sampled_from(["大道", "路", "街"]), st.sampled_from(["合围", "围合"]))
def test_any_bounded_area_under_a_label_of_one(road: str, wall: str, community: str, kind: str,
                                               enclosed: str) -> None:
    assume(no_real_city(road, wall, community) and len({road, wall, community}) == 3)
    area = f"{road}{kind}与铁路、{wall}围墙外围{enclosed}的{community}社区区域"
    assert by_level(_GUIDE + area + "。\n")[("low", "西湖区")] == [area]


def test_a_label_alone_near_misses() -> None:
    # a count of two over the line below: its 、 separates the two places it counts
    two = _GUIDE.replace("(共3个)", "(共4个)").replace("西湖区(1个)", "西湖区(2个)") + "康宁小区、福瑞花园。\n"
    assert by_level(two)[("low", "西湖区")] == ["康宁小区", "福瑞花园"]
    # a label over two lines: the count is of both lines, no one line is read by it
    lines = _GUIDE.replace("(共3个)", "(共4个)").replace("西湖区(1个)", "西湖区(2个)") + "康宁小区。\n福瑞花园。\n"
    assert by_level(lines)[("low", "西湖区")] == ["康宁小区", "福瑞花园"]
    assert by_level(_GUIDE + _BOUNDED + "。\n")[("low", "西湖区")] == [_BOUNDED]


# --- 2. a bounded area's note with brackets of its own; the city with 市 before a bounded area

_YZ = "根据工作需要,对扬州市部分区域疫情风险等级进行调整:\n一、下列地区调整为高风险地区 :\n"
_AREA = "春晓河以西、金华路以南、长风中路以东、翠锦路和康宁路以北合围区域"
_NOTE = "(原中风险地区城关区福瑞社区星峰新村(北区)、锦绣小区并入)"


def test_a_bounded_area_with_a_nested_note_after_the_city() -> None:
    text = _YZ + f"1、扬州市{_AREA}{_NOTE};\n"
    assert levels_of(text) == {"high": [_AREA + _NOTE]}


def test_a_nested_note_in_traditional_characters_and_full_width() -> None:
    assert levels_of(in_traditional(_YZ + f"1、扬州市{_AREA}{_NOTE};\n")) == {"high": [_AREA + _NOTE]}
    assert levels_of(_full_width(_YZ + f"1、{_AREA}{_NOTE};\n2、扬州市春晓镇瑞星村;\n")) == {
        "high": [_AREA + _NOTE, "春晓镇瑞星村"]}


def test_a_nested_note_among_other_items() -> None:
    text = _YZ + f"1、扬州市{_AREA}{_NOTE};\n2、扬州市春晓河以东、康宁路以北合围区域。\n"
    assert levels_of(text) == {"high": [_AREA + _NOTE, "春晓河以东、康宁路以北合围区域"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=4, max_size=4, unique=True), name, name)
def test_any_bounded_area_with_a_nested_note(roads: list[str], village: str, estate: str) -> None:
    assume(no_real_city(*roads, village, estate))
    area = f"{roads[0]}河以西、{roads[1]}路以南、{roads[2]}路以东、{roads[3]}路以北合围区域"
    note = f"(原中风险地区{village}社区{estate}新村(北区)并入)"
    assert levels_of(_YZ + f"1、扬州市{area}{note};\n") == {"high": [area + note]}


def test_a_city_before_a_bounded_area_near_misses() -> None:
    # a market or a road named after the city keeps the name: "扬州市场以西…", no city before the area
    text = _YZ + f"1、扬州市场以西、金华路以南合围区域;\n2、扬州市{_AREA}{_NOTE};\n"
    assert levels_of(text) == {"high": ["扬州市场以西、金华路以南合围区域", _AREA + _NOTE]}
    # a town after the city: as before, the city goes, the town stays
    assert levels_of(_YZ + "1、扬州市春晓镇瑞星村;\n2、扬州市" + _AREA + _NOTE + ";\n") == {
        "high": ["春晓镇瑞星村", _AREA + _NOTE]}


# --- 3. a closed route written with commas: one area

_FT = ("福田区疫情防控指挥部办公室通告\n根据疫情防控工作需要,自2月16日起,福田区划定封控区、管控区和防范区。具体为:\n")
_ROUTE = "金华街向东至翠锦东路,春晓半岛北门处拐星峰一路,在锦绣大厦拐康宁二路,至星峰一路向南沿着瑞福花园至金华街"


def test_a_closed_route_with_commas_is_one_area() -> None:
    text = _FT + f"管控区:{_ROUTE};长风广场;秀峰花园1-2期。\n"
    assert levels_of(text) == {"controlled": [_ROUTE, "长风广场", "秀峰花园1-2期"]}


def test_a_closed_route_in_traditional_and_full_width() -> None:
    assert levels_of(in_traditional(_FT + f"管控区:{_ROUTE};长风广场。\n")) == {"controlled": [_ROUTE, "长风广场"]}
    assert levels_of(_full_width(_FT + f"管控区:{_ROUTE};长风广场。\n")) == {"controlled": [_ROUTE, "长风广场"]}


def test_a_closed_route_run_along_a_road_first() -> None:
    route = "金华街沿着翠锦东路至春晓桥,拐星峰一路至康宁二路,经瑞福花园至金华街"
    assert levels_of(_FT + f"封控区:{route}。\n") == {"sealed": [route]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=4, max_size=4, unique=True), st.sampled_from(["东", "南", "西", "北"]),
       st.sampled_from(["街", "路", "大道"]))
def test_any_closed_route(names: list[str], direction: str, kind: str) -> None:
    assume(no_real_city(*names))
    start = names[0] + kind
    route = (f"{start}向{direction}至{names[1]}路,{names[2]}门处拐{names[3]}路,至{names[3]}路向南沿着{names[1]}花园"
             f"至{start}")
    assert levels_of(_FT + f"管控区:{route};长风广场。\n") == {"controlled": [route, "长风广场"]}


def test_a_route_near_misses() -> None:
    # a route that does not return to its start is no closed area: its legs stay as written, split at the commas
    text = _FT + "管控区:金华街向东至翠锦东路,春晓半岛北门处拐星峰一路;长风广场。\n"
    assert levels_of(text) == {"controlled": ["金华街向东至翠锦东路", "春晓半岛北门处拐星峰一路", "长风广场"]}
    # places after commas that name no leg are places of their own
    assert levels_of(_FT + "管控区:长风广场,秀峰花园,瑞福小区。\n") == {
        "controlled": ["长风广场", "秀峰花园", "瑞福小区"]}
    assert levels_of(_FT + f"管控区:{_ROUTE}。\n") == {"controlled": [_ROUTE]}


# --- 4. a level's label alone, then its places and their quoted measures after a last comma

_ZONES = ("封控区:\n金华村一坊5、6、9栋,实行“区域封闭,足不出户,上门服务”。\n"
          "管控区:\n长风广场;秀峰花园1-2期,上述2个区域实行“人不出区、严禁聚集”。\n")


def test_places_then_measures_under_a_label_alone() -> None:
    assert levels_of(_FT + _ZONES) == {"sealed": ["金华村一坊5、6、9栋"], "controlled": ["长风广场", "秀峰花园1-2期"]}


def test_places_then_measures_in_traditional_and_full_width() -> None:
    expected = {"sealed": ["金华村一坊5、6、9栋"], "controlled": ["长风广场", "秀峰花园1-2期"]}
    assert levels_of(in_traditional(_FT + _ZONES)) == expected
    assert levels_of(_full_width(_FT + _ZONES)) == expected


def test_a_copy_that_spaces_its_punctuation() -> None:
    # (a report run into one line, a space before and after each comma and before each stop)
    text = ("2月17日凌晨 , 《福田区疫情防控指挥部办公室通告(第1号)》发布 。 通告称 , 根据疫情防控工作需要 , "
            "自2月16日起 , 福田区在金华街道划定封控区、管控区 。 具体为: 封控区: 金华村一坊5、6栋 , 实行“区域封闭 , "
            "足不出户” 。管控区: " + _ROUTE.replace(",", " , ") + ";长风广场 , 上述2个区域实行“人不出区” 。"
            "以上措施自2022年2月16日24时起执行 。")
    assert by_level(text) == {("sealed", "福田区"): ["金华村一坊5、6栋"],
                              ("controlled", "福田区"): [_ROUTE, "长风广场"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=3, unique=True), st.sampled_from(["小区", "花园", "苑"]),
       st.sampled_from(["实行“足不出户、上门服务”", "实施“区域封闭”等管控措施", "严格实行“人不出区”"]))
def test_any_places_then_measures(names: list[str], kind: str, measures: str) -> None:
    assume(no_real_city(*names))
    places = [f"{n}{kind}3栋" for n in names]
    text = _FT + f"封控区:\n{'、'.join(places)},{measures}。\n"
    assert levels_of(text) == {"sealed": places}


def test_places_then_measures_near_misses() -> None:
    # measures of the people ("居民…"), no quoted words: the line is a rule, no list
    text = _FT + "封控区:\n金华小区3栋。\n管控区:\n居民群众,实行居家健康监测。\n"
    assert levels_of(text) == {"sealed": ["金华小区3栋"]}
    # the measures written inside the label's own line are read as before
    assert levels_of(_FT + "封控区:金华村一坊5、6栋,实行“区域封闭”。\n") == {"sealed": ["金华村一坊5、6栋"]}
    assert levels_of(_FT + _ZONES)["sealed"] == ["金华村一坊5、6、9栋"]


# --- 5. communities (villages) joined by 和 under one exception: the rest of them all, one place


def test_two_communities_under_one_exception() -> None:
    place = "金华社区和春晓社区(除封控区、管控区外区域)"
    assert levels_of(_FT + f"防范区:\n{place},实行“强化社会面管理,严格限制人员聚集”。\n") == {"precaution": [place]}
    assert levels_of(_FT + f"防范区:{place}。\n") == {"precaution": [place]}


def test_communities_under_one_exception_traditional_full_width_and_a_list() -> None:
    place = "金华社区和春晓社区(除封控区外)"
    assert levels_of(in_traditional(_FT + f"防范区:{place}。\n")) == {"precaution": [place]}
    assert levels_of(_full_width(_FT + f"防范区:{place}。\n")) == {"precaution": [place]}
    three = "金华社区、翠锦社区和春晓社区(除封控区外)"
    assert levels_of(_FT + f"防范区:{three}。\n") == {"precaution": [three]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from(["社区", "村"]), st.sampled_from(["(除封控区外)", "(除封控区、管控区以外区域)",
                                                                    "(封控区、管控区除外)"]))
def test_any_units_under_one_exception(a: str, b: str, kind: str, exception: str) -> None:
    assume(no_real_city(a, b) and a != b)
    place = f"{a}{kind}和{b}{kind}{exception}"
    assert levels_of(_FT + f"防范区:{place}。\n") == {"precaution": [place]}


def test_units_under_one_exception_near_misses() -> None:
    # without the exception the two are places of their own
    assert levels_of(_FT + "防范区:金华社区和春晓社区。\n") == {"precaution": ["金华社区", "春晓社区"]}
    # a compound's exception of its own building is its own
    assert levels_of(_FT + "防范区:金华小区和春晓社区(除3栋外)。\n") == {
        "precaution": ["金华小区", "春晓社区(除3栋外)"]}
    assert levels_of(_FT + "防范区:金华社区和春晓社区(除封控区外)。\n") == {
        "precaution": ["金华社区和春晓社区(除封控区外)"]}


# --- 6. a bounded area closed by a landmark (roads) with its word, then 、 and another place

_AREA_CLOSED = "金华路以东、春晓路以南、翠锦路以北、长风城合围区域"


def test_an_area_closed_by_a_landmark_then_a_place() -> None:
    assert levels_of(_FT + f"封控区:\n{_AREA_CLOSED}、瑞福小区。\n") == {"sealed": [_AREA_CLOSED, "瑞福小区"]}


def test_an_area_closed_by_roads_then_a_place_in_traditional_and_full_width() -> None:
    area = "金华路以东、春晓路以南、翠锦路以北、星峰路和康宁路围合区域"
    assert levels_of(in_traditional(_FT + f"封控区:\n{area}、瑞福村。\n")) == {"sealed": [area, "瑞福村"]}
    assert levels_of(_full_width(_FT + f"封控区:\n{area}、瑞福村。\n")) == {"sealed": [area, "瑞福村"]}


def test_an_area_closed_by_a_landmark_in_numbered_items() -> None:
    text = _FT + f"封控区:\n1.{_AREA_CLOSED}、瑞福小区3栋;\n2.星峰花园。\n"
    assert levels_of(text) == {"sealed": [_AREA_CLOSED, "瑞福小区3栋", "星峰花园"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=5, max_size=5, unique=True), st.sampled_from(["城", "花园", "路"]),
       st.sampled_from(["合围区域", "围合区域", "合围范围"]), st.sampled_from(["小区", "村", "花园3栋"]))
def test_any_area_closed_by_a_landmark_then_a_place(names: list[str], landmark: str, word: str, kind: str) -> None:
    assume(no_real_city(*names))
    area = f"{names[0]}路以东、{names[1]}路以南、{names[2]}路以北、{names[3]}{landmark}{word}"
    assert levels_of(_FT + f"封控区:\n{area}、{names[4]}{kind}。\n") == {"sealed": [area, names[4] + kind]}


def test_an_area_closed_by_a_landmark_near_misses() -> None:
    # the area alone, and the area after a place, read as before
    assert levels_of(_FT + f"封控区:\n{_AREA_CLOSED}。\n") == {"sealed": [_AREA_CLOSED]}
    # a bound after the area's word is the next area's
    second = "瑞福路以东、星峰路以南合围区域"
    assert levels_of(_FT + f"封控区:\n{_AREA_CLOSED}、{second}。\n") == {"sealed": [_AREA_CLOSED, second]}
