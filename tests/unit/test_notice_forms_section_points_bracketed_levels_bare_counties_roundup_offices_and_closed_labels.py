"""Forms of the twenty-third held-out set (issue 15, notices 536-546), each in variants written here (invented
places, the wording of the real forms: other counties, kinds of place, separators, traditional characters,
full-width punctuation), and a property over generated parts:

* a road's section whose first bound lists several points ("西起A路、B路与C街十字路口、东至D段"), one place;
* a count of areas closing a list of several ("A饭店;B…段7个区域") is a summary whatever its number;
* a level, then its places in brackets, as the object of the verb after them ("一类临时管控区域[A、B、C]调整为二类
  临时管控区域", "二类临时管控区域(D,E、F)解除管控措施"), a grade and 临时 before the target level;
* a county's notice saying 县 alone for its own ("县内…", "由县疫情防控指挥部审批") names its county, one known county
  before a name only shaped like one;
* "临时性静态管理" (临时性, temporary) is silent management;
* in a report rounding up several offices' notices, a paragraph opening with an office's notice gives that
  office's district to its places;
* a report's lead naming the district that issues the notice ("广州市从化区发布通告") gives its district;
* a reworded copy's "封闭区域:" is the sealed level's label (and 陜 written for 陝 is 陕);
* an area by its bounds whose first bound runs along several roads or a village ("A路、B二路、C村、D大学以东、E路
  以西、…以北"), one place;
* a title "关于在A区实施…的公告" / "关于对B县实行…的通告" names its district;
* lists lifted titled by their level ("解除管控的区域清单(11)", "解除管制的地区清单", "封控区清单(14)" under a lead
  that lifts, a reworded copy's "关闭和控制的地区清单" among them);
* an area of a level narrowed to a named part ("将管控区内的A小区调整为A小区21号楼"): the part keeps the level."""

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
# Counties and districts of the statistics bureau's list (the parser knows them by name).
COUNTIES = ["清徐县", "平遥县", "瓮安县", "宜良县", "寻甸县", "鹤庆县", "玛曲县"]
DISTRICTS = ["从化区", "南海区", "渝北区", "雁塔区", "小店区", "渭城区"]


# --- a road's section whose first bound lists several points ------------------------------------------------

def test_a_section_from_two_roads_and_a_crossing_is_one_place() -> None:
    text = ("自即日起将宁安县金华镇丽泽饭店;宁安县金华镇西起春晓路、翠湖路与长风街十字路口、东至长风街与胜利桥头段;"
            "宁安县金华镇兴盛宾馆3个区域划定为中风险区,实行“人不出区,错峰取物”等管控措施。")
    assert levels_of(text) == {"medium": ["金华镇丽泽饭店",
                                          "金华镇西起春晓路、翠湖路与长风街十字路口、东至长风街与胜利桥头段",
                                          "金华镇兴盛宾馆"]}


def test_a_section_from_south_to_north_traditional_and_full_width() -> None:
    text = in_traditional("将青石镇南起光明路、建设路与锦绣街丁字路口、北至锦绣街与康宁路十字路口段;青石镇福瑞酒店"
                        "2个区域划定为中风险区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["青石镇南起光明路、建设路与锦绣街丁字路口、北至锦绣街与康宁路十字路口段",
                                          "青石镇福瑞酒店"]}


def test_a_section_listed_under_a_label() -> None:
    text = ("中风险区:\n1.白沙乡东起兴业路、胜利路交叉口、西至胜利路与星峰街交叉口段;\n2.白沙乡汇君小区3栋。\n"
            "中风险区实行“人不出区、错峰取物”。")
    assert levels_of(text) == {"medium": ["白沙乡东起兴业路、胜利路交叉口、西至胜利路与星峰街交叉口段",
                                          "白沙乡汇君小区3栋"]}


@settings(max_examples=40, deadline=None)
@given(name, name, name, name,
       st.sampled_from([("西起", "东至"), ("东起", "西至"), ("南起", "北至"), ("北起", "南至")]))
