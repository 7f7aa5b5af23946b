"""Forms of notices that give a verb's object as a count of areas with the areas numbered in brackets after it
("将我市A镇3个区域(1.B;2.C;3.D),从中风险地区调整为低风险地区"), head a level's area with its range written without
区 ("一、临时管控范围"), keep the rest of a bounded area after a comma ("…D路以北,除封控区、管控区以外的区域"),
write a district's rest with its exception in brackets and no area word ("A开发区、B区(除中、高风险区外)", a
blanket), list house numbers between commas before a count of their buildings ("19号,21号,44号等3栋居民楼"),
and number rows of an area after a "…区" that is no district ("C区第2、3排所有出租屋"). Each form in variants
written here (invented places, other numbering, full-width punctuation, traditional characters), and
properties over generated names."""

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

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- a counted object with its areas numbered in brackets ---------------------------------------------

def test_counted_areas_in_brackets_lowered_after_a_comma() -> None:
    text = ("关于部分区域风险等级调整的通告\n自2022年3月17日18时起,将我市长安镇3个区域(1.长安镇金华社区锦绣路"
            "春晓公寓、阳光公寓合围区域;2.长安镇翠峰村商业路16号康宁公馆;3.长安镇星光村工业园5号),"
            "从中风险地区调整为低风险地区。其他地区风险等级不变。")
    assert levels_of(text) == {"low": ["长安镇金华社区锦绣路春晓公寓、阳光公寓合围区域",
                                       "长安镇翠峰村商业路16号康宁公馆", "长安镇星光村工业园5号"]}


def test_counted_areas_in_brackets_in_traditional_characters_with_chinese_count() -> None:
    text = in_traditional("自2022年4月2日起,將我市虎门镇两个区域(1.虎门镇龙华村建设路8号;2.虎门镇锦泽社区丽景花园)"
                          "从中风险地区调整为低风险地区。")
    assert levels_of(text) == {"low": ["虎门镇龙华村建设路8号", "虎门镇锦泽社区丽景花园"]}


def test_counted_areas_in_brackets_full_width_and_raised() -> None:
    text = ("即日起,将本区2个区域(①兴盛街道泰康小区3栋;②兴盛街道福瑞花园)由低风险地区调整为中风险地区。"
            .translate(HALF_TO_FULL))
    assert levels_of(text) == {"medium": ["兴盛街道泰康小区3栋", "兴盛街道福瑞花园"]}


def test_counted_areas_whose_number_differs_from_the_count_are_not_split() -> None:
    text = "即日起,将我市大岭镇3个区域(1.大岭镇金华村;2.大岭镇阳光村)从中风险地区调整为低风险地区。"
    assert "大岭镇阳光村" not in levels_of(text).get("low", [])


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=5, unique=True))
def test_property_counted_areas_in_brackets_are_the_listed_places(names: list[str]) -> None:
    places = [f"{n}小区" for n in names]
    listed = ";".join(f"{i}.{p}" for i, p in enumerate(places, 1))
    text = f"即日起,将我市{len(places)}个区域({listed}),从中风险地区调整为低风险地区。"
    assert levels_of(text) == {"low": places}


# --- a level's range written without 区 as a heading -------------------------------------------------

def test_temporary_control_range_heading() -> None:
    text = ("根据疫情防控工作需要,决定划定部分区域作为临时管控区。现通告如下:\n一、临时管控范围\n"
            "金华路以东、春晓河以南、阳光大道以西、锦绣路以北围合区域。\n二、临时管控措施\n(一)各单位实行居家办公;\n"
            "佛山市顺德区新型冠状病毒肺炎疫情防控指挥部办公室\n2022年10月26日")
    assert by_level(text) == {("controlled", "顺德区"): ["金华路以东、春晓河以南、阳光大道以西、锦绣路以北围合区域"]}


def test_sealed_range_heading_with_a_colon_and_other_numbering() -> None:
    text = "决定划定部分区域作为封控区。\n(一)封控范围:翠峰小区、星光花园。\n(二)封控措施:足不出户。"
    assert levels_of(text) == {"sealed": ["翠峰小区", "星光花园"]}


def test_control_range_heading_alone_with_bracketed_numbering() -> None:
    text = "决定划定部分区域作为管控区。\n(一)管控范围\n翠峰小区、星光花园。\n(二)管控措施\n人不出区。"
    assert levels_of(text) == {"controlled": ["翠峰小区", "星光花园"]}


def test_range_heading_in_traditional_characters() -> None:
    text = in_traditional("決定劃定部分區域作為臨時管控區。\n1.臨時管控範圍\n泰康小區、福瑞花園。"
                          "\n2.臨時管控措施\n居家辦公。")
    assert levels_of(text) == {"controlled": ["泰康小区", "福瑞花园"]}


@settings(max_examples=25, deadline=None)
@given(name, name)
def test_property_range_heading_reads_its_area(a: str, b: str) -> None:
    text = f"决定划定临时管控区。\n一、临时管控范围\n{a}小区、{b}花园。\n二、临时管控措施\n居家办公。"
    assert levels_of(text) == {"controlled": [f"{a}小区", f"{b}花园"]}


# --- a bounded area's rest after a comma ------------------------------------------------------------

def test_bounded_area_rest_after_a_comma() -> None:
    text = ("封控区:金华村锦绣巷。\n管控区:春晓路以南,阳光大道以东,翠峰路以西范围内的居住区。\n"
            "防范区:春晓路以南,阳光大道以东,长风河大堤以西,康宁大道东延线以北,除封控区、管控区以外的区域。")
    assert levels_of(text)["precaution"] == [
        "春晓路以南,阳光大道以东,长风河大堤以西,康宁大道东延线以北,除封控区、管控区以外的区域"]


