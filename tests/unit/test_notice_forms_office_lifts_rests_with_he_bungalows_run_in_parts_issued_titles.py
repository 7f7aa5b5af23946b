"""Forms of notices that lift a silent management with no object where the notice's own office decided it ("经市疫情防控
领导组综合研判,决定自…起,有序解除临时静默管理,并分类调整管控措施如下:"), list the rest of an estate joined by 和 to a
next place ("调整A除中风险区外的区域和B小区为低风险区"), name a bungalow area (平房区, 棚户区) of a village in front of
its rows ("C平房区中小区4排至8排"), write the office after the lead's "现将" ("现将A区疫情防控指挥部关于…通告如下:"),
run a notice's parts and bracket-numbered items into one paragraph ("…如下:一、高风险区调整为低风险区(一)A。(二)B。
…二、新增高风险区C。…"), and report a notice by its title after the verb that issued it ("A镇发布《B市A镇…通告
(2022年第8号)》,通告中提到:", the city without districts named in the title). Each form in variants written here
(invented places, the wording of the real forms: other separators, traditional characters, full-width punctuation),
and properties over generated parts."""

from __future__ import annotations

import pytest
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


def _variants(text: str) -> list[str]:
    return [text, in_traditional(text), text.translate(HALF_TO_FULL)]


def _simplified(found: dict[str, list[str]]) -> dict[str, list[str]]:
    return {level: sorted(places) for level, places in found.items()}


# --- a bare lift of silent management, decided by the notice's own office ---------------------------------

_OFFICE_LIFT = ("10月14日,孝义市疫情防控领导组办公室发布通告,根据当前疫情防控形势,经市疫情防控领导组综合研判,决定"
                "自2022年10月15日0时起,有序解除临时静默管理,并分类调整管控措施如下:\n"
                "一、各机关企事业单位、公共场所要落实主体责任。\n二、继续实行重点区域管制。")


@pytest.mark.parametrize(("text", "own"), [
    *((text, "孝义市") for text in _variants(_OFFICE_LIFT)),
    ("平遥县应对新冠肺炎疫情工作指挥部通告\n经县新冠肺炎疫情防控指挥部研究,决定自2022年10月15日12时起,解除临时"
     "静默管理。\n一、各单位做好常态化防控工作。", "平遥县"),
])
def test_a_bare_silent_lift_decided_by_the_own_office(text: str, own: str) -> None:
    assert by_level(text) == {("lifted", own): [own]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from([("介休市", "市"), ("文水县", "县"), ("交城县", "县"), ("汾阳市", "市")]),
       st.sampled_from(["领导组", "指挥部", "领导小组"]), st.sampled_from(["有序", "全面", ""]),
       st.sampled_from(["静默管理", "静态管理"]), st.integers(1, 28))
def test_any_bare_silent_lift_decided_by_the_own_office(division: tuple[str, str], body: str, how: str, kind: str,
                                                        day: int) -> None:
    own, short = division
    text = (f"10月{day}日,{own}疫情防控{body}办公室发布通告,经{short}疫情防控{body}综合研判,决定自2022年11月{day}日"
            f"0时起,{how}解除临时{kind},并分类调整管控措施如下:\n一、各单位做好防控工作。")
    assert by_level(text) == {("lifted", own): [own]}


# --- the rest of an estate joined by 和 to the next place ---------------------------------------------------

_REST_AND = ("红桥区关于调降部分风险区的通告\n根据疫情防控形势,现将有关事宜通告如下:\n"
             "一、自10月4日17时起,调整春晓街金华园东里6号楼为中风险区。\n"
             "二、自10月4日17时起,调整春晓街金华园东里除中风险区外的区域和光明楼小区为低风险区。低风险区内,实行防范措施。\n"
             "红桥区疫情防控指挥部\n2022年10月4日")


