"""Forms of notices from a county's 2022 lists: a site's running-page headline that names the district (after its
city, maybe after a bare year) then the zones' names ("2022甲市乙县封控区、管控区、防范区最新消息"), over a lead that
names none; "二、中风险区。无新增。" (无 / 暂无 with 新增, 调整…), a level that gains no place;
"除中高风险以外的全县区域" under the low level, the district's rest with two levels written together, no place;
and a list separated by ";" whose items are areas given by their bounds, a grid then its bounds ("A网格,东至B,
西至C…") or bounds whose names are long, each item one place with its commas. Each form in variants written here
(other districts, wording, full-width punctuation, traditional characters), a property over generated parts, and
what is no such form."""

from __future__ import annotations

from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    PROVINCES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

# (city, county-level division) pairs of the divisions' list, the county written with its kind (县, 市)
_PAIRS = sorted((city, county) for line in (Path(__file__).resolve().parents[2] / "src" / "fangkong" / "areas"
                                            / "divisions.tsv").read_text(encoding="utf-8").splitlines()
                if "\t" in line and (city := line.split("\t")[0]) and len(city) == 2
                and len(county := line.split("\t")[1]) == 3 and county[-1] in "县市"
                and county[:2] not in PREFECTURE_CITIES and county[:2] not in PROVINCES)


def _sealed_update(headline: str) -> str:
    return (f"{headline}\n  更新时间:3月14日\n"
            "  为进一步加强疫情防控工作,经专家组综合研判,现将增加的封控区、管控区划定情况通告如下:\n  一、封控区\n"
            "  增加松林镇金桃小区2号楼1单元、星峰小区3号楼1单元为封控区。封控区内实行足不出户。\n  二、管控区\n"
            "  增加松林镇金桃小区2号楼、星峰小区3号楼为管控区。管控区内人员不出管控区域。")


_SEALED = ["松林镇金桃小区2号楼1单元", "星峰小区3号楼1单元"]
_CONTROLLED = ["松林镇金桃小区2号楼", "星峰小区3号楼"]


# --- a running page's headline: the district, then the zones' names -------------------------------------------

def test_headline_with_a_bare_year_city_and_county_level_city() -> None:
    text = _sealed_update("2022保定涿州市封控区、管控区、防范区最新消息")
    assert by_level(text) == {("sealed", "涿州市"): _SEALED, ("controlled", "涿州市"): _CONTROLLED}


def test_headline_without_year_zones_joined_by_he() -> None:
    text = _sealed_update("嘉兴海宁市封控区和管控区最新消息")
    assert by_level(text) == {("sealed", "海宁市"): _SEALED, ("controlled", "海宁市"): _CONTROLLED}


def test_headline_in_traditional_characters_with_full_width_punctuation() -> None:
    text = in_traditional(_sealed_update("2022年宁德古田县封控区、管控区、重点防范区最新消息")).translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "古田县"): _SEALED, ("controlled", "古田县"): _CONTROLLED}


def test_headlines_without_the_zones_or_a_division_name_no_district() -> None:
    # (the district then no zones' names; a compound, no division, before them; one zone alone)
    for headline in ("2022保定涿州市最新消息", "2022金桃小区封控区、管控区最新消息", "2022保定涿州市封控区最新消息"):
        assert by_level(_sealed_update(headline)) == {("sealed", None): _SEALED, ("controlled", None): _CONTROLLED}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_PAIRS), st.sampled_from(["", "2022", "2022年"]), st.booleans(),
       st.sampled_from(["封控区、管控区、防范区", "封控区、管控区", "管控区和防范区", "封控区、管控区、重点防范区"]),
       st.sampled_from(["最新消息", "最新通知", "范围"]), st.booleans())
def test_any_county_in_a_zones_headline_is_the_district(pair: tuple[str, str], year: str, with_city: bool,
                                                       zones: str, tail: str, full: bool) -> None:
    city, county = pair
    text = _sealed_update(f"{year}{city if with_city else ''}{county}{zones}{tail}")
    got = by_level(text.translate(HALF_TO_FULL) if full else text)
    assert got == {("sealed", county): _SEALED, ("controlled", county): _CONTROLLED}


# --- a level that gains no place: 无新增 -------------------------------------------------------------------------

def _added(medium: str) -> str:
    return ("关于新增风险区的通告\n甲县应对新冠肺炎疫情工作领导小组通告:\n一、高风险区。金桃路12号;星峰小区3号楼。\n"
            f"{medium}\n三、低风险区。中高风险区以外区域属于低风险区。")


def test_no_new_medium_area() -> None:
    assert levels_of(_added("二、中风险区。无新增。")) == {"high": ["金桃路12号", "星峰小区3号楼"]}


def test_no_new_area_yet_in_traditional_characters() -> None:
    assert levels_of(in_traditional(_added("二、中风险区。暂无新增。"))) == {"high": ["金桃路12号", "星峰小区3号楼"]}


