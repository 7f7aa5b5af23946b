"""Forms of the thirty-ninth held-out set (part b): a level's areas downgraded with no level named
("一、高风险区降级39处:"), read as lifted; a temporary control prolonged over the places after 将
("将A区、B区主城二区临时管控时间延长至…"); whole counties managed as a level as the subject of an item
("三、A县、B区按照高风险区管理"), beside kinds of place alone ("有病例的社区、村庄等,参照高风险区管理"), which
name none; clauses of 将 one after another sharing one verb ("将A区B、C等4个小区、村;D区E…;将F区G…,
调整划定为高风险区"), districts sharing the last one's rest ("A区、B区、C县除已划定的中高风险区之外的区域");
districts' counted areas of a level ("A区、B区(C区)的34个高风险区"); a lone street under a district's count
before the next district's label; notes of where an item came from or how its level changed
("(由原高风险区A街道调整)", "(中风险升高风险)"); a compound's bare facilities after it ("A小区各楼宇、
商铺及学校"); an item's house numbers excepted over all its addresses ("A村21号,A村B巷94号、253号以外区域").
Notices here are written for the tests, their names invented (the districts real, as the parser knows them)."""

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

# --- a level's areas downgraded, the level they go to not named -----------------------------------------------

_DOWNGRADED = ("经专家组研判,现将调整情况通告如下:\n一、高风险区降级3处:\n岳塘区2处:星翠小区5号楼;金桃家园。\n"
               "雨湖区1处:春晓花园2号楼。\n")


def test_a_level_downgraded_without_its_new_level_is_lifted() -> None:
    assert by_level(_DOWNGRADED) == {("lifted", "岳塘区"): ["星翠小区5号楼", "金桃家园"],
                                     ("lifted", "雨湖区"): ["春晓花园2号楼"]}


def test_downgraded_in_other_words_full_width_and_traditional() -> None:
    lowered = _DOWNGRADED.replace("降级", "下调")
    assert levels_of(lowered) == {"lifted": ["星翠小区5号楼", "金桃家园", "春晓花园2号楼"]}
    assert levels_of(_DOWNGRADED.translate(HALF_TO_FULL)) == {"lifted": ["星翠小区5号楼", "金桃家园", "春晓花园2号楼"]}
    assert levels_of(in_traditional(_DOWNGRADED)) == {"lifted": ["星翠小区5号楼", "金桃家园", "春晓花园2号楼"]}


def test_a_medium_level_downgraded_the_same_way() -> None:
    text = "现将调整情况通告如下:\n二、中风险区降级2处:\n岳塘区2处:星翠小区;金桃家园。\n"
    assert levels_of(text) == {"lifted": ["星翠小区", "金桃家园"]}


def test_a_downgrade_to_a_named_level_and_a_plain_heading_keep_their_levels() -> None:
    named = _DOWNGRADED.replace("高风险区降级3处", "高风险区降级为中风险区3处")
    assert levels_of(named) == {"medium": ["星翠小区5号楼", "金桃家园", "春晓花园2号楼"]}
    plain = _DOWNGRADED.replace("高风险区降级3处", "高风险区3处")
    assert levels_of(plain) == {"high": ["星翠小区5号楼", "金桃家园", "春晓花园2号楼"]}


# --- a temporary control prolonged --------------------------------------------------------------------------

_PROLONGED = ("市指挥部刚刚发布通告,经研究决定,将岳塘区、雨湖区、湘潭县主城三区临时管控时间延长至7月24日24时,"
              "延时期间各项临时管控措施不变。\n全市高、中、低风险地区落实相应管控措施。")


def test_a_temporary_control_prolonged_over_whole_districts() -> None:
    assert by_level(_PROLONGED) == {("controlled", "岳塘区"): ["岳塘区"], ("controlled", "雨湖区"): ["雨湖区"],
                                    ("controlled", "湘潭县"): ["湘潭县"]}


def test_a_temporary_control_prolonged_over_towns_and_compounds() -> None:
    towns = "决定将星翠镇、金桃镇的临时管控期限延长3天。"
    assert levels_of(towns) == {"controlled": ["星翠镇", "金桃镇"]}
    compounds = "经研究,将春晓小区、丽泽花园临时管控时间继续延长至9月5日24时。"
    assert levels_of(compounds.translate(HALF_TO_FULL)) == {"controlled": ["春晓小区", "丽泽花园"]}
    assert levels_of(in_traditional(compounds)) == {"controlled": ["春晓小区", "丽泽花园"]}


