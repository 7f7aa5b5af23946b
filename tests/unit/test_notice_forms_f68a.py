"""Forms fixed by f68a: a village's houses on several numbered lanes parted by commas, each lane after the first bare
(its number, maybe its side and a numbered 里, no name of its own), one place; and house numbers between commas
followed by a bracket of their current numbers (现…) renumbering the whole run, one place with it."""
from __future__ import annotations

from hypothesis import assume, given, settings

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, in_traditional, invented_names, no_real_city

_SYL = "金桃阳光幸福春晓翠锦绣胜利兴盛康宁福瑞鑫汇君悦星峰秀"


def _places(text: str) -> list[str]:
    return [p for c in parse_notice(text, default_year=2022)["changes"] for p in c["places"]]


def _full(text: str) -> str:
    return text.translate(HALF_TO_FULL).translate({ord(d): chr(ord(d) - ord("0") + 0xFF10) for d in "0123456789"})


_HEAD = "金桃区疫情防控指挥部关于划定风险区域的通告\n一、新增高风险区\n(一)阳光街\n"
_TAIL = "\n以上区域落实“足不出户、上门服务”措施。\n"


# ---- 1. a village's houses on several lanes parted by ",", the later lanes bare ------------------------------

def test_lanes_of_one_village_are_one_place() -> None:
    line = "翠锦村北区春晓南路东三巷1-3号,东四巷1-3号,东五巷1-3号。\n幸福村九队一巷100号,东边一巷8号、9号,西边一巷3号。"
    expected = ["阳光街翠锦村北区春晓南路东三巷1-3号,东四巷1-3号,东五巷1-3号",
                "阳光街幸福村九队一巷100号,东边一巷8号、9号,西边一巷3号"]
    assert _places(_HEAD + line + _TAIL) == expected
    assert _places(in_traditional(_HEAD + line + _TAIL)) == expected
    assert _places(_full(_HEAD + line + _TAIL)) == expected
    lanes = "胜利村南七巷五里6号、7号,南七巷六里6号、7号,南七巷四里5号区域。"
    assert _places(_HEAD + lanes + _TAIL) == ["阳光街胜利村南七巷五里6号、7号,南七巷六里6号、7号,南七巷四里5号区域"]
    # near-misses: places with names of their own after the comma stay apart
    assert _places(_HEAD + "翠锦小区3栋,幸福花园5栋。" + _TAIL) == ["阳光街翠锦小区3栋", "阳光街幸福花园5栋"]
    assert _places(_HEAD + "翠锦村一巷3号,幸福村二巷5号。" + _TAIL) == ["阳光街翠锦村一巷3号", "阳光街幸福村二巷5号"]
    assert _places(_HEAD + "翠锦村一巷3号;幸福村二巷5号。" + _TAIL) == ["阳光街翠锦村一巷3号", "阳光街幸福村二巷5号"]
    assert _places(_HEAD + "翠锦四区四巷8号、9号,翠锦四区五巷9号。" + _TAIL) == [
        "阳光街翠锦四区四巷8号、9号", "阳光街翠锦四区五巷9号"]


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL), invented_names(_SYL))
def test_lanes_of_one_village_property(village: str, other: str) -> None:
    assume(no_real_city(village, other) and village != other)
    assert _places(f"{_HEAD}{village}村二巷5号,东三巷7号、8号,四巷1-3号区域。{_TAIL}") == [
        f"阳光街{village}村二巷5号,东三巷7号、8号,四巷1-3号区域"]
    assert _places(f"{_HEAD}{village}村二巷5号,{other}村三巷7号。{_TAIL}") == [
        f"阳光街{village}村二巷5号", f"阳光街{other}村三巷7号"]


# ---- 2. a run of house numbers renumbered as a whole in brackets (现…) ----------------------------------------

_LOWERED = "金桃区疫情防控指挥部办公室通告\n将金桃区阳光街道{run}由高风险区调整为低风险区。\n"


def test_renumbered_run_is_one_place() -> None:
    run = ("翠锦旧村二巷17号,翠锦旧村三巷22、23号,翠锦旧村四巷50号区域"
           "(现翠锦旧村二巷17号,翠锦旧村三巷26、27号,翠锦旧村四巷22号区域)")
    expected = ["阳光街道" + run]
    assert _places(_LOWERED.format(run=run)) == expected
    assert _places(in_traditional(_LOWERED.format(run=run))) == expected
    assert _places(_full(_LOWERED.format(run=run))) == expected
    # near-misses: no bracket, or a bracket renumbering only some of the pieces: the pieces stay apart
    bare = "翠锦旧村二巷17号,翠锦旧村三巷22、23号"
    assert _places(_LOWERED.format(run=bare)) == ["阳光街道翠锦旧村二巷17号", "翠锦旧村三巷22、23号"]
    partly = "翠锦旧村二巷17号,翠锦旧村三巷22号,翠锦旧村四巷50号(现翠锦旧村四巷22号,翠锦旧村五巷1号)"
    assert len(_places(_LOWERED.format(run=partly))) == 3


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL), invented_names(_SYL))
def test_renumbered_run_property(village: str, road: str) -> None:
    assume(no_real_city(village, road) and village != road)
    run = f"{village}村二巷17号,{road}路3号(现{village}村二巷19号,{road}路5号)"
    assert _places(_LOWERED.format(run=run)) == ["阳光街道" + run]
