"""Forms of 上海's district notices of 2022 on temporary control (临时管控措施): places as the subject of their closure,
no 对 in front ("A路、B路、C路、D路合围区域实行7天封闭管理+7天居家健康监测", "E路(北侧)1059-1069号区域实行14天封闭管理",
a letter to residents' "F镇、G街道自3月26日0时-3月28日6时进行全域封控管理"): the sealed level, the home monitoring after
the closure no further level; and a place restated under a level already published ("H四村一二街坊按已发布的中风险区域
实施管控"). Each form in variants written here (other districts and names, wording, numbering, full-width punctuation,
traditional characters), a property over generated names, and what is no such form."""

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

_LEAD = ("关于{street}相关区域实行临时管控措施的公告\n\n根据国家和本市疫情防控有关规定,"
         "现对{street}相关区域实行临时管控措施,管控期间暂停非必要人员流动,对人员、环境进行全面筛查,具体措施如下:\n\n")
_SIGNATURE = "\n\n{district}新冠肺炎疫情防控工作领导小组办公室\n\n2022年6月10日"


# --- a bounded area (or a stretch of house numbers) as the subject of its closure -------------------------------

def test_bounded_area_closed_for_seven_days_then_home_monitoring() -> None:
    text = (_LEAD.format(street="长风街道")
            + "金沙江路、大渡河路、云岭东路、枣阳路合围区域实行7天封闭管理+7天居家健康监测。7天封闭管理期间,辖区内所有"
              "人员足不出户,服务上门,每天进行一次核酸检测。7天居家健康监测期间,辖区内所有人员不出小区。\n\n"
              "该区域本次管控起始时间:6月10日0时" + _SIGNATURE.format(district="普陀区"))
    assert by_level(text) == {("sealed", "普陀区"): ["金沙江路、大渡河路、云岭东路、枣阳路合围区域"]}


def test_numbered_closures_of_house_numbers_and_a_bounded_area_with_full_width_punctuation() -> None:
    text = (_LEAD.format(street="彭浦新村街道")
            + "1、共和新路(东侧)3201-3255号区域实行14天封闭管理。该区域内所有人员足不出户,服务上门。\n\n"
              "2、临汾路、场中路、平顺路、保德路合围区域实行7天封闭管理+7天居家健康监测。7天封闭管理期间,该区域内所有"
              "人员足不出户。" + _SIGNATURE.format(district="静安区")).translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["共和新路(东侧)3201-3255号区域", "临汾路、场中路、平顺路、保德路合围区域"]}


def test_bounded_area_closed_for_fourteen_days_in_traditional_characters() -> None:
    text = in_traditional(_LEAD.format(street="天平路街道")
                          + "1. 衡山路、宛平路、建国西路、岳阳路合围区域实行14天封闭管理。"
                          + "辖区内所有人员足不出户,服务上门。"
                          + _SIGNATURE.format(district="徐汇区"))
    assert levels_of(text) == {"sealed": ["衡山路、宛平路、建国西路、岳阳路合围区域"]}


def test_towns_whole_area_sealed_over_days_in_a_letter_to_residents() -> None:
    text = ("告宝山区居民书\n\n为尽快实现社会面动态清零,根据全市统一部署,宝山区顾村镇、大场镇自4月1日(星期五)0时-4月3日"
            "(星期日)6时进行全域封控管理,所有人员进行1次核酸检测。宝山区其他街镇进行1次抗原检测。\n\n"
            "宝山区新冠肺炎疫情防控指挥部\n\n2022年3月31日")
    assert by_level(text) == {("sealed", "宝山区"): ["顾村镇", "大场镇"]}


def test_a_rule_for_every_compound_or_a_level_is_no_subject_closure() -> None:
    text = ("关于加强疫情防控的通告\n一、辖区内所有小区实行封闭管理。\n二、封控区实行封闭管理,足不出户。\n"
            "三、7天封闭管理期间,该区域内所有人员足不出户。")
    assert levels_of(text) == {}


@settings(max_examples=60, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=3, max_size=4, unique=True),
       st.sampled_from(["路", "大道", "街"]), st.sampled_from(["", "1.", "2、", "(一)"]),
       st.sampled_from(["实行", "实施"]), st.sampled_from(["7天", "14天", ""]),
       st.sampled_from(["", "+7天居家健康监测"]), st.booleans(), st.booleans())
def test_any_bounded_area_as_the_subject_of_its_closure_is_sealed(names: list[str], road: str, enum: str, verb: str,
                                                                  days: str, after: str, full: bool,
                                                                  traditional: bool) -> None:
    area = "、".join(name + road for name in names) + "合围区域"
    text = (_LEAD.format(street="某街道") + f"{enum}{area}{verb}{days}封闭管理{after}。该区域内所有人员足不出户。"
            + _SIGNATURE.format(district="黄浦区"))
    text = text.translate(HALF_TO_FULL) if full else text
    assert levels_of(in_traditional(text) if traditional else text) == {"sealed": [area]}


# --- a place restated under a level already published ---------------------------------------------------------

def test_compound_block_managed_as_the_published_medium_level() -> None:
    text = (_LEAD.format(street="七宝镇")
            + "1.航华二村三街坊按已发布的中风险区域实施管控。该区域内所有人员足不出户\n\n"
              "2.七宝镇于6月20日-22日,连续3天开展全员核酸筛查。" + _SIGNATURE.format(district="闵行区"))
    assert levels_of(text) == {"medium": ["航华二村三街坊"]}


def test_compound_managed_by_the_rules_of_a_sealed_zone_with_full_width_punctuation() -> None:
    text = ("关于部分区域实行临时管控的通告\n一、锦绣花园小区参照已划定的封控区实行管控措施。\n"
            "二、其他区域居民非必要不外出。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["锦绣花园小区"]}


def test_village_managed_as_a_published_high_risk_area_in_traditional_characters() -> None:
    text = in_traditional("关于部分区域实行临时管控的通告\n1、金龙村按照已公布的高风险区实施管理。\n"
                          "2、请广大市民配合。")
    assert levels_of(text) == {"high": ["金龙村"]}


@settings(max_examples=60, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["小区", "村", "新村一街坊", "花园"]),
       st.sampled_from(["按", "按照", "参照"]), st.sampled_from(["已发布的", "已公布的", ""]),
       st.sampled_from([("中风险区域", "medium"), ("高风险区", "high"), ("封控区", "sealed")]),
       st.sampled_from(["实施管控", "管理", "实行管理"]), st.booleans())
def test_any_place_managed_as_a_published_level(name: str, kind: str, by: str, published: str,
                                                level: tuple[str, str], verb: str, full: bool) -> None:
    text = f"关于部分区域实行临时管控的通告\n1.{name}{kind}{by}{published}{level[0]}{verb}。\n2.请广大市民配合。"
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {level[1]: [name + kind]}
