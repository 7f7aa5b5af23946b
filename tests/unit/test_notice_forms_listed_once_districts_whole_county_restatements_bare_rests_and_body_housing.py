"""Forms of notices: a district written once in front of one item of a standing list, the office's own, for every
place of the notice ("调整后,高风险区9个:A、B、江宁区C、D"); the whole county after the changes written as 整个县域
or 全县 and the level it falls to ("调整后,疏附县整个县域降为低风险"), and a report's headline of the whole county
glued to its site's line ("新疆喀什地区调整风险等级 疏附县全县降为低风险地区"), neither a place; the rest of a town
or street but its level written without 除 under the low measures ("东升镇高风险以外其他区域执行“个人防护、避免聚集”
管理措施"); a district's public body and its staff's housing under a label that gave the district ("南关区(1个):
南关区医院家属楼"), kept whole. Each form in variants written here (other districts, wording, full-width
punctuation, traditional characters), a property over generated parts, and what is no such form."""

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

# County-level divisions of the statistics bureau's list (the parser knows them by name), none a city's.
COUNTIES = ["江宁区", "溧水区", "小店区", "迎泽区", "平遥县", "清徐县", "纳雍县", "永丰县", "疏附县", "伽师县"]


def _clear(name: str) -> bool:
    """An invented name that holds no prefecture city's or province's name (the parser would read those)."""
    return not any(city in name for city in PREFECTURE_CITIES if len(city) >= 2) \
        and not any(province in name for province in PROVINCES)


# --- a district written once in front of one item of a standing list ----------------------------------------

def test_district_written_before_the_fourth_item_of_a_standing_list_is_every_places() -> None:
    text = ("决定自2022年11月28日06:00起,将高风险区秣陵街道A路12号调整为低风险区。\n"
            "调整后,高风险区4个:金华学校、秣陵街道星峰苑7幢、江宁区麒麟门贺家边40号、东山街道北沿路157号。\n")
    assert by_level(text) == {("low", "江宁区"): ["秣陵街道A路12号"],
                              ("high", "江宁区"): ["金华学校", "秣陵街道星峰苑7幢", "麒麟门贺家边40号",
                                                  "东山街道北沿路157号"]}


def test_district_written_once_in_traditional_characters() -> None:
    text = in_traditional("调整后,高风险区4个:金华学校、东山街道星峰苑7幢、溧水区白马镇石头寨村、"
                          "永阳街道北沿路157号。\n")
    assert by_level(text) == {("high", "溧水区"): ["金华学校", "东山街道星峰苑7幢", "白马镇石头寨村",
                                                  "永阳街道北沿路157号"]}


def test_district_written_once_with_full_width_punctuation() -> None:
    text = "调整后,中风险区:阳光花园、胜利小区3幢、小店区龙城街道翠锦苑1幢、北营街道康宁里5号。".translate(HALF_TO_FULL)
    assert by_level(text) == {("medium", "小店区"): ["阳光花园", "胜利小区3幢", "龙城街道翠锦苑1幢",
                                                    "北营街道康宁里5号"]}


def test_a_citys_notice_naming_one_items_district_leaves_the_others_without() -> None:
    # (the city's office: the one district says where that item is, not the others)
    text = "将荆州市吾悦广场、沙市区蛇入山花鸟市场、长港路益丰大药房、五一路米粉店列为管控区。"
    assert by_level(text) == {("controlled", None): ["吾悦广场"],
                              ("controlled", "沙市区"): ["蛇入山花鸟市场", "长港路益丰大药房", "五一路米粉店"]}


def test_a_county_seat_named_by_its_county_says_nothing_of_the_other_items() -> None:
    text = "将勐满镇A村小组、勐腊县城区、勐捧镇辖区列为防范区。"
    assert by_level(text) == {("precaution", None): ["勐满镇A村小组"], ("precaution", "勐腊县"): ["城区", "勐捧镇辖区"]}


