"""Forms of the fifty-eighth held-out set, part b, each in variants written here (invented places, the wording of
forms real notices use): a district's counted heading whose bracket was never closed, its places run on after it
with no separator or after a colon ("迎泽区(16个A苑3单元B街2号楼…", "万柏林区(10个:C小区,D苑8号楼", 太原 late
2022); a district's counted label written without its kind ("晋源1个):E小区7号楼", the district named in full
above); a district's heading with a clause in brackets, its hour and a pointer to the places below with their
level ("奎文区(自11月29日18时起,将下列区域风险划定为高风险区)", 潍坊 late 2022); a zone by its kind with the
district it stands for written short ("经开区(头区)1个") and a part's counted title over the changed levels
("二、调整风险等级区域9个", 乌鲁木齐 summer 2022)."""

from __future__ import annotations

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
)

_LEAD = "关于江南市调整高风险区的通告\n经专家组研判,即日起我市新增高风险区6个,调整为低风险区1个。具体为\n"


def _plain(*names: str) -> bool:
    return not any(name[:2] in PREFECTURE_CITIES or name[:3] in PREFECTURE_CITIES or name.startswith(PROVINCES)
                   for name in names)


# --- 1. a counted heading whose bracket was never closed, places run on or after a colon

_RUN_ON = (_LEAD + "一、新增高风险区\n"
           "金华区(3个翠锦苑B座3单元长风街胜利宿舍2号楼2单元康宁小区18号楼\n"
           "秀峰区(2个:星悦小区5号楼3单元,君悦花园1号楼、9号楼。\n"
           "丽泽区(1个福瑞村\n"
           "高风险区内实行“足不出户、上门服务”封控措施。\n")
_RUN_ON_EXPECTED = {("high", "金华区"): ["翠锦苑B座3单元", "长风街胜利宿舍2号楼2单元", "康宁小区18号楼"],
                    ("high", "秀峰区"): ["星悦小区5号楼3单元", "君悦花园1号楼、9号楼"],
                    ("high", "丽泽区"): ["福瑞村"]}


def test_unclosed_counted_headings_over_run_on_and_comma_lists() -> None:
    assert by_level(_RUN_ON) == _RUN_ON_EXPECTED


def test_unclosed_counted_headings_with_full_width_brackets_and_colons() -> None:
    assert by_level(_RUN_ON.translate(HALF_TO_FULL)) == _RUN_ON_EXPECTED


def test_unclosed_counted_headings_in_traditional_characters() -> None:
    assert by_level(in_traditional(_RUN_ON)) == _RUN_ON_EXPECTED


def test_unclosed_counted_county_and_street_headings() -> None:
    text = (_LEAD + "一、新增高风险区\n长风县(2个:阳光村,春晓村。\n"
            "高风险区内实行封控措施。\n二、新增中风险区\n金华街道(1个星悦小区8号楼\n")
    assert by_level(text) == {("high", "长风县"): ["阳光村", "春晓村"], ("medium", None): ["金华街道星悦小区8号楼"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=4, max_size=4, unique=True),
       st.sampled_from(["区", "县"]), st.sampled_from(["", ":"]), st.integers(min_value=1, max_value=30))
def test_any_unclosed_counted_heading(names: list[str], kind: str, colon: str, unit: int) -> None:
    assume(_plain(*names))
    district = names[0] + kind
    places = [f"{names[1]}苑{unit}号楼", f"{names[2]}小区{unit + 1}号楼", f"{names[3]}花园{unit}号楼2单元"]
    text = _LEAD + f"一、新增高风险区\n{district}(3个{colon}{','.join(places)}。\n高风险区内实行封控措施。\n"
    assert by_level(text) == {("high", district): places}, text


def test_closed_or_no_count_brackets_are_read_as_before() -> None:
    # (ordinary wording near the rule: a bracket closed after the count's kind, a place's own note, a town's count of
    # its villages)
    text = _LEAD + "一、新增高风险区\n金华区(2个点位):翠锦苑3号楼,长风小区5号楼。\n"
    assert by_level(text) == {("high", "金华区"): ["翠锦苑3号楼", "长风小区5号楼"]}
    text = _LEAD + "一、新增高风险区\n金华区(3个):翠锦苑(1号楼、2号楼,康宁小区\n"
    assert ("high", "金华区") in by_level(text)
    text = _LEAD + "一、新增高风险区\n金华镇(2个村:阳光村、春晓村。\n"
    assert "金华镇(2个):村" not in str(by_level(text))


# --- 2. a district's counted label written without its kind

