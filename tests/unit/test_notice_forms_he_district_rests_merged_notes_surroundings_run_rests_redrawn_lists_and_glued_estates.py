"""Forms of the sixty-third held-out set (part b, 1825–1835): the rest of a known district whose name holds 和
("太和区(除中、高风险区以外其他区域)"), a blanket as any district's rest; a report's note after a place that it is
now merged into an area named before ("A客栈,并入之前划定的中风险区B社区,不再单列"), no place; a place and its
surroundings with their bounds ("A酒店及周边(东至…)"), one place whatever the heading counts; the rest of a compound
outside a run of its buildings ("A家园6号楼、9号楼外的其他楼栋"), one place; a level's list restated by the verb of
adjusting ("调整原部分封控区为A,B,增加划定C为封控区"), with 增加划定 as 新增划定; and two estates run together
("A镇B园C园") whose second the notice lists on its own elsewhere. Each form in variants written here (invented
places, other districts, traditional characters, full-width punctuation), properties over generated names, and
ordinary wording that is no such form."""

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

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- the rest of a district whose name holds 和 ----------------------------------------------------------------

def _rest_notice(district: str, rest: str) -> str:
    return ("经市疫情防控指挥部研究决定,将以下区域划定为高、低风险区,现将相关事宜通告如下:\n"
            "一、高风险区(2个)\n"
            f"1.{district}澄江镇金华小区3号楼。\n"
            f"2.{district}澄江镇翠锦花园。\n"
            "二、低风险区(1个)\n"
            f"1.{rest}。\n"
            "低风险区内采取“个人防护、避免聚集”等防范措施。")


def test_the_rest_of_a_district_with_he_in_its_name_is_no_place() -> None:
    text = _rest_notice("泰和县", "泰和县(除中、高风险区以外其他区域)")
    assert by_level(text) == {("high", "泰和县"): ["澄江镇金华小区3号楼", "澄江镇翠锦花园"]}


def test_the_rest_of_a_he_district_after_its_city_in_traditional_characters() -> None:
    text = in_traditional(_rest_notice("漳州市平和县", "漳州市平和县(除高风险区以外其他区域)"))
    assert levels_of(text) == {"high": ["澄江镇金华小区3号楼", "澄江镇翠锦花园"]}


def test_the_rest_of_a_he_district_full_width_written_bare() -> None:
    text = _rest_notice("仁和区", "仁和区(除高风险区外)").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["澄江镇金华小区3号楼", "澄江镇翠锦花园"]}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["太和区", "南和区", "平和县", "泰和县", "云和县", "兴和县", "政和县", "新和县", "西和县",
                        "永和县", "共和县", "仁和区"]),
       st.sampled_from(["(除中、高风险区以外其他区域)", "除高风险区以外的其他区域", "(除高风险区外)", "其他区域"]),
       name)
def test_any_he_district_rest_is_no_place(district: str, rest: str, estate: str) -> None:
    assume(no_real_city(estate))
    text = ("经县疫情防控指挥部研究决定,将以下区域划定为高、低风险区:\n一、高风险区(1个)\n"
            f"1.{district}{estate}小区3号楼。\n二、低风险区(1个)\n1.{district}{rest}。\n")
    assert levels_of(text) == {"high": [f"{estate}小区3号楼"]}


def test_the_rest_of_villages_joined_by_he_stays_a_place() -> None:
    # (和 between two villages joins two parts of a district: their rest is a place, not the district's)
    text = _rest_notice("泰和县", "泰和县澄江镇金华村和翠锦村除高风险区以外的其他区域")
    assert levels_of(text)["low"] == ["澄江镇金华村和翠锦村除高风险区以外的其他区域"]
    # (while the district's own rest beside it is none)
    assert "low" not in levels_of(_rest_notice("泰和县", "泰和县(除中、高风险区以外其他区域)"))


# --- a note that a place is merged into an area named before -----------------------------------------------------

_MERGED = ("从高风险区降为中风险区的有:星峰社区阳光家园;长风社区金华客栈,并入之前划定的中风险区龙泉街道长风社区"
           "(高风险区除外),不再单列;胜利社区翠锦酒店,订正并入之前划定的中风险区龙泉街道胜利社区,不再单列。")


def test_a_merged_note_after_a_place_is_no_place() -> None:
    assert levels_of(_MERGED) == {"medium": ["星峰社区阳光家园", "长风社区金华客栈", "胜利社区翠锦酒店"]}


def test_merged_notes_in_traditional_characters() -> None:
    assert levels_of(in_traditional(_MERGED)) == {
        "medium": ["星峰社区阳光家园", "长风社区金华客栈", "胜利社区翠锦酒店"]}


