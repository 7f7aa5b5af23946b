"""Forms of notices (江苏 and 浙江, 2021–2022) that close a list of one place a line with the appeal's slogan
("每个人是自己健康的第一责任人。请广大市民…"), report a city's key control areas by their labels ("设置6个疫情重点管控
区域。区域一:A路、B路围合的区域(不含上述道路)。区域二:…"), give an area written as its bounds and a place after a
comma as the subjects of one "为防范区" ("A路以东、B路以北的区域,C镇D村为防范区"), run the rest of a street on after
the level of the clause before without a comma ("…划为封控区其他A街道行政区划内封控区、管控区以外的区域均为防范区"),
and lift a zone's measures after its places ("解除A,B封控区相关举措"). Each form in variants written here (invented
places, the wording of the real forms: other kinds of place, separators, traditional characters, full-width
punctuation), ordinary wording near each trigger that must not be read as the form, and properties over generated
parts."""

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


# --- the appeal's slogan after a list of one place a line ------------------------------------------------------

_PER_LINE = ("星峰市疫情防控2022年第8号通告(高、中风险区)\n为科学有效做好疫情防控工作,划定高、中风险区3个。包括:\n"
             "高风险区(1个):\n星峰市长风区翠锦项目工地\n中风险区(2个):\n星峰市春晓区胜利镇福瑞六村19栋\n"
             "星峰市春晓区龙泉街道蓝钻北区\n{slogan}请广大市民继续做好健康防护,不去中高风险地区。\n"
             "星峰市新冠肺炎疫情防控指挥部\n2022年3月14日")


def test_a_slogan_after_the_last_place_is_no_place() -> None:
    text = _PER_LINE.format(slogan="每个人是自己健康的第一责任人。")
    assert by_level(text) == {("high", "长风区"): ["翠锦项目工地"],
                              ("medium", "春晓区"): ["胜利镇福瑞六村19栋", "龙泉街道蓝钻北区"]}


def test_the_slogan_with_dou_in_traditional_characters() -> None:
    text = in_traditional(_PER_LINE.format(slogan="每个人都是自己健康的第一责任人。"))
    assert levels_of(text) == {"high": ["翠锦项目工地"], "medium": ["胜利镇福瑞六村19栋", "龙泉街道蓝钻北区"]}


def test_the_slogan_with_women_in_front_with_full_width_punctuation() -> None:
    text = _PER_LINE.format(slogan="我们每个人是自己健康的第一责任人。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["翠锦项目工地"], "medium": ["胜利镇福瑞六村19栋", "龙泉街道蓝钻北区"]}


def test_everyone_is_written_as_renren() -> None:
    text = _PER_LINE.format(slogan="人人都是防疫的参与者。")
    assert levels_of(text) == {"high": ["翠锦项目工地"], "medium": ["胜利镇福瑞六村19栋", "龙泉街道蓝钻北区"]}


def test_a_place_named_first_is_still_a_place() -> None:
    # ordinary wording near the trigger: a place whose name holds 第一, one more line of the list
    text = _PER_LINE.format(slogan="").replace("(2个)", "(3个)").replace(
        "蓝钻北区\n", "蓝钻北区\n星峰市春晓区第一中学\n")
    assert levels_of(text)["medium"] == ["胜利镇福瑞六村19栋", "龙泉街道蓝钻北区", "第一中学"]


@settings(max_examples=20, deadline=None)
@given(name, name)
def test_any_places_before_the_slogan(village: str, estate: str) -> None:
    text = _PER_LINE.format(slogan="每个人是自己健康的第一责任人。").replace("福瑞六村", f"{village}村").replace(
        "蓝钻北区", f"{estate}花园")
    assert levels_of(text)["medium"] == [f"胜利镇{village}村19栋", f"龙泉街道{estate}花园"]


# --- key control areas by their labels ------------------------------------------------------------------------

_KEY_AREAS = ("星峰设置{n}个疫情重点管控区域 严防疫情向外围扩散\n  11日,星峰市设置{n}个疫情重点管控区域,"
              "区域外无关人员一律不得进入。\n  星峰市新冠肺炎疫情防控工作指挥部11日发布《关于设立疫情重点管控区域"
              "进一步严格管控措施的通告》,通告中说,在患者相对集中区域,{verb}{n}个疫情重点管控区域。{areas}\n  "
              "通告中称,设置这{n}个疫情重点管控区域,就是为了严防疫情向外围扩散。")
_TWO = ("区域一:长风路、春晓路、翠锦路围合的区域(不含上述道路)。区域二:福瑞路(含)、胜利路(不含)、星悦路(不含)"
        "围合的区域。")


def test_labelled_key_areas_are_controlled_places() -> None:
    text = _KEY_AREAS.format(n=2, verb="设置", areas=_TWO)
    assert levels_of(text) == {"controlled": ["长风路、春晓路、翠锦路围合的区域(不含上述道路)",
                                              "福瑞路(含)、胜利路(不含)、星悦路(不含)围合的区域"]}


def test_labels_numbered_in_digits_in_traditional_characters() -> None:
    areas = "区域1:龙泉路、康宁路围合的区域。区域2:文峰村。区域3:锦绣路、泽兴路围合的区域(不含上述道路)。"
    text = in_traditional(_KEY_AREAS.format(n="三", verb="设立", areas=areas))
    assert levels_of(text) == {"controlled": ["龙泉路、康宁路围合的区域", "文峰村",
                                              "锦绣路、泽兴路围合的区域(不含上述道路)"]}


def test_labelled_key_areas_with_full_width_punctuation() -> None:
    text = _KEY_AREAS.format(n=2, verb="划定", areas=_TWO).translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["长风路、春晓路、翠锦路围合的区域(不含上述道路)",
                                              "福瑞路(含)、胜利路(不含)、星悦路(不含)围合的区域"]}


