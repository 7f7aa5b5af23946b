"""Forms of the forty-fifth set (part b):

* a lift's object opened by 对 and closed by "的" + the bare level ("解除对A镇B村、C幼儿园和D乡E村、F小学的封控。"):
  the places lifted, 对 no part of the first;
* two bounded areas joined by 及 (和) ("A路以南、B路以东合围区域及C路以南、D路以东合围区域为管控区"): two places,
  the joining word no part of the second;
* a development zone and the district it runs joined by a middle dot ("将A高新区・B区C镇调整为低风险区"): the
  district after the dot is the place's;
* a street with its communities in brackets kept under control as the subject ("辖区内A街道(B社区、C社区)继续实施
  管控,…"): one place, "辖区内" no part of it;
* a prefecture city named straight after the verb ("将荆州市A路以东,…(B和C除外)的围合区划定为中风险地区", "将宜昌市
  D广场、E区F市场等场所列为重点管控区域"): the city no part of the place, key control areas (重点管控区域)
  controlled, "等场所" no part of the last; a particle or verb ("的围合区") is never a district;
* a bounded area as the subject, then 解封 and the kind of area it was ("A路、B路(内部路)、C路(内部路)合围区域(封控区、
  管控区除外),解封防范区,一周内…"): lifted, the area whole with its roads' notes.
"""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

word = invented_names(PLAIN_SYLLABLES)


def _places(text: str) -> dict[str, list[str]]:
    return levels_of(text)


def _districts(text: str) -> set[str | None]:
    return {district for _level, district in by_level(text)}


# ---------------------------------------------------------------------------------------------------
# 解除对…的封控 (the bare level after 的)


def test_a_lift_opened_by_dui_and_closed_by_the_bare_level() -> None:
    text = ("关于解除封控的通告\n一、自1月4日24时起解除对金峰镇银杏自然村、光明幼儿园和红旗乡李庄自然村、"
            "东方小学的封控。")
    assert levels_of(text) == {"lifted": ["金峰镇银杏自然村", "光明幼儿园", "红旗乡李庄自然村", "东方小学"]}
    text = "关于解除管控的通告\n经研判,决定解除对春晓小区、泰和苑的管控。"
    assert levels_of(text) == {"lifted": ["春晓小区", "泰和苑"]}
    text = "关于解除封控的通告\n自即日起解除对翠锦社区的封控,恢复正常生产生活秩序。"
    assert levels_of(text) == {"lifted": ["翠锦社区"]}


def test_a_lift_opened_by_dui_in_traditional_characters_and_full_width_marks() -> None:
    text = in_traditional("关于解除封控的通告\n一、自1月4日24时起解除对金峰镇银杏自然村、光明幼儿园的封控。")
    assert levels_of(text) == {"lifted": ["金峰镇银杏自然村", "光明幼儿园"]}
    text = "关于解除封控的通告\n经研判,决定解除对春晓小区、泰和苑的封控。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["春晓小区", "泰和苑"]}


@settings(max_examples=25, deadline=None)
@given(town=word, village=word, school=word, level=st.sampled_from(["封控", "管控"]))
def test_a_lift_opened_by_dui_over_invented_names(town: str, village: str, school: str, level: str) -> None:
    text = f"关于解除封控的通告\n一、自1月4日24时起解除对{town}镇{village}自然村、{school}小学的{level}。"
    assert levels_of(text) == {"lifted": [f"{town}镇{village}自然村", f"{school}小学"]}


def test_people_lifted_with_dui_and_the_bare_level_are_no_place() -> None:
    assert levels_of("关于解除封控的通告\n决定解除对返乡人员的封控。") == {}
    assert levels_of("关于解除封控的通告\n决定解除对各村、社区的封控。") == {}


# ---------------------------------------------------------------------------------------------------
# two bounded areas joined by 及


