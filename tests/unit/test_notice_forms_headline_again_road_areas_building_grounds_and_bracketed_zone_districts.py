"""Forms of held-out notices (兰州, 乌鲁木齐, 成都) the parser missed, each in variants written here with invented
places: a copy's headline written again at the head of the first paragraph, a space after it ("A县新增3个高风险区
A县…发布通告:…将B、C划分为高风险区"); roads listed with 、 and the one area they lie in drawn by its bounds
("A一马路、二马路、三马路所在地(东到…)"); a building and the grounds around it listed after 及周边 ("7、8号楼及周边
篮球场、羽毛球场、门球场"); a development zone with the district it is run as in brackets before its street
("高新区(新市区)A街道B社区"); a zone by its kind alone in a list written by districts ("高新区 A小区" / "B小区"). And
ordinary wording near each rule, which must not change."""

from __future__ import annotations

import pytest
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

_FULL = {**{ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789"},
         **{k: v for k, v in HALF_TO_FULL.items()}}

# 1. "A县新增3个高风险区 1个中风险区\n\nA县新增3个高风险区 1个中风险区 A县…发布通告:…": the headline (the text's first
# line) written again in front of the first paragraph with a space; the paragraph's sentence is read as without it
_HEADLINE_AGAIN = [
    ("春晓县新增2个高风险区 1个中风险区\n\n春晓县新增2个高风险区 1个中风险区 春晓县疫情防控指挥部发布通告:经专家研判,"
     "自即日起,将长风街道金华小区、翠锦花园等2个地区划分为高风险区。\n将星峰村划分为中风险区。",
     {"high": ["长风街道金华小区", "翠锦花园"], "medium": ["星峰村"]}),
    ("福瑞区新增3个高风险区\n福瑞区新增3个高风险区 福瑞区新冠肺炎疫情防控指挥部公布通知:依据有关规定,经综合评估,"
     "将锦绣路12号家属楼、阳光小区、康宁村划分为高风险区。",
     {"high": ["锦绣路12号家属楼", "阳光小区", "康宁村"]}),
    ("最新!胜利县调整1个中风险区\n\n胜利县调整1个中风险区\n\n最新!胜利县调整1个中风险区 "
     "胜利县疫情防控工作指挥部发布通告:经研判,将兴盛社区汇君苑由中风险区降为低风险区。",
     {"low": ["兴盛社区汇君苑"]}),
]

# 2. "A街道B一马路、二马路、三马路所在地(东到…、北到…)": roads listed with 、 and the area they lie in, drawn by its
# bounds in brackets: one place
_ROADS_AREA = [
    ("将长风街道金华一马路、二马路、三马路所在地(东到翠锦小区、西到春晓路、南到星峰路、北到金华一马路)、福瑞村"
     "划分为中风险区。",
     {"medium": ["长风街道金华一马路、二马路、三马路所在地(东到翠锦小区、西到春晓路、南到星峰路、北到金华一马路)",
                 "福瑞村"]}),
    ("将锦绣路、康宁街所在区域(东至阳光大道,西至兴盛路,南至汇君河,北至胜利街)划定为高风险区。",
     {"high": ["锦绣路、康宁街所在区域(东至阳光大道,西至兴盛路,南至汇君河,北至胜利街)"]}),
    ("一、管控区\n1.星峰街、秀峰巷、福瑞大道所在片区(东起金华路、西到春晓路);\n2.翠锦小区。\n",
     {"controlled": ["星峰街、秀峰巷、福瑞大道所在片区(东起金华路、西到春晓路)", "翠锦小区"]}),
]

# 3. "A小区7、8号楼及周边篮球场、羽毛球场、门球场、B会": a building and the grounds and rooms around it, listed to the
# end of the item: one place
_GROUNDS = [
    ("一、管控区\n1.长风街道翠锦社区星峰小区7、8号楼及周边篮球场、羽毛球场、门球场、老年活动室;\n2.福瑞村。\n",
     {"controlled": ["长风街道翠锦社区星峰小区7、8号楼及周边篮球场、羽毛球场、门球场、老年活动室", "福瑞村"]}),
    ("一、管控区\n1.金华小区3栋及周边健身场、乒乓球场、退管会;\n2.春晓花园。\n",
     {"controlled": ["金华小区3栋及周边健身场、乒乓球场、退管会", "春晓花园"]}),
    ("一、封控区\n1.阳光家园12号楼及其周边停车场、快递站;\n二、管控区\n1.康宁村。\n",
     {"sealed": ["阳光家园12号楼及其周边停车场、快递站"], "controlled": ["康宁村"]}),
]

# 4. "高新区(新市区)A街道B社区C楼": a development zone with its district in brackets before its street or town is
# the place's district, as written
_ZONE_DISTRICT = [
    ("一、封控区\n1.高新区(新市区)长风街道翠锦社区星峰小区2号楼;\n2.水磨沟区春晓街道福瑞社区金华小区1号楼。\n",
     {("sealed", "高新区(新市区)"): ["长风街道翠锦社区星峰小区2号楼"],
      ("sealed", "水磨沟区"): ["春晓街道福瑞社区金华小区1号楼"]}),
    ("一、管控区\n1.经开区(龙湾区)星峰镇翠锦村;\n2.鹿城区长风街道阳光小区。\n",
     {("controlled", "经开区(龙湾区)"): ["星峰镇翠锦村"], ("controlled", "鹿城区"): ["长风街道阳光小区"]}),
    ("一、防范区\n1.天山区胜利路街道兴盛社区;\n2.经济技术开发区(头屯河区)春晓街道康宁社区。\n",
     {("precaution", "天山区"): ["胜利路街道兴盛社区"],
      ("precaution", "经济技术开发区(头屯河区)"): ["春晓街道康宁社区"]}),
]

# 5. "高新区 A小区" / "B小区" / "锦江区 C小区": in a list written by districts a zone by its kind alone is one of the
# districts and holds for the unheaded line after it
_ZONE_IN_DISTRICT_LIST = [
    ("中风险地区共4个,分别为:\n金牛区 翠锦小区\n高新区 星峰花园\n春晓公寓\n锦江区 福瑞家园\n",
     {("medium", "金牛区"): ["翠锦小区"], ("medium", "高新区"): ["星峰花园", "春晓公寓"],
      ("medium", "锦江区"): ["福瑞家园"]}),
    ("高风险地区共4个,分别为:\n鹿城区 金华小区\n龙湾区 长风花园\n经开区 阳光公寓\n康宁家园\n",
     {("high", "鹿城区"): ["金华小区"], ("high", "龙湾区"): ["长风花园"],
      ("high", "经开区"): ["阳光公寓", "康宁家园"]}),
    ("中风险地区共4个,分别为:\n天山区 胜利小区\n高新区 兴盛苑\n汇君公寓\n沙依巴克区 秀峰家园\n",
     {("medium", "天山区"): ["胜利小区"], ("medium", "高新区"): ["兴盛苑", "汇君公寓"],
      ("medium", "沙依巴克区"): ["秀峰家园"]}),
]

_ALL_LEVELS = _HEADLINE_AGAIN + _ROADS_AREA + _GROUNDS
_ALL_DISTRICTS = _ZONE_DISTRICT + _ZONE_IN_DISTRICT_LIST


@pytest.mark.parametrize(("text", "expected"), _ALL_LEVELS)
def test_form_is_read(text: str, expected: dict[str, list[str]]) -> None:
    assert levels_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), _ALL_LEVELS)
