"""Machine-reworded copies of notices (content farms run notices through word-swappers): the levels'
words swapped for near-synonyms ("密封控制区" for 封控区, "控制区域" for 管控区, "预防区域" for 防范区,
"高危区" for 高风险区), "解散" for 解除, sections numbered "二。", "还有" before a last item.
The swapped words are read as levels where they stand as a heading, a label or a verb's level, never inside
a place. Invented places only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    in_traditional,
    invented_names,
    levels_of,
)

# ---- swapped level words as headings ------------------------------------------------------------------

_HEADED = """关于划定风险区域的通告
经专家组研判,决定对以下区域疫情防控措施公告如下:
一、{sealed}
高新区金桃街道翠锦小区3栋。
实行“区域封闭、足不出户”。
二。{controlled}
高新区金桃街道翠锦社区除封闭控制区、春晓学校外的其他区域。
执行“人不出区、严禁聚集”。
三。{precaution}
东湖区龙春街道阳光大厦;东湖区福瑞路鑫汇花园;还有星峰山庄。
落实“强化社会面管控,严格限制人员聚集”。
"""


def test_swapped_level_words_as_headings() -> None:
    for sealed, controlled, precaution in (("密封控制区", "控制区域", "预防区域"),
                                           ("封闭控制区", "控制区", "预防区"),
                                           ("密闭控制区(1个)", "管制区域", "防护区:")):
        got = levels_of(_HEADED.format(sealed=sealed, controlled=controlled, precaution=precaution))
        assert got["sealed"] == ["金桃街道翠锦小区3栋"], sealed
        # the swapped word inside the place stays as written
        assert got["controlled"] == ["金桃街道翠锦社区除封闭控制区、春晓学校外的其他区域"]
        assert got["precaution"] == ["龙春街道阳光大厦", "福瑞路鑫汇花园", "星峰山庄"]


def test_swapped_level_words_in_traditional_characters_and_full_width_punctuation() -> None:
    text = in_traditional(_HEADED.format(sealed="密封控制区", controlled="控制区域", precaution="预防区域"))
    got = levels_of(text.translate(HALF_TO_FULL))
    assert set(got) == {"sealed", "controlled", "precaution"}
    assert len(got["precaution"]) == 3


def test_swapped_risk_levels_and_verbs() -> None:
    got = levels_of("关于调整风险等级的通告\n经研判,决定将东湖区春晓街道龙城小区划定为高危区,"
                    "将东湖区春晓街道丽泽村调整为中等风险区。\n")
    assert got == {"high": ["春晓街道龙城小区"], "medium": ["春晓街道丽泽村"]}


def test_a_swapped_word_inside_a_place_is_no_level() -> None:
    # "控制区" ends the name of a place here; the heading is the notice's own word
    got = levels_of("一、封控区\n东湖区春晓街道核心控制区宿舍楼、东湖区丽泽路5号。\n")
    assert got == {"sealed": ["春晓街道核心控制区宿舍楼", "丽泽路5号"]}


# ---- 解散 for 解除; items lifting places under a lead that names the levels -------------------------------

_LIFT = """关于解除金华县封闭控制区、控制区、预防区管控的通知
经专家组研判,县指挥部决定自2022年4月17日零时起,解除金华县封闭控制区、控制区、预防区管理。
1.{verb}丽泽高速公路服务区、翠锦超市及其附近早餐店、春晓乡龙泉村5组、井头坊7组。
二。{verb}春晓乡桃源村1组、徐坊2组,北苑3组、芦田5组等。
金华县新冠肺炎疫情防控应急指挥部
2022年4月16日
"""


def test_dissolved_for_lifted_under_a_lead_lifting_the_levels() -> None:
    for verb in ("解散", "解除", "撤除"):
        got = levels_of(_LIFT.format(verb=verb))
        assert got == {"lifted": ["丽泽高速公路服务区", "翠锦超市及其附近早餐店", "春晓乡龙泉村5组", "井头坊7组",
                                  "春晓乡桃源村1组", "徐坊2组", "北苑3组", "芦田5组"]}, verb


def test_dissolved_before_a_level() -> None:
    got = levels_of("关于解除封控的通告\n自即日起,解散东湖区丽泽街道翠锦小区封闭控制区管理。\n")
    assert got == {"lifted": ["丽泽街道翠锦小区"]}


# ---- a compound's building numbers after commas ----------------------------------------------------------

def test_building_numbers_after_a_compound_separated_by_commas() -> None:
    got = levels_of("一、密封控制区\n东湖区春晓街道龙城小区,1-1,1-2,3-1,5-6。\n二。控制区域\n东湖区丽泽村。\n")
    assert got == {"sealed": ["春晓街道龙城小区,1-1,1-2,3-1,5-6"], "controlled": ["丽泽村"]}


# ---- properties -----------------------------------------------------------------------------------------

_SWAPS = st.tuples(st.sampled_from(["密封控制区", "封闭控制区", "封控区"]),
                   st.sampled_from(["控制区域", "控制区", "管控区"]),
                   st.sampled_from(["预防区域", "预防区", "防范区"]),
                   st.sampled_from(["、", "。"]))


@settings(max_examples=30, deadline=None)
@given(swaps=_SWAPS, names=st.lists(invented_names(PLAIN_SYLLABLES), min_size=3, max_size=3, unique=True),
       last=st.sampled_from(["还有", "以及", ""]), traditional=st.booleans())
def test_reworded_headings_read_as_the_plain_ones(swaps: tuple[str, str, str, str], names: list[str], last: str,
                                                  traditional: bool) -> None:
    sealed, controlled, precaution, stop = swaps
    text = (f"一{stop}{sealed}\n东湖区{names[0]}小区。\n二{stop}{controlled}\n东湖区{names[1]}村。\n"
            f"三{stop}{precaution}\n东湖区{names[0]}大厦;{last}{names[2]}花园。\n")
    if traditional:
        text = in_traditional(text)
    got = levels_of(text)
    assert got["sealed"] == [f"{names[0]}小区"]
    assert got["controlled"] == [f"{names[1]}村"]
    assert got["precaution"] == [f"{names[0]}大厦", f"{names[2]}花园"]
