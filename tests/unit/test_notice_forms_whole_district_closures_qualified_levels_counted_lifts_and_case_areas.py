"""Forms of notices that shut a whole county-level district: named and then restated as 全县 with 继续, 临时性 and
全域 after the verb ("A县全县继续实行临时性全域静态管理", also with the time between county and verb), every village
and community of a district as a level's object ("封控区域:A市所有村(居)、社区实行封闭管理"), and a whole district's
closed management as a level's label ("临时全域封闭管理区域:A区全域"); levels the notice qualifies or numbers
("划为临时管控1区", "新增A镇为防外溢管控区", "临时管控2区:B"); a pinyin repost's GBK bytes read one byte off; a
county's notice copied without title or signature naming itself twice; "调整后,我县无高风险区" after a list; counted
subjects lifted ("A街道、B社区、C花园62栋等84个区域解除封控管理", one example address); areas described by their
cases with or without their places in brackets, a case's trail, 及 between two towns' places and "做到“…”" after a
level. Each form in variants written here (other counties, wording, numbering, full-width punctuation, traditional
characters), a property over generated parts, and what is no such form."""

from __future__ import annotations

import opencc
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, by_level, in_traditional, levels_of

# County-level divisions of the statistics bureau's list (the parser knows them by name).
COUNTIES = ["平遥县", "清徐县", "纳雍县", "永丰县", "郏县", "中宁县", "迎泽区", "小店区", "介休市", "霍州市"]


# --- a county named, then 全县, under temporary static management -----------------------------------------

def test_county_restated_as_quan_xian_kept_under_temporary_static_management() -> None:
    text = ("8月23日,山西省晋中市平遥县疫情防控指挥部发布通告,经综合分析研判,山西省晋中市平遥县全县继续实行临时性"
            "全域静态管理,时间延至8月24日18时。\n静态管理期间,非必要不外出,原则上必须居家。")
    assert levels_of(text) == {"silent": ["平遥县"]}


def test_report_of_a_county_put_under_static_management_from_an_hour() -> None:
    text = ("记者从贵州毕节纳雍县疫情防控领导小组办公室了解到,为保障人民群众生命安全,自9月21日6时起,纳雍县全县实行"
            "临时性全域静态管理。静态管理期间,全县保持静默状态,非必要不外出;高速路口限制人员流动。")
    assert by_level(text) == {("silent", "纳雍县"): ["纳雍县"]}


def test_a_district_named_without_quan_qu_in_traditional_characters() -> None:
    text = in_traditional("9月5日,太原市小店区疫情防控指挥部决定,9月5日18时至9月8日18时,小店区实行临时性全域静默管理。"
                        "静默管理期间,原则上必须居家。")
    assert by_level(text) == {("silent", "小店区"): ["小店区"]}


def test_a_city_restated_as_quan_shi_with_full_width_punctuation() -> None:
    text = ("10月2日,介休市全市继续实施临时全域静态管理,解除时间另行通知。静态管理期间,居民足不出户。"
            .translate(HALF_TO_FULL))
    assert levels_of(text) == {"silent": ["介休市"]}


def test_quan_xian_after_another_kind_of_division_is_no_restatement() -> None:
    # (a 区 named, then 全县: not the same division; left to the other rules, which read no 区 from it)
    text = "9月5日,小店区全县继续实行临时性全域静态管理。"
    assert levels_of(text) != {"silent": ["小店区"]}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(COUNTIES), st.sampled_from(["", "山西省晋中市", "河南平顶山"]),
       st.sampled_from(["", "继续", "立即"]), st.sampled_from(["实行", "实施"]),
       st.sampled_from(["临时性", "临时", ""]), st.sampled_from(["全域", "全境", ""]),
       st.sampled_from(["静态管理", "静默管理", "静默管控"]), st.booleans())
def test_any_county_restated_as_its_whole_is_its_own_place(county: str, front: str, adverb: str, verb: str,
                                                          temporary: str, whole: str, kind: str, full: bool) -> None:
    own = "全" + county[-1]
    text = f"8月20日,{front}{county}{own}{adverb}{verb}{temporary}{whole}{kind},时间暂定3天。"
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {"silent": [county]}


# --- every village and community of a district as a level's object ------------------------------------------

