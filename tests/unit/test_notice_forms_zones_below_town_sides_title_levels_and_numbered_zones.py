"""Forms of the thirty-sixth held-out set: the district named only before its zones listed below ("调整后的A区
疫情防控“三区”如下"); the sides of one house listed after it ("48-50号及以南、以北各一幢楼房"); a part of a
county-level city's town named by its side ("东城区A小区" in a 永城市 notice, not 北京's 东城区); a title that
draws one level over a lead whose verb comes after the list ("A关于划定高风险区通告" over "…起,将:"), the title
naming the district by its stem ("亭湖关于…" with "我区"); a building's units by Chinese numerals
("4号楼二单元、5号楼一单元"); a numbered zone's object bounded over several sections joined by ";"
("将A路东侧,北起B,南至C;D路以南…划为临时管控2区"). Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

# --- "调整后的A区疫情防控“三区”如下" ------------------------------------------------------------------------

_ZONES_LIST = "\n一、封控区范围\n青石村;柳河村\n二、管控区范围\n杏花镇全域\n三、防范区调整后的范围\n南岗乡、龙泉乡。"


def test_the_district_whose_zones_are_listed_below_is_theirs() -> None:
    text = "经专家组研判,决定调整防范区范围。调整后的金东区疫情防控“三区”如下:" + _ZONES_LIST
    assert by_level(text) == {("sealed", "金东区"): ["青石村", "柳河村"], ("controlled", "金东区"): ["杏花镇全域"],
                              ("precaution", "金东区"): ["南岗乡", "龙泉乡"]}


def test_zones_below_district_variants() -> None:
    assert {d for _, d in by_level("经研判,柯城区新冠肺炎疫情“三区”如下:" + _ZONES_LIST)} == {"柯城区"}
    assert {d for _, d in by_level(in_traditional("决定调整。调整后的越城区疫情防控“三区”如下:" + _ZONES_LIST))} \
        == {"越城区"}
    assert {d for _, d in by_level(("决定调整。现衢江区疫情风险区域如下:" + _ZONES_LIST).translate(HALF_TO_FULL))} \
        == {"衢江区"}


# --- "48-50号及以南、以北各一幢楼房" --------------------------------------------------------------------------

def test_the_sides_of_one_house_are_one_place() -> None:
    text = "一、封控区范围\n青石村建业街48-50号及以南、以北各一幢楼房;柳河村。"
    assert levels_of(text) == {"sealed": ["青石村建业街48-50号及以南、以北各一幢楼房", "柳河村"]}


def test_sides_of_one_variants() -> None:
    assert levels_of("一、管控区范围\n杏花路12号及以东、以西的两栋楼房,南岗村。") \
        == {"controlled": ["杏花路12号及以东、以西的两栋楼房", "南岗村"]}
    assert levels_of(in_traditional("封控区:龙泉路3号以南、以北各一幢;石门村。")) \
        == {"sealed": ["龙泉路3号以南、以北各一幢", "石门村"]}
    assert levels_of("封控区:东坡街8号及以东、以西、以北各一幢楼房;柳河村。".translate(HALF_TO_FULL)) \
        == {"sealed": ["东坡街8号及以东、以西、以北各一幢楼房", "柳河村"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.integers(1, 99), st.sampled_from(["以南、以北", "以东、以西"]),
       st.sampled_from([";", ",", "、"]))
def test_any_house_with_its_sides_is_one_place(road: str, number: int, sides: str, sep: str) -> None:
    # (a road name that ends in a kind word would be read as that kind: left out)
    assume(road[-1] not in "路街村镇")
    place = f"{road}路{number}号及{sides}各一幢楼房"
    assert levels_of(f"封控区:{place}{sep}柳河村。") == {"sealed": [place, "柳河村"]}


# --- "东城区A小区" in a county-level city's notice ---------------------------------------------------------

def test_a_side_of_a_county_level_citys_town_is_its_own() -> None:
    text = ("邓州市防控指挥部发布通告:对部分区域实行分类管理。\n一、中风险区\n花洲街道青石超市;\n"
            "东城区幸福小区;\n花洲街道柳河饭店。\n二、低风险区\n邓州市除高、中风险区外的其他区域。")
    assert by_level(text) == {("medium", "邓州市"): ["花洲街道青石超市", "东城区幸福小区", "花洲街道柳河饭店"]}


def test_town_side_variants() -> None:
    assert by_level("项城市关于划定风险区的通告\n中风险区:\n西城区杏花苑;\n南岗村。") \
        == {("medium", "项城市"): ["西城区杏花苑", "南岗村"]}
    assert by_level(in_traditional("禹州市关于划定风险区的通告\n中风险区:\n东城区龙泉家园;\n石门村。")) \
        == {("medium", "禹州市"): ["东城区龙泉家园", "石门村"]}
    assert by_level("邓州市关于划定风险区的通告\n高风险区:\n城东区翠竹花园,南岗村。".translate(HALF_TO_FULL)) \
        == {("high", "邓州市"): ["城东区翠竹花园", "南岗村"]}


# --- "A关于划定高风险区通告" over "…起,将:" -----------------------------------------------------------------

def test_a_titles_level_is_the_lists_when_the_verb_is_not_before_it() -> None:
    text = ("柯城关于划定高风险区通告\n我区新发现确诊人员。决定自2022年12月3日18:00起,将:\n(一)青石街道:\n"
            "1、柳河小区24号楼;\n2、杏花苑3号楼。\n(二)南岗镇:\n1、龙泉村三组201号;")
    assert by_level(text) == {("high", "柯城区"): ["青石街道柳河小区24号楼", "青石街道杏花苑3号楼",
                                                   "南岗镇龙泉村三组201号"]}


def test_title_level_variants() -> None:
    assert levels_of("金东区关于划定封控区的通告\n经研判,决定自12月3日起,将:\n1、柳河小区24号楼;\n2、杏花苑3号楼。") \
        == {"sealed": ["柳河小区24号楼", "杏花苑3号楼"]}
    text = "越城关于划定中风险区通告\n我区发现阳性。决定即日起,将:\n1、柳河小区;\n2、杏花苑。"
    assert by_level(in_traditional(text)) == {("medium", "越城区"): ["柳河小区", "杏花苑"]}
    text = "关于划定高风险区的通告\n决定自12月3日起,将:\n1、柳河小区2号楼;\n2、杏花苑。"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"high": ["柳河小区2号楼", "杏花苑"]}


# --- "4号楼二单元、5号楼一单元" -----------------------------------------------------------------------------

def test_a_buildings_units_in_chinese_numerals_are_one_place() -> None:
    text = "将以下区域划定为高风险区:\n1、碧水小区4号楼二单元、5号楼一单元;\n2、杏花苑3号楼。"
    assert levels_of(text) == {"high": ["碧水小区4号楼二单元、5号楼一单元", "杏花苑3号楼"]}


def test_chinese_numeral_unit_variants() -> None:
    assert levels_of("高风险区:\n1.柳河小区2栋三单元、6栋一单元\n2.杏花苑") \
        == {"high": ["柳河小区2栋三单元、6栋一单元", "杏花苑"]}
    assert levels_of(in_traditional("封控区:\n1、龙泉家园1幢二单元、3幢四单元;\n2、南岗村。")) \
        == {"sealed": ["龙泉家园1幢二单元、3幢四单元", "南岗村"]}
    assert levels_of("封控区:\n(1)石门小区7号楼十单元、8号楼二单元;\n(2)南岗村。".translate(HALF_TO_FULL)) \
        == {"sealed": ["石门小区7号楼十单元、8号楼二单元", "南岗村"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.integers(1, 30), st.integers(1, 30),
       st.sampled_from("一二三四五六"), st.sampled_from("一二三四五六"), st.sampled_from(["号楼", "栋", "幢"]))
def test_any_units_by_chinese_numerals_stay_with_their_compound(name: str, a: int, b: int, ua: str, ub: str,
                                                                  kind: str) -> None:
    place = f"{name}小区{a}{kind}{ua}单元、{b}{kind}{ub}单元"
    assert levels_of(f"高风险区:\n1、{place};\n2、杏花苑。") == {"high": [place, "杏花苑"]}


# --- "将A路东侧,北起B,南至C;D路以南…划为临时管控2区" ---------------------------------------------------------

def test_a_numbered_zones_object_over_sections_is_one_place() -> None:
    area = "青石街道柳河路东侧,北起杏花超市,南至龙泉饭店;南岗路以南,西起柳河路,东至石门商行"
    text = (f"(一)将青石街道北至柳河路,东至南岗路划为临时管控1区,采取管控措施。\n"
            f"(二)将{area}划为临时管控2区,采取管控措施。")
    assert levels_of(text) == {"controlled": ["青石街道北至柳河路,东至南岗路", area]}


def test_numbered_zone_variants() -> None:
    area = "杏花街道龙泉路西侧,南起A店,北至B店;石门路以北,东起龙泉路,西至C商行"
    assert levels_of(f"(一)将{area}划为临时管控1区。") == {"controlled": [area]}
    assert levels_of(in_traditional(f"(二)将{area}劃為臨時管控3區,采取管控措施。")) == {"controlled": [area]}
    assert levels_of(f"将{area}划定为临时管控2区。".translate(HALF_TO_FULL)) == {"controlled": [area]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), st.integers(1, 9),
       st.sampled_from(["划为", "划定为"]), st.booleans())
def test_any_numbered_zones_bounded_object_is_one_place(a: str, b: str, n: int, verb: str, full: bool) -> None:
    # (a name ending in a kind word would change what the sections read as: left out)
    assume(a != b and a[-1] not in "路街村镇" and b[-1] not in "路街村镇")
    area = f"{a}路东侧,北起{b}超市,南至{a}饭店;{b}路以南,西起{a}路,东至{b}商行"
    text = f"(一)将{area}{verb}临时管控{n}区,采取管控措施。"
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {"controlled": [area]}
