"""Forms of the twentieth held-out set, in variants written here (invented places): headings numbered with
katakana that look like numerals, a lift's heading with its time in front ("自…起解封范围") and a kept level's
("继续封控的区域"), 和 between two named places of a list line; a county's own range "封控范围:A县全域" closed
before the measures numbered alike; "决定在A(B区、C区)自…至…实行静默管理" over "各小区(村)实行静默管理";
"解除对A路、B路、C街合围区域内居民小区的临时静默管理措施"; "全县分区分级解除管控措施" and a numbered item's
clauses of life resuming before the clause with its places; a county written after its prefecture city."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

# ---- a lift's timed heading, a kept level's heading, katakana numerals, 和 between named places ----------

def _kept(first: str, second: str, lifted: list[str], kept: list[str], sep: str = ",") -> str:
    return ("正定县疫情防控指挥部\n关于进一步解除部分区域管控的通知\n各乡镇:\n"
            "根据有关规定,经研判,现将有关事宜通知如下:\n"
            f"{first}自2021年12月29日0时起解封范围\n{sep.join(lifted)}。\n"
            f"{second}继续封控的区域\n{sep.join(kept)}。\n正定县疫情防控指挥部\n2021年12月28日\n")


def test_a_timed_lift_heading_and_a_kept_level_heading() -> None:
    for first, second in (("一、", "ニ、"), ("ー、", "二、"), ("一、", "二、")):
        text = _kept(first, second, ["青石镇桃岭自然村", "白沙乡柳营自然村"], ["白沙乡杏庄自然村和杏庄小学"])
        assert by_level(text) == {("lifted", "正定县"): ["青石镇桃岭自然村", "白沙乡柳营自然村"],
                                  ("sealed", "正定县"): ["白沙乡杏庄自然村", "杏庄小学"]}, (first, second)


def test_kept_headings_in_other_words_and_traditional_characters() -> None:
    text = _kept("一、", "二、", ["青石镇桃岭村"], ["白沙乡杏庄村和杏庄幼儿园", "青石镇梨园社区"])
    text = text.replace("继续封控的区域", "仍封控的范围")
    assert levels_of(in_traditional(text).translate(HALF_TO_FULL)) == {
        "lifted": ["青石镇桃岭村"], "sealed": ["白沙乡杏庄村", "杏庄幼儿园", "青石镇梨园社区"]}


def test_he_inside_a_name_is_no_separator_in_a_list_line() -> None:
    text = _kept("一、", "二、", ["青石镇桃岭村"], ["白沙乡杏庄社区和平南路3号"])
    assert levels_of(text)["sealed"] == ["白沙乡杏庄社区和平南路3号"]


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.sampled_from(["小学", "幼儿园", "中学"]), st.sampled_from([",", ","]))
def test_kept_places_joined_by_he_property(town: str, village: str, school: str, kind: str, sep: str) -> None:
    text = _kept("一、", "ニ、", [f"{town}镇{village}自然村"], [f"{town}乡{village}村和东{school}{kind}"], sep)
    assert levels_of(text) == {"lifted": [f"{town}镇{village}自然村"],
                               "sealed": [f"{town}乡{village}村", f"东{school}{kind}"]}


# ---- a county's own range, closed before the measures numbered alike ---------------------------------

def _county_range(county: str, word: str = "封控") -> str:
    return (f"关于严格实施临时性全域{word}管理的公告\n"
            f"经{county}新冠肺炎疫情防控工作领导小组研究决定,在全县实施临时性全域{word}管理。现将有关事项公告如下:\n"
            f"1.{word}时间:自2022年5月9日起,解除时间另行通知。\n2.{word}范围:{county}全域\n"
            f"3.{word}管理坚持里不出、外不进、内不动的原则。每个村、小区只留一个出入口。\n"
            "4.广大群众应认真落实个人责任,积极配合做好相关工作。\n")


def test_a_countys_own_range_is_the_county() -> None:
    for county in ("正定县", "曲周县", "武强县"):
        assert by_level(_county_range(county)) == {("sealed", county): [county]}, county


def test_a_countys_own_range_in_traditional_characters() -> None:
    text = in_traditional(_county_range("曲周县")).translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "曲周县"): ["曲周县"]}


# ---- silent management of an area with its time span, over every compound's rule -----------------------

def _span(city: str, area: str, span: str) -> str:
    return (f"8月17日,在{city}检出1名阳性感染者。为切断疫情传播渠道,决定在{city}{area}{span}实行静默管理。\n"
            "一、各小区(村)实行静默管理,非必要不外出。\n二、请广大市民自觉遵守各项疫情防控规定。\n")


def test_an_area_with_its_time_span_under_silent_management() -> None:
    for span in ("自8月18日18时至8月20日24时", "自8月18日18时起", "于8月18日18时至20日24时"):
        text = _span("衡水市", "主城区(桃城区、冀州区)", span)
        assert levels_of(text) == {"silent": ["衡水市主城区(桃城区、冀州区)"]}, span


def test_every_compound_under_silence_is_no_place() -> None:
    text = "一、各小区(村)实行静默管理,非必要不外出。\n二、各村居、各单位实行静默管理。\n"
    assert parse_notice(text, fallback=False)["changes"] == []  # the rules read no place (the tagger is not asked)


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["主城区", "中心城区", "城区"]))
def test_span_silence_property(name: str, area: str) -> None:
    assert levels_of(_span("衡水市", f"{name}{area}", "自8月18日18时至8月20日24时")) == \
        {"silent": [f"衡水市{name}{area}"]}


# ---- a lift of silent management over an area enclosed by roads --------------------------------------

def _enclosed(roads: list[str], inside: str, sep: str = "、") -> str:
    return ("道里区疫情防控指挥部决定:\n"
            f"1、自2022年9月9日零时起,解除对{sep.join(roads)}合围区域{inside}的临时静默管理措施。\n"
            "2、原静默管理区域内的中风险区仍按中风险区标准管控。\n")


def test_an_enclosed_area_lifted_is_one_place() -> None:
    roads = ["兴安路", "群力第三大道", "东江街", "职业街"]
    for inside in ("内居民小区", "内的居民小区", ""):
        assert levels_of(_enclosed(roads, inside)) == {"lifted": ["、".join(roads) + "合围区域" + inside]}, inside


@settings(max_examples=30, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=3, max_size=5, unique=True),
       st.sampled_from(["路", "街", "大道"]))
def test_enclosed_lift_property(names: list[str], kind: str) -> None:
    roads = [name + kind for name in names]
    assert levels_of(_enclosed(roads, "内居民小区")) == {"lifted": ["、".join(roads) + "合围区域内居民小区"]}


# ---- a lift in manner words, a numbered item's clauses before its places, a county after its city --------

def _resumed(label: str, manner: str, area: str) -> str:
    return (f"{label}\n关于调整疫情防控措施的通告\n全县广大居民:\n"
            f"经县指挥部研究决定,自5月22日9时起,全县{manner}解除管控措施,逐步有序恢复生产生活秩序。现将有关事项通告如下。\n"
            "1.县域对外大交通仍实行封控管理。\n"
            f"2.县内全域分区域有序恢复生产生活,{area}调整为防范区,内部有序流动。\n")


def test_a_lift_in_manner_words_and_clauses_before_the_places() -> None:
    for manner in ("分区分级", "分批", "有序"):
        assert by_level(_resumed("唐山乐亭县", manner, "县城区域")) == {("precaution", "乐亭县"): ["县城区域"]}, manner


def test_a_county_written_after_its_city_without_shi() -> None:
    text = _resumed("邯郸曲周县", "分区分级", "县城区域").translate(HALF_TO_FULL)
    assert by_level(text) == {("precaution", "曲周县"): ["县城区域"]}


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["片区", "社区", "小区"]))
def test_resumed_clauses_property(name: str, kind: str) -> None:
    assert levels_of(_resumed("正定县", "分区分级", f"{name}{kind}")) == {"precaution": [f"{name}{kind}"]}
