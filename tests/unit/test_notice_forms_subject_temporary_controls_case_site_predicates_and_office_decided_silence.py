"""Forms of 2021-2022 notices, each in variants written here (invented places): a temporary control of the areas
below whose measures are announced after a comma, the high measures quoted with sampling at the door (上门采样); a
place under a temporary control written as its clause's subject ("A镇全域实施临时管控措施", "B镇集镇及部分区域实施3天
临时性管控措施", "对C镇暂时实行“不进不出”管控措施"); places given as the homes and haunts of cases before their
level ("A村、B山庄为…密切接触者…的居住点、工作点、活动点,被划分为管控区"), after the experts' finding (判定);
a district's office deciding to keep on static management with no object, and a lift supposed ("一旦解除静态管理,
…") that is no lift."""

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

# --- 1. "对A街道辖内以下区域采取临时管控,实行如下管理措施:" over items with the standard measures


def _below(street: str, first: str, second: str, high: str = "足不出户、上门采样、上门服务") -> str:
    return (f"关于加强部分区域管控的通告\n根据疫情防控需要,经研究决定,"
            f"自2022年10月24日零时起对小店区{street}辖内以下区域采取临时管控,实行如下管理措施:\n一、对{street}{first},实行“{high}”的管理措施。\n"
            f"二、对{street}{second}实行“足不出区、错峰取物”,开展三天三检全员核酸检测。\n"
            "三、金星中学师生暂缓返校,实施线上教学。\n小店区疫情防控指挥部\n2022年10月24日")


def test_temporary_control_below_with_measures_after_a_comma() -> None:
    assert by_level(_below("东湖街道", "锦绣湾8座", "锦绣湾")) == {
        ("controlled", "小店区"): ["东湖街道锦绣湾8座", "东湖街道锦绣湾"]}


def test_temporary_control_below_sampling_at_the_door_among_the_high_measures() -> None:
    text = _below("晓阳街道", "翠峰花园3栋", "翠峰花园", high="足不出户,上门采样,上门服务")
    assert levels_of(text) == {"controlled": ["晓阳街道翠峰花园3栋", "晓阳街道翠峰花园"]}


def test_temporary_control_below_in_traditional_characters_and_full_width() -> None:
    text = in_traditional(_below("金龍街道", "泰康苑2座", "泰康苑")).translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["金龙街道泰康苑2座", "金龙街道泰康苑"]}


@settings(max_examples=40, deadline=None)
@given(street=invented_names(PLAIN_SYLLABLES), estate=invented_names(PLAIN_SYLLABLES),
       end=st.sampled_from(["花园", "小区", "湾", "苑"]), building=st.integers(1, 30),
       full=st.booleans())
def test_temporary_control_below_any_names(street: str, estate: str, end: str, building: int, full: bool) -> None:
    text = _below(f"{street}街道", f"{estate}{end}{building}座", f"{estate}{end}")
    text = text.translate(HALF_TO_FULL) if full else text
    assert levels_of(text) == {"controlled": [f"{street}街道{estate}{end}{building}座", f"{street}街道{estate}{end}"]}


# --- 2. a place under a temporary control as its clause's subject


def _items(item: str) -> str:
    return ("小店区疫情防控通告\n即日起我区实施社会面临时管控措施,现将有关事项通告如下:\n"
            "一、市民非必要不离区。二、全区所有学校停止线下教学。三、全区公交车一律暂停运营。"
            f"四、{item}\n小店区疫情防控指挥部\n2022年4月8日")


def test_a_towns_whole_area_under_a_temporary_control_as_the_subject() -> None:
    assert by_level(_items("金峰镇全域实施临时管控措施,人不出区、严禁聚集。")) == {
        ("controlled", "小店区"): ["金峰镇全域"]}
    # (a whole city, or a level's areas, under a control name no place)
    assert levels_of(_items("金峰镇全域实施临时管控措施。中风险区域实行管控措施,全市实施社会面临时管控措施。")) == {
        "controlled": ["金峰镇全域"]}


def test_a_town_seat_and_parts_around_it_for_some_days() -> None:
    text = _items("加强区域管控。11月27日零时起,龙泽镇集镇及部分区域实施3天临时性管控措施,每日核酸采样检测,严禁聚集。")
    assert levels_of(text) == {"controlled": ["龙泽镇集镇及部分区域"]}


def test_a_town_closed_in_and_out_for_the_time_being() -> None:
    text = ("  记者从那边县指挥部了解到,为加强边境疫情防控工作,那边县翠星镇实施“不进不出”管控。\n\n"
            "  一、从2022年3月4日零时起,对翠星镇暂时实行“不进不出”管控措施,村屯之间禁止人员、车辆流动。"
            "其余各乡(镇)人员非必要不流动。\n\n  二、请广大群众及时关注官方发布的权威疫情信息。")
    assert levels_of(text) == {"controlled": ["翠星镇"]}


def test_a_subject_temporary_control_in_traditional_characters_and_full_width() -> None:
    text = in_traditional(_items("11月27日零时起,春晓镇全域实施临时管控措施,严禁聚集。")).translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["春晓镇全域"]}


@settings(max_examples=40, deadline=None)
@given(town=invented_names(PLAIN_SYLLABLES), kind=st.sampled_from(["镇", "乡", "街道"]),
       part=st.sampled_from(["全域", "集镇及部分区域", ""]),
       measure=st.sampled_from(["实施临时管控措施", "实施3天临时性管控措施", "实行临时管控",
                                "暂时实行“不进不出”管控措施"]),
       traditional=st.booleans())
