"""Forms of the sixtieth held-out set, part b: a list under street and town headings ("一、A街" over "1.A街B小区。"
or an unnumbered "A街B花园25栋、26栋。", the heading's name repeated on each item, not added again; an item written
as its bounds, "A镇B路以东、C点以北合围区域。"), closed by a sentence with the list as its subject leaving a level
("上述区域解除高风险区管控措施,参照…", no 对) or its temporary control areas turned low ("上述临时管控区调整为低风险
区"); and places absorbed into a wider area, no longer a level of their own ("…等9个区域不再单独设为中风险地区": no
rows). Near-misses: a lift's measures after it ("上述区域解除后…"), places that leave their level ("不再设为"), a
lift with no list above it. Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    PROVINCES,
    by_level,
    in_traditional,
    invented_names,
)

FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def _not_invented(name: str) -> bool:
    return not any(name.startswith(city) or city.startswith(name) for city in PREFECTURE_CITIES) \
        and not any(name.startswith(p) for p in PROVINCES)


# --- a street-headed list closed by "上述区域解除高风险区管控措施" / "上述临时管控区调整为低风险区" -----------------

def _headed(body: str, district: str = "花都区") -> str:
    return (f"{district}关于调整部分风险区域的通告(2022年第88号)\n"
            f"根据疫情处置进展,经专家组综合研判,{district}新型冠状病毒肺炎疫情防控指挥部研究决定,"
            f"自11月30日0时起,调整以下风险区域:\n{body}"
            "以上管控范围和措施要求将根据疫情防控形势变化适时调整。\n特此通告。\n"
            f"{district}新型冠状病毒肺炎疫情防控指挥部\n2022年11月29日\n")


_LIFT = "上述区域解除高风险区管控措施,参照《关于新增临时管控区的通告》(第80号)要求,实行强化社会面疫情防控。\n"
_LOW = "上述临时管控区调整为低风险区,落实常态化管理措施。\n"


def test_street_headed_list_lifted_by_reference() -> None:
    body = ("一、新华街\n1.新华街金桂花园8栋。\n2.新华街龙珠路5号、7号。\n二、秀全街\n秀全街东方花园25栋、26栋。\n"
            "三、炭步镇\n炭步镇大涡村工业路11号、13号。\n"
            "四、狮岭镇\n狮岭镇风光路28号以东、金狮大道以北合围区域。\n" + _LIFT)
    assert by_level(_headed(body)) == {("lifted", "花都区"): [
        "新华街金桂花园8栋", "新华街龙珠路5号、7号", "秀全街东方花园25栋、26栋", "炭步镇大涡村工业路11号、13号",
        "狮岭镇风光路28号以东、金狮大道以北合围区域"]}


def test_street_headed_list_variants() -> None:
    # temporary control areas turned low, the heading with its map note
    body = "一、新华街(见附图)\n1.新华街紫薇社区3号网格。\n2.新华街石塘村。\n" + _LOW
    assert by_level(_headed(body)) == {("low", "花都区"): ["新华街紫薇社区3号网格", "新华街石塘村"]}
    # both blocks in one notice, another district
    body = ("一、石滩镇\n石滩镇三江村5栋、6栋。\n" + _LIFT + "二、仙村镇(见附图)\n1.仙村镇沙头村。\n" + _LOW)
    assert by_level(_headed(body, "黄埔区")) == {("lifted", "黄埔区"): ["石滩镇三江村5栋、6栋"],
                                                 ("low", "黄埔区"): ["仙村镇沙头村"]}
    # the lift without its cited notice
    body = "一、秀全街\n秀全街东方花园25栋、26栋。\n上述区域解除中风险区管控措施。\n"
    assert by_level(_headed(body)) == {("lifted", "花都区"): ["秀全街东方花园25栋、26栋"]}


def test_street_headed_list_in_traditional_and_full_width() -> None:
    body = "一、秀全街\n秀全街東方花園25棟、26棟。\n二、新華街\n1.新華街龍珠路5號。\n" + _LIFT
    lifted = by_level(in_traditional(_headed(body)))
    assert sorted(lifted) == [("lifted", "花都区")] and len(lifted[("lifted", "花都区")]) == 2
    assert not any(p.startswith(("秀全街秀全街", "新華街新華街", "新华街新华街"))
                   for p in lifted[("lifted", "花都区")])
    body = "一、秀全街\n秀全街东方花园25栋、26栋。\n二、新华街\n1.新华街龙珠路5号。\n" + _LIFT
    text = _headed(body).translate(HALF_TO_FULL).translate(FULL_DIGITS)
    assert by_level(text) == {("lifted", "花都区"): ["秀全街东方花园25栋、26栋", "新华街龙珠路5号"]}


@settings(max_examples=25, deadline=None)
@given(street=invented_names(PLAIN_SYLLABLES), estate=invented_names(PLAIN_SYLLABLES))
def test_street_headed_list_property(street: str, estate: str) -> None:
    assume(_not_invented(street) and _not_invented(estate) and street != estate)
    body = f"一、{street}街\n{street}街{estate}花园25栋、26栋。\n二、新华街\n1.新华街龙珠路5号。\n" + _LIFT
    assert by_level(_headed(body)) == {("lifted", "花都区"): [f"{street}街{estate}花园25栋、26栋", "新华街龙珠路5号"]}


def test_street_headed_list_near_misses() -> None:
    # what holds after a lift, no change of the list
    body = "一、秀全街\n秀全街东方花园25栋、26栋。\n上述区域解除后,继续落实社会面管控措施。\n"
    assert ("lifted", "花都区") not in by_level(_headed(body))
    # a lift's sentence with no list above it lifts nothing
    assert by_level(_headed(_LIFT)) == {}
    # a street's heading alone above a line of another street is no repeated heading: both kept apart
    body = "一、秀全街\n新华街东方花园25栋、26栋。\n" + _LIFT
    assert not any(p.startswith("秀全街秀全街") for ps in by_level(_headed(body)).values() for p in ps)


# --- places absorbed into a wider area: "…等N个区域不再单独设为中风险地区" --------------------------------------

def _absorbed(sentence: str) -> str:
    return ("原标题:长春市九台区新增一高风险地区\n"
            f"9月25日,长春市应对新冠肺炎疫情工作指挥部决定,自9月25日零时起,{sentence}\n其他地区风险等级不变。\n")


_HIGH = "将九台区营城街道全域调整为高风险地区,"


def test_absorbed_areas_give_no_rows() -> None:
    text = _absorbed(_HIGH + "九台区营城街道金华小区、安民小区、兴林三委等3个区域不再单独设为中风险地区。")
    assert by_level(text) == {("high", "九台区"): ["营城街道全域"]}


def test_absorbed_areas_variants() -> None:
    # no count, 列为
    text = _absorbed(_HIGH + "九台区营城街道金华小区、安民小区不再单独列为中风险地区。")
    assert by_level(text) == {("high", "九台区"): ["营城街道全域"]}
    # the places with a bracket naming their office, 两个
    text = _absorbed(_HIGH + "九台区营城镇(营城街道办事处)金华小区、安民小区等两个区域不再单独设为中风险区。")
    assert by_level(text) == {("high", "九台区"): ["营城街道全域"]}
    # after a semicolon, 已
    text = _absorbed(_HIGH.rstrip(",") + ";九台区营城街道金华小区等1个区域已不再单独设为中风险地区。")
    assert by_level(text) == {("high", "九台区"): ["营城街道全域"]}


def test_absorbed_areas_in_traditional_and_full_width() -> None:
    text = _absorbed(_HIGH + "九台区营城街道金華小區、安民小區等2個區域不再單獨設為中風險地區。")
    assert by_level(in_traditional(text)) == {("high", "九台区"): ["营城街道全域"]}
    text = _absorbed(_HIGH + "九台区营城街道金华小区、安民小区等2个区域不再单独设为中风险地区。")
    assert by_level(text.translate(HALF_TO_FULL).translate(FULL_DIGITS)) == {("high", "九台区"): ["营城街道全域"]}


@settings(max_examples=25, deadline=None)
@given(first=invented_names(PLAIN_SYLLABLES), second=invented_names(PLAIN_SYLLABLES))
def test_absorbed_areas_property(first: str, second: str) -> None:
    assume(_not_invented(first) and _not_invented(second) and first != second)
    text = _absorbed(_HIGH + f"九台区营城街道{first}小区、{second}家园等2个区域不再单独设为中风险地区。")
    assert by_level(text) == {("high", "九台区"): ["营城街道全域"]}


def test_absorbed_areas_near_misses() -> None:
    # 不再设为 (no 单独): the place leaves its level, lifted
    text = _absorbed("九台区营城街道金华小区不再列为中风险地区。")
    assert by_level(text) == {("lifted", "九台区"): ["营城街道金华小区"]}
    # a level kept apart in the clause ("单独设为中风险地区" without 不再): a place given the level
    text = _absorbed("将九台区营城街道金华小区单独设为中风险地区。")
    assert ("medium", "九台区") in by_level(text)
