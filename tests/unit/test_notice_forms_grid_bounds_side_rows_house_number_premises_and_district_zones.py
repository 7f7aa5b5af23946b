"""Forms of places whose parts a list separator joins into one area: a numbered item that names two grids by their
numbers joined with 、 ("A社区第9、10网格部分区域:北起B巷,西接C巷至D巷,南至E路,东至F路合围区域"), its bounds after
commas, a side written 接 ("adjoins") as 至; a house and the rows around it, each by its side and count after 及其
("A村676号及其南3排、北3排、西6排、东2户(…)区域"); house numbers on roads listed with 、, the last with 的 and the
premises standing on them ("A路1号、B路523-689号的单数临街店铺、建筑物"); and, in a list written by districts, a
development zone named after the district before it ("城阳区A街道B号,城阳高新区C路D号"), a zone inside that district,
no district of its own. Each form in variants written here (other cities, wording, full-width punctuation,
traditional characters), a property over generated names, and near-misses that are no such form."""

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
)

_DIVISIONS = [line.split("\t") for line in (Path(__file__).resolve().parents[2] / "src" / "fangkong" / "areas"
                                            / "divisions.tsv").read_text(encoding="utf-8").splitlines()
              if line.count("\t") >= 1 and not line.startswith("#")]
_KNOWN = frozenset(row[1] for row in _DIVISIONS)
# (city, district) pairs whose district is written with 区 after a two-character name, and whose 高新区 is no
# known division (a zone of that name lies inside the district)
_DISTRICT_PAIRS = sorted((row[0], row[1]) for row in _DIVISIONS
                         if len(row[1]) == 3 and row[1].endswith("区") and f"{row[1][:2]}高新区" not in _KNOWN
                         and row[1][:2] not in PREFECTURE_CITIES and not row[1].startswith(PROVINCES))


def _plain(name: str) -> bool:
    return name[:2] not in PREFECTURE_CITIES and not name.startswith(PROVINCES)


def _districts_list(body: str) -> str:
    return ("关于调整部分区域风险等级的通告\n根据有关规定,经综合研判,决定自2022年12月2日15时起,将以下4个区域划为"
            f"高风险区:市南区八大峡街道团岛路12号;{body};胶州市阜安街道广州北路8号。")


# --- grids numbered with 、, then their bounds (a side written 接) ----------------------------------------------------

def _grid_items(item: str, county: str = "凭祥市") -> str:
    return (f"{county}疫情防控指挥部通告\n一、高风险区\n将以下区域划为高风险区:\n1.南山社区第1网格;\n2.{item};\n"
            "3.夏石村。\n高风险区实行封控措施。")


_GRID = "南山社区第3、5网格部分区域:北起友谊路二巷,西接友谊路四巷至北环路,南至凭祥大道,东至南大路接北大路合围区域"


def test_two_grids_numbered_with_dun_then_bounds_one_with_jie() -> None:
    assert by_level(_grid_items(_GRID)) == {("high", "凭祥市"): ["南山社区第1网格", _GRID, "夏石村"]}


def test_grids_by_chinese_numbers_and_an_east_side_written_jie() -> None:
    item = "南山社区第十一、十二网格部分区域:北起友谊路二巷,东接南大路,南至凭祥大道,西至北环路"
    assert by_level(_grid_items(item)) == {("high", "凭祥市"): ["南山社区第1网格", item, "夏石村"]}


def test_grid_bounds_in_another_county_with_full_width_punctuation() -> None:
    item = "城北社区第2、4网格部分区域:北起建设路,西接胜利街至人民路,南至滨江路,东至解放路合围区域"
    text = _grid_items(item, "靖西市").translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "靖西市"): ["南山社区第1网格", item, "夏石村"]}


def test_grid_bounds_in_traditional_characters() -> None:
    text = in_traditional(_grid_items(_GRID)).translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "凭祥市"): ["南山社区第1网格", _GRID, "夏石村"]}


def test_grids_numbered_with_dun_without_bounds_stay_one_place_each_item() -> None:
    # (near-miss: no bounds after the grids; each item one place, no bounds joined across the items)
    assert by_level(_grid_items("南山社区第3、5网格")) == {("high", "凭祥市"): ["南山社区第1网格", "南山社区第3、5网格",
                                                                        "夏石村"]}


def test_jie_starting_a_name_after_a_place_is_no_bound() -> None:
    # (near-miss: "西接待站", a west reception station, after a place, no side written 至 after it: two places;
    # a grids' place and another listed with 、, no bounds)
    text = _districts_list("崂山区沙子口街道晓望村3号,西接待站2号楼")
    assert by_level(text)[("high", "崂山区")] == ["沙子口街道晓望村3号", "西接待站2号楼"]
    text = _grid_items("南山社区第3、5网格、北门街道东接村")
    assert by_level(text) == {("high", "凭祥市"): ["南山社区第1网格", "南山社区第3、5网格", "北门街道东接村", "夏石村"]}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.integers(1, 9), st.integers(10, 19), st.sampled_from(["西接", "西至"]), st.booleans())