def test_people_or_measures_prolonged_are_no_places() -> None:
    assert "controlled" not in levels_of("决定将星翠镇居民临时管控时间延长至9月5日。春晓小区为封控区。")
    assert levels_of("临时管控时间延长至9月5日,春晓小区为封控区。") == {"sealed": ["春晓小区"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=4, unique=True))
def test_any_compounds_temporary_control_prolonged(names: list[str]) -> None:
    places = [f"{name}小区" for name in names]
    text = f"经研究决定,将{'、'.join(places)}临时管控时间延长至8月30日24时。"
    assert levels_of(text) == {"controlled": places}


# --- whole counties managed as a level; kinds of place alone ----------------------------------------------------

_COUNTIES = ("经专家评估论证,分区分级管控如下:\n一、岳塘区、湘潭县为高风险区域,执行现行管控措施。\n"
             "二、雨湖区、韶山市、高新区按照高风险区管理,执行现行管控措施。\n"
             "三、湘乡市为中风险区。有病例的社区、村庄等,参照高风险区管理,继续严格实施居家防控。\n")


def test_whole_counties_managed_as_a_level_are_places_of_it() -> None:
    assert levels_of(_COUNTIES) == {"high": ["岳塘区", "湘潭县", "雨湖区", "韶山市", "高新区"], "medium": ["湘乡市"]}


def test_counties_managed_as_a_level_full_width_traditional_and_with_canzhao() -> None:
    expected = {"high": ["岳塘区", "湘潭县", "雨湖区", "韶山市", "高新区"], "medium": ["湘乡市"]}
    assert levels_of(_COUNTIES.translate(HALF_TO_FULL)) == expected
    assert levels_of(in_traditional(_COUNTIES)) == expected
    assert levels_of(_COUNTIES.replace("按照高风险区管理", "参照高风险区管理")) == expected


def test_kinds_of_place_alone_name_no_place() -> None:
    text = "一、星翠小区为封控区。\n二、小区、楼栋等按管控区管理。\n三、有病例的村组、院落,参照高风险区管理。"
    assert levels_of(text) == {"sealed": ["星翠小区"]}


def test_a_kind_alone_after_a_named_building_is_that_compound() -> None:
    text = "金桃花园30幢3单元划为封控区,小区为管控区。"
    assert levels_of(text) == {"sealed": ["金桃花园30幢3单元"], "controlled": ["小区"]}


def test_kinds_of_area_managed_as_a_level_stay_rules() -> None:
    text = "一、岳塘区星翠小区为封控区。\n二、封控区、管控区按照高风险区管理。\n三、全区按照低风险区管理。"
    assert levels_of(text) == {"sealed": ["星翠小区"]}


# --- clauses of 将 sharing one verb; districts sharing a rest ----------------------------------------------------

_PARALLEL = ("自2022年10月7日起,调整以下地区风险等级:\n将岳塘区星翠村、金桃小区等42个小区、村;雨湖区春晓社区丽泽花园、"
             "光华镇长风北区等33个小区、村;将湘潭县胜利村等15个村、社区,调整划定为高风险区,采取封控措施。\n"
             "将岳塘区、雨湖区、湘潭县除已划定的中高风险区之外的区域调整划定为低风险区。\n")


def test_clauses_of_jiang_sharing_one_verb_with_their_counted_kinds() -> None:
    assert by_level(_PARALLEL) == {("high", "岳塘区"): ["星翠村", "金桃小区"],
                                   ("high", "雨湖区"): ["春晓社区丽泽花园", "光华镇长风北区"],
                                   ("high", "湘潭县"): ["胜利村"]}


def test_parallel_clauses_full_width_and_traditional() -> None:
    expected = {"high": ["星翠村", "金桃小区", "春晓社区丽泽花园", "光华镇长风北区", "胜利村"]}
    assert levels_of(_PARALLEL.translate(HALF_TO_FULL)) == expected
    assert levels_of(in_traditional(_PARALLEL)) == expected


