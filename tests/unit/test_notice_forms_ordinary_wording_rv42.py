"""Ordinary wording near the forms added in a0347139 and f5035c9b, read as before them (review rv42): places listed
with 、 before one area "between" two roads joined by 与 (和, 至) stay apart; a lift's heading over the areas listed
below ("一、解除以下区域的管控措施:") is no title of measures; a resort before a name with 乡村 or 小镇, or a town's
own resort, is no district over a town; 将 before a verb ("A小区将被划定为…") starts no name; a signature line under a
list closed with 。 ("A区融媒体中心") is no place. Notices here are written for the tests (invented names)."""

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

# --- "A小区、B苑、C路与D路之间的区域": the last item joins its own two roads -------------------------------------


def test_places_before_an_area_between_two_joined_roads_stay_apart() -> None:
    assert levels_of("高风险区:龙泉小区、青石苑、柳河路与杏花路之间的区域;南岗村。") \
        == {"high": ["龙泉小区", "青石苑", "柳河路与杏花路之间的区域", "南岗村"]}


def test_between_two_joined_roads_variants() -> None:
    assert by_level("一、高风险区\n1.金东区龙泉小区、青石苑、柳河路和杏花路之间的区域\n2.金东区南岗村") \
        == {("high", "金东区"): ["龙泉小区", "青石苑", "柳河路和杏花路之间的区域", "南岗村"]}
    assert levels_of(in_traditional("中风险区:龙泉小区、青石苑、柳河路至杏花路之间的区域。")) \
        == {"medium": ["龙泉小区", "青石苑", "柳河路至杏花路之间的区域"]}
    assert levels_of("高风险区:龙泉小区、青石苑、柳河村与杏花村之间的片区。".translate(HALF_TO_FULL)) \
        == {"high": ["龙泉小区", "青石苑", "柳河村与杏花村之间的片区"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=4, max_size=4, unique=True),
       st.sampled_from(["与", "和", "至"]))
def test_any_places_before_an_area_between_two_joined_roads(names: list[str], joint: str) -> None:
    area = f"{names[2]}路{joint}{names[3]}路之间的区域"
    text = f"高风险区:{names[0]}小区、{names[1]}苑、{area}。"
    assert levels_of(text) == {"high": [f"{names[0]}小区", f"{names[1]}苑", area]}


# --- "一、解除以下区域的管控措施:": the areas are listed below, the lift's ---------------------------------------


def test_a_lift_of_the_measures_of_the_areas_below_heads_its_list() -> None:
    assert levels_of("一、解除以下区域的管控措施:\n青石村、柳河村。") == {"lifted": ["青石村", "柳河村"]}


def test_lift_of_areas_below_variants() -> None:
    assert levels_of("自即日起,解除以下区域的管控措施:\n青石村、柳河村。") == {"lifted": ["青石村", "柳河村"]}
    assert levels_of(in_traditional("一、解除下列区域的管控措施:\n青石村、柳河村。")) \
        == {"lifted": ["青石村", "柳河村"]}
    assert levels_of("一、解除如下区域的管控措施:\n青石村、柳河村。".translate(HALF_TO_FULL)) \
        == {"lifted": ["青石村", "柳河村"]}


# --- "A度假区B乡村酒店", "A度假区B小镇5栋", "A镇B度假区C村": no district over a town -----------------------------


def test_a_resort_before_a_country_inn_is_no_district() -> None:
    assert by_level("中风险区:\n1.金东区龙泉小区;\n2.柳河度假区青石乡村酒店。") \
        == {("medium", "金东区"): ["龙泉小区", "柳河度假区青石乡村酒店"]}


