"""Forms of the forty-seventh held-out set: a lift of named places "within" (范围内) before the three zones'
measures ("解除A里、B小区范围内封控、管控、防范措施"), the places themselves; roads closed with their count and
合围范围内 then the exception in brackets ("A路、B路…C大道和D路七条大道合围范围内(除封控、管控区范围)"), one area;
a named town's rest listed with 、 among other places ("A镇其他行政村、B村调整为管控区"), a place as it is alone;
people's homes with no name or address before them ("本次疫情密接者居住的楼栋(农村院落)"), no place.
Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

_SIGNED = "\n青山区疫情防控指挥部\n2022年4月17日"

# --- a lift of named places within (范围内) before the three zones' measures ------------------------------------


def _within_lift(places: str) -> str:
    return ("广大居民朋友:\n根据我区当前疫情形势,经综合研判,自4月17日16时起,解除" + places
            + "范围内封控、管控、防范措施。集中隔离人员未满规定时限的,继续按照管控政策进行管理。" + _SIGNED)


def test_named_places_within_are_the_places_lifted() -> None:
    assert by_level(_within_lift("翠湖北里、金桂园小区")) == {("lifted", "青山区"): ["翠湖北里", "金桂园小区"]}


def test_named_within_variants() -> None:
    # three places, the last a village
    assert levels_of(_within_lift("翠湖北里、金桂园小区、青禾村")) == {"lifted": ["翠湖北里", "金桂园小区", "青禾村"]}
    # 区域内 for 范围内
    text = _within_lift("翠湖北里、金桂园小区").replace("范围内", "区域内")
    assert levels_of(text) == {"lifted": ["翠湖北里", "金桂园小区"]}
    # one place
    assert levels_of(_within_lift("金桂园小区")) == {"lifted": ["金桂园小区"]}


def test_named_within_in_traditional_and_full_width() -> None:
    assert levels_of(in_traditional(_within_lift("翠湖北里、金桂园小区"))) == {"lifted": ["翠湖北里", "金桂园小区"]}
    assert levels_of(_within_lift("翠湖北里、金桂园小区").translate(HALF_TO_FULL)) == {
        "lifted": ["翠湖北里", "金桂园小区"]}


def test_an_area_by_its_bounds_or_surroundings_keeps_its_range() -> None:
    # (the range of an area by its surroundings is the place: not cut to the estate)
    text = _within_lift("金桂园小区周边50米")
    assert "金桂园小区" not in levels_of(text).get("lifted", [])


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_any_named_places_within_are_lifted(first: str, second: str) -> None:
    assert levels_of(_within_lift(f"{first}北里、{second}小区")) == {"lifted": [f"{first}北里", f"{second}小区"]}


# --- roads closed with their count, 合围范围内 and the exception ----------------------------------------------

_PRECAUTION = "三、防范区:{roads}合围范围内(除封控、管控区范围)。\n实行“强化社会面管理,严格限制人员聚集”的管理措施。"


def _roads_notice(roads: str) -> str:
    return ("青山区疫情防控指挥部办公室通告\n根据疫情防控工作需要,相关区域划定封控区、管控区和防范区。\n"
            "一、封控区:凤鸣街道青禾社区金桂苑3栋。\n" + _PRECAUTION.format(roads=roads) + _SIGNED)


def test_counted_roads_enclosing_an_area_with_its_exception_are_one_place() -> None:
    roads = "翠湖路、金桂路、青禾路、凤鸣一路、春晓路、星峰大道和锦绣路七条大道"
    assert levels_of(_roads_notice(roads))["precaution"] == [roads + "合围范围内(除封控、管控区范围)"]


def test_counted_roads_variants() -> None:
    # four roads, 条道路
    roads = "翠湖路、金桂路、青禾路和春晓路四条道路"
    assert levels_of(_roads_notice(roads))["precaution"] == [roads + "合围范围内(除封控、管控区范围)"]
    # no count
    roads = "翠湖路、金桂路、青禾路、春晓路"
    assert levels_of(_roads_notice(roads))["precaution"] == [roads + "合围范围内(除封控、管控区范围)"]
    # the exception written with 外
    text = _roads_notice("翠湖路、金桂路、青禾路和春晓路四条道路")
    text = text.replace("(除封控、管控区范围)", "(封控区、管控区除外)")
    assert levels_of(text)["precaution"] == ["翠湖路、金桂路、青禾路和春晓路四条道路合围范围内(封控区、管控区除外)"]


def test_counted_roads_in_traditional_and_full_width() -> None:
    roads = "翠湖路、金桂路、青禾路、凤鸣一路、春晓路、星峰大道和锦绣路七条大道"
    assert len(levels_of(in_traditional(_roads_notice(roads)))["precaution"]) == 1
    assert levels_of(_roads_notice(roads).translate(HALF_TO_FULL))["precaution"] == [
        roads + "合围范围内(除封控、管控区范围)"]


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_any_counted_roads_enclose_one_area(a: str, b: str, c: str) -> None:
    roads = f"{a}路、{b}路、青禾路和{c}大道四条道路"
    assert levels_of(_roads_notice(roads))["precaution"] == [roads + "合围范围内(除封控、管控区范围)"]


# --- a named town's rest among other places; people's homes with no name ---------------------------------------


def _items(second: str) -> str:
    return ("青山县调整全县区域封控管控措施\n"
            "经研究,决定自2022年4月15日20时起,调整全县区域管控措施,现就有关事项通告如下:\n"
            "一、凤鸣镇青禾村、翠湖村继续按封控区管理至14天期满。\n"
            f"二、{second}调整为管控区,保持管控措施至14天期满。\n"
            "三、县内其余区域调整为防范区,农村地区有序恢复基本生产生活。")


def test_a_named_towns_rest_listed_with_other_places_is_a_place() -> None:
    assert levels_of(_items("凤鸣镇其他行政村、金桂村"))["controlled"] == ["凤鸣镇其他行政村", "金桂村"]


def test_town_rest_variants() -> None:
    assert levels_of(_items("金桂村、凤鸣镇其余村"))["controlled"] == ["金桂村", "凤鸣镇其余村"]
    assert levels_of(_items("凤鸣镇其他区域、春晓街道其他社区"))["controlled"] == [
        "凤鸣镇其他区域", "春晓街道其他社区"]
    # people's homes with no name before them are no place; the town's rest stays
    text = _items("凤鸣镇其他行政村、本次疫情密接者居住的楼栋(农村院落)、次密接者居住的楼栋单元(农村院落)")
    assert levels_of(text)["controlled"] == ["凤鸣镇其他行政村"]


def test_town_rest_in_traditional_and_full_width() -> None:
    assert levels_of(in_traditional(_items("凤鸣镇其他行政村、金桂村")))["controlled"] == ["凤鸣镇其他行政村", "金桂村"]
    text = _items("凤鸣镇其他行政村、密接者居住的楼栋(农村院落)").translate(HALF_TO_FULL)
    assert levels_of(text)["controlled"] == ["凤鸣镇其他行政村"]


def test_a_districts_rest_in_a_list_and_a_named_places_contacts_stay_as_they_were() -> None:
    # (the rest of a county among places is no place of its own)
    assert "青山县其他区域" not in levels_of(_items("青山县其他区域、金桂村")).get("controlled", [])
    # (a named estate's building where contacts live is a place)
    assert levels_of(_items("金桂小区密接者居住的楼栋"))["controlled"] == ["金桂小区密接者居住的楼栋"]


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_any_towns_rest_among_villages(town: str, village: str) -> None:
    assert levels_of(_items(f"{town}镇其他行政村、{village}村"))["controlled"] == [
        f"{town}镇其他行政村", f"{village}村"]