def test_two_bounded_areas_joined_by_ji_are_two_places() -> None:
    for join in ("及", "和"):
        text = (f"经研判,确定金峰酒店、银杏花苑为封控区,甲路以南、乙路以东、丙路以北、丁路以西合围区域{join}"
                "戊路以南、己路以东、庚路以北、辛路以西合围区域为管控区,壬路以南、癸路以西为防范区。")
        assert levels_of(text)["controlled"] == ["甲路以南、乙路以东、丙路以北、丁路以西合围区域",
                                                 "戊路以南、己路以东、庚路以北、辛路以西合围区域"], join


def test_two_bounded_areas_joined_by_ji_in_traditional_characters_and_full_width_marks() -> None:
    text = in_traditional("管控区:春晓路以南、光明路以东合围区域及长风路以南、胜利路以东合围区域。")
    assert levels_of(text) == {"controlled": ["春晓路以南、光明路以东合围区域", "长风路以南、胜利路以东合围区域"]}
    text = "经研判,将春晓路以南、光明路以东合围区域及长风路以南、胜利路以东合围区域划为管控区。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["春晓路以南、光明路以东合围区域", "长风路以南、胜利路以东合围区域"]}


@settings(max_examples=25, deadline=None)
@given(a=word, b=word, c=word, d=word)
def test_two_bounded_areas_joined_by_ji_over_invented_names(a: str, b: str, c: str, d: str) -> None:
    text = f"管控区:{a}路以南、{b}路以东合围区域及{c}路以南、{d}路以东合围区域。"
    assert levels_of(text) == {"controlled": [f"{a}路以南、{b}路以东合围区域", f"{c}路以南、{d}路以东合围区域"]}


def test_a_bounded_area_and_its_surroundings_stay_one_place() -> None:
    text = "管控区:春晓路以南、光明路以东合围区域及周边。"
    assert levels_of(text) == {"controlled": ["春晓路以南、光明路以东合围区域及周边"]}


# ---------------------------------------------------------------------------------------------------
# a development zone and its district joined by a middle dot


def test_a_zone_and_its_district_joined_by_a_dot() -> None:
    text = "关于调整风险区的通告\n自9月3日零时起,将金峰高新区・银杏区光明镇调整为低风险区。"
    assert by_level(text) == {("low", "银杏区"): ["光明镇"]}
    text = "关于调整风险区的通告\n自9月3日零时起,将春晓经开区·翠锦县长风镇调整为中风险区。"
    assert by_level(text) == {("medium", "翠锦县"): ["长风镇"]}
    text = "关于调整风险区的通告\n经研判,将泰和开发区•胜利区兴盛街道福瑞小区划为高风险区。"
    assert by_level(text) == {("high", "胜利区"): ["兴盛街道福瑞小区"]}


def test_a_zone_and_its_district_joined_by_a_dot_in_traditional_and_full_width() -> None:
    text = in_traditional("关于调整风险区的通告\n自9月3日零时起,将金峰高新区・银杏区光明镇调整为低风险区。")
    assert by_level(text) == {("low", "银杏区"): ["光明镇"]}
    text = "关于调整风险区的通告\n自9月3日零时起,将金峰高新区・银杏区光明镇调整为低风险区。".translate(HALF_TO_FULL)
    assert by_level(text) == {("low", "银杏区"): ["光明镇"]}


@settings(max_examples=25, deadline=None)
@given(zone=word, district=word, town=word)
def test_a_zone_and_its_district_joined_by_a_dot_over_invented_names(zone: str, district: str, town: str) -> None:
    assume(district not in PREFECTURE_CITIES)  # ("金华区" is no district: a city's name)
    text = f"关于调整风险区的通告\n自9月3日零时起,将{zone}高新区・{district}区{town}镇调整为低风险区。"
    assert by_level(text) == {("low", f"{district}区"): [f"{town}镇"]}


def test_a_dot_between_names_with_no_zone_is_left_alone() -> None:
    # (a headline's "荆门·掇刀" style, no zone's word before the dot: nothing dropped)
    text = "关于调整风险区的通告\n自9月3日零时起,将银杏区光明镇调整为低风险区。"
    assert by_level(text) == {("low", "银杏区"): ["光明镇"]}
    assert levels_of("金峰高新区・银杏区:全力做好疫情防控工作") == {}