def test_merged_notes_full_width() -> None:
    assert levels_of(_MERGED.translate(HALF_TO_FULL)) == {
        "medium": ["星峰社区阳光家园", "长风社区金华客栈", "胜利社区翠锦酒店"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True), name)
def test_any_place_with_a_merged_note_keeps_only_the_place(names: list[str], street: str) -> None:
    assume(no_real_city(street, *names))
    items = [f"{n}社区{n}饭店,并入之前划定的中风险区{street}街道{n}社区,不再单列" for n in names]
    text = "从高风险区降为中风险区的有:" + ";".join(items) + "。"
    assert levels_of(text) == {"medium": [f"{n}社区{n}饭店" for n in names]}


def test_merged_wording_without_no_longer_listed_is_left() -> None:
    # (a merged note only goes with 不再单列; a place whose own name tells of nothing merged is read as written)
    text = "从高风险区降为中风险区的有:星峰社区阳光家园;长风社区金华客栈。"
    assert levels_of(text) == {"medium": ["星峰社区阳光家园", "长风社区金华客栈"]}
    # (and a place absorbed with 不再单独设为 is still dropped by its own rule, the merged rule no part of it)
    absorbed = "将龙泉街道全域调整为高风险地区,星峰小区、翠锦小区不再单独设为中风险地区。"
    assert levels_of(absorbed) == {"high": ["龙泉街道全域"]}
    # (while the note with both words goes)
    merged = "从高风险区降为中风险区的有:星峰社区阳光家园;长风社区金华客栈,并入之前划定的中风险区长风社区,不再单列。"
    assert levels_of(merged) == {"medium": ["星峰社区阳光家园", "长风社区金华客栈"]}


# --- a place and its surroundings with their bounds ------------------------------------------------------------

_SURROUNDINGS = ("关于调整龙泉县风险区的通告\n决定对我县部分风险地区予以调整。具体如下:\n"
                 "一、龙泉县高风险区降为低风险区(3个)\n"
                 "1.龙泉县星峰街道金华酒店及周边(东至长风路,南至胜利广场北侧,西至翠锦路,北至春晓路口)。\n"
                 "2.龙泉县星峰街道南环路8号。\n")


def test_a_place_and_its_surroundings_is_one_place_whatever_the_count() -> None:
    assert by_level(_SURROUNDINGS) == {("low", "龙泉县"): [
        "星峰街道金华酒店及周边(东至长风路,南至胜利广场北侧,西至翠锦路,北至春晓路口)", "星峰街道南环路8号"]}


def test_surroundings_in_traditional_characters() -> None:
    assert levels_of(in_traditional(_SURROUNDINGS)) == {"low": [
        "星峰街道金华酒店及周边(东至长风路,南至胜利广场北侧,西至翠锦路,北至春晓路口)", "星峰街道南环路8号"]}


def test_surroundings_full_width_with_its_and_qi() -> None:
    text = _SURROUNDINGS.replace("及周边", "及其周边").translate(HALF_TO_FULL)
    assert levels_of(text) == {"low": [
        "星峰街道金华酒店及其周边(东至长风路,南至胜利广场北侧,西至翠锦路,北至春晓路口)", "星峰街道南环路8号"]}


@settings(max_examples=25, deadline=None)
@given(name, st.lists(name, min_size=2, max_size=2, unique=True), st.sampled_from(["酒店", "宾馆", "市场", "超市"]))
def test_any_place_and_its_surroundings_stays_whole(street: str, roads: list[str], kind: str) -> None:
    assume(no_real_city(street, *roads))
    place = f"{street}街道{street}{kind}及周边(东至{roads[0]}路,南至{roads[1]}路)"
    text = ("关于调整龙泉县风险区的通告\n决定对我县部分风险地区予以调整。具体如下:\n"
            f"一、龙泉县高风险区降为低风险区(3个)\n1.龙泉县{place}。\n2.龙泉县{street}街道南环路8号。\n")
    assert levels_of(text) == {"low": [place, f"{street}街道南环路8号"]}


def test_two_places_joined_by_ji_still_split_where_the_count_asks() -> None:
    # (a place written with a street of its own after 及 is a place of its own: the count of two is met)
    text = ("关于调整龙泉县风险区的通告\n决定对我县部分风险地区予以调整。具体如下:\n"
            "一、龙泉县新增划定高风险区(2个)\n1.龙泉县星峰街道金华小区及星峰街道翠锦花园。\n")
    assert levels_of(text) == {"high": ["星峰街道金华小区", "星峰街道翠锦花园"]}
    # (while the surroundings under the same count stay with their place)
    around = text.replace("及星峰街道翠锦花园", "及周边(东至长风路,西至翠锦路)")
    assert levels_of(around) == {"high": ["星峰街道金华小区及周边(东至长风路,西至翠锦路)"]}


