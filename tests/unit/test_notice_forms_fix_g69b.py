"""Forms of the 68th held-out set (fix-g69b): a named place drawn, then its bounds by sides after "四至范围:"
("将A镇B村划为中风险区,四至范围:东至C路,…"), and a line of places under a level's label followed by the bounds that
hold them ("A小区及B豪庭、C小区,四至为:D路以南,…"), the bounds no place of their own; two housing compounds joined
by 及 ("A街道B社区C小区及D豪庭"); the lead's district with 在 before the street where the case was found ("A市在B街道
…发现2例"); a named place's former level kept unchanged with its extent in brackets ("A城原封控区(全域40幢)不变,
B路、C路…合围区域划定为管控区") and 为 alone before a kept level ("A为封控区不变,B…划定为管控区"); a report's
lead with a time word and 称 before the subject of a back-reference ("刚刚,A市卫健委发布通告,称截至5月27日,B、C等
两个小区连续14天无新增…,自28日起该两个小区由中风险地区调整为低风险地区"). Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    changes_of,
    in_traditional,
    invented_names,
    no_real_city,
    places_of,
)

# --- a named place drawn, then its bounds by sides ------------------------------------------------------------


def _drawn_bounds(village: str = "柏木镇杏里村",
                  sides: str = "东至柳江路,南至规划石桥路,西至东部2#A地块,北至松城路") -> str:
    return ("金林区划定以下中风险区。\n中风险区\n1、将柏木镇桃花村划为中风险区。\n"
            f"2、将{village}划为中风险区,四至范围:{sides}。\n3、将柏木镇竹坑村划为中风险区,位于环城路南侧。\n")


def test_bounds_by_sides_after_a_drawn_named_place_are_no_place() -> None:
    assert by_level(_drawn_bounds()) == {("medium", "金林区"): ["柏木镇桃花村", "柏木镇杏里村", "柏木镇竹坑村"]}
    # (a natural village, other side words)
    assert places_of(_drawn_bounds("柏木镇杏里村温水自然村", "东到福泉高速连接线,南到铁路动车所,西到山体,北到环城路")) \
        == ["柏木镇桃花村", "柏木镇杏里村温水自然村", "柏木镇竹坑村"]
    assert places_of(in_traditional(_drawn_bounds())) == ["柏木镇桃花村", "柏木镇杏里村", "柏木镇竹坑村"]
    assert places_of(_drawn_bounds().translate(HALF_TO_FULL)) == ["柏木镇桃花村", "柏木镇杏里村", "柏木镇竹坑村"]
    # (a space after the colon, as the corpus variants test writes it: the same)
    assert places_of(_drawn_bounds().replace("范围:", "范围: ")) == ["柏木镇桃花村", "柏木镇杏里村", "柏木镇竹坑村"]


def test_bounds_of_areas_pointed_to_stay_the_place() -> None:
    # (the bounds are the only name of "以下区域": not left off)
    text = "金林区通告\n将以下区域划为中风险区,四至范围:东至柳江路,南至石桥路,西至山体,北至松城路。\n"
    assert "柏木镇杏里村" not in places_of(text)
    assert any("柳江路" in place for place in places_of(text))


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_bounds_after_any_drawn_village_are_left_off(town: str, village: str) -> None:
    assume(no_real_city(town, village))
    place = f"{town}镇{village}村"
    assert places_of(_drawn_bounds(place))[1] == place


# --- places under a label, then the bounds that hold them ------------------------------------------------------


def _listed_bounds(places: str = "柳城街道桃坝社区杏水湾小区及梅景豪庭、供电小区",
                   bounds: str = "滨河路以南,供电局、绿润名都以西,中山路以北,耀如北路以东") -> str:
    return ("4月24日凌晨,如皋市在柳城街道发现2例阳性人员。现就划定区域通告如下:\n"
            f"一、封控区\n柳城街道桃坝社区杏水湾小区11号楼。\n二、管控区\n{places},四至为:{bounds}。\n出入口全部封闭,严格落实管控措施。\n")


def test_bounds_after_a_label_line_of_compounds_are_no_place() -> None:
    assert by_level(_listed_bounds()) == {
        ("sealed", "如皋市"): ["柳城街道桃坝社区杏水湾小区11号楼"],
        ("controlled", "如皋市"): ["柳城街道桃坝社区杏水湾小区", "梅景豪庭", "供电小区"]}
    assert by_level(_listed_bounds(bounds="东至滨河路,南至中山路,西至耀如北路,北至绿润名都"))[
        ("controlled", "如皋市")] == ["柳城街道桃坝社区杏水湾小区", "梅景豪庭", "供电小区"]
    assert places_of(_listed_bounds().translate(HALF_TO_FULL))[1:] == [
        "柳城街道桃坝社区杏水湾小区", "梅景豪庭", "供电小区"]
    assert places_of(_listed_bounds().replace("四至为:", "四至为: "))[1:] == [
        "柳城街道桃坝社区杏水湾小区", "梅景豪庭", "供电小区"]


def test_bounds_of_a_street_or_part_under_a_label_stay() -> None:
    # (a street's or an area's part the bounds mark off: not left off)
    assert any("以南" in p for p in places_of(_listed_bounds(places="柳城街道部分区域")))


# --- two compounds joined by 及 ---------------------------------------------------------------------------------


def test_two_compounds_joined_by_ji_are_two_places() -> None:
    text = "金林区通告\n1、杏水有限公司、长江小区及长江西苑划为封控区。\n"
    assert places_of(text) == ["杏水有限公司", "长江小区", "长江西苑"]
    assert places_of(in_traditional(text)) == ["杏水有限公司", "长江小区", "长江西苑"]
    assert places_of("一、管控区\n杏水湾小区及梅景花园、供电小区。\n") == ["杏水湾小区", "梅景花园", "供电小区"]


def test_what_lies_by_a_compound_after_ji_stays_with_it() -> None:
    assert places_of("一、管控区\n杏水湾小区及周边小区、供电小区。\n")[0] == "杏水湾小区及周边小区"
    assert places_of("一、管控区\n杏水湾小区及南苑、供电小区。\n")[0] == "杏水湾小区及南苑"
    assert places_of("一、管控区\n杏水公司厂区及宿舍、供电小区。\n")[0] == "杏水公司厂区及宿舍"
    # (the pair alone, no run of places: one area as written)
    assert places_of("金林区通告\n将柳城街道杏水湾小区及梅景小区划为低风险区。\n") == ["柳城街道杏水湾小区及梅景小区"]


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_any_two_compounds_joined_by_ji_split(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    assert places_of(f"一、管控区\n{a}小区及{b}家园、供电小区。\n") == [f"{a}小区", f"{b}家园", "供电小区"]


# --- the lead's district, 在 before the street --------------------------------------------------------------------


def test_the_lead_names_the_district_with_zai_before_its_street() -> None:
    text = ("4月24日凌晨,如皋市在柳城街道发现2例阳性人员。现就划定区域通告如下:\n一、封控区\n"
            "柳城街道桃坝社区杏水湾小区11号楼。\n")
    assert by_level(text) == {("sealed", "如皋市"): ["柳城街道桃坝社区杏水湾小区11号楼"]}
    # (a street the places do not lie in: no district from it)
    text = ("4月24日凌晨,如皋市在柳城街道发现2例阳性人员。现就划定区域通告如下:\n"
            "一、封控区\n桃坝社区杏水湾小区11号楼。\n")
    assert by_level(text) == {("sealed", None): ["桃坝社区杏水湾小区11号楼"]}


# --- a former level kept unchanged --------------------------------------------------------------------------------


def _kept(first: str = "柳树园原封控区(全域40幢)不变") -> str:
    return (f"金林区通告\n(一){first},桃花大道、柳伦路、杏新路、梅香路合围区域划定为管控区。\n"
            "(二)杏花城原封控区(一期全域9幢)不变,桃花大道、梅香路合围区域划定为管控区。\n")


def test_a_former_level_kept_unchanged_is_the_level_the_place_holds() -> None:
    assert changes_of(_kept()) == [
        ("sealed", None, ["柳树园(全域40幢)"]),
        ("controlled", None, ["桃花大道、柳伦路、杏新路、梅香路合围区域"]),
        ("sealed", None, ["杏花城(一期全域9幢)"]),
        ("controlled", None, ["桃花大道、梅香路合围区域"])]
    assert places_of(_kept("柳树小区原封控区不变"))[0] == "柳树小区"
    assert places_of(_kept().translate(HALF_TO_FULL))[0] == "柳树园(全域40幢)"
    assert places_of(in_traditional(_kept()))[0] == "柳树园(全域40幢)"


def test_wei_alone_before_a_kept_level() -> None:
    assert changes_of(_kept("柳树园4幢为封控区不变"))[:2] == [
        ("sealed", None, ["柳树园4幢"]), ("controlled", None, ["桃花大道、柳伦路、杏新路、梅香路合围区域"])]


def test_the_rest_kept_unchanged_names_no_place() -> None:
    text = "金林区通告\n一、柳树小区划定为封控区。\n二、其他原封控区不变。\n"
    assert places_of(text) == ["柳树小区"]


# --- a report's lead with a time word and 称 --------------------------------------------------------------------


def _report(lead: str = "刚刚,金林市卫健委发布通告,称") -> str:
    return (f"{lead}截至2021年5月27日,金林市柳安区杏东商城、桃安区梅川名庭小区等两个小区连续14天无新增确诊病例。"
            "市指挥部决定,自28日起该两个小区由中风险地区调整为低风险地区,其他小区风险等级不变。\n")


def test_a_back_reference_after_a_report_lead_with_a_time_word() -> None:
    expected = {("low", "柳安区"): ["杏东商城"], ("low", "桃安区"): ["梅川名庭小区"]}
    assert by_level(_report()) == expected
    assert by_level(_report("5月28日,金林市卫健委发布通告,称")) == expected
    assert by_level(in_traditional(_report())) == expected
    assert by_level(_report("")) == expected
