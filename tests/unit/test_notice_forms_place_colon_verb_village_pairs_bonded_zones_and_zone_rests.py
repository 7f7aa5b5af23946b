"""Forms of the forty-third held-out set, each in variants written here (invented places, the wording of forms real
notices use): a numbered item of one place, its colon, then the verb ("1.A路以北,B小区以东合围区域:调整为中风险区"); a
village's groups with the run's area written on the last ("A村1组、2组、3组所包含的区域"); a town's village and
another village joined by 和 ("A镇B村和C村1组、2组"); a bonded zone by its kind alone in front of a place under a
district ("解除保税区A公寓12号楼高风险区管控"); and a zone of district rank whose low-risk rest is lifted with the areas
inside it ("B生态城低风险区同步解除"), a blanket."""

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

_LEAD = "关于调整部分区域风险等级的通告\n自通告发布之时起,我区部分区域风险等级调整如下:\n"


# --- 1. a place, its colon, then the verb right after it: the colon opens no object


def test_bounded_area_then_colon_then_adjusted_to_medium() -> None:
    text = (_LEAD + "1. 江州市青山区梅岭大道以北,翠竹小区以东,红星酒店以南,松柏路以西合围区域:调整为中风险区。"
            "中风险区实行管控措施,期间“人不出区、错峰取物”。\n2.其他区域风险等级不变。\n")
    assert by_level(text) == {("medium", "青山区"): ["梅岭大道以北,翠竹小区以东,红星酒店以南,松柏路以西合围区域"]}


def test_compound_then_colon_then_from_high_to_low() -> None:
    text = _LEAD + "一、白塔镇东风村:由高风险区调整为低风险区。\n二、其他区域风险等级不变。\n"
    assert levels_of(text) == {"low": ["白塔镇东风村"]}


def test_two_items_with_colons_and_full_width_punctuation() -> None:
    text = (_LEAD + "1.青松小区3栋:调整为高风险区。\n2.翠竹苑小区:划定为中风险区。\n").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["青松小区3栋"], "medium": ["翠竹苑小区"]}


def test_colon_before_verb_in_traditional_characters() -> None:
    text = in_traditional(_LEAD + "1.红旗社区:调整为中风险区。\n")
    assert levels_of(text) == {"medium": ["红旗社区"]}


def test_colon_before_the_places_still_opens_them() -> None:
    # guard: places between the colon and the verb are the object, the words before the colon none of it
    text = "现将有关事项通告如下:青松小区、翠竹苑小区调整为中风险区。"
    assert levels_of(text) == {"medium": ["青松小区", "翠竹苑小区"]}


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["小区", "花园", "社区", "村"]),
       st.sampled_from([("调整为中风险区", "medium"), ("调整为高风险区", "high"), ("由高风险区调整为低风险区", "low")]),
       st.booleans())
def test_any_place_colon_verb(name: str, kind: str, verb: tuple[str, str], full: bool) -> None:
    text = _LEAD + f"1.{name}{kind}:{verb[0]}。\n2.其他区域风险等级不变。\n"
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {verb[1]: [name + kind]}


# --- 2. a village's groups, the run's area written on the last: one place, the tail kept where written


def test_groups_with_their_contained_area() -> None:
    text = "自2022年10月15日起,城关区白塔镇东风村1组、2组、3组所包含的区域划定为中风险区。"
    assert levels_of(text) == {"medium": ["白塔镇东风村1组、2组、3组所包含的区域"]}


def test_teams_by_chinese_numerals_with_their_area() -> None:
    text = "自2022年10月15日起,城关区白塔镇红星村一组、二组的区域划定为高风险区。"
    assert levels_of(text) == {"high": ["白塔镇红星村一组、二组的区域"]}


def test_groups_with_the_area_they_govern_in_traditional() -> None:
    text = in_traditional("自2022年10月15日起,城关区白塔镇青石村5队、6队所辖区域划定为中风险区。")
    assert levels_of(text) == {"medium": ["白塔镇青石村5队、6队所辖区域"]}


def test_groups_of_two_villages_stay_apart() -> None:
    # guard: a group of another village after 、 is another place, whatever the last ends with
    text = "自2022年10月15日起,白塔镇东风村1组、红星村2组所辖区域划定为中风险区。"
    assert levels_of(text) == {"medium": ["白塔镇东风村1组", "红星村2组所辖区域"]}


# --- 3. a town's village and another village joined by 和: two places


def test_town_village_and_village_with_groups() -> None:
    text = "自2022年10月15日起,城关区白塔镇东风村和红星村1组、2组、3组、4组所包含的区域划定为中风险区。"
    assert levels_of(text) == {"medium": ["白塔镇东风村", "红星村1组、2组、3组、4组所包含的区域"]}


def test_two_whole_villages_of_a_town() -> None:
    text = "自2022年10月15日起,城关区青石乡柳湾村和松岭村划定为高风险区。"
    assert levels_of(text) == {"high": ["青石乡柳湾村", "松岭村"]}


