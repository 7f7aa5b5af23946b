"""Forms of notices signed by an office named a command system (疫情防控应急指挥体系), its name broken over two
lines; a new area (江北新区) written in front of a street whose list goes on with bare streets ("江北新区A街道、B街道
全域"); a lift of "以下临时管控区域防控措施" (the measures of the areas below lifted) over street headings; a
headline counting places with 地 ("3地调整为中风险地区") over a list whose last two places are joined by 和 where
a name holds 与; and kinds of site closed together ("对养老机构、…等特殊场所实施封闭式管理"), which name no place.
Each form in variants written here (invented places, the wording of the real forms: other levels, numbers,
traditional characters, full-width punctuation), and properties over generated parts."""

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
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- an office named a command system, its name broken over two lines ---------------------------------------

def _system_notice(low_line: str, signature: str) -> str:
    return ("南京市金华区疫情防控应急指挥体系\n关于划定风险区域的通告\n根据当前疫情防控需要,自2022年10月25日起,"
            f"划定相关风险区域如下:\n高风险区:龙泽苑3幢\n{low_line}\n{signature}\n2022年10月25日")


def test_a_command_system_signature_broken_over_two_lines_is_no_place() -> None:
    text = _system_notice("低风险区:金华区除高风险区以外的其他区域", "南京市金华区疫情防控\n应急指挥体系")
    assert levels_of(text) == {"high": ["龙泽苑3幢"]}


def test_a_command_system_signature_in_traditional_characters() -> None:
    text = in_traditional(_system_notice("低风险区:金华区除高风险区以外的其他区域",
                                         "南京市金华区疫情防控\n应急指挥体系"))
    assert levels_of(text) == {"high": ["龙泽苑3幢"]}


def test_a_command_system_signature_after_a_listed_low_area() -> None:
    text = _system_notice("低风险区:春晓街道全域", "金华区新冠肺炎疫情防控\n指挥体系").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["龙泽苑3幢"], "low": ["春晓街道全域"]}


def test_a_place_named_after_a_system_word_stays_a_place() -> None:
    text = ("关于划定风险区域的通告\n自2022年10月25日起,划定相关风险区域如下:\n高风险区:龙泽苑3幢\n中风险区:\n"
            "翠峰体系工程公司宿舍")
    assert levels_of(text) == {"high": ["龙泽苑3幢"], "medium": ["翠峰体系工程公司宿舍"]}


# --- a new area in front of a street, the list going on with bare streets ------------------------------------

def _zone_notice(low: str) -> str:
    return ("南京金华新区\n新冠肺炎疫情联防联控工作指挥部\n关于划定风险区域的通告\n"
            "自2022年8月16日起,划定相关风险区域如下:\n"
            f"一、中风险区:\n金华新区龙泽街道春晓村3栋。\n二、低风险区:\n{low}\n金华新区新冠肺炎疫情\n联防联控工作指挥部")


def test_a_new_area_before_a_street_then_a_bare_street_with_its_whole_area() -> None:
    text = _zone_notice("金华新区长风街道、翠峰街道全域。")
    assert by_level(text) == {("medium", "金华新区"): ["龙泽街道春晓村3栋"],
                              ("low", "金华新区"): ["长风街道", "翠峰街道全域"]}


def test_a_new_area_before_streets_and_their_rest_then_towns_after_a_semicolon() -> None:
    text = _zone_notice("金华新区长风街道、翠峰街道除中风险区以外的其他区域;金华新区胜利镇、兴盛镇全域。")
    assert by_level(text) == {("medium", "金华新区"): ["龙泽街道春晓村3栋"],
                              ("low", "金华新区"): ["长风街道、翠峰街道除中风险区以外的其他区域", "胜利镇",
                                                    "兴盛镇全域"]}


def test_a_new_area_before_towns_in_traditional_characters_and_full_width_punctuation() -> None:
    text = in_traditional(_zone_notice("金华新区胜利镇、兴盛镇全域。")).translate(HALF_TO_FULL)
    assert by_level(text) == {("medium", "金华新区"): ["龙泽街道春晓村3栋"],
                              ("low", "金华新区"): ["胜利镇", "兴盛镇全域"]}


