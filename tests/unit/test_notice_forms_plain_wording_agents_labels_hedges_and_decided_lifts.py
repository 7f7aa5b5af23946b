"""Misreads reviewers found on ordinary invented wording, each in variants written here (invented places under an
office's signature and a date), with properties over generated places and near-misses: the agent and verb of a
designation in front of the place ("专家组划定A小区为封控区"), label and prompt lines under a level ("核酸检测点位",
"温馨提示", "附件:…"), people and rules for people read as places ("外来人员", "村民不得离开院子"), a silence's lift
after 决定, a designation under a condition still to come ("如疫情扩散,…"), the office's own division as a whole
("我县全域"), a time word after a division ("A县即刻起实行静默管理"), a level label over a place's days without a case
and its lift, the kind of a lifted temporary control ("解除甲镇临时管控"), a street heading over duties."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import PREFECTURE_CITIES, PROVINCES, by_level, in_traditional

_OFFICE = "\n青禾县新冠肺炎疫情防控指挥部办公室\n2022年11月5日"
_TITLE = "关于调整部分区域风险等级的通告\n"


def _notice(body: str) -> str:
    return _TITLE + body + _OFFICE


_names = st.lists(st.sampled_from(list("金华龙春晓阳光建桃丽泽翠锦绣胜利兴盛泰康宁福瑞鑫汇君悦星峰秀")),
                  min_size=2, max_size=3).map("".join)


def _invented(name: str) -> bool:
    return name not in PREFECTURE_CITIES and not name.startswith(PROVINCES) and not any(
        name + kind in PREFECTURE_CITIES for kind in ("县", "区", "市", "镇", "乡"))


# --- 1. the agent and verb of the designation in front of the place: "专家组划定A小区为封控区"


def test_agent_and_verb_are_no_part_of_the_place() -> None:
    assert by_level(_notice("经研判,专家组划定幸福小区为封控区。")) == {("sealed", "青禾县"): ["幸福小区"]}
    assert by_level(_notice("根据疫情防控需要,指挥部认定和平村3组为管控区。")) == {
        ("controlled", "青禾县"): ["和平村3组"]}


def test_agent_and_verb_traditional_and_full_width() -> None:
    assert by_level(in_traditional(_notice("經研判,專家組劃定長青小區為封控區。"))) == {
        ("sealed", "青禾县"): ["长青小区"]}
    assert by_level(_notice("经研判，专家组划定东风路１２号为封控区。")) == {("sealed", "青禾县"): ["东风路12号"]}


@settings(max_examples=40, deadline=None)
@given(name=_names, kind=st.sampled_from(["小区", "花园", "村"]), agent=st.sampled_from(["专家组", "专家", "指挥部"]),
       verb=st.sampled_from(["划定", "认定", "确定"]))
def test_agent_and_verb_property(name: str, kind: str, agent: str, verb: str) -> None:
    assume(_invented(name))
    assert by_level(_notice(f"经研判,{agent}{verb}{name}{kind}为封控区。")) == {("sealed", "青禾县"): [name + kind]}


def test_a_place_whose_name_holds_the_words_is_kept() -> None:
    # (near-miss: the words inside a name, not in front of it)
    assert by_level(_notice("将专家村3组划为封控区。")) == {("sealed", "青禾县"): ["专家村3组"]}
    assert by_level(_notice("将指挥部大院划为封控区。")) == {("sealed", "青禾县"): ["指挥部大院"]}


# --- 2. label, prompt and people lines read as places


def test_label_and_prompt_lines_are_no_places() -> None:
    assert by_level(_notice("高风险区:\n核酸检测点位\n幸福小区\n")) == {("high", "青禾县"): ["幸福小区"]}
    assert by_level(_notice("以下区域划定为高风险区:\n幸福小区、和平小区、\n温馨提示\n请广大市民配合。")) == {
        ("high", "青禾县"): ["幸福小区", "和平小区"]}
    assert by_level(_notice("封控区:\n村民不得离开院子\n")) == {}


def test_label_lines_traditional_and_full_width() -> None:
    assert by_level(in_traditional(_notice("高風險區:\n核酸採樣點\n翠湖花園\n"))) == {("high", "青禾县"): ["翠湖花园"]}
    assert by_level(_notice("以下区域划定为高风险区：\n锦绣小区、泰康小区、\n温馨提示\n请广大市民配合。")) == {
        ("high", "青禾县"): ["锦绣小区", "泰康小区"]}


def test_people_in_a_counted_list_are_no_place() -> None:
    assert by_level(_notice("将幸福小区、外来人员、和平小区等3个区域划定为封控区。")) == {
        ("sealed", "青禾县"): ["幸福小区", "和平小区"]}


def test_rule_for_people_or_units_under_a_label_is_no_place() -> None:
    assert by_level(_notice("封控区:\n幸福小区\n居民一律不得外出\n")) == {("sealed", "青禾县"): ["幸福小区"]}
    assert by_level(_notice("高风险区:\n(一)棠下街\n各小区须严格管理。\n1.幸福小区")) == {
        ("high", "青禾县"): ["棠下街幸福小区"]}


@settings(max_examples=40, deadline=None)
@given(name=_names, kind=st.sampled_from(["小区", "花园", "家园"]),
       label=st.sampled_from(["核酸检测点位", "温馨提示", "村民不得离开院子", "外来人员"]))
def test_label_line_property(name: str, kind: str, label: str) -> None:
    assume(_invented(name))
    assert by_level(_notice(f"封控区:\n{label}\n{name}{kind}\n")) == {("sealed", "青禾县"): [name + kind]}


def test_people_named_places_are_kept() -> None:
    # (near-misses: a place whose name starts like people or a label)
    assert by_level(_notice("封控区:\n居民新村3栋\n")) == {("sealed", "青禾县"): ["居民新村3栋"]}


# --- 3. a silence entered then lifted after 决定 / 现


def test_silence_lifted_after_a_decision() -> None:
    text = _notice("11月1日起,城关区进入静默状态。根据疫情形势,经研判,现决定解除城关区静默管理。")
    assert by_level(text) == {("lifted", "城关区"): ["城关区"]}
    assert by_level(_notice("经研判,决定解除幸福小区静默管理。")) == {("lifted", "青禾县"): ["幸福小区"]}


def test_silence_lifted_after_a_decision_traditional_and_full_width() -> None:
    assert by_level(in_traditional(_notice("經研判,現決定解除城關區靜默管理。"))) == {("lifted", "城关区"): ["城关区"]}
    assert by_level(_notice("经研判，现决定解除翠湖花园临时静默管理。")) == {("lifted", "青禾县"): ["翠湖花园"]}


@settings(max_examples=30, deadline=None)
@given(name=_names, kind=st.sampled_from(["小区", "花园", "村"]),
       lead=st.sampled_from(["现决定", "决定", "现", "经研究决定"]))
def test_silence_lifted_after_a_decision_property(name: str, kind: str, lead: str) -> None:
    assume(_invented(name))
    assert by_level(_notice(f"经研判,{lead}解除{name}{kind}静默管理。")) == {("lifted", "青禾县"): [name + kind]}


def test_decision_not_to_lift_yet_reads_no_lift() -> None:
    # (near-miss: a silence kept, not lifted)
    assert ("lifted", "青禾县") not in by_level(_notice("经研判,决定暂不解除幸福小区静默管理。"))


# --- 4. a designation under a condition still to come


def test_hedged_designation_reads_nothing() -> None:
    assert by_level(_notice("如疫情扩散,东丽区全域参照管控区管理。")) == {}
    assert by_level(_notice("一旦出现新增病例,将幸福村划为封控区。\n将和平村划为管控区。")) == {
        ("controlled", "青禾县"): ["和平村"]}
    assert by_level(_notice("如疫情蔓延,将城关区全域划为高风险区。")) == {}


def test_hedged_designation_traditional_and_full_width() -> None:
    assert by_level(in_traditional(_notice("如疫情擴散,東麗區全域參照管控區管理。"))) == {}
    assert by_level(_notice("如疫情扩散，将翠湖花园划为封控区。")) == {}


@settings(max_examples=30, deadline=None)
@given(name=_names, kind=st.sampled_from(["小区", "花园", "村"]),
       hedge=st.sampled_from(["如疫情扩散", "如果疫情蔓延", "一旦出现阳性病例", "若发现新增感染者"]))
def test_hedged_designation_property(name: str, kind: str, hedge: str) -> None:
    assume(_invented(name))
    assert by_level(_notice(f"{hedge},将{name}{kind}划为封控区。")) == {}
    assert by_level(_notice(f"将{name}{kind}划为封控区。")) == {("sealed", "青禾县"): [name + kind]}


def test_unhedged_whole_managed_as_is_still_read() -> None:
    # (near-miss: the same designation without a condition)
    assert by_level(_notice("经研判,东丽区全域参照管控区管理。")) == {("controlled", "东丽区"): ["东丽区"]}


# --- 5. the office's own division as a whole; a time word after a division


def test_own_division_whole() -> None:
    text = "关于调整青禾县风险区域的通告\n将我县全域划为低风险区。" + _OFFICE
    assert by_level(text) == {("low", "青禾县"): ["青禾县"]}
    text = "关于调整青禾县风险区域的通告\n将我县全境调整为低风险区。" + _OFFICE
    assert by_level(text) == {("low", "青禾县"): ["青禾县"]}


def test_own_division_whole_traditional_and_full_width() -> None:
    text = in_traditional("关于调整青禾县风险区域的通告\n将我县全域划为低风险区。" + _OFFICE)
    assert by_level(text) == {("low", "青禾县"): ["青禾县"]}
    text = "关于调整青禾县风险区域的通告\n即日起，将我县全域划为低风险区。" + _OFFICE
    assert by_level(text) == {("low", "青禾县"): ["青禾县"]}


def test_own_division_of_another_kind_reads_no_place() -> None:
    # (near-miss: "我区全域" in a county's notice: not the office's division, no place)
    text = "关于调整青禾县风险区域的通告\n将我区全域划为低风险区。" + _OFFICE
    assert by_level(text) == {}


def test_time_word_after_a_division() -> None:
    assert by_level(_notice("一、阜平县即刻起实行静默管理。\n二、全员居家。")) == {("silent", "阜平县"): ["阜平县"]}
    assert by_level(in_traditional(_notice("一、阜平縣即刻起實行靜默管理。\n二、全員居家。"))) == {
        ("silent", "阜平县"): ["阜平县"]}
    assert by_level(_notice("一、阜平县即日起实行静默管理。\n二、全员居家。")) == {("silent", "阜平县"): ["阜平县"]}


# --- 6. a level label over a place's days without a case and its lift; a lifted temporary control's kind


def test_label_over_days_without_a_case_and_lift() -> None:
    assert by_level(_notice("管控区:幸福村全域内近14天无新增病例,解除管控。")) == {("lifted", "青禾县"): ["幸福村"]}
    assert by_level(_notice("封控区:和平小区连续7天无新增病例,解除封控。")) == {("lifted", "青禾县"): ["和平小区"]}
    assert by_level(in_traditional(_notice("管控區:翠湖村全域內近14天無新增病例,解除管控。"))) == {
        ("lifted", "青禾县"): ["翠湖村"]}
    assert by_level(_notice("二、管控区：甲镇乙村，已连续１４日无新增感染者，予以解除管控。")) == {
        ("lifted", "青禾县"): ["甲镇乙村"]}


@settings(max_examples=30, deadline=None)
@given(name=_names, kind=st.sampled_from(["小区", "花园", "村"]), level=st.sampled_from(["封控", "管控", "防范"]),
       days=st.integers(min_value=3, max_value=14))
def test_label_over_days_property(name: str, kind: str, level: str, days: int) -> None:
    assume(_invented(name))
    text = _notice(f"{level}区:{name}{kind}连续{days}天无新增病例,解除{level}。")
    assert by_level(text) == {("lifted", "青禾县"): [name + kind]}


def test_label_over_days_kept_is_no_lift() -> None:
    # (near-miss: the place kept under its level)
    assert ("lifted", "青禾县") not in by_level(_notice("管控区:幸福村全域内近14天无新增病例,继续管控。"))


def test_reason_place_is_not_lifted() -> None:
    assert by_level(_notice("由于幸福小区连续7天无新增,决定解除和平小区封控。")) == {("lifted", "青禾县"): ["和平小区"]}


def test_lifted_temporary_control_keeps_the_place() -> None:
    assert by_level(_notice("即日起,解除甲镇临时管控。")) == {("lifted", "青禾县"): ["甲镇"]}
    assert by_level(in_traditional(_notice("即日起,解除翠湖社區臨時管控。"))) == {("lifted", "青禾县"): ["翠湖社区"]}
    assert by_level(_notice("即日起，解除泰康村临时封控。")) == {("lifted", "青禾县"): ["泰康村"]}


@settings(max_examples=30, deadline=None)
@given(name=_names, kind=st.sampled_from(["镇", "村", "社区", "小区"]), level=st.sampled_from(["管控", "封控"]))
def test_lifted_temporary_control_property(name: str, kind: str, level: str) -> None:
    assume(_invented(name))
    assert by_level(_notice(f"即日起,解除{name}{kind}临时{level}。")) == {("lifted", "青禾县"): [name + kind]}


# --- 7. a street heading over duties


def test_street_heading_over_duties_is_no_place() -> None:
    text = _notice("高风险区:\n(一)棠下街\n各单位要落实防控责任。\n(二)江南街\n幸福小区")
    assert by_level(text) == {("high", "青禾县"): ["江南街幸福小区"]}
    text = in_traditional(_notice("一、高風險區\n(一)棠下街\n全體居民須配合核酸檢測。"))
    assert by_level(text) == {}
    text = _notice("高风险区：\n（一）龙华镇\n各村要严格落实管控措施。\n（二）兴盛镇\n泰康村")
    assert by_level(text) == {("high", "青禾县"): ["兴盛镇泰康村"]}
