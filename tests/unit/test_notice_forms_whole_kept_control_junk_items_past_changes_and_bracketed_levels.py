"""Forms of notices that keep places under control as a whole ("A社区、B村继续实行全域管控"), carry a forum copy's
anti-copy string before an item's number ("* v2 G6 D( c7 j5 B    3、A社区…"), tell an earlier change as the time the
days without cases are counted from ("“A、B”由高风险区调整为中风险区后,已连续3天无新增…"), and list a level's areas
in brackets after its name with the level's measures after them ("中风险区(A、B)严格落实…;低风险区(A镇除中风险区
以外的其他区域)严格落实…"), the town's silent management lifted at once. Each form in variants written here
(invented places, other counties, traditional characters, full-width punctuation), properties over generated
names, and near-misses of ordinary wording."""

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


# --- places kept under control as a whole: "继续实行全域管控" ------------------------------------------------

def test_places_kept_under_whole_control() -> None:
    text = ("关于调整宁陕县金川镇临时管控措施的通告\n一、调整范围\n"
            "1、金川镇东山村、南坪村解除管控措施,人员有序流动。\n"
            "2、北关社区、石桥村继续实行全域管控,落实管控措施,期间“足不出户、上门服务”。")
    assert levels_of(text)["controlled"] == ["北关社区", "石桥村"]


def test_places_kept_under_whole_control_traditional_full_width() -> None:
    text = in_traditional("关于调整凤县红花镇临时管控措施的通告\n"
                          "一、龙口社区、翠峰村继续实施全域管控,落实管控措施。").translate(HALF_TO_FULL)
    assert levels_of(text)["controlled"] == ["龙口社区", "翠峰村"]


def test_one_place_kept_under_whole_control_at_the_end_of_its_sentence() -> None:
    text = "关于调整佛坪县长角坝镇临时管控措施的通告\n二、沙窝村仍实行全域管控。"
    assert levels_of(text)["controlled"] == ["沙窝村"]


def test_whole_control_of_people_or_the_whole_county_is_no_place() -> None:
    assert by_level("关于调整佛坪县临时管控措施的通告\n一、密接人员继续实行全域管控,落实管控措施。") == {}
    assert by_level("关于调整佛坪县临时管控措施的通告\n一、全县继续实行全域管控,落实管控措施。") == {}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True), st.sampled_from(["继续实行", "继续实施", "仍实行"]))
def test_any_places_kept_under_whole_control(villages: list[str], verb: str) -> None:
    places = [f"{v}村" for v in villages]
    text = f"关于调整宁陕县金川镇临时管控措施的通告\n3、{'、'.join(places)}{verb}全域管控,落实管控措施。"
    assert levels_of(text)["controlled"] == places


# --- a forum copy's anti-copy string before an item's number ----------------------------------------------

def test_junk_before_an_item_number_goes() -> None:
    text = ("关于调整宁陕县金川镇临时管控措施的通告\n一、调整范围\n"
            "* v2 G6 D( c7 j5 B    1、北关社区、石桥村继续实行管控措施,落实管控措施。")
    assert levels_of(text)["controlled"] == ["北关社区", "石桥村"]


def test_junk_before_an_item_number_traditional_full_width() -> None:
    text = ("關於調整鳳縣紅花鎮臨時管控措施的通告\n"
            + "; K) L( u7 O* Y8 q; F  2、龍口社區、翠峰村繼續實行管控措施,落實管控措施。".translate(HALF_TO_FULL))
    assert levels_of(text)["controlled"] == ["龙口社区", "翠峰村"]


def test_junk_with_a_symbol_before_an_item_number() -> None:
    text = ("关于调整佛坪县长角坝镇临时管控措施的通告\n一、调整范围\n"
            "! x4 Q7 e( h2 M9 T    3、沙窝村、东岳村继续实行管控措施,落实管控措施。")
    assert levels_of(text)["controlled"] == ["沙窝村", "东岳村"]


def test_an_ascii_label_without_junk_before_a_number_stays() -> None:
    # (no junk character: a building's code "A1 B2" before a number that is no item's stays part of the place)
    text = "关于调整佛坪县长角坝镇临时管控措施的通告\n3、A1 B2  3号楼继续实行管控措施。"
    assert levels_of(text).get("controlled") != ["3号楼"]


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=3, unique=True),
       st.sampled_from(["* v2 G6 D( c7 j5 B", "! x4 Q7 e( h2 M9 T", "# b3 W( k8 ~ p1"]))
def test_any_junk_before_an_item_number(villages: list[str], junk: str) -> None:
    places = [f"{v}社区" for v in villages]
    text = f"关于调整宁陕县金川镇临时管控措施的通告\n{junk}    2、{'、'.join(places)}继续实行管控措施。"
    assert levels_of(text)["controlled"] == places


# --- an earlier change told as the time the days without cases are counted from ---------------------------