def test_no_change_after_a_full_width_colon() -> None:
    text = _added("二、中风险区:无调整。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["金桃路12号", "星峰小区3号楼"]}


def test_a_place_that_starts_with_wu_is_still_a_place() -> None:
    assert levels_of(_added("二、中风险区。无锡路12号。")) == {"high": ["金桃路12号", "星峰小区3号楼"],
                                                         "medium": ["无锡路12号"]}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["二、中风险区", "二、中风险地区", "(二)中风险区", "二、管控区"]), st.sampled_from(["。", ":"]),
       st.sampled_from(["无", "暂无", "尚无", "没有"]), st.sampled_from(["新增", "调整", "变化", "新划定"]),
       st.booleans(), st.booleans())
def test_any_level_without_new_places_reads_none(label: str, sep: str, no: str, new: str, trad: bool,
                                                 full: bool) -> None:
    text = _added(f"{label}{sep}{no}{new}。")
    text = in_traditional(text) if trad else text
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {"high": ["金桃路12号", "星峰小区3号楼"]}


# --- the district's rest under the low level, two levels written together -------------------------------------

def _rest(low: str) -> str:
    return f"关于划定风险区的通告\n一、高风险区。将金桃路12号;星峰小区3号楼划定为高风险区。\n二、低风险区。{low}。"


def test_rest_of_the_county_but_the_medium_and_high() -> None:
    assert levels_of(_rest("除中高风险以外的全县区域")) == {"high": ["金桃路12号", "星峰小区3号楼"]}


def test_rest_of_the_city_high_first_in_traditional_characters() -> None:
    assert levels_of(in_traditional(_rest("除高中风险以外的全市区域"))) == {"high": ["金桃路12号", "星峰小区3号楼"]}


def test_rest_with_qu_and_full_width_punctuation() -> None:
    text = _rest("除中高风险区以外的全县区域").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["金桃路12号", "星峰小区3号楼"]}


def test_a_towns_rest_is_still_a_place() -> None:
    assert levels_of(_rest("除中高风险区以外松林镇其他区域")) == {"high": ["金桃路12号", "星峰小区3号楼"],
                                                           "low": ["除中高风险区以外松林镇其他区域"]}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["中高", "高中"]), st.sampled_from(["", "区", "地区"]), st.sampled_from(["以外", "之外", "外"]),
       st.sampled_from(["全县", "全市", "全区"]), st.sampled_from(["区域", "范围", "其他区域"]), st.booleans(),
       st.booleans())
def test_any_rest_but_two_levels_is_no_place(levels: str, kind: str, outside: str, whole: str, area: str,
                                            trad: bool, full: bool) -> None:
    text = _rest(f"除{levels}风险{kind}{outside}的{whole}{area}")
    text = in_traditional(text) if trad else text
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {"high": ["金桃路12号", "星峰小区3号楼"]}


# --- a ";" list of areas given by their bounds ------------------------------------------------------------------

_GRID = "金湾街道星峰里第三网格,东至金湾街道春晓新村,西至金湾街道丽泽弄,北至金湾街道长风路,南至金湾街道星峰里12号"
_LONG = "北至金湾街道翠锦花园步行街东侧上弄,南至金湾街道胜利路,东至金湾街道福瑞路,西至金湾街道文化广场对面小路"


def _bounded(items: list[str]) -> str:
    return f"关于划定风险区的通告\n二、中风险区。将{';'.join(items)}划定为中风险区。"


def test_grid_then_its_bounds_and_long_bounds_each_one_place() -> None:
    items = [_LONG, "金湾街道鑫汇花园小区", _GRID]
    assert levels_of(_bounded(items)) == {"medium": items}


def test_bounded_items_in_traditional_characters_with_full_width_punctuation() -> None:
    text = in_traditional(_bounded([_GRID, "金湾街道鑫汇花园小区", _LONG])).translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": [_GRID, "金湾街道鑫汇花园小区", _LONG]}  # (read back in simplified)


def test_bounded_items_after_a_short_bounded_one() -> None:
    short = "东至金湾街道西山,北至金湾街道变电站,西南至金湾街道长风寺"
    assert levels_of(_bounded([short, _GRID, _LONG])) == {"medium": [short, _GRID, _LONG]}


def test_a_place_between_roads_then_its_buildings_is_unchanged() -> None:
    # (no bound: a piece located by its roads, then what lies there, as read before)
    text = _bounded(["金桃路与星峰路之间,松林路两侧沿街商住楼", "鑫汇花园小区"])
    assert levels_of(text) == {"medium": ["金桃路与星峰路之间,松林路两侧沿街商住楼", "鑫汇花园小区"]}


@settings(max_examples=60, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES, 2, 9), min_size=4, max_size=4),
       st.sampled_from(["第三网格", "第十二网格", "A区"]), st.sampled_from(["路", "弄", "巷", "街"]),
       st.permutations(["东", "西", "南", "北"]), st.booleans())
def test_any_grid_with_its_bounds_in_a_semicolon_list_is_one_place(names: list[str], grid: str, road: str,
                                                                  sides: list[str], full: bool) -> None:
    assume(len(set(names)) == 4)
    assume(not any(n.startswith(p) for n in names for p in (*PREFECTURE_CITIES, *PROVINCES)))
    bounded = "星峰里" + grid + "".join(f",{side}至{name}{road}" for side, name in zip(sides, names, strict=True))
    text = _bounded(["鑫汇花园小区", bounded, "金桃路12号"])
    got = levels_of(text.translate(HALF_TO_FULL) if full else text)
    assert got == {"medium": ["鑫汇花园小区", bounded, "金桃路12号"]}
