"""Forms of the fifty-first held-out set (notices 1453-1456), each in variants written here (other counties and
invented towns, the wording of the real forms: other counts, kinds of town, verbs, traditional characters,
full-width punctuation), properties over generated parts, and near-misses of ordinary wording:

* a whole county-level division closed (封闭管理, 封控管理: the sealed level), written as a whole: every town of the
  notice's own city counted ("全市24个乡(镇)实行封闭管理"), or the division, in full or by its short name, with 全域
  ("A县全域实行封闭管理", "尚志全域实行封闭管理"): the division itself, sealed;
* places put under temporary control told in a clause of time since ("对城区、A镇、B镇实施临时管控以来"), then the
  decision keeping it on them by reference ("将上述区域继续实施临时性管控"): each place controlled;
* an area's temporary control lifted but for its standing level areas, none named ("中心城区除划定为高风险区、中风险区
  继续按有关规定实施管控外,其他区域全面解除临时管控措施"): the area lifted."""

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
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)
# County-level divisions of the statistics bureau's list (the parser knows them by name), none in the corpus.
COUNTY_CITIES = ["穆棱市", "北安市", "绥芬河市", "五大连池市"]
COUNTIES = ["通河县", "依兰县", "桦南县", "汤原县", "巴彦县", "木兰县"]
_LEAD = "当前我市疫情形势复杂严峻,为坚决遏制疫情扩散,就有关事宜公告如下:\n"


def _invented(names: list[str]) -> None:
    # (an invented name that starts with a city's or province's name reads as that division's place)
    assume(not any(n.startswith(tuple(PREFECTURE_CITIES)) or n.startswith(PROVINCES) for n in names))


# --- a whole county-level division closed, written as a whole ----------------------------------------------

def test_every_town_of_the_own_city_counted_closed_is_the_city_sealed() -> None:
    text = (f"穆棱市新型冠状病毒感染的肺炎疫情防控工作指挥部公告\n{_LEAD}"
            "一、自3月17日14时起,全市12个乡(镇)实行封闭管理,坚持非必要不离穆棱,确需离开的须提报申请。\n"
            "二、实施区域交通管制,所有公交车、出租车暂停运营。")
    assert by_level(text) == {("sealed", "穆棱市"): ["穆棱市"]}


def test_a_county_whole_closed_by_its_name_and_whole_area() -> None:
    text = (f"通河县新冠肺炎疫情防控指挥部通告\n{_LEAD}"
            "一、自3月18日0时起,通河县全域实行封控管理,坚持非必要不离通,确需离开的须报备。")
    assert by_level(text) == {("sealed", "通河县"): ["通河县"]}


def test_a_county_level_city_closed_by_its_short_name() -> None:
    text = (f"北安市新型冠状病毒肺炎疫情防控指挥部公告\n{_LEAD}"
            "一、自3月18日0时起,北安全域实行封闭管理,坚持非必要不离北安。")
    assert by_level(text) == {("sealed", "北安市"): ["北安市"]}


def test_every_town_closed_in_traditional_characters() -> None:
    text = in_traditional(f"桦南县新型冠状病毒肺炎疫情防控指挥部公告\n{_LEAD}"
                          "一、自3月17日14时起,全县所有乡镇实行封闭管理,坚持非必要不离桦南。")
    assert by_level(text) == {("sealed", "桦南县"): ["桦南县"]}


def test_a_short_name_closed_with_full_width_punctuation_and_digits() -> None:
    text = (f"绥芬河市新冠肺炎疫情防控指挥部公告\n{_LEAD}"
            "一、自３月１８日０时起，绥芬河全域实行封闭式管理，坚持非必要不离绥。").translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "绥芬河市"): ["绥芬河市"]}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(COUNTY_CITIES + COUNTIES), st.integers(min_value=2, max_value=40),
       st.sampled_from(["乡(镇)", "乡镇", "镇(乡)", "乡镇(街道)"]),
       st.sampled_from(["封闭管理", "封控管理", "封闭式管理"]),
       st.sampled_from(["实行", "实施", "全面实行"]), st.booleans())
