"""Forms of notices that label a development zone beside one town in a county's section ("A开发区:B小区其他楼幢" over
"C镇:D花园其他楼幢": the zone a part of the county, joined to its places as a town is), put lines labelled "范围:"
and "新增:" under a level's heading with a closing measure ("…,实施封闭管理;", late 2021 浙江), write the rest of
a street as "A街道行政区划内封控区、管控区以外的其他区域" (内 for 除), name their district in the lead as acting
over its whole ("A区主动在全区范围开展…"), and write an area by its bounds as its clause's subject
("A镇南至B路,东至C围墙合围区域划定为封控区", no 将) beside a place with its district written once, and lift places
written as their clause's subject, a comma, then the lift of the level they had ("A街道B社区(C小区除外)及部分D社区
(E路以南),解除管控。": 部分 of a community with a bracket saying which a place, 及 before it joining one more), and a
site's roundup of one estate: a heading with the municipality before the district ("北京A区封控区:"), the day's label
("3月8日消息:", no place), places then the time of their lift ("…自3月8日9:50解除封控管理") and a place kept sealed
without a verb ("…(病例所在单元)继续封控管理至21天").
Each form in variants written here (invented places, other districts, kinds of place, separators, traditional
characters, full-width punctuation), and properties over generated parts."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- a development zone's label beside one town's ----------------------------------------------------

def test_zone_label_beside_one_town_label_is_joined_to_its_places() -> None:
    text = ("太仓市疫情防控通告\n一、管控区\n1. 太仓开发区:春晓园B2区其他楼幢。\n2. 浏河镇:金华花园其他楼幢。\n"
            "管控区实行“人不出区、严禁聚集”。")
    assert by_level(text) == {("controlled", "太仓市"): ["太仓开发区春晓园B2区其他楼幢", "浏河镇金华花园其他楼幢"]}


def test_zone_label_after_the_town_label_with_semicolons_in_traditional_characters() -> None:
    text = in_traditional("常熟市疫情防控通告\n一、封控区\n1. 高新技术开发区:丽泽苑5幢;鑫汇电子有限公司。\n"
                          "2. 古里镇:翠锦家园3幢。\n封控区实行“区域封闭、足不出户”。")
    assert by_level(text) == {("sealed", "常熟市"): ["高新技术开发区丽泽苑5幢", "高新技术开发区鑫汇电子有限公司",
                                                  "古里镇翠锦家园3幢"]}


def test_zone_label_beside_a_street_label_full_width() -> None:
    text = ("张家港市疫情防控通告\n二、管控区\n(一)经济开发区:星峰公寓其他楼栋。\n(二)杨舍街道:长风小区其他楼栋。\n"
            "管控区实行“人不出区”。").translate(HALF_TO_FULL)
    assert by_level(text) == {("controlled", "张家港市"): ["经济开发区星峰公寓其他楼栋", "杨舍街道长风小区其他楼栋"]}


@settings(max_examples=30, deadline=None)
@given(zone=name, town=name, first=name, second=name)
def test_any_zone_beside_any_town_keeps_its_label(zone: str, town: str, first: str, second: str) -> None:
    assume(first != second)
    text = (f"昆山市疫情防控通告\n一、管控区\n1. {zone}开发区:{first}花园其他楼幢。\n"
            f"2. {town}镇:{second}家园其他楼幢。\n管控区实行“人不出区、严禁聚集”。")
    assert by_level(text) == {("controlled", "昆山市"): [f"{zone}开发区{first}花园其他楼幢",
                                                      f"{town}镇{second}家园其他楼幢"]}


# --- "范围:" and "新增:" under a level's heading ---------------------------------------------------------

LEAD = "12月5日6时起,{d}主动在全区范围开展大规模核酸检测。现将调整后防控区域通告如下:\n"


def test_labelled_range_and_additions_under_each_level() -> None:
    text = LEAD.format(d="柯桥区") + (
        "一、封控区:\n范围:福瑞街道金华村,北至A路,南至B河;福瑞街道长风村,东至C江,西至D路,实施封闭管理;\n"
        "新增:兴盛街道北至E路,南至F路,实施封闭管理。\n封控区内严格实施居家隔离。\n"
        "二、管控区:\n范围:福瑞街道春晓村,北至G路,南至H河。\n新增:兴盛街道北至I路,西至J路。\n管控区域内实行“人不出区”。\n"
        "三、防范区:\n福瑞街道行政区划内封控区、管控区以外的其他区域;")
    assert by_level(text) == {
        ("sealed", "柯桥区"): ["福瑞街道金华村,北至A路,南至B河", "福瑞街道长风村,东至C江,西至D路",
                               "兴盛街道北至E路,南至F路"],
        ("controlled", "柯桥区"): ["福瑞街道春晓村,北至G路,南至H河", "兴盛街道北至I路,西至J路"],
        ("precaution", "柯桥区"): ["福瑞街道行政区划内封控区、管控区以外的其他区域"],
    }
    # (the rest of the whole district, its name before 行政区划内, is no place)
    assert ("precaution", "柯桥区") not in by_level(text.replace("福瑞街道行政区划内", "柯桥区行政区划内"))


def test_labelled_range_in_traditional_characters_with_full_width_colons() -> None:
    text = in_traditional(LEAD.format(d="上虞区") + "一、封控区:\n範圍:曹娥街道龍山村,北至K路,南至L河,實施封閉管理;\n"
                          "二、管控區:\n範圍:曹娥街道鳳凰村,東至M路,西至N江。\n").translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "上虞区"): ["曹娥街道龙山村,北至K路,南至L河"],
                              ("controlled", "上虞区"): ["曹娥街道凤凰村,东至M路,西至N江"]}


def test_a_county_with_its_whole_and_only_additions() -> None:
    text = ("12月8日,海盐县主动在全县范围开展核酸检测。现通告如下:\n一、封控区:\n"
            "新增:武原街道南至P路,东至Q河,实施封闭管理。\n封控区内实行“足不出户”。\n二、防范区:\n武原街道辖区内封控区、管控区以外的其他区域。")
    assert by_level(text) == {("sealed", "海盐县"): ["武原街道南至P路,东至Q河"],
                              ("precaution", "海盐县"): ["武原街道辖区内封控区、管控区以外的其他区域"]}


@settings(max_examples=30, deadline=None)
@given(street=name, village=name, road=name, river=name, full=st.booleans())
def test_any_labelled_range_reads_its_bounded_area(street: str, village: str, road: str, river: str,
                                                   full: bool) -> None:
    assume(street != village)
    text = LEAD.format(d="柯桥区") + (f"一、封控区:\n范围:{street}街道{village}村,北至{road}路,南至{river}河,"
                                     f"实施封闭管理;\n二、防范区:\n{street}街道行政区划内封控区、管控区以外的其他区域;")
    if full:
        text = text.translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "柯桥区"): [f"{street}街道{village}村,北至{road}路,南至{river}河"],
                              ("precaution", "柯桥区"): [f"{street}街道行政区划内封控区、管控区以外的其他区域"]}


# --- an area by its bounds as its clause's subject -------------------------------------------------------

def test_bounded_subjects_and_a_district_written_once() -> None:
    text = ("经专家研判,调整如下:\n星桥镇南至A公路,东至B仓库东围墙,北至C厂北围墙,西至D厂西围墙合围区域划定为封控区;"
            "星桥镇南至A公路,东至E线,北至F厂北围墙合围区域划定为管控区。\n余杭区仁和街道金华村8号划定为封控区。\n"
            "现通告如下:\n一、封控区人员足不出户。")
    assert by_level(text) == {
        ("sealed", "余杭区"): ["星桥镇南至A公路,东至B仓库东围墙,北至C厂北围墙,西至D厂西围墙合围区域",
                               "仁和街道金华村8号"],
        ("controlled", "余杭区"): ["星桥镇南至A公路,东至E线,北至F厂北围墙合围区域"],
    }


def test_bounded_subject_enclosed_area_in_traditional_full_width() -> None:
    text = in_traditional("調整如下:\n良渚街道西至G河,北至H路圍合區域劃定為管控區。\n"
                          "拱墅區祥符街道長風小區3幢劃定為封控區。\n現通告如下:\n一、管控區人員只進不出。").translate(HALF_TO_FULL)
    assert by_level(text) == {("controlled", "拱墅区"): ["良渚街道西至G河,北至H路围合区域"],
                              ("sealed", "拱墅区"): ["祥符街道长风小区3幢"]}


def test_bounded_subject_with_two_named_districts_takes_neither_for_the_bounds() -> None:
    text = ("调整如下:\n星桥镇南至A路,东至B河合围区域划定为封控区。\n余杭区仁和街道金华村8号划定为封控区。\n"
            "临平区崇贤街道春晓村5号划定为管控区。\n")
    levels = by_level(text)
    assert levels[("sealed", None)] == ["星桥镇南至A路,东至B河合围区域"]


@settings(max_examples=30, deadline=None)
@given(town=name, road=name, works=name, street=name, village=name)
def test_any_bounded_subject_is_one_place(town: str, road: str, works: str, street: str, village: str) -> None:
    assume(town != street)
    text = (f"调整如下:\n{town}镇南至{road}路,北至{works}厂北围墙合围区域划定为封控区。\n"
            f"余杭区{street}街道{village}村8号划定为管控区。\n现通告如下:\n一、封控区人员足不出户。")
    assert by_level(text) == {("sealed", "余杭区"): [f"{town}镇南至{road}路,北至{works}厂北围墙合围区域"],
                              ("controlled", "余杭区"): [f"{street}街道{village}村8号"]}


# --- places as their clause's subject, a comma, then the lift ---------------------------------------------

LIFT_TITLE = "{d}疫情防控指挥部办公室通告(第3号)\n经研究决定,公告的封控区、管控区和防范区解封,现通告如下:\n"


def lifted_from(text: str) -> dict[tuple[str | None, str | None], list[str]]:
    """The places lifted (no new level), by the level they leave and their district."""
    out: dict[tuple[str | None, str | None], list[str]] = {}
    for change in parse_notice(text)["changes"]:
        if change["action"] == "lift" and change["level_to"] is None:
            out.setdefault((change["level_from"], change["district"]), []).extend(change["places"])
    return out


def test_parts_of_communities_lifted_after_a_comma() -> None:
    text = LIFT_TITLE.format(d="福田区") + (
        "一、金华口岸特别管理区,解除封控。春晓街道长风社区(丽泽花园和翠锦小区除外)及部分星峰社区(长风社区以东、"
        "康宁路以南至滨海栈道),解除管控。春晓街道福瑞社区、君悦社区,及部分星峰社区(康宁路以北),解封防范区。\n"
        "二、解封后,上述区域分两个阶段实施相应管控措施。")
    assert lifted_from(text) == {
        ("sealed", "福田区"): ["金华口岸特别管理区"],
        ("controlled", "福田区"): ["春晓街道长风社区(丽泽花园和翠锦小区除外)",
                                 "部分星峰社区(长风社区以东、康宁路以南至滨海栈道)"],
        ("precaution", "福田区"): ["春晓街道福瑞社区", "君悦社区", "部分星峰社区(康宁路以北)"],
    }


def test_villages_lifted_after_a_comma_in_traditional_full_width() -> None:
    text = in_traditional(LIFT_TITLE.format(d="南山区") + "一、兴盛街道金华村及部分鑫汇村(G河以东),解除封控。\n"
                          "二、兴盛街道春晓村,解除管控。").translate(HALF_TO_FULL)
    assert lifted_from(text) == {("sealed", "南山区"): ["兴盛街道金华村", "部分鑫汇村(G河以东)"],
                                 ("controlled", "南山区"): ["兴盛街道春晓村"]}


def test_two_compounds_and_a_part_after_a_comma_then_measures() -> None:
    text = LIFT_TITLE.format(d="宝安区") + ("一、福瑞街道长风小区、丽泽小区,及部分翠锦小区(8栋以东),解除管控。"
                                           "居民14天内进行健康监测。")
    assert lifted_from(text) == {("controlled", "宝安区"): ["福瑞街道长风小区", "丽泽小区", "部分翠锦小区(8栋以东)"]}


@settings(max_examples=30, deadline=None)
@given(street=name, first=name, second=name, road=name, full=st.booleans())
def test_any_part_of_a_community_after_another(street: str, first: str, second: str, road: str, full: bool) -> None:
    assume(first != second)
    text = LIFT_TITLE.format(d="罗湖区") + (f"一、{street}街道{first}社区及部分{second}社区({road}路以北),解除管控。\n"
                                           "二、居民做好自我健康监测。")
    if full:
        text = text.translate(HALF_TO_FULL)
    assert lifted_from(text) == {("controlled", "罗湖区"): [f"{street}街道{first}社区",
                                                          f"部分{second}社区({road}路以北)"]}


# --- a site's roundup of one estate ------------------------------------------------------------------------

def test_roundup_of_one_estate_with_day_labels() -> None:
    text = ("  ▶北京朝阳区封控区:\n\n  朝阳区金华小区5号楼3单元(病例所在单元)\n\n  3月8日消息:\n\n"
            "  3月8日,朝阳区望京街道金华小区解除区域封控管控措施。具体情况为,金华小区5号楼1单元、2单元自3月8日9:50"
            "解除封控管理。金华小区1号楼、4号楼自3月8日9:50解除管控管理。对以上人员开展7天健康监测。"
            "金华小区5号楼3单元(病例所在单元)继续封控管理至21天,解除具体时间另行通知。\n")
    assert by_level(text) == {("sealed", "朝阳区"): ["金华小区5号楼3单元", "金华小区5号楼3单元"],
                              ("lifted", "朝阳区"): ["金华小区5号楼1单元、2单元", "金华小区1号楼、4号楼"]}
    assert lifted_from(text) == {("sealed", "朝阳区"): ["金华小区5号楼1单元、2单元"],
                                 ("controlled", "朝阳区"): ["金华小区1号楼、4号楼"]}


def test_roundup_in_traditional_full_width_with_a_municipality_written_with_shi() -> None:
    text = in_traditional("▶上海市浦東新區封控區:\n浦東新區長風花園8號樓\n3月10日消息:\n3月10日,浦東新區長風花園"
                          "解除區域封控措施。長風花園7號樓自3月10日8時解除封控管理。長風花園8號樓(病例所在樓棟)繼續封控"
                          "管理至14天。\n").translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "浦东新区"): ["长风花园8号楼", "长风花园8号楼"],
                              ("lifted", "浦东新区"): ["长风花园7号楼"]}


def test_timed_lift_of_a_village_group_and_a_kept_compound() -> None:
    text = ("重庆渝中区管控区:\n渝中区丽泽苑2栋\n2月24日消息:\n翠锦村3组自2月24日10时解除管控管理。"
            "丽泽苑2栋继续封控管理至21天。\n")
    assert by_level(text) == {("controlled", "渝中区"): ["丽泽苑2栋"], ("lifted", "渝中区"): ["翠锦村3组"],
                              ("sealed", "渝中区"): ["丽泽苑2栋"]}


@settings(max_examples=30, deadline=None)
@given(estate=name, building=st.integers(1, 40), unit=st.integers(1, 9), full=st.booleans())
def test_any_estate_roundup(estate: str, building: int, unit: int, full: bool) -> None:
    text = (f"▶北京朝阳区封控区:\n朝阳区{estate}小区{building}号楼{unit}单元\n3月8日消息:\n"
            f"{estate}小区{building + 1}号楼自3月8日9:50解除封控管理。"
            f"{estate}小区{building}号楼{unit}单元继续封控管理至21天。\n")
    if full:
        text = text.translate(HALF_TO_FULL)
    place = f"{estate}小区{building}号楼{unit}单元"
    assert by_level(text) == {("sealed", "朝阳区"): [place, place],
                              ("lifted", "朝阳区"): [f"{estate}小区{building + 1}号楼"]}
