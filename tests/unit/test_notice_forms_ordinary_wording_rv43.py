"""Ordinary wording near the forty-second set's rules (review rv43), read as before those rules:

* temporary control (临时 for the verb) of a place, then lifted in the same sentence ("对A小区临时管控措施,现予以
  解除"): no designation of temporary control;
* a town or street written before a run along a road or river ("将A镇沿河的B村、C村…"): the town stays in front of
  the first place, only the run's description is dropped (a road ending 乡 or 镇, "长乡路沿线的", no town);
* a place's own division into parts closed ("将A小区划分为2个片区,实行封闭管理,分别为1号片区…"): the parts are
  no places without the estate, not read as the whole divided ("全镇…划分为3个网格" is);
* a place moved from temporary control to everyday measures with 由 ("将A小区由临时管控调整为常态化防控"): the place
  lifted whole, 由 no part of its name;
* a notice's title under a counting headline, then the bare list straight after it: the list is the headline's;
* the epidemic's state as a reason inside a list line ("A小区、B小区(鉴于疫情形势严峻,暂不解除)"): the places kept,
  only a line opening with the reason is boilerplate.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, in_traditional, levels_of

_T = "关于调整风险区域的通告\n"
_names = st.sampled_from(["青松", "翠湖", "长林", "金沙", "白石", "柳湾", "红枫", "春晓"])


# --- temporary control lifted in the same sentence --------------------------------------------------------

def test_temporary_control_then_lifted_is_no_designation() -> None:
    assert "controlled" not in levels_of(_T + "对青松小区临时管控措施,现予以解除。")


def test_temporary_sealing_then_lifted_from_today_is_no_designation() -> None:
    assert not {"sealed", "controlled"} & set(levels_of(_T + "对翠湖村3组临时封控措施,即日起予以解除。"))


def test_temporary_control_lifted_full_width_and_traditional() -> None:
    text = in_traditional(_T + "對長林小區臨時管控措施,現予以解除。".translate(HALF_TO_FULL))
    assert "controlled" not in levels_of(text) and "sealed" not in levels_of(text)


def test_guard_temporary_control_with_its_days_stays_a_designation() -> None:
    assert levels_of(_T + "即日起,对青松小区临时管控3天,期满后解除。") == {"controlled": ["青松小区"]}


# --- a run along a road or river after its town -----------------------------------------------------------

def test_town_before_a_run_along_a_river_is_kept() -> None:
    assert levels_of(_T + "即日起,将城关镇沿河的青松村、翠湖村划为高风险区。") == {"high": ["城关镇青松村", "翠湖村"]}


def test_street_before_a_run_along_a_road_is_kept() -> None:
    assert levels_of(_T + "即日起,对河西街道G316国道沿线的长林村、金沙村实施临时管控。") == {
        "controlled": ["河西街道长林村", "金沙村"]}


def test_road_ending_like_a_town_is_no_town() -> None:
    assert levels_of(_T + "即日起,对长乡路沿线的青松村、翠湖村实施临时管控。") == {"controlled": ["青松村", "翠湖村"]}


@settings(max_examples=20, deadline=None)
@given(_names, _names, _names, st.sampled_from(["镇", "乡", "街道"]), st.sampled_from(["沿河", "沿线", "一带"]))
def test_any_town_before_a_run_is_kept(town: str, a: str, b: str, kind: str, along: str) -> None:
    text = _T + f"即日起,将{town}{kind}{along}的{a}村、{b}社区划为高风险区。"
    assert levels_of(text)["high"][0] == f"{town}{kind}{a}村"


# --- a place's own parts closed ---------------------------------------------------------------------------

def test_an_estate_divided_into_parts_is_not_a_whole_divided() -> None:
    text = _T + "即日起,将青松小区划分为2个片区,实行封闭管理,分别为:A片区(1-5栋)、B片区(6-9栋)。"
    assert all(not p.startswith(("A片区", "B片区")) for ps in levels_of(text).values() for p in ps)


def test_a_village_divided_into_grids_is_not_a_whole_divided() -> None:
    text = _T + "对翠湖村划分为3个网格,实施封闭式管理,分别是东网格、西网格、南网格。"
    assert all(p not in ("东网格", "西网格", "南网格") for ps in levels_of(text).values() for p in ps)


def test_guard_a_whole_town_divided_still_reads_its_parts() -> None:
    text = _T + "即日起,全镇所有村组划分为3个网格,实行封闭管理,分别是:东网格、西网格、南网格。"
    assert levels_of(text) == {"sealed": ["东网格", "西网格", "南网格"]}


# --- temporary control moved to everyday measures with 由 ---------------------------------------------------

def test_place_moved_from_temporary_control_keeps_its_name() -> None:
    assert levels_of(_T + "即日起,将青松小区由临时管控调整为常态化防控。") == {"lifted": ["青松小区"]}


def test_place_moved_from_silence_with_cong_keeps_its_name() -> None:
    assert levels_of(_T + "即日起,将翠湖村3组从临时管控调整为常态化防控。") == {"lifted": ["翠湖村3组"]}


# --- a title under a counting headline, the list straight after it ------------------------------------------

def test_title_under_a_headline_then_the_bare_list() -> None:
    text = "今日新增2处高风险区\n关于划定高风险区的通告\n青松小区3栋、翠湖小区5栋。"
    assert levels_of(text) == {"high": ["青松小区3栋", "翠湖小区5栋"]}


def test_title_under_a_headline_then_the_bare_list_in_lines() -> None:
    text = "今日新增2个封控区\n关于划定封控区的公告\n长林小区1栋\n金沙小区2栋"
    assert levels_of(text) == {"sealed": ["长林小区1栋", "金沙小区2栋"]}


# --- the epidemic's state inside a list line ------------------------------------------------------------------

def test_reason_in_brackets_after_places_keeps_the_places() -> None:
    text = "关于划定风险区域的通告\n即日起将以下区域划为高风险区:\n青松小区、翠湖小区(鉴于疫情形势严峻,暂不解除)。"
    assert levels_of(text)["high"][0] == "青松小区"


def test_guard_a_line_opening_with_the_reason_is_no_place() -> None:
    text = ("关于划定风险区域的通告\n一、高风险区\n青松小区3栋、翠湖小区5栋。\n"
            "鉴于当前形势严峻,上述区域继续执行高风险区管控措施。")
    assert levels_of(text) == {"high": ["青松小区3栋", "翠湖小区5栋"]}


# --- a county that sets a level no more -----------------------------------------------------------------------

def test_county_setting_a_level_no_more_lifts_no_place() -> None:
    text = _T + "一、青松县不再设高风险区。\n二、翠湖小区划为中风险区。"
    assert levels_of(text) == {"medium": ["翠湖小区"]}


def test_district_setting_the_medium_level_no_more_lifts_no_place() -> None:
    text = in_traditional(_T + "一、长林区不再设中风险区;\n二、金沙小区3栋划为高风险区。")
    assert levels_of(text) == {"high": ["金沙小区3栋"]}


def test_guard_a_place_no_longer_listed_is_lifted() -> None:
    assert levels_of(_T + "一、青松小区3栋不再列为封控区。") == {"lifted": ["青松小区3栋"]}


# --- a lift, then after ";" a place that keeps its level ---------------------------------------------------------

def test_place_kept_after_a_semicolon_is_not_lifted() -> None:
    levels = levels_of(_T + "即日起,解除青松小区3栋;翠湖小区5栋保留封控区。")
    assert all(not p.startswith("翠湖小区5栋") for p in levels.get("lifted", []))


def test_place_continued_after_a_semicolon_is_not_lifted() -> None:
    levels = levels_of(in_traditional(_T + "即日起,解除长林小区2栋;金沙小区1栋继续封控区管理。"))
    assert all(not p.startswith("金沙小区1栋") for p in levels.get("lifted", []))


def test_guard_lift_groups_with_semicolons_are_lifted() -> None:
    assert levels_of(_T + "一、解除青松小区1栋,长林路8号;翠湖小区2栋封控区管理。") == {
        "lifted": ["青松小区1栋", "长林路8号", "翠湖小区2栋"]}


# --- a place no longer listed after a comma -------------------------------------------------------------------

def test_place_no_longer_listed_after_a_comma_is_lifted_whole() -> None:
    text = _T + "一、青松小区3栋由封控区调整为管控区,翠湖小区5栋不再列为管控区。"
    assert levels_of(text) == {"controlled": ["青松小区3栋"], "lifted": ["翠湖小区5栋"]}


def test_place_no_longer_listed_after_its_time_is_lifted_whole() -> None:
    assert levels_of(in_traditional(_T + "自即日起,长林村不再列为封控区。")) == {"lifted": ["长林村"]}
