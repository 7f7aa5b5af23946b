"""Forms of notices that put the verb 作为 / 设为 / 确认为 after a place ("A小区8幢作为封控区"), lift places whose
list closes with a count of the areas and the level's kind said again ("解除A、B,C镇D等36个管控区管控管理"),
lift the areas of towns named with their counts ("A、B 2个镇街共75个封控区、27个管控区,…,已经全部解除封控管控"),
and name their district in a title "X区关于…的公告" behind a site's marks. Each form in variants written here
(invented places, the wording of the real forms: other districts, kinds of place, separators, traditional
characters, full-width punctuation, spaces), and properties over generated lists."""

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
PLACE_END = ["小区", "家园", "花园", "村", "社区", "苑"]
TOWN_END = ["镇", "街道", "乡"]


# --- 作为 / 设为 / 设定为 / 确认为 after the place: the verb, no part of the place ---------------------------


def test_three_levels_each_after_its_place_with_zuowei() -> None:
    text = ("关于调整风险区的通告\n朝阳街道幸福里小区3号楼作为封控区,朝阳街道幸福里小区1、2号楼作为管控区,"
            "朝阳街道其他区域作为防范区。")
    assert levels_of(text) == {"sealed": ["朝阳街道幸福里小区3号楼"], "controlled": ["朝阳街道幸福里小区1、2号楼"],
                               "precaution": ["朝阳街道其他区域"]}


def test_set_and_confirmed_as_levels_with_semicolons_under_a_district_title() -> None:
    text = "雁塔区关于划定风险区的通告\n东关村5组设为封控区;东关村6组设定为管控区;西关村确认为防范区。"
    assert by_level(text) == {("sealed", "雁塔区"): ["东关村5组"], ("controlled", "雁塔区"): ["东关村6组"],
                              ("precaution", "雁塔区"): ["西关村"]}


def test_zuowei_in_traditional_characters_with_full_width_commas() -> None:
    text = in_traditional("关于调整风险区的通告\n金桥社区翠苑小区8幢作为封控区,金桥社区翠苑小区7、9幢作为管控区。"
                        ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["金桥社区翠苑小区8幢"], "controlled": ["金桥社区翠苑小区7、9幢"]}


def test_zuowei_after_a_heading_with_spaces_and_an_annotation() -> None:
    text = ("关于划定风险区的通告\n一、管控范围\n新华街道东风社区“三区”管控范围: "
            "东风社区 锦绣花园 2幢 作为封控区(保持不变),东风社区锦绣花园1幢作为管控区。")
    assert levels_of(text) == {"sealed": ["东风社区锦绣花园2幢"], "controlled": ["东风社区锦绣花园1幢"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(name, st.sampled_from(PLACE_END), st.integers(1, 30)), min_size=1, max_size=5,
                unique_by=lambda t: t[0]),
       st.sampled_from([("封控区", "sealed"), ("管控区", "controlled"), ("防范区", "precaution")]),
       st.sampled_from(["作为", "设为", "设定为", "确认为"]), st.sampled_from([",", ";", ","]))
def test_any_places_each_with_its_verb_after_it(parts: list[tuple[str, str, int]], level: tuple[str, str],
                                                 verb: str, sep: str) -> None:
    places = [f"{n}{end}{k}幢" for n, end, k in parts]
    text = "关于调整风险区的通告\n" + sep.join(f"{p}{verb}{level[0]}" for p in places) + "。"
    assert levels_of(text) == {level[1]: places}


# --- a lift's object closing with a count of its areas, the level's kind said again before 管理 --------


def test_lift_of_towns_lists_and_a_label_with_a_count_and_the_kind_again() -> None:
    text = ("关于解除封控区、管控区的通告\n一、解除城关镇东街村、西街村封控管理。\n"
            "二、解除城关镇南关、北关,河口乡上庄村、下庄村,城区小区金桂苑、银杏家园等6个管控区管控管理。\n"
            "三、解除封控区、管控区以外县域内其他区域防范管理。")
    assert levels_of(text) == {"lifted": ["城关镇东街村", "西街村", "城关镇南关", "北关", "河口乡上庄村", "下庄村",
                                          "城区小区金桂苑", "银杏家园"]}


def test_counted_lift_in_traditional_characters() -> None:
    text = in_traditional("关于解除封控区的通告\n解除长兴街道金华小区、翠苑小区等2个封控区封控管理。")
    assert levels_of(text) == {"lifted": ["长兴街道金华小区", "翠苑小区"]}


def test_counted_lift_without_deng_and_with_gong_and_spaces() -> None:
    assert levels_of("关于解除封控区的通告\n解除柳林镇张庄、李庄,杨湖镇王庄3个村封控区管理。") == {
        "lifted": ["柳林镇张庄", "李庄", "杨湖镇王庄"]}
    assert levels_of("关于解除防范区的通告\n解除 东城街道 幸福小区、阳光家园等共2个防范区防范管理。") == {
        "lifted": ["东城街道幸福小区", "阳光家园"]}