def test_every_village_and_community_of_the_city_sealed() -> None:
    text = ("霍州市新冠疫情防控工作领导小组办公室\n关于霍州市临时封控管理的通告\n"
            "1.封控时间:自2022年4月18日零时起实施临时封控管理,解除时间另行通知。\n"
            "2.封控区域:霍州市所有村(居)、社区实行封闭管理,每个村(居)、社区只保留一个出入口,卡口24小时值守。\n"
            "3.封控期间,广大居民要按照要求有序参加核酸检测。")
    assert by_level(text) == {("sealed", "霍州市"): ["霍州市"]}


def test_every_compound_and_village_of_the_county_controlled_with_full_width_colon() -> None:
    text = ("清徐县疫情防控指挥部\n关于实行临时管控的通告\n(一)管控范围:清徐县所有小区、村庄。\n"
            "(二)管控期间,居民非必要不外出。").translate(HALF_TO_FULL)
    assert by_level(text) == {("controlled", "清徐县"): ["清徐县"]}


def test_every_village_of_the_own_county_written_as_quan_xian_in_traditional_characters() -> None:
    text = in_traditional("永丰县疫情防控指挥部关于临时封控管理的通告\n一、封控区域:全县所有村居、社区实施封闭管理。\n"
                        "二、封控期间,居民足不出户。")
    assert by_level(text) == {("sealed", "永丰县"): ["永丰县"]}


def test_every_compound_of_a_town_or_among_the_measures_is_no_whole_district() -> None:
    # (a town is no district: its compounds stay as written; a measure for every village names no place)
    text = ("关于临时封控的通告\n一、封控区域:金华镇所有小区。\n"
            "二、全县所有村居实行临时封闭管理,每个村只保留一个出入口。")
    assert levels_of(text) == {"sealed": ["金华镇所有小区"]}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(COUNTIES), st.sampled_from(["封控区域", "封控范围", "管控区域"]),
       st.lists(st.sampled_from(["村(居)", "社区", "小区", "村庄", "居委会"]), min_size=1, max_size=3, unique=True),
       st.sampled_from(["实行封闭管理,", "实施封闭管控,", "。", ";"]), st.booleans())
def test_every_kind_of_place_of_any_district_is_the_district(county: str, label: str, kinds: list[str], end: str,
                                                             full: bool) -> None:
    text = (f"{county}疫情防控指挥部\n关于临时封控管理的通告\n1.{label}:{county}所有{'、'.join(kinds)}{end}"
            "每个小区只保留一个出入口。\n2.封控期间,居民足不出户。")
    level = "controlled" if label.startswith("管控") else "sealed"
    assert by_level(text.translate(HALF_TO_FULL) if full else text) == {(level, county): [county]}


# --- a whole district's closed management as a level's label --------------------------------------------------

def test_whole_district_closed_management_as_a_label() -> None:
    text = ("关于实施临时全域封闭管理和开展全员核酸检测的通告\n"
            "1.临时全域封闭管理时间:自2022年5月3日6时起,解除时间另行通知。\n"
            "2.临时全域封闭管理区域:迎泽区全域。\n3.自2022年5月3日6时起,开展全员核酸检测。\n"
            "4.临时全域封闭管理期间对拒不服从管理的,将依法追究相关责任。")
    assert by_level(text) == {("silent", "迎泽区"): ["迎泽区"]}


def test_whole_county_closed_management_with_the_county_named_in_traditional_characters() -> None:
    text = in_traditional("关于实施临时性全域封闭管理的通告\n一、全域封闭管理区域:郏县全域。\n二、所有人员足不出户。")
    assert by_level(text) == {("silent", "郏县"): ["郏县"]}


def test_silent_label_over_a_district_s_whole_area() -> None:
    text = ("关于实行静默管理的通告\n(一)静默管理区域:中宁县全境。\n(二)静默管理期间,居民足不出户。"
            .translate(HALF_TO_FULL))
    assert by_level(text) == {("silent", "中宁县"): ["中宁县"]}


def test_closed_management_of_one_compound_is_no_whole_district() -> None:
    text = "关于临时管控的通告\n经研究,对金华小区实行临时封闭管控。"
    assert levels_of(text) == {"sealed": ["金华小区"]}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(COUNTIES), st.sampled_from(["临时全域封闭管理", "全域封闭管理", "临时性全域封闭管控"]),
       st.sampled_from(["全域", "全境"]), st.sampled_from(["1.", "二、", "(三)"]))
