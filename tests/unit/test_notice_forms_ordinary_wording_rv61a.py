"""The rules of the sixty-first set's forms (counts with 地 or 处 alone, two lifts joined by 和, a standing tally over
appendix lists, items naming their own district after a short sibling) tried on ordinary wording (invented places):
an office's numbered division ("中铁二处") is no count; a lift joined to the first place's shops, the units around it
or the town's streets lifts no place of its own; a tally of the areas the notice goes on to lift, or a lift told after
the tally, leaves the lists under it lifted; a place after a short sibling district goes back to the list's district
only where it is written so in that list, not where a longer or the same name with the district stands elsewhere."""

from __future__ import annotations

from typing import Any

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, by_level, in_traditional, levels_of


def _changes(text: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    found: list[dict[str, Any]] = list(parse_notice(text, default_year=2022)["changes"])
    return [(c["action"], c["level_from"], c["district"], c["places"]) for c in found]


# ---- a count with 处 or 地 alone: not an office's numbered division ------------------------------------------


def _counted(places: str) -> str:
    return f"自2022年3月1日起,将{places}调整为中风险地区,其他地区风险等级不变。"


def test_an_offices_numbered_division_is_no_count_of_the_places() -> None:
    # ("中铁二处", "市政工程二处": a works' division, its name; not "中铁" counted as one of two places)
    for last, cut in (("中铁二处", "中铁"), ("市政工程二处", "市政工程"), ("桃园农场二处", "桃园农场"),
                      ("城建二处", "城建")):
        places = [p for ps in levels_of(_counted(f"金桃小区3栋、{last}")).values() for p in ps]
        assert cut not in places, (last, places)


def test_a_bureaus_third_division_among_three_places_is_no_count() -> None:
    places = [p for ps in levels_of(_counted("金桃小区3栋、白鹭村、市公路局三处")).values() for p in ps]
    assert "市公路局" not in places, places


def test_two_shops_counted_with_chu_are_still_read() -> None:
    assert levels_of(_counted("金桃广场、翠湖商场两处")) == {"medium": ["金桃广场", "翠湖商场"]}
    assert levels_of(_counted("金桃小区3栋、白鹭村、翠湖村三处")) == {"medium": ["金桃小区3栋", "白鹭村", "翠湖村"]}


def test_an_offices_division_in_traditional_and_full_width() -> None:
    text = in_traditional(_counted("金桃小区3栋、中铁二处")).translate(HALF_TO_FULL)
    places = [p for ps in levels_of(text).values() for p in ps]
    assert "中铁" not in places, places


# ---- two lifts joined by 和: the second no place ------------------------------------------------------------


def test_a_lift_joined_to_the_shops_or_units_around_it_lifts_the_place_alone() -> None:
    for second in ("小区内商铺", "区域内商户", "周边商户", "沿街商铺", "区域内各单位", "有关单位", "市区"):
        text = f"自2022年4月6日起,解除青枫小区的封控管理和{second}的管控措施。"
        assert levels_of(text) == {"lifted": ["青枫小区"]}, second


def test_a_lift_joined_to_shops_in_traditional_and_full_width() -> None:
    text = in_traditional("自2022年4月6日起,解除青枫小区的封控管理和周边商户的管控措施。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["青枫小区"]}


def test_two_places_joined_by_he_are_still_two_lifts() -> None:
    text = "自2022年4月6日起,解除青枫小区的封控管理和桃园村、翠湖社区的管控措施。"
    assert [(a, lv, p) for a, lv, _d, p in _changes(text)] == [
        ("lift", "sealed", ["青枫小区"]), ("lift", "controlled", ["桃园村", "翠湖社区"])]


# ---- a tally after a lift-headed list: of the areas lifted next, or with a lift told after it ----------------


def _tally_then_bare_list(tally: str) -> str:
    return ("关于解除部分区域管控措施的通告\n经综合研判,决定自2022年4月3日零时起解除以下区域的管控措施:\n"
            "一、解除封控区名单(1个)\n洪山区白杨社区焦化新村44栋\n"
            f"{tally}\n二、管控区(2个)\n1.洪山区白鹭社区新苑小区2栋\n2.洪山区桃园村排楼组\n特此通告。\n")


_ALL_LIFTED = {"lifted": ["白杨社区焦化新村44栋", "白鹭社区新苑小区2栋", "桃园村排楼组"]}


def test_a_tally_of_the_areas_lifted_next_leaves_the_list_lifted() -> None:
    for tally in ("目前,全市共有管控区2个符合解除条件,予以解除:", "目前,共有管控区2个已达到解除条件:",
                  "目前,全市共有封控区1个、管控区2个达到解除条件。"):
        assert levels_of(_tally_then_bare_list(tally)) == _ALL_LIFTED, tally


def test_a_lift_told_after_the_standing_tally_lifts_the_list_under_it() -> None:
    tally = "目前,全市共有封控区2个,管控区3个。\n经研判,决定解除以下区域的管控措施:"
    assert levels_of(_tally_then_bare_list(tally)) == _ALL_LIFTED
    text = ("关于调整部分区域风险等级的通告\n经综合研判,决定自2022年4月3日零时起:\n一、解除封控区名单(1个)\n"
            "洪山区白杨社区焦化新村44栋\n目前,全市共有封控区2个,管控区3个。\n二、以下区域解除管控措施:\n"
            "管控区(2个)\n1.洪山区白鹭社区新苑小区2栋\n2.洪山区桃园村排楼组\n特此通告。\n")
    assert levels_of(text) == _ALL_LIFTED


def test_a_tally_of_areas_lifted_in_traditional_and_full_width() -> None:
    text = in_traditional(_tally_then_bare_list("目前,共有管控区2个已达到解除条件:")).translate(HALF_TO_FULL)
    assert levels_of(text) == _ALL_LIFTED


def test_a_tally_of_areas_not_yet_lifted_still_heads_the_lists_in_force() -> None:
    # ("尚有封控区2个未解除": those standing; the appendix's lists are in force, as the rule reads them)
    text = ("关于解除部分区域管控措施的通告\n经综合研判,决定自2022年4月3日零时起解除以下区域的管控措施:\n"
            "一、解除封控区名单(1个)\n洪山区白杨社区焦化新村44栋\n二、解除管控区名单(1个)\n洪山区金桃社区\n"
            "目前,全市尚有封控区2个未解除,管控区1个。\n附件:封控区名单\n一、封控区(2个)\n"
            "1.洪山区白鹭社区新苑小区2栋\n2.洪山区桃园村排楼组\n")
    assert levels_of(text)["sealed"] == ["白鹭社区新苑小区2栋", "桃园村排楼组"]


# ---- a short sibling district: the list's own district again only where that list writes it ------------------


def test_a_longer_place_with_the_district_in_another_sentence_leaves_the_bare_place_the_siblings() -> None:
    text = ("自2022年3月1日起,将铜官区白鹭社区新苑小区2栋、郊区桃园镇枫林村、翠湖村调整为中风险地区;"
            "将铜官区翠湖村3组调整为低风险地区。")
    assert by_level(text) == {("medium", "铜官区"): ["白鹭社区新苑小区2栋"],
                              ("medium", "郊区"): ["桃园镇枫林村", "翠湖村"], ("low", "铜官区"): ["翠湖村3组"]}


def test_the_same_name_with_the_district_in_another_sentence_leaves_the_bare_place_the_siblings() -> None:
    text = ("自2022年3月1日起,将铜官区白鹭社区新苑小区2栋、郊区桃园镇枫林村、桃园镇春城调整为中风险地区。"
            "自2022年3月1日起,将铜官区桃园镇春城调整为低风险地区。")
    assert by_level(text)[("medium", "郊区")] == ["桃园镇枫林村", "桃园镇春城"]


def test_a_later_list_naming_the_district_leaves_the_bare_item_the_siblings() -> None:
    text = ("一、封控区\n1.铜官区白鹭社区新苑小区2栋\n2.郊区桃园镇枫林村\n3.翠湖村\n"
            "二、解除封控区\n1.铜官区翠湖村3组\n")
    assert by_level(text)[("sealed", "郊区")] == ["桃园镇枫林村", "翠湖村"]


def test_items_written_with_the_district_after_the_sibling_still_go_back() -> None:
    for text in ("一、封控区(3个)\n(1)铜官区白鹭社区新苑小区2栋\n(2)郊区桃园镇枫林村排楼组\n"
                 "(3)铜官区白杨社区金桃公馆21栋\n",
                 "一、封控区(3个)\n1、铜官区白鹭社区新苑小区2栋;\n2、郊区桃园镇枫林村排楼组;\n3、铜官区白杨社区金桃公馆21栋。\n",
                 "自2022年3月1日起,将铜官区白鹭社区新苑小区2栋、郊区桃园镇枫林村排楼组、铜官区白杨社区金桃公馆21栋"
                 "调整为中风险地区。"):
        found = by_level(text)
        assert [p for (_lv, d), ps in found.items() if d == "郊区" for p in ps] == ["桃园镇枫林村排楼组"], text
        assert [p for (_lv, d), ps in found.items() if d == "铜官区" for p in ps] == [
            "白鹭社区新苑小区2栋", "白杨社区金桃公馆21栋"], text


def test_a_longer_place_elsewhere_in_traditional_and_full_width() -> None:
    text = in_traditional("一、封控区\n1.铜官区白鹭社区新苑小区2栋\n2.郊区桃园镇枫林村\n3.翠湖村\n"
                          "二、解除封控区\n1.铜官区翠湖村3组\n").translate(HALF_TO_FULL)
    assert by_level(text)[("sealed", "郊区")] == ["桃园镇枫林村", "翠湖村"]