_SHORT = (_LEAD + "一、新增高风险区\n金华区(1个):翠锦苑3号楼\n秀峰区(1个):星悦小区5号楼\n"
          "高风险区内实行封控措施。\n二、调整为低风险区\n秀峰1个):丽都小区7号楼\n低风险区实行“个人防护,避免聚集”。\n")
_SHORT_EXPECTED = {("high", "金华区"): ["翠锦苑3号楼"], ("high", "秀峰区"): ["星悦小区5号楼"],
                   ("low", "秀峰区"): ["丽都小区7号楼"]}


def test_a_short_counted_label_of_a_district_named_above() -> None:
    assert by_level(_SHORT) == _SHORT_EXPECTED


def test_a_short_counted_label_with_both_brackets_and_full_width() -> None:
    text = _SHORT.replace("秀峰1个):", "秀峰(1个):").translate(HALF_TO_FULL)
    assert by_level(text) == _SHORT_EXPECTED


def test_a_short_counted_label_in_traditional_characters() -> None:
    assert by_level(in_traditional(_SHORT)) == _SHORT_EXPECTED


def test_a_short_counted_label_of_a_known_division() -> None:
    text = ("关于太原市调整高风险区的通告\n一、新增高风险区\n晋源区(1个):牛家口村\n高风险区内实行封控措施。\n"
            "二、调整为低风险区\n晋源1个):丽都静林湾小区7号楼\n")
    assert by_level(text) == {("high", "晋源区"): ["牛家口村"], ("low", "晋源区"): ["丽都静林湾小区7号楼"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=3, max_size=3, unique=True),
       st.sampled_from(["区", "县"]), st.sampled_from(["1个):", "(1个):", "1处):"]))
def test_any_short_counted_label(names: list[str], kind: str, label: str) -> None:
    assume(_plain(*names))
    district = names[0] + kind
    text = (_LEAD + f"一、新增高风险区\n{district}(1个):{names[1]}苑3号楼\n高风险区内实行封控措施。\n"
            f"二、调整为低风险区\n{names[0]}{label}{names[2]}小区7号楼\n")
    assert by_level(text) == {("high", district): [f"{names[1]}苑3号楼"],
                              ("low", district): [f"{names[2]}小区7号楼"]}, text


def test_a_short_name_not_written_in_full_stays_as_before() -> None:
    # (ordinary wording near the rule: no district of that name written in full in the notice)
    text = (_LEAD + "一、新增高风险区\n金华区(1个):翠锦苑3号楼\n高风险区内实行封控措施。\n"
            "二、调整为低风险区\n秀峰1个):丽都小区7号楼\n")
    assert ("low", "秀峰区") not in by_level(text)


# --- 3. a district's heading with a clause of its hour and a pointer to the places below

_POINTER = ("江南市关于调整风险区的通告\n经综合研判,决定对下列区域风险等级进行调整:\n一、新增高风险区\n"
            "金华区(自11月29日8时起,将下列区域风险划定为高风险区)\n长风街道翠锦苑小区\n胜利街道康宁小区6号楼\n"
            "秀峰县(自11月30日0时起,将下列区域风险划定为高风险区)\n阳光镇春晓村\n"
            "以上县市区除高风险区外的其他区域为低风险区。\n二、调整为低风险区\n"
            "金华区(自11月29日18时起,将下列区域风险等级由高风险区调整为低风险区)\n长风街道星悦小区2号楼\n")
_POINTER_EXPECTED = {("high", "金华区"): ["长风街道翠锦苑小区", "胜利街道康宁小区6号楼"],
                     ("high", "秀峰县"): ["阳光镇春晓村"], ("low", "金华区"): ["长风街道星悦小区2号楼"]}


def test_district_headings_with_pointer_clauses_under_parts_of_their_level() -> None:
    assert by_level(_POINTER) == _POINTER_EXPECTED


def test_district_headings_with_pointer_clauses_full_width() -> None:
    assert by_level(_POINTER.translate(HALF_TO_FULL)) == _POINTER_EXPECTED


def test_district_headings_with_pointer_clauses_in_traditional_characters() -> None:
    assert by_level(in_traditional(_POINTER)) == _POINTER_EXPECTED


def test_district_headings_with_pointer_clauses_and_no_part_heading() -> None:
    text = ("江南市关于调整风险区的通告\n"
            "金华区(自11月29日8时起,将以下区域划定为高风险区)\n长风街道翠锦苑小区\n"
            "秀峰县(自12月1日8时起,将下列区域调整为中风险区)\n阳光镇春晓村\n")
    result = by_level(text)
    assert result.get(("high", "金华区")) == ["长风街道翠锦苑小区"]
    assert result.get(("medium", "秀峰县")) == ["阳光镇春晓村"]


