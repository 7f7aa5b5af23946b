"""Forms of notices that lift places in parts by their hour ("一、自11月15日14时起解除临时管控的区域", a copy that lost
the year's digits writing "自年11月15日") over street-grouped places, run a street's numbered places on after its
name ("(二)A街道1.B广场A、B座。2.C街2号,C街1号、3号"), write a road again after a comma to start a place, keep house
numbers whose digits a copy lost ("A路号、、号、号") as one place, and list places with the hour each takes effect
("A,B,从2022年11月7日8时起实施。") under an unnumbered range title ("具体点位及实施时间", "划定范围").
Each form in variants written here (invented places, the wording of the real forms: other kinds of place, separators,
traditional characters, full-width punctuation), near-misses that keep their old reading, and properties over
generated parts."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    in_traditional,
    invented_names,
    levels_of,
    no_real_city,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)

_LIFT = "星湾区关于解除部分区域临时管控措施的通告\n决定解除部分区域临时管控措施,通告如下:\n"
_END = "\n“解除”不等于“解防”。请广大居民继续配合疫情防控工作。\n特此通告。\n星湾区疫情防控指挥部\n2022年11月15日"


# --- parts of a lift by their hour over street-grouped places ---------------------------------------------------


def test_timed_lift_parts_are_titles_over_their_places() -> None:
    text = (_LIFT + "一、自11月15日14时起解除临时管控的区域\n(一)金华街道春晓路8号。\n(二)翠峰街道丽泽花园3栋\n"
            "二、自11月15日18时起解除临时管控的区域\n锦绣街道龙泽苑。" + _END)
    assert levels_of(text) == {"lifted": ["金华街道春晓路8号", "翠峰街道丽泽花园3栋", "锦绣街道龙泽苑"]}


def test_timed_lift_parts_whose_year_lost_its_digits() -> None:
    text = (_LIFT + "一、自年11月15日14时起解除临时管控的区域\n(一)金华街道春晓路8号。\n"
            "二、自年11月16日9时起解除临时管控的区域\n锦绣街道龙泽苑。" + _END)
    assert levels_of(text) == {"lifted": ["金华街道春晓路8号", "锦绣街道龙泽苑"]}


def test_timed_lift_parts_in_traditional_characters() -> None:
    text = in_traditional(_LIFT + "一、从11月15日14时起解除临时管控的区域\n(一)金华街道春晓路8号。\n"
                          "二、从11月16日9时起解除封控管理的区域\n锦绣街道龙泽苑。" + _END)
    assert levels_of(text) == {"lifted": ["金华街道春晓路8号", "锦绣街道龙泽苑"]}


def test_timed_lift_parts_with_full_width_punctuation_and_an_exception_kept() -> None:
    text = (_LIFT + "一、自11月15日14时起解除临时管控的区域\n(一)金华街道春晓路8号。\n"
            "二、自11月16日9时起解除临时管控的区域\n锦绣街道龙泽苑(除龙泽中街1号外)。" + _END).translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["金华街道春晓路8号", "锦绣街道龙泽苑(除龙泽中街1号外)"]}


def test_an_untimed_lift_part_over_a_street_label_of_its_own() -> None:
    text = (_LIFT + "一、解除临时管控的区域\n(一)翠峰街道:\n1.星光广场A、B座。\n2.丽泽大厦。\n"
            "(二)金华街道春晓路8号。" + _END)
    assert levels_of(text) == {"lifted": ["翠峰街道星光广场A、B座", "翠峰街道丽泽大厦", "金华街道春晓路8号"]}


def test_near_miss_a_timed_lift_sentence_naming_its_place_lifts_it() -> None:
    text = _LIFT + "一、自11月15日14时起解除星光小区临时管控。" + _END
    assert levels_of(text) == {"lifted": ["星光小区"]}


# --- a street's numbered places run on after its name ----------------------------------------------------------


def test_a_street_with_its_numbered_places_on_its_line() -> None:
    text = (_LIFT + "一、自11月15日14时起解除临时管控的区域\n(一)翠峰街道1.星光广场A、B座。2.丽泽大厦。\n"
            "(二)金华街道春晓路8号。" + _END)
    assert levels_of(text) == {"lifted": ["翠峰街道星光广场A、B座", "翠峰街道丽泽大厦", "金华街道春晓路8号"]}


def test_a_town_with_its_numbered_places_and_semicolons() -> None:
    text = _LIFT + "(一)翠峰镇1、星光广场A座。2、丽泽大厦;3、锦绣村。" + _END
    assert levels_of(text) == {"lifted": ["翠峰镇星光广场A座", "翠峰镇丽泽大厦", "翠峰镇锦绣村"]}


def test_a_street_with_a_colon_and_numbered_places_in_traditional_characters() -> None:
    text = in_traditional(_LIFT + "(一)翠峰街道:1.星光广场A座。2.丽泽大厦。\n(二)金华街道春晓路8号。" + _END)
    assert levels_of(text) == {"lifted": ["翠峰街道星光广场A座", "翠峰街道丽泽大厦", "金华街道春晓路8号"]}


def test_a_street_with_numbered_places_and_full_width_punctuation() -> None:
    text = _LIFT + "(一)翠峰街道1.星光广场A座。2.丽泽大厦(3栋除外)。\n(二)金华街道春晓路8号。" + _END
    text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["翠峰街道星光广场A座", "翠峰街道丽泽大厦(3栋除外)", "金华街道春晓路8号"]}


def test_near_miss_a_street_before_numbered_buildings_is_one_place() -> None:
    text = _LIFT + "(一)翠峰街道1号院、2号院。\n(二)金华街道春晓路8号。" + _END
    assert levels_of(text) == {"lifted": ["翠峰街道1号院、2号院", "金华街道春晓路8号"]}


@settings(max_examples=40, deadline=None)
@given(name, st.sampled_from(["街道", "镇"]), st.lists(st.tuples(name, st.sampled_from(["广场A座", "大厦", "花园3栋"])),
                                                      min_size=2, max_size=4),
       st.sampled_from(["1.", "1、"]), st.booleans(), st.booleans())
def test_any_street_with_its_numbered_places_on_its_line(
    street: str, kind: str, items: list[tuple[str, str]], mark: str, traditional: bool, full_width: bool
) -> None:
    places = [n + k for n, k in items]
    assume(no_real_city(street, *[n for n, _k in items]) and len(set(places)) == len(places))
    assume(not any(street in p or p in street for p in places))
    listed = "。".join(f"{k + 1}{mark[1]}{p}" for k, p in enumerate(places))
    text = (_LIFT + "一、自11月15日14时起解除临时管控的区域\n(一)" + street + kind + listed
            + "。\n(二)金华街道春晓路8号。" + _END)
    text = in_traditional(text) if traditional else text
    text = text.translate(HALF_TO_FULL) if full_width else text
    assert levels_of(text) == {"lifted": [street + kind + p for p in places] + ["金华街道春晓路8号"]}


# --- a road written again after a comma starts a place -----------------------------------------------------------


def test_a_road_written_again_after_a_comma_starts_a_place() -> None:
    text = _LIFT + "(一)翠峰街道\n1.丽泽后街2号,丽泽后街1号、1号之一、3号\n2.星光广场。" + _END
    assert levels_of(text) == {
        "lifted": ["翠峰街道丽泽后街2号", "翠峰街道丽泽后街1号、1号之一、3号", "翠峰街道星光广场"]
    }


def test_a_road_written_again_in_traditional_characters() -> None:
    text = in_traditional(_LIFT + "(一)翠峰街道\n1.锦绣大街19号,锦绣大街21、23号\n2.星光广场。" + _END)
    assert levels_of(text) == {"lifted": ["翠峰街道锦绣大街19号", "翠峰街道锦绣大街21、23号", "翠峰街道星光广场"]}


def test_a_road_written_again_with_full_width_commas() -> None:
    text = (_LIFT + "(一)翠峰街道\n1.春晓路5号,春晓路7号,春晓路9号之一\n2.星光广场。" + _END).translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["翠峰街道春晓路5号", "翠峰街道春晓路7号", "翠峰街道春晓路9号之一",
                                          "翠峰街道星光广场"]}


def test_near_miss_a_road_written_once_before_its_lanes_is_one_place() -> None:
    text = _LIFT + "(一)翠峰街道\n1.丽泽后街2号,二巷5号\n2.星光广场。" + _END
    assert levels_of(text) == {"lifted": ["翠峰街道丽泽后街2号,二巷5号", "翠峰街道星光广场"]}


@settings(max_examples=40, deadline=None)
@given(name, st.sampled_from(["路", "街", "大道"]), st.lists(st.integers(1, 99), min_size=2, max_size=4, unique=True),
       st.booleans())
def test_any_road_written_again_after_each_comma(road: str, kind: str, numbers: list[int], full_width: bool) -> None:
    assume(no_real_city(road))
    item = ",".join(f"{road}{kind}{n}号" for n in numbers)
    text = _LIFT + "(一)翠峰街道\n1." + item + "\n2.星光广场。" + _END
    text = text.translate(HALF_TO_FULL) if full_width else text
    assert levels_of(text) == {"lifted": [f"翠峰街道{road}{kind}{n}号" for n in numbers] + ["翠峰街道星光广场"]}


# --- house numbers whose digits a copy lost ------------------------------------------------------------------------


def test_house_numbers_that_lost_their_digits_are_one_place() -> None:
    text = _LIFT + "(一)金华街道春晓东路号、、号、号。\n(二)翠峰街道丽泽花园。" + _END
    assert levels_of(text) == {"lifted": ["金华街道春晓东路号、、号、号", "翠峰街道丽泽花园"]}


def test_lost_digits_in_traditional_characters() -> None:
    text = in_traditional(_LIFT + "(一)金华街道锦绣大街号、号。\n(二)翠峰街道丽泽花园。" + _END)
    assert levels_of(text) == {"lifted": ["金华街道锦绣大街号、号", "翠峰街道丽泽花园"]}


def test_lost_digits_with_full_width_punctuation() -> None:
    text = (_LIFT + "(一)金华街道星光巷号、、号;\n(二)翠峰街道丽泽花园(3栋除外)。" + _END).translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["金华街道星光巷号、、号", "翠峰街道丽泽花园(3栋除外)"]}


def test_near_miss_a_number_then_a_named_place_are_two_places() -> None:
    # (each as listed, the street written once staying on the first)
    text = _LIFT + "(一)金华街道春晓东路8号、锦绣花园。" + _END
    assert levels_of(text) == {"lifted": ["金华街道春晓东路8号", "锦绣花园"]}


# --- places with their hour under an unnumbered range title ------------------------------------------------------

_SET = "星湾区关于划定风险区域的通告\n决定将部分区域划定为中低风险区,具体如下:\n"
_MEDIUM_MEASURES = ("\n管控措施\n1.期间原则上居家,实行“人不出区,错峰取物”。\n"
                    "2.解除管控前24小时内,应完成一次区域内全员核酸检测。")
_LOW = ("\n二、低风险区\n划定范围\n金华街道、翠峰街道除上述中风险区以外的区域。\n管控措施\n"
        "1.倡导区域内人员非必要不离开本区域。")
_REST = "金华街道、翠峰街道除上述中风险区以外的区域"


def test_places_with_their_hour_under_a_range_title() -> None:
    text = (_SET + "一、中风险区\n具体点位及实施时间\n金华街道春晓路8号丽泽大厦A栋,翠峰街道星光路1号锦绣苑B区7栋、15栋,"
            "从2022年11月7日8时起实施。\n兴盛街道康宁大道120号3栋2单元,从2022年11月7日14时起实施。"
            + _MEDIUM_MEASURES + _LOW)
    assert levels_of(text) == {
        "medium": ["金华街道春晓路8号丽泽大厦A栋", "翠峰街道星光路1号锦绣苑B区7栋、15栋",
                   "兴盛街道康宁大道120号3栋2单元"],
        "low": [_REST],
    }


def test_places_with_their_hour_in_traditional_characters() -> None:
    text = in_traditional(_SET + "壹、中风险区\n具体点位及实施时间\n金华街道春晓路8号丽泽大厦A栋,"
                          "自2022年11月7日8时起执行。" + _MEDIUM_MEASURES + _LOW)
    assert levels_of(text) == {"medium": ["金华街道春晓路8号丽泽大厦A栋"], "low": [_REST]}


def test_places_with_their_hour_and_full_width_commas() -> None:
    text = (_SET + "一、中风险区\n具体范围及时间\n金华街道星光花园3栋,翠峰街道锦绣苑2单元,从11月8日0时起实施;"
            + _MEDIUM_MEASURES + _LOW).translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["金华街道星光花园3栋", "翠峰街道锦绣苑2单元"], "low": [_REST]}


def test_near_miss_the_notice_taking_effect_after_its_list_is_no_place() -> None:
    text = _SET + "一、中风险区\n金华街道星光花园3栋。\n本通告自2022年11月7日8时起实施。"
    assert levels_of(text) == {"medium": ["金华街道星光花园3栋"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["金华街道", "翠峰街道", "兴盛镇"]), name,
                          st.sampled_from(["大厦A栋", "苑B区7栋、15栋", "花园3栋2单元"])), min_size=1, max_size=3),
       st.sampled_from(["从2022年11月7日8时起实施", "自11月8日0时起执行", "11月8日14时起实行"]),
       st.sampled_from(["具体点位及实施时间", "具体范围及时间", "划定范围"]), st.booleans())
def test_any_places_with_their_hour_under_a_range_title(
    items: list[tuple[str, str, str]], time: str, title: str, traditional: bool
) -> None:
    places = [s + n + k for s, n, k in items]
    assume(no_real_city(*[n for _s, n, _k in items]) and len(set(places)) == len(places))
    text = _SET + "一、中风险区\n" + title + "\n" + ",".join(places) + "," + time + "。" + _MEDIUM_MEASURES + _LOW
    text = in_traditional(text) if traditional else text
    assert levels_of(text) == {"medium": places, "low": [_REST]}
