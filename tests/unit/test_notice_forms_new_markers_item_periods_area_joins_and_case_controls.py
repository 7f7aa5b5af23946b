"""Forms of notices that mark a new item "(新)" after its place, give each item's period of control after a comma
("A小区,临时管控时间自…起,到…结束"), join a bounded area and a place of its own with 及 (以及, 和), end a list with
"…、B和C村部分区域(…)", put a place of its own after a comma inside a numbered item ("A小区1座、10座,B公司宿舍")
and report places where cases were found as already under a temporary control ("A、B等区域也出现阳性感染者,已实施临时
管控"). Each form in variants written here (invented places, the wording of the real forms: other offices, kinds
of place, separators, traditional characters, full-width punctuation), and properties over generated parts."""

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

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- "(新)": the item is new in this notice, no part of the place ----------------------------------------

def test_a_new_marker_after_numbered_items_is_dropped() -> None:
    text = ("一、高风险区(3个)\n1、涧东街道德馨社区金桥小区\n2、涧东街道文华社区春晓酒楼(新)\n"
            "3、会东街道北郊七号(新)\n二、中风险区(1个)\n1、崖东街道斜坡村(新)")
    assert levels_of(text) == {"high": ["涧东街道德馨社区金桥小区", "涧东街道文华社区春晓酒楼", "会东街道北郊七号"],
                               "medium": ["崖东街道斜坡村"]}


def test_a_new_marker_under_district_lines_traditional_full_width() -> None:
    text = in_traditional("高风险地区\n朝阳区:2个\n高碑店乡方家社区(新)\n潘家街道松榆里社区\n").translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "朝阳区"): ["高碑店乡方家社区", "潘家街道松榆里社区"]}


def test_a_new_marker_in_square_brackets_and_other_notes_kept() -> None:
    text = "中风险区:\n1.金华小区5号楼【新】\n2.前进街道社会管理学院(原财校)\n3.师家渠村下横渠村组(含27号院)"
    assert levels_of(text) == {"medium": ["金华小区5号楼", "前进街道社会管理学院(原财校)",
                                          "师家渠村下横渠村组(含27号院)"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=5, unique=True), st.sampled_from(["小区", "花园", "村", "社区"]),
       st.sampled_from(["(新)", "(新)", "(新增)"]))
def test_any_new_marker_is_no_part_of_its_place(names: list[str], kind: str, marker: str) -> None:
    items = "\n".join(f"{i}、东风街道{n}{kind}{marker}" for i, n in enumerate(names, 1))
    assert levels_of(f"一、高风险区({len(names)}个)\n{items}") == {"high": [f"东风街道{n}{kind}" for n in names]}


# --- an item's period of control after a comma ---------------------------------------------------------

def test_an_items_period_from_and_to_after_a_comma_is_dropped() -> None:
    text = ("一、将以下区域确定为防外溢临时管控区\n"
            "(一)秋韵小区,临时管控时间自2022年8月20日6时起,到2022年8月27日6时结束。\n"
            "(二)名邸北院,临时管控时间自2022年8月20日6时起,到2022年8月23日6时结束。\n二、临时管控区时间段内核酸检测")
    assert levels_of(text) == {"controlled": ["秋韵小区", "名邸北院"]}