def test_any_district_s_whole_closure_is_the_district(county: str, label: str, whole: str, number: str) -> None:
    text = f"关于实施{label}的通告\n{number}{label}区域:{county}{whole}。\n居民足不出户。"
    assert by_level(text) == {("silent", county): [county]}


# --- a level the notice qualifies or numbers: "划为临时管控1区", "新增A镇为防外溢管控区" ---------------------------

def test_numbered_temporary_control_areas_are_control_areas() -> None:
    text = ("(一)将金华大道18号龙春街道锦绣小区3栋A单元划为临时管控1区,采取“足不出户、上门服务”等管控措施。\n"
            "(二)将金华大道18号龙春街道锦绣小区(除3栋A单元外)划为临时管控2区,采取“足不出区、错峰取物”等管控措施。")
    assert levels_of(text) == {"controlled": ["金华大道18号龙春街道锦绣小区3栋A单元",
                                              "金华大道18号龙春街道锦绣小区(除3栋A单元外)"]}


def test_a_town_made_a_control_area_against_spill_over() -> None:
    text = ("一、新增金华镇星湾村、长风街道文化馆家属院为高风险区,实行封控措施。\n"
            "二、新增龙春镇为防外溢管控区,实行管控措施,“人不出区、错峰取物”。")
    assert levels_of(text) == {"high": ["金华镇星湾村", "长风街道文化馆家属院"], "controlled": ["龙春镇"]}


def test_temporary_sealed_area_numbered_in_words_in_traditional_characters() -> None:
    text = in_traditional("1、将锦绣花园5号楼列为临时封控一区;\n2、将锦绣花园6号楼列为临时封控二区。")
    text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["锦绣花园5号楼", "锦绣花园6号楼"]}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["临时", "防外溢", "临时性", "防扩散"]), st.sampled_from(["管控", "封控"]),
       st.sampled_from(["", "1", "2", "一", "3号"]), st.sampled_from(["划为", "列为", "调整为"]))
def test_any_qualified_level_is_its_kind(qualifier: str, kind: str, number: str, verb: str) -> None:
    text = f"一、将金华小区2栋{verb}{qualifier}{kind}{number}区,实行相应管控措施。"
    assert levels_of(text) == {"controlled" if kind == "管控" else "sealed": ["金华小区2栋"]}


# --- a repost's GBK bytes read one byte off: "?jiǎng)潪榕R時(shí)" is "(劃)為臨時" ---------------------------------

def test_shifted_bytes_of_a_verb_before_a_level_are_read_back() -> None:
    text = "(一)將龍春大道18號(hào)金華街道錦繡世家小區(qū)3棟A單元?jiǎng)潪榕R時(shí)管控1區(qū),採取“足不出戶”措施。"
    assert levels_of(text) == {"controlled": ["龙春大道18号金华街道锦绣世家小区3栋A单元"]}


def test_shifted_bytes_in_another_notice_with_another_place() -> None:
    text = "一、將龍春路8號(hào)錦繡花園3棟?jiǎng)潪榕R時(shí)封控區(qū),實行“足不出戶、上門服務”。"
    assert levels_of(text) == {"sealed": ["龙春路8号锦绣花园3栋"]}


def test_a_question_mark_in_a_name_is_no_shifted_run() -> None:
    # (no pinyin after "?": a lost character in a name, kept as found)
    text = "一、將金?花園3棟劃為管控區。"
    assert levels_of(text) == {"controlled": ["金?花园3栋"]}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["劃為", "列為", "定為", "設為"]), st.sampled_from(["臨時", "臨時性"]),
       st.sampled_from(["管控", "封控"]), st.sampled_from(["jiǎng)", "qū)", "yàn)"]),
       st.sampled_from(["錦繡花園3棟", "龍春路8號(hào)星灣小區(qū)", "金華村5組"]))
def test_any_shifted_verb_is_read_back(verb: str, temporary: str, kind: str, gloss: str, place: str) -> None:
    # (a repost's run: the verb's first byte lost, the rest read one byte off up to 臨's trail byte "R", then 時)
    try:
        shifted = (verb + "臨").encode("gbk")[1:].decode("gbk")
    except UnicodeError:
        assume(False)  # (bytes no GBK text: no repost shows them so)
    text = f"一、將{place}?{gloss}{shifted}{temporary[1:]}{kind}區(qū),採取相應措施。"
    expected = in_traditional(place).replace("(hào)", "").replace("(qū)", "")
    assert levels_of(text) == {"controlled" if kind == "管控" else "sealed": [opencc.OpenCC("t2s").convert(expected)]}

