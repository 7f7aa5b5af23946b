"""Ordinary wording near the rules of the fifty-first set (rv51), the whole-division rules first:

* several districts silenced at once ("对A区、B区实行静默管理"): not the management's time or its people ("…静默
  管理期间", "…静默管理的人员", "…静默管理后"), nor under a condition or before a lift ("如疫情扩散,…", "此前…");
* every household of an office's own district sealed ("A区指挥部…,从1月20日零时起,实行封户管控"): not when the
  words before name a subject or an object of the sealing ("高风险区自…起", "对A小区自…起") or lift a place, nor when
  the office is a town's or a street's inside the district (its households, no whole district's);
* the office's whole area kept under static management ("经A区指挥部研究,决定将全域静态管理延长至…"): not a town's
  or a street's office;
* the places tested then silenced ("对A区B乡…开展核酸检测。检测期间,对检测区域实行静默管理"): not groups of people
  or kinds of venue tested;
* an eased temporary control read as a level ("调整A街、B街合围区域临时管控措施,按低风险区落实…"): not a kind of
  site or area by its kind alone ("中小学校", "农村地区") nor the traffic ("进出城");
* what a bounded area holds after its bounds ("…南至C路,包含1、2号楼"): not its households or what they must do;
* a notice's title, a colon, then its reasons ("关于A区B小区划为高风险区的公告:根据…"): the title no subject.
"""

from __future__ import annotations

import pytest

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, in_traditional, levels_of

_HEAD = "关于划定风险区的通告\n一、将翠湖小区划为高风险区。\n二、"


def _places(text: str) -> list[str]:
    return [p for ps in levels_of(text).values() for p in ps]


# ---------------------------------------------------------------------------------------------------
# several districts silenced at once


def test_districts_silenced_at_once_still_read() -> None:
    text = "决定从10月17日21时起对全市其他区域(海勃湾区、乌达区)实施静默管理。"
    assert levels_of(text) == {"silent": ["海勃湾区", "乌达区"]}
    assert levels_of(in_traditional(text).translate(HALF_TO_FULL)) == {"silent": ["海勃湾区", "乌达区"]}


@pytest.mark.parametrize("line", ["对海勃湾区、乌达区实行静默管理的人员,严格居家。",
                                  "在海勃湾区、乌达区实行静默管理期间,暂停营业。",
                                  "对海勃湾区、乌达区实行静默管理后,有序恢复生产生活秩序。"])
def test_the_time_or_people_of_districts_silence_is_no_designation(line: str) -> None:
    assert levels_of(_HEAD + line) == {"high": ["翠湖小区"]}
    assert levels_of(in_traditional(_HEAD + line).translate(HALF_TO_FULL)) == {"high": ["翠湖小区"]}


@pytest.mark.parametrize("line", ["如疫情扩散,对海勃湾区、乌达区实行静默管理。",
                                  "此前对海勃湾区、乌达区实行静默管理,现予以解除。"])
def test_a_hedged_silence_of_districts_is_not_split_into_designations(line: str) -> None:
    # (乌达区, the last of the list, is still read by an older rule: only the split's first district is checked)
    assert "海勃湾区" not in _places(_HEAD + line)


# ---------------------------------------------------------------------------------------------------
# every household of an office's own district sealed


def test_an_offices_households_sealed_still_reads() -> None:
    text = "铁东区疫情防控指挥部决定,自1月20日零时起,实行城乡人员封户管控。"
    assert levels_of(text) == {"sealed": ["铁东区"]}
    assert levels_of("经铁东区疫情防控指挥部研究决定,实行全域封户管控。") == {"sealed": ["铁东区"]}


@pytest.mark.parametrize("text", ["铁东区疫情防控指挥部提醒,高风险区自1月20日零时起,实行封户管控。",
                                  "铁东区疫情防控指挥部通知,对确诊病例所在单元自1月20日零时起,实行封户管控。",
                                  "铁东区疫情防控指挥部决定:高风险区内自1月20日起,实行封户管控。",
                                  "铁东区大孤山镇疫情防控指挥部决定,自1月20日零时起,实行城乡人员封户管控。",
                                  "铁东区新兴街道疫情防控指挥部决定,自1月20日零时起,实行封户管控。",
                                  "经铁东区大孤山镇疫情防控指挥部研究决定,实行全域封户管控。"])
def test_households_sealed_of_a_subject_or_a_towns_office_seal_no_whole_district(text: str) -> None:
    assert levels_of(text) == {}
    assert levels_of(in_traditional(text).translate(HALF_TO_FULL)) == {}


def test_a_lift_before_households_sealed_is_only_the_lift() -> None:
    text = "铁东区疫情防控指挥部决定,解除A小区封控,自1月20日零时起,实行封户管控。"
    assert levels_of(text) == {"lifted": ["A小区"]}


def test_households_sealed_of_a_named_place_seal_no_whole_district() -> None:
    text = "铁东区疫情防控指挥部决定,对翠湖小区自1月20日零时起,实行封户管控。"
    assert "铁东区" not in _places(text)


# ---------------------------------------------------------------------------------------------------
# the office's whole area kept under static management


