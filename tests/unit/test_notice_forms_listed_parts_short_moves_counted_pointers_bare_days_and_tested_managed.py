"""Forms of notices (重庆, 广东 and 江苏, 2022) that list a part of a village after another place
("将A镇B村全域、C村部分区域划为低风险区"), write 调整 short as 调 in a move's heading
("二、由中风险区调为低风险区(13个)"), point to the lists below with a count of a level's areas in a lead that
opens as prose ("根据有关规定,…将以下27个高风险区调整为低风险区。", 个 sometimes lost), put a day without 自
between a place and its verb ("A村5巷3号11月15日起划定为高风险区"), and manage places named by a clause of
testing as a level ("对A区、B区开展首轮全员核酸检测,按管控区管理"). Each form in variants written here (invented
places, the wording of the real forms: other kinds of place, separators, traditional characters, full-width
punctuation), ordinary wording near each trigger that must not be read as the form, and properties over generated
parts."""

from __future__ import annotations

from hypothesis import given, settings

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)

_ITEMS = ("星峰区新型冠状病毒肺炎疫情防控指挥部通告\n根据疫情防控工作需要,经研究,决定实行以下防控措施:\n"
          "一、将春晓镇翠锦村全域划为中风险区,实行“人不出区、错峰取物”的管控措施。\n二、{item}\n"
          "星峰区新型冠状病毒肺炎疫情防控指挥部\n2022年8月6日")


# --- a named village's part listed after another place ---------------------------------------------------------

def test_a_village_part_after_a_whole_village_is_a_place() -> None:
    text = _ITEMS.format(item="将春晓镇福瑞村全域、龙泉村部分区域划为低风险区,采取“个人防护、避免聚集”防范措施。")
    assert levels_of(text) == {"medium": ["春晓镇翠锦村全域"], "low": ["春晓镇福瑞村全域", "龙泉村部分区域"]}


def test_a_community_part_after_two_places_in_traditional_characters() -> None:
    text = in_traditional(_ITEMS.format(item="將長風街道錦繡社區、勝利小區、康寧社區部分區域劃為低風險區。"))
    assert levels_of(text) == {"medium": ["春晓镇翠锦村全域"],
                               "low": ["长风街道锦绣社区", "胜利小区", "康宁社区部分区域"]}