def test_a_zone_among_places_that_start_with_their_street_stays_in_its_place() -> None:
    # (guard: a zone before a compound, not before a street, is of the streets' rank, kept in the place)
    text = ("关于划定风险区域的通告\n自即日起划定中风险区如下:\n1.长风街道金华小区\n2.龙泽高新区春晓小区\n")
    assert levels_of(text) == {"medium": ["长风街道金华小区", "龙泽高新区春晓小区"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True), st.sampled_from(["街道", "镇"]))
def test_a_new_area_before_streets_property(names: list[str], kind: str) -> None:
    listed = [f"{n}{kind}" for n in names]
    text = _zone_notice("金华新区" + "、".join(listed[:-1]) + f"、{listed[-1]}全域。")
    assert by_level(text)[("low", "金华新区")] == [*listed[:-1], f"{listed[-1]}全域"]


# --- a lift of the measures of the areas below, over street headings -----------------------------------------

def _lift_notice(lead: str) -> str:
    return ("金华区新型冠状病毒肺炎疫情防控指挥部\n关于解除部分临时管控区域防控措施的通告(第12号)\n"
            f"经区新冠肺炎防控指挥部研究决定,自2022年10月25日21时起,{lead}\n一、春晓街\n"
            "(一)龙泽大道以南、长风路以北区域(含区域内翠峰街部分)。(二)龙泽大道、胜利路合围区域(兴盛花园小区除外)。\n"
            "二、翠峰街\n康宁新城小区锦绣世家J栋、K栋。\n以上区域解除临时管控区管控措施,落实“个人防护、避免聚集”防范措施\n"
            "特此通告。")


_LIFTED = ["春晓街龙泽大道以南、长风路以北区域(含区域内翠峰街部分)", "春晓街龙泽大道、胜利路合围区域(兴盛花园小区除外)",
           "翠峰街康宁新城小区锦绣世家J栋、K栋"]


def test_the_measures_of_temporary_control_areas_below_lifted() -> None:
    assert levels_of(_lift_notice("解除以下临时管控区域防控措施:")) == {"lifted": _LIFTED}


def test_the_prevention_measures_of_sealed_areas_below_lifted() -> None:
    assert levels_of(_lift_notice("解除下列封控区防控措施:")) == {"lifted": _LIFTED}


def test_the_management_measures_lifted_in_traditional_characters() -> None:
    assert levels_of(in_traditional(_lift_notice("解除以下管控区域管理措施:"))) == {"lifted": _LIFTED}


def test_a_level_s_measures_set_below_a_colon_are_no_lift() -> None:
    # (guard: "落实以下管控区域防控措施:" is the measures themselves, nothing lifted)
    text = ("关于加强防控的通告\n自2022年10月25日起,各街道落实以下管控区域防控措施:\n一、人不出区\n二、错峰取物")
    assert "lifted" not in levels_of(text)


# --- a headline counting places with 地, two places joined by 和 where a name holds 与 ----------------------

def test_a_headline_count_with_di_splits_the_last_two_places_at_he() -> None:
    text = ("金华区3地调整为中风险地区\n经专家评估,金华区疫情防控指挥部研究决定:将阳光100小区一期二期、"
            "龙泽大学信息科学与工程学院和龙泽大学三食堂区域确定为中风险地区。")
    assert levels_of(text) == {"medium": ["阳光100小区一期二期", "龙泽大学信息科学与工程学院", "龙泽大学三食堂区域"]}


