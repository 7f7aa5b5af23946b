"""Forms of the fifty-fifth fix set: a whole county-level division under silent management written "全市" ("全县",
"全区") in a notice whose office is that division's ("根据A市…领导小组统一部署,决定在全市实行静默管理"), read as the
division itself; a named area's residents kept at home for set days ("11月9日至15日…,A城区居民原则上居家不外出"),
read as the area's silence; the office's own residents kept at home for a set time with going out forbidden
("市民从即日起自行居家两周,…一律不得外出"), read as the division's silence; a whole county's people under isolation
control, none going out ("A全县采样人员实行“隔离管控”,无特殊情况不准外出"), read as the county's silence; and a
zone's notice that names itself once and then writes "全区" ("A高新区全区继续实施静态管理" over "继续对全区实施静态
管理"), the 全区 read as the zone. Near-misses: hedges, plans, past silences, returning people's home monitoring,
a town's office, a prefecture city's office, people at home with no set time. Notices here are written for the
tests."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    PROVINCES,
    by_level,
    in_traditional,
    invented_names,
)

FULL_WIDTH = {**HALF_TO_FULL, **str.maketrans("0123456789", "０１２３４５６７８９")}
# Known county-level cities and counties (not the corpus's notices' own), the places of the whole-division forms.
CITIES = ["迁安市", "涿州市", "定州市", "辛集市", "晋州市"]
COUNTIES = ["阜平县", "涞源县", "清徐县", "阳曲县", "娄烦县"]
DISTRICTS = ["晋源区", "迎泽区", "小店区"]


def _fresh(name: str) -> bool:
    return not any(name.startswith(p) for p in (*PREFECTURE_CITIES, *PROVINCES))


# --- 全市 under silent management, the office the county-level city's -------------------------------------------


def _whole(office: str, sentence: str = "决定在全市实行静默管理至2022年8月9日24时") -> str:
    return (f"根据{office}应对疫情工作领导小组统一部署,{sentence},现就有关事项公告如下:\n"
            "一、各小区(村)实行静默管理,非必要不外出,原则上必须居家。\n"
            "二、对全市各交通道路和城市入口实施严格交通管制,公共交通停运。")


def _whole_read(found: dict, city: str) -> bool:
    return any(place in (city, "全市") for places in found.values() for place in places)


def test_whole_city_of_its_own_office_is_the_city() -> None:
    assert by_level(_whole("迁安市")) == {("silent", "迁安市"): ["迁安市"]}


def test_whole_own_variants() -> None:
    assert by_level(_whole("涿州市", "决定自8月5日18时起全市实行静默管理")) == {("silent", "涿州市"): ["涿州市"]}
    assert by_level(_whole("阜平县", "决定在全县实行静默管理至2022年8月9日24时")) == {
        ("silent", "阜平县"): ["阜平县"]}
    assert by_level(_whole("晋源区", "决定在全区实行临时静态管理")) == {("silent", "晋源区"): ["晋源区"]}


def test_whole_own_in_traditional_and_full_width() -> None:
    assert by_level(in_traditional(_whole("定州市"))) == {("silent", "定州市"): ["定州市"]}
    assert by_level(_whole("定州市").translate(FULL_WIDTH)) == {("silent", "定州市"): ["定州市"]}


@settings(max_examples=25, deadline=None)
@given(city=st.sampled_from(CITIES), estate=invented_names(PLAIN_SYLLABLES))
def test_whole_own_property(city: str, estate: str) -> None:
    assume(_fresh(estate))
    text = _whole(city) + f"\n三、{estate}小区物业做好出入登记。"
    assert by_level(text) == {("silent", city): [city]}


def test_whole_own_near_misses() -> None:
    # (the county-level city's own office, read)
    assert by_level(_whole("迁安市")) == {("silent", "迁安市"): ["迁安市"]}
    # a prefecture city's office: its 全市 is no county-level city
    assert by_level(_whole("唐山市")) == {("silent", None): ["全市"]}
    # a district's office and 全市: another kind, not the district
    assert ("silent", "晋源区") not in by_level(_whole("晋源区"))
    # a town's office
    assert by_level(_whole("迁安市杨店子镇")) == {("silent", None): ["全市"]}
    # hedged, past
    for sentence in ("如疫情扩散,全市实行静默管理", "此前全市实行静默管理,现已解除"):
        assert not _whole_read(by_level(_whole("迁安市", sentence)), "迁安市"), sentence


# --- a named area's residents kept at home for set days -----------------------------------------------------------


def _area(sentence: str) -> str:
    return ("关于强化做好疫情防控的公告\n当前,入(返)城人员急剧增多,疫情输入性风险陡增,现将有关事项公告如下:\n"
            f"一、强化人员有序流动。倡导非必要不流动、不外出;{sentence},过境司乘人员全程闭环有序通行。\n"
            "二、强化核酸检测。请主动参加全市全员核酸检测。")


def test_area_residents_home_for_days_is_silent() -> None:
    assert by_level(_area("11月9日至15日人员减少流动,迎泽城区居民原则上居家不外出")) == {
        (("silent", None)): ["迎泽城区"]}


def test_area_residents_home_variants() -> None:
    assert by_level(_area("10月3日至9日,小店区居民一律居家不外出")) == {("silent", "小店区"): ["小店区"]}
    assert by_level(_area("清徐县居民居家7天,不得外出")) == {("silent", "清徐县"): ["清徐县"]}
    assert by_level(_area("11月9日至11月15日,晋源区主城区居民原则上居家,不出门")) == {
        ("silent", "晋源区"): ["主城区"]}


def test_area_residents_home_in_traditional_and_full_width() -> None:
    assert by_level(in_traditional(_area("11月9日至15日人员减少流动,迎泽城区居民原则上居家不外出"))) == {
        ("silent", None): ["迎泽城区"]}
    assert by_level(_area("11月9日至15日人员减少流动,迎泽城区居民原则上居家不外出").translate(FULL_WIDTH)) == {
        ("silent", None): ["迎泽城区"]}


@settings(max_examples=25, deadline=None)
@given(district=st.sampled_from(DISTRICTS + COUNTIES), day=st.integers(1, 20))
def test_area_residents_home_property(district: str, day: int) -> None:
    text = _area(f"11月{day}日至{day + 6}日人员减少流动,{district}居民原则上居家不外出")
    assert by_level(text) == {("silent", district): [district]}


def test_area_residents_home_near_misses() -> None:
    # no set days: a standing appeal
    assert by_level(_area("迎泽城区居民原则上居家不外出")) == {}
    # hedged
    assert by_level(_area("如疫情扩散,11月9日至15日迎泽城区居民居家不外出")) == {}
    # returning people's home stay
    assert by_level(_area("11月9日至15日返乡人员居家健康监测,迎泽城区居民原则上居家不外出")) == {}
    # an area that is no division's
    assert by_level(_area("11月9日至15日,金华小区居民原则上居家不外出")) == {}


# --- the office's own residents kept at home for a set time -------------------------------------------------------


def _home(office: str, item: str) -> str:
    return ("关于进一步加强新型冠状病毒肺炎疫情防控措施的紧急通告\n为全力做好疫情防控工作,现紧急通告如下:\n"
            "一、自2月5日12时起,对外交通一律暂时关闭。\n二、全市所有企业一律停工。\n"
            f"三、{item}\n{office}新型冠状病毒肺炎疫情防控工作领导小组\n2020年2月5日")


_ITEM = ("严格落实村自为战。市民从即日起自行居家两周,每户家庭每周不超过2人次外出采购生活物资,"
         "无其他特殊情况一律不得外出。")


def test_own_residents_home_for_a_set_time_is_silent() -> None:
    assert by_level(_home("辛集市", _ITEM)) == {("silent", "辛集市"): ["辛集市"]}


def test_own_residents_home_variants() -> None:
    item = "全县居民居家14天,除就医外一律不得外出。"
    assert by_level(_home("涞源县", item)) == {("silent", "涞源县"): ["涞源县"]}
    item = "全体居民自即日起居家7天,严禁外出。"
    assert by_level(_home("迎泽区", item)) == {("silent", "迎泽区"): ["迎泽区"]}
    item = "广大市民居家十天,非特殊情况不得出门。"
    assert by_level(_home("晋州市", item)) == {("silent", "晋州市"): ["晋州市"]}


def test_own_residents_home_in_traditional_and_full_width() -> None:
    assert by_level(in_traditional(_home("辛集市", _ITEM))) == {("silent", "辛集市"): ["辛集市"]}
    assert by_level(_home("辛集市", _ITEM).translate(FULL_WIDTH)) == {("silent", "辛集市"): ["辛集市"]}


@settings(max_examples=25, deadline=None)
@given(city=st.sampled_from(CITIES), village=invented_names(PLAIN_SYLLABLES))
def test_own_residents_home_property(city: str, village: str) -> None:
    assume(_fresh(village))
    text = _home(city, _ITEM.replace("村自为战", f"{village}村自为战"))
    assert by_level(text) == {("silent", city): [city]}


def test_own_residents_home_near_misses() -> None:
    # returning people's home health monitoring; advised only; no ban on going out
    assert by_level(_home("辛集市", "返乡市民居家14天健康监测,一律不得外出。")) == {}
    assert by_level(_home("辛集市", "市民居家14天健康监测,无特殊情况不得外出。")) == {}
    assert by_level(_home("辛集市", "建议市民居家两周,无特殊情况不得外出。")) == {}
    assert by_level(_home("辛集市", "市民从即日起自行居家两周,减少聚集。")) == {}
    # hedged
    assert by_level(_home("辛集市", "如疫情扩散,市民居家两周,一律不得外出。")) == {}
    # a town's office; a prefecture city's office; 市民 under a county's office
    assert by_level(_home("辛集市和平街道", _ITEM)) == {}
    assert by_level(_home("石家庄市", _ITEM)) == {}
    assert by_level(_home("涞源县", _ITEM)) == {}


# --- a whole county's people under isolation control --------------------------------------------------------------


def _isolated(sentence: str, office: str = "阜平县") -> str:
    return (f"中新网保定1月8日电 8日,河北{office}应对新冠肺炎疫情工作领导小组办公室通告,{sentence}。\n"
            "  6日开展全民核酸检测工作,截止到7日24时,已对全县所有常住和流动人口进行完核酸检测采样工作。")


_SAMPLED = "自7日起至9日0时全民核酸检测结果出来前,阜平全县采样人员实行“隔离管控”,无特殊情况不准外出"


def test_whole_isolation_control_is_silent() -> None:
    assert by_level(_isolated(_SAMPLED)) == {("silent", "阜平县"): ["阜平县"]}


def test_whole_isolation_control_variants() -> None:
    assert by_level(_isolated(_SAMPLED.replace("阜平全县", "阜平县全县"))) == {("silent", "阜平县"): ["阜平县"]}
    assert by_level(_isolated("自即日起,全县居民实行隔离管控,无特殊情况不得外出")) == {
        ("silent", "阜平县"): ["阜平县"]}
    text = _isolated("自即日起,全区人员实施居家隔离管控,除特殊情况外一律不准外出", office="晋源区")
    assert by_level(text) == {("silent", "晋源区"): ["晋源区"]}


def test_whole_isolation_control_in_traditional_and_full_width() -> None:
    assert by_level(in_traditional(_isolated(_SAMPLED))) == {("silent", "阜平县"): ["阜平县"]}
    assert by_level(_isolated(_SAMPLED).translate(FULL_WIDTH)) == {("silent", "阜平县"): ["阜平县"]}


@settings(max_examples=25, deadline=None)
@given(county=st.sampled_from(COUNTIES), office=invented_names(PLAIN_SYLLABLES))
def test_whole_isolation_control_property(county: str, office: str) -> None:
    assume(_fresh(office))
    text = _isolated(f"{county[:-1]}全县居民实行“隔离管控”,无特殊情况不准外出", office=f"{office}镇")
    assert by_level(text) == {("silent", county): [county]}


def test_whole_isolation_control_near_misses() -> None:
    # a group of people
    assert by_level(_isolated("阜平全县密接人员实行“隔离管控”,无特殊情况不准外出")) == {}
    assert by_level(_isolated("全县返乡人员实行隔离管控,无特殊情况不准外出")) == {}
    # hedged
    assert by_level(_isolated("如出现阳性病例,阜平全县居民实行隔离管控,无特殊情况不准外出")) == {}
    # no county named nor an office's own
    assert by_level(_isolated("全县居民实行隔离管控,无特殊情况不准外出", office="金华镇")) == {}


# --- a zone's 全区 restating the zone it names ---------------------------------------------------------------------


def _zone(zone: str, decision: str = "决定从2022年10月23日22时开始,继续对全区实施静态管理") -> str:
    return (f"{zone}延长静态管理期\n\n10月18日22时始,我区连续实施了为期6天的静默管理,在此向大家表示感谢!\n\n"
            f"{zone}全区继续实施静态管理:\n\n当前,我区疫情防控形势趋于平稳,经组织专家综合研判,{decision},"
            "具体结束时间视疫情形势进行动态调整。\n\n请广大居民及时关注官方发布权威信息。")


def test_zone_restated_whole_is_the_zone() -> None:
    assert by_level(_zone("鹤壁高新区")) == {("silent", "鹤壁高新区"): ["鹤壁高新区"]}


def test_zone_restated_variants() -> None:
    assert by_level(_zone("株洲高新区")) == {("silent", "株洲高新区"): ["株洲高新区"]}
    assert by_level(_zone("鹤壁经开区", "决定继续对全区实行静默管理")) == {("silent", "鹤壁经开区"): ["鹤壁经开区"]}
    assert by_level(_zone("株洲高新区", "决定全区继续实施静态管理")) == {("silent", "株洲高新区"): ["株洲高新区"]}


def test_zone_restated_in_traditional_and_full_width() -> None:
    assert by_level(in_traditional(_zone("鹤壁高新区"))) == {("silent", "鹤壁高新区"): ["鹤壁高新区"]}
    assert by_level(_zone("鹤壁高新区").translate(FULL_WIDTH)) == {("silent", "鹤壁高新区"): ["鹤壁高新区"]}


@settings(max_examples=20, deadline=None)
@given(city=st.sampled_from(["鹤壁", "株洲", "郑州", "洛阳", "襄阳"]), estate=invented_names(PLAIN_SYLLABLES))
def test_zone_restated_property(city: str, estate: str) -> None:
    assume(_fresh(estate))
    text = _zone(f"{city}高新区") + f"\n\n{estate}小区物业做好出入登记。"
    assert by_level(text) == {("silent", f"{city}高新区"): [f"{city}高新区"]}


def test_zone_restated_near_misses() -> None:
    # two zones named: the 全区 is no one's
    text = _zone("鹤壁高新区").replace("请广大居民", "株洲高新区全区继续实施静态管理。请广大居民")
    assert ("silent", "鹤壁高新区") not in by_level(text) or ("silent", None) in by_level(text)