def test_any_whole_closed_is_its_division_sealed(division: str, count: int, towns: str, closure: str, verb: str,
                                                  counted: bool) -> None:
    own = "全" + division[-1]
    subject = f"{own}{count}个{towns}" if counted else f"{division}全域"
    text = (f"{division}新冠肺炎疫情防控指挥部公告\n{_LEAD}"
            f"一、自3月17日14时起,{subject}{verb}{closure},坚持非必要不离开。")
    assert by_level(text) == {("sealed", division): [division]}, text


def test_a_closure_of_kinds_of_site_or_of_a_place_is_no_whole() -> None:
    # (every village of the whole closed: a rule for them; a compound of the county closed: that compound's; a city's
    # measures in general and its people's: none)
    text = (f"通河县新冠肺炎疫情防控指挥部公告\n{_LEAD}"
            "一、全县所有村居实行临时封闭管理,每个村只保留一个出入口。\n"
            "二、全县居民非必要不离开,全县实行封闭管理期间暂停营业。\n"
            "三、保供企业实行封闭式管理,职工不得离开所在企业。")
    assert by_level(text) == {}


def test_an_invented_county_whole_closed_is_no_place() -> None:
    # (a county the parser does not know by name, "金华龙县": no division, no place)
    text = f"金华龙县疫情防控指挥部公告\n{_LEAD}一、自3月18日0时起,金华龙全域实行封闭管理,坚持非必要不离开。"
    assert by_level(text) == {}


# --- places under temporary control since a time, continued by reference -----------------------------------

def test_places_controlled_since_then_continued_by_reference() -> None:
    text = ("关于延长汤原县部分区域临时性管控措施的通告\n"
            "我县自10月5日13时对城区、春晓镇、丽泽镇实施临时管控以来,广大群众积极配合,疫情形势总体可控。\n"
            "经专家组分析研判,县疫情防控指挥部决定,将上述区域继续实施临时性管控,原定管控范围、管控措施不变。\n"
            "汤原县新型冠状病毒感染的肺炎疫情防控指挥部\n2022年10月7日")
    assert by_level(text) == {("controlled", "汤原县"): ["城区", "春晓镇", "丽泽镇"]}


def test_places_controlled_since_with_other_words_for_the_reference() -> None:
    text = ("关于延长巴彦县部分区域临时管控措施的通告\n"
            "自11月2日起对翠湖街道、锦绣镇实行临时性管控措施以来,全县疫情防控工作有序开展。"
            "县疫情防控指挥部决定,对以上区域继续实行临时管控措施。")
    assert by_level(text) == {("controlled", "巴彦县"): ["翠湖街道", "锦绣镇"]}


def test_places_controlled_since_in_traditional_characters() -> None:
    text = in_traditional("关于延长木兰县部分区域临时性管控措施的通告\n"
                          "我县自10月5日13时对城关镇、兴盛乡实施临时管控以来,疫情形势总体可控。"
                          "指挥部决定,将上述区域继续实施临时性管控,原定管控措施不变。")
    assert by_level(text) == {("controlled", "木兰县"): ["城关镇", "兴盛乡"]}


def test_places_controlled_since_with_full_width_punctuation() -> None:
    text = ("关于延长依兰县部分区域临时性管控措施的通告\n"
            "我县自１０月５日１３时对主城区、康宁镇实施临时管控以来，疫情形势总体可控。"
            "指挥部决定，将上述区域继续实施临时性管控，原定管控措施不变。").translate(HALF_TO_FULL)
    assert by_level(text) == {("controlled", "依兰县"): ["主城区", "康宁镇"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True), st.sampled_from(["镇", "乡", "街道"]),
       st.sampled_from(["上述区域", "以上区域", "上述地区"]), st.sampled_from(["实施", "实行"]))
