"""Forms of notices (江苏, 吉林, 西藏 and 黑龙江, 2021–2022) that write a district's numbered item as its towns and
streets between commas ("1、A市B区C镇,D乡,E街道;"), put a scenic area that governs streets in a district's place
("A市B-C风景名胜区D街道"), carry a spam site's headline fragments one at a time ("、个中A镇B村", "。市新\\n"), list a
whole phase after a phase written with its exception ("A城二期(除3号楼)、三期"), and name a company's branch after a
place in one counted item ("3.A路B、中国C银行D分行"). Each form in variants written here (invented places, the
wording of the real forms: other kinds of place, traditional characters, full-width punctuation), ordinary wording
near each trigger that must not be read as the form, and properties over generated parts."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    PROVINCES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


def _not_a_division(*names: str) -> None:
    assume(not any(n.startswith(p) for n in names for p in (*PROVINCES, *PREFECTURE_CITIES)))


# --- a district's item of towns and streets between commas ------------------------------------------------------

_TOWNS = ("星峰市新冠肺炎疫情防控工作指挥部今日发布通告,对星峰市部分区域疫情风险等级进行调整:\n\n"
          "一、下列地区调整为高风险地区:\n\n1、星峰市长风区{first},{second},{third};\n\n"
          "2、星峰市春晓区胜利街道福瑞社区翠锦小区。")


def test_towns_and_streets_between_commas_are_places_of_the_district() -> None:
    text = _TOWNS.format(first="金华镇", second="龙泉乡", third="康宁街道")
    assert by_level(text) == {("high", "长风区"): ["金华镇", "龙泉乡", "康宁街道"],
                              ("high", "春晓区"): ["胜利街道福瑞社区翠锦小区"]}


def test_streets_with_their_compounds_and_a_zone_between_commas() -> None:
    text = _TOWNS.format(first="兴盛街道阳光社区丽泽小区", second="兴盛街道鑫汇路12号", third="长风经济开发区")
    assert by_level(text)[("high", "长风区")] == ["兴盛街道阳光社区丽泽小区", "兴盛街道鑫汇路12号", "长风经济开发区"]


def test_an_area_of_bounds_then_towns_in_traditional_characters() -> None:
    text = in_traditional(_TOWNS.format(first="兴盛街道桃溪河以西、君悦路以南合围区域", second="金华镇",
                                        third="康宁街道"))
    assert by_level(text)[("high", "长风区")] == ["兴盛街道桃溪河以西、君悦路以南合围区域", "金华镇", "康宁街道"]


def test_towns_between_full_width_commas() -> None:
    text = _TOWNS.format(first="金华镇", second="龙泉乡", third="康宁街道").translate(HALF_TO_FULL)
    assert by_level(text)[("high", "长风区")] == ["金华镇", "龙泉乡", "康宁街道"]


def test_house_numbers_on_lanes_between_commas_stay_one_place() -> None:
    # near miss: an item of house numbers on one road's lanes, no town after a comma
    text = _TOWNS.format(first="怀德大街19、21号", second="二巷2号", third="三巷2、4、5号")
    assert by_level(text)[("high", "长风区")] == ["怀德大街19、21号,二巷2号,三巷2、4、5号"]


def test_bounds_written_by_commas_stay_one_place() -> None:
    # near miss: pieces after commas that are bounds ("东至…镇"), no towns of their own
    text = _TOWNS.format(first="福瑞村", second="东至金华镇", third="西至龙泉镇")
    assert by_level(text)[("high", "长风区")] == ["福瑞村,东至金华镇,西至龙泉镇"]


@settings(max_examples=20, deadline=None)
@given(name, name, name)
def test_any_towns_between_commas(a: str, b: str, c: str) -> None:
    _not_a_division(a, b, c)
    assume(len({a, b, c}) == 3)
    text = _TOWNS.format(first=f"{a}镇", second=f"{b}乡", third=f"{c}街道")
    assert by_level(text)[("high", "长风区")] == [f"{a}镇", f"{b}乡", f"{c}街道"]


# --- a scenic area that governs streets, in a district's place --------------------------------------------------

_SCENIC = ("一、下列地区调整为高风险地区:\n\n1、星峰市长风区金华镇;\n\n2、星峰市{zone}{street}。\n\n"
           "二、下列地区调整为中风险地区:\n\n1、{zone}{other},龙泉乡。")


def test_a_scenic_area_with_a_dash_before_its_street_is_the_district() -> None:
    text = _SCENIC.format(zone="翠峰-丽湖风景名胜区", street="康宁街道", other="丽湖街道")
    assert by_level(text) == {("high", "长风区"): ["金华镇"], ("high", "翠峰-丽湖风景名胜区"): ["康宁街道"],
                              ("medium", "翠峰-丽湖风景名胜区"): ["丽湖街道", "龙泉乡"]}


def test_a_scenic_area_of_one_name_in_traditional_characters() -> None:
    text = in_traditional(_SCENIC.format(zone="金峰风景名胜区", street="康宁街道", other="丽湖街道"))
    assert by_level(text)[("high", "金峰风景名胜区")] == ["康宁街道"]


def test_a_scenic_area_with_full_width_punctuation() -> None:
    text = _SCENIC.format(zone="春山-秀水风景名胜区", street="兴盛镇", other="丽湖街道").translate(HALF_TO_FULL)
    assert by_level(text)[("medium", "春山-秀水风景名胜区")] == ["丽湖街道", "龙泉乡"]


def test_a_scenic_area_before_a_site_stays_a_place() -> None:
    # near miss: a scenic area before no street or town of its own is a place
    text = _SCENIC.format(zone="翠峰风景名胜区", street="游客中心", other="停车场")
    assert levels_of(text)["medium"] == ["翠峰风景名胜区停车场", "龙泉乡"]


@settings(max_examples=20, deadline=None)
@given(name, name, name)
def test_any_scenic_area_over_a_street(a: str, b: str, street: str) -> None:
    _not_a_division(a, b, street)
    text = _SCENIC.format(zone=f"{a}-{b}风景名胜区", street=f"{street}街道", other="丽湖街道")
    assert by_level(text)[("high", f"{a}-{b}风景名胜区")] == [f"{street}街道"]


# --- a spam copy's headline fragments inserted one at a time ----------------------------------------------------

_SPAM = ("星峰市新划定{n}个中风险地区\n\n  新华社3月16日电 星峰市新冠肺炎疫情防控工作领导小组16日研究决定,星峰新划定"
         "{n}个中风险地区。市新\n\n  根据国务院联防联控机制有关规定,划定结合当前星峰市疫情防控形势,个中经专家组综合"
         "研判,风险自2022年3月16日22时起,地区将星峰市长风区{places}{n}个区域划定为中风险,地区其他区域风险等级不变。"
         "星峰\n\n  至此,市新星峰市共划定中风险地区36个。")


def test_fragments_glued_one_at_a_time_to_the_places_are_cut() -> None:
    text = _SPAM.format(n=4, places="金华镇龙泉村、市新金华镇福瑞村、划定金华镇翠锦村、个中金华镇阳光村")
    assert by_level(text) == {("medium", "长风区"): ["金华镇龙泉村", "金华镇福瑞村", "金华镇翠锦村", "金华镇阳光村"]}


def test_fragments_one_at_a_time_in_traditional_characters() -> None:
    text = in_traditional(_SPAM.format(n=3, places="金华镇龙泉村、风险金华镇福瑞村、个中金华镇翠锦村"))
    assert levels_of(text)["medium"] == ["金华镇龙泉村", "金华镇福瑞村", "金华镇翠锦村"]


def test_fragments_one_at_a_time_with_full_width_punctuation() -> None:
    text = _SPAM.format(n=3, places="金华镇龙泉村、市新金华镇福瑞村、划定金华镇翠锦村").translate(HALF_TO_FULL)
    assert levels_of(text)["medium"] == ["金华镇龙泉村", "金华镇福瑞村", "金华镇翠锦村"]


def test_a_notice_without_fragments_keeps_places_that_open_like_its_headline() -> None:
    # near miss: an ordinary notice whose places open with words of its headline ("新划" of "新划定" is no
    # fragment where no stop is followed by one alone at a line's end)
    text = ("星峰市新划定3个中风险地区\n星峰市疫情防控领导小组决定,将星峰市长风区金华镇龙泉村、地区医院家属院、"
            "风险评估中心宿舍3个区域划定为中风险。其他区域风险等级不变。")
    assert levels_of(text)["medium"] == ["金华镇龙泉村", "地区医院家属院", "风险评估中心宿舍"]


@settings(max_examples=20, deadline=None)
@given(name, name, name)
def test_any_villages_after_fragments(a: str, b: str, c: str) -> None:
    _not_a_division(a, b, c)
    assume(len({a, b, c}) == 3)
    text = _SPAM.format(n=3, places=f"金华镇{a}村、市新金华镇{b}村、个中金华镇{c}村")
    assert levels_of(text)["medium"] == [f"金华镇{a}村", f"金华镇{b}村", f"金华镇{c}村"]


# --- a whole phase after a phase with its exception -------------------------------------------------------------

_PHASES = ("自2022年8月28日10时起,将星峰市长风区{high}风险等级调整为高风险区;长风区{medium}、阳光超市风险等级"
           "调整为中风险区。")


def test_a_whole_phase_after_an_excepted_phase_is_a_place_of_its_own() -> None:
    text = _PHASES.format(high="翠锦城二期3号楼", medium="翠锦城二期(除3号楼)、三期")
    assert by_level(text) == {("high", "长风区"): ["翠锦城二期3号楼"],
                              ("medium", "长风区"): ["翠锦城二期(除3号楼)", "三期", "阳光超市"]}


def test_phases_by_digits_in_traditional_characters() -> None:
    text = in_traditional(_PHASES.format(high="龙泉花园1期5号楼", medium="龙泉花园1期(除5号楼)、2期"))
    assert levels_of(text)["medium"] == ["龙泉花园1期(除5号楼)", "2期", "阳光超市"]


def test_a_phase_with_its_exception_with_full_width_punctuation() -> None:
    text = _PHASES.format(high="福瑞苑二期8栋", medium="福瑞苑二期(不含8栋)、四期").translate(HALF_TO_FULL)
    assert levels_of(text)["medium"] == ["福瑞苑二期(不含8栋)", "四期", "阳光超市"]


def test_a_run_of_phases_sharing_an_exception_stays_one_place() -> None:
    # near miss: phases run together before one exception, "1期、2期(除1期1号楼外)", one place
    text = _PHASES.format(high="金华苑1期1号楼", medium="金华苑1期、2期(除1期1号楼外)")
    assert levels_of(text)["medium"] == ["金华苑1期、2期(除1期1号楼外)", "阳光超市"]


def test_buildings_after_an_excepted_building_still_go_on() -> None:
    # near miss: bare buildings after a building with its exception are more of the same compound
    text = _PHASES.format(high="金华苑6栋1单元", medium="金华苑5栋、6栋(除1单元)、8栋")
    assert levels_of(text)["medium"] == ["金华苑5栋、6栋(除1单元)、8栋", "阳光超市"]


@settings(max_examples=20, deadline=None)
@given(name, st.sampled_from(["一", "二", "三"]), st.sampled_from(["四", "五", "六"]))
def test_any_estate_with_an_excepted_phase(estate: str, phase: str, other: str) -> None:
    _not_a_division(estate)
    text = _PHASES.format(high=f"{estate}城{phase}期3号楼", medium=f"{estate}城{phase}期(除3号楼)、{other}期")
    assert levels_of(text)["medium"] == [f"{estate}城{phase}期(除3号楼)", f"{other}期", "阳光超市"]


# --- a company's branch after a place in one counted item -------------------------------------------------------

_BRANCH = ("二、风险区划定\n高风险区降中风险区(3个):\n1.长风百货职工小区;\n2.金华路一巷三号水利局小区;\n3.{item}。\n"
           "中风险区降低风险区(1个):\n1.北京中路云龙宾馆。\n")


def test_a_branch_by_its_whole_name_after_a_place_is_a_place() -> None:
    text = _BRANCH.format(item="翠锦园路嚓荣、中国银联星峰分公司")
    assert levels_of(text)["medium"] == ["长风百货职工小区", "金华路一巷三号水利局小区", "翠锦园路嚓荣",
                                         "中国银联星峰分公司"]


def test_a_bank_branch_in_traditional_characters() -> None:
    text = in_traditional(_BRANCH.format(item="春晓路福瑞茶馆、中国农业银行长风支行"))
    assert levels_of(text)["medium"][2:] == ["春晓路福瑞茶馆", "中国农业银行长风支行"]


def test_a_branch_with_full_width_punctuation() -> None:
    text = _BRANCH.format(item="兴盛路12号、星峰移动通信营业部").translate(HALF_TO_FULL)
    assert levels_of(text)["medium"][2:] == ["兴盛路12号", "星峰移动通信营业部"]


def test_a_branch_named_short_after_its_bank_stays_with_it() -> None:
    # near miss: "城西支行" after its bank's branch is the same bank's, the counted item one place
    text = _BRANCH.format(item="星峰银行长风支行、城西支行")
    assert levels_of(text)["medium"][2:] == ["星峰银行长风支行、城西支行"]


def test_two_compounds_in_a_counted_item_stay_one_place() -> None:
    # near miss: the count says the item of two compounds is one place
    text = _BRANCH.format(item="翠锦小区1号楼、福瑞苑")
    assert levels_of(text)["medium"][2:] == ["翠锦小区1号楼、福瑞苑"]


@settings(max_examples=20, deadline=None)
@given(name, name, name)
def test_any_branch_after_a_place(road: str, shop: str, branch: str) -> None:
    _not_a_division(road, shop, branch)
    assume(road[:2] != branch[:2] and shop[:2] != branch[:2])
    text = _BRANCH.format(item=f"{road}路{shop}店、中国{branch}银行星峰分行")
    assert levels_of(text)["medium"][2:] == [f"{road}路{shop}店", f"中国{branch}银行星峰分行"]
