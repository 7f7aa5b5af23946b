"""Forms of notices whose lists count a place before 和 ("A等38个区域、B等5个区域和C由高风险区降为中风险区"), run
places that each start with the same town together without a separator (the heading's count says how many),
write the level a list leaves with its places in brackets before the verb ("高风险区(A小区)降为中风险区",
"中风险区(B路—C路合围区域,除高风险区外)降为低风险区"), lift a temporary control after the decision and its hour
("研究决定:于2022年12月7日上午8:00解除A村临时管控"), and seal a whole banner or county ("对全旗实行封控管理措施",
also as a word-swapper rewrote it, "对全旗实验封控办理法子"). Each form in variants written here (invented places,
other numbering and kinds of place, full-width punctuation, traditional characters), and a property over generated
names."""

from __future__ import annotations

from hypothesis import given, settings
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


# --- a count closes a place before 和 too --------------------------------------------------------------------

def test_counts_after_places_joined_by_he_are_no_part_of_them() -> None:
    text = ("8月26日,记者从发布会上获悉,指挥部决定,将金华镇长风路春晓小区等12个区域、龙泽乡翠峰村等3个区域和锦绣街道"
            "福瑞社区由高风险区降为中风险区;康宁镇兴盛村由中风险区降为低风险区。")
    assert levels_of(text) == {"medium": ["金华镇长风路春晓小区", "龙泽乡翠峰村", "锦绣街道福瑞社区"],
                               "low": ["康宁镇兴盛村"]}


def test_counts_of_kinds_and_places_joined_by_ji_in_traditional_characters() -> None:
    text = in_traditional("经研判,决定将金华镇长风路春晓小区等12个小区、龙泽乡翠峰村等三个村及锦绣街道福瑞社区"
                        "由高风险区调整为中风险区。")
    assert levels_of(text) == {"medium": ["金华镇长风路春晓小区", "龙泽乡翠峰村", "锦绣街道福瑞社区"]}


def test_counts_of_spots_before_he_with_full_width_punctuation() -> None:
    text = "经研判,将星峰镇汇龙路锦绣苑等5处、春晓乡长风村等2处和福瑞街道翠峰社区由高风险区降为中风险区。"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"medium": ["星峰镇汇龙路锦绣苑", "春晓乡长风村",
                                                                  "福瑞街道翠峰社区"]}


def test_counts_before_he_in_a_labelled_list_line() -> None:
    text = ("关于调整风险区的通告\n以下区域由高风险区降为中风险区:金华镇春晓小区等3个区域、兴盛镇康宁村等2个村及"
            "龙泽乡翠峰村。")
    assert levels_of(text) == {"medium": ["金华镇春晓小区", "兴盛镇康宁村", "龙泽乡翠峰村"]}


def test_he_starting_a_name_after_a_count_is_left_alone() -> None:
    text = "关于调整风险区的通告\n高风险区:金华镇春晓小区等3个区域和平安里小区。"
    assert levels_of(text) == {"high": ["金华镇春晓小区等3个区域和平安里小区"]}


# (a name after 和 that makes a word with it, "和光…", "和兴…", may be one name: not generated)
@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(name, st.integers(2, 60)), min_size=2, max_size=4, unique_by=lambda t: t[0]),
       name.filter(lambda n: n[0] not in "平谐睦美顺兴悦煦润盛鸣风园苑居家乐畅泰嘉光义安"))
def test_counted_places_before_he_property(counted: list[tuple[str, int]], last: str) -> None:
    items = "、".join(f"{n}镇{n}村等{k}个区域" for n, k in counted)
    text = f"经研判,将{items}和{last}街道{last}社区由高风险区降为中风险区。"
    assert levels_of(text) == {"medium": [*(f"{n}镇{n}村" for n, _ in counted), f"{last}街道{last}社区"]}
    listed = f"关于调整风险区的通告\n高风险区:{items}和{last}街道{last}社区。"
    assert levels_of(listed) == {"high": [*(f"{n}镇{n}村" for n, _ in counted), f"{last}街道{last}社区"]}


# --- places run together, each starting with the same town, as many as the count says ----------------------

