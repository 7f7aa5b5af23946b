"""Forms of the fifty-seventh held-out set, each in variants written here (invented places, the wording of forms real
notices use): "调整增为" (adjusted, added) before a level, one verb ("将A小区8幢调整增为高风险区", 南通 late
2022); a clause of measures opened by the change's verb and level, then 后 and a span of days ("…核酸检测,降为低风险区
后3天内非必要不外出", 福州 late 2022), no change of its own; and places each led by their street (town) and closed
by a numbered building or house, run together with no separator ("观音山街道A8幢新城桥街道B路6号狼山镇街道C1幢")."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    in_traditional,
    invented_names,
    levels_of,
    no_real_city,
)

_TITLE = "南通市崇川区关于调整部分区域疫情风险等级的通告\n根据当前疫情防控需要,经研究决定:\n"


_plain = no_real_city


# --- 1. "调整增为": 增 goes with the verb, no part of the place


def test_adjusted_added_as_high_with_its_time_note() -> None:
    text = _TITLE + ("1.将新城桥街道城南新村87幢调整增为高风险区(具体时间根据相关区域落实相应管控措施起计算)。\n"
                     "2.其他区域风险等级不变。\n")
    assert levels_of(text) == {"high": ["新城桥街道城南新村87幢"]}


def test_adjusted_newly_added_and_full_width_comma() -> None:
    assert levels_of(_TITLE + "将翠锦苑小区3幢调整新增为中风险区。\n") == {"medium": ["翠锦苑小区3幢"]}
    assert levels_of(_TITLE + "将翠锦苑小区3幢调整增为高风险区，实行管控。\n") == {"high": ["翠锦苑小区3幢"]}


def test_adjusted_added_in_traditional_characters() -> None:
    text = in_traditional(_TITLE + "1.将金华街道翠锦苑12栋、长风路3号调整增为高风险区。\n")
    assert levels_of(text) == {"high": ["金华街道翠锦苑12栋", "长风路3号"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=4, unique=True),
       st.sampled_from(["小区", "花园", "苑", "新村"]), st.integers(min_value=1, max_value=99),
       st.sampled_from([("高风险区", "high"), ("中风险区", "medium"), ("封控区", "sealed")]),
       st.sampled_from(["增", "新增"]))
def test_any_places_adjusted_added(names: list[str], kind: str, number: int, level: tuple[str, str],
                                   added: str) -> None:
    assume(_plain(*names))
    places = [f"{name}{kind}{number}幢" for name in names]
    text = _TITLE + f"将{'、'.join(places)}调整{added}为{level[0]}。\n"
    assert levels_of(text) == {level[1]: places}, text


def test_adjusted_added_near_misses() -> None:
    # 调整增加 (a test point added) sets no level; 增 not before 为 and a level is read as written
    text = _TITLE + "将翠锦苑小区3幢调整为高风险区,调整增加核酸检测点。\n"
    assert levels_of(text) == {"high": ["翠锦苑小区3幢"]}
    assert levels_of(_TITLE + "将翠锦苑小区3幢调整为高风险区。\n") == {"high": ["翠锦苑小区3幢"]}


# --- 2. the verb and level opening a clause, then 后 and days: measures after the change, no change


_FUZHOU = ("仓山区新型冠状病毒感染肺炎疫情防控工作应急指挥部通告(2022年第92号)\n"
           "经研究决定,自11月18日7时30分起,1个区域调整风险等级,具体如下:\n由高风险区调整为低风险区\n1.东升街道南台十六府二区。\n")


def test_lowered_then_three_days_after_a_test_clause() -> None:
    text = _FUZHOU + ("请广大市民继续参加即日起至11月19日的区域核酸检测,压实疫情防控个人主体责任,"
                      "降为低风险区后3天内非必要不外出、不乘坐公共交通工具、不聚集。\n")
    assert levels_of(text) == {"low": ["东升街道南台十六府二区"]}


def test_days_after_variants_full_width_and_traditional() -> None:
    for tail in ("请广大市民继续参加即日起至11月19日的区域核酸检测,压实个人责任,调整为低风险区后的3天内不聚集。\n",
                 "居民群众继续参加即日起至11月19日的区域核酸检测，降为低风险区后3天内非必要不外出。\n",
                 "请广大市民继续参加即日起至11月19日的区域核酸检测,降为低风险区之后7日内不聚集。\n"):
        assert levels_of(_FUZHOU + tail) == {"low": ["东升街道南台十六府二区"]}, tail
        assert levels_of(in_traditional(_FUZHOU + tail)) == {"low": ["东升街道南台十六府二区"]}, tail


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["降为", "调整为", "下调为"]), st.sampled_from(["后", "之后", "以后", "后的"]),
       st.integers(min_value=1, max_value=14), st.sampled_from(["天内", "日内", "天"]),
       st.integers(min_value=19, max_value=28), st.sampled_from(["区域", "全员", "重点人群"]))
def test_any_clause_of_days_after_the_change(verb: str, after: str, days: int, unit: str, until: int,
                                             tested: str) -> None:
    text = _FUZHOU + (f"请广大市民继续参加即日起至11月{until}日的{tested}核酸检测,压实个人责任,"
                      f"{verb}低风险区{after}{days}{unit}非必要不外出。\n")
    assert levels_of(text) == {"low": ["东升街道南台十六府二区"]}, text


def test_days_after_near_misses_keep_their_place() -> None:
    # the place written before the verb in the same clause: the notice's own change, read as before
    assert levels_of("经研究决定,将翠锦苑小区调整为低风险区后3天内非必要不外出。") == {"low": ["翠锦苑小区"]}
    assert levels_of("经研究决定,翠锦苑小区降为低风险区后3天内非必要不外出。") == {"low": ["翠锦苑小区"]}


# --- 3. places each led by their division and closed by a number, run together


def test_three_street_led_places_run_together() -> None:
    text = _TITLE + ("将观音山街道世伦名郡8幢新城桥街道启秀路6号狼山镇街道金茂府1幢调整增为高风险区(具体时间根据"
                     "相关区域落实相应管控措施起计算),实行“足不出户、上门服务”等管控措施。\n")
    assert levels_of(text) == {"high": ["观音山街道世伦名郡8幢", "新城桥街道启秀路6号", "狼山镇街道金茂府1幢"]}


def test_town_led_places_with_house_buildings_and_traditional() -> None:
    text = _TITLE + "将金华镇翠锦苑12号楼长风镇胜利路3号、星河镇康宁村5号调整为中风险区。\n"
    assert levels_of(text) == {"medium": ["金华镇翠锦苑12号楼", "长风镇胜利路3号", "星河镇康宁村5号"]}
    trad = in_traditional(_TITLE + "将金华街道翠锦苑12栋长风街道胜利路3号调整为高风险区。\n")
    assert levels_of(trad) == {"high": ["金华街道翠锦苑12栋", "长风街道胜利路3号"]}


def test_street_led_places_full_width_after_a_colon() -> None:
    text = _TITLE + "以下区域调整为高风险区：金华街道翠锦苑12栋长风街道胜利路3号。\n"
    assert levels_of(text) == {"high": ["金华街道翠锦苑12栋", "长风街道胜利路3号"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
                          st.sampled_from(["苑", "花园", "小区", "路"]), st.integers(min_value=1, max_value=99),
                          st.sampled_from(["幢", "栋", "号", "号楼"])), min_size=2, max_size=4),
       st.sampled_from(["街道", "镇"]))
def test_any_division_led_places_run_together(rows: list[tuple[str, str, str, int, str]], kind: str) -> None:
    assume(_plain(*(name for row in rows for name in row[:2])))
    assume(len({row[0] for row in rows}) == len(rows))
    places = [f"{street}{kind}{name}{place_kind}{number}{building}"
              for street, name, place_kind, number, building in rows]
    assume(len(set(places)) == len(places))
    text = _TITLE + f"将{''.join(places)}调整为高风险区。\n"
    assert levels_of(text) == {"high": places}, text


def test_division_led_near_misses_stay_one_place() -> None:
    # the next piece no division ("江南古镇" has no street's name before 镇), kinds that differ, 和 between them
    assert levels_of(_TITLE + "将金华街道翠锦苑12栋江南古镇3幢调整为高风险区。\n") == {
        "high": ["金华街道翠锦苑12栋江南古镇3幢"]}
    assert levels_of(_TITLE + "将金华街道翠锦苑12栋长风镇胜利路3号调整为高风险区。\n") == {
        "high": ["金华街道翠锦苑12栋长风镇胜利路3号"]}
    assert levels_of(_TITLE + "将金华街道翠锦苑12栋和长风街道胜利路3号调整为高风险区。\n") == {
        "high": ["金华街道翠锦苑12栋", "长风街道胜利路3号"]}
    # a unit after the number is part of the building
    assert levels_of(_TITLE + "将金华街道翠锦苑12栋3单元调整为高风险区。\n") == {"high": ["金华街道翠锦苑12栋3单元"]}
