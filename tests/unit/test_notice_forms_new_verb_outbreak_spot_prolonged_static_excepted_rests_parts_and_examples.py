"""Forms of notices that write 新增 (new) in front of a level label's list, call a 2020 closed place its outbreak
spot (疫点), prolong static management with the verb in front ("对A镇实施延长静态管理(…)") beside a lift of
"部分区域" (some areas, unnamed), lift the rest of a town but named addresses ("对A镇除B、C外区域解除自…起实施的临时
管控措施"), designate a temporary control area after its label with the verb behind the places and a town's rest
"除“高风险区”的其它区域", give buildings of the compound just designated a level of their own ("其中第2栋为封控区")
with the compound's "其它区域", and lift one named example of a counted level ("对A等34个封控区解除封控,调整为管控
区"). Each form in variants written here (invented places, the wording of the real forms: other districts, kinds
of place, separators, traditional characters, full-width punctuation), and properties over generated parts."""

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
# Counties and districts of the statistics bureau's list (the parser knows them by name).
COUNTIES = ["郏县", "滑县", "平遥县", "纳雍县", "永丰县", "迎泽区", "小店区", "清徐县", "中宁县"]


# --- 新增 in front of a level label's list -------------------------------------------------------------

def test_new_in_front_of_a_high_risk_label_list() -> None:
    text = ("关于清徐县调整风险区的通告\n经研究决定,对清徐县风险区调整如下:\n"
            "(一)高风险区:新增金华镇龙春社区、丽泽自然村、翠锦实验学校。采取“足不出户、上门服务”等管控措施。\n"
            "(二)中风险区:金华镇除上述村居之外的其他区域。\n")
    assert by_level(text) == {("high", "清徐县"): ["金华镇龙春社区", "丽泽自然村", "翠锦实验学校"],
                              ("medium", "清徐县"): ["金华镇除上述村居之外的其他区域"]}


def test_new_in_front_of_a_sealed_label_in_traditional_characters() -> None:
    text = in_traditional("关于调整风险区的通告\n一、封控区:新增阳光小区3号楼、康宁花园。封控区内人员足不出户。\n"
                          "二、管控区:新增胜利路8号院。")
    assert levels_of(text) == {"sealed": ["阳光小区3号楼", "康宁花园"], "controlled": ["胜利路8号院"]}


def test_new_in_front_of_a_label_full_width() -> None:
    text = "关于调整风险区的通告\n1.中风险区:新增星峰村二组,鑫汇商场。\n".translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["星峰村二组", "鑫汇商场"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True), st.sampled_from(["村", "社区", "小区"]),
       st.sampled_from(["高风险区", "封控区", "管控区"]), st.sampled_from(["、", ","]), st.booleans())
def test_new_in_front_of_any_label_list_is_no_part_of_the_first_place(names: list[str], kind: str, label: str,
                                                                       sep: str, trad: bool) -> None:
    places = [n + kind for n in names]
    text = f"关于调整风险区的通告\n(一){label}:新增{sep.join(places)}。区域内人员足不出户。"
    expected = {"高风险区": "high", "封控区": "sealed", "管控区": "controlled"}[label]
    assert levels_of(in_traditional(text) if trad else text) == {expected: places}


# --- a 2020 closure of a place called its outbreak spot ---------------------------------------------------

def test_outbreak_spot_after_a_closed_compound() -> None:
    text = ("金华镇人民政府,各街道办事处,县指挥部各成员单位:\n目前,金华社区龙春8号楼小区已确诊3例病例,"
            "平遥县指挥部决定:即日起对金华社区龙春8号楼小区疫点实施封闭管理,解除封闭管理时间另行下达。\n平遥县指挥部\n2020年2月3日")
    assert by_level(text) == {("sealed", "平遥县"): ["金华社区龙春8号楼小区"]}


def test_outbreak_spot_of_a_village_with_de_in_traditional_characters() -> None:
    text = in_traditional("关于实行封闭管理的通告\n经研究,自2020年2月5日起对丽泽村三组的疫点实行封闭管理。\n"
                          "全体居民居家隔离。")
    assert levels_of(text) == {"sealed": ["丽泽村三组"]}