def test_clauses_with_verbs_of_their_own_keep_their_levels() -> None:
    text = "将岳塘区星翠村调整为高风险区;将雨湖区金桃村调整为中风险区;将湘潭县胜利村,划为低风险区。"
    assert by_level(text) == {("high", "岳塘区"): ["星翠村"], ("medium", "雨湖区"): ["金桃村"],
                              ("low", "湘潭县"): ["胜利村"]}


def test_districts_sharing_a_rest_are_a_blanket_but_named_places_beside_stay() -> None:
    rest = "将雨湖区、湘潭县除已划定的中高风险区之外的区域划定为低风险区。"
    assert levels_of(rest) == {}
    text = "将星翠村、金桃村调整划为中风险区。"
    assert levels_of(text) == {"medium": ["星翠村", "金桃村"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=5, unique=True),
       st.sampled_from(["小区、村", "村、社区", "小区、社区"]))
def test_any_parallel_clauses_with_counted_kinds(names: list[str], kinds: str) -> None:
    places = [f"{name}村" for name in names]
    half = len(places) // 2
    text = (f"将岳塘区{'、'.join(places[:half])}等{half + 10}个{kinds};将雨湖区{'、'.join(places[half:])}"
            f"等{len(places) - half + 10}个{kinds},调整划定为高风险区。")
    assert by_level(text) == {("high", "岳塘区"): places[:half], ("high", "雨湖区"): places[half:]}


# --- districts' counted areas of a level; a lone street under its district ------------------------------------------

_COUNTED_AREAS = ("决定自8月19日0时起,在岳塘区新增9个高风险区。"
                  "将岳塘区、雨湖区、高新区(新市区)的34个高风险区调整为中风险区;将湘潭县的4个中风险区调整为低风险区。\n一、新增中风险区3个\n\n岳塘区1个\n\n星翠街道金桃社区春晓小区\n\n"
                  "雨湖区1个\n\n丽泽街道\n\n湘潭县1个\n\n长风镇胜利社区安置小区\n")


def test_districts_counted_areas_of_a_level_name_no_place_and_a_lone_street_is_one() -> None:
    assert by_level(_COUNTED_AREAS) == {("medium", "岳塘区"): ["星翠街道金桃社区春晓小区"],
                                        ("medium", "雨湖区"): ["丽泽街道"],
                                        ("medium", "湘潭县"): ["长风镇胜利社区安置小区"]}


def test_counted_areas_and_lone_street_full_width_and_traditional() -> None:
    expected = {"medium": ["星翠街道金桃社区春晓小区", "丽泽街道", "长风镇胜利社区安置小区"]}
    assert levels_of(_COUNTED_AREAS.translate(HALF_TO_FULL)) == expected
    assert levels_of(in_traditional(_COUNTED_AREAS)) == expected


def test_a_street_label_over_its_places_stays_a_label() -> None:
    text = "一、新增中风险区2个\n\n岳塘区2个\n\n丽泽街道\n\n金桃社区春晓小区\n\n星翠社区光华小区\n"
    assert levels_of(text) == {"medium": ["丽泽街道金桃社区春晓小区", "丽泽街道星翠社区光华小区"]}


def test_a_named_place_of_a_district_is_still_read() -> None:
    assert levels_of("将岳塘区星翠小区、金桃小区等2个小区调整为低风险区。") == {"low": ["星翠小区", "金桃小区"]}


# --- notes of an item's origin or change ----------------------------------------------------------------------

def test_notes_of_an_items_origin_or_change_are_dropped() -> None:
    text = ("一、调整范围的高风险区2个\n岳塘区2个\n"
            "1.星翠街道金桃社区、春晓社区丽泽小区(由原高风险区岳塘区星翠街道调整)\n"
            "2.长风街道胜利社区光华家属院(由原高风险区岳塘区长风街道调整)\n二、高风险区(1个)\n"
            "雨湖区金桃街道翠湖社区118号家属院(中风险升高风险);\n")
    assert levels_of(text) == {"high": ["星翠街道金桃社区、春晓社区丽泽小区", "长风街道胜利社区光华家属院",
                                        "金桃街道翠湖社区118号家属院"]}
    assert levels_of(in_traditional(text).translate(HALF_TO_FULL))["high"][-1] == "金桃街道翠湖社区118号家属院"


