"""Forms of notices that draw a place's risk grade ("将A区B镇北区风险等级划定为中风险地区"), lift a place with the
level it leaves written in front of it after 对 ("对中风险区“A镇”解除管控") under a site's title with its day in front
("11月11日A市B县关于解除中风险区管控措施的通告"), lift an estate's three zones named in quotation marks ("解除A街道
B苑“封控区、管控区、防范区”管控"), give the measures of the places a level's areas are ("一、对封控区的A、B,C,继续
实行“区域封闭、足不出户”等管控措施"), run a level's list into its measures with no comma ("高风险区(2个):A、B(北至C路)
实行封控措施") over the district's rest told as a state ("低风险区:D市除高中风险区外均为低风险"), number a building
after another with 甲 ("A家园3号楼、10甲—13号楼"), and, in a machine-reworded copy, label the sealed areas as the
town's "封闭防治区域为:" over a rest written with the exception first ("除封闭控制区以外的A镇其他区域"). Each form in
variants written here (invented places, the wording of the real forms: other separators, traditional characters,
full-width punctuation), and properties over generated names."""

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


# --- a place's risk grade drawn ------------------------------------------------------------------------------

def test_a_places_risk_grade_drawn_as_a_level() -> None:
    text = ("经专家组综合评估研判,包头市新冠肺炎防控工作指挥部研究决定:\n"
            "自2022年2月27日起,将东河区金华镇北区风险等级划定为中风险地区,其余为低风险地区。\n"
            "截至目前,包头市共有中风险地区3个。")
    assert by_level(text) == {("medium", "东河区"): ["金华镇北区"]}


def test_a_places_risk_grade_drawn_in_traditional_characters() -> None:
    text = in_traditional("研究决定:\n自2022年3月1日起,将九原区春晓镇南区的风险等级划为高风险地区,其余为低风险地区。")
    assert by_level(text) == {("high", "九原区"): ["春晓镇南区"]}


def test_two_places_risk_grades_listed_as_a_level_with_full_width_punctuation() -> None:
    text = "研究决定:自2022年3月2日起,将锦绣小区、翠竹花园风险等级列为中风险地区,其余为低风险地区。"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"medium": ["锦绣小区", "翠竹花园"]}


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["镇北区", "镇南片区", "小区", "社区"]),
       st.sampled_from(["划定为", "划为", "列为", "确定为"]),
       st.sampled_from([("中风险地区", "medium"), ("高风险地区", "high")]), st.sampled_from(["", "的", "的疫情"]),
       st.booleans())
def test_any_places_risk_grade_drawn_is_its_level(stem: str, kind: str, verb: str, level: tuple[str, str], of: str,
                                                 traditional: bool) -> None:
    text = f"研究决定:\n自2022年2月27日起,将{stem}{kind}{of}风险等级{verb}{level[0]},其余为低风险地区。"
    text = in_traditional(text) if traditional else text
    assert levels_of(text) == {level[1]: [stem + kind]}


# --- a lift with the level left written in front of the place after 对; a title with its day in front --------

def test_a_quoted_town_lifted_from_the_level_written_in_front_under_a_dated_title() -> None:
    text = ("11月11日邵阳隆回县关于解除中风险区管控措施的通告\n\n"
            "  经综合研判,决定自2022年11月11日15时起,对中风险区“金华镇”解除管控,解除后,隆回县无高、中、低风险区,"
            "全县严格落实常态化防控措施。")
    assert by_level(text) == {("lifted", "隆回县"): ["金华镇"]}


def test_two_places_lifted_from_a_sealed_level_in_traditional_characters() -> None:
    text = in_traditional("关于解除封控区管控措施的通告\n经研判,决定自2022年5月3日起,对封控区春晓村、翠竹村解除封控。")
    assert levels_of(text) == {"lifted": ["春晓村", "翠竹村"]}


def test_a_place_lifted_from_the_level_in_front_with_full_width_punctuation() -> None:
    text = "2022年8月9日龙城区关于解除高风险区的通告\n经研判,决定自2022年8月9日12时起,对高风险区锦绣花园3栋解除封控。"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"lifted": ["锦绣花园3栋"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=3, unique=True), st.sampled_from(["镇", "村", "小区"]),
       st.sampled_from(["中风险区", "高风险区", "封控区", "管控区"]), st.booleans(), st.booleans())
