"""Forms of early and late 2020 closures before the risk levels: every town, village and estate of one area closed,
none named ("A区所有镇村、社区小区一律实行封闭管理"; "对本辖区内所有住宅小区和楼院一律实行…封闭式管理" under the
title "关于对B城区实行升级封闭管理的紧急通告"), read as the area itself sealed; and named areas put under home
isolation since a time ("A镇坝区和B、C片区已于2020年11月9日0时启动全员核酸检测,施行居家隔离"), each area sealed;
and a whole area's 全域 managed as a level after a clause ("…结果出来前,A城全域暂继续参照防范区管理及限制车辆通行"),
the area itself at that level (天津, spring 2022). Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import PREFECTURE_CITIES, PROVINCES, in_traditional


def _rules(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for change in parse_notice(text, default_year=2020, fallback=False)["changes"]:
        out.setdefault(change["level_to"] or "lifted", []).extend(change["places"])
    return out


# --- "A区所有镇村、社区小区一律实行封闭管理" -----------------------------------------------------------------

def test_a_districts_every_village_and_estate_closed_is_the_district_sealed() -> None:
    assert _rules("通告\n即日起,仙桃市所有乡镇、村组、小区一律实行封闭管理。") == {"sealed": ["仙桃市"]}
    assert _rules("通告\n一、江夏区所有村(社区)、小区(居民点)一律实行全封闭管理。") == {"sealed": ["江夏区"]}
    assert _rules(in_traditional("通告\n今日中午12时起,黄州区所有镇村、社区小区一律实行封闭管理。")) \
        == {"sealed": ["黄州区"]}
    assert _rules("通告\n１、自２月１６日起，汉川市所有村组、小区统一实行封闭管理。") == {"sealed": ["汉川市"]}


def test_the_own_areas_every_estate_closed_is_the_titles_area_sealed() -> None:
    assert _rules("关于对老城片区实行升级封闭管理的紧急通告\n"
                  "一、对本辖区内所有住宅小区和楼院一律实行严格的封闭式管理。") == {"sealed": ["老城片区"]}
    assert _rules("关于对新港城区实行封闭管理的通告\n一、本辖区所有小区、楼栋实行封闭式管理。") \
        == {"sealed": ["新港城区"]}
    assert _rules(in_traditional("关于对东湖城区实行封闭管理的通告\n一、对本辖区内所有住宅小区一律实行封闭式管理。")) \
        == {"sealed": ["东湖城区"]}
    # near misses: every site closed with no named area (or only some) names no place
    assert _rules("通告\n一、所有小区一律实行封闭管理。") == {}
    assert _rules("通告\n一、全市所有村组、小区一律实行全封闭管理。") == {}
    assert _rules("通告\n一、本辖区内所有住宅小区和楼院一律实行严格的封闭式管理。") == {}
    assert _rules("关于对部分小区实行封闭管理的通告\n一、对本辖区内所有住宅小区一律实行封闭式管理。") == {}
    # businesses closed, not dwellings: no area sealed
    assert _rules("通告\n一、江夏区所有商铺、门店一律实行封闭管理。") == {}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["江夏区", "黄州区", "汉川市", "仙桃市", "鄂城区", "荆州区"]),
       st.lists(st.sampled_from(["乡镇", "村组", "小区", "社区", "村", "居民点"]), min_size=1, max_size=3, unique=True),
       st.sampled_from(["一律", "统一", ""]), st.sampled_from(["全封闭管理", "封闭管理", "封闭式管理"]))
def test_any_districts_every_kind_closed_is_the_district(district: str, kinds: list[str], word: str,
                                                          closure: str) -> None:
    text = f"通告\n一、{district}所有{'、'.join(kinds)}{word}实行{closure}。"
    assert _rules(text) == {"sealed": [district]}, text


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="东西南北青石柳河杏花龙泉金沙白", min_size=2, max_size=4), st.sampled_from(["城区", "片区"]))
def test_any_titled_area_whose_estates_are_closed_is_sealed(name: str, kind: str) -> None:
    assume(not any(name.startswith(p) for p in (*PROVINCES, *PREFECTURE_CITIES)))
    area = name + kind
    text = f"关于对{area}实行升级封闭管理的紧急通告\n一、对本辖区内所有住宅小区和楼院一律实行严格的封闭式管理。"
    assert _rules(text) == {"sealed": [area]}, text


# --- "A镇坝区和B、C片区已于…启动全员核酸检测,施行居家隔离" -------------------------------------------------------

def test_areas_under_home_isolation_since_a_time_are_sealed() -> None:
    assert _rules("通告\n为保障群众健康,青石片区和柳河、东坡片区已于2020年11月9日0时启动全员核酸检测,施行居家隔离。") \
        == {"sealed": ["青石片区", "柳河", "东坡片区"]}
    assert _rules("通告\n白沙镇城区已于11月3日起实行居家隔离。") == {"sealed": ["白沙镇城区"]}
    assert _rules(in_traditional("通告\n龙泉片区、石门片区已于2020年11月9日0时启动全员核酸检测,施行居家隔离。")) \
        == {"sealed": ["龙泉片区", "石门片区"]}
    assert _rules("通告\n金沙片区已于２０２０年１１月９日０时起，施行居家隔离。") == {"sealed": ["金沙片区"]}
    # near misses: people, a blanket, a title's purpose
    assert _rules("通告\n密切接触人员已于11月9日起实行居家隔离。") == {}
    assert _rules("通告\n全县居民已于11月9日起实行居家隔离。") == {}
    assert _rules("通告\n为严格落实青石片区居家隔离相关措施,现通告如下。") == {}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(alphabet="东西南北青石柳杏花龙泉金沙白", min_size=2, max_size=3), min_size=1, max_size=3,
                unique=True), st.integers(1, 12), st.integers(1, 28))
def test_any_areas_under_home_isolation_are_sealed(names: list[str], month: int, day: int) -> None:
    assume(not any(n.startswith(p) for n in names for p in (*PROVINCES, *PREFECTURE_CITIES)))
    areas = [n + "片区" for n in names]
    text = f"通告\n{'、'.join(areas)}已于{month}月{day}日0时启动全员核酸检测,施行居家隔离。"
    assert _rules(text) == {"sealed": areas}, text


# --- "A城全域暂继续参照防范区管理及限制车辆通行" -------------------------------------------------------------

def test_a_whole_area_managed_as_a_level_is_the_area_at_that_level() -> None:
    assert _rules("通告\n经综合研判,指挥部决定,至5月26日全市核酸筛查结果出来前,东湾城全域暂继续参照防范区管理及"
                  "限制车辆通行。") == {"precaution": ["东湾城"]}
    assert _rules("通告\n经研究决定,平谷区全域参照管控区管理。") == {"controlled": ["平谷区"]}
    assert _rules(in_traditional("通告\n经研究决定,青石新城全域暂按防范区管理。")) == {"precaution": ["青石新城"]}
    assert _rules("通告\n经研究决定，至５月２６日２４时前，西湖生态城全域继续参照防范区管理。") \
        == {"precaution": ["西湖生态城"]}
    # near misses: a blanket, a level's kind
    assert _rules("通告\n经研究决定,全市全域参照防范区管理。") == {}
    assert _rules("通告\n经研究决定,封控区全域参照管控区管理。") == {}


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="东西南北青石柳杏花龙泉金沙白", min_size=2, max_size=3),
       st.sampled_from(["新城", "生态城", "片区"]), st.sampled_from(["防范区", "管控区"]),
       st.sampled_from(["暂继续", "继续", "暂", ""]))
def test_any_whole_area_managed_as_a_level(name: str, kind: str, level: str, word: str) -> None:
    assume(not any(name.startswith(p) for p in (*PROVINCES, *PREFECTURE_CITIES)))
    area = name + kind
    text = f"通告\n经研究决定,至检测结果出来前,{area}全域{word}参照{level}管理。"
    assert _rules(text) == {{"防范区": "precaution", "管控区": "controlled"}[level]: [area]}, text
