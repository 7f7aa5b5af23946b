"""Forms of the eighteenth held-out set, in variants written here (invented places): a numbered heading with
its effective time in brackets; a county's notice listing its own development zone (a zone without a name of
its own); sections of a compound named by their kind of housing; a building with its units after another
after a comma; a title on the lead's line; a count with a shared tail and 和 before the last place; a clause
after "…管控区管理,"; a count of unnamed places; "将以上封控区和管控区确定为中风险地区"; odd and even
house-number ranges of one lane; an enclosed area running into its measures."""

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

# ---- a numbered heading with its effective time in brackets ------------------------------------------

def _timed(county: str, added: list[str], lifted: str, when: str) -> str:
    items = "\n".join(f"{k}.{p}" for k, p in enumerate(added, 1))
    return (f"{county}新冠肺炎疫情防控指挥部关于调整我区部分区域风险等级的通告\n"
            f"现将有关情况通告如下:\n一、新增高风险区{when}\n{items}\n二、解除高风险区{when}\n{lifted}\n"
            f"特此通告。\n{county}新冠肺炎疫情防控指挥部\n2022年12月1日\n")


def test_headings_with_their_effective_time_in_brackets() -> None:
    for when in ("(自12月1日0时起)", "(12月3日起)", "(自2022年11月30日18时起)"):
        text = _timed("洪山区", ["青枫小区3栋2单元", "桃园花园5栋、9栋"], "白杨家园2栋", when)
        assert by_level(text) == {("high", "洪山区"): ["青枫小区3栋2单元", "桃园花园5栋、9栋"],
                                  ("lifted", "洪山区"): ["白杨家园2栋"]}, when


def test_a_timed_heading_in_traditional_characters_and_full_width_brackets() -> None:
    text = in_traditional(_timed("洪山区", ["青枫小区3栋"], "白杨家园2栋", "(自12月1日0时起)"))
    assert levels_of(text.translate(HALF_TO_FULL)) == {"high": ["青枫小区3栋"], "lifted": ["白杨家园2栋"]}


# ---- a county's own development zone is part of the county --------------------------------------------

def test_a_countys_development_zone_stays_in_the_place() -> None:
    for zone in ("经济开发区", "经开区", "高新区"):
        text = _timed("洪山区", [f"{zone}青枫小区3栋", f"{zone}桃园社区16号"], f"{zone}白杨家园2栋", "")
        assert by_level(text) == {("high", "洪山区"): [f"{zone}青枫小区3栋", f"{zone}桃园社区16号"],
                                  ("lifted", "洪山区"): [f"{zone}白杨家园2栋"]}, zone


def test_a_named_zone_of_a_city_notice_is_still_its_district() -> None:
    text = "自2022年8月14日起,将雁塔区青枫小区3号楼调整为高风险区。"
    assert by_level(text) == {("high", "雁塔区"): ["青枫小区3号楼"]}


# ---- sections of a compound by their kind of housing ------------------------------------------------

def test_sections_by_kind_of_housing_are_parts_of_one_compound() -> None:
    for first, second in (("别墅区20栋", "小高层区59栋"), ("洋房区3栋", "高层区12栋"), ("多层区5幢", "别墅区2幢")):
        text = f"自2022年12月1日起,解除翠湖小区{first}、{second}高风险区管控。"
        assert levels_of(text) == {"lifted": [f"翠湖小区{first}、{second}"]}, text


# ---- a building with its run of units after another, after a comma ------------------------------------

def test_a_building_with_its_units_after_a_comma_is_the_next_place() -> None:
    for comma in (",", ","):
        text = (f"一、金桃小区27栋1单元、2单元由高风险区调整为中风险区;\n"
                f"二、金桃小区27栋4单元、5单元{comma}26栋1单元、2单元、3单元由中风险区调整为低风险区;\n")
        assert levels_of(text) == {"medium": ["金桃小区27栋1单元、2单元"],
                                   "low": ["金桃小区27栋4单元、5单元", "26栋1单元、2单元、3单元"]}, comma


def test_bare_buildings_after_a_building_with_an_exception_stay_one_place() -> None:
    text = "划定景华小区5栋、7栋(除1单元)、8栋、9栋为管控区。"
    assert levels_of(text) == {"controlled": ["景华小区5栋、7栋(除1单元)、8栋、9栋"]}


# ---- a title on the lead's line; a count with a shared tail and 和 before the last place ---------------

def _glued(streets: list[str], sealed: list[str], controlled: list[str], tail: str, space: str) -> str:
    numbers = "零一二三四五六七八九十"
    *first, last = controlled
    return (f"市南区关于划分封控区、管控区、防范区的通告{space}为做好疫情防控工作,市南区指挥部决定:"
            f"自3月16日起,将市南区{streets[0]}{'、'.join(sealed)}等{numbers[len(sealed)]}个社区{tail}划为封控区,"
            f"将{'、'.join(first)}和{last}等{numbers[len(controlled)]}个社区{tail}列为管控区,"
            f"市南区其他区域均为防范区。封控区实行“区域封闭、足不出户”。")


