"""Forms of the fifty-second held-out set, each in variants written here (invented places, the wording real notices
use), with properties over invented names and near-misses: an area given by four labelled bound lines ("北:A路以南"
…) is one place; "▌" bullets and "在实施静态管理区域内" measures; a closure before a lost period ("…实施封闭管理现将…
如下"); the lift of "以上区域" under "X街道:A" lines; a short county written in front of a prefecture city's places
("冷水江A街道…"); the district that draws ("东丽区划定A为封控区"); a report's past changes with an hour and a next
clause; a street's house run that ends on the road its lanes open on, then its measures."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PREFECTURE_CITIES,
    PROVINCES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

_SYL = "金华龙春晓阳光桃丽泽翠锦绣胜利兴盛康宁福瑞鑫汇君悦星峰秀"


def _free(name: str) -> bool:
    return not any(name.startswith(c) for c in PREFECTURE_CITIES) and not name.startswith(PROVINCES)


# --- 1. "北:A路以南" / "西:B大道以东" / "南:C路以北" / "东:D路以西,含E洲": one bounded area

_BOUNDS_HEAD = ("关于对某区部分区域实行临时管控措施的公告\n区疫情防控指挥部研究决定,对部分区域实行临时管控措施。"
                "现将有关事项公告如下:\n一、实施时间\n2022年9月3日7:00起。\n二、实施范围\n")
_BOUNDS_TAIL = "\n三、具体举措\n1.临时管控期间,居民非必要不外出。\n"


def test_four_labelled_bound_lines_are_one_area() -> None:
    text = _BOUNDS_HEAD + "北:翠湖东路以南\n西:金桥大道以东\n南:春江路以北\n东:沿河路以西,含桃花洲" + _BOUNDS_TAIL
    assert levels_of(text) == {"controlled": ["北:翠湖东路以南西:金桥大道以东南:春江路以北东:沿河路以西,含桃花洲"]}


def test_three_labelled_bound_lines_with_blank_lines_between() -> None:
    text = _BOUNDS_HEAD + "东:锦绣路以西\n\n南:胜利大道以北\n\n西:光明河以东" + _BOUNDS_TAIL
    assert levels_of(text) == {"controlled": ["东:锦绣路以西南:胜利大道以北西:光明河以东"]}


def test_labelled_bound_lines_in_traditional_characters() -> None:
    text = _BOUNDS_HEAD + "北:翠湖东路以南\n西:金桥大道以东\n南:春江路以北\n东:沿河路以西" + _BOUNDS_TAIL
    area = "北:翠湖东路以南西:金桥大道以东南:春江路以北东:沿河路以西"
    assert levels_of(in_traditional(text)) == {"controlled": [area]}


def test_labelled_bound_lines_with_full_width_colons() -> None:
    text = (_BOUNDS_HEAD + "北:翠湖东路以南\n西:金桥大道以东\n南:春江路以北\n东:沿河路以西,含桃花洲"
            + _BOUNDS_TAIL).translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["北:翠湖东路以南西:金桥大道以东南:春江路以北东:沿河路以西,含桃花洲"]}


def test_a_side_given_twice_is_no_one_area() -> None:
    # (two lines for the north: not one area by its four sides)
    text = _BOUNDS_HEAD + "北:翠湖东路以南\n北:金桥大道以南\n南:春江路以北" + _BOUNDS_TAIL
    assert len(levels_of(text).get("controlled", [])) != 1


@settings(max_examples=40, deadline=None)
@given(roads=st.lists(invented_names(_SYL, 2, 3), min_size=4, max_size=4, unique=True),
       kinds=st.lists(st.sampled_from(["路", "大道", "街", "东路"]), min_size=4, max_size=4))
def test_labelled_bound_lines_property(roads: list[str], kinds: list[str]) -> None:
    assume(all(_free(r) for r in roads))
    lines = [f"{side}:{road}{kind}以{facing}" for side, facing, road, kind
             in zip("北西南东", "南东北西", roads, kinds, strict=True)]
    text = _BOUNDS_HEAD + "\n".join(lines) + _BOUNDS_TAIL
    assert levels_of(text) == {"controlled": ["".join(lines)]}


# --- 2. "▌1.在实施静态管理区域内,…" measures; "A小区、B小区实施封闭管理现将具体防疫措施通告如下:"

_STATIC = ("关于对某市主城区实施静态管理的通告\n市疫情防控指挥部决定,自5月10日0时起,对某市主城区实施静态管理,"
           "{closed}实施封闭管理现将具体防疫措施通告如下:\n"
           "▌1.在实施静态管理区域内,停止一切非必要流动、活动\n▌2.在此区域内其他经营性场所暂一律关停\n")


def _sealed_and_silent(found: dict[str, list[str]]) -> list[str]:
    """The sealed places, when the main town is under static management (silent) and nothing else is read."""
    assert set(found) == {"silent", "sealed"} and len(found["silent"]) == 1 and found["silent"][0].endswith("主城区")
    return found["sealed"]


def test_closed_estates_before_a_lost_period_and_bulleted_measures() -> None:
    text = _STATIC.format(closed="金桥街道翠湖小区、春江街道锦绣家园")
    assert _sealed_and_silent(levels_of(text)) == ["金桥街道翠湖小区", "春江街道锦绣家园"]


def test_bulleted_measure_inside_the_static_area_is_no_place() -> None:
    text = "自5月10日0时起,对某县城区实行静态管理。\n▌1.在实行静态管理的区域内,居民足不出户\n"
    assert "在" not in sum(levels_of(text).values(), [])


def test_closed_estate_before_a_lost_period_in_traditional_characters() -> None:
    text = _STATIC.format(closed="金桥街道翠湖小区")
    assert _sealed_and_silent(levels_of(in_traditional(text))) == ["金桥街道翠湖小区"]


def test_closed_estate_with_full_width_punctuation() -> None:
    text = _STATIC.format(closed="金桥街道翠湖小区").translate(HALF_TO_FULL)
    assert _sealed_and_silent(levels_of(text)) == ["金桥街道翠湖小区"]


@settings(max_examples=40, deadline=None)
@given(names=st.lists(invented_names(_SYL, 2, 3), min_size=1, max_size=3, unique=True),
       kind=st.sampled_from(["小区", "家园", "花园"]))
def test_closed_estates_property(names: list[str], kind: str) -> None:
    assume(all(_free(n) for n in names))
    places = [f"{n}街道{n}{kind}" for n in names]
    assert _sealed_and_silent(levels_of(_STATIC.format(closed="、".join(places)))) == places


# --- 3. "X街道:A" lines, then "解除对以上区域的临时管控措施"

_LIFT = ("关于解除部分区域临时管控措施的通告\n经区疫情防控工作指挥部研究决定,自2022年11月6日起,"
         "调整部分区域临时管控措施,具体范围如下:\n{lines}\n解除对以上区域的临时管控措施,调整后上述区域按照低风险区管理措施管控,具体如下:\n"
         "1.区域内人员尽量减少外出。\n")


def test_street_labelled_lines_lifted_by_the_reference_after_them() -> None:
    text = _LIFT.format(lines="金桥街道:翠湖小区(除7栋以外区域)\n春江镇:锦绣超市(华福路店)\n光明街道:胜利宾馆")
    assert levels_of(text) == {"lifted": ["金桥街道翠湖小区(除7栋以外区域)", "春江镇锦绣超市(华福路店)",
                                          "光明街道胜利宾馆"]}


def test_street_labelled_lines_lifted_in_traditional_characters() -> None:
    text = _LIFT.format(lines="金桥街道:翠湖小区\n春江镇:锦绣超市")
    assert levels_of(in_traditional(text)) == {"lifted": ["金桥街道翠湖小区", "春江镇锦绣超市"]}


def test_street_labelled_lines_lifted_with_full_width_punctuation() -> None:
    text = _LIFT.format(lines="金桥街道:翠湖小区\n春江镇:锦绣超市").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["金桥街道翠湖小区", "春江镇锦绣超市"]}


def test_a_lift_of_the_areas_above_with_no_list_above_reads_nothing() -> None:
    text = "经研判,疫情传播风险降低。\n解除对以上区域的临时管控措施。\n"
    assert levels_of(text) == {}


@settings(max_examples=40, deadline=None)
@given(names=st.lists(invented_names(_SYL, 2, 3), min_size=1, max_size=4, unique=True),
       kind=st.sampled_from(["小区", "宾馆", "超市", "家园"]))
def test_street_labelled_lines_lifted_property(names: list[str], kind: str) -> None:
    assume(all(_free(n) for n in names))
    text = _LIFT.format(lines="\n".join(f"{n}街道:{n}{kind}" for n in names))
    assert levels_of(text) == {"lifted": [f"{n}街道{n}{kind}" for n in names]}


# --- 4. "冷水江布溪街道A社区12组B园、C对面;新化县D餐吧" in 娄底市's notice

_CITY = ("娄底市新型冠状病毒肺炎疫情防控工作指挥部通告\n经专家组研判,自2022年8月6日起,划定高风险区、中风险区。\n"
         "一、高风险区\n{high}\n二、中风险区\n{medium}\n娄底市新型冠状病毒肺炎疫情防控工作指挥部\n2022年8月6日\n")


def test_a_short_county_in_front_of_a_prefecture_city_s_places() -> None:
    text = _CITY.format(high="冷水江金桥街道翠湖社区12组锦绣园、春江桥对面;新化县胜利音乐餐吧。",
                        medium="冷水江福瑞馄饨店、金桥街道光明药房。")
    got = by_level(text)
    assert got[("high", "冷水江市")] == ["金桥街道翠湖社区12组锦绣园", "春江桥对面"]
    assert got[("high", "新化县")] == ["胜利音乐餐吧"]
    assert got[("medium", "冷水江市")] == ["福瑞馄饨店", "金桥街道光明药房"]


def test_a_short_county_in_front_of_places_in_traditional_characters() -> None:
    text = _CITY.format(high="涟源金桥街道翠湖社区锦绣园;新化县胜利音乐餐吧。", medium="涟源福瑞馄饨店。")
    got = by_level(in_traditional(text))
    assert got[("high", "涟源市")] == ["金桥街道翠湖社区锦绣园"]
    assert got[("medium", "涟源市")] == ["福瑞馄饨店"]


def test_a_short_county_in_front_of_places_with_full_width_punctuation() -> None:
    text = _CITY.format(high="双峰金桥街道翠湖社区锦绣园;冷水江市胜利音乐餐吧。",
                        medium="双峰福瑞馄饨店。").translate(HALF_TO_FULL)
    got = by_level(text)
    assert got[("high", "双峰县")] == ["金桥街道翠湖社区锦绣园"]
    assert got[("medium", "双峰县")] == ["福瑞馄饨店"]


def test_a_road_or_town_named_after_the_county_stays_a_place() -> None:
    # "新化路", "涟源镇": a road and a town named after the county, no short county in front of a place
    text = _CITY.format(high="新化路88号锦绣园;涟源镇翠湖村。", medium="冷水江边福瑞渔庄。")
    got = levels_of(text)
    assert got == {"high": ["新化路88号锦绣园", "涟源镇翠湖村"], "medium": ["冷水江边福瑞渔庄"]}


@settings(max_examples=40, deadline=None)
@given(names=st.lists(invented_names(_SYL, 2, 3), min_size=1, max_size=3, unique=True),
       county=st.sampled_from(["冷水江", "涟源", "新化", "双峰"]))
def test_short_county_fronts_property(names: list[str], county: str) -> None:
    assume(all(_free(n) for n in names))
    places = [f"{n}街道{n}社区{n}园" for n in names]
    text = _CITY.format(high=county + "、".join(places) + "。", medium="娄星区福瑞馄饨店。")
    full = {"冷水江": "冷水江市", "涟源": "涟源市", "新化": "新化县", "双峰": "双峰县"}[county]
    assert by_level(text)[("high", full)] == places


# --- 5. "…北辰区划定A为封控区。东丽区划定B、C为封控区": the district that draws, its places'

_REPORT = ("记者从新闻发布会上获悉,天津市动态调整社区管控范围,天津市北辰区划定{a}为封控区;{b}为管控区。"
           "{d}划定{c}为封控区。经研判,封控区连续7天零新增可降为管控区。\n")


def test_each_district_that_draws_gives_its_places_its_district() -> None:
    text = _REPORT.format(a="金桥镇翠湖苑6号楼", b="春江镇锦绣村", d="东丽区", c="光明街胜利冷库、福瑞路鑫汇旅店")
    assert by_level(text) == {("sealed", "北辰区"): ["金桥镇翠湖苑6号楼"], ("controlled", "北辰区"): ["春江镇锦绣村"],
                              ("sealed", "东丽区"): ["光明街胜利冷库", "福瑞路鑫汇旅店"]}


def test_the_district_that_draws_in_traditional_characters() -> None:
    text = _REPORT.format(a="金桥镇翠湖苑6号楼", b="春江镇锦绣村", d="西青区", c="光明街胜利冷库")
    assert by_level(in_traditional(text))[("sealed", "西青区")] == ["光明街胜利冷库"]


def test_the_district_that_draws_with_full_width_punctuation() -> None:
    text = _REPORT.format(a="金桥镇翠湖苑6号楼", b="春江镇锦绣村", d="津南区",
                          c="光明街胜利冷库").translate(HALF_TO_FULL)
    assert by_level(text)[("sealed", "津南区")] == ["光明街胜利冷库"]


@settings(max_examples=40, deadline=None)
@given(names=st.lists(invented_names(_SYL, 2, 3), min_size=1, max_size=3, unique=True),
       district=st.sampled_from(["东丽区", "西青区", "津南区", "宝坻区"]))
def test_the_district_that_draws_property(names: list[str], district: str) -> None:
    assume(all(_free(n) for n in names))
    places = [f"{n}街{n}冷库" for n in names]
    text = _REPORT.format(a="金桥镇翠湖苑6号楼", b="春江镇锦绣村", d=district, c="、".join(places))
    assert by_level(text)[("sealed", district)] == places


# --- 6. "某市于11月2日14时,将A,B划定为高风险区;将C,D划定为中风险区。11月7日8时,将E由高风险区调整为中风险区。"
# then "决定自11月11日8时起,将A,B调整为中风险区;将C,D、E调整为低风险区": the earlier levels are history

_HISTORY = ("关于将某区部分高、中风险区调整为中、低风险区的通告\n"
            "某市于11月2日14时,将{a},{b}划定为高风险区;将{c},{d}划定为中风险区。11月7日8时,将{e}由高风险区调整为中风险区。"
            "\n经过综合研判,决定自11月11日8时起,将{a},{b}调整为中风险区;将{c},{d}、{e}调整为低风险区\n")


def test_a_report_s_past_changes_with_an_hour_and_a_next_clause_are_history() -> None:
    text = _HISTORY.format(a="翠湖苑3号楼", b="锦绣城3号楼", c="锦绣城", d="光明巷15号院", e="胜利小区5号楼")
    assert levels_of(text) == {"medium": ["翠湖苑3号楼", "锦绣城3号楼"],
                               "low": ["锦绣城", "光明巷15号院", "胜利小区5号楼"]}


def test_a_report_s_past_changes_in_traditional_characters() -> None:
    text = _HISTORY.format(a="翠湖苑3号楼", b="锦绣城3号楼", c="春江家园", d="光明巷15号院", e="胜利小区5号楼")
    assert levels_of(in_traditional(text)) == {"medium": ["翠湖苑3号楼", "锦绣城3号楼"],
                                               "low": ["春江家园", "光明巷15号院", "胜利小区5号楼"]}


def test_a_report_s_past_changes_with_full_width_punctuation() -> None:
    text = _HISTORY.format(a="翠湖苑3号楼", b="锦绣城3号楼", c="春江家园", d="光明巷15号院",
                           e="胜利小区5号楼").translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["翠湖苑3号楼", "锦绣城3号楼"],
                               "low": ["春江家园", "光明巷15号院", "胜利小区5号楼"]}


def test_a_dated_change_without_a_report_s_history_is_the_news() -> None:
    # (no "于" day anywhere: the dated sentence is the notice's own change)
    text = "11月7日8时,将胜利小区5号楼由高风险区调整为中风险区。\n"
    assert levels_of(text) == {"medium": ["胜利小区5号楼"]}


@settings(max_examples=40, deadline=None)
@given(names=st.lists(invented_names(_SYL, 2, 3), min_size=5, max_size=5, unique=True))
def test_a_report_s_past_changes_property(names: list[str]) -> None:
    assume(all(_free(n) for n in names) and not any(a != b and a in b for a in names for b in names))
    a, b, c, d, e = (f"{n}苑{k}号楼" for k, n in enumerate(names, 1))
    text = _HISTORY.format(a=a, b=b, c=c, d=d, e=e)
    assert levels_of(text) == {"medium": [a, b], "low": [c, d, e]}


# --- 7. "(四)A街:B村中街东六巷18号、29号,东七巷14号、27号之一,东八巷28号,C中路28号、22号,实行…措施。"

_LANES = ("自2022年11月3日起,我区新增临时管控区域如下:\n二、临时管控区\n(一){item}\n"
          "以上区域范围和管控要求将根据疫情防控形势变化适时调整。\n")


def test_lanes_then_the_road_they_open_on_then_the_measures_are_one_place() -> None:
    text = _LANES.format(item="金桥街:翠湖村中街东六巷18号、29号,东七巷14号、27号之一,东八巷28号,光明中路28号、22号,"
                              "实行“人不出区、错峰取物”等临时管控措施。")
    assert levels_of(text) == {"controlled": [
        "金桥街翠湖村中街东六巷18号、29号,东七巷14号、27号之一,东八巷28号,光明中路28号、22号"]}


def test_lanes_then_the_measures_in_traditional_characters() -> None:
    text = _LANES.format(item="金桥街:翠湖村中街东六巷18号、29号,东七巷14号,实行“人不出区、错峰取物”等临时管控措施。")
    assert levels_of(in_traditional(text)) == {"controlled": ["金桥街翠湖村中街东六巷18号、29号,东七巷14号"]}


def test_lanes_with_an_annex_number_and_full_width_punctuation() -> None:
    text = _LANES.format(item="金桥街:翠湖村中街东六巷18号,东七巷27号之一").translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["金桥街翠湖村中街东六巷18号,东七巷27号之一"]}


def test_two_unrelated_roads_stay_two_places() -> None:
    # (no numbered lane: "渝州路12号,科园一路3号" lists places on two roads)
    text = _LANES.format(item="金桥街:翠湖路12号,光明一路3号,实行“人不出区、错峰取物”等临时管控措施。")
    assert levels_of(text) == {"controlled": ["金桥街翠湖路12号", "金桥街光明一路3号"]}


@settings(max_examples=40, deadline=None)
@given(name=invented_names(_SYL, 2, 3), road=invented_names(_SYL, 2, 2),
       lanes=st.lists(st.sampled_from(["东六巷", "东七巷", "西二巷", "北三巷"]), min_size=1, max_size=3, unique=True),
       numbers=st.lists(st.integers(1, 40), min_size=1, max_size=3, unique=True))
def test_lanes_then_road_property(name: str, road: str, lanes: list[str], numbers: list[int]) -> None:
    assume(_free(name) and _free(road))
    houses = "、".join(f"{n}号" for n in numbers)
    body = f"{name}村中街东五巷1号," + ",".join(f"{lane}{houses}" for lane in lanes) + f",{road}中路8号"
    text = _LANES.format(item=f"金桥街:{body},实行“人不出区、错峰取物”等临时管控措施。")
    assert levels_of(text) == {"controlled": ["金桥街" + body]}
