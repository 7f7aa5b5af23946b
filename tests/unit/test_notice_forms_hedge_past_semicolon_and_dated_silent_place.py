"""Forms reviewers wrote (invented wording): a designation hedged by a condition still to come goes on past ";"
to the sentence's end ("如发现新增阳性,将A小区划为封控区;B村划为管控区。" designates nothing), unless a clause after
";" opens anew (现, 经, 自, 同时, 其他, a date); and the days opening a silence's sentence are the silence's, not
the place's name ("11月1日至7日卡若城区实行静默管理" is a silence of 卡若城区)."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    NAME_SYLLABLES,
    PREFECTURE_CITIES,
    PROVINCES,
    in_traditional,
    invented_names,
    levels_of,
)

word = invented_names(NAME_SYLLABLES)
HEAD = "拉萨市新冠肺炎疫情防控指挥部关于调整风险区域的通告\n经研判,现将有关事项通告如下:\n"
SIGN = "\n拉萨市新冠肺炎疫情防控指挥部办公室\n2022年11月5日\n"


def notice(body: str) -> str:
    return HEAD + body + SIGN


# ---------------------------------------------------------------------------------------------------
# a hedged designation goes on past ";"


def test_hedged_designation_goes_past_a_semicolon() -> None:
    text = notice("如发现新增阳性,将幸福小区划为封控区;和平村划为管控区。\n东风小区划为高风险区。")
    assert levels_of(text) == {"high": ["东风小区"]}


def test_hedged_designation_past_semicolons_in_other_wordings() -> None:
    text = notice("一旦出现新增病例,将金桂苑划为封控区;银杏村划为管控区;石桥组划为防范区。\n翠湖花园划为高风险区。")
    assert levels_of(text) == {"high": ["翠湖花园"]}
    text = notice("若疫情扩散,将南湖小区划为封控区;北岭村划为管控区\n西山路8号划为中风险区。")
    assert levels_of(text) == {"medium": ["西山路8号"]}


def test_hedged_designation_past_a_semicolon_in_traditional_characters() -> None:
    text = in_traditional(notice("如發現新增陽性,將幸福小區劃為封控區;和平村劃為管控區。\n東風小區劃為高風險區。"))
    assert levels_of(text) == {"high": ["东风小区"]}


def test_hedged_designation_with_full_width_punctuation() -> None:
    text = notice("如发现新增阳性，将春晖小区划为封控区；秋实村划为管控区。\n夏荷小区划为高风险区。")
    assert levels_of(text) == {"high": ["夏荷小区"]}


def test_a_clause_that_opens_anew_after_the_semicolon_is_read() -> None:
    text = notice("如发现新增阳性,将幸福小区划为封控区;现将和平村划为管控区。")
    assert levels_of(text) == {"controlled": ["和平村"]}
    text = notice("如发现新增阳性,将幸福小区划为封控区;自11月5日起和平村划为管控区。")
    assert levels_of(text) == {"controlled": ["和平村"]}


def test_an_unhedged_designation_with_semicolons_is_read() -> None:
    text = notice("将幸福小区划为封控区;和平村划为管控区。")
    assert levels_of(text) == {"sealed": ["幸福小区"], "controlled": ["和平村"]}


@settings(max_examples=25, deadline=None)
@given(a=word, b=word, c=word)
def test_hedged_designation_past_semicolon_property(a: str, b: str, c: str) -> None:
    assume(len({a, b, c}) == 3)
    for n in (a, b, c):
        assume(n not in PREFECTURE_CITIES and n not in PROVINCES and n + "市" not in PREFECTURE_CITIES)
    text = notice(f"如发现新增阳性,将{a}小区划为封控区;{b}村划为管控区。\n{c}小区划为高风险区。")
    assert levels_of(text) == {"high": [f"{c}小区"]}


# ---------------------------------------------------------------------------------------------------
# the days opening a silence's sentence


def test_dated_silence_takes_the_days_off_the_place() -> None:
    assert levels_of(notice("11月1日至7日卡若城区已实行静默管理。")) == {"silent": ["卡若城区"]}
    assert levels_of(notice("11月1日至7日卡若城区实行静默管理。")) == {"silent": ["卡若城区"]}


def test_dated_silence_in_other_wordings() -> None:
    assert levels_of(notice("自11月3日至9日城关镇实施静默管理。")) == {"silent": ["城关镇"]}
    assert levels_of(notice("11月2日东城街道实行静默管理。")) == {"silent": ["东城街道"]}


def test_dated_silence_in_traditional_characters_and_full_width_digits() -> None:
    text = in_traditional(notice("１１月１日至７日卡若城區實行靜默管理。"))
    assert levels_of(text) == {"silent": ["卡若城区"]}


def test_dated_silence_read_already_stays_as_it_was() -> None:
    assert levels_of(notice("11月1日起卡若城区实行静默管理。")) == {"silent": ["卡若城区"]}
    assert levels_of(notice("11月1日至7日,卡若城区实行静默管理。")) == {"silent": ["卡若城区"]}


def test_dated_hedged_silence_is_not_read() -> None:
    assert "silent" not in levels_of(notice("如疫情扩散,11月1日至7日卡若城区实行静默管理。"))


@settings(max_examples=25, deadline=None)
@given(a=word, day=st.integers(1, 20), span=st.integers(1, 7))
def test_dated_silence_property(a: str, day: int, span: int) -> None:
    assume(a not in PREFECTURE_CITIES and a not in PROVINCES and a + "市" not in PREFECTURE_CITIES)
    text = notice(f"11月{day}日至{day + span}日{a}镇实行静默管理。")
    assert levels_of(text) == {"silent": [f"{a}镇"]}