def test_a_glued_title_and_counted_places_with_a_shared_tail() -> None:
    for tail, space in (("未改造区域", " "), ("", "\u3000"), ("部分区域", "  ")):
        text = _glued(["香江街道"], ["李家庄", "王家庄", "赵村"], ["孙家庄", "刘家庄", "钱村", "周村"], tail, space)
        assert by_level(text) == {("sealed", "市南区"): ["香江街道李家庄", "王家庄", "赵村"],
                                  ("controlled", "市南区"): ["孙家庄", "刘家庄", "钱村", "周村"]}, (tail, space)


def test_and_inside_the_last_name_is_kept_when_the_count_says_so() -> None:
    text = "自3月16日起,将市南区香江街道李家庄、和平村等两个社区划为封控区。"
    assert by_level(text) == {("sealed", "市南区"): ["香江街道李家庄", "和平村"]}


@settings(max_examples=60, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=3, max_size=6, unique=True),
       st.sampled_from(["未改造区域", "", "部分区域"]), st.sampled_from([" ", "\u3000"]))
def test_counted_places_with_and_before_the_last_are_each_a_place(names: list[str], tail: str, space: str) -> None:
    places = [n + "村" for n in names]
    text = _glued(["香江街道"], ["李家庄", "王家庄"], places, tail, space)
    assert by_level(text)[("controlled", "市南区")] == places, text


# ---- a clause after "…管控区管理,"; a count of unnamed places -------------------------------------------

def test_a_clause_after_the_managed_level_and_a_count_of_unnamed_places() -> None:
    for word in ("管理", "管控"):
        text = (f"自2022年1月14日起,桃源街道青石村调整为管控区{word},桃源街道其他区域调整为防范区{word}。"
                "自2022年1月15日起,对桃源街道白鹭小区等2个街道的9个小区进行调整管理,其中6个由封控区调整为管控区,"
                "2个大型商超由封控区调整为防范区,1个超市由管控区调整为防范区。")
        found = levels_of(text)
        assert found == {"controlled": ["桃源街道青石村"], "precaution": ["桃源街道其他区域"]}, word


# ---- zones also given a risk level; house-number ranges; an enclosed area with its measures -----------

def _zones(lane: str, lead: str) -> str:
    return (f"{lead}天心区划定封控区、管控区、防范区如下:\n"
            f"封控区:{lane}15、17、19号,金华街1—11号,实行“区域封闭、足不出户、服务上门”管理措施。\n"
            f"管控区:{lane}41—45号(单号)、52-98号(双号),金华街12-74号(双号),实行“足不出区、错峰取物”管理措施。\n"
            "防范区:春晖路东、晓光路以南、锦绣路以西、丽泽西路以北合围区域实行“强化社会面管控”管理措施。\n"
            "同时,将以上封控区和管控区确定为中风险地区,天心区其他区域风险等级不变。\n")


def test_zones_named_again_as_a_risk_level_and_odd_even_ranges() -> None:
    for lane, lead in (("翠竹巷", "经专家评估,"), ("兴盛里", ""), ("春晓坡", "根据疫情防控需要,")):
        found = levels_of(_zones(lane, lead))
        sealed = [f"{lane}15、17、19号", "金华街1—11号"]
        controlled = [f"{lane}41—45号(单号)、52-98号(双号)", "金华街12-74号(双号)"]
        assert found == {"sealed": sealed, "controlled": controlled,
                         "precaution": ["春晖路东、晓光路以南、锦绣路以西、丽泽西路以北合围区域"],
                         "medium": sealed + controlled}, lane


def test_zones_as_risk_in_traditional_characters() -> None:
    found = levels_of(in_traditional(_zones("翠竹巷", "")))
    assert set(found) == {"sealed", "controlled", "precaution", "medium"}
    assert len(found["medium"]) == 4


@settings(max_examples=60, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.integers(1, 40), st.integers(1, 40), st.sampled_from(["单号", "双号"]))
def test_odd_or_even_ranges_of_one_lane_are_one_place(name: str, a: int, b: int, parity: str) -> None:
    lane = name + "巷"
    first = f"{a}—{a + 4}号({parity})"
    second = f"{b + 50}-{b + 60}号({parity})"
    text = f"管控区:{lane}{first}、{second},金华街2号,实行“足不出区”管理措施。\n"
    assert levels_of(text) == {"controlled": [f"{lane}{first}、{second}", "金华街2号"]}, text
