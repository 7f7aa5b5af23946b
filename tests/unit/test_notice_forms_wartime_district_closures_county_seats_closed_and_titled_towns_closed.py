"""Forms of 2020 and 2021 closures before the risk levels (湖北, February 2020; 河北, January 2021):

* a whole known district put under "wartime control" from a time, its buildings and estates closed by the items
  ("宣布A区全域从2月12日24时起,实施战时管制" over "所有楼栋一律实施全封闭管理"): the district itself sealed;
  not under a condition ("如疫情扩散,A区全域实施战时管制"), not a district unknown, not with no closure in the text;
* every estate of a county's seat (and the towns' centres) closed ("全县城区(镇区)所有小区、单位家属院一律实施全封闭
  管理"): the seat as written, the whole's word dropped ("城区(镇区)"), sealed; not under a condition;
* a town whose every village is closed under a title (quoted in a report's line) that closes the same town
  ("…发布关于对A镇实行封闭管理的通告:…A镇辖区所有村庄实行全封闭式管理"): the town itself sealed; not a town the
  title does not name, not every village of no town ("所有村庄实行…").

Notices here are written for the tests (invented places, the wording of the real forms)."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    PROVINCES,
    in_traditional,
    invented_names,
)


def _rules(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for change in parse_notice(text, default_year=2020, fallback=False)["changes"]:
        out.setdefault(change["level_to"] or "lifted", []).extend(change["places"])
    return out


_ITEMS = ("一、所有楼栋一律实施全封闭管理,所有居民不得出入楼栋。\n"
          "二、所有小区、庭院、居民点一律严格封控,其它车辆一律禁止出入。")


# --- "A区全域从…起,实施战时管制" ---------------------------------------------------------------------------

def test_a_whole_district_under_wartime_control_is_sealed() -> None:
    assert _rules("江夏区新冠肺炎疫情防控指挥部发布第5号通告,宣布江夏区全域从2月12日24时起,实施战时管制,"
                  "管制措施原则上以14天为一周期。\n" + _ITEMS) == {"sealed": ["江夏区"]}
    assert _rules("通告\n经研究决定,黄州区全域自2月14日0时起实行战时管制。\n" + _ITEMS) == {"sealed": ["黄州区"]}
    assert _rules(in_traditional("通告\n經研究決定,鄂城区全域从2月13日零时起,实施战时管制。\n" + _ITEMS)) \
        == {"sealed": ["鄂城区"]}  # (a known district read back in its simplified name)
    assert _rules(("通告\n经研究决定，荆州区全境从２月１３日２４时起，紧急实施战时管制。\n" + _ITEMS)
                  .translate(HALF_TO_FULL)) == {"sealed": ["荆州区"]}


def test_guard_wartime_control_hedged_unknown_or_with_no_closure_is_no_place() -> None:
    assert _rules("通告\n如疫情进一步扩散,江夏区全域实施战时管制。\n" + _ITEMS) == {}
    assert _rules("通告\n必要时,黄州区全域从2月14日0时起实行战时管制。\n" + _ITEMS) == {}
    assert _rules("通告\n经研究决定,青石片区全域从2月12日24时起,实施战时管制。\n" + _ITEMS) == {}
    assert _rules("通告\n经研究决定,江夏区全域从2月12日24时起,实施战时管制。\n一、居民减少外出。") == {}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["江夏区", "黄州区", "汉川市", "仙桃市", "鄂城区", "荆州区", "张湾区", "茅箭区"]),
       st.integers(1, 28), st.sampled_from(["宣布", "决定", ""]), st.booleans())
def test_any_known_district_under_wartime_control(district: str, day: int, word: str, traditional: bool) -> None:
    text = f"通告\n经研究,{word}{district}全域从2月{day}日24时起,实施战时管制。\n" + _ITEMS
    assert _rules(in_traditional(text) if traditional else text) == {"sealed": [district]}, text


# --- "全县城区(镇区)所有小区…一律实施全封闭管理" ----------------------------------------------------------------

def test_every_estate_of_a_county_seat_closed_is_the_seat_sealed() -> None:
    assert _rules("通告\n一、全县城区(镇区)所有小区、单位家属院一律实施全封闭管理,其它车辆一律禁止出入。") \
        == {"sealed": ["城区(镇区)"]}
    assert _rules("通告\n一、全县城区所有小区、楼栋一律实行全封闭管理。") == {"sealed": ["城区"]}
    assert _rules(in_traditional("通告\n一、全县城区(镇区)所有小区一律实施全封闭管理。")) \
        == {"sealed": ["城区(镇区)"]}  # (read back in simplified characters)
    assert _rules("通告\n一、全县城区（镇区）所有小区、楼栋一律实施全封闭管理。") == {"sealed": ["城区(镇区)"]}


def test_guard_a_seat_closure_hedged_or_of_no_seat_is_no_place() -> None:
    assert _rules("通告\n一、如疫情扩散,全县城区所有小区一律实行封闭管理。") == {}
    assert _rules("通告\n一、全县所有小区一律实行封闭管理。") == {}
    assert _rules("通告\n一、城区所有小区一律实行封闭管理。") == {}


# --- "关于对A镇实行封闭管理的通告:…A镇辖区所有村庄实行全封闭式管理" --------------------------------------------

def test_a_titled_towns_every_village_closed_is_the_town_sealed() -> None:
    assert _rules("1月4日,石家庄市某区领导小组办公室发布关于对青石镇实行封闭管理的通告:实行村庄封闭管理。"
                  "青石镇辖区所有村庄实行全封闭式管理,原则上保留一个进出口,严禁人员进出。") == {"sealed": ["青石镇"]}
    assert _rules("关于对柳河乡实行封闭管理的通告\n一、柳河乡辖区所有村庄实行全封闭式管理。") == {"sealed": ["柳河乡"]}
    assert _rules(in_traditional("关于对杏花镇实行封闭管理的通告\n一、杏花镇所有村庄实行全封闭管理。")) \
        == {"sealed": ["杏花镇"]}
    assert _rules("关于对龙泉镇实行封闭管理的通告：实行村庄封闭管理。龙泉镇辖区所有村庄实行全封闭式管理，"
                  "严禁人员进出。") \
        == {"sealed": ["龙泉镇"]}


def test_guard_a_town_the_title_does_not_close_is_no_place() -> None:
    assert _rules("关于对青石镇实行封闭管理的通告\n一、白水镇辖区所有村庄实行全封闭式管理。") == {}
    assert _rules("通告\n一、青石镇辖区所有村庄实行全封闭式管理。") == {}
    assert _rules("关于对青石镇实行封闭管理的通告\n一、所有小区实行封闭式管理。") == {}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES, 2, 3), st.sampled_from(["镇", "乡", "街道"]), st.booleans())
def test_any_titled_town_whose_villages_are_closed(name: str, kind: str, report: bool) -> None:
    assume(not any(name.startswith(p) for p in (*PROVINCES, *PREFECTURE_CITIES)))
    town = name + kind
    title = f"领导小组办公室发布关于对{town}实行封闭管理的通告:" if report else f"关于对{town}实行封闭管理的通告\n"
    text = title + f"{town}辖区所有村庄实行全封闭式管理,严禁人员进出。"
    assert _rules(text) == {"sealed": [town]}, text