# ---------------------------------------------------------------------------------------------------
# a street with its communities in brackets kept under control


def test_a_street_with_its_communities_kept_under_control() -> None:
    text = ("关于进一步加强部分区域疫情防控的通告\n辖区内金峰街道(银杏社区、光明社区、长风社区)继续实施管控,"
            "相应疫情防控措施延期至2022年9月4日18时。")
    assert levels_of(text) == {"controlled": ["金峰街道(银杏社区、光明社区、长风社区)"]}
    text = "关于加强疫情防控的通告\n春晓镇(翠锦村、胜利村)继续实行封控措施。"
    assert levels_of(text) == {"sealed": ["春晓镇(翠锦村、胜利村)"]}
    text = "关于加强疫情防控的通告\n泰和街道继续实施管控,交通临时管制措施延期至9月4日。"
    assert levels_of(text) == {"controlled": ["泰和街道"]}


def test_a_street_kept_under_control_in_traditional_and_full_width() -> None:
    text = in_traditional("关于加强疫情防控的通告\n辖区内金峰街道(银杏社区、光明社区)继续实施管控,相应措施延期。")
    assert levels_of(text) == {"controlled": ["金峰街道(银杏社区、光明社区)"]}
    text = ("关于加强疫情防控的通告\n辖区内金峰街道(银杏社区、光明社区)继续实施管控,相应措施延期。"
            .translate(HALF_TO_FULL))
    assert levels_of(text) == {"controlled": ["金峰街道(银杏社区、光明社区)"]}


@settings(max_examples=25, deadline=None)
@given(street=word, a=word, b=word)
def test_a_street_kept_under_control_over_invented_names(street: str, a: str, b: str) -> None:
    text = f"关于加强疫情防控的通告\n辖区内{street}街道({a}社区、{b}社区)继续实施管控,相应措施延期。"
    assert levels_of(text) == {"controlled": [f"{street}街道({a}社区、{b}社区)"]}


def test_people_kinds_and_the_whole_area_kept_under_control_are_no_place() -> None:
    for line in ("密接人员继续实施管控。", "各小区继续实施管控,相应措施延期。", "辖区内各小区继续实施管控。",
                 "全区继续实施管控。", "进出金峰小区的车辆继续实施管控。"):
        assert levels_of("关于加强疫情防控的通告\n" + line) == {}, line


# ---------------------------------------------------------------------------------------------------
# a prefecture city after the verb; key control areas; 等场所


def test_a_prefecture_city_after_the_verb_is_no_part_of_the_place() -> None:
    text = ("关于划定风险区的通告\n一、将荆州市甲路以东,乙路以北,丙路以西,丁路以南(金峰区政府和光明学院除外)的围合区"
            "划定为中风险地区,其他地区风险等级不变。")
    assert levels_of(text) == {"medium": ["甲路以东,乙路以北,丙路以西,丁路以南(金峰区政府和光明学院除外)的围合区"]}
    assert "的围合区" not in _districts(text)
    text = ("关于划定风险区的通告\n三、将宜昌市银杏广场、春晓路大药房等场所列为重点管控区域。"
            "从即日起以上场所暂停营业。")
    assert levels_of(text) == {"controlled": ["银杏广场", "春晓路大药房"]}
    text = "关于划定风险区的通告\n一、将襄阳市翠锦小区划定为中风险地区。"
    assert levels_of(text) == {"medium": ["翠锦小区"]}


def test_a_prefecture_city_after_the_verb_in_traditional_and_full_width() -> None:
    text = in_traditional("关于划定风险区的通告\n三、将宜昌市银杏广场、春晓路大药房等场所列为重点管控区域。")
    assert levels_of(text) == {"controlled": ["银杏广场", "春晓路大药房"]}
    text = ("关于划定风险区的通告\n一、将荆州市甲路以东,乙路以北(光明学院除外)的围合区划定为中风险地区。"
            .translate(HALF_TO_FULL))
    assert levels_of(text) == {"medium": ["甲路以东,乙路以北(光明学院除外)的围合区"]}