def test_any_section_through_several_points_is_one_place(a: str, b: str, c: str, d: str,
                                                          ends: tuple[str, str]) -> None:
    section = f"金华镇{ends[0]}{a}路、{b}路与{c}街十字路口、{ends[1]}{c}街与{d}桥头段"
    text = f"自即日起将金华镇丽泽饭店;{section}2个区域划定为中风险区。"
    assert levels_of(text) == {"medium": ["金华镇丽泽饭店", section]}, text


# --- a count of areas closing a list is a summary whatever its number --------------------------------------

def test_a_count_of_areas_that_does_not_match_closes_the_list() -> None:
    # (one place of the seven left out of a copy)
    text = "自即日起将金华镇丽泽饭店;金华镇兴盛宾馆;金华镇汇君小区3栋7个区域划定为中风险区。"
    assert levels_of(text) == {"medium": ["金华镇丽泽饭店", "金华镇兴盛宾馆", "金华镇汇君小区3栋"]}


def test_a_count_of_points_after_commas_full_width() -> None:
    text = "將青石鎮翠湖超市、青石鎮星峰酒店5個點位劃定為高風險區。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["青石镇翠湖超市", "青石镇星峰酒店"]}


def test_a_count_of_places_after_a_bracket() -> None:
    text = "即日起将白沙乡锦绣小区(2栋除外)、白沙乡康宁市场4个场所调整为低风险区。"
    assert levels_of(text) == {"low": ["白沙乡锦绣小区(2栋除外)", "白沙乡康宁市场"]}


def test_a_count_after_one_name_still_names_nothing() -> None:
    # a headline counting what it does not list, one name before the count
    text = "浙江绍兴6个地区调整为高风险\n自即日起,将越城区金华社区、翠湖社区调整为高风险地区。"
    assert levels_of(text) == {"high": ["金华社区", "翠湖社区"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True), st.integers(5, 9),
       st.sampled_from(["区域", "地点", "点位", "场所"]))
def test_any_mismatched_count_of_areas_is_no_part_of_the_last_place(names: list[str], n: int, kind: str) -> None:
    places = [f"金华镇{x}饭店" for x in names]
    text = f"自即日起将{';'.join(places)}{n}个{kind}划定为中风险区。"
    assert levels_of(text) == {"medium": places}, text


# --- a level, then its places in brackets, as the verb's object --------------------------------------------

def test_temporary_control_of_the_first_class_moved_to_the_second() -> None:
    text = ("关于调整临时管控区域的通告\n(一)自2022年8月21日08:00起,\n"
            "一类临时管控区域[县人民医院核酸采样点、金华镇丽泽小吃店(县文化馆北侧小广场旁)、青石镇翠湖行政村]"
            "调整为二类临时管控区域,实行“人不出区,严禁聚集”等防控措施。")
    assert levels_of(text) == {"controlled": ["县人民医院核酸采样点", "金华镇丽泽小吃店(县文化馆北侧小广场旁)",
                                              "青石镇翠湖行政村"]}


def test_the_second_class_lifted_with_a_bounded_place_inside() -> None:
    text = ("(二)自2022年8月22日08:00起,\n二类临时管控区域(县城规划区(东至一级路,西至纪念碑,北至康宁村),"
            "金华镇星峰行政村、胜利行政村,青石镇锦绣行政村)解除管控措施,实行“个人防护、避免聚集”等防控措施。")
    assert levels_of(text) == {"lifted": ["县城规划区(东至一级路,西至纪念碑,北至康宁村)", "金华镇星峰行政村",
                                          "胜利行政村", "青石镇锦绣行政村"]}


def test_a_risk_level_with_its_places_in_square_brackets_traditional() -> None:
    text = in_traditional("自即日起,中风险区【白沙乡兴盛小区3栋、白沙乡汇君村二组】调整为低风险区。"
                        ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"low": ["白沙乡兴盛小区3栋", "白沙乡汇君村二组"]}


def test_a_grade_and_temporary_before_the_target_level() -> None:
    assert levels_of("自即日起,将金华小区、翠湖村调整为临时管控区域,实行“人不出区”等防控措施。") == {
        "controlled": ["金华小区", "翠湖村"]}
    assert levels_of("即日起将星峰花园5栋划为一类临时封控区。") == {"sealed": ["星峰花园5栋"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True), st.sampled_from(["[]", "()", "【】"]),
       st.sampled_from(["一类临时管控区域", "中风险区", "高风险区"]))