@settings(max_examples=30, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=3, max_size=3, unique=True),
       st.sampled_from(["区", "县", "市"]), st.integers(min_value=1, max_value=12),
       st.integers(min_value=1, max_value=28),
       st.sampled_from(["将下列区域风险划定为高风险区", "将以下区域划定为高风险区", "下列区域划为高风险区"]))
def test_any_district_heading_with_a_pointer_clause(names: list[str], kind: str, month: int, day: int,
                                                    clause: str) -> None:
    assume(_plain(*names))
    district = names[0] + kind
    text = ("江南市关于调整风险区的通告\n一、新增高风险区\n"
            f"{district}(自{month}月{day}日8时起,{clause})\n{names[1]}街道{names[2]}小区\n")
    assert by_level(text) == {("high", district): [f"{names[1]}街道{names[2]}小区"]}, text


def test_brackets_without_a_pointer_stay_as_before() -> None:
    # (ordinary wording near the rule: a place's own time (its hour dropped, as before), a place's pointer clause
    # (no district's heading: read as before), a district's note of what it holds)
    text = "一、新增高风险区\n翠锦苑小区(自11月29日8时起)\n康宁小区6号楼\n"
    assert by_level(text) == {("high", None): ["翠锦苑小区", "康宁小区6号楼"]}
    text = "一、新增高风险区\n翠锦苑小区(自11月29日8时起,将下列区域划定为高风险区)\n康宁小区6号楼\n"
    assert by_level(text) == {("high", None): ["康宁小区6号楼"]}
    text = "一、新增高风险区\n金华区(含长风镇)\n翠锦苑小区\n"
    assert ("high", "金华区") in by_level(text)


# --- 4. a zone with its district written short, and a counted part title over changed levels

_ZONE = ("决定自8月18日0时起,在金华区、经开区(头区)新增3个高风险区;将4个高风险区调整为中风险区。\n"
         "新增高风险区和调整风险等级区域名单\n一、新增高风险区3个\n1.金华区2个\n长风街道翠锦社区阳光公寓楼\n"
         "长风街道康宁社区\n2.经开区(头区)1个\n胜利街道星悦社区春晓小区\n二、调整风险等级区域9个\n"
         "高风险区调整为中风险区4个\n1.金华区\n长风街道福瑞社区家属院小区\n")
_ZONE_EXPECTED = {("high", "金华区"): ["长风街道翠锦社区阳光公寓楼", "长风街道康宁社区"],
                  ("high", "经开区"): ["胜利街道星悦社区春晓小区"],
                  ("medium", "金华区"): ["长风街道福瑞社区家属院小区"]}


def test_a_zone_with_its_district_short_and_a_counted_part_title() -> None:
    assert by_level(_ZONE) == _ZONE_EXPECTED


def test_a_zone_with_its_district_short_full_width() -> None:
    assert by_level(_ZONE.translate(HALF_TO_FULL)) == _ZONE_EXPECTED


def test_a_zone_with_its_district_short_in_traditional_characters() -> None:
    assert by_level(in_traditional(_ZONE)) == _ZONE_EXPECTED


@settings(max_examples=30, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=3, max_size=3, unique=True),
       st.sampled_from(["经开区", "高新区", "开发区"]), st.sampled_from(list("甲乙丙丁米达")),
       st.sampled_from(["调整风险等级区域9个", "调整风险等级区域", "变更风险等级的区域(9个)"]))
def test_any_zone_short_alias_and_part_title(names: list[str], zone: str, short: str, title: str) -> None:
    assume(_plain(*names))
    text = (f"一、新增高风险区2个\n1.{names[0]}区1个\n{names[1]}街道{names[2]}小区\n2.{zone}({short}区)1个\n"
            f"{names[2]}街道{names[1]}社区\n二、{title}\n高风险区调整为中风险区1个\n1.{names[0]}区\n{names[1]}街道家属院小区\n")
    assert by_level(text) == {("high", f"{names[0]}区"): [f"{names[1]}街道{names[2]}小区"],
                              ("high", zone): [f"{names[2]}街道{names[1]}社区"],
                              ("medium", f"{names[0]}区"): [f"{names[1]}街道家属院小区"]}, text


def test_a_compound_with_a_part_in_brackets_is_no_zone_alias() -> None:
    # (ordinary wording near the rule: "A小区(东区)" a compound's part, "调整风险等级" inside a sentence)
    text = "一、新增高风险区\n翠锦小区(东区)\n康宁花园(北区)\n"
    assert by_level(text) == {("high", None): ["翠锦小区(东区)", "康宁花园(北区)"]}
