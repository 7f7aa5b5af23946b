"""Forms of the fiftieth held-out set, part b (notices 1442, 1445, 1449): a sentence under a numbered list that
names several districts bare, then their rest ("A区、B县、C县除中风险区外为低风险区。"), no place and no part of
the list's last item; 将军 (a general) in the name of a road, bridge or community inside a sentence's list
("…起,A街道将军桥社区B小区、将军路C房…调整为低风险区"), which opens no object as the verb 将 does; and a place
named after its district, the district's short name then 中心 ("将A区B村、A中心渔港…划为高风险区"), which keeps
that name. Notices here are written for the tests, their places invented."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
)

# ---- "A区、B县、C县除中风险区外为低风险区。" under a numbered list ----------------------------------------------

_RESTS_FORM = ("汉中市应对新冠肺炎疫情工作领导小组关于调整我市部分地区疫情风险等级的公告\n"
               "经市级专家组综合评估,自发布之日起,全市3个中风险区调整为低风险区,具体为:\n"
               "一、中风险区调整为低风险区(3个)\n"
               "1.汉台区北关街办{a}小区5号楼\n"
               "2.南郑区大河坎镇{b}村三组\n"
               "3.城固县博望街办{c}超市\n"
               "{rest}\n"
               "请严格按照有关要求,认真落实风险区调整后有关防控措施。\n"
               "特此公告。")


def _rests_expected(a: str = "翠锦", b: str = "春风", c: str = "鑫汇") -> dict[tuple[str, str], list[str]]:
    return {("low", "汉台区"): [f"北关街办{a}小区5号楼"], ("low", "南郑区"): [f"大河坎镇{b}村三组"],
            ("low", "城固县"): [f"博望街办{c}超市"]}


def test_listed_districts_rest_under_a_numbered_list_is_no_place() -> None:
    text = _RESTS_FORM.format(a="翠锦", b="春风", c="鑫汇", rest="汉台区、南郑区、城固县除中风险区外为低风险区。")
    assert by_level(text) == _rests_expected()


def test_listed_districts_rest_joined_by_and_with_its_rest_word() -> None:
    text = _RESTS_FORM.format(a="翠锦", b="春风", c="鑫汇",
                              rest="汉台区、南郑区和城固县除中风险区以外的其他区域均为低风险区。")
    assert by_level(text) == _rests_expected()


def test_listed_districts_rest_in_traditional_characters_with_full_width_punctuation() -> None:
    text = in_traditional(_RESTS_FORM.format(a="翠锦", b="春风", c="鑫汇",
                                             rest="汉台区、南郑区、城固县除中风险区外为低风险区。"))
    assert by_level(text.translate(HALF_TO_FULL)) == _rests_expected()


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.sampled_from(["汉台区、南郑区、城固县", "南郑区、城固县", "汉台区和城固县"]),
       st.sampled_from(["除中风险区外为低风险区。", "除中风险区以外均为低风险区。", "除高、中风险区外为低风险区。"]))
def test_listed_districts_rests_never_join_the_last_item(a: str, b: str, c: str, names: str, rest: str) -> None:
    text = _RESTS_FORM.format(a=a, b=b, c=c, rest=names + rest)
    assert by_level(text) == _rests_expected(a, b, c), text


def test_listed_districts_rests_in_two_clauses_and_with_measures_are_no_place() -> None:
    # (ordinary wording near the rule: the districts' rest said over a comma, and with what it goes back to, a
    # measure: no place, and no part of the list's last item)
    for rest in ("汉台区、南郑区除中风险区外,其他区域为低风险区。",
                 "汉台区、南郑区除中风险区外,其他区域恢复正常生产生活秩序。"):
        text = _RESTS_FORM.format(a="翠锦", b="春风", c="鑫汇", rest=rest)
        assert by_level(text) == _rests_expected(), rest


# ---- 将军 in a name inside a sentence's list --------------------------------------------------------------

_GENERAL_FORM = ("广元市{district}应对新型冠状病毒肺炎疫情应急指挥部关于调整部分区域风险等级的通告\n"
                 "根据当前疫情防控工作需要,经专家组综合评估,决定:\n"
                 "自2022年11月9日16时起,广元市{district}{street}街道将军{kind}{a}小区、{b}苑小区、将军路三栋自建房,"
                 "{other}街道{c}社区{d}小区的风险等级由中风险区调整为低风险区。\n"
                 "低风险区严格执行当前临时性社会管控措施。\n"
                 "特此通告。")


def _general_expected(district: str, street: str, kind: str, a: str, b: str, other: str, c: str,
                      d: str) -> dict[tuple[str, str], list[str]]:
    return {("low", district): [f"{street}街道将军{kind}{a}小区", f"{b}苑小区", "将军路三栋自建房",
                                f"{other}街道{c}社区{d}小区"]}


def test_general_in_a_bridge_and_a_road_inside_a_list_opens_no_object() -> None:
    text = _GENERAL_FORM.format(district="昭化区", street="元坝", kind="桥社区", a="金华", b="翠锦", other="卫子",
                                c="春风", d="鑫汇")
    assert by_level(text) == _general_expected("昭化区", "元坝", "桥社区", "金华", "翠锦", "卫子", "春风", "鑫汇")


def test_general_in_a_village_inside_a_list_in_another_district() -> None:
    text = _GENERAL_FORM.format(district="朝天区", street="朝天", kind="村", a="金华", b="翠锦", other="中子",
                                c="春风", d="鑫汇")
    assert by_level(text) == _general_expected("朝天区", "朝天", "村", "金华", "翠锦", "中子", "春风", "鑫汇")


def test_general_in_names_in_traditional_characters_with_full_width_punctuation() -> None:
    text = in_traditional(_GENERAL_FORM.format(district="昭化区", street="元坝", kind="桥社区", a="金华", b="翠锦",
                                               other="卫子", c="春风", d="鑫汇")).translate(HALF_TO_FULL)
    assert by_level(text) == _general_expected("昭化区", "元坝", "桥社区", "金华", "翠锦", "卫子", "春风", "鑫汇")


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       invented_names(PLAIN_SYLLABLES), st.sampled_from(["桥社区", "路社区", "村"]))
def test_general_in_names_never_opens_the_object(a: str, b: str, c: str, d: str, kind: str) -> None:
    if len({a, b, c, d}) < 4:
        return
    text = _GENERAL_FORM.format(district="昭化区", street="元坝", kind=kind, a=a, b=b, other="卫子", c=c, d=d)
    assert by_level(text) == _general_expected("昭化区", "元坝", kind, a, b, "卫子", c, d), text


def test_the_verb_before_a_street_named_army_hill_still_opens_the_object() -> None:
    # (ordinary wording near the rule: in the next sentence "将军山街道…" is the verb 将 before a street named 军山,
    # the object it opens; the general's bridge and road of the first keep their names)
    text = ("广元市昭化区应对新型冠状病毒肺炎疫情应急指挥部关于调整部分区域风险等级的通告\n"
            "自2022年11月9日16时起,元坝街道将军桥社区金华小区、将军路春风小区的风险等级由中风险区调整为低风险区。"
            "同时将军山街道翠锦社区鑫汇小区调整为低风险区。\n"
            "特此通告。")
    assert by_level(text) == {("low", "昭化区"): ["元坝街道将军桥社区金华小区", "将军路春风小区",
                                                 "军山街道翠锦社区鑫汇小区"]}


# ---- the district's short name, then 中心 -------------------------------------------------------------------

_CENTRE_FORM = ("{city}市新型冠状病毒肺炎疫情防控工作指挥部通告\n"
                "经专家组研判,自2022年8月2日起,划定高风险区。\n"
                "一、高风险区\n"
                "将{district}{a}村二巷、{short}中心{kind}、{b}综合农贸市场等3个区域划为高风险区。\n"
                "采取封控措施:足不出户、上门服务。")


def test_a_place_named_after_its_district_keeps_the_short_name() -> None:
    text = _CENTRE_FORM.format(city="三亚", district="吉阳区", short="吉阳", a="金华", kind="渔港", b="翠锦")
    assert by_level(text) == {("high", "吉阳区"): ["金华村二巷", "吉阳中心渔港", "翠锦综合农贸市场"]}


def test_a_centre_school_named_after_another_citys_district() -> None:
    text = _CENTRE_FORM.format(city="海口", district="秀英区", short="秀英", a="金华", kind="小学", b="翠锦")
    assert by_level(text) == {("high", "秀英区"): ["金华村二巷", "秀英中心小学", "翠锦综合农贸市场"]}


def test_a_centre_named_after_its_district_in_traditional_characters_with_full_width_punctuation() -> None:
    text = in_traditional(_CENTRE_FORM.format(city="海口", district="美兰区", short="美兰", a="金华", kind="医院",
                                              b="翠锦")).translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "美兰区"): ["金华村二巷", "美兰中心医院", "翠锦综合农贸市场"]}


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.sampled_from(["渔港", "小学", "医院", "市场"]),
       st.sampled_from([("三亚", "吉阳区"), ("海口", "秀英区"), ("海口", "美兰区")]))
def test_centres_named_after_their_district_keep_it(a: str, b: str, kind: str, where: tuple[str, str]) -> None:
    if a == b:
        return
    city, district = where
    text = _CENTRE_FORM.format(city=city, district=district, short=district[:-1], a=a, kind=kind, b=b)
    assert by_level(text) == {("high", district): [f"{a}村二巷", f"{district[:-1]}中心{kind}",
                                                   f"{b}综合农贸市场"]}, text


def test_the_short_name_before_a_place_of_its_own_is_still_taken_off() -> None:
    # (ordinary wording near the rule: the district written short before a village, beside a centre named after it)
    text = ("三亚市新型冠状病毒肺炎疫情防控工作指挥部通告\n"
            "一、高风险区\n"
            "将吉阳区金华村二巷、吉阳中心小学、吉阳翠锦村三组等3个区域划为高风险区。\n"
            "采取封控措施:足不出户、上门服务。")
    assert by_level(text) == {("high", "吉阳区"): ["金华村二巷", "吉阳中心小学", "翠锦村三组"]}