@settings(max_examples=25, deadline=None)
@given(city=st.sampled_from(["荆州市", "宜昌市", "襄阳市", "十堰市"]), a=word, b=word)
def test_a_prefecture_city_after_the_verb_over_invented_names(city: str, a: str, b: str) -> None:
    text = f"关于划定风险区的通告\n三、将{city}{a}广场、{b}超市等场所列为重点管控区域。"
    assert levels_of(text) == {"controlled": [f"{a}广场", f"{b}超市"]}


def test_a_city_in_an_institutions_or_companys_name_and_a_county_level_city_stay() -> None:
    text = "关于划定风险区的通告\n将保定市第三中学西校区划定为高风险区。"
    assert levels_of(text) == {"high": ["保定市第三中学西校区"]}
    text = "关于划定风险区的通告\n将宁波市金峰电子有限公司划定为中风险地区。"
    assert levels_of(text) == {"medium": ["宁波市金峰电子有限公司"]}
    text = "关于划定风险区的通告\n将义乌市银杏小区划定为中风险地区。"
    assert by_level(text) == {("medium", "义乌市"): ["银杏小区"]}
    assert levels_of("关于划定风险区的通告\n将荆州市中心城区部分区域划定为中风险地区。") == {}


# ---------------------------------------------------------------------------------------------------
# a bounded area as the subject, 解封 and the kind of area it was


def test_a_bounded_area_unsealed_from_its_kind_after_a_comma() -> None:
    text = ("关于解封的通告\n一、金峰小区3栋,解除封控,一周内继续围合管理。\n"
            "三、金峰公园甲路、乙路、丙路(内部路)、丁路(内部路)合围区域(封控区、管控区除外),解封防范区,"
            "一周内实施略高于社会面的管理措施。")
    area = "金峰公园甲路、乙路、丙路(内部路)、丁路(内部路)合围区域(封控区、管控区除外)"
    assert levels_of(text) == {"lifted": ["金峰小区3栋", area]}
    text = "关于解封的通告\n二、春晓路、长风路(内部路)合围区域,解封管控区,继续围合管理。"
    assert levels_of(text) == {"lifted": ["春晓路、长风路(内部路)合围区域"]}
    text = "关于解封的通告\n二、春晓路、长风路、胜利路合围区域(封控区除外),解封防范区,避免聚集。"
    assert levels_of(text) == {"lifted": ["春晓路、长风路、胜利路合围区域(封控区除外)"]}


def test_a_bounded_area_unsealed_in_traditional_and_full_width() -> None:
    text = in_traditional("关于解封的通告\n三、金峰公园甲路、乙路(内部路)合围区域(封控区除外),解封防范区,避免聚集。")
    assert levels_of(text) == {"lifted": ["金峰公园甲路、乙路(内部路)合围区域(封控区除外)"]}
    text = ("关于解封的通告\n三、金峰公园甲路、乙路(内部路)合围区域(封控区除外),解封防范区,避免聚集。"
            .translate(HALF_TO_FULL))
    assert levels_of(text) == {"lifted": ["金峰公园甲路、乙路(内部路)合围区域(封控区除外)"]}


@settings(max_examples=25, deadline=None)
@given(a=word, b=word, c=word)
def test_a_bounded_area_unsealed_over_invented_names(a: str, b: str, c: str) -> None:
    text = (f"关于解封的通告\n三、{a}路、{b}路(内部路)、{c}路(内部路)合围区域(封控区、管控区除外),"
            "解封防范区,避免聚集。")
    assert levels_of(text) == {"lifted": [f"{a}路、{b}路(内部路)、{c}路(内部路)合围区域(封控区、管控区除外)"]}


def test_unsealing_the_kind_as_a_time_or_its_people_is_no_place() -> None:
    assert levels_of("关于解封的通告\n三、小区解封防范区后,居民须做好个人防护。") == {}
    assert levels_of("关于解封的通告\n三、请居民,解封防范区后继续做好个人防护。") == {}