def test_villages_in_traditional_with_full_width_commas() -> None:
    text = in_traditional("自2022年10月15日起,城关区白塔镇梅岭村和竹溪村5组划定为中风险区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["白塔镇梅岭村", "竹溪村5组"]}


def test_village_and_a_group_named_with_he_is_one_place() -> None:
    # guard: "和平组" is a group's name, not 和 and 平组
    text = "自2022年10月15日起,城关区白塔镇东风村和平组划定为高风险区。"
    assert levels_of(text) == {"high": ["白塔镇东风村和平组"]}


def test_strip_between_two_villages_is_one_place() -> None:
    # guard: the border of two villages is one strip
    text = "自2022年10月15日起,城关区白塔镇东风村和红星村交界处划定为高风险区。"
    assert levels_of(text) == {"high": ["白塔镇东风村和红星村交界处"]}


# (the second village's name opens with no syllable that makes a word with 和: 和兴, 和悦, 和盛 are names' words)
_AFTER_HE = "".join(c for c in PLAIN_SYLLABLES if c not in "平谐睦美顺兴悦煦润盛鸣风园苑居家乐畅泰嘉光义安")


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(_AFTER_HE),
       st.lists(st.integers(1, 12), min_size=0, max_size=4, unique=True), st.sampled_from(["镇", "乡"]))
def test_any_two_villages_of_a_town(town: str, first: str, second: str, groups: list[int], kind: str) -> None:
    tail = "、".join(f"{g}组" for g in groups)
    text = f"自2022年10月15日起,城关区{town}{kind}{first}村和{second}村{tail}划定为中风险区。"
    assert levels_of(text) == {"medium": [f"{town}{kind}{first}村", f"{second}村{tail}"]}


# --- 4. a bonded zone by its kind alone in front of a place: the place's, under the notice's district


def _lift_notice(zone: str, district: str = "城关区") -> str:
    return (f"{district}广大居民朋友们:\n现将有关事宜通告如下:\n"
            "一、自11月25日18时起,解除古林街道青松园19号楼高风险区管控。\n"
            f"二、自11月25日20时起,解除{zone}翠湾公寓12号楼高风险区管控。\n{district}疫情防控指挥部\n")


def test_bonded_zone_kept_on_the_place() -> None:
    assert by_level(_lift_notice("保税区")) == {("lifted", "城关区"): ["古林街道青松园19号楼", "保税区翠湾公寓12号楼"]}


def test_comprehensive_bonded_zone_kept_on_the_place() -> None:
    assert by_level(_lift_notice("综合保税区", "江北区")) == {
        ("lifted", "江北区"): ["古林街道青松园19号楼", "综合保税区翠湾公寓12号楼"]}


def test_short_bonded_zone_in_traditional() -> None:
    assert levels_of(in_traditional(_lift_notice("综保区")))["lifted"][1] == "综保区翠湾公寓12号楼"


# --- 5. a zone of district rank's low-risk rest lifted with the areas inside it: a blanket


def _zone_rest_lift(zone: str, level: str = "低风险区", adverb: str = "同步") -> str:
    return ("关于解除疫情风险区的通告\n经专家组综合研判,自9月4日12时起,"
            f"{zone}兰亭园10号楼解除中风险区管控,{zone}{level}{adverb}解除。\n当前疫情防控形势严峻。\n")


def test_eco_city_low_rest_lifted_is_no_place() -> None:
    assert levels_of(_zone_rest_lift("青松生态城")) == {"lifted": ["青松生态城兰亭园10号楼"]}


def test_new_area_precaution_rest_lifted_is_no_place() -> None:
    assert levels_of(_zone_rest_lift("江州市翠湖新区", "防范区", "一并")) == {"lifted": ["兰亭园10号楼"]}


def test_development_zone_rest_in_traditional_is_no_place() -> None:
    places = [p for ps in levels_of(in_traditional(_zone_rest_lift("梅岭经济开发区", "低风险区", "同时"))).values()
              for p in ps]
    assert len(places) == 1 and places[0].endswith("兰亭园10号楼")  # (the named zone may be read as the district)


def test_town_low_rest_lifted_is_a_place() -> None:
    # guard: the rest of a town is a place
    assert levels_of(_zone_rest_lift("白塔镇"))["lifted"] == ["白塔镇兰亭园10号楼", "白塔镇"]


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["生态城", "新区", "高新区", "保税区", "示范区"]),
       st.sampled_from(["同步", "一并", "同时", ""]))
def test_any_zone_rest_lifted(name: str, kind: str, adverb: str) -> None:
    places = [p for ps in levels_of(_zone_rest_lift(name + kind, "低风险区", adverb)).values() for p in ps]
    assert len(places) == 1 and places[0].endswith("兰亭园10号楼")
