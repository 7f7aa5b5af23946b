"""Forms fixed by t73b (the 73rd set): a lead whose levels are only in a clause of purpose before the decision's
colon, then "…调整如下:", is no heading; a base (基地) run as a district labels its communities among district
labels; buildings listed with 、 before the area they bound ("13号楼、14号楼以南区域") are one place; a municipality
written without 市 before its rest ("上海其他地区") is a blanket; a report's reasons and the experts' assessment in
front of "X个地区划分为中风险区域,分别是A;B" open no place; two compounds each named with its kind word and
joined by 和 (by 及 in a run of places) are two places, their own phases and buildings kept on them."""
from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    changes_of,
    invented_names,
    no_real_city,
    places_of,
    variants_of,
)

# ---- 1. "对…高、中风险地区…进行调整,经…研究决定:自…起,对风险地区调整如下:": no heading -----------------------------

_REGROUPED = ("对锦绣市高、中风险地区按街道为单位进行重新调整,经锦绣市指挥部研究决定:自2021年12月29日起,"
              "对锦绣市风险地区调整如下:\n一、高风险地区:金桃区翠湖街道阳光社区。\n二、中风险地区:\n"
              "金桃区:银杏街道,星峰街道,\n丰乐区:福瑞街道。")


def test_purpose_clause_levels_before_an_announcement_are_no_heading() -> None:
    for text in variants_of(_REGROUPED):
        assert changes_of(text) == [("high", "金桃区", ["翠湖街道阳光社区"]),
                                    ("medium", "金桃区", ["银杏街道", "星峰街道"]),
                                    ("medium", "丰乐区", ["福瑞街道"])]
    # near-misses: a level's own label before "名单如下:" still heads the list below it
    assert changes_of("中风险区(2个):名单如下:\n金桃区翠湖小区、丰乐区银杏小区。") == [
        ("medium", "金桃区", ["翠湖小区"]), ("medium", "丰乐区", ["银杏小区"])]
    assert changes_of("经研究,新增中风险地区:现公布如下:\n金桃区翠湖小区、丰乐区银杏小区。") == [
        ("medium", "金桃区", ["翠湖小区"]), ("medium", "丰乐区", ["银杏小区"])]


# ---- 2. "X基地:A社区,B社区" among district labels: the base is the line's district ----------------------------------

_BASE = "中风险地区:\n金桃区:银杏街道,星峰街道,\n锦绣基地:阳光社区,翠湖路社区,\n丰乐区:福瑞街道。"


def test_base_run_as_a_district_labels_its_communities() -> None:
    for text in variants_of(_BASE):
        assert changes_of(text) == [("medium", "金桃区", ["银杏街道", "星峰街道"]),
                                    ("medium", "锦绣基地", ["阳光社区", "翠湖路社区"]),
                                    ("medium", "丰乐区", ["福瑞街道"])]
    # near-miss: a base over its own buildings is a site, no district (read as before)
    assert ("medium", "锦绣基地", ["1号楼", "食堂"]) not in changes_of(
        "中风险地区:\n金桃区:银杏街道,星峰街道,\n锦绣基地:1号楼,食堂,\n丰乐区:福瑞街道。")


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_base_label_property(base: str, community: str) -> None:
    assume(no_real_city(base, community) and base != community)
    text = f"中风险地区:\n金桃区:银杏街道,\n{base}基地:{community}社区,星峰社区,\n丰乐区:福瑞街道。"
    assert (("medium", f"{base}基地", [f"{community}社区", "星峰社区"]) in changes_of(text))


# ---- 3. "A花园2期13号楼、14号楼、15号楼以南区域": one area the run of buildings bounds ----------------------------

def test_buildings_before_the_area_they_bound_are_one_place() -> None:
    for text in variants_of("自发布之日起,下列地区调整为中风险地区:\n1、金桃区翠湖街道阳光社区运河小区;\n"
                            "2、金桃区银杏乡丰收花园社区丰收花园2期13号楼、14号楼、15号楼以南区域;"):
        assert places_of(text) == ["翠湖街道阳光社区运河小区",
                                   "银杏乡丰收花园社区丰收花园2期13号楼、14号楼、15号楼以南区域"]
    # near-misses: a run without a bound stays one compound's buildings, and a compound after it is its own place
    assert places_of("中风险地区:金桃区丰收花园13号楼、14号楼、翠湖小区。") == ["丰收花园13号楼、14号楼", "翠湖小区"]
    assert places_of("中风险地区:金桃区丰收花园13号楼以北区域、翠湖小区。") == ["丰收花园13号楼以北区域", "翠湖小区"]


