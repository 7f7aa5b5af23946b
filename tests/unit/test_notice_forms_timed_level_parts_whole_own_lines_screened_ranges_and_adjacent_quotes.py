"""Forms of notices that head a numbered part with a level and its time of control ("二、调整部分高风险区管控
时间" over "(一)A镇:B村,管控时间调整为…起算"), say on a line of its own under a level's label that the whole
district is at that level ("三、防范区 全区所有区域均为防范区"), name a temporary control's range by the screening
done in it ("1. 管控筛查范围:" over lines of areas written as their bounds, then the rules), quote each place of
a designation one after another ("将“A”“B”划分为中风险区"), and join a named place and an area written as its
bounds with 及 ("将A小区1号楼及B路以南、C街以西区域整体划为管控区"). Each form in variants written here (invented
places, other separators, traditional characters, full-width punctuation), and properties over generated parts."""

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


# --- a numbered part: a level and its time of control --------------------------------------------------------

def test_part_adjusting_the_time_of_high_risk_areas() -> None:
    text = ("根据当前疫情防控工作需要,经专家研判,新增辖区高风险区和调整部分高风险区管控时间。具体如下:\n"
            "一、新增高风险区具体点位及管控时间\n(一)东湖街道:新华路12号楼栋,自2022年11月19日17时起算;\n"
            "二、调整部分高风险区管控时间\n(一)白石镇:青松村,管控时间调整为2022年11月20日10时起算;\n"
            "(二)东湖街道:金桥社区春晓路8号A栋,管控时间调整为2022年11月20日10时起算。\n三、防控措施\n"
            "(一)实行封控管理。")
    assert levels_of(text) == {"high": ["东湖街道新华路12号楼栋", "白石镇青松村", "东湖街道金桥社区春晓路8号A栋"]}


def test_part_of_medium_risk_areas_and_their_time_in_traditional_characters() -> None:
    text = in_traditional("关于调整风险区管控时间的通告\n一、中风险区的管控时间\n"
                          "1.西山镇:桃园村,自2022年12月2日9时起算;\n2.西山镇:柳林社区,自2022年12月2日9时起算。\n二、防控措施\n实行“人不出区”。")
    assert levels_of(text) == {"medium": ["西山镇桃园村", "西山镇柳林社区"]}