def test_resort_before_no_town_variants() -> None:
    assert by_level("中风险区:\n1.金东区龙泉小区;\n2.柳河旅游度假区青石小镇5栋。") \
        == {("medium", "金东区"): ["龙泉小区", "柳河旅游度假区青石小镇5栋"]}
    assert by_level(in_traditional("中风险区:\n1.金东区龙泉小区;\n2.青石镇柳河度假区龙泉乡村酒店。")) \
        == {("medium", "金东区"): ["龙泉小区", "青石镇柳河度假区龙泉乡村酒店"]}
    assert by_level("将金东区龙泉小区、杏花镇柳河度假区南岗乡村客栈调整为低风险区。".translate(HALF_TO_FULL)) \
        == {("low", "金东区"): ["龙泉小区", "杏花镇柳河度假区南岗乡村客栈"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.sampled_from(["乡村酒店", "乡村民宿", "小镇5栋", "小镇2号楼"]))
def test_any_resort_before_a_name_with_country_or_small_town(resort: str, name: str, tail: str) -> None:
    place = f"{resort}度假区{name}{tail}"
    assert by_level(f"中风险区:\n1.金东区龙泉小区;\n2.{place}。") == {("medium", "金东区"): ["龙泉小区", place]}


# --- "A小区将被划定为…": 将 before a verb, no name ---------------------------------------------------------------


def test_will_before_a_passive_verb_starts_no_name() -> None:
    assert levels_of("自即日起,龙泉小区将被划定为高风险区。") == {}


def test_will_before_a_verb_variants() -> None:
    assert levels_of("经研判,青石村将恢复为低风险区。") == {}
    assert levels_of(in_traditional("自即日起,龙泉小区将被调整为中风险区。")) == {}
    assert levels_of("经研判,柳河社区将恢复为低风险区。".translate(HALF_TO_FULL)) == {}


# --- a signature under a list closed with 。 ----------------------------------------------------------------------


def test_a_media_centre_signing_under_a_list_is_no_place() -> None:
    assert by_level("一、高风险区\n龙泉小区、青石村。\n金东区融媒体中心") == {("high", None): ["龙泉小区", "青石村"]}


def test_signature_under_a_list_variants() -> None:
    assert by_level("一、高风险区\n龙泉小区、青石村。\n金东区新闻中心") == {("high", None): ["龙泉小区", "青石村"]}
    assert by_level(in_traditional("一、高风险区\n龙泉小区、青石村。\n金东区政务服务中心\n2022年11月5日")) \
        == {("high", None): ["龙泉小区", "青石村"]}
    assert by_level("一、高风险区\n龙泉小区、青石村。\n婺城区融媒体中心".translate(HALF_TO_FULL)) \
        == {("high", None): ["龙泉小区", "青石村"]}


def test_whole_places_closed_with_a_full_stop_still_go_on() -> None:
    # (the form the rule reads: a line of places closed as the list's line is)
    assert levels_of("一、高风险区\n龙泉小区、青石村。\n柳河花园、杏花苑。") \
        == {"high": ["龙泉小区", "青石村", "柳河花园", "杏花苑"]}


# --- "一、新增封闭控制区(2个,解封时间另行通知)": a note of when the new areas will be lifted is no lift --------------


def test_a_note_of_the_lift_to_come_makes_no_lift() -> None:
    assert "lifted" not in levels_of("一、新增封闭控制区(2个,解除时间另行通知)\n青石村\n柳河村\n")


def test_note_of_the_lift_to_come_variants() -> None:
    assert "lifted" not in levels_of("一、新增封闭控制区(2个,解封时间另行通知)\n青石村\n柳河村\n")
    assert "lifted" not in levels_of(in_traditional("一、新增密封控制区(2个,解除时间另行通知)\n青石村\n柳河村\n"))
    assert "lifted" not in levels_of("二。新增管制区(1个,解除时间另行通知)\n龙泉村\n".translate(HALF_TO_FULL))


# --- "3.居民小区:实行封闭管理。": measures of every place of a kind, no item ---------------------------------------


def test_measures_of_residential_compounds_under_a_list_are_no_place() -> None:
    assert levels_of("一、高风险区\n1.龙泉小区;\n2.青石村;\n3.居民小区:实行封闭管理。") \
        == {"high": ["龙泉小区", "青石村"]}


def test_measures_of_a_kind_of_place_variants() -> None:
    assert levels_of("一、中风险区\n1.龙泉小区;\n2.青石村;\n3.居民住宅小区:实施封闭管理。") \
        == {"medium": ["龙泉小区", "青石村"]}
    assert levels_of(in_traditional("一、高风险区\n1.龙泉小区;\n2.青石村;\n3.城区广场:实行关闭管理。")) \
        == {"high": ["龙泉小区", "青石村"]}
    assert levels_of("一、高风险区\n(1)龙泉小区;\n(2)青石村;\n(3)城区公园:实行关闭管理。".translate(HALF_TO_FULL)) \
        == {"high": ["龙泉小区", "青石村"]}
    assert levels_of("一、高风险区\n1.龙泉小区;\n2.青石村;\n3.住宅小区:实行封闭管理。") \
        == {"high": ["龙泉小区", "青石村"]}