# --- a county's notice copied without title or signature names itself among its measures ---------------------

def test_a_county_level_city_named_only_in_its_measures() -> None:
    text = ("根据介休疫情防控形势,经专家组综合研判,决定调整部分区域管控措施。现将有关事项通告如下:\n"
            "一、新增金华镇星湾村为高风险区,实行封控措施。\n二、介休市防外溢管控措施延长4天,截至10月3日22时。")
    assert by_level(text) == {("high", "介休市"): ["金华镇星湾村"]}


def test_a_district_named_only_in_an_appeal_in_traditional_characters() -> None:
    text = in_traditional("(一)将龙春路8号锦绣花园3栋划为管控区,采取管控措施。\n倡导非必要不离开迎泽区,"
                        "跨市流动须持48小时内核酸检测阴性证明。迎泽区域餐饮场所取消堂食。")
    assert by_level(text) == {("controlled", "迎泽区"): ["龙春路8号锦绣花园3栋"]}


def test_a_town_named_after_its_county_or_two_divisions_name_no_district() -> None:
    # (a town named after its county, two counties, a county named once: whose notice is not said)
    for text in ("一、将星湾村划为封控区。\n二、请平遥县镇居民配合。",
                 "一、将星湾村划为封控区。\n二、请关注平遥县疫情防控工作的通报。",
                 "一、将金华小区划为封控区。\n二、请平遥县、介休市居民配合。"):
        assert [district for district, _level in [(k[1], k[0]) for k in by_level(text)]] == [None], text


# --- "调整后,我县无高风险区。中风险区5个:…": none left of a level is no place ------------------------------------

def test_none_left_of_a_level_after_a_lowered_list_is_no_place() -> None:
    text = ("关于调整中高风险区风险等级的通告\n高风险区降为中风险区(1个)\n平遥县金华镇星湾超市\n"
            "中风险区降为低风险区(1个)\n平遥县龙春镇锦绣花园小区\n调整后,我县无高风险区。中风险区1个:金华镇星湾超市。其他区域均为低风险区。")
    assert levels_of(text) == {"medium": ["金华镇星湾超市", "金华镇星湾超市"], "low": ["龙春镇锦绣花园小区"]}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["我县", "我区", "全市", "本县", "平遥县"]), st.sampled_from(["无", "暂无", "已无", "没有"]),
       st.sampled_from(["高风险区", "中风险区", "中高风险区"]), st.booleans())
def test_any_none_left_after_the_adjustment_is_no_place(who: str, none: str, level: str, full: bool) -> None:
    text = f"中风险区降为低风险区(1个)\n龙春镇锦绣花园小区\n调整后,{who}{none}{level}。"
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {"low": ["龙春镇锦绣花园小区"]}


# --- "A街道、B社区、C花园62栋等84个区域解除封控管理。": a counted subject lifted ------------------------------------

def test_an_example_address_and_a_count_lifted_under_each_level() -> None:
    text = in_traditional("4月10日,高新区疫情防控工作领导小组发布《关于解除相关封控区、管控区的公示》。"
                        "具体解封情况如下:\n"
                        "1、封控区:\n龙春街道、星湾社区、锦绣花园三期6栋等52个区域解除封控管理。\n"
                        "2、管控区:\n金华街道、长风社区、泰康城中央等9个区域解除管控管理。")
    assert levels_of(text) == {"lifted": ["龙春街道、星湾社区、锦绣花园三期6栋", "金华街道、长风社区、泰康城中央"]}


def test_a_counted_list_of_compounds_lifted_without_jiang() -> None:
    text = ("一、龙春小区、星湾小区、锦绣花园等12个小区解除封控。\n二、金华村等3个区域解除管控措施。"
            .translate(HALF_TO_FULL))
    assert by_level(text) == {("lifted", None): ["龙春小区", "星湾小区", "锦绣花园", "金华村"]}


def test_three_places_counted_as_three_are_three() -> None:
    text = "龙春街道、星湾社区、锦绣花园等3个区域解除封控管理。"
    assert levels_of(text) == {"lifted": ["龙春街道", "星湾社区", "锦绣花园"]}