def test_infected_area_after_a_closed_estate_full_width() -> None:
    text = "关于实行封闭管理的通告\n即日起,对胜利路12号院疫区实施全封闭管理。\n".translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["胜利路12号院"]}


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["小区", "村", "社区", "花园"]), st.sampled_from(["疫点", "的疫点", "疫区"]),
       st.sampled_from(["实施封闭管理", "实行封闭管理", "实施封闭式管理"]), st.booleans())
def test_any_outbreak_spot_is_no_part_of_the_closed_place(place: str, kind: str, spot: str, verb: str,
                                                          full: bool) -> None:
    text = f"关于实行封闭管理的通告\n经研究,即日起对{place}{kind}{spot}{verb},解除时间另行通知。\n居民居家隔离。"
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {"sealed": [place + kind]}


# --- static management prolonged with the verb in front; some areas lifted -------------------------------

def test_static_management_prolonged_after_a_lift_of_some_areas() -> None:
    text = ("纳雍县指挥部关于解除部分区域静态管理的公告\n经综合评估研判,自2022年8月22日24时起,解除部分区域静态管理。"
            "除金华镇区域以外的其他地区,可以解除静态管理。\n纳雍县指挥部\n2022年8月22日\n"
            "纳雍县指挥部关于延长重点区域静态管理的公告\n经研判决定,对金华镇实施延长静态管理(8月23日0时—8月24日24时)。"
            "现将有关事项公告如下:\n一、所有人员严格遵守静态管理规定。")
    assert by_level(text) == {("silent", "纳雍县"): ["金华镇"]}


def test_static_management_prolonged_for_two_towns_in_traditional_characters() -> None:
    text = in_traditional("关于延长静态管理的公告\n经研究决定,对龙春镇、丽泽乡实行延长静态管理(9月1日0时至9月3日24时)。"
                          "现将有关事项公告如下:\n一、居民足不出户。")
    assert levels_of(text) == {"silent": ["龙春镇", "丽泽乡"]}


def test_some_areas_lifted_name_no_place_full_width() -> None:
    text = ("关于解除部分区域静默管理的通告\n自2022年9月5日12时起,将部分区域解除静默管理,"
            "恢复常态化防控。\n").translate(HALF_TO_FULL)
    assert levels_of(text) == {}


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["镇", "乡", "街道"]), st.sampled_from(["实施", "实行", "进行"]),
       st.sampled_from(["静态管理", "静默管理", "静态管控"]),
       st.sampled_from(["(8月23日0时—8月24日24时)", "(至9月1日24时)", ""]), st.booleans())
def test_any_town_under_prolonged_static_management(place: str, kind: str, verb: str, level: str, days: str,
                                                    trad: bool) -> None:
    text = (f"关于延长静态管理的公告\n经研判决定,对{place}{kind}{verb}延长{level}{days}。"
            "现将有关事项公告如下:\n一、居民足不出户。")
    assert levels_of(in_traditional(text) if trad else text) == {"silent": [place + kind]}


# --- the rest of a town but named addresses lifted, the measure's start between 解除 and the measure ------

def test_rest_of_a_town_but_two_addresses_lifted_since_a_day() -> None:
    text = ("关于解除金华镇部分临时管控区域的通告\n经研究决定,自2022年9月3日0时起,对金华镇除龙春社区5组22号、"
            "丽泽社区1组翠锦街35号外区域解除自2022年8月27日0时起实施的临时管控措施,有序恢复生产生活。\n"
            "郏县疫情防控领导小组\n2022年9月3日")
    assert by_level(text) == {("lifted", "郏县"): ["金华镇除龙春社区5组22号、丽泽社区1组翠锦街35号外区域"]}


def test_rest_of_a_street_but_three_compounds_in_traditional_characters() -> None:
    text = in_traditional("关于解除管控的通告\n自2022年10月5日起,对胜利街道除阳光小区、康宁花园、星峰村以外的其他区域"
                          "解除自9月28日起实行的管控措施。")
    assert levels_of(text) == {"lifted": ["胜利街道除阳光小区、康宁花园、星峰村以外的其他区域"]}


def test_village_lifted_since_a_day_full_width() -> None:
    text = "关于解除封控的通告\n自2022年11月2日起,对鑫汇村解除自10月20日起采取的封控措施,有序恢复生产生活。\n"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"lifted": ["鑫汇村"]}


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["镇", "乡", "街道"]), st.lists(name, min_size=2, max_size=3, unique=True),
       st.sampled_from(["社区", "村", "小区"]), st.sampled_from(["外区域", "以外的其他区域", "之外的其余地区"]),
       st.sampled_from(["", "自2022年8月27日0时起实施的"]), st.booleans())