@pytest.mark.parametrize("text", [
    *_variants(_REST_AND),
    _REST_AND.replace("调整春晓街金华园东里除", "将春晓街金华园东里除").replace("光明楼小区为低", "光明楼小区调整为低"),
    _REST_AND.replace("除中风险区外的区域", "除高、中风险区以外的区域"),
])
def test_the_rest_of_an_estate_and_a_next_place(text: str) -> None:
    low = levels_of(text)["low"]
    assert len(low) == 2 and low[0].startswith("春晓街金华园东里除") and low[0].endswith("的区域")
    assert low[1] == "光明楼小区"


@settings(max_examples=25, deadline=None)
@given(name, name, name, st.sampled_from(["中风险区", "高风险区", "封控区", "高、中风险区"]),
       st.sampled_from(["外的区域", "以外的区域", "之外的其他区域"]), st.sampled_from(["小区", "花园", "家园"]))
def test_any_rest_of_an_estate_and_a_next_place(street: str, estate: str, other: str, level: str, rest: str,
                                                kind: str) -> None:
    assume(len({street, estate, other}) == 3)
    text = (f"根据疫情防控形势,现将有关事宜通告如下:\n一、自10月4日17时起,调整{street}街{estate}里除{level}{rest}"
            f"和{other}{kind}为低风险区。")
    assert levels_of(text) == {"low": [f"{street}街{estate}里除{level}{rest}", f"{other}{kind}"]}


# --- a bungalow area of a village is no district; the office after the lead's 现将 --------------------------

_BUNGALOWS = ("东丽区疫情防控指挥部关于调整\n\n部分区域管控措施的通告\n\n"
              "根据疫情防控形势,经专家组综合研判,现将东丽区疫情防控指挥部关于调整封管控区通告如下:\n\n"
              "一、自5月26日起,将金钟街锦绣里小区17号楼,翠峰庄平房区中小区4排至8排调降为管控区;将金钟街锦绣里小区"
              "(除17号楼外),翠峰庄平房区(含中小区、前街,除平房区中小区4排至8排外)调降为防范区。管控区内人员不出管控区域。")
_BUNGALOWS_FOUND = {
    ("controlled", "东丽区"): ["金钟街锦绣里小区17号楼", "翠峰庄平房区中小区4排至8排"],
    ("precaution", "东丽区"): ["金钟街锦绣里小区(除17号楼外)", "翠峰庄平房区(含中小区、前街,除平房区中小区4排至8排外)"],
}


@pytest.mark.parametrize("text", [
    *_variants(_BUNGALOWS),
    _BUNGALOWS.replace("平房区", "棚户区"),
])
def test_a_bungalow_area_in_front_of_its_rows_is_no_district(text: str) -> None:
    found = by_level(text)
    kind = "棚户区" if "棚户区" in text else "平房区"
    assert {key: [p.replace(kind, "平房区") for p in places] for key, places in found.items()} == _BUNGALOWS_FOUND


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from(["平房区", "棚户区"]), st.integers(1, 9),
       st.sampled_from(["现将", "兹将", "特将"]))
def test_any_bungalow_area_under_an_office_after_its_lead(village: str, street: str, kind: str, row: int,
                                                          lead: str) -> None:
    assume(village != street)
    text = (f"{lead}津南区疫情防控指挥部关于调整封管控区通告如下:\n一、自5月26日起,将{street}街{village}里小区3号楼,"
            f"{village}庄{kind}{row}排调降为管控区。")
    expected = [f"{street}街{village}里小区3号楼", f"{village}庄{kind}{row}排"]
    assert by_level(text) == {("controlled", "津南区"): expected}


# --- a notice's parts and items run into one paragraph ------------------------------------------------------

_RUN_IN = ("塘厦镇新型冠状病毒肺炎疫情防控指挥部通告(11月20日)\n根据当前疫情防控工作需要,经专家组研判,自11月21日0时起,"
           "凤岗镇调整风险区域如下:一、高风险区调整为低风险区(一)金华时代城1栋2单元。(二)福民街20号。(三)胜利街2号。"
           "低风险区实行“个人防护,避免聚集”管理措施。区域内人员做好个人防护,尽量减少外出。二、新增高风险区凤岗兴盛南路62号。"
           "上述区域实行封控措施,期间“足不出户、上门服务”。三、新增临时管控区(一)凤岗兴盛南路52号、54号、56号围合区域"
           "(除高风险区外)。(二)长风古街7号。临时管控区全面落实围合管理,实行“足不出区、只进不出”管理。")
