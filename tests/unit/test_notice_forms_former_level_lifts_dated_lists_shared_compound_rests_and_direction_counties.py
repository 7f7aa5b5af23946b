"""Forms of notices that lift areas under sub-headings naming their former level ("(一)原封控区:", glued after the
lift's colon) with the level they go to written under them, lists headed as published on an earlier day under a
later lift on the same page, measures headed "封控区管理政策:", compounds sharing one rest ("A小区、B小区除封控区以外
区域"), counties whose name is a direction and 至 ("东至县"), and counts written "(6)个". Each form in variants written
here (invented places, other districts, traditional characters, full-width punctuation, spaces), and properties
over generated lists."""

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

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- a lift's sub-headings "(一)原封控区:" and "按防范区进行管理" under them ------------------------------


def _former_levels(first: list[str], second: list[str], sealed: list[str], *, district: str = "云岭区",
                   space: str = " ", then: str = "管控区解除管控措施后,按防范区进行管理。") -> str:
    items = "".join(f"{i}.{district}{p};{space}" for i, p in enumerate(first, 1)).rstrip("; ") + "。"
    second_items = "".join(f"{i}.{district}{p};{space}" for i, p in enumerate(second, 1)).rstrip("; ") + "。"
    current = "".join(f"{i}.{district}{p};{space}" for i, p in enumerate(sealed, 1))
    return ("某某市疫情防控通告 (2022年第12号)\n"
            f"根据有关规定,现对{len(first) + len(second)}个区域解除相应管控措施。\n"
            f"一、解除管控措施的区域如下:{space}(一)原封控区:{space}{items}\n"
            "封控区解除封闭管理后,原封闭区域“只进不出”,继续实施7天过渡期管理。\n"
            f"(二)原管控区:{space}{second_items}\n"
            f"{then}\n"
            f"二、现有市区管控区域如下:{space}(一)封控区为:{space}{current}\n")


def test_former_levels_under_a_lift_are_lifted_and_sent_on() -> None:
    text = _former_levels(["青松小区3栋", "永平街小学"], ["青松小区"], ["河湾物流园B2号", "石桥镇东门村3队"])
    got = by_level(text)
    assert got[("lifted", "云岭区")] == ["青松小区3栋", "永平街小学"]
    assert got[("precaution", "云岭区")] == ["青松小区"]
    assert got[("sealed", "云岭区")] == ["河湾物流园B2号", "石桥镇东门村3队"]
    assert not any(p.startswith("原") for places in got.values() for p in places)


def test_former_levels_without_spaces_in_traditional_characters_and_full_width() -> None:
    text = _former_levels(["金桥花园5号楼"], ["金桥花园", "北塘村"], ["南岸商铺"], district="白沙县", space="")
    for variant in (text, in_traditional(text), text.translate(HALF_TO_FULL)):
        got = levels_of(variant)
        assert got["lifted"] == ["金桥花园5号楼"]
        assert got["precaution"] == ["金桥花园", "北塘村"]
        assert got["sealed"] == ["南岸商铺"]


def test_former_levels_sent_on_by_another_wording() -> None:
    text = _former_levels(["龙泉小区1栋"], ["龙泉小区"], ["长乐宾馆"], then="解除管控后,转为防范区管理。")
    got = levels_of(text)
    assert got["precaution"] == ["龙泉小区"]
    assert got["lifted"] == ["龙泉小区1栋"]


def test_a_former_level_heading_without_a_lift_above_sets_its_level() -> None:
    text = "一、原封控区:\n1.云岭区青松小区3栋;\n2.云岭区永平街小学。\n"
    assert "lifted" not in levels_of(text)


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True), st.lists(name, min_size=1, max_size=4, unique=True),
       st.lists(name, min_size=1, max_size=4, unique=True), st.sampled_from([" ", ""]))
def test_former_levels_property(first: list[str], second: list[str], sealed: list[str], space: str) -> None:
    lifted = [n + "小区2栋" for n in first]
    controlled = [n + "家园" for n in second]
    current = [n + "村5队" for n in sealed]
    got = levels_of(_former_levels(lifted, controlled, current, space=space))
    assert got["lifted"] == lifted
    assert got["precaution"] == controlled
    assert got["sealed"] == current


# --- a list headed as published earlier, under a later lift on the page ----------------------------------


