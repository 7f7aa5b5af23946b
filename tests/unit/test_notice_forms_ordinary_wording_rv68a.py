"""Review rv68a: ordinary wording near four forms of the eleventh session, read wrongly by them (invented places).

- A list after "具体为:" (分别为, 具体如下, 名单如下) on the line below a sentence naming a level is joined to it only
  where that sentence points to a list ("以下2个中风险区…", a level's heading alone); a sentence that names its own
  place ("将A花园调整为低风险区。" over "具体如下:恢复正常生产生活秩序…") is followed by its measures, no places.
- A report's day with its places done to (被) is history only where another change moves those places: "10月12日,A被
  划定为高风险区。自10月13日0时起,B由高风险区调整为低风险区" tells two pieces of news.
- A counted heading over places separated by spaces: not split where the line is a numbered item ("1.A花园 A路18号"
  over "2.B苑 B路6号": a place and its address), nor where the next written line, past blank lines, is another line of
  places; a village's group in words ("A村 三组") is a part, not a place; an estate's 区 ("云山小区") is no district.
"""

from __future__ import annotations

import pytest

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, in_traditional, levels_of

_TAIL = "\n特此通告。\n龙泽市新冠肺炎疫情防控指挥部\n2022年10月12日"


def _both(text: str) -> list[dict[str, list[str]]]:
    return [levels_of(text + _TAIL), levels_of(in_traditional(text + _TAIL))]


# --- 1. a list intro on the next line under a sentence naming its own place --------------------------------------

_OWN_PLACE_THEN_MEASURES = [
    ("自10月12日起,将金桥花园调整为低风险区。\n具体如下:恢复正常生产生活秩序,居民凭48小时核酸出行。",
     {"low": ["金桥花园"]}),
    ("经专家组研判,金桥花园划定为高风险区。\n具体为:居家不出户,上门服务。", {"high": ["金桥花园"]}),
    ("金桥花园、翠竹苑为高风险区。\n名单如下:白石小区(中风险区)、云山小区(中风险区)。",
     {"high": ["金桥花园", "翠竹苑"]}),
]


@pytest.mark.parametrize(("text", "read"), _OWN_PLACE_THEN_MEASURES)
def test_a_sentence_naming_its_own_place_is_not_joined_to_the_line_below(text: str, read: dict) -> None:
    assert _both(text) == [read, read]


def test_near_miss_a_pointing_sentence_or_a_heading_is_joined() -> None:
    assert levels_of("经专家组研判,即日起以下2个中风险区调整为低风险区。\n分别为:金桥花园、翠竹苑。" + _TAIL) == {
        "low": ["金桥花园", "翠竹苑"]}
    assert levels_of("一、高风险区:金桥花园、翠竹苑。\n二、中风险区。\n具体为:白石小区。" + _TAIL) == {
        "high": ["金桥花园", "翠竹苑"], "medium": ["白石小区"]}
    assert levels_of("以下区域调整为低风险区:金桥花园。\n以下区域划为高风险区。\n分别为:翠竹苑、白石小区。"
                     + _TAIL) == {"low": ["金桥花园"], "high": ["翠竹苑", "白石小区"]}


# --- 2. a day's places done to (被), not moved by another change ----------------------------------------------------

_DONE_TO_AND_OTHERS = [
    ("10月12日,金桥花园被划定为高风险区。自10月13日0时起,翠竹苑由高风险区调整为低风险区。",
     {"high": ["金桥花园"], "low": ["翠竹苑"]}),
    ("记者从云岭区获悉,10月12日,金桥花园、翠竹苑被划定为高风险区。\n另外,白石小区调整为低风险区。",
     {"high": ["金桥花园", "翠竹苑"], "low": ["白石小区"]}),
    ("10月12日18时,金桥花园被划为高风险区。\n经研判,决定将白石小区调整为低风险区。",
     {"high": ["金桥花园"], "low": ["白石小区"]}),
]


@pytest.mark.parametrize(("text", "read"), _DONE_TO_AND_OTHERS)
def test_places_done_to_on_their_day_and_moved_by_no_other_change_are_news(text: str, read: dict) -> None:
    assert _both(text) == [read, read]


def test_near_miss_places_done_to_then_moved_are_history() -> None:
    assert levels_of("10月5日,金桥花园、翠竹苑被划定为高风险区。经专家研判,自10月12日起,将金桥花园、翠竹苑调整为"
                     "低风险区。" + _TAIL) == {"low": ["金桥花园", "翠竹苑"]}
    assert levels_of("10月5日,金桥花园被划定为高风险区。自10月12日起,将金桥花园调整为中风险区,将翠竹苑划定为"
                     "高风险区。" + _TAIL) == {"medium": ["金桥花园"], "high": ["翠竹苑"]}


# --- 3. a counted heading over spaced pieces that are not places of their own ---------------------------------------

_SPACED_NOT_APART = [
    ("高风险区(2个)\n1.金桥花园 金桥路18号\n2.翠竹苑 翠竹路6号\n以上区域实行“足不出户、上门服务”。",
     {"high": ["金桥花园金桥路18号", "翠竹苑翠竹路6号"]}),
    ("高风险区(2个)\n金桥花园 金桥路18号\n\n翠竹苑 翠竹路6号", {"high": ["金桥花园金桥路18号", "翠竹苑翠竹路6号"]}),
    ("高风险区(2个)\n金桥村 三组\n\n以上区域实行封控。", {"high": ["金桥村三组"]}),
]


@pytest.mark.parametrize(("text", "read"), _SPACED_NOT_APART)
def test_a_counted_heading_over_a_place_and_its_address_or_part(text: str, read: dict) -> None:
    assert _both(text) == [read, read]


def test_a_counted_heading_over_a_place_and_its_address_full_width() -> None:
    text = ("高风险区(2个)\n金桥花园 金桥路18号\n\n翠竹苑 翠竹路6号" + _TAIL).translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["金桥花园金桥路18号", "翠竹苑翠竹路6号"]}


def test_an_estate_is_no_district_among_spaced_places() -> None:
    text = "高风险区(3个)\n金桥花园 翠竹苑 云山小区\n\n中风险区(1个)\n白石小区"
    assert _both(text) == [{"high": ["金桥花园", "翠竹苑", "云山小区"], "medium": ["白石小区"]}] * 2


def test_near_miss_spaced_places_over_a_blank_line_and_a_heading_are_split() -> None:
    text = ("决定将以下3个区域划定为中风险区,具体如下:\n一、上街镇(2个)\n\n金桥花园  博仕后公馆\n\n"
            "二、甘蔗街道(1个)\n\n龙峰花园\n\n以上区域实行“人不出区、错峰取物”等管控措施。")
    assert levels_of(text + _TAIL) == {"medium": ["上街镇金桥花园", "上街镇博仕后公馆", "甘蔗街道龙峰花园"]}