_RUN_IN_FOUND = {"low": ["福民街20号", "胜利街2号", "金华时代城1栋2单元"], "high": ["凤岗兴盛南路62号"],
                 "controlled": ["凤岗兴盛南路52号、54号、56号围合区域(除高风险区外)", "长风古街7号"]}


@pytest.mark.parametrize("text", [*_variants(_RUN_IN), _RUN_IN.replace("。(", ";(")])
def test_parts_and_items_run_into_one_paragraph(text: str) -> None:
    assert _simplified(levels_of(text)) == _RUN_IN_FOUND


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=4, max_size=4, unique=True), st.integers(1, 99),
       st.sampled_from(["小区", "花园", "新村"]))
def test_any_parts_and_items_run_into_one_paragraph(names: list[str], n: int, kind: str) -> None:
    a, b, c, d = names
    text = (f"经专家组研判,自11月21日0时起,本镇调整风险区域如下:一、高风险区调整为低风险区(一){a}{kind}{n}栋。"
            f"(二){b}街{n}号。低风险区实行“个人防护,避免聚集”管理措施。二、新增高风险区{c}路{n}号。上述区域实行封控措施,"
            f"期间“足不出户、上门服务”。三、新增临时管控区(一){d}路{n}号、{n + 1}号围合区域。(二){a}古街{n}号。"
            f"临时管控区全面落实围合管理。")
    assert _simplified(levels_of(text)) == {
        "low": sorted([f"{a}{kind}{n}栋", f"{b}街{n}号"]), "high": [f"{c}路{n}号"],
        "controlled": sorted([f"{d}路{n}号、{n + 1}号围合区域", f"{a}古街{n}号"])}


# --- a report names the notice by its title after the verb that issued it ----------------------------------

_ISSUED_TITLE = ("  11月10日,黄圃镇发布《中山市黄圃镇新冠肺炎疫情防控指挥部办公室通告(2022年第8号)》,通告中提到:\n\n"
                 "  为进一步科学精准实施疫情防控措施,经研究,划定以下风险区域:\n\n  中风险区:\n\n"
                 "  1.将金华科技园(高风险区除外)划为中风险区。\n\n  2.将翠峰花园划为中风险区。\n\n"
                 "  以上区域实行“人不出区、错峰取物”管理措施。")


@pytest.mark.parametrize("text", [
    *_variants(_ISSUED_TITLE),
    _ISSUED_TITLE.replace("发布《", "印发了《"),
    _ISSUED_TITLE.replace("中山市黄圃镇", "东莞市石排镇").replace("11月10日,黄圃镇", "11月10日,石排镇"),
])
def test_a_reported_notice_named_by_its_issued_title(text: str) -> None:
    found = by_level(text)
    city = "东莞市" if "东莞" in text else "中山市"
    assert found == {("medium", city): ["金华科技园(高风险区除外)", "翠峰花园"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from(["中山市", "东莞市", "嘉峪关市", "儋州市"]),
       st.sampled_from(["发布", "印发", "公布"]), st.integers(1, 30))
def test_any_reported_notice_named_by_its_issued_title(town: str, place: str, city: str, verb: str, n: int) -> None:
    assume(town != place)
    text = (f"11月10日,{town}镇{verb}《{city}{town}镇新冠肺炎疫情防控指挥部办公室通告(2022年第{n}号)》,通告中提到:\n"
            f"中风险区:\n1.将{place}花园划为中风险区。\n以上区域实行“人不出区、错峰取物”管理措施。")
    assert by_level(text) == {("medium", city): [f"{place}花园"]}
