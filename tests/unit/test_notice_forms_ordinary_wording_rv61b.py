"""Ordinary wording near three rules (review rv61b): one place under a heading that is only a level with the level's
quoted measures ("一、封控区:" over "A小区3栋,实行“…”"), a counted change ending its line over a line of places
("…将我区2个高风险区降为低风险区" over "A村、B村"), and a street's numbered item of places between commas
("①A街道B村28栋,C大厦,D苑第3栋"). Near-misses each rule caught by accident, and the forms the rules were written for
kept (invented places)."""

from __future__ import annotations

import pytest

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, in_traditional, levels_of

# --- one line under a heading that is only a level: a place, not a time, the area, a description ------------------

LEVEL_LEAD = "根据疫情防控工作需要,自2022年3月5日起,宁远区划定封控区、管控区:\n"
SEALED_MEASURES = ",实行“区域封闭,足不出户,上门服务”。\n以上区域管控措施按相关防疫规定执行。"


@pytest.mark.parametrize("line", ["3月5日至3月11日", "封控7天", "阳性病例所在楼栋"])
def test_a_time_or_a_description_under_a_level_heading_is_no_place(line: str) -> None:
    assert levels_of(f"{LEVEL_LEAD}一、封控区:\n{line}{SEALED_MEASURES}") == {}


def test_the_levels_own_area_under_its_heading_is_no_place() -> None:
    text = f"{LEVEL_LEAD}一、管控区:\n区域内,实行“人不出区,严禁聚集”。\n以上区域管控措施按相关防疫规定执行。"
    assert levels_of(text) == {}


@pytest.mark.parametrize("traditional", [False, True])
def test_one_building_or_one_bounded_area_under_its_level_heading_is_read(traditional: bool) -> None:
    text = (f"{LEVEL_LEAD}一、封控区:\n锦江酒店,实行“区域封闭,足不出户,上门服务”。\n二、管控区:\n"
            "桃溪街道春风路-秀水路-锦绣路围合区域内(保留春风路供车辆通行),实行“人不出区,严禁聚集”。")
    text = in_traditional(text) if traditional else text
    got = levels_of(text)
    assert len(got["sealed"]) == 1 and got["sealed"][0] in ("锦江酒店", in_traditional("锦江酒店"))
    assert len(got["controlled"]) == 1 and got["controlled"][0].startswith(("桃溪街道", in_traditional("桃溪街道")))


# --- a counted change ending its line: over places only, not a signature or a sentence -----------------------------

CHANGE_LEAD = "关于调整疫情风险区的通告\n经研判,桃溪街道翠湖村、光明村已连续5天无新增阳性,决定自2022年11月22日0时起"


def test_a_counted_change_over_the_offices_signature_names_no_place() -> None:
    text = f"{CHANGE_LEAD}将本县2个高风险区调整为低风险区\n宁远县人民政府\n2022年11月21日"
    assert levels_of(text) == {}


def test_a_counted_change_over_a_sentence_that_opens_with_places_names_no_place() -> None:
    text = (f"{CHANGE_LEAD}将我区2个高风险区降为低风险区\n翠湖村、光明村解除封控后,居民可有序出行。\n"
            "宁远区疫情防控指挥部")
    assert levels_of(text) == {}


@pytest.mark.parametrize("full_width", [False, True])
def test_a_counted_change_over_a_line_of_places_still_reads_them(full_width: bool) -> None:
    text = ("关于调整疫情风险区的通告\n经研判,决定将我区2个高风险区降为低风险区\n锦江酒店、春风街道光明宾馆\n"
            "宁远区疫情防控指挥部")
    text = text.translate(HALF_TO_FULL) if full_width else text
    assert levels_of(text) == {"low": ["锦江酒店", "春风街道光明宾馆"]}


# --- a street's numbered item: commas part places with names of their own, not parts of the first ----------------

ITEM_LEAD = "根据疫情防控工作需要,福田区划定封控区:\n一、封控区:\n"
ITEM_TAIL = ";\n②春风街道星峰小区。\n以上区域实行“区域封闭,足不出户,上门服务”。"


@pytest.mark.parametrize("item", [
    "桃溪街道翠湖村东边26号至28号,西边25号至51号",  # two sides of one village's road
    "桃溪街道翠湖社区光明路南侧18号,北侧21号",
    "桃溪街道翠湖苑3栋,东侧5栋",
    "桃溪街道翠湖小区老区3栋,新区5栋",  # two parts of one compound
    "桃溪街道翠湖村,二组5号",  # a group of the village
    "桃溪街道翠湖小区3栋,单元楼5号",
    "桃溪街道翠湖村28栋,村委会3号",  # the village's office
    "桃溪街道翠湖小区3栋,物业服务中心",  # the compound's own office
    "桃溪街道翠湖村28栋,村卫生服务中心",
])
def test_a_part_or_an_office_of_the_first_place_after_a_comma_stays_one_place(item: str) -> None:
    assert levels_of(f"{ITEM_LEAD}①{item}{ITEM_TAIL}") == {"sealed": [item, "春风街道星峰小区"]}


def test_places_with_names_of_their_own_are_still_parted() -> None:
    text = f"{ITEM_LEAD}①桃溪街道翠湖村3巷5号,光明村8巷2号,锦绣苑第3栋,春晓大厦{ITEM_TAIL}"
    assert levels_of(text) == {"sealed": ["桃溪街道翠湖村3巷5号", "光明村8巷2号", "锦绣苑第3栋", "春晓大厦",
                                          "春风街道星峰小区"]}

