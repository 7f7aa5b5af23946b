"""Forms of notices that title themselves with their office, its city in front and the number before 通告
("杭州市A区…指挥部2022年3号通告"), write an area's bounds with 为 ("东为A路,南为B路…的合围区"), qualify a level
with the epidemic's prevention ("划定为疫情防控管控区"), name a building's unit by its side after 、 ("3幢、13幢
西单元"), open a sentence with whole places managed as a level ("A镇、B街道按管控区管理"), prolong a whole
county's silent management by its time ("将全域静态管理时间延长1天") or lift it ("解除全县静态管理管控措施"), lift
several levels written after the places ("解除A村1-5号、8-9号封控区、管控区措施") and write the level in front of
the places lifted ("防范区A村同步解除管控措施"). Each form in variants written here (invented places, the wording
of the real forms: other districts, kinds of place, separators, traditional characters, full-width punctuation),
and properties over generated parts."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    _KNOWN_DISTRICTS,
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)
# (city, district) pairs of the statistics bureau's list (the parser knows districts by name)
CITY_DISTRICTS = [("杭州市", "滨江区"), ("宁波市", "北仑区"), ("温州市", "鹿城区"), ("苏州市", "姑苏区"),
                  ("无锡市", "锡山区"), ("承德市", "双桥区")]
COUNTIES = ["郏县", "滑县", "平遥县", "纳雍县", "永丰县", "清徐县", "中宁县"]


# --- the office's title, its city in front and the number before 通告 ------------------------------------

def test_office_title_with_its_city_and_the_number_before_tonggao() -> None:
    text = ("宁波市北仑区新冠肺炎疫情防控指挥部2022年5号通告\n根据国家、省疫情防控有关规定,经有关专家研判,确定:"
            "金华小区划为封控区;龙春苑划为管控区。")
    assert by_level(text) == {("sealed", "北仑区"): ["金华小区"], ("controlled", "北仑区"): ["龙春苑"]}


def test_office_title_without_its_city_and_a_long_disease_name() -> None:
    text = ("鹿城区新型冠状病毒肺炎疫情防控指挥部2022年第12号通告\n经有关专家研判,确定:锦绣花园划为封控区;"
            "阳光家园划为管控区。")
    assert by_level(text) == {("sealed", "鹿城区"): ["锦绣花园"], ("controlled", "鹿城区"): ["阳光家园"]}


def test_office_title_in_traditional_characters_with_full_width_punctuation() -> None:
    text = in_traditional("温州市鹿城区新冠肺炎疫情防控指挥部2022年8号通告\n经有关专家研判,确定:翠峰小区划为封控区;"
                          "星景苑划为管控区。").translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "鹿城区"): ["翠峰小区"], ("controlled", "鹿城区"): ["星景苑"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(CITY_DISTRICTS), st.integers(1, 99), st.sampled_from(["新冠肺炎", "新型冠状病毒肺炎"]),
       st.sampled_from(["", "第"]), name, name)
def test_any_numbered_office_title_gives_its_district(city_district: tuple[str, str], number: int, disease: str,
                                                      di: str, first: str, second: str) -> None:
    assume(first != second)
    city, district = city_district
    text = (f"{city}{district}{disease}疫情防控指挥部2022年{di}{number}号通告\n经有关专家研判,确定:"
            f"{first}小区划为封控区;{second}苑划为管控区。")
    assert by_level(text) == {("sealed", district): [f"{first}小区"], ("controlled", district): [f"{second}苑"]}


# --- an area's bounds written with 为 ---------------------------------------------------------------------

def test_bounds_written_with_wei_are_one_area() -> None:
    text = ("经专家研判,调整为:\n1、金华小区划为封控区;东为长风大道,南为胜利路,西为兴盛路,北为康宁路的合围区"
            "划为管控区。")
    assert levels_of(text) == {"sealed": ["金华小区"],
                               "controlled": ["东为长风大道,南为胜利路,西为兴盛路,北为康宁路的合围区"]}


def test_bounds_written_with_wei_after_a_street_full_width() -> None:
    text = ("经专家研判,调整为:\n1、阳光街道翠峰苑3幢划为封控区;阳光街道东为锦绣路,南为春晓路,西为福瑞路,北为汇君路"
            "合围区划为管控区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["阳光街道翠峰苑3幢"],
                               "controlled": ["阳光街道东为锦绣路,南为春晓路,西为福瑞路,北为汇君路合围区"]}


def test_bounds_written_with_wei_in_traditional_characters() -> None:
    text = in_traditional("经专家研判,调整为:\n2.星景苑划为封控区;北为丽泽路,东为建桃路,南为龙春路,西为金峰路的围合区"
                          "划为防范区。")
    assert levels_of(text) == {"sealed": ["星景苑"],
                               "precaution": ["北为丽泽路,东为建桃路,南为龙春路,西为金峰路的围合区"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=4, max_size=4, unique=True), st.sampled_from(["路", "大道", "街"]),
       st.sampled_from(["的合围区", "合围区", "的围合区"]), st.sampled_from(["管控区", "防范区"]))
def test_any_area_bounded_with_wei_is_one_place(roads: list[str], kind: str, end: str, level: str) -> None:
    area = ",".join(f"{side}为{road}{kind}" for side, road in zip("东南西北", roads, strict=True)) + end
    text = f"经专家研判,调整为:\n1、金华小区划为封控区;{area}划为{level}。"
    found = levels_of(text)
    assert found["sealed"] == ["金华小区"]
    assert found[{"管控区": "controlled", "防范区": "precaution"}[level]] == [area]


# --- a level qualified by the epidemic's prevention (疫情防控管控区) --------------------------------------

def test_places_designated_as_the_epidemics_control_area() -> None:
    text = ("经区领导小组研究,决定:自即日起,将双桥区金华小区、龙春苑、阳光学院划定为疫情防控管控区,实行临时封闭管理,"
            "只许进、不许出;周边相关商户暂停营业。")
    assert by_level(text) == {("controlled", "双桥区"): ["金华小区", "龙春苑", "阳光学院"]}


def test_places_designated_as_the_epidemics_sealed_area_full_width() -> None:
    text = "经研究,决定:自即日起,将锦绣花园、翠峰苑5号楼划为疫情防控封控区,实行封闭管理。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["锦绣花园", "翠峰苑5号楼"]}


def test_places_designated_as_an_epidemic_control_area_in_traditional_characters() -> None:
    text = in_traditional("经研究,决定:自即日起,将星景小区、福瑞家园划定为疫情防控封控区,实行临时封闭管理。")
    assert levels_of(text) == {"sealed": ["星景小区", "福瑞家园"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True), st.sampled_from(["划定为", "划为"]),
       st.sampled_from(["疫情防控", "疫情"]), st.sampled_from(["封控区", "管控区"]))
def test_any_list_designated_as_a_qualified_level(names: list[str], verb: str, qualifier: str, level: str) -> None:
    places = [f"{n}小区" for n in names]
    text = f"经研究,决定:自即日起,将{'、'.join(places)}{verb}{qualifier}{level},实行临时封闭管理。"
    assert levels_of(text) == {{"封控区": "sealed", "管控区": "controlled"}[level]: places}


# --- a building's unit named by its side after 、 ----------------------------------------------------------

def test_a_buildings_unit_by_its_side_is_a_part_of_the_same_estate() -> None:
    text = ("新增相关风险区域如下:\n高风险区:\n\n金华街道龙春新村3幢、13幢西单元;\n\n阳光街道翠峰苑2幢。\n\n"
            "低风险区实行“个人防护”。")
    assert levels_of(text) == {"high": ["金华街道龙春新村3幢、13幢西单元", "阳光街道翠峰苑2幢"]}


def test_a_buildings_unit_by_its_side_after_a_building_number_full_width() -> None:
    text = "新增相关风险区域如下:\n高风险区:\n锦绣花园5栋、7栋东单元;\n星景苑1号楼。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["锦绣花园5栋、7栋东单元", "星景苑1号楼"]}


def test_a_buildings_unit_by_its_side_in_traditional_characters() -> None:
    text = in_traditional("新增相关风险区域如下:\n高风险区:\n福瑞家园2号楼、9号楼南单元;\n汇君小区6幢。")
    assert levels_of(text) == {"high": ["福瑞家园2号楼、9号楼南单元", "汇君小区6幢"]}


@settings(max_examples=25, deadline=None)
@given(name, st.integers(1, 30), st.integers(1, 30), st.sampled_from(["幢", "栋", "号楼"]),
       st.sampled_from("东南西北中"), st.sampled_from(["新村", "花园", "小区"]))
def test_any_side_named_unit_stays_with_its_estate(estate: str, first: int, second: int, kind: str, side: str,
                                                   compound: str) -> None:
    assume(first != second)
    place = f"{estate}{compound}{first}{kind}、{second}{kind}{side}单元"
    text = f"新增相关风险区域如下:\n高风险区:\n{place};\n锦绣苑2幢。"
    assert levels_of(text) == {"high": [place, "锦绣苑2幢"]}


# --- whole places managed as a level at a sentence's start (按管控区管理) ---------------------------------

def test_towns_managed_as_a_control_area() -> None:
    text = ("划定以下区域为封控区:\n金华镇:龙春小区、阳光超市。\n封控区实行“区域封闭、足不出户、服务上门”。\n"
            "金华镇、翠峰街道按管控区管理,实行“不出小区、严禁聚集”。")
    assert levels_of(text) == {"sealed": ["金华镇龙春小区", "金华镇阳光超市"], "controlled": ["金华镇", "翠峰街道"]}


def test_villages_managed_as_a_precaution_area_with_anzhao_and_jinxing() -> None:
    text = ("经研判,现通告如下:\n白石村、黄土社区按照防范区进行管理。\n"
            "防范区实行“强化社会面管控”。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"precaution": ["白石村", "黄土社区"]}


def test_a_town_managed_as_a_medium_risk_area_in_traditional_characters() -> None:
    text = in_traditional("经研判,现通告如下:\n1.青木镇按中风险区管理。\n2.请广大居民做好个人防护。")
    assert levels_of(text) == {"medium": ["青木镇"]}


def test_towns_managed_as_a_level_but_not_a_lifted_place_told_where_it_goes() -> None:
    # ("解除后,C村按防范区管理": where a lifted place goes, told after its lift, not at a sentence's start; as 9 has it)
    text = ("决定解除以下区域封控区:\n金华镇龙春村。\n解除后,金华镇龙春村按防范区管理。\n"
            "阳光镇、翠峰乡按防范区管理,实行“强化社会面管控”。")
    assert levels_of(text) == {"lifted": ["金华镇龙春村"], "precaution": ["阳光镇", "翠峰乡"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=3, unique=True), st.sampled_from(["镇", "街道", "乡"]),
       st.sampled_from(["按", "按照"]), st.sampled_from(["封控区", "管控区", "防范区"]))
def test_any_towns_managed_as_a_level(names: list[str], kind: str, by: str, level: str) -> None:
    # (a name that is the stem of a known county-level division, "长宁", may be that division written short)
    assume(not any(n + suffix in _KNOWN_DISTRICTS for n in names for suffix in ("区", "县", "市")))
    towns = [n + kind for n in names]
    text = f"经研判,现通告如下:\n{'、'.join(towns)}{by}{level}管理,实行相应管控措施。"
    assert levels_of(text) == {{"封控区": "sealed", "管控区": "controlled", "防范区": "precaution"}[level]: towns}


# --- a whole county's silent management prolonged by its time ----------------------------------------------

def test_whole_area_static_management_time_prolonged() -> None:
    text = ("滑县新冠肺炎疫情防控领导小组办公室\n关于延长全域静态管理时间的通告\n为了有效控制疫情,经专家研判,决定将全域"
            "静态管理时间延长1天,从2022年8月23日12时—2022年8月24日12时,全县范围限制人员流动,继续保持静态管理。")
    assert by_level(text) == {("silent", "滑县"): ["滑县"]}


def test_whole_county_silent_management_period_prolonged_with_ba_in_traditional_characters() -> None:
    text = in_traditional("平遥县疫情防控指挥部\n经研究,决定把全县静默管理期限延长至9月5日24时。")
    assert by_level(text) == {("silent", "平遥县"): ["平遥县"]}


def test_towns_silent_management_time_prolonged_full_width() -> None:
    text = "清徐县疫情防控指挥部\n经研究,决定将金华镇、龙春乡的静默管理时间延长2天。".translate(HALF_TO_FULL)
    assert by_level(text) == {("silent", "清徐县"): ["金华镇", "龙春乡"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(COUNTIES), st.sampled_from(["将", "把"]), st.sampled_from(["全域", "全县", "全境"]),
       st.sampled_from(["静态管理", "静默管理", "静默管控"]), st.sampled_from(["时间", "期限"]),
       st.sampled_from(["延长1天", "延长至9月5日", "再延长3天"]))
def test_any_whole_county_prolonged_is_the_county(county: str, lead: str, whole: str, kind: str, time: str,
                                                  more: str) -> None:
    # (全县 names a county's whole: the list holds counties only, as 全区 would need a district)
    text = f"{county}疫情防控指挥部\n经研究,决定{lead}{whole}{kind}{time}{more}。"
    assert by_level(text) == {("silent", county): [county]}


# --- a whole county's silent management lifted ---------------------------------------------------------------

def test_whole_county_static_management_lifted_alone() -> None:
    text = ("自5月14日零时我县实施静态管理以来,疫情防控工作取得阶段性成果。经研判,郏县新冠肺炎疫情防控应急指挥部决定:\n"
            "一、自2022年5月26日零时起,解除全县静态管理管控措施,继续严格落实疫情防控各项管理措施;\n"
            "二、逐步有序恢复正常生产生活秩序。")
    assert by_level(text) == {("lifted", "郏县"): ["郏县"]}


def test_whole_county_silent_management_lifted_in_traditional_characters() -> None:
    text = in_traditional("纳雍县疫情防控指挥部决定:\n一、自2022年9月30日18时起,解除全县静默管理;\n"
                          "二、有序恢复生产生活秩序。")
    assert by_level(text) == {("lifted", "纳雍县"): ["纳雍县"]}


def test_whole_county_lifted_beside_a_list_is_a_blanket() -> None:
    # (as 476: the lists say where each area stands, the lift of the whole names no place)
    text = ("永丰县疫情防控指挥部决定,自2022年8月22日0时起,解除全县静默管理措施,有序恢复生产生活秩序。"
            "现将有关事宜公告如下:\n一、将金华小区、龙春苑共2处中风险区降为低风险区。\n二、阳光镇按防范区管理。")
    assert by_level(text) == {("low", "永丰县"): ["金华小区", "龙春苑"], ("precaution", "永丰县"): ["阳光镇"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(COUNTIES), st.sampled_from(["静态管理", "静默管理"]), st.sampled_from(["", "管控措施", "措施"]),
       st.sampled_from([";", ",继续落实各项防控措施;"]))
def test_any_whole_county_lifted_alone_is_the_county(county: str, kind: str, tail: str, after: str) -> None:
    text = (f"{county}疫情防控指挥部决定:\n一、自2022年5月26日零时起,解除全县{kind}{tail}{after}\n"
            "二、有序恢复生产生活秩序。")
    assert by_level(text) == {("lifted", county): [county]}


# --- several levels lifted after the places, and the level in front of places lifted -----------------------

def test_house_number_ranges_lifted_from_two_levels_and_the_precaution_area_after() -> None:
    text = ("杭州市西湖区新冠肺炎疫情防控指挥部2022年18号通告\n根据有关规定,经专家组研判,从2022年5月15日18时起,"
            "解除以下区域管控措施:\n解除金华街道龙春新村246-251号、264-269号封控区、管控区措施;封控区、管控区全部解除后,"
            "防范区金华街道龙春新村同步解除管控措施。")
    assert by_level(text) == {("lifted", "西湖区"): ["金华街道龙春新村246-251号、264-269号", "金华街道龙春新村"]}


def test_a_compound_lifted_from_two_levels_full_width() -> None:
    text = "经专家研判,决定:\n解除翠峰小区3幢、5幢封控区、管控区措施。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["翠峰小区3幢、5幢"]}


def test_the_level_in_front_of_a_village_lifted_with_it_in_traditional_characters() -> None:
    text = in_traditional("经专家研判,决定:\n解除阳光村8组封控区、管控区措施;封控区、管控区全部解除后,"
                          "防范区阳光村同时解除管控措施。")
    assert levels_of(text) == {"lifted": ["阳光村8组", "阳光村"]}


def test_a_whole_streets_levels_lifted_in_the_lead_are_no_place() -> None:
    # (as 364 and 712: the lead lifts a street's areas, the items below name them)
    text = ("经研判,自2022年5月23日零时起,解除金华街道管控区、防范区管理措施。现通告如下:\n"
            "1、龙春社区,解除管控区管理措施。\n同日,解除阳光小区5幢、7幢封控区、管控区措施。")
    assert levels_of(text) == {"lifted": ["龙春社区", "阳光小区5幢、7幢"]}


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["村", "新村", "小区"]), st.integers(1, 90),
       st.sampled_from(["封控区、管控区", "管控区、防范区"]), st.sampled_from(["同步", "同时", ""]))
def test_any_place_lifted_from_levels_then_its_surroundings(base: str, kind: str, start: int, levels: str,
                                                             manner: str) -> None:
    village = f"{base}{kind}"
    houses = f"{village}{start}-{start + 5}号"
    text = (f"经专家研判,决定:\n解除{houses}{levels}措施;全部解除后,防范区{village}{manner}解除管控措施。")
    assert levels_of(text) == {"lifted": [houses, village]}
