"""Forms of the fortieth set (part f40: 1022, 1024, 1028, 1030, 1032), in variants with invented places: a reworded
copy's "中风险性地域" and "中危区为低危区", its "及其" before the next district's places, "调整A,将1个高风险区降为
低风险区", the levels excepted before whole districts ("中高风险区以外的A区、B区所有区域", a blanket), a restated list
under "新增后,A县有高风险区8个" (no colon), a lead drawing "A县3个区域" naming the county, a city as the subject of 划定
in a report, "A区以B路、C路围合区域为防范区", and a report's headline naming the three zones run together; with
ordinary wording near each rule that must stay as it was read."""

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

_NAMES = st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=5, unique=True)


# --- a reworded level: "中风险性地域" (风险性 for 风险, 地域 for 地区) ----------------------------------------------

def test_a_reworded_territory_labels_its_list() -> None:
    text = "中风险性地域(2个):小店区春晓小区、翠锦花园。\n高风险地域:迎泽区锦绣苑。"
    assert by_level(text) == {("medium", "小店区"): ["春晓小区", "翠锦花园"], ("high", "迎泽区"): ["锦绣苑"]}


def test_a_reworded_area_heads_its_list() -> None:
    assert levels_of("一、新增高风险性区域\n小店区春晓小区。") == {"high": ["春晓小区"]}
    assert levels_of("低风险性地区:\n1.晋源区星峰村5组;\n2.晋源区龙春村。") == {"low": ["星峰村5组", "龙春村"]}


def test_a_reworded_territory_in_traditional_characters_and_full_width_punctuation() -> None:
    text = in_traditional("中风险性地域:迎泽区锦绣苑2号楼、金华小区。").translate(HALF_TO_FULL)
    assert by_level(text) == {("medium", "迎泽区"): ["锦绣苑2号楼", "金华小区"]}


@settings(max_examples=40, deadline=None)
@given(_NAMES, st.sampled_from(["高", "中", "低"]), st.sampled_from(["性地域", "性地区", "性区域", "地域"]))
def test_any_reworded_territory_reads_as_its_level(names: list[str], grade: str, word: str) -> None:
    places = [name + "小区" for name in names]
    text = f"{grade}风险{word}:小店区{'、'.join(places)}。"
    assert by_level(text) == {({"高": "high", "中": "medium", "低": "low"}[grade], "小店区"): places}


# --- "及其" (a reworded 以及) before the next district's places ---------------------------------------------------

def test_its_next_district_after_a_comma_joins_the_list() -> None:
    text = ("3月5日,市指挥部发布通知称,将小店区金华街道春晓家园3号楼、翠锦小区,星峰街道北关村5号,"
            "及其迎泽区桥东街道锦泰苑2号院划分为中风险性地域,并执行相应管控措施。")
    assert by_level(text) == {("medium", "小店区"): ["金华街道春晓家园3号楼", "翠锦小区", "星峰街道北关村5号"],
                              ("medium", "迎泽区"): ["桥东街道锦泰苑2号院"]}


def test_and_before_the_next_district_is_no_part_of_its_name() -> None:
    text = "将小店区春晓家园3号楼、翠锦小区,及迎泽区锦泰苑2号院划为高风险区。"
    assert by_level(text) == {("high", "小店区"): ["春晓家园3号楼", "翠锦小区"], ("high", "迎泽区"): ["锦泰苑2号院"]}


def test_its_next_district_after_a_pause_mark() -> None:
    text = "将晋源区龙春村3组、及其清徐县金华镇星峰村划为中风险区。"
    assert by_level(text) == {("medium", "晋源区"): ["龙春村3组"], ("medium", "清徐县"): ["金华镇星峰村"]}


@settings(max_examples=40, deadline=None)
@given(_NAMES, invented_names(PLAIN_SYLLABLES), st.sampled_from(["及其", "及", "以及"]))
def test_any_list_joined_on_to_the_next_district(names: list[str], last: str, joined: str) -> None:
    places = [name + "小区" for name in names]
    text = f"将小店区{'、'.join(places)},{joined}迎泽区{last}家园划分为中风险区。"
    assert by_level(text) == {("medium", "小店区"): places, ("medium", "迎泽区"): [last + "家园"]}


