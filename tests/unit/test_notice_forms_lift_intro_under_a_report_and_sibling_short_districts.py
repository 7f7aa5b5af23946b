"""Forms of the fifty-sixth held-out set (issue 15): a report that first tells one place's change in sentences, then
quotes a lift whose own introduction ("决定…解除A镇、B镇部分管控区管理,现通告如下:" / "解除管控区名单") stands over
lists headed by a level only: those lists are lifted (and go to the level the line under them names), though the
report's lead lifts nothing; a two-character district ("郊区", "城区", "矿区") written in front of a place, beside the
districts of the one city that has a district of that name ("铜官区A小区、郊区B小区", 铜陵), is that district.
Notices here are written for the tests."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    PROVINCES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)


def _not_a_division(name: str) -> None:
    assume(not any(name.startswith(p) or p.startswith(name) for p in (*PROVINCES, *PREFECTURE_CITIES)))


# --- a lift's own introduction over its lists, under a report's paragraph on another place ----------------------

_REPORT = ("据繁昌发布消息,2022年4月12日,甲区指挥部发布通告:\n"
           "自2022年4月12日24时起,新城华府小区1号楼解除中风险地区,下调为低风险地区。"
           "该区域调整为低风险地区后,将严格按照其所在小区管控措施管理。\n")
_LISTS = ("(一)青柳镇辖区内管控区:桃园小区,白石村东组、西组。\n"
          "(二)红枫镇辖区内管控区:柳湾村大塘组、小塘组。\n")
_LIFTED = ["青柳镇桃园小区", "青柳镇白石村东组", "青柳镇西组", "红枫镇柳湾村大塘组", "红枫镇小塘组"]


def test_lists_under_a_lifts_own_introduction_in_a_report_are_lifted_to_precaution() -> None:
    text = (_REPORT + "决定自2022年4月12日22时起,解除青柳镇、红枫镇部分管控区管理,现通告如下:\n解除管控区名单\n"
            + _LISTS + "解除后管控措施\n解除管控后,以上区域转为防范区管理,将严格社会面管控。")
    assert levels_of(text) == {"low": ["新城华府小区1号楼"], "precaution": _LIFTED}


def test_lists_under_a_lifts_own_introduction_variants() -> None:
    # traditional characters, as a Hong Kong copy of the report has it
    text = in_traditional(_REPORT + "决定自4月12日22时起,解除青柳镇、红枫镇部分管控区管理,现通告如下:\n解除管控区名单\n"
                          + _LISTS + "解除管控后,以上区域转为防范区管理。")
    assert levels_of(text) == {"low": ["新城华府小区1号楼"], "precaution": _LIFTED}
    # full-width punctuation, the introduction alone (no "名单" line), no level named after the lift: lifted
    text = (_REPORT + "决定自4月12日22时起，解除青柳镇、红枫镇部分管控区管理，现通告如下：\n"
            + _LISTS).translate(HALF_TO_FULL)
    assert levels_of(text) == {"low": ["新城华府小区1号楼"], "lifted": _LIFTED}
    # a sealed list, its heading line alone
    text = _REPORT + "解除封控区名单\n(一)青柳镇辖区内封控区:桃园小区,白石村东组。\n"
    assert levels_of(text) == {"low": ["新城华府小区1号楼"], "lifted": ["青柳镇桃园小区", "青柳镇白石村东组"]}


def test_lists_under_an_introduction_that_adds_or_restates_keep_their_level() -> None:
    # near misses: an introduction of new areas; a lift told in the report's paragraph (a closed sentence), the
    # lists' own introduction naming no lift
    text = _REPORT + "决定自4月12日22时起,新增青柳镇、红枫镇部分管控区,现通告如下:\n管控区名单\n" + _LISTS
    assert levels_of(text) == {"low": ["新城华府小区1号楼"], "controlled": _LIFTED}
    text = _REPORT + "现有管控区如下:\n" + _LISTS
    assert levels_of(text) == {"low": ["新城华府小区1号楼"], "controlled": _LIFTED}
    text = _REPORT + "决定解除管控区调整为防范区,现通告如下:\n管控区名单\n" + _LISTS
    assert levels_of(text) == {"low": ["新城华府小区1号楼"], "controlled": _LIFTED}


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=2, unique=True),
       st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=4, unique=True),
       st.sampled_from(["管控区", "封控区"]), st.sampled_from(["小区", "组", "宿舍"]), st.booleans(), st.booleans())
def test_lists_under_a_lifts_own_introduction_property(towns: list[str], names: list[str], zone: str, kind: str,
                                                       tail: bool, traditional: bool) -> None:
    for name in (*towns, *names):
        _not_a_division(name)
    assume(not any(t in n or n in t for t in towns for n in names))
    places = [name + kind for name in names]
    text = (_REPORT + f"决定自4月12日22时起,解除{towns[0]}镇、{towns[1]}镇部分{zone}管理,现通告如下:\n解除{zone}名单\n"
            f"(一){towns[0]}镇辖区内{zone}:" + "、".join(places) + "。\n"
            + ("解除后,以上区域转为防范区管理。" if tail else ""))
    got = levels_of(in_traditional(text) if traditional else text)
    level = "precaution" if tail else "lifted"
    assert got == {"low": ["新城华府小区1号楼"], level: [f"{towns[0]}镇{p}" for p in places]}


# --- a two-character district beside its city's other districts ---------------------------------------------

def test_a_two_character_district_beside_a_sibling_district_is_that_district() -> None:
    text = "新增中风险地区:铜官区新苑小区三期2栋、郊区金御华府30栋。"
    assert by_level(text) == {("medium", "铜官区"): ["新苑小区三期2栋"], ("medium", "郊区"): ["金御华府30栋"]}


def test_a_two_character_district_beside_a_sibling_district_variants() -> None:
    # traditional characters (郊區)
    text = in_traditional("新增中风险地区:铜官区新苑小区三期2栋、郊区金御华府30栋。")
    assert by_level(text) == {("medium", "铜官区"): ["新苑小区三期2栋"], ("medium", "郊区"): ["金御华府30栋"]}
    # a sentence of its own after the sibling's, 佳木斯's 郊区, full-width punctuation
    text = "将前进区桃园小区由管控区转为封控区；新增郊区周潭镇枫林村排楼组为封控区。"
    assert by_level(text) == {("sealed", "前进区"): ["桃园小区"], ("sealed", "郊区"): ["周潭镇枫林村排楼组"]}
    # 阳泉's 城区 beside a county, the places after it its own
    text = "新增封控区:平定县桃园村、城区金桥花园3栋、柳湾小区。"
    assert by_level(text) == {("sealed", "平定县"): ["桃园村"], ("sealed", "城区"): ["金桥花园3栋", "柳湾小区"]}


def test_a_two_character_district_word_keeps_its_place() -> None:
    # near misses: no sibling of a city with that district named; the word's own phrases and the area's sites
    assert by_level("新增中风险地区:天河区新苑小区三期2栋、郊区金御华府30栋。") == {
        ("medium", "天河区"): ["新苑小区三期2栋", "郊区金御华府30栋"]}
    assert by_level("新增封控区:平定县桃园村、城区范围内所有小区。") == {
        ("sealed", "平定县"): ["桃园村", "城区范围内所有小区"]}
    assert by_level("新增封控区:平定县桃园村、矿区职工宿舍、城区人民医院。") == {
        ("sealed", "平定县"): ["桃园村", "矿区职工宿舍", "城区人民医院"]}


def _sibling_pairs() -> list[tuple[str, str]]:
    """(sibling, short) of the cities with a two-character district: a county or district of the same city whose
    name no other city has."""
    pairs = [line.split("\t") for line in (Path(__file__).resolve().parents[2] / "src" / "fangkong" / "areas"
                                           / "divisions.tsv").read_text(encoding="utf-8").splitlines() if "\t" in line]
    named = Counter(district for _, district in pairs)
    shorts = [(city, d) for city, d in pairs if len(d) == 2 and d.endswith("区")]
    return [(sibling, short) for city, short in shorts for c, sibling in pairs
            if c == city and len(sibling) >= 3 and sibling[-1] in "区县" and named[sibling] == 1]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_sibling_pairs()),
       st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=2, unique=True),
       st.sampled_from([("中风险地区", "medium"), ("封控区", "sealed"), ("管控区", "controlled")]), st.booleans())
def test_two_character_districts_beside_siblings_property(pair: tuple[str, str], names: list[str],
                                                         level: tuple[str, str], full: bool) -> None:
    sibling, short = pair
    for name in names:
        _not_a_division(name)
    first, second = names[0] + "小区", names[1] + "花园3栋"
    text = f"新增{level[0]}:{sibling}{first}、{short}{second}。"
    got = by_level(text.translate(HALF_TO_FULL) if full else text)
    assert got == {(level[1], sibling): [first], (level[1], short): [second]}