# --- the rest of a compound outside a run of its buildings -----------------------------------------------------

_RUN_REST = ("将下列区域新增为中高风险区域,落实相应管控措施:\n一、高风险区\n"
             "星峰街道春晓社区金华家园6号楼、9号楼;星峰街道长风社区翠锦苑2号楼。\n二、中风险区\n"
             "星峰街道春晓社区金华家园6号楼、9号楼外的其他楼栋;星峰街道长风社区翠锦苑1栋、3栋以外的其他楼宇。")


def test_the_rest_of_a_compound_outside_its_buildings_is_one_place() -> None:
    assert levels_of(_RUN_REST)["medium"] == ["星峰街道春晓社区金华家园6号楼、9号楼外的其他楼栋",
                                              "星峰街道长风社区翠锦苑1栋、3栋以外的其他楼宇"]


def test_run_rests_in_traditional_characters() -> None:
    assert levels_of(in_traditional(_RUN_REST))["medium"] == ["星峰街道春晓社区金华家园6号楼、9号楼外的其他楼栋",
                                                              "星峰街道长风社区翠锦苑1栋、3栋以外的其他楼宇"]


def test_run_rests_full_width() -> None:
    text = _RUN_REST.translate(HALF_TO_FULL).replace("、9号楼外的其他楼栋", "、9号楼、12号楼之外的其余单元")
    assert levels_of(text)["medium"] == ["星峰街道春晓社区金华家园6号楼、9号楼、12号楼之外的其余单元",
                                         "星峰街道长风社区翠锦苑1栋、3栋以外的其他楼宇"]


@settings(max_examples=25, deadline=None)
@given(name, st.lists(st.integers(1, 40), min_size=2, max_size=4, unique=True))
def test_any_run_rest_is_one_place(estate: str, numbers: list[int]) -> None:
    assume(no_real_city(estate))
    place = f"{estate}家园" + "、".join(f"{k}号楼" for k in numbers) + "外的其他楼栋"
    text = f"将下列区域新增为中高风险区域:\n一、中风险区\n{place};长风社区翠锦苑。"
    assert levels_of(text) == {"medium": [place, "长风社区翠锦苑"]}


def test_a_named_compound_after_the_run_is_a_place_of_its_own() -> None:
    # (only bare buildings go on the run: a compound with its own name after 、 starts the next place)
    text = "将下列区域新增为中高风险区域:\n一、中风险区\n金华家园6号楼、翠锦小区外的其他楼栋;长风社区翠锦苑。"
    assert levels_of(text) == {"medium": ["金华家园6号楼", "翠锦小区外的其他楼栋", "长风社区翠锦苑"]}
    # (while bare buildings before the rest go with it)
    run = text.replace("6号楼、翠锦小区外", "6号楼、8号楼外")
    assert levels_of(run) == {"medium": ["金华家园6号楼、8号楼外的其他楼栋", "长风社区翠锦苑"]}


# --- a level's list restated by the verb of adjusting, 增加划定 -------------------------------------------------

_LEAD = "自2022年1月13日18时起,天津市对部分区域管控范围进行调整。\n"
_REDRAWN = (_LEAD + "北辰区调整原部分封控区为星峰镇金华花园,翠锦苑,长风里,春晓镇胜利家园,增加划定星峰镇康宁园,"
            "鑫汇里为封控区其他管控区及防范区范围不变\n"
            "东丽区增加划定春晓街阳光园5号楼2门为封控区,春晓街阳光园5号楼为管控区,春晓街阳光园为防范区。")
_REDRAWN_READ = {("sealed", "北辰区"): ["星峰镇金华花园", "翠锦苑", "长风里", "春晓镇胜利家园", "星峰镇康宁园",
                                       "鑫汇里"],
                 ("sealed", "东丽区"): ["春晓街阳光园5号楼2门"], ("controlled", "东丽区"): ["春晓街阳光园5号楼"],
                 ("precaution", "东丽区"): ["春晓街阳光园"]}


def test_a_restated_list_of_a_level_and_added_areas() -> None:
    assert by_level(_REDRAWN) == _REDRAWN_READ


def test_a_restated_list_in_traditional_characters() -> None:
    assert by_level(in_traditional(_REDRAWN)) == _REDRAWN_READ


