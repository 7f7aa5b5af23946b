"""Forms of notices that lift a county's whole silent management but some towns (written "X县解除全域静态管理(A镇、
B镇除外)"), hang the places under a lead's numbered parts of time, range and rules ("一、实施时间" "二、实施范围"),
write an area as a route ("从A到B,到C,到D的合围区域"), close 2020's infected areas ("对A、B(bounds),C的区域全面
实行疫区封闭管理"), sign on the last sentence's line, report as an office's bulletin (通报), point to a map
("(详见下图)") after "A等", join areas into one ("A、B、C联片为中风险区"), name natural villages bare with the
kind once at the end, and locate a place by a road's side ("A县道南侧,B安置房"); and phrases of measures that
are never places. Each form in variants written here (invented places, the wording of the real forms: other
counties, numbering, full-width punctuation, traditional characters), and properties over generated parts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)
# Counties of the statistics bureau's list (the parser knows them by name).
COUNTIES = ["郏县", "滑县", "平遥县", "纳雍县", "永丰县", "清徐县", "中宁县", "兴文县"]


def _all_places(text: str) -> list[str]:
    return [p for c in parse_notice(text, default_year=2022)["changes"] for p in c["places"]]


# --- a county lifts its whole silent management but some towns ------------------------------------------

def test_county_lifts_its_whole_static_management_but_two_towns() -> None:
    text = ("关于实施分类分级管理和逐步恢复生产生活秩序的通告\n"
            "自全县实行静态管理以来,在全县人民的共同努力下,形势总体可控。经县指挥部研究决定,自2022年10月9日22时起,"
            "实施分类分级管理。\n一、调整静态管理范围\n平遥县解除全域静态管理(金华镇、龙春镇除外),逐步有序恢复生产生活秩序。\n"
            "二、严格社会面管控\n金华镇高风险区严格落实“足不出户、上门服务”。\n三、严格交通管控\n各镇之间不通行。")
    assert by_level(text) == {("lifted", "平遥县"): ["平遥县(金华镇、龙春镇除外)"]}


def test_whole_lift_of_silent_management_with_the_word_before_the_verb_full_width() -> None:
    text = ("关于调整静默管理范围的通告\n经研究,自9月10日0时起,滑县全域有序解除静默管理(城关镇除外)。\n"
            "二、城关镇继续实行静默管理。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["滑县(城关镇除外)"], "silent": ["城关镇"]}


def test_whole_lift_in_traditional_characters_with_a_street_excepted() -> None:
    text = in_traditional("關於調整管控措施的通告\n一、郏县解除全域临时静默管理(东城街道除外)。\n二、倡导红事缓办。")
    assert levels_of(text) == {"lifted": ["郏县(东城街道除外)"]}


def test_whole_lift_without_an_exception_is_the_county_itself() -> None:
    for line in ("自10月9日起,滑县解除全域静默管理。", "经研究,中宁县全域解除临时静默管理,逐步恢复生产生活秩序。",
                 "经县指挥部研究,兴文县解除全境静态管理。"):
        text = f"关于解除静默管理的通告\n{line}\n一、倡导红事缓办。"
        assert list(levels_of(text)) == ["lifted"] and len(levels_of(text)["lifted"]) == 1
        assert levels_of(text)["lifted"][0] in line


def test_since_the_county_was_under_silent_management_sets_no_place() -> None:
    text = ("关于有序恢复生产生活秩序的通告\n自全县实行静默管理以来,全县人民共同努力,疫情形势平稳向好。\n"
            "一、倡导红事缓办。")
    assert by_level(text) == {}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(COUNTIES), st.lists(name, min_size=1, max_size=3, unique=True),
       st.sampled_from(["镇", "乡", "街道"]), st.sampled_from(["静态管理", "静默管理", "临时静默管理"]),
       st.sampled_from(["除外", "以外"]), st.booleans())
def test_any_county_lifting_all_but_its_excepted_towns(county: str, towns: list[str], kind: str, level: str,
                                                       tail: str, full_width: bool) -> None:
    excepted = "、".join(t + kind for t in towns)
    text = f"关于调整静默管理的通告\n一、调整范围\n{county}解除全域{level}({excepted}{tail}),逐步有序恢复生产生活秩序。"
    if full_width:
        text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": [f"{county}({excepted}{tail})"]}


# --- phrases of measures or policy are never places -----------------------------------------------------

def test_phrases_of_measures_under_a_level_are_no_places() -> None:
    for text, places in (
            ("关于划定风险区的通告\n高风险区:金华小区、严格社会面管控。", ["金华小区"]),
            ("关于划定风险区的通告\n管控区:龙春村三组;逐步有序恢复生产生活秩序。", ["龙春村三组"]),
            (in_traditional("关于划定风险区的通告\n封控区:星峰花园1号楼,结束时间根据疫情态势和防控需要决定。"),
             ["星峰花园1号楼"])):
        assert [p for ps in levels_of(text).values() for p in ps] == places


def test_clauses_of_the_work_or_of_no_area_are_no_places() -> None:
    for text, places in (
            ("关于划定风险区的通告\n管控区:金华村一组、做到“里不出、外不进、内不动”。", ["金华村一组"]),
            ("关于划定风险区的通告\n封控区:龙春小区;严格落实“足不出户、上门服务”。", ["龙春小区"]),
            ("关于调整风险区的通告\n低风险区:星峰社区、我县无高风险区。", ["星峰社区"])):
        assert [p for ps in levels_of(text).values() for p in ps] == places


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["严格社会面管控", "逐步有序恢复生产生活秩序", "结束时间根据疫情态势和防控需要决定",
                        "严格落实管控措施", "有序恢复正常秩序", "视情适时调整"]),
       st.sampled_from(["高风险区", "管控区", "封控区"]), name)
def test_a_measure_phrase_read_in_a_list_is_never_a_place(phrase: str, level: str, compound: str) -> None:
    text = f"关于划定风险区的通告\n{level}:{compound}小区、{phrase}。"
    assert all(phrase not in p for p in _all_places(text))
    assert f"{compound}小区" in _all_places(text)


# --- a lead's numbered parts of time, range and rules ---------------------------------------------------

def test_lead_with_parts_of_time_range_and_rules_over_town_labels_and_a_route() -> None:
    text = ("兴文县应对新冠肺炎疫情应急指挥部\n关于古宋镇和共乐镇部分区域实施\n临时管控的通告\n广大居民朋友们:\n"
            "为坚决遏制疫情扩散,经县疫情应急指挥部研究,决定对金华镇和龙春镇部分区域实施临时管控,现将有关事项通告如下。\n"
            "一、实施时间\n2022年12月1日11:30起,结束时间根据疫情态势和防控需要决定。\n二、实施范围\n"
            "金华镇:星峰社区锦绣商业街锦绣大都会A期;\n"
            "龙春镇:从胜利村党群服务中心到胜利村二组,到兴盛环线公路大地头路口,到胜利村水站的合围区域。\n"
            "三、有关要求\n(一)加强核酸检测。临时管控区域内,全体居民按照要求完成核酸检测。")
    assert levels_of(text) == {"controlled": [
        "金华镇星峰社区锦绣商业街锦绣大都会A期",
        "龙春镇从胜利村党群服务中心到胜利村二组,到兴盛环线公路大地头路口,到胜利村水站的合围区域"]}


def test_lead_with_a_part_of_time_then_the_range_numbered_in_brackets() -> None:
    text = ("关于对部分区域实施临时管控的通告\n经研究,决定对金华街道部分区域实施临时管控,现将有关事项通告如下:\n"
            "(一)管控时间\n自12月2日起,解除时间另行通知。\n(二)管控范围\n星峰小区、锦绣花园。\n(三)管控要求\n居民原则上居家。")
    assert levels_of(text) == {"controlled": ["星峰小区", "锦绣花园"]}


def test_lead_with_parts_in_traditional_characters_and_full_width_punctuation() -> None:
    text = in_traditional("关于对部分区域实施临时管控的通告\n经研究,决定对以下区域实施临时管控,现将有关事项通告如下:\n"
                        "1.实施时间\n2022年12月3日起。\n2.实施范围\n龙春镇:胜利村三组;兴盛村五组。\n3.有关要求\n居民居家。"
                        ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["龙春镇胜利村三组", "龙春镇兴盛村五组"]}


def test_lead_with_parts_of_other_levels_and_orders() -> None:
    for lead, parts, level in (
            ("决定对金华街道部分区域实施封控管理,现将有关事项通告如下:",
             ("一、封控时间\n自12月2日起。", "二、封控范围", "三、封控要求\n居民足不出户。"), "sealed"),
            ("决定对部分区域实行静默管理,现将有关事项通告如下:",
             ("一、静默管理时间\n解除时间另行通知。", "二、静默管理范围", "三、管理要求\n居民足不出户。"), "silent"),
            ("决定对部分区域实施临时管控。现将有关事项通告如下:", ("", "一、实施范围", "二、实施时间\n自12月2日起。"),
             "controlled")):
        text = f"关于实施管控的通告\n经研究,{lead}\n{parts[0]}\n{parts[1]}\n星峰小区、锦绣花园。\n{parts[2]}"
        assert levels_of(text) == {level: ["星峰小区", "锦绣花园"]}


def test_routes_written_otherwise_are_one_place() -> None:
    for route in ("由星峰村委会沿兴盛路至锦绣桥,再至龙春河,再到胜利村水站围合区域",
                  "从星峰村委会到锦绣桥,经龙春河到胜利村水站的合围区域",
                  "自星峰村委会至锦绣桥,至龙春河,至胜利村水站合围区域"):
        text = f"关于划定管控区的通告\n管控区:{route};兴盛小区。".translate(HALF_TO_FULL)
        assert levels_of(text) == {"controlled": [route, "兴盛小区"]}


@settings(max_examples=40, deadline=None)
@given(name, name, st.lists(name, min_size=2, max_size=4, unique=True), st.sampled_from(["到", "至"]),
       st.sampled_from(["的合围区域", "围合区域", "围成的区域"]))
def test_any_route_enclosing_an_area_is_one_place(town: str, start: str, points: list[str], to: str,
                                                  end: str) -> None:
    route = f"从{start}村服务中心{to}{points[0]}路口" + "".join(f",{to}{p}村水站" for p in points[1:]) + end
    text = f"关于划定管控区的通告\n管控区:{town}镇{route}。"
    assert levels_of(text) == {"controlled": [f"{town}镇{route}"]}


# --- 2020's closure of infected areas, and a signature on the last sentence's line ----------------------

def test_closure_of_infected_areas_with_bounds_in_brackets_and_commas() -> None:
    text = ("为全力做好新型冠状病毒感染的肺炎疫情防控工作,现将有关事项通告如下:自1月26日8时起,"
            "对金华镇星峰村委会万家自然村、"
            "金华集镇居委会(金华大道东至锦绣美容店一线;西至兴盛百货一线的居民小区),龙春乡六坊村委会六坊自然村的区域"
            "全面实行疫区封闭管理,即对上述三个疫区实行全面封区管理。解除封闭时间另行通告。"
            "恳请广大市民自觉执行!永丰县新型冠状病毒感染的肺炎疫情防控应急指挥部年1月25日")
    assert by_level(text) == {("sealed", "永丰县"): [
        "金华镇星峰村委会万家自然村", "金华集镇居委会(金华大道东至锦绣美容店一线;西至兴盛百货一线的居民小区)",
        "龙春乡六坊村委会六坊自然村的区域"]}


def test_closure_with_strict_adverb_and_two_villages() -> None:
    text = ("关于实行封闭管理的通告\n自2020年2月1日起,对龙春镇胜利村、兴盛村严格实行封闭管理。\n"
            "郏县疫情防控指挥部\n2020年2月1日")
    assert by_level(text) == {("sealed", "郏县"): ["龙春镇胜利村", "兴盛村"]}


def test_closure_in_traditional_characters_with_full_width_brackets() -> None:
    text = in_traditional("自1月28日8时起,对星峰村委会(东至金华路;西至龙春河),锦绣社区全面实行疫区封闭管理。"
                        ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["星峰村委会(东至金华路;西至龙春河)", "锦绣社区"]}


def test_closure_written_whole_or_closed_style() -> None:
    for closure in ("实行全封闭管理", "实施封闭式管理", "全面实行疫区封闭管理"):
        text = f"关于实行封闭管理的通告\n自2020年2月1日起,对龙春镇胜利村、兴盛村{closure}。"
        assert levels_of(text) == {"sealed": ["龙春镇胜利村", "兴盛村"]}


def test_a_sentence_signed_and_dated_on_its_line_names_the_district() -> None:
    for county in ("滑县", "中宁县", "清徐县"):
        text = ("关于划定高风险区的通告\n将金华小区划定为高风险区。"
                f"请广大市民自觉配合!{county}疫情防控指挥部2022年5月2日")
        assert by_level(text) == {("high", county): ["金华小区"]}


# --- an office's bulletin names the district -------------------------------------------------------------

def test_an_offices_bulletin_names_the_district() -> None:
    for county, source in (("清徐县", "“清徐发布”消息,"), ("中宁县", ""), ("平遥县", "据悉,")):
        text = (f"{source}{county}新型冠状病毒肺炎疫情防控指挥部通报,截至7月11日,确诊无症状感染者7例。\n"
                "一、风险区域划定\n高风险区:金华路以东2-16号;\n低风险区:除高风险区外的星峰街道区域。")
        assert {k[1] for k in by_level(text)} == {county}


# --- a map below, and 等 closing a place -----------------------------------------------------------------

def test_lift_of_a_place_and_others_with_a_map_below() -> None:
    for note, end in (("(详见下图)", ""), ("(见下表)", ""), ("", "。")):
        text = (f"关于调整风险区的通告\n一、解除金华镇水务有限公司等高风险区管理{note}{end}\n"
                "二、其它风险区管理维持不变。")
        assert levels_of(text) == {"lifted": ["金华镇水务有限公司"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(name, min_size=1, max_size=3, unique=True), st.sampled_from(["小区", "公司", "花园"]),
       st.sampled_from(["调整为低风险区", "划为中风险区"]))
def test_a_closing_etc_is_no_part_of_the_last_place(names: list[str], kind: str, verb: str) -> None:
    listed = [n + kind for n in names]
    text = f"关于调整风险区的通告\n将{'、'.join(listed)}等{verb}。"
    assert _all_places(text) == listed


# --- areas joined into one, and natural villages named bare ---------------------------------------------

def test_areas_joined_into_one_for_a_level() -> None:
    text = ("关于调整风险区的通告\n"
            "1.调整金华镇星峰行政村、金华主街道、金华镇锦绣家具厂联片为中风险区。实施“足不出区”。\n"
            "2.调整龙春镇胜利行政村周哇自然村和吉利自然村、胜利行政村兴盛自然村联片为中风险区。")
    assert levels_of(text) == {"medium": ["金华镇星峰行政村、金华主街道、金华镇锦绣家具厂",
                                          "龙春镇胜利行政村周哇自然村和吉利自然村、胜利行政村兴盛自然村"]}


def test_areas_joined_with_lian_pian_written_otherwise() -> None:
    text = in_traditional("关于划定风险区的通告\n将金华村、龙春村连片划为高风险区。\n"
                        "将星峰小区、锦绣花园联片区域划定为中风险区。")
    assert levels_of(text) == {"high": ["金华村、龙春村"], "medium": ["星峰小区、锦绣花园"]}


def test_natural_villages_named_bare_with_the_kind_once() -> None:
    for bare, kind in ((["胡昂", "开斗", "格个昂"], "自然村区域"), (["上湾", "下湾"], "自然村"),
                       (["东坪", "西坪", "南坪", "北坪"], "村民小组")):
        listed = "金华镇星峰行政村星峰昂、" + "、".join(bare[:-1]) + "、" + bare[-1] + kind
        text = f"关于调整风险区的通告\n7.调整{listed}为中风险区。实施“足不出区、错峰取物”。"
        assert levels_of(text) == {"medium": [listed]}


@settings(max_examples=40, deadline=None)
@given(st.lists(name, min_size=2, max_size=5, unique=True), st.sampled_from(["联片", "连片"]),
       st.sampled_from(["村", "小区", "社区"]), st.sampled_from(["调整{}为中风险区", "将{}划为高风险区"]))
def test_any_joined_areas_are_one_place(names: list[str], joined: str, kind: str, sentence: str) -> None:
    listed = "、".join(n + kind for n in names)
    text = "关于调整风险区的通告\n" + sentence.format(listed + joined) + "。"
    assert _all_places(text) == [listed]


# --- a road's side locating the place after its comma ---------------------------------------------------

def test_a_road_side_before_a_comma_locates_the_place() -> None:
    for side, estate in (("117县道南侧", "星峰安置房一期10栋、23栋"), ("金华路北侧", "锦绣家园3号楼"),
                         ("龙春河东侧", "兴盛新村")):
        text = f"关于调整风险区的通告\n11月22日22时起将{side},{estate},调整为低风险区。"
        assert levels_of(text) == {"low": [f"{side},{estate}"]}


@settings(max_examples=40, deadline=None)
@given(name, st.sampled_from(["路", "大道", "河", "1号县道", "X202县道"]), st.sampled_from("东南西北"), name,
       st.sampled_from(["小区", "安置房", "家园"]))
def test_any_road_side_goes_with_the_place_after_it(road: str, kind: str, side: str, estate: str,
                                                     estate_kind: str) -> None:
    place = f"{road}{kind}{side}侧,{estate}{estate_kind}"
    text = f"关于调整风险区的通告\n将{place},调整为低风险区。"
    assert _all_places(text) == [place]
