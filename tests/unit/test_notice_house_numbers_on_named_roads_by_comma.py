"""A numbered item of house numbers on several roads each named in full, parted by commas: "(二)A镇B社区C路83号、85号,
D街5号、7号,D街四巷3号房屋" (阳江, autumn 2022) lists three places, each road's numbers one (the town on the first only,
as written). An item whose later pieces are bare lanes of the first road ("C路19号、21号,二巷2号") or lanes of its
block ("B村C二街4号,C二街一巷1号") stays one place. Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    in_traditional,
    invented_names,
    levels_of,
)

_NOTICE = ("自2022年11月16日起,调整甲区风险区域。\n一、高风险区:\n"
           "(一)青柳镇白石社区松坪路83号、85号,金华四街5号、7号,金华四街四巷3号房屋;\n"
           "(二)红枫镇柳湾路18号、22号和26号。")
_READ = {"high": ["青柳镇白石社区松坪路83号、85号", "金华四街5号、7号", "金华四街四巷3号房屋",
                  "红枫镇柳湾路18号、22号和26号"]}


def test_numbers_on_roads_named_in_full_are_places_of_their_own() -> None:
    assert levels_of(_NOTICE) == _READ


def test_numbers_on_roads_named_in_full_variants() -> None:
    assert levels_of(in_traditional(_NOTICE)) == _READ
    assert levels_of(_NOTICE.translate(HALF_TO_FULL)) == _READ
    # a range, 大道, items numbered 1.
    text = "一、高风险区:\n1.青柳镇松坪大道2-8号,金华路5号;\n2.红枫镇柳湾小区。"
    assert levels_of(text) == {"high": ["青柳镇松坪大道2-8号", "金华路5号", "红枫镇柳湾小区"]}


def test_lanes_of_the_first_road_stay_one_place() -> None:
    # guards: bare lanes of the first road, lanes of its block, a road then a named place (read as before)
    text = ("一、高风险区:\n(一)青柳镇松坪路19号、21号,二巷2号,三巷2号;\n(二)红枫镇白石村松坪二街4号,松坪二街一巷1号;\n"
            "(三)红枫镇柳湾路18号,翠峰小区。")
    assert levels_of(text) == {"high": ["青柳镇松坪路19号、21号,二巷2号,三巷2号",
                                        "红枫镇白石村松坪二街4号,松坪二街一巷1号", "红枫镇柳湾路18号", "翠峰小区"]}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), st.sampled_from(["路", "街", "大道"]),
       st.sampled_from(["路", "街"]), st.integers(1, 99), st.integers(1, 99), st.booleans())
def test_numbers_on_roads_named_in_full_property(a: str, b: str, kind_a: str, kind_b: str, x: int, y: int,
                                                 full: bool) -> None:
    first = f"青柳镇{a}{kind_a}{x}号、{x + 2}号"
    second = f"{b}{kind_b}{y}号"
    assume(b[:2] not in first and a[:2] not in second)
    text = f"一、高风险区:\n(一){first},{second};\n(二)红枫镇柳湾小区。"
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {"high": [first, second, "红枫镇柳湾小区"]}
