"""Forms of the fifty-second held-out set: a county (district, banner) its own notice names entering silence
("A县即刻起进入静默状态", "当日起A县延长静默管理5天", a copy's "延伸" for 延长), read as the division's silence; and
every resident of the office's own district kept at home with no exception ("全区居民一律居家不得外出"), read as the
whole district's silence; a full control (全面管控) of an area whose own measures keep every resident at
home ("对A县城区实行全面管控。…全面管控期间,…全体居民居家"), read as the area's silence. Near-misses: hedged
or past silences ("如疫情扩散,…", "此前…", "参照…", "…已于11月20日结束"), a division not the notice's own, a
town's office, and people kept at home only when needed ("全区居民非必要不离开"). Notices here are written for the
tests."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    by_level,
    in_traditional,
    invented_names,
)

# Known counties and districts (not the corpus's notices' own), the places of the whole-division forms.
COUNTIES = ["阜平县", "涞源县", "清徐县", "阳曲县", "娄烦县", "晋源区", "迎泽区"]

# --- a named division entering silence ------------------------------------------------------------------------


def _entered(county: str, sentence: str, office: str | None = None) -> str:
    return (f"{office or county}新冠肺炎疫情防控工作指挥部公告\n"
            f"为坚决切断疫情传播渠道,根据县疫情防控工作指挥部统一部署,现就有关事项公告如下:\n"
            f"一、{sentence}各小区(自然村)实行封闭管理,非必要不出行,原则上必须居家。\n"
            "二、除保供超市、保供药店和医疗机构等场所外,其余经营性场所一律暂停营业。")


def test_a_named_county_entering_silence_is_read_silent() -> None:
    assert by_level(_entered("阜平县", "阜平县即刻起进入静默状态,")) == {("silent", "阜平县"): ["阜平县"]}


def test_division_entering_silence_variants() -> None:
    # prolonged, by days, a report's time first
    text = "涞源县延长静默管理5天\n10月1日电 经专家研判,当日起涞源县延长静默管理5天。静默管理期间,全体居民居家。"
    assert by_level(text) == {("silent", "涞源县"): ["涞源县"]}
    # a copy's rewording "延伸" for 延长
    text = "涞源县延伸静默管理5天\n10月1日电 经专家研判,当日起涞源县延伸静默管理5天。静默管理期间,全体居民居家。"
    assert by_level(text) == {("silent", "涞源县"): ["涞源县"]}
    # a district, from an hour, static
    text = _entered("迎泽区", "迎泽区自10月3日18时起进入静态状态,")
    assert by_level(text) == {("silent", "迎泽区"): ["迎泽区"]}


def test_division_entering_silence_in_traditional_and_full_width() -> None:
    assert by_level(in_traditional(_entered("阜平县", "阜平县即刻起进入静默状态,"))) == {
        ("silent", "阜平县"): ["阜平县"]}
    text = _entered("阜平县", "阜平县自10月2日18时起进入静默状态,").translate(HALF_TO_FULL)
    assert by_level(text) == {("silent", "阜平县"): ["阜平县"]}


@settings(max_examples=30, deadline=None)
@given(county=st.sampled_from(COUNTIES), village=invented_names(PLAIN_SYLLABLES))
def test_division_entering_silence_property(county: str, village: str) -> None:
    assume(not any(village.startswith(city) for city in PREFECTURE_CITIES))
    text = _entered(county, f"{county}即刻起进入静默状态,") + f"\n三、{village}村居民非必要不出村。"
    assert by_level(text) == {("silent", county): [county]}


def test_division_entering_silence_near_misses() -> None:
    # (the notice's own, as written, read)
    assert by_level(_entered("阜平县", "阜平县即刻起进入静默状态,")) == {("silent", "阜平县"): ["阜平县"]}
    # hedged, told, taken as a model, over
    for sentence in ("如疫情扩散,阜平县即刻起进入静默状态,", "此前阜平县进入静默状态,现已解除,",
                     "参照阜平县进入静默状态,", "阜平县延长静默管理已于11月20日结束,"):
        assert by_level(_entered("阜平县", sentence)) == {}, sentence
    # another county's silence, not the notice's own; a town's office
    assert by_level(_entered("阜平县", "涞源县即刻起进入静默状态,", office="阜平县")) == {}
    assert by_level(_entered("阜平县", "阜平县即刻起进入静默状态,", office="阜平县城厢镇")) == {}
    # the silence's time or its end, no entering
    assert by_level(_entered("阜平县", "阜平县进入静默状态期间,")) == {}


# --- every resident of the office's own division kept at home --------------------------------------------------


def _home(county: str, item: str, office: str | None = None) -> str:
    return (f"紧急通知\n{office or county}新型冠状病毒肺炎疫情防控指挥部发布紧急通知,通知内容如下:\n"
            "为减少人员流动,降低传播扩散风险,现就有关事项紧急通知如下:\n"
            "1、除消防、急救车辆外,其他车辆一律不得进出小区。\n"
            f"2、{item},家庭成员之间相互保持安全距离。\n"
            "3、所有企业职工已到岗人员不得离开单位。")


def test_whole_residents_kept_at_home_is_the_division_silent() -> None:
    assert by_level(_home("晋源区", "全区居民一律居家不得外出")) == {("silent", "晋源区"): ["晋源区"]}


def test_whole_residents_home_variants() -> None:
    assert by_level(_home("阜平县", "全县居民一律居家,不得外出")) == {("silent", "阜平县"): ["阜平县"]}
    assert by_level(_home("阜平县", "全县所有居民居家严禁外出")) == {("silent", "阜平县"): ["阜平县"]}
    assert by_level(_home("晋源区", "全区群众一律居家不得出门")) == {("silent", "晋源区"): ["晋源区"]}


def test_whole_residents_home_in_traditional_and_full_width() -> None:
    assert by_level(in_traditional(_home("晋源区", "全区居民一律居家不得外出"))) == {
        ("silent", "晋源区"): ["晋源区"]}
    assert by_level(_home("晋源区", "全区居民一律居家不得外出").translate(HALF_TO_FULL)) == {
        ("silent", "晋源区"): ["晋源区"]}


@settings(max_examples=30, deadline=None)
@given(county=st.sampled_from(COUNTIES), estate=invented_names(PLAIN_SYLLABLES))
def test_whole_residents_home_property(county: str, estate: str) -> None:
    assume(not any(estate.startswith(city) for city in PREFECTURE_CITIES))
    own = "全" + county[-1]
    text = _home(county, f"{own}居民一律居家不得外出") + f"\n4、{estate}小区物业做好出入登记。"
    assert by_level(text) == {("silent", county): [county]}


def test_whole_residents_home_near_misses() -> None:
    # (every resident kept at home, with no exception, read)
    assert by_level(_home("晋源区", "全区居民一律居家不得外出")) == {("silent", "晋源区"): ["晋源区"]}
    # people kept at home only when needed: a measure, no place
    assert by_level(_home("晋源区", "全区居民非必要不离开本区")) == {}
    assert by_level(_home("晋源区", "全区居民非必要不外出")) == {}
    # hedged
    assert by_level(_home("晋源区", "如疫情扩散,全区居民一律居家不得外出")) == {}
    # a town's (street's) office; an office naming no known district; another kind of division
    assert by_level(_home("晋源区", "全区居民一律居家不得外出", office="晋源区义井街道")) == {}
    assert by_level(_home("晋源区", "全区居民一律居家不得外出", office="城厢镇")) == {}
    assert by_level(_home("阜平县", "全区居民一律居家不得外出")) == {}
    # a group of people, not every resident
    assert by_level(_home("晋源区", "全区密接人员一律居家不得外出")) == {}


# --- a full control whose measures keep every resident at home --------------------------------------------------


def _full_control(obj: str, measures: str = "全体居民居家,小区封闭管理") -> str:
    return (f"{obj}实行全面管控通告\n当前疫情形势严峻复杂,经专家分析研判,"
            f"决定自2022年9月25日早5时起,对{obj}实行全面管控。"
            f"现将有关事宜通告如下:\n1.全面管控期间,除核酸检测、医疗救护等工作人员外,{measures}。继续实行交通管控。\n"
            "2.除指定超市外,其余各类经营性场所暂停营业。")


def test_full_control_keeping_residents_home_is_silent() -> None:
    assert by_level(_full_control("阜平县城区")) == {("silent", "阜平县"): ["城区"]}


def test_full_control_at_home_variants() -> None:
    assert by_level(_full_control("涞源县城区", "所有居民一律居家,小区封闭管理")) == {("silent", "涞源县"): ["城区"]}
    text = _full_control("阜平县城区").replace("实行全面管控。", "实施全面管控。")
    assert by_level(text) == {("silent", "阜平县"): ["城区"]}
    assert by_level(_full_control("阜平县城区", "全体群众居家")) == {("silent", "阜平县"): ["城区"]}


def test_full_control_at_home_in_traditional_and_full_width() -> None:
    assert by_level(in_traditional(_full_control("阜平县城区"))) == {("silent", "阜平县"): ["城区"]}
    assert by_level(_full_control("阜平县城区").translate(HALF_TO_FULL)) == {("silent", "阜平县"): ["城区"]}


@settings(max_examples=30, deadline=None)
@given(county=st.sampled_from(COUNTIES), town=invented_names(PLAIN_SYLLABLES))
def test_full_control_at_home_property(county: str, town: str) -> None:
    assume(not any(town.startswith(city) for city in PREFECTURE_CITIES))
    assert by_level(_full_control(f"{county}{town}镇")) == {("silent", county): [f"{town}镇"]}


def test_full_control_at_home_near_misses() -> None:
    # (as written, read)
    assert by_level(_full_control("阜平县城区")) == {("silent", "阜平县"): ["城区"]}
    # a traffic control, people only let in: no level
    text = ("自2022年2月16日19时起,对进出城厢镇的所有道路实施全面管控。\n管控期间,人员原则上只进不出,"
            "确需出入的,须持有24小时内核酸检测阴性证明。")
    assert by_level(text) == {}
    # residents at home only when needed
    assert ("silent", "阜平县") not in by_level(_full_control("阜平县城区", "居民非必要不外出"))
    # hedged
    text = _full_control("阜平县城区").replace("决定自2022年9月25日早5时起,", "如疫情扩散,")
    assert ("silent", "阜平县") not in by_level(text)
