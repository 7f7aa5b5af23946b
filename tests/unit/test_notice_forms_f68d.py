"""Forms fixed by f68d: a development zone with a longer name written in front of its place among places with
their districts in front ("A旅游经济开发区B花园6号楼"); a place's old levels named three, the last an area
managed as a level ("由封控区、管控区、参照管控区调整为防范区"); a place's temporary control area as the
subject, referred back to after the reasons ("A社区临时管控区域已连续5天…,该区域不再纳入临时管控区"); an
item number run together with the digits a place's name opens with, in a list counting on in that style
("2)258B小区" after "1)A小区")."""
from __future__ import annotations

import re

from hypothesis import assume, given, settings

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    in_traditional,
    invented_names,
    no_real_city,
)


def _read(text: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    return [(c["action"], c["level_to"], c["district"], c["places"])
            for c in parse_notice(text, default_year=2022)["changes"]]


def _places(text: str) -> list[str]:
    return [p for _action, _level, _district, places in _read(text) for p in places]


def _full(text: str) -> str:
    """Full-width punctuation and digits, as a Word file has them."""
    return re.sub(r"[0-9]", lambda m: chr(ord(m.group()) + 0xFEE0), text.translate(HALF_TO_FULL))


# ---- 1. "…、C区D、E旅游经济开发区F为高风险区": a zone with a longer name in front of its place -------------------

_ZONED = "划定小店区锦绣小区3号楼、迎泽区春晓村、晋源区阳光社区5号楼、金桃旅游经济开发区翠峰花园6号楼为高风险区。"
_ZONED_READ = [("set", "high", "小店区", ["锦绣小区3号楼"]), ("set", "high", "迎泽区", ["春晓村"]),
               ("set", "high", "晋源区", ["阳光社区5号楼"]), ("set", "high", "金桃旅游经济开发区", ["翠峰花园6号楼"])]


def test_zone_with_longer_name_is_its_place_district() -> None:
    assert _read(_ZONED) == _ZONED_READ
    assert _read(in_traditional(_ZONED)) == _ZONED_READ
    assert _read(_full(_ZONED)) == _ZONED_READ
    assert _read(_ZONED.replace("旅游经济开发区", "国际经济技术开发区")) == [
        *_ZONED_READ[:3], ("set", "high", "金桃国际经济技术开发区", ["翠峰花园6号楼"])]
    # near-misses: a zone named after a district the list names stays in its place, under the district before it;
    # a park (园区) is no district
    assert _read(_ZONED.replace("金桃旅游经济开发区", "小店经济开发区")) == [
        *_ZONED_READ[:2], ("set", "high", "晋源区", ["阳光社区5号楼", "小店经济开发区翠峰花园6号楼"])]
    assert _read(_ZONED.replace("金桃旅游经济开发区", "金桃旅游产业园区")) == [
        *_ZONED_READ[:2], ("set", "high", "晋源区", ["阳光社区5号楼", "金桃旅游产业园区翠峰花园6号楼"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES, 2, 3), invented_names(PLAIN_SYLLABLES, 2, 3))
def test_zone_with_longer_name_property(zone: str, estate: str) -> None:
    assume(no_real_city(zone, estate) and zone != estate)
    text = f"划定小店区锦绣小区3号楼、迎泽区春晓村、{zone}旅游经济开发区{estate}花园6号楼为高风险区。"
    assert _read(text)[-1] == ("set", "high", f"{zone}旅游经济开发区", [f"{estate}花园6号楼"])


# ---- 2. "将A由封控区、管控区、参照管控区调整为防范区": three old levels ------------------------------------------

_THREE = "将金桃街道锦绣村春晓路以东区域由封控区、管控区、参照管控区调整为防范区。"


def test_three_old_levels_read_as_the_first() -> None:
    read = [("downgrade", "precaution", None, ["金桃街道锦绣村春晓路以东区域"])]
    assert _read(_THREE) == read
    assert _read(in_traditional(_THREE)) == read
    assert _read(_full(_THREE)) == read
    assert parse_notice(_THREE)["changes"][0]["level_from"] == "sealed"
    assert _read(_THREE.replace("、参照管控区", "、按照管控区管理")) == read
    # near-misses: two old levels, as before; a level in between that is a change of its own is left as written
    assert _read(_THREE.replace("、参照管控区", "")) == read
    assert _read("将金桃街道锦绣村春晓路以东区域由封控区调整为管控区、参照管控区调整为防范区。") == [
        ("downgrade", "controlled", None, ["金桃街道锦绣村春晓路以东区域"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_three_old_levels_property(street: str, village: str) -> None:
    assume(no_real_city(street, village))
    text = f"将{street}街道{village}村春晓路以东区域由封控区、管控区、参照管控区调整为防范区。"
    assert _read(text) == [("downgrade", "precaution", None, [f"{street}街道{village}村春晓路以东区域"])]


# ---- 3. "A社区临时管控区域已连续5天…,现决定…起,该区域不再纳入临时管控区" ---------------------------------------

_BACK = ("1.金桃街道锦绣社区临时管控区域已连续5天没有新增社会面阳性病例,现决定从11月2日上午8时起,"
         "该区域不再纳入临时管控区。\n2.三日内,上述解除区域人员凭核酸阴性证明出入。")


def test_subject_referred_back_is_lifted() -> None:
    read = [("lift", None, None, ["金桃街道锦绣社区"])]
    assert _read(_BACK) == read
    assert _read(in_traditional(_BACK)) == read
    assert _read(_full(_BACK)) == read
    assert _read(_BACK.replace("该区域", "上述区域")) == read
    # near-misses: the area kept under control, or its people (not the area) no longer counted, lift nothing
    assert _places(_BACK.replace("该区域不再纳入临时管控区", "继续实施临时管控")) == []
    assert _places(_BACK.replace("该区域不再", "该区域人员不再")) == []


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_subject_referred_back_property(street: str, community: str) -> None:
    assume(no_real_city(street, community))
    text = (f"1.{street}街道{community}社区临时管控区域已连续5天没有新增阳性病例,现决定从11月2日8时起,"
            "该区域不再纳入临时管控区。")
    assert _read(text) == [("lift", None, None, [f"{street}街道{community}社区"])]


# ---- 4. "1)A小区;\n2)258B小区;\n3)C宾馆": an item number before a name's digits -------------------------------

def test_item_number_before_digits_of_a_name() -> None:
    for mark in (")", ".", "、"):
        text = f"高风险区:\n1{mark}锦绣小区;\n2{mark}258勘探队小区;\n3{mark}春晓宾馆。"
        read = ["锦绣小区", "258勘探队小区", "春晓宾馆"]
        assert _places(text) == read, mark
        assert _places(in_traditional(text)) == read, mark
        assert _places(_full(text)) == read, mark
    assert _places("高风险区:\n1)258勘探队小区;\n2)锦绣小区。") == ["258勘探队小区", "锦绣小区"]
    # near-misses: numbers that count nothing stay on their place ("3、5栋" after a place with no number; an item in
    # another style), and a bracketed number was read before
    assert _places("高风险区:\n锦绣小区\n3、5栋") == ["锦绣小区", "3、5栋"]
    assert _places("高风险区:\n(1)锦绣小区;\n(2)258勘探队小区;\n3.5栋。") == ["锦绣小区", "258勘探队小区", "3.5栋"]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_item_number_before_digits_property(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    text = f"高风险区:\n1){a}小区;\n2)136{b}小区;\n3){a}宾馆。"
    assert _places(text) == [f"{a}小区", f"136{b}小区", f"{a}宾馆"]
