"""Forms of the fifty-seventh held-out set (part b): a lift's verb opening the object of a move from one level to
another ("解除A、B等2个高风险区转为低风险区管控。调整高风险区如下:", 湖南, late 2022), the places going from high to
low; and the rest of two towns but the levels already drawn, one line under the low level ("黔江区马喇镇、金洞乡除
上述已划定高风险区以外的其他区域", 重庆, late 2022), one place. Each form in variants written here (invented places,
traditional characters, full-width punctuation), properties over generated parts, and ordinary wording near each
that must read as it did."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    PROVINCES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


def _clear(*names: str) -> bool:
    return not any(n.startswith(p) for n in names for p in (*PROVINCES, *PREFECTURE_CITIES))


# --- "解除A、B等2个高风险区转为低风险区管控" -----------------------------------------------------------------

_MOVE = ("关于调整疫情风险区域的通告\n经综合研判,县新冠肺炎疫情防控指挥部研究决定,自2022年11月30日0时起,"
         "{verb}{places}等{n}个高风险区{move}低风险区管控。调整高风险区如下:\n1.翠锦大市场。\n2.星峰小区3栋。\n"
         "高风险区继续实行“区域封闭、足不出户、服务上门”管控措施。")


def _move(places: list[str], verb: str = "解除", move: str = "转为") -> str:
    return _MOVE.format(verb=verb, places="、".join(places), n=len(places), move=move)


def test_a_lift_opening_a_move_gives_its_places_the_new_level() -> None:
    assert levels_of(_move(["金华路341号", "龙泉保险公司东安支公司"])) == {
        "low": ["金华路341号", "龙泉保险公司东安支公司"], "high": ["翠锦大市场", "星峰小区3栋"]}


def test_an_unsealing_opening_a_move_and_adjusted_to() -> None:
    assert levels_of(_move(["锦绣小区", "阳光花园2栋", "春晓村5组"], verb="解封", move="调整为")) == {
        "low": ["锦绣小区", "阳光花园2栋", "春晓村5组"], "high": ["翠锦大市场", "星峰小区3栋"]}


def test_a_lift_opening_a_move_in_traditional_characters() -> None:
    assert levels_of(in_traditional(_move(["金华路341号", "龙泉小区"]))) == {
        "low": ["金华路341号", "龙泉小区"], "high": ["翠锦大市场", "星峰小区3栋"]}


def test_a_lift_opening_a_move_with_full_width_punctuation() -> None:
    assert levels_of(_move(["金华路341号", "龙泉小区"]).translate(HALF_TO_FULL)) == {
        "low": ["金华路341号", "龙泉小区"], "high": ["翠锦大市场", "星峰小区3栋"]}


def test_a_lift_opening_a_move_after_a_district() -> None:
    text = _move(["东安县金华路341号", "东安县龙泉小区"])
    assert by_level(text)[("low", "东安县")] == ["金华路341号", "龙泉小区"]


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True), st.sampled_from(["解除", "解封"]),
       st.sampled_from(["转为", "调整为", "降为"]))
def test_any_lift_opening_a_move_reads_its_places(names: list[str], verb: str, move: str) -> None:
    assume(_clear(*names))
    places = [f"{n}小区{k + 1}栋" for k, n in enumerate(names)]
    assert levels_of(_move(places, verb, move))["low"] == places


def test_lifts_near_the_form_read_as_before() -> None:
    lead = "关于调整疫情风险区域的通告\n经研究决定,自2022年11月30日0时起,"
    # (a whole county's areas of the level: a blanket)
    assert levels_of(lead + "解除全县高风险区转为低风险区。") == {}
    # (a time, the lift done, no level before the move)
    assert levels_of(lead + "解除管控后转为防范区。") == {}
    # (the lift of a level, then its move after a comma: the lift-of-a-level rule reads it, as before)
    assert levels_of(lead + "解除金华小区3栋高风险区管控措施,调整为低风险区。") == {"low": ["金华小区3栋"]}
    # (a plain lift with no move)
    assert levels_of(lead + "解除金华小区3栋、龙泉村5组等2个高风险区。") == {"lifted": ["金华小区3栋", "龙泉村5组"]}


# --- "A镇、B乡除上述已划定高风险区以外的其他区域" ---------------------------------------------------------------

_REST = ("重庆市黔江区新冠肺炎疫情防控工作指挥部\n关于划定疫情风险区的通告\n经研究,决定自2022年11月16日8时起,将黔江区"
         "部分区域划定为高风险区,具体如下。\n一、高风险区\n(一)具体点位(2个)\n1.黔江区马喇镇官庄村1组127号;\n"
         "2.黔江区金洞乡鱼泉村4组15号;\n(二)防控措施\n1.实行封控措施。\n二、低风险区\n(一)具体点位\n{rest}\n")
_HIGH = ["马喇镇官庄村1组127号", "金洞乡鱼泉村4组15号"]


def test_the_rest_of_two_towns_but_the_levels_drawn_is_one_place() -> None:
    text = _REST.format(rest="黔江区马喇镇、金洞乡除上述已划定高风险区以外的其他区域。")
    assert by_level(text) == {("high", "黔江区"): _HIGH,
                              ("low", "黔江区"): ["马喇镇、金洞乡除上述已划定高风险区以外的其他区域"]}


def test_the_rest_of_three_towns_but_the_levels_published() -> None:
    text = _REST.format(rest="马喇镇、金洞乡、石会镇除已公布的高风险区以外的其他区域")
    assert levels_of(text)["low"] == ["马喇镇、金洞乡、石会镇除已公布的高风险区以外的其他区域"]


def test_the_rest_of_two_towns_in_traditional_characters() -> None:
    text = in_traditional(_REST.format(rest="黔江区马喇镇、金洞乡除上述已划定高风险区以外的其他区域。"))
    assert levels_of(text)["low"] == ["马喇镇、金洞乡除上述已划定高风险区以外的其他区域"]


def test_the_rest_of_a_town_and_a_street_with_full_width_punctuation() -> None:
    text = _REST.format(rest="黔江区马喇镇、城东街道除已划定高风险区以外的其他区域。").translate(HALF_TO_FULL)
    assert levels_of(text)["low"] == ["马喇镇、城东街道除已划定高风险区以外的其他区域"]


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=2, max_size=3, unique=True), st.sampled_from(["镇", "乡", "街道"]),
       st.sampled_from(["上述已划定", "已划定", "已公布", "已划定的"]))
def test_any_towns_rest_but_the_levels_drawn_is_one_place(names: list[str], kind: str, drawn: str) -> None:
    assume(_clear(*names))
    rest = "、".join(n + kind for n in names) + f"除{drawn}高风险区以外的其他区域"
    assert levels_of(_REST.format(rest=rest))["low"] == [rest]


def test_rests_near_the_form_read_as_before() -> None:
    # (the district's rest but the levels drawn: a blanket, no place)
    assert "low" not in levels_of(_REST.format(rest="全区除已划定高风险区以外的其他区域。"))
    assert "low" not in levels_of(_REST.format(rest="除上述已划定高风险区以外的其他区域。"))
    # (two districts' rests: a blanket)
    assert "low" not in levels_of(_REST.format(rest="黔江区、彭水县除已划定高风险区以外的其他区域。"))
    # (the rest of the towns but the levels, no 已划定: one place, as before)
    assert levels_of(_REST.format(rest="马喇镇、金洞乡除高风险区以外的其他区域。"))["low"] == [
        "马喇镇、金洞乡除高风险区以外的其他区域"]