def test_run_on_places_of_one_town_are_cut_where_the_town_starts_again() -> None:
    text = ("关于将龙泽乡部分区域划定为高风险区的公告\n即日起将龙泽乡部分区域划定为高风险区,现公告如下:\n"
            "高风险区(2个):龙泽乡翠峰村春晓组长风坡区域龙泽乡翠峰村锦绣组福瑞湾区域,上述区域执行“足不出户、上门服务”"
            "等封控措施。")
    assert levels_of(text) == {"high": ["龙泽乡翠峰村春晓组长风坡区域", "龙泽乡翠峰村锦绣组福瑞湾区域"]}


def test_run_on_places_of_one_town_three_groups_with_full_width_punctuation() -> None:
    text = "关于划定高风险区的公告\n高风险区(3个):兴盛镇康宁村1组兴盛镇康宁村2组兴盛镇星峰村5组,上述区域执行封控措施。"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"high": ["兴盛镇康宁村1组", "兴盛镇康宁村2组",
                                                                "兴盛镇星峰村5组"]}


def test_run_on_places_of_one_street_in_traditional_characters() -> None:
    text = in_traditional("关于划定高风险区的公告\n高风险区(2个):春晓街道锦绣社区龙泉小区春晓街道锦绣社区翠峰苑,"
                        "上述区域执行封控措施。")
    assert levels_of(text) == {"high": ["春晓街道锦绣社区龙泉小区", "春晓街道锦绣社区翠峰苑"]}


def test_run_on_places_are_left_alone_when_the_count_says_otherwise() -> None:
    text = "关于划定高风险区的公告\n高风险区(2个):兴盛镇康宁村1组兴盛镇康宁村2组兴盛镇星峰村5组,上述区域执行封控措施。"
    assert levels_of(text) == {"high": ["兴盛镇康宁村1组兴盛镇康宁村2组兴盛镇星峰村5组"]}


@settings(max_examples=25, deadline=None)
@given(name, st.lists(st.tuples(name, st.integers(1, 12)), min_size=2, max_size=5, unique_by=lambda t: t))
def test_run_on_places_of_one_town_property(town: str, villages: list[tuple[str, int]]) -> None:
    places = [f"{town}乡{village}村{k}组" for village, k in villages]
    text = f"关于划定高风险区的公告\n高风险区({len(places)}个):{''.join(places)},上述区域执行封控措施。"
    assert levels_of(text) == {"high": places}


# --- the level a list leaves, its places in brackets, then the verb and the new level -----------------------

def test_bracketed_places_after_the_level_they_leave_numbered_items() -> None:
    text = ("关于调整风险区的通告\n经研判,“三区”范围调整如下:\n1.高风险区(春晓街道长风社区龙泽小区)降为中风险区。\n"
            "2.中风险区(春晓街道翠峰路—锦绣路—福瑞河合围区域,除高风险区外)降为低风险区。\n"
            "3.低风险区(行政区划范围内除中、高风险区外)保持不变。")
    assert levels_of(text) == {"medium": ["春晓街道长风社区龙泽小区"],
                               "low": ["春晓街道翠峰路—锦绣路—福瑞河合围区域,除高风险区外"]}


def test_bracketed_places_in_one_sentence_after_jiang() -> None:
    text = ("关于调整风险区的通告\n经研判,决定将高风险区(春晓街道长风社区龙泽小区、兴盛村5组)调整为中风险区,"
            "将中风险区(康宁镇星峰村)调整为低风险区。")
    assert levels_of(text) == {"medium": ["春晓街道长风社区龙泽小区", "兴盛村5组"], "low": ["康宁镇星峰村"]}


def test_bracketed_places_in_traditional_characters_with_full_width_punctuation() -> None:
    text = in_traditional("关于调整风险区的通告\n一、高风险区(春晓街道长风社区龙泽小区)降为中风险区。\n"
                        "二、中风险区(春晓街道翠峰路-锦绣路-福瑞河合围区域,除高风险区以外)降为低风险区。")
    assert levels_of(text.translate(HALF_TO_FULL)) == {
        "medium": ["春晓街道长风社区龙泽小区"], "low": ["春晓街道翠峰路-锦绣路-福瑞河合围区域,除高风险区以外"]}


