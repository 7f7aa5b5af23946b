"""Forms of the fiftieth held-out set: an area under temporary control eased to a level's measures ("调整A街、B街
合围区域(…)临时管控措施,按低风险区落实疫情防控措施:"); places as the subject with their count and old level
("A、B2个中风险地区已连续14天无新增…,将上述2个中风险地区调整为低风险地区"), after a lead clause of the office's
work; several districts put under silent management at once ("对全市其他区域(A区、B区)实施静默管理"), the headline's
whole city over them ("…起C全市实施静默管理的通告", "关于全市实施静默管理的通告第24号"); the places tested, then
the tested area silenced ("对A、B和开发区辖区内所有居民群众开展核酸检测工作。核酸检测期间,对检测区域实行静默
管理"); a district's grade named with the disease ("A市B区新冠肺炎疫情防控风险等级由中风险调整为低风险").
Notices here are written for the tests."""

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

# --- "调整A街、B街合围区域(…)临时管控措施,按低风险区落实疫情防控措施" ----------------------------------------------

_MEASURES = "\n\n  1.居民主动配合做好核酸检测。\n\n  2.影院、剧院暂停营业。"


def test_an_eased_temporary_control_area_is_at_the_level_it_is_managed_as() -> None:
    text = ("鉴于当前疫情防控形势,经专家研判,区指挥部决定自2022年11月5日12时起调整青石街、柳河街、杏花街合围区域"
            "(区域内中高风险区除外)临时管控措施,按低风险区落实疫情防控措施:" + _MEASURES)
    assert levels_of(text) == {"low": ["青石街、柳河街、杏花街合围区域(区域内中高风险区除外)"]}


def test_eased_control_variants() -> None:
    assert levels_of("决定自11月6日起调整龙泉路、石门路、南岗路合围区域临时管控措施,按低风险区落实防控措施:"
                     + _MEASURES) == {"low": ["龙泉路、石门路、南岗路合围区域"]}
    assert levels_of(in_traditional("決定自11月6日起調整青石村、柳河村臨時管控措施,按低風險區管理。")) \
        == {"low": ["青石村", "柳河村"]}
    assert levels_of("决定自11月6日起调整翠竹街、东湖街围合区域(区域内高风险区除外)临时管控措施,按照低风险区"
                     "落实疫情防控措施:".translate(HALF_TO_FULL) + _MEASURES) \
        == {"low": ["翠竹街、东湖街围合区域(区域内高风险区除外)"]}


def test_eased_control_of_no_named_place_is_none() -> None:
    assert levels_of("决定自11月6日起调整部分区域临时管控措施,按低风险区落实疫情防控措施:" + _MEASURES) == {}
    assert levels_of("决定调整全市临时管控措施,按低风险区管理。") == {}
    assert levels_of("调整相关人员临时管控措施,按低风险区落实防控措施。") == {}


@settings(max_examples=25, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=4, unique=True),
       st.sampled_from(["街", "路", "大街"]))
def test_any_roads_enclosed_area_eased_is_low(names: list[str], kind: str) -> None:
    area = "、".join(name + kind for name in names) + "合围区域"
    text = f"决定自11月5日12时起调整{area}临时管控措施,按低风险区落实疫情防控措施:" + _MEASURES
    assert levels_of(text) == {"low": [area]}


# --- "A、B2个中风险地区已连续14天无新增…,将上述2个中风险地区调整为低风险地区" ---------------------------------------

def test_counted_subject_with_its_old_level_lowered_by_reference() -> None:
    text = ("大连市严格落实新冠肺炎疫情防控各项措施,至2021年11月23日24时,我市庄河市城关街道青石社区柳河小区、"
            "新华街道杏花社区翠竹路二段64号楼、兰店乡南岗村三队3个中风险地区已连续14天无新增本土新冠肺炎确诊病例,"
            "根据科学划定、精准管控工作要求,经省总指挥部同意,从2021年11月24日0时起,将上述3个中风险地区调整为"
            "低风险地区。")
    assert by_level(text) == {("low", "庄河市"): ["城关街道青石社区柳河小区", "新华街道杏花社区翠竹路二段64号楼",
                                                 "兰店乡南岗村三队"]}


