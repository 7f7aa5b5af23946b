"""Forms of the forty-fourth held-out set, each in variants written here (invented places in the wording of
the real forms), and properties over generated lists:

* a place with what belongs to it after 及其 ("A小区及其附属门店", 配套商铺, 所属, 下属): one place;
* the day a place's days are counted from after a comma ("A街道(1个):B巷5号,11月27日起算"): no place;
* a lead that names the new areas' level ("在A区新增部分高风险区。现将有关事项通告如下:") over a part titled only
  "一、具体点位" (具体范围): the part's places are at the lead's level;
* every town's and street's rest ("各镇街除高风险区以外的其他区域", 各乡镇, 各街镇): no place;
* a building with what it takes in ("A小区3栋(含底商)、5栋(含底商)", "1-4栋(含1-3栋底商)、6-11栋"): one place;
* a heading that is only a level ("二、管控区") over an area given the level's standard measures after a comma
  ("A路以北…区域,实行“足不出区、错峰取物”管理措施"): the heading's level, the measures no place;
* a time, the new level, then its places after a space ("一、11月24日起,新增高风险区域 A路以东…合围区域"), and a town's
  heading written inline before places that restate it ("(一)A镇 A镇B小区8栋。"): the places, the town once.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    in_traditional,
    invented_names,
    levels_of,
)

word = invented_names(PLAIN_SYLLABLES)


# ---------------------------------------------------------------------------------------------------
# "将A街道B小区及其附属门店由中风险区调整为低风险区": what belongs to the place, one area with it


def test_a_place_and_its_own_shops_is_one_place() -> None:
    text = ("定于2022年9月5日14时起,将龙凤街道星光小区及其附属门店由中风险区调整为低风险区。"
            "本次调整后,全区所有中风险区均已解除。")
    assert levels_of(text) == {"low": ["龙凤街道星光小区及其附属门店"]}


def test_places_with_their_supporting_and_subordinate_sites_in_a_list() -> None:
    text = "将丰林街道翠湖花园及其配套商铺、石桥镇金华市场及其下属门店由中风险区调整为低风险区。"
    assert levels_of(text) == {"low": ["丰林街道翠湖花园及其配套商铺", "石桥镇金华市场及其下属门店"]}
    text = "將白沙鎮幸福家園及其所屬商鋪劃定為高風險區。"
    assert levels_of(text) == {"high": ["白沙镇幸福家园及其所属商铺"]}


def test_a_place_and_its_surroundings_stay_as_before() -> None:
    # (guards: 及其周边 was one place already; "及其他" is no pronoun)
    text = "将龙凤街道星光小区及其周边商铺由中风险区调整为低风险区。"
    assert levels_of(text) == {"low": ["龙凤街道星光小区及其周边商铺"]}


@settings(max_examples=25, deadline=None)
@given(town=word, name=word, what=st.sampled_from(["附属门店", "配套商铺", "附属设施", "所属门面", "下属商铺"]),
       trad=st.booleans())
def test_any_place_with_what_belongs_to_it(town: str, name: str, what: str, trad: bool) -> None:
    text = f"将{town}街道{name}小区及其{what}由中风险区调整为低风险区。"
    assert levels_of(in_traditional(text) if trad else text) == {"low": [f"{town}街道{name}小区及其{what}"]}


# ---------------------------------------------------------------------------------------------------
# "七星岗街道(1个):管家巷5号,11月27日起算": the day counted from, no place; the lead's level over "具体点位"

_LEAD = "经区疫情防控工作指挥部研究,在渝中区新增部分高风险区。现将有关事项通告如下:\n一、具体点位\n"
_MEASURES = "\n二、管控措施\n1. 管控期间实行“足不出户、上门服务”。连续5天无新增感染者,降为低风险区。"


def test_a_new_level_in_the_lead_over_a_bare_part_and_its_counted_day() -> None:
    text = _LEAD + "龙凤街道(1个):石桥巷5号,11月27日起算。" + _MEASURES
    assert levels_of(text) == {"high": ["龙凤街道石桥巷5号"]}


def test_counted_days_with_from_and_an_hour() -> None:
    text = _LEAD + "龙凤街道(2个):石桥巷5号,自11月27日起算;金华花园3栋,从11月28日18时起计算。" + _MEASURES
    assert levels_of(text) == {"high": ["龙凤街道石桥巷5号", "龙凤街道金华花园3栋"]}


def test_a_new_medium_level_over_a_bare_range_in_traditional_characters() -> None:
    text = ("在江北區新增部分中風險區。現將有關事項通告如下:\n一、具體範圍\n白沙鎮(1個):幸福路8號,12月1日起算。\n"
            "二、管控措施\n實行“足不出區、錯峰取物”。")
    assert levels_of(text) == {"medium": ["白沙镇幸福路8号"]}


def test_a_bare_part_with_no_level_anywhere_stays_unread() -> None:
    # (guard: no level in the lead, nothing to read the part at)
    text = "现将有关事项通告如下:\n一、具体点位\n龙凤街道(1个):石桥巷5号。\n二、管控措施\n做好个人防护。"
    assert levels_of(text) == {}


@settings(max_examples=25, deadline=None)
@given(streets=st.lists(st.tuples(word, st.lists(word, min_size=1, max_size=3, unique=True)), min_size=1,
                        max_size=3, unique_by=lambda s: s[0]),
       day=st.integers(1, 28), full=st.booleans())
def test_every_street_of_a_bare_part_at_the_lead_level(streets: list[tuple[str, list[str]]], day: int,
                                                       full: bool) -> None:
    lines, expected = [], []
    for street, items in streets:
        lines.append(f"{street}街道({len(items)}个):" + ",".join(f"{item}花园{k}栋,11月{day}日起算"
                                                              for k, item in enumerate(items, 1)) + "。")
        expected += [f"{street}街道{item}花园{k}栋" for k, item in enumerate(items, 1)]
    text = _LEAD + "\n".join(lines) + _MEASURES
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {"high": expected}


# ---------------------------------------------------------------------------------------------------
# "二、低风险区 (一)具体范围 各镇街除高风险区以外的其他区域": the district's rest, no place


def test_every_towns_rest_is_no_place() -> None:
    for rest in ("各镇街除高风险区以外的其他区域", "各乡镇除高风险区之外的其余区域", "全区各街镇除高风险区外的区域",
                 "各乡镇(街道)除高风险区以外的其他区域"):
        text = (f"自2022年11月13日19时起,将龙凤区部分区域划定为高低风险区,具体如下:\n一、高风险区\n(一)具体点位\n"
                f"1.金华街道:星光巷3号,翠湖苑B栋;\n(二)管理措施\n1.实行封控管理。\n二、低风险区\n(一)具体范围\n{rest}。\n"
                "(二)管理措施\n1.实行“个人防护、避免聚集”。")
        assert levels_of(text) == {"high": ["金华街道星光巷3号", "金华街道翠湖苑B栋"]}, rest


def test_a_named_towns_rest_is_still_a_place() -> None:
    # (guard: one town's rest names the town)
    text = "二、低风险区:金华镇除高风险区以外的其他区域。"
    assert levels_of(text) == {"low": ["金华镇除高风险区以外的其他区域"]}


# ---------------------------------------------------------------------------------------------------
# "三圣街道合能锦城3栋(含底商)、5栋(含底商)": a building with what it takes in, the next bare building with it


def test_buildings_with_their_ground_floor_shops_are_one_place() -> None:
    text = ("一、金华街道星光苑3栋(含底商)、5栋(含底商);龙凤街道翠湖花园1-4栋(含1-3栋底商)、6-11栋(含8-11栋底商)"
            "的风险等级由高风险调整为中风险。")
    assert levels_of(text) == {"medium": ["金华街道星光苑3栋(含底商)、5栋(含底商)",
                                          "龙凤街道翠湖花园1-4栋(含1-3栋底商)、6-11栋(含8-11栋底商)"]}


def test_a_building_with_its_shops_then_a_bare_building_full_width() -> None:
    text = "将金华街道星光苑3栋(包含商铺)、5栋划为高风险区。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["金华街道星光苑3栋(包含商铺)、5栋"]}
    text = in_traditional("將金華街道星光苑3號樓(含底商)、7號樓劃為高風險區。")
    assert levels_of(text) == {"high": ["金华街道星光苑3号楼(含底商)、7号楼"]}


def test_a_building_with_its_shops_then_a_named_place_is_two() -> None:
    # (guard: the next piece names a compound of its own)
    text = "将金华街道星光苑3栋(含底商)、翠湖花园5栋划为高风险区。"
    assert levels_of(text) == {"high": ["金华街道星光苑3栋(含底商)", "翠湖花园5栋"]}


@settings(max_examples=25, deadline=None)
@given(name=word, first=st.integers(1, 30), second=st.integers(31, 60), note=st.sampled_from(["含底商", "含商铺",
                                                                                              "包含底商"]))
def test_any_building_with_a_note_of_what_it_takes_in(name: str, first: int, second: int, note: str) -> None:
    text = f"将金华街道{name}花园{first}栋({note})、{second}栋({note})划为高风险区。"
    assert levels_of(text) == {"high": [f"金华街道{name}花园{first}栋({note})、{second}栋({note})"]}


# ---------------------------------------------------------------------------------------------------
# "二、管控区" over "北至A路、东至B路、C以北、西至D交界区域,实行“足不出区、错峰取物”管理措施"

_ZONES_LEAD = "根据疫情防控的工作需要,自2022年3月9日起,龙凤区划定封控区、管控区、防范区如下:\n\n一、封控区\n\n"


def test_a_level_heading_over_a_bounded_area_with_the_medium_measures() -> None:
    text = (_ZONES_LEAD + "金华路18号星光城、翠湖路6号锦绣城。严格执行“封闭隔离、足不出户、服务上门”管理措施。\n\n"
            "二、管控区\n\n北至环市西路、东至人民北路、南至总医院大院以北、西至荔湾交界区域,实行“足不出区、错峰取物”管理措施。\n")
    assert levels_of(text) == {"sealed": ["金华路18号星光城", "翠湖路6号锦绣城"],
                               "controlled": ["北至环市西路、东至人民北路、南至总医院大院以北、西至荔湾交界区域"]}


def test_a_level_heading_over_a_place_with_other_measures() -> None:
    text = "二、防范区\n金华镇星光社区,实行“强化社会面管控,严格限制人员聚集”管理措施。"
    assert levels_of(text) == {"precaution": ["金华镇星光社区"]}
    text = in_traditional("二、管控区\n金华镇星光社区,实行“人不出区、错峰取物”管理措施。")
    assert levels_of(text) == {"controlled": ["金华镇星光社区"]}


def test_a_level_heading_several_blank_lines_above_its_area() -> None:
    # (pages copied paragraph by paragraph: three or more blank lines between the heading and its area)
    for gap in ("\n\n\n\n", "\n\n\n\n\n\n", "\r\n\r\n\r\n\r\n"):
        text = f"二、管控区{gap}金华镇星光社区,实行“足不出区、错峰取物”管理措施。"
        assert levels_of(text) == {"controlled": ["金华镇星光社区"]}, repr(gap)
        text = f"三、防范区{gap}北至青石路、东至柳河路、西至杏花路合围区域,实行“足不出区、错峰取物”管理措施。"
        assert levels_of(text) == {"precaution": ["北至青石路、东至柳河路、西至杏花路合围区域"]}, repr(gap)


def test_measures_alone_still_name_the_level_with_no_heading() -> None:
    # (guard: with no level heading above, the measures name the level as before)
    text = "一、金华镇星光社区,实行“足不出区、错峰取物”管理措施。"
    assert levels_of(text) == {"medium": ["金华镇星光社区"]}


@settings(max_examples=25, deadline=None)
@given(roads=st.lists(word, min_size=4, max_size=4, unique=True),
       level=st.sampled_from([("管控区", "controlled"), ("封控区", "sealed"), ("防范区", "precaution")]))
def test_any_bounded_area_under_a_level_heading(roads: list[str], level: tuple[str, str]) -> None:
    area = f"北至{roads[0]}路、东至{roads[1]}路、南至{roads[2]}路、西至{roads[3]}路合围区域"
    text = f"二、{level[0]}\n\n{area},实行“足不出区、错峰取物”管理措施。\n"
    assert levels_of(text) == {level[1]: [area]}


# ---------------------------------------------------------------------------------------------------
# "一、11月24日起,新增高风险区域 A路以东…合围区域。" and "(一)中新镇 中新镇保利中航城8栋。"


def test_a_timed_new_level_and_its_places_after_a_space() -> None:
    text = ("根据疫情防控需要,新增高风险区域如下:\n一、11月24日起,新增高风险区域 金华镇星光路428号以东、"
            "金华镇星光路410号以西、翠湖检测点以北合围区域。\n二、11月25日起,新增高风险区域 "
            "(一)金华镇 金华镇锦绣城8栋。 (二)龙凤街 龙凤街石桥村,"
            "东至荔枝林、南至荔枝林、西至湖尾路、北至495乡道合围区域。\n"
            "以上区域实行“足不出户,上门服务”等管控措施。")
    assert levels_of(text) == {"high": ["金华镇星光路428号以东、金华镇星光路410号以西、翠湖检测点以北合围区域",
                                        "金华镇锦绣城8栋",
                                        "龙凤街石桥村,东至荔枝林、南至荔枝林、西至湖尾路、北至495乡道合围区域"]}


def test_a_timed_new_level_with_an_hour_and_a_full_width_space() -> None:
    text = "一、自11月24日18时起,新增中风险区域\u3000金华镇星光花园3栋。"
    assert levels_of(text) == {"medium": ["金华镇星光花园3栋"]}
    text = in_traditional("二、11月25日起,新增高風險區域 (一)白沙街道 白沙街道幸福花園2棟。")
    assert levels_of(text) == {"high": ["白沙街道幸福花园2栋"]}


def test_a_timed_new_level_followed_by_as_follows_is_no_place() -> None:
    # (guard: "新增高风险区域 如下" names no place, the list below is the level's)
    text = "一、11月24日起,新增高风险区域 如下:\n金华镇星光花园3栋。"
    assert levels_of(text) == {"high": ["金华镇星光花园3栋"]}


@settings(max_examples=25, deadline=None)
@given(towns=st.lists(st.tuples(word, word), min_size=1, max_size=3, unique_by=lambda s: s[0]),
       kind=st.sampled_from(["镇", "街道", "街"]), day=st.integers(1, 28))
def test_any_inline_town_headings_restated_by_their_places(towns: list[tuple[str, str]], kind: str,
                                                           day: int) -> None:
    numerals = "一二三"
    body = " ".join(f"({numerals[k]}){town}{kind} {town}{kind}{name}花园8栋。" for k, (town, name) in enumerate(towns))
    text = f"二、11月{day}日起,新增高风险区域 {body}"
    assert levels_of(text) == {"high": [f"{town}{kind}{name}花园8栋" for town, name in towns]}
