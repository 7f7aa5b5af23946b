"""Forms of 2022 notices: a risk area's code on a line of its own under its item ("编码为:Z35012520221027001",
福州, autumn 2022), no place, and the list goes on after it; house numbers in a range written with a long dash
between whole numbers ("A村17号、19号—23号、26号"), one place; an estate's numbered inner streets each with its
building ("A路218号(B别墅小区)6街1座、7街2号", 广州, spring 2022), one place; a level's one place, then its bounds
told after "具体范围为:" ("…以东,…以南,…以西,…以北"), the place alone; a compound's buildings by their sides and a
named office building joined by 和 ("A街道B华府南北栋和C商务楼区域", 长沙, spring 2022), two places, the street
written once in front of each; a reworded copy's "高风险领域:" heading for 高风险区域. Notices here are invented."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import PREFECTURE_CITIES, PROVINCES, by_level, in_traditional

_NAME = st.text(alphabet="青石柳河杏花龙泉金沙白云松溪", min_size=2, max_size=3)


# --- "编码为:Z…" under an item ------------------------------------------------------------------------------------

def _coded(county: str, town1: str, place1: str, town2: str, place2: str, colon: str = ":") -> str:
    return (f"{county}新冠肺炎防控工作指挥部通告{colon}\n"
            f"决定自2022年10月28日0时起,划定2个疫情防控中风险区,具体如下{colon}\n"
            f"一、{town1}\n{place1}。\n编码为{colon}Z35012120221027001\n二、{town2}\n{place2}。\n"
            f"编码为{colon}Z35012120221027002\n以上区域实行“人不出区、错峰取物”等管控措施。")


def test_an_area_code_line_under_an_item_is_no_place_and_the_list_goes_on() -> None:
    text = _coded("闽侯县", "甘蔗街道", "昙石村5号", "南屿镇", "南井社区南通路12号")
    assert by_level(text) == {("medium", "闽侯县"): ["甘蔗街道昙石村5号", "南屿镇南井社区南通路12号"]}
    text = _coded("连江县", "凤城镇", "江滨社区1号楼", "琯头镇", "壶江村")
    assert by_level(text) == {("medium", "连江县"): ["凤城镇江滨社区1号楼", "琯头镇壶江村"]}
    assert by_level(in_traditional(_coded("闽清县", "梅城镇", "溪口社区", "白樟镇", "云渡村"))) \
        == {("medium", "闽清县"): ["梅城镇溪口社区", "白樟镇云渡村"]}
    assert by_level(_coded("罗源县", "凤山镇", "城东社区", "松山镇", "迹头村", colon="：")) \
        == {("medium", "罗源县"): ["凤山镇城东社区", "松山镇迹头村"]}


def test_a_code_word_that_is_no_area_code_line_is_left() -> None:
    # near misses: codes named in the lead's sentence, not a line of a code alone; the places read as before
    text = ("闽侯县新冠肺炎防控工作指挥部通告:\n按照风险区编码规则,划定2个中风险区,具体如下:\n"
            "一、甘蔗街道\n昙石村5号。\n二、南屿镇\n南井社区。")
    assert by_level(text) == {("medium", "闽侯县"): ["甘蔗街道昙石村5号", "南屿镇南井社区"]}


@settings(max_examples=20, deadline=None)
@given(_NAME, _NAME, _NAME, _NAME)
def test_any_coded_items_are_read_whole(town1: str, place1: str, town2: str, place2: str) -> None:
    assume(not any(n.startswith(p) for n in (town1, town2) for p in (*PROVINCES, *PREFECTURE_CITIES)))
    assume(town1 != town2)
    text = _coded("闽侯县", town1 + "镇", place1 + "村", town2 + "乡", place2 + "社区")
    assert by_level(text) == {("medium", "闽侯县"): [f"{town1}镇{place1}村", f"{town2}乡{place2}社区"]}, text


# --- "A村17号、19号—23号、26号" ----------------------------------------------------------------------------------

_CL = "福州市长乐区新冠肺炎疫情防控指挥部通告\n划定中风险区:\n"


def test_house_numbers_with_a_long_dash_range_are_one_place() -> None:
    assert by_level(_CL + "一、营前街道\n黄石村17号、19号—23号、26号。") \
        == {("medium", "长乐区"): ["营前街道黄石村17号、19号—23号、26号"]}
    assert by_level(_CL + "一、金峰镇\n华阳村3号—5号、8号。") \
        == {("medium", "长乐区"): ["金峰镇华阳村3号—5号、8号"]}
    assert by_level(in_traditional(_CL + "一、潭头镇\n二刘村2号、6号—9号。")) \
        == {("medium", "长乐区"): ["潭头镇二刘村2号、6号—9号"]}
    # near miss: a named road's number after 、 is a place of its own
    assert by_level(_CL + "一、潭头镇\n二刘村2号、6号—9号、文武路8号。") \
        == {("medium", "长乐区"): ["潭头镇二刘村2号、6号—9号", "潭头镇文武路8号"]}


# --- "A路8号(B别墅小区)3街1座、4街2号" -------------------------------------------------------------------------------

def test_an_estates_numbered_inner_streets_are_one_place() -> None:
    text = "番禺区通告\n一、封控区:番禺区大石街南浦路8号(丽江别墅小区)3街1座、4街2号、5街1座。封控区实行“足不出户”。"
    assert by_level(text) == {("sealed", "番禺区"): ["大石街南浦路8号(丽江别墅小区)3街1座、4街2号、5街1座"]}
    text = "白云区通告\n一、封控区:白云区同和街云溪花园2街3栋、4街5栋。"
    assert by_level(text) == {("sealed", "白云区"): ["同和街云溪花园2街3栋、4街5栋"]}
    text = in_traditional("海珠区通告\n一、封控区:海珠区南洲街金沙别墅6街1座、7街2号。")
    assert by_level(text) == {("sealed", "海珠区"): ["南洲街金沙别墅6街1座、7街2号"]}
    text = "海珠区通告\n一、封控区：海珠区南洲街金沙别墅6街1座、7街2号。"
    assert by_level(text) == {("sealed", "海珠区"): ["南洲街金沙别墅6街1座、7街2号"]}
    # near miss: a named street's number after 、 is a place of its own
    assert by_level("番禺区通告\n一、封控区:番禺区大石街丽江小区1座、中山街2号。") \
        == {("sealed", "番禺区"): ["大石街丽江小区1座", "中山街2号"]}


# --- "管控区:A,具体范围为:…以东,…以北" -----------------------------------------------------------------------------

def _bounded(district: str, place: str, comma: str = ",", colon: str = ":") -> str:
    return (f"{district}通告\n二、管控区{colon}{district}{place}{comma}具体范围为{colon}南浦路1-8号以东"
            f"{comma}丽江路以南{comma}丽江园小区以西{comma}洛溪大桥以北。管控区实行“人不出区”措施。")


def test_a_place_then_its_bounds_told_is_the_place_alone() -> None:
    assert by_level(_bounded("番禺区", "大石街南浦路8号(丽江别墅小区)")) \
        == {("controlled", "番禺区"): ["大石街南浦路8号(丽江别墅小区)"]}
    assert by_level(_bounded("白云区", "同和街云溪花园")) == {("controlled", "白云区"): ["同和街云溪花园"]}
    assert by_level(in_traditional(_bounded("海珠区", "南洲街金沙小区"))) \
        == {("controlled", "海珠区"): ["南洲街金沙小区"]}
    assert by_level(_bounded("海珠区", "南洲街金沙小区", comma="，", colon="：")) \
        == {("controlled", "海珠区"): ["南洲街金沙小区"]}
    # near miss: the range told as places, not bounds, is not left off
    text = "番禺区通告\n一、管控区:番禺区大石街丽江小区,具体范围为:丽江小区1栋、2栋。管控区实行“人不出区”措施。"
    assert by_level(text) == {("controlled", "番禺区"): ["大石街丽江小区"]}


@settings(max_examples=20, deadline=None)
@given(_NAME)
def test_any_estate_with_its_bounds_is_the_estate(name: str) -> None:
    assume(not any(name.startswith(p) for p in (*PROVINCES, *PREFECTURE_CITIES)))
    text = _bounded("番禺区", f"大石街{name}小区")
    assert by_level(text) == {("controlled", "番禺区"): [f"大石街{name}小区"]}, text


# --- "A街道B华府南北栋和C商务楼区域" -------------------------------------------------------------------------------

def _sides(district: str, place: str) -> str:
    return f"{district}疫情防控指挥部研究决定:自2022年3月19日起,将{district}{place}确定为中风险地区。"


def test_side_buildings_and_an_office_building_are_two_places_with_the_street() -> None:
    assert by_level(_sides("天心区", "坡子街街道湘江华府东西栋和金色商务楼区域")) \
        == {("medium", "天心区"): ["坡子街街道湘江华府东西栋", "坡子街街道金色商务楼区域"]}
    assert by_level(_sides("开福区", "伍家岭街道青石小区南栋和龙泉大厦")) \
        == {("medium", "开福区"): ["伍家岭街道青石小区南栋", "伍家岭街道龙泉大厦"]}
    assert by_level(in_traditional(_sides("雨花区", "侯家塘街道松溪花园北栋和白云写字楼"))) \
        == {("medium", "雨花区"): ["侯家塘街道松溪花园北栋", "侯家塘街道白云写字楼"]}
    text = _sides("岳麓区", "望月湖街道金沙华府东西栋和杏花商务楼区域").replace(":", "：").replace(",", "，")
    assert by_level(text) \
        == {("medium", "岳麓区"): ["望月湖街道金沙华府东西栋", "望月湖街道杏花商务楼区域"]}
    # near misses: the same compound's other building; a building by its number
    assert by_level(_sides("天心区", "坡子街街道湘江华府南栋和北栋")) \
        == {("medium", "天心区"): ["坡子街街道湘江华府南栋和北栋"]}


@settings(max_examples=20, deadline=None)
@given(_NAME, _NAME, st.sampled_from(["商务楼区域", "大厦", "写字楼"]))
def test_any_side_buildings_and_office_building(name: str, office: str, kind: str) -> None:
    assume(not any(n.startswith(p) for n in (name, office) for p in (*PROVINCES, *PREFECTURE_CITIES)))
    assume(name != office)
    text = _sides("天心区", f"坡子街街道{name}华府南北栋和{office}{kind}")
    assert by_level(text) == {("medium", "天心区"): [f"坡子街街道{name}华府南北栋", f"坡子街街道{office}{kind}"]}, text


# --- "增加了五个新的高风险领域:" -------------------------------------------------------------------------------------

def _fields(banner: str, colon: str = ":") -> str:
    return (f"决定在{banner}新增高危区和中危区。\n一、增加了两个新的高风险领域{colon}\n"
            "1.嘎鲁图镇青石社区\n2.嘎鲁图镇金沙小区\n"
            f"二、增加1个中等风险区域{colon}\n1.图克镇柳河村\n")


def test_a_reworded_high_risk_field_heading_is_the_high_level() -> None:
    for banner in ("乌审旗", "鄂托克旗"):
        assert by_level(_fields(banner)) == {("high", banner): ["嘎鲁图镇青石社区", "嘎鲁图镇金沙小区"],
                                             ("medium", banner): ["图克镇柳河村"]}
    assert by_level(in_traditional(_fields("杭锦旗"))) == {("high", "杭锦旗"): ["嘎鲁图镇青石社区", "嘎鲁图镇金沙小区"],
                                                          ("medium", "杭锦旗"): ["图克镇柳河村"]}
    assert by_level(_fields("乌审旗", colon="：")) == {("high", "乌审旗"): ["嘎鲁图镇青石社区", "嘎鲁图镇金沙小区"],
                                                     ("medium", "乌审旗"): ["图克镇柳河村"]}
    # near miss: a field of work in a sentence is no heading
    assert by_level("乌审旗通告\n高风险领域的从业人员须每日核酸检测。") == {}