# ---- 4. "上海其他地区均为低风险地区": a municipality's rest, no place -----------------------------------------------

def test_municipality_without_its_shi_before_its_rest_is_a_blanket() -> None:
    for city in ("上海", "天津", "重庆"):
        for text in variants_of(f"从12月27日起,金桃区银杏镇翠湖村为中风险地区。\n截至目前,共有中风险地区1个。"
                                f"{city}其他地区均为低风险地区。"):
            assert changes_of(text) == [("medium", "金桃区", ["银杏镇翠湖村"])]
    # near-miss: an unknown name before its rest is a place's rest, read as before
    assert "锦绣其他地区" in places_of("从12月27日起,金桃区银杏镇翠湖村为中风险地区。\n锦绣其他地区均为低风险地区。")


# ---- 5. reasons and the experts' assessment before "X个地区划分为中风险区域,分别是A;B;C" -----------------------------

_REPORTED = ("针对近段时间疫情防控,经专家组综合评估研判,锦绣以下三个地区划分为中风险区域,分别是金桃区翠湖街道阳光社区"
             "金华大道8号锦绣有限公司办公区;金桃区星峰路53号翠湖小区;丰乐区长风街道福瑞社区西二路88号君悦小区一组团。"
             "上述地区人员不得进出。")


def test_reasons_and_assessment_before_a_counted_list() -> None:
    for text in variants_of(_REPORTED):
        assert changes_of(text) == [
            ("medium", "金桃区", ["翠湖街道阳光社区金华大道8号锦绣有限公司办公区", "星峰路53号翠湖小区"]),
            ("medium", "丰乐区", ["长风街道福瑞社区西二路88号君悦小区一组团"])]
    # near-miss: 为此 after the count opens a clause of purpose, no list
    assert places_of("根据疫情防控需要,经专家组研判,全区现有中风险区2个,为此,请广大市民减少外出。") == []


# ---- 6. "A家园小区和B湾二期", "A雅园8栋及B小区1期和3期": two compounds ---------------------------------------------

def test_two_compounds_with_their_parts_joined_by_he_or_ji() -> None:
    for text in variants_of("自即日起,将金桃区银杏街道丰收家园小区和锦绣湾二期调整为低风险区。"):
        assert places_of(text) == ["银杏街道丰收家园小区", "锦绣湾二期"]
    for text in variants_of("自8月16日零时起,将金桃区阳光社区东部丰收城23栋、丰乐区星峰路翠湖雅园8栋及"
                            "锦绣府小区1期和3期调整为低风险地区。"):
        assert places_of(text) == ["阳光社区东部丰收城23栋", "星峰路翠湖雅园8栋", "锦绣府小区1期和3期"]
    # near-misses: one compound's phases or buildings, what lies by it, the same compound named twice, a pair
    # joined by 及 alone (one area, as a count may say), a 和 that starts a name
    for one in ("丰收家园小区1期和3期", "丰收小区及东侧花园", "丰收花园1栋和丰收花园2栋", "翠湖雅园8栋和9栋",
                "翠湖雅园8栋及锦绣府小区1期", "丰收小区和平花园2期"):
        assert places_of(f"自即日起,将金桃区{one}调整为低风险区。") == [one]
    # (lodgings, 公寓, joined by 及 in a run may be one site's: kept as written)
    assert places_of("自即日起,将金桃区翠湖小区、丰乐区金华大道舒畅公寓及锦绣公寓调整为低风险区。") == [
        "翠湖小区", "金华大道舒畅公寓及锦绣公寓"]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_two_compounds_property(first: str, second: str) -> None:
    assume(no_real_city(first, second) and first not in second and second not in first)
    assume(second[0] not in "平谐睦美顺兴悦煦润盛鸣风园苑居家乐畅泰嘉光义安")  # ("和风…": 和 may start the name)
    assert places_of(f"自即日起,将金桃区银杏街道{first}家园小区和{second}湾二期调整为低风险区。") == [
        f"银杏街道{first}家园小区", f"{second}湾二期"]
    assert places_of(f"自即日起,将金桃区{first}小区、丰乐区{first}雅园8栋及{second}府小区1期和3期调整为低风险区。") == [
        f"{first}小区", f"{first}雅园8栋", f"{second}府小区1期和3期"]