def test_its_surroundings_and_others_stay_as_they_were_read() -> None:
    # (ordinary wording: 及其 before what lies around a place, or before 其他, joins no district)
    assert levels_of("将小店区春晓小区及其周边商铺划为中风险区。") == {"medium": ["春晓小区及其周边商铺"]}
    assert levels_of("将小店区春晓小区、翠锦花园,及其他区域划为中风险区。") == {}


# --- a reworded downgrade: "中危区为低危区", "调整A,将1个高风险区降为低风险区" -------------------------------------

def test_a_reworded_medium_area_lowered_to_a_low_one() -> None:
    text = "降低迎泽区桥东街道春晓社区一个中危区为低危区。"
    assert by_level(text) == {("low", "迎泽区"): ["桥东街道春晓社区"]}


def test_adjusted_places_then_their_count_lowered() -> None:
    text = "自发布之日起,调整小店区金华街道胜利村,将1个高风险区降为低风险区。"
    result = by_level(text)
    assert result == {("low", "小店区"): ["金华街道胜利村"]}


def test_adjusted_places_counted_two_and_lowered_in_traditional_characters() -> None:
    text = in_traditional("调整小店区胜利村、龙春村,将2个中风险区降为低风险区。")
    assert by_level(text) == {("low", "小店区"): ["胜利村", "龙春村"]}


def test_the_downgrade_keeps_the_level_left() -> None:
    from fangkong.areas.parser import parse_notice

    changes = parse_notice("调整小店区金华街道胜利村,将1个高风险区降为低风险区。")["changes"]
    assert [(c["level_from"], c["level_to"]) for c in changes] == [("high", "low")]
    changes = parse_notice("降低迎泽区春晓社区一个中危区为低危区。")["changes"]
    assert [(c["level_from"], c["level_to"]) for c in changes] == [("medium", "low")]


@settings(max_examples=40, deadline=None)
@given(_NAMES)
def test_any_adjusted_places_agreeing_with_their_count(names: list[str]) -> None:
    places = [name + "村" for name in names]
    count = len(places)
    text = f"调整小店区{'、'.join(places)},将{count}个中风险区降为低风险区。"
    assert by_level(text) == {("low", "小店区"): places}


def test_adjusted_measures_or_a_count_that_disagrees_set_no_place() -> None:
    # (ordinary wording: measures adjusted, no place; a count that is not the places named is no such sentence)
    assert levels_of("调整防控措施,将2个高风险区降为低风险区。") == {}
    assert levels_of("调整小店区胜利村,将2个高风险区降为低风险区。") == {}
    # (a tally after the change names no place)
    assert levels_of("将小店区胜利村由高风险区降为低风险区。调整后,甲市有1个中风险区。") == {"low": ["胜利村"]}


# --- the levels excepted, then whole districts: the rest of those districts, a blanket --------------------------

def test_the_rest_of_two_districts_after_the_levels_is_no_place() -> None:
    text = "高风险区1个:小店区春晓小区3栋。\n低风险区:中高风险区以外的小店区、迎泽区所有区域。"
    assert by_level(text) == {("high", "小店区"): ["春晓小区3栋"]}


def test_the_rest_of_one_district_after_the_levels_is_no_place() -> None:
    assert levels_of("高风险区1个:小店区春晓小区3栋。\n低风险区:中高风险区以外的晋源区。") == {"high": ["春晓小区3栋"]}
    assert levels_of("高风险区1个:小店区春晓小区3栋。\n低风险区:封控区、管控区以外的迎泽区其他区域。") == {
        "high": ["春晓小区3栋"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["小店区", "迎泽区", "晋源区", "清徐县", "阳曲县"]), min_size=1, max_size=4,
                unique=True), st.sampled_from(["所有区域", "其他区域", "全域", ""]))
def test_any_run_of_districts_after_the_levels_is_a_blanket(districts: list[str], rest: str) -> None:
    text = f"高风险区1个:小店区春晓小区3栋。\n低风险区:中高风险区以外的{'、'.join(districts)}{rest}。"
    assert levels_of(text) == {"high": ["春晓小区3栋"]}


