"""Forms of the twentieth held-out set: a whole county under static management written "对全县域实行静态管理"
(with the time the item gives before the verb, "从10月8日20时起实行静态管理", no place); places kept at their level
written as the exception of the sentence that changes the others ("除A、B仍保持为封控区外,C调整为管控区"); places
kept under a level's measure as its subject ("A村、B村和C镇D村继续实行封控政策"), a list's count of 村居 after
it; silent management lifted without a second 管理 ("解除A街道B村静默管理"), after a count with the places named
after 分别是 in groups between ";", and a report's lead that counts the districts' towns. Notices here are written
for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import by_level, in_traditional, levels_of

_VILLAGES = ["青石村", "柳河村", "东坡屯", "杏花村", "南岗村", "龙泉庄", "石门寨"]
_TOWNS = ["青石镇", "柳河乡", "东坡街道", "杏花镇", "南岗街道", "龙泉乡"]


def _rules(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for change in parse_notice(text, default_year=2022, fallback=False)["changes"]:
        out.setdefault(change["level_to"] or "lifted", []).extend(change["places"])
    return out


# --- "对全县域实行静态管理" -----------------------------------------------------------------------------------

def test_a_whole_county_under_static_management_is_the_county() -> None:
    text = ("晋中市平遥县关于实行全县域静态管理的通告\n"
            "经县领导小组研究,决定在全县开展全员核酸检测,在此期间对全县域实行静态管理。\n"
            "一、静态管理时间:从10月8日20时起实行静态管理解除时间另行通告。")
    assert by_level(text) == {("silent", "平遥县"): ["平遥县"]}


def test_whole_county_variants_other_counties_kinds_and_characters() -> None:
    assert _rules("灵石县关于实行全县域静默管理的通告\n决定对全县域实施临时静默管理。") == {"silent": ["灵石县"]}
    assert _rules(in_traditional("介休市关于全市域静态管理的通告\n决定对全市域实行静态管理。")) \
        == {"silent": ["介休市"]}
    assert _rules("榆社县关于实行静态管理的通告\n一、管理时间:自10月9日0时起实行静态管理。\n对全县域实行静态管理。") \
        == {"silent": ["榆社县"]}
    # a time alone before the verb names no place
    assert _rules("从10月8日20时起实行静态管理。") == {}


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 12), st.integers(1, 28), st.integers(0, 23), st.sampled_from(["从", "自", ""]))
def test_any_time_before_static_management_names_no_place(month: int, day: int, hour: int, word: str) -> None:
    assert _rules(f"一、静态管理时间:{word}{month}月{day}日{hour}时起实行静态管理,解除时间另行通告。") == {}


# --- "除A、B仍保持为封控区外,C调整为管控区" --------------------------------------------------------------------

def test_places_kept_as_the_exception_are_places_of_their_level() -> None:
    text = "除青松花苑、翠竹花苑别墅区仍保持为封控区外,翠竹花苑高层区域调整为管控区,全市其他区域全部为防范区"
    assert levels_of(text) == {"sealed": ["青松花苑", "翠竹花苑别墅区"], "controlled": ["翠竹花苑高层区域"]}


def test_kept_exception_variants() -> None:
    assert _rules("除东坡屯仍为高风险区外,杏花村调整为低风险区。") == {"high": ["东坡屯"], "low": ["杏花村"]}
    assert _rules(in_traditional("除龍泉庄、石門寨仍然为封控区以外,南岗村调整为管控区。")) \
        == {"sealed": ["龙泉庄", "石门寨"], "controlled": ["南岗村"]}
    assert _rules("经研判,除南岗村继续为管控区外,杏花村调整为防范区。") \
        == {"controlled": ["南岗村"], "precaution": ["杏花村"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(_VILLAGES), min_size=1, max_size=4, unique=True),
       st.sampled_from(["、", ","]), st.sampled_from(["仍保持为", "仍为", "继续为"]))
def test_any_kept_exception_list_keeps_its_places(kept: list[str], sep: str, verb: str) -> None:
    text = f"除{'、'.join(kept)}{verb}封控区外,幸福小区调整为管控区{sep}全市其他区域全部为防范区。"
    assert _rules(text) == {"sealed": kept, "controlled": ["幸福小区"]}, text


# --- "A村、B村和C镇D村继续实行封控政策", "等N个村居" ------------------------------------------------------

def test_places_that_keep_a_levels_measure_are_kept_at_it() -> None:
    text = ("一、封控区调整后范围\n青石街道庞家村、柳河村、杏花村、东坡镇南岗村继续实行封控政策。\n"
            "二、管控区调整后范围\n1.东坡镇龙泉庄、石门寨、大柳树等3个村居继续划定为管控区。")
    assert _rules(text) == {"sealed": ["青石街道庞家村", "柳河村", "杏花村", "东坡镇南岗村"],
                            "controlled": ["东坡镇龙泉庄", "石门寨", "大柳树"]}


def test_kept_measure_variants_and_what_is_no_place() -> None:
    assert _rules("柳河乡南岗村仍实行管控管理。") == {"controlled": ["柳河乡南岗村"]}
    assert _rules(in_traditional("东坡街道幸福小区继续实行封控管理。")) == {"sealed": ["东坡街道幸福小区"]}
    # people and traffic keep measures, not places
    assert _rules("密接人员继续实行管控管理。") == {}
    assert _rules("县域对外大交通仍实行封控管理,所有居民非必要不离县。") == {}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(_VILLAGES), min_size=2, max_size=6, unique=True),
       st.sampled_from(["村居", "村", "村(社区)", "行政村"]))
def test_any_count_of_villages_after_a_list_is_no_part_of_it(names: list[str], kind: str) -> None:
    text = f"2.青石镇{'、'.join(names)}等{len(names)}个{kind}继续划定为管控区。"
    assert _rules(text) == {"controlled": ["青石镇" + names[0], *names[1:]]}, text


# --- "解除A静默管理", "解除N个乡镇街道的静默管理,分别是…" ---------------------------------------------------

def test_silent_management_lifted_under_district_headings() -> None:
    text = ("河东新闻讯:从11月14日6时起,对城东区、城西区的9个乡镇(街道)分区分片逐步解除静默管理。\n"
            "城东区\n"
            "经研究决定,自2022年11月14日6时起,解除青石街道、东坡街道、南岗街道除高风险区外其他区域的静默管理,"
            "解除龙泉乡柳河村、杏花村静默管理。此次解除静默管理的区域连续7天内无新增病例。\n"
            "城西区\n"
            "经研究决定,分2个时段逐步解除4个乡镇街道的静默管理,分别是柳河乡、杏花镇;龙泉乡、石门街道(幸福小区除外),"
            "共涉及面积86平方公里。")
    assert levels_of(text) == {"lifted": ["青石街道、东坡街道、南岗街道除高风险区外其他区域", "龙泉乡柳河村", "杏花村",
                                          "柳河乡", "杏花镇", "龙泉乡", "石门街道(幸福小区除外)"]}


def test_silent_lift_variants() -> None:
    assert _rules("解除东坡街道南岗村静默管理。") == {"lifted": ["东坡街道南岗村"]}
    assert _rules(in_traditional("自11月15日起,解除柳河乡的临时静默管理。")) == {"lifted": ["柳河乡"]}
    assert _rules("逐步解除3个乡镇的静态管理,分别为青石镇、柳河乡;杏花镇。") \
        == {"lifted": ["青石镇", "柳河乡", "杏花镇"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(_TOWNS), min_size=2, max_size=6, unique=True), st.integers(1, 3),
       st.sampled_from(["分别是", "分别为", "包括"]))
def test_any_named_lift_after_a_count_reads_its_groups(towns: list[str], cut: int, word: str) -> None:
    groups = "、".join(towns[:cut]) + ";" + "、".join(towns[cut:]) if cut < len(towns) else "、".join(towns)
    text = f"逐步解除{len(towns)}个乡镇街道的静默管理,{word}{groups},共涉及面积100平方公里。"
    assert _rules(text) == {"lifted": towns}, text
