"""Forms of the thirty-fourth held-out set, each in variants written here (invented places): a level's label over a
place given that level's standard measures ("二、管控区:A小区,实行“足不出区、错峰取物”"), a label of rules after a
list ("管控要求:"), a bounded area whose last bound runs along two roads ("…,北至A路、B路"), silent management for a
number of days over a city's urban area and a town ("对A市主城区及B乡实行1天静默管理"), a level put under the everyday
measures ("将A区中风险区域(B小区3号楼)调整为常态化疫情防控措施区域"), a title over the salutation ("…的通告" then
"全体居民朋友:"), and bounded areas run on with no separator ("…合围区域C路以东、…") under 临时应急管控."""

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

# ---- a level's label over a place given the level's standard measures ------------------------------------------

_LABELLED = ("某某合作区疫情防控联合指挥部办公室通告\n"
             "决定自6月19日19时起严格分类划定管制区域通告如下:\n"
             "一、封控区:{sealed},严格执行“区域封闭、足不出户、服务上门”管理措施。\n"
             "二、管控区:{controlled},实行“足不出区、错峰取物”管理措施。\n"
             "三、防范区:合作区全域(除封控区、管控区外),实行“强化社会面管控,严格限制人员聚集”管理措施。\n")


def test_a_level_label_keeps_its_level_over_the_standard_measures() -> None:
    text = _LABELLED.format(sealed="金华路68号翠锦小区11栋", controlled="金华路68号翠锦小区")
    assert levels_of(text) == {"sealed": ["金华路68号翠锦小区11栋"], "controlled": ["金华路68号翠锦小区"]}


def test_a_level_label_in_other_styles() -> None:
    full = _LABELLED.format(sealed="春晓花园2栋", controlled="春晓花园").translate(HALF_TO_FULL)
    assert levels_of(full) == {"sealed": ["春晓花园2栋"], "controlled": ["春晓花园"]}
    trad = in_traditional(_LABELLED.format(sealed="丽泽苑5栋", controlled="丽泽苑"))
    assert levels_of(trad) == {"sealed": ["丽泽苑5栋"], "controlled": ["丽泽苑"]}
    numbered = _LABELLED.format(sealed="福瑞家园1栋", controlled="福瑞家园").replace("二、", "2.").replace("一、", "1.")
    assert levels_of(numbered)["controlled"] == ["福瑞家园"]


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.integers(1, 999))
def test_a_level_label_keeps_its_level_whatever_the_place(name: str, number: int) -> None:
    text = _LABELLED.format(sealed=f"{name}路{number}号{name}小区3栋", controlled=f"{name}路{number}号{name}小区")
    assert levels_of(text)["controlled"] == [f"{name}路{number}号{name}小区"]


# ---- a label of rules after a list --------------------------------------------------------------------------------

_RULES = ("某某区疫情防控指挥部决定自11月6日5时起,对部分区域实行临时性管控措施。现将相关事宜通告如下:\n"
          "临时管控范围:{first}合围区域。{second}合围区域。\n"
          "{label}\n"
          "1.合围区域临时封闭管理。居民临时管控期间居家,每户每天可以安排1人外出购买生活用品,全程佩戴口罩,两点一线,严禁聚集。\n"
          "2.区域内人员一律赋黄码,非必要不出管控区域。\n")


_FIRST, _SECOND = "金华路、春晓街、丽泽路、长风大街", "建兴路、翠锦路、胜利路、长风大街"
_OTHER_FIRST, _OTHER_SECOND = "泰康路、福瑞街、鑫汇路、君悦大街", "星峰路、景秀路、胜利路、君悦大街"


def test_a_label_of_rules_ends_the_list() -> None:
    text = _RULES.format(first=_FIRST, second=_SECOND, label="管控要求:")
    assert levels_of(text) == {"controlled": ["金华路、春晓街、丽泽路、长风大街合围区域",
                                              "建兴路、翠锦路、胜利路、长风大街合围区域"]}


def test_labels_of_rules_in_other_words_and_styles() -> None:
    for label in ("管控措施:", "有关要求:", "注意事项:"):
        text = _RULES.format(first=_FIRST, second=_SECOND, label=label)
        assert len(levels_of(text)["controlled"]) == 2, label
    full = _RULES.format(first=_OTHER_FIRST, second=_OTHER_SECOND, label="管控要求:").translate(HALF_TO_FULL)
    assert len(levels_of(full)["controlled"]) == 2
    trad = in_traditional(_RULES.format(first=_OTHER_FIRST, second=_OTHER_SECOND, label="管控要求:"))
    assert len(levels_of(trad)["controlled"]) == 2


