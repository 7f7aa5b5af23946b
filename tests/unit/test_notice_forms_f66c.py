"""Forms of the sixty-fifth held-out set (part b): a county's heading over its newly drawn areas with 新划定 after the
county ("二、甲区新划定的高风险区(4)"), also in a machine-reworded copy's words ("二。甲区新划定的高危区域(4)");
the standing counts after the lists told with 有 alone ("调整后,甲区有13个高风险区,乙县有…"), no part of the last
place; a counted heading over one line of places separated by spaces alone ("一、A镇(2个)" over "B花园  C公馆"),
the spaces standing for 、. Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
    no_real_city,
)

# (full-width punctuation and digits, as some copies write them)
FULL_WIDTH = {**HALF_TO_FULL, **{ord(d): chr(0xFF10 + int(d)) for d in "0123456789"}}

# --- a county's newly drawn areas: "二、甲区新划定的高风险区(4)" ------------------------------------------------


def _drawn_notice(heading: str, second: str = "城固县新划定的高风险区(2个)", tail: str = "") -> str:
    return ("关于调整我市新冠肺炎疫情风险区域的通知\n市县专家组决定自2022年12月7日起,对我市部分县区的风险区域进行调整,"
            "具体为:\n一、汉台区高风险区调整为低风险区(1个)。\n1.汉台区金桥街道青禾小区3号楼。\n"
            f"二、{heading}\n1.汉台区北峰街道翠湖新村10号楼。\n2.汉台区东岭街道锦绣苑1号楼。\n"
            f"三、{second}\n1.城固县南坪街道兴盛巷5号。\n2.城固县南坪街道瑞丰社区一组。\n" + tail
            + "上述各县除高风险区外的其他地区为低风险区。\n汉中市新型冠状病毒肺炎疫情防控应急指挥部\n2022年12月7日")


_DRAWN = {("low", "汉台区"): ["金桥街道青禾小区3号楼"],
          ("high", "汉台区"): ["北峰街道翠湖新村10号楼", "东岭街道锦绣苑1号楼"],
          ("high", "城固县"): ["南坪街道兴盛巷5号", "南坪街道瑞丰社区一组"]}


def test_a_county_heading_with_newly_drawn_after_the_county_heads_its_items() -> None:
    assert by_level(_drawn_notice("汉台区新划定的高风险区(2)")) == _DRAWN


def test_newly_drawn_heading_variants() -> None:
    # without 的, a counted 个
    assert by_level(_drawn_notice("汉台区新划定高风险区(2个)", "城固县新划定高风险区(2个)")) == _DRAWN
    # a reworded copy's 高危区域 / 高危地区 and its "二。" numbering
    text = _drawn_notice("汉台区新划定的高危区域(2)", "城固县新划定的高危地区(2个)").replace("二、", "二。")
    assert by_level(text) == _DRAWN
    # 新增划定的 after the county, swapped words
    assert by_level(_drawn_notice("汉台区新增划定的高危区域(2)", "城固县新增划定的高危地区(2个)")) == _DRAWN


def test_newly_drawn_heading_in_traditional_and_full_width() -> None:
    text = in_traditional(_drawn_notice("汉台区新划定的高危区域(2)", "城固县新划定的高危地区(2个)"))
    assert by_level(text) == _DRAWN
    text = _drawn_notice("汉台区新划定的高危区域(2)", "城固县新划定的高危地区(2个)").translate(FULL_WIDTH)
    assert by_level(text) == _DRAWN


def test_newly_drawn_near_misses() -> None:
    # (a heading with no district: the items keep their county, the level still high)
    text = _drawn_notice("新划定的高危区域(2)")
    assert by_level(text)[("high", "汉台区")] == ["北峰街道翠湖新村10号楼", "东岭街道锦绣苑1号楼"]
    # (高危 inside a place's own name is kept as written)
    text = ("关于划定高风险区的通告\n决定将汉台区北峰街道高危区域整治办公室宿舍划定为高风险区。\n"
            "汉中市新型冠状病毒肺炎疫情防控应急指挥部\n2022年12月7日")
    assert levels_of(text) == {"high": ["北峰街道高危区域整治办公室宿舍"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.sampled_from(["新划定的高危区域", "新划定的高风险区", "新划定高危地区", "新增划定的高危区域"]))
def test_any_newly_drawn_heading_heads_its_places(a: str, b: str, words: str) -> None:
    assume(no_real_city(a, b) and a != b)
    text = _drawn_notice(f"汉台区{words}(2)").replace("翠湖新村", f"{a}新村").replace("锦绣苑", f"{b}苑")
    assert by_level(text)[("high", "汉台区")] == [f"北峰街道{a}新村10号楼", f"东岭街道{b}苑1号楼"]


# --- the standing counts told with 有 alone: "调整后,甲区有13个高风险区" -------------------------------------------

_COUNTS = "调整后,汉台区有13个高风险区,城固县有11个高风险区。"


def test_standing_counts_with_you_after_the_last_item_are_no_place() -> None:
    result = by_level(_drawn_notice("汉台区新增划定高风险区(2个)", tail=_COUNTS))
    assert result == _DRAWN


def test_standing_counts_with_you_variants() -> None:
    for counts in ("调整后,汉台区有高风险区13个,城固县有高风险区11个。", "调整后,汉台区有十三个高风险区。",
                   "调整后汉台区有13个高风险区。"):
        assert by_level(_drawn_notice("汉台区新增划定高风险区(2个)", tail=counts)) == _DRAWN, counts


def test_standing_counts_with_you_in_traditional_and_full_width() -> None:
    text = in_traditional(_drawn_notice("汉台区新增划定高风险区(2个)", tail=_COUNTS))
    assert by_level(text) == _DRAWN
    text = _drawn_notice("汉台区新增划定高风险区(2个)", tail=_COUNTS).translate(FULL_WIDTH)
    assert by_level(text) == _DRAWN


def test_standing_counts_near_misses() -> None:
    # (the counts end the list; the notice's last place is whole)
    text = _drawn_notice("汉台区新增划定高风险区(2个)", tail="调整后,汉台区有2个高风险区。")
    assert by_level(text)[("high", "城固县")][-1] == "南坪街道瑞丰社区一组"
    # (a place whose name holds 有 is a place: "有" opens no count there)
    text = ("关于划定高风险区的通告\n决定将以下区域划定为高风险区:\n1.汉台区北峰街道有福小区3号楼。\n"
            "汉中市新型冠状病毒肺炎疫情防控应急指挥部\n2022年12月7日")
    assert by_level(text) == {("high", "汉台区"): ["北峰街道有福小区3号楼"]}


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=99))
def test_any_standing_counts_with_you_are_no_place(x: int, y: int) -> None:
    counts = f"调整后,汉台区有{x}个高风险区,城固县有{y}个高风险区。"
    assert by_level(_drawn_notice("汉台区新增划定高风险区(2个)", tail=counts)) == _DRAWN


# --- a counted heading over one line of places separated by spaces alone ---------------------------------------


_SECOND = "阳光城西岸B区  龙峰花园  锦绣上游墅2期(5栋至6栋)"


def _spaced_notice(first: str = "金桥花园  博仕后公馆", second: str = _SECOND,
                   counts: tuple[str, str] = ("2个", "3个")) -> str:
    return ("闽侯县新型冠状病毒感染肺炎疫情防控指挥部通告\n根据当前疫情防控工作需要,决定自2022年10月26日15时起,"
            "将以下5个区域划定为疫情防控中风险区,具体如下:\n\n"
            f"一、上街镇({counts[0]})\n\n{first}\n\n二、甘蔗街道({counts[1]})\n\n{second}\n\n"
            "以上区域实行“人不出区、错峰取物”等管控措施。\n闽侯县辖区内除中风险区外的其他区域为低风险区。\n"
            "闽侯县新型冠状病毒感染肺炎疫情防控指挥部\n2022年10月26日")


_SPACED = {("medium", "闽侯县"): ["上街镇金桥花园", "上街镇博仕后公馆", "甘蔗街道阳光城西岸B区", "甘蔗街道龙峰花园",
                                 "甘蔗街道锦绣上游墅2期(5栋至6栋)"]}


def test_places_separated_by_spaces_under_a_counted_heading_are_apart() -> None:
    assert by_level(_spaced_notice()) == _SPACED


def test_spaced_places_variants() -> None:
    # one space, a tab, a count in Chinese numerals
    assert by_level(_spaced_notice("金桥花园 博仕后公馆", "阳光城西岸B区\t龙峰花园 锦绣上游墅2期(5栋至6栋)",
                                   ("两个", "三个"))) == _SPACED
    # the places on the heading's own line after a colon
    text = _spaced_notice().replace("上街镇(2个)\n\n", "上街镇(2个):")
    assert by_level(text) == _SPACED
    # full-width spaces
    text = _spaced_notice("金桥花园\u3000\u3000博仕后公馆", "阳光城西岸B区\u3000龙峰花园\u3000锦绣上游墅2期(5栋至6栋)")
    assert by_level(text) == _SPACED


def test_spaced_places_in_traditional_and_full_width() -> None:
    assert by_level(in_traditional(_spaced_notice())) == _SPACED
    assert by_level(_spaced_notice().translate(FULL_WIDTH)) == _SPACED


def test_spaced_places_near_misses() -> None:
    # (the pieces agree with the count: apart)
    places = by_level(_spaced_notice("金桥花园 博仕后公馆"))[("medium", "闽侯县")]
    assert places[:2] == ["上街镇金桥花园", "上街镇博仕后公馆"]
    # (the pieces disagree with the count: one place whose parts a space divides)
    text = _spaced_notice("金桥花园 3号楼", "阳光城西岸B区  龙峰花园  锦绣上游墅2期(5栋至6栋)", ("1个", "3个"))
    assert by_level(text)[("medium", "闽侯县")][0] == "上街镇金桥花园3号楼"
    # (the count agrees, but a piece is a building's number: one place)
    text = _spaced_notice("金桥花园 3号楼", counts=("2个", "3个"))
    assert by_level(text)[("medium", "闽侯县")][0] == "上街镇金桥花园3号楼"


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.sampled_from(["  ", " ", "\u3000"]))
def test_any_spaced_places_under_a_counted_heading_are_apart(a: str, b: str, c: str, gap: str) -> None:
    assume(no_real_city(a, b, c) and len({a, b, c}) == 3)
    text = _spaced_notice(f"{a}花园{gap}{b}公馆", f"阳光城西岸B区{gap}龙峰花园{gap}{c}上游墅2期(5栋至6栋)")
    assert by_level(text)[("medium", "闽侯县")] == [f"上街镇{a}花园", f"上街镇{b}公馆", "甘蔗街道阳光城西岸B区",
                                                 "甘蔗街道龙峰花园", f"甘蔗街道{c}上游墅2期(5栋至6栋)"]