def test_a_lift_of_a_level_as_a_time_is_no_counted_subject() -> None:
    text = "一、将金华小区划为封控区。\n二、封控区解除后,居民仍需做好个人防护。"
    assert levels_of(text) == {"sealed": ["金华小区"]}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["龙春", "星湾", "金华"]), st.sampled_from(["街道", "镇"]), st.sampled_from(["社区", "村"]),
       st.sampled_from(["锦绣花园3栋", "泰康城中央", "长风小区二期"]), st.integers(4, 120),
       st.sampled_from(["封控", "管控"]), st.sampled_from(["管理", "", "措施"]))
def test_any_example_address_with_its_count_is_one_place(town: str, kind: str, village: str, compound: str, n: int,
                                                        level: str, tail: str) -> None:
    place = f"{town}{kind}、福瑞{village}、{compound}"
    text = f"1、{level}区:\n{place}等{n}个区域解除{level}{tail}。"
    assert levels_of(text) == {"lifted": [place]}


# --- areas described by their cases, with or without their places in brackets; 及 between towns' places; 做到 ---

def test_areas_described_by_their_cases_with_the_places_in_brackets() -> None:
    text = ("平遥县疫情防控工作总指挥部\n关于调整社会面管控措施的通告\n现将有关事项通告如下:"
            "1.对近14天来出现阳性病例所在区域及活动频繁的周边区域(金华镇龙春一村、龙春二村、星湾镇十里村及福瑞镇贾家庄、兴盛商厦)继续列为封控区,"
            "做到“里不出、外不进、内不动”;福瑞镇全域及县内密接人员所在区域(村组、居民楼单元)列为管控区,"
            "做到“里不出、外不进、内不聚”;县内其他区域列为防范区,强化社会面管控。")
    sealed = ["金华镇龙春一村", "龙春二村", "星湾镇十里村", "福瑞镇贾家庄", "兴盛商厦"]
    assert by_level(text) == {("sealed", "平遥县"): sealed, ("controlled", "平遥县"): ["福瑞镇全域"]}


def test_areas_of_confirmed_cases_in_brackets_with_full_width_punctuation() -> None:
    text = ("一、将确诊病例居住及工作的区域(长风街道锦绣小区3栋、泰康路8号院)划为封控区;\n"
            "二、将龙春镇和密切接触者所在小区划为管控区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["长风街道锦绣小区3栋", "泰康路8号院"], "controlled": ["龙春镇"]}


def test_areas_described_by_cases_in_traditional_characters() -> None:
    text = in_traditional("对感染者活动轨迹涉及的场所(金华超市、龙春菜市场)调整为管控区;"
                        "星湾村及次密接人员居住的楼栋列为防范区。")
    assert levels_of(text) == {"controlled": ["金华超市", "龙春菜市场"], "precaution": ["星湾村"]}


def test_kinds_in_brackets_after_described_areas_name_no_place() -> None:
    for text in ("对阳性病例所在区域(村组、居民楼单元)列为封控区。", "一、将密接人员所在区域(小区、楼栋)划为管控区。"):
        assert levels_of(text) == {}, text


def test_ji_between_two_places_each_with_its_town() -> None:
    text = "将金华镇龙春村及星湾乡福瑞庄划为中风险区;将长风街道锦绣小区及泰康小区划为低风险区。"
    # (及 after a town's place, then another town's: two places; 及 inside one town's list joins nothing)
    assert levels_of(text) == {"medium": ["金华镇龙春村", "星湾乡福瑞庄"], "low": ["长风街道锦绣小区及泰康小区"]}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["出现阳性病例所在区域", "确诊病例活动的区域", "感染者居住的小区及周边区域"]),
       st.lists(st.sampled_from(["金华镇龙春村", "星湾小区", "福瑞商厦", "长风街道锦绣花园2栋"]), min_size=1,
                max_size=3, unique=True),
       st.sampled_from(["列为", "划为", "继续列为", "调整为"]), st.sampled_from(["封控区", "管控区"]), st.booleans())
def test_any_described_areas_are_their_bracketed_places(described: str, places: list[str], verb: str, level: str,
                                                        full: bool) -> None:
    text = f"1.对{described}({'、'.join(places)}){verb}{level},做到“足不出户”。"
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {
        "sealed" if level == "封控区" else "controlled": places}