def test_any_bracketed_list_after_a_level_is_the_object(names: list[str], brackets: str, level: str) -> None:
    places = [f"青石镇{x}村" for x in names]
    text = f"自即日起,{level}{brackets[0]}{'、'.join(places)}{brackets[1]}调整为低风险区。"
    assert levels_of(text) == {"low": places}, text


# --- a county's notice saying 县 alone for its own --------------------------------------------------------

LIFTED_LIST = "自即日起,金华镇翠湖行政村、青石镇星峰行政村解除管控措施。\n"


def test_a_county_within_names_its_county() -> None:
    text = ("关于调整临时管控区域的通告\n" + LIFTED_LIST
            + "(三)县内其他区域人员可正常流动。\n清徐县人民医院发热门诊24小时开放。")
    assert by_level(text) == {("lifted", "清徐县"): ["金华镇翠湖行政村", "青石镇星峰行政村"]}


def test_a_county_office_without_its_name_and_a_misread_bound() -> None:
    # "南重县职业中学": a name only shaped like a county in a copy's misread bounds; the known county wins
    text = ("关于调整临时管控区域的通告\n"
            "自即日起,县城规划区(东至一级路,南重县职业中学)、金华镇翠湖行政村解除管控措施。\n"
            "因病确需外出的,由县疫情防控指挥部审批。\n平遥县人民医院发热门诊24小时开放。")
    assert by_level(text) == {("lifted", "平遥县"): ["县城规划区(东至一级路,南重县职业中学)", "金华镇翠湖行政村"]}


def test_a_county_within_in_traditional_characters() -> None:
    text = in_traditional("关于调整临时管控区域的通告\n" + LIFTED_LIST
                        + "县内人员非必要不离开瓮安,确需离开的持48小时核酸检测阴性证明。瓮安县人民医院正常接诊。")
    assert by_level(text) == {("lifted", "瓮安县"): ["金华镇翠湖行政村", "青石镇星峰行政村"]}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(COUNTIES), st.sampled_from(["县内其他区域人员可正常流动。", "由县疫情防控指挥部审批。"]))
def test_any_county_named_once_beside_its_bare_self(county: str, self_word: str) -> None:
    text = f"关于调整临时管控区域的通告\n{LIFTED_LIST}{self_word}\n{county}人民医院发热门诊24小时开放。"
    assert by_level(text) == {("lifted", county): ["金华镇翠湖行政村", "青石镇星峰行政村"]}, text


# --- 临时性静态管理 -----------------------------------------------------------------------------------------

def test_temporary_static_management_with_xing_is_silent() -> None:
    text = "根据疫情防控需要,从9月7日24时起,对金华街道、翠湖街道实行临时性静态管理,并组织区域内所有人员进行核酸检测。"
    assert levels_of(text) == {"silent": ["金华街道", "翠湖街道"]}


def test_temporary_silent_management_with_xing_full_width() -> None:
    text = "自9月8日18時起,對青石鎮星峰村、青石鎮胜利村實施臨時性靜默管理。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"silent": ["青石镇星峰村", "青石镇胜利村"]}


def test_temporary_static_management_of_a_town_whole() -> None:
    text = "自9月7日22时起,对白沙乡全域实行临时性静态管理。"
    assert levels_of(text) == {"silent": ["白沙乡全域"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=1, max_size=3, unique=True), st.sampled_from(["实行", "实施"]),
       st.sampled_from(["临时性静态管理", "临时性静默管理", "临时静态管理"]))
def test_any_temporary_silence_is_silent(names: list[str], verb: str, level: str) -> None:
    places = [f"{x}街道" for x in names]
    text = f"从9月7日24时起,对{'、'.join(places)}{verb}{level}。"
    assert levels_of(text) == {"silent": places}, text


# --- a roundup's paragraph opening with an office's notice --------------------------------------------------