def test_a_restated_list_full_width_ending_the_sentence() -> None:
    text = (_LEAD + "北辰区调整原封控区为星峰镇金华花园,翠锦苑。").translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "北辰区"): ["星峰镇金华花园", "翠锦苑"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=5, unique=True), name)
def test_any_restated_list_reads_each_estate(names: list[str], added: str) -> None:
    assume(no_real_city(added, *names) and added not in names)
    estates = [f"{n}花园" for n in names]
    text = (_LEAD + "北辰区调整原部分封控区为星峰镇" + ",".join(estates)
            + f",增加划定春晓镇{added}花园为封控区其他管控区及防范区范围不变")
    assert by_level(text) == {("sealed", "北辰区"): [f"星峰镇{estates[0]}", *estates[1:], f"春晓镇{added}花园"]}


def test_a_level_adjusted_to_a_level_or_to_measures_names_no_place() -> None:
    text = _LEAD + "北辰区调整部分封控区为管控区。东丽区调整中风险区为常态化防控。"
    assert by_level(text) == {}
    # (while a list of places after the same words is the level's list)
    listed = _LEAD + "北辰区调整部分封控区为星峰镇金华花园,翠锦苑。"
    assert by_level(listed) == {("sealed", "北辰区"): ["星峰镇金华花园", "翠锦苑"]}


# --- two estates run together, the second listed apart -----------------------------------------------------------

_GLUED = ("自2022年1月13日18时起,天津市将北辰区星峰镇金华花园,春晓镇翠锦苑调整为中风险地区。\n"
          "北辰区划定星峰镇长风里,胜利家园,春晓镇金桃园翠锦苑,鑫汇里为封控区。")


def test_two_estates_run_together_split_where_the_second_is_listed_apart() -> None:
    assert by_level(_GLUED) == {("medium", "北辰区"): ["星峰镇金华花园", "春晓镇翠锦苑"],
                                ("sealed", "北辰区"): ["星峰镇长风里", "胜利家园", "春晓镇金桃园", "翠锦苑", "鑫汇里"]}


def test_run_together_estates_in_traditional_characters() -> None:
    assert levels_of(in_traditional(_GLUED))["sealed"] == [
        "星峰镇长风里", "胜利家园", "春晓镇金桃园", "翠锦苑", "鑫汇里"]


def test_run_together_estates_full_width() -> None:
    assert levels_of(_GLUED.translate(HALF_TO_FULL))["sealed"] == [
        "星峰镇长风里", "胜利家园", "春晓镇金桃园", "翠锦苑", "鑫汇里"]


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=4, max_size=4, unique=True), st.sampled_from(["园", "苑", "里", "花园", "家园"]))
def test_any_run_together_pair_listed_apart_is_two(names: list[str], kind: str) -> None:
    assume(no_real_city(*names))
    a, b, c, d = (f"{n}{kind}" for n in names)
    text = (f"自2022年1月13日18时起,天津市将北辰区春晓镇{b}调整为中风险地区。\n"
            f"北辰区划定星峰镇{c},{d},春晓镇{a}{b},鑫汇里为封控区。")
    assert levels_of(text)["sealed"] == [f"星峰镇{c}", d, f"春晓镇{a}", b, "鑫汇里"]


def test_a_name_holding_another_is_kept_when_that_other_is_not_listed() -> None:
    # (a run-together look alone splits nothing: "金桃园丽泽苑" may be one estate's name)
    text = ("自2022年1月13日18时起,天津市将北辰区星峰镇金华花园,春晓镇翠锦苑调整为中风险地区。\n"
            "北辰区划定星峰镇长风里,胜利家园,春晓镇金桃园丽泽苑,鑫汇里为封控区。")
    assert levels_of(text)["sealed"] == ["星峰镇长风里", "胜利家园", "春晓镇金桃园丽泽苑", "鑫汇里"]
    # (nor a town in front of a listed estate: "星峰镇金华花园" is that estate with its town)
    listed = ("自2022年1月13日18时起,天津市将北辰区星峰镇金华花园调整为中风险地区。\n"
              "北辰区划定长风里,胜利家园,星峰镇金华花园,鑫汇里为封控区。")
    assert levels_of(listed)["sealed"] == ["长风里", "胜利家园", "星峰镇金华花园", "鑫汇里"]
    # (while the same run splits once its second estate is listed apart)
    apart = text.replace("春晓镇翠锦苑调整", "春晓镇丽泽苑调整")
    assert levels_of(apart)["sealed"] == ["星峰镇长风里", "胜利家园", "春晓镇金桃园", "丽泽苑", "鑫汇里"]
