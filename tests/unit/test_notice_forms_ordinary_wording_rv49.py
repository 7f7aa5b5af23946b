"""Ordinary notice wording the newest rules misread before their guards were narrowed (review rv49; invented
places): a quoted level or measure changed to another under a level's heading (no place); a kind of site kept under
control while the rest is lifted; a silent management's bare control-area label over a description (every town,
people, a duty); a kind of site or zone, or a clause of people at home, after 范围内; every town's or this town's
全域 with the verb; this town's whole after a bounded area; a level's name with a kind of area in brackets; people's
or vehicles' temporary control cancelled."""

from __future__ import annotations

import pytest

from fangkong.areas.parser import parse_notice

_HEAD = "春风县新冠肺炎疫情防控指挥部关于调整风险区的通告\n"
_SET = "自2022年9月10日12时起,将春风县翠峰镇锦绣社区锦绣花园小区划为高风险区。\n"
_SILENT = ("仁寿县新冠肺炎疫情防控指挥部关于实施临时静态管理的通告\n"
           "决定自2022年9月10日12时起在仁寿县全域实施临时静态管控。\n")
_TAIL = "特此通告。\n春风县疫情防控指挥部\n2022年9月10日"


def _read(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for change in parse_notice(text + _TAIL, default_year=2022)["changes"]:
        out.setdefault(change["level_to"] or change["action"], []).extend(change["places"])
    return out


_HIGH = {"high": ["翠峰镇锦绣社区锦绣花园小区"]}


# --- a quoted level or measure redrawn under a level's heading: no place ------------------------------------------

@pytest.mark.parametrize("line", ["“封控区”调整为“管控区”;", "“封控区”变更为“管控区”。", "原“封控区”调整为“管控区”;",
                                  "“临时封控区”调整为“临时管控区”;", "“居家隔离”调整为“居家健康监测”;",
                                  "“每日核酸”调整为“隔日核酸”;", "“七天封控”调整为“五天封控”;"])
def test_quoted_level_or_measure_redrawn_names_no_place(line: str) -> None:
    assert _read(_HEAD + _SET + "一、封控区\n" + line + "\n") == _HIGH


def test_quoted_level_redrawn_after_a_listed_place_keeps_the_place_only() -> None:
    assert _read(_HEAD + _SET + "一、封控区\n翠峰镇甲村;\n“封控区”调整为“管控区”;\n") == {
        **_HIGH, "sealed": ["翠峰镇甲村"]}


def test_quoted_area_redrawn_still_reads_the_new_area() -> None:
    assert _read(_HEAD + _SET + "一、封控区\n“翠峰镇甲村”调整为“翠峰镇乙村”;\n") == {**_HIGH, "sealed": ["翠峰镇乙村"]}


# --- a kind of site kept under control, the rest lifted ---------------------------------------------------------

def test_kind_of_site_kept_while_the_rest_is_lifted_names_no_place() -> None:
    assert _read(_HEAD + _SET + "除敬老院继续实行封控管理外,其余区域解除封控。\n") == _HIGH


def test_named_places_kept_while_a_towns_rest_is_lifted_still_read() -> None:
    assert _read(_HEAD + _SET + "除翠峰镇甲村继续实行临时管控以外,翠峰镇其余区域解除临时管控。\n") == {
        **_HIGH, "controlled": ["翠峰镇甲村"], "lift": ["翠峰镇其余区域"]}


# --- a silent management's bare control-area label over a description ---------------------------------------------

@pytest.mark.parametrize("line", ["管控区域为县城及各乡镇场镇,所有人员居家。", "管控区域:各乡镇,街道按要求执行。",
                                  "管控区域是指乡镇集镇,由镇政府负责。", "管控区域为县城规划区内,不包括乡镇。"])
def test_control_area_description_is_no_silent_list(line: str) -> None:
    assert "silent" not in {k for k, v in _read(_SILENT + line + "\n").items() if v != ["仁寿县"]}


def test_control_area_listing_towns_is_still_silent() -> None:
    assert _read(_SILENT + "管控区域为翠峰镇、锦城街道、河口乡3个乡镇(街道)辖区全域。\n")["silent"] == [
        "仁寿县", "翠峰镇", "锦城街道", "河口乡"]


# --- people kept at home in a kind of site, or 居家 in a clause of other things ----------------------------------

@pytest.mark.parametrize("line", ["隔离酒店范围内,居民足不出户。", "封控小区范围内,居民足不出户。",
                                  "县人民医院范围内,居民非必要不出门。", "高速公路服务区范围内,居民非必要不出门。"])
def test_stay_home_in_a_kind_of_site_names_no_place(line: str) -> None:
    assert _read(_SILENT + line + "\n") == {"silent": ["仁寿县"]}


@pytest.mark.parametrize("line", ["翠峰镇范围内,居民居家期间要做好个人防护。",
                                  "翠峰镇范围内,居民居家养老服务正常开展。",
                                  "翠峰镇辖区内,行动不便的居民可居家接种疫苗。",
                                  "翠峰镇范围内,广大居民如有发热症状,请居家等待。",
                                  "翠峰镇辖区内,请居民主动配合,减少外出,尽量居家。",
                                  "翠峰镇辖区内,居民居家时请保持通风。",
                                  "河口乡范围内,居民在居家期间可通过电话就医。"])
def test_home_in_a_clause_of_other_things_names_no_place(line: str) -> None:
    assert _read(_HEAD + _SET + line + "\n") == _HIGH


@pytest.mark.parametrize("line", ["翠峰镇范围内,居民除就医等特殊需求外,非必要不出门。", "翠峰镇全域,居民足不出户。",
                                  "翠峰镇辖区内,全体居民居家。"])
def test_people_at_home_in_a_named_town_still_silent(line: str) -> None:
    assert _read(_HEAD + _SET + line + "\n") == {**_HIGH, "silent": ["翠峰镇"]}


# --- 全域 of every town or this town with the verb; this town's whole after a bounded area ------------------------

@pytest.mark.parametrize("line", ["对全镇全域实施临时管控。", "对全街道全域实施临时管控。", "对各村全域实施临时管控。",
                                  "对本镇全域实施临时管控。"])
def test_whole_of_every_or_this_town_names_no_place(line: str) -> None:
    assert _read(_HEAD + _SET + line + "\n") == _HIGH


def test_towns_whole_under_temporary_control_still_read() -> None:
    assert _read(_HEAD + _SET + "对锦城街道、翠峰镇全域实施临时管控。\n") == {
        **_HIGH, "controlled": ["锦城街道", "翠峰镇全域"]}


def test_this_towns_whole_after_a_bounded_area_is_no_place() -> None:
    assert "本镇全域" not in _read(_HEAD + "中风险区:甲社区(东至乙路,南至丙路)和本镇全域。\n").get("medium", [])


def test_a_named_towns_whole_after_a_bounded_area_still_split() -> None:
    assert _read(_HEAD + "管控区域:锦城街道甲社区(东至乙路,南至丙路,西至丁路,北至戊路)和翠峰镇全域。\n") == {
        "controlled": ["锦城街道甲社区(东至乙路,南至丙路,西至丁路,北至戊路)", "翠峰镇全域"]}


# --- a level's name with a kind of area in brackets, then its measures -------------------------------------------

@pytest.mark.parametrize("line", ["低风险区(常态化防控区)落实个人防护。", "中风险区(小区)严格落实。",
                                  "中风险区(农村地区)严格落实“人不出区”。", "中风险区(城区)严格落实“人不出区”。",
                                  "中风险区(涉疫小区)严格落实“人不出区”。", "中风险区(附近小区)严格落实“人不出区”。"])
def test_level_with_a_kind_of_area_in_brackets_names_no_place(line: str) -> None:
    assert _read(_HEAD + _SET + line + "\n") == _HIGH


def test_level_with_places_in_brackets_still_read() -> None:
    assert _read(_HEAD + _SET + "中风险区(乙小区、丙路65号)严格落实“人不出区”的防范措施;"
                 "低风险区(翠峰镇除中风险区以外的其他区域)严格落实个人防护。\n") == {
        **_HIGH, "medium": ["乙小区", "丙路65号"], "low": ["翠峰镇除中风险区以外的其他区域"]}


# --- people's or vehicles' temporary control cancelled -----------------------------------------------------------

@pytest.mark.parametrize("line", ["对进出人员,取消临时管控措施。", "对外地来县车辆,取消临时管控。"])
def test_peoples_temporary_control_cancelled_names_no_place(line: str) -> None:
    assert _read(_HEAD + _SET + line + "\n") == _HIGH


def test_a_places_temporary_control_cancelled_still_lifted() -> None:
    assert _read(_HEAD + _SET + "对翠峰镇乙小区,取消临时应急管控措施。\n") == {**_HIGH, "lift": ["翠峰镇乙小区"]}


# --- kinds of area, not named towns, after 目前 ------------------------------------------------------------

@pytest.mark.parametrize("line", ["目前涉疫小区为低风险区。", "目前城区和农村均为低风险区。",
                                  "目前乡镇和街道均为低风险区。",
                                  "目前翠峰镇及周边村为低风险区,请放心出行。",
                                  "目前封控小区和管控小区外的区域为低风险区。",
                                  "目前居住小区、工作单位所在社区均为低风险区的,可正常通行。"])
def test_kinds_of_area_now_low_name_no_place(line: str) -> None:
    assert _read(_HEAD + _SET + line + "\n") == _HIGH


def test_named_towns_now_low_still_read() -> None:
    assert _read(_HEAD + _SET + "目前锦城街道、翠峰镇全域依旧为低风险区(除高风险区以外的其他区域)。\n") == {
        **_HIGH, "low": ["锦城街道", "翠峰镇全域"]}