def test_two_districts_written_in_a_list_give_the_first_items_none() -> None:
    text = "调整后,高风险区:金华学校、江宁区星峰苑7幢、溧水区北沿路157号。"
    assert by_level(text) == {("high", None): ["金华学校"], ("high", "江宁区"): ["星峰苑7幢"],
                              ("high", "溧水区"): ["北沿路157号"]}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(COUNTIES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       invented_names(PLAIN_SYLLABLES), st.sampled_from(["小区", "花园", "家园"]),
       st.sampled_from(["高风险区", "中风险区"]), st.booleans())
def test_any_district_written_once_in_a_list_is_every_places(county: str, first: str, second: str, third: str,
                                                            kind: str, level: str, full: bool) -> None:
    assume(all(_clear(name) for name in (first, second, third)) and len({first, second, third}) == 3)
    places = [f"{first}{kind}", f"{second}{kind}3幢", f"{third}{kind}5号楼"]
    text = f"调整后,{level}3个:{places[0]}、{county}{places[1]}、{places[2]}。"
    found = by_level(text.translate(HALF_TO_FULL) if full else text)
    assert found == {({"高风险区": "high", "中风险区": "medium"}[level], county): places}


# --- the whole county after the changes, restated ------------------------------------------------------------

def test_whole_county_written_as_zheng_ge_xian_yu_is_no_place() -> None:
    text = "11月18日0时起,将疏附县站敏乡疫情风险等级由高风险调整为低风险。调整后,疏附县整个县域降为低风险。"
    assert by_level(text) == {("low", "疏附县"): ["站敏乡"]}


def test_whole_county_written_as_quan_xian_jun_wei() -> None:
    text = "11月18日0时起,将伽师县甲乡风险等级由中风险调整为低风险。调整后,伽师县全县均为低风险。"
    assert by_level(text) == {("low", "伽师县"): ["甲乡"]}


def test_whole_district_in_traditional_characters() -> None:
    text = in_traditional("11月18日0时起,将小店区龙城街道风险等级由高风险调整为低风险。调整后,小店区全区域降为低风险。")
    assert by_level(text) == {("low", "小店区"): ["龙城街道"]}


def test_whole_county_with_full_width_punctuation() -> None:
    text = ("11月18日0时起,将平遥县甲镇风险等级由高风险调整为低风险。调整后,平遥县整个县域降为低风险。"
            .translate(HALF_TO_FULL))
    assert by_level(text) == {("low", "平遥县"): ["甲镇"]}


def test_a_towns_whole_after_the_changes_is_read_as_before() -> None:
    # (a town is no division the rule knows: left to the other rules)
    text = "11月18日0时起,将平遥县甲镇A村风险等级由高风险调整为低风险。调整后,甲镇全镇为低风险。"
    assert by_level(text) == {("low", "平遥县"): ["甲镇A村"], ("low", None): ["甲镇全镇"]}


def test_a_whole_area_written_zheng_ge_qu_yu_after_the_changes_is_no_place() -> None:
    # (2026-12-07: "整个区域" after a district is its whole as 整个县域 is, the state after the changes, no
    # place; it was read as a place "整个区域" before 整个 was read as the whole)
    text = "11月18日0时起,将平遥县甲镇风险等级由高风险调整为低风险。调整后,平遥县整个区域降为低风险。"
    assert by_level(text) == {("low", "平遥县"): ["甲镇"]}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(COUNTIES), invented_names(PLAIN_SYLLABLES), st.sampled_from(["整个{k}域", "全{k}", "全{k}域"]),
       st.sampled_from(["降为", "为", "均为", "调整为"]), st.sampled_from(["乡", "镇"]), st.booleans())
def test_any_whole_county_after_the_changes_is_no_place(county: str, name: str, whole: str, verb: str, kind: str,
                                                        traditional: bool) -> None:
    assume(_clear(name))
    text = (f"11月18日0时起,将{county}{name}{kind}风险等级由中风险调整为低风险。"
            f"调整后,{county}{whole.format(k=county[-1])}{verb}低风险。")
    assert by_level(in_traditional(text) if traditional else text) == {("low", county): [f"{name}{kind}"]}