@settings(max_examples=25, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=4, max_size=4, unique=True))
def test_a_label_of_rules_ends_the_list_whatever_the_roads(names: list[str]) -> None:
    first = "、".join(f"{name}路" for name in names)
    text = _RULES.format(first=first, second=_SECOND, label="管控要求:")
    assert levels_of(text) == {"controlled": [f"{first}合围区域", "建兴路、翠锦路、胜利路、长风大街合围区域"]}


# ---- the last bound along two roads --------------------------------------------------------------------------------

_BOUNDS = ("关于某某高新区部分区域实施强化管控的通告\n"
           "经研判决定,对相关区域实施强化管控。\n"
           "1、封控区1:金华机务段东库区。\n"
           "2、封控区2:{bounds}。\n")


def test_the_last_bound_along_two_roads_is_one_area() -> None:
    bounds = "东至春晓峪路、丽泽北路,南至翠锦大道,西至长风河,北至胜利路、鑫汇路"
    assert levels_of(_BOUNDS.format(bounds=bounds)) == {"sealed": ["金华机务段东库区", bounds]}


def test_the_last_bound_along_two_roads_in_other_styles() -> None:
    bounds = "东至春晓路,南至翠锦大道,西至长风河,北至胜利路、鑫汇街"
    assert levels_of(_BOUNDS.format(bounds=bounds).translate(HALF_TO_FULL))["sealed"][1] == bounds
    assert levels_of(in_traditional(_BOUNDS.format(bounds=bounds)))["sealed"][1] == bounds
    by_to = "东到春晓路,南到翠锦大道,西到长风河,北到胜利路、鑫汇路"
    assert levels_of(_BOUNDS.format(bounds=by_to))["sealed"][1] == by_to


@settings(max_examples=25, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=5, max_size=5, unique=True))
def test_the_last_bound_is_one_area_whatever_the_roads(names: list[str]) -> None:
    a, b, c, d, e = names
    bounds = f"东至{a}路,南至{b}大道,西至{c}街,北至{d}路、{e}路"
    assert levels_of(_BOUNDS.format(bounds=bounds))["sealed"] == ["金华机务段东库区", bounds]


# ---- silent management for some days over a city's urban area and a town -----------------------------------------

_SILENT = ("7日,某某省{city}新型冠状病毒感染肺炎疫情防控工作指挥部发布通告,经专家组研判,"
           "从10月7日3时起,对{city}{first}及{second}实行{days}静默管理。\n"
           "静默管理期间,居民核酸检测完毕后,立即返回居所,不得出户。\n")


def test_silent_days_over_the_urban_area_and_a_town() -> None:
    text = _SILENT.format(city="宁安市", first="主城区", second="卧龙乡", days="1天")
    assert by_level(text) == {("silent", "宁安市"): ["主城区", "卧龙乡"]}


def test_silent_days_in_other_wordings() -> None:
    text = _SILENT.format(city="宁安市", first="春晓镇", second="翠锦乡", days="为期三天的")
    assert by_level(text) == {("silent", "宁安市"): ["春晓镇", "翠锦乡"]}
    assert by_level(in_traditional(_SILENT.format(city="宁安市", first="主城区", second="长风镇", days="2天"))) == {
        ("silent", "宁安市"): ["主城区", "长风镇"]}
    full = _SILENT.format(city="宁安市", first="中心城区", second="丽泽乡", days="1天").translate(HALF_TO_FULL)
    assert by_level(full) == {("silent", "宁安市"): ["中心城区", "丽泽乡"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["镇", "乡"]), st.integers(1, 7))
def test_silent_days_over_two_places_whatever_the_town(name: str, kind: str, days: int) -> None:
    text = _SILENT.format(city="宁安市", first="主城区", second=f"{name}{kind}", days=f"{days}天")
    assert by_level(text) == {("silent", "宁安市"): ["主城区", f"{name}{kind}"]}


# ---- a level put under the everyday measures --------------------------------------------------------------------

_EVERYDAY = ("关于调整某某市东昌区部分区域疫情风险等级的通告\n"
             "经综合研判,自10月24日0时起,将{sentence}。调整后,我区全域实施常态化防控措施。\n"
             "某某市东昌区新型冠状病毒肺炎疫情防控指挥部\n2022年10月24日\n")


def test_a_level_put_under_the_everyday_measures_is_lifted() -> None:
    text = _EVERYDAY.format(sentence="东昌区中风险区域(金华名苑小区3号楼)调整为常态化疫情防控措施区域")
    assert levels_of(text) == {"lifted": ["金华名苑小区3号楼"]}