def test_any_place_after_the_level_it_leaves_is_lifted(stems: list[str], kind: str, level: str, quoted: bool,
                                                       traditional: bool) -> None:
    places = [stem + kind for stem in stems]
    listed = "、".join(places)
    text = (f"11月3日某县关于解除{level}管控措施的通告\n经研判,决定自2022年11月3日15时起,对{level}"
            f"{'“' + listed + '”' if quoted else listed}解除管控,全县落实常态化防控措施。")
    text = in_traditional(text) if traditional else text
    assert levels_of(text) == {"lifted": places}


# --- an estate's three zones lifted, named in quotation marks ------------------------------------------------

def test_an_estates_quoted_three_zones_lifted() -> None:
    text = ("关于解封金华街道锦绣景苑\n\n封控区、管控区、防范区的通告\n\n(第23号)\n\n"
            "经专家组研判,瓯海区新型冠状病毒肺炎疫情防控工作领导小组决定,自2022年3月28日19:55起,"
            "解除金华街道锦绣景苑“封控区、管控区、防范区”管控,转入常态化疫情防控管理\n\n特此通告")
    assert by_level(text) == {("lifted", "瓯海区"): ["金华街道锦绣景苑"]}


def test_a_villages_quoted_three_zones_lifted_in_traditional_characters() -> None:
    text = in_traditional("经研判,决定自2022年4月2日起,解除春晓镇翠竹村“封控区、管控区和防范区”管理措施。")
    assert levels_of(text) == {"lifted": ["春晓镇翠竹村"]}


def test_a_compounds_quoted_three_zones_lifted_with_full_width_punctuation() -> None:
    text = "经研判,决定自2022年4月5日起,解除锦绣花园“封控区、管控区、防范区”管控,转入常态化防控。"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"lifted": ["锦绣花园"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from(["苑", "花园", "小区", "村"]), st.sampled_from(["、", "和", "及"]),
       st.sampled_from(["管控", "管理措施", "管控措施"]), st.booleans())
def test_any_place_with_its_quoted_three_zones_is_lifted(street: str, stem: str, kind: str, joint: str, word: str,
                                                         traditional: bool) -> None:
    text = (f"经研判,决定自2022年3月28日19时起,解除{street}街道{stem}{kind}“封控区、管控区{joint}防范区”{word},"
            "转入常态化疫情防控管理。")
    text = in_traditional(text) if traditional else text
    assert levels_of(text) == {"lifted": [f"{street}街道{stem}{kind}"]}


# --- the measures of the places a level's areas are ---------------------------------------------------------

def test_the_places_of_two_levels_each_given_their_measures() -> None:
    text = ("根据…精神,结合龙州县实际,现就分区分级实施疫情防控通告如下:一、对封控区的金华镇兴盛大道东三巷、锦绣苑小区,"
            "翠竹集镇,春晓乡春晓社区桥头,继续实行“区域封闭、足不出户、服务上门”等14天管控措施。二、对管控区的龙州县"
            "民族中学、金华镇第三小学、江滨幼儿园、幸福里小区工地,继续采取“7天居家隔离+7天健康监测”管理。"
            "7天健康监测期间需限制人群聚集性活动,暂停堂食。")
    assert by_level(text) == {
        ("sealed", "龙州县"): ["金华镇兴盛大道东三巷", "锦绣苑小区", "翠竹集镇", "春晓乡春晓社区桥头"],
        ("controlled", "龙州县"): ["民族中学", "金华镇第三小学", "江滨幼儿园", "幸福里小区工地"]}


def test_a_levels_places_given_measures_on_numbered_lines_in_traditional_characters() -> None:
    text = in_traditional("现通告如下:\n一、对高风险区的春晓村、翠竹村实行“足不出户、上门服务”措施。\n"
                          "二、对中风险区的锦绣花园实施“人不出区、错峰取物”管理。")
    assert levels_of(text) == {"high": ["春晓村", "翠竹村"], "medium": ["锦绣花园"]}