# --- a report's headline of the whole county ----------------------------------------------------------------

def test_headline_of_the_whole_county_glued_to_the_sites_line_is_no_place() -> None:
    text = ("新疆喀什地区调整风险等级 疏附县全县降为低风险地区\n\n"
            "11月18日0时起,将疏附县站敏乡、萨依巴格乡疫情风险等级由高风险调整为低风险。")
    assert by_level(text) == {("low", "疏附县"): ["站敏乡", "萨依巴格乡"]}


def test_headline_of_the_whole_county_as_quan_yu() -> None:
    text = ("山西晋中调整风险等级 平遥县全域降为低风险地区\n\n"
            "11月18日0时起,将平遥县古陶镇、段村镇风险等级由中风险调整为低风险。")
    assert by_level(text) == {("low", "平遥县"): ["古陶镇", "段村镇"]}


def test_headline_of_the_whole_county_in_traditional_characters() -> None:
    text = in_traditional("伽师县全县降为低风险地区\n\n11月18日0时起,将伽师县甲乡风险等级由中风险调整为低风险。")
    assert by_level(text) == {("low", "伽师县"): ["甲乡"]}


def test_headline_of_another_county_is_read_as_before() -> None:
    text = ("新疆喀什地区调整风险等级 疏附县全县降为低风险地区\n\n"
            "11月18日0时起,将伽师县甲乡风险等级由中风险调整为低风险。")
    assert by_level(text) == {("low", "伽师县"): ["新疆喀什地区调整风险等级疏附县全县", "甲乡"]}


def test_headline_of_another_level_is_read_as_before() -> None:
    text = "疏附县全县降为低风险地区\n\n11月18日0时起,将疏附县站敏乡划为中风险区。"
    assert by_level(text) == {("low", "疏附县"): ["全县"], ("medium", "疏附县"): ["站敏乡"]}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(COUNTIES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.sampled_from(["全{k}", "全域", "全境"]), st.sampled_from(["", "调整风险等级 ", "发布通告 "]), st.booleans())
def test_any_headline_of_the_whole_county_over_its_changes_is_no_place(county: str, first: str, second: str,
                                                                      whole: str, lead: str, full: bool) -> None:
    assume(_clear(first) and _clear(second) and first != second)
    text = (f"{lead}{county}{whole.format(k=county[-1])}降为低风险地区\n\n"
            f"11月18日0时起,将{county}{first}镇、{second}镇风险等级由高风险调整为低风险。")
    found = by_level(text.translate(HALF_TO_FULL) if full else text)
    assert found == {("low", county): [f"{first}镇", f"{second}镇"]}


# --- the rest of a town but its level, without 除, under the low measures -------------------------------------

def test_rest_of_a_town_but_the_high_area_under_the_low_measures_is_a_low_place() -> None:
    text = ("一、将联富社区A小区划定为高风险区,严格执行“足不出户、上门服务”管理措施。"
            "东升镇高风险以外其他区域执行“个人防护、避免聚集”管理措施。")
    assert levels_of(text) == {"high": ["联富社区A小区"], "low": ["东升镇高风险以外其他区域"]}


def test_rest_of_a_street_in_traditional_characters() -> None:
    text = in_traditional("一、将石岐街道A小区划定为高风险区。"
                          "石岐街道高风险区以外的其他区域执行“个人防护、避免聚集”管理措施。")
    assert levels_of(text) == {"high": ["石岐街道A小区"], "low": ["石岐街道高风险区以外的其他区域"]}


def test_rest_of_a_village_with_full_width_punctuation() -> None:
    text = ("一、将金华村3组划定为高风险区。金华村中风险区之外其余区域实行“个人防护,避免聚集”措施。"
            .translate(HALF_TO_FULL))
    assert levels_of(text) == {"high": ["金华村3组"], "low": ["金华村中风险区之外其余区域"]}


