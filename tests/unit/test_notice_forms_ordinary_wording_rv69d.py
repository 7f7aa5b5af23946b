"""Ordinary wording that rules of fix-g69a and fix-g69b misread (review rv69c), narrowed: lines of measures ended
by ";" after a 将 or 把 sentence are no list over lines, so the level sentence after them stands alone ("经研究,将采取
以下措施;\\n暂停堂食;\\nA小区调整为中风险区。"); the bounds after "四至范围:" stay on an object that is a part or an
area around a place ("将A村部分区域划为中风险区,四至范围:东至…"), which they mark off; an estate and its own part
(its phase, what lies within it, a side of it) joined by 及 are one place ("A小区及二期小区"); 所在的 before a
named community goes with 所在, and 所在 before a bare kind ("所在社区及周边社区") names no place to keep; a rule that
puts every building under control ("将楼栋列为管控单元", "小区内各楼栋划定为管控单元") names no controlled area.
Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    changes_of,
    invented_names,
    no_real_city,
    variants_of,
)

_HEAD = "金川市翠枫区新冠肺炎疫情防控指挥部通告\n"


def _variants(text: str) -> list[str]:
    return variants_of(_HEAD + text)


# ---- 1. lines of measures ended by ";" are no list over lines ---------------------------------------------------


def test_a_level_sentence_after_measures_ended_by_semicolons_stands_alone() -> None:
    text = "经研究,将采取以下措施;\n暂停堂食;\n暂停聚集性活动;\n翠枫区金桃小区调整为中风险区。"
    for variant in _variants(text):
        assert changes_of(variant) == [("medium", "翠枫区", ["金桃小区"])]


def test_other_measures_and_duties_over_semicolon_lines() -> None:
    assert changes_of(_HEAD + "将翠枫区金桃小区纳入管理;\n全力做好保障;\n星悦小区继续为封控区。") == [
        ("sealed", "翠枫区", ["星悦小区"])]
    assert changes_of(_HEAD + "根据防控需要,将做好以下工作;\n加强巡查;\n做好星悦小区人员排查,星悦小区为高风险区。") == [
        ("high", "翠枫区", ["星悦小区"])]
    assert changes_of(_HEAD + "对以下小区,将实行封闭管理;\n暂停快递进入;\n翠枫区金桃小区、星悦小区为封控区。") == [
        ("sealed", "翠枫区", ["金桃小区", "星悦小区"])]
    assert changes_of(_HEAD + "请各单位把防控责任落实到位;\n把人员排查到位;\n金桃小区为中风险区的情况要及时报告。") == [
        ("medium", "翠枫区", ["金桃小区"])]


def test_places_over_semicolon_lines_still_one_list() -> None:
    text = "将翠枫区金桃小区3号楼;\n翠枫区星悦花园;\n翠枫区福瑞村调整为中风险区。"
    assert changes_of(_HEAD + text) == [("medium", "翠枫区", ["金桃小区3号楼", "星悦花园", "福瑞村"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_any_estate_after_measures_over_semicolon_lines(name: str) -> None:
    assume(no_real_city(name))
    text = f"经研究,将采取以下措施;\n暂停堂食;\n翠枫区{name}小区调整为中风险区。"
    assert changes_of(_HEAD + text) == [("medium", "翠枫区", [f"{name}小区"])]


# ---- 4. bounds kept on a part or an area around a place ---------------------------------------------------------

_BOUNDS = "东至金桃路,南至星河路,西至锦绣路,北至福瑞路"


def test_bounds_kept_on_a_part_of_a_village() -> None:
    text = f"将翠枫区青枫镇福瑞村部分区域划为中风险区,四至范围:{_BOUNDS}。"
    for variant in _variants(text):
        [(level, district, places)] = changes_of(variant)
        assert (level, district) == ("medium", "翠枫区")
        assert len(places) == 1 and "部分区域" in places[0] and "北至" in places[0]


def test_bounds_kept_on_an_area_around_an_estate() -> None:
    for obj, place in (("翠枫区金桃小区周边", "金桃小区周边"),
                       ("以翠枫区金桃小区为中心的区域", "以金桃小区为中心的区域")):
        assert changes_of(_HEAD + f"将{obj}划为中风险区,四至范围:{_BOUNDS}。") == [
            ("medium", "翠枫区", [f"{place}(四至范围:{_BOUNDS})"])]
    text = "中风险区:\n金桃小区周边,四至为:星河路以南,锦绣路以西,福瑞路以北,金桃路以东。"
    assert changes_of(_HEAD + text) == [
        ("medium", "翠枫区", ["金桃小区周边(四至为:星河路以南,锦绣路以西,福瑞路以北,金桃路以东)"])]


def test_bounds_of_a_named_place_still_left_off() -> None:
    assert changes_of(_HEAD + f"将翠枫区青枫镇福瑞村划为中风险区,四至范围:{_BOUNDS}。") == [
        ("medium", "翠枫区", ["青枫镇福瑞村"])]


# ---- 5. an estate and its own part joined by 及: one place ------------------------------------------------------


def test_an_estate_and_its_phase_or_inner_part_are_one_place() -> None:
    for part in ("二期小区", "小区内花园", "小区内星悦家园", "西侧花园"):
        text = f"将翠枫区金桃小区及{part}、福瑞家园调整为中风险区。"
        for variant in _variants(text):
            places = [p for _level, _district, ps in changes_of(variant) for p in ps]
            assert len(places) == 2, (part, places)
        assert changes_of(_HEAD + text) == [("medium", "翠枫区", [f"金桃小区及{part}", "福瑞家园"])]


def test_two_estates_joined_by_and_still_two() -> None:
    assert changes_of(_HEAD + "将翠枫区金桃小区及星悦花园、福瑞家园调整为中风险区。") == [
        ("medium", "翠枫区", ["金桃小区", "星悦花园", "福瑞家园"])]


# ---- 3. 所在 before a named community or a bare kind ------------------------------------------------------------


def test_lies_in_with_de_before_a_named_community() -> None:
    text = "翠枫区金桃小区3号楼划定为封控区;所在的星悦社区调整为中风险区。"
    for variant in _variants(text):
        assert [len(ps) for _l, _d, ps in changes_of(variant)] == [1, 1]
    assert changes_of(_HEAD + text) == [("sealed", "翠枫区", ["金桃小区3号楼"]), ("medium", "翠枫区", ["星悦社区"])]


def test_lies_in_before_a_bare_kind_names_no_place() -> None:
    for rest in ("所在社区及周边社区调整为中风险区", "所在楼栋及周边村划定为中风险区"):
        medium = [ps for level, _d, ps in changes_of(_HEAD + f"翠枫区金桃小区3号楼划定为封控区,{rest}。")
                  if level == "medium"]
        assert all(p.startswith("所在") for ps in medium for p in ps), medium


# ---- 2. a rule over every building is no controlled area --------------------------------------------------------


def test_buildings_as_control_units_by_rule_name_no_area() -> None:
    assert changes_of(_HEAD + "各小区按照“以楼栋为单位”原则,将楼栋列为管控单元。") == []
    assert changes_of(_HEAD + "翠枫区金桃小区划定为封控区,小区内各楼栋划定为管控单元。") == [
        ("sealed", "翠枫区", ["金桃小区"])]
