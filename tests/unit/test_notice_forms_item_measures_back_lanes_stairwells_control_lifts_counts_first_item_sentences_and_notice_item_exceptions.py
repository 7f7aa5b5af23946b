"""Forms of autumn-2022 广州, 珠海 and 重庆 notices and of 2021 厦门 and 商丘 ones: numbered items each closed by its
measures after a last comma ("(一)A街:东至B路,…(除高风险区外),实行“人不出区、错峰取物”等临时管控措施。" over
"(二)C街:…": the measures end the item, not the list); a street's item of house numbers on a village's numbered back
lanes ("(二)A街:B村C路5号、7号,D头三巷1号,E路北三巷8号", one place as "二巷3号" after it is); a building's
stairwells (梯) numbered as its units ("A大院2梯、3梯"); a lift of the zone's prevention and control written with 对
("解除对A、B的高风险区防控管理,调整后X区全域恢复常态化防控"); a headline counting its areas in digits ("X市3区域调整为
中风险地区", no place); a list whose first item is a sentence of its own ("以下区域为高风险地区:" over "1.将划定的高
风险地区(…)范围扩大至A社区" and "2.B社区": the list goes on); and several streets' rest but the levels' areas and
the temporary control areas of other notices' items ("A街道、B街道除中风险区和11月2日“…通告(二)”第二条…临时管控区
以外的其他区域", a place). Each form in variants written here (invented places, the wording of the real forms,
traditional characters, full-width punctuation), properties over generated names, and wording near each form that
must not become a place."""

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

_LEAD = "经本区新冠肺炎疫情防控指挥部研究决定,自2022年11月3日起,我区新增高风险区和临时管控区域如下:\n"
_MEASURES = "实行“人不出区、错峰取物”等临时管控措施。"


# --- numbered items each closed by their measures ----------------------------------------------------

def test_bounded_items_each_closed_by_their_measures_are_all_read() -> None:
    text = (_LEAD + "二、临时管控区\n"
            f"(一)金华街:东至春晓路,西至阳光广场停车场,北至丽泽路(除高风险区外),{_MEASURES}\n"
            f"(二)翠峰街:东至锦绣街-长风八街1号,南至胜利路,北至兴盛三巷(除高风险区外),{_MEASURES}\n"
            f"(三)福瑞镇:南至君悦街六巷30号,西至君悦街六巷31号,北至君悦街十二巷23号(除高风险区外),{_MEASURES}\n"
            "以上区域范围和管控要求将根据疫情防控形势变化适时调整。")
    assert levels_of(text) == {"controlled": [
        "金华街东至春晓路,西至阳光广场停车场,北至丽泽路(除高风险区外)",
        "翠峰街东至锦绣街-长风八街1号,南至胜利路,北至兴盛三巷(除高风险区外)",
        "福瑞镇南至君悦街六巷30号,西至君悦街六巷31号,北至君悦街十二巷23号(除高风险区外)"]}


def test_items_closed_by_their_measures_in_traditional_characters() -> None:
    text = in_traditional(_LEAD + "一、临时管控区\n"
                                  "(一)龙春街:东至桃源路,西至星湾路(除高风险区外),实行“人不出区、错峰取物”等管控措施。\n"
                                  "(二)秀峰街:东至康宁路,南至瑞鑫路(除高风险区外),实行“人不出区、错峰取物”等管控措施。")
    places = levels_of(text)["controlled"]
    assert len(places) == 2 and places[1].startswith("秀峰街")


def test_items_closed_by_their_measures_full_width_numbered_with_digits() -> None:
    text = (_LEAD + "临时管控区:\n1.胜利街:东至兴盛路,西至长风路(除高风险区外),实施“人不出区”管控措施。\n"
            "2.锦绣镇:北至翠峰路,南至金华路(除高风险区外),实施“人不出区”管控措施。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["胜利街东至兴盛路,西至长风路(除高风险区外)",
                                              "锦绣镇北至翠峰路,南至金华路(除高风险区外)"]}


def test_measures_over_prose_still_end_the_list() -> None:
    # (the measures close the last item; the next line is prose, not an item numbered alike: nothing more is read)
    text = (_LEAD + "二、临时管控区\n"
            f"(一)金华街:东至春晓路,西至阳光路(除高风险区外),{_MEASURES}\n"
            "区域内居民如遇到生活、就医等困难,可拨打24小时暖心服务热线。")
    assert levels_of(text) == {"controlled": ["金华街东至春晓路,西至阳光路(除高风险区外)"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True), st.booleans())