def test_any_rest_of_a_town_but_named_places_is_one_place(town: str, kind: str, excepted: list[str], ex_kind: str,
                                                          rest: str, since: str, trad: bool) -> None:
    # (an excepted place starting with the town's name reads as the town written again)
    assume(not any(e.startswith(town) or town.startswith(e) for e in excepted))
    place = f"{town}{kind}除{'、'.join(e + ex_kind for e in excepted)}{rest}"
    text = f"关于解除管控的通告\n自2022年9月3日0时起,对{place}解除{since}临时管控措施,有序恢复生产生活。"
    assert levels_of(in_traditional(text) if trad else text) == {"lifted": [place]}


# --- a temporary control area designated after its label, the verb behind the places ----------------------

def test_temporary_control_area_after_its_label_with_a_towns_quoted_rest() -> None:
    text = ("滑县关于划定风险区域的通告\n现将划定临时管控区和高、低风险区相关事宜通告如下:\n"
            "一、高风险区:金华工业园片区(东至龙春路,西至丽泽大道)。高风险区内采取封控措施。\n"
            "二、临时管控区:滑县翠锦镇辖区除“高风险区”的其它区域、胜利镇阳光村、康宁村、星峰村划定为“临时管控区”。"
            "“临时管控区”内人员原则上只进不出。\n三、低风险区:滑县除高风险区和临时管控区以外的区域。")
    assert by_level(text) == {("high", "滑县"): ["金华工业园片区(东至龙春路,西至丽泽大道)"],
                              ("controlled", "滑县"): ["翠锦镇辖区除“高风险区”的其它区域", "胜利镇阳光村", "康宁村",
                                                       "星峰村"]}


def test_control_area_label_then_places_put_under_it_in_traditional_characters() -> None:
    text = in_traditional("关于划定风险区域的通告\n二、管控区:龙春街道除封控区的其他区域、丽泽小区划为管控区。"
                          "管控区内人员足不出小区。")
    assert levels_of(text) == {"controlled": ["龙春街道除封控区的其他区域", "丽泽小区"]}


def test_label_with_a_rest_closed_by_de_full_width() -> None:
    text = "关于划定风险区域的通告\n(二)管控区:金华乡除高风险区的其余区域,鑫汇村。\n".translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["金华乡除高风险区的其余区域", "鑫汇村"]}


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["镇", "乡", "街道"]), st.lists(name, min_size=1, max_size=3, unique=True),
       st.sampled_from(["“高风险区”", "高风险区", "封控区"]), st.sampled_from(["其它区域", "其他区域", "其余区域"]),
       st.sampled_from(["划定为“临时管控区”", "划定为临时管控区", "划为管控区", ""]), st.booleans())
def test_any_towns_rest_closed_by_de_among_a_labels_places(town: str, kind: str, villages: list[str], level: str,
                                                           rest: str, verb: str, trad: bool) -> None:
    assume(not any(v.startswith(town) or town.startswith(v) for v in villages))
    places = [f"{town}{kind}辖区除{level}的{rest}", *(v + "村" for v in villages)]
    text = f"关于划定风险区域的通告\n二、临时管控区:{'、'.join(places)}{verb}。区域内人员只进不出。"
    assert levels_of(in_traditional(text) if trad else text) == {"controlled": places}


# --- buildings of the compound just designated, and the compound's other areas ----------------------------

def test_building_of_the_designated_compound_and_its_other_areas() -> None:
    text = ("小店区指挥部关于实施分区管控的通告\n经专家综合评估,小店区指挥部关于实施分区管控的通告如下。\n"
            "小店区龙春街道金华·丽泽湾小区划定为中风险地区。其中第2栋为封控区,封控区内实行“足不出户”管控措施。"
            "金华·丽泽湾小区其它区域为管控区,管控区内人员原则上足不出户。\n小店区对封控区、管控区以外区域,实行社会面管控。")
    assert by_level(text) == {("medium", "小店区"): ["龙春街道金华·丽泽湾小区"],
                              ("sealed", "小店区"): ["金华·丽泽湾小区第2栋"],
                              ("controlled", "小店区"): ["金华·丽泽湾小区其它区域"]}