def test_the_rest_of_a_town_after_the_levels_is_still_a_place() -> None:
    # (ordinary wording: the rest of a town is a place; a bare "…以外的区域" is read as before, no place)
    assert levels_of("高风险区1个:小店区春晓小区3栋。\n低风险区:中高风险区以外的金华镇。") == {
        "high": ["春晓小区3栋"], "low": ["中高风险区以外的金华镇"]}
    assert levels_of("高风险区1个:小店区春晓小区3栋。\n低风险区:中高风险区以外的区域。") == {"high": ["春晓小区3栋"]}
    # (the same rest as a sentence's object was a blanket already)
    text = "将小店区春晓小区3栋划为高风险区,将高风险区以外的小店区、迎泽区全域划为低风险区。"
    assert levels_of(text) == {"high": ["春晓小区3栋"]}


# --- "新增后,A县有高风险区8个" over a restated list, and the lead drawing "A县3个区域" ---------------------------

_RESTATED = ("市指挥部决定,新增划定清徐县2个区域为高风险区。\n新增划定高风险区(2个)\n1.金华镇龙春村3组;\n"
             "2.西城区翠锦粮站。\n{after}\n1.春晓小区2号院;\n2.金华镇龙春村3组;\n3.西城区翠锦粮站。\n"
             "清徐县除高风险区之外的区域为低风险区。")


def test_a_restated_list_after_the_new_ones_is_its_own_list() -> None:
    found = by_level(_RESTATED.format(after="新增后,清徐县有高风险区3个"))
    assert found == {("high", "清徐县"): ["金华镇龙春村3组", "西城区翠锦粮站", "春晓小区2号院", "金华镇龙春村3组",
                                         "西城区翠锦粮站"]}


def test_a_restated_list_after_an_adjustment() -> None:
    found = levels_of(_RESTATED.format(after="调整后,清徐县有高风险区3个"))
    assert sorted(set(found["high"])) == ["春晓小区2号院", "西城区翠锦粮站", "金华镇龙春村3组"]
    assert not any("后," in place for place in found["high"])


def test_the_restated_list_is_the_state_not_an_addition() -> None:
    from fangkong.areas.parser import parse_notice

    changes = parse_notice(_RESTATED.format(after="新增后,清徐县有高风险区3个"))["changes"]
    assert [c["action"] for c in changes][-1] == "set"
    assert [len(c["places"]) for c in changes][-1] == 3


def test_the_lead_drawing_counted_areas_names_the_county() -> None:
    text = "市疫情防控指挥部决定,新增划定阳曲县1个区域为中风险区。\n新增中风险区(1个)\n1.黄寨镇春晓村。"
    assert by_level(text) == {("medium", "阳曲县"): ["黄寨镇春晓村"]}


@settings(max_examples=30, deadline=None)
@given(_NAMES, st.sampled_from(["新增后", "调整后", "划定后"]))
def test_any_restated_list_after_a_change(names: list[str], after: str) -> None:
    places = [name + "小区" for name in names]
    items = "\n".join(f"{k}.{place};" for k, place in enumerate(places, 1))
    text = (f"市指挥部决定,新增划定清徐县1个区域为高风险区。\n新增划定高风险区(1个)\n1.{places[0]}。\n"
            f"{after},清徐县有高风险区{len(places)}个\n{items}")
    found = by_level(text)
    assert list(found) == [("high", "清徐县")] and found[("high", "清徐县")] == [places[0], *places]


def test_a_tally_sentence_after_a_change_heads_no_list() -> None:
    # (ordinary wording: "调整后,A市有1个中风险区。" with its full stop states a tally; the signature under it is none)
    text = ("将迎泽区春晓社区由中风险区调整为低风险区。\n调整后,太原市有1个中风险区。\n太原市疫情防控指挥部\n"
            "2022年3月30日")
    assert levels_of(text) == {"low": ["春晓社区"]}