def test_labels_fewer_than_the_count_are_not_read_as_the_list() -> None:
    # ordinary wording near the trigger: the count and the labels disagree (a cut copy): not this form
    text = _KEY_AREAS.format(n=3, verb="设置", areas=_TWO)
    assert levels_of(text).get("controlled", []) != ["长风路、春晓路、翠锦路围合的区域(不含上述道路)",
                                                      "福瑞路(含)、胜利路(不含)、星悦路(不含)围合的区域"]


def test_key_areas_named_without_labels_read_nothing_new() -> None:
    # ordinary wording: the headline and the restated count, no list; people and vehicles barred, no place
    text = ("星峰设置2个疫情重点管控区域\n11日,星峰市设置2个疫情重点管控区域,区域外无关人员、车辆一律不得进入。"
            "农贸市场实行封闭管理。")
    assert levels_of(text) == {}


@settings(max_examples=20, deadline=None)
@given(st.lists(name, min_size=2, max_size=5, unique=True))
def test_any_number_of_labelled_areas(roads: list[str]) -> None:
    numerals = "一二三四五"
    areas = "".join(f"区域{numerals[i]}:{road}路、{road}街围合的区域。" for i, road in enumerate(roads))
    text = _KEY_AREAS.format(n=len(roads), verb="设置", areas=areas)
    assert levels_of(text) == {"controlled": [f"{road}路、{road}街围合的区域" for road in roads]}


# --- an area written as its bounds and a place after a comma, subjects of one level ------------------------------

_BOUND_SUBJECT = ("2022年3月13日,星峰区发现1例新冠肺炎阳性感染者,涉及星峰区长风街道春晓村。\n根据国家、省疫情防控有关"
                  "规定,经有关专家研判,{subject}为{level} 。现通告如下 。\n一、{level}实行“非必要不出区”的管控措施 。")


def test_a_bounded_area_and_a_village_after_a_comma() -> None:
    text = _BOUND_SUBJECT.format(subject="翠锦路以东、福瑞路以南、星悦铁路以西、胜利路以北的区域,龙泉镇康宁村",
                                 level="防范区")
    assert by_level(text) == {("precaution", "星峰区"): ["翠锦路以东、福瑞路以南、星悦铁路以西、胜利路以北的区域",
                                                       "龙泉镇康宁村"]}


def test_two_bounds_then_an_estate_at_another_level_in_traditional_characters() -> None:
    text = in_traditional(_BOUND_SUBJECT.format(subject="文峰路以东、锦绣路以北的范围,泽兴小区", level="管控区"))
    assert levels_of(text) == {"controlled": ["文峰路以东、锦绣路以北的范围", "泽兴小区"]}


def test_a_bounded_area_with_full_width_punctuation() -> None:
    text = _BOUND_SUBJECT.format(subject="翠锦路以西、福瑞路以南、星悦路以东的区域,龙泉镇康宁村",
                                 level="防范区").translate(HALF_TO_FULL)
    assert levels_of(text) == {"precaution": ["翠锦路以西、福瑞路以南、星悦路以东的区域", "龙泉镇康宁村"]}


def test_a_bounded_area_before_measures_is_not_joined() -> None:
    # ordinary wording near the trigger: the bounded area's own clause of measures, the comma a clause's end
    text = ("星峰区关于划定防范区的通告\n经研判,将龙泉镇康宁村划为防范区。翠锦路以东、福瑞路以南的区域,农贸市场实行"
            "封闭管理。")
    assert levels_of(text) == {"precaution": ["龙泉镇康宁村"]}


@settings(max_examples=20, deadline=None)
@given(name, name, name)
def test_any_bounded_area_and_village(east: str, north: str, village: str) -> None:
    subject = f"{east}路以东、{north}路以北的区域,龙泉镇{village}村"
    text = _BOUND_SUBJECT.format(subject=subject, level="防范区")
    assert levels_of(text) == {"precaution": [f"{east}路以东、{north}路以北的区域", f"龙泉镇{village}村"]}


