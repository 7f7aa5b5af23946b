"""Review rv66a: ordinary wording near three recent forms, read wrongly by them (invented places).

- Bounds with bare sides (A街南、B路所围区域, …C路两侧商铺, …D小区东侧的E酒店), then 及 and a place named as a
  compound or a lodging of its own ("…所围区域及F小区"): two places, not one (the hotel's own building, "…E酒店及
  办公楼", stays with it).
- A street's or town's jurisdiction words (辖区内) before communities or villages told by what they are, not named
  ("A街道辖区内未发生疫情的社区", "…涉疫村庄", "…十二个行政村"): stay as written (a named one, "A街道辖区内B社区C苑",
  still drops them).
- A lift right after its start hour with a whole town as its subject ("决定自…起,A镇中风险区解除管控"): the town's
  areas of the level, none named, no place (not "…起,A镇B村1组、2组中风险区解除管控", the groups lifted).
"""

from __future__ import annotations

import pytest

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, by_level, in_traditional, levels_of

_HEAD = "关于调整疫情风险区域的通告\n根据疫情防控需要,经专家组研判,决定自2022年10月12日18时起,"
_TAIL = "\n特此通告。\n龙泽市新冠肺炎疫情防控指挥部\n2022年10月12日"


def _raised(obj: str) -> str:
    return f"{_HEAD}将{obj}调整为高风险区。{_TAIL}"


# --- 1. bounds with bare sides, then 及 and a named place ------------------------------------------------------

_SIDES_THEN_PLACE = [
    ("锦绣街南、青松路所围区域及翠竹小区", ["锦绣街南、青松路所围区域", "翠竹小区"]),
    ("锦绣街南、长风路西、青松路所围区域及翠竹小区、金峰花园",
     ["锦绣街南、长风路西、青松路所围区域", "翠竹小区", "金峰花园"]),
    ("锦绣街南、春晓路两侧商铺及翠竹小区", ["锦绣街南、春晓路两侧商铺", "翠竹小区"]),
    ("春晓路东、长风路西、锦绣小区北侧的金峰酒店及翠竹小区",
     ["春晓路东、长风路西、锦绣小区北侧的金峰酒店", "翠竹小区"]),
]


@pytest.mark.parametrize(("obj", "read"), _SIDES_THEN_PLACE)
def test_bare_sides_then_a_named_place_after_ji_are_two_places(obj: str, read: list[str]) -> None:
    assert levels_of(_raised(obj)) == {"high": read}


@pytest.mark.parametrize(("obj", "read"), _SIDES_THEN_PLACE)
def test_bare_sides_then_a_named_place_under_a_label(obj: str, read: list[str]) -> None:
    assert levels_of(f"高风险区:{obj}。{_TAIL}") == {"high": read}


def test_bare_sides_then_a_named_place_in_traditional_and_full_width() -> None:
    text = _raised("錦繡街南、青松路所圍區域及翠竹小區")
    assert levels_of(in_traditional(text)) == {"high": ["锦绣街南、青松路所围区域", "翠竹小区"]}
    text = f"高风险区:锦绣街南、春晓路两侧商铺及翠竹小区(春晓路8号)。{_TAIL}".translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["锦绣街南、春晓路两侧商铺", "翠竹小区(春晓路8号)"]}


def test_near_miss_the_hotels_own_building_after_ji_stays_with_it() -> None:
    assert levels_of(_raised("长风街北、胜利大道西、税务局东侧的星峰酒店及办公楼")) == {
        "high": ["长风街北、胜利大道西、税务局东侧的星峰酒店及办公楼"]}


# --- 2. jurisdiction words before communities or villages not named ---------------------------------------------

_UNNAMED = ["金峰街道辖区内未发生疫情的社区", "金峰镇辖区内涉疫村庄", "金峰镇辖区内十二个行政村",
            "金峰街道辖区内非封控社区", "金峰街道辖区内临街商户集中社区", "金峰镇范围内翠竹工业园区所在村",
            "金峰街道辖区内老旧小区及城中村"]


@pytest.mark.parametrize("place", _UNNAMED)
def test_jurisdiction_words_before_unnamed_communities_stay(place: str) -> None:
    text = f"{_HEAD}将小店区{place}调整为中风险区。{_TAIL}"
    assert by_level(text) == {("medium", "小店区"): [place]}


def test_jurisdiction_words_before_unnamed_communities_in_traditional_and_full_width() -> None:
    text = in_traditional(f"{_HEAD}将小店区金峰街道辖区内未发生疫情的社区调整为低风险区。{_TAIL}")
    assert by_level(text) == {("low", "小店区"): ["金峰街道辖区内未发生疫情的社区"]}
    text = f"中风险区:\n小店区:金峰镇辖区内涉疫村庄;迎泽区:翠竹苑{_TAIL}".translate(HALF_TO_FULL)
    assert by_level(text) == {("medium", "小店区"): ["金峰镇辖区内涉疫村庄"], ("medium", "迎泽区"): ["翠竹苑"]}


def test_near_miss_a_named_community_after_the_words_drops_them() -> None:
    text = f"{_HEAD}将小店区金峰街道辖区内锦绣社区翠竹苑调整为高风险区。{_TAIL}"
    assert by_level(text) == {("high", "小店区"): ["金峰街道锦绣社区翠竹苑"]}


# --- 3. a lift after its start hour with a whole town as its subject -------------------------------------------

_LIFTS = ["经研判,决定自10月18日8时起,金峰镇中风险区解除管控,按低风险区实施管理。",
          "经研判,决定自10月18日8时起,金峰街道高风险区解除封控措施。",
          "经研判,自10月18日8时起,金峰镇、锦绣乡中风险区解除管控措施,恢复正常秩序。"]


@pytest.mark.parametrize("lift", _LIFTS)
def test_a_whole_town_as_the_subject_of_a_timed_lift_is_no_place(lift: str) -> None:
    assert levels_of(f"关于解除部分风险区的通告\n{lift}{_TAIL}") == {}


def test_a_whole_town_lift_in_traditional_and_full_width() -> None:
    lift = f"关于解除部分风险区的通告\n{_LIFTS[0]}{_TAIL}"
    assert levels_of(in_traditional(lift)) == {}
    assert levels_of(lift.translate(HALF_TO_FULL)) == {}


def test_near_miss_a_towns_village_groups_after_the_start_hour_are_lifted() -> None:
    text = f"关于解除部分风险区的通告\n经研判,决定自10月18日8时起,金峰镇锦绣村1组、2组中风险区解除管控。{_TAIL}"
    assert levels_of(text) == {"lifted": ["金峰镇锦绣村1组、2组"]}