def test_each_paragraph_of_a_roundup_takes_its_office_s_district() -> None:
    text = ("云南三地部分区域实行临时性静态管理\n"
            "寻甸县应对新冠肺炎疫情工作领导小组指挥部发布通告称,从9月7日23时起,对金华村委会实行临时静态管理。\n"
            "宜良县应对新冠肺炎疫情工作领导小组指挥部办公室通告,自9月7日22时起,对县城全域实行临时性静态管理。")
    assert by_level(text) == {("silent", "寻甸县"): ["金华村委会"], ("silent", "宜良县"): ["县城全域"]}


def test_a_roundup_paragraph_with_a_public_notice_and_a_colon() -> None:
    text = ("多地发布疫情防控通告\n清徐县疫情防控指挥部发布通告称,将金华小区调整为高风险区。\n"
            "平遥县新冠肺炎疫情防控指挥部公告:将翠湖村调整为中风险区。")
    assert by_level(text) == {("high", "清徐县"): ["金华小区"], ("medium", "平遥县"): ["翠湖村"]}


def test_a_roundup_paragraph_in_traditional_characters() -> None:
    text = in_traditional("两地发布通告\n鹤庆县疫情防控指挥部发布通告称,将星峰村调整为高风险区。\n"
                        "玛曲县新冠肺炎疫情联防联控领导小组通告,将胜利小区3栋调整为高风险区。")
    assert by_level(text) == {("high", "鹤庆县"): ["星峰村"], ("high", "玛曲县"): ["胜利小区3栋"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(COUNTIES), min_size=2, max_size=3, unique=True), name)
def test_any_roundup_gives_each_paragraph_its_office(counties: list[str], village: str) -> None:
    paragraphs = "\n".join(f"{county}疫情防控指挥部发布通告称,将{village}{k}组调整为高风险区。"
                           for k, county in enumerate(counties, 1))
    text = f"多地发布疫情防控通告\n{paragraphs}"
    assert by_level(text) == {("high", county): [f"{village}{k}组"] for k, county in enumerate(counties, 1)}, text


# --- the district that issues the notice, in a report's lead -------------------------------------------------

def test_a_city_s_district_issuing_a_notice_in_a_report() -> None:
    text = ("新快报讯 11 月 29 日中午,广州市从化区发布通告,经研究决定,自 2022 年 11 月 29 日 12 时起,以下区域调整为"
            "低风险区:\n金华镇翠湖村(高风险区除外)、星峰社区胜利园。\n请广大市民朋友继续支持配合疫情防控工作。")
    assert by_level(text) == {("low", "从化区"): ["金华镇翠湖村(高风险区除外)", "星峰社区胜利园"]}


def test_a_district_issuing_today_a_public_notice() -> None:
    text = "本报讯 佛山市南海区今日发布公告,自即日起,以下区域调整为低风险区:\n金华街道翠湖社区、青石社区。"
    assert by_level(text) == {("low", "南海区"): ["金华街道翠湖社区", "青石社区"]}


def test_a_district_issuing_a_notice_traditional_full_width() -> None:
    text = in_traditional("重庆市渝北区发布通告,自即日起,以下区域调整为低风险区:\n金华街道星峰小区、胜利村。"
                        ).translate(HALF_TO_FULL)
    assert by_level(text) == {("low", "渝北区"): ["金华街道星峰小区", "胜利村"]}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(DISTRICTS), st.sampled_from(["发布通告", "发布公告", "今日发布通告"]), name)
def test_any_issuing_district_is_the_notice_s(district: str, issues: str, village: str) -> None:
    text = f"记者获悉,{district}{issues},自即日起,以下区域调整为低风险区:\n金华镇{village}村、青石镇{village}社区。"
    assert by_level(text) == {("low", district): [f"金华镇{village}村", f"青石镇{village}社区"]}, text


# --- a reworded copy's "封闭区域:" ---------------------------------------------------------------------------

def test_a_closed_area_label_is_the_sealed_level() -> None:
    text = "控制区域:金华小区、翠湖村。\n封闭区域:星峰花园3号楼、胜利大厦。\n交通管制:长风路、光明路实行管制。"
    assert levels_of(text) == {"controlled": ["金华小区", "翠湖村"], "sealed": ["星峰花园3号楼", "胜利大厦"]}