REPORT = ("8月12日,某市联防联控领导小组办公室发布通告,{county}“{places}”由高风险区调整为中风险区后,已连续3天无新增阳性"
          "感染者。经专家组研判:\n自2022年8月12日17时起,将{county}“{places}”由中风险区降为低风险区。")


def test_earlier_change_before_the_count_is_no_level() -> None:
    text = REPORT.format(county="渭源县", places="清源镇金泉小区、春风花园")
    assert by_level(text) == {("low", "渭源县"): ["清源镇金泉小区", "春风花园"]}


def test_earlier_change_before_the_count_traditional_full_width() -> None:
    text = in_traditional(REPORT.format(county="通渭县", places="平襄镇锦绣小区、翠峰新村")).translate(HALF_TO_FULL)
    assert by_level(text) == {("low", "通渭县"): ["平襄镇锦绣小区", "翠峰新村"]}


def test_earlier_lowering_before_the_count_of_days() -> None:
    text = ("8月2日,某市联防联控领导小组办公室发布通告,岷县“梅川镇星光小区、锦绣花园”由高风险区降级为中风险区后,"
            "已连续5日未新增阳性感染者。经专家组研判:\n自2022年8月2日17时起,将岷县“梅川镇星光小区、锦绣花园”"
            "由中风险区降为低风险区。")
    assert by_level(text) == {("low", "岷县"): ["梅川镇星光小区", "锦绣花园"]}


def test_a_change_with_its_measures_after_is_the_notices_own() -> None:
    text = "自即日起,渭源县清源镇金泉小区调整为中风险区后,继续落实“人不出区、错峰取物”。"
    assert levels_of(text).get("medium") == ["清源镇金泉小区"]


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True))
def test_any_earlier_change_before_the_count(compounds: list[str]) -> None:
    places = [f"{c}小区" for c in compounds]
    text = REPORT.format(county="渭源县", places="、".join(places))
    assert by_level(text) == {("low", "渭源县"): places}


# --- a level's areas in brackets after its name, then its measures ------------------------------------------

BRACKETED = ("{county}应对疫情应急指挥部关于解除{town}静态管理的通告\n"
             "自2022年10月14日0时起,解除{town}静态管理。\n一、严格社会面管控\n"
             "解除静态管理后,中风险区({parts})严格落实“人不出区、错峰取物”的防范措施;低风险区({town}除中风险区以外的"
             "其他区域)严格落实“个人防护、避免聚集”的防范措施。")


def test_bracketed_levels_then_measures() -> None:
    text = BRACKETED.format(county="江安县", town="江安镇", parts="江安镇金华小区、江安镇竹都大道二段18号")
    assert by_level(text) == {("medium", "江安县"): ["江安镇金华小区", "江安镇竹都大道二段18号"],
                              ("low", "江安县"): ["江安镇除中风险区以外的其他区域"]}


def test_bracketed_levels_traditional_full_width() -> None:
    text = BRACKETED.format(county="高县", town="庆符镇", parts="庆符镇锦绣花园")
    text = in_traditional(text).translate(HALF_TO_FULL)
    assert by_level(text) == {("medium", "高县"): ["庆符镇锦绣花园"],
                              ("low", "高县"): ["庆符镇除中风险区以外的其他区域"]}


def test_bracketed_high_level_with_other_verb() -> None:
    text = "关于珙县巡场镇划定风险区的通告\n高风险区(巡场镇星光小区、巡场镇春风村3组)实行“足不出户、上门服务”。"
    assert levels_of(text)["high"] == ["巡场镇星光小区", "巡场镇春风村3组"]


def test_bracketed_counts_or_definitions_are_no_places() -> None:
    text = "关于珙县巡场镇划定风险区的通告\n高风险区(以下简称高风险区)严格落实“足不出户、上门服务”的管控措施。"
    assert by_level(text) == {}
    text = "关于珙县巡场镇划定风险区的通告\n高风险区(居民及相关人员)严格落实“足不出户、上门服务”的管控措施。"
    assert by_level(text) == {}


def test_a_lift_with_one_compound_levelled_keeps_its_lift() -> None:
    # (no rest of the town given a level: the town's lift stands)
    text = ("江安县应对疫情应急指挥部关于解除江安镇静态管理的通告\n自2022年10月14日0时起,解除江安镇静态管理。\n"
            "解除静态管理后,中风险区(江安镇金华小区)严格落实“人不出区、错峰取物”的防范措施。")
    assert by_level(text)[("lifted", "江安县")] == ["江安镇"]


@settings(max_examples=25, deadline=None)
@given(name, st.lists(name, min_size=1, max_size=3, unique=True))
def test_any_bracketed_levels_then_measures(town: str, compounds: list[str]) -> None:
    parts = [f"{town}镇{c}小区" for c in compounds]
    text = BRACKETED.format(county="江安县", town=f"{town}镇", parts="、".join(parts))
    assert by_level(text) == {("medium", "江安县"): parts,
                              ("low", "江安县"): [f"{town}镇除中风险区以外的其他区域"]}