def test_any_items_closed_by_their_measures(stems: list[str], traditional: bool) -> None:
    items = [f"{s}街:东至{s}东路,西至{s}西路(除高风险区外)" for s in stems]
    lines = [f"({'一二三四'[k]}){item},{_MEASURES}" for k, item in enumerate(items)]
    text = _LEAD + "二、临时管控区\n" + "\n".join(lines)
    # (a copy in traditional characters is read back in simplified ones)
    assert levels_of(in_traditional(text) if traditional else text) == {
        "controlled": [item.replace(":", "") for item in items]}


# --- a street's item of house numbers on numbered back lanes --------------------------------------------

def test_house_numbers_on_numbered_back_lanes_are_one_place() -> None:
    text = (_LEAD + "一、高风险区\n(一)金华街:春晓村阳光路5号、7号,桃源头三巷1号、2号,丽泽路北三巷8号\n"
            "(二)翠峰街:长风中街东六巷20号、24号,东七巷18号、25号\n高风险区域实行“足不出户、上门服务”等管理措施。")
    assert levels_of(text) == {"high": ["金华街春晓村阳光路5号、7号,桃源头三巷1号、2号,丽泽路北三巷8号",
                                        "翠峰街长风中街东六巷20号、24号,东七巷18号、25号"]}


def test_house_numbers_on_back_lanes_in_traditional_characters() -> None:
    text = in_traditional(_LEAD + "一、高风险区\n(一)龙春街:星湾村康宁路3号,瑞鑫头二巷6号,君悦路西五巷9号\n"
                                  "(二)秀峰街:胜利街南四巷2号,南五巷7号")
    assert len(levels_of(text)["high"]) == 2


def test_house_numbers_on_back_lanes_full_width() -> None:
    text = (_LEAD + "一、高风险区\n(一)兴盛镇:锦绣村翠峰路11号,金华尾四巷5号\n"
            "(二)长风镇:阳光路8号").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["兴盛镇锦绣村翠峰路11号,金华尾四巷5号", "长风镇阳光路8号"]}