def test_a_closed_area_label_traditional_with_a_variant_character() -> None:
    text = "封閉區域:陜西路8號院、錦繡小區。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["陕西路8号院", "锦绣小区"]}


def test_a_numbered_closed_area_heading() -> None:
    text = "一、封闭区(2个):\n1.康宁小区5栋;\n2.福瑞村三组。"
    assert levels_of(text) == {"sealed": ["康宁小区5栋", "福瑞村三组"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=1, max_size=3, unique=True), st.sampled_from(["封闭区域", "封闭区", "封闭控制区"]))
def test_any_closed_area_label_is_sealed(names: list[str], label: str) -> None:
    places = [f"{x}小区" for x in names]
    text = f"{label}:{'、'.join(places)}。"
    assert levels_of(text) == {"sealed": places}, text


# --- a bounded area whose first bound runs along several roads or a village ------------------------------------

def test_a_first_bound_along_two_roads_and_a_village() -> None:
    text = "管控区:金华路、翠湖二路、星峰村、光明大学以东、胜利四路以西、长风路、锦绣路以南、康宁东路以北。"
    assert levels_of(text) == {"controlled": ["金华路、翠湖二路、星峰村、光明大学以东、胜利四路以西、"
                                              "长风路、锦绣路以南、康宁东路以北"]}


def test_a_first_bound_along_a_road_and_a_village_traditional() -> None:
    text = in_traditional("封控区:兴业路、福瑞村、汇君中学以西、星峰路以东、长风路以北、翠湖路以南的区域。"
                        ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["兴业路、福瑞村、汇君中学以西、星峰路以东、长风路以北、翠湖路以南的区域"]}


def test_a_first_bound_along_three_roads_in_a_sentence() -> None:
    text = "自即日起,将金华路、翠湖路、光明街、胜利公园以北、长风路以南、康宁路以东、锦绣路以西区域划定为管控区。"
    assert levels_of(text) == {"controlled": ["金华路、翠湖路、光明街、胜利公园以北、长风路以南、"
                                              "康宁路以东、锦绣路以西区域"]}


def test_villages_before_a_bounded_area_are_places_of_their_own() -> None:
    text = "管控区:金华村、翠湖村、胜利路以东、长风路以西、光明路以南、康宁路以北区域。"
    assert levels_of(text) == {"controlled": ["金华村", "翠湖村", "胜利路以东、长风路以西、光明路以南、康宁路以北区域"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(name, min_size=6, max_size=6, unique=True), st.sampled_from(["路", "村"]))
def test_any_area_bounded_from_several_roads_is_one_place(names: list[str], kind: str) -> None:
    a, b, c, d, e, f = names
    area = f"{a}路、{b}{kind}、{c}大学以东、{d}路以西、{e}路以南、{f}路以北"
    text = f"管控区:{area}。"
    assert levels_of(text) == {"controlled": [area]}, text


# --- a title naming where a measure is taken ------------------------------------------------------------------

def test_a_title_naming_the_district_a_measure_is_taken_in() -> None:
    text = ("咸阳市疫情防控指挥部关于在渭城区实施全域控制的公告\n控制区域:金华小区、翠湖村。\n"
            "封闭区域:星峰花园3号楼。")
    assert by_level(text) == {("controlled", "渭城区"): ["金华小区", "翠湖村"], ("sealed", "渭城区"): ["星峰花园3号楼"]}


def test_a_title_naming_the_county_silenced_traditional() -> None:
    text = in_traditional("关于对宜良县实行临时静态管理的通告\n自9月7日22时起,对金华街道、翠湖街道实行临时性静态管理。")
    assert by_level(text) == {("silent", "宜良县"): ["金华街道", "翠湖街道"]}


def test_a_title_with_dui_and_a_list_under_it() -> None:
    text = "关于对小店区实施封控管理的通告\n封控区:金华小区3栋、翠湖苑。\n特此通告。"
    assert by_level(text) == {("sealed", "小店区"): ["金华小区3栋", "翠湖苑"]}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(DISTRICTS), st.sampled_from(["关于在{d}实施全域管控的公告", "关于对{d}实行静态管理的通告"]))
