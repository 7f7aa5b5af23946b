"""Forms of late-2022 copies and daily announcements: a spam copy's pinyin glosses printed without tone marks and
with a space after the bracket ("城關(guan) 區", "農(nong) 場"), taken out where the letters are a reading of the
character before them; a note in 【】 inside a lead sentence that holds changes of its own ("…中风险区调整为75个【…,
将A由高风险区调整为中风险区,将B、C调整为低风险区】,具体为:"), read as a sentence of its own before the lead; and a
restated list of the areas in force ("截至目前,A区共有高风险区5个,…。") whose next level stands in a paragraph of its
own ("中风险区9个,…"), with a village's two groups joined by 和 inside the list counted as two places and a copy
broken off inside the list after a comma. Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    changes_of,
    in_traditional,
    invented_names,
    levels_of,
    no_real_city,
)

# --- "城關(guan) 區": glosses without tone marks, a space after the bracket ---------------------------------------

_GLOSSED = ("金桃市应对疫情工作领导小组办公室公告\n"
            "二、风险区划定\n"
            "(一)錦繡(xiu) 區\n"
            "高风险区2个:\n"
            "1.八一農(nong) 場小區;\n"
            "2.北京東(dong) 路16號星光商城;\n")


def test_toneless_glosses_with_a_space_are_taken_out() -> None:
    assert changes_of(_GLOSSED) == [("high", "锦绣区", ["八一农场小区", "北京东路16号星光商城"])]
    # the same glosses in a simplified copy, and with full-width brackets
    simplified = _GLOSSED.replace("區", "区").replace("號", "号")
    expected = [("high", "锦绣区", ["八一农场小区", "北京东路16号星光商城"])]
    assert changes_of(simplified) == expected
    assert changes_of(_GLOSSED.translate(HALF_TO_FULL)) == expected


def test_toneless_glosses_without_the_space_and_in_a_sentence() -> None:
    text = "通告\n自8月22日起,將錦繡(xiu)花園3棟、星光(guang) 廣場調整為(wei) 低風險區。"
    assert levels_of(text) == {"low": ["锦绣花园3栋", "星光广场"]}


def test_letters_that_are_no_reading_of_the_character_stay() -> None:
    # ("苑(ma)": ma is no reading of 苑; "(wifi)", "(A)": a note or a label, not a gloss)
    assert levels_of("通告\n将锦绣苑(ma)、星光广场(wifi)调整为低风险区。") \
        == {"low": ["锦绣苑(ma)", "星光广场(wifi)"]}
    assert levels_of("通告\n将锦绣苑3号楼(A)调整为低风险区。") == {"low": ["锦绣苑3号楼(A)"]}


# --- "…75个【…将A由高风险区调整为中风险区,将B、C调整为低风险区】,具体为:" ----------------------------------------

_NOTED = ("金桃市应对疫情工作领导小组办公室公告\n"
          "二、风险区划定\n"
          "8月21日全市高风险区调整为291个,中风险区调整为75个【按照相关规定,自8月22日起,将星光街道锦绣社区3组67号"
          "由高风险区调整为中风险区,将自治区金桃厅、自治区金桃厅生活区2栋2单元调整为低风险区】,具体为:\n"
          "(一)城东区\n"
          "高风险区199个:\n"
          "1.丽泽林卡社区;\n"
          "2.翠锦退休基地;\n")


def test_changes_in_a_note_inside_the_lead_are_read() -> None:
    assert levels_of(_NOTED) == {"medium": ["星光街道锦绣社区3组67号"],
                                 "low": ["自治区金桃厅", "自治区金桃厅生活区2栋2单元"],
                                 "high": ["丽泽林卡社区", "翠锦退休基地"]}
    assert levels_of(in_traditional(_NOTED)) == levels_of(_NOTED)
    assert levels_of(_NOTED.translate(HALF_TO_FULL)) == levels_of(_NOTED)


def test_a_note_inside_the_lead_with_a_designation() -> None:
    text = ("通告\n今日全县中风险区调整为3个【自9月2日起,将金桃镇锦绣村划定为中风险区】,具体为:\n"
            "中风险区3个:\n1.星光小区;\n2.翠锦花园;\n3.金桃镇锦绣村;\n")
    assert levels_of(text)["medium"][-3:] == ["星光小区", "翠锦花园", "金桃镇锦绣村"]
    assert "金桃镇锦绣村" in levels_of(text)["medium"][:-3]


def test_notes_without_changes_stay_as_written() -> None:
    # a note of what a district holds, no change: the list reads as without it
    text = ("通告\n(一)城东区【含文创园区】:当日新增9例。\n二、风险区划定\n全市高风险区调整为2个,具体为:\n"
            "(一)城东区\n高风险区2个:\n1.丽泽林卡社区;\n2.翠锦退休基地;\n")
    assert levels_of(text) == {"high": ["丽泽林卡社区", "翠锦退休基地"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), st.sampled_from(["小区", "花园", "大厦"]))
def test_any_places_in_a_lead_note(first: str, second: str, kind: str) -> None:
    assume(first != second and no_real_city(first, second))
    text = (f"通告\n全市高风险区调整为2个【自8月22日起,将{first}{kind}调整为低风险区,将{second}{kind}3栋"
            f"由高风险区调整为中风险区】,具体为:\n(一)城东区\n高风险区2个:\n1.丽泽林卡社区;\n2.翠锦退休基地;\n")
    levels = levels_of(text)
    assert levels["low"] == [f"{first}{kind}"], text
    assert levels["medium"] == [f"{second}{kind}3栋"], text


# --- "截至目前,A区共有高风险区5个,…。\n\n中风险区9个,…" -------------------------------------------------------

_STANDING = ("金桃区疫情防控指挥部关于新增风险区域范围的通告\n"
             "新增划定金桃区星光街道锦绣社区农贸市场为中风险区。\n"
             "以上措施自2022年10月28日12时起执行。\n"
             "截至目前,金桃区共有高风险区5个,星光街道翠锦路125号、翠锦路98号,丽泽街道长风村13组和18组,"
             "胜利大道与兴盛路交汇处西北角。\n"
             "\n"
             "中风险区4个,康宁大道福瑞小区1栋,丽泽街道长风村除13、18组以外其他区域,星光街道鑫汇半岛2栋、"
             "锦绣社区农贸市场。\n")


def test_the_next_level_in_a_paragraph_of_its_own_and_groups_joined_inside_the_list() -> None:
    assert changes_of(_STANDING)[1:] == [
        ("high", "金桃区", ["星光街道翠锦路125号", "翠锦路98号", "丽泽街道长风村13组", "18组",
                           "胜利大道与兴盛路交汇处西北角"]),
        ("medium", "金桃区", ["康宁大道福瑞小区1栋", "丽泽街道长风村除13、18组以外其他区域", "星光街道鑫汇半岛2栋",
                             "锦绣社区农贸市场"])]
    assert changes_of(in_traditional(_STANDING)) == changes_of(_STANDING)
    assert changes_of(_STANDING.translate(HALF_TO_FULL)) == changes_of(_STANDING)


def test_a_restated_list_broken_off_after_a_comma() -> None:
    cut = _STANDING.replace("中风险区4个", "中风险区9个").replace("锦绣社区农贸市场。\n", "锦绣社区农贸市场,\n")
    assert changes_of(cut)[-1] == ("medium", "金桃区", ["康宁大道福瑞小区1栋", "丽泽街道长风村除13、18组以外其他区域",
                                                       "星光街道鑫汇半岛2栋", "锦绣社区农贸市场"])


def test_restated_near_misses() -> None:
    # a count that does not call for it: the groups joined by 和 stay one place
    four = _STANDING.replace("高风险区5个", "高风险区4个")
    assert changes_of(four)[1][2][2] == "丽泽街道长风村13组和18组"
    # a paragraph of counts alone after the restated list: no list of its own
    counts = _STANDING.replace("中风险区4个,康宁大道", "中风险区4个,均在康宁大道")
    assert [level for level, _district, _places in changes_of(counts)] == ["medium", "high"]
    # a list broken off with more places than the count: not read as the count's list
    over = _STANDING.replace("中风险区4个", "中风险区2个").replace("锦绣社区农贸市场。\n", "锦绣社区农贸市场,\n")
    assert [level for level, _district, _places in changes_of(over)] == ["medium", "high"]


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.integers(1, 20), st.integers(21, 40))
def test_any_village_groups_joined_inside_a_counted_list(village: str, first: int, second: int) -> None:
    assume(no_real_city(village))
    text = (f"金桃区疫情防控指挥部通告\n截至目前,金桃区共有高风险区4个,星光路12号,{village}村{first}组和{second}组,"
            "翠锦路5号。\n")
    expected = ["星光路12号", f"{village}村{first}组", f"{second}组", "翠锦路5号"]
    assert changes_of(text) == [("high", "金桃区", expected)], text