def test_house_numbers_on_two_unrelated_roads_stay_apart() -> None:
    # (a road of its own after the comma, not a numbered lane: two places)
    text = _LEAD + "高风险区:\n1.金华街道:春晓路12号,丽泽一路3号\n2.翠峰街道:长风路8号"
    assert levels_of(text) == {"high": ["金华街道春晓路12号", "金华街道丽泽一路3号", "翠峰街道长风路8号"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from(["三", "五", "东七", "北二"]), st.integers(1, 99))
def test_any_house_numbers_on_a_numbered_back_lane(road: str, stem: str, lane: str, number: int) -> None:
    item = f"{road}村{road}路{number}号、{number + 2}号,{stem}头{lane}巷{number}号"
    text = _LEAD + f"一、高风险区\n(一)金华街:{item}\n(二)翠峰街:长风路8号"
    assert levels_of(text) == {"high": [f"金华街{item}", "翠峰街长风路8号"]}


# --- a building's stairwells (梯) ------------------------------------------------------------------------

_LIFT_LEAD = "决定自2022年11月18日14时起解除部分区域临时管控措施,通告如下:\n"


def test_stairwells_of_a_building_are_one_place() -> None:
    text = _LIFT_LEAD + "一、金华街道\n春晓冲25号大院2梯、3梯。\n二、翠峰街道\n丽泽苑。"
    assert levels_of(text) == {"lifted": ["金华街道春晓冲25号大院2梯、3梯", "翠峰街道丽泽苑"]}


def test_stairwells_in_traditional_characters() -> None:
    text = in_traditional(_LIFT_LEAD + "一、龙春街道\n星湾大厦1梯、2梯、5梯。")
    assert len(levels_of(text)["lifted"]) == 1


def test_stairwells_full_width() -> None:
    text = (_LIFT_LEAD + "一、锦绣街道\n长风新村8号楼A梯、B梯;胜利花园。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["锦绣街道长风新村8号楼A梯、B梯", "锦绣街道胜利花园"]}


def test_a_lift_named_after_stairs_is_no_part() -> None:
    # ("A电梯公司": a company named after lifts, a place of its own after the 、)
    text = _LIFT_LEAD + "一、金华街道\n春晓小区3栋、丽泽电梯公司。"
    assert levels_of(text) == {"lifted": ["金华街道春晓小区3栋", "金华街道丽泽电梯公司"]}


@settings(max_examples=25, deadline=None)
@given(name, st.lists(st.integers(1, 9), min_size=2, max_size=4, unique=True))
def test_any_stairwells_of_a_building(stem: str, wells: list[int]) -> None:
    place = f"{stem}大院" + "、".join(f"{w}梯" for w in wells)
    assert levels_of(_LIFT_LEAD + f"一、金华街道\n{place}。") == {"lifted": [f"金华街道{place}"]}


# --- a lift of the zone's prevention and control, with 对 ------------------------------------------------

_ZH_LIFT = ("根据疫情处置进展,经珠海市香洲区新型冠状病毒肺炎疫情防控指挥部研究,决定自2022年12月6日起,解除对{places}"
            "的高风险区防控管理,调整后香洲区全域恢复常态化防控。")


def test_lift_of_prevention_and_control_with_dui() -> None:
    text = _ZH_LIFT.format(places="金华镇春晓社区正街二巷27号A栋、翠峰街道长风社区胜利街60号锦绣花园4栋")
    assert levels_of(text) == {"lifted": ["金华镇春晓社区正街二巷27号A栋", "翠峰街道长风社区胜利街60号锦绣花园4栋"]}


def test_lift_of_prevention_and_control_in_traditional_characters() -> None:
    text = in_traditional(_ZH_LIFT.format(places="龙春街道星湾社区康宁路8号瑞鑫花园2栋"))
    assert levels_of(text) == {"lifted": ["龙春街道星湾社区康宁路8号瑞鑫花园2栋"]}


def test_lift_of_prevention_and_control_full_width_without_the_closing_clause() -> None:
    text = ("决定自12月6日起,解除对兴盛镇金华村3组、秀峰街道阳光小区5栋的中风险区防控管理。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["兴盛镇金华村3组", "秀峰街道阳光小区5栋"]}


def test_lift_of_prevention_and_control_for_people_is_no_place() -> None:
    text = "决定自12月6日起,解除对返乡人员的高风险区防控管理,调整后全区恢复常态化防控。"
    assert levels_of(text) == {}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=3, unique=True), st.booleans())
def test_any_lift_of_prevention_and_control(stems: list[str], traditional: bool) -> None:
    places = [f"{s}小区{k + 1}栋" for k, s in enumerate(stems)]
    text = _ZH_LIFT.format(places="、".join(places))
    assert levels_of(in_traditional(text) if traditional else text) == {"lifted": places}


# --- a headline counting its areas in digits ----------------------------------------------------------

_COUNT_BODY = ("\n\n关于调整部分区域疫情风险等级的通告\n\n根据国家和省关于应对新冠肺炎疫情精准防控工作要求,"
               "现决定自2021年8月1日起,将{places}疫情风险等级调整为中风险地区。\n\n中风险地区实行封闭管理。")


def test_headline_count_in_digits_is_no_place() -> None:
    text = "金华市3区域调整为中风险地区" + _COUNT_BODY.format(places="春晓区阳光超市、丽泽区翠峰小区、长风区胜利社区")
    assert levels_of(text) == {"medium": ["阳光超市", "翠峰小区", "胜利社区"]}


def test_headline_count_in_digits_in_traditional_characters() -> None:
    text = in_traditional("龍春縣2地区调整为中风险地区" + _COUNT_BODY.format(places="星湾镇康宁村、瑞鑫镇君悦村"))
    assert len(levels_of(text)["medium"]) == 2


def test_headline_count_in_digits_full_width() -> None:
    text = ("锦绣市2区域调整为中风险地区" + _COUNT_BODY.format(places="兴盛区秀峰小区(金华路东侧)、长风区星湾社区")
            ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["秀峰小区(金华路东侧)", "星湾社区"]}


def test_a_compound_numbered_area_is_a_place() -> None:
    # (after a compound, not a city or county: "A小区3区域" is a part of it)
    text = "关于调整风险等级的通告\n将春晓小区3区域调整为中风险地区。"
    assert levels_of(text) == {"medium": ["春晓小区3区域"]}


@settings(max_examples=25, deadline=None)
@given(name, st.integers(2, 9), st.sampled_from(["市", "县"]))
def test_any_headline_count_in_digits(city: str, count: int, kind: str) -> None:
    text = f"{city}{kind}{count}区域调整为中风险地区" + _COUNT_BODY.format(places="春晓区阳光超市、丽泽区翠峰小区")
    assert levels_of(text) == {"medium": ["阳光超市", "翠峰小区"]}


# --- a first item that is a sentence of its own --------------------------------------------------------

_XM = "根据当前我市疫情防控实际情况,现就有关事项通告如下:\n经专家研判,自2021年9月17日起,以下区域为高风险地区:\n"


def test_list_goes_on_after_a_first_item_that_extends_an_area() -> None:
    text = (_XM + "1.将划定的高风险地区(同安区金华镇春晓路以东、丽泽路以西)范围扩大至同安区金华镇翠峰社区\n"
            "2.同安区金华镇长风社区\n3.同安区胜利镇兴盛村\n以下区域为中风险地区:\n1.思明区锦绣街道秀峰小区")
    assert levels_of(text) == {"high": ["金华镇翠峰社区", "金华镇长风社区", "胜利镇兴盛村"],
                               "medium": ["锦绣街道秀峰小区"]}


def test_list_goes_on_after_a_first_sentence_item_in_traditional_characters() -> None:
    text = in_traditional(_XM + "1.将划定的高风险地区(湖里区龙春街道星湾路以北)范围扩大至湖里区龙春街道康宁社区\n"
                                "2.湖里区龙春街道瑞鑫社区")
    assert len(levels_of(text)["high"]) == 2


def test_list_goes_on_after_a_first_sentence_item_full_width() -> None:
    text = (_XM + "1.将划定的高风险地区(集美区君悦镇阳光路以南)范围扩大至集美区君悦镇金华村\n"
            "2.集美区君悦镇丽泽村").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["君悦镇金华村", "君悦镇丽泽村"]}