def _dated_list(sealed: list[str], controlled: list[str], precaution: list[str], *, sep: str = ",") -> str:
    return ("4月16日更新\n"
            "经研究,决定自2022年4月17日0时起,对青山市相关封控区解除封控,管控区解除管控,防范区同步解除。\n"
            "青山市封控管控区域最新情况(4月3日发布):\n"
            f"一、封控区\n{sep.join(sealed)}。\n"
            "封控区管理政策:\n"
            "封控区实行“区域封闭、足不出户、服务上门”。\n群众如有就医、购药等特殊需要,请与所在社区联系。\n"
            f"二、管控区\n{sep.join(controlled)}。\n"
            "管控区管理政策:\n管控区出入口全部封闭,严禁聚集。\n"
            f"三、防范区\n{sep.join(precaution)}。\n"
            "防范区管理政策:\n防范区实行“非必要不出防范区域”管控措施。\n")


def test_a_dated_list_under_a_later_blanket_lift_keeps_its_levels() -> None:
    text = _dated_list(["星河加油站(客运站点)", "锦绣小区3号楼2单元"],
                       ["锦绣小区、春晓花园除封控区以外区域", "桃源路以东、长风路以西区域"],
                       ["东城街道除封控区、管控区以外区域"])
    got = levels_of(text)
    assert got["sealed"] == ["星河加油站(客运站点)", "锦绣小区3号楼2单元"]
    assert got["controlled"] == ["锦绣小区、春晓花园除封控区以外区域", "桃源路以东、长风路以西区域"]
    assert got["precaution"] == ["东城街道除封控区、管控区以外区域"]
    assert "lifted" not in got


def test_a_dated_list_in_traditional_characters_and_full_width() -> None:
    text = _dated_list(["龙泉宾馆", "金桥超市"], ["金桥家园、龙泉小区除封控区以外区域"],
                       ["西城街道除封控区、管控区以外区域"])
    for variant in (in_traditional(text), text.translate(HALF_TO_FULL)):
        got = levels_of(variant)
        assert got["sealed"] == ["龙泉宾馆", "金桥超市"]
        assert got["controlled"] == ["金桥家园、龙泉小区除封控区以外区域"]


def test_a_level_policy_heading_heads_no_list() -> None:
    text = _dated_list(["龙泉宾馆"], ["金桥家园"], ["西城街道除封控区、管控区以外区域"])
    assert not any("就医" in p or "购药" in p for places in levels_of(text).values() for p in places)


def test_compounds_sharing_a_rest_are_one_place_and_a_bare_compound_alone_stays() -> None:
    text = "二、管控区\n金华小区、春晓花园除封控区以外区域,龙泉小区。\n"
    assert levels_of(text)["controlled"] == ["金华小区、春晓花园除封控区以外区域", "龙泉小区"]


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True), st.lists(name, min_size=2, max_size=3, unique=True))
def test_dated_lists_property(sealed: list[str], compounds: list[str]) -> None:
    places = [n + "超市" for n in sealed]
    rest = "、".join(n + "小区" for n in compounds) + "除封控区以外区域"
    got = levels_of(_dated_list(places, [rest], ["北城街道除封控区、管控区以外区域"]))
    assert got["sealed"] == places
    assert got["controlled"] == [rest]
    assert "lifted" not in got


# --- a county named by a direction and 至, counts written "(6)个" -----------------------------------------


def test_a_county_named_east_to_is_no_bound() -> None:
    text = "三、低风险地区(4个)\n池州市:贵池区、石台县、青阳县、东至县\n"
    got = levels_of(text)
    assert got["low"] == ["贵池区", "石台县", "青阳县", "东至县"]
    assert levels_of(in_traditional(text))["low"] == ["贵池区", "石台县", "青阳县", "东至县"]


def test_a_bound_written_east_to_still_joins() -> None:
    text = "一、中风险区\n1.青山街道东至长风路,南至胜利街,西至桃源路,北至锦绣路合围区域。\n"
    assert levels_of(text)["medium"] == ["青山街道东至长风路,南至胜利街,西至桃源路,北至锦绣路合围区域"]


def test_a_city_heading_counted_with_the_number_in_brackets_is_no_place() -> None:
    for count in ("(2)个", "(2个)", "(2)"):
        text = (f"中风险地区(2)个\n青山市{count}\n"
                "云岭区 长风街道胜利社区金华广场\n云岭区 桃源街道锦绣社区春晓商城A8栋\n")
        got = levels_of(text)
        assert not any(p.startswith("青山市") for p in got["medium"]), count
        assert [p.removeprefix("云岭区") for p in got["medium"]] == ["长风街道胜利社区金华广场",
                                                                   "桃源街道锦绣社区春晓商城A8栋"]


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=1, max_size=5, unique=True), st.integers(min_value=0, max_value=5))
def test_direction_counties_property(names: list[str], at: int) -> None:
    counties = [n + "县" for n in names]
    counties.insert(min(at, len(counties)), "东至县")
    text = f"三、低风险地区({len(counties)}个)\n某某市:{'、'.join(counties)}\n"
    assert levels_of(text)["low"] == counties