def test_a_county_then_its_decision_and_time_before_the_whole_area_s_static_management() -> None:
    for text in ("8月20日,平遥县决定自8月20日18时起实行临时性全域静态管理。",
                 "山西省晋中市介休市从8月20日18时起实行临时性全域静态管理,时间暂定3天。",
                 in_traditional("經研究決定,自即日起在清徐縣實施全域臨時靜默管理。")):
        assert len(levels_of(text)["silent"]) == 1 and levels_of(text)["silent"][0] in COUNTIES, text


def test_every_compound_with_its_other_kind_in_brackets() -> None:
    text = ("平遥县疫情防控指挥部\n关于临时封控的通告\n一、封控范围:全县所有小区(村)、单位实行封闭管理。\n"
            "二、居民足不出户。")
    assert by_level(text) == {("sealed", "平遥县"): ["平遥县"]}


def test_a_counted_subject_already_lifted_or_totalled() -> None:
    text = "1、封控区:\n龙春街道、星湾社区、锦绣花园三期6栋等52个区域已解除封控管理。"
    assert levels_of(text) == {"lifted": ["龙春街道、星湾社区、锦绣花园三期6栋"]}
    text = "龙春小区、星湾小区、锦绣花园共3个区域解除封控管理。"
    assert levels_of(text) == {"lifted": ["龙春小区", "星湾小区", "锦绣花园"]}


def test_a_case_s_trail_and_case_areas_at_a_line_s_start() -> None:
    text = "对病例活动轨迹涉及的金华超市、龙春菜市场列为管控区。"
    assert levels_of(text) == {"controlled": ["金华超市", "龙春菜市场"]}
    text = "1.确诊病例所在的村组(金华村3组、龙春村5组)划定为封控区。"
    assert levels_of(text) == {"sealed": ["金华村3组", "龙春村5组"]}
    assert levels_of("划定确诊病例所在小区(锦绣花园)为封控区。".translate(HALF_TO_FULL)) == {"sealed": ["锦绣花园"]}


def test_a_compound_named_before_its_cases_buildings_keeps_its_name() -> None:
    text = "将锦绣小区确诊病例所在楼栋(3栋、5栋)划为封控区。"
    assert all(place.startswith("锦绣小区") for place in levels_of(text)["sealed"])


def test_the_first_item_run_on_after_the_formula_s_colon() -> None:
    for text in ("现将有关事项通告如下:1.对锦绣花园3栋、星湾小区继续列为封控区。",
                 "现将有关事项公告如下:一、对锦绣花园3栋、星湾小区继续列为封控区。",
                 in_traditional("現將有關事項通告如下:(1)對錦繡花園3棟、星灣小區繼續列為封控區。")):
        assert levels_of(text) == {"sealed": ["锦绣花园3栋", "星湾小区"]}, text


def test_qualified_or_numbered_levels_as_labels() -> None:
    text = ("关于划定临时管控区的通告\n一、临时管控1区:锦绣小区2栋B单元。\n二、临时管控2区:锦绣小区(除2栋B单元外)。")
    assert levels_of(text) == {"controlled": ["锦绣小区2栋B单元", "锦绣小区(除2栋B单元外)"]}
    text = "封控1区(2个):龙春小区3栋、星湾小区。\n防外溢管控区:龙春镇。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["龙春小区3栋", "星湾小区"], "controlled": ["龙春镇"]}


def test_every_area_of_the_own_county_is_the_county_and_a_town_s_stays_a_place() -> None:
    text = "平遥县疫情防控指挥部\n关于临时封控的通告\n一、封控范围:全县所有区域。\n二、居民足不出户。"
    assert by_level(text) == {("sealed", "平遥县"): ["平遥县"]}
    assert levels_of("一、封控范围:金华镇所有区域。") == {"sealed": ["金华镇所有区域"]}


def test_counted_subjects_lifted_from_a_risk_level() -> None:
    assert levels_of("龙春小区、星湾小区等12个区域解除高风险区管控措施。") == {"lifted": ["龙春小区", "星湾小区"]}
    text = "2、中风险区:\n金华村、龙春村等6个区域解除中风险区域管理。".translate(HALF_TO_FULL)
    assert by_level(text) == {("lifted", None): ["金华村", "龙春村"]}
