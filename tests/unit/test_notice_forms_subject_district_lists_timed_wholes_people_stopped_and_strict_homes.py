"""Forms of the fifty-third held-out set: whole county-level divisions silenced. A city's report listing its
districts (and its development zones by name) as the subject of static management, the last after 和 ("自9月10日
16时起,A县、B县和C市实行全域静态管理", "对A区、B区、内江经开区实行全域静态管理"); a roundup's named county, then a
time, then its whole under (continued) static management ("A县9月8日继续实行全县全域静态管理", "A县<time>,对全县
继续实行全域静态管理", "A市全市全域静态管理时间延长至9月11日8时"), a county whose name opens with 若 or 如 being no
hedge; the office's whole county with its people stopped ("全县实行人员静止"), the office a county's Party committee
("A县县委统筹…领导小组"); and the office's whole county under strict management with its residents kept at home
for days ("全县实行从严管理;…广大居民…居家7天"). Near-misses: hedges ("如疫情扩散,…"), past silences lifted, a
part named after the time, a town's office, returning people's home monitoring. Notices here are written for the
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

FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
# Known counties and districts (not the corpus's notices' own), the places of the whole-division forms.
COUNTIES = ["阜平县", "涞源县", "清徐县", "阳曲县", "娄烦县", "晋源区", "迎泽区"]


def _silent(*places: str) -> dict[tuple[str | None, str | None], list[str]]:
    return {("silent", place): [place] for place in places}


def _not_invented(name: str) -> bool:
    return not any(name.startswith(city) or city.startswith(name) for city in PREFECTURE_CITIES) \
        and not any(name.startswith(p) for p in PROVINCES)


# --- a list of districts, the subject of the silence ----------------------------------------------------------

def _report(sentence: str) -> str:
    return ("太原市全面实施疫情防控静态管理\n"
            f"9月9日,市应对疫情应急指挥部发布通告,{sentence}每天开展一轮全员核酸检测。"
            "高、中风险区采取封控管理;低风险区原则上居家,非必要不外出。")


def test_listed_districts_as_subject_are_silent() -> None:
    text = _report("自9月10日16时起,清徐县、阳曲县和娄烦县实行全域静态管理,")
    assert by_level(text) == _silent("清徐县", "阳曲县", "娄烦县")


def test_listed_districts_variants() -> None:
    # 及 for 和, silent management, two only
    assert by_level(_report("自9月10日16时起,清徐县及阳曲县实行静默管理,")) == _silent("清徐县", "阳曲县")
    # with 对, a development zone of the city by its name among the districts
    text = _report("自9月10日0时起,对迎泽区、晋源区、太原经开区实行全域静态管理。")
    assert by_level(text) == _silent("迎泽区", "晋源区", "太原经开区")
    # the subject list with a zone, 继续
    text = _report("自9月10日0时起,阜平县、涞源县和阜平高新区继续实行全域静态管理,")
    assert by_level(text) == _silent("阜平县", "涞源县", "阜平高新区")


def test_listed_districts_in_traditional_and_full_width() -> None:
    text = _report("自9月10日16时起,清徐县、阳曲县和娄烦县实行全域静态管理,")
    assert by_level(in_traditional(text)) == _silent("清徐县", "阳曲县", "娄烦县")
    assert by_level(text.translate(HALF_TO_FULL).translate(FULL_DIGITS)) == _silent("清徐县", "阳曲县", "娄烦县")


@settings(max_examples=25, deadline=None)
@given(first=st.sampled_from(COUNTIES), second=st.sampled_from(COUNTIES), zone=invented_names(PLAIN_SYLLABLES))
def test_listed_districts_property(first: str, second: str, zone: str) -> None:
    assume(first != second and _not_invented(zone))
    text = _report(f"自9月10日16时起,{first}、{zone}经开区和{second}实行全域静态管理,")
    assert by_level(text) == _silent(first, f"{zone}经开区", second)


def test_listed_districts_near_misses() -> None:
    # hedged, as a plan
    assert by_level(_report("如疫情扩散,清徐县、阳曲县和娄烦县实行全域静态管理,")) == {}
    assert by_level(_report("必要时,清徐县、阳曲县和娄烦县实行全域静态管理,")) == {}
    # a past silence, lifted or ended
    assert by_level(_report("此前,清徐县、阳曲县和娄烦县实行全域静态管理,现已解除,")) == {}
    assert by_level(_report("自9月10日起,清徐县、阳曲县和娄烦县实行全域静态管理已于9月20日结束,")) == {}
    # the management's time, no order
    assert by_level(_report("清徐县、阳曲县和娄烦县实行全域静态管理期间,")) == {}
    # a list of no known district is not split as one
    assert ("silent", "清徐县") not in by_level(_report("自9月10日起,金华小区、阳光小区实行静默管理,"))


# --- a named division, a time, its whole under static management --------------------------------------------

def _roundup(sentence: str) -> str:
    return (f"{sentence}\n其他解封的区县各类娱乐场所暂停开放和营业。宗教活动场所暂时关闭。\n"
            "而且解封的区县来(返)人员,需提前3天向村、社区报备。")


def test_named_division_with_a_time_whole_after_the_verb() -> None:
    assert by_level(_roundup("清徐县9月8日继续实行全县全域静态管理。")) == _silent("清徐县")


def test_named_division_with_a_time_variants() -> None:
    # the time a span, then 对全县
    text = _roundup("阳曲县2022年9月8日08时-9月11日08时,对全县继续实行全域静态管理。")
    assert by_level(text) == _silent("阳曲县")
    # the management's time prolonged
    assert by_level(_roundup("晋源区全区全域静态管理时间延长至9月11日8时。")) == _silent("晋源区")
    # three in a row
    text = _roundup("晋源区全区全域静默管理时间延长至9月11日8时。阳曲县9月8日08时-9月11日08时,对全县继续实行全域"
                    "静态管理。娄烦县9月8日继续实行全县全域静态管理。")
    assert by_level(text) == _silent("晋源区", "阳曲县", "娄烦县")
    # a county whose name opens with 若 or 如 is no hedge
    assert by_level(_roundup("晋源区全区全域静态管理时间延长至9月11日8时。若羌县9月8日继续实行全县全域静态管理。")) \
        == _silent("晋源区", "若羌县")
    assert by_level(_roundup("如东县9月8日继续实行全县全域静态管理。")) == _silent("如东县")


def test_named_division_with_a_time_in_traditional_and_full_width() -> None:
    text = _roundup("阳曲县2022年9月8日08时-9月11日08时,对全县继续实行全域静态管理。")
    assert by_level(in_traditional(text)) == _silent("阳曲县")
    assert by_level(text.translate(HALF_TO_FULL).translate(FULL_DIGITS)) == _silent("阳曲县")


@settings(max_examples=25, deadline=None)
@given(county=st.sampled_from(COUNTIES), town=invented_names(PLAIN_SYLLABLES))
def test_named_division_with_a_time_property(county: str, town: str) -> None:
    assume(_not_invented(town))
    own = "全" + county[-1]
    text = _roundup(f"{county}9月8日继续实行{own}全域静态管理。{town}镇居民非必要不出镇。")
    assert by_level(text) == _silent(county)


def test_named_division_with_a_time_near_misses() -> None:
    # hedged; a past silence lifted; the management's time; another kind's whole
    for sentence in ("如疫情扩散,清徐县9月8日继续实行全县全域静态管理。",
                     "清徐县9月1日实行全县全域静态管理,现予以解除。",
                     "清徐县9月8日实行全县全域静态管理以来,未发现新增病例。",
                     "清徐县9月8日实行全市全域静态管理。",
                     "清徐县9月1日-9月8日实行全县全域静态管理,9月9日起解除。"):
        assert ("silent", "清徐县") not in by_level(_roundup(sentence)), sentence
    # a part named after the time is that part's, no whole county
    assert ("silent", "清徐县") not in by_level(_roundup("清徐县9月8日起城区实行静态管理。"))


# --- the office's whole county with its people stopped -------------------------------------------------------

def _stopped(sentence: str, office: str = "清徐县") -> str:
    return (f"{office}疫情防控工作领导小组办公室关于加强疫情防控工作的紧急通知\n"
            f"1、{sentence}配合做好核酸检测,居家等候检测结果。\n"
            "2、县界、乡界、村口等道路设置卡点,人员一律不进不出。\n"
            "3、各养老机构实行封闭管理。")


def test_whole_county_people_stopped_is_silent() -> None:
    assert by_level(_stopped("从即刻起,全县实行人员静止,")) == _silent("清徐县")


def test_whole_county_people_stopped_variants() -> None:
    # a district, 全区
    assert by_level(_stopped("从即刻起,全区实行人员静止,", office="迎泽区")) == _silent("迎泽区")
    # 全域静默
    assert by_level(_stopped("自7月24日18时起,全县实行全域静默,", office="阳曲县")) == _silent("阳曲县")
    # the county's Party committee's office (县委), a two-character county
    assert by_level(_stopped("从即刻起,全县实行人员静止,", office="杞县县委统筹疫情防控和经济运行工作")) \
        == _silent("杞县")


def test_whole_county_people_stopped_in_traditional_and_full_width() -> None:
    text = _stopped("从即刻起,全县实行人员静止,")
    assert by_level(in_traditional(text)) == _silent("清徐县")
    text = _stopped("自7月24日18时起,全县实行人员静止,").translate(HALF_TO_FULL).translate(FULL_DIGITS)
    assert by_level(text) == _silent("清徐县")


@settings(max_examples=25, deadline=None)
@given(county=st.sampled_from(COUNTIES), village=invented_names(PLAIN_SYLLABLES))
def test_whole_county_people_stopped_property(county: str, village: str) -> None:
    assume(_not_invented(village))
    text = _stopped(f"从即刻起,全{county[-1]}实行人员静止,", office=county) + f"\n4、{village}村居民非必要不出村。"
    assert by_level(text) == _silent(county)


def test_whole_county_people_stopped_near_misses() -> None:
    for sentence in ("如疫情扩散,全县实行人员静止,", "全县实行人员静止期间,", "全县实行人员静止已于7月30日解除,"):
        assert by_level(_stopped(sentence)) == {}, sentence
    # a town's office
    assert by_level(_stopped("从即刻起,全县实行人员静止,", office="清徐县东于镇")) == {}


# --- the office's whole county under strict management, its residents at home for days -----------------------

def _strict(first: str, second: str, office: str = "阳曲县新冠肺炎疫情防控领导小组办公室") -> str:
    return ("全县广大居民:\n根据当前疫情防控形势,我县组织进行了全员核酸检测,现通告如下:\n"
            f"1.{first}\n2.{second}确需外出的,凭核酸阴性证明方可进行必要的外出活动;\n"
            f"3.请自觉保持勤通风、勤洗手的良好卫生习惯。\n{office}\n2021年1月15日")


_STRICT = "自2021年1月16日0时至22日24时起,全县实行从严管理;"
_AT_HOME = "请广大居民非必要不出村、社区,自觉执行居家7天的防控措施,"


def test_whole_county_strict_with_residents_home_is_silent() -> None:
    assert by_level(_strict(_STRICT, _AT_HOME)) == _silent("阳曲县")


def test_whole_county_strict_variants() -> None:
    # 严格管理, all residents, days in Chinese numerals
    text = _strict("自1月16日0时起,全县实行严格管理;", "全体居民非必要不出小区,居家七天,")
    assert by_level(text) == _silent("阳曲县")
    # a district
    text = _strict(_STRICT.replace("全县", "全区"), _AT_HOME, office="迎泽区新冠肺炎疫情防控领导小组办公室")
    assert by_level(text) == _silent("迎泽区")
    # a banner
    text = _strict(_STRICT.replace("全县", "全旗"), _AT_HOME, office="土默特左旗新冠肺炎疫情防控指挥部")
    assert by_level(text) == _silent("土默特左旗")


def test_whole_county_strict_in_traditional_and_full_width() -> None:
    assert by_level(in_traditional(_strict(_STRICT, _AT_HOME))) == _silent("阳曲县")
    assert by_level(_strict(_STRICT, _AT_HOME).translate(HALF_TO_FULL).translate(FULL_DIGITS)) == _silent("阳曲县")


@settings(max_examples=25, deadline=None)
@given(county=st.sampled_from(COUNTIES), village=invented_names(PLAIN_SYLLABLES))
def test_whole_county_strict_property(county: str, village: str) -> None:
    assume(_not_invented(village))
    text = _strict(_STRICT.replace("全县", "全" + county[-1]), _AT_HOME,
                   office=f"{county}新冠肺炎疫情防控领导小组办公室") + f"\n{village}村村民委员会"
    assert by_level(text) == _silent(county)


def test_whole_county_strict_near_misses() -> None:
    # no residents at home for days; returning people's home monitoring; hedged; a town's office
    assert by_level(_strict(_STRICT, "请广大居民非必要不外出,")) == {}
    assert by_level(_strict(_STRICT, "广大返乡居民抵达后居家7天健康监测,")) == {}
    assert by_level(_strict(_STRICT, "如疫情扩散,请广大居民自觉执行居家7天的防控措施,")) == {}
    assert by_level(_strict(_STRICT, _AT_HOME, office="阳曲县黄寨镇新冠肺炎疫情防控领导小组办公室")) == {}