def test_a_levels_places_given_measures_with_full_width_punctuation_beside_its_people() -> None:
    # (the people of a level's areas given their measures are no place)
    text = ("现通告如下:一、对封控区的金华小区、兴盛花园,仍实行封控管理措施。"
            "二、对封控区的居民,继续实行“足不出户”等管控措施。")
    assert levels_of(text.translate(HALF_TO_FULL)) == {"sealed": ["金华小区", "兴盛花园"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True), st.sampled_from(["小区", "村", "花园"]),
       st.sampled_from([("封控区", "sealed"), ("管控区", "controlled"), ("高风险区", "high")]),
       st.sampled_from(["、", ","]), st.sampled_from(["继续实行", "实行", "继续采取", "仍实行"]), st.booleans())
def test_any_levels_places_given_their_measures(stems: list[str], kind: str, level: tuple[str, str], sep: str,
                                                verb: str, traditional: bool) -> None:
    places = [stem + kind for stem in stems]
    text = f"现通告如下:一、对{level[0]}的{sep.join(places)},{verb}“足不出户、服务上门”等管控措施。"
    text = in_traditional(text) if traditional else text
    assert levels_of(text) == {level[1]: places}


# --- a level's list run into its measures; the district's rest told as a state --------------------------------

def test_a_levels_list_run_into_its_measures_over_the_districts_rest() -> None:
    text = ("划定风险区如下:\n\n高风险区(2个):金华镇政府办公楼、锦绣尚都小区(春晓街道翠竹社区西外环路8号家属院小区)"
            "实行封控措施,期间“足不出户、上门服务”。\n\n中风险区(2个):兴盛超市(金华大厦店一层1045号门面房)、"
            "万福天街夜市(万福天街A栋6号楼1-09号、南至广电路、北至大庆路)实行管控措施,期间“人不出户、错峰取物”。\n\n"
            "低风险区:阿拉山口市除高中风险区外均为低风险,实行“个人防护、避免聚集”。")
    assert levels_of(text) == {
        "high": ["金华镇政府办公楼", "锦绣尚都小区(春晓街道翠竹社区西外环路8号家属院小区)"],
        "medium": ["兴盛超市(金华大厦店一层1045号门面房)",
                   "万福天街夜市(万福天街A栋6号楼1-09号、南至广电路、北至大庆路)"]}


def test_a_levels_list_run_into_quoted_measures_in_traditional_characters() -> None:
    text = in_traditional("划定风险区如下:\n高风险区:春晓村、翠竹小区实行“足不出户、上门服务”。\n"
                          "中风险区(1个):锦绣花园实施管控措施。")
    assert levels_of(text) == {"high": ["春晓村", "翠竹小区"], "medium": ["锦绣花园"]}


def test_a_levels_list_run_into_its_measures_with_full_width_punctuation() -> None:
    text = "划定风险区如下:\n封控区(2个):金华小区3号楼、兴盛花园(北至春晓路)实行封控措施。"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"sealed": ["金华小区3号楼", "兴盛花园(北至春晓路)"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True), st.sampled_from(["小区", "村", "花园", "大厦"]),
       st.sampled_from([("高风险区", "high"), ("中风险区", "medium"), ("封控区", "sealed")]), st.booleans(),
       st.sampled_from(["实行封控措施", "实施管控措施", "实行“足不出户、上门服务”", "采取封控措施"]), st.booleans())
def test_any_levels_list_run_into_its_measures(stems: list[str], kind: str, level: tuple[str, str], counted: bool,
                                               measures: str, traditional: bool) -> None:
    places = [stem + kind for stem in stems]
    text = (f"划定风险区如下:\n{level[0]}{f'({len(places)}个)' if counted else ''}:{'、'.join(places)}{measures}。\n"
            "低风险区:博乐市除高中风险区外均为低风险。")
    text = in_traditional(text) if traditional else text
    assert levels_of(text) == {level[1]: places}


# --- a building numbered after another with 甲 ----------------------------------------------------------------