def test_a_remark_of_the_former_level_and_other_brackets_stay() -> None:
    text = "高风险区(2个):\n岳塘区星翠村(原中风险调整为高风险);\n岳塘区金桃小区(除3号楼);\n"
    assert levels_of(text) == {"high": ["星翠村(原中风险调整为高风险)", "金桃小区(除3号楼)"]}


# --- a compound's bare facilities; house numbers excepted over an item ----------------------------------------------

def test_a_compounds_bare_facilities_are_part_of_it() -> None:
    text = ("经综合评估,星翠街道春晓里1号楼、乙1号楼,星翠街道丽泽里小区各楼宇、商铺及学校,金桃街道翠湖小区1号楼、"
            "底商和幼儿园划为封控区。")
    assert levels_of(text) == {"sealed": ["星翠街道春晓里1号楼、乙1号楼", "星翠街道丽泽里小区各楼宇、商铺及学校",
                                          "金桃街道翠湖小区1号楼、底商和幼儿园"]}
    read = levels_of(in_traditional(text).translate(HALF_TO_FULL))
    assert read["sealed"][1] == "星翠街道丽泽里小区各楼宇、商铺及学校"


def test_a_named_shop_after_a_compound_is_a_place_of_its_own() -> None:
    text = "经综合评估,星翠小区1号楼、金桃商铺划为封控区。"
    assert levels_of(text) == {"sealed": ["星翠小区1号楼", "金桃商铺"]}


_EXCEPTED = ("二、自10月28日起,将以下区域划为中风险区:\n  岳塘区:星翠村21号,星翠村西边沟巷94号、94—1号、253号以外区域;"
             "金桃小区11号楼。\n")


def test_house_numbers_excepted_over_an_items_addresses_are_one_place() -> None:
    item = "星翠村21号,星翠村西边沟巷94号、94—1号、253号以外区域"
    assert levels_of(_EXCEPTED) == {"medium": [item, "金桃小区11号楼"]}
    assert levels_of(in_traditional(_EXCEPTED))["medium"][0] == item


def test_addresses_without_an_exception_stay_apart() -> None:
    text = _EXCEPTED.replace("253号以外区域", "253号")
    assert levels_of(text) == {"medium": ["星翠村21号", "星翠村西边沟巷94号、94—1号、253号", "金桃小区11号楼"]}


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.lists(st.integers(1, 300), min_size=3, max_size=5, unique=True))
def test_any_village_with_its_numbers_excepted(name: str, numbers: list[int]) -> None:
    run = "、".join(f"{n}号" for n in numbers[1:])
    item = f"{name}村{numbers[0]}号,{name}村东巷{run}以外区域"
    text = f"一、将以下区域划为中风险区:\n  岳塘区:{item};金桃小区11号楼。\n"
    assert levels_of(text) == {"medium": [item, "金桃小区11号楼"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=5, unique=True),
       st.sampled_from(["高风险区", "中风险区"]), st.sampled_from(["降级", "下调"]))
def test_any_level_downgraded_without_its_new_level(names: list[str], level: str, verb: str) -> None:
    places = [f"{name}小区" for name in names]
    text = f"现将调整情况通告如下:\n一、{level}{verb}{len(places)}处:\n岳塘区{len(places)}处:{';'.join(places)}。\n"
    assert by_level(text) == {("lifted", "岳塘区"): places}


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["商铺及学校", "底商和幼儿园", "车库、会所"]))
def test_any_compounds_bare_facilities(name: str, facilities: str) -> None:
    place = f"金桃街道{name}小区各楼宇、{facilities}"
    text = f"经综合评估,星翠街道春晓里1号楼,{place},长风街道翠湖小区划为封控区。"
    assert levels_of(text) == {"sealed": ["星翠街道春晓里1号楼", place, "长风街道翠湖小区"]}


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.sampled_from(["(由原高风险区岳塘区{}街道调整)", "(中风险升高风险)", "(低风险区升为中风险区)"]))
def test_any_items_change_note(street: str, compound: str, note: str) -> None:
    place = f"{street}街道{compound}小区"
    text = f"一、高风险区(2个)\n岳塘区2个\n1.{place}{note.format(street)}\n2.{street}街道翠湖社区8号院\n"
    assert levels_of(text) == {"high": [place, f"{street}街道翠湖社区8号院"]}
