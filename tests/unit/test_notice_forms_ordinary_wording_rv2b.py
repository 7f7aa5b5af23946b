"""Ordinary notice wording near the rules of 0a98d6b6, b8f9480c and 904d641a (invented places): a level with no
new place ("无新增", "暂无变化"), the rest of the whole county but the levels ("全县除…以外的所有区域", "春风县除…外的
全部区域", "除中高风险区以外的全县区域"), a blanket of every place or the places left ("各地除上述高风险区之外的所有
区域", "其他乡镇除…全部区域": no place named, the misfire narrowed), a town's rest still a place, lifts opening a move
and the lifts around them (a title, a lift's condition, no place before the level), a running page's headline, bounds
in a ';' list and a division's quoted slogan."""

from __future__ import annotations

import pytest

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, in_traditional, levels_of

_HEAD = "关于划定风险区域的通告\n"
_TAIL = "\n特此通告。\n春风县疫情防控指挥部\n2022年11月20日"


def _forms(text: str) -> list[str]:
    """The text as written, in traditional characters, and with full-width punctuation."""
    return [text, in_traditional(text), text.translate(HALF_TO_FULL)]


def _read(text: str) -> dict[str, list[str]]:
    return levels_of(_HEAD + text + _TAIL)


# --- a level with no new place, the county's rest: no place ----------------------------------------------------------

_NOTHING_NEW = [
    "一、高风险区\n锦绣小区。\n二、中风险区\n无新增。\n三、低风险区\n除中高风险区以外的全县区域。",
    "一、高风险区\n锦绣小区。\n二、中风险区\n暂无变化。\n三、低风险区\n全县除高、中风险区以外的所有区域。",
    "一、高风险区:锦绣小区。\n二、中风险区:无新增划定。\n三、低风险区:春风县除高风险区外的全部区域。",
]


@pytest.mark.parametrize("text", [f for t in _NOTHING_NEW for f in _forms(t)])
def test_no_new_place_and_the_countys_rest_name_no_place(text: str) -> None:
    assert _read(text) == {"high": ["锦绣小区"]}


# --- the rest of a whole division, of every place, of the places left: a blanket -------------------------------------

_BLANKET_RESTS = ["全县除高风险区以外的所有区域为低风险区。", "春风县除高风险区外的全部区域为低风险区。",
                  "金华区除高风险区外的全部区域为低风险区。", "全区除上述已划定高风险区以外的其他区域为低风险区。",
                  "除上述已划定的高风险区以外的其他区域为低风险区。", "各地除高风险区外的所有区域为低风险区。",
                  "其他乡镇除高风险区外的全部区域为低风险区。", "各镇除高风险区外的其他区域为低风险区。"]


@pytest.mark.parametrize("sentence", [f for s in _BLANKET_RESTS for f in _forms(s)])
def test_the_rest_of_a_whole_or_of_every_place_is_a_blanket(sentence: str) -> None:
    assert _read("将锦绣小区划为高风险区。" + sentence) == {"high": ["锦绣小区"]}


_LIST_REST = ("一、高风险区\n锦绣小区。\n二、低风险区\n翠峰镇除上述高风险区之外的{}区域。\n"
              "{}除上述高风险区之外的{}区域。")


@pytest.mark.parametrize("text", [f for head in ("全县", "春风县", "各地", "各镇", "其他乡镇", "各乡镇(街道)")
                                  for word in ("所有", "其他")
                                  for f in _forms(_LIST_REST.format(word, head, word))])
def test_a_towns_rest_then_a_blanket_rest_keeps_only_the_town(text: str) -> None:
    read = _read(text)
    assert read["high"] == ["锦绣小区"]
    assert len(read["low"]) == 1 and read["low"][0].startswith("翠峰镇")


@pytest.mark.parametrize("text", _forms(_LIST_REST.format("所有", "龙城镇", "所有")))
def test_two_towns_rests_are_two_places(text: str) -> None:
    assert len(_read(text)["low"]) == 2


# --- lifts near a lift opening a move ------------------------------------------------------------------------------

_NO_MOVE = ["解除高风险区转为低风险区后,继续落实防控措施。", "满足解除条件的高风险区转为低风险区。",
            "解除封控管理的高风险区转为低风险区。", "对连续7天无新增感染者的,解除高风险区转为低风险区。",
            "解除全县高风险区转为低风险区。", "解除全部高风险区降为低风险区。", "解除所有中风险区调整为低风险区。"]


@pytest.mark.parametrize("sentence", [f for s in _NO_MOVE for f in _forms(s)])
def test_a_lift_with_no_place_before_the_level_names_none(sentence: str) -> None:
    assert _read(sentence) == {}


_LIFT_AFTER_CONDITION = "经研判,符合解除条件,解除锦绣小区、和平小区等2个高风险区转为低风险区管控。"


@pytest.mark.parametrize("sentence", _forms(_LIFT_AFTER_CONDITION))
def test_a_lift_after_its_condition_still_moves_its_places(sentence: str) -> None:
    assert _read(sentence) == {"low": ["锦绣小区", "和平小区"]}


@pytest.mark.parametrize("text", _forms("关于解除锦绣小区高风险区转为低风险区的通告\n经专家研判,决定将锦绣小区高风险区"
                                        "调整为低风险区。"))
def test_a_lifts_title_over_its_body_reads_the_body_once(text: str) -> None:
    assert levels_of(text + _TAIL) == {"low": ["锦绣小区"]}


@pytest.mark.parametrize("sentence", _forms("解除锦绣小区封控,高风险区调整为低风险区。"))
def test_a_lift_closed_by_a_comma_stays_a_lift(sentence: str) -> None:
    assert _read(sentence) == {"lifted": ["锦绣小区"]}


# --- a running page's headline, bounds in a ';' list, a division's slogan ------------------------------------------

@pytest.mark.parametrize("text", _forms("2022春风县封控区、管控区、防范区最新消息\n将锦绣小区划为封控区。")
                         + _forms("2022年春风县封控区和管控区调整\n将锦绣小区划为封控区。"))
def test_a_running_pages_headline_adds_no_place(text: str) -> None:
    assert levels_of(text + _TAIL) == {"sealed": ["锦绣小区"]}


_BOUNDED_ITEMS = "将以下区域划为高风险区:锦绣网格,东至龙城路,西至和平街;和平小区;星峰家园。"


@pytest.mark.parametrize("sentence", _forms(_BOUNDED_ITEMS))
def test_bounded_semicolon_items_stay_three(sentence: str) -> None:
    assert len(_read(sentence)["high"]) == 3


@pytest.mark.parametrize("sentence", _forms("对春风县域“四个最严”要求落实情况开展检查。将锦绣小区划为高风险区。"))
def test_a_divisions_quoted_slogan_is_no_area(sentence: str) -> None:
    assert _read(sentence) == {"high": ["锦绣小区"]}
