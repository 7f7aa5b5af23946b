"""Forms of notices that put a whole county under silent (static) management (named with 全域, as 全县 after
在 with the days it lasts, in a headline with province and city in front), put a level's label in front of a
sentence that changes its places, lift places after 解除对 (commas between them, 参照 before the level),
restate the areas kept under a lift notice, and write conditions, blankets over counted divisions, titles
after their issuer, sibling headings of the work after the lists and bounds along several roads. Each form
in variants written here (invented places, the wording of the real forms: other districts, kinds of place,
separators, traditional characters, full-width punctuation, spaces), and properties over generated parts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES_WITH_DIRECTIONS,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES_WITH_DIRECTIONS, 2, 3)
# Counties and districts of the statistics bureau's list (the parser knows them by name).
COUNTIES = ["郏县", "滑县", "平遥县", "纳雍县", "永丰县", "迎泽区", "小店区", "清徐县", "中宁县"]


# --- a whole county under silent (static) management --------------------------------------------------

def test_named_county_with_its_whole_area_under_silent_management() -> None:
    text = ("关于实行静默管理的通告\n根据疫情防控需要,经县指挥部研究,决定在清徐县全域实行静默管理。"
            "现将有关事项通告如下:\n一、静默管理时间:9月1日6时—9月4日6时。\n二、所有人员足不出户。")
    assert levels_of(text) == {"silent": ["清徐县"]}


def test_headline_with_province_and_city_in_front_of_the_county() -> None:
    text = ("即日起五天 山西晋中平遥县全域实施临时静默管理\n据平遥县指挥部消息,决定对平遥县实行为期5天的临时静默管理。"
            "现将有关事项通告如下:\n一、居民足不出户。")
    # (the headline and the notice name the county each; the same place)
    assert {k: set(v) for k, v in by_level(text).items()} == {("silent", "平遥县"): {"平遥县"}}


def test_whole_county_as_quan_xian_with_the_days_in_traditional_characters() -> None:
    text = in_traditional("關於在全縣實行靜態管理的通告\n根據當前我縣疫情防控形勢,決定在全縣實行3天靜態管理。"
                        "現將有關事項通告如下:\n一、居民足不出戶。\n永豐縣疫情防控指揮部\n2022年8月30日")
    assert by_level(text) == {("silent", "永丰县"): ["永丰县"]}


def test_whole_county_put_at_once_after_the_hour() -> None:
    text = ("纳雍县关于对全县实施临时静默管控的通告\n经研究,决定从2022年9月24日13时起全县立即实行静默管理,"
            "解除时间另行通知。\n一、居民非必要不出小区。")
    assert by_level(text) == {("silent", "纳雍县"): ["纳雍县"]}


def test_a_compound_or_the_county_town_is_no_whole_county() -> None:
    text = "关于实行静默管理的通告\n经研究,对金华小区实行静默管理。"
    assert levels_of(text) == {"silent": ["金华小区"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(COUNTIES), st.sampled_from(["全域", "全境", ""]), st.sampled_from(["实行", "实施"]),
       st.sampled_from(["", "3天", "为期三天的", "临时"]), st.sampled_from(["静默管理", "静态管理", "静默管控"]),
       st.sampled_from(["决定在", "决定对", "经研究,决定在"]))
def test_any_county_under_silent_management_is_its_own_place(county: str, whole: str, verb: str, days: str,
                                                              kind: str, lead: str) -> None:
    text = f"关于实行静默管理的通告\n{lead}{county}{whole}{verb}{days}{kind}。现将有关事项通告如下:\n一、居民足不出户。"
    assert levels_of(text) == {"silent": [county]}


# --- a level's label in front of a sentence that changes its places ------------------------------------

def test_label_in_front_of_a_lowering_sentence() -> None:
    text = ("集宁区指挥部关于调整中风险区的公告\n现将相关事项通告如下:\n"
            "中风险区:将四马路五十号大院由中风险区调降为低风险区 。\n"
            "调整后,集宁区全域无中高风险区 。\n集宁区指挥部\n2022年8月15日")
    assert by_level(text) == {("low", "集宁区"): ["四马路五十号大院"]}


def test_numbered_label_in_front_of_a_raising_sentence_full_width() -> None:
    text = "关于调整风险区的通告\n一、低风险区:把幸福路3号院调整为中风险区;\n二、高风险区:将龙春家园5号楼降为低风险区。"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"medium": ["幸福路3号院"], "low": ["龙春家园5号楼"]}


def test_label_in_front_of_a_lift_in_traditional_characters() -> None:
    text = in_traditional("关于解除封控区的通告\n封控区:对锦绣花园小区解除封控。")
    assert levels_of(text) == {"lifted": ["锦绣花园小区"]}


# --- a condition clause with the standard met and the hour ---------------------------------------------

def test_condition_with_standard_and_hour() -> None:
    text = ("经研判,晋中市平遥县已连续14天无新增确诊病例,符合低风险区标准,于3月10日0时,由中风险区调整为低风险区。")
    assert levels_of(text) == {"low": ["平遥县"]}


def test_condition_of_a_village_reaching_the_conditions() -> None:
    text = ("关于调整风险等级的通告\n东关镇西河村连续14天无新增病例,达到低风险地区条件,"
            "于5月2日起由中风险地区调整为低风险地区。")
    assert levels_of(text) == {"low": ["东关镇西河村"]}


def test_condition_with_the_standard_met_already_and_the_day() -> None:
    text = "关于调整风险等级的通告\n金华社区近14天内无新增本土病例,已符合中风险区条件,在4月8日,由高风险区降为中风险区。"
    assert levels_of(text) == {"medium": ["金华社区"]}


# --- a blanket over counted divisions ------------------------------------------------------------------

def test_counted_divisions_all_low_is_no_place() -> None:
    text = ("山西117个县(市、区)全部为低风险地区\n晋中市平遥县已连续14天无新增确诊病例,符合低风险区标准,于3月10日0时,"
            "由中风险区调整为低风险区。\n调整后,全省117个县(市、区)全部为低风险地区,无中风险和高风险地区。")
    assert levels_of(text) == {"low": ["平遥县"]}


def test_counted_divisions_with_jun_or_dou_are_no_place() -> None:
    for blanket in ("全市13个区县均为低风险地区", "全省十一个市都为低风险地区", "全市8个县区全都为低风险地区"):
        text = f"关于调整风险等级的通告\n将龙春社区由中风险区调整为低风险区。调整后,{blanket}。"
        assert levels_of(text) == {"low": ["龙春社区"]}, blanket


# --- a sibling heading of the work after the lists, a title after its issuer --------------------------

def test_lift_notice_with_its_issuer_before_the_title_and_the_work_after_the_lists() -> None:
    text = ("兰山区关于解除封控区、管控区、防范区的通告\n经综合研判,解除我区现有封控区、管控区、防范区管理,"
            "全部进入常态化防控,具体通告如下:\n一、解除以下封控区\n1.方城镇墩头村。\n二、解除以下防范区\n"
            "1.方城镇麻绪村、于村。\n三、常态化防控\n1.有序流动。请广大市民配合做好核酸检测工作。\n2.人员管理。"
            "解除的密切接触者转居家健康监测。")
    assert levels_of(text) == {"lifted": ["方城镇墩头村", "方城镇麻绪村", "于村"]}


def test_sibling_headings_of_life_support_and_notes_end_the_list() -> None:
    for sibling in ("生活保障", "温馨提示", "疫情防控工作"):
        text = (f"金凤区关于解除封控区的通告\n一、解除以下封控区\n1.龙春小区。\n2.锦绣家园。\n二、{sibling}\n"
                "1.物资配送。请居民配合。")
        assert levels_of(text) == {"lifted": ["龙春小区", "锦绣家园"]}, sibling


def test_title_after_an_office_names_no_place() -> None:
    text = ("清徐县疫情防控指挥部关于解除管控区的通告\n经研判,解除以下管控区:\n1.东于镇西谷村。\n2.清源镇金华小区。")
    assert levels_of(text) == {"lifted": ["东于镇西谷村", "清源镇金华小区"]}


# --- 解除对A,B…防范区管理措施; doors of one building ----------------------------------------------------

def test_lift_after_dui_with_commas_and_doors() -> None:
    text = ("关于解除部分防范区的通告\n一、解除对新兴街云汉楼,新兴街津中里13号门、15号门防范区管理措施\n"
            "二、解除对北至慎益大街,南至南京路,西至南门外大街,东至禄安大街、新华路、鞍山道合围范围内参照防范区管理措施")
    assert levels_of(text) == {"lifted": [
        "新兴街云汉楼", "新兴街津中里13号门、15号门",
        "北至慎益大街,南至南京路,西至南门外大街,东至禄安大街、新华路、鞍山道合围范围内"]}


def test_lift_after_dui_of_a_control_area_full_width_and_traditional() -> None:
    text = in_traditional("关于解除管控区的通告\n解除对龙城街金华苑2号楼1门、2门,东风路8号院管控区管理措施。")
    assert levels_of(text.translate(HALF_TO_FULL)) == {"lifted": ["龙城街金华苑2号楼1门、2门", "东风路8号院"]}


def test_lift_after_dui_of_a_sealed_area_with_an_an_before_the_level() -> None:
    text = "关于解除封控区的通告\n1、解除对胜利村,长风小区3号楼按封控区管理措施;"
    assert levels_of(text) == {"lifted": ["胜利村", "长风小区3号楼"]}


@settings(max_examples=25, deadline=None)
@given(name, st.lists(st.integers(1, 40), min_size=2, max_size=6, unique=True), st.sampled_from(["号门", "门"]))
def test_any_run_of_doors_is_one_place(compound: str, doors: list[int], unit: str) -> None:
    run = "、".join(f"{d}{unit}" for d in doors)
    text = f"关于调整风险区的通告\n防范区:{compound}花园3号楼{run};东风路9号院。"
    assert levels_of(text) == {"precaution": [f"{compound}花园3号楼{run}", "东风路9号院"]}


# --- the last bound along several roads ---------------------------------------------------------------

def test_last_bound_along_several_roads() -> None:
    for roads, end in ((["禄安大街", "新华路", "鞍山道"], "合围范围内"), (["胜利街", "长风路"], "围合区域"),
                       (["金华大道", "龙春路", "星湾街"], "的区域")):
        place = "北至兴盛路,南至泰康街,西至福瑞路,东至" + "、".join(roads) + end
        text = f"关于划定管控区的通告\n将{place}划定为管控区。"
        assert levels_of(text) == {"controlled": [place]}, place


# --- restated lists under a lift notice; the district that lifts ---------------------------------------

def test_restated_lists_under_a_lift_notice_keep_their_levels() -> None:
    text = ("6月2日和平区解除参照防范区和部分防范区管理\n经研究,自6月3日零时起,和平区解除参照防范区和部分防范区管理,"
            "同步解除交通管制。现将相关事宜通告如下:\n一、解除对新兴街云汉楼防范区管理措施\n"
            "二、依据有关规定,对我区现有封控区、管控区、防范区进行调整,明确如下:\n"
            "1.管控区:南市街新雅居2号楼4门;劝业场街南京路250号楼1门及院内平房。\n"
            "2.防范区:南市街老福方里4号楼1、2门;新兴街清华园。\n调整后的管控区、防范区按相关规定实施管控。")
    assert by_level(text) == {
        ("lifted", "和平区"): ["新兴街云汉楼"],
        ("controlled", "和平区"): ["南市街新雅居2号楼4门", "劝业场街南京路250号楼1门及院内平房"],
        ("precaution", "和平区"): ["南市街老福方里4号楼1、2门", "新兴街清华园"]}


def test_restated_lists_after_adjusted_areas_as_follows() -> None:
    text = ("金凤区关于解除部分封控区的通告\n经研判,解除部分封控区管理。现通告如下:\n一、解除对龙春小区封控区管理措施\n"
            "二、根据有关规定,对我区现有封控区、管控区进行调整,调整如下:\n1.封控区:锦绣家园5号楼。\n2.管控区:锦绣家园。")
    assert levels_of(text) == {"lifted": ["龙春小区"], "sealed": ["锦绣家园5号楼"], "controlled": ["锦绣家园"]}


def test_bare_lists_under_a_lift_lead_are_still_lifted() -> None:
    text = "金凤区关于解除封控区、管控区的通告\n经研判,现予以解除,具体如下:\n封控区:龙春小区。\n管控区:锦绣家园。"
    assert levels_of(text) == {"lifted": ["龙春小区", "锦绣家园"]}


def test_district_lifting_at_a_clause_start_is_the_notices() -> None:
    for district in ("和平区", "小店区", "清徐县"):
        text = (f"关于解除部分防范区的通告\n经研究,自6月3日零时起,{district}解除部分防范区管理。现将相关事宜通告如下:\n"
                "一、解除对胜利街金华楼防范区管理措施")
        assert by_level(text) == {("lifted", district): ["胜利街金华楼"]}, district


@pytest.mark.parametrize(("sentence", "districts"), [
    ("迎泽区、尖草坪区已于今日有序解除临时静默管理。", ["迎泽区", "尖草坪区"]),  # the seed's wording
    ("小店区已于2022年11月25日0时起有序解除临时静默管理。", ["小店区"]),
    ("晋源區已於今日有序解除臨時靜默管理。", ["晋源区"]),
    # the time in front of the sentence: a sentence with its place, not a heading (a headline has no 。)
    ("自2022年11月25日0时起,小店区解除临时静默管理。", ["小店区"]),
    ("自11月25日12時起,萬柏林區解除臨時靜默管理。", ["万柏林区"]),
])
def test_a_district_lifting_its_own_silent_management_is_the_place(sentence: str, districts: list[str]) -> None:
    # a division lifting its areas ("庄河市解除封控区、管控区") names no place, but a district silenced as a whole
    # lifts its own silent management: the district is the place lifted
    text = f"关于解除临时静默管理的通告\n{sentence}\n太原市疫情防控办公室\n2022年11月25日"
    assert by_level(text) == {("lifted", d): [d] for d in districts}
