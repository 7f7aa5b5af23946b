"""Forms of the seventy-first held-out set: a reworded temporary sealed level ("划为临时封闭控制区"); a part that points
to an attached table ("具体划定区域见《A市封控区明细表》"), no place; the place under a bare level heading written as
its object ("一、封控区" over "调整为A县B村C小区11号楼。"); a county's territory written with 县域 ("防范区为A县县域"),
the county itself, after a heading run together with it ("三、继续实行防范区管理防范区为A县县域。"); an area enclosed by
a route and a road ("A校区与B桥沿C河至D路二段(含E)、F路一段合围区域"), one place; parts of districts put under silent
management with each district's range after its colon ("…实行临时静态管理,具体范围为A区:B,C;D区:E、F。"); a dated
designation lifted later, over districts parted by ";" ("3月10日17时划定A区B小区1号楼,2号楼区域;C区D路以北,…为管控区,
…解除管控"). Notices here are written for the tests, their names invented (the districts real, as the parser knows
them)."""

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

# --- a reworded temporary sealed level ---------------------------------------------------------------------------

_REWORDED = ("根据国家和省有关新冠肺炎疫情防控要求,经省、市专家组研判评估,自2022年3月28日起,"
             "将星翠街道星翠路117号锦绣花园划为临时封闭控制区。\n上述区域围堵措施将根据疫情防控需要进行动态调整。\n")


def test_a_reworded_temporary_sealed_level_is_sealed() -> None:
    assert levels_of(_REWORDED) == {"sealed": ["星翠街道星翠路117号锦绣花园"]}


def test_reworded_temporary_level_other_words_full_width_and_traditional() -> None:
    place = "星翠街道星翠路117号锦绣花园"
    assert levels_of(_REWORDED.replace("临时封闭控制区", "临时性密封控制区")) == {"sealed": [place]}
    assert levels_of(_REWORDED.replace("划为临时封闭控制区", "划定为临时预防区")) == {"precaution": [place]}
    assert levels_of(_REWORDED.translate(HALF_TO_FULL)) == {"sealed": [place]}
    assert levels_of(in_traditional(_REWORDED)) == {"sealed": [place]}


@settings(max_examples=25, deadline=None)
@given(name, name)
def test_any_place_reworded_as_temporarily_sealed(street: str, estate: str) -> None:
    place = f"{street}街道{street}路117号{estate}花园"
    assert levels_of(_REWORDED.replace("星翠街道星翠路117号锦绣花园", place)) == {"sealed": [place]}


def test_a_temporary_word_before_no_level_stays_as_it_was() -> None:
    assert levels_of(_REWORDED.replace("划为临时封闭控制区", "划为临时停车场")) == {}


# --- a pointer to an attached table ------------------------------------------------------------------------------

_POINTER = ("关于调整封控区、管控区、防范区的通告\n现将有关事项通告如下:\n一、封控区\n"
            "具体划定区域见《金华市疫情防控封控区明细表》。"
            "管理措施要求:\n(一)封控区实行“区域封闭、足不出户、服务上门”。\n二、管控区\n"
            "具体划定区域见《金华市疫情防控管控区明细表》。同时,除上述已划定的封控区和管控区外,将婺城区全域纳入管控区管理。"
            "管理措施要求:\n(一)管控区实行“人不出小区,严禁聚集”等防控措施。\n")


def test_a_pointer_to_an_attached_table_is_no_place() -> None:
    assert by_level(_POINTER) == {("controlled", "婺城区"): ["婺城区"]}


def test_pointer_in_other_words_full_width_and_traditional() -> None:
    other = _POINTER.replace("具体划定区域见《金华市疫情防控封控区明细表》", "具体区域范围详见附件1")
    assert by_level(other) == {("controlled", "婺城区"): ["婺城区"]}
    other = _POINTER.replace("具体划定区域见", "调整范围详见")
    assert by_level(other) == {("controlled", "婺城区"): ["婺城区"]}
    assert by_level(_POINTER.translate(HALF_TO_FULL)) == {("controlled", "婺城区"): ["婺城区"]}
    assert by_level(in_traditional(_POINTER)) == {("controlled", "婺城区"): ["婺城区"]}


@settings(max_examples=25, deadline=None)
@given(name)
def test_any_table_pointed_to_is_no_place(table: str) -> None:
    text = _POINTER.replace("金华市疫情防控封控区明细表", f"{table}封控区明细表")
    assert by_level(text) == {("controlled", "婺城区"): ["婺城区"]}


def test_a_place_under_the_heading_is_still_read() -> None:
    text = _POINTER.replace("具体划定区域见《金华市疫情防控封控区明细表》", "星翠小区3号楼")
    assert levels_of(text) == {"sealed": ["星翠小区3号楼"], "controlled": ["婺城区"]}


# --- 调整为 under a bare level heading; a county's 县域 ----------------------------------------------------------

