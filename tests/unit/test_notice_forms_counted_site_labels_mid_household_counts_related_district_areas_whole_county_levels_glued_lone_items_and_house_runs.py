"""Forms fixed by f69c (known misreads written for tests, invented places): an industrial area's label with its
count over its places ("A工业区(3个):B厂、C公司、D仓库": the label in front of each, the count and colon dropped, and
the label no district); a household count between places on a line ("A村一组、二组,涉及120户,B村三组": no place,
on none); a district's vague 相关区域 with no list under it ("将甲区相关区域调整为低风险区。": no place, as its
部分区域 is, the line reported unread; over numbered measures it read so already); a county's whole given a level
("全县调整为低风险区": the county itself when the notice names it, "全县" when nothing does, as "对全县实行静态管理"
reads); a lone item's number glued to a district's or street's name ("1锦绣区X街道": the number dropped; "1号楼",
"12栋", "3组" keep theirs); checked: a house-number run parted by both "," and "、" ("A村3号、5号,7号、9号") is one
place, as it read already (split only where a count says so, as 1126 has it)."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    changes_of,
    invented_names,
    no_real_city,
    places_of,
    variants_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# ---- 1. "A工业区(3个):B厂、C公司、D仓库" under a level heading ------------------------------------------------

_SITE_LABEL = ("关于调整风险区的通告\n经研判,决定将以下区域划定为高风险区:\n一、高风险区\n锦绣区\n"
               "{line}\n")


def test_counted_industrial_area_label_is_put_in_front_of_each_place() -> None:
    text = _SITE_LABEL.format(line="金龙工业区(3个):春晓厂、丽泽公司、翠峰仓库")
    for variant in variants_of(text):
        assert changes_of(variant) == [("high", "锦绣区", ["金龙工业区春晓厂", "金龙工业区丽泽公司",
                                                           "金龙工业区翠峰仓库"])]


def test_counted_site_label_variants() -> None:
    # another kind of site, commas between the places, a numbered item beside a community's label
    assert places_of(_SITE_LABEL.format(line="金龙工业园(3个):春晓制衣厂、丽泽电子公司、翠峰物流仓库")) == [
        "金龙工业园春晓制衣厂", "金龙工业园丽泽电子公司", "金龙工业园翠峰物流仓库"]
    assert places_of(_SITE_LABEL.format(line="金龙工业区(3个):春晓厂,丽泽公司,翠峰仓库")) == [
        "金龙工业区春晓厂", "金龙工业区丽泽公司", "金龙工业区翠峰仓库"]
    assert places_of(_SITE_LABEL.format(line="1、金龙工业区(3个):春晓厂、丽泽公司、翠峰仓库\n"
                                             "2、星光社区(2个):金华小区、龙光花园")) == [
        "金龙工业区春晓厂", "金龙工业区丽泽公司", "金龙工业区翠峰仓库", "星光社区金华小区", "星光社区龙光花园"]
    # (the district written in front of the label)
    text = "关于调整风险区的通告\n一、高风险区\n锦绣区金龙工业区(3个):春晓厂、丽泽公司、翠峰仓库\n"
    assert changes_of(text) == [("high", "锦绣区", ["金龙工业区春晓厂", "金龙工业区丽泽公司", "金龙工业区翠峰仓库"])]
    # (without a count the label is no district either, three places or more)
    assert changes_of(_SITE_LABEL.format(line="金龙工业区:春晓厂、丽泽公司、翠峰超市")) == [
        ("high", "锦绣区", ["金龙工业区春晓厂", "金龙工业区丽泽公司", "金龙工业区翠峰超市"])]


def test_counted_site_label_near_misses() -> None:
    # a count of one over buildings parted by 、: one place; an estate's label over its buildings, as before
    assert places_of(_SITE_LABEL.format(line="金龙工业区(1个):春晓厂3号楼、5号楼")) == ["金龙工业区春晓厂3号楼、5号楼"]
    assert places_of(_SITE_LABEL.format(line="星光小区:1号楼、2号楼")) == ["星光小区1号楼、2号楼"]
    # a town's counted label, as before
    assert places_of(_SITE_LABEL.format(line="金龙镇(3个):春晓村、丽泽村、翠峰村")) == [
        "金龙镇春晓村", "金龙镇丽泽村", "金龙镇翠峰村"]


@settings(max_examples=25, deadline=None)
@given(name, st.lists(name, min_size=2, max_size=4, unique=True), st.sampled_from(["工业区", "工业园"]),
       st.sampled_from(["厂", "公司", "仓库"]))
def test_counted_site_label_property(site: str, units: list[str], kind: str, unit: str) -> None:
    assume(no_real_city(site, *units) and site not in units)
    line = f"{site}{kind}({len(units)}个):" + "、".join(u + unit for u in units)
    assert changes_of(_SITE_LABEL.format(line=line)) == [("high", "锦绣区", [site + kind + u + unit for u in units])]


# ---- 2. "A村一组、二组,涉及120户,B村三组" -----------------------------------------------------------------

_HOUSEHOLDS = "关于调整风险区的通告\n经研判,决定将以下区域划定为高风险区:\n锦绣区{line}\n"


def test_household_count_between_places_on_a_line_is_no_place() -> None:
    text = _HOUSEHOLDS.format(line="金龙村一组、二组,涉及120户,丽泽村三组")
    for variant in variants_of(text):
        assert changes_of(variant) == [("high", "锦绣区", ["金龙村一组、二组", "丽泽村三组"])]


def test_household_count_between_places_variants() -> None:
    assert places_of(_HOUSEHOLDS.format(line="星光小区1栋、2栋,涉及住户86户,春晓花园3栋")) == [
        "星光小区1栋、2栋", "春晓花园3栋"]
    assert places_of(_HOUSEHOLDS.format(line="金龙村一组、二组,共涉及120户、356人,丽泽村三组")) == [
        "金龙村一组、二组", "丽泽村三组"]
    assert places_of("关于调整风险区的通告\n一、高风险区\n锦绣区:金龙村一组、二组,涉及120户,丽泽村三组。") == [
        "金龙村一组、二组", "丽泽村三组"]


def test_household_count_near_misses() -> None:
    # a note in brackets stays with its place; households that are the place's part stay in it
    assert places_of(_HOUSEHOLDS.format(line="金龙村一组、二组(涉及120户),丽泽村三组")) == [
        "金龙村一组、二组(涉及120户)", "丽泽村三组"]
    assert places_of(_HOUSEHOLDS.format(line="金龙村王某家及邻居12户,丽泽村三组")) == [
        "金龙村王某家及邻居12户", "丽泽村三组"]


@settings(max_examples=25, deadline=None)
@given(name, name, st.integers(min_value=2, max_value=9999))
def test_household_count_between_places_property(a: str, b: str, households: int) -> None:
    assume(no_real_city(a, b) and a != b)
    text = _HOUSEHOLDS.format(line=f"{a}村一组、二组,涉及{households}户,{b}村三组")
    assert places_of(text) == [f"{a}村一组、二组", f"{b}村三组"]


# ---- 3. "将甲区相关区域调整为低风险区" with no list of places ----------------------------------------------

_MEASURES = ("\n1.低风险区实行“个人防护、避免聚集”等防范措施。\n2.请广大市民继续做好个人防护,坚持戴口罩、勤洗手。\n"
             "3.各单位落实主体责任。\n锦绣区疫情防控指挥部\n2022年12月4日")


def test_related_areas_of_a_district_over_measures_name_no_place() -> None:
    # (read so already: pinned) the line is reported unread
    text = "关于调整风险区的通告\n经专家研判,决定自12月5日0时起,将锦绣区相关区域调整为低风险区。" + _MEASURES
    for variant in variants_of(text):
        result = parse_notice(variant, default_year=2022)
        assert result["changes"] == []
        assert any("相关区域调整为低风险区" in w for w in result["warnings"])


def test_related_areas_of_a_district_alone_name_no_place() -> None:
    for text in ("经专家研判,决定将锦绣区相关区域调整为低风险区。", "经专家研判,决定将锦绣区有关区域调整为低风险区。",
                 "经专家研判,决定将锦绣区相关地区调整为低风险区。", "自12月5日起,锦绣县相关区域调整为低风险区。",
                 "经专家研判,决定将开发区有关区域调整为中风险区。", "经专家研判,决定将我县相关区域调整为低风险区。"):
        for variant in variants_of(text):
            assert changes_of(variant) == [], variant
    # (the same as a district's 部分区域)
    assert changes_of("经专家研判,决定将锦绣区部分区域调整为低风险区。") == []


def test_related_areas_near_misses() -> None:
    # a named place's related area is that place's area; a list under the district's lead is its places
    assert places_of("经专家研判,决定将金龙社区相关区域调整为低风险区。") == ["金龙社区相关区域"]
    assert places_of("经专家研判,决定将金龙小区相关区域调整为低风险区。") == ["金龙小区相关区域"]
    assert changes_of("经专家研判,决定将锦绣区相关区域调整为低风险区,具体如下:\n1.金龙小区3栋\n2.丽泽花园") == [
        ("low", "锦绣区", ["金龙小区3栋", "丽泽花园"])]
    assert changes_of("经专家研判,决定将锦绣区全域调整为低风险区。") == [("low", "锦绣区", ["锦绣区"])]


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["区", "县"]), st.sampled_from(["相关区域", "有关区域", "相关地区"]),
       st.sampled_from(["调整为低风险区", "划定为高风险区", "调整为中风险区"]))
def test_related_areas_of_a_district_property(stem: str, kind: str, related: str, verb: str) -> None:
    assume(no_real_city(stem))
    assert changes_of(f"经专家研判,决定将{stem}{kind}{related}{verb}。") == []


# ---- 4. "全县调整为低风险区" ------------------------------------------------------------------------------

def _whole(sentence: str, signature: str = "锦绣县疫情防控指挥部", title: str = "关于调整风险区域的通告") -> str:
    return f"{title}\n经专家研判,自2022年12月5日0时起,{sentence}\n{signature}\n2022年12月4日"


def test_whole_county_given_a_level_is_the_named_county() -> None:
    for variant in variants_of(_whole("全县调整为低风险区。")):
        assert changes_of(variant) == [("low", "锦绣县", ["锦绣县"])]
    assert changes_of(_whole("将全县调整为低风险区。")) == [("low", "锦绣县", ["锦绣县"])]
    assert changes_of(_whole("全县范围内调整为低风险区。")) == [("low", "锦绣县", ["锦绣县"])]
    assert changes_of(_whole("全区调整为低风险区。", "锦绣区疫情防控指挥部")) == [("low", "锦绣区", ["锦绣区"])]
    assert changes_of(_whole("全旗调整为低风险区。", "金龙旗疫情防控指挥部")) == [("low", "金龙旗", ["金龙旗"])]
    # (named in the title only)
    assert changes_of(_whole("全县调整为低风险区。", "", "锦绣县关于调整风险区域的通告")) == [
        ("low", "锦绣县", ["锦绣县"])]


def test_whole_county_named_nowhere_is_written_as_offices_write_it() -> None:
    assert changes_of(_whole("全县调整为低风险区。", "县疫情防控指挥部")) == [("low", None, ["全县"])]
    assert changes_of(_whole("全区调整为低风险区。", "区疫情防控指挥部")) == [("low", None, ["全区"])]


def test_whole_county_near_misses() -> None:
    # the whole restated after the change is a consequence; a level's areas of the whole county, or its towns, are
    # no whole county given a level; silent management of the whole, as before
    assert changes_of(_whole("将锦绣县金龙小区3栋调整为低风险区,调整后,全县均为低风险区。")) == [
        ("low", "锦绣县", ["金龙小区3栋"])]
    assert changes_of(_whole("全县高风险区调整为低风险区。")) == []
    assert changes_of(_whole("全县各乡镇调整为低风险区。")) == []
    assert changes_of(_whole("对全县实行临时静默管理。")) == [("silent", "锦绣县", ["锦绣县"])]


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["县", "区", "旗"]), st.sampled_from(["调整为低风险区", "降为低风险区", "划定为中风险区"]))
def test_whole_county_given_a_level_property(stem: str, kind: str, verb: str) -> None:
    assume(no_real_city(stem))
    county = stem + kind
    level = "medium" if "中" in verb else "low"
    assert changes_of(_whole(f"全{kind}{verb}。", f"{county}疫情防控指挥部")) == [(level, county, [county])]


# ---- 5. "1锦绣区X街道": a lone item's number glued to the name --------------------------------------------

_LONE = "关于划定风险区的通告\n经研判,决定将以下区域划定为高风险区:\n{item}\n"


def test_lone_item_number_glued_to_a_district_is_dropped() -> None:
    for variant in variants_of(_LONE.format(item="1锦绣区金龙街道")):
        assert changes_of(variant) == [("high", "锦绣区", ["金龙街道"])]
    assert changes_of(_LONE.format(item="1锦绣区金龙街道春晓小区")) == [("high", "锦绣区", ["金龙街道春晓小区"])]
    assert changes_of(_LONE.format(item="1锦绣县金龙镇丽泽村")) == [("high", "锦绣县", ["金龙镇丽泽村"])]
    # a street's name after the number; one item under each of two levels
    assert places_of(_LONE.format(item="1金龙街道春晓小区")) == ["金龙街道春晓小区"]
    text = "关于划定风险区的通告\n一、高风险区\n1锦绣区金龙街道春晓小区3栋\n二、中风险区\n1锦绣区丽泽花园\n"
    assert changes_of(text) == [("high", "锦绣区", ["金龙街道春晓小区3栋"]), ("medium", "锦绣区", ["丽泽花园"])]


def test_lone_item_number_near_misses() -> None:
    # digits that open a place's name stay; a run counting up is read as its numbers, as before
    assert places_of(_LONE.format(item="1号楼")) == ["1号楼"]
    assert places_of(_LONE.format(item="12栋")) == ["12栋"]
    assert places_of(_LONE.format(item="3组")) == ["3组"]
    assert changes_of(_LONE.format(item="1锦绣区金龙街道\n2锦绣区丽泽街道")) == [
        ("high", "锦绣区", ["金龙街道", "丽泽街道"])]
    assert changes_of(_LONE.format(item="锦绣区金龙村3组")) == [("high", "锦绣区", ["金龙村3组"])]


@settings(max_examples=25, deadline=None)
@given(name, name, st.integers(min_value=1, max_value=99), st.sampled_from(["区", "县"]),
       st.sampled_from(["街道", "镇"]))
def test_lone_item_number_property(district: str, street: str, n: int, kind: str, sub: str) -> None:
    assume(no_real_city(district, street) and district != street)
    text = _LONE.format(item=f"{n}{district}{kind}{street}{sub}春晓小区")
    assert changes_of(text) == [("high", district + kind, [f"{street}{sub}春晓小区"])]


# ---- 6. "A村3号、5号,7号、9号" (read right already) ---------------------------------------------------------

def test_house_number_run_with_both_separators_is_one_place() -> None:
    text = "关于划定风险区的通告\n经研判,决定将以下区域划定为高风险区:\n锦绣区金龙村3号、5号,7号、9号\n"
    for variant in variants_of(text):
        assert changes_of(variant) == [("high", "锦绣区", ["金龙村3号、5号,7号、9号"])]
    assert places_of("关于划定风险区的通告\n一、高风险区\n1.锦绣区春晓路3号、5号,7号、9号\n2.锦绣区丽泽小区2栋") == [
        "春晓路3号、5号,7号、9号", "丽泽小区2栋"]
    assert places_of("关于划定风险区的通告\n将锦绣区金龙村3号、5号,7号、9号划定为高风险区。") == [
        "金龙村3号、5号,7号、9号"]


def test_house_number_run_near_misses() -> None:
    # a name of its own after the comma starts a place; a count of two splits at the comma (as 1126 reads it)
    assert places_of("关于划定风险区的通告\n一、高风险区\n锦绣区金龙村3号、5号,丽泽村7号、9号") == [
        "金龙村3号、5号", "丽泽村7号、9号"]
    assert places_of("关于划定风险区的通告\n将锦绣区金龙村3号、5号,7号、9号等2个区域划定为高风险区。") == [
        "金龙村3号、5号", "7号、9号"]


@settings(max_examples=25, deadline=None)
@given(name, st.lists(st.integers(min_value=1, max_value=300), min_size=4, max_size=4, unique=True))
def test_house_number_run_property(village: str, numbers: list[int]) -> None:
    assume(no_real_city(village))
    a, b, c, d = numbers
    run = f"{village}村{a}号、{b}号,{c}号、{d}号"
    assert places_of(f"关于划定风险区的通告\n经研判,决定将以下区域划定为高风险区:\n锦绣区{run}\n") == [run]
