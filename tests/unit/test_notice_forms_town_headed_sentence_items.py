"""Forms of the sixty-second held-out set: under a town's heading inside a level's list, an item that is a sentence of
its own ("1.将28号通告划定的中风险区A调整为高风险区,…"; "泰禾红峪:…列为中风险管控区") joined to its town, the list
going on after it; an area widened without 范围 ("后山村东侧高风险区扩大至后山村全域"); a place's label under a town's
heading ("一、建新镇" over "春风苑二区:春风苑二区10号楼") kept after the town, its colon dropped; a village's label
before an area drawn around a point of it ("郭宅村:以郭宅村…为中心,北至…"); a copy that censors 疫情 and 病毒 as
"**" in the title. Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
    no_real_city,
)

# --- sentence items under a town's heading --------------------------------------------------------------------

_LEAD = "根据当前我区疫情防控形势,决定自2022年11月2日15时起,新增5个疫情防控高风险区,具体如下。\n一、高风险区\n"


def _town_items(town: str, first: str, second: str, other: str = "象园街道", place: str = "绿桥新村62号楼") -> str:
    return (f"{_LEAD}(一){town}\n1.{first}\n2.{second}\n(二){other}\n{place}。\n"
            "以上区域实行“区域封闭、足不出户、服务上门”等管控措施。")


def test_a_sentence_item_under_a_town_joins_the_town_and_the_list_goes_on() -> None:
    text = _town_items("鼓岭镇", "将28号通告划定的中风险区青松丽景18号楼调整为高风险区,该小区除高风险区(17,18号楼)外"
                       "其余区域维持中风险区不变。", "茶溪小区24号楼。")
    assert levels_of(text) == {"high": ["鼓岭镇青松丽景18号楼", "鼓岭镇茶溪小区24号楼", "象园街道绿桥新村62号楼"]}


def test_an_area_widened_under_a_town_joins_the_town() -> None:
    text = _town_items("新桥镇", "将32号通告划定的后溪村东侧高风险区扩大至后溪村全域。", "西园雅舍17号楼。")
    assert levels_of(text) == {"high": ["新桥镇后溪村全域", "新桥镇西园雅舍17号楼", "象园街道绿桥新村62号楼"]}


def test_two_sentence_items_in_a_row_under_a_town() -> None:
    text = (f"{_LEAD}(一)鼓岭镇\n1.将28号通告划定的中风险区青松丽景18号楼调整为高风险区。\n"
            "2.将27号通告划定的中风险区六和佳园17号楼调整为高风险区。\n3.茶溪小区24号楼。\n"
            "以上区域实行“区域封闭、足不出户、服务上门”等管控措施。")
    assert levels_of(text) == {"high": ["鼓岭镇青松丽景18号楼", "鼓岭镇六和佳园17号楼", "鼓岭镇茶溪小区24号楼"]}


def test_sentence_items_under_a_town_in_traditional_characters_and_full_width_marks() -> None:
    text = _town_items("鼓岭镇", "将28号通告划定的中风险区青松丽景18号楼调整为高风险区。", "茶溪小区24号楼。")
    assert levels_of(in_traditional(text)) == {
        "high": ["鼓岭镇青松丽景18号楼", "鼓岭镇茶溪小区24号楼", "象园街道绿桥新村62号楼"]}
    assert levels_of(text.translate(HALF_TO_FULL)) == {
        "high": ["鼓岭镇青松丽景18号楼", "鼓岭镇茶溪小区24号楼", "象园街道绿桥新村62号楼"]}


@settings(max_examples=25, deadline=None)
@given(town=invented_names(PLAIN_SYLLABLES), estate=invented_names(PLAIN_SYLLABLES))
def test_property_a_sentence_item_keeps_its_town(town: str, estate: str) -> None:
    assume(no_real_city(town, estate) and town != estate)
    text = _town_items(f"{town}镇", f"将28号通告划定的中风险区{estate}小区18号楼调整为高风险区。", "茶溪小区24号楼。")
    assert levels_of(text) == {"high": [f"{town}镇{estate}小区18号楼", f"{town}镇茶溪小区24号楼",
                                        "象园街道绿桥新村62号楼"]}


def test_near_miss_a_sentence_item_of_another_level_is_not_joined_to_the_list() -> None:
    # (an item moving a place to the low level is no item of the high list: the list's own places stay as they were)
    text = _town_items("鼓岭镇", "将28号通告划定的中风险区青松丽景18号楼调整为低风险区。", "茶溪小区24号楼。")
    assert "鼓岭镇青松丽景18号楼" not in levels_of(text).get("high", [])


def test_near_miss_a_plain_town_list_is_unchanged() -> None:
    text = _town_items("鼓岭镇", "青松丽景18号楼。", "茶溪小区24号楼。")
    assert levels_of(text) == {"high": ["鼓岭镇青松丽景18号楼", "鼓岭镇茶溪小区24号楼", "象园街道绿桥新村62号楼"]}


# --- a place's label under a town's heading; a village's label before an area around its point -------------------

_MEDIUM_LEAD = "根据当前我区疫情防控形势,决定自2022年10月29日10时起,我区划定以下3个疫情防控中风险区。\n"


def _labelled(town: str, item: str) -> str:
    return (f"{_MEDIUM_LEAD}一、{town}\n{item}\n二、金峰街道\n红星小区5号楼。\n"
            "以上区域实行“人不出区、错峰取物”等管控措施。")


def test_a_place_label_under_a_town_is_kept_after_the_town() -> None:
    assert levels_of(_labelled("建新镇", "春晓苑二区:春晓苑二区10号楼。")) == {
        "medium": ["建新镇春晓苑二区春晓苑二区10号楼", "金峰街道红星小区5号楼"]}
    assert levels_of(_labelled("建新镇", "翠湖小区:翠湖小区10号楼。")) == {
        "medium": ["建新镇翠湖小区翠湖小区10号楼", "金峰街道红星小区5号楼"]}


def test_a_place_label_in_a_sentence_item_under_a_town() -> None:
    text = _labelled("金山街道", "泰和红岭:浦东大道北侧泰和红岭A16座、A17座列为中风险管控区。")
    assert levels_of(text) == {"medium": ["金山街道泰和红岭浦东大道北侧泰和红岭A16座、A17座", "金峰街道红星小区5号楼"]}


def test_a_village_label_before_an_area_around_its_point() -> None:
    text = _labelled("盖岭镇", "郭家村:以郭家村田头1-7号为中心,北至利华鞋业有限公司,东至公交驾校围墙合围。")
    assert levels_of(text) == {"medium": [
        "盖岭镇郭家村以郭家村田头1-7号为中心,北至利华鞋业有限公司,东至公交驾校围墙合围", "金峰街道红星小区5号楼"]}


def test_labels_under_a_town_in_traditional_characters_and_full_width_marks() -> None:
    text = _labelled("建新镇", "春晓苑二区:春晓苑二区10号楼。")
    expected = {"medium": ["建新镇春晓苑二区春晓苑二区10号楼", "金峰街道红星小区5号楼"]}
    assert levels_of(in_traditional(text)) == expected
    assert levels_of(text.translate(HALF_TO_FULL)) == expected


@settings(max_examples=25, deadline=None)
@given(town=invented_names(PLAIN_SYLLABLES), estate=invented_names(PLAIN_SYLLABLES))
def test_property_a_place_label_keeps_its_town(town: str, estate: str) -> None:
    assume(no_real_city(town, estate) and town != estate)
    assert levels_of(_labelled(f"{town}镇", f"{estate}小区:{estate}小区10号楼。")) == {
        "medium": [f"{town}镇{estate}小区{estate}小区10号楼", "金峰街道红星小区5号楼"]}


def test_near_miss_a_place_label_without_a_town_is_unchanged() -> None:
    text = f"{_MEDIUM_LEAD}翠湖小区:1号楼、2号楼。\n以上区域实行“人不出区、错峰取物”等管控措施。"
    assert levels_of(text) == {"medium": ["翠湖小区1号楼、2号楼"]}


def test_near_miss_a_village_label_over_its_own_groups_is_unchanged() -> None:
    assert levels_of(_labelled("盖岭镇", "郭家村:5组204号。")) == {
        "medium": ["盖岭镇郭家村5组204号", "金峰街道红星小区5号楼"]}


# --- a copy censoring 疫情 and 病毒 as "**" ---------------------------------------------------------------------


def _censored(district: str) -> str:
    return (f"{district}新型冠状**感染肺炎\n**防控工作应急指挥部通告\n(2022年第33号)\n"
            "根据当前我区**防控形势,决定自2022年11月2日15时起,新增1个**防控高风险区,具体如下。\n"
            "一、高风险区\n茶溪小区24号楼。\n以上区域实行“区域封闭、足不出户、服务上门”等管控措施。")


def test_a_censored_title_still_names_its_district() -> None:
    assert by_level(_censored("晋安区")) == {("high", "晋安区"): ["茶溪小区24号楼"]}
    assert by_level(in_traditional(_censored("晋安区"))) == {("high", "晋安区"): ["茶溪小区24号楼"]}
    assert by_level(_censored("晋安区").translate(HALF_TO_FULL)) == {("high", "晋安区"): ["茶溪小区24号楼"]}


@given(district=st.sampled_from(["鼓楼区", "仓山区", "台江区", "马尾区"]))
def test_property_a_censored_title_names_any_district(district: str) -> None:
    assert by_level(_censored(district)) == {("high", district): ["茶溪小区24号楼"]}


def test_near_miss_stars_elsewhere_are_left_alone() -> None:
    text = _censored("晋安区").replace("茶溪小区24号楼", "茶溪小区**号楼")
    assert by_level(text) == {("high", "晋安区"): ["茶溪小区**号楼"]}