def test_a_headline_count_in_chinese_numerals_with_ji() -> None:
    text = ("金华区三地调整为高风险地区\n研究决定:将春晓小区、翠峰大学材料科学与工程学院及翠峰大学二食堂区域确定为"
            "高风险地区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["春晓小区", "翠峰大学材料科学与工程学院", "翠峰大学二食堂区域"]}


def test_a_headline_count_in_traditional_characters() -> None:
    text = in_traditional("金华区2地调整为中风险地区\n研究决定:将长风大学数学与统计学院和长风大学一食堂区域"
                          "确定为中风险地区。")
    assert levels_of(text) == {"medium": ["长风大学数学与统计学院", "长风大学一食堂区域"]}


def test_without_a_count_the_two_places_joined_by_he_stay_as_written() -> None:
    # (guard: no headline count, no split beyond the parser's own reading of 和)
    text = "通告\n研究决定:将春晓小区、龙泽大学信息科学与工程学院和龙泽大学三食堂区域确定为中风险地区。"
    assert levels_of(text) == {"medium": ["春晓小区", "龙泽大学信息科学与工程学院和龙泽大学三食堂区域"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from(["和", "及"]), st.sampled_from(["信息科学与工程学院", "数学与统计学院"]))
def test_a_headline_count_property(first: str, school: str, conj: str, college: str) -> None:
    # (a name after 和 that starts with a word of names, "和兴", "和光", may be one name: left out here)
    assume(conj != "和" or school[0] not in "平谐睦美顺兴悦煦润盛鸣风园苑居家乐畅泰嘉光义安")
    text = (f"金华区3地调整为中风险地区\n研究决定:将{first}小区、{school}大学{college}{conj}{school}大学三食堂区域"
            "确定为中风险地区。")
    assert levels_of(text) == {"medium": [f"{first}小区", f"{school}大学{college}", f"{school}大学三食堂区域"]}


# --- kinds of site closed together are no place ------------------------------------------------------------

def _measures_notice(item: str) -> str:
    return ("通告\n研究决定:将春晓小区确定为中风险地区。\n现就有关防控措施通告如下:\n"
            f"一、对麻将馆、棋牌室等人员聚集场所暂停开放。\n二、{item}\n三、全区宗教场所暂缓开放。")


def test_kinds_of_site_of_vulnerable_people_closed_are_no_place() -> None:
    text = _measures_notice("对养老机构、福利院、老年公寓、精神病院等特殊场所实施封闭式管理,落实体温检测。")
    assert levels_of(text) == {"medium": ["春晓小区"]}


def test_kinds_of_site_closed_with_other_kinds_in_traditional_characters() -> None:
    text = in_traditional(_measures_notice("对敬老院、儿童福利院、救助管理站等重点场所实行封闭管理。"))
    assert levels_of(text) == {"medium": ["春晓小区"]}


def test_kinds_of_site_closed_in_full_width_punctuation() -> None:
    text = _measures_notice("对托育机构、精神专科医院和老年公寓等场所实施封闭式管理,落实健康监测。")
    text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["春晓小区"]}


def test_named_places_closed_before_a_kind_word_stay_places() -> None:
    # (guard: named compounds closed "等重点场所" are places)
    text = _measures_notice("对翠峰小区、长风村等重点场所实施封闭式管理。")
    sealed = levels_of(text)["sealed"]
    assert len(sealed) == 2 and sealed[0] == "翠峰小区" and sealed[1].startswith("长风村")


# --- a level's range redrawn ("防范区调整为A"), an area no longer listed ("原A…不再列为防范区") ---------------

def _adjusted_notice(items: str) -> str:
    return ("金华市龙泽区新冠肺炎疫情防控指挥部\n2022年8号通告\n根据有关规定,经有关专家研判,对原5号通告涉及我区春晓街道"
            f"翠峰村长风家园封控区、管控区、防范区作如下调整:\n{items}\n管控举措:\n1.封控区严格执行“足不出户”。\n"
            "金华市龙泽区新冠肺炎疫情防控指挥部\n2022年2月6日")


def test_a_level_range_redrawn_with_its_former_range_in_brackets() -> None:
    text = _adjusted_notice("1.长风家园4幢2单元为封控区不变;\n2.管控区(原长风家园3幢、4幢、5幢)调整为长风家园4幢;\n"
                            "3.防范区调整为长风家园3幢、4幢、5幢;")
    assert levels_of(text) == {"sealed": ["长风家园4幢2单元"], "controlled": ["长风家园4幢"],
                               "precaution": ["长风家园3幢、4幢、5幢"]}


def test_a_level_range_redrawn_with_fan_wei_in_full_width_punctuation() -> None:
    text = _adjusted_notice("一、封控区范围调整为兴盛苑2幢。\n二、管控区(原兴盛苑1幢、2幢)调整为兴盛苑1幢。")
    assert levels_of(text.translate(HALF_TO_FULL)) == {"sealed": ["兴盛苑2幢"], "controlled": ["兴盛苑1幢"]}


def test_a_level_range_redrawn_in_traditional_characters() -> None:
    text = in_traditional(_adjusted_notice("(1)防范区调整为康宁小区7幢、8幢;"))
    assert levels_of(text) == {"precaution": ["康宁小区7幢、8幢"]}


def test_a_level_turned_into_another_level_or_measures_is_no_redrawn_range() -> None:
    # (guard: "防范区调整为低风险区", "管控区调整为居家健康监测" name no place)
    text = _adjusted_notice("1.长风家园4幢为封控区不变;\n2.防范区调整为低风险区;\n3.管控区调整为居家健康监测;")
    assert levels_of(text) == {"sealed": ["长风家园4幢"]}


def test_an_area_no_longer_listed_as_a_level_with_its_exception() -> None:
    text = _adjusted_notice("1.长风家园4幢为封控区不变;\n4.原南至长风家园小区南围墙、东至胜利路、北至兴盛路"
                            "形成的合围区域(除长风家园3幢、4幢外)不再列为防范区,恢复常态化疫情防控。")
    assert levels_of(text) == {"sealed": ["长风家园4幢"], "lifted": [
        "南至长风家园小区南围墙、东至胜利路、北至兴盛路形成的合围区域(除长风家园3幢、4幢外)"]}


def test_an_area_no_longer_listed_as_controlled_in_traditional_characters() -> None:
    text = in_traditional(_adjusted_notice("2.翠峰村金华组不再列为管控区,恢复常态化管理。"))
    assert levels_of(text) == {"lifted": ["翠峰村金华组"]}


def test_an_area_no_longer_drawn_as_sealed_in_full_width_punctuation() -> None:
    text = _adjusted_notice("3.康宁小区5幢不再划为封控区;").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["康宁小区5幢"]}


