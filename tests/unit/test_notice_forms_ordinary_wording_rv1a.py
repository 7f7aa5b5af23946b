"""Ordinary notice wording near the rules of 9b4d211b (review rv1a; invented places): several units before 辖区内的
over kinds of site, parts, rests and bare numbers (the units stay; only named places are read bare); a town in front
of the first unit kept; a whole county's temporary control prolonged told as past in a notice lifting it, by another
office, on a heading line of its own, or over a kind of site; kinds of site in the area two spots are in; comma
building runs among addresses, dates, counts and batches."""

from __future__ import annotations

import pytest

from fangkong.areas.parser import parse_notice

_HEAD = "春风县关于调整风险区的通告\n"
_TAIL = "特此通告。\n"


def _read(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for change in parse_notice(text, default_year=2022)["changes"]:
        out.setdefault(change["level_to"] or "lifted", []).extend(change["places"])
    return out


def _within(sentence: str) -> dict[str, list[str]]:
    return _read(_HEAD + "经研究决定,自2022年10月3日12时起," + sentence + "\n" + _TAIL)


# --- units before 辖区内的: only named places are read without them ------------------------------------------------

@pytest.mark.parametrize(("obj", "level", "places"), [
    ("金华社区、星峰社区辖区内的沿街商铺", "controlled", ["金华社区", "星峰社区辖区内的沿街商铺"]),
    ("金华社区、星峰社区辖区内的住宅小区", "controlled", ["金华社区", "星峰社区辖区内的住宅小区"]),
    ("金华村、星峰村辖区内的1组、3组", "sealed", ["金华村", "星峰村辖区内的1组、3组"]),
    ("金华社区、星峰社区辖区内的1号楼、3号楼", "sealed", ["金华社区", "星峰社区辖区内的1号楼、3号楼"]),
    ("金华镇、星峰镇辖区内的全域", "controlled", ["金华镇", "星峰镇辖区内的全域"]),
    ("金华社区、星峰社区辖区内的自建房区域", "controlled", ["金华社区", "星峰社区辖区内的自建房区域"]),
    ("金华社区、星峰社区辖区内的3个小区", "sealed", ["金华社区", "星峰社区辖区内的3个小区"]),
    ("金华镇、星峰镇辖区内的城中村", "controlled", ["金华镇", "星峰镇辖区内的城中村"]),
    ("金华社区和星峰社区辖区内的区域", "controlled", ["金华社区和星峰社区辖区内的区域"]),
    ("金华村、星峰村辖区内的村民小组", "sealed", ["金华村", "星峰村辖区内的村民小组"]),
])
def test_kinds_parts_and_numbers_within_units_keep_the_units(obj: str, level: str, places: list[str]) -> None:
    kind = "管控区" if level == "controlled" else "封控区"
    assert _within(f"将{obj}划定为{kind}。") == {level: places}


def test_rests_within_units_after_a_sealed_place_keep_the_units() -> None:
    assert _within("将锦绣小区划定为封控区,将金华社区、星峰社区辖区内的剩余区域划定为管控区。") == {
        "sealed": ["锦绣小区"], "controlled": ["金华社区", "星峰社区辖区内的剩余区域"]}
    assert _within("将锦绣小区划定为封控区,将金华社区、星峰社区辖区内的除封控区以外的区域划定为管控区。") == {
        "sealed": ["锦绣小区"], "controlled": ["金华社区", "星峰社区辖区内的除封控区以外的区域"]}


def test_a_town_in_front_of_the_units_stays_with_the_named_place() -> None:
    assert _within("将翠峰镇金华社区、星峰社区辖区内的锦绣小区划定为封控区。") == {"sealed": ["翠峰镇锦绣小区"]}


def test_named_places_within_units_are_still_read_bare() -> None:
    assert _within("将金华社区、星峰社区辖区内的锦绣小区、阳光家园划定为封控区。") == {
        "sealed": ["锦绣小区", "阳光家园"]}


# --- a whole county's temporary control prolonged, 延长 first -------------------------------------------------------

_LIFTED_WHOLE = {"lifted": ["全县"]}


@pytest.mark.parametrize("lead", [
    "10月9日,县疫情防控指挥部决定延长全县临时管控时间。经综合研判,",
    "根据疫情防控需要,我县于10月9日发布通告,决定延长全县临时管控时间。经综合研判,",
    "鉴于前期决定延长全县临时管控时间,现经研判,",
])
def test_a_prolonging_told_as_past_in_a_notice_lifting_it_is_no_control(lead: str) -> None:
    text = (f"伊川县关于解除全县临时管控的通告\n{lead}决定自2022年10月14日12时起解除全县临时管控。\n" + _TAIL)
    assert _read(text) == _LIFTED_WHOLE


def test_a_prolonging_on_a_heading_line_of_its_own_is_no_control() -> None:
    text = "伊川县疫情防控指挥部通告\n延长全县临时管控时间\n经县疫情防控指挥部研判,请广大群众继续配合。\n" + _TAIL
    assert _read(text) == {}


def test_another_offices_prolonging_in_a_countys_notice_is_no_control() -> None:
    text = ("伊川县关于延长临时管控时间的通告\n10月9日,洛阳市决定延长全市临时管控时间。"
            "按照市指挥部要求,我县严格落实各项措施。\n" + _TAIL)
    assert _read(text) == {}


def test_a_kind_of_sites_prolonging_is_no_control() -> None:
    text = ("伊川县关于延长临时管控时间的通告\n经县疫情防控指挥部综合研判,决定延长全县重点场所临时管控时间,"
            "解除时间另行通知。\n" + _TAIL)
    assert _read(text) == {}


@pytest.mark.parametrize("sentence", ["决定延长全县临时管控时间,解除时间另行通知。",
                                      "延长全县临时管控时间;解除时间另行通知。"])
def test_the_countys_own_prolonging_is_still_read(sentence: str) -> None:
    text = f"伊川县关于延长临时管控时间的通告\n经县疫情防控指挥部综合研判,{sentence}\n" + _TAIL
    assert _read(text) == {"controlled": ["伊川县"]}


@pytest.mark.parametrize("sentence", ["若疫情形势持续严峻,将视情延长全县临时管控时间。",
                                      "必要时,延长全县临时管控时间。",
                                      "决定不再延长全县临时管控时间,自10月14日12时起解除。",
                                      "决定延长全县人员临时管控时间,解除时间另行通知。"])
def test_hedged_refused_or_peoples_prolonging_is_no_control(sentence: str) -> None:
    text = f"伊川县关于延长临时管控时间的通告\n经县疫情防控指挥部研判,{sentence}\n" + _TAIL
    assert _read(text) == {}


# --- a place inside the area two spots are in -------------------------------------------------------------------

def _downgrade(line: str) -> dict[str, list[str]]:
    return _read("格尔木市调整部分区域风险等级\n经研究,决定调整部分区域风险等级如下:\n一、高风险区降为中风险区(2个)\n"
                 + line + "\n" + _TAIL)


@pytest.mark.parametrize("tail", ["所在片区中的商户", "所在区域内的居民楼", "所在街道内的所有商铺"])
def test_a_kind_in_the_area_two_spots_are_in_is_theirs(tail: str) -> None:
    assert _downgrade(f"华莱士、蜜雪冰城{tail}、和谐家园。") == {"medium": [f"华莱士、蜜雪冰城{tail}", "和谐家园"]}


def test_rest_unchanged_after_the_lists_full_stop_reads_the_list() -> None:
    assert _downgrade("黄河佳苑、和谐家园。(其他区域风险等级不变)") == {"medium": ["黄河佳苑", "和谐家园"]}


# --- comma building runs near addresses, dates, counts and batches -----------------------------------------------

@pytest.mark.parametrize(("line", "places"), [
    ("将以下区域划为高风险区:锦绣花园小区12号楼,阳光家园3号楼,金华小区5号楼。",
     ["锦绣花园小区12号楼", "阳光家园3号楼", "金华小区5号楼"]),
    ("将以下区域划为高风险区:锦绣花园小区12,阳光家园3号楼。", ["锦绣花园小区12", "阳光家园3号楼"]),
    ("将以下区域划为高风险区:锦绣花园小区10,阳光家园11,金华小区5号楼。",
     ["锦绣花园小区10", "阳光家园11", "金华小区5号楼"]),
    ("将以下区域划为高风险区:翠峰镇甲村3组,锦绣花园小区7,8号楼,金华小区5号楼。",
     ["翠峰镇甲村3组", "锦绣花园小区7,8号楼", "金华小区5号楼"]),
    ("将以下区域划为高风险区:\n1,锦绣花园小区;2,阳光家园3号楼;3,金华小区5号楼。",
     ["锦绣花园小区", "阳光家园3号楼", "金华小区5号楼"]),
    ("将翠峰镇锦绣花园小区划为高风险区,管控至10月10,11号。", ["翠峰镇锦绣花园小区"]),
])
def test_commas_between_places_dates_and_numbers_read_as_before(line: str, places: list[str]) -> None:
    assert _read(_HEAD + "自2022年10月3日12时起," + line + "\n" + _TAIL) == {"high": places}


@pytest.mark.parametrize("lead", ["10月1,2号,我县新增阳性感染者3例。", "截至10月2日24时,累计核酸检测1,234,567人次。"])
def test_dates_and_counts_with_commas_before_the_sentence_read_as_before(lead: str) -> None:
    text = _HEAD + lead + "经研判,自2022年10月3日12时起,将翠峰镇锦绣花园小区划为高风险区。\n" + _TAIL
    assert _read(text) == {"high": ["翠峰镇锦绣花园小区"]}


def test_a_batch_run_beside_a_building_run() -> None:
    text = (_HEAD + "根据第1,2批排查结果,自2022年10月3日12时起,将锦绣花园小区1,2号楼划为高风险区,"
            "将阳光家园3号楼划为中风险区。\n" + _TAIL)
    assert _read(text) == {"high": ["锦绣花园小区1,2号楼"], "medium": ["阳光家园3号楼"]}