_ADJUSTED = ("对光山县“三区”范围进行调整。\n通告如下:\n一、封控区\n调整为光山县紫水办事处星翠村锦绣小区11号楼。\n"
             "封控区内全体人员实行“区域封闭、足不出户、服务上门”管理。\n二、管控区\n调整为光山县紫水办事处星翠村锦绣组。\n"
             "管控区内全体人员实行“人不出区、严禁聚集”管理措施。\n三、继续实行防范区管理防范区为光山县县域。\n"
             "防范区内实行“强化社会面管控,严格限制人员聚集”管理措施。\n")
_ADJUSTED_READ = {("sealed", "光山县"): ["紫水办事处星翠村锦绣小区11号楼"],
                  ("controlled", "光山县"): ["紫水办事处星翠村锦绣组"],
                  ("precaution", "光山县"): ["光山县"]}


def test_adjusted_places_under_level_headings_and_a_county_territory() -> None:
    assert by_level(_ADJUSTED) == _ADJUSTED_READ


def test_adjusted_in_other_words_full_width_and_traditional() -> None:
    other = _ADJUSTED.replace("调整为光山县紫水", "变更为光山县紫水").replace(
        "三、继续实行防范区管理防范区为光山县县域", "三、继续实行防范区管理\n防范区为光山县县域")
    assert by_level(other) == _ADJUSTED_READ
    assert by_level(_ADJUSTED.translate(HALF_TO_FULL)) == _ADJUSTED_READ
    assert by_level(in_traditional(_ADJUSTED)) == _ADJUSTED_READ


@settings(max_examples=25, deadline=None)
@given(name, name)
def test_any_place_adjusted_under_its_heading(village: str, estate: str) -> None:
    text = _ADJUSTED.replace("星翠村锦绣小区", f"{village}村{estate}小区")
    text = text.replace("星翠村锦绣组", f"{village}村{estate}组")
    assert by_level(text) == {("sealed", "光山县"): [f"紫水办事处{village}村{estate}小区11号楼"],
                              ("controlled", "光山县"): [f"紫水办事处{village}村{estate}组"],
                              ("precaution", "光山县"): ["光山县"]}


def test_adjusted_to_a_level_or_a_measure_stays_as_it_was() -> None:
    assert by_level(_ADJUSTED) == _ADJUSTED_READ
    # (the verb is taken off a place only: "调整为居家办公" is no place made of its object)
    text = "一、封控区\n调整为居家办公。\n二、管控区\n星翠小区。\n"
    assert "居家办公" not in [place for places in levels_of(text).values() for place in places]
    text = "一、封控区\n星翠小区1号楼。\n二、管控区\n锦绣小区,调整为防范区。\n"
    assert levels_of(text).get("sealed") == ["星翠小区1号楼"]
    # (a heading that keeps a level's management, then a sentence of its measures: no place)
    text = "三、继续实行防范区管理。防范区内实行“强化社会面管控”管理措施。\n一、封控区\n星翠小区。\n"
    assert levels_of(text) == {"sealed": ["星翠小区"]}


# --- an area enclosed by a route and a road ----------------------------------------------------------------------

_ROUTE = ("(一)临时管控区域(11月2日0时起)\n1.星翠学院锦绣校区与金华河锦绣老桥沿金华河至师范路二段(含兴盛花市)、"
          "师范路一段合围区域。\n2.长风路、胜利路、康宁路合围区域。\n(二)临时管控措施\n1.临时管控区域内实行封闭管理。\n")
_ROUTE_AREAS = ["星翠学院锦绣校区与金华河锦绣老桥沿金华河至师范路二段(含兴盛花市)、师范路一段合围区域",
                "长风路、胜利路、康宁路合围区域"]


def test_an_area_enclosed_by_a_route_and_a_road_is_one_place() -> None:
    assert levels_of(_ROUTE) == {"controlled": _ROUTE_AREAS}


def test_route_area_full_width_and_traditional() -> None:
    assert levels_of(_ROUTE.translate(HALF_TO_FULL)) == {"controlled": _ROUTE_AREAS}
    assert levels_of(in_traditional(_ROUTE)) == {"controlled": _ROUTE_AREAS}


@settings(max_examples=25, deadline=None)
@given(name, name, name)
def test_any_route_encloses_one_area(campus: str, river: str, road: str) -> None:
    area = f"{campus}校区与{river}河老桥沿{river}河至{road}路二段、{road}路一段合围区域"
    text = _ROUTE.replace(_ROUTE_AREAS[0], area)
    assert levels_of(text) == {"controlled": [area, _ROUTE_AREAS[1]]}


def test_places_listed_before_a_route_stay_apart() -> None:
    text = _ROUTE.replace(_ROUTE_AREAS[0], "星翠小区、锦绣花园")
    assert levels_of(text) == {"controlled": ["星翠小区", "锦绣花园", _ROUTE_AREAS[1]]}


# --- districts' ranges after a silent management ------------------------------------------------------------------

