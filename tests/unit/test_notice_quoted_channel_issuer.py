"""A report that quotes another district's channel, then names the district that issued the notice ("据“广州天河发布”
消息,越秀区发布通告,将以下区域划为高风险区:"): the district is the issuer's, not the channel's. Notices here are
written for the tests (the districts are real divisions, the places invented)."""

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


def _notice(issuer: str = "越秀区发布通告", places: tuple[str, str] = ("金桂大厦", "银杏花园")) -> str:
    return f"据“广州天河发布”消息,{issuer},将以下区域划为高风险区:\n1.{places[0]}\n2.{places[1]}\n"


def test_issuing_district_over_quoted_channel() -> None:
    assert changes_of(_notice()) == [("high", "越秀区", ["金桂大厦", "银杏花园"])]
    assert changes_of(in_traditional(_notice())) == [("high", "越秀区", ["金桂大厦", "银杏花园"])]
    assert changes_of(_notice().translate(HALF_TO_FULL)) == [("high", "越秀区", ["金桂大厦", "银杏花园"])]
    assert changes_of(_notice("越秀区今日发布公告")) == [("high", "越秀区", ["金桂大厦", "银杏花园"])]
    assert changes_of(_notice("广州市越秀区发布通告"))[0][1] == "越秀区"


def test_channel_of_the_issuing_district_itself() -> None:
    # (near miss: the channel's own district issues it, or no other issuer is named: the channel's district)
    assert changes_of(_notice("天河区发布通告")) == [("high", "天河区", ["金桂大厦", "银杏花园"])]
    assert changes_of(_notice("区疫情防控指挥部发布通告"))[0][1] == "天河区"


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_any_places_take_the_issuer(first: str, second: str) -> None:
    assume(no_real_city(first, second) and first != second)
    assert changes_of(_notice(places=(f"{first}大厦", f"{second}花园")))[0][1] == "越秀区"
