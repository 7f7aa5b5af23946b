"""Forms of the forty-first held-out set (o41): an area between roads listed with 、 ("A路、B路、C街、D路之间的区域");
a part titled as the measures of the areas listed above ("二、解除静态管理区域的防控措施:" over "1.严控…" and its
rules); the state after a downgrade with no comma ("调整后A市全域为低风险"); a tourist resort of a rank written in
front of one of its towns ("A湖省级旅游度假区B镇C村"); a district's label whose item is a sentence with its own verb
("A开发区:B院子40号楼划定为高风险区。"); a reworded heading with its count and a note of where the places lie
("一、新增封闭控制区(6个,均在A区)"). Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PROVINCES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

# --- "A路、B路、C街、D路之间的区域" --------------------------------------------------------------------------


def test_the_area_between_roads_is_one_place() -> None:
    text = "一、高风险区\n1.金东区青石路、柳河路、杏花街、南岗路之间的区域\n2.金东区龙泉小区"
    assert by_level(text) == {("high", "金东区"): ["青石路、柳河路、杏花街、南岗路之间的区域", "龙泉小区"]}


def test_area_between_variants() -> None:
    assert levels_of("高风险区:青石路、柳河路之间的区域;龙泉小区。") \
        == {"high": ["青石路、柳河路之间的区域", "龙泉小区"]}
    assert levels_of(in_traditional("封控区:青石路、柳河大道、杏花街之间的范围,龙泉村。")) \
        == {"sealed": ["青石路、柳河大道、杏花街之间的范围", "龙泉村"]}
    assert levels_of("高风险区:青石村、柳河村之间的片区;龙泉小区。".translate(HALF_TO_FULL)) \
        == {"high": ["青石村、柳河村之间的片区", "龙泉小区"]}


def test_places_listed_without_between_stay_apart() -> None:
    # (ordinary wording: roads and estates listed with 、 and no area's word after them are places of their own)
    assert levels_of("高风险区:青石路、柳河路、龙泉小区。") == {"high": ["青石路", "柳河路", "龙泉小区"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=4, unique=True),
       st.sampled_from(["区域", "范围", "片区"]))
def test_any_roads_with_the_area_between_are_one_place(roads: list[str], word: str) -> None:
    area = "、".join(f"{r}路" for r in roads) + f"之间的{word}"
    assert levels_of(f"高风险区:{area};龙泉小区。") == {"high": [area, "龙泉小区"]}


# --- "二、解除静态管理区域的防控措施:" ------------------------------------------------------------------------

_LIFTED = "一、解除静态管理的区域:\n杏花镇:青石村、柳河村。\n龙泉乡:南岗村。\n"


def test_a_part_of_the_areas_measures_holds_no_place() -> None:
    text = (_LIFTED + "二、解除静态管理区域的防控措施:\n1.严控人员流动\n允许在乡镇范围内有序流动。\n"
            "2.加强场所管理\n暂停赶集。")
    assert levels_of(text) == {"lifted": ["杏花镇青石村", "杏花镇柳河村", "龙泉乡南岗村"]}


def test_measures_part_variants() -> None:
    assert levels_of("一、高风险区\n青石村、柳河村。\n二、高风险区的管控要求:\n1.足不出户\n人员不得外出。") \
        == {"high": ["青石村", "柳河村"]}
    assert levels_of(in_traditional(_LIFTED + "二、解除静态管理区域的防控措施:\n1.严控输入输出风险\n不出乡镇。")) \
        == {"lifted": ["杏花镇青石村", "杏花镇柳河村", "龙泉乡南岗村"]}
    assert levels_of(("一、封控区\n青石村、柳河村。\n二、封控区域的管理措施\n1.区域封闭\n农贸市场实行封闭管理。")
                     .translate(HALF_TO_FULL)) == {"sealed": ["青石村", "柳河村"]}


def test_a_level_part_after_a_measures_part_is_still_read() -> None:
    # (ordinary wording: the next level's part after the measures opens its list)
    text = ("一、高风险区\n青石村。\n二、高风险区的管控措施\n1.足不出户\n人员不得外出。\n三、中风险区\n柳河村。")
    assert levels_of(text) == {"high": ["青石村"], "medium": ["柳河村"]}


# --- "调整后A市全域为低风险" -------------------------------------------------------------------------------------

def test_the_whole_city_after_the_changes_is_no_place() -> None:
    text = ("自11月27日零时起,将金华市金东区青石镇和婺城区柳河小区疫情风险等级由中风险调整为低风险。"
            "调整后金华市全域为低风险。")
    assert by_level(text) == {("low", "金东区"): ["青石镇"], ("low", "婺城区"): ["柳河小区"]}


def test_whole_after_changes_variants() -> None:
    lead = "自11月27日零时起,将金东区青石镇由中风险调整为低风险。"
    assert levels_of(lead + "调整后甲市全域为低风险。") == {"low": ["青石镇"]}
    assert levels_of(in_traditional(lead + "\n调整后金华市全域均为低风险地区。")) == {"low": ["青石镇"]}
    assert levels_of((lead + "调整后乙县全境为低风险。").translate(HALF_TO_FULL)) == {"low": ["青石镇"]}


def test_a_whole_district_changed_is_still_a_place() -> None:
    # (ordinary wording: a whole district as the object of 将 is the place the notice changes)
    assert by_level("将金东区全域调整为中风险区。") == {("medium", "金东区"): ["金东区"]}  # (as itself, not "全域")


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["市", "县"]))
def test_any_city_whole_after_the_changes_is_no_place(name: str, kind: str) -> None:
    text = f"自11月27日零时起,将金东区青石镇由中风险调整为低风险。调整后{name}{kind}全域为低风险。"
    assert levels_of(text) == {"low": ["青石镇"]}


# --- "A湖省级旅游度假区B镇C村2号楼" ----------------------------------------------------------------------------

def test_a_resort_over_its_town_is_the_district() -> None:
    text = ("自3月26日起将金东区青石街道龙泉小区1号楼、柳河湖省级旅游度假区杏花镇南岗村2号楼"
            "共2个中风险地区调整为低风险地区。")
    assert by_level(text) == {("low", "金东区"): ["青石街道龙泉小区1号楼"],
                              ("low", "柳河湖省级旅游度假区"): ["杏花镇南岗村2号楼"]}


def test_resort_variants() -> None:
    assert by_level("将金东区青石街道龙泉小区1号楼、柳河湖国家级旅游度假区杏花街道南岗社区"
                    "共2个中风险地区调整为低风险地区。") \
        == {("low", "金东区"): ["青石街道龙泉小区1号楼"], ("low", "柳河湖国家级旅游度假区"): ["杏花街道南岗社区"]}
    assert by_level(in_traditional("中风险区:\n1.金东区龙泉小区;\n2.柳河旅游度假区杏花镇南岗村。")) \
        == {("medium", "金东区"): ["龙泉小区"], ("medium", "柳河旅游度假区"): ["杏花镇南岗村"]}
    assert by_level("中风险区:\n1.金东区龙泉小区;\n2.石门湖市级旅游度假区龙泉乡青石村。".translate(HALF_TO_FULL)) \
        == {("medium", "金东区"): ["龙泉小区"], ("medium", "石门湖市级旅游度假区"): ["龙泉乡青石村"]}


def test_a_resort_before_no_town_stays_a_place() -> None:
    # (ordinary wording: a resort's own site is a place of the district before it)
    assert by_level("中风险区:\n1.金东区龙泉小区;\n2.柳河旅游度假区游客中心。") \
        == {("medium", "金东区"): ["龙泉小区", "柳河旅游度假区游客中心"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), st.sampled_from(["省级", "国家级", ""]))
def test_any_resort_over_its_town(resort: str, town: str, rank: str) -> None:
    zone = f"{resort}湖{rank}旅游度假区"
    text = f"中风险区:\n1.金东区龙泉小区;\n2.{zone}{town}镇南岗村。"
    assert by_level(text) == {("medium", "金东区"): ["龙泉小区"], ("medium", zone): [f"{town}镇南岗村"]}


# --- "A开发区:B院子40号楼划定为高风险区。" ------------------------------------------------------------------

def test_a_labelled_sentence_keeps_its_labels_district() -> None:
    text = "一、新划定高风险区(2个)\n金东区:龙泉小区5号楼。\n柳河经济开发区:杏花院子40号楼划定为高风险区。"
    assert by_level(text) == {("high", "金东区"): ["龙泉小区5号楼"], ("high", "柳河经济开发区"): ["杏花院子40号楼"]}


def test_labelled_sentence_variants() -> None:
    assert by_level("一、新划定高风险区(3个)\n金东区:龙泉小区5号楼、青石村。\n婺城区:杏花院子40号楼划定为高风险区。") \
        == {("high", "金东区"): ["龙泉小区5号楼", "青石村"], ("high", "婺城区"): ["杏花院子40号楼"]}
    assert by_level(in_traditional("一、新划定中风险区\n金东区:龙泉小区5号楼。\n婺城区:南岗村划定为中风险区。")) \
        == {("medium", "金东区"): ["龙泉小区5号楼"], ("medium", "婺城区"): ["南岗村"]}
    text = "一、新划定高风险区\n金东区:龙泉小区。\n柳河高新区:杏花苑3号楼划为高风险区。"
    assert by_level(text.translate(HALF_TO_FULL)) \
        == {("high", "金东区"): ["龙泉小区"], ("high", "柳河高新区"): ["杏花苑3号楼"]}


def test_a_labelled_sentence_naming_its_own_district_keeps_it() -> None:
    # (ordinary wording: the sentence's own district wins over nothing; a level already given stays)
    assert by_level("一、新划定高风险区\n金东区:龙泉小区。\n将婺城区南岗村划定为高风险区。") \
        == {("high", "金东区"): ["龙泉小区"], ("high", "婺城区"): ["南岗村"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.integers(1, 99))
def test_any_zone_label_over_a_sentence(name: str, number: int) -> None:
    assume(not name.startswith(PROVINCES))  # ("福建经济开发区" is a province's zone: read without the province)
    zone = f"{name}经济开发区"
    text = f"一、新划定高风险区\n金东区:龙泉小区5号楼。\n{zone}:杏花院子{number}号楼划定为高风险区。"
    assert by_level(text) == {("high", "金东区"): ["龙泉小区5号楼"], ("high", zone): [f"杏花院子{number}号楼"]}


# --- "一、新增封闭控制区(6个,均在A区)" -------------------------------------------------------------------------

def test_a_reworded_heading_with_a_count_and_its_note() -> None:
    text = "一、新增封闭控制区(2个,均在金东区)\n青石村\n柳河村\n二、新增控制区(1个,均在金东区)\n龙泉村\n"
    assert by_level(text) == {("sealed", "金东区"): ["青石村", "柳河村"], ("controlled", "金东区"): ["龙泉村"]}


def test_reworded_heading_variants() -> None:
    assert levels_of("一、新增密封控制区(2个,均在金东区)\n青石村\n柳河村\n") == {"sealed": ["青石村", "柳河村"]}
    assert levels_of(in_traditional("一、新增封闭控制区(2个,均位于婺城区)\n青石村\n柳河村\n")) \
        == {"sealed": ["青石村", "柳河村"]}
    assert levels_of("二。新增管制区(1个,均在金东区)\n龙泉村\n".translate(HALF_TO_FULL)) == {"controlled": ["龙泉村"]}


def test_a_plain_heading_with_a_count_note_keeps_its_level() -> None:
    # (ordinary wording: the notice's own level word with the same count note is read as before)
    assert levels_of("一、高风险区(2个,均在金东区)\n青石村\n龙泉小区\n") == {"high": ["青石村", "龙泉小区"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=4, unique=True))
def test_any_reworded_sealed_heading(villages: list[str]) -> None:
    lines = "\n".join(f"{v}村" for v in villages)
    text = f"一、新增封闭控制区({len(villages)}个,均在金东区)\n{lines}\n"
    assert levels_of(text) == {"sealed": [f"{v}村" for v in villages]}