# --- the rest of a street run on after the level of the clause before --------------------------------------------

_GLUED = ("星峰区这些地方实施管控\n今天下午,记者从星峰区新冠肺炎疫情防控工作领导小组了解到,星峰区决定将{sealed}划为"
          "封控区{rest}")


def test_the_rest_of_a_street_glued_to_the_sealed_clause() -> None:
    text = _GLUED.format(sealed="长风街道翠锦村、福瑞行政村",
                         rest="其他长风街道行政区划内封控区、管控区以外的区域均为防范区")
    assert by_level(text) == {("sealed", "星峰区"): ["长风街道翠锦村", "福瑞行政村"],
                              ("precaution", "星峰区"): ["其他长风街道行政区划内封控区、管控区以外的区域"]}


def test_the_rest_of_a_town_written_with_qiyu_in_traditional_characters() -> None:
    text = in_traditional(_GLUED.format(sealed="龙泉镇康宁村", rest="其余龙泉镇辖区内封控区以外的区域为防范区。"))
    assert levels_of(text) == {"sealed": ["龙泉镇康宁村"], "precaution": ["其余龙泉镇辖区内封控区以外的区域"]}


def test_the_glued_rest_with_full_width_punctuation() -> None:
    text = _GLUED.format(sealed="胜利街道星悦村", rest="其他胜利街道行政区划内封控区、管控区以外的区域均为防范区。"
                         ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["胜利街道星悦村"],
                               "precaution": ["其他胜利街道行政区划内封控区、管控区以外的区域"]}


def test_other_areas_measures_after_the_sealed_clause_are_no_place() -> None:
    # ordinary wording near the trigger: the other areas' people and vehicles, a rule, no level of their own
    text = _GLUED.format(sealed="长风街道翠锦村", rest="。其他区域人员、车辆非必要不出区,农贸市场实行封闭管理。")
    assert levels_of(text) == {"sealed": ["长风街道翠锦村"]}


@settings(max_examples=20, deadline=None)
@given(name, name)
def test_any_street_and_village(street: str, village: str) -> None:
    text = _GLUED.format(sealed=f"{street}街道{village}村",
                         rest=f"其他{street}街道行政区划内封控区、管控区以外的区域均为防范区")
    assert levels_of(text) == {"sealed": [f"{street}街道{village}村"],
                               "precaution": [f"其他{street}街道行政区划内封控区、管控区以外的区域"]}


# --- a zone's measures lifted after its places ---------------------------------------------------------------------

_LIFT = ("根据国家、省、市疫情防控有关规定,经专家组研判,从2022年3月28日0时起,{lift}\n当前,疫情防控形势依然严峻复杂,"
         "请积极做好个人防护措施。\n星峰区新冠肺炎疫情防控工作指挥部\n2022年3月27日")


def test_sealed_and_controlled_places_lifted_by_their_zones_measures() -> None:
    text = _LIFT.format(lift="解除星峰区长风街道春晓路3号(翠锦物流中转场),福瑞老村胜利路1号、3号封控区相关举措;解除"
                             "龙泉路以东、康宁路以南的区域(文峰村)中除封控区外的其他区域,康宁路以北的区域(锦绣新村)"
                             "管控区相关举措。")
    assert by_level(text) == {("lifted", "星峰区"): [
        "长风街道春晓路3号(翠锦物流中转场)", "福瑞老村胜利路1号、3号",
        "龙泉路以东、康宁路以南的区域(文峰村)中除封控区外的其他区域", "康宁路以北的区域(锦绣新村)"]}


def test_measures_written_cuoshi_in_traditional_characters() -> None:
    text = in_traditional(_LIFT.format(lift="解除星峰区泽兴小区3幢,星悦村5组管控区相关措施。"))
    assert levels_of(text) == {"lifted": ["泽兴小区3幢", "星悦村5组"]}


def test_precaution_zone_measures_lifted_with_full_width_punctuation() -> None:
    text = _LIFT.format(lift="解除星峰区福瑞村,胜利村防范区相关举措。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["福瑞村", "胜利村"]}


def test_measures_kept_after_a_lift_are_no_lifted_place() -> None:
    # ordinary wording near the trigger: a place still given a level, its zone's measures kept, nothing lifted
    text = ("星峰区关于划定封控区的通告\n经研判,将星峰区泽兴小区划为封控区,落实封控区相关举措,农贸市场实行封闭"
            "管理。")
    assert levels_of(text) == {"sealed": ["泽兴小区"]}


@settings(max_examples=20, deadline=None)
@given(name, name)
def test_any_two_places_lifted(first: str, second: str) -> None:
    assume(not any(n.startswith("星峰") for n in (first, second)))  # (not "星峰金村" in 星峰区: the district again)
    text = _LIFT.format(lift=f"解除星峰区{first}小区2幢,{second}村3组封控区相关举措。")
    assert levels_of(text) == {"lifted": [f"{first}小区2幢", f"{second}村3组"]}
