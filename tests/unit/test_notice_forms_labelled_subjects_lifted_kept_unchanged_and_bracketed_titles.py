"""Forms of notices that lift places written as the subject with their old level as a label after each
("A封控区、B管控区于4月8日22:30解除管控", then maybe ",继续纳入管控区管理"), keep a level "unchanged"
("A继续保持封控区不变,B继续保持管控区不变"), name their district in a title in square brackets ending in 公报
(a reworded copy's word for 通告), or in a lead that adjusts the range of its control areas ("A区动态调整社区
管控范围"). Each form in variants written here (invented places, the wording of the real forms: traditional
characters, full-width punctuation), and properties over generated names."""

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


# --- places as the subject of a lift, each with its old level as a label -------------------------------

def test_labelled_subjects_lifted_then_kept_under_control() -> None:
    text = ("经专家评估,南开区部分封控管控区域满足解封条件。经市指挥部同意,长风街金华里2号楼封控区、金华里管控区"
            "于5月3日20:00解除管控。翠锦北里8号楼封控区、翠锦里5号楼封控区于5月3日20:00解除封控,继续纳入管控区管理。"
            "集中隔离人员未满规定时限的,继续按照管控政策进行管理。\n南开区新冠肺炎疫情防控指挥部\n2022年5月3日")
    assert by_level(text) == {("lifted", "南开区"): ["长风街金华里2号楼", "金华里"],
                              ("controlled", "南开区"): ["翠锦北里8号楼", "翠锦里5号楼"]}


def test_labelled_subjects_lifted_without_a_time() -> None:
    text = "经评估,春晓家园3号楼封控区、春晓家园管控区、阳光里防范区解除防范管理。"
    assert levels_of(text) == {"lifted": ["春晓家园3号楼", "春晓家园", "阳光里"]}


def test_labelled_subjects_lifted_in_traditional_characters() -> None:
    text = in_traditional("經評估,福瑞里6號樓封控區、福瑞里管控區於4月9日22時解除管控。")
    assert levels_of(text) == {"lifted": ["福瑞里6号楼", "福瑞里"]}


def test_labelled_subjects_lifted_with_full_width_punctuation() -> None:
    text = "经评估,星峰里12号楼封控区、星峰南里1号楼封控区于4月9日22:30解除封控,继续纳入管控区管理。".translate(
        HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["星峰里12号楼", "星峰南里1号楼"]}


def test_levels_alone_or_a_blanket_lifted_are_no_place() -> None:
    """Levels without a place, a blanket over the rest, the time after a lift: no place lifted."""
    for text in ("经评估,封控区、管控区于4月9日22:30解除管控。",
                 "经评估,其他封控区、管控区于4月9日解除管控,居民仍需做好个人防护。",
                 # (the time after a lift, a condition of the measures, not a lift)
                 "阳光里六组。\n  管控区解除管控措施后,按防范区进行管理。"):
        assert levels_of(text) == {}, text


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from(["里", "花园", "家园", "苑"]), st.sampled_from(["封控区", "管控区"]),
       st.sampled_from(["于4月8日22:30", "于4月8日", ""]))
def test_any_labelled_pair_lifted(a: str, b: str, kind: str, label: str, when: str) -> None:
    first, second = f"{a}{kind}3号楼", f"{b}{kind}"
    text = f"经评估,{first}封控区、{second}{label}{when}解除管控。"
    assert levels_of(text) == {"lifted": [first, second]}


# --- a level kept unchanged ----------------------------------------------------------------------------

def test_levels_kept_unchanged_in_one_sentence() -> None:
    text = ("从2022年4月1日0时起,南开区调整管控区如下:\n"
            "长风街金华园3、5号楼继续保持封控区不变,金华园继续保持管控区不变,阳光里解除管控措施。")
    assert levels_of(text) == {"sealed": ["长风街金华园3、5号楼"], "controlled": ["金华园"],
                               "lifted": ["阳光里"]}


def test_levels_kept_unchanged_in_traditional_characters() -> None:
    text = in_traditional("翠錦園2號樓繼續保持封控區不變,翠錦園繼續維持管控區不變。")
    assert levels_of(text) == {"sealed": ["翠锦园2号楼"], "controlled": ["翠锦园"]}


def test_levels_kept_unchanged_with_full_width_punctuation() -> None:
    text = "春晓苑1号楼继续保持为封控区不变,春晓苑继续保持管控区不变。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["春晓苑1号楼"], "controlled": ["春晓苑"]}


def test_other_levels_unchanged_is_no_place() -> None:
    text = "金华园继续保持封控区不变,其他封控区、管控区、防范区不变,各项防控措施保持不变。"
    assert levels_of(text) == {"sealed": ["金华园"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from(["继续保持", "继续维持", "保持"]))
def test_any_pair_kept_unchanged(a: str, b: str, keep: str) -> None:
    text = f"{a}园6号楼{keep}封控区不变,{b}里{keep}管控区不变。"
    assert levels_of(text) == {"sealed": [f"{a}园6号楼"], "controlled": [f"{b}里"]}


# --- the district in a bracketed bulletin title, or in a lead adjusting the range of control areas -----

def test_district_in_a_bracketed_bulletin_title() -> None:
    text = ("[杭州市上城区新冠肺炎疫情防控指挥部2022年第5号公报]\n根据有关规定,经专家研判,"
            "紫阳街道金华苑东区为封闭控制区。")
    assert by_level(text) == {("sealed", "上城区"): ["紫阳街道金华苑东区"]}


def test_district_in_a_bracketed_title_in_traditional_characters() -> None:
    text = in_traditional("【杭州市余杭区新冠肺炎疫情防控指挥部2022年第3号通告】\n經專家研判,仁和街道福瑞苑為封控區。")
    assert by_level(text) == {("sealed", "余杭区"): ["仁和街道福瑞苑"]}


def test_district_in_a_lead_adjusting_its_control_range() -> None:
    text = ("根据我区核酸检测结果及风险研判,自2022年3月12日起,南开区动态调整社区管控范围,具体情况公布如下:\n"
            "一、封控区:\n新增长风街金华园2号楼为封控区。\n二、管控区:\n新增长风街金华园(2号楼除外)为管控区。")
    assert by_level(text) == {("sealed", "南开区"): ["长风街金华园2号楼"],
                              ("controlled", "南开区"): ["长风街金华园(2号楼除外)"]}


def test_district_in_a_lead_adjusting_its_control_range_full_width() -> None:
    text = ("自2022年3月12日起,津南区调整封控管控范围,具体情况公布如下:\n一、封控区:\n新增阳光里1号楼为封控区。"
            ).translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "津南区"): ["阳光里1号楼"]}


def test_a_district_only_mentioned_in_a_lead_about_testing_names_none() -> None:
    text = "自2022年3月12日起,南开区开展全员核酸检测,具体情况公布如下:\n一、封控区:\n新增阳光里1号楼为封控区。"
    assert by_level(text) == {("sealed", None): ["阳光里1号楼"]}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["南开区", "津南区", "东丽区", "北辰区", "宝坻区"]), name,
       st.sampled_from(["动态调整社区管控范围", "调整封控管控范围", "进一步调整管控区域"]))
def test_any_district_adjusting_its_control_range(district: str, a: str, verb: str) -> None:
    text = f"自2022年3月12日起,{district}{verb},具体情况公布如下:\n一、封控区:\n新增{a}里1号楼为封控区。"
    assert by_level(text) == {("sealed", district): [f"{a}里1号楼"]}