def test_an_items_period_traditional_full_width_sealed() -> None:
    text = in_traditional("以下区域划定为封控区:\n1.金华家园,封控时间自8月20日0时起,至8月26日24时止。\n"
                          "2.春晓新村,封控期限自8月21日起。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["金华家园", "春晓新村"]}


def test_an_items_period_given_by_its_end_only() -> None:
    text = "以下区域划定为高风险区:\n1.龙湾小区3号楼,管控时间至2022年9月5日24时;\n2.锦绣花园,管控期至9月6日。"
    assert levels_of(text) == {"high": ["龙湾小区3号楼", "锦绣花园"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True), st.sampled_from(["临时管控", "封控", "管控"]),
       st.integers(1, 28), st.sampled_from(["时", "点"]))
def test_any_items_period_is_no_part_of_its_place(names: list[str], kind: str, day: int, hour: str) -> None:
    items = "\n".join(f"({'一二三四'[i]}){n}小区,{kind}时间自2022年8月{day}日6{hour}起,"
                      f"到2022年8月{day + 2}日6{hour}结束。" for i, n in enumerate(names))
    text = f"一、将以下区域确定为临时管控区\n{items}\n二、管控区内停止一切非必要人员流动。"
    assert levels_of(text) == {"controlled": [f"{n}小区" for n in names]}


# --- a bounded area, then 及 (以及, 和) and a place of its own ---------------------------------------------

def test_a_bounded_area_and_estates_after_yiji() -> None:
    text = ("合肥市将以下区域划定为封控区。\n"
            "封控区1:东至金华路、西至春晓路、北至锦绣大道、南至长风路合围区域以及龙湾小区、翠峰小区。")
    assert levels_of(text) == {"sealed": ["东至金华路、西至春晓路、北至锦绣大道、南至长风路合围区域",
                                          "龙湾小区", "翠峰小区"]}


def test_a_bounded_area_and_houses_after_ji_traditional_full_width() -> None:
    text = in_traditional("一、高风险区\n北至伟胜鞋厂、东至华美路、南至就星路(快递门前)、西至太隆河沿河道路合围区域及"
                          "兴洲路53号以南周边住宅,金华镇海腾码头员工宿舍。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["北至伟胜鞋厂、东至华美路、南至就星路(快递门前)、西至太隆河沿河道路合围区域",
                                        "兴洲路53号以南周边住宅", "金华镇海腾码头员工宿舍"]}


def test_a_bounded_area_and_a_village_after_he_but_not_its_surroundings() -> None:
    text = ("一、中风险区\n1.东至龙华路、南至春风街、西至泰安路、北至胜利路围合范围和金峰村\n"
            "2.东至翠湖路、南至锦绣街、西至星光路、北至长风路合围区域及周边")
    assert levels_of(text) == {"medium": ["东至龙华路、南至春风街、西至泰安路、北至胜利路围合范围", "金峰村",
                                          "东至翠湖路、南至锦绣街、西至星光路、北至长风路合围区域及周边"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=4, max_size=4, unique=True), st.lists(name, min_size=1, max_size=3, unique=True),
       st.sampled_from(["及", "以及", "和"]), st.sampled_from(["合围区域", "围合区域", "合围范围"]))
def test_any_bounded_area_then_places_is_split(roads: list[str], estates: list[str], joined: str, word: str) -> None:
    area = f"东至{roads[0]}路、西至{roads[1]}路、北至{roads[2]}大道、南至{roads[3]}路{word}"
    text = f"以下区域划定为封控区:\n封控区1:{area}{joined}{'、'.join(e + '小区' for e in estates)}。"
    assert levels_of(text) == {"sealed": [area, *[e + "小区" for e in estates]]}


# --- "A、B和C村部分区域(…)": the last place a part of a village of its own ---------------------------------

def test_a_final_he_before_a_villages_part_with_its_bounds() -> None:
    text = ("一、临时管控区域为:沁园街道屯军居委会、华新东区、世纪花园、"
            "篮球城和东留村部分区域(济源大道以南、玉川街以北)。\n"
            "二、临时管控区实行封闭管理,人员足不出区。")
    assert levels_of(text) == {"controlled": ["沁园街道屯军居委会", "华新东区", "世纪花园", "篮球城",
                                              "东留村部分区域(济源大道以南、玉川街以北)"]}


def test_a_final_he_before_a_communitys_part_traditional_full_width() -> None:
    text = in_traditional("一、臨時管控區域為:金華苑、春曉城和龍灣社區部分區域(長風路以東、勝利街以西)。"
                          ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["金华苑", "春晓城", "龙湾社区部分区域(长风路以东、胜利街以西)"]}


def test_a_final_he_before_a_compounds_part() -> None:
    text = "将以下区域划定为高风险区:星光里、翠峰城和锦绣小区的部分区域(3号楼至5号楼)。"
    assert levels_of(text) == {"high": ["星光里", "翠峰城", "锦绣小区的部分区域(3号楼至5号楼)"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=3, max_size=3, unique=True), st.sampled_from(["城", "里", "苑", "府"]),
       st.sampled_from(["村", "社区"]))
def test_any_final_he_before_a_part_is_two_places(names: list[str], end: str, kind: str) -> None:
    part = f"东{names[2]}{kind}部分区域(长风路以南、胜利街以北)"  # (not "和兴…": a name 和 may start)
    text = f"一、临时管控区域为:{names[0]}小区、{names[1]}{end}和{part}。\n二、临时管控区实行封闭管理。"
    assert levels_of(text) == {"controlled": [f"{names[0]}小区", f"{names[1]}{end}", part]}