def test_two_buildings_of_a_garden_in_traditional_characters() -> None:
    text = in_traditional("关于实施分区管控的通告\n翠锦镇阳光花园划为中风险地区。其中3号楼、5号楼为封控区,"
                          "实行足不出户。阳光花园其他区域为管控区。")
    assert levels_of(text) == {"medium": ["翠锦镇阳光花园"], "sealed": ["阳光花园3号楼、5号楼"],
                               "controlled": ["阳光花园其他区域"]}


def test_a_block_of_an_estate_full_width() -> None:
    text = "关于实施分区管控的通告\n康宁苑划定为中风险地区。其中7幢为封控区,区域封闭。康宁苑其它区域为管控区。\n"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"medium": ["康宁苑"], "sealed": ["康宁苑7幢"],
                                                       "controlled": ["康宁苑其它区域"]}
    # ("其中部分楼栋": some buildings, unnamed, no place of their own)
    unnamed = "关于实施分区管控的通告\n金华小区划定为中风险地区。其中部分楼栋为封控区。"
    assert levels_of(unnamed) == {"medium": ["金华小区"]}


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["小区", "花园", "家园", "新村"]), st.integers(1, 30),
       st.sampled_from(["栋", "幢", "号楼"]), st.sampled_from(["第", ""]), st.sampled_from(["其它", "其他", "其余"]),
       st.sampled_from(COUNTIES), st.booleans())
def test_any_building_among_the_designated_compound(compound: str, kind: str, number: int, unit: str, nth: str,
                                                    other: str, county: str, trad: bool) -> None:
    whole = compound + kind
    text = (f"{county}指挥部关于实施分区管控的通告\n{county}金华街道{whole}划定为中风险地区。"
            f"其中{nth}{number}{unit}为封控区,封控区内足不出户。{whole}{other}区域为管控区,管控区内人员足不出户。")
    assert by_level(in_traditional(text) if trad else text) == {
        ("medium", county): [f"金华街道{whole}"], ("sealed", county): [f"{whole}{nth}{number}{unit}"],
        ("controlled", county): [f"{whole}{other}区域"]}


# --- one named example of a counted level lifted and moved down ------------------------------------------

def test_one_example_of_34_sealed_areas_lifted_and_put_under_control() -> None:
    text = ("平遥县指挥部通告\n经专家研判,我县34个封控区已满足解封条件。平遥县指挥部决定:\n"
            "自2022年3月30日起,对胜利路98号金华城3幢A梯等34个封控区解除封控,调整为管控区(详见附表)。\n"
            "解封不解防,居民要实行7天健康管理。\n平遥县指挥部\n2022年3月30日")
    assert by_level(text) == {("controlled", "平遥县"): ["胜利路98号金华城3幢A梯"]}
    # (the example of a list that follows is no place of its own: the list names it again)
    listed = ("关于调整风险区的通告\n自2022年3月30日起,将阳光小区等3个封控区调整为管控区,具体如下:\n"
              "1.阳光小区\n2.康宁花园\n3.星峰村")
    assert levels_of(listed) == {"controlled": ["阳光小区", "康宁花园", "星峰村"]}


def test_two_examples_of_control_areas_lifted_in_traditional_characters() -> None:
    text = in_traditional("关于解除管控的通告\n自2022年4月2日起,对龙春小区、丽泽村等12个管控区解除管控,调整为防范区。")
    assert levels_of(text) == {"precaution": ["龙春小区", "丽泽村"]}


def test_example_of_sealed_areas_lifted_only_full_width() -> None:
    text = "关于解除封控的通告\n自2022年4月5日起,对鑫汇家园5号楼等8个封控区解除封控。\n".translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["鑫汇家园5号楼"]}


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["小区", "花园", "村", "大厦"]), st.integers(3, 60),
       st.sampled_from([("封控区", "封控", "管控区", "controlled"), ("管控区", "管控", "防范区", "precaution"),
                        ("封控区", "封控", "防范区", "precaution")]), st.booleans())
def test_any_named_example_of_a_counted_level_lifted(place: str, kind: str, count: int,
                                                     levels: tuple[str, str, str, str], full: bool) -> None:
    area, lifted, to, expected = levels
    text = (f"关于解除{lifted}的通告\n自2022年3月30日起,对{place}{kind}等{count}个{area}解除{lifted},"
            f"调整为{to}(详见附表)。")
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {expected: [place + kind]}
