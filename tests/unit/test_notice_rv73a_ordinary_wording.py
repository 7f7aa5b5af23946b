"""Review rv73a: ordinary wording the rules of t73a and t73b misread. A lead whose level is the decision's own
("新增2个中风险地区,经…研究决定:现将具体范围公布如下:") still heads the list; a base (基地) labels its line only among
district labels; 为期 after a designation opens no list; one character before an estate's kind word after 和 is
the name's ("A花园和瑞家园3栋"); buildings bounding an area up to a road ("…4号楼以南至B路区域") are one place;
临时管制 of traffic is no control of an area; a village or shops named with 临 ("南临村", "东临街商铺") are no side."""
from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    changes_of,
    invented_names,
    no_real_city,
    places_of,
    variants_of,
)

# ---- 1. the level named by the decision itself before "…,经…研究决定:现将…公布如下:" -----------------------------

_NEW_COUNT = ("关于新增中风险地区的通告\n经专家研判,新增2个中风险地区,经区指挥部研究决定:现将具体范围公布如下:\n"
              "1.银杏街道翠湖小区;\n2.星峰镇丰收村。\n金桃区疫情防控指挥部")
_LOWERED = ("鉴于以下区域连续14天无新增病例,将中风险地区调整为低风险地区,经研究决定:现将区域明确如下:\n"
            "1.金桃区银杏街道翠湖小区;\n2.金桃区星峰镇丰收村。")


def test_the_decisions_own_level_before_an_announcement_heads_the_list() -> None:
    for text in variants_of(_NEW_COUNT):
        assert [(level, places) for level, _d, places in changes_of(text)] == [
            ("medium", ["银杏街道翠湖小区", "星峰镇丰收村"])]
    for text in variants_of(_LOWERED):
        assert changes_of(text) == [("low", "金桃区", ["银杏街道翠湖小区", "星峰镇丰收村"])]
    # near-miss: levels only in what the lead adjusts, over labelled parts, read by the labels (as t73b reads it)
    assert changes_of("对锦绣市高、中风险地区进行重新调整,经锦绣市指挥部研究决定:自2021年12月29日起,"
                      "对风险地区调整如下:\n一、高风险地区:金桃区翠湖小区。\n二、中风险地区:金桃区丰收村。") == [
        ("high", "金桃区", ["翠湖小区"]), ("medium", "金桃区", ["丰收村"])]
    # (a sentence that names its own place keeps it: "将A小区调整为中风险地区,经研究决定:现将管控措施通告如下:")
    assert places_of("将金桃区银杏街道翠湖小区调整为中风险地区,经研究决定:现将管控措施通告如下:\n"
                     "一、小区实行封闭管理。\n二、人员足不出户。") == ["银杏街道翠湖小区"]


# ---- 2. "X基地:A村" a district's label only among district labels ---------------------------------------------------

def test_a_base_among_places_is_a_place_not_a_district() -> None:
    for text in variants_of("金桃区新增中风险区3个:\n1.翠湖小区;\n2.锦绣蔬菜基地:星峰镇丰收村;\n3.阳光花园。"):
        assert changes_of(text) == [("medium", "金桃区", ["翠湖小区", "锦绣蔬菜基地:星峰镇丰收村", "阳光花园"])]
    for text in variants_of("关于划定管控区的通告\n经研判,以下区域划定为管控区:\n丰收养殖基地:银杏镇翠湖村\n"
                            "金桃物流基地:星峰街道\n金桃区疫情防控指挥部"):
        assert changes_of(text) == [("controlled", "金桃区", ["丰收养殖基地:银杏镇翠湖村", "金桃物流基地:星峰街道"])]
    # near-miss: among district labels it is the line's district (t73b)
    assert ("medium", "锦绣基地", ["阳光社区", "翠湖路社区"]) in changes_of(
        "中风险地区:\n金桃区:银杏街道,星峰街道,\n锦绣基地:阳光社区,翠湖路社区,\n丰乐区:福瑞街道。")


# ---- 3. ",为期14天" after "…划分为中风险区域": how long, no list ---------------------------------------------------

def test_a_term_after_the_designation_is_no_list() -> None:
    for text in variants_of("根据疫情防控需要,经专家研判,金桃区以下两个地区划分为中风险区域,为期14天。"):
        assert places_of(text) == []
    # near-miss: the list after 分别是 is read (t73b)
    assert places_of("针对近期疫情形势,经专家组综合评估研判,金桃区以下两个地区划分为中风险区域,"
                     "分别是银杏街道翠湖小区;星峰镇丰收村。") == ["银杏街道翠湖小区", "星峰镇丰收村"]