# --- a city drawing the areas in a report, a district before the roads that enclose its area ---------------------

_REPORT = ("甲市划定封控区管控区防范区范围\n甲市9日通报一名人员核酸检测结果呈阳性。记者从甲市疫情防控指挥部获悉,"
           "甲市已划定小店区金华镇春晓园、翠锦里,龙春镇星峰园,以及迎泽区锦泰里3号楼为封控区。\n"
           "甲市划定小店区金华镇(除封控区以外的区域)为管控区,小店区以春风路、晓光路、锦绣大道围合区域"
           "(封控区、管控区除外)为防范区。")


def test_a_city_drawing_areas_in_a_report() -> None:
    assert by_level(_REPORT) == {
        ("sealed", "小店区"): ["金华镇春晓园", "翠锦里", "龙春镇星峰园"], ("sealed", "迎泽区"): ["锦泰里3号楼"],
        ("controlled", "小店区"): ["金华镇(除封控区以外的区域)"],
        ("precaution", "小店区"): ["春风路、晓光路、锦绣大道围合区域(封控区、管控区除外)"]}


def test_our_city_drawing_areas_and_a_district_before_its_enclosing_roads() -> None:
    assert by_level("记者获悉,本市已划定迎泽区春晓园、翠锦里为封控区。") == {("sealed", "迎泽区"): ["春晓园", "翠锦里"]}
    assert by_level("迎泽区以春风路、晓光路、锦绣大道围合区域为管控区。") == {
        ("controlled", "迎泽区"): ["春风路、晓光路、锦绣大道围合区域"]}


def test_the_report_in_traditional_characters() -> None:
    found = levels_of(in_traditional(_REPORT))
    assert found["sealed"] == ["金华镇春晓园", "翠锦里", "龙春镇星峰园", "锦泰里3号楼"]
    assert found["precaution"] == ["春风路、晓光路、锦绣大道围合区域(封控区、管控区除外)"]


@settings(max_examples=30, deadline=None)
@given(_NAMES, st.sampled_from(["已", "", "今日"]))
def test_any_city_drawing_named_places(names: list[str], when: str) -> None:
    places = [name + "园" for name in names]
    text = f"记者从市指挥部获悉,甲市{when}划定小店区{'、'.join(places)}为封控区。"
    assert by_level(text) == {("sealed", "小店区"): places}


def test_levels_named_as_a_subject_or_in_a_numbered_heading_stay_as_read() -> None:
    # (ordinary wording: a level drawn as a range names no subject; the zones' own labels are read as before)
    assert levels_of("经研判,管控区划定范围为春风路以东、晓光路以南区域。") == {}
    text = "封控区管控区名单\n封控区:小店区春晓园。\n管控区:小店区翠锦里。"
    assert levels_of(text) == {"sealed": ["春晓园"], "controlled": ["翠锦里"]}
    # (people and a market under measures, near the rules: no place drawn)
    assert levels_of("甲市已划定专人负责,农贸市场实行封闭管理。") == {}


def test_a_headline_naming_the_zones_heads_no_list() -> None:
    text = ("太原市划定封控区管控区防范区范围\n太原市9日通报一名人员核酸检测结果呈阳性。\n"
            "太原市将小店区春晓园划为封控区。")
    assert by_level(text) == {("sealed", "小店区"): ["春晓园"]}
    text = "太原市划定封控区管控区范围\n太原市通报两名人员核酸检测结果呈阳性。\n将迎泽区翠锦里划为管控区。"
    assert by_level(text) == {("controlled", "迎泽区"): ["翠锦里"]}
    text = in_traditional("太原市划定管控区防范区范围\n太原市通报一名人员结果呈阳性。\n将晋源区龙春村划为防范区。")
    assert by_level(text) == {("precaution", "晋源区"): ["龙春村"]}


def test_a_lift_of_the_zones_run_together_still_heads_its_items() -> None:
    # (ordinary wording near the rule: a headline lifting the three zones is read as before)
    text = "4月17日0时起甲县解除封控区管控区防范区\n1.解除金华镇春晓村5组。"
    assert set(levels_of(text)) == {"lifted"}