def test_a_count_in_the_brackets_is_no_place() -> None:
    text = "关于调整风险区的通告\n(一)高风险区(3个)调整为中风险区:春晓小区、龙泽苑、兴盛村。"
    assert levels_of(text) == {"medium": ["春晓小区", "龙泽苑", "兴盛村"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True), name)
def test_bracketed_places_property(compounds: list[str], village: str) -> None:
    high = [f"{c}街道{c}小区" for c in compounds]
    text = (f"关于调整风险区的通告\n1.高风险区({'、'.join(high)})降为中风险区。\n"
            f"2.中风险区({village}镇{village}村)降为低风险区。")
    assert levels_of(text) == {"medium": high, "low": [f"{village}镇{village}村"]}


# --- a temporary control lifted after the decision and its hour ---------------------------------------------

def test_a_temporary_control_lifted_at_an_hour_after_the_decision() -> None:
    text = ("经综合评估研判,春晓区应对疫情工作领导小组指挥部研究决定:于2022年12月7日上午8:00解除长风街道龙泽社区翠峰村"
            "临时管控,恢复常态化疫情防控。")
    assert levels_of(text) == {"lifted": ["长风街道龙泽社区翠峰村"]}


def test_a_temporary_control_lifted_by_the_command_on_a_day_without_year() -> None:
    text = "经综合评估研判,指挥部决定于12月7日18时解除兴盛镇康宁村、翠峰社区福瑞小区临时管控,恢复正常生产生活秩序。"
    assert levels_of(text) == {"lifted": ["兴盛镇康宁村", "翠峰社区福瑞小区"]}


def test_a_temporary_sealing_lifted_in_traditional_characters() -> None:
    text = in_traditional("经研究,决定解除锦绣街道星峰社区临时封控,恢复常态化疫情防控。")
    assert levels_of(text.translate(HALF_TO_FULL)) == {"lifted": ["锦绣街道星峰社区"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.integers(1, 28), st.integers(0, 23))
def test_timed_lift_property(street: str, village: str, day: int, hour: int) -> None:
    text = (f"研究决定:于2022年12月{day}日{hour}时解除{street}街道{village}村临时管控,恢复常态化疫情防控。")
    assert levels_of(text) == {"lifted": [f"{street}街道{village}村"]}


# --- a whole banner or county sealed -----------------------------------------------------------------------

def test_a_whole_banner_sealed() -> None:
    text = ("据内蒙古苏尼特右旗新冠肺炎疫情防控指挥部发布,经旗疫情防控指挥部研究决定,自2022年3月2日8时起,"
            "对全旗实行封控管理措施。封控期间,对全旗境内所有进出口实行交通管制。")
    assert by_level(text) == {("sealed", "苏尼特右旗"): ["苏尼特右旗"]}


def test_a_whole_county_sealed_after_its_province_in_traditional_characters() -> None:
    text = in_traditional("据山西省夏县新冠肺炎疫情防控指挥部通告,自2022年8月2日18时起,对全县实行封控管理。")
    assert by_level(text.translate(HALF_TO_FULL)) == {("sealed", "夏县"): ["夏县"]}


def test_a_whole_banner_sealed_in_a_word_swappers_copy() -> None:
    text = ("按照内蒙古苏尼特右旗新冠肺炎疫情防控辅导部发表,经旗新冠肺炎疫情防控辅导部协商决计,自年3月2日8时起,"
            "对全旗实验封控办理法子。")
    assert by_level(text) == {("sealed", "苏尼特右旗"): ["苏尼特右旗"]}


def test_a_school_named_experimental_is_no_swapped_measure() -> None:
    text = "据夏县新冠肺炎疫情防控指挥部通告,对县实验小学实行封控管理。"
    assert by_level(text) == {("sealed", "夏县"): ["县实验小学"]}


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["夏县", "岚县", "苏尼特右旗", "四子王旗", "太和县", "永和县"]),
       st.sampled_from(["封控管理", "封控管理措施", "封控措施"]), st.integers(1, 28))
def test_whole_division_sealed_property(division: str, measure: str, day: int) -> None:
    whole = "全旗" if division.endswith("旗") else "全县"
    text = f"据{division}新冠肺炎疫情防控指挥部通告,自2022年8月{day}日18时起,对{whole}实行{measure}。"
    assert by_level(text) == {("sealed", division): [division]}