def test_a_building_range_from_one_numbered_with_jia_stays_with_its_estate() -> None:
    text = ("朝阳市防指决定:\n\n即日起将双塔区龙山街道金华家园3号楼、10甲—13号楼、双塔区凌河街道锦绣华城32号楼"
            "新增为高风险区")
    assert by_level(text) == {("high", "双塔区"): ["龙山街道金华家园3号楼、10甲—13号楼", "凌河街道锦绣华城32号楼"]}


def test_a_building_numbered_with_yi_in_traditional_characters() -> None:
    text = in_traditional("决定:\n即日起将春晓小区5号楼、5乙号楼、翠竹花园2号楼新增为中风险区")
    assert levels_of(text) == {"medium": ["春晓小区5号楼、5乙号楼", "翠竹花园2号楼"]}


def test_a_building_numbered_with_jia_with_full_width_punctuation() -> None:
    text = "决定:\n即日起将兴盛苑1号楼、3甲-4甲号楼、锦绣里6号楼新增为高风险区"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"high": ["兴盛苑1号楼、3甲-4甲号楼", "锦绣里6号楼"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from(["家园", "小区", "花园"]), st.integers(1, 40), st.integers(1, 40),
       st.sampled_from(["甲", "乙"]), st.sampled_from(["—", "-", ""]), st.booleans())
def test_any_building_numbered_after_another_stays_with_its_estate(stem: str, other: str, kind: str, first: int,
                                                                   second: int, letter: str, dash: str,
                                                                   traditional: bool) -> None:
    assume(stem != other)
    part = f"{second}{letter}{dash}{second + 2}号楼" if dash else f"{second}{letter}号楼"
    text = f"决定:\n即日起将{stem}{kind}{first}号楼、{part}、{other}{kind}1号楼新增为高风险区"
    text = in_traditional(text) if traditional else text
    assert levels_of(text) == {"high": [f"{stem}{kind}{first}号楼、{part}", f"{other}{kind}1号楼"]}


# --- a reworded copy: the town's sealed areas "封闭防治区域为:", a rest written with its exception first ---------

def test_a_reworded_towns_sealed_label_and_a_rest_with_its_exception_first() -> None:
    text = ("给金华村居民的信\n\n该村的居民:\n\n2.综合研判新一轮核酸筛查结果,我镇封闭防治区域为:"
            "春晓村建国三组蔬菜大棚、翠竹社区一期、翠竹村明华六组3110号、上海兴盛药业有限公司;"
            "控制区:除封闭控制区以外的金华镇其他区域。")
    assert levels_of(text) == {
        "sealed": ["春晓村建国三组蔬菜大棚", "翠竹社区一期", "翠竹村明华六组3110号", "上海兴盛药业有限公司"],
        "controlled": ["除封闭控制区以外的金华镇其他区域"]}


def test_a_reworded_streets_sealed_label_in_traditional_characters() -> None:
    text = in_traditional("2.综合研判,本街道封闭控制区域为:春晓小区、翠竹花园;控制区:除封控区以外的金华街道其他区域。")
    assert levels_of(text) == {"sealed": ["春晓小区", "翠竹花园"], "controlled": ["除封控区以外的金华街道其他区域"]}


def test_a_rest_with_its_exception_first_after_a_plain_label_with_full_width_punctuation() -> None:
    text = "2.经研判:\n管控区:除锦绣小区以外的兴盛镇其他区域。"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"controlled": ["除锦绣小区以外的兴盛镇其他区域"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=3, unique=True), name, st.sampled_from(["镇", "乡", "街道"]),
       st.sampled_from(["封闭防治区域", "封闭控制区域", "密封控制区"]), st.sampled_from(["以外", "之外", "外"]),
       st.booleans())
def test_any_reworded_towns_label_and_its_rest(stems: list[str], town: str, kind: str, words: str, outside: str,
                                               traditional: bool) -> None:
    # (a town named like a village of the list would read the rest as that village's: left out)
    assume(town not in stems)
    places = [stem + "村" for stem in stems]
    rest = f"除封闭控制区{outside}的{town}{kind}其他区域"
    text = f"2.综合研判,我{kind}{words}为:{'、'.join(places)};控制区:{rest}。"
    text = in_traditional(text) if traditional else text
    assert levels_of(text) == {"sealed": places, "controlled": [rest]}