def test_any_towns_controlled_since_then_continued(names: list[str], kind: str, reference: str, verb: str) -> None:
    _invented(names)
    towns = [n + kind for n in names]
    text = (f"关于延长汤原县部分区域临时性管控措施的通告\n我县自10月5日13时对{'、'.join(towns)}{verb}临时管控以来,"
            f"疫情形势总体可控。指挥部决定,将{reference}继续{verb}临时性管控,原定管控范围不变。")
    assert levels_of(text) == {"controlled": towns}, text


def test_a_continued_control_of_no_named_place_reads_nothing() -> None:
    # (a kind of area since, the urban area alone, or a reference with no clause since before it: no place)
    for since in ("对重点区域实施临时管控以来", "对城区实施临时管控以来", "全县疫情防控工作开展以来"):
        text = (f"关于延长汤原县部分区域临时性管控措施的通告\n我县自10月5日13时{since},疫情形势总体可控。"
                "指挥部决定,将上述区域继续实施临时性管控。")
        assert by_level(text) == {}, since


# --- an area's temporary control lifted but for its standing level areas ------------------------------------

def test_an_urban_area_lifted_but_its_level_areas() -> None:
    text = ("据木兰县疫情防控指挥部最新消息,自2022年11月1日24时起,有序解除临时管控措施。\n1、有序解除中心城区管控\n"
            "中心城区除划定为高风险区、中风险区继续按有关规定实施管控外,其他区域全面解除临时管控措施。\n"
            "2、有序恢复公共交通\n全面解除中心城区交通管制。")
    assert by_level(text) == {("lifted", "木兰县"): ["中心城区"]}


def test_a_town_lifted_but_its_level_areas_in_other_words() -> None:
    text = "关于巴彦县的通告\n一、春晓镇除高风险区以外,其余区域有序解除临时性管控措施。"
    assert levels_of(text) == {"lifted": ["春晓镇"]}


def test_an_urban_area_lifted_in_traditional_characters() -> None:
    text = in_traditional("关于汤原县的通告\n主城区除已划定的中风险区继续实施管控之外,其他区域全面解除临时管控措施。")
    assert levels_of(text) == {"lifted": ["主城区"]}


def test_a_town_lifted_with_full_width_punctuation() -> None:
    text = "关于依兰县的通告\n１、锦绣镇除高风险区、中风险区外，其他区域全面解除临时管控措施。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["锦绣镇"]}


@settings(max_examples=40, deadline=None)
@given(name, st.sampled_from(["镇", "乡", "街道"]), st.sampled_from(["高风险区", "高风险区、中风险区", "中风险区"]),
       st.sampled_from(["外", "以外", "之外"]), st.sampled_from(["其他区域", "其余区域", "其它区域"]))
def test_any_town_lifted_but_its_level_areas(n: str, kind: str, levels: str, end: str, rest: str) -> None:
    _invented([n])
    text = f"关于汤原县的通告\n{n}{kind}除划定为{levels}继续实施管控{end},{rest}全面解除临时管控措施。"
    assert levels_of(text) == {"lifted": [n + kind]}, text


def test_the_rest_of_a_whole_or_of_a_named_exception_is_no_lifted_area() -> None:
    # (the rest of a whole county or of counties counted is no place; a town's rest but a named village is read as
    # written, no lift of the town)
    for line in ("全县除高风险区外,其他区域全面解除临时管控措施。",
                 "对这4个县市区除封控区、管控区和防范区以外,其他区域解除管控。",
                 "汤原县除高风险区外,其他区域全面解除临时管控措施。"):
        assert by_level(f"关于汤原县的通告\n{line}") == {}, line
    assert "lifted" not in levels_of("关于汤原县的通告\n春晓镇除丽泽村外,其他区域全面解除临时管控措施。")