def test_form_is_read_in_traditional_characters(text: str, expected: dict[str, list[str]]) -> None:
    assert levels_of(in_traditional(text)) == expected


@pytest.mark.parametrize(("text", "expected"), _ALL_LEVELS)
def test_form_is_read_with_full_width_punctuation_and_digits(text: str, expected: dict[str, list[str]]) -> None:
    assert levels_of(text.translate(_FULL)) == expected


@pytest.mark.parametrize(("text", "expected"), _ALL_DISTRICTS)
def test_form_is_read_with_its_districts(text: str, expected: dict[tuple[str, str], list[str]]) -> None:
    assert by_level(text) == expected


@pytest.mark.parametrize(("text", "expected"), _ALL_DISTRICTS)
def test_form_is_read_with_its_districts_in_traditional_characters(
        text: str, expected: dict[tuple[str, str], list[str]]) -> None:
    assert by_level(in_traditional(text)) == expected


@pytest.mark.parametrize(("text", "expected"), _ALL_DISTRICTS)
def test_form_is_read_with_its_districts_with_full_width_punctuation_and_digits(
        text: str, expected: dict[tuple[str, str], list[str]]) -> None:
    assert by_level(text.translate(_FULL)) == expected


# ---- ordinary wording near the new rules, read as before ----------------------------------------------------

