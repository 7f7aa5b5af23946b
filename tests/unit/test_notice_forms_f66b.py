"""Forms of notices whose lead names the district only in a vague object over a range ("将甲区部分区域划定为高风险区。
现将有关事项通告如下:" over "一、具体点位"), list a bare street on its line over another street's area on the next
("偏岩街;" over "胜湖街片区;": two places), and tell in a report the day the places were made medium as done to them
("2021年5月18日,A,B被调整为疫情中风险区。…从5月31日起,将A,B调整为低风险区": history, the lowering the news).
Each form in variants written here (invented places, other counties, traditional characters, full-width punctuation
and digits), properties over generated names, and near-misses of ordinary wording."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    _KNOWN_DISTRICTS,
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    no_real_city,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)
FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


# --- the district named only in the lead's vague object over a range ------------------------------------------

VAGUE_LEAD = ("为切实保障广大市民的生命安全和身体健康,经疾控专家研判和区新型冠状病毒肺炎疫情防控工作指挥部研究,"
              "决定自2022年11月27日18时起,将{district}部分区域{verb}高风险区。现将有关事项通告如下:\n一、具体点位\n"
              "(一)春风街道:\n(1)锦绣小区;\n(2)星河宾馆。\n(二)龙山街道:\n(1)阳光花园。\n"
              "二、防控措施\n(一)实行封控措施。")
VAGUE_PLACES = ["春风街道锦绣小区", "春风街道星河宾馆", "龙山街道阳光花园"]


def test_district_of_a_vague_lead_over_a_range() -> None:
    assert by_level(VAGUE_LEAD.format(district="金华区", verb="划定为")) == {("high", "金华区"): VAGUE_PLACES}


def test_district_of_a_vague_lead_traditional_full_width() -> None:
    text = in_traditional(VAGUE_LEAD.format(district="金华区", verb="划定为"))
    assert by_level(text.translate(HALF_TO_FULL).translate(FULL_DIGITS)) == {("high", "金华区"): VAGUE_PLACES}


def test_county_of_a_vague_lead_with_another_verb() -> None:
    assert by_level(VAGUE_LEAD.format(district="瑞丰县", verb="调整为")) == {("high", "瑞丰县"): VAGUE_PLACES}


def test_towns_or_nothing_before_the_vague_object_give_no_district() -> None:
    # (towns' areas, "将A街道、B街道相关区域", or "将部分区域": no district named, beside the district's lead)
    assert by_level(VAGUE_LEAD.format(district="翠峰区", verb="划定为")) == {("high", "翠峰区"): VAGUE_PLACES}
    text = VAGUE_LEAD.replace("将{district}部分区域", "将春风街道、龙山街道相关区域").format(verb="划定为")
    assert by_level(text) == {("high", None): VAGUE_PLACES}
    text = VAGUE_LEAD.replace("将{district}部分区域", "将部分区域").format(verb="划定为")
    assert by_level(text) == {("high", None): VAGUE_PLACES}


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["区", "县"]), st.sampled_from(["划定为", "调整为", "划为"]))
def test_any_district_of_a_vague_lead(stem: str, kind: str, verb: str) -> None:
    assume(no_real_city(stem) and stem not in ("春风", "龙山"))
    district = stem + kind
    # (a real county at the end of an invented one, "金华兴县" holding 兴县, is read as that county)
    assume(not any(district[i:] in _KNOWN_DISTRICTS for i in range(1, len(district) - 1)))
    assert by_level(VAGUE_LEAD.format(district=district, verb=verb)) == {("high", district): VAGUE_PLACES}


# --- a bare street on its line over another street's area on the next -----------------------------------------

STREETS = ("北碚区关于调整疫情风险区的通告\n决定自2022年11月28日2时起,调整3个高风险区为低风险区。现通告如下:\n"
           "一、具体点位\n1.金华镇(3个)\n{first};\n{second};\n星河社区片区;\n")


def test_bare_street_over_a_street_area_are_two_places() -> None:
    assert by_level(STREETS.format(first="康宁街", second="胜利街片区")) == {
        ("low", "北碚区"): ["金华镇康宁街", "金华镇胜利街片区", "金华镇星河社区片区"]}


def test_bare_street_over_a_street_area_traditional_full_width() -> None:
    text = in_traditional(STREETS.format(first="康宁街", second="胜利街片区"))
    assert by_level(text.translate(HALF_TO_FULL).translate(FULL_DIGITS)) == {
        ("low", "北碚区"): ["金华镇康宁街", "金华镇胜利街片区", "金华镇星河社区片区"]}


def test_bare_lane_over_a_lane_area_are_two_places() -> None:
    assert by_level(STREETS.format(first="翠峰巷", second="锦绣巷自建房片区")) == {
        ("low", "北碚区"): ["金华镇翠峰巷", "金华镇锦绣巷自建房片区", "金华镇星河社区片区"]}


def test_lanes_in_one_run_share_their_area() -> None:
    # (near-miss: "A巷、B巷自建房片区" in one run of 、 is the area of both lanes, one place; on two lines, two)
    assert by_level(STREETS.format(first="翠峰巷", second="锦绣巷自建房片区"))[("low", "北碚区")][:2] == [
        "金华镇翠峰巷", "金华镇锦绣巷自建房片区"]
    places = by_level(STREETS.format(first="翠峰巷、锦绣巷自建房片区", second="胜利街片区").replace("3个", "2个"))
    assert len(places[("low", "北碚区")]) == 3
    assert places[("low", "北碚区")][0].endswith("锦绣巷自建房片区") and "翠峰巷" in places[("low", "北碚区")][0]


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=2, unique=True), st.sampled_from(["街", "巷", "路"]),
       st.sampled_from(["片区", "区域", "自建房片区"]))
def test_any_bare_street_over_a_street_area(names: list[str], kind: str, area: str) -> None:
    assume(no_real_city(*names))
    first, second = names[0] + kind, names[1] + kind + area
    assert by_level(STREETS.format(first=first, second=second)) == {
        ("low", "北碚区"): [f"金华镇{first}", f"金华镇{second}", "金华镇星河社区片区"]}


# --- a report's past day with the places done to (被) before the notice changes them again ----------------------

PASSIVE = ("据“某地发布”官方微博,2021年5月18日,瑞丰区{a},瑞丰区{b}{verb}疫情中风险区。有关部门严格落实管控措施。"
           "经专家组综合评估研判,从2021年5月31日11时起,将瑞丰区{a},瑞丰区{b}调整为低风险区,其他地区风险等级不变。")


def test_past_day_passive_medium_is_history_before_the_lowering() -> None:
    text = PASSIVE.format(a="锦绣小区", b="阳光花园", verb="被调整为")
    assert by_level(text) == {("low", "瑞丰区"): ["锦绣小区", "阳光花园"]}


def test_past_day_passive_traditional_full_width() -> None:
    text = in_traditional(PASSIVE.format(a="锦绣小区", b="阳光花园", verb="被调整为"))
    assert by_level(text.translate(HALF_TO_FULL).translate(FULL_DIGITS)) == {
        ("low", "瑞丰区"): ["锦绣小区", "阳光花园"]}


def test_past_day_passive_with_another_verb() -> None:
    text = PASSIVE.format(a="星河花园3号楼所在的独立院落", b="翠峰苑", verb="被划定为")
    assert by_level(text) == {("low", "瑞丰区"): ["星河花园3号楼所在的独立院落", "翠峰苑"]}


def test_passive_news_without_a_later_change_or_from_a_day_stays() -> None:
    # (near-misses: the passive sentence alone is the news; "自…起" is a change from that day, kept; beside the
    # report whose lowering makes the passive sentence history)
    text = PASSIVE.format(a="锦绣小区", b="阳光花园", verb="被列为")
    assert by_level(text) == {("low", "瑞丰区"): ["锦绣小区", "阳光花园"]}
    assert by_level("2021年5月18日,瑞丰区锦绣小区被调整为疫情中风险区。") == {("medium", "瑞丰区"): ["锦绣小区"]}
    text = "自2021年5月18日起,瑞丰区锦绣小区被调整为中风险区。从2021年5月31日11时起,将瑞丰区星河花园调整为低风险区。"
    assert by_level(text) == {("medium", "瑞丰区"): ["锦绣小区"], ("low", "瑞丰区"): ["星河花园"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=2, unique=True), st.sampled_from(["小区", "花园", "家园"]))
def test_any_past_day_passive_before_a_lowering(names: list[str], kind: str) -> None:
    assume(no_real_city(*names))
    a, b = names[0] + kind, names[1] + kind
    text = PASSIVE.format(a=a, b=b, verb="被调整为")
    assert by_level(text) == {("low", "瑞丰区"): [a, b]}