def test_a_part_of_an_estate_with_full_width_punctuation() -> None:
    text = _ITEMS.format(item="将龙泉镇星悦村、泽兴小区的部分区域划为低风险区,采取防范措施。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["春晓镇翠锦村全域"], "low": ["龙泉镇星悦村", "泽兴小区的部分区域"]}


def test_a_lead_s_parts_over_a_list_stay_a_pointer() -> None:
    # ordinary wording near the trigger: the lead's "部分区域" summarizes the numbered list below it
    text = ("星峰区疫情防控指挥部通告\n将春晓社区、龙泉社区部分区域划定为高风险区。具体如下:\n1.春晓社区3栋。\n"
            "2.龙泉社区5栋。")
    assert levels_of(text) == {"high": ["春晓社区3栋", "龙泉社区5栋"]}


def test_a_part_alone_is_still_no_place() -> None:
    # ordinary wording: a part of one village alone, with no other place, is the vague part a lead names
    text = _ITEMS.format(item="农贸市场实行封闭管理。")
    assert levels_of(text) == {"medium": ["春晓镇翠锦村全域"]}


@settings(max_examples=20, deadline=None)
@given(name, name, name)
def test_any_village_part_after_a_village(town: str, first: str, second: str) -> None:
    text = _ITEMS.format(item=f"将{town}镇{first}村全域、{second}村部分区域划为低风险区。")
    assert levels_of(text)["low"] == [f"{town}镇{first}村全域", f"{second}村部分区域"]


# --- 调 for 调整 in a move's heading ---------------------------------------------------------------------------

_MOVES = ("星峰区新型冠状病毒肺炎疫情防控工作指挥部\n关于调整相关疫情风险区的通告\n"
          "一、由高风险区调整为中风险区(1个)\n春晓街道:福瑞家园20栋 。\n二、由中风险区{verb}低风险区(2个)\n"
          "龙泉街道:锦绣花园5栋、泽兴小区E区2栋 。\n宝峰街道:康宁路29号2单元 。\n")


def test_a_move_heading_written_with_diao() -> None:
    text = _MOVES.format(verb="调为").replace("(2个)", "(3个)")
    assert levels_of(text) == {"medium": ["春晓街道福瑞家园20栋"],
                               "low": ["龙泉街道锦绣花园5栋", "龙泉街道泽兴小区E区2栋", "宝峰街道康宁路29号2单元"]}


def test_a_move_heading_written_with_diao_zhi_in_traditional_characters() -> None:
    text = in_traditional(_MOVES.format(verb="调至").replace("(2个)", "(3个)"))
    assert levels_of(text)["low"] == ["龙泉街道锦绣花园5栋", "龙泉街道泽兴小区E区2栋", "宝峰街道康宁路29号2单元"]


def test_a_move_heading_with_diao_and_full_width_punctuation() -> None:
    text = _MOVES.format(verb="调为").replace("(2个)", "(3个)").translate(HALF_TO_FULL)
    assert levels_of(text)["low"] == ["龙泉街道锦绣花园5栋", "龙泉街道泽兴小区E区2栋", "宝峰街道康宁路29号2单元"]


def test_a_coordinating_word_is_no_move() -> None:
    # ordinary wording near the trigger: 协调 (to coordinate) before 为 sets no level
    text = ("星峰区疫情防控指挥部通告\n将春晓街道福瑞家园划为高风险区。\n由街道协调为居民配送生活物资。")
    assert levels_of(text) == {"high": ["春晓街道福瑞家园"]}


@settings(max_examples=20, deadline=None)
@given(name, name)
def test_any_estates_under_a_diao_heading(street: str, estate: str) -> None:
    text = ("星峰区疫情防控工作指挥部\n关于调整相关疫情风险区的通告\n一、由中风险区调为低风险区(2个)\n"
            f"{street}街道:{estate}小区5栋、{estate}花园9栋 。\n")
    assert levels_of(text) == {"low": [f"{street}街道{estate}小区5栋", f"{street}街道{estate}花园9栋"]}


# --- a counted level pointed to in a lead that opens as prose ----------------------------------------------------

_POINTED = ("星峰县新型冠状病毒肺炎疫情防控指挥部\n\n关于调整相关疫情风险区的通告\n\n{lead}\n\n"
            "春晓街道:福瑞小区(包括福瑞小区4栋、福瑞小区6栋)、胜利路自建房小区、龙泉副食品批发市场\n\n"
            "宝峰镇:康宁居委会中寨组35号、锦绣村河东组\n\n本通告后续将根据疫情防控需要动态调整。\n\n特此通告\n")
_PLACES = ["春晓街道福瑞小区(包括福瑞小区4栋、福瑞小区6栋)", "春晓街道胜利路自建房小区", "春晓街道龙泉副食品批发市场",
           "宝峰镇康宁居委会中寨组35号", "宝峰镇锦绣村河东组"]


def test_a_counted_level_pointed_to_after_a_citation() -> None:
    text = _POINTED.format(lead="根据《关于进一步优化防控工作的通知》相关规定,经专家研判并经县疫情防控指挥部研究,"
                                "自2022年11月25日22:00起,将以下5个高风险区调整为低风险区。")
    assert levels_of(text) == {"low": _PLACES}


def test_a_counted_level_pointed_to_with_its_measure_word_lost() -> None:
    text = _POINTED.format(lead="根据有关规定,经研究,自2022112522:00起,将以下5高风险区调整为低风险区。")
    assert levels_of(text) == {"low": _PLACES}


def test_a_counted_level_pointed_to_in_traditional_characters() -> None:
    text = in_traditional(_POINTED.format(lead="根据相关规定,将下列五个中风险区调整为低风险区。"))
    assert levels_of(text) == {"low": _PLACES}


def test_a_counted_level_with_places_of_its_own_is_no_pointer() -> None:
    # ordinary wording near the trigger: a lead that names its places reads them, the lists below too
    text = _POINTED.format(lead="根据有关规定,将春晓街道星悦小区由高风险区调整为低风险区。")
    assert levels_of(text)["low"][0] == "春晓街道星悦小区"


@settings(max_examples=20, deadline=None)
@given(name, name, name)
def test_any_lists_under_a_counted_pointer(street: str, first: str, second: str) -> None:
    lead = "根据有关规定,经研究,将以下2高风险区调整为低风险区。"
    text = (f"星峰县疫情防控指挥部\n\n关于调整相关疫情风险区的通告\n\n{lead}\n\n"
            f"{street}街道:{first}小区、{second}花园\n\n特此通告\n")
    assert levels_of(text) == {"low": [f"{street}街道{first}小区", f"{street}街道{second}花园"]}


# --- a day without 自 between a place and its verb ---------------------------------------------------------------

_DAY = ("{line}\n经星峰区新型冠状病毒肺炎疫情防控指挥部研究:\n自2022年11月15日起,将{place}划定为高风险区,"
        "场所暂停营业。措施实施暂定5天,指挥部将根据疫情防控形势变化动态调整。")


def test_a_summary_line_with_the_day_after_the_house_number() -> None:
    text = _DAY.format(line="春晓镇福瑞村5巷3号11月15日起划定为高风险区,措施实施暂定5天。", place="春晓镇福瑞村5巷3号")
    # (the summary line and the notice's sentence name the same house: one place, read twice)
    assert {key: set(places) for key, places in by_level(text).items()} == {("high", None): {"春晓镇福瑞村5巷3号"}}


def test_a_day_and_hour_after_a_village_in_traditional_characters() -> None:
    text = in_traditional(_DAY.format(line="春晓镇龙泉村11月15日12时起划定为高风险区。", place="春晓镇龙泉村"))
    assert set(levels_of(text)["high"]) == {"春晓镇龙泉村"}


def test_a_day_with_its_year_after_two_places() -> None:
    text = ("星峰区疫情防控指挥部通告\n锦绣小区3栋、泽兴小区2022年11月15日起调整为中风险区。")
    assert levels_of(text) == {"medium": ["锦绣小区3栋", "泽兴小区"]}


def test_a_house_number_that_ends_in_a_digit_keeps_it() -> None:
    # ordinary wording near the trigger: a place given a level with 自 before its day, and one with no day
    text = ("星峰区疫情防控指挥部通告\n春晓镇福瑞村5巷13号自11月15日起划定为高风险区。\n龙泉村8组划定为中风险区。")
    assert levels_of(text) == {"high": ["春晓镇福瑞村5巷13号"], "medium": ["龙泉村8组"]}


@settings(max_examples=20, deadline=None)
@given(name, name)
def test_any_day_after_a_place_is_no_part_of_it(town: str, village: str) -> None:
    place = f"{town}镇{village}村5巷3号"
    text = _DAY.format(line=f"{place}11月15日起划定为高风险区,措施实施暂定5天。", place=place)
    assert set(levels_of(text)["high"]) == {place}


# --- places named by a clause of testing, managed as a level ----------------------------------------------------

_TESTED = ("星峰市疫情防控第97号通告\n一、经市专家组研判,现划定:春晓区锦绣街道福瑞小区,龙泉区胜利街道康宁花园为封控区,"
           "实行区域封闭、足不出户、服务上门。{clause}根据疫情形势优化调整防控措施\n二、市区各级各类学校暂停线下教学。")


def test_whole_districts_tested_then_managed_as_controlled() -> None:
    text = _TESTED.format(clause="对春晓区、龙泉区开展首轮全员核酸检测,按管控区管理,实行不出小区、严禁聚集。")
    assert levels_of(text) == {"sealed": ["锦绣街道福瑞小区", "胜利街道康宁花园"], "controlled": ["春晓区", "龙泉区"]}


def test_estates_tested_then_managed_as_precaution_with_full_width_punctuation() -> None:
    text = _TESTED.format(clause="同时对泽兴小区、星悦花园进行核酸筛查,按照防范区管理。").translate(HALF_TO_FULL)
    assert levels_of(text)["precaution"] == ["泽兴小区", "星悦花园"]


def test_estates_managed_as_controlled_without_testing_in_traditional_characters() -> None:
    text = in_traditional(_TESTED.format(clause="对泽兴小区、星悦花园按管控区管理,实行不出小区。"))
    assert levels_of(text)["controlled"] == ["泽兴小区", "星悦花园"]


def test_people_and_levels_tested_then_managed_are_no_places() -> None:
    # ordinary wording near the trigger: people, vehicles and a level's areas are tested, no place is named
    for clause in ("对返乡人员开展核酸检测,按管控区管理。", "对封控区周边开展核酸检测,按管控区管理。",
                   "对进出车辆开展检测,按管控区管理。", "农贸市场实行封闭管理。"):
        text = _TESTED.format(clause=clause)
        assert levels_of(text) == {"sealed": ["锦绣街道福瑞小区", "胜利街道康宁花园"]}, clause


@settings(max_examples=20, deadline=None)
@given(name, name)
def test_any_estates_tested_then_managed(first: str, second: str) -> None:
    text = _TESTED.format(clause=f"对{first}小区、{second}花园开展全员核酸检测,按管控区管理。")
    assert levels_of(text)["controlled"] == [f"{first}小区", f"{second}花园"]
