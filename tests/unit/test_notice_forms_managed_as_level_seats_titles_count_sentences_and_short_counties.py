"""Forms of the twentieth held-out set: places managed as a level ("A镇镇直及B村参照防范区管理"), a town's seat
(镇直, 乡直) and a village joined by 及 being two places; a title broken before its "通告(第N号)" and the slogan
"解封不能解防" under a numbered list; counties in a sentence after a comparison ("相比昨天发布的风险列表,A市、B区
下调为低风险地区") or after 新增 and a confirmed assessment ("经指挥部评估确认,新增A市、B县为新冠肺炎疫情风险等级
低风险地区"); a sentence of counts broken over lines ("…0个," "…2个," "低风险地区88个。") opening no list; a
province's county list written short ("西湖、鹿城") with each county its own district. Notices here are written for
the tests (invented places; counties are real county-level names, which the parser knows by name)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

# --- places managed as a level; a town's seat and a village ----------------------------------------------------

def test_seat_and_village_managed_as_precaution_are_two_places() -> None:
    text = ("甲县疫情防控指挥部第12号公告\n一、青石镇镇直及新民村参照防范区管理,实行“强化社会面管控”管控措施。\n"
            "二、本公告自发布之日起施行。")
    assert levels_of(text) == {"precaution": ["青石镇镇直", "新民村"]}


def test_managed_as_level_variants() -> None:
    # 乡直 and 和, 比照, a community
    assert levels_of("三、和平乡乡直和东风社区比照管控区管理。") == {"controlled": ["和平乡乡直", "东风社区"]}
    # villages managed as sealed, full-width punctuation
    assert levels_of("红旗村、光明村参照封控区管理，实行“足不出户”。") == {"sealed": ["红旗村", "光明村"]}
    # traditional characters
    assert levels_of(in_traditional("一、青石镇镇直及新民村参照防范区管理。")) == {
       "precaution": ["青石镇镇直", "新民村"]}
    # people managed as a level are no place
    assert parse_notice("对返乡人员参照中风险地区管理。", fallback=False)["changes"] == []


@settings(max_examples=30, deadline=None)
@given(town=invented_names(PLAIN_SYLLABLES), village=invented_names(PLAIN_SYLLABLES), full=st.booleans(),
       joiner=st.sampled_from(["及", "和"]))
def test_seat_and_village_property(town: str, village: str, full: bool, joiner: str) -> None:
    text = f"一、{town}镇镇直{joiner}{village}村参照防范区管理,实行管控措施。"
    text = text.translate(HALF_TO_FULL) if full else text
    assert levels_of(text) == {"precaution": [f"{town}镇镇直", f"{village}村"]}


# --- a title broken before 通告; the slogan under a list -----------------------------------------------------

def _lift_notice(first: str, second: str, title_break: str = "\n", slogan: str = "解封不能解防。") -> str:
    return (f"甲县关于解除高风险区的{title_break}通告(第53号)\n"
            "根据当前疫情防控形势,经县疫情防控指挥部综合研判,决定自2022年11月19日零时起,解除全县2个高风险区:\n"
            f"1、{first}\n2、{second}\n{slogan}\n请广大市民继续做好个人防护。\n甲县疫情防控指挥部\n2022年11月18日")


def test_broken_title_and_slogan_are_no_places() -> None:
    assert levels_of(_lift_notice("青石镇莲花社区和平路35号", "东风镇新民村三、四组")) == {
        "lifted": ["青石镇莲花社区和平路35号", "东风镇新民村三、四组"]}


def test_broken_title_and_slogan_variants() -> None:
    expected = {"lifted": ["红旗社区1号楼", "光明村五组"]}
    assert levels_of(_lift_notice("红旗社区1号楼", "光明村五组", slogan="解封不等于解防。")) == expected
    assert levels_of(_lift_notice("红旗社区1号楼", "光明村五组", slogan="解封不松懈。")) == expected
    assert levels_of(_lift_notice("红旗社区1号楼", "光明村五组", title_break="")) == expected
    assert levels_of(in_traditional(_lift_notice("红旗社区1号楼", "光明村五组"))) == expected


@settings(max_examples=30, deadline=None)
@given(first=invented_names(PLAIN_SYLLABLES), second=invented_names(PLAIN_SYLLABLES),
       slogan=st.sampled_from(["解封不能解防。", "解封不等于解防。", "解封不解防。"]))
def test_broken_title_and_slogan_property(first: str, second: str, slogan: str) -> None:
    text = _lift_notice(f"{first}社区2号楼", f"{second}村三组", slogan=slogan)
    assert levels_of(text) == {"lifted": [f"{first}社区2号楼", f"{second}村三组"]}


# --- counties after a comparison, after 新增 and a confirmed assessment --------------------------------------

def test_counties_after_a_comparison_are_their_own_districts() -> None:
    text = ("截至2月26日10时,全省中风险县(市、区)11个,低风险县(市、区)118个。\n"
            "相比昨天发布的风险列表,宜良县、麒麟区下调为低风险地区。全省低风险县(市、区)增加2个。")
    assert by_level(text) == {("low", "宜良县"): ["宜良县"], ("low", "麒麟区"): ["麒麟区"]}


def test_comparison_and_assessment_variants() -> None:
    expected = {("low", "宜良县"): ["宜良县"], ("low", "麒麟区"): ["麒麟区"]}
    assert by_level("与上期相比,宜良县、麒麟区调整为低风险地区。") == expected
    assert by_level("相较于2月24日,宜良县、麒麟区降为低风险地区。") == expected
    text = ("截至2月25日20时,按县域单元,全省中风险地区12个,低风险地区14个,经指挥部评估确认,"
            "新增宜良县、麒麟区为新冠肺炎疫情风险等级低风险地区。")
    assert by_level(text) == expected
    assert by_level(in_traditional("经指挥部评估确认，新增宜良县、麒麟区为疫情风险等级低风险地区。")) == expected


@settings(max_examples=20, deadline=None)
@given(lead=st.sampled_from(["相比昨天发布的风险列表,", "与上期相比,", "经指挥部评估确认,新增", "经专家评估确认,新增"]),
       counties=st.lists(st.sampled_from(["宜良县", "麒麟区", "罗平县", "富源县", "陆良县"]), min_size=2, max_size=4,
                         unique=True),
       full=st.booleans())
def test_counties_after_a_lead_property(lead: str, counties: list[str], full: bool) -> None:
    verb = "为低风险地区" if lead.endswith("新增") else "下调为低风险地区"
    text = f"{lead}{'、'.join(counties)}{verb}。"
    text = text.translate(HALF_TO_FULL) if full else text
    assert by_level(text) == {("low", county): [county] for county in counties}


# --- a sentence of counts over lines; a county list written short ---------------------------------------------

def _five_colour(changes: str) -> str:
    return ("“五色图”显示:\n高风险、较高风险、中风险的县(市、区)0个,\n较低风险的县(市、区)2个,\n"
            "低风险的县(市、区)88个。\n全省县域疫情风险地图\n(截至2月27日24:00)\n"
            f"相对于2月24日,新的“五色图”各县(市、区)变化情况主要是:\n{changes}\n当前,我省已连续6日无新增病例。")


def test_counts_over_lines_open_no_list_and_short_counties_are_their_own_districts() -> None:
    text = _five_colour("1.中风险降为较低风险(2个):桐庐、海曙。\n2.较低风险降为低风险(3个):鹿城、瓯海、乐清。")
    assert by_level(text) == {("low", c): [c] for c in ("鹿城", "瓯海", "乐清")}


def test_counts_and_short_counties_variants() -> None:
    # full-width brackets and colons
    text = _five_colour("1.较低风险降为低风险(2个):鹿城、瑞安。").translate(HALF_TO_FULL)
    assert by_level(text) == {("low", "鹿城"): ["鹿城"], ("low", "瑞安"): ["瑞安"]}
    # traditional characters
    text = in_traditional(_five_colour("1.较低风险降为低风险(2个):鹿城、瑞安。"))
    assert by_level(text) == {("low", "鹿城"): ["鹿城"], ("low", "瑞安"): ["瑞安"]}
    # a list of invented bare names is no county list: the names keep no district
    text = _five_colour("1.较低风险降为低风险(2个):青松、翠柏。")
    assert by_level(text) == {("low", None): ["青松", "翠柏"]}


@settings(max_examples=20, deadline=None)
@given(counties=st.lists(st.sampled_from(["鹿城", "瓯海", "乐清", "瑞安", "海曙", "桐庐", "余杭"]), min_size=2,
                         max_size=5, unique=True),
       count=st.integers(min_value=1, max_value=99))
def test_short_county_list_property(counties: list[str], count: int) -> None:
    text = _five_colour(f"1.较低风险降为低风险({len(counties)}个):{'、'.join(counties)}。")
    text = text.replace("88个", f"{count}个")
    assert by_level(text) == {("low", c): [c] for c in counties}
