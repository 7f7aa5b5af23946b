"""Forms of the fifteenth held-out set, each in variants written here (invented places, the wording of the real
forms): a table copied one cell a line with merged cells (the district written once and without its kind, the
count beside a level's first row, "/" for an empty cell), a list followed by "以上区域由X调整为Y" in one sentence,
a signature broken over two lines, a headline's district after its city, numbered sections (片) after 、, the
rest of a district written "…之外的所有区域", a bounded area whose last bound carries its rest, house numbers of one
place going on on the next road, "调整部分高风险区范围" over "A调整为B", towns sharing one area ("A街道、B镇的县城
区域"), lettered building numbers after 、, and clauses of time before the place a lead sentence changes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, by_level, in_traditional, levels_of

NAME = st.text(alphabet=list("青石白河柳岸云溪金桥明月松竹梅兰泉山"), min_size=2, max_size=3)


# ---------------------------------------------------------------------------------------------------
# a table copied one cell a line, merged cells written once

def _cell_table(rows: dict[str, list[str]], header: str = "地区\n镇(街道)\n风险评定\n数量",
                city: str = "绍兴市") -> str:
    cells = ["/\n/\n高风险\n0", "/\n/\n较高风险\n0", "/\n/\n中风险\n0", "/\n/\n较低风险\n0"]
    first = True
    for district, towns in rows.items():
        for k, town in enumerate(towns):
            cells.append("\n".join([*([district] if k == 0 else []), town, "低风险", *(["40"] if first else [])]))
            first = False
    return (f"{city}镇(街道)疫情风险地图\n根据各镇(街道)累计确诊病例数等指标,采用五色法进行风险评估。\n"
            f"全市镇(街道)疫情风险情况为:\n{header}\n" + "\n".join(cells))


def test_a_one_cell_a_line_table_gives_each_town_its_district_written_once() -> None:
    text = _cell_table({"越城": ["塔山街道", "府山街道", "东浦镇"], "柯桥": ["柯桥街道", "安昌镇"],
                        "新昌": ["南明街道"]})
    assert by_level(text) == {("low", "越城区"): ["塔山街道", "府山街道", "东浦镇"],
                              ("low", "柯桥区"): ["柯桥街道", "安昌镇"], ("low", "新昌县"): ["南明街道"]}


def test_a_one_cell_a_line_table_with_its_districts_written_in_full() -> None:
    text = _cell_table({"南浔区": ["练市镇", "双林镇"], "安吉县": ["递铺街道", "孝丰镇"]}, city="湖州市")
    assert by_level(text) == {("low", "南浔区"): ["练市镇", "双林镇"], ("low", "安吉县"): ["递铺街道", "孝丰镇"]}


def test_a_one_cell_a_line_table_in_traditional_characters_with_a_district_column_named_otherwise() -> None:
    text = in_traditional(_cell_table({"诸暨": ["暨阳街道", "店口镇"], "嵊州": ["剡湖街道"]},
                                    header="所属区县\n乡镇\n评估结果\n个数"))
    assert by_level(text) == {("low", "诸暨市"): ["暨阳街道", "店口镇"], ("low", "嵊州市"): ["剡湖街道"]}


def test_a_one_cell_a_line_table_reads_the_levels_of_its_rows() -> None:
    text = ("某市镇(街道)疫情风险情况:\n地区\n镇(街道)\n风险评定\n越城\n塔山街道\n中风险\n府山街道\n低风险\n"
            "柯桥\n安昌镇\n低风险\n某市疫情防控工作领导小组办公室")
    assert by_level(text) == {("medium", "越城区"): ["塔山街道"], ("low", "越城区"): ["府山街道"],
                              ("low", "柯桥区"): ["安昌镇"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(NAME, min_size=1, max_size=4, unique=True), min_size=1, max_size=3))
def test_any_towns_of_a_cell_table_keep_their_districts(groups: list[list[str]]) -> None:
    districts = ["越城", "柯桥", "上虞"][:len(groups)]
    rows = {d: [f"{n}{'镇' if k % 2 else '街道'}" for k, n in enumerate(towns)]
            for d, towns in zip(districts, groups, strict=True)}
    assert by_level(_cell_table(rows)) == {("low", d + "区"): towns for d, towns in rows.items()}


# ---------------------------------------------------------------------------------------------------
# "A、B,以上区域由X调整为Y": the list, then the clause that refers back to it

def test_a_list_then_a_reference_back_to_it_takes_the_level_it_goes_to() -> None:
    text = ("关于调整部分区域风险等级的公告\n一、高风险区调整\n青山县白石镇金桥路8号至20号沿街铺面,"
            "以上区域由高风险区调整为中风险区。\n二、中风险区调整\n青山县明月小区、白石镇农机站,以上区域由中风险区调整为低风险区。")
    assert by_level(text) == {("medium", "青山县"): ["白石镇金桥路8号至20号沿街铺面"],
                              ("low", "青山县"): ["明月小区", "白石镇农机站"]}


def test_a_counted_reference_in_full_width_punctuation() -> None:
    text = ("二、风险区调整\n东城区柳岸花园3栋、云溪家园；西城区松竹苑，"
            "上述3个地点风险等级统一由高风险区调整为低风险区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"low": ["柳岸花园3栋", "云溪家园", "松竹苑"]}


def test_a_reference_back_in_traditional_characters() -> None:
    text = in_traditional("一、中风险区调整\n白河市河滨街道梅园小区、兰亭社区,上述区域由中风险区调整为低风险区。")
    assert by_level(text) == {("low", "白河市"): ["河滨街道梅园小区", "兰亭社区"]}


def test_a_time_before_the_reference_is_no_list() -> None:
    text = ("一、解除管控区名单\n(一)白石镇辖区内管控区:金桥小区、明月小区。\n二、解除后管控措施\n"
            "解除管控后,以上区域转为防范区管理,严格社会面管控。")
    assert levels_of(text) == {"precaution": ["白石镇金桥小区", "白石镇明月小区"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(NAME, min_size=1, max_size=6, unique=True))
def test_any_list_before_a_reference_back(names: list[str]) -> None:
    places = [n + "小区" for n in names]
    text = f"一、高风险区调整\n青山县{'、'.join(places)},以上区域由高风险区调整为中风险区。"
    assert by_level(text) == {("medium", "青山县"): places}


# ---------------------------------------------------------------------------------------------------
# a signature broken over two lines

@pytest.mark.parametrize("office", ["某地区应对新冠肺炎疫情\n工作领导小组办公室", "青山县新冠肺炎疫情防控\n工作指挥部",
                                    "白河市新型冠状病毒肺炎疫情\n防控指挥部"])
def test_a_signature_broken_over_two_lines_ends_the_list(office: str) -> None:
    text = f"中风险区3个:\n1.青山县电梯公寓;\n2.金桥宾馆;\n3.青山县保障小区二区。\n{office}\n2022年8月22日"
    assert levels_of(text) == {"medium": ["电梯公寓", "金桥宾馆", "保障小区二区"]}
    assert levels_of(in_traditional(text)) == {"medium": ["电梯公寓", "金桥宾馆", "保障小区二区"]}


# ---------------------------------------------------------------------------------------------------
# a headline that names the district after its city

@pytest.mark.parametrize(("headline", "district"), [
    ("12月4日6时起重庆开州区部分高风险区调整为低风险区", "开州区"),
    ("12月1日起上海浦东新区部分高风险区调整为低风险区", "浦东新区"),
    ("11月30日起湖北武汉市洪山区部分封控区调整为低风险区", "洪山区"),
    ("重庆渝北区部分中风险区降为低风险区", "渝北区"),
    ("12月4日起四川成都武侯区部分高风险区调整为低风险区", "武侯区"),
    ("11月2日起,重庆市沙坪坝区部分高风险区调整为低风险区", "沙坪坝区"),
])
def test_a_headline_names_the_district_of_the_list(headline: str, district: str) -> None:
    text = (f"{headline}\n\n经研究决定,将部分高风险区调整为低风险区。现通告如下:\n一、高风险区调整为低风险区点位\n"
            "金桥街道明月社区松竹苑1栋;\n云溪街道兰亭社区21号院4栋1单元。\n二、管理措施\n调整后严格执行相关措施。")
    assert by_level(text) == {("low", district): ["金桥街道明月社区松竹苑1栋", "云溪街道兰亭社区21号院4栋1单元"]}


# ---------------------------------------------------------------------------------------------------
# numbered sections (片) after 、

@pytest.mark.parametrize(("written", "place"), [
    ("金桥村委会农业管区一片、十三片、二十片", "金桥村委会农业管区一片、十三片、二十片"),
    ("明月村二片、三片", "明月村二片、三片"),
    ("松竹村1片、3片、12片", "松竹村1片、3片、12片"),
])
def test_numbered_sections_after_a_place_are_that_place(written: str, place: str) -> None:
    text = f"一、中风险区\n白石镇:由原区域金桥行政村连片区域调整为:云溪村陈屋村,{written}。"
    assert levels_of(text) == {"medium": ["白石镇云溪村陈屋村", "白石镇" + place]}


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=29), min_size=1, max_size=5, unique=True))
def test_any_numbered_sections_stay_one_place(numbers: list[int]) -> None:
    words = "一二三四五六七八九"

    def word(n: int) -> str:
        tens, ones = divmod(n, 10)
        return (("" if tens == 1 else words[tens - 1]) + "十" if tens else "") + (words[ones - 1] if ones else "")

    run = "、".join(word(n) + "片" for n in numbers)
    assert levels_of(f"中风险区:金桥村{run};明月小区。") == {"medium": [f"金桥村{run}", "明月小区"]}


# ---------------------------------------------------------------------------------------------------
# the rest of a district written "…之外的所有区域"

@pytest.mark.parametrize("rest", ["青山区除上述中风险区及已公布高、中风险区之外的所有区域。",
                                  "白河县除以上高风险区以外的全部区域。",
                                  "除上述中风险区外的所有地区。"])
def test_the_rest_written_with_all_is_no_place(rest: str) -> None:
    text = f"一、中风险区\n金桥镇:明月村,松竹村。\n二、低风险区\n{rest}\n实行“个人防护、避免聚集”等防范措施。"
    assert levels_of(text) == {"medium": ["金桥镇明月村", "金桥镇松竹村"]}
    assert levels_of(in_traditional(text)) == {"medium": ["金桥镇明月村", "金桥镇松竹村"]}


# ---------------------------------------------------------------------------------------------------
# a bounded area whose last bound carries the rest

@pytest.mark.parametrize("area", [
    "金桥路以东、明月路以南、松竹街以西、铁路货场以北(湖滨村)中除封控区外的其他区域",
    "金桥路以东、明月路以南、松竹街以西、清河路以北除封控区和管控区外的其他区域",
    "云溪大道以西、兰亭路以北、梅园街以东内除封控区以外的区域",
])
def test_a_bounded_area_with_its_rest_is_one_place(area: str) -> None:
    text = f"二、管控区:{area};金桥路以北、云溪路以西的区域(柳岸新村)。"
    assert levels_of(text) == {"controlled": [area, "金桥路以北、云溪路以西的区域(柳岸新村)"]}
    written = area.translate(HALF_TO_FULL)
    assert levels_of(f"二、管控区：{written}。") == {"controlled": [area]}


# ---------------------------------------------------------------------------------------------------
# house numbers of one place going on on the next road

@pytest.mark.parametrize("run", ["金桥老村明月路1号、3号、5号、32号、湖滨路29号",
                                 "柳岸村松竹街2号、4号、梅园巷7号",
                                 "云溪新村兰亭路10号、12-14号、清河路3号"])
def test_house_numbers_going_on_on_the_next_road_are_one_place(run: str) -> None:
    text = f"一、封控区:白石街道通站路3号(某速运中转场);{run}。"
    assert levels_of(text) == {"sealed": ["白石街道通站路3号(某速运中转场)", run]}


def test_places_on_two_roads_without_a_run_stay_two() -> None:
    assert levels_of("一、封控区:明月路1号、湖滨路29号。") == {"sealed": ["明月路1号", "湖滨路29号"]}


# ---------------------------------------------------------------------------------------------------
# "调整部分高风险区范围" over "A调整为B"; "部分高风险区调整为低风险区" over numbered places

@pytest.mark.parametrize("heading", ["一、调整部分高风险区范围", "一、部分高风险区范围调整",
                                     "(一)调整部分高风险区域范围"])
def test_a_narrowed_range_under_a_heading_of_part_of_a_level(heading: str) -> None:
    text = (f"关于调整青山县疫情风险区域的通告\n{heading}\n"
            "1.金桥街道明月路1号、27号等5栋自建房调整为金桥街道明月路27号。\n"
            "2.金桥街道松竹小区4栋自建房调整为金桥街道松竹小区B栋。\n二、部分高风险区调整为低风险区\n"
            "1.金桥街道河滨路16号后面A1-A5、B1-B2、C1-C2楼。\n2.金桥街道兰亭路20号、21号。")
    assert by_level(text) == {("high", "青山县"): ["金桥街道明月路27号", "金桥街道松竹小区B栋"],
                              ("low", "青山县"): ["金桥街道河滨路16号后面A1-A5、B1-B2、C1-C2楼",
                                                 "金桥街道兰亭路20号、21号"]}
    assert by_level(in_traditional(text)) == by_level(text)


@pytest.mark.parametrize("run", ["A1-A5、B1-B2、C1-C2楼", "B3、B4栋", "A1、C2-C6座"])
def test_lettered_building_numbers_after_a_place_are_that_place(run: str) -> None:
    assert levels_of(f"高风险区:明月小区{run};松竹苑。") == {"high": [f"明月小区{run}", "松竹苑"]}


# ---------------------------------------------------------------------------------------------------
# towns sharing one area

@pytest.mark.parametrize("area", ["金桥街道、白石镇的县城区域(除高风险区外)", "金桥镇、白石镇、云溪镇的城区范围",
                                  "金桥街道、白石乡城区范围"])
def test_towns_sharing_one_area_are_one_place(area: str) -> None:
    text = f"三、{area}调整为低风险区。"
    assert levels_of(text) == {"low": [area]}
    assert levels_of(in_traditional(text).translate(HALF_TO_FULL)) == {"low": [area]}


def test_towns_each_with_its_governed_area_are_not_joined() -> None:
    places = levels_of("将金桥乡、白石乡、云溪镇所辖行政区域调整为中风险区。")["medium"]
    assert "金桥乡、白石乡、云溪镇所辖行政区域" not in places and "金桥乡" in places


# ---------------------------------------------------------------------------------------------------
# clauses of time before the place a lead sentence changes

@pytest.mark.parametrize("lead", ["3月3日进行动态评估,相较于3月1日,白石镇由较低风险转为低风险。",
                                  "经3月5日动态评估,与3月3日相比,白石镇由较高风险调整为中风险。",
                                  "3月7日重新评估,較3月5日,白石鎮由较低风险轉為低风险。"])
def test_time_clauses_before_the_changed_town_name_no_place(lead: str) -> None:
    result = parse_notice(lead, default_year=2020)
    places = [p for c in result["changes"] for p in c["places"]]
    assert places == ["白石镇"]
