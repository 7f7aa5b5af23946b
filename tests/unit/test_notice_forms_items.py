"""The "one listed item is one place" family of forms, each in variants written here (invented places in
the wording of the real forms), and properties over generated lists: a boundary description with commas,
a numbered item of house-number addresses, a run of units ending in "以及 + place", the rest of one
village "除封控区以外", and a list whose count or numbering shows it is one place."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import NAME_SYLLABLES, by_level, invented_names

word = invented_names(NAME_SYLLABLES)




# ---------------------------------------------------------------------------------------------------
# form 4: the rest of one village, town or compound "除封控区以外的地区" is a place; the rest of a district
# is a blanket


def test_rest_of_a_village_in_a_numbered_sentence_is_a_place() -> None:
    text = ("关于划定风险区域的公告\n决定自5月3日8时起,将部分区域划定为封控区、管控区和防范区:\n"
            "1.将东兴区江平镇巫头村东街片区(海滨路-沙滩路围合区域)调整为封控区,实行“足不出户”管理。\n"
            "2.将东兴区江平镇巫头村除封控区以外的区域,调整为管控区,实行“人不出区”管理。\n"
            "3.将东兴区辖区内除封控区、管控区以外的地区调整为防范区,实行“强化社会面管控”。\n"
            "东兴区疫情防控指挥部\n2022年5月3日")
    assert by_level(text) == {("sealed", "东兴区"): ["江平镇巫头村东街片区(海滨路-沙滩路围合区域)"],
                              ("controlled", "东兴区"): ["江平镇巫头村除封控区以外的区域"]}


def test_rest_of_a_town_with_two_levels_excluded_and_the_whole_district_dropped() -> None:
    text = ("关于调整风险区域的通告\n一、将临川区罗针镇除封控区、管控区以外的区域调整为防范区。\n"
            "二、将临川区全域除封控区、管控区以外的其他区域调整为防范区。\n特此通告。")
    assert by_level(text) == {("precaution", "临川区"): ["罗针镇除封控区、管控区以外的区域"]}


def test_rest_of_a_compound_in_a_sentence_without_numbering() -> None:
    text = ("关于调整风险区域的通告\n即日起,将青秀区南湖街道翠湖新城小区除高风险区之外的区域调整为中风险区。\n"
            "将青秀区区域内除高风险区、中风险区以外的地区调整为低风险区。\n特此通告。")
    assert by_level(text) == {("medium", "青秀区"): ["南湖街道翠湖新城小区除高风险区之外的区域"]}


@settings(max_examples=40, deadline=None)
@given(town=word, village=word, district=st.sampled_from(["兴宁区", "江南区", "良庆区", "邕宁区"]),
       level=st.sampled_from(["封控区", "高风险区"]), rest=st.sampled_from(["地区", "区域", "其他区域"]))
def test_rest_of_a_named_village_is_kept_the_rest_of_its_district_is_not(
        town: str, village: str, district: str, level: str, rest: str) -> None:
    lower = {"封控区": "管控区", "高风险区": "中风险区"}[level]
    lowest = {"封控区": "防范区", "高风险区": "低风险区"}[level]
    text = (f"关于风险区域的公告\n1.将{district}{town}镇{village}村除{level}以外的{rest},调整为{lower}。\n"
            f"2.将{district}区域内除{level}、{lower}以外的{rest}调整为{lowest}。\n特此公告。")
    found = by_level(text)
    assert list(found.values()) == [[f"{town}镇{village}村除{level}以外的{rest}"]]


def test_rest_of_a_village_as_a_listed_item_under_a_level_heading() -> None:
    text = ("关于划定风险区域的通告\n一、封控区\n①上思县叫安镇那布村北队片区。\n二、管控区\n"
            "①上思县叫安镇那布村除封控区以外的区域。\n三、防范区\n上思县除封控区、管控区以外的区域。\n特此通告。")
    assert by_level(text) == {("sealed", "上思县"): ["叫安镇那布村北队片区"],
                              ("controlled", "上思县"): ["叫安镇那布村除封控区以外的区域"]}


# ---------------------------------------------------------------------------------------------------
# form 1: an area written as its bounds, with commas between the bounds, is one place


def test_bound_run_with_a_road_written_without_its_direction_is_one_place() -> None:
    text = ("桂城区关于调整风险区域的通告\n中风险区\n1.平洲社区东约大街3号。\n低风险区\n"
            "光明路以东、长安大道以南、春晓大道,和平街以西、胜利路以北(除中风险区外)。\n其他地区风险等级不变。")
    area = "光明路以东、长安大道以南、春晓大道,和平街以西、胜利路以北(除中风险区外)"
    assert by_level(text) == {("medium", "桂城区"): ["平洲社区东约大街3号"], ("low", "桂城区"): [area]}


def test_places_written_with_their_bounds_one_per_line() -> None:
    text = ("关于调整风险区域的通告\n一、中风险区\n金华村,东至龙城路,南至春晓街,西至阳光河,北至和平渠。\n"
            "翠锦小区周边,东至泰康路,西至安福路(除高风险区外)。\n二、低风险区\n"
            "新市街:西南段自胜利路(12号)至兴盛路1号,北至长风巷,东南至瑞鑫广场(除中风险区外)。\n特此通告。")
    assert by_level(text) == {
        ("medium", None): ["金华村,东至龙城路,南至春晓街,西至阳光河,北至和平渠",
                           "翠锦小区周边,东至泰康路,西至安福路(除高风险区外)"],
        ("low", None): ["新市街西南段自胜利路(12号)至兴盛路1号,北至长风巷,东南至瑞鑫广场(除中风险区外)"]}


def test_numbered_street_items_written_as_bounds_in_full_width_punctuation() -> None:
    text = ("荔湾区关于新增风险区域的通告\n二、中风险区\n"
            "(一)金花街:东段自康王路(金花小学)至西华路8号,北至华贵一巷,西至荔湾路与华贵路交界处,东自龙津路至西华路12号(除高风险区外)。\n"
            "(二)彩虹街:光复北路以西,荔湾湖以东,中山七路以南,康王路以北区域。\n")
    assert by_level(text) == {("medium", "荔湾区"): [
        "金花街东段自康王路(金花小学)至西华路8号,北至华贵一巷,西至荔湾路与华贵路交界处,东自龙津路至西华路12号(除高风险区外)",
        "彩虹街光复北路以西,荔湾湖以东,中山七路以南,康王路以北区域"]}


NUMBERING = [lambda i: f"{i}.", lambda i: f"({i})", lambda i: "①②③④⑤⑥⑦⑧"[i - 1],
             lambda i: f"({'一二三四五六七八'[i - 1]})", lambda i: f"{'一二三四五六七八'[i - 1]}、", lambda i: f"{i}、"]


@st.composite
def bounds(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A place written with its bounds: "金华村,东至A路,南至B街…"; the bounds in it."""
    head = draw(word) + draw(st.sampled_from(["村", "小区周边", "社区", "工业园"]))
    sides = draw(st.lists(st.sampled_from(["东至", "南至", "西至", "北至", "东南至", "西北至"]),
                          min_size=2, max_size=4, unique=True))
    parts = [side + draw(word) + draw(st.sampled_from(["路", "街", "河", "巷", "大道"])) for side in sides]
    tail = draw(st.sampled_from(["", "(除高风险区外)", "(除封控区外)"]))
    return head + "," + ",".join(parts) + tail, parts


