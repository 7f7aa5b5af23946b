"""Forms of notices that head the list as it stands after the changes ("二、调整后现共有高风险区(7个)"), leave the
rest of the district as "X区辖内除高风险区外的其他区域" (a blanket), lift a temporary area with its bounds in
brackets after its level ("解除A村临时管控区(北至B路,…;以实际管控区域为准)"), point from a district written
short to its 三区 ("现将平遥“三区”范围通知如下", after a case found in another district), and list shop numbers
that share the floor they are on ("A商城B10、B12B所在楼层"). Each form in variants written here (invented places,
the wording of the real forms: other counties, separators, traditional characters, full-width punctuation,
spaces), and properties over generated parts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


def rules_levels(text: str) -> dict[str, list[str]]:
    """The places by level as the rules alone read them (no statistical fallback)."""
    out: dict[str, list[str]] = {}
    for change in parse_notice(text, default_year=2022, fallback=False)["changes"]:
        out.setdefault(change["level_to"] or "lifted", []).extend(change["places"])
    return out


# --- the list as it stands after the changes, under a heading of its own --------------------------------

def test_restated_list_heading_with_now_in_total() -> None:
    text = ("决定将2个高风险区调整为低风险区,调整后全县现有高风险区2个。具体名单如下:\n"
            "一、由高风险区调整为低风险(2个)\n1.石门镇东坡社区3号楼;\n2.石门镇西岭村五组;\n"
            "二、调整后现共有高风险区(2个)\n1.石门镇南湾社区8号;\n2.青山镇北坪村2组自建房。")
    assert rules_levels(text) == {"low": ["石门镇东坡社区3号楼", "石门镇西岭村五组"],
                                  "high": ["石门镇南湾社区8号", "青山镇北坪村2组自建房"]}


def test_restated_list_heading_at_present_traditional_full_width() -> None:
    text = in_traditional("一、由高风险区调整为低风险区(1个)\n1.石门镇东坡社区3号楼;\n"
                        "二、目前共有高风险区(2个)\n1.石门镇南湾社区8号;\n2.青山镇北坪村2组。").translate(HALF_TO_FULL)
    assert rules_levels(text) == {"low": ["石门镇东坡社区3号楼"], "high": ["石门镇南湾社区8号", "青山镇北坪村2组"]}


def test_restated_list_heading_with_the_whole_county_and_spaces() -> None:
    text = ("一、解除高风险区(1个)\n1. 石门镇东坡社区3号楼;\n"
            "二、调整后全县现共有高风险区(2个)\n1. 石门镇南湾社区8号;\n2. 青山镇北坪村2组。")
    assert rules_levels(text) == {"lifted": ["石门镇东坡社区3号楼"], "high": ["石门镇南湾社区8号", "青山镇北坪村2组"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True),
       st.sampled_from(["调整后现共有", "调整后现有", "目前共有", "当前共有", "调整后全县现共有", "调整后我县现有"]))
def test_any_restated_list_heading_heads_its_items(villages: list[str], words: str) -> None:
    items = "\n".join(f"{i}.石门镇{v}村{i}组;" for i, v in enumerate(villages, 1))
    text = (f"一、由高风险区调整为低风险区(1个)\n1.青山镇东坡社区3号楼;\n"
            f"二、{words}高风险区({len(villages)}个)\n{items}")
    assert rules_levels(text) == {"low": ["青山镇东坡社区3号楼"],
                                  "high": [f"石门镇{v}村{i}组" for i, v in enumerate(villages, 1)]}


# --- the rest of the district as the area it governs (辖内), a blanket ----------------------------------

def test_district_jurisdiction_rest_is_a_blanket() -> None:
    text = ("一、高风险区\n1.小店区石门街道东坡社区5号;\n2.小店区石门街道南湾社区8号。\n"
            "二、低风险区\n小店区辖内除高风险区外的其他区域。")
    assert levels_of(text) == {"high": ["石门街道东坡社区5号", "石门街道南湾社区8号"]}


def test_bare_jurisdiction_rest_traditional_full_width_is_a_blanket() -> None:
    text = in_traditional("一、高风险区\n1.石门街道东坡社区5号;\n二、低风险区\n辖内除高风险区以外的其他区域。"
                        ).translate(HALF_TO_FULL)
    assert rules_levels(text) == {"high": ["石门街道东坡社区5号"]}


def test_a_towns_jurisdiction_rest_stays_a_place() -> None:
    text = "一、高风险区\n1.石门镇东坡社区5号;\n二、低风险区\n1.石门镇辖内除高风险区外的其他区域。"
    assert rules_levels(text) == {"high": ["石门镇东坡社区5号"], "low": ["石门镇辖内除高风险区外的其他区域"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["小店区", "清徐县", "平遥县", "瓮安县"]), st.lists(name, min_size=1, max_size=3, unique=True),
       st.sampled_from(["外", "以外", "之外"]))
def test_any_district_jurisdiction_rest_adds_no_place(district: str, streets: list[str], out: str) -> None:
    items = "\n".join(f"{i}.{district}{s}街道{i}号;" for i, s in enumerate(streets, 1))
    text = f"一、高风险区\n{items}\n二、低风险区\n{district}辖内除高风险区{out}的其他区域。"
    assert set(rules_levels(text)) == {"high"}


# --- a temporary area lifted with its bounds in brackets after its level -------------------------------

def test_lifted_temporary_area_keeps_its_bracketed_bounds() -> None:
    text = ("根据当前疫情防控形势,经综合研判,决定自2022年11月27日0时起解除小店区东坡村临时管控区"
            "(北至石门路,东至青山大道,南至南湾路,西至翠峰大道部分区域;以实际管控区域为准,高风险区除外)。解除后,市民进出东坡村要落实扫码等措施。")
    assert by_level(text) == {("lifted", "小店区"): [
        "东坡村临时管控区(北至石门路,东至青山大道,南至南湾路,西至翠峰大道部分区域;以实际管控区域为准,高风险区除外)"]}


def test_lifted_temporary_area_traditional_full_width() -> None:
    text = in_traditional("经研判,决定自12月3日起解除清徐县南湾村临时管控区(东至石门路,西至青山路)。特此通告。"
                        ).translate(HALF_TO_FULL)
    assert by_level(text) == {("lifted", "清徐县"): ["南湾村临时管控区(东至石门路,西至青山路)"]}


def test_lifted_area_with_a_note_on_what_is_kept() -> None:
    text = "经研判,决定自12月3日起解除平遥县西岭社区管控区(高风险区除外)。"
    assert rules_levels(text) == {"lifted": ["西岭社区(高风险区除外)"]}


@settings(max_examples=25, deadline=None)
@given(name, name, name, st.sampled_from([",", ","]), st.sampled_from([";", ";"]))
def test_any_bracketed_bounds_after_a_lifted_level_stay_with_the_place(
        village: str, north: str, south: str, comma: str, semi: str) -> None:
    note = f"(北至{north}路{comma}南至{south}路{semi}以实际管控区域为准)"
    text = f"经研判,决定自12月3日起解除小店区{village}村临时管控区{note}。"
    assert by_level(text) == {("lifted", "小店区"): [f"{village}村临时管控区{note}"]}


# --- the district written short before its 三区, after a case found in another district ----------------

def test_short_district_pointed_before_its_three_areas() -> None:
    text = ("2022年5月1日,小店区发现一例阳性病例。工作地点涉及清徐。经研判,现将清徐“三区”范围通知如下:\n"
            "1.封控区:石门路东坡商城;\n2.管控区:石门路东坡商城(上述封控区除外)。")
    result = parse_notice(text, default_year=2022, fallback=False)
    assert {c["district"] for c in result["changes"]} == {"清徐县"}


def test_short_district_pointed_traditional_full_width() -> None:
    text = in_traditional("清徐县发现一例阳性病例。现将平遥“三区”范围公布如下:\n一、封控区:南湾小区3栋;"
                        ).translate(HALF_TO_FULL)
    result = parse_notice(text, default_year=2022, fallback=False)
    assert [(c["district"], c["places"]) for c in result["changes"]] == [("平遥县", ["南湾小区3栋"])]


def test_full_district_pointed_wins_over_the_case_district() -> None:
    text = "4月2日,小店区发现1例阳性感染者。现将瓮安县新划定封控区通告如下:\n封控区:南湾小区3栋。"
    result = parse_notice(text, default_year=2022, fallback=False)
    assert [(c["district"], c["places"]) for c in result["changes"]] == [("瓮安县", ["南湾小区3栋"])]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from([("平遥", "平遥县"), ("清徐", "清徐县"), ("瓮安", "瓮安县"), ("海曙", "海曙区")]), name)
def test_any_short_district_before_three_areas_is_the_district(district: tuple[str, str], compound: str) -> None:
    text = f"小店区发现一例阳性病例。现将{district[0]}“三区”范围通知如下:\n1.封控区:{compound}小区2栋;"
    result = parse_notice(text, default_year=2022, fallback=False)
    assert [(c["district"], c["places"]) for c in result["changes"]] == [(district[1], [f"{compound}小区2栋"])]


# --- shop numbers sharing the floor they are on --------------------------------------------------------

def test_shop_numbers_sharing_their_floor_are_one_place() -> None:
    text = "1.封控区:石门路东坡商城B10、B12B所在楼层;\n2.管控区:石门路东坡商城(上述封控区除外)。"
    assert rules_levels(text) == {"sealed": ["石门路东坡商城B10、B12B所在楼层"],
                                  "controlled": ["石门路东坡商城(上述封控区除外)"]}


def test_room_numbers_sharing_their_building_full_width() -> None:
    text = "封控区:南湾广场A101、A105号所在楼栋;翠峰公寓。".translate(HALF_TO_FULL)
    assert rules_levels(text) == {"sealed": ["南湾广场A101、A105号所在楼栋", "翠峰公寓"]}


def test_named_shops_sharing_a_building_stay_apart() -> None:
    text = "封控区:石门路东坡超市、南湾药店所在楼宇。"
    assert rules_levels(text) == {"sealed": ["石门路东坡超市", "南湾药店所在楼宇"]}


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["A", "B", "C"]), st.integers(1, 99), st.integers(1, 99),
       st.sampled_from(["楼层", "楼栋", "楼宇"]))
def test_any_shop_number_run_with_a_shared_floor_is_one_place(
        mall: str, letter: str, first: int, second: int, where: str) -> None:
    place = f"石门路{mall}商城{letter}{first}、{letter}{second}所在{where}"
    assert rules_levels(f"1.封控区:{place};") == {"sealed": [place]}
