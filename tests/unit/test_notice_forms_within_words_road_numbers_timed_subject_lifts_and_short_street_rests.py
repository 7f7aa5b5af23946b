"""Forms of the sixty-fourth held-out set, part b: "within the street's jurisdiction" between a street or town and
a named community or village of it ("A街道管辖区域内B社区C花园"), no part of the place; a road's house numbers each
written with the road ("A社区B路146号、B路148号"), a place each; a lift written as its places' subject right after the
hour it starts ("决定自…起,A村1组、2组中风险区解除管控,按低风险区实施管理"), lifted; a news copy's measures in
straight quotation marks padded with spaces (实行 " 个人防护,避免聚集 "), and streets written short ("A街", 广州)
among bare towns before one town's rest, one place. Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
    no_real_city,
)

# --- "A街道管辖区域内B社区C花园": the street's jurisdiction, no part of the place --------------------------------

_WITHIN = "一、即日(9月13日)起,{street}管辖区域内{community}社区翠锦花园(金华路10-20号)划为管控区。"


def test_a_streets_jurisdiction_before_its_community_is_no_part_of_the_place() -> None:
    assert levels_of(_WITHIN.format(street="青石街道", community="柳河")) \
        == {"controlled": ["青石街道柳河社区翠锦花园(金华路10-20号)"]}


def test_within_street_variants() -> None:
    assert levels_of("一、即日起,杏花镇辖区内龙泉村三组划为封控区。") == {"sealed": ["杏花镇龙泉村三组"]}
    assert levels_of("一、即日起,南岗街道管辖范围内桃源社区春晓苑划为管控区。") \
        == {"controlled": ["南岗街道桃源社区春晓苑"]}
    assert levels_of(in_traditional(_WITHIN.format(street="青石街道", community="柳河"))) \
        == {"controlled": ["青石街道柳河社区翠锦花园(金华路10-20号)"]}
    assert levels_of(_WITHIN.format(street="青石街道", community="柳河").translate(HALF_TO_FULL)) \
        == {"controlled": ["青石街道柳河社区翠锦花园(金华路10-20号)"]}


@settings(max_examples=25, deadline=None)
@given(street=invented_names(PLAIN_SYLLABLES), community=invented_names(PLAIN_SYLLABLES))
def test_within_street_property(street: str, community: str) -> None:
    assume(no_real_city(street, community))
    assert levels_of(_WITHIN.format(street=f"{street}街道", community=community)) \
        == {"controlled": [f"{street}街道{community}社区翠锦花园(金华路10-20号)"]}


def test_a_towns_rest_or_kinds_within_it_stay_as_written() -> None:
    # (near misses: every village of the town, the town but a village, the town but its levels)
    assert levels_of("即日起,将杏花镇辖区内所有村划为防范区。") == {"precaution": ["杏花镇辖区内所有村"]}
    assert levels_of("即日起,将杏花镇辖区内龙泉村以外的区域划为防范区。") \
        == {"precaution": ["杏花镇辖区内龙泉村以外的区域"]}
    assert levels_of("即日起,将杏花镇辖区内除封控区外的区域划为防范区。") \
        == {"precaution": ["杏花镇辖区内除封控区外的区域"]}


# --- "A社区B路146号、B路148号": a road's house numbers, each a place ------------------------------------------

_ROAD_NUMBERS = "自10月2日17时起,对青石街道柳河社区{numbers}封控区、管控区解除封控、管控。"


def test_a_roads_house_numbers_each_written_with_the_road_are_places() -> None:
    assert levels_of(_ROAD_NUMBERS.format(numbers="金华路146号、金华路148号、金华路150-1号")) \
        == {"lifted": ["青石街道柳河社区金华路146号", "金华路148号", "金华路150-1号"]}


def test_road_numbers_variants() -> None:
    assert levels_of(_ROAD_NUMBERS.format(numbers="春晓街12号、春晓街14号")) \
        == {"lifted": ["青石街道柳河社区春晓街12号", "春晓街14号"]}
    assert levels_of(in_traditional(_ROAD_NUMBERS.format(numbers="金华路146号、金华路148号"))) \
        == {"lifted": ["青石街道柳河社区金华路146号", "金华路148号"]}
    assert levels_of(_ROAD_NUMBERS.format(numbers="翠锦巷3号、翠锦巷5-7号").translate(HALF_TO_FULL)) \
        == {"lifted": ["青石街道柳河社区翠锦巷3号", "翠锦巷5-7号"]}


@settings(max_examples=25, deadline=None)
@given(road=invented_names(PLAIN_SYLLABLES))
def test_road_numbers_property(road: str) -> None:
    assume(no_real_city(road))
    assert levels_of(_ROAD_NUMBERS.format(numbers=f"{road}路21号、{road}路23号")) \
        == {"lifted": [f"青石街道柳河社区{road}路21号", f"{road}路23号"]}


def test_a_hamlets_numbers_or_bare_numbers_stay_one_place() -> None:
    # (near misses: a village's hamlet written with each number, a road's numbers written once)
    assert levels_of(_ROAD_NUMBERS.format(numbers="桃源社89号、桃源社90号")) \
        == {"lifted": ["青石街道柳河社区桃源社89号、桃源社90号"]}
    assert levels_of(_ROAD_NUMBERS.format(numbers="金华路146号、148号、150号")) \
        == {"lifted": ["青石街道柳河社区金华路146号、148号、150号"]}


# --- "决定自…起,A中风险区解除管控,按低风险区实施管理": a subject lifted after its hour ----------------------------

_TIMED = "经州县专家研判,县指挥部研究,决定自2022年10月18日08时起,{place}{level}解除{kind},按低风险区实施管理。"


def test_places_lifted_as_the_subject_after_the_hour_are_lifted() -> None:
    assert by_level(_TIMED.format(place="金县杏花镇龙泉村1组、2组、3组", level="中风险区", kind="管控")) \
        == {("lifted", "金县"): ["杏花镇龙泉村1组、2组、3组"]}


def test_timed_subject_lift_variants() -> None:
    assert levels_of(_TIMED.format(place="青石街道柳河社区翠锦花园", level="高风险区", kind="封控")) \
        == {"lifted": ["青石街道柳河社区翠锦花园"]}
    assert levels_of(in_traditional(_TIMED.format(place="杏花镇龙泉村1组", level="中风险区", kind="管控"))) \
        == {"lifted": ["杏花镇龙泉村1组"]}
    assert levels_of(_TIMED.format(place="南岗乡桃源村", level="管控区", kind="管控").translate(HALF_TO_FULL)) \
        == {"lifted": ["南岗乡桃源村"]}


@settings(max_examples=25, deadline=None)
@given(town=invented_names(PLAIN_SYLLABLES), village=invented_names(PLAIN_SYLLABLES))
def test_timed_subject_lift_property(town: str, village: str) -> None:
    assume(no_real_city(town, village))
    assert levels_of(_TIMED.format(place=f"{town}镇{village}村2组", level="中风险区", kind="管控")) \
        == {"lifted": [f"{town}镇{village}村2组"]}


def test_a_timed_lift_of_no_named_place_names_none() -> None:
    # (near misses: every area of a level, the areas' inside, a pointer to a list, a part's heading)
    for place in ("全县", "区域内", "以下"):
        assert levels_of(_TIMED.format(place=place, level="中风险区", kind="管控")) == {}, place
    assert levels_of("一、青石街道中风险区解除") == {}


# --- 实行 " 个人防护,避免聚集 " and "A街、B街、C镇全域(除…)": a town's rest shared by short streets --------------

_SHORT_STREETS = ("翠锦区关于划定风险区域的通告\n一、高风险区\n\n杏花镇龙泉村5号。\n\n二、低风险区\n\n"
                  "{streets}、杏花镇全域(除已公布的高风险区外),实行 \" 个人防护,避免聚集 \" 等管控措施,"
                  "离开所在区域须持48小时内核酸检测阴性证明。")


def test_short_streets_before_a_towns_rest_share_it() -> None:
    assert by_level(_SHORT_STREETS.format(streets="青石街、柳河街")) \
        == {("high", "翠锦区"): ["杏花镇龙泉村5号"],
            ("low", "翠锦区"): ["青石街、柳河街、杏花镇全域(除已公布的高风险区外)"]}


def test_short_streets_variants() -> None:
    # (one short street alone before the town's rest may be a road: listed apart; review rv65a)
    assert levels_of(_SHORT_STREETS.format(streets="青石街")) \
        == {"high": ["杏花镇龙泉村5号"], "low": ["青石街", "杏花镇全域(除已公布的高风险区外)"]}
    assert levels_of(in_traditional(_SHORT_STREETS.format(streets="青石街、柳河街"))) \
        == {"high": ["杏花镇龙泉村5号"], "low": ["青石街、柳河街、杏花镇全域(除已公布的高风险区外)"]}
    assert levels_of(_SHORT_STREETS.format(streets="青石街、柳河街").translate(HALF_TO_FULL)) \
        == {"high": ["杏花镇龙泉村5号"], "low": ["青石街、柳河街、杏花镇全域(除已公布的高风险区外)"]}


@settings(max_examples=25, deadline=None)
@given(a=invented_names(PLAIN_SYLLABLES), b=invented_names(PLAIN_SYLLABLES))
def test_short_streets_property(a: str, b: str) -> None:
    assume(a != b and no_real_city(a, b))
    assert levels_of(_SHORT_STREETS.format(streets=f"{a}街、{b}街"))["low"] \
        == [f"{a}街、{b}街、杏花镇全域(除已公布的高风险区外)"]


def test_straight_quoted_measures_after_places_read_as_quoted() -> None:
    text = "金区通告\n二、低风险区\n\n青石小区、柳河小区,实行 \" 个人防护,避免聚集 \" 等管控措施。"
    assert levels_of(text) == {"low": ["青石小区", "柳河小区"]}


def test_kinds_of_road_or_roads_with_numbers_keep_their_own_places() -> None:
    # (near misses: kinds of road before a town's rest, a road with its number and a road in a list of places)
    assert levels_of("金区通告\n二、低风险区\n\n步行街、商业街、杏花镇全域(除已公布的高风险区外)。") \
        == {"low": ["步行街", "商业街", "杏花镇全域(除已公布的高风险区外)"]}
    assert levels_of("金区通告\n一、高风险区\n\n青石街5号、柳河街。") == {"high": ["青石街5号", "柳河街"]}


def test_roads_written_as_short_streets_before_a_towns_rest_stay_apart() -> None:
    # (review rv65a: a short street alone before the rest, or streets listed across ";", lines or numbered items,
    # are roads listed apart, not streets sharing the town's rest)
    assert levels_of("中风险区:解放路、人民街、城关镇其他区域。") == {"medium": ["解放路", "人民街", "城关镇其他区域"]}
    assert levels_of("中风险区:城关镇A小区、文化街、城关镇其他区域。") \
        == {"medium": ["城关镇A小区", "文化街", "城关镇其他区域"]}
    assert levels_of("中风险区:解放路;人民街;文化街;城关镇其他区域。") \
        == {"medium": ["解放路", "人民街", "文化街", "城关镇其他区域"]}
    assert levels_of("中风险区:\n1.城关镇A小区\n2.新华街\n3.文化街\n4.城关镇其他区域") \
        == {"medium": ["城关镇A小区", "新华街", "文化街", "城关镇其他区域"]}
    assert levels_of("中風險區:解放路;人民街;文化街;城關鎮其他區域。") \
        == {"medium": ["解放路", "人民街", "文化街", "城关镇其他区域"]}
