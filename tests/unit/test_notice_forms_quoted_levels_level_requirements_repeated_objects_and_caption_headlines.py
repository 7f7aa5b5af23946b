"""Forms of summer-2022 南昌 notices and a winter-2022 福州 one:

* a level's name quoted after 由 and after the verb's 为 (both quoted), or after 参照, maybe with the scale's words
  before it ("由疫情“高风险区”调整为疫情“中风险区”", "参照疫情风险区“高风险区”的要求执行"): the level as written bare;
  not a quoted kind redrawn without 由 ("“封控区”调整为“管控区”", no place's change);
* places, then a comma maybe, put under a level's requirements ("A、B,参照高风险区的要求执行,管控期间实行…"): the
  list's own sentence, read as "将A、B划为高风险区"; not a reference back ("以上区域参照…"), people, or a lead's prose;
* a lead of several clauses each pointing at named communities' parts ("自7月12日起,对A社区部分区域实施临时管控,自
  7月13日起,对B社区、C社区部分区域实施临时管控,现将有关事项通告如下:"): no place of its own, the items below name
  them; a list's "A村、B村部分区域划为…" with no list under it keeps its places;
* in a list grouped by ";", a compound's buildings each with its units after a comma ("A院1号1栋1单元、2单元,2栋1单元、
  3单元", a later building with several units): one place, the compound named once; outside such a group a bare
  building after a comma is split as before;
* an area with a note of what it takes in, then 以及 and a site that ends in no place word ("A社区B街以北片区(含C商业街)
  以及D陈列馆"): two places;
* the verb's 对 written again before each place ("对A小区、 对B小区解除临时管控管理措施"): no part of the places;
* a site's headline that counts a level's areas, the text's first line, repeated on a line of its own after the
  places (a picture's caption): no place.

Each form in variants written here (invented places, other names and separators, traditional characters, full-width
punctuation), properties over generated names, and guards of ordinary wording."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
    no_real_city,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)

_REGRADE_LEAD = ("兴华区关于调整金湖街道部分区域风险区等级的通告:\n根据国务院联防联控机制有关规定,"
                 "经区疫情防控指挥部综合评估研判,决定自2022年7月26日0时起,调整金湖街道部分区域新冠疫情风险区等级,现将有关事项通告如下:\n")
_SIGNED = "\n请广大市民朋友严格执行有关规定,全力支持疫情防控工作。\n兴华区疫情防控指挥部\n2022年7月25日"


# --- a quoted level after 由 / 为 ------------------------------------------------------------------------

def test_quoted_levels_of_a_downgrade_are_read() -> None:
    text = (_REGRADE_LEAD + "1.春晓社区锦绣北3、4栋,翠湖街155号、157号,由疫情“高风险区”调整为疫情“中风险区”,"
            "实行“人不出区、错峰取物”的管控措施。" + _SIGNED)
    assert by_level(text) == {("medium", "兴华区"): ["春晓社区锦绣北3、4栋", "翠湖街155号、157号"]}


def test_quoted_levels_without_the_epidemic_word_in_traditional_characters() -> None:
    text = in_traditional(_REGRADE_LEAD + "1.龙泉社区丽园小区,由“中风险区”调整为“低风险区”,实行“个人防护、避免聚集”的"
                          "防范措施。" + _SIGNED)
    assert levels_of(text) == {"low": ["龙泉社区丽园小区"]}


def test_quoted_levels_full_width() -> None:
    text = (_REGRADE_LEAD + "1.金峰社区福瑞家园8栋,由疫情“高风险区”调整为疫情“低风险区”。"
            + _SIGNED).translate(HALF_TO_FULL)
    assert levels_of(text) == {"low": ["金峰社区福瑞家园8栋"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from([("高", "中", "medium"), ("中", "低", "low"), ("高", "低", "low")]),
       st.sampled_from(["疫情", ""]), st.booleans())
def test_any_quoted_levels_are_read(community: str, estate: str, levels: tuple[str, str, str], word: str,
                                    traditional: bool) -> None:
    assume(no_real_city(community, estate))
    text = (_REGRADE_LEAD + f"1.{community}社区{estate}小区3栋,由{word}“{levels[0]}风险区”"
            f"调整为{word}“{levels[1]}风险区”。" + _SIGNED)
    assert levels_of(in_traditional(text) if traditional else text) == {levels[2]: [f"{community}社区{estate}小区3栋"]}


def test_guard_a_quoted_level_in_an_appeal_names_no_place() -> None:
    text = (_REGRADE_LEAD + "1.春晓社区锦绣小区由高风险区调整为中风险区。\n如近期到过“高风险区”的,请及时报告。"
            + _SIGNED)
    assert levels_of(text) == {"medium": ["春晓社区锦绣小区"]}


def test_guard_a_quoted_kind_redrawn_without_its_from_names_no_place() -> None:
    text = (_REGRADE_LEAD + "1.将春晓社区锦绣小区划为高风险区。\n2.高风险区\n“封控区”调整为“管控区”;" + _SIGNED)
    assert levels_of(text) == {"high": ["春晓社区锦绣小区"]}


# --- places put under a level's requirements -------------------------------------------------------------

_TEMP_LEAD = ("关于对兴华区金湖街道部分区域实施临时应急管控的通告:\n根据疫情防控工作需要,经区疫情防控指挥部研究决定,"
              "自2022年7月12日凌晨0时起,对金湖街道春晓社区部分区域实施临时应急管控,现将有关事项通告如下:\n")


def test_places_under_a_quoted_levels_requirements() -> None:
    text = (_TEMP_LEAD + "1、春晓社区石榴街66号、翠湖社区翠湖街1号3栋3单元,参照疫情风险区“高风险区”的要求执行,管控期间"
            "实行“足不出户、上门服务”的管控措施。\n2、春晓社区石榴街64号、68号,锦绣路198号,参照疫情风险区“中风险区”的要求"
            "执行,管控期间实行“人不出区、错峰取物”的管控措施。" + _SIGNED)
    assert levels_of(text) == {"high": ["春晓社区石榴街66号", "翠湖社区翠湖街1号3栋3单元"],
                               "medium": ["春晓社区石榴街64号、68号", "锦绣路198号"]}


def test_places_under_a_levels_standard_in_traditional_characters() -> None:
    text = in_traditional(_TEMP_LEAD + "1、龙泉社区丽园小区2栋参照高风险区的标准执行。\n"
                          "2、龙泉社区丽园小区5栋、6栋,参照中风险区的要求执行。" + _SIGNED)
    assert levels_of(text) == {"high": ["龙泉社区丽园小区2栋"], "medium": ["龙泉社区丽园小区5栋、6栋"]}


def test_places_under_a_levels_requirements_full_width() -> None:
    text = (_TEMP_LEAD + "1、金峰社区福瑞家园8栋;泽兴路12号,参照中风险区的管控要求执行,管控期间实行“人不出区”。"
            + _SIGNED).translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["金峰社区福瑞家园8栋", "泽兴路12号"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from([("高风险区", "high"), ("中风险区", "medium"), ("低风险区", "low")]),
       st.sampled_from(["要求", "标准", "规定"]), st.booleans())
def test_any_places_under_a_levels_requirements(community: str, road: str, level: tuple[str, str], word: str,
                                                traditional: bool) -> None:
    assume(no_real_city(community, road) and road != "长风")
    text = _TEMP_LEAD + f"1、{community}社区{road}路8号、长风路10号,参照{level[0]}的{word}执行。" + _SIGNED
    assert levels_of(in_traditional(text) if traditional else text) == {
        level[1]: [f"{community}社区{road}路8号", "长风路10号"]}


def test_guard_areas_referred_back_under_a_levels_requirements_are_no_new_place() -> None:
    text = (_TEMP_LEAD + "1、将春晓社区石榴街66号划为高风险区。\n2、以上区域参照高风险区的要求执行。" + _SIGNED)
    assert levels_of(text) == {"high": ["春晓社区石榴街66号"]}


def test_guard_people_under_a_levels_requirements_are_no_place() -> None:
    text = (_TEMP_LEAD + "1、将春晓社区石榴街66号划为高风险区。\n2、涉疫人员参照高风险区的要求执行。" + _SIGNED)
    assert levels_of(text) == {"high": ["春晓社区石榴街66号"]}


# --- a lead of several clauses over named communities' parts --------------------------------------------

_TWO_DAY_LEAD = ("关于对兴华区金湖街道部分区域实施临时应急管控的通告:\n根据疫情防控工作需要,经区疫情防控指挥部研究决定,"
                 "自2022年7月12日凌晨0时起,对金湖街道春晓社区部分区域实施临时应急管控,自7月13日凌晨0时起,对{a}社区、"
                 "{b}社区部分区域实施临时应急管控,现将有关事项通告如下:\n")


def test_lead_of_two_clauses_over_communities_parts_names_no_place() -> None:
    text = (_TWO_DAY_LEAD.format(a="翠湖", b="锦绣") + "1、春晓社区石榴街66号、翠湖社区翠湖街1号3栋,"
            "参照高风险区的要求执行。\n2、锦绣社区锦绣路2号,参照中风险区的要求执行。" + _SIGNED)
    assert levels_of(text) == {"high": ["春晓社区石榴街66号", "翠湖社区翠湖街1号3栋"], "medium": ["锦绣社区锦绣路2号"]}


def test_lead_of_two_clauses_in_traditional_characters() -> None:
    text = in_traditional(_TWO_DAY_LEAD.format(a="龙泉", b="丽园") + "1、龙泉社区丽园小区2栋划为高风险区。\n"
                          "2、丽园社区泽兴路8号划为中风险区。" + _SIGNED)
    assert levels_of(text) == {"high": ["龙泉社区丽园小区2栋"], "medium": ["丽园社区泽兴路8号"]}


def test_lead_of_two_clauses_full_width() -> None:
    text = (_TWO_DAY_LEAD.format(a="金峰", b="福瑞") + "1、金峰社区福瑞家园8栋,参照高风险区的要求执行。\n"
            "2、福瑞社区康宁路3号,参照中风险区的要求执行。" + _SIGNED).translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["金峰社区福瑞家园8栋"], "medium": ["福瑞社区康宁路3号"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.booleans())
def test_any_lead_of_two_clauses_names_no_place(first: str, second: str, traditional: bool) -> None:
    assume(no_real_city(first, second) and first != second)
    text = (_TWO_DAY_LEAD.format(a=first, b=second) + f"1、{first}社区长风路6号,参照高风险区的要求执行。\n"
            f"2、{second}社区胜利路9号,参照中风险区的要求执行。" + _SIGNED)
    assert levels_of(in_traditional(text) if traditional else text) == {
        "high": [f"{first}社区长风路6号"], "medium": [f"{second}社区胜利路9号"]}


def test_guard_a_listed_communitys_part_with_no_list_below_keeps_its_places() -> None:
    text = ("兴华区关于调整风险区域的通告\n经研判,自2022年7月12日0时起,将春晓村、翠湖村部分区域划为管控区。" + _SIGNED)
    assert levels_of(text) == {"controlled": ["春晓村", "翠湖村部分区域"]}


# --- a compound's buildings with their units after a comma, in a list grouped by ";" ---------------------

def test_buildings_with_units_after_a_comma_in_a_semicolon_group_are_one_place() -> None:
    text = (_TEMP_LEAD + "1、春晓社区石榴街64号,锦绣路198号;翠湖社区翠湖院1号1栋1单元、2单元,2栋1单元、3单元,3栋2单元;"
            "龙泉社区丽园一区1栋、2栋,康宁路34号,参照中风险区的要求执行。" + _SIGNED)
    assert levels_of(text) == {"medium": ["春晓社区石榴街64号", "锦绣路198号",
                                          "翠湖社区翠湖院1号1栋1单元、2单元,2栋1单元、3单元,3栋2单元",
                                          "龙泉社区丽园一区1栋、2栋", "康宁路34号"]}


def test_buildings_with_units_in_a_semicolon_group_in_traditional_characters() -> None:
    text = in_traditional(_TEMP_LEAD + "1、将龙泉社区丽园小区5幢1单元、2单元,6幢1单元、3单元;泽兴路8号划为中风险区。"
                          + _SIGNED)
    assert levels_of(text) == {"medium": ["龙泉社区丽园小区5幢1单元、2单元,6幢1单元、3单元", "泽兴路8号"]}


def test_buildings_with_units_in_a_semicolon_group_full_width() -> None:
    text = (_TEMP_LEAD + "1、将金峰社区福瑞家园1栋1单元、2单元,4栋1单元、2单元;康宁路3号划为高风险区。"
            + _SIGNED).translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["金峰社区福瑞家园1栋1单元、2单元,4栋1单元、2单元", "康宁路3号"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.integers(1, 30), st.integers(1, 30), st.booleans())
def test_any_buildings_with_units_in_a_semicolon_group(community: str, estate: str, first: int, second: int,
                                                       traditional: bool) -> None:
    assume(no_real_city(community, estate))
    text = (_TEMP_LEAD + f"1、将{community}社区{estate}小区{first}栋1单元、2单元,{second}栋1单元、3单元;"
            "长风路8号划为中风险区。" + _SIGNED)
    assert levels_of(in_traditional(text) if traditional else text) == {
        "medium": [f"{community}社区{estate}小区{first}栋1单元、2单元,{second}栋1单元、3单元", "长风路8号"]}


def test_guard_a_bare_building_after_a_comma_outside_semicolon_groups_stays_split() -> None:
    text = ("兴华区关于调整风险区域的通告\n二、春晓镇翠湖村锦绣小区27栋4单元、5单元,26栋1单元、2单元"
            "由中风险区调整为低风险区;" + _SIGNED)
    assert levels_of(text) == {"low": ["春晓镇翠湖村锦绣小区27栋4单元、5单元", "26栋1单元、2单元"]}


# --- an area with a note of what it takes in, then 以及 and a place ------------------------------------------

def test_area_with_an_included_note_then_a_museum_are_two_places() -> None:
    text = (_REGRADE_LEAD + "2.春晓社区(不含锦绣北3栋);翠湖社区石榴街以北片区(含绿地商业街)以及长风旧址陈列馆,"
            "龙泉社区、丽园社区,以上区域由疫情“中风险区”调整为疫情“低风险区”。" + _SIGNED)
    assert levels_of(text) == {"low": ["春晓社区(不含锦绣北3栋)", "翠湖社区石榴街以北片区(含绿地商业街)",
                                       "长风旧址陈列馆", "龙泉社区", "丽园社区"]}


def test_area_with_an_included_note_then_a_place_in_traditional_characters() -> None:
    text = in_traditional("将龙泉社区泽兴路以南片区(包括丽园市场)以及康宁小学划为低风险区。")
    assert levels_of(text) == {"low": ["龙泉社区泽兴路以南片区(包括丽园市场)", "康宁小学"]}


def test_area_with_an_included_note_then_a_place_full_width() -> None:
    text = "将春晓社区金峰路以东区域(含金峰市场)以及福瑞纪念馆划为中风险区。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["春晓社区金峰路以东区域(含金峰市场)", "福瑞纪念馆"]}


@settings(max_examples=25, deadline=None)
@given(name, name, name, st.sampled_from(["含", "包含", "包括"]), st.booleans())
def test_any_area_with_an_included_note_then_a_place(road: str, market: str, estate: str, word: str,
                                                     traditional: bool) -> None:
    assume(no_real_city(road, market, estate))
    text = f"将春晓社区{road}街以北片区({word}{market}市场)以及{estate}纪念馆划为低风险区。"
    assert levels_of(in_traditional(text) if traditional else text) == {
        "low": [f"春晓社区{road}街以北片区({word}{market}市场)", f"{estate}纪念馆"]}


def test_guard_an_area_with_a_note_then_what_lies_around_it_is_one_place() -> None:
    text = "将春晓社区锦绣街以北片区(含绿地商业街)以及周边商铺划为低风险区。"
    assert levels_of(text) == {"low": ["春晓社区锦绣街以北片区(含绿地商业街)以及周边商铺"]}


# --- the verb's 对 written again before each place -----------------------------------------------------------

_LIFT_LEAD = ("兴华区关于调整疫情防控管控区域的通告:\n根据疫情处置工作成效,经专家评估后决定,自2022年4月28日6时起,"
              "对金湖乡的管控区域进行解除,现通告如下:\n")


def test_repeated_object_verb_is_no_part_of_the_places() -> None:
    text = (_LIFT_LEAD + "对金湖乡春晓住宅区、 对翠湖锦绣小区解除临时应急管控管理措施\n解除管控管理不等于解除防控措施。"
            + _SIGNED)
    assert levels_of(text) == {"lifted": ["金湖乡春晓住宅区", "翠湖锦绣小区"]}


def test_repeated_object_verb_in_traditional_characters() -> None:
    text = in_traditional(_LIFT_LEAD + "对龙泉村丽园小区、对泽兴花园、对康宁家园解除临时管控措施。" + _SIGNED)
    assert levels_of(text) == {"lifted": ["龙泉村丽园小区", "泽兴花园", "康宁家园"]}


def test_repeated_object_verb_full_width() -> None:
    text = (_LIFT_LEAD + "对金峰小区3栋、对福瑞家园(1栋除外)解除管控措施。" + _SIGNED).translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["金峰小区3栋", "福瑞家园(1栋除外)"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from(["", " "]), st.booleans())
def test_any_repeated_object_verb(first: str, second: str, space: str, traditional: bool) -> None:
    assume(no_real_city(first, second) and first != second)
    text = _LIFT_LEAD + f"对{first}小区、{space}对{second}花园解除临时管控措施。" + _SIGNED
    assert levels_of(in_traditional(text) if traditional else text) == {"lifted": [f"{first}小区", f"{second}花园"]}


def test_guard_a_name_opening_with_dui_after_one_written_without_it_is_kept() -> None:
    text = _LIFT_LEAD + "对春晓小区、翠湖花园、对江村解除临时管控措施。" + _SIGNED
    assert levels_of(text) == {"lifted": ["春晓小区", "翠湖花园", "对江村"]}


# --- a site's headline repeated as a caption after the places ----------------------------------------------

_GULOU = ("{head}\n\n兴华区疫情防控工作应急指挥部通告\n\n(2022年第57号)\n\n根据当前兴华区疫情防控形势,"
          "并经专家组综合研判,决定自2022年12月7日6时起,划定以下{n}个疫情防控高风险区。\n\n春晓街道({n}个)\n\n{places}\n\n{head}\n\n"
          "以上区域实行“区域封闭、足不出户、服务上门”等管控措施。\n\n兴华区疫情防控工作应急指挥部\n\n2022年12月7日")


def test_headline_repeated_as_a_caption_is_no_place() -> None:
    text = _GULOU.format(head="兴华新划定1个高风险区", n=1, places="白龙支路9号锦绣小区9座2梯")
    assert levels_of(text) == {"high": ["春晓街道白龙支路9号锦绣小区9座2梯"]}


def test_headline_repeated_as_a_caption_in_traditional_characters() -> None:
    text = in_traditional(_GULOU.format(head="兴华新划定1个高风险区", n=1, places="翠湖路3号龙泉花园2座"))
    assert levels_of(text) == {"high": ["春晓街道翠湖路3号龙泉花园2座"]}


def test_headline_repeated_as_a_caption_full_width() -> None:
    text = _GULOU.format(head="兴华划定1处高风险区(12月7日)", n=1, places="福瑞路8号金峰苑1座").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["春晓街道福瑞路8号金峰苑1座"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from(["新划定", "新增", "划定"]), st.booleans())
def test_any_headline_repeated_as_a_caption(county: str, estate: str, verb: str, traditional: bool) -> None:
    assume(no_real_city(county, estate))
    text = _GULOU.format(head=f"{county}{verb}1个高风险区", n=1, places=f"长风路9号{estate}小区9座")
    assert levels_of(in_traditional(text) if traditional else text) == {"high": [f"春晓街道长风路9号{estate}小区9座"]}


def test_guard_a_place_line_equal_to_a_plain_first_line_is_kept() -> None:
    text = "锦绣小区3栋\n高风险区:\n春晓花园2栋\n锦绣小区3栋"
    assert levels_of(text) == {"high": ["春晓花园2栋", "锦绣小区3栋"]}