def test_a_long_comma_piece_of_a_lift_is_read_whole() -> None:
    firsts, seconds = "金华龙春晓阳光建桃丽泽翠锦绣长风胜利兴", "康宁福瑞鑫汇君悦星峰景秀兴盛康宁福瑞"
    compounds = [f"{a}{b}{end}" for a, b, end in zip(firsts, seconds, PLACE_END * 3, strict=False)]
    listed = "、".join(compounds)
    text = f"关于解除管控区的通告\n解除甲镇乙村、丙村,城区{listed}等{len(compounds) + 2}个管控区管控管理。"
    assert levels_of(text) == {"lifted": ["甲镇乙村", "丙村", f"城区{compounds[0]}", *compounds[1:]]}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(name, st.sampled_from(PLACE_END)), min_size=2, max_size=8, unique_by=lambda t: t[0]),
       st.sampled_from(["封控区封控管理", "管控区管控管理", "管控区管理", "封控区"]),
       st.sampled_from(["等", "等共", "共", ""]))
def test_any_counted_list_lifted_gives_each_place(parts: list[tuple[str, str]], tail: str, sep: str) -> None:
    places = [f"{n}{end}" for n, end in parts]
    text = f"关于解除风险区的通告\n解除{'、'.join(places)}{sep}{len(places)}个{tail}。"
    assert levels_of(text) == {"lifted": places}


# --- towns named with a count of them and of their areas, lifted by a later clause ---------------------


def test_streets_with_their_counts_lifted_under_a_district_title() -> None:
    text = ("东丽区关于解除封控管控的公告\n经市防控指挥部同意,金桥街道、新立街道、华明街道3个街道"
            "共40个封控区、12个管控区,已全部解除封控管控。")
    assert by_level(text) == {("lifted", "东丽区"): ["金桥街道", "新立街道", "华明街道"]}


def test_towns_with_deng_and_de_lifted_from_a_date() -> None:
    text = ("关于解除封控管控的公告\n城关镇、河口乡等2个乡镇的12个封控区、5个管控区,符合解除条件,"
            "于2022年4月5日起全部解除封控管理。")
    assert levels_of(text) == {"lifted": ["城关镇", "河口乡"]}


def test_town_lift_in_traditional_characters_with_full_width_punctuation_and_spaces() -> None:
    text = in_traditional("  >>>西青区关于全部解除封控管控的公告\n  依据有关规定, 杨柳青(含开发区)、 张家窝、 "
                        "辛口 3个镇街 共20个封控区、 8个管控区, 达到解除封控管控的标准和条件, "
                        "截至4月2日, 已经全部解除封控管控。"
                        ).translate(HALF_TO_FULL)
    assert by_level(text) == {("lifted", "西青区"): ["杨柳青(含开发区)", "张家窝", "辛口"]}


def test_towns_not_yet_lifted_or_miscounted_are_no_lift_and_say_so() -> None:
    for sentence in ("金桥街道、新立街道2个街道共40个封控区,尚未达到解除封控管控的标准。",
                     "金桥街道、新立街道3个街道共40个封控区,已经全部解除封控管控。"):
        result = parse_notice("关于解除封控管控的公告\n" + sentence, default_year=2022)
        assert result["changes"] == []
        assert result["warnings"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(name, st.sampled_from(TOWN_END)), min_size=1, max_size=8, unique_by=lambda t: t[0]),
       st.integers(1, 99), st.integers(1, 99), st.sampled_from(["个镇街共", "个乡镇共", "个镇街的", "个街镇共计"]),
       st.sampled_from(["已经全部解除封控管控", "现已全部解除", "于4月2日全部解除封控管理"]))
def test_any_counted_towns_lifted_are_each_lifted(parts: list[tuple[str, str]], sealed: int, controlled: int,
                                                   count_word: str, clause: str) -> None:
    towns = [f"{n}{end}" for n, end in parts]
    text = (f"河西区关于解除封控管控的公告\n经研究,{'、'.join(towns)}{len(towns)}{count_word}{sealed}个封控区、"
            f"{controlled}个管控区,达到解除封控管控的标准和条件,{clause}。")
    assert by_level(text) == {("lifted", "河西区"): towns}


# --- a title "X区关于…的公告", also behind a site's marks, names the district -----------------------------


def test_a_gonggao_title_behind_marks_names_the_district() -> None:
    assert by_level("》》滨海县关于解除封控管理的公告\n解除东坎镇甲村封控管理。") == {
        ("lifted", "滨海县"): ["东坎镇甲村"]}
    assert by_level(">>> 和平区关于解除封控管理的公告\n解除南营门街道乙小区封控管理。") == {
        ("lifted", "和平区"): ["南营门街道乙小区"]}
    assert by_level("·鼓楼区关于调整风险区的公告\n丙小区作为封控区。") == {("sealed", "鼓楼区"): ["丙小区"]}
