"""Forms of notices that count a level's places and join the last two with 和 ("划定高风险区3个,即A、B和C;中风险区
2个,即D和E", the next level's list the same district's), run a section's title naming the zones into the first
zone's label ("二、封控管控区域封控区:A"), list a house and its neighbours' houses as one area ("A屋及其周边B、C
屋"), put a whole city under silent management while it is tested ("在全市范围内开展全员核酸检测,其间全域实施静默
管理") and lift the rest of a town but the zones before it ("解除除封控区、管控区以外的A镇其他区域防范管理"). Each
form in variants written here (invented places, other counties, separators, traditional characters, full-width
punctuation), and properties over generated parts."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    levels_of,
)
from tests.unit.test_notice_parser_real_forms import invented_names as _invented_names

name = _invented_names(PLAIN_SYLLABLES, 2, 3)


# --- "划定高风险区3个,即A、B和C": the count says 和 separates the last two ------------------------------

def test_counted_list_with_final_he_and_the_next_level_of_the_same_county() -> None:
    text = ("某州疫情防控指挥部最新通报:新疆霍城县划定高风险区3个,即清水镇铁路货场、芦草镇新华路八号金翠餐厅和"
            "幸福路金华大巴扎;中风险区2个,即清水镇东湾村5组和幸福路锦绣大厦。")
    assert by_level(text) == {
        ("high", "霍城县"): ["清水镇铁路货场", "芦草镇新华路八号金翠餐厅", "幸福路金华大巴扎"],
        ("medium", "霍城县"): ["清水镇东湾村5组", "幸福路锦绣大厦"]}


def test_counted_list_with_final_he_traditional_and_full_width() -> None:
    text = in_traditional("通报:平遥县划定高风险区2个,即古城镇南门夜市和东关路翠峰茶楼;"
                          "中风险区3个,即古城镇北关村、古城镇西关村和东关路春晓商场。").translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "平遥县"): ["古城镇南门夜市", "东关路翠峰茶楼"],
                              ("medium", "平遥县"): ["古城镇北关村", "古城镇西关村", "东关路春晓商场"]}


def test_counted_list_with_final_he_and_a_count_that_keeps_it_whole() -> None:
    # (a count of one: "A和B" is one place as written)
    text = "通报:清徐县划定高风险区1个,即柳林镇金华公司和锦绣仓库;中风险区2个,即柳林镇南庄村和东关路锦绣夜市。"
    assert by_level(text) == {("high", "清徐县"): ["柳林镇金华公司和锦绣仓库"],
                              ("medium", "清徐县"): ["柳林镇南庄村", "东关路锦绣夜市"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True), st.sampled_from(["夜市", "大巴扎", "茶楼", "市场"]))
def test_any_counted_list_with_final_he(names: list[str], kind: str) -> None:
    # (names ending as a word the next starts, "金华和华…", read the same; 和 starting a name is a word: "和平")
    places = [f"东关路{n}{kind}" for n in names]
    listed = "、".join(places[:-1]) + "和" + places[-1]
    text = f"通报:瓮安县划定高风险区{len(places)}个,即{listed};中风险区1个,即龙桥镇东村。"
    assert by_level(text) == {("high", "瓮安县"): places, ("medium", "瓮安县"): ["龙桥镇东村"]}


# --- "二、封控管控区域封控区:A": the section's title run into the first zone's label --------------------

def test_run_in_zones_title_before_the_first_label() -> None:
    text = ("3月15日,我市发现1例确诊病例。李某某近四天活动轨迹:二、封控管控区域封控区:小店区金华花城1期1栋、"
            "春晓城2期27栋。严格执行“足不出户”管理措施。管控区:小店区金华花城1期、春晓城2期。实行“足不出区”管理措施。")
    assert by_level(text) == {("sealed", "小店区"): ["金华花城1期1栋", "春晓城2期27栋"],
                              ("controlled", "小店区"): ["金华花城1期", "春晓城2期"]}


def test_run_in_zones_title_with_three_zones_full_width() -> None:
    text = ("情况通报。二、封控管控防范区域封控区:清徐县柳林镇南庄村3组。管控区:清徐县柳林镇南庄村。"
            "防范区:清徐县柳林镇。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["柳林镇南庄村3组"], "controlled": ["柳林镇南庄村"],
                               "precaution": ["柳林镇"]}


def test_run_in_zones_title_traditional() -> None:
    text = in_traditional("情况通报。三、封控、管控区域封控区:平遥县古城镇锦绣小区5号楼。管控区:平遥县古城镇锦绣小区。")
    assert levels_of(text) == {"sealed": ["古城镇锦绣小区5号楼"], "controlled": ["古城镇锦绣小区"]}


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["封控管控区域", "封控、管控区域", "封控和管控区域", "封控管控范围"]),
       st.sampled_from(["二、", "(二)", "2."]))
def test_any_run_in_zones_title(estate: str, title: str, number: str) -> None:
    text = (f"情况通报。{number}{title}封控区:小店区{estate}花园1栋、{estate}花园2栋。"
            f"管控区:小店区{estate}花园。")
    assert by_level(text) == {("sealed", "小店区"): [f"{estate}花园1栋", f"{estate}花园2栋"],
                              ("controlled", "小店区"): [f"{estate}花园"]}


# --- "A屋及其周边B、C屋": a house and its neighbours' houses, one area -----------------------------------

def test_house_and_neighbours_are_one_area() -> None:
    text = ("关于调整清徐县疫情防控风险区的通告\n决定调整清徐县疫情防控风险区:\n"
            "一、柳林镇南庄村委会东村王某明屋及其周边王某华、张某、李某刚屋;\n"
            "二、徐沟镇北营村张某屋及其周边赵某、钱某屋。\n上述区域由高风险区调整为低风险区。")
    assert by_level(text) == {("low", "清徐县"): ["柳林镇南庄村委会东村王某明屋及其周边王某华、张某、李某刚屋",
                                                   "徐沟镇北营村张某屋及其周边赵某、钱某屋"]}


def test_house_and_neighbours_traditional_full_width() -> None:
    text = in_traditional("关于调整平遥县疫情防控风险区的通告\n决定调整平遥县疫情防控风险区:\n"
                          "一、古城镇东关村刘某房及周边陈某、周某房;\n"
                          "上述区域由高风险区调整为低风险区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"low": ["古城镇东关村刘某房及周边陈某、周某房"]}


def test_house_and_neighbours_with_a_plain_place_beside() -> None:
    text = ("关于调整瓮安县疫情防控风险区的通告\n决定调整瓮安县疫情防控风险区:\n"
            "一、龙桥镇上寨村杨某屋及其周边吴某、郑某屋;\n二、龙桥镇下坝村。\n"
            "上述区域由高风险区调整为低风险区。")
    assert levels_of(text) == {"low": ["龙桥镇上寨村杨某屋及其周边吴某、郑某屋", "龙桥镇下坝村"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(list("王李张刘陈杨赵黄周吴")), min_size=2, max_size=5),
       st.lists(name, min_size=2, max_size=5), st.sampled_from(["屋", "房"]))
def test_any_house_and_neighbours(surnames: list[str], given_names: list[str], house: str) -> None:
    people = [f"{s}某{g[:1]}" for s, g in zip(surnames, given_names, strict=False)]
    assume(len(people) >= 2)
    place = f"柳林镇南庄村{people[0]}{house}及其周边{'、'.join(people[1:])}{house}"
    text = (f"关于调整清徐县疫情防控风险区的通告\n决定调整清徐县疫情防控风险区:\n一、{place};\n"
            "上述区域由高风险区调整为低风险区。")
    assert levels_of(text) == {"low": [place]}


# --- "在全市范围内开展全员核酸检测,其间全域实施静默管理": the whole city silent -------------------------

def test_whole_city_silent_while_tested() -> None:
    text = ("介休市新型冠状病毒肺炎疫情联防联控工作领导小组通告\n经研究决定,在全市范围内开展全员核酸检测,"
            "其间全域实施静默管理,现将有关事项通告如下:\n一、时间安排\n8月13日15时开始核酸采样。")
    assert by_level(text) == {("silent", "介休市"): ["介休市"]}


def test_whole_county_silent_while_tested_full_width() -> None:
    text = ("平遥县疫情防控领导小组通告\n经研究决定,在全县范围内开展全员核酸检测,期间全域实行静默管理,"
            "现将有关事项通告如下:\n一、时间安排").translate(HALF_TO_FULL)
    assert by_level(text) == {("silent", "平遥县"): ["平遥县"]}


def test_whole_county_silent_while_tested_traditional() -> None:
    text = in_traditional("清徐县疫情防控领导小组通告\n决定在全县范围内开展三轮全员核酸检测,同时全域实施静默管理,"
                          "现通告如下:\n一、时间安排")
    assert by_level(text) == {("silent", "清徐县"): ["清徐县"]}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from([("平遥县", "全县"), ("介休市", "全市"), ("小店区", "全区")]),
       st.sampled_from(["其间", "期间", "同时", ""]), st.sampled_from(["实施", "实行"]),
       st.sampled_from(["静默管理", "静态管理"]))
def test_any_whole_division_silent_while_tested(division: tuple[str, str], when: str, verb: str,
                                                kind: str) -> None:
    text = (f"{division[0]}疫情防控领导小组通告\n经研究决定,在{division[1]}范围内开展全员核酸检测,"
            f"{when}全域{verb}{kind},现将有关事项通告如下:\n一、时间安排")
    assert by_level(text) == {("silent", division[0]): [division[0]]}


# --- "解除除封控区、管控区以外的A镇其他区域防范管理": the rest of a town, one place ------------------------

def test_rest_of_a_town_but_the_zones_lifted() -> None:
    text = ("清徐县关于解除管理的通告\n一、解除柳林镇南庄村封控管理;\n"
            "二、解除除封控区、管控区以外的柳林镇其他区域防范管理。")
    assert by_level(text) == {("lifted", "清徐县"): ["柳林镇南庄村", "除封控区、管控区以外的柳林镇其他区域"]}


def test_rest_of_a_town_but_the_zones_lifted_full_width() -> None:
    text = ("平遥县关于解除管理的通告\n一、解除古城镇东关村管控管理;\n"
            "二、解除除封控区、管控区以外古城镇其他区域防范管理。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["古城镇东关村", "除封控区、管控区以外古城镇其他区域"]}


def test_rest_of_a_town_but_the_zones_lifted_traditional() -> None:
    text = in_traditional("瓮安县关于解除管理的通告\n一、解除龙桥镇上寨村封控管理;\n"
                          "二、解除除封控区、管控区之外的龙桥镇其他区域防范管理。")
    assert levels_of(text) == {"lifted": ["龙桥镇上寨村", "除封控区、管控区之外的龙桥镇其他区域"]}


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["以外的", "以外", "之外的"]), st.sampled_from(["其他区域", "其余区域", "其他地区"]))
def test_any_rest_of_a_town_but_the_zones(town: str, beyond: str, rest: str) -> None:
    place = f"除封控区、管控区{beyond}{town}镇{rest}"
    text = f"清徐县关于解除管理的通告\n一、解除柳林镇南庄村封控管理;\n二、解除{place}防范管理。"
    assert levels_of(text) == {"lifted": ["柳林镇南庄村", place]}
