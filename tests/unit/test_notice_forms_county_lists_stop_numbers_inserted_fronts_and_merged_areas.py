"""Forms of the sixteenth held-out set, each in variants written here (invented places or real division names,
the wording of the real forms): a province's list of counties under level headings, one line per city ("City:
A区、B县"), each county its own district while a city without counties lists its parts under its own name; a
district whose name holds another's ("梅县区"); items numbered with a full stop ("1。A; 2。B"); a spam copy's
fragments inserted between an item's number and the front all items share; areas merged into one ("A村、B村
联片合并为1个高风险区"); a part heading glued after a space to the lead and "划分为" in a framed sentence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, by_level, in_traditional, levels_of

NAME = st.text(alphabet=list("青石白河柳岸云溪金桥明月松竹梅兰泉山"), min_size=2, max_size=3)


# ---------------------------------------------------------------------------------------------------
# a province's list of counties, one line per city

def _county_list(medium: dict[str, list[str]], low: dict[str, list[str]], colon: str = ":") -> str:
    def lines(rows: dict[str, list[str]]) -> str:
        return "\n\n".join(f"{city}{colon}{'、'.join(places)}" for city, places in rows.items())
    return (f"某省新冠肺炎疫情风险等级\n分区分级名单\n(2020年3月10日)\n\n一、高风险地区\n\n\n"
            f"二、中风险地区\n\n{lines(medium)}\n\n三、低风险地区\n\n{lines(low)}")


def test_each_county_of_a_city_line_is_its_own_district() -> None:
    text = _county_list({"厦门市": ["思明区"]},
                        {"荆门市": ["东宝区", "掇刀区", "沙洋县", "钟祥市", "京山市"], "厦门市": ["湖里区", "集美区"]})
    assert by_level(text) == {("medium", "思明区"): ["思明区"], ("low", "东宝区"): ["东宝区"],
                              ("low", "掇刀区"): ["掇刀区"], ("low", "沙洋县"): ["沙洋县"],
                              ("low", "钟祥市"): ["钟祥市"], ("low", "京山市"): ["京山市"],
                              ("low", "湖里区"): ["湖里区"], ("low", "集美区"): ["集美区"]}


def test_a_city_without_counties_lists_its_parts_under_its_own_name_beside_county_lines() -> None:
    # ("江门市" after a line of 片区: a city whose name holds "门市" is a label of its own, not the end of a part)
    text = _county_list({}, {"中山市": ["东区片区", "火炬片区", "南朗片区"], "江门市": ["蓬江区", "江海区", "台山市"],
                             "东莞市": ["松山湖片区"], "韶关市": ["乳源瑶族自治县", "武江区"]})
    assert by_level(text) == {("low", "中山市"): ["东区片区", "火炬片区", "南朗片区"],
                              ("low", "蓬江区"): ["蓬江区"], ("low", "江海区"): ["江海区"],
                              ("low", "台山市"): ["台山市"],
                              ("low", "东莞市"): ["松山湖片区"], ("low", "乳源瑶族自治县"): ["乳源瑶族自治县"],
                              ("low", "武江区"): ["武江区"]}


@pytest.mark.parametrize("convert", [lambda t: t, lambda t: in_traditional(t), lambda t: t.translate(HALF_TO_FULL),
                                     lambda t: t.replace(":", ": ").replace("、", "、 ")])
def test_county_lines_in_traditional_characters_full_width_colons_and_spaces(convert) -> None:
    text = convert(_county_list({"汕尾市": ["城区", "海丰县"]}, {"梅州市": ["梅江区", "梅县区", "兴宁市"]}))
    assert by_level(text) == {("medium", "城区"): ["城区"], ("medium", "海丰县"): ["海丰县"],
                              ("low", "梅江区"): ["梅江区"], ("low", "梅县区"): ["梅县区"],
                              ("low", "兴宁市"): ["兴宁市"]}


_HENAN = {"洛阳市": ["老城区", "西工区", "瀍河回族区", "涧西区", "偃师区", "孟津区", "洛龙区", "新安县", "栾川县",
                   "嵩县", "汝阳县", "宜阳县", "洛宁县", "伊川县"],
          "开封市": ["龙亭区", "顺河回族区", "鼓楼区", "禹王台区", "祥符区", "杞县", "通许县", "尉氏县", "兰考县"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(sorted(_HENAN)), min_size=1, max_size=2, unique=True), st.data())
def test_any_counties_of_any_cities_are_each_their_own_district(cities: list[str], data) -> None:
    rows = {city: data.draw(st.lists(st.sampled_from(_HENAN[city]), min_size=1, max_size=6, unique=True))
            for city in cities}
    found = by_level(_county_list({}, rows))
    assert found == {("low", county): [county] for counties in rows.values() for county in counties}


# ---------------------------------------------------------------------------------------------------
# a district whose name holds another's: "梅县区" is one name

@pytest.mark.parametrize("text, expected", [
    ("高风险地区:梅州市梅县区。", {("high", "梅县区"): ["梅县区"]}),
    ("中风险地区:梅州市梅县区、梅江区。", {("medium", "梅县区"): ["梅县区"], ("medium", "梅江区"): ["梅江区"]}),
    ("低風險地區:\n梅州市:梅縣區、大埔縣、蕉嶺縣", {("low", "梅县区"): ["梅县区"], ("low", "大埔县"): ["大埔县"],
                                            ("low", "蕉岭县"): ["蕉岭县"]}),
    ("中风险地区:梅县区城东镇金桥村、梅县区程江镇石村。", {("medium", "梅县区"): ["城东镇金桥村", "程江镇石村"]}),
])
def test_a_district_named_after_an_old_county_is_one_name(text: str, expected: dict) -> None:
    assert by_level(text) == expected


# ---------------------------------------------------------------------------------------------------
# items numbered with a full stop: "1。A社区; 2。B小区"

@pytest.mark.parametrize("text", [
    "一、高风险区3个: 1。青山县白石镇金桥社区; 2。青山县白石镇柳岸小区; 3。青山县云溪乡明月村。",
    "一、高风险区3个:1。青山县白石镇金桥社区;2。青山县白石镇柳岸小区;3。青山县云溪乡明月村。",
    "一、高風險區3個： 1。青山縣白石鎮金橋社區； 2。青山縣白石鎮柳岸小區； 3。青山縣雲溪鄉明月村。",
])
def test_items_numbered_with_a_full_stop_are_each_a_place(text: str) -> None:
    assert by_level(text) == {("high", "青山县"): ["白石镇金桥社区", "白石镇柳岸小区", "云溪乡明月村"]}


def test_full_stop_numbers_under_two_levels_restart() -> None:
    text = ("具体划分如下: 一、高风险区2个: 1。 白河县松竹镇兰泉社区; 2。 白河县松竹镇石桥村。 二、中风险区1个: "
            "1。 白河县松竹镇(除高风险区外)。")
    assert by_level(text) == {("high", "白河县"): ["松竹镇兰泉社区", "松竹镇石桥村"],
                              ("medium", "白河县"): ["松竹镇(除高风险区外)"]}


def test_a_count_ending_a_sentence_is_no_item_number() -> None:
    text = "将青山县金桥小区调整为高风险区。本轮累计报告病例2。将青山县柳岸小区调整为中风险区。"
    assert levels_of(text) == {"high": ["金桥小区"], "medium": ["柳岸小区"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(NAME, min_size=2, max_size=12, unique=True))
def test_any_list_numbered_with_full_stops(names: list[str]) -> None:
    places = [n + "小区" for n in names]
    items = "; ".join(f"{k}。青山县白石镇{p}" for k, p in enumerate(places, 1))
    assert by_level(f"一、高风险区{len(places)}个: {items}。") == {("high", "青山县"): [f"白石镇{p}" for p in places]}


# ---------------------------------------------------------------------------------------------------
# a spam copy's fragments between an item's number and the front all items share

def _spam_list(front: str, places: list[str], inserted: dict[int, str]) -> str:
    items = "\n".join(f"{k}.{inserted.get(k, '')}{front}{p};" for k, p in enumerate(places, 1))
    return f"一、高风险区{len(places)}个:\n{items}"


_PLACES = ["金桥社区", "柳岸小区", "云溪村", "明月苑", "松竹园", "兰泉村"]


@pytest.mark.parametrize("front, district, inserted", [
    ("吐鲁番市高昌区", "高昌区", {1: "番市 ", 2: "高昌高风 ", 3: "区划"}),
    ("青山县白石镇", "青山县", {2: "山县", 5: "新疆险区险区 "}),
    ("白河市松竹区", "松竹区", {1: "中风", 6: "松竹区划"}),
    ("青山縣白石鎮", "青山县", {3: "險區 ", 4: "區劃"}),
    # a fragment that looks like a district, in half the items: followed by the front each time
    ("青山县白石镇", "青山县", {1: "划划区", 2: "划划区", 3: "划划区划"}),
    # a fragment naming a level makes its item look like a heading: cut all the same
    ("青山县白石镇", "青山县", {1: "划", 2: "高风险区"}),
])
def test_fragments_before_the_shared_front_of_items_are_no_part_of_them(front: str, district: str,
                                                                       inserted: dict[int, str]) -> None:
    rest = "白石镇" if front.startswith("青山") else ""
    assert by_level(_spam_list(front, _PLACES, inserted)) == {("high", district): [rest + p for p in _PLACES]}


def test_one_item_that_names_the_shared_front_inside_keeps_its_own_text() -> None:
    text = ("一、高风险区4个:\n1.青山县白石镇金桥社区;\n2.青山县白石镇柳岸小区;\n3.青山县云溪乡明月村;\n"
            "4.金湖青山县驻地办事处;")
    assert any("金湖" in (district or "") + "".join(places) for (_level, district), places in by_level(text).items())


@settings(max_examples=40, deadline=None)
@given(st.lists(NAME, min_size=6, max_size=10, unique=True), st.data())
def test_any_fragments_before_a_few_items(names: list[str], data) -> None:
    places = [n + "村" for n in names]
    fragment = st.text(alphabet=list("险区划高风新疆番市吐鲁昌"), min_size=1, max_size=6)
    spammed = data.draw(st.lists(st.sampled_from(range(1, len(places) + 1)), min_size=2, max_size=len(places) // 2,
                                 unique=True))
    inserted = {k: data.draw(fragment) + data.draw(st.sampled_from(["", " "])) for k in spammed}
    found = by_level(_spam_list("青山县白石镇", places, inserted))
    assert found == {("high", "青山县"): [f"白石镇{p}" for p in places]}


# ---------------------------------------------------------------------------------------------------
# areas merged into one: "A村、B村、C村联片合并为1个高风险区"

@pytest.mark.parametrize("text, expected", [
    ("1、将7月15日划定的白石镇金桥村、柳岸村、云溪村联片合并为1个高风险区;松竹乡兰泉村第1、2、3自然村联片合并为1个高风险区。",
     {"high": ["白石镇金桥村、柳岸村、云溪村", "松竹乡兰泉村第1、2、3自然村"]}),
    ("将青山镇明月社区、金桥社区连片合并为一个中风险区。",
     {"medium": ["青山镇明月社区、金桥社区"]}),
    ("2、將7月15日劃定的白石鎮金橋村、柳岸村聯片合併為1個中風險區；松竹鄉蘭泉村所屬4個自然村聯片合併為1個中風險區。",
     {"medium": ["白石镇金桥村、柳岸村", "松竹乡兰泉村所属4个自然村"]}),
])
def test_areas_merged_into_one_are_one_place(text: str, expected: dict[str, list[str]]) -> None:
    assert levels_of(text) == expected


def test_a_count_of_areas_after_a_merger_names_no_place() -> None:
    text = ("二、调整部分中高风险区 1、将白石镇金桥村、柳岸村联片合并为1个高风险区。"
            "由7个高风险区调整为2个高风险区,减少5个。")
    assert levels_of(text) == {"high": ["白石镇金桥村、柳岸村"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(NAME, min_size=1, max_size=6, unique=True),
       st.sampled_from(["联片合并为1个", "合并为一个", "连片合并成1个"]))
def test_any_villages_merged_into_one_area(names: list[str], verb: str) -> None:
    villages = [n + "村" for n in names]
    text = f"将白石镇{'、'.join(villages)}{verb}高风险区。"
    assert levels_of(text) == {"high": ["白石镇" + "、".join(villages)]}


# ---------------------------------------------------------------------------------------------------
# a part heading glued after a space to the lead, "划分为" in a framed sentence

@pytest.mark.parametrize("space", ["", " ", "  ", "\u3000"])
def test_a_part_heading_after_the_lead_and_a_space_heads_its_sentence(space: str) -> None:
    text = (f"关于调整部分中高风险区的通告 根据有关规定,对我县部分中高风险区域进行调整,具体如下:{space}"
            "一、新增中高风险区: 自2022年7月17日12时起,将白石镇金桥村柳岸巷至云溪巷之间居民区、"
            "县城廉租房二区3号楼划分为高风险区,实施封控措施。"
            "将白石镇金桥村划分为中风险区,实行区域管控。")
    assert levels_of(text) == {"high": ["白石镇金桥村柳岸巷至云溪巷之间居民区", "县城廉租房二区3号楼"],
                               "medium": ["白石镇金桥村"]}


@pytest.mark.parametrize("verb", ["划分为", "划定为", "调整为"])
def test_a_framed_list_under_a_level_heading_drops_its_verb(verb: str) -> None:
    text = f"一、高风险区:\n自7月17日12时起,将青山镇明月小区、松竹镇其兰村{verb}高风险区,实施封控措施。"
    assert levels_of(text) == {"high": ["青山镇明月小区", "松竹镇其兰村"]}


def test_a_village_whose_name_starts_with_qi_after_its_town_is_a_place() -> None:
    result = parse_notice("将白石镇其莫村调整为高风险区。")
    assert [c["places"] for c in result["changes"]] == [["白石镇其莫村"]]
