"""Ordinary wording near the forms of place paragraphs eased to "足不出区、错峰取物", numbered items of a temporary
control by their quoted measures, and a silent management's time adjusted for divisions counted in quotes: a
numbered paragraph's number, a clause of prose above the places, an area's whole extent ("辖区内所有小区") and a
quoted count that does not agree with the list are no places."""

from __future__ import annotations

from tests.unit.test_notice_parser_real_forms import by_level

_HEAD = "大埔县关于调整部分区域防控措施的通告\n\n经研判,自2022年11月10日9时起,调整部分区域防控措施,通告如下:\n\n"
_TAIL = "\n\n特此通告。\n\n大埔县新冠肺炎疫情防控指挥部\n\n2022年11月10日"
_EASED = "以上区域由“足不出户、上门服务”防控措施调整为“足不出区、错峰取物”管控措施。"


def test_numbered_eased_paragraphs_keep_no_number_as_a_place() -> None:
    text = _HEAD + "一、湖寮镇黎家坪村;\n\n二、茶阳镇西门村。\n\n" + _EASED + _TAIL
    assert by_level(text) == {("controlled", "大埔县"): ["湖寮镇黎家坪村", "茶阳镇西门村"]}


def test_eased_paragraphs_numbered_with_digits() -> None:
    text = _HEAD + "1.湖寮镇黎家坪村;\n\n2.茶阳镇西门村、新街村。\n\n" + _EASED + _TAIL
    assert by_level(text) == {("controlled", "大埔县"): ["湖寮镇黎家坪村", "茶阳镇西门村", "新街村"]}


def test_a_clause_of_prose_above_the_eased_paragraphs_is_no_place() -> None:
    text = _HEAD + "为巩固防控成果\n\n湖寮镇黎家坪村;\n\n" + _EASED + _TAIL
    assert by_level(text) == {("controlled", "大埔县"): ["湖寮镇黎家坪村"]}


def test_a_greeting_above_the_eased_paragraphs_is_no_place() -> None:
    text = _HEAD + "广大朋友好\n\n茶阳镇西门村;\n\n" + _EASED + _TAIL
    assert by_level(text) == {("controlled", "大埔县"): ["茶阳镇西门村"]}


def test_a_temporary_control_for_all_estates_of_the_area_is_no_place() -> None:
    text = ("东莞市关于实施临时管控措施的通告\n\n经研判,通告如下:\n\n"
            "一、南城街道A小区5栋实行“足不出户,上门服务”等临时管控措施。\n二、辖区内所有小区实行“只进不出”等临时管控措施。\n\n特此通告。\n\n东莞市疫情防控指挥部\n\n2022年11月10日")
    assert by_level(text) == {("sealed", "东莞市"): ["南城街道A小区5栋"]}


def test_a_quoted_count_that_does_not_agree_is_no_place() -> None:
    text = ("太原市关于调整静默管理时间的通告\n\n领导小组决定:调整小店区、迎泽区“三区”静默管理时间,延长至10月24日6时。"
            "\n\n特此通告。\n\n太原市疫情防控领导小组\n\n2022年10月20日")
    assert by_level(text) == {("silent", "小店区"): ["小店区"], ("silent", "迎泽区"): ["迎泽区"]}