# ---- 4. "A花园和瑞家园3栋": 和 the first character of the second estate's name -------------------------------------

def test_one_character_before_the_kind_word_is_no_estate_of_its_own() -> None:
    for one in ("翠湖花园和瑞家园3栋", "翠湖家园小区和达新城2期", "阳光小区和锦名苑5栋"):
        for text in variants_of(f"自即日起,将金桃区{one}调整为中风险区。"):
            assert places_of(text) == [one]
    # near-misses: two-character names after 和 are two estates (t73b)
    assert places_of("自即日起,将金桃区翠湖小区和新城花园2期调整为中风险区。") == ["翠湖小区", "新城花园2期"]
    assert places_of("自即日起,将金桃区翠湖名城3栋和锦绣苑5栋调整为中风险区。") == ["翠湖名城3栋", "锦绣苑5栋"]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES, 1, 1))
def test_one_character_name_property(first: str, second: str) -> None:
    assume(no_real_city(first, second) and second not in first)
    assume(second not in "平谐睦美顺兴悦煦润盛鸣风园苑居家乐畅泰嘉光义安")
    one = f"{first}花园和{second}家园3栋"
    assert places_of(f"自即日起,将金桃区{one}调整为中风险区。") == [one]


# ---- 5. "3号楼、4号楼以南至B路区域": one area the buildings bound ------------------------------------------------

def test_buildings_bounding_an_area_up_to_a_road_are_one_place() -> None:
    for text in variants_of("管控区:金桃区翠湖小区3号楼、4号楼以南至星峰路区域。"):
        assert places_of(text) == ["翠湖小区3号楼、4号楼以南至星峰路区域"]
    # near-miss: a run without the bound is the compound's buildings, the next compound its own place
    assert places_of("管控区:金桃区翠湖小区3号楼、锦绣小区5号楼以南区域。") == [
        "翠湖小区3号楼", "锦绣小区5号楼以南区域"]


# ---- 6. 临时管制 of traffic is no control of an area -------------------------------------------------------------

def test_traffic_control_of_a_bounded_area_names_no_place() -> None:
    for text in variants_of("关于实施临时交通管制的通告\n因举办马拉松比赛,东起翠湖路、西至星峰路、南至阳光大道、"
                            "北至丰收街的区域实施临时管制,禁止车辆通行。"):
        assert places_of(text) == []
    for text in variants_of("因道路施工需要,翠湖小区实施临时管制,禁止机动车通行。"):
        assert places_of(text) == []
    # near-misses: control of areas (t73a)
    assert places_of("东起翠湖路、西至星峰路的合围区域;东至阳光大道、北至丰收街的围合区域实施临时管制。") == [
        "东起翠湖路、西至星峰路的合围区域", "东至阳光大道、北至丰收街的围合区域"]
    assert places_of("银杏镇全域实施临时管制。") == ["银杏镇全域"]


# ---- 7. "南临村", "东临街商铺": names, no side written with 临 ---------------------------------------------------

def test_names_with_lin_after_a_direction_are_places() -> None:
    for text in variants_of("中风险区:翠湖小区,南临村,北临村。"):
        assert places_of(text) == ["翠湖小区", "南临村", "北临村"]
    for text in variants_of("管控区:翠湖小区,东临街商铺,西临街商铺。"):
        assert places_of(text) == ["翠湖小区", "东临街商铺", "西临街商铺"]
    # near-miss: sides written with 临 after a comma are one area (t73a)
    assert places_of("中风险区:\n翠湖酒店:东临翠湖路,西临星峰路,南临阳光小区,北临丰收大道。") == [
        "翠湖酒店:东临翠湖路,西临星峰路,南临阳光小区,北临丰收大道"]


# ---- 8. "感染者居住的小区及周边区域(A村)": what lies by the described kinds, no named place after 及 ----------

def test_described_kinds_and_their_surroundings_keep_the_bracketed_place() -> None:
    for text in variants_of("1.对感染者居住的小区及周边区域(银杏镇翠湖村)列为封控区,做到“足不出户”。"):
        assert changes_of(text) == [("sealed", None, ["银杏镇翠湖村"])]
    # near-miss: named places after the kinds keep the level (t73a)
    assert places_of("有阳性和密接人员活动轨迹的农村、小区及银杏镇、星峰镇继续封控暂定3天,实行区域封闭。") == [
        "银杏镇", "星峰镇"]
