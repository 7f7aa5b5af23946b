"""A decision glued to the place it changes, after a paragraph of the place's earlier levels ("11月1日,B村划为高风险
区,11月5日调整为中风险区。" over "现决定B村调整为低风险区"): the place at the decided level, the history none.
Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    changes_of,
    in_traditional,
    invented_names,
    no_real_city,
)

_HISTORY = "11月1日,杏溪村划为高风险区,11月5日调整为中风险区。\n"


def _notice(decision: str = "现决定杏溪村调整为低风险区。", history: str = _HISTORY) -> str:
    return f"关于调整风险区域的通告\n{history}{decision}\n"


def test_decided_place_after_its_history() -> None:
    assert changes_of(_notice()) == [("low", None, ["杏溪村"])]
    assert changes_of(_notice(history="")) == [("low", None, ["杏溪村"])]
    assert changes_of(_notice("经研究决定杏溪村、梅林村调整为低风险区。", "")) == [("low", None, ["杏溪村", "梅林村"])]
    assert changes_of(in_traditional(_notice())) == [("low", None, ["杏溪村"])]
    assert changes_of(_notice().translate(HALF_TO_FULL)) == [("low", None, ["杏溪村"])]


def test_history_of_another_place_stays() -> None:
    # (near miss: the decision moves another place; the day's change is read as before)
    assert changes_of(_notice("现决定梅林村调整为低风险区。")) == [
        ("high", None, ["杏溪村"]), ("low", None, ["梅林村"])]
    assert changes_of(_notice("现将杏溪村调整为低风险区。", "")) == [("low", None, ["杏溪村"])]


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_any_village_decided(village: str) -> None:
    assume(no_real_city(village))
    text = _notice(f"现决定{village}村调整为低风险区。", _HISTORY.replace("杏溪村", f"{village}村"))
    assert changes_of(text) == [("low", None, [f"{village}村"])]