def test_the_areas_above_no_longer_listed_name_no_place() -> None:
    # (guard: "以上区域不再列为防范区" restates the list, no place of its own)
    text = _adjusted_notice("1.长风家园4幢为封控区不变;\n2.以上区域外的其他区域不再列为防范区。")
    assert levels_of(text) == {"sealed": ["长风家园4幢"]}


@settings(max_examples=25, deadline=None)
@given(name, st.lists(st.integers(1, 30), min_size=1, max_size=4, unique=True),
       st.sampled_from(["封控区", "管控区", "防范区"]))
def test_a_level_range_redrawn_property(estate: str, buildings: list[int], level: str) -> None:
    place = f"{estate}小区" + "、".join(f"{k}幢" for k in buildings)
    text = _adjusted_notice(f"1.{level}(原{estate}小区1幢)调整为{place};")
    expected = {"封控区": "sealed", "管控区": "controlled", "防范区": "precaution"}[level]
    assert levels_of(text) == {expected: [place]}


# --- one lift's places grouped with ";" before the level, and areas named by the level they were drawn as ------

def _lift_items(lead: str, items: str) -> str:
    return (f"金华市龙泽区关于部分封控区、管控区解封的通告\n经专家组综合评估,自4月14日15时起,{lead}"
            f"现通告如下:\n{items}")


_PLAIN_LEAD = "解除相应封控区、管控区管控。"


def test_lift_groups_separated_by_semicolons_before_the_sealed_level() -> None:
    text = _lift_items(_PLAIN_LEAD, "一、解除春晓巷15、17号,长风街1—11号;金华小区一栋;翠峰小区C区23栋封控区管理。")
    assert levels_of(text) == {"lifted": ["春晓巷15、17号", "长风街1—11号", "金华小区一栋", "翠峰小区C区23栋"]}