@settings(max_examples=60, deadline=None)
@given(items=st.lists(bounds(), min_size=1, max_size=6), style=st.sampled_from(NUMBERING),
       street=st.sampled_from(["", "金华街道:", "龙城镇:"]), full_width=st.booleans())
def test_numbered_bound_descriptions_give_one_place_each(
        items: list[tuple[str, list[str]]], style, street: str, full_width: bool) -> None:  # noqa: ANN001
    lines = [f"{style(i)}{street}{text}。" for i, (text, _parts) in enumerate(items, 1)]
    body = "\n".join(lines)
    if full_width:
        body = body.replace(",", ",").replace(":", ":").replace("(", "(").replace(")", ")")
    text = f"关于划定风险区域的通告\n一、中风险区\n{body}\n特此通告。"
    places = [p for ps in by_level(text).values() for p in ps]
    assert len(places) == len(items)
    for place, (_text, parts) in zip(places, items, strict=True):
        assert all(part in place for part in parts)
        assert street.rstrip(":") in place


# ---------------------------------------------------------------------------------------------------
# form 2: a numbered item under a street's label whose pieces between commas are house numbers on streets
# and lanes is one block; pieces with names of their own are places of their own


def test_numbered_items_of_house_numbers_under_a_street_label() -> None:
    text = ("番禺区关于新增风险区域的通告\n一、高风险区\n(一)石碁镇:大岭村东兴二街4、6号,东兴二街一巷1、4号。\n"
            "(二)石碁镇:大岭村西约七巷2号、3号、6号,大岭北街一巷1号。\n"
            "(三)钟村街:谢村南街东一巷1、3号,谢村南街西35号,谢村南街二巷1号。\n特此通告。")
    assert by_level(text) == {("high", "番禺区"): [
        "石碁镇大岭村东兴二街4、6号,东兴二街一巷1、4号", "石碁镇大岭村西约七巷2号、3号、6号,大岭北街一巷1号",
        "钟村街谢村南街东一巷1、3号,谢村南街西35号,谢村南街二巷1号"]}


