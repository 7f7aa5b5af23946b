"""Forms of the fifty-ninth held-out set (part b), each in variants written here (invented places in the wording of
the real forms), and properties over generated names:

* a decision adjusting the silent management's time of districts named one by one, then prolonging it after a comma
  ("调整A区、B区、C区“三区”全域静默管理时间,整体延长至10月24日6时"): each district silenced, as itself; the quoted
  count and 全域 no place;
* a place with its earlier change timed by its day before the days without cases ("A村自7月12日15时降级为中风险区域后,
  已连续3天无新增感染者,自7月15日15时起,由中风险区域降级为低风险区域"): the place is the subject of the change after;
* a cited rule's colon before the place and its condition ("根据《…》关于风险区解除标准规定:A酒店已连续3天无新增感染者,
  自…起,由中风险区域降级为低风险区域"): the lead, no label; the place is the sentence's subject;
* a lead that draws the office's areas of a level ("划定我区部分高风险区域。现将有关事项通告如下:") over "一、具体点位"
  and a place on the line below: the place at the lead's level;
* numbered items of a temporary control naming no level, each given its measures in quotes ("一、A实行“足不出户,上门
  服务”等临时管控措施", "二、B,实行“只进不出,…”等临时管控措施"): sealed for the homes kept, controlled for only
  coming in.
"""

from __future__ import annotations

from hypothesis import assume, given, settings

from fangkong.areas.notice_parsing.divisions import _divisions
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    PROVINCES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

word = invented_names(PLAIN_SYLLABLES)


_REAL_DISTRICTS = _divisions()[0]


def _invented(*names: str) -> bool:
    # (nor one ending in a real district: "金兴宁区" holds 兴宁区, which the parser rightly reads as that district)
    return not any(n.startswith(p) for n in names for p in (*PREFECTURE_CITIES, *PROVINCES)) and not any(
        f"{n}区"[i:] in _REAL_DISTRICTS for n in names for i in range(1, len(n)))


# ---------------------------------------------------------------------------------------------------
# "调整A区、B区、C区“三区”全域静默管理时间,整体延长至…": the districts' silence prolonged, each district a place


def test_districts_silent_time_adjusted_then_prolonged() -> None:
    text = ("鉴于我市疫情形势仍然复杂,太原市疫情防控领导小组决定:调整小店区、迎泽区、杏花岭区“三区”全域静默管理时间,"
            "整体延长至11月2日6时,到期后将根据疫情形势变化及时动态调整。\n太原市疫情防控办\n2022年10月28日")
    assert by_level(text) == {("silent", "小店区"): ["小店区"], ("silent", "迎泽区"): ["迎泽区"],
                              ("silent", "杏花岭区"): ["杏花岭区"]}


def test_districts_silent_time_adjusted_with_full_width_punctuation() -> None:
    text = ("呼和浩特市疫情防控指挥部决定:调整新城区、回民区“两区”静默管理期限，统一延长至10月20日24时。"
            .translate(HALF_TO_FULL))
    assert by_level(text) == {("silent", "新城区"): ["新城区"], ("silent", "回民区"): ["回民区"]}


def test_districts_silent_time_adjusted_in_traditional_characters() -> None:
    text = in_traditional("经综合研判,市疫情防控领导小组决定:调整城关区、七里河区、安宁区三区全域静默管理时间,"
                          "整体延长至11月5日24时。")
    assert by_level(text) == {("silent", "城关区"): ["城关区"], ("silent", "七里河区"): ["七里河区"],
                              ("silent", "安宁区"): ["安宁区"]}


def test_adjusted_silent_time_not_prolonged_or_hedged_sets_nothing() -> None:
    # (guards: the time adjusted to another schedule is no prolonging; a hedged adjustment sets nothing)
    text = "市疫情防控领导小组决定:调整小店区、迎泽区静默管理时间,改为每日20时至次日6时。"
    assert levels_of(text) == {}
    text = "如疫情形势仍未好转,将调整小店区、迎泽区静默管理时间,整体延长至11月2日6时。"
    assert levels_of(text) == {}


@settings(max_examples=25, deadline=None)
@given(a=word, b=word)
def test_any_two_districts_silent_time_adjusted(a: str, b: str) -> None:
    assume(a != b and not a.startswith(b) and not b.startswith(a) and _invented(a, b))
    text = f"市疫情防控领导小组决定:调整{a}区、{b}区“两区”全域静默管理时间,整体延长至10月24日6时。"
    assert levels_of(text) == {"silent": [f"{a}区", f"{b}区"]}


# ---------------------------------------------------------------------------------------------------
# "A村自7月12日15时降级为中风险区域后,已连续3天无新增感染者,自7月15日15时起,由中风险区域降级为低风险区域"

_CITED = "经专家评估,根据《新型冠状病毒肺炎防控方案(第九版)》关于风险区解除标准规定:\n"


def test_a_place_with_its_earlier_change_timed_before_the_count() -> None:
    text = (_CITED + "怀柔区雁栖镇北湾村自2022年8月2日15时降级为中风险区域后,已连续3天无新增感染者,"
            "自2022年8月5日15时起,由中风险区域降级为低风险区域,至此雁栖镇全域无中高风险区域。\n"
            "北京市怀柔区疾病预防控制中心\n2022年8月5日")
    assert by_level(text) == {("low", "怀柔区"): ["雁栖镇北湾村"]}


