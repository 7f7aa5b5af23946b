"""Forms of notices that list several items on one line before the time their area starts ("A楼,B宿舍楼,11月8日
22:30起 。", a copy's space before the stop), write a province and its prefecture city in front of a place in a report
("吉林省A市B学院校园由中风险地区调整为低风险地区"), list the rest of a village outside named parts without 除
("A镇B村3号楼以外的其他区域"), and, in a machine-reworded copy, write 警戒区 for 防范区 ("A村…划分为警戒区" under
"三。预防区域").
Each form in variants written here (invented places, the wording of the real forms: other kinds of place, separators,
traditional characters, full-width punctuation), and properties over generated parts."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)

# --- several items on a line before the time their area starts ------------------------------------------------

_TIMED_LEAD = "关于划定临时管控区域的通告\n经研究,在部分区域划定临时管控区,具体如下:\n一、具体区域和时间\n"
_MEASURES = "\n二、防控措施\n(一)管控期间上述区域实行“足不出区,错峰取物”。"


def test_two_buildings_before_their_starting_time_are_two_places() -> None:
    text = _TIMED_LEAD + "(一)星湾街道\n金华车站宿舍楼,春晓小区3栋,11月8日(星期二)22:30起。" + _MEASURES
    assert levels_of(text) == {"controlled": ["星湾街道金华车站宿舍楼", "星湾街道春晓小区3栋"]}
    # (the lead's clauses before "…起。" are prose: the time stays with them, read as the notice's)
    text = "为切实保障群众健康,严防疫情扩散,11月8日22:30起。\n临时管控区:\n星湾小区"
    assert levels_of(text) == {"controlled": ["星湾小区"]}


def test_an_item_before_its_time_with_a_space_before_the_stop() -> None:
    text = _TIMED_LEAD + "(一)星湾街道\n\n金华社区8组32号,11月8日(星期二)22:30起 。\n(二)春晓街道\n丽泽村,11月9日起 。"
    assert levels_of(text + _MEASURES) == {"controlled": ["星湾街道金华社区8组32号", "春晓街道丽泽村"]}


def test_timed_items_in_traditional_characters_and_full_width_commas() -> None:
    text = in_traditional(
        _TIMED_LEAD + "(二)锦绣街道\n翠峰小区1栋,翠峰小区2栋,丽泽村5组,自11月7日9时起;" + _MEASURES
    ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["锦绣街道翠峰小区1栋", "锦绣街道翠峰小区2栋", "锦绣街道丽泽村5组"]}


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(name, st.sampled_from(["小区3栋", "宿舍楼", "村5组", "社区8组32号"])), min_size=1, max_size=3),
    st.sampled_from(["11月8日(星期二)22:30起", "自11月7日9时起", "11月8日起", "11月8日(周二)晚上8时起"]),
    st.sampled_from(["。", " 。", ";", ""]),
    st.booleans(),
    st.booleans(),
)
def test_any_items_before_their_time_are_each_a_place(
    items: list[tuple[str, str]], time: str, stop: str, traditional: bool, full_width: bool
) -> None:
    places = [n + kind for n, kind in items]
    # (one place named twice is one; a name ending where the next begins reads as a longer name)
    assume(len(set(places)) == len(places))
    text = _TIMED_LEAD + "(一)峰景街道\n" + ",".join(places) + "," + time + stop + _MEASURES
    text = in_traditional(text) if traditional else text
    assert levels_of(text.translate(HALF_TO_FULL) if full_width else text) == {
        "controlled": ["峰景街道" + p for p in places]
    }


# --- a province and its prefecture city in front of a place --------------------------------------------------


def test_a_province_and_its_city_in_front_of_a_campus_are_no_part_of_it() -> None:
    text = "● 吉林\n8日9时起,吉林省白城市星湾中学校园由中风险地区调整为低风险地区。调整后,白城市全域均为低风险地区。"
    assert by_level(text) == {("low", None): ["星湾中学校园"]}


def test_a_province_and_its_city_name_no_district() -> None:
    assert by_level("8日9时起,吉林省长春市金华小区由中风险地区调整为低风险地区。") == {("low", None): ["金华小区"]}
    # (an autonomous region by its full name, in traditional characters)
    text = in_traditional("8日9时起,广西壮族自治区玉林市春晓花园由中风险地区调整为低风险地区。")
    assert by_level(text) == {("low", None): ["春晓花园"]}
    # (a district after them is the district)
    assert by_level("8日9时起,江西省吉安市永丰县星湾村由中风险地区调整为低风险地区。") == {
        ("low", "永丰县"): ["星湾村"]
    }


def test_a_province_without_sheng_and_full_width_punctuation() -> None:
    text = "8日9时起,山东聊城市翠峰医院(门诊楼)由中风险地区调整为低风险地区。".translate(HALF_TO_FULL)
    assert by_level(text) == {("low", None): ["翠峰医院(门诊楼)"]}


_PREFECTURES = [
    ("吉林省", "白城"),
    ("吉林省", "长春"),
    ("湖北省", "荆门"),
    ("江苏省", "盐城"),
    ("山西省", "晋城"),
    ("黑龙江省", "佳木斯"),
    ("河南", "南阳"),
    ("内蒙古自治区", "包头"),
    ("四川省", "宜宾"),
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_PREFECTURES),
    name,
    st.sampled_from(["小区", "中学校园", "医院", "花园"]),
    st.sampled_from([("由中风险地区调整为低风险地区", "low"), ("调整为中风险地区", "medium")]),
    st.booleans(),
)
def test_any_province_and_city_in_front_of_a_place_are_dropped(
    prefecture: tuple[str, str], place: str, kind: str, change: tuple[str, str], traditional: bool
) -> None:
    province, city = prefecture
    text = f"8日9时起,{province}{city}市{place}{kind}{change[0]}。"
    assert by_level(in_traditional(text) if traditional else text) == {(change[1], None): [place + kind]}


# --- the rest of a village outside named parts, without 除 ----------------------------------------------------


def test_rest_of_a_village_outside_a_building_is_a_place() -> None:
    text = "三、防范区\n星湾区城南镇金华村3号楼以外的其他区域划分为防范区,实行“加强社会管控”。"
    assert levels_of(text) == {"precaution": ["城南镇金华村3号楼以外的其他区域"]}


def test_rest_of_a_village_outside_named_parts_with_other_words() -> None:
    assert levels_of("防范区:\n春晓村楼上楼外的其它区域") == {"precaution": ["春晓村楼上楼外的其它区域"]}
    text = in_traditional("一、防范区\n丽泽镇翠峰社区5组之外的其余区域").translate(HALF_TO_FULL)
    assert levels_of(text) == {"precaution": ["丽泽镇翠峰社区5组之外的其余区域"]}
    # (the rest of a district outside a street is no place)
    assert levels_of("一、防范区\n城南街道以外的其他区域\n二、管控区\n星湾村三组") == {"controlled": ["星湾村三组"]}


@settings(max_examples=40, deadline=None)
@given(
    name,
    st.sampled_from(["村", "社区", "镇"]),
    st.sampled_from(["3号楼", "5组", "东区2栋", "楼上楼"]),
    st.sampled_from(["以外的其他区域", "之外的其他区域", "外的其余区域", "以外的其它地区"]),
    st.booleans(),
)
def test_rest_of_any_village_outside_a_part_is_a_place(
    village: str, kind: str, part: str, rest: str, full_width: bool
) -> None:
    place = village + kind + part + rest
    text = f"一、封控区\n{place}\n二、管控区\n西湖村三组"
    assert levels_of(text.translate(HALF_TO_FULL) if full_width else text) == {
        "sealed": [place],
        "controlled": ["西湖村三组"],
    }


# --- a reworded copy's 警戒区 for 防范区 -------------------------------------------------------------------------


def test_alert_zone_under_a_reworded_precaution_heading() -> None:
    text = "三。预防区域\n星湾区城南镇金华村其他区域划分为警戒区,实行“加强社会管控,严格限制人员聚集”。"
    assert levels_of(text) == {"precaution": ["城南镇金华村其他区域"]}


def test_alert_zone_as_the_level_of_a_sentence_and_a_heading() -> None:
    assert levels_of("即日起,将春晓小区、丽泽村划定为警戒区域。") == {"precaution": ["春晓小区", "丽泽村"]}
    text = in_traditional("二、警戒区:\n翠峰花园1栋;金华村5组").translate(HALF_TO_FULL)
    assert levels_of(text) == {"precaution": ["翠峰花园1栋", "金华村5组"]}


@settings(max_examples=30, deadline=None)
@given(
    name,
    st.sampled_from(["小区", "村", "花园"]),
    st.sampled_from(["划分为", "划定为", "调整为", "列为"]),
    st.sampled_from(["警戒区", "警戒区域"]),
    st.booleans(),
)
def test_any_alert_zone_after_a_verb_is_precaution(
    place: str, kind: str, verb: str, words: str, traditional: bool
) -> None:
    text = f"即日起,将{place}{kind}{verb}{words}。"
    assert levels_of(in_traditional(text) if traditional else text) == {"precaution": [place + kind]}