def test_bounded_area_rest_after_a_full_width_comma_with_its_other_areas() -> None:
    text = "防范区:兴盛路以北,福瑞街以西,星光河以南,除高风险区之外的其他区域。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"precaution": ["兴盛路以北,福瑞街以西,星光河以南,除高风险区之外的其他区域"]}


def test_bounded_area_rest_in_traditional_characters() -> None:
    text = in_traditional("管控區:泰康路以東,錦繡大道以北,龍華河以西,除封控區以外的區域。")
    assert levels_of(text) == {"controlled": ["泰康路以东,锦绣大道以北,龙华河以西,除封控区以外的区域"]}


@settings(max_examples=25, deadline=None)
@given(name, name, name)
def test_property_bounded_area_rest_is_one_place(a: str, b: str, c: str) -> None:
    area = f"{a}路以南,{b}大道以东,{c}河以西,除封控区、管控区以外的区域"
    assert levels_of(f"防范区:{area}。") == {"precaution": [area]}


# --- a district's rest with its exception in brackets, no area word --------------------------------

def test_two_districts_rest_in_brackets_is_a_blanket() -> None:
    text = ("一、高风险区\n迎泽区金华小区3栋。\n二、中风险区\n迎泽区桥东街道(除高风险区以外其他区域)。\n"
            "三、低风险区\n迎泽区、小店区(除中、高风险区外)。")
    assert levels_of(text) == {"high": ["金华小区3栋"], "medium": ["桥东街道(除高风险区以外其他区域)"]}


def test_development_zone_and_district_rest_in_brackets_is_a_blanket() -> None:
    text = "一、中风险区\n长沙经济技术开发区星光小区。\n二、低风险区\n长沙经济技术开发区、雨花区(除中高风险区外)。"
    assert levels_of(text) == {"medium": ["星光小区"]}


def test_district_rest_in_brackets_full_width() -> None:
    text = "一、高风险区\n小店区阳光花园。\n二、低风险区\n小店区(除高风险区外)。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["阳光花园"]}


# --- house numbers between commas before a count of their buildings ----------------------------------

def test_house_numbers_between_commas_before_their_count() -> None:
    text = ("二、中风险区\n迎泽区建设路金华村春晓巷包含19号,21号,23号,44号等4栋居民楼所在的合围区域。\n"
            "迎泽区桥东街道(除高风险区以外其他区域)。")
    assert levels_of(text) == {"medium": ["建设路金华村春晓巷包含19号,21号,23号,44号等4栋居民楼所在的合围区域",
                                          "桥东街道(除高风险区以外其他区域)"]}


def test_house_numbers_between_full_width_commas_with_a_chinese_count() -> None:
    text = "高风险区:翠峰村长风巷2号,4号,6号等三栋楼。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["翠峰村长风巷2号,4号,6号等三栋楼"]}


def test_house_numbers_between_commas_in_traditional_characters() -> None:
    text = in_traditional("中風險區:康寧村福瑞巷8號,10號等2棟居民樓。")
    assert levels_of(text) == {"medium": ["康宁村福瑞巷8号,10号等2栋居民楼"]}


@settings(max_examples=25, deadline=None)
@given(name, st.lists(st.integers(1, 199), min_size=2, max_size=6, unique=True))
def test_property_house_numbers_before_their_count_are_one_place(a: str, numbers: list[int]) -> None:
    place = f"{a}村{a}巷" + ",".join(f"{n}号" for n in numbers) + f"等{len(numbers)}栋居民楼"
    assert levels_of(f"中风险区:{place}。") == {"medium": [place]}


# --- rows of an area after a "…区" that is no district, joined to the site before the 、 ---------------

def test_rows_of_an_area_after_a_qu_are_the_site_s_and_keep_the_item_district() -> None:
    text = "2.南海区狮山镇金华市场274号所在楼栋、出租屋区第2、3、4排所有出租屋解除封控区管理。"
    assert by_level(text) == {("lifted", "南海区"): ["狮山镇金华市场274号所在楼栋、出租屋区第2、3、4排所有出租屋"]}


def test_buildings_of_an_area_by_ordinal_in_traditional_characters() -> None:
    text = in_traditional("高風險區:禪城區星光村12號所在樓棟、出租屋區第3、5棟所有住戶。")
    assert by_level(text) == {("high", "禅城区"): ["星光村12号所在楼栋、出租屋区第3、5栋所有住户"]}


def test_rows_of_an_area_full_width() -> None:
    text = "管控区:顺德区阳光社区8号出租屋所在楼栋、锦绣屋区第1、2排所有出租屋。".translate(HALF_TO_FULL)
    assert by_level(text) == {("controlled", "顺德区"): ["阳光社区8号出租屋所在楼栋、锦绣屋区第1、2排所有出租屋"]}


def test_a_named_place_after_a_building_is_its_own() -> None:
    text = "封控区:南海区金华市场3号所在楼栋、星光小区。"
    assert by_level(text) == {("sealed", "南海区"): ["金华市场3号所在楼栋", "星光小区"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.lists(st.integers(1, 9), min_size=1, max_size=4, unique=True))
def test_property_rows_of_an_area_name_no_district(a: str, b: str, rows: list[int]) -> None:
    place = f"{a}市场3号所在楼栋、{b}屋区第{'、'.join(map(str, rows))}排所有出租屋"
    assert by_level(f"封控区:南海区{place}。") == {("sealed", "南海区"): [place]}