def test_subject_temporary_control_any_names(town: str, kind: str, part: str, measure: str, traditional: bool) -> None:
    text = _items(f"{town}{kind}{part}{measure},严禁聚集。")
    text = in_traditional(text) if traditional else text
    assert levels_of(text) == {"controlled": [f"{town}{kind}{part}"]}


# --- 3. the places as the homes and haunts of cases, before their level, after the experts' finding


def _predicate(first: str, second: str) -> str:
    return ("当前疫情形势严峻复杂,为最短时间切断疫情传播,"
            "根据《中华人民共和国传染病防治法》文件精神和新冠疫情防控工作需要,"
            f"经太原市新冠肺炎疫情防控指挥部专家组调查后判定,小店区{first}、{second}为阳性个案的密切接触者及共同暴露高风险"
            "人群的居住点、工作点、活动点,被划分为管控区。现将管控期间有关事项通知如下:\n\n"
            f"一、从2021年12月7日0时起,对{first}、{second}范围内实施管控,管控期间严禁居民(村民)进出和聚集扎堆。\n\n"
            "二、管控期间的第1、4、7天分别开展一次全员核酸检测。\n\n小店区疫情防控工作领导小组指挥部\n\n2021年12月7日")


def _places(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(level, district, p) for (level, district), places in by_level(text).items() for p in places}


def test_case_sites_predicate_is_no_place() -> None:
    assert _places(_predicate("北营街道办事处金星自然村", "锦绣山庄")) == {
        ("controlled", "小店区", "北营街道办事处金星自然村"), ("controlled", "小店区", "锦绣山庄")}


def test_case_sites_predicate_of_confirmed_cases_homes() -> None:
    text = _predicate("康宁村", "瑞峰花园").replace("阳性个案的密切接触者及共同暴露高风险人群的居住点、工作点、活动点",
                                                 "确诊病例的居住地、工作地")
    assert _places(text) == {("controlled", "小店区", "康宁村"), ("controlled", "小店区", "瑞峰花园")}


def test_case_sites_predicate_in_traditional_characters_and_full_width() -> None:
    text = in_traditional(_predicate("星光村", "翠峰山庄")).translate(HALF_TO_FULL)
    assert _places(text) == {("controlled", "小店区", "星光村"), ("controlled", "小店区", "翠峰山庄")}


@settings(max_examples=40, deadline=None)
@given(first=invented_names(PLAIN_SYLLABLES), second=invented_names(PLAIN_SYLLABLES),
       end=st.sampled_from(["山庄", "花园", "小区", "家园"]), traditional=st.booleans())
def test_case_sites_predicate_any_names(first: str, second: str, end: str, traditional: bool) -> None:
    text = _predicate(f"{first}村", f"{second}{end}")
    text = in_traditional(text) if traditional else text
    assert _places(text) == {("controlled", "小店区", f"{first}村"), ("controlled", "小店区", f"{second}{end}")}


# --- 4. a district's office deciding to keep on static management, no object; a supposed lift no lift


def _kept_static(office: str = "小店区疫情防控指挥部", time: str = "自9月10日12时起") -> str:
    return ("关于继续实行临时性静态管理的通告\n(第6号)\n"
            "特别是9月7日实行临时性静态管理以来,我区连续三轮全员核酸检测均未出现"
            "社会面新增阳性感染者。但由于本轮疫情传染性强,疫情形势依旧严峻复杂。一旦解除静态管理、人员大量流动,就可能存在"
            f"交叉感染的风险。因此,最大限度保障市民的身体健康和生命安全,经{office}研究,决定{time},继续实行临时性静态管理,"
            "力争用一周左右时间,巩固社会面清零成果。\n期间,全区将适时开展全员核酸检测。")


def test_office_decides_to_keep_static_management() -> None:
    assert by_level(_kept_static()) == {("silent", "小店区"): ["小店区"]}


def test_office_decides_to_keep_static_management_with_doubled_commas_and_glosses() -> None:
    text = in_traditional(_kept_static("迎澤區疫情防控指揮部")).replace("區", "區(qū)").replace(",", ",,")
    assert by_level(text) == {("silent", "迎泽区"): ["迎泽区"]}


def test_office_decides_to_keep_static_management_full_width() -> None:
    text = _kept_static("杏花岭区新冠肺炎疫情应急指挥部", "从9月12日0时起").translate(HALF_TO_FULL)
    assert by_level(text) == {("silent", "杏花岭区"): ["杏花岭区"]}


def test_a_supposed_lift_is_no_lift() -> None:
    text = ("关于疫情防控的通告\n我区疫情形势依旧严峻复杂。一旦解除静态管理、人员大量流动,就可能存在交叉感染的风险。"
            "如果过早解除管控措施,疫情就可能反弹。")
    assert levels_of(text) == {}


@settings(max_examples=30, deadline=None)
@given(district=st.sampled_from(["小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区"]),
       office=st.sampled_from(["疫情防控指挥部", "应对新型冠状病毒肺炎疫情应急指挥部", "疫情防控工作领导小组"]),
       hour=st.integers(0, 23), traditional=st.booleans())
def test_office_decides_to_keep_static_management_any_district(district: str, office: str, hour: int,
                                                                traditional: bool) -> None:
    text = _kept_static(district + office, f"自9月10日{hour}时起")
    text = in_traditional(text) if traditional else text
    assert by_level(text) == {("silent", district): [district]}