# --- a numbered item: a compound's buildings, then a place named by itself after a comma ------------------

def test_an_items_buildings_then_a_units_housing_after_a_comma() -> None:
    text = ("一、以下区域由高风险区调整为低风险区\n1.亚峰小区15座、27座\n2.亚峰小区1座、10座、22座,省盐业公司宿舍\n"
            "3.鳌港苑1号楼\n以上区域实行“个人防护、避免聚集”等防范措施。")
    assert levels_of(text) == {"low": ["亚峰小区15座、27座", "亚峰小区1座、10座、22座", "省盐业公司宿舍",
                                       "鳌港苑1号楼"]}


def test_an_items_compound_then_a_garden_traditional_full_width() -> None:
    text = in_traditional("一、以下區域劃定為中風險區\n1.金華小區3號樓,龍灣花園\n2.春曉苑").translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["金华小区3号楼", "龙湾花园", "春晓苑"]}


def test_an_items_house_numbers_between_commas_stay_one_place_beside_a_split_item() -> None:
    text = ("一、以下区域划定为高风险区\n1.怀德大街19、21号,二巷2号,三巷2、4号\n2.翠峰小区,翠峰小区东门商铺\n"
            "3.星光小区2座、5座,市粮食局宿舍")
    assert levels_of(text) == {"high": ["怀德大街19、21号,二巷2号,三巷2、4号", "翠峰小区,翠峰小区东门商铺",
                                        "星光小区2座、5座", "市粮食局宿舍"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=2, unique=True), st.lists(st.integers(1, 40), min_size=1, max_size=4,
                                                                      unique=True),
       st.sampled_from(["公司宿舍", "医院家属院", "花园", "大厦"]))
def test_any_buildings_then_a_named_place_is_two(names: list[str], buildings: list[int], kind: str) -> None:
    first = f"{names[0]}小区" + "、".join(f"{b}座" for b in buildings)
    text = f"一、以下区域由高风险区调整为低风险区\n1.{first},省{names[1]}{kind}\n2.星光苑1号楼"
    assert levels_of(text) == {"low": [first, f"省{names[1]}{kind}", "星光苑1号楼"]}


# --- places where cases were found, already under a temporary control (a report) ----------------------------

def test_a_reports_places_with_cases_already_controlled() -> None:
    text = ("合肥市将包河区以下区域划定为封控区,实施强化管控。\n封控区1:金华小区。\n\n"
            "除以上封控区域外,包河区龙湾花园小区、星光广场、翠峰名庭等区域也出现阳性感染者,已实施临时管控。")
    assert levels_of(text)["sealed"] == ["金华小区"]
    assert by_level(text)[("controlled", "包河区")] == ["龙湾花园小区", "星光广场", "翠峰名庭"]


def test_places_with_cases_controlled_traditional_full_width() -> None:
    text = in_traditional("記者了解到,蜀山區春曉苑、錦繡家園也發現陽性病例,現已實施臨時管控措施。"
                          ).translate(HALF_TO_FULL)
    assert by_level(text) == {("controlled", "蜀山区"): ["春晓苑", "锦绣家园"]}


def test_people_with_cases_controlled_name_no_place_places_do() -> None:
    text = ("一、封控区:金华小区。\n密接人员等也出现阳性感染者,已实施临时管控。\n"
            "瑶海区锦绣苑也出现阳性感染者,已实施临时管控。")
    assert levels_of(text) == {"sealed": ["金华小区"], "controlled": ["锦绣苑"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=5, unique=True), st.sampled_from(["小区", "花园", "广场", "名庭"]),
       st.sampled_from(["也出现阳性感染者", "也发现阳性病例", "出现感染者"]),
       st.sampled_from(["已实施临时管控", "现已实施临时管控措施", "已实行临时管控"]))
def test_any_places_with_cases_already_controlled(names: list[str], kind: str, found: str, control: str) -> None:
    places = [n + kind for n in names]
    text = f"一、封控区:星光苑。\n除以上封控区域外,瑶海区{'、'.join(places)}等区域{found},{control}。"
    assert by_level(text) == {("sealed", None): ["星光苑"], ("controlled", "瑶海区"): places}