_ORDINARY = [
    # the headline restated as a line of its own (no space and text after it), or the paragraph opening with other
    # words: as before
    ("春晓县新增2个高风险区\n春晓县新增2个高风险区\n春晓县疫情防控指挥部发布通告:经专家研判,将长风街道金华小区、翠锦花园"
     "划分为高风险区。", {"high": ["长风街道金华小区", "翠锦花园"]}),
    ("关于划定风险区的通告\n经专家研判,将长风街道金华小区、翠锦花园划分为高风险区。",
     {"high": ["长风街道金华小区", "翠锦花园"]}),
    # roads without the area's word and its bounds: each its own place
    ("将金华路、春晓路、福瑞村划分为中风险区。", {"medium": ["金华路", "春晓路", "福瑞村"]}),
    ("将金华路、春晓路所在地(含辅路)、福瑞村划分为中风险区。",
     {"medium": ["金华路", "春晓路所在地(含辅路)", "福瑞村"]}),
    ("将金华路、春晓路(东至翠锦路)、福瑞村划分为中风险区。", {"medium": ["金华路", "春晓路(东至翠锦路)", "福瑞村"]}),
    # 及周边 before a place of its own (a compound, a road): the list splits as before
    ("一、管控区\n1.长风街道翠锦社区星峰小区3号楼及周边商铺、春晓小区;\n2.福瑞村。\n",
     {"controlled": ["长风街道翠锦社区星峰小区3号楼及周边商铺", "春晓小区", "福瑞村"]}),
    ("一、管控区\n1.金华小区5号楼及周边篮球场、长风路12号;\n2.福瑞村。\n",
     {"controlled": ["金华小区5号楼及周边篮球场", "长风路12号", "福瑞村"]}),
    # a zone with a bracket that names no district: no district
    ("一、封控区\n1.经开区(一期)长风街道翠锦社区星峰小区2号楼;\n2.福瑞村。\n",
     {"sealed": ["经开区(一期)长风街道翠锦社区星峰小区2号楼", "福瑞村"]}),
]

_ORDINARY_DISTRICTS = [
    # a county's notice listing its own zone by its kind before one place: the zone holds for no place after it
    ("金牛区关于划定风险区的通告\n将以下区域划定为中风险区:\n1.经济开发区翠锦小区;\n2.星峰大厦。\n",
     {("medium", "金牛区"): ["星峰大厦", "经济开发区翠锦小区"]}),
    # a zone with its district in brackets written alone: a whole district, the place itself
    ("将经济技术开发区(头屯河区)调整为低风险区。",
     {("low", "经济技术开发区(头屯河区)"): ["经济技术开发区(头屯河区)"]}),
]


@pytest.mark.parametrize(("text", "expected"), _ORDINARY)
def test_ordinary_wording_near_the_rules_is_read_as_before(text: str, expected: dict[str, list[str]]) -> None:
    assert levels_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), _ORDINARY_DISTRICTS)
def test_ordinary_wording_near_the_rules_keeps_its_districts(
        text: str, expected: dict[tuple[str, str], list[str]]) -> None:
    assert by_level(text) == expected


# ---- properties over invented names ---------------------------------------------------------------------------

_NAMES = invented_names(PLAIN_SYLLABLES)


def _not_a_division(*names: str) -> None:
    for name in names:
        assume(name not in PREFECTURE_CITIES and not name.startswith(PROVINCES)
               and not any(name.startswith(city) for city in PREFECTURE_CITIES))


