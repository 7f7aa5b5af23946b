"""Forms of the fourteenth held-out set (issue 15): "调降为" / "调升为" with the level a place leaves written in
front of it ("将A区高风险区B村调降为中风险区"); "整体" (as a whole) after a place; static management (静态管理)
lifted from a list closed by counts of several kinds, with runs of numbered buildings and lanes; a whole
county under silent management ("全县实行静默管理") and a sealed range given by its bounds ("封控范围自…");
the heading of a silent-management drill over an area given by its four edges. Notices here are written for
the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import by_level, in_traditional, levels_of

_NAMES = ["幸福小区", "和平里社区", "临江花园2栋", "东风村", "鑫源公寓", "新华家园3号楼", "红星村五组"]


def _change_of(text: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    return [(c["action"], c["level_from"], c["level_to"], c["places"])
            for c in parse_notice(text, default_year=2022)["changes"]]


# --- "调降为", a former level in front of the place -------------------------------------------------------

def test_a_former_level_in_front_of_the_place_is_where_it_comes_from() -> None:
    text = ("自2022年9月27日零时起,风险区调整如下:\n"
            "1.将丰润区高风险区银城铺镇殷官屯村(北小街)调降为中风险区,采取“人不出区、错峰取物”等管控措施;\n"
            "2.将丰润区银城铺镇殷官屯村其他区域调降为低风险区,采取“个人防护、避免聚集”等防范措施;\n"
            "3.丰润区其他区域风险等级不变。")
    assert by_level(text) == {("medium", "丰润区"): ["银城铺镇殷官屯村(北小街)"],
                              ("low", "丰润区"): ["银城铺镇殷官屯村其他区域"]}
    assert _change_of(text)[0][:3] == ("downgrade", "high", "medium")


def test_former_level_variants_other_districts_levels_and_characters() -> None:
    # without a district, several places, the zone levels, 把 for 将, traditional characters, full-width commas
    assert levels_of("将高风险区A小区、B小区调降为中风险区。") == {"medium": ["A小区", "B小区"]}
    assert by_level("把城西区中风险区东风村调降为低风险区。") == {("low", "城西区"): ["东风村"]}
    assert by_level("一、将武侯区管控区红星路3号院调升为封控区;") == {("sealed", "武侯区"): ["红星路3号院"]}
    assert by_level(in_traditional("将丰润区高风险区银城铺镇殷官屯村调降为中风险区,其他区域风险等级不变。")) \
        == {("medium", "丰润区"): ["银城铺镇殷官屯村"]}
    assert _change_of("将高风险区A村调升为高风险区。")[0][1] == "high"
    # a level followed by 以外 / 内 is no former level: the object is no place
    assert levels_of("将高风险区以外区域调降为低风险区。") == {}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_NAMES), min_size=1, max_size=5, unique=True),
       st.sampled_from(["高风险区", "中风险区", "封控区", "管控区"]), st.sampled_from(["、", ","]))
def test_any_list_after_a_former_level_keeps_its_places(names: list[str], former: str, sep: str) -> None:
    text = f"将金水区{former}{sep.join(names)}调降为低风险区。"
    assert by_level(text) == {("low", "金水区"): names}, text


# --- "整体" after a place ----------------------------------------------------------------------------------

def test_as_a_whole_is_no_part_of_the_place() -> None:
    assert levels_of("二、沃土阳光小区整体列为管控区") == {"controlled": ["沃土阳光小区"]}
    assert levels_of("将A村整体调整为低风险区。") == {"low": ["A村"]}
    assert by_level("将城西区B小区整体划为封控区,C小区划为管控区。") \
        == {("sealed", "城西区"): ["B小区"], ("controlled", "城西区"): ["C小区"]}
    assert levels_of(in_traditional("三、临江花园整体列为防范区。")) == {"precaution": ["临江花园"]}


# --- static management lifted -------------------------------------------------------------------------------

_STATIC_LIFT = ("15日新疆伊宁市7个小区、21个巷道、1个独立院落解除静态管理\n"
                "据介绍,9月15日零时起,经伊犁州、伊宁市疫情防控工作指挥部研判决定,对汉宾乡英买里村第5网格"
                "(成都南路养殖基地)、火车站社区江南小镇3期春泽苑;艾兰木巴格社区道路运输管理局家属院、伊犁州广播电视大学"
                "家属院;上海路街道合顺家园小区1至4号楼和6、7、9号楼,天富伊城小区1至5号楼和7、8号楼、10至13号楼;"
                "达达木图镇乌拉斯台村阿恰勒主路,阿恰勒2巷、7至15巷,铝厂10至18巷,铝厂大院等共计7个小区、21个巷道、"
                "1个独立院落解除静态管理。")


def test_static_management_lifted_from_a_list_closed_by_counts_of_several_kinds() -> None:
    assert by_level(_STATIC_LIFT) == {("lifted", "伊宁市"): [
        "汉宾乡英买里村第5网格(成都南路养殖基地)", "火车站社区江南小镇3期春泽苑",
        "艾兰木巴格社区道路运输管理局家属院", "伊犁州广播电视大学家属院",
        "上海路街道合顺家园小区1至4号楼和6、7、9号楼", "天富伊城小区1至5号楼和7、8号楼、10至13号楼",
        "达达木图镇乌拉斯台村阿恰勒主路", "阿恰勒2巷、7至15巷", "铝厂10至18巷", "铝厂大院"]}
    assert by_level(in_traditional(_STATIC_LIFT)) == by_level(_STATIC_LIFT)


def test_static_management_variants() -> None:
    assert levels_of("对A小区、B小区解除静态管理。") == {"lifted": ["A小区", "B小区"]}
    assert levels_of("对A小区、B小区、C小区等共计3个小区解除临时静态管理。") == {"lifted": ["A小区", "B小区", "C小区"]}
    # a total that is no count of the places named ("等共计" closes the list whatever the number)
    assert levels_of("对东风村、红星村5组等共计9个村组、2个单位解除静态管理。") == {"lifted": ["东风村", "红星村5组"]}
    # a headline of counts alone names no place
    assert levels_of("伊宁市3个小区、2个巷道解除静态管理") == {}


def test_runs_of_numbered_buildings_and_lanes_of_one_place() -> None:
    assert levels_of("将幸福小区2栋、5至7栋,和平里社区3号楼划为封控区。") \
        == {"sealed": ["幸福小区2栋、5至7栋", "和平里社区3号楼"]}
    assert levels_of("将东关街1巷、3巷、6至9巷,红星路2号院划为管控区。") \
        == {"controlled": ["东关街1巷、3巷、6至9巷", "红星路2号院"]}
    # different kinds after 、 stay apart
    assert levels_of("将幸福小区2栋、临江花园3号楼划为封控区。") == {"sealed": ["幸福小区2栋", "临江花园3号楼"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(1, 40), min_size=1, max_size=5, unique=True), st.sampled_from(["栋", "号楼", "巷"]))
def test_any_run_of_numbers_of_one_kind_is_one_place(numbers: list[int], unit: str) -> None:
    run = "、".join(f"{n}{unit}" if i % 2 == 0 else f"{n}至{n + 2}{unit}" for i, n in enumerate(numbers))
    text = f"对东方小区{run},临江花园解除静态管理。"
    assert levels_of(text) == {"lifted": [f"东方小区{run}", "临江花园"]}, text


# --- a whole county under silent management, a sealed range by its bounds --------------------------------

_COUNTY = ("中卫市中宁县应对新冠肺炎疫情工作指挥部公告\n"
           "一、临时静默管控区域:全县实行静默管理,县城区域实施重点封控,封控范围自西环路以东、亲水街以西、"
           "滨河南路以南、新水路(转盘)以北。\n"
           "二、临时静默管控时间:自2022年9月20日11时起,解除时间另行通知。\n"
           "三、临时静默管控期间,所有小区实行封闭管理,人员居家。")


def test_a_whole_county_under_silent_management_and_a_sealed_range() -> None:
    assert by_level(_COUNTY) == {("silent", "中宁县"): ["中宁县"],
                                 ("sealed", "中宁县"): ["西环路以东、亲水街以西、滨河南路以南、新水路(转盘)以北"]}


def test_whole_division_and_range_variants() -> None:
    district = "城阳区新冠肺炎疫情防控指挥部通告\n"
    assert by_level(district + "一、全区实施临时静默管理。\n二、临时静默管理时间:自即日起,解除时间另行通知。") \
        == {("silent", "城阳区"): ["城阳区"]}
    bounds = "东至A路、西至B街、南至C河、北至D山"
    assert by_level(f"乌拉特前旗疫情防控指挥部通告\n全旗范围内实行静默管理;管控范围为{bounds}。") \
        == {("silent", "乌拉特前旗"): ["乌拉特前旗"], ("controlled", "乌拉特前旗"): [bounds]}
    assert by_level(in_traditional(_COUNTY)) == by_level(_COUNTY)
    # a time of silent management names no place
    assert levels_of("二、静默管理时间:2022年9月20日至9月23日。") == {}


# --- a drill's heading over an area given by its edges -----------------------------------------------------

def test_a_drill_heading_then_an_area_given_by_its_edges() -> None:
    text = ("霍州市新冠肺炎疫情防控工作领导小组办公室关于开展疫情防控演练实行临时性区域静默管理的通告\n"
            "决定在霍州市开展疫情防控演练,对部分区域施行临时静默管理。现将相关事宜通告如下:\n"
            "一、疫情防控演练静默管理范围\n"
            "南至国电霍州发电厂北侧墙,北至白龙镇陈村村南,东至108国道,西至白龙镇陈村一家庄西侧。\n"
            "二、疫情防控演练静默管理要求\n"
            "1.实施临时静默管理期间,保持区域内人员相对静止,全体居民居家。")
    edges = "南至国电霍州发电厂北侧墙,北至白龙镇陈村村南,东至108国道,西至白龙镇陈村一家庄西侧"
    assert by_level(text) == {("silent", "霍州市"): [edges]}
    variant = ("某县疫情防控指挥部通告\n一、应急演练临时静默管理范围\n东至A路,西至B街,南至C河,北至D山。\n"
               "二、演练要求\n居民居家。")
    assert levels_of(variant) == {"silent": ["东至A路,西至B街,南至C河,北至D山"]}


def test_a_sibling_item_that_heads_rules_ends_the_list() -> None:
    assert levels_of("一、高风险区\nA小区。\n二、管控要求\n居民居家。") == {"high": ["A小区"]}
    assert levels_of("(一)封控区\n东风村、红星村。\n(二)防控措施\n足不出户。") == {"sealed": ["东风村", "红星村"]}
    assert levels_of("1.管控区\n幸福小区\n2.注意事项\n错峰取物") == {"controlled": ["幸福小区"]}


def test_offices_of_a_prefecture_and_its_city_deciding_together_give_the_city() -> None:
    text = "9月15日起,经伊犁州、伊宁市疫情防控工作指挥部研判决定,对A小区、B小区解除静态管理。"
    assert by_level(text) == {("lifted", "伊宁市"): ["A小区", "B小区"]}
    text = "经大理州、大理市新冠肺炎疫情防控指挥部研究决定,将C村划为封控区。"
    assert by_level(text) == {("sealed", "大理市"): ["C村"]}
