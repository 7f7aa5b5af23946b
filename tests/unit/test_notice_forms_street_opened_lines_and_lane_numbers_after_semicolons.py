"""Forms of the forty-second held-out set (issue 15): a list written several places a line, with "、" between them
and none at the line's end, every line opening with its street or town ("A街道B社区C小区17栋、D街道E花园2栋" over
"F街道G公馆、H镇I村"): each line break separates two places; house numbers of one lane after a ";"
("A街1号、2号;B巷13号"): each lane's numbers one place, the ";" no run of the place before going on.
Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    in_traditional,
    invented_names,
    levels_of,
)

_LOW = "(二)自2022年11月28日0时起,将以下高风险区调整为低风险区:\n"


# --- several places a line, each line opening with its street or town --------------------------------------

def test_lines_opening_with_their_street_break_between_places() -> None:
    text = (_LOW + "青柳街道白鹭社区云栖小区二期17栋、青柳街道白鹭社区枫林苑3栋\n"
            "红枫街道月湖港湾2期13栋、红枫街道星河公寓\n红枫街道锦程社区丹桂园5栋")
    assert levels_of(text) == {"low": ["青柳街道白鹭社区云栖小区二期17栋", "青柳街道白鹭社区枫林苑3栋",
                                       "红枫街道月湖港湾2期13栋", "红枫街道星河公寓", "红枫街道锦程社区丹桂园5栋"]}


def test_lines_opening_with_their_street_or_town_variants() -> None:
    # towns and villages, a line of one place first
    text = "将以下区域划定为高风险区:\n白石镇柳湾村三组\n白石镇桂花村五组、黄土乡杨林村\n黄土乡松坪村二组、白石镇竹园村"
    assert levels_of(text) == {"high": ["白石镇柳湾村三组", "白石镇桂花村五组", "黄土乡杨林村", "黄土乡松坪村二组",
                                        "白石镇竹园村"]}
    # full-width punctuation
    text = ("将以下区域划定为高风险区:\n" + "青柳街道云栖小区1栋、青柳街道枫林苑3栋\n"
            "红枫街道月湖花园2栋、红枫街道丹桂苑").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["青柳街道云栖小区1栋", "青柳街道枫林苑3栋", "红枫街道月湖花园2栋",
                                        "红枫街道丹桂苑"]}
    # traditional characters
    text = in_traditional("将以下区域划定为高风险区:\n青柳街道云栖小区1栋、青柳街道枫林苑3栋\n"
                          "红枫街道月湖花园2栋、红枫街道丹桂苑")
    assert levels_of(text) == {"high": ["青柳街道云栖小区1栋", "青柳街道枫林苑3栋", "红枫街道月湖花园2栋",
                                        "红枫街道丹桂苑"]}


def test_a_name_broken_over_a_line_still_joins() -> None:
    # guard: the next line does not open with a street, the break is inside a name
    text = "将以下区域划定为高风险区:\n青柳街道云栖小区1栋、青柳街道枫林\n苑3栋、红枫街道月湖花园2栋"
    assert levels_of(text) == {"high": ["青柳街道云栖小区1栋", "青柳街道枫林苑3栋", "红枫街道月湖花园2栋"]}
    # guard: the line before ends inside a name ("…星河"), the line after its street's rest
    text = "将以下区域划定为高风险区:\n青柳街道云栖小区1栋、红枫街道星河\n街道丹桂苑2栋、红枫街道月湖花园2栋"
    assert "红枫街道星河街道丹桂苑2栋" in levels_of(text)["high"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES)),
                min_size=4, max_size=6, unique_by=lambda t: t[1]))
def test_street_opened_lines_property(names: list[tuple[str, str]]) -> None:
    places = [f"{street}街道{estate}小区{k + 1}栋" for k, (street, estate) in enumerate(names)]
    lines = ["、".join(places[k:k + 2]) for k in range(0, len(places), 2)]
    assert levels_of(_LOW + "\n".join(lines)) == {"low": places}


# --- a lane's house numbers after a ";" ----------------------------------------------------------------------

def test_lane_numbers_after_a_semicolon_are_a_place_of_their_own() -> None:
    text = ("一、以下区域由高风险区调整为低风险区:\n(一)桂香四巷3号、4号;桂香一横街1号、2号;"
            "桂香十一巷13号、桂香十二巷21号;桂香坊7号。\n(二)榕树八巷12号、13号;榕树南街3号。")
    assert levels_of(text) == {"low": ["桂香四巷3号、4号", "桂香一横街1号、2号", "桂香十一巷13号", "桂香十二巷21号",
                                       "桂香坊7号", "榕树八巷12号、13号", "榕树南街3号"]}


def test_lane_numbers_after_a_semicolon_variants() -> None:
    # roads, a range of numbers, full-width semicolons
    text = "将以下区域划定为中风险区:\n青松路1号、3-5号；白杨路29号。"
    assert levels_of(text) == {"medium": ["青松路1号、3-5号", "白杨路29号"]}
    # traditional characters
    text = in_traditional("将以下区域划定为中风险区:\n青松街1号、2号;白杨巷9号;红柳弄4号。")
    assert levels_of(text) == {"medium": ["青松街1号、2号", "白杨巷9号", "红柳弄4号"]}
    # a village's lanes
    text = "将以下区域划定为中风险区:\n东坑村青松巷1号、2号;东坑村白杨巷9号。"
    assert levels_of(text) == {"medium": ["东坑村青松巷1号、2号", "东坑村白杨巷9号"]}


def test_house_numbers_going_on_over_a_comma_of_the_run_stay_one_place() -> None:
    # guard: after 、 the numbers of one place go on on the next road
    text = "将以下区域划定为中风险区:\n桂香村青松路1号、3号、5号、白杨路29号。"
    assert levels_of(text) == {"medium": ["桂香村青松路1号、3号、5号、白杨路29号"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=4, unique=True),
       st.sampled_from(["路", "街", "巷"]), st.booleans())
def test_lane_numbers_after_semicolons_property(names: list[str], kind: str, full: bool) -> None:
    places = [f"{name}{kind}{k + 1}号" + ("" if k % 2 else f"、{k + 8}号") for k, name in enumerate(names)]
    text = "将以下区域划定为中风险区:\n" + ";".join(places) + "。"
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {"medium": places}