def test_part_of_sealed_areas_and_their_time_with_full_width_punctuation() -> None:
    text = ("关于调整封控区管控时间的通告\n一、封控区管控期限\n(一)南湖街道:翠竹小区3栋,自2022年11月5日8时起算;\n"
            "(二)南湖街道:兴盛小区,自2022年11月5日8时起算。\n二、防控措施\n实行“足不出户”。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["南湖街道翠竹小区3栋", "南湖街道兴盛小区"]}


@settings(max_examples=20, deadline=None)
@given(st.lists(name, min_size=1, max_size=3, unique=True), name, st.sampled_from(["村", "社区"]),
       st.sampled_from([("高风险区", "high"), ("中风险区", "medium"), ("封控区", "sealed")]),
       st.sampled_from(["调整部分", "调整", ""]), st.sampled_from(["管控时间", "管控期限", "管理时间"]))
def test_any_part_of_a_level_and_its_time(villages: list[str], town: str, kind: str, level: tuple[str, str],
                                          verb: str, time: str) -> None:
    items = "\n".join(f"({'一二三'[i]}){town}镇:{v}{kind},管控时间调整为2022年11月20日10时起算;"
                      for i, v in enumerate(villages))
    text = f"关于调整风险区的通告\n一、{verb}{level[0]}{time}\n{items}\n二、防控措施\n实行封控管理。"
    assert levels_of(text) == {level[1]: [f"{town}镇{v}{kind}" for v in villages]}


# --- a level's label over a line saying the whole district is at it ------------------------------------------

def test_whole_district_precaution_under_empty_labels() -> None:
    text = ("根据核酸筛查结果和风险研判,青山区对全区“三区”划分进行动态调整,现公告如下:\n一、封控区\n无\n"
            "二、管控区\n无\n三、防范区\n全区所有区域均为防范区\n青山区疫情防控工作领导小组办公室\n2022年5月25日")
    assert by_level(text) == {("precaution", "青山区"): ["青山区"]}


def test_whole_county_low_risk_in_traditional_characters() -> None:
    text = in_traditional("关于调整东阳县风险等级的通告\n一、高风险区\n无\n二、中风险区\n无\n三、低风险区\n"
                          "全县范围均为低风险区。\n东阳县疫情防控指挥部")
    assert by_level(text) == {("low", "东阳县"): ["东阳县"]}


def test_whole_district_with_full_width_punctuation_and_a_numbered_line() -> None:
    text = ("关于划分白河区“三区”的公告\n一、封控区:无\n二、管控区:无\n三、防范区\n1.全区所有区域均为防范区。\n"
            "白河区疫情防控指挥部").translate(HALF_TO_FULL)
    assert by_level(text) == {("precaution", "白河区"): ["白河区"]}


@settings(max_examples=20, deadline=None)
@given(name, st.sampled_from([("区", "区"), ("县", "县"), ("旗", "旗")]),
       st.sampled_from(["所有区域", "范围", "", "全部区域"]), st.sampled_from(["均为", "为", "划为"]), st.booleans())
def test_any_whole_own_district_line(own: str, kind: tuple[str, str], scope: str, verb: str,
                                     traditional: bool) -> None:
    assume(not any(w in own for w in ("区", "县", "市", "旗", "镇", "乡")))  # a kind word would end the name early
    district = own + kind[0]
    text = (f"关于划分{district}“三区”的公告\n一、封控区\n无\n二、管控区\n无\n三、防范区\n"
            f"全{kind[1]}{scope}{verb}防范区\n{district}疫情防控指挥部")
    text = in_traditional(text) if traditional else text
    assert by_level(text) == {("precaution", district): [district]}


# --- a temporary control's range named by its screening ------------------------------------------------------

def test_screening_range_over_bounded_areas_then_rules() -> None:
    text = ("居民朋友们:\n鉴于区域内核酸筛查发现异常情况,对区域内人员进行全面筛查。具体如下:\n1. 管控筛查范围:\n"
            "新华路以东、春晓路以南、金桥路以西、翠竹路以北区域;兴盛汽配城。\n\n"
            "桃园河以东、柳林路以南、青松路以西、白石塘以北区域。\n\n停止非必要人员流动,企事业单位、商业点停止办公经营。\n"
            "东湖镇防控指挥部")
    assert levels_of(text) == {"controlled": ["新华路以东、春晓路以南、金桥路以西、翠竹路以北区域", "兴盛汽配城",
                                              "桃园河以东、柳林路以南、青松路以西、白石塘以北区域"]}


def test_sealed_testing_range_in_traditional_characters() -> None:
    text = in_traditional("关于实施临时封控的通告\n一、封控核酸检测范围:\n金桥小区;春晓花园。\n"
                          "青松路以东、白石路以北区域。\n暂停营业,停止非必要人员流动。")
    assert levels_of(text) == {"sealed": ["金桥小区", "春晓花园", "青松路以东、白石路以北区域"]}


def test_screening_range_with_full_width_punctuation() -> None:
    text = ("关于实施临时管控的通告\n二、管控筛查范围:\n翠竹苑;兴盛大厦。\n柳林河以东、桃园路以南区域。\n"
            "停止非必要人员流动。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["翠竹苑", "兴盛大厦", "柳林河以东、桃园路以南区域"]}


@settings(max_examples=20, deadline=None)
@given(st.lists(name, min_size=4, max_size=4, unique=True), name, st.sampled_from(["筛查", "核酸筛查", "检测"]),
       st.sampled_from(["管控", "封控"]), st.sampled_from(["1. ", "1、", "(1)", "1)", "一、", "(一)", ""]))
def test_any_screening_range(roads: list[str], estate: str, screening: str, kind: str, number: str) -> None:
    # (any list number before the label: "(1)" and "1)" were once not read, found by the corpus variants test)
    assume(estate not in roads)
    first = f"{roads[0]}路以东、{roads[1]}路以南区域"
    second = f"{roads[2]}路以西、{roads[3]}路以北区域"
    text = (f"关于实施临时管控的通告\n{number}{kind}{screening}范围:\n{first};{estate}小区。\n{second}。\n"
            "停止非必要人员流动,商业点停止办公经营。")
    level = "sealed" if kind == "封控" else "controlled"
    assert levels_of(text) == {level: [first, f"{estate}小区", second]}


# --- places quoted one after another -----------------------------------------------------------------------

def test_two_quoted_places_run_together() -> None:
    text = ("关于划分白河区辖区内风险区的通告\n一、高风险区\n将“白河区东湖街道金桥小区3号楼”划为高风险区。\n"
            "二、中风险区\n将“白河区西山镇桃园村安置点A区、B区(东至新华路,西至青松路)”“白河区东湖街道金桥小区(除3号楼以外的区域)”"
            "划分为中风险区。")
    assert by_level(text) == {("high", "白河区"): ["东湖街道金桥小区3号楼"],
                              ("medium", "白河区"): ["西山镇桃园村安置点A区、B区(东至新华路,西至青松路)",
                                                     "东湖街道金桥小区(除3号楼以外的区域)"]}


def test_three_quoted_places_in_traditional_characters() -> None:
    text = in_traditional("关于划分风险区的通告\n将“西山镇柳林村”“西山镇翠竹社区”“西山镇兴盛小区”划为中风险区。")
    assert levels_of(text) == {"medium": ["西山镇柳林村", "西山镇翠竹社区", "西山镇兴盛小区"]}


def test_quoted_places_with_a_space_between_and_full_width_punctuation() -> None:
    text = "关于划分风险区的通告\n将“南湖街道春晓花园” “南湖街道金桥大厦”划为高风险区。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["南湖街道春晓花园", "南湖街道金桥大厦"]}


@settings(max_examples=20, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True), name, st.sampled_from(["村", "社区", "小区"]),
       st.sampled_from([("高风险区", "high"), ("中风险区", "medium"), ("封控区", "sealed")]),
       st.sampled_from(["划为", "划分为", "列为"]))
def test_any_quoted_places_run_together(places: list[str], town: str, kind: str, level: tuple[str, str],
                                        verb: str) -> None:
    assume(town not in places)
    quoted = "".join(f"“{town}镇{p}{kind}”" for p in places)
    text = f"关于划分风险区的通告\n将{quoted}{verb}{level[0]}。"
    assert levels_of(text) == {level[1]: [f"{town}镇{p}{kind}" for p in places]}


# --- a named place, 及, then an area written as its bounds ---------------------------------------------------

def test_building_and_a_bounded_area_of_a_park() -> None:
    text = ("关于划定管控区的通告\n将白河区金桥街道翠竹苑B区1号楼及白河区兴盛物流园区新华路以南、春晓大街以西、"
            "青松街以东整体划为管控区。")
    assert by_level(text) == {("controlled", "白河区"): [
        "金桥街道翠竹苑B区1号楼", "兴盛物流园区新华路以南、春晓大街以西、青松街以东"]}


def test_estate_and_a_bounded_area_in_traditional_characters() -> None:
    text = in_traditional("关于划定封控区的通告\n将柳林小区及桃园路以北、白石路以东区域划为封控区。")
    assert levels_of(text) == {"sealed": ["柳林小区", "桃园路以北、白石路以东区域"]}


def test_village_and_a_bounded_area_with_full_width_punctuation() -> None:
    text = "关于划定风险区的通告\n将西山镇青松村及金桥河以南、新华路以西、春晓路以北区域划为中风险区。"
    text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["西山镇青松村", "金桥河以南、新华路以西、春晓路以北区域"]}


@settings(max_examples=20, deadline=None)
@given(name, st.lists(name, min_size=2, max_size=3, unique=True), st.sampled_from(["小区", "花园", "村"]),
       st.sampled_from([("管控区", "controlled"), ("封控区", "sealed"), ("高风险区", "high")]),
       st.sampled_from(["整体划为", "划为", "划定为"]))
def test_any_place_and_a_bounded_area(estate: str, roads: list[str], kind: str, level: tuple[str, str],
                                      verb: str) -> None:
    assume(estate not in roads)
    bounded = "、".join(f"{r}路以{side}" for r, side in zip(roads, "南西北", strict=False))
    text = f"关于划定风险区的通告\n将{estate}{kind}及{bounded}区域{verb}{level[0]}。"
    assert levels_of(text) == {level[1]: [f"{estate}{kind}", bounded + "区域"]}