def test_prose_after_a_first_sentence_item_is_no_place() -> None:
    text = (_XM + "1.将划定的高风险地区(同安区金华镇春晓路以东)范围扩大至同安区金华镇翠峰社区\n"
            "请广大市民继续做好个人防护。")
    assert levels_of(text) == {"high": ["金华镇翠峰社区"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True))
def test_any_list_after_a_first_sentence_item(stems: list[str]) -> None:
    first, *rest = stems
    lines = [f"1.将划定的高风险地区(同安区金华镇春晓路以东)范围扩大至同安区金华镇{first}社区"]
    lines += [f"{k + 2}.同安区金华镇{s}社区" for k, s in enumerate(rest)]
    assert levels_of(_XM + "\n".join(lines)) == {"high": [f"金华镇{s}社区" for s in stems]}


# --- streets' rest but the levels' areas and other notices' items ----------------------------------------

_CQ = ("自2022年11月2日18时起,将沙坪坝区部分区域划定为中低风险区,具体如下:\n一、中风险区(1个)\n"
       "金华街道(1个):春晓小区1栋。\n二、低风险区\n(一)具体范围\n{rest}。\n(二)管理措施\n1.实行“个人防护、避免聚集”。")


def test_streets_rest_but_levels_and_other_notices_items_is_a_place() -> None:
    rest = ("金华街道、丽泽街道、翠峰街道除中风险区和11月2日“关于划定部分临时管控区域的通告(二)”第二条和"
            "“通告(三)”第三条临时管控区以外的其他区域")
    assert by_level(_CQ.format(rest=rest)) == {("medium", "沙坪坝区"): ["金华街道春晓小区1栋"],
                                               ("low", "沙坪坝区"): [rest]}


def test_streets_rest_but_temporary_control_in_traditional_characters() -> None:
    rest = "龍春街道、星灣街道除中风险区和临时管控区以外的其他区域"
    text = in_traditional(_CQ.format(rest=rest))
    assert levels_of(text)["low"] == ["龙春街道、星湾街道除中风险区和临时管控区以外的其他区域"]


def test_streets_rest_but_other_notices_items_full_width() -> None:
    rest = "康宁街道、瑞鑫街道除中风险区和“通告(三)”第一条临时封控区以外的其他区域"
    text = _CQ.format(rest=rest).translate(HALF_TO_FULL)
    assert levels_of(text)["low"] == [rest]


def test_district_rest_but_other_notices_items_stays_a_blanket() -> None:
    rest = "沙坪坝区除中风险区和11月2日“通告(二)”第二条临时管控区以外的其他区域"
    assert levels_of(_CQ.format(rest=rest)) == {"medium": ["金华街道春晓小区1栋"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True), st.sampled_from(["二", "三", "四"]),
       st.sampled_from(["临时管控区", "临时封控区"]))
def test_any_streets_rest_but_other_notices_items(stems: list[str], item: str, level: str) -> None:
    rest = "、".join(f"{s}街道" for s in stems) + f"除中风险区和“通告(二)”第{item}条{level}以外的其他区域"
    assert levels_of(_CQ.format(rest=rest))["low"] == [rest]
