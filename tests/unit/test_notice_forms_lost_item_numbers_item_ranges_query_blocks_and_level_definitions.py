"""Forms of notices whose copy lost its items' digits ("?。?)A片区", "(?)A片区", "?)A片区" under street sections), give
each numbered area a line "范围:" of the buildings it takes in (the area's extent, no more places), end with
"现就有关事项通告如下"; a site's risk-query block ("A市B区最新风险等级" over "高风险区:" and one place a line, then
a label "_历史调整:" over the notice's own paragraph: the district in the heading, the label no place); and 2020
provincial lists of counties by level with each level's definition after its label ("低风险地区(66个):无确诊病例,
或连续14天无新增确诊病例。") and zones and islands listed among the counties (each its own place and district).
Each form in variants written here (invented places, the wording of the real forms: other districts, kinds of
place, separators, traditional characters, full-width punctuation), and properties over generated parts."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)

# --- items whose numbers the copy lost, each area with its range on the next line --------------------------

LEAD = "关于划定高风险区的通告\n决定自2022年11月22日0时起,将龙湾区部分区域划定为高风险区。现就有关事项通告如下:"
LOST_NUMBERS = (f"{LEAD}\n"
                "一、具体点位(5个)\n1.永中街道(3个)\n?。?)金华市场片区\n范围:龙春社区锦绣家园1栋2单元、桃丽小区3栋;\n"
                "?。?)星峰广场片区\n范围:康宁社区星峰广场2栋、福瑞街18号;\n?。?)翠景苑2期\n范围:翠景社区翠景苑2期5栋4单元;\n"
                "2.蒲州街道(2个)\n?。?)兴盛花园片区\n范围:胜利社区兴盛花园5栋;\n?。?)阳光路北段片区\n"
                "范围:阳光社区晓春苑4栋1单元 。\n")
LOST_NUMBERS_READ = {("high", "龙湾区"): ["永中街道金华市场片区", "永中街道星峰广场片区", "永中街道翠景苑2期",
                                          "蒲州街道兴盛花园片区", "蒲州街道阳光路北段片区"]}


def test_items_whose_digits_were_lost_with_a_range_under_each() -> None:
    assert by_level(LOST_NUMBERS) == LOST_NUMBERS_READ


def test_lost_digits_in_brackets_and_a_detailed_range_full_width() -> None:
    text = LOST_NUMBERS.replace("?。?)", "(?)").replace("范围:", "具体范围:").translate(HALF_TO_FULL)
    assert by_level(text) == LOST_NUMBERS_READ


def test_lost_digits_with_only_the_bracket_left_in_traditional_characters() -> None:
    text = in_traditional(LOST_NUMBERS.replace("?。?)", "\uff1f)"))
    assert by_level(text) == LOST_NUMBERS_READ


def test_a_range_under_numbered_items_of_a_level_in_another_district() -> None:
    text = ("关于调整风险区域的通告\n现就有关事项通告如下:\n一、高风险区(2个)\n(1)金华村北片区\n范围:金华村3组、4组;\n"
            "(2)龙春菜市场片区\n范围:龙春菜市场及周边门面。\n二、低风险区\n除高风险区外的其他区域。\n小店区疫情防控指挥部\n"
            "2022年11月24日")
    assert by_level(text) == {("high", "小店区"): ["金华村北片区", "龙春菜市场片区"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=2, max_size=2, unique=True),
       st.lists(st.lists(name, min_size=1, max_size=3, unique=True), min_size=2, max_size=2),
       st.sampled_from(["?。?)", "(?)", "?)", "\uff1f\u3002\uff1f\uff09"]), st.sampled_from(["范围:", "具体范围:"]),
       st.sampled_from(["片区", "市场片区", "花园片区"]), st.booleans(), st.booleans())
def test_any_lost_numbered_areas_with_their_ranges(streets: list[str], areas: list[list[str]], marker: str,
                                                   range_label: str, kind: str, traditional: bool,
                                                   full_width: bool) -> None:
    assume(len({a for group in areas for a in group}) == sum(map(len, areas)))  # (one area named twice is one)
    lines = LEAD.split("\n")
    for n, (street, group) in enumerate(zip(streets, areas, strict=True), start=1):
        lines.append(f"{n}.{street}街道({len(group)}个)")
        for area in group:
            lines += [f"{marker}{area}{kind}", f"{range_label}{area}社区{area}苑3栋2单元、{area}街8号;"]
    text = "\n".join(lines)
    text = in_traditional(text) if traditional else text
    text = text.translate(HALF_TO_FULL) if full_width else text
    assert by_level(text) == {("high", "龙湾区"): [f"{street}街道{area}{kind}"
                                                  for street, group in zip(streets, areas, strict=True)
                                                  for area in group]}


# --- a site's risk-query block: the district in its heading, a label after the list -----------------------

QUERY_BLOCK = ("临汾尧都区最新风险等级\n高风险区:\n金华镇龙春村三组12号\n桃丽小区5号楼\n_历史调整:\n"
               "为快速有效阻断疫情传播,切实保障全区群众生命安全和身体健康,根据国务院联防联控机制综合组《新型冠状病毒肺炎疫情防控方案》相关规定,经专家组研判,自11月24日零时起,"
               "将部分区域划定为高风险区,实行“足不出户、上门服务”"
               "等防范措施;将区域内除高风险区外的其它区域划定为低风险区。\n2022.11.24\n请广大居民朋友提高风险防范意识。")


def test_risk_query_block_with_a_label_after_its_list() -> None:
    assert by_level(QUERY_BLOCK) == {("high", "尧都区"): ["金华镇龙春村三组12号", "桃丽小区5号楼"]}


def test_risk_query_block_of_another_city_with_a_plain_label_full_width() -> None:
    text = QUERY_BLOCK.replace("临汾尧都区", "太原小店区").replace("_历史调整:", "历史调整:").translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "小店区"): ["金华镇龙春村三组12号", "桃丽小区5号楼"]}


def test_risk_query_block_with_the_current_levels_in_traditional_characters() -> None:
    text = in_traditional(QUERY_BLOCK.replace("临汾尧都区最新", "晋中榆次区当前").replace("高风险区:", "中风险区:"))
    assert by_level(text) == {("medium", "榆次区"): ["金华镇龙春村三组12号", "桃丽小区5号楼"]}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from([("临汾", "尧都区"), ("太原", "迎泽区"), ("白银", "会宁县"), ("晋中", "平遥县")]),
       st.lists(name, min_size=1, max_size=4, unique=True), st.sampled_from(["小区", "村", "市场"]),
       st.sampled_from(["_历史调整:", "历史调整:", "往期调整:"]), st.sampled_from(["高", "中", "低"]), st.booleans())
def test_any_query_block_reads_the_heading_district_and_no_label(division: tuple[str, str], places: list[str],
                                                                   kind: str, label: str, level: str,
                                                                   full_width: bool) -> None:
    city, district = division
    text = "\n".join([f"{city}{district}最新风险等级", f"{level}风险区:", *(p + kind for p in places), label,
                      "为快速有效阻断疫情传播,经专家组研判,自11月24日零时起,将部分区域划定为高风险区。", "2022.11.24"])
    text = text.translate(HALF_TO_FULL) if full_width else text
    names = {"高": "high", "中": "medium", "低": "low"}
    assert by_level(text) == {(names[level], district): [p + kind for p in places]}


# --- 2020 county lists: each level's definition after its label, zones among the counties ---------------------

COUNTY_LIST = ("截至2月23日24时分布情况公布如下:\n\n"
               "一、低风险地区(9个,占69.2%):无确诊病例,或连续14天无新增确诊病例。\n\n"
               "迎泽区、小店区、金华经济开发区、清徐县、阳曲县、龙春岛、娄烦县、古交市、尖草坪区。\n\n"
               "二、中风险地区(4个,占30.8%):14天内有新增确诊病例,累计确诊病例不超过50例;或累计确诊病例超过50例,"
               "14天内未发生聚集性疫情。\n\n杏花岭区、万柏林区、晋源区、桃丽综合实验区。")


def _own(level: str, names: str) -> dict[tuple[str | None, str | None], list[str]]:
    return {(level, n): [n] for n in names.split("、")}


COUNTY_LIST_READ = {**_own("low", "迎泽区、小店区、金华经济开发区、清徐县、阳曲县、龙春岛、娄烦县、古交市、尖草坪区"),
                    **_own("medium", "杏花岭区、万柏林区、晋源区、桃丽综合实验区")}


def test_county_list_with_level_definitions_and_zones_as_counties() -> None:
    assert by_level(COUNTY_LIST) == COUNTY_LIST_READ


def test_county_list_in_traditional_characters_full_width() -> None:
    text = in_traditional(COUNTY_LIST).translate(HALF_TO_FULL)
    assert by_level(text) == COUNTY_LIST_READ


def test_a_high_level_defined_by_clusters_over_its_counties() -> None:
    text = ("截至2月20日24时,全省分区分级情况如下:\n三、高风险地区(5个):累计确诊病例超过50例,14天内有聚集性疫情发生。\n"
            "郏县、滑县、永丰县、纳雍县、龙湖台商投资区。")
    assert by_level(text) == _own("high", "郏县、滑县、永丰县、纳雍县、龙湖台商投资区")


COUNTIES = ["迎泽区", "小店区", "清徐县", "阳曲县", "娄烦县", "古交市", "尖草坪区", "杏花岭区", "万柏林区", "晋源区",
            "郏县", "滑县", "平遥县"]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(COUNTIES), min_size=6, max_size=9, unique=True),
       st.lists(st.tuples(name, st.sampled_from(["经济开发区", "台商投资区", "综合实验区", "岛"])),
                min_size=1, max_size=2, unique_by=lambda z: z[0]),
       st.sampled_from(["无确诊病例,或连续14天无新增确诊病例。", "连续14天无新增确诊病例。",
                        "14天内有新增确诊病例,累计确诊病例不超过50例。"]),
       st.booleans())
def test_any_county_list_reads_each_county_and_zone_as_its_own_district(
        counties: list[str], zones: list[tuple[str, str]], definition: str, traditional: bool) -> None:
    zone_names = [n + kind for n, kind in zones]
    listed = [counties[0], *zone_names, *counties[1:]]  # (a zone after a county, as the lists order them)
    text = f"截至2月23日24时分布情况公布如下:\n一、低风险地区({len(listed)}个):{definition}\n{'、'.join(listed)}。"
    text = in_traditional(text) if traditional else text
    assert by_level(text) == _own("low", "、".join(listed))
