"""Forms of notices with several level clauses in one sentence (each ending with its measures), a compound's
rest joined by 以及, a phrase a copying site inserts after sentences, silent management kept on over a city's
urban area, numbered phases of one compound, map references after places, a label's list running into the
condition its places met, and a building narrowed to its units. Each form in variants written here
(invented places, the wording of the real forms: other districts, kinds of place, separators, traditional
characters, full-width punctuation, spaces), and properties over generated lists."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, by_level, in_traditional, levels_of

SYLLABLES = list("金华龙春晓阳光建桃丽泽翠锦绣东西南北长风胜利兴盛康宁福瑞鑫汇君悦星湾峰秀")
name = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=4).map("".join)
COMPOUND_END = ["小区", "花园", "家园", "公寓", "苑"]


# --- level clauses of one sentence, each ending with its measures -------------------------------------


def test_level_clauses_each_with_measures_in_one_sentence() -> None:
    text = ("一、自2022年9月3日0时起,丰台区卢沟桥街道丽泽小区3号楼划定为高风险区,实行“足不出户、上门服务”管控措施;"
            "丽泽小区除3号楼以外其他楼栋以及翠华家园5号楼、7号楼为中风险区,实行“人不出区、错峰取物”管控措施;"
            "卢沟桥街道除高风险区、中风险区外的其他区域划为低风险区,实行“个人防护、避免聚集”管控措施。")
    assert by_level(text) == {
        ("high", "丰台区"): ["卢沟桥街道丽泽小区3号楼"],
        ("medium", "丰台区"): ["丽泽小区除3号楼以外其他楼栋", "翠华家园5号楼、7号楼"],
        ("low", "丰台区"): ["卢沟桥街道除高风险区、中风险区外的其他区域"]}


def test_level_clauses_with_other_measures_verbs_traditional_and_full_width() -> None:
    text = in_traditional("城阳区金华苑小区12栋为高风险区,采取封控措施;锦绣花园8栋、9栋为中风险区,严格落实管控要求;"
                        "东风公寓2单元为低风险区,实施常态化防控。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["金华苑小区12栋"], "medium": ["锦绣花园8栋、9栋"], "low": ["东风公寓2单元"]}


def test_compound_rest_joined_by_yiji_to_another_compounds_buildings() -> None:
    text = ("将雁塔区星湾小区除2号楼之外的其他楼栋以及长风家园11栋、12栋调整为中风险区。\n"
            "将新城区胜利苑除A座以外的其余单元以及北门村3组调整为低风险区。")
    assert by_level(text) == {("medium", "雁塔区"): ["星湾小区除2号楼之外的其他楼栋", "长风家园11栋、12栋"],
                              ("low", "新城区"): ["胜利苑除A座以外的其余单元", "北门村3组"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(name, st.sampled_from(COMPOUND_END), st.integers(1, 30)), min_size=2, max_size=4,
                unique_by=lambda t: t[0]),
       st.sampled_from(["实行“足不出户”管控措施", "采取封控措施", "落实相应管控措施"]))
def test_property_each_level_clause_after_measures_keeps_its_place(
        compounds: list[tuple[str, str, int]], measures: str) -> None:
    levels = ["high", "medium", "low", "high"][:len(compounds)]
    words = {"high": "高风险区", "medium": "中风险区", "low": "低风险区"}
    clauses = [f"{n}{end}{k}号楼为{words[lv]},{measures}" for (n, end, k), lv in zip(compounds, levels, strict=True)]
    text = "经研判,自即日起,长安区" + ";".join(clauses) + "。"
    want: dict[str, list[str]] = {}
    for (n, end, k), lv in zip(compounds, levels, strict=True):
        want.setdefault(lv, []).append(f"{n}{end}{k}号楼")
    assert levels_of(text) == want


# --- a phrase a copying site inserts after sentences --------------------------------------------------


def test_inserted_phrase_after_sentences_is_no_part_of_places() -> None:
    text = ("截至10月9日,全市累计报告阳性感染者8例,防控形势严峻复杂宁安县看风水。现就有关事宜公告如下:\n"
            "一、高风险区域\n1.宁安县康宁小区2号楼1单元;\n2.宁安县福瑞家园5号楼3单元宁安县看风水。\n"
            "对以上区域落实“足不出户、上门服务”管控措施宁安县看风水。\n二、中风险区域\n1.宁安县星光小区7号楼2单元宁安县看风水。\n"
            "对以上区域落实“人不出区、错峰取物”管控措施宁安县看风水。")
    assert by_level(text) == {("high", "宁安县"): ["康宁小区2号楼1单元", "福瑞家园5号楼3单元"],
                              ("medium", "宁安县"): ["星光小区7号楼2单元"]}


def test_inserted_phrase_of_other_words_traditional_and_full_width() -> None:
    text = in_traditional("一、高风险区:西湖区翠苑小区3幢最新楼盘推荐。\n二、中风险区:西湖区锦绣花园9幢最新楼盘推荐。\n"
                        "以上区域实行分类管控最新楼盘推荐。请广大市民配合最新楼盘推荐。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["翠苑小区3幢"], "medium": ["锦绣花园9幢"]}


def test_a_clause_that_ends_several_sentences_of_a_notice_stays() -> None:
    # "…调整为低风险区。" three times: the notice's own clauses, after different places, name a level
    text = ("鼓楼区金华小区调整为低风险区。鼓楼区龙春家园调整为低风险区。鼓楼区东风村调整为低风险区。")
    assert levels_of(text) == {"low": ["金华小区", "龙春家园", "东风村"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(name, st.sampled_from(COMPOUND_END), st.integers(1, 30)), min_size=3, max_size=5,
                unique_by=lambda t: t[0]),
       # (not ending in "公司": "…号楼X公司" may be a company in the building, which the parser keeps as a place)
       st.lists(st.sampled_from(list("搬家公司装修服务网站推荐价格")), min_size=4, max_size=8).map("".join)
       .filter(lambda phrase: not phrase.endswith("公司")))
def test_property_a_phrase_after_every_sentence_is_dropped(
        compounds: list[tuple[str, str, int]], phrase: str) -> None:
    lines = [f"{i}.汉阳区{n}{end}{k}号楼{phrase}。" for i, (n, end, k) in enumerate(compounds, 1)]
    text = (f"疫情防控形势严峻复杂{phrase}。现公告如下:\n一、中风险区域\n" + "\n".join(lines)
            + f"\n对以上区域落实管控措施{phrase}。")
    assert levels_of(text) == {"medium": [f"{n}{end}{k}号楼" for n, end, k in compounds]}


# --- silent management kept on over a city's urban area --------------------------------------------------


def test_silent_management_prolonged_over_an_urban_area_with_its_note() -> None:
    text = ("二、严格静默管理\n根据疫情防控形势,现场指挥部决定继续延长对大阿克苏城区"
            "(含阿克苏市主城区和温宿县温宿镇主城区)的静默管理,继续组织开展全员核酸检测工作。解除静默管理时间另行告知。")
    assert levels_of(text) == {"silent": ["大阿克苏城区(含阿克苏市主城区和温宿县温宿镇主城区)"]}


def test_silent_management_kept_on_in_other_wordings() -> None:
    assert levels_of("经研究决定,继续对中心城区实行静默管理。") == {"silent": ["中心城区"]}
    assert levels_of("指挥部决定延长对金华镇、龙春镇的临时静默管理,解除时间另行通知。") == {
        "silent": ["金华镇", "龙春镇"]}
    text = in_traditional("指挥部决定继续延长对主城区(含新区)的静默管理。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"silent": ["主城区(含新区)"]}


def test_an_urban_area_in_the_office_name_is_no_district() -> None:
    text = ("大克拉玛依城区疫情防控指挥部\n公 告\n一、高风险区\n1.白碱滩区金华小区2号楼;\n"
            "二、严格静默管理\n决定继续对大克拉玛依城区实行静默管理。")
    assert by_level(text) == {("high", "白碱滩区"): ["金华小区2号楼"], ("silent", None): ["大克拉玛依城区"]}


# --- numbered phases of one compound ---------------------------------------------------------------------


def test_numbered_phases_of_one_compound_stay_one_place() -> None:
    text = ("1、高风险区:铁西区华润小区1期1号楼。\n"
            "2、中风险区:铁西区华润小区1期、2期(除1期1号楼外);铁西区兴华街道谷家村5组。")
    assert by_level(text) == {("high", "铁西区"): ["华润小区1期1号楼"],
                              ("medium", "铁西区"): ["华润小区1期、2期(除1期1号楼外)", "兴华街道谷家村5组"]}


def test_numbered_phases_in_other_lists() -> None:
    assert levels_of("中风险区:金华花园3期、4期;龙春家园1期、2期、3期。") == {
        "medium": ["金华花园3期、4期", "龙春家园1期、2期、3期"]}
    text = in_traditional("将长风苑1期、2期(除2期5栋外)调整为低风险区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"low": ["长风苑1期、2期(除2期5栋外)"]}


@settings(max_examples=30, deadline=None)
@given(name, st.sampled_from(COMPOUND_END), st.lists(st.integers(1, 9), min_size=2, max_size=4, unique=True))
def test_property_any_run_of_phases_is_one_place(n: str, end: str, phases: list[int]) -> None:
    run = "、".join(f"{k}期" for k in phases)
    assert levels_of(f"高风险区:新华区{n}{end}{run};新华区北门村3组。") == {"high": [f"{n}{end}{run}", "北门村3组"]}


# --- map references after places -------------------------------------------------------------------------


def test_map_references_after_places_are_dropped() -> None:
    text = ("关于金平区划定风险区的通告\n一、高风险区:\n"
            "(一)星光大厦,金平农商银行办公楼,东湖园8栋、9栋合围区域;(见附图1);\n"
            "(二)港口社区东风下路周边(见附图2);\n(三)宁福花园一、二期(见附图3)。\n以上区域采取“足不出户、上门服务”等管控措施。\n"
            "二、低风险区:\n石炮台街道、东墩街道(详见附图6,即A河-B河合围所形成区域)。")
    assert levels_of(text) == {
        "high": ["星光大厦,金平农商银行办公楼,东湖园8栋、9栋合围区域", "港口社区东风下路周边", "宁福花园一、二期"],
        "low": ["石炮台街道", "东墩街道(详见附图6,即A河-B河合围所形成区域)"]}


def test_map_and_annex_references_in_other_wordings() -> None:
    text = in_traditional("中风险区:天河区金华小区(详见附件2);天河区龙春家园( 见附图 3 );天河区东风村(见示意图)。"
                        ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["金华小区", "龙春家园", "东风村"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(name, st.sampled_from(COMPOUND_END)), min_size=1, max_size=5, unique_by=lambda t: t[0]),
       st.sampled_from(["见附图", "详见附图", "见附件", "参见附图"]), st.booleans())
def test_property_a_reference_after_each_place_is_dropped(
        compounds: list[tuple[str, str]], ref: str, full_width: bool) -> None:
    items = [f"({i}){n}{end}({ref}{i});" for i, (n, end) in enumerate(compounds, 1)]
    text = "关于南山区划定风险区的通告\n一、高风险区:\n" + "\n".join(items)
    if full_width:
        text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": [f"{n}{end}" for n, end in compounds]}


# --- a label's list running into the condition its places met ------------------------------------------


def test_lifted_list_that_runs_into_its_condition() -> None:
    text = ("于2022年5月10日9时,解除部分封控区、管控区的封控、管控管理。现通告如下:\n"
            "一、封控区:金华家园12号楼;兴盛村3组。以上封控区域内近14天无新增病例,解封前2天核酸检测均为阴性,"
            "自2022年5月10日9时起,解除封控。\n"
            "二、管控区:兴盛村全域内近14天无新增病例或无症状感染者,最后一名密切接触者末次暴露超过14天,"
            "核酸检测为阴性,自2022年5月10日9时起,解除管控。")
    assert levels_of(text) == {"lifted": ["金华家园12号楼", "兴盛村3组", "兴盛村全域"]}


def test_list_running_into_a_condition_in_other_wordings() -> None:
    text = in_traditional("解除部分管控区。\n管控区:龙春小区5栋、东风花园8栋连续14天未新增病例,解除管控。")
    text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["龙春小区5栋", "东风花园8栋"]}
    text = "解除部分封控区。\n封控区:康宁村4组;福瑞苑2号楼区域内已连续14日无新增感染者,自即日起解除封控。"
    assert levels_of(text) == {"lifted": ["康宁村4组", "福瑞苑2号楼"]}


# --- a building narrowed to its units -----------------------------------------------------------------


def test_building_narrowed_to_one_unit_and_its_other_units_lowered() -> None:
    text = in_traditional("决定自12月1日21时起,西安区西地明街7号调整为低风险区,"
                        "金华假日山水小区29号楼由高风险区调整为1单元为高风险区,本楼其他单元为低风险区。")
    assert levels_of(text) == {"low": ["西地明街7号", "金华假日山水小区29号楼其他单元"],
                               "high": ["金华假日山水小区29号楼1单元"]}


def test_building_narrowed_in_other_wordings() -> None:
    assert levels_of("龙春花园8栋由中风险区调整为2、3单元为中风险区,该栋其余单元为低风险区。") == {
        "medium": ["龙春花园8栋2、3单元"], "low": ["龙春花园8栋其余单元"]}
    text = "东风公寓A座由高风险区缩小为12层为高风险区,本楼其他楼层为低风险区。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["东风公寓A座12层"], "low": ["东风公寓A座其他楼层"]}


@settings(max_examples=30, deadline=None)
@given(name, st.sampled_from(COMPOUND_END), st.integers(1, 40), st.integers(1, 6),
       st.sampled_from(["本楼", "该楼", "本栋"]))
def test_property_any_building_narrowed_to_a_unit(n: str, end: str, building: int, unit: int, this: str) -> None:
    text = f"{n}{end}{building}号楼由高风险区调整为{unit}单元为高风险区,{this}其他单元为低风险区。"
    building_name = f"{n}{end}{building}号楼"
    assert levels_of(text) == {"high": [f"{building_name}{unit}单元"], "low": [f"{building_name}其他单元"]}


def test_a_place_name_ending_several_items_is_no_inserted_phrase() -> None:
    # the generated round trip found it: a compound's name repeated at the end of three lines was dropped as spam
    text = "一、新增高风险区\n小店区:华华小区。\n迎泽区:金华华小区。\n杏花岭区:龙华华小区。"
    assert by_level(text) == {("high", "小店区"): ["华华小区"], ("high", "迎泽区"): ["金华华小区"],
                              ("high", "杏花岭区"): ["龙华华小区"]}