def test_rest_of_nothing_named_is_no_place() -> None:
    text = "一、将联富社区A小区划定为高风险区。高风险以外其他区域执行“个人防护、避免聚集”管理措施。"
    assert levels_of(text) == {"high": ["联富社区A小区"]}


def test_rest_of_a_district_is_no_place() -> None:
    text = "一、将联富社区A小区划定为高风险区。小店区高风险以外其他区域执行“个人防护、避免聚集”管理措施。"
    assert levels_of(text) == {"high": ["联富社区A小区"]}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["镇", "街道"]),
       st.sampled_from(["高风险", "高风险区", "中风险区"]), st.sampled_from(["以外", "之外"]),
       st.sampled_from(["其他", "其余", "的其他"]), st.booleans())
def test_any_towns_rest_but_its_level_under_the_low_measures_is_low(name: str, kind: str, level: str, beyond: str,
                                                                   other: str, traditional: bool) -> None:
    assume(_clear(name))
    rest = f"{name}{kind}{level}{beyond}{other}区域"
    text = f"一、将{name}{kind}A小区划定为高风险区。{rest}执行“个人防护、避免聚集”管理措施。"
    assert levels_of(in_traditional(text) if traditional else text) == {"high": [f"{name}{kind}A小区"],
                                                                         "low": [rest]}


# --- a district's public body and its staff's housing, under a label that gave the district -------------------

def test_district_hospitals_housing_under_its_label_is_kept_whole() -> None:
    text = "高风险区:\n南关区(1个):南关区医院家属楼\n朝阳区(2个):朝阳区第一中学家属院、红旗街1号\n"
    assert by_level(text) == {("high", "南关区"): ["南关区医院家属楼"],
                              ("high", "朝阳区"): ["朝阳区第一中学家属院", "红旗街1号"]}


def test_district_peoples_hospital_staff_dormitory_in_traditional_characters() -> None:
    text = in_traditional("中风险区:\n宽城区(1个):宽城区人民医院职工宿舍\n")
    assert by_level(text) == {("medium", "宽城区"): ["宽城区人民医院职工宿舍"]}


def test_district_governments_housing_with_full_width_punctuation() -> None:
    text = "封控区:\n绿园区(2个):绿园区政府家属楼、绿园区中医院宿舍楼".translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "绿园区"): ["绿园区政府家属楼", "绿园区中医院宿舍楼"]}


def test_a_hospitals_ward_under_the_label_loses_the_district() -> None:
    text = "封控区:\n南关区(1个):南关区人民医院隔离病区\n"
    assert by_level(text) == {("sealed", "南关区"): ["人民医院隔离病区"]}


def test_a_street_under_the_label_loses_the_district() -> None:
    text = "高风险区:\n南关区(1个):南关区红旗街1号\n"
    assert by_level(text) == {("high", "南关区"): ["红旗街1号"]}


def test_without_a_label_the_district_is_taken_off_as_before() -> None:
    assert by_level("将南关区医院家属楼划为高风险区。") == {("high", "南关区"): ["医院家属楼"]}


def test_a_hospitals_clinic_building_under_the_label_loses_the_district() -> None:
    text = "高风险区:\n南关区(1个):南关区医院门诊楼\n"
    assert by_level(text) == {("high", "南关区"): ["医院门诊楼"]}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["南关区", "朝阳区", "宽城区", "绿园区", "小店区", "迎泽区", "清徐县", "平遥县"]),
       st.sampled_from(["医院", "人民医院", "中医院", "第一中学", "实验小学", "政府", "法院"]),
       st.sampled_from(["家属楼", "家属院", "宿舍", "宿舍楼", "职工宿舍"]), st.booleans())
def test_any_districts_body_housing_under_its_label_is_kept_whole(county: str, body: str, housing: str,
                                                                  full: bool) -> None:
    text = f"高风险区:\n{county}(1个):{county}{body}{housing}\n"
    assert by_level(text.translate(HALF_TO_FULL) if full else text) == {("high", county): [f"{county}{body}{housing}"]}