def test_the_everyday_measures_in_other_wordings() -> None:
    by_from = _EVERYDAY.format(sentence="春晓小区3栋由高风险区调整为常态化防控")
    assert levels_of(by_from) == {"lifted": ["春晓小区3栋"]}
    assert levels_of(in_traditional(_EVERYDAY.format(sentence="中风险区域(丽泽苑5号楼)调整为常态化防控区域"))) == {
        "lifted": ["丽泽苑5号楼"]}
    full = _EVERYDAY.format(sentence="中风险区域(翠锦花园2号楼)调整为常态化疫情防控措施区域").translate(HALF_TO_FULL)
    assert levels_of(full) == {"lifted": ["翠锦花园2号楼"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.integers(1, 40))
def test_a_level_under_the_everyday_measures_whatever_the_place(name: str, building: int) -> None:
    place = f"{name}小区{building}号楼"
    assert levels_of(_EVERYDAY.format(sentence=f"中风险区域({place})调整为常态化防控区域")) == {"lifted": [place]}


# ---- a title over the salutation ---------------------------------------------------------------------------------

_SALUTED = ("某某市某某区新冠肺炎疫情防控指挥部关于解封第二批小区(村)的通告\n\n{salutation}\n\n"
            "10月29日6时开始,区疫情防控指挥部解封部分小区(村),全区生产生活秩序正在有序恢复。"
            "经研判,决定对符合条件的2个小区(村)于10月30日6时予以解封。\n\n"
            "现将解封小区(村)名单公布如下:\n\n{places}。\n\n"
            "全体居民朋友,解封不等于解防。\n")


def test_a_title_over_the_salutation_names_no_place() -> None:
    text = _SALUTED.format(salutation="全体居民朋友:", places="北城街道金华小区,西城街道春晓花园")
    assert levels_of(text) == {"lifted": ["北城街道金华小区", "西城街道春晓花园"]}


def test_a_title_over_other_salutations() -> None:
    for salutation in ("广大市民朋友:", "各位居民:"):
        text = _SALUTED.format(salutation=salutation, places="北城街道金华小区,西城街道春晓花园")
        assert levels_of(text) == {"lifted": ["北城街道金华小区", "西城街道春晓花园"]}, salutation
    full = _SALUTED.format(salutation="全体居民朋友:", places="北城街道丽泽小区,西城街道翠锦苑").translate(HALF_TO_FULL)
    assert levels_of(full) == {"lifted": ["北城街道丽泽小区", "西城街道翠锦苑"]}
    trad = in_traditional(_SALUTED.format(salutation="全体居民朋友:", places="北城街道丽泽小区,西城街道翠锦苑"))
    assert levels_of(trad) == {"lifted": ["北城街道丽泽小区", "西城街道翠锦苑"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_a_title_over_the_salutation_whatever_the_places(a: str, b: str) -> None:
    assume(a != b)
    places = [f"北城街道{a}小区", f"西城街道{b}花园"]
    assert levels_of(_SALUTED.format(salutation="全体居民朋友:", places=",".join(places))) == {"lifted": places}


# ---- bounded areas run on under 临时应急管控 ---------------------------------------------------------------------

_RUN_ON = ("关于对某某市某某区部分区域实行临时应急管控的情况通报:\n"
           "经区疫情防控指挥部研究决定,自即日起,对{areas}进行临时应急管控。"
           "临时应急管控措施参照“三区”划定中的管控区管控措施执行。\n")
_AREA_A = "金华大道以东、春晓路以南、丽泽学院以西、翠锦中学以北合围区域"
_AREA_B = "长风大道以东、胜利支局以南、兴盛学校以西、康宁大道以北合围区域"
_AREA_C = "福瑞生活区八区48栋、49栋合围区域"


def test_bounded_areas_run_on_are_places_of_their_own() -> None:
    text = _RUN_ON.format(areas=_AREA_A + _AREA_B + _AREA_C + "鑫汇小区")
    assert levels_of(text) == {"controlled": [_AREA_A, _AREA_B, _AREA_C, "鑫汇小区"]}


def test_bounded_areas_run_on_or_listed_in_other_styles() -> None:
    listed = _RUN_ON.format(areas="、".join([_AREA_A, _AREA_C, _AREA_B]))
    assert levels_of(listed) == {"controlled": [_AREA_A, _AREA_C, _AREA_B]}
    assert levels_of(in_traditional(_RUN_ON.format(areas=_AREA_A + _AREA_B))) == {
        "controlled": [_AREA_A, _AREA_B]}
    full = _RUN_ON.format(areas=_AREA_C + _AREA_A).translate(HALF_TO_FULL)
    assert levels_of(full) == {"controlled": [_AREA_C, _AREA_A]}


@settings(max_examples=25, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=4, max_size=4, unique=True))
def test_bounded_areas_run_on_whatever_the_roads(names: list[str]) -> None:
    a, b, c, d = names
    area = f"{a}路以东、{b}路以南、{c}路以西、{d}路以北合围区域"
    assert levels_of(_RUN_ON.format(areas=_AREA_A + area)) == {"controlled": [_AREA_A, area]}
