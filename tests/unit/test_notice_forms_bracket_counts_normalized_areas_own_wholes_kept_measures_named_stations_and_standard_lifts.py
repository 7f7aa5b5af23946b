"""Forms of the twenty-fifth set, each in variants written here (invented places, other cities' wording):

- a level written without 区 over its list, its count in brackets before the measure word ("高风险(1)个");
- "常态化区域:除以上…外均为常态化区域" (late 2022's name for what is outside the risk areas): no level, no place,
  and the end of the list above it;
- the whole of the district written in front told by its own kind word ("A县 县内全域") and "A市所有区域" in
  A市's own notice: the district itself;
- "全县域内除高风险区外其他区域": the county's rest, a blanket;
- "对A村、B村继续封控" (the measure kept on, its verb left out) and "C村由封控转为管控" (both levels written as
  their measures): levels;
- "每天做一次核酸检测" before a ";" is a measure, no place of the next clause;
- "A城南收费站" (a station named after its district's short name) keeps the name;
- "上述区域管控措施解除后,按照防范区标准进行管理": the level the lifted places go to."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

# ---- a bare level's count in brackets, and the normalized areas' line ----------------------------------

_PREFECTURE_LIST = ("{city}风险等级查询最新消息\n{high}\n{c1} {p1}\n{low}\n{c2} {whole}\n"
                    "{c1} 除高风险区外其他区域\n{normal}\n")


def test_bracketed_counts_of_bare_levels_over_county_lines() -> None:
    for city, high, low, c1, p1, c2, whole, normal in (
            ("临沧", "高风险(1)个", "低风险(2)个", "凤庆县", "勐佑镇金华村春晓组", "云县", "县内全域",
             "常态化区域:除以上高低风险地区外均为常态化区域"),
            ("曲靖", "一、高风险(1)个", "二、低风险(2)个", "会泽县", "娜姑镇龙春村", "富源县", "县内所有区域",
             "常态化防控区域:其他区域"),
            ("玉溪", "高风险(1)处", "低风险(2)处", "华宁区", "宁州街道翠锦社区", "澄江区", "区内全域",
             "常态化区域(除以上区域外)")):
        got = by_level(_PREFECTURE_LIST.format(city=city, high=high, low=low, c1=c1, p1=p1, c2=c2, whole=whole,
                                               normal=normal))
        assert got == {("high", c1): [p1], ("low", c2): [c2]}, (city, got)


def test_a_bracketed_count_in_traditional_characters_with_full_width_brackets() -> None:
    text = in_traditional(_PREFECTURE_LIST.format(
        city="保山", high="高风险(1)个", low="低风险(2)个", c1="施甸县", p1="姚关镇金龙村", c2="昌宁县",
        whole="县内全域", normal="常态化区域:除以上高低风险地区外均为常态化区域")).translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["姚关镇金龙村"], "low": ["昌宁县"]}


# ---- the whole of the notice's own district ---------------------------------------------------------------

_OWN_CLOSURE = ("根据{county}疫情防控工作领导小组办公室消息,经研判,决定对{county}全域实行封控管理。"
                "现将有关事项通告如下:\n"
                "一、封控区域\n{area}\n二、封控时间\n2022年4月22日6时起实行封控,暂定3天。\n三、具体要求\n"
                "封控期间,封控区域保持静默状态,足不出户。\n")


def test_all_the_areas_of_the_own_district_are_the_district() -> None:
    for county, area in (("安平县", "安平县所有区域。"), ("临西县", "临西县全部区域。"),
                         ("沙河市", "沙河市所有地区。")):
        assert set(levels_of(_OWN_CLOSURE.format(county=county, area=area))["sealed"]) == {county}, county


def test_the_rest_of_the_whole_county_told_with_its_area_word_is_a_blanket() -> None:
    for rest in ("全县域内除高风险区外其他区域", "全县域除高风险区以外的其他区域", "本县域内除高风险区外的其他区域",
                 "全区域内除高风险区外其他区域"):
        text = (f"经专家组研判,县疫情防控应急指挥部研究决定,将我县部分区域划定为高风险区。现将相关事项通告如下:\n"
                f"一、将金华小区3号楼2单元、春晓镇东龙村划定为高风险区,采取“足不出户,上门服务”等封控措施。\n"
                f"二、将{rest}划定为低风险区,采取“个人防护、避免聚集”等防范措施。\n")
        assert levels_of(text) == {"high": ["金华小区3号楼2单元", "春晓镇东龙村"]}, rest


# ---- measures kept or moved, written without their verbs or 区 ---------------------------------------------

def test_places_kept_sealed_and_moved_between_measures() -> None:
    for town, villages, other, sep in (
            ("棠梨镇", ["金华村", "龙春村", "阳光村"], "翠锦镇泽丽村", ";"),
            ("北辛庄镇", ["东康村", "西宁村"], "锦绣镇福瑞村", "。"),
            ("胜利乡", ["兴盛村", "星峰村", "鑫汇村", "君悦村"], "春晓街道丽泽社区", ";")):
        text = (f"一、持续强化分区分级管理。根据综合研判,对{town}{'、'.join(villages)}继续封控,时间暂定3天,"
                f"每天做一次核酸检测{sep}{other}由封控转为管控,时间暂定3天。上述之外的区域全部为防范区。\n")
        got = levels_of(text)
        assert got == {"sealed": [town + villages[0], *villages[1:]], "controlled": [other]}, (town, got)


def test_a_move_from_controlled_to_precaution_written_as_measures() -> None:
    assert levels_of("经研判,金华小区由管控调整为防范,春晓村由封控转为管控措施。") == {
        "precaution": ["金华小区"], "controlled": ["春晓村"]}


# ---- a station named after its district, and the level after a lift -------------------------------------

_LIFT = ("{county}关于解除部分管控区的通告\n根据全县疫情变化情况,经专家组综合分析研判,{county}领导小组决定,"
         "自发布之日起,"
         "{county}{places}解除{lv}管理措施。\n上述区域{measure}解除后,按照{to}标准进行管理,严格执行各项防疫措施。\n"
         "{county}领导小组\n2022年4月6日")


def test_stations_named_after_the_district_and_the_standard_after_the_lift() -> None:
    for county, places, lv, measure, to in (
            ("鄄城县", ["金龙村", "鄄城南收费站", "鄄城收费站(春晓镇)"], "控制区", "行政措施", "预防区"),
            ("郓城县", ["阳光小区", "郓城西收费站", "郓城北服务区"], "管控区", "管控措施", "防范区"),
            ("成武县", ["成武高铁站", "成武东出口", "翠锦社区"], "管控区", "管理", "防范区")):
        text = _LIFT.format(county=county, places="、".join(places), lv=lv, measure=measure, to=to)
        got = by_level(text)
        assert got == {("precaution", county): places}, (county, got)


# ---- properties ------------------------------------------------------------------------------------------

@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=4, unique=True),
       invented_names(PLAIN_SYLLABLES), st.sampled_from(["(1)个", "(1个)", "1个"]))
def test_kept_villages_and_a_bracketed_count_read_whatever_their_names(
        villages: list[str], town: str, count: str) -> None:
    listed = "、".join(v + "村" for v in villages)
    kept = levels_of(f"根据综合研判,对{town}镇{listed}继续封控,时间暂定3天,每天做一次核酸检测;"
                     f"{town}镇星峰村由封控转为管控。")
    assert kept == {"sealed": [f"{town}镇{villages[0]}村", *(v + "村" for v in villages[1:])],
                    "controlled": [f"{town}镇星峰村"]}
    listing = (f"风险等级查询\n高风险{count}\n云县 {town}镇{villages[0]}村\n"
               "常态化区域:除以上高风险地区外均为常态化区域\n")
    assert by_level(listing) == {("high", "云县"): [f"{town}镇{villages[0]}村"]}
