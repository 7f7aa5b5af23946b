"""Ordinary wording near the rules of review rv62b: a town's heading over sentence items ("(一)鼓岭镇" over "1.将…调整为
高风险区"), a place's label under a town's heading ("一、建新镇" over "A小区:1号楼"), a copy censoring 疫情 as "**", a
level area widened without 范围 ("高风险区扩大至A村全域"), a street's places by comma with road addresses or
Latin-led names, and a reworded copy's signature closed by a stop. Near-misses each rule caught by accident, and the
forms the rules were written for kept (invented places)."""

from __future__ import annotations

import pytest

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, by_level, in_traditional, levels_of

# --- a town's heading over sentence items: a place naming its own town or street, a note before the sentence -------

HIGH_LEAD = "根据当前我区疫情防控形势,决定自2022年11月2日15时起,新增5个疫情防控高风险区,具体如下。\n一、高风险区\n"
HIGH_END = "以上区域实行“区域封闭、足不出户、服务上门”等管控措施。"


def _under_town(first: str, second: str = "茶溪小区24号楼。") -> str:
    return f"{HIGH_LEAD}(一)鼓岭镇\n1.{first}\n2.{second}\n(二)象园街道\n绿桥新村62号楼。\n{HIGH_END}"


@pytest.mark.parametrize(("item", "place"), [
    ("将28号通告划定的中风险区宦溪镇青松丽景18号楼调整为高风险区。", "宦溪镇青松丽景18号楼"),
    ("将28号通告划定的中风险区寿山乡青松丽景18号楼调整为高风险区。", "寿山乡青松丽景18号楼"),
    ("将象园街道绿桥新村61号楼列为高风险区。", "象园街道绿桥新村61号楼"),
])
def test_a_sentence_item_naming_its_own_town_or_street_keeps_it_alone(item: str, place: str) -> None:
    assert levels_of(_under_town(item)) == {"high": [place, "鼓岭镇茶溪小区24号楼", "象园街道绿桥新村62号楼"]}


def test_a_sentence_item_of_another_town_after_a_plain_item() -> None:
    text = (f"{HIGH_LEAD}(一)鼓岭镇\n1.茶溪小区24号楼。\n2.将宦溪镇青松丽景18号楼由中风险区调整为高风险区。\n"
            f"{HIGH_END}")
    assert levels_of(text) == {"high": ["鼓岭镇茶溪小区24号楼", "宦溪镇青松丽景18号楼"]}


@pytest.mark.parametrize("note", ["经流调研判", "补充", "特别说明"])
def test_a_note_before_a_sentence_item_is_no_part_of_its_place(note: str) -> None:
    assert levels_of(_under_town(f"{note}:青松丽景18号楼列为高风险区。")) == {
        "high": ["鼓岭镇青松丽景18号楼", "鼓岭镇茶溪小区24号楼", "象园街道绿桥新村62号楼"]}


def test_the_town_still_heads_its_sentence_items() -> None:
    assert levels_of(_under_town("将28号通告划定的中风险区青松丽景18号楼调整为高风险区。")) == {
        "high": ["鼓岭镇青松丽景18号楼", "鼓岭镇茶溪小区24号楼", "象园街道绿桥新村62号楼"]}
    assert levels_of(_under_town("后溪村:青松丽景18号楼列为高风险区。")) == {
        "high": ["鼓岭镇后溪村青松丽景18号楼", "鼓岭镇茶溪小区24号楼", "象园街道绿桥新村62号楼"]}
    assert levels_of(_under_town("泰和红岭:浦东大道北侧泰和红岭A16座列为高风险区。")) == {
        "high": ["鼓岭镇泰和红岭浦东大道北侧泰和红岭A16座", "鼓岭镇茶溪小区24号楼", "象园街道绿桥新村62号楼"]}


# --- a place's label under a town's heading: a label naming its own town or street --------------------------------

MEDIUM_LEAD = "根据当前我区疫情防控形势,决定自2022年10月29日10时起,我区划定以下3个疫情防控中风险区。\n"
MEDIUM_END = "以上区域实行“人不出区、错峰取物”等管控措施。"


def _labelled(item: str) -> str:
    return f"{MEDIUM_LEAD}一、建新镇\n{item}\n二、金峰街道\n红星小区5号楼。\n{MEDIUM_END}"


@pytest.mark.parametrize(("item", "places"), [
    ("建新镇中心小学:教学楼、宿舍楼。", ["建新镇中心小学教学楼", "建新镇中心小学宿舍楼"]),
    ("城关镇中心小学:教学楼。", ["城关镇中心小学教学楼"]),
    ("金峰街道翠湖小区:3号楼。", ["金峰街道翠湖小区3号楼"]),
])
def test_a_label_naming_its_own_town_or_street_is_not_put_after_the_heading(item: str, places: list[str]) -> None:
    assert levels_of(_labelled(item)) == {"medium": [*places, "金峰街道红星小区5号楼"]}
    assert levels_of(in_traditional(_labelled(item))) == {"medium": [*places, "金峰街道红星小区5号楼"]}


def test_a_place_label_under_a_town_still_keeps_the_town() -> None:
    assert levels_of(_labelled("翠湖小区:1号楼、2号楼。")) == {
        "medium": ["建新镇翠湖小区1号楼、2号楼", "金峰街道红星小区5号楼"]}
    assert levels_of(_labelled("春风苑二区:春风苑二区10号楼。")) == {
        "medium": ["建新镇春风苑二区春风苑二区10号楼", "金峰街道红星小区5号楼"]}