def test_a_timed_earlier_change_with_full_width_punctuation() -> None:
    text = ("密云区溪翁庄镇金叵罗村自2022年6月10日9时降为中风险区后，已连续3天无新增感染者，"
            "自2022年6月13日9时起，由中风险区降为低风险区。").translate(HALF_TO_FULL)
    assert by_level(text) == {("low", "密云区"): ["溪翁庄镇金叵罗村"]}


def test_a_timed_earlier_change_in_traditional_characters() -> None:
    text = in_traditional("昌平区回龙观街道龙泽苑社区自2022年5月20日12时降级为中风险区域后,已连续3天无新增感染者,"
                          "自2022年5月23日12时起,由中风险区域降级为低风险区域。")
    assert by_level(text) == {("low", "昌平区"): ["回龙观街道龙泽苑社区"]}


def test_an_earlier_change_before_a_change_naming_its_object_is_left_out() -> None:
    # (guard: the change after names its object with 将; the earlier clause is history, the place read once)
    text = ("怀柔区雁栖镇北湾村自2022年8月2日15时降级为中风险区域后,已连续3天无新增感染者,"
            "现将怀柔区雁栖镇北湾村由中风险区域调整为低风险区域。")
    assert by_level(text) == {("low", "怀柔区"): ["雁栖镇北湾村"]}


@settings(max_examples=25, deadline=None)
@given(town=word, village=word)
def test_any_village_with_its_timed_earlier_change(town: str, village: str) -> None:
    assume(_invented(town, village))
    text = (f"延庆区{town}镇{village}村自2022年7月12日15时降级为中风险区域后,已连续3天无新增感染者,"
            "自2022年7月15日15时起,由中风险区域降级为低风险区域。")
    assert by_level(text) == {("low", "延庆区"): [f"{town}镇{village}村"]}


# ---------------------------------------------------------------------------------------------------
# "根据《…》关于风险区解除标准规定:A酒店已连续3天无新增感染者,自…起,由中风险区域降级为低风险区域"


def test_a_place_after_a_cited_rule_colon() -> None:
    text = ("经专家评估,根据《新型冠状病毒肺炎防控方案(第九版)》关于风险区解除标准规定:门头沟区潭柘寺镇平原村(民宿)"
            "已连续3天无新增感染者,自2022年7月20日23时起,由中风险区域降级为低风险区域。\n"
            "北京市门头沟区疾病预防控制中心\n2022年7月20日")
    assert by_level(text) == {("low", "门头沟区"): ["潭柘寺镇平原村(民宿)"]}


def test_a_place_after_a_cited_rule_colon_with_full_width_punctuation() -> None:
    text = ("按照《新型冠状病毒肺炎防控方案(第九版)》相关规定:房山区长阳镇碧桂园小区已连续3天无新增感染者，"
            "自2022年6月1日0时起，由中风险区域降级为低风险区域。").translate(HALF_TO_FULL)
    assert by_level(text) == {("low", "房山区"): ["长阳镇碧桂园小区"]}


def test_a_place_after_a_cited_rule_colon_in_traditional_characters() -> None:
    text = in_traditional("根据《新型冠状病毒肺炎防控方案(第九版)》关于风险区解除标准规定:顺义区后沙峪镇西白辛庄村"
                          "已连续3天无新增感染者,自2022年7月2日23时起,由中风险区域降级为低风险区域。")
    assert by_level(text) == {("low", "顺义区"): ["后沙峪镇西白辛庄村"]}


def test_a_level_label_before_a_place_and_its_condition_stays() -> None:
    # (guard: a level's label is a label still: "中风险区:A村连续…" lists A村 under it, the condition a sentence)
    text = "解除以下区域管控:\n管控区:丰林街道翠湖花园已连续7天无新增感染者。"
    assert levels_of(text) == {"lifted": ["丰林街道翠湖花园"]}


@settings(max_examples=25, deadline=None)
@given(town=word, name=word)
def test_any_place_after_a_cited_rule_colon(town: str, name: str) -> None:
    assume(_invented(town, name))
    text = (f"根据《新型冠状病毒肺炎防控方案(第九版)》关于风险区解除标准规定:延庆区{town}镇{name}酒店已连续3天"
            "无新增感染者,自2022年7月14日23时起,由中风险区域降级为低风险区域。")
    assert by_level(text) == {("low", "延庆区"): [f"{town}镇{name}酒店"]}


# ---------------------------------------------------------------------------------------------------
# "划定我区部分高风险区域。现将有关事项通告如下:" over "一、具体点位" and its place

_MEASURES = ("\n二、管控措施\n(一)实行封控管理,期间严格做到“足不出户、上门服务”。\n"
             "(二)连续5天无新增感染者,降为低风险区。")


