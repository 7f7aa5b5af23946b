"""A place's traffic control (交通管制) whose zone moves from one level to another ("A村交通管制由控制区升级为封闭
区"): the traffic control is no place; the place is the village, and alone the words name none. Notices here are
written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    changes_of,
    in_traditional,
    invented_names,
    no_real_city,
    places_of,
)


def _notice(line: str = "杏溪村交通管制由控制区升级为封闭区。") -> str:
    return f"关于调整风险区域的通告\n{line}\n"


def test_traffic_control_of_a_village_moved() -> None:
    assert changes_of(_notice()) == [("sealed", None, ["杏溪村"])]
    assert places_of(_notice("杏溪村的交通管制措施由控制区升级为封闭区。")) == ["杏溪村"]
    assert places_of(in_traditional(_notice())) == ["杏溪村"]
    assert places_of(_notice("杏溪村交通管制由控制区升级为封闭区;").translate(HALF_TO_FULL)) == ["杏溪村"]


def test_traffic_control_alone_names_no_place() -> None:
    assert places_of(_notice("交通管制由控制区升级为封闭区。")) == []
    # (near miss: the place moved without the words, as before)
    assert changes_of(_notice("杏溪村由控制区升级为封闭区。")) == [("sealed", None, ["杏溪村"])]


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_any_village_traffic_control(village: str) -> None:
    assume(no_real_city(village))
    assert places_of(_notice(f"{village}村交通管制由控制区升级为封闭区。")) == [f"{village}村"]