# --- a level area widened without 范围: to an area that names no place ---------------------------------------------

WIDEN_LEAD = "根据疫情防控需要,经研判,"
WIDEN_END = "。请广大市民配合。"


@pytest.mark.parametrize("sentence", ["青松丽景小区为高风险区。高风险区扩大到周边500米", "将封控区扩展为整个小区",
                                      "茶溪小区封控区扩大至全小区", "后溪村高风险区扩大至全村"])
def test_a_level_area_widened_to_no_named_place_adds_no_place(sentence: str) -> None:
    got = levels_of(WIDEN_LEAD + sentence + WIDEN_END)
    assert got in ({}, {"high": ["青松丽景小区"]}), got


def test_a_level_area_widened_to_a_named_place_is_read() -> None:
    assert levels_of(f"{WIDEN_LEAD}决定将后溪村高风险区扩大至后溪村全域{WIDEN_END}") == {"high": ["后溪村全域"]}
    assert levels_of(in_traditional(f"{WIDEN_LEAD}决定将后溪村高风险区扩大至后溪村全域{WIDEN_END}")) == {
        "high": ["后溪村全域"]}


# --- "**" for 疫情: not a bold span of a copy in marks ---------------------------------------------------------------


def test_a_bold_place_opening_with_fangyi_is_not_read_as_censored() -> None:
    text = "晋安区疫情防控指挥部通告\n高风险区:\n**防疫站家属院**\n**茶溪小区**"
    assert not any(p.startswith("疫情") for p in levels_of(text).get("high", []))


def test_a_censored_title_is_still_read() -> None:
    text = ("晋安区新型冠状**感染肺炎\n**防控工作应急指挥部通告\n根据当前我区**防控形势,决定新增1个**防控高风险区,"
            "具体如下。\n一、高风险区\n茶溪小区24号楼。")
    assert by_level(text) == {("high", "晋安区"): ["茶溪小区24号楼"]}
    assert by_level(text.translate(HALF_TO_FULL)) == {("high", "晋安区"): ["茶溪小区24号楼"]}


# --- a street's places by comma: addresses after their places, a lettered part of the first place ------------------

STREET_HEAD = "经研判,决定实行以下防控措施:\n一、将以下区域划定为高风险区,实行“足不出户、服务上门”管控措施:\n"
STREET_TAIL = "\n(二)桃溪街道光明苑2栋。\n以上管控措施自2022年7月12日5时起实施。"


@pytest.mark.parametrize("item", ["桃溪街道锦绣小区,春风路12号,翠湖花园,秀水路8号,梅岭大厦",
                                  "桃溪街道锦绣小区,春风路12号,翠湖花园,秀水路8号,梅岭大厦,园丁路5号,柳林花园"])
def test_places_each_followed_by_its_address_stay_one_item(item: str) -> None:
    assert levels_of(f"{STREET_HEAD}(一){item}。{STREET_TAIL}") == {"high": [item, "桃溪街道光明苑2栋"]}


@pytest.mark.parametrize("item", ["桃溪街道锦绣花园,B区公寓3栋", "桃溪街道锦绣花园3栋,A座公寓5栋"])
def test_a_lettered_part_of_the_first_place_stays_with_it(item: str) -> None:
    assert levels_of(f"{STREET_HEAD}(一){item}。{STREET_TAIL}") == {"high": [item, "桃溪街道光明苑2栋"]}


def test_bare_addresses_in_a_long_list_and_latin_led_names_are_still_places() -> None:
    text = f"{STREET_HEAD}(一)桃溪街道春风巷小区,锦绣花园,翠湖小区,白鹭路176号,秀水路15号,柳林花园。{STREET_TAIL}"
    assert levels_of(text) == {"high": ["桃溪街道春风巷小区", "锦绣花园", "翠湖小区", "白鹭路176号", "秀水路15号",
                                        "柳林花园", "桃溪街道光明苑2栋"]}
    text = f"{STREET_HEAD}(一)桃溪街道锦绣山庄小区,K派公寓48栋。{STREET_TAIL}"
    assert levels_of(text) == {"high": ["桃溪街道锦绣山庄小区", "K派公寓48栋", "桃溪街道光明苑2栋"]}


# --- a signature closed by a stop: not an office listed among the places -------------------------------------------

REWORDED_HEAD = "宁远市应对新型冠状病毒肺炎疫情工作指挥部通告\n经专家组研判,现将风险区域划定如下:\n一、中风险地区\n"


@pytest.mark.parametrize("office", ["宁远县卫生健康委员会", "宁远县卫生和计划生育委员会"])
def test_an_office_listed_with_a_stop_is_no_signature(office: str) -> None:
    text = f"{REWORDED_HEAD}翠湖镇春风村;\n{office}。\n柳林中学。"
    got = [p.removeprefix("宁远县") for p in levels_of(text).get("medium", [])]
    assert got == ["翠湖镇春风村", office.removeprefix("宁远县"), "柳林中学"]


def test_a_signature_closed_by_a_stop_is_still_no_place() -> None:
    text = (f"{REWORDED_HEAD}1.翠湖镇春风村。\n2.柳林中学。\n宁远市应对新型冠状病毒感染肺炎疫情工作指挥部。\n"
            "2021年9月17日。")
    assert levels_of(text) == {"medium": ["翠湖镇春风村", "柳林中学"]}
