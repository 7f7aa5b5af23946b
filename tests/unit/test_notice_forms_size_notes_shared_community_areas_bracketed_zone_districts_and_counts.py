"""Forms of the forty-sixth held-out set (part b), each in variants written here (invented places in the wording of
the real forms), and properties over generated notices: an area's size and people counted in brackets after a place
("A街(3.1平方公里,人口74442人)"), no part of it; communities listed with 、 and 和 before the one area they lie in
("A社区、B社区和C社区所在的连片区域"), one place; a development zone with the district it is run as in brackets
("A市经济技术开发区(B区)") among whole districts, a whole district itself (its city not kept); a report's count of
areas after a whole district ("发布消息,A市B区两个区域调整为低风险地区"), no place."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

word = invented_names(PLAIN_SYLLABLES)


# ---------------------------------------------------------------------------------------------------
# "将A区B街(3.1平方公里,人口74442人)、C街(…)调整为封闭管理区域": the size and people of each place, a note


def test_size_and_people_in_brackets_after_each_street_are_dropped() -> None:
    text = ("关于进一步加强分级分类防控工作的通告\n将白云区金桂街(2.6平方公里,人口51234人)、银杏街(1.9平方公里,"
            "人口40211人)调整为封闭管理区域,严格居家,足不出户。")
    assert by_level(text) == {("sealed", "白云区"): ["金桂街", "银杏街"]}


def test_size_notes_in_traditional_characters() -> None:
    text = in_traditional("将白云区金桂街(2.6平方公里,人口51234人)、银杏街(1.9平方公里,人口40211人)调整为封闭管理"
                          "区域,严格居家,足不出户。")
    assert by_level(text) == {("sealed", "白云区"): ["金桂街", "银杏街"]}


def test_an_approximate_size_and_resident_count_in_full_width_brackets() -> None:
    text = ("关于调整风险区的通告\n自即日起,将海曙区龙春街道(约3.5平方公里,常住人口3.2万人)调整为中风险地区。"
            .translate(HALF_TO_FULL))
    assert by_level(text) == {("medium", "海曙区"): ["龙春街道"]}


def test_a_size_alone_is_dropped_but_a_bracket_naming_what_is_included_is_kept() -> None:
    text = "将海曙区龙春街道(面积1.8平方公里)、锦绣村(含峰秀自然村)调整为中风险地区。"
    assert by_level(text) == {("medium", "海曙区"): ["龙春街道", "锦绣村(含峰秀自然村)"]}


def test_a_testing_sentence_with_a_size_note_names_no_place() -> None:
    text = "此外,要求海曙区龙春街道(2.6平方公里,人口51234人)、锦绣街道,6月3日内完成新一轮全员核酸检测。"
    assert by_level(text) == {}


@settings(max_examples=25, deadline=None)
@given(streets=st.lists(word, min_size=1, max_size=4, unique=True), size=st.integers(1, 99),
       people=st.integers(1000, 99999), unit=st.sampled_from(["平方公里", "平方米", "亩"]), trad=st.booleans())
def test_a_size_note_never_stays_in_a_place(streets: list[str], size: int, people: int, unit: str,
                                            trad: bool) -> None:
    listed = "、".join(f"{s}街({size / 10}{unit},人口{people}人)" for s in streets)
    text = f"关于调整风险区的通告\n将白云区{listed}调整为中风险地区。"
    if trad:
        text = in_traditional(text)
    assert by_level(text) == {("medium", "白云区"): [f"{s}街" for s in streets]}


# ---------------------------------------------------------------------------------------------------
# "A街道B社区、C社区、D社区和E社区所在的连片区域": the one area the communities lie in


def test_communities_before_their_contiguous_area_are_one_place() -> None:
    text = ("经南京市疫情防控指挥部同意,自2021年7月26日起,对部分区域风险等级进行调整:\n"
            "鼓楼区金华街道春晓社区、阳光社区、建桃社区和丽泽社区所在的连片区域,金华街道翠锦社区和绣长社区所在的"
            "连片区域由中风险调整为高风险;\n其他地区风险等级不变。")
    assert by_level(text) == {("high", "鼓楼区"): ["金华街道春晓社区、阳光社区、建桃社区和丽泽社区所在的连片区域",
                                                  "金华街道翠锦社区和绣长社区所在的连片区域"]}


def test_communities_contiguous_area_in_traditional_characters_before_the_verb() -> None:
    text = in_traditional("自即日起,将鼓楼区金华街道春晓社区、阳光社区和建桃社区所在的连片区域调整为高风险地区。")
    assert by_level(text) == {("high", "鼓楼区"): ["金华街道春晓社区、阳光社区和建桃社区所在的连片区域"]}


def test_villages_area_with_full_width_punctuation() -> None:
    text = ("自即日起,对部分区域风险等级进行调整:\n鼓楼区金华街道春晓村、阳光村和建桃村所在的连片区域,金华街道丽泽村"
            "由中风险调整为高风险;\n其他地区风险等级不变。".translate(HALF_TO_FULL))
    assert by_level(text) == {("high", "鼓楼区"): ["金华街道春晓村、阳光村和建桃村所在的连片区域", "金华街道丽泽村"]}


def test_communities_without_a_shared_area_stay_apart() -> None:
    text = "自即日起,将鼓楼区金华街道春晓社区、阳光社区和建桃社区调整为中风险地区。"
    assert by_level(text) == {("medium", "鼓楼区"): ["金华街道春晓社区", "阳光社区", "建桃社区"]}


def test_residents_of_the_communities_area_name_no_place() -> None:
    assert by_level("春晓社区、阳光社区和建桃社区所在区域的居民须居家,不得外出。") == {}


@settings(max_examples=25, deadline=None)
@given(names=st.lists(word, min_size=3, max_size=6, unique=True), kind=st.sampled_from(["社区", "村"]),
       joiner=st.sampled_from(["和", "及"]), full=st.booleans())
def test_units_before_their_shared_area_are_always_one_place(names: list[str], kind: str, joiner: str,
                                                             full: bool) -> None:
    units = [n + kind for n in names]
    area = "、".join(units[:-1]) + joiner + units[-1] + "所在的连片区域"
    text = f"关于调整风险区的通告\n自即日起,将鼓楼区金华街道{area}调整为高风险地区。"
    if full:
        text = text.translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "鼓楼区"): ["金华街道" + area]}


# ---------------------------------------------------------------------------------------------------
# "将A市经济技术开发区(B区)、高新技术产业开发区(C区)、D区…调整为低风险": zones run as districts, whole


def test_zones_with_their_districts_in_brackets_among_whole_districts() -> None:
    text = ("经自治区指挥部研究决定:自8月29日0时起,将长沙市天心区、岳麓区疫情风险等级由高风险调整为低风险;"
            "将长沙市经济技术开发区(雨花区)、高新技术产业开发区(开福区)、芙蓉区疫情风险等级由中风险调整为低风险。")
    assert by_level(text) == {("low", "天心区"): ["天心区"], ("low", "岳麓区"): ["岳麓区"],
                              ("low", "经济技术开发区(雨花区)"): ["经济技术开发区(雨花区)"],
                              ("low", "高新技术产业开发区(开福区)"): ["高新技术产业开发区(开福区)"],
                              ("low", "芙蓉区"): ["芙蓉区"]}


def test_zones_with_their_districts_in_traditional_characters() -> None:
    text = in_traditional("决定自8月29日0时起,将长沙市经济技术开发区(雨花区)、高新技术产业开发区(开福区)疫情风险等级"
                          "由中风险调整为低风险。")
    assert levels_of(text) == {"low": ["经济技术开发区(雨花区)", "高新技术产业开发区(开福区)"]}


def test_a_named_zone_after_a_district_in_full_width_punctuation() -> None:
    text = "决定将株洲市天元区、株洲高新区(芦淞区)疫情风险等级由中风险调整为低风险。".translate(HALF_TO_FULL)
    assert by_level(text) == {("low", "天元区"): ["天元区"], ("low", "株洲高新区(芦淞区)"): ["株洲高新区(芦淞区)"]}


def test_a_place_inside_a_bracketed_zone_is_no_whole_district() -> None:
    levels = levels_of("决定将长沙市天心区、经济技术开发区(雨花区)金桂小区调整为中风险地区。")
    assert "经济技术开发区(雨花区)" not in levels.get("medium", [])


@settings(max_examples=25, deadline=None)
@given(kind=st.sampled_from(["经济技术开发区", "高新技术产业开发区", "高新区", "经开区"]),
       district=st.sampled_from(["雨花区", "开福区", "芦淞区", "江宁区", "婺城区", "龙华区"]), trad=st.booleans())
def test_a_zone_with_its_district_in_brackets_is_always_its_own_district(kind: str, district: str,
                                                                        trad: bool) -> None:
    zone = f"{kind}({district})"
    text = f"决定自8月29日0时起,将长沙市天心区、{zone}疫情风险等级由中风险调整为低风险。"
    if trad:
        text = in_traditional(text)
    assert by_level(text) == {("low", "天心区"): ["天心区"], ("low", zone): [zone]}


# ---------------------------------------------------------------------------------------------------
# "…发布消息,A市B区两个区域调整为低风险地区": a count of a whole district's areas, no place


def test_reports_lead_counting_a_districts_areas_names_no_place() -> None:
    text = ("宁波市海曙区两区域调整为低风险\n\n中新网宁波11月19日电 宁波市疫情防控工作领导小组指挥部办公室19日发布"
            "消息,宁波市海曙区两个区域调整为低风险地区。\n\n指挥部决定,自2021年11月19日14时起,将宁波市海曙区龙春社区"
            "金桂小区、锦绣社区7号楼调整为低风险地区,其他地区风险等级不变。")
    assert by_level(text) == {("low", "海曙区"): ["龙春社区金桂小区", "锦绣社区7号楼"]}


def test_reports_lead_count_in_traditional_characters() -> None:
    text = in_traditional("指挥部办公室19日发布消息,宁波市海曙区三个区域调整为中风险地区。\n决定,将海曙区龙春社区金桂"
                          "小区、锦绣社区7号楼、银杏村调整为中风险地区。")
    assert by_level(text) == {("medium", "海曙区"): ["龙春社区金桂小区", "锦绣社区7号楼", "银杏村"]}


def test_reports_lead_count_with_full_width_punctuation() -> None:
    text = ("海曙区两区域调整为低风险\n\n宁波市指挥部办公室19日发布消息,宁波市海曙区两个区域调整为低风险地区。\n\n"
            "指挥部决定,将宁波市海曙区龙春社区金桂小区调整为低风险地区。").translate(HALF_TO_FULL)
    assert by_level(text) == {("low", "海曙区"): ["龙春社区金桂小区"]}


def test_a_count_closing_a_list_of_places_still_reads_them() -> None:
    text = "指挥部办公室发布消息,海曙区金桂小区、锦绣社区7号楼两个区域调整为低风险地区。"
    assert by_level(text) == {("low", "海曙区"): ["金桂小区", "锦绣社区7号楼"]}


@settings(max_examples=25, deadline=None)
@given(city=st.sampled_from(["宁波市", "台州市", "温州市", ""]),
       district=st.sampled_from(["海曙区", "鄞州区", "天台县"]),
       count=st.sampled_from(["两", "三", "四", "五"]), trad=st.booleans())
def test_a_count_after_a_whole_district_never_becomes_the_district(city: str, district: str, count: str,
                                                                   trad: bool) -> None:
    text = f"指挥部办公室发布消息,{city}{district}{count}个区域调整为低风险地区。"
    if trad:
        text = in_traditional(text)
    assert by_level(text) == {}
