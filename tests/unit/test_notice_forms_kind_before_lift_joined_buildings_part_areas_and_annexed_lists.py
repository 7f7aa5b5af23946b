"""Forms of notices that lift each place in a sentence of its own with the kind of area it was written before the
lift ("1.对A封控区解除封控;", "2.对B管控区解除管控"), join the last two places of a list with 和 where each is a
compound's building ("A小区56幢1单元和B小区4幢1单元") or the last one says where in its own compound ("…和C小区
阳性病例所在的楼栋"), head a list with "一、划定部分区域为高风险区" (部分区域 points to the list below, no place),
and count the places of a kind after one named example with the list given elsewhere ("A等11个小区(名单附后)").
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
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)
SCRIPTS = {"plain": lambda text: text, "traditional": in_traditional,
           "full-width": lambda text: text.translate(HALF_TO_FULL)}
COMPOUND_KINDS = ["小区", "花园", "家园", "公寓", "新村"]
BUILDINGS = ["3幢1单元", "12号楼", "5栋", "7号楼2单元", "1幢"]


# --- "对A封控区解除封控": the kind of area written before the lift ------------------------------------------

def test_numbered_lifts_with_the_kind_before_each_lift() -> None:
    text = ("同安区关于解除部分区域封控管控的通告\n经研究决定自2022年3月20日12时起,对以下区域解除封控管控:\n"
            "1.对祥平街道金龙社区翠锦花园3号楼2梯封控区解除封控;\n2.对西柯街道洪塘村管控区解除管控。")
    assert by_level(text) == {("lifted", "同安区"): ["祥平街道金龙社区翠锦花园3号楼2梯", "西柯街道洪塘村"]}


def test_kind_before_the_lift_with_house_numbers_traditional_and_full_width() -> None:
    text = in_traditional("翔安区关于解除封控管控的通告\n经研究决定,对以下区域解除封控管控:\n"
                          "(一)对新店镇锦绣家园5栋封控区解除封控;\n(二)对内厝镇前村12号、14号、16-1号管控区解除管控。")
    # (a run of house numbers under one village is one place, its 、 no separator)
    assert by_level(text.translate(HALF_TO_FULL)) == {
        ("lifted", "翔安区"): ["新店镇锦绣家园5栋", "内厝镇前村12号、14号、16-1号"]}


def test_kind_after_de_and_measures_after_the_lift_without_a_lead() -> None:
    text = ("关于解除部分区域管控措施的通告\n一、对龙泉镇阳光村三组的封控区解除封控措施。\n"
            "二、对龙泉镇星河苑小区管控区解除管控措施。")
    assert levels_of(text) == {"lifted": ["龙泉镇阳光村三组", "龙泉镇星河苑小区"]}


def test_kind_before_the_lift_then_a_new_level_but_not_every_area_of_a_kind() -> None:
    text = "关于调整风险区的通告\n1.对金华街道长风社区翠锦花园3号楼封控区解除封控,调整为管控区;"
    assert levels_of(text) == {"controlled": ["金华街道长风社区翠锦花园3号楼"]}
    # ("对全区封控区解除封控": the district's sealed areas, none named)
    assert levels_of("关于解除封控的通告\n对全区封控区解除封控。") == {}


@settings(max_examples=40, deadline=None)
@given(name, st.sampled_from(["镇", "街道", "乡"]), name, st.sampled_from(COMPOUND_KINDS), st.sampled_from(BUILDINGS),
       name, st.sampled_from([("封控", "封控"), ("管控", "管控"), ("防范", "防范"), ("封控", "封控管理")]),
       st.sampled_from(["", "的"]), st.sampled_from([("1.", "2."), ("(一)", "(二)"), ("一、", "二、")]),
       st.sampled_from(sorted(SCRIPTS)))
def test_any_place_lifted_with_its_kind_written_before_the_lift(
        town: str, town_kind: str, compound: str, compound_kind: str, building: str, village: str,
        kinds: tuple[str, str], de: str, enums: tuple[str, str], script: str) -> None:
    kind, lifted = kinds
    first = f"{town}{town_kind}{compound}{compound_kind}{building}"
    second = f"{town}{town_kind}{village}村"
    text = SCRIPTS[script](f"关于解除封控管控的通告\n经研究决定,对以下区域解除封控管控:\n"
                           f"{enums[0]}对{first}{de}{kind}区解除{lifted};\n{enums[1]}对{second}管控区解除管控。")
    assert levels_of(text) == {"lifted": [first, second]}, text


# --- "A小区56幢1单元和B小区4幢1单元", "…和C小区阳性病例所在的楼栋": 和 before the last place ----------------

def test_buildings_of_two_compounds_and_a_case_building_in_the_last_one() -> None:
    text = ("金东区关于解除部分区域“三区”管控措施的通告\n一、解除以下封控区\n"
            "春晓小区7幢2单元、龙湖花园3号楼1单元和锦绣家园12幢3单元。\n二、解除以下管控区\n"
            "春晓小区、龙湖花园和锦绣家园确诊病例所在的楼栋。")
    # (the case's building is written on the last compound; the others stand whole, as written)
    assert by_level(text) == {("lifted", "金东区"): ["春晓小区7幢2单元", "龙湖花园3号楼1单元", "锦绣家园12幢3单元",
                                                   "春晓小区", "龙湖花园", "锦绣家园确诊病例所在的楼栋"]}


def test_buildings_of_two_compounds_in_a_lift_sentence() -> None:
    text = "关于解除封控区的通告\n即日起,解除龙湖花园3号楼1单元和锦绣家园12幢3单元封控区。"
    assert levels_of(text) == {"lifted": ["龙湖花园3号楼1单元", "锦绣家园12幢3单元"]}


def test_buildings_of_two_compounds_raised_traditional_and_full_width_but_not_of_one() -> None:
    text = in_traditional("关于调整风险区的通告\n将春晓小区7幢2单元和星河公寓5栋划为高风险区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["春晓小区7幢2单元", "星河公寓5栋"]}
    # ("A小区3号楼和4号楼": the second building is the same compound's; written once, one place as written)
    text = "关于解除管控区的通告\n一、解除以下管控区\n龙湖小区2栋、阳光花园3号楼和4号楼。"
    assert levels_of(text) == {"lifted": ["龙湖小区2栋", "阳光花园3号楼和4号楼"]}


@settings(max_examples=60, deadline=None)
@given(st.lists(name, min_size=3, max_size=3, unique=True), st.lists(st.sampled_from(COMPOUND_KINDS), min_size=3,
       max_size=3), st.lists(st.sampled_from(BUILDINGS), min_size=3, max_size=3),
       st.sampled_from(["确诊病例所在的楼栋", "阳性病例所在楼栋", "阳性感染者所在的单元"]),
       st.sampled_from(sorted(SCRIPTS)))
def test_any_compounds_joined_by_he_with_buildings_or_a_case_building(
        names: list[str], kinds: list[str], buildings: list[str], case_part: str, script: str) -> None:
    compounds = [n + k for n, k in zip(names, kinds, strict=True)]
    # (one name ending another, "龙金华小区" and "金华小区": the longer may be the same compound with its street in
    # front, so 和 between their buildings is not taken for two compounds)
    assume(not any(a != b and a.endswith(b) for a in compounds for b in compounds))
    # ("…和兴金小区": 和 and the next syllable may start the name, "和兴金小区", a word names are made of)
    assume(names[2][0] not in "兴光风盛悦")
    sealed = [c + b for c, b in zip(compounds, buildings, strict=True)]
    text = SCRIPTS[script](f"关于解除部分区域管控措施的通告\n一、解除以下封控区\n"
                           f"{sealed[0]}、{sealed[1]}和{sealed[2]}。\n"
                           f"二、解除以下管控区\n{compounds[0]}、{compounds[1]}和{compounds[2]}{case_part}。")
    assert levels_of(text) == {"lifted": [*sealed, compounds[0], compounds[1], compounds[2] + case_part]}, text


# --- "一、划定部分区域为高风险区": a heading whose 部分区域 points to the list below -------------------------

def test_part_areas_heading_below_a_lead_that_says_the_same() -> None:
    text = ("二七区关于划定高风险区的通告\n经综合研判,划定部分区域为高风险区,现通告如下:\n一、划定部分区域为高风险区\n"
            "  建设路街道办事处春晓社区锦绣小区3号楼\n  龙湖镇星河苑5号院2号楼\n二、疫情防控措施\n"
            "  高风险区实行“足不出户”管理措施。")
    assert by_level(text) == {("high", "二七区"): ["建设路街道办事处春晓社区锦绣小区3号楼", "龙湖镇星河苑5号院2号楼"]}


def test_part_places_heading_without_a_lead() -> None:
    text = ("关于划定中风险区的通告\n一、确定部分地区为中风险区\n长风街道翠锦花园1栋\n龙湖镇金华村三组\n二、防控措施\n"
            "中风险区实行“人不出区”。")
    assert levels_of(text) == {"medium": ["长风街道翠锦花园1栋", "龙湖镇金华村三组"]}


def test_part_areas_heading_in_traditional_characters() -> None:
    text = in_traditional("关于划定封控区的通告\n(一)划定部分区域为封控区\n金华街道阳光小区2号楼\n胜利镇长风村五组\n"
                          "(二)管控措施\n封控区实行“足不出户”。")
    assert levels_of(text) == {"sealed": ["金华街道阳光小区2号楼", "胜利镇长风村五组"]}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["划定", "确定", "认定"]), st.sampled_from(["区域", "地区"]),
       st.sampled_from([("高风险区", "high"), ("中风险区", "medium"), ("封控区", "sealed"), ("管控区", "controlled")]),
       st.sampled_from([("一、", "二、"), ("(一)", "(二)")]),
       st.lists(st.tuples(name, st.sampled_from(["街道", "镇"]), name, st.sampled_from(COMPOUND_KINDS),
                          st.sampled_from(BUILDINGS)), min_size=1, max_size=4),
       st.booleans(), st.sampled_from(sorted(SCRIPTS)))
def test_any_part_areas_heading_names_no_place(verb: str, area: str, level: tuple[str, str], enums: tuple[str, str],
                                               parts: list[tuple[str, str, str, str, str]], with_lead: bool,
                                               script: str) -> None:
    places = ["".join(part) for part in parts]
    assume(len(set(places)) == len(places))
    lead = f"经综合研判,{verb}部分{area}为{level[0]},现通告如下:\n" if with_lead else ""
    text = SCRIPTS[script](f"关于划定风险区的通告\n{lead}{enums[0]}{verb}部分{area}为{level[0]}\n" + "\n".join(places)
                           + f"\n{enums[1]}疫情防控措施\n{level[0]}实行“足不出户”管理措施。")
    assert levels_of(text) == {level[1]: places}, text


# --- "A等11个小区(名单附后)": one example of a count, the list given elsewhere -------------------------------

def test_examples_of_counts_with_the_list_attached() -> None:
    text = ("南安市新型冠状病毒感染的肺炎防控工作指挥部通告\n一、自2022年4月12日起,对柳城街道金华村等8个村、"
            "美林街道阳光花园等6个小区(名单附后)和溪美街道星河苑3号楼解除封控,调整为管控区。\n二、解封不解防。")
    assert by_level(text) == {("controlled", "南安市"): ["柳城街道金华村", "美林街道阳光花园", "溪美街道星河苑3号楼"]}


def test_example_of_a_count_with_the_full_list_attached() -> None:
    text = "关于解除封控的通告\n对龙湖镇锦绣小区等5个小区(具体名单附后)解除封控。"
    assert levels_of(text) == {"lifted": ["龙湖镇锦绣小区"]}


def test_example_of_a_count_with_the_list_in_an_annex_traditional_and_full_width() -> None:
    text = in_traditional("关于调整风险区的通告\n将金华镇阳光村等3个村(名单见附件)、春晓小区调整为中风险区。")
    assert levels_of(text.translate(HALF_TO_FULL)) == {"medium": ["金华镇阳光村", "春晓小区"]}


@settings(max_examples=40, deadline=None)
@given(name, st.sampled_from(["镇", "街道"]), name, st.sampled_from(["村", "小区", "社区"]),
       st.integers(min_value=2, max_value=40), st.sampled_from(["名单附后", "具体名单附后", "名单见附件", "清单附后",
                                                               "详见附件2"]),
       name, st.sampled_from(sorted(SCRIPTS)))
def test_any_example_of_a_count_with_its_list_elsewhere(town: str, town_kind: str, example: str, kind: str, count: int,
                                                        note: str, other: str, script: str) -> None:
    assume(example != other)
    first, second = f"{town}{town_kind}{example}{kind}", f"{town}{town_kind}{other}花园"
    text = SCRIPTS[script](f"关于调整风险区的通告\n对{first}等{count}个{kind}({note})和{second}解除封控,调整为管控区。")
    assert levels_of(text) == {"controlled": [first, second]}, text