def test_any_grids_with_bounds_are_one_area(community: str, road: str, street: str, first: int, second: int,
                                            side: str, full: bool) -> None:
    assume(_plain(community) and _plain(road) and _plain(street) and road != street)
    item = (f"{community}社区第{first}、{second}网格部分区域:北起{road}路七巷,{side}{road}路五巷至{street}街,"
            f"南至{street}路,东至{road}大道接{street}大道合围区域")
    text = _grid_items(item)
    assert by_level(text.translate(HALF_TO_FULL) if full else text) == {
        ("high", "凭祥市"): ["南山社区第1网格", item, "夏石村"]}


# --- a house and the rows around it by their sides -----------------------------------------------------------------

_ROWS = "沙子口街道西九水村55号及其东2排、西4排、北1排区域"


def test_rows_around_a_house_by_their_sides_one_area() -> None:
    text = _districts_list(f"崂山区{_ROWS},王哥庄街道晓望村3号楼")
    assert by_level(text)[("high", "崂山区")] == [_ROWS, "王哥庄街道晓望村3号楼"]


def test_rows_and_households_with_their_numbers_in_brackets_full_width() -> None:
    rows = "珠山街道南屯村12号及其南2排、北3排、东1户(20-31户,45-52户)区域"
    text = _districts_list(f"黄岛区{rows},薛家岛街道连江路5号").translate(HALF_TO_FULL)
    assert by_level(text)[("high", "黄岛区")] == [rows, "薛家岛街道连江路5号"]


def test_rows_around_a_house_in_traditional_characters() -> None:
    text = in_traditional(_districts_list(f"崂山区{_ROWS},王哥庄街道晓望村3号楼"))
    assert by_level(text)[("high", "崂山区")] == [_ROWS, "王哥庄街道晓望村3号楼"]


def test_side_numbered_places_without_ji_qi_are_places_of_their_own() -> None:
    # (near-misses: a compound's side buildings of two compounds; a village named by a side row after a house; a
    # side building after a comma)
    for body, places in (("崂山区沙子口街道晓望小区北3栋、金华小区南2栋", ["沙子口街道晓望小区北3栋", "金华小区南2栋"]),
                         ("崂山区沙子口街道西九水村55号、北3排村", ["沙子口街道西九水村55号", "北3排村"])):
        assert by_level(_districts_list(body))[("high", "崂山区")] == places


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.integers(1, 999),
       st.lists(st.tuples(st.sampled_from("东南西北"), st.integers(1, 9), st.sampled_from(["排", "户", "栋"])),
                min_size=2, max_size=4, unique_by=lambda r: r[0]), st.booleans())
def test_any_rows_around_a_house_are_one_area(village: str, number: int, rows: list[tuple[str, int, str]],
                                              full: bool) -> None:
    assume(_plain(village))
    place = f"沙子口街道{village}村{number}号及其" + "、".join(f"{d}{n}{k}" for d, n, k in rows) + "区域"
    text = _districts_list(f"崂山区{place},王哥庄街道晓望村3号楼")
    got = by_level(text.translate(HALF_TO_FULL) if full else text)
    assert got[("high", "崂山区")] == [place, "王哥庄街道晓望村3号楼"]


# --- premises standing on house numbers listed with 、 -----------------------------------------------------------

def _sealed_sentence(obj: str, county: str = "新建区") -> str:
    return (f"{county}应急指挥部关于划定风险区域的通知\n自2022年5月6日起,{obj}划为封控区,金桥社区春晓路8巷为封控区。\n"
            f"{county}应急指挥部\n2022年5月6日")


def test_premises_on_two_roads_numbers_kinds_listed_with_dun() -> None:
    place = "望城镇建设路3号、和平路21-45号的单号临街店铺、建筑物"
    assert by_level(_sealed_sentence(place)) == {("sealed", "新建区"): [place, "金桥社区春晓路8巷"]}


def test_premises_on_a_range_written_zhi_kinds_joined_by_ji_full_width() -> None:
    place = "幸福里社区兴国路1号、长征西路523号至689号的单号沿街店面及楼栋"
    text = _sealed_sentence(place, "青山湖区").translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "青山湖区"): [place, "金桥社区春晓路8巷"]}


def test_premises_on_house_numbers_in_traditional_characters() -> None:
    place = "望城镇建设路3号、和平路21-45号的双数沿街门面及楼栋"
    assert by_level(in_traditional(_sealed_sentence(place))) == {("sealed", "新建区"): [place, "金桥社区春晓路8巷"]}


