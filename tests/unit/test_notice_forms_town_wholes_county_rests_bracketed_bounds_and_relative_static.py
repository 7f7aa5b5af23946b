"""Forms of 四川 notices of 2022: towns put under temporary control with the last one's whole area written after it
("对A街道、B镇、C镇全域实施临时管控": the 全域 stays on the town it is written on, a county's 全域 is the county), a
lift of a bounded area whose first bound is a road's both sides ("A镇B路两侧、国道318以南、C堰以北建筑物区域解除
中风险区管控措施") with the county's low-risk rest lifted at the same time ("D县低风险区同时解除": a blanket, no
place), an area with its bounds in brackets (a highway's exit among them) joined by 和 to a town's whole ("县城区N个
城市社区(东至…,南至…出入口,…)和E镇全域"), in a lead and again as a line under a heading, and a numbered item of
the whole county's relative static management ("三、全县启动3级应急响应,实行相对静态管理", "三、实行相对静态管理"
under a lead that put 全区 in an emergency state). Each form in variants written here (invented places, other
districts, traditional characters, full-width punctuation), properties over generated names, and near misses."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.notice_parsing.divisions import _divisions
from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- towns under temporary control, the last one's 全域 -----------------------------------------------------------

def test_towns_under_temporary_control_keep_the_written_whole_area() -> None:
    text = ("青江市应对新型冠状病毒肺炎疫情应急指挥部关于部分区域实施临时管控的通告(第12号)\n"
            "一、从2022年11月20日0时起,对东城街道、西城街道、柳河镇、石桥镇全域实施临时管控,管控区域内原则上只进不出。\n"
            "二、临时管控区域内所有居民原则居家。")
    assert levels_of(text) == {"controlled": ["东城街道", "西城街道", "柳河镇", "石桥镇全域"]}


def test_towns_whole_area_in_traditional_characters() -> None:
    text = in_traditional("关于部分区域实施临时管控的通告\n一、自2022年11月3日0时起,对龙泉街道、白马乡全域"
                          "实施临时管控。\n二、临时管控区域内居民原则居家。")
    assert levels_of(text) == {"controlled": ["龙泉街道", "白马乡全域"]}


def test_towns_whole_area_with_full_width_punctuation() -> None:
    text = ("关于部分区域实施临时管控的通告\n一、自2022年10月8日0时起,对金山街道、凤鸣镇全域实行临时管控,只进不出。\n"
            "二、临时管控区域内居民原则居家。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["金山街道", "凤鸣镇全域"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True), name, st.sampled_from(["镇", "街道", "乡"]),
       st.sampled_from(["实施", "实行"]), st.booleans())
def test_any_towns_last_whole_area_is_kept(towns: list[str], last: str, kind: str, verb: str,
                                           traditional: bool) -> None:
    if last in towns:
        return
    places = [t + "镇" for t in towns]
    text = (f"关于部分区域实施临时管控的通告\n一、自2022年11月20日0时起,对{'、'.join(places)}、{last}{kind}全域"
            f"{verb}临时管控。\n二、临时管控区域内居民原则居家。")
    text = in_traditional(text) if traditional else text
    assert levels_of(text) == {"controlled": [*places, f"{last}{kind}全域"]}


def test_near_miss_a_county_whole_area_is_the_county_beside_a_towns() -> None:
    text = "关于对青川县全域实施临时管控的通告\n自2022年3月15日0时起,对青川县全域实施临时管控。"
    assert levels_of(text) == {"controlled": ["青川县"]}
    town = "关于部分区域实施临时管控的通告\n自2022年3月15日0时起,对乔庄镇全域实施临时管控。"
    assert levels_of(town) == {"controlled": ["乔庄镇全域"]}


# --- a bounded area with a road's both sides, the county's low rest lifted with it --------------------------------

def test_both_sides_of_a_road_open_a_bounded_area_and_the_county_rest_is_no_place() -> None:
    text = ("青溪县新冠肺炎疫情防控指挥部关于调整青溪县柳林镇中风险区等级的通告\n"
            "经县新冠肺炎疫情防控指挥部研究决定:自2022年7月31日零时起,柳林镇新华路两侧、国道213以南、胜利渠以北"
            "建筑物区域解除中风险区管控措施,青溪县低风险区同时解除。青溪县全域转入常态化防控。\n特此通告。")
    assert by_level(text) == {("lifted", "青溪县"): ["柳林镇新华路两侧、国道213以南、胜利渠以北建筑物区域"]}


def test_both_sides_of_a_street_in_traditional_characters() -> None:
    text = in_traditional("丰谷县新冠肺炎疫情防控指挥部关于调整丰谷县石门镇中风险区等级的通告\n"
                          "自2022年8月3日零时起,石门镇和平街两侧、省道105以东、清水河以西区域解除中风险区管控措施,丰谷县低风险区同步解除。")
    assert by_level(text) == {("lifted", "丰谷县"): ["石门镇和平街两侧、省道105以东、清水河以西区域"]}


def test_district_rest_lifted_with_full_width_punctuation() -> None:
    text = ("关于调整东岳县中风险区等级的通告\n自2022年8月3日零时起,龙门街道建设路两侧、长江路以北、黄河路以南区域"
            "解除中风险区管控措施,东岳县低风险区同时解除。").translate(HALF_TO_FULL)
    assert by_level(text) == {("lifted", "东岳县"): ["龙门街道建设路两侧、长江路以北、黄河路以南区域"]}


@settings(max_examples=25, deadline=None)
@given(name, name, name, name, st.sampled_from(["路", "街", "大道"]), st.sampled_from(["同时", "同步", "一并"]))
def test_any_road_sides_run_lifted_whole(town: str, road: str, bound1: str, bound2: str, kind: str,
                                         adverb: str) -> None:
    area = f"{town}镇{road}{kind}两侧、{bound1}路以南、{bound2}河以北区域"
    text = (f"青溪县新冠肺炎疫情防控指挥部关于调整青溪县{town}镇中风险区等级的通告\n"
            f"自2022年7月31日零时起,{area}解除中风险区管控措施,青溪县低风险区{adverb}解除。")
    assert by_level(text) == {("lifted", "青溪县"): [area]}


def test_near_miss_a_towns_low_rest_lifted_is_still_a_place_a_countys_none() -> None:
    text = "关于调整风险等级的通告\n自2022年7月31日零时起,A小区解除中风险区管控措施,柳林镇低风险区同时解除。"
    assert levels_of(text)["lifted"] == ["A小区", "柳林镇"]
    county = "关于调整风险等级的通告\n自2022年7月31日零时起,A小区解除中风险区管控措施,大邑县低风险区同时解除。"
    assert levels_of(county)["lifted"] == ["A小区"]


# --- an area with its bounds in brackets 和 a town's whole ------------------------------------------------------

_BOUNDED = "县城区12个城市社区(东至青龙山景区,南至成巴高速北门出入口,西至桃花园,北至人民医院)"


def test_bracketed_bounds_and_a_towns_whole_in_a_lead_and_a_heading() -> None:
    text = (f"【导语】:自10月19日15时起,对{_BOUNDED}和白鹤镇全域实行临时管控措施。\n一、管控时间\n自10月19日15时起\n"
            f"二、管控区域\n{_BOUNDED}和白鹤镇全域\n三、管控措施\n1、公众娱乐休闲场所暂停营业。")
    # (the lead restates the heading's list: each read, the same two places)
    assert sorted(set(levels_of(text)["controlled"])) == sorted([_BOUNDED, "白鹤镇全域"])


def test_bracketed_bounds_and_a_towns_whole_in_traditional_characters() -> None:
    text = in_traditional(f"一、管控区域\n{_BOUNDED}和白鹤镇全域\n二、管控措施\n1、公众娱乐休闲场所暂停营业。")
    assert levels_of(text) == {"controlled": [_BOUNDED, "白鹤镇全域"]}


def test_bracketed_bounds_and_a_towns_whole_with_full_width_punctuation() -> None:
    bounded = "城北片区(东至滨江路,南至高速公路出入口,西至北山,北至环城路)"
    text = f"自11月2日12时起,对{bounded}和黄桷乡全域实行临时管控措施。"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"controlled": [bounded, "黄桷乡全域"]}


@settings(max_examples=25, deadline=None)
@given(name, name, name, name, st.sampled_from(["镇", "乡", "街道"]), st.sampled_from(["和", "及"]))
def test_any_bracketed_area_and_a_whole_town_under_a_heading(east: str, south: str, west: str, town: str,
                                                            kind: str, join: str) -> None:
    bounded = f"城区8个社区(东至{east}路,南至{south}高速出入口,西至{west}河)"
    text = f"二、管控区域\n{bounded}{join}{town}{kind}全域\n三、管控措施\n1、公众娱乐休闲场所暂停营业。"
    assert levels_of(text) == {"controlled": [bounded, f"{town}{kind}全域"]}


def test_near_miss_a_compounds_gate_is_no_place_a_gate_among_bounds_is() -> None:
    text = "自11月2日12时起,对各小区出入口实行管控措施。"
    assert parse_notice(text)["changes"] == []
    bounded = "A社区(东至B路,南至C高速出入口)"
    assert levels_of(f"自11月2日12时起,对{bounded}实行管控措施。") == {"controlled": [bounded]}


# --- a numbered item of the whole county's relative static management --------------------------------------------

_LEAD = ("关于加强社会面管控的通告\n  为坚决遏制疫情扩散,青山县应对新型冠状病毒肺炎疫情应急指挥部决定,"
         "自2022年9月30日6时至10月2日24时,{whole}进入应急状态,加强社会面管控,现将有关事项通告如下。\n"
         "  一、非必要不出县,不得前往北川区、南岭县。\n")


def test_item_with_its_whole_county_and_a_response_clause() -> None:
    text = ("青山县应对新型冠状病毒肺炎疫情应急指挥部" + _LEAD.format(whole="全县")
            + "  三、全县启动3级应急响应,实行相对静态管理,酒吧、网吧等重点密闭场所暂停营业。\n"
            "  四、各级机关、事业单位工作人员就地转为志愿者。")
    assert by_level(text) == {("silent", "青山县"): ["青山县"]}


def test_item_without_subject_under_a_whole_district_in_emergency_in_traditional_characters() -> None:
    text = in_traditional("云溪市东林区应对新型冠状病毒肺炎疫情应急指挥部关于加强社会面管控的通告\n  东林区指挥部决定,"
                          "自2022年9月30日6时起,全区进入应急状态,加强社会面管控,现将有关事项通告如下。\n"
                          "  一、非必要不出区。\n  三、实行相对静态管理,酒吧、网吧等重点密闭场所暂停营业。\n")
    assert by_level(text) == {("silent", "东林区"): ["东林区"]}


def test_item_without_subject_with_full_width_punctuation() -> None:
    text = ("石湖县应对新型冠状病毒肺炎疫情应急指挥部关于加强社会面管控的通告\n  自2022年9月30日6时起,全县进入应急状态,"
            "现将有关事项通告如下。\n  一、非必要不出县。\n  三、实行相对静态管理,棋牌室暂停营业。\n")
    text = text.translate(HALF_TO_FULL)
    assert by_level(text) == {("silent", "石湖县"): ["石湖县"]}


# (real counties and districts: a whole's 全县 is read as the county the office names when the name is known)
_COUNTIES = sorted(d for d in _divisions()[0] if len(d) in (3, 4) and d[-1] in "县区" and "全" not in d)


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_COUNTIES), st.booleans(), st.booleans())
def test_any_whole_in_emergency_then_relative_static(district: str, subject: bool, traditional: bool) -> None:
    kind = (district[-1], "全" + district[-1])
    item = f"  三、{kind[1] + '启动3级应急响应,' if subject else ''}实行相对静态管理,酒吧暂停营业。\n"
    text = (f"{district}应对新型冠状病毒肺炎疫情应急指挥部关于加强社会面管控的通告\n  自2022年9月30日6时起,"
            f"{kind[1]}进入应急状态,现将有关事项通告如下。\n  一、非必要不出{kind[0]}。\n{item}")
    text = in_traditional(text) if traditional else text
    assert by_level(text) == {("silent", district): [district]}


def test_near_miss_relative_static_item_without_a_whole_in_emergency() -> None:
    text = ("洪雅县应对新型冠状病毒肺炎疫情应急指挥部关于加强社会面管控的通告\n  现将有关事项通告如下。\n"
            "  一、非必要不出县。\n  三、实行相对静态管理,酒吧暂停营业。\n")
    assert parse_notice(text)["changes"] == []
    emergency = text.replace("现将有关事项", "全县进入应急状态,现将有关事项")
    assert by_level(emergency) == {("silent", "洪雅县"): ["洪雅县"]}