def test_a_drawn_level_in_the_lead_over_a_bare_range() -> None:
    text = ("根据大足区当前疫情防控工作需要,经专家研判和区疫情防控指挥部研究,自2022年11月21日0时起,"
            "划定我区部分高风险区域。现将有关事项通告如下:\n一、具体点位\n棠香街道五星广场A区、B区" + _MEASURES)
    assert by_level(text) == {("high", "大足区"): ["棠香街道五星广场A区、B区"]}


def test_a_drawn_level_over_a_bare_range_with_full_width_punctuation() -> None:
    text = ("根据铜梁区当前疫情防控工作需要，自2022年11月22日0时起，划定我区部分高风险区域。现将有关事项通告如下："
            "\n一、具体点位\n巴川街道金龙小区3栋" + _MEASURES).translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "铜梁区"): ["巴川街道金龙小区3栋"]}


def test_a_drawn_level_over_a_bare_range_in_traditional_characters() -> None:
    text = in_traditional("根据璧山区当前疫情防控工作需要,自2022年11月23日0时起,划定我区部分中风险区域。"
                          "现将有关事项通告如下:\n一、具体点位\n璧泉街道翠湖花园" + _MEASURES)
    assert by_level(text) == {("medium", "璧山区"): ["璧泉街道翠湖花园"]}


def test_a_bare_range_under_a_lead_with_no_level_stays_unread() -> None:
    # (guard: no level drawn in the lead, nothing to read the part at)
    text = "现将有关事项通告如下:\n一、具体点位\n棠香街道五星广场\n二、管控措施\n做好个人防护。"
    assert levels_of(text) == {}


@settings(max_examples=25, deadline=None)
@given(street=word, name=word)
def test_any_place_under_a_drawn_level(street: str, name: str) -> None:
    assume(_invented(street, name))
    text = ("自2022年11月20日0时起,划定我区部分高风险区域。现将有关事项通告如下:\n一、具体点位\n"
            f"{street}街道{name}小区" + _MEASURES)
    assert levels_of(text) == {"high": [f"{street}街道{name}小区"]}


# ---------------------------------------------------------------------------------------------------
# "一、A实行“足不出户,上门服务”等临时管控措施。" "二、B,实行“只进不出,…”等临时管控措施。"

_TEMPORARY_LEAD = ("关于对城南街道部分区域进行临时管控的通告\n经市疫情防控指挥部研究决定,"
                   "自2022年11月26日15时起对城南街道部分区域进行临时管控,现将有关事项通告如下:\n")


def test_temporary_control_items_by_their_measures() -> None:
    text = (_TEMPORARY_LEAD + "一、金华苑3栋实行“足不出户,上门服务”等临时管控措施。\n"
            "二、城南街道金华苑(除金华苑3栋外),实行“只进不出,除做核酸外,非必要不出户”等临时管控措施。\n"
            "特此通告。\n梅县区新型冠状病毒肺炎疫情防控指挥部\n2022年11月26日")
    assert by_level(text) == {("sealed", "梅县区"): ["金华苑3栋"],
                              ("controlled", "梅县区"): ["城南街道金华苑(除金华苑3栋外)"]}


def test_temporary_control_items_with_full_width_punctuation() -> None:
    text = (_TEMPORARY_LEAD + "一、翠湖花园8座实行“足不出户，上门服务”等临时管控措施。\n"
            "二、城南街道翠湖花园（除8座外），实行“只进不出，非必要不出户”等临时管控措施。\n"
            "平远县新型冠状病毒肺炎疫情防控指挥部").translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "平远县"): ["翠湖花园8座"],
                              ("controlled", "平远县"): ["城南街道翠湖花园(除8座外)"]}


def test_temporary_control_items_in_traditional_characters() -> None:
    text = in_traditional(_TEMPORARY_LEAD + "一、锦绣家园2栋实行“足不出户、上门服务”等临时管控措施。\n"
                          "二、城南街道锦绣家园,实行“只进不出,非必要不出户”等临时管控措施。\n"
                          "蕉岭县新型冠状病毒肺炎疫情防控指挥部")
    assert by_level(text) == {("sealed", "蕉岭县"): ["锦绣家园2栋"], ("controlled", "蕉岭县"): ["城南街道锦绣家园"]}


def test_temporary_control_items_with_other_measures_or_no_place_stay_unread() -> None:
    # (guards: measures naming neither degree set no level; the area's own rule names no place)
    text = _TEMPORARY_LEAD + "一、金华苑3栋实行“个人防护、避免聚集”等临时管控措施。"
    assert levels_of(text) == {}
    text = _TEMPORARY_LEAD + "一、区域内人员实行“足不出户,上门服务”等临时管控措施。"
    assert levels_of(text) == {}


@settings(max_examples=25, deadline=None)
@given(street=word, name=word)
def test_any_temporary_control_items(street: str, name: str) -> None:
    assume(_invented(street, name))
    text = (f"一、{name}花园2栋实行“足不出户,上门服务”等临时管控措施。\n"
            f"二、{street}街道{name}花园(除2栋外),实行“只进不出,非必要不出户”等临时管控措施。")
    assert levels_of(text) == {"sealed": [f"{name}花园2栋"], "controlled": [f"{street}街道{name}花园(除2栋外)"]}