def test_numbered_items_naming_compounds_under_a_street_label_stay_several_places() -> None:
    text = ("关于调整疫情风险区的通告\n将渝北区部分风险区调降为低风险区,具体如下:\n"
            "1.龙溪街道:金华小区金龙路15号,春晓村2号;\n2.回兴街道:翠湖苑3栋,锦绣花园,长安大街8号。\n"
            "3.双龙湖街道:龙城路12号,泰康一路3号。\n")
    assert by_level(text) == {("low", "渝北区"): [
        "龙溪街道金华小区金龙路15号", "龙溪街道春晓村2号", "回兴街道翠湖苑3栋", "回兴街道锦绣花园",
        "回兴街道长安大街8号", "双龙湖街道龙城路12号", "双龙湖街道泰康一路3号"]}


@st.composite
def house_run(draw: st.DrawFn) -> str:
    """House numbers on one street and its lanes: "A村B街4、6号,B街一巷1、4号"."""
    street = draw(word) + draw(st.sampled_from(["街", "路", "大街"]))
    first = draw(word) + "村" + street + "、".join(map(str, sorted(draw(st.sets(st.integers(1, 60), min_size=1,
                                                                                       max_size=3))))) + "号"
    lanes = [draw(st.sampled_from([street, ""])) + draw(st.sampled_from(["一巷", "二巷", "十二巷"]))
             + str(draw(st.integers(1, 40))) + draw(st.sampled_from(["号", "号楼"]))
             for _ in range(draw(st.integers(1, 3)))]
    if draw(st.booleans()):
        lanes.append(street + draw(st.sampled_from(["西", "东"])) + str(draw(st.integers(1, 40))) + "号")
    return ",".join([first, *lanes])


@settings(max_examples=60, deadline=None)
@given(items=st.lists(house_run(), min_size=1, max_size=6), style=st.sampled_from(NUMBERING),
       street=st.sampled_from(["江高镇", "新市街", "石井街道"]))
def test_numbered_house_runs_under_a_street_label_give_one_place_each(items: list[str], style, street: str) -> None:  # noqa: ANN001
    body = "\n".join(f"{style(i)}{street}:{item}。" for i, item in enumerate(items, 1))
    text = f"白云区关于新增风险区域的通告\n一、高风险区\n{body}\n二、中风险区\n(一){street}:龙城小区。\n特此通告。"
    assert by_level(text)[("high", "白云区")] == [street + item for item in items]


# ---------------------------------------------------------------------------------------------------
# form 3: a run of units ending in "以及 + place (exclusion)" is one place


def test_run_of_units_and_a_place_added_with_yiji() -> None:
    text = ("关于新增风险区域的通告\n二、中风险区\n(一)太和镇:谢家庄村2队、6队、9队以及龙城山庄(除高风险区域外)。\n"
            "(二)人和镇:金华小区1号楼、2号楼及周边商铺。\n(三)钟落潭镇:春晓苑。\n")
    assert by_level(text) == {("medium", None): ["太和镇谢家庄村2队、6队、9队以及龙城山庄(除高风险区域外)",
                                                 "人和镇金华小区1号楼、2号楼及周边商铺", "钟落潭镇春晓苑"]}