def test_counted_subject_variants() -> None:
    assert levels_of("全市严格落实各项措施,截至11月23日24时,石门镇龙泉村、南岗镇东湖村2个中风险地区已连续14天"
                     "无新增本土病例,经研判,将上述2个中风险地区调整为低风险地区。") \
        == {"low": ["石门镇龙泉村", "南岗镇东湖村"]}
    assert levels_of(in_traditional("至11月23日24時,石门鎮龍泉村、南岗鎮東湖村兩个中風險地區已連續14天無新增"
                                    "本土病例,將上述兩个中風險地區調整為低風險地區。")) \
        == {"low": ["石门镇龙泉村", "南岗镇东湖村"]}
    assert levels_of("至11月23日24时,石门镇龙泉村、南岗镇东湖村2个高风险地区已连续14天无新增本土病例,将上述2个"
                     "高风险地区调整为低风险地区。".translate(HALF_TO_FULL)) \
        == {"low": ["石门镇龙泉村", "南岗镇东湖村"]}


def test_a_count_that_does_not_count_the_list_stays() -> None:
    # (three places listed, a count of 5: the count is no restatement of the list; the old level stays in the text)
    text = ("至11月23日24时,石门镇龙泉村、南岗镇东湖村、杏花镇柳河村5个中风险地区已连续14天无新增本土病例,"
            "将上述5个中风险地区调整为低风险地区。")
    assert levels_of(text).get("low") != ["石门镇龙泉村", "南岗镇东湖村", "杏花镇柳河村"]


@settings(max_examples=25, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=4, unique=True))
def test_any_counted_subject_is_lowered(names: list[str]) -> None:
    places = [f"石门镇{name}村" for name in names]
    text = (f"全市严格落实各项措施,至11月23日24时,{'、'.join(places)}{len(places)}个中风险地区已连续14天无新增本土"
            f"病例,从11月24日0时起,将上述{len(places)}个中风险地区调整为低风险地区。")
    assert levels_of(text) == {"low": places}


# --- "对全市其他区域(A区、B区)实施静默管理", "…起C全市实施静默管理的通告" ---------------------------------------------

def test_districts_silenced_at_once_each_whole() -> None:
    text = ("10月17日21时起金华全市实施静默管理的通告\n\n关于全市实施静默管理的通告第24号\n\n"
            "  2022年10月17日,金华市金东区发现6例阳性人员,经分析研判,金东区实施静默管理。为进一步遏制疫情蔓延,"
            "决定从10月17日21时起对全市其他区域(婺城区、兰溪市)实施静默管理,现将相关事宜通告如下:\n\n"
            "  一、静默管理期间全市居民保持静默状态。")
    assert by_level(text) == {("silent", "金东区"): ["金东区"], ("silent", "婺城区"): ["婺城区"],
                              ("silent", "兰溪市"): ["兰溪市"]}


def test_districts_silenced_variants() -> None:
    assert by_level("经研判,决定从10月17日21时起对柯城区、衢江区实施静默管理。") \
        == {("silent", "柯城区"): ["柯城区"], ("silent", "衢江区"): ["衢江区"]}
    assert by_level(in_traditional("經研判,決定從10月17日21時起對全市其餘區域(柯城区、衢江区)實施靜默管理。")) \
        == {("silent", "柯城区"): ["柯城区"], ("silent", "衢江区"): ["衢江区"]}
    assert by_level("经研判,决定对全市其他区域(越城区、柯桥区)实行临时静默管理。".translate(HALF_TO_FULL)) \
        == {("silent", "越城区"): ["越城区"], ("silent", "柯桥区"): ["柯桥区"]}


def test_a_whole_city_headline_over_one_district_stays() -> None:
    # (one district silenced: the headline's whole city is more than it, kept)
    assert "全市" in levels_of("10月17日21时起全市实施静默管理的通告\n\n经研判,决定对金东区实施静默管理。")["silent"]


@settings(max_examples=20, deadline=None)
@given(st.lists(st.sampled_from(["金东区", "婺城区", "柯城区", "衢江区", "越城区", "柯桥区", "上虞区"]),
                min_size=2, max_size=3, unique=True))
def test_any_districts_silenced_together(districts: list[str]) -> None:
    text = f"经研判,决定从10月17日21时起对全市其他区域({'、'.join(districts)})实施静默管理。"
    assert by_level(text) == {("silent", d): [d] for d in districts}


# --- "对A、B和开发区辖区内所有居民群众开展核酸检测工作。核酸检测期间,对检测区域实行静默管理" --