_RANGES = ("即时起,我市顺庆区、高坪区和嘉陵区部分区域实行临时静态管理,"
           "具体范围为顺庆区:主城区,星翠镇(不含锦绣乡、金华镇);"
           "高坪区:长风镇、胜利镇;嘉陵区:康宁街道新县城、兴盛村、福瑞社区。\n"
           "除执行任务的警车、消防车、救护车,其他车辆均不运行、不流动。\n")
_RANGES_READ = {("silent", "顺庆区"): ["主城区", "星翠镇(不含锦绣乡、金华镇)"],
                ("silent", "高坪区"): ["长风镇", "胜利镇"],
                ("silent", "嘉陵区"): ["康宁街道新县城", "兴盛村", "福瑞社区"]}


def test_districts_ranges_after_a_silent_management() -> None:
    assert by_level(_RANGES) == _RANGES_READ


def test_ranges_in_other_words_full_width_and_traditional() -> None:
    assert by_level(_RANGES.replace("具体范围为", "具体区域为:")) == _RANGES_READ
    assert by_level(_RANGES.replace("临时静态管理", "临时静默管理")) == _RANGES_READ
    assert by_level(_RANGES.translate(HALF_TO_FULL)) == _RANGES_READ
    assert by_level(in_traditional(_RANGES)) == _RANGES_READ


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=3, max_size=3, unique=True))
def test_any_towns_in_the_ranges(towns: list[str]) -> None:
    text = _RANGES.replace("长风镇、胜利镇", f"{towns[0]}镇、{towns[1]}镇").replace("兴盛村", f"{towns[2]}村")
    assert by_level(text) == {**_RANGES_READ, ("silent", "高坪区"): [f"{towns[0]}镇", f"{towns[1]}镇"],
                              ("silent", "嘉陵区"): ["康宁街道新县城", f"{towns[2]}村", "福瑞社区"]}


def test_a_range_of_places_with_no_district_label_stays_as_it_was() -> None:
    text = "即时起,我市部分区域实行临时静态管理,具体范围为星翠小区:1号楼。\n"
    assert by_level(text) == by_level(text.replace("实行临时静态管理,具体范围为", "实行临时静态管理,具体范围为 "))


# --- a dated designation lifted, over districts parted by ";" ------------------------------------------------------

_DATED = ("西宁市解除封控区、管控区、防范区的管理\n"
          "3月10日17时划定城东区星翠小区1号楼,2号楼,12号楼区域;城中区锦绣大厦为管控区,现管控区域内近14天无新增病例,"
          "自3月25日00时起,解除管控。\n"
          "3月10日17时划定城东区长风路以北,胜利山根以南,康宁西路以西,福瑞巷以东;城中区兴盛大道西段以北、金华路以东、"
          "晓阳街以南、君悦路以西区域为防范区。现防范区域内近14天无新增病例,自3月25日00时起,解除管控。\n")
_DATED_READ = {("lifted", "城东区"): ["星翠小区1号楼,2号楼,12号楼区域",
                                    "长风路以北,胜利山根以南,康宁西路以西,福瑞巷以东"],
               ("lifted", "城中区"): ["锦绣大厦", "兴盛大道西段以北、金华路以东、晓阳街以南、君悦路以西区域"]}


def test_dated_designations_lifted_over_districts() -> None:
    assert by_level(_DATED) == _DATED_READ


def test_dated_designations_full_width_and_traditional() -> None:
    assert by_level(_DATED.replace("3月10日17时划定", "2022年3月10日划定")) == _DATED_READ
    full = by_level(_DATED.translate(HALF_TO_FULL))
    assert sorted(p for ps in full.values() for p in ps) == sorted(p for ps in _DATED_READ.values() for p in ps)
    assert by_level(in_traditional(_DATED)) == _DATED_READ


@settings(max_examples=25, deadline=None)
@given(name, name)
def test_any_estate_and_building_dated(estate: str, tower: str) -> None:
    text = _DATED.replace("星翠小区", f"{estate}小区").replace("锦绣大厦", f"{tower}大厦")
    assert by_level(text) == {
        ("lifted", "城东区"): [f"{estate}小区1号楼,2号楼,12号楼区域", _DATED_READ[("lifted", "城东区")][1]],
        ("lifted", "城中区"): [f"{tower}大厦", _DATED_READ[("lifted", "城中区")][1]]}


def test_an_undated_clause_of_time_before_places_is_no_start() -> None:
    # (a clause of time with no verb of drawing keeps the object to the places at its end, as before)
    text = "3月10日,经专家研判,星翠镇由中风险区调整为低风险区。\n"
    assert levels_of(text) == {"low": ["星翠镇"]}
    # (the place a dated drawing names, then its new level: the dated drawing starts the object, the place read)
    text = "3月10日17时划定的星翠小区,经研判,现调整为低风险区。\n"
    assert levels_of(text) == {"low": ["星翠小区"]}