# ---------------------------------------------------------------------------------------------------
# form 5: a list inside one item is one place when its count says so, or when the pieces after 、 are bare
# parts of the first (buildings, units, 组, ranges, ordinals)


def test_count_of_one_keeps_a_list_of_ranges_one_place() -> None:
    text = ("关于调整中高风险区的通告\n二、中风险区调整为低风险区(共3个)\n"
            "(一)南明区(1个):金华花园二期C1-C3、E-G栋、8-9栋区域。\n"
            "(二)观山湖区(2个):龙城村二组、三组,春晓路12号。\n贵阳市疫情防控指挥部\n2022年10月01日")
    assert by_level(text) == {("low", "南明区"): ["金华花园二期C1-C3、E-G栋、8-9栋区域"],
                              ("low", "观山湖区"): ["龙城村二组、三组", "春晓路12号"]}
    assert parse_notice(text)["warnings"] == []


def test_ordinals_and_groups_joined_by_a_pause_mark() -> None:
    text = ("关于划定风险区的公告\n封控区3个:\n1.纳金街道塔玛社区第二、五安居园片区;\n2.纳金街道塔玛村3组、5组;\n"
            "3.娘热街道金华社区片区。\n")
    assert [p for ps in by_level(text).values() for p in ps] == [
        "纳金街道塔玛社区第二、五安居园片区", "纳金街道塔玛村3组、5组", "娘热街道金华社区片区"]


@settings(max_examples=60, deadline=None)
@given(village=word, groups=st.lists(st.integers(1, 12), min_size=2, max_size=5, unique=True),
       kind=st.sampled_from(["组", "队"]), count_stated=st.booleans())
def test_a_village_with_its_groups_is_one_place(village: str, groups: list[int], kind: str,
                                                count_stated: bool) -> None:
    listed = f"{village}村" + "、".join(f"{g}{kind}" for g in groups)
    count = "(1个)" if count_stated else ""
    text = f"关于新增高风险区的通告\n新增高风险区1个:\n叶城县{count}:\n(一)阿克塔什镇{listed}\n"
    assert [p for ps in by_level(text).values() for p in ps] == [f"阿克塔什镇{listed}"]


def test_total_equal_to_the_numbered_items_makes_each_item_one_place() -> None:
    text = ("关于新增高风险区的通告\n即日起新增以下高风险区:\n一、高风险区(3个)\n1.金华小区1号楼、春晓苑\n"
            "2.龙城路12号、14号院\n3.锦绣花园\n二、低风险区\n泰康小区、安福苑\n特此通告。")
    assert by_level(text) == {("high", None): ["金华小区1号楼、春晓苑", "龙城路12号、14号院", "锦绣花园"],
                              ("low", None): ["泰康小区", "安福苑"]}


def test_group_counts_equal_to_numbered_items_under_district_headings() -> None:
    text = ("新增高风险区具体名单如下:\n一、莎车县2个\n(一)莎车镇金华小区东区、西区商铺\n(二)城东街道龙城市场\n"
            "二、叶城县1个\n(一)喀格勒克镇春晓村、安福村\n")
    assert by_level(text) == {("high", "莎车县"): ["莎车镇金华小区东区、西区商铺", "城东街道龙城市场"],
                              ("high", "叶城县"): ["喀格勒克镇春晓村、安福村"]}


compound = st.tuples(word, st.sampled_from(["小区", "苑", "花园", "家园", "公寓"])).map("".join)


@settings(max_examples=60, deadline=None)
@given(items=st.lists(st.lists(compound, min_size=1, max_size=3, unique=True).map("、".join), min_size=1,
                      max_size=6, unique=True),
       style=st.sampled_from(NUMBERING), level=st.sampled_from(["高风险区", "封控区", "中风险区"]))