def test_the_tested_places_are_silenced() -> None:
    text = ("临河区指挥部决定,从9月25日6:00起 ,对临河区主城区(东至:青石路,南至:总干渠,西至:柳河铁路,北至:"
            "绕城线,涉及11个街道和双河镇南岗村二组)、八一乡、曙光乡、杏花农场、石门镇东兴村和开发区辖区内所有"
            "居民群众开展核酸检测工作。核酸检测期间,对检测区域实行静默管理,区域内的居民不出小区。")
    assert by_level(text) == {("silent", "临河区"): [
        "主城区(东至:青石路,南至:总干渠,西至:柳河铁路,北至:绕城线,涉及11个街道和双河镇南岗村二组)",
        "八一乡", "曙光乡", "杏花农场", "石门镇东兴村", "开发区"]}


def test_tested_places_variants() -> None:
    assert by_level("决定从9月25日起,对五原县隆兴昌镇、天吉泰镇全体居民开展全员核酸检测。检测期间,对检测区域"
                    "实施静默管理。") == {("silent", "五原县"): ["隆兴昌镇", "天吉泰镇"]}
    assert by_level(in_traditional("決定從9月25日起,對五原縣隆興昌鎮、天吉泰鎮開展核酸檢測工作。核酸檢測期間,"
                                   "對檢測區域實行靜默管理。")) == {("silent", "五原县"): ["隆兴昌镇", "天吉泰镇"]}
    assert by_level("决定从9月25日起,对临河区八一乡、曙光乡和开发区开展核酸检测工作。核酸检测期间,对检测区域"
                    "实行静默管理,区域内居民不出小区。".translate(HALF_TO_FULL)) \
        == {("silent", "临河区"): ["八一乡", "曙光乡", "开发区"]}


def test_testing_without_silencing_the_tested_area_names_no_level() -> None:
    assert levels_of("决定对临河区八一乡开展核酸检测工作。检测结束后,对阳性人员所在区域实行封控。") == {}
    assert levels_of("决定对临河区八一乡开展核酸检测工作。核酸检测期间,请居民配合。") == {}


@settings(max_examples=20, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=3, unique=True))
def test_any_tested_towns_are_silenced(names: list[str]) -> None:
    towns = [name + "镇" for name in names]
    text = (f"决定从9月25日起,对临河区{'、'.join(towns)}辖区内所有居民开展核酸检测工作。核酸检测期间,"
            "对检测区域实行静默管理。")
    assert by_level(text) == {("silent", "临河区"): towns}


# --- "A市B区新冠肺炎疫情防控风险等级由中风险调整为低风险" -----------------------------------------------------------

def test_a_districts_grade_named_with_the_disease() -> None:
    text = ("关于调低金华市金东区新冠肺炎疫情防控风险等级的通告\n\n第18号\n\n  经省指挥部批复同意,金华市金东区新冠肺炎"
            "疫情防控风险等级由中风险调整为低风险。\n\n  特此通告。")
    assert by_level(text) == {("low", "金东区"): ["金东区"]}


def test_disease_grade_variants() -> None:
    assert by_level("经批复同意,衢州市柯城区新型冠状病毒肺炎疫情风险等级由中风险调整为低风险。") \
        == {("low", "柯城区"): ["柯城区"]}
    assert by_level(in_traditional("經批覆同意,衢州市衢江区新冠肺炎疫情防控風險等級由中風險調整為低風險。")) \
        == {("low", "衢江区"): ["衢江区"]}
    assert by_level("经批复同意,绍兴市越城区新冠肺炎疫情防控风险等级由低风险调整为中风险。".translate(HALF_TO_FULL)) \
        == {("medium", "越城区"): ["越城区"]}


def test_a_grade_with_no_place_before_it_is_none() -> None:
    assert levels_of("新冠肺炎疫情防控风险等级由中风险调整为低风险的地区继续落实防控措施。") == {}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["金东区", "婺城区", "柯城区", "衢江区", "越城区", "柯桥区", "上虞区"]),
       st.sampled_from(["新冠肺炎疫情防控", "新型冠状病毒肺炎疫情", "新冠肺炎疫情", "疫情防控"]),
       st.sampled_from([("中", "低", "low"), ("低", "中", "medium"), ("中", "高", "high")]))
def test_any_districts_grade_with_the_disease(district: str, words: str, change: tuple[str, str, str]) -> None:
    old, new, level = change
    assume(old != new)
    text = f"经批复同意,{district}{words}风险等级由{old}风险调整为{new}风险。"
    assert by_level(text) == {(level, district): [district]}
