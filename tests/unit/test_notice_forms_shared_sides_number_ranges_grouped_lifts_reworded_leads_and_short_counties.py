"""Forms of notices that bound an estate's area by two sides sharing one bound ("A苑北至B支路、西至B南路、东和南分别至
小区围墙合围区内18、19幢"), list an estate's house numbers as ranges written with 至 ("A小区第79至81号、第94至96号"),
lift places grouped by street, ";" between the groups and "," between places ("解除甲街道A社区B花园1号楼,C社区D路8号;
乙街道E社区F小区2栋高风险区管理"), close a lane's run of house numbers with a comma before the next lane ("A巷8号、9号,
B巷9号": two places), come as machine-reworded copies whose lead names the levels in swapped words
("新划定以下封闭控制区和控制区:") over a paragraph of places ending "等新院落划定", with a rest of no name inside a
list ("…、除封闭控制区外的其他区域、…") and a phrase cut off after "靠近", and name their county short after its city
in a news headline ("3月13日杭州余杭新增封控管控区"). Each form in variants written here (invented places, the
wording of the real forms: other kinds of place, separators, traditional characters, full-width punctuation),
ordinary wording near each trigger that must not be read as the form, and properties over generated parts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- two sides of a bounded area sharing one bound ("东和南分别至") -------------------------------------------

_THREE_ZONES = ("确定{area}为封控区;{estate}其他区域为管控区;金华街道其他区域划为防范区。现通告如下:\n"
                "一、封控区严格执行“封闭隔离、足不出户、服务上门”管理措施。")


def test_two_sides_sharing_one_bound_keep_the_bounded_area_whole() -> None:
    area = "春晓苑北至龙华支路、西至龙华南路、东和南分别至小区围墙合围区内3、5、7幢"
    assert levels_of(_THREE_ZONES.format(area=area, estate="春晓苑")) == {
        "sealed": [area], "controlled": ["春晓苑其他区域"], "precaution": ["金华街道其他区域"]}


def test_two_sides_with_yu_and_jun_after_commas_in_traditional_characters() -> None:
    area = "翠锦花园南至丽泽路,东与北均至小区围墙的区域"
    text = in_traditional(_THREE_ZONES.format(area=area, estate="翠锦花园"))
    assert levels_of(text)["sealed"] == [area]


def test_two_sides_sharing_the_last_bound_after_commas_with_full_width_punctuation() -> None:
    area = "星峰家园西至康宁路,南至福瑞街,东和北分别至星峰河沿线围墙"
    text = _THREE_ZONES.format(area=area, estate="星峰家园").translate(HALF_TO_FULL)
    assert levels_of(text)["sealed"] == [area]


def test_a_village_named_with_east_and_south_is_no_shared_bound() -> None:
    # ordinary wording near the trigger: "东和南村" after 、 is a village, no bound (no 至 after it)
    text = "经研判,决定将金华村3组、东和南村5组划定为封控区。"
    assert levels_of(text) == {"sealed": ["金华村3组", "东和南村5组"]}


@settings(max_examples=20, deadline=None)
@given(name, name, name, st.sampled_from(["东和南分别至", "西和北分别至", "东与南均至", "南和西至"]),
       st.sampled_from(["苑", "小区", "花园"]))
def test_any_estate_bounded_with_two_sides_sharing_a_bound_is_one_place(estate: str, road: str, wall: str,
                                                                        shared: str, kind: str) -> None:
    area = f"{estate}{kind}北至{road}路、西至{road}南路、{shared}{wall}围墙合围区内3、5幢"
    assert levels_of(_THREE_ZONES.format(area=area, estate=estate + kind))["sealed"] == [area]


# --- an estate's house numbers as ranges written with 至 ------------------------------------------------------

_RANGES = ("经专家组研判,自9月8日起,龙华区在辖区的观湖街道划定高风险区、中风险区和低风险区。\n一、高风险区\n"
           "将{high}划为高风险区。\n二、中风险区\n将{medium}划为中风险区。")


def test_ranges_of_house_numbers_with_zhi_after_an_estate_are_one_place() -> None:
    high = "观湖街道春晓社区锦绣小区第79至81号、第94至96号、第108至110号"
    text = _RANGES.format(high=high, medium="观湖街道春晓社区锦绣小区(除高风险区外)")
    assert levels_of(text) == {"high": [high], "medium": ["观湖街道春晓社区锦绣小区(除高风险区外)"]}


def test_ranges_of_house_numbers_with_zhi_in_traditional_characters() -> None:
    high = "金华街道福瑞社区康宁花园第12至15号、第20至22号"
    text = in_traditional(_RANGES.format(high=high, medium="金华街道福瑞社区康宁花园(除高风险区外)"))
    assert levels_of(text)["high"] == [high]


def test_ranges_without_di_with_full_width_punctuation() -> None:
    high = "龙华街道星悦社区泽兴苑12至15号、20至22号"
    text = _RANGES.format(high=high, medium="龙华街道星悦社区泽兴苑(除高风险区外)").translate(HALF_TO_FULL)
    assert levels_of(text)["high"] == [high]


def test_a_range_then_a_place_with_a_name_of_its_own_stays_apart() -> None:
    # ordinary wording near the trigger: after the range a compound with its own name is a place of its own
    text = _RANGES.format(high="锦绣小区第3至5号、春晓花园8栋", medium="锦绣小区(除高风险区外)")
    assert levels_of(text)["high"] == ["锦绣小区第3至5号", "春晓花园8栋"]


@settings(max_examples=20, deadline=None)
@given(name, st.lists(st.tuples(st.integers(1, 200), st.integers(1, 9)), min_size=2, max_size=4),
       st.sampled_from(["小区", "花园", "家园"]), st.sampled_from(["第", ""]))
def test_any_run_of_ranges_with_zhi_is_one_place(estate: str, ranges: list[tuple[int, int]], kind: str,
                                                 di: str) -> None:
    run = "、".join(f"{di}{a}至{a + d}号" for a, d in ranges)
    high = f"观湖街道春晓社区{estate}{kind}{run}"
    assert levels_of(_RANGES.format(high=high, medium=f"{estate}{kind}(除高风险区外)"))["high"] == [high]


# --- a lift of places grouped by street with ";" --------------------------------------------------------------

_LIFT = ("深圳市龙岗区新型冠状病毒肺炎疫情防控指挥部办公室通告\n(第256号)\n根据疫情处置工作进展,经专家组研判,"
         "龙岗区调整相关区域防控措施,现通告如下:\n{body}\n")


def test_places_lifted_in_street_groups_between_semicolons() -> None:
    body = ("解除金华街道春晓社区锦绣花园1号楼,龙华社区八约二街43号;翠锦街道康宁社区星峰小区2栋,福瑞社区泽兴路18号;"
            "光明街道丽华社区如意路301号高风险区管理(自2022年12月3日0时起)。")
    assert by_level(_LIFT.format(body=body)) == {("lifted", "龙岗区"): [
        "金华街道春晓社区锦绣花园1号楼", "龙华社区八约二街43号", "翠锦街道康宁社区星峰小区2栋", "福瑞社区泽兴路18号",
        "光明街道丽华社区如意路301号"]}


def test_street_groups_lifted_from_sealed_in_traditional_characters() -> None:
    body = "解除金华镇春晓村锦绣组8号;翠锦镇康宁村星峰组3号封控区管理。"
    assert levels_of(in_traditional(_LIFT.format(body=body))) == {"lifted": ["金华镇春晓村锦绣组8号",
                                                                            "翠锦镇康宁村星峰组3号"]}


def test_street_groups_lifted_with_full_width_punctuation() -> None:
    body = "解除金华街道春晓社区锦绣花园1栋,龙华社区泽兴苑5栋;翠锦街道康宁社区星峰小区2栋中风险区管理。"
    assert levels_of(_LIFT.format(body=body).translate(HALF_TO_FULL)) == {"lifted": [
        "金华街道春晓社区锦绣花园1栋", "龙华社区泽兴苑5栋", "翠锦街道康宁社区星峰小区2栋"]}


def test_a_lift_then_a_designation_after_a_semicolon_stay_two_clauses() -> None:
    # ordinary wording near the trigger: the group after ";" has a verb of its own, a new clause
    body = "解除金华街道春晓社区锦绣花园1栋高风险区管理;将翠锦街道康宁社区星峰小区2栋划为高风险区。"
    assert levels_of(_LIFT.format(body=body)) == {"lifted": ["金华街道春晓社区锦绣花园1栋"],
                                                  "high": ["翠锦街道康宁社区星峰小区2栋"]}


def test_a_lift_then_a_market_closed_after_a_semicolon() -> None:
    # ordinary wording near the trigger: "农贸市场实行封闭管理" after ";" is a measure of a kind of site, no place
    # lifted (a community's market closed, "A社区农贸市场实行封闭管理", is its own clause: not lifted either)
    body = "解除金华街道春晓社区锦绣花园1栋高风险区管理;农贸市场实行封闭管理。"
    assert levels_of(_LIFT.format(body=body)) == {"lifted": ["金华街道春晓社区锦绣花园1栋"]}
    named = "解除金华街道春晓社区锦绣花园1栋高风险区管理;春晓社区农贸市场实行封闭管理。"
    assert levels_of(_LIFT.format(body=named))["lifted"] == ["金华街道春晓社区锦绣花园1栋"]


def test_a_lift_then_people_and_vehicles_after_a_semicolon() -> None:
    # ordinary wording near the trigger: people and vehicles after ";" are no places lifted
    body = "解除金华街道春晓社区锦绣花园1栋高风险区管理;春晓社区居民和车辆凭核酸阴性证明有序出入。"
    assert levels_of(_LIFT.format(body=body)) == {"lifted": ["金华街道春晓社区锦绣花园1栋"]}


@settings(max_examples=20, deadline=None)
@given(st.lists(st.tuples(name, name, name), min_size=2, max_size=4, unique_by=lambda t: t[0]),
       st.sampled_from(["高风险区", "封控区", "管控区"]))
def test_any_street_groups_between_semicolons_are_lifted(groups: list[tuple[str, str, str]], level: str) -> None:
    pieces = [f"{street}街道{community}社区{estate}花园{k + 1}栋"
              for k, (street, community, estate) in enumerate(groups)]
    body = f"解除{';'.join(pieces)}{level}管理。"
    assert levels_of(_LIFT.format(body=body)) == {"lifted": pieces}


# --- a lane's run of house numbers closed by a comma before the next lane -----------------------------------

def test_a_lane_run_then_a_comma_and_the_next_lane_are_two_places() -> None:
    body = "解除金华街道春晓社区锦绣四区四巷8号、9号,锦绣四区五巷9号;龙华社区泽兴路86号高风险区管理。"
    assert levels_of(_LIFT.format(body=body)) == {"lifted": [
        "金华街道春晓社区锦绣四区四巷8号、9号", "锦绣四区五巷9号", "龙华社区泽兴路86号"]}


def test_a_road_run_then_a_comma_and_the_next_road_in_a_designation() -> None:
    text = "经研判,决定将金华街道春晓社区龙华路8号、9号、12号,桃源路9号划为高风险区。"
    assert levels_of(in_traditional(text)) == {"high": ["金华街道春晓社区龙华路8号、9号、12号", "桃源路9号"]}


def test_a_street_run_then_a_comma_and_the_next_street_with_full_width_punctuation() -> None:
    text = "经研判,决定将金华镇康宁村星峰街3号、5号,翠锦街7号划为封控区。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["金华镇康宁村星峰街3号、5号", "翠锦街7号"]}


def test_a_run_going_on_on_the_next_road_after_a_dun_stays_one_place() -> None:
    # ordinary wording near the trigger: all joined by 、, the numbers go on on the next road (one place)
    text = "经研判,决定将金华村老村龙华路1号、3号、5号、桃源路29号划为封控区。"
    assert levels_of(text) == {"sealed": ["金华村老村龙华路1号、3号、5号、桃源路29号"]}


def test_a_label_item_of_lane_runs_stays_one_block() -> None:
    # ordinary wording near the trigger: after a street's label, an item of house numbers on one neighbourhood's
    # lanes is one place, as before
    text = ("自2022年10月23日起,我区新增以下高风险区:\n一、高风险区\n(一)金华镇:春晓村朝阳西七巷2号、3号、6号,"
            "春晓东华南街一巷1号。\n高风险区域实行“足不出户、上门服务”等管理措施。")
    assert levels_of(text) == {"high": ["金华镇春晓村朝阳西七巷2号、3号、6号,春晓东华南街一巷1号"]}


@settings(max_examples=20, deadline=None)
@given(name, name, st.lists(st.integers(1, 99), min_size=2, max_size=4, unique=True),
       st.sampled_from(["巷", "路", "街"]), st.integers(1, 99))
def test_any_lane_run_closed_by_a_comma_is_its_own_place(first: str, second: str, numbers: list[int], kind: str,
                                                         last: int) -> None:
    run = f"金华街道春晓社区{first}{kind}" + "、".join(f"{n}号" for n in numbers)
    text = f"经研判,决定将{run},{second}{kind}{last}号划为高风险区。"
    assert levels_of(text) == {"high": [run, f"{second}{kind}{last}号"]}


# --- a machine-reworded lead naming the levels over a paragraph of places ------------------------------------

_REWORDED = ("3月13日杭州余杭新增封控管控区\n为坚决阻断新冠肺炎疫情传播途径,根据国家、省、市有关疫情防控的规定,"
             "现决定新划定以下{lead}:\n{places}\n将{controlled}划为{word}。")


def test_reworded_lead_levels_over_a_paragraph_and_a_sentence_of_the_second() -> None:
    text = _REWORDED.format(lead="封闭控制区和控制区", word="控制区",
                            places="金华街道春晓村7号、23号、龙华村38号、桃源村徐家墩等新院落划定。"
                                   "金华街道翠锦村5号、6号、杭州锦绣有限公司,靠近",
                            controlled="春晓村吴家兜自然村、除封闭控制区外的其他区域、金华街道三角口")
    assert by_level(text) == {
        ("sealed", "余杭区"): ["金华街道春晓村7号、23号", "龙华村38号", "桃源村徐家墩", "金华街道翠锦村5号、6号",
                            "杭州锦绣有限公司"],
        ("controlled", "余杭区"): ["春晓村吴家兜自然村", "金华街道三角口"]}


def test_reworded_lead_with_sealed_words_in_traditional_characters() -> None:
    text = in_traditional(_REWORDED.format(lead="密封控制区和控制区域", word="控制区域",
                                           places="福瑞镇康宁村12号、星峰村泽兴组8号等区域划定。",
                                           controlled="康宁村、星峰村"))
    assert levels_of(text) == {"sealed": ["福瑞镇康宁村12号", "星峰村泽兴组8号"], "controlled": ["康宁村", "星峰村"]}


def test_reworded_lead_with_prevention_words_and_full_width_punctuation() -> None:
    text = _REWORDED.format(lead="封闭控制区、预防区", word="预防区",
                            places="丽华街道锦绣社区3幢、翠锦社区7幢。",
                            controlled="锦绣社区、翠锦社区").translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["丽华街道锦绣社区3幢", "翠锦社区7幢"], "precaution": ["锦绣社区", "翠锦社区"]}


def test_a_village_rest_with_its_name_is_still_a_place() -> None:
    # ordinary wording near the trigger: the rest of a named village is a place, only a rest with no name goes
    text = "经研判,决定将春晓村3组、春晓村除封控区外的其他区域、龙华村划为管控区。"
    assert levels_of(text) == {"controlled": ["春晓村3组", "春晓村除封控区外的其他区域", "龙华村"]}


def test_a_place_that_starts_with_near_is_a_place() -> None:
    # ordinary wording near the trigger: "靠近A路的B楼" names a place after 靠近
    text = "经研判,决定将春晓村靠近龙华路的居民楼、桃源村5组划为封控区。"
    assert levels_of(text) == {"sealed": ["春晓村靠近龙华路的居民楼", "桃源村5组"]}


def test_ordinary_lead_over_areas_drawn_as_a_level() -> None:
    # ordinary wording near the trigger: "划定以下区域为管控区:" names its level with 为, as before
    text = "经研判,决定划定以下区域为管控区:\n金华街道春晓村、龙华村。\n管控区实行“人不出区、严禁聚集”。"
    assert levels_of(text) == {"controlled": ["金华街道春晓村", "龙华村"]}


@settings(max_examples=20, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True), st.lists(name, min_size=1, max_size=3, unique=True),
       st.sampled_from([("封闭控制区和控制区", "控制区", "controlled"),
                        ("密封控制区和预防区域", "预防区域", "precaution")]))
def test_any_reworded_lead_gives_the_paragraph_its_first_level(sealed: list[str], other: list[str],
                                                               words: tuple[str, str, str]) -> None:
    lead, word, level = words
    places = [f"{v}村{k + 3}号" for k, v in enumerate(sealed)]
    rest = [f"{v}组" for v in other]
    text = _REWORDED.format(lead=lead, word=word, places="、".join(places) + "等新院落划定。",
                            controlled="、".join(rest))
    assert levels_of(text) == {"sealed": places, level: rest}


# --- a county written short after its city in a news headline -----------------------------------------------

_HEADLINE = "{headline}\n经专家研判,决定将金华街道春晓村7号、龙华村38号划为封控区。"


def test_a_county_written_short_after_its_city_in_a_headline() -> None:
    text = _HEADLINE.format(headline="3月13日杭州余杭新增封控管控区")
    assert by_level(text) == {("sealed", "余杭区"): ["金华街道春晓村7号", "龙华村38号"]}


def test_a_county_written_short_after_its_city_in_traditional_characters() -> None:
    text = in_traditional(_HEADLINE.format(headline="深圳龙岗划定高风险区"))
    assert by_level(text) == {("sealed", "龙岗区"): ["金华街道春晓村7号", "龙华村38号"]}


def test_a_county_of_its_kind_xian_written_short_after_its_city() -> None:
    text = _HEADLINE.format(headline="11月2日邯郸肥乡新增封控区").translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "肥乡区"): ["金华街道春晓村7号", "龙华村38号"]}


def test_a_headline_with_the_city_alone_names_no_county() -> None:
    # ordinary wording near the trigger: the city alone, no county after it
    text = _HEADLINE.format(headline="3月13日杭州新增封控管控区")
    assert by_level(text) == {("sealed", None): ["金华街道春晓村7号", "龙华村38号"]}


@settings(max_examples=10, deadline=None)
@given(st.sampled_from([("杭州", "西湖", "西湖区"), ("杭州", "萧山", "萧山区"), ("深圳", "南山", "南山区"),
                        ("成都", "郫都", "郫都区"), ("西安", "雁塔", "雁塔区")]),
       st.sampled_from(["新增封控管控区", "划定高风险区", "调整风险区域"]), st.integers(1, 12))
def test_any_short_county_after_its_city_is_the_district(city_county: tuple[str, str, str], tail: str,
                                                         month: int) -> None:
    city, short, county = city_county
    text = _HEADLINE.format(headline=f"{month}月3日{city}{short}{tail}")
    assert parse_notice(text, default_year=2022)["changes"][0]["district"] == county