def test_a_stated_total_equal_to_the_items_reads_each_item_as_one_place(items: list[str], style,  # noqa: ANN001
                                                                        level: str) -> None:
    body = "\n".join(f"{style(i)}{item};" for i, item in enumerate(items, 1))
    text = f"关于划定风险区域的通告\n一、{level}({len(items)}个)\n{body}\n特此通告。"
    assert [p for ps in by_level(text).values() for p in ps] == items


def test_rest_of_a_village_with_levels_written_short_and_blankets_of_cities_and_districts() -> None:
    text = ("关于调整风险区域的通告\n将那坡镇龙合村除封控、管控区以外的区域调整为防范区。\n"
            "将百色市右江区除高、中风险区以外的其他区域调整为低风险区。\n"
            "将田阳区和田东县除封控区、管控区以外的地区调整为防范区。\n"
            "将德保县行政区域内除封控区以外的地区调整为防范区。\n特此通告。")
    assert [p for ps in by_level(text).values() for p in ps] == ["那坡镇龙合村除封控、管控区以外的区域"]


def test_units_written_with_chinese_numerals_and_a_place_added_with_he() -> None:
    text = ("关于新增风险区域的通告\n一、中风险区\n1、龙城镇:春晓村一组、二组\n2、太和镇:谢家庄村2队、6队和龙城山庄\n"
            "②翠锦小区3栋、5栋区域\n特此通告。")
    assert [p for ps in by_level(text).values() for p in ps] == [
        "龙城镇春晓村一组、二组", "太和镇谢家庄村2队、6队和龙城山庄", "翠锦小区3栋、5栋区域"]


def test_bounds_with_commas_inside_a_sentence_are_one_place() -> None:
    text = ("关于调整风险区域的通告\n"
            "一、将光明路以东、长安大道以南、春晓大道,和平街以西、胜利路以北(除中风险区外)调整为低风险区。\n"
            "二、将顺德区桂城街道金华村,东至龙城路,南至春晓街,西至阳光河调整为中风险区。\n特此通告。")
    assert by_level(text) == {
        ("low", None): ["光明路以东、长安大道以南、春晓大道,和平街以西、胜利路以北(除中风险区外)"],
        ("medium", "顺德区"): ["桂城街道金华村,东至龙城路,南至春晓街,西至阳光河"]}


@settings(max_examples=60, deadline=None)
@given(area=bounds(), others=st.lists(compound, min_size=1, max_size=3, unique=True), first=st.booleans())
def test_a_sentence_listing_an_area_with_bounds_among_compounds(area: tuple[str, list[str]], others: list[str],
                                                                 first: bool) -> None:
    listed = [area[0], *others] if first else [*others, area[0]]
    text = f"关于调整风险区域的通告\n即日起,将{'、'.join(listed)}调整为中风险区。\n特此通告。"
    assert [p for ps in by_level(text).values() for p in ps] == listed


def test_items_numbered_like_parts_with_their_content_on_the_line() -> None:
    text = ("荔湾区关于新增风险区域的通告\n新增以下高风险区:\n一、东漖街:龙溪村东约大街4、6号,东约大街一巷1、4号。\n"
            "二、海龙街:西南段自龙溪大道至芳村大道1号,北至花地河,东南至金华广场(除高风险区外)。\n三、茶滘街:春晓苑\n特此通告。")
    assert by_level(text) == {("high", "荔湾区"): [
        "东漖街龙溪村东约大街4、6号,东约大街一巷1、4号",
        "海龙街西南段自龙溪大道至芳村大道1号,北至花地河,东南至金华广场(除高风险区外)", "茶滘街春晓苑"]}


@st.composite
def bound_run(draw: st.DrawFn) -> str:
    """ "A路以东、B大道以南、C大道,D街以西、E街以北(除中风险区外)": roads with their directions, one in the middle
    maybe without."""
    sides = draw(st.lists(st.sampled_from(["以东", "以西", "以南", "以北"]), min_size=3, max_size=5))
    # (roads of other names: a bound run written five times over is a copy's repeat, not an area's bounds)
    names = draw(st.lists(word, min_size=len(sides), max_size=len(sides), unique=True))
    roads = [name + draw(st.sampled_from(["路", "大道", "街"])) for name in names]
    parts = [road + side for road, side in zip(roads, sides, strict=True)]
    if draw(st.booleans()):
        parts[len(parts) // 2] = roads[len(parts) // 2]
    seps = [draw(st.sampled_from(["、", ","])) for _ in parts[1:]]
    text = parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:], strict=True))
    return text + draw(st.sampled_from(["", "区域", "(除中风险区外)", "(除高风险区外)"]))


