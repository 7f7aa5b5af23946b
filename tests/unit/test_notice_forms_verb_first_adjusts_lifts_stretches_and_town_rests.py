"""Forms of the fourteenth held-out set, each in variants written here (invented places in the wording of
the real forms), and properties over generated lists: "调整N个高风险区为低风险区" (the verb before what
changes, the new level after 为) over street sections; a bounded area whose side is a compound direction
("A路以东北"), its bounds in two halves after a comma; a stretch of a street "A街东起B路西至C路的两侧门面房"
as one place; a lift of a risk level written after its places ("解除A小区3栋高风险区管理"), also after another
change in the same sentence, and "解除A小区的临时管制"; a run of towns before their rest after an exception
("A镇、B镇除高、中风险区以外的其他区域", "A街道、B街道部分区域(…)除…其他区域") as one place."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import NAME_SYLLABLES, by_level, in_traditional, invented_names, levels_of

word = invented_names(NAME_SYLLABLES)


# ---------------------------------------------------------------------------------------------------
# "调整17个高风险区为低风险区": the verb in front of the counted areas, the level they go to after 为


def test_verb_first_adjust_over_street_sections_with_counts() -> None:
    text = ("关于调整疫情风险区的通告\n决定自2022年11月21日0时起,调整5个高风险区为低风险区。现通告如下:\n"
            "一、具体点位\n1.龙凤街道(3个)\n金桂苑2栋,银杏路18号3单元,和平村石桥组6号;\n"
            "2.天生街道(2个)\n东湖花园7栋、9栋,西山路21号。\n二、防控措施\n各小区继续实施封闭管理。\n"
            "重庆市渝北区新型冠状病毒肺炎疫情防控指挥部\n2022年11月21日")
    assert levels_of(text) == {"low": ["龙凤街道金桂苑2栋", "龙凤街道银杏路18号3单元", "龙凤街道和平村石桥组6号",
                                       "天生街道东湖花园7栋、9栋", "天生街道西山路21号"]}


def test_verb_first_adjust_of_the_following_areas_in_traditional_characters() -> None:
    text = ("關於調整疫情風險區的通告\n自2022年11月25日起,下調以下區域為低風險區:\n1.白沙鎮(2個)\n"
            "新華路8號,幸福小區3棟;\n2.江北街道(1個)\n濱江花園12棟。\n特此通告。")
    assert levels_of(text) == {"low": ["白沙镇新华路8号", "白沙镇幸福小区3栋", "江北街道滨江花园12栋"]}


def test_verb_first_adjust_of_zones_inline_with_spaces_and_half_width_commas() -> None:
    text = "XX县关于调整风险区的通告\n即日起, 调整 2 个封控区为管控区:东城小区、西城花园5号楼。"
    assert levels_of(text) == {"controlled": ["东城小区", "西城花园5号楼"]}
    text = ("关于调整风险区的通告\n自12月1日起,调整3个中风险区为低风险区。具体为:\n1.南湖镇(3个)\n"
            "南湖村6组,南湖小区1栋,南湖大道9号。")
    assert levels_of(text) == {"low": ["南湖镇南湖村6组", "南湖镇南湖小区1栋", "南湖镇南湖大道9号"]}


def test_adjust_with_a_verb_of_its_own_before_its_level_is_read_as_written() -> None:
    text = "一、新增划定A村为高风险区。\n二、调整部分高风险区域荷塘区星光小区23栋降为低风险。"
    assert by_level(text) == {("high", None): ["A村"], ("low", "荷塘区"): ["星光小区23栋"]}


@settings(max_examples=25, deadline=None)
@given(sections=st.lists(st.tuples(word, st.lists(word, min_size=1, max_size=4, unique=True)), min_size=1,
                         max_size=4, unique_by=lambda s: s[0]),
       kind=st.sampled_from(["街道", "镇"]), sep=st.sampled_from([",", ","]), trad=st.booleans())
def test_verb_first_adjust_counts_every_place_of_every_section(sections: list[tuple[str, list[str]]], kind: str,
                                                               sep: str, trad: bool) -> None:
    total = sum(len(items) for _, items in sections)
    lines = [f"决定自2022年11月21日0时起,调整{total}个高风险区为低风险区。现通告如下:", "一、具体点位"]
    expected = []
    for n, (town, items) in enumerate(sections, 1):
        lines.append(f"{n}.{town}{kind}({len(items)}个)")
        lines.append(sep.join(f"{item}小区{k}栋" for k, item in enumerate(items, 1)) + ";")
        expected += [f"{town}{kind}{item}小区{k}栋" for k, item in enumerate(items, 1)]
    lines.append("二、防控措施")
    text = "\n".join(lines)
    assert levels_of(in_traditional(text) if trad else text) == {"low": expected}


# ---------------------------------------------------------------------------------------------------
# "环山北路以北、聚农路以东北,上小路以北、森林大道以西": a side between two directions, one bounded area


def test_bounded_area_with_a_compound_side_is_one_place() -> None:
    text = "三、防范区范围:幸福路以南、光明路以西南,建设路以北、人民大道以东,城关镇团结社区周边。"
    assert levels_of(text) == {"precaution": ["幸福路以南、光明路以西南,建设路以北、人民大道以东",
                                              "城关镇团结社区周边"]}


def test_bounded_area_with_a_compound_side_and_an_area_word() -> None:
    text = "二、管控区:长江路以东北、黄河路以西,淮河路以南、珠江路以北区域;白云村。"
    assert levels_of(text) == {"controlled": ["长江路以东北、黄河路以西,淮河路以南、珠江路以北区域", "白云村"]}


def test_bounded_area_with_a_compound_side_in_traditional_characters() -> None:
    text = "三、防範區範圍:幸福路以南、光明路以東南,建設路以北、人民大道以東,城關鎮團結社區周邊。"
    assert levels_of(text) == {"precaution": ["幸福路以南、光明路以东南,建设路以北、人民大道以东",
                                              "城关镇团结社区周边"]}


@settings(max_examples=25, deadline=None)
@given(roads=st.lists(word, min_size=4, max_size=4, unique=True),
       sides=st.lists(st.sampled_from(["以东", "以西", "以南", "以北", "以东北", "以西南", "以东南", "以西北"]),
                      min_size=4, max_size=4),
       road=st.sampled_from(["路", "大道", "街"]), other=word)
def test_any_bounded_area_in_two_halves_is_one_place(roads: list[str], sides: list[str], road: str,
                                                     other: str) -> None:
    a, b, c, d = (f"{r}{road}{s}" for r, s in zip(roads, sides, strict=True))
    text = f"三、防范区范围:{a}、{b},{c}、{d},{other}村周边。"
    assert levels_of(text) == {"precaution": [f"{a}、{b},{c}、{d}", f"{other}村周边"]}


# ---------------------------------------------------------------------------------------------------
# "徐杨商业街东起鸿海路西至汇景路的两侧门面房": a street's stretch, one place; its 起 starts no object


def test_stretches_of_streets_in_a_list_are_places() -> None:
    text = ("一、自2022年5月14日起,对东湖小区北侧门面房,人民路东起新华路西至解放路的两侧门面房,"
            "解放路南起人民路北至和平路的两侧商铺,东湖小区调整为防范区。")
    assert levels_of(text) == {"precaution": ["东湖小区北侧门面房", "人民路东起新华路西至解放路的两侧门面房",
                                              "解放路南起人民路北至和平路的两侧商铺", "东湖小区"]}


def test_stretches_after_will_with_other_kinds_of_shops() -> None:
    text = "即日起,将中山街东起建设路西至胜利路的沿街商铺、建设路南起中山街北至友谊路的两侧门店划为管控区。"
    assert levels_of(text) == {"controlled": ["中山街东起建设路西至胜利路的沿街商铺",
                                              "建设路南起中山街北至友谊路的两侧门店"]}


def test_stretch_in_traditional_characters() -> None:
    text = "一、自2022年5月14日起,對東湖小區北側門面房,人民路東起新華路西至解放路的兩側門面房,東湖小區調整為防範區。"
    assert levels_of(text) == {"precaution": ["东湖小区北侧门面房", "人民路东起新华路西至解放路的两侧门面房",
                                              "东湖小区"]}


@settings(max_examples=25, deadline=None)
@given(stretches=st.lists(st.tuples(word, word, word), min_size=1, max_size=5, unique_by=lambda s: s[0]),
       ends=st.sampled_from([("东起", "西至"), ("南起", "北至"), ("西起", "东至"), ("北起", "南至")]),
       shop=st.sampled_from(["的两侧门面房", "的沿街商铺", "两侧门店"]), sep=st.sampled_from([",", "、"]))
def test_any_list_of_stretches_gives_one_place_each(stretches: list[tuple[str, str, str]], ends: tuple[str, str],
                                                    shop: str, sep: str) -> None:
    places = [f"{s}街{ends[0]}{a}路{ends[1]}{b}路{shop}" for s, a, b in stretches]
    text = f"一、自2022年5月14日起,对{sep.join(places)}调整为防范区。"
    assert levels_of(text) == {"precaution": places}


# ---------------------------------------------------------------------------------------------------
# "解除A小区6期28栋1单元高风险区管理", "解除A小区(含小区范围内商铺)的临时管制": lifted places


def test_lift_after_a_designation_in_the_same_sentence() -> None:
    text = ("一、将太平路12号划定为高风险区,严格执行“足不出户、上门服务”管理措施;"
            "解除高沙社区丽景苑3期8栋2单元高风险区管理。")
    assert levels_of(text) == {"high": ["太平路12号"], "lifted": ["高沙社区丽景苑3期8栋2单元"]}


def test_lift_of_a_temporary_control_and_of_a_medium_level() -> None:
    text = "二、解除城东社区阳光小区(含小区范围内商铺)的临时管制\n三、解除城西社区锦绣家园中风险区管理。"
    assert levels_of(text) == {"lifted": ["城东社区阳光小区(含小区范围内商铺)", "城西社区锦绣家园"]}


def test_lifts_in_traditional_characters() -> None:
    text = ("一、將太平路12號劃定為高風險區;解除高沙社區麗景苑3期8棟2單元高風險區管理。"
            "二、解除城東社區陽光小區(含小區內商鋪)的臨時管制。")
    assert levels_of(text) == {"high": ["太平路12号"],
                               "lifted": ["高沙社区丽景苑3期8栋2单元", "城东社区阳光小区(含小区内商铺)"]}


def test_lift_of_a_street_s_temporary_control_zone_keeps_its_word() -> None:
    assert levels_of("二、解除城关街道现有临时管控区域。") == {"lifted": ["城关街道现有临时管控区域"]}


@settings(max_examples=25, deadline=None)
@given(estate=word, n=st.integers(1, 30), level=st.sampled_from(["高风险区", "中风险区", "封控区", "管控区"]),
       tail=st.sampled_from(["管理", "管控", "措施"]), trad=st.booleans())
def test_any_lift_after_a_designation_lifts_its_place(estate: str, n: int, level: str, tail: str,
                                                      trad: bool) -> None:
    text = f"一、将{estate}路{n}号划定为高风险区;解除{estate}花园{n}栋{level}{tail}。"
    assert levels_of(in_traditional(text) if trad else text) == {"high": [f"{estate}路{n}号"],
                                                               "lifted": [f"{estate}花园{n}栋"]}


# ---------------------------------------------------------------------------------------------------
# "元竹镇、新街镇除高、中风险区以外的其他区域": the rest of a run of towns, one place (as 184's and 23's)


def test_rest_of_three_towns_and_of_a_bounded_part_of_two_streets() -> None:
    text = ("三、低风险区\n白沙镇、青山镇、石门乡除高、中风险区以外的其他区域;"
            "龙泉街道、凤凰街道部分区域(人民路以北、长江以南区域)除高、中风险区以外的其他区域。")
    assert levels_of(text) == {"low": ["白沙镇、青山镇、石门乡除高、中风险区以外的其他区域",
                                       "龙泉街道、凤凰街道部分区域(人民路以北、长江以南区域)除高、中风险区以外的其他区域"]}


def test_rest_of_towns_in_traditional_characters() -> None:
    text = ("三、低風險區\n白沙鎮、青山鎮除高、中風險區以外的其他區域;"
            "龍泉街道、鳳凰街道部分區域(人民路以北、長江以南區域)除高、中風險區以外的其他區域。")
    assert levels_of(text) == {"low": ["白沙镇、青山镇除高、中风险区以外的其他区域",
                                       "龙泉街道、凤凰街道部分区域(人民路以北、长江以南区域)除高、中风险区以外的其他区域"]}


def test_rest_of_streets_outside_zones_with_a_district() -> None:
    text = "三、防范区\n江北区:华新街道、观音桥街道除封控区、管控区以外的区域。"
    assert by_level(text) == {("precaution", "江北区"): ["华新街道、观音桥街道除封控区、管控区以外的区域"]}


@settings(max_examples=25, deadline=None)
@given(towns=st.lists(st.tuples(word, st.sampled_from(["镇", "乡", "街道"])), min_size=2, max_size=5,
                      unique_by=lambda t: t[0]),
       part=st.sampled_from(["", "部分区域(人民路以北、长江以南区域)"]),
       rest=st.sampled_from(["除高、中风险区以外的其他区域", "除封控区、管控区以外的区域", "除高风险区外的其他区域"]))
def test_any_run_of_towns_before_their_rest_is_one_place(towns: list[tuple[str, str]], part: str, rest: str) -> None:
    place = "、".join(t + k for t, k in towns) + part + rest
    text = f"三、低风险区\n{place};其他地区。"
    assert levels_of(text)["low"][0] == place