def test_any_title_with_a_measure_names_its_district(district: str, title: str) -> None:
    text = f"{title.format(d=district)}\n管控区:金华小区、翠湖村。"
    assert by_level(text) == {("controlled", district): ["金华小区", "翠湖村"]}, text


# --- lists lifted titled by their level ---------------------------------------------------------------------

LIFTING_LEAD = "关于解除部分封控区和管控区的通告\n决定解除部分县区已封控区和管控区。该列表如下:\n"


def test_lists_lifted_titled_with_de_under_district_headings() -> None:
    text = (LIFTING_LEAD + "一、金台区\n(一)解除管控的区域清单(2)\n紫园小区、花园小区。\n(二)解除封控的地区名单(1个)\n"
            "南门口小区。\n二、渭滨区\n(一)解除管制的区域清单(1)\n霍峰小区3号楼。")
    assert by_level(text) == {("lifted", "金台区"): ["紫园小区", "花园小区", "南门口小区"],
                              ("lifted", "渭滨区"): ["霍峰小区3号楼"]}


def test_a_list_lifted_from_control_traditional_full_width() -> None:
    text = in_traditional("一、渭滨区\n(一)解除管制的区域清单(2)\n霍峰小区3号楼,宝宇小区4号楼。")
    text = text.translate(HALF_TO_FULL)
    assert by_level(text) == {("lifted", "渭滨区"): ["霍峰小区3号楼", "宝宇小区4号楼"]}


def test_bare_level_lists_under_a_lead_that_lifts() -> None:
    text = (LIFTING_LEAD + "一、封控区清单(2个)\n金华小区3栋、翠湖村二组。\n二、管控区名单(1个)\n星峰花园。")
    assert levels_of(text) == {"lifted": ["金华小区3栋", "翠湖村二组", "星峰花园"]}


def test_a_reworded_closed_and_controlled_list_lifted() -> None:
    text = ("决定解除和调整部分县区已封控区和管控区。该列表如下:\n一、小店区\n(一)关闭和控制的地区清单(2)\n"
            "金华小区3栋、翠湖村二组。\n(二)解除管制的地区清单(1)\n星峰花园。")
    assert by_level(text) == {("lifted", "小店区"): ["金华小区3栋", "翠湖村二组", "星峰花园"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=1, max_size=3, unique=True), st.sampled_from(["封控", "管控", "管制"]),
       st.sampled_from(["的区域清单", "的地区名单", "区域清单"]))
def test_any_list_lifted_by_its_title(names: list[str], level: str, title: str) -> None:
    places = [f"{x}小区" for x in names]
    text = f"一、小店区\n(一)解除{level}{title}({len(places)})\n{'、'.join(places)}。"
    assert by_level(text) == {("lifted", "小店区"): places}, text


# --- an area of a level narrowed to a named part --------------------------------------------------------------

def test_a_controlled_area_narrowed_to_a_building() -> None:
    assert levels_of("(三)将管控区内的金华小区调整为金华小区21号楼。") == {"controlled": ["金华小区21号楼"]}


def test_two_sealed_areas_narrowed_in_one_sentence() -> None:
    text = "自即日起,将封控区翠湖村二期调整为翠湖村二期11号楼;将封控区星峰花园调整为星峰花园3栋。"
    assert levels_of(text) == {"sealed": ["翠湖村二期11号楼", "星峰花园3栋"]}


def test_a_high_risk_area_narrowed_traditional_full_width() -> None:
    text = in_traditional("將高風險區星峰花園縮小為星峰花園3號樓。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["星峰花园3号楼"]}


@settings(max_examples=30, deadline=None)
@given(name, st.integers(1, 40),
       st.sampled_from([("管控区", "controlled"), ("封控区", "sealed"), ("高风险区", "high")]),
       st.sampled_from(["内的", "", "中的"]))
def test_any_area_narrowed_to_its_building_keeps_the_level(compound: str, n: int, level: tuple[str, str],
                                                           inside: str) -> None:
    text = f"自即日起,将{level[0]}{inside}{compound}小区调整为{compound}小区{n}号楼。"
    assert levels_of(text) == {level[1]: [f"{compound}小区{n}号楼"]}, text