@settings(max_examples=60, deadline=None)
@given(runs=st.lists(bound_run(), min_size=1, max_size=5, unique=True))
def test_bound_runs_one_per_line_give_one_place_each(runs: list[str]) -> None:
    body = "\n".join(f"{run}。" for run in runs)
    text = f"南海区关于调整风险区域的通告\n低风险区\n{body}\n其他地区风险等级不变。"
    assert by_level(text) == {("low", "南海区"): runs}


def test_groups_and_buildings_with_a_generic_ending_are_parts_of_one_place() -> None:
    text = ("新增高风险区具体名单如下:\n(一)莎车镇金华社区1组平房区、2组平房区\n(二)莎车镇春晓社区1组、2组、3组平房区\n"
            "(三)龙城小区、春晓苑\n")
    assert [p for ps in by_level(text).values() for p in ps] == [
        "莎车镇金华社区1组平房区、2组平房区", "莎车镇春晓社区1组、2组、3组平房区", "龙城小区", "春晓苑"]


def test_house_runs_after_a_label_naming_district_and_street() -> None:
    text = ("关于新增风险区域的通告\n一、高风险区\n(一)天河区棠下街:棠东村东兴二街4、6号,东兴二街一巷1、4号。\n"
            "(二)海珠区凤阳街:康乐村西约七巷2号、3号,康乐北街一巷1号。\n")
    assert by_level(text) == {("high", "天河区"): ["棠下街棠东村东兴二街4、6号,东兴二街一巷1、4号"],
                              ("high", "海珠区"): ["凤阳街康乐村西约七巷2号、3号,康乐北街一巷1号"]}


def test_one_bound_ending_three_items_is_no_phrase_a_site_inserted() -> None:
    # "…南至华金路。" "…西至华金路。" "…北至华金路。": the same road bounds three areas on three sides; the same
    # words after three different characters are no spam phrase (found by the property test above)
    text = ("关于划定风险区域的通告\n一、中风险区\n1.金金村,东至金金路,南至华金路。\n2.银银村,东至银银路,西至华金路。\n"
            "3.铜铜村,东至铜铜路,北至华金路。\n特此通告。")
    assert by_level(text) == {("medium", None): ["金金村,东至金金路,南至华金路", "银银村,东至银银路,西至华金路",
                                                 "铜铜村,东至铜铜路,北至华金路"]}


@pytest.mark.parametrize("tail", ["区域", "片区", "以东", ""])
def test_areas_by_their_bounds_ending_alike_on_several_lines_are_no_inserted_phrase(tail: str) -> None:
    # (a site's phrase repeated at the end of lines is taken off; "…路以东区域" on three lines is three areas' ends)
    runs = [f"人民路以北、解放路以东、和平路以东{tail}", f"人民路以北、建设路以南、新华路以东{tail}",
            f"胜利路以北、人民路以东、长江路以东{tail}"]
    body = "\n".join(f"{run}。" for run in runs)
    text = f"高新区关于调整风险区域的通告\n低风险区\n{body}\n其他地区风险等级不变。"
    assert by_level(text) == {("low", "高新区"): runs}


@pytest.mark.parametrize("rest", ["院(1号楼、2号楼除外)", "院", "院(含商铺)"])
def test_a_house_number_broken_before_its_院_under_district_lines_is_one_place(rest: str) -> None:
    # (every district a line of its own: a last line that is a whole place is an item of its own, but 院 alone
    # is the end of the "…10号院" a newspaper broke)
    text = (f"一、新增高风险区\n小店区:春晓小区。\n迎泽区:明月小区,翠苑1号楼。\n"
            f"杏花岭区:锦绣小区10号楼,锦绣小区11号楼,金桥小区10号\n\n{rest}。")
    assert by_level(text)[("high", "杏花岭区")] == ["锦绣小区10号楼", "锦绣小区11号楼", f"金桥小区10号{rest}"]
