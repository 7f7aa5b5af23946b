"""Forms of the sixteenth held-out set, each in variants written here (invented places, the wording of the real
forms): the level a place leaves written after it, right before the verb ("将A小区6幢高风险区降为低风险区"), the
office named only in the closing sentence ("以X区…指挥部解释为准"), lifts of "…的管控管理措施", a bounded area shared
by what is listed in front of it (villages counted, "谢安、安平两村东至…"; villages the first bound starts in,
"青龙村、韩山村三丈浦以东、…区域"; roads making the first bound together, "华芳南路、X202以东,…"), more house
numbers of the same village after a comma ("33组13—18号,32组40号"), 及 between two whole places when the stated
count calls for it, and 将 meaning "will" before a time ("海甸岛将于8月28日10时至29日凌晨1时实行静态管理")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, by_level, in_traditional, levels_of

NAME = st.text(alphabet=list("青石白柳岸云溪金明月松竹梅兰泉"), min_size=2, max_size=3)
_CN = "零一两三四五六七八九"


# ---------------------------------------------------------------------------------------------------
# the level a place leaves, written after it before the verb

def test_a_former_level_after_a_building_before_its_verb_is_no_part_of_the_place() -> None:
    text = "自2022年12月2日2时起,将东城街道龙腾小区6幢高风险区降为低风险区。"
    assert levels_of(text) == {"low": ["东城街道龙腾小区6幢"]}


def test_a_former_level_after_two_villages_applies_to_both() -> None:
    text = "即日起,将河西镇柳岸村、青石村中风险区调整为低风险区。"
    assert levels_of(text) == {"low": ["河西镇柳岸村", "青石村"]}


def test_a_former_sealed_level_after_buildings_with_把_full_width_and_traditional() -> None:
    text = "自11月30日起,把金桥街道明月花园3栋、5栋封控区调整为管控区。"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"controlled": ["金桥街道明月花园3栋、5栋"]}
    assert levels_of(in_traditional(text)) == {"controlled": ["金桥街道明月花园3栋、5栋"]}


def test_a_former_level_written_with_spaces_around_it() -> None:
    text = "自2022年12月2日起 , 将白河街道云溪小区2幢 高风险区降为低风险区 。"
    assert levels_of(text) == {"low": ["白河街道云溪小区2幢"]}


def test_a_level_inside_a_place_is_not_read_as_the_level_it_leaves_and_is_reported() -> None:
    result = parse_notice("将A小区内高风险区调整为低风险区。")
    assert result["changes"] == [] and "未能读出" in result["warnings"][0]


@settings(max_examples=25, deadline=None)
@given(st.lists(NAME, min_size=1, max_size=5, unique=True), st.sampled_from(["高风险区", "中风险区", "封控区"]))
def test_any_list_of_villages_before_their_former_level_gives_each_village(names: list[str], former: str) -> None:
    villages = [f"{n}村" for n in names]
    text = f"自12月2日起,将松山镇{'、'.join(villages)}{former}调整为低风险区。"
    assert levels_of(text) == {"low": [f"松山镇{villages[0]}", *villages[1:]]}


# ---------------------------------------------------------------------------------------------------
# the office named in the closing sentence that says who interprets the notice

def test_the_office_interpreting_the_notice_gives_its_district() -> None:
    text = ("自12月2日起,将东城街道A小区6幢高风险区降为低风险区。\n"
            "未尽事宜,以铜梁区新冠肺炎疫情防控指挥部解释为准。")
    assert by_level(text) == {("low", "铜梁区"): ["东城街道A小区6幢"]}


def test_the_office_that_is_responsible_for_interpreting_gives_its_district() -> None:
    text = "自12月2日起,将东城街道A小区6幢降为低风险区。\n本通告由綦江区疫情防控工作领导小组办公室负责解释。"
    result = parse_notice(text)
    assert by_level(text) == {("low", "綦江区"): ["东城街道A小区6幢"]}
    assert result["issuer"] == "綦江区疫情防控工作领导小组办公室"


def test_the_interpreting_office_of_a_county_in_traditional_characters() -> None:
    text = in_traditional("即日起,将城关镇青石村调整为低风险区。\n未尽事宜,由民和县疫情防控处置工作指挥部负责解释。")
    assert by_level(text) == {("low", "民和县"): ["城关镇青石村"]}


# ---------------------------------------------------------------------------------------------------
# lifts of "…的封控管理措施" and bounded areas shared by what is listed in front of them

def test_a_lift_of_the_control_management_measures_of_a_village() -> None:
    assert by_level("解除仓山区盖山镇阳岐村的封控管理措施。") == {("lifted", "仓山区"): ["盖山镇阳岐村"]}


def test_a_lift_of_a_bounded_area_of_villages_counted_before_the_bounds() -> None:
    text = ("解除仓山区城门镇谢安、安平两村东至福泉高速连接线,南至永南路,西至福厦铁路,北至金山山体交汇区域"
            "的管控管理措施。")
    assert by_level(text) == {("lifted", "仓山区"): [
        "城门镇谢安、安平两村东至福泉高速连接线,南至永南路,西至福厦铁路,北至金山山体交汇区域"]}


def test_lifts_of_bounded_areas_in_numbered_items_full_width_and_traditional() -> None:
    text = ("1.解除鼓楼区洪山镇柳岸、青石、明月三村东至A路,南至B河,西至C街,北至D山围合区域的封控管理措施。\n"
            "2.解除鼓楼区建新镇金桥村东至E路,南至F街区域的管控措施。")
    expected = {("lifted", "鼓楼区"): ["洪山镇柳岸、青石、明月三村东至A路,南至B河,西至C街,北至D山围合区域",
                                       "建新镇金桥村东至E路,南至F街区域"]}
    assert by_level(text.translate(HALF_TO_FULL)) == expected
    assert by_level(in_traditional(text)) == expected


@settings(max_examples=25, deadline=None)
@given(st.lists(NAME, min_size=2, max_size=4, unique=True))
def test_any_villages_counted_before_their_bounds_share_one_area(names: list[str]) -> None:
    area = f"新店镇{'、'.join(names)}{_CN[len(names)]}村东至A路,南至B河,西至C街,北至D山交汇区域"
    assert levels_of(f"管控区:{area}。") == {"controlled": [area]}


def test_villages_the_first_bound_starts_in_share_the_bounded_area() -> None:
    text = "将金港镇柳岸村、青石村白河以东、云溪路以西、明月路以北、松竹路以南区域划定为管控区。"
    assert levels_of(text) == {"controlled": ["金港镇柳岸村、青石村白河以东、云溪路以西、明月路以北、松竹路以南区域"]}


def test_roads_that_make_the_first_bound_together_in_a_list_of_areas() -> None:
    text = ("管控区:塘桥镇周巷村华芳南路、X202以东,华妙河、华芳路以南,西塘公路以北,奚浦塘以西区域;"
            "塘桥镇青龙村、韩山村三丈浦以东、奚浦塘以西、华妙河以北、南京路以南区域。")
    expected = {"controlled": ["塘桥镇周巷村华芳南路、X202以东,华妙河、华芳路以南,西塘公路以北,奚浦塘以西区域",
                               "塘桥镇青龙村、韩山村三丈浦以东、奚浦塘以西、华妙河以北、南京路以南区域"]}
    assert levels_of(text) == expected
    assert levels_of(text.translate(HALF_TO_FULL)) == expected


def test_a_road_and_a_highway_code_as_the_first_bound_then_a_place_of_its_own() -> None:
    text = "管控区:杨舍镇东门社区人民路、G204以东,长安路、沙洲路以南,暨阳路以北,东横河以西区域;金桥小区。"
    assert levels_of(text) == {"controlled": [
        "杨舍镇东门社区人民路、G204以东,长安路、沙洲路以南,暨阳路以北,东横河以西区域", "金桥小区"]}


# ---------------------------------------------------------------------------------------------------
# house numbers of one village over two groups, the comma between them kept

def test_house_numbers_over_two_groups_in_a_sentence() -> None:
    text = "将凤凰镇港口恬庄村 33 组 13 — 18 号,32 组 40 号、41 号调整为封控区。"
    assert levels_of(text) == {"sealed": ["凤凰镇港口恬庄村33组13—18号,32组40号、41号"]}


def test_house_numbers_over_two_groups_in_a_list_then_another_village() -> None:
    text = "封控区:锦丰镇三兴村12组3号,14组7号、9号;南丰镇永联村2组。"
    assert levels_of(text.translate(HALF_TO_FULL)) == {
        "sealed": ["锦丰镇三兴村12组3号,14组7号、9号", "南丰镇永联村2组"]}


def test_house_number_ranges_over_groups_in_traditional_characters() -> None:
    text = in_traditional("将乐余镇兆丰村5组2-8号,6组11号调整为封控区。")
    assert levels_of(text) == {"sealed": ["乐余镇兆丰村5组2-8号,6组11号"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 40), st.integers(1, 90)), min_size=2, max_size=4, unique_by=lambda t: t[0]))
def test_any_groups_of_one_village_after_commas_are_one_place(numbers: list[tuple[int, int]]) -> None:
    place = "南丰镇永联村" + ",".join(f"{group}组{house}号" for group, house in numbers)
    assert levels_of(f"将{place}调整为封控区。") == {"sealed": [place]}


# ---------------------------------------------------------------------------------------------------
# 及 (和, 与, 以及) between two whole places when the stated count calls for it

def test_及_between_two_places_splits_them_when_the_heading_counts_them() -> None:
    text = ("二、中风险区(7个)\n川口镇丽都庭院小区、馨苑小区;\n中川乡清一村、河西村、虎狼城村及中川街道;\n"
            "前河乡田家村;\n上述区域实行“足不出区、错峰取物”等管控措施。")
    assert levels_of(text) == {"medium": ["川口镇丽都庭院小区", "馨苑小区", "中川乡清一村", "河西村", "虎狼城村",
                                          "中川街道", "前河乡田家村"]}
    assert parse_notice(text)["warnings"] == []


def test_与_and_以及_between_places_counted_full_width() -> None:
    text = "中风险区(3个):\nA镇青石村与白河社区;\nB镇柳岸小区。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["A镇青石村", "白河社区", "B镇柳岸小区"]}
    assert levels_of("中风险区(3个):A镇青石村以及白河社区、B镇柳岸小区。") == {
        "medium": ["A镇青石村", "白河社区", "B镇柳岸小区"]}


def test_和_in_traditional_characters_and_及_kept_when_the_count_says_one_place() -> None:
    text = in_traditional("二、中风险区(4个)\n古鄯镇柳岸村、青石村和白河社区;\n马营镇云溪村;")
    assert levels_of(text) == {"medium": ["古鄯镇柳岸村", "青石村", "白河社区", "马营镇云溪村"]}
    assert levels_of("中风险区(2个):A镇青石村以及白河社区、B镇柳岸小区。") == {
        "medium": ["A镇青石村以及白河社区", "B镇柳岸小区"]}
    assert levels_of("中风险区(2个):\nA镇青石村及周边区域;\nB镇柳岸小区。") == {
        "medium": ["A镇青石村及周边区域", "B镇柳岸小区"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(NAME, min_size=2, max_size=5, unique=True), st.sampled_from(["及", "和", "以及"]))
def test_any_list_ending_with_an_and_gives_the_count_stated(names: list[str], joiner: str) -> None:
    villages = [f"{n}村" for n in names]
    listed = "、".join(villages[:-1]) + joiner + villages[-1]
    text = f"中风险区({len(villages)}个):\n官亭镇{listed};"
    assert levels_of(text) == {"medium": [f"官亭镇{villages[0]}", *villages[1:]]}


# ---------------------------------------------------------------------------------------------------
# 将 meaning "will" before a time: the place is the subject in front of it

def test_an_island_that_will_be_under_static_management_for_a_time() -> None:
    text = "为有效排查风险隐患,海甸岛将于8月28日10时至29日凌晨1时实行静态管理,车辆人员只进不出。"
    assert levels_of(text) == {"silent": ["海甸岛"]}
    assert levels_of(in_traditional(text)) == {"silent": ["海甸岛"]}


def test_a_community_that_will_be_under_silent_management_between_two_times() -> None:
    text = "为切断传播链条,西湖街道金桥社区将于11月5日18时至6日18时实行临时静默管理。"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"silent": ["西湖街道金桥社区"]}


def test_an_area_that_will_be_under_static_management_from_a_time() -> None:
    assert levels_of("为排查风险,白沙门片区将于9月1日0时起实行静态管理。") == {"silent": ["白沙门片区"]}
    assert levels_of("A街道B社区将自11月3日起实行临时静默管理。") == {"silent": ["A街道B社区"]}
