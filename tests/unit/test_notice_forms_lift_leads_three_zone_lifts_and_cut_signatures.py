"""Forms of notices that lift areas under a lead sentence ("…,解除管控措施的区域如下:") over sub-headings of the
levels the areas held ("(一)原封控区:", "(二)原管控区:" with the level the controlled ones go to), lift the three
zones inside whole towns ("解除A镇、B镇和C街道区域内“三区”管控措施"), and sign with an office's name cut after its
first line ("A市新型冠状病毒感染的肺炎"). Each form in variants written here (invented places, other wording,
traditional characters, full-width punctuation, spaces), and properties over generated parts."""

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

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- a lead sentence lifting the areas listed under "原封控区" / "原管控区" ---------------------------------

_LIFT_LEAD = "现对4个区域解除相应管控措施,解除管控措施的区域如下:"


def _former_levels(sealed: list[str], controlled: list[str], lead: str = _LIFT_LEAD,
                   then: str = "管控区解除管控措施后,按防范区进行管理。") -> str:
    lines = ["某某县疫情防控通告(2022年第3号)", f"根据有关要求,经按程序报审备案,{lead}", "(一)原封控区:"]
    lines += [f"{n}、{p}{';' if n < len(sealed) else '。'}" for n, p in enumerate(sealed, 1)]
    lines += ["封控区解除封闭管理后,原封闭区域“只进不出”,继续实施7天过渡期管理。", "(二) 原管控区:"]
    lines += [f"{n}、{p}{';' if n < len(controlled) else '。'}" for n, p in enumerate(controlled, 1)]
    lines += [then, "某某县疫情防控指挥部", "2022年4月19日"]
    return "\n".join(lines)


def test_former_levels_under_a_lead_sentence_are_lifted() -> None:
    text = _former_levels(["甲镇乙村三组", "丙镇丁村五组"], ["甲镇乙村(三组除外)", "丙镇丁村(五组除外)"])
    assert levels_of(text) == {"lifted": ["甲镇乙村三组", "丙镇丁村五组"],
                               "precaution": ["甲镇乙村(三组除外)", "丙镇丁村(五组除外)"]}


def test_former_levels_with_other_wording_of_the_lead_and_without_a_level_after() -> None:
    text = _former_levels(["金峰小区3号楼"], ["金峰小区"], lead="决定解除以下区域的管控措施,解除封控的区域名单如下:",
                          then="请广大市民继续做好个人防护。")
    assert levels_of(text) == {"lifted": ["金峰小区3号楼", "金峰小区"]}


def test_former_levels_in_traditional_characters_and_full_width_punctuation() -> None:
    text = in_traditional(_former_levels(["春晓村二组"], ["春晓村(二组除外)"])).translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["春晓村二组"], "precaution": ["春晓村(二组除外)"]}


def test_former_levels_without_a_lifting_lead_keep_their_levels() -> None:
    # (a lead that designates: "原封控区" names the level the areas held before, no lift is said)
    text = _former_levels(["宁福小区2幢"], ["宁福小区"], lead="现将风险区域调整情况公布如下:", then="")
    assert levels_of(text) == {"sealed": ["宁福小区2幢"], "controlled": ["宁福小区"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True), st.sampled_from(["村", "社区", "小区"]))
def test_former_levels_property(names: list[str], kind: str) -> None:
    sealed = [f"{n}{kind}{i}组" for i, n in enumerate(names, 1)]
    controlled = [f"{n}{kind}" for n in names]
    assert levels_of(_former_levels(sealed, controlled)) == {"lifted": sealed, "precaution": controlled}


# --- the three zones inside whole towns lifted ------------------------------------------------------------

def test_three_zones_inside_towns_and_a_street_lifted() -> None:
    text = ("关于解除甲乙镇、丙丁镇和戊己街道区域内“三区”管控措施的通告\n经研究决定,自4月21日14时起,"
            "解除甲乙镇、丙丁镇和戊己街道区域内“三区”管控措施。\n请广大市民朋友自觉遵守疫情防控相关规定。")
    assert levels_of(text) == {"lifted": ["甲乙镇", "丙丁镇", "戊己街道"]}


def test_three_zones_without_quotes_inside_a_township_in_traditional_characters() -> None:
    text = in_traditional("经研究决定,自5月3日0时起,解除金华乡和长风镇范围内三区管控措施。")
    assert levels_of(text) == {"lifted": ["金华乡", "长风镇"]}


def test_three_zones_with_full_width_quotes_and_spaces() -> None:
    text = "经研究决定, 解除春晓街道、 秀峰镇区域内的\"三区\"管控措施。"
    assert levels_of(text) == {"lifted": ["春晓街道", "秀峰镇"]}


def test_a_village_joined_to_a_town_by_he_stays_one_area() -> None:
    # (a town and a village at the boundary: one area between them, not two towns)
    text = "经研究,将甲乙镇和丙丁村交界处划为管控区。"
    assert levels_of(text) == {"controlled": ["甲乙镇和丙丁村交界处"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=2, max_size=5, unique=True), st.lists(st.sampled_from(["镇", "乡", "街道"]),
                                                                    min_size=5, max_size=5))
def test_three_zones_inside_towns_property(names: list[str], kinds: list[str]) -> None:
    towns = [n + k for n, k in zip(names, kinds, strict=False)]
    listed = "、".join(towns[:-1]) + "和" + towns[-1]
    text = f"经研究决定,解除{listed}区域内“三区”管控措施。"
    assert levels_of(text) == {"lifted": towns}


# --- a signature cut after its first line ---------------------------------------------------------------------

def test_signature_cut_after_the_disease_names_the_district() -> None:
    text = ("广大市民朋友:\n经研究决定,新增临时性管控区域:1.东至金峰路,南至长风路,西至春晓河,北至宁福路合围区域。"
            "以上区域要求人员“只进不出”。\n二、其他措施维持不变。\n诸暨市新型冠状病毒感染的肺炎")
    assert set(by_level(text)) == {("controlled", "诸暨市")}


def test_signature_cut_with_other_names_of_the_disease() -> None:
    for cut in ("江阴市新冠肺炎疫情防控", "昆山市新型冠状病毒肺炎", "邳州市新冠肺炎疫情防控工作"):
        text = f"经研究决定,将春晓小区划为管控区。\n请广大市民做好个人防护。\n{cut}"
        assert by_level(text) == {("controlled", cut[:3]): ["春晓小区"]}, cut


def test_a_sentence_about_the_disease_is_no_signature() -> None:
    text = "经研究决定,将春晓小区划为管控区。\n请广大市民关注江阴市新冠肺炎疫情防控工作的通报。"
    assert set(by_level(text)) == {("controlled", None)}