@settings(max_examples=40, deadline=None)
@given(_NAMES, st.sampled_from(["县", "区", "旗"]), st.lists(_NAMES, min_size=1, max_size=3, unique=True),
       st.sampled_from(["小区", "花园", "公寓"]), st.integers(1, 9))
def test_a_headline_written_again_before_the_paragraph_is_no_part_of_it(county: str, kind: str, names: list[str],
                                                                       unit: str, count: int) -> None:
    _not_a_division(county)
    places = [name + unit for name in names]
    head = f"{county}{kind}新增{count}个高风险区 1个中风险区"
    text = (f"{head}\n\n{head} {county}{kind}疫情防控指挥部发布通告:经专家研判,自即日起,将{'、'.join(places)}"
            f"划分为高风险区。")
    assert levels_of(text) == {"high": places}, text


@settings(max_examples=40, deadline=None)
@given(_NAMES, st.lists(st.sampled_from(["一", "二", "三", "四", "五"]), min_size=2, max_size=4, unique=True),
       st.sampled_from(["马路", "路", "街", "巷"]), st.sampled_from(["所在地", "所在区域", "所在片区"]),
       _NAMES, _NAMES)
def test_roads_and_the_bounded_area_they_lie_in_are_one_place(stem: str, numbers: list[str], road: str, area: str,
                                                             east: str, west: str) -> None:
    _not_a_division(stem)
    roads = "、".join([stem + numbers[0] + road, *(n + road for n in numbers[1:])])
    place = f"{roads}{area}(东到{east}小区、西到{west}路)"
    text = f"将{place}、福瑞村划分为中风险区。"
    assert levels_of(text) == {"medium": [place, "福瑞村"]}, text


@settings(max_examples=40, deadline=None)
@given(_NAMES, st.integers(1, 40), st.lists(st.sampled_from(["篮球场", "羽毛球场", "门球场", "活动室", "食堂",
                                                              "停车场", "退管会", "快递站"]),
                                             min_size=2, max_size=5, unique=True))
def test_a_building_and_the_grounds_listed_around_it_are_one_place(estate: str, number: int,
                                                                  grounds: list[str]) -> None:
    _not_a_division(estate)
    place = f"{estate}小区{number}号楼及周边{'、'.join(grounds)}"
    text = f"一、管控区\n1.{place};\n2.福瑞村。\n"
    assert levels_of(text) == {"controlled": [place, "福瑞村"]}, text


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["高新区", "经开区", "经济技术开发区", "高新技术产业开发区"]),
       st.sampled_from(["新市区", "头屯河区", "龙湾区", "鹿城区", "天山区"]), _NAMES,
       st.sampled_from(["街道", "镇"]), _NAMES)
def test_a_zone_with_its_district_in_brackets_before_its_street_is_the_district(zone: str, district: str,
                                                                                street: str, kind: str,
                                                                                estate: str) -> None:
    _not_a_division(street, estate)
    rest = f"{street}{kind}{estate}小区2号楼"
    text = f"一、封控区\n1.{zone}({district}){rest};\n2.水磨沟区春晓街道福瑞社区金华小区1号楼。\n"
    assert by_level(text) == {("sealed", f"{zone}({district})"): [rest],
                              ("sealed", "水磨沟区"): ["春晓街道福瑞社区金华小区1号楼"]}, text


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["高新区", "经开区"]), st.lists(_NAMES, min_size=4, max_size=4, unique=True),
       st.sampled_from(["小区", "花园", "公寓", "家园"]))
def test_a_zone_in_a_list_by_districts_holds_for_its_unheaded_line(zone: str, names: list[str], unit: str) -> None:
    _not_a_division(*names)
    a, b, c, d = (name + unit for name in names)
    text = f"中风险地区共4个,分别为:\n金牛区 {a}\n{zone} {b}\n{c}\n锦江区 {d}\n"
    assert by_level(text) == {("medium", "金牛区"): [a], ("medium", zone): [b, c], ("medium", "锦江区"): [d]}, text