def test_premises_in_a_list_after_a_colon() -> None:
    place = "望城镇建设路3号、和平路21-45号的单数临街店铺、建筑物"
    text = ("新建区应急指挥部关于划定风险区域的通知\n经研判,将以下区域划为封控区:" f"{place},金桥社区春晓路8巷。\n"
            "新建区应急指挥部\n2022年5月6日")
    assert by_level(text) == {("sealed", "新建区"): [place, "金桥社区春晓路8巷"]}


def test_addresses_without_premises_or_a_compounds_own_shops_are_places_of_their_own() -> None:
    # (near-misses: two addresses, no premises written after them; a compound's own shops after an address)
    assert by_level(_sealed_sentence("望城镇建设路3号、和平路21号")) == {
        ("sealed", "新建区"): ["望城镇建设路3号", "和平路21号", "金桥社区春晓路8巷"]}
    assert by_level(_sealed_sentence("望城镇建设路3号、金桥小区的沿街商铺")) == {
        ("sealed", "新建区"): ["望城镇建设路3号", "金桥小区的沿街商铺", "金桥社区春晓路8巷"]}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), st.integers(1, 99), st.integers(100, 300),
       st.sampled_from(["单数", "双号", ""]), st.sampled_from(["临街店铺、建筑物", "沿街门面及楼栋", "沿街商铺"]),
       st.booleans())
def test_any_premises_on_listed_house_numbers_are_one_area(road: str, other: str, number: int, top: int, parity: str,
                                                           kinds: str, full: bool) -> None:
    assume(_plain(road) and _plain(other) and road != other)
    place = f"望城镇{road}路{number}号、{other}路{number + 2}-{top}号的{parity}{kinds}"
    text = _sealed_sentence(place)
    got = by_level(text.translate(HALF_TO_FULL) if full else text)
    assert got == {("sealed", "新建区"): [place, "金桥社区春晓路8巷"]}


# --- a district's own zone in a list by districts ------------------------------------------------------------------

_ZONE_LIST = ("关于调整部分区域风险等级的通告\n根据有关规定,经综合研判,决定自2022年12月2日15时起,将以下4个区域划为"
              "高风险区:市北区宁夏路街道标山路38号;{d}{s}街道书院路8号金华小区2号楼,{zone}九水路66号星峰小区3号楼。"
              "胶州市阜安街道广州北路8号。")


def _zone_list(district: str, zone: str, street: str = "李村") -> str:
    return _ZONE_LIST.format(d=district, s=street, zone=zone)


def test_a_districts_high_tech_zone_stays_in_the_district() -> None:
    got = by_level(_zone_list("李沧区", "李沧高新区"))
    assert got[("high", "李沧区")] == ["李村街道书院路8号金华小区2号楼", "李沧高新区九水路66号星峰小区3号楼"]
    assert ("high", "李沧高新区") not in got


def test_a_districts_development_zone_full_width() -> None:
    got = by_level(_zone_list("黄岛区", "黄岛经开区", "辛安").translate(HALF_TO_FULL))
    assert got[("high", "黄岛区")] == ["辛安街道书院路8号金华小区2号楼", "黄岛经开区九水路66号星峰小区3号楼"]


def test_a_districts_zone_in_traditional_characters() -> None:
    got = by_level(in_traditional(_zone_list("李沧区", "李沧高新区")))
    assert got[("high", "李沧区")] == ["李村街道书院路8号金华小区2号楼", "李沧高新区九水路66号星峰小区3号楼"]


def test_a_zone_of_a_district_once_a_county_stays_in_the_district() -> None:
    # (hypothesis found 三明's 沙县区: the stem "沙县" reads as a county in front of "高新区")
    for district, zone in (("沙县区", "沙县高新区"), ("沙县区", "沙县经开区"), ("长安区", "长安经济技术开发区")):
        got = by_level(_zone_list(district, zone))
        assert got[("high", district)] == ["李村街道书院路8号金华小区2号楼", f"{zone}九水路66号星峰小区3号楼"]


def test_another_district_after_the_comma_is_its_own_district() -> None:
    # (near-miss: a known district of another name after the comma starts its own places)
    got = by_level(_zone_list("李沧区", "崂山区"))
    assert got[("high", "李沧区")] == ["李村街道书院路8号金华小区2号楼"]
    assert got[("high", "崂山区")] == ["九水路66号星峰小区3号楼"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_DISTRICT_PAIRS), st.sampled_from(["高新区", "经开区", "经济技术开发区"]), st.booleans())
def test_any_districts_own_zone_stays_in_it(pair: tuple[str, str], kind: str, full: bool) -> None:
    _city, district = pair
    zone = district[:2] + kind
    assume(zone not in _KNOWN)
    assume(district not in _ZONE_LIST)  # (青岛's 市北区 is the template's own first district: its places run together)
    text = _zone_list(district, zone)
    got = by_level(text.translate(HALF_TO_FULL) if full else text)
    assert got[("high", district)] == ["李村街道书院路8号金华小区2号楼", f"{zone}九水路66号星峰小区3号楼"]