def test_lift_groups_with_a_bounded_area_before_the_controlled_level_in_full_width_punctuation() -> None:
    text = _lift_items(_PLAIN_LEAD, "二、解除胜利路以南、兴盛路以北合围区域;康宁小区;福瑞小区2栋、5栋合围区域"
                                    "管控区管理。")
    assert levels_of(text.translate(HALF_TO_FULL)) == {"lifted": [
        "胜利路以南、兴盛路以北合围区域", "康宁小区", "福瑞小区2栋、5栋合围区域"]}


def test_lift_groups_in_traditional_characters() -> None:
    text = in_traditional(_lift_items(_PLAIN_LEAD, "三、解除鑫汇小区;君悦花园3栋防范区管理。"))
    assert levels_of(text) == {"lifted": ["鑫汇小区", "君悦花园3栋"]}


def test_lift_clauses_each_with_their_level_stay_clauses() -> None:
    # (guard: "解除A封控区;解除B管控区" are two clauses, each its own place)
    text = _lift_items(_PLAIN_LEAD, "一、解除金华小区封控区;解除翠峰小区管控区。")
    assert levels_of(text) == {"lifted": ["金华小区", "翠峰小区"]}


def test_areas_already_drawn_as_a_level_lowered_name_no_place() -> None:
    text = _lift_items("将春晓街道封控区、管控区已划为中风险的地区降为低风险地区,并解除相应封控区、管控区管控。",
                       "一、解除金华小区一栋封控区管理。")
    assert levels_of(text) == {"lifted": ["金华小区一栋"]}


def test_areas_already_listed_as_a_level_adjusted_in_traditional_characters() -> None:
    text = in_traditional(_lift_items("将长风街道已列为高风险地区的区域调整为低风险地区。",
                                      "一、解除翠峰小区封控区管理。"))
    assert levels_of(text) == {"lifted": ["翠峰小区"]}


def test_areas_already_determined_as_a_level_in_full_width_punctuation() -> None:
    text = _lift_items("将兴盛镇已确定为中风险的区域降为低风险地区,", "一、解除康宁村封控区管理。")
    assert levels_of(text.translate(HALF_TO_FULL)) == {"lifted": ["康宁村"]}


def test_a_named_place_lowered_from_a_level_stays_a_place() -> None:
    # (guard: "将A小区由中风险地区降为低风险地区" names its place)
    text = _lift_items("将金华小区由中风险地区降为低风险地区。", "一、解除翠峰小区封控区管理。")
    assert levels_of(text) == {"low": ["金华小区"], "lifted": ["翠峰小区"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=5, unique=True), st.sampled_from(["封控区", "管控区", "防范区"]))
def test_lift_groups_property(names: list[str], level: str) -> None:
    listed = [f"{n}小区{k + 1}栋" for k, n in enumerate(names)]
    text = _lift_items(_PLAIN_LEAD, f"一、解除{';'.join(listed)}{level}管理。")
    assert levels_of(text) == {"lifted": listed}


# --- the corresponding levels' areas lifted in a lead ("并解除相应封控区、管控区管控") name no place -------------

def test_the_corresponding_sealed_and_controlled_areas_lifted_name_no_place() -> None:
    text = _lift_items("解除相应封控区、管控区、防范区管控。", "一、解除金华小区一栋封控区管理。")
    assert levels_of(text) == {"lifted": ["金华小区一栋"]}


def test_the_corresponding_sealed_areas_lifted_in_traditional_characters() -> None:
    text = in_traditional(_lift_items("解除相应封控区管控。", "一、解除翠峰小区封控区管理。"))
    assert levels_of(text) == {"lifted": ["翠峰小区"]}


def test_the_corresponding_areas_lifted_with_de_in_full_width_punctuation() -> None:
    text = _lift_items("解除相应的管控区、防范区管控措施。", "一、解除康宁村封控区管理。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["康宁村"]}


def test_a_place_before_the_level_lifted_in_a_lead_stays_a_place() -> None:
    # (guard: "解除金华小区封控区管控" names its place)
    text = _lift_items("解除长风小区封控区管控。", "一、解除康宁村封控区管理。")
    assert levels_of(text) == {"lifted": ["长风小区", "康宁村"]}