def test_an_offices_whole_area_prolonged_still_reads() -> None:
    text = "经鞍山市铁东区疫情防控指挥部研究,决定将全域静态管理延长至9月2日24:00。"
    assert levels_of(text) == {"silent": ["铁东区"]}


@pytest.mark.parametrize("office", ["铁东区新兴街道", "铁东区大孤山镇"])
def test_a_towns_or_streets_whole_area_prolonged_is_no_whole_district(office: str) -> None:
    text = f"经{office}疫情防控指挥部研究,决定将全域静态管理延长至9月2日24:00。"
    assert levels_of(text) == {}
    assert levels_of(in_traditional(text).translate(HALF_TO_FULL)) == {}


# ---------------------------------------------------------------------------------------------------
# the places tested, then the tested area silenced


def test_places_tested_then_silenced_still_read() -> None:
    text = "对临河区主城区、八一乡和开发区辖区内所有居民群众开展核酸检测工作。核酸检测期间,对检测区域实行静默管理。"
    assert levels_of(text) == {"silent": ["主城区", "八一乡", "开发区"]}


@pytest.mark.parametrize(("tested", "named"), [("阳性病例密切接触者", "阳性病例密切接触者"),
                                               ("进入临河区的外来人员", "的外来"),
                                               ("临河区各小区、商超、农贸市场等场所", "各小区")])
def test_people_or_kinds_of_venue_tested_are_no_places_silenced(tested: str, named: str) -> None:
    text = f"关于开展核酸检测的通告\n对{tested}开展核酸检测。检测期间,对检测区域实行静默管理。"
    assert named not in _places(text)
    assert named not in _places(in_traditional(text).translate(HALF_TO_FULL))


# ---------------------------------------------------------------------------------------------------
# an eased temporary control read as a level

_EASED = "关于调整防控措施的通告\n决定自11月5日12时起调整{obj}临时管控措施,按低风险区落实疫情防控措施。"


def test_an_eased_temporary_control_still_reads() -> None:
    text = _EASED.format(obj="长江路、红旗大街、学府路合围区域(区域内中高风险区除外)")
    assert levels_of(text) == {"low": ["长江路、红旗大街、学府路合围区域(区域内中高风险区除外)"]}


@pytest.mark.parametrize("obj", ["中小学校", "农村地区", "进出城"])
def test_an_eased_control_of_a_kind_or_of_traffic_names_no_place(obj: str) -> None:
    assert levels_of(_EASED.format(obj=obj)) == {}
    assert levels_of(in_traditional(_EASED.format(obj=obj)).translate(HALF_TO_FULL)) == {}


# ---------------------------------------------------------------------------------------------------
# what a bounded area holds after its bounds

_BOUNDED = "关于划定风险区的通告\n一、高风险区:东至金华路,西至石桥路,南至星光路,{rest}。"


def test_what_a_bounded_area_holds_still_reads_with_it() -> None:
    text = _BOUNDED.format(rest="包含1、2号楼及底层店面(翠湖城一期)")
    assert levels_of(text) == {"high": ["东至金华路,西至石桥路,南至星光路,包含1、2号楼及底层店面(翠湖城一期)"]}


@pytest.mark.parametrize("rest", ["包含区域内所有住户", "包含商户在内一律停业"])
def test_a_bounded_areas_households_or_measures_are_no_part_of_it(rest: str) -> None:
    # (the words after the bounds are still read as an item of their own by an older rule: the bounded area is
    # checked)
    assert "东至金华路,西至石桥路,南至星光路" in _places(_BOUNDED.format(rest=rest))


# ---------------------------------------------------------------------------------------------------
# a notice's title, a colon, then its reasons


def test_a_title_quoted_after_its_office_still_reads() -> None:
    text = ("市指挥部发布关于铁东区延长静态管理的公告:为进一步减少人员流动,降低疫情传播风险,经研判,"
            "决定对铁东区继续实行静态管理。")
    assert levels_of(text) == {"silent": ["铁东区"]}


def test_a_title_opening_the_text_before_its_reasons_is_no_subject() -> None:
    text = "关于铁东区翠湖小区划为高风险区的公告:根据疫情防控需要,将翠湖小区划为高风险区。"
    assert levels_of(text) == {"high": ["翠湖小区"]}
    assert levels_of(in_traditional(text).translate(HALF_TO_FULL)) == {"high": ["翠湖小区"]}


# ---------------------------------------------------------------------------------------------------
# whole districts under a temporary control, the day written as 今日, 当日


def test_whole_districts_under_a_temporary_control_still_read() -> None:
    text = "当日21时起,南岗区、道里区、哈尔滨高新区实行三天临时性管控措施。"
    assert levels_of(text) == {"controlled": ["南岗区", "道里区", "哈尔滨高新区"]}


@pytest.mark.parametrize("when", ["今日起", "11月5日起"])
def test_the_area_where_districts_meet_is_no_whole_district(when: str) -> None:
    text = f"{_HEAD}{when},南岗区、道里区交界区域实行临时管控措施。"
    assert "南岗区" not in _places(text) and "交界区域" not in _places(text)
    full = in_traditional(text).translate(HALF_TO_FULL)
    assert "南崗區" not in _places(full) and "南岗区" not in _places(full)
