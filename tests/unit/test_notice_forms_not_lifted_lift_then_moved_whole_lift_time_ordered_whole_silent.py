"""Forms reviewers found on ordinary wording (invented notices): a place whose level is not lifted
("A小区暂不解除封控管理", "A村不解除管控措施"), read as the place kept at its level, and with no place named
("自…起暂不解除封控管理") nothing lifted; a lift then a move down ("A小区解除封控管理后,转为管控区", "解除封控后
转为管控区"), read as the place moved from sealed to controlled (never "后" a place); the whole county's lift as
the time of what follows ("12月1日起全县解除静默管理后,全县居民有序出行"), no lift read; and the office's order
over its own whole ("要求全县实行静默管理"), the office's county silent (never "要求全县" a place)."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import PREFECTURE_CITIES, PROVINCES, in_traditional


def _read(body: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    text = "关于调整风险区域的通告\n" + body + "\n临安县疫情防控办公室\n2022年5月13日\n"
    return [(c["action"], c["level_from"], c["level_to"], c["places"]) for c in parse_notice(text)["changes"]]


_NAMES = st.text(alphabet="幸福和平光明东风红星建设朝阳新华胜利团结友谊春晓", min_size=2, max_size=4)


# --- "A小区暂不解除封控管理" --------------------------------------------------------------------------------------

def test_a_place_not_lifted_keeps_its_level() -> None:
    assert _read("决定自5月14日起幸福小区暂不解除封控管理。") == [("set", None, "sealed", ["幸福小区"])]
    assert _read("经研究,光明村不解除封控管理。") == [("set", None, "sealed", ["光明村"])]
    assert _read("自5月14日起,东风小区、红星村暂不解除管控措施。") \
        == [("set", None, "controlled", ["东风小区", "红星村"])]
    assert _read(in_traditional("自5月14日起,朝陽小區暫不解除封控管理。")) == [("set", None, "sealed", ["朝阳小区"])]
    assert _read("自５月１４日起，建设小区尚未解除封控管理。") == [("set", None, "sealed", ["建设小区"])]


def test_a_lift_not_made_with_no_place_reads_nothing() -> None:
    assert _read("决定自5月14日起暂不解除封控管理。") == []
    assert _read("经研究,不解除封控管理。") == []
    assert _read("自５月１４日起，暂缓解除管控措施。") == []
    # near misses: a lift made is a lift
    assert _read("决定自5月14日起幸福小区解除封控管理。") == [("lift", "sealed", None, ["幸福小区"])]


@settings(max_examples=25, deadline=None)
@given(_NAMES, st.sampled_from(["小区", "村", "社区"]), st.sampled_from(["暂不", "不", "尚未", "暂缓"]),
       st.sampled_from([("封控", "sealed"), ("管控", "controlled")]))
def test_any_place_not_lifted_keeps_its_level(name: str, kind: str, neg: str, level: tuple[str, str]) -> None:
    place = name + kind
    assume(place not in PREFECTURE_CITIES and place not in PROVINCES)
    body = f"决定自5月14日起{place}{neg}解除{level[0]}管理。"
    assert _read(body) == [("set", None, level[1], [place])], body


# --- "A小区解除封控管理后,转为管控区" --------------------------------------------------------------------------

def test_a_lift_then_a_move_down_is_the_move() -> None:
    assert _read("自5月14日起幸福小区解除封控管理后,转为管控区。") \
        == [("downgrade", "sealed", "controlled", ["幸福小区"])]
    assert _read("自5月14日起光明村解除封控后转为管控区。") == [("downgrade", "sealed", "controlled", ["光明村"])]
    assert _read(in_traditional("自5月14日起東風小區解除封控管理後,轉為管控區。")) \
        == [("downgrade", "sealed", "controlled", ["东风小区"])]
    assert _read("自５月１４日起红星村解除封控管理后，调整为管控区。") \
        == [("downgrade", "sealed", "controlled", ["红星村"])]


def test_a_lift_then_a_move_names_no_after_as_a_place() -> None:
    assert _read("自5月14日起封控区解除封控管理后,转为管控区。") == []
    assert _read("封控区:幸福小区连续7天无新增感染者,解除封控后转为管控区。") == [("set", None, "sealed", ["幸福小区"])]


@settings(max_examples=25, deadline=None)
@given(_NAMES, st.sampled_from(["小区", "村", "社区"]), st.sampled_from(["转为", "调整为", "降为"]))
def test_any_lift_then_move(name: str, kind: str, verb: str) -> None:
    place = name + kind
    assume(place not in PREFECTURE_CITIES and place not in PROVINCES)
    body = f"自5月14日起{place}解除封控管理后,{verb}管控区。"
    assert _read(body) == [("downgrade", "sealed", "controlled", [place])], body


# --- "12月1日起全县解除静默管理后,…" --------------------------------------------------------------------------

def test_the_wholes_lift_as_a_time_lifts_nothing() -> None:
    assert _read("12月1日起全县解除静默管理后,全县居民有序出行。") == []
    assert _read("12月1日起,全县解除静态管理之后,各类场所有序开放。") == []
    assert _read(in_traditional("12月1日起全縣解除靜默管理後,全縣居民有序出行。")) == []
    assert _read("１２月１日起全县解除静默管理后，幸福小区仍为封控区。") == [("set", None, "sealed", ["幸福小区"])]
    # near miss: the lift itself
    assert _read("自12月1日起,全县解除静默管理。") == [("lift", "silent", None, ["临安县"])]


# --- "要求全县实行静默管理" -------------------------------------------------------------------------------------

def test_an_order_over_the_whole_is_the_offices_county() -> None:
    assert _read("要求全县实行静默管理。") == [("set", None, "silent", ["临安县"])]
    assert _read("自12月1日起,并要求全县立即实行静默管理。") == [("set", None, "silent", ["临安县"])]
    assert _read(in_traditional("要求全縣實行靜默管理。")) == [("set", None, "silent", ["临安县"])]
    assert _read("现要求全县实行静态管理。") == [("set", None, "silent", ["临安县"])]
    # near miss: an order for people
    assert _read("要求全县居民实行静默管理。") == []
