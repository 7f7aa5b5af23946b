"""Forms of the forty-sixth held-out set (f46c): a 2020 five-colour level's heading with its list run on after the
colon ("较高风险地区:A、B、C;", a level of none of ours); a map's counts per level ("高风险地区为1个,较高风险的县
(市、区)为12个"); a count of divisions none named ("二、风险等级持平的县(市、区)99个(见一览表)。"); 其中 opening a
list under its level ("中风险地区" over "其中A区、B县等N个县(市、区)为中风险地区。"); a news site's tag before its
headline ("最新!A县为低风险地区"); a counted level's places after a dash and the next counted level after ";" ("共有
2个高风险地区——A区B街道,C区D镇;3个中风险地区,分别是:"); a clause of an earlier change ("继A、B升级为高风险地区
后,"). Notices here are written for the tests."""

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

_names = st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=4, unique=True)

# --- "较高风险地区:A、B、C;" --------------------------------------------------------------------------------------


def test_an_off_scale_level_with_its_list_run_on_gives_no_place() -> None:
    text = ("涉及青岚的,\n较高风险地区:松阳、柳溪、杏坪;\n中风险地区:梅江、桃源;\n较低风险地区:竹山;\n"
            "低风险地区:枫林、石门。")
    assert levels_of(text) == {"medium": ["梅江", "桃源"], "low": ["枫林", "石门"]}


def test_off_scale_list_variants() -> None:
    assert levels_of("一、较高风险地区:梅江、杏坪。\n二、低风险地区:枫林、竹山。") == {"low": ["枫林", "竹山"]}
    assert levels_of(in_traditional("较高风险地区:青岚、柳溪、杏坪;\n中风险地区:松阳、桃源;")) \
        == {"medium": ["松阳", "桃源"]}
    assert levels_of("较高风险地区:青岚、柳溪;\n中风险地区:松阳、桃源;".translate(HALF_TO_FULL)) \
        == {"medium": ["松阳", "桃源"]}


def test_a_change_from_an_off_scale_level_keeps_its_places() -> None:
    # (ordinary wording: places lowered from such a level to one of ours are listed at ours)
    assert levels_of("较低风险降为低风险(3个):西岭、江湾、鹿鸣。") == {"low": ["西岭", "江湾", "鹿鸣"]}


@settings(max_examples=20, deadline=None)
@given(_names, _names)
def test_any_off_scale_list_is_left_out(off: list[str], medium: list[str]) -> None:
    text = f"较高风险地区:{'、'.join(off)};\n中风险地区:{'、'.join(m + '县' for m in medium)}。"
    assert levels_of(text) == {"medium": [m + "县" for m in medium]}


# --- "高风险地区为1个,较高风险的县(市、区)为12个" -------------------------------------------------------------------

_COUNTS = "评估结果显示:高风险地区为1个,较高风险的县(市、区)为11个,中风险地区为13个,较低风险的县(市、区)为17个。"


def test_a_levels_count_is_no_place() -> None:
    assert levels_of(_COUNTS + "\n中风险地区:松阳、桃源。") == {"medium": ["松阳", "桃源"]}


def test_level_count_variants() -> None:
    assert levels_of(in_traditional(_COUNTS + "\n低风险地区:枫林、竹山。")) == {"low": ["枫林", "竹山"]}
    assert levels_of(("评估结果显示:高风险地区为1个,较高风险的县(市、区)为11个,中风险地区为13个。\n"
                      "中风险地区:松阳、桃源。").translate(HALF_TO_FULL)) == {"medium": ["松阳", "桃源"]}
    assert levels_of("数据显示:高风险地区为二个,较高风险的县(市、区)为五个。\n高风险地区:松阳、桃源。") \
        == {"high": ["松阳", "桃源"]}


def test_places_before_a_count_are_still_read() -> None:
    # (ordinary wording: the places first, then their count)
    assert levels_of("高风险区为青岚小区、柳溪小区等2个。") == {"high": ["青岚小区", "柳溪小区"]}


@settings(max_examples=20, deadline=None)
@given(st.integers(1, 99), st.integers(1, 99), _names)
def test_any_counts_are_no_places(high: int, upper: int, places: list[str]) -> None:
    text = f"结果显示:高风险地区为{high}个,较高风险的县(市、区)为{upper}个。\n低风险地区:{'、'.join(places)}。"
    assert levels_of(text) == {"low": places}


# --- "二、风险等级持平的县(市、区)99个(见一览表)。" ------------------------------------------------------------------

_LOWERED = "一、风险等级下降的县(市、区)\n由中风险下降为低风险的1个:青岚县。\n"


def test_a_count_of_divisions_none_named_is_no_place() -> None:
    assert levels_of(_LOWERED + "二、风险等级持平的县(市、区)99个(见一览表)。") == {"low": ["青岚县"]}


def test_counted_divisions_variants() -> None:
    assert levels_of(in_traditional(_LOWERED + "二、风险等级持平的县(市、区)99个(见一览表)。")) == {"low": ["青岚县"]}
    assert levels_of((_LOWERED + "二、风险等级持平的县(市、区)共99个(见附表)。").translate(HALF_TO_FULL)) \
        == {"low": ["青岚县"]}
    assert levels_of("一、风险等级下降的乡镇(街道)\n由中风险下降为低风险的1个:柳溪镇。\n"
                     "二、风险等级未变的乡镇(街道)35个。") == {"low": ["柳溪镇"]}


def test_a_level_heading_with_its_count_still_opens_a_list() -> None:
    # (ordinary wording: a count with a level word is the heading of the list below)
    assert levels_of("高风险的县(市、区)2个\n柳溪县、杏坪县") == {"high": ["柳溪县", "杏坪县"]}


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.integers(2, 120))
def test_any_count_of_divisions_ends_the_list(county: str, count: int) -> None:
    text = (f"一、风险等级下降的县(市、区)\n由中风险下降为低风险的1个:{county}县。\n"
            f"二、风险等级持平的县(市、区){count}个。")
    assert levels_of(text) == {"low": [county + "县"]}


# --- "其中A区、B县…等N个县(市、区)为中风险地区" ---------------------------------------------------------------------


def test_among_opening_a_list_is_no_part_of_its_first_place() -> None:
    text = ("中风险地区\n其中青岚市松阳区、桃源区,柳溪县、杏坪县等4个县(市、区)为中风险地区。\n"
            "低风险地区\n其余均为低风险地区。")
    assert levels_of(text) == {"medium": ["松阳区", "桃源区", "柳溪县", "杏坪县"]}


def test_among_variants() -> None:
    assert levels_of("高风险地区\n其中松阳区、桃源区、柳溪县等3个县(市、区)为高风险地区。") \
        == {"high": ["松阳区", "桃源区", "柳溪县"]}
    assert levels_of(in_traditional("中风险地区\n其中青岚市松阳区、桃源区,柳溪县等3个县(市、区)为中风险地区。")) \
        == {"medium": ["松阳区", "桃源区", "柳溪县"]}
    assert levels_of("中风险地区\n其中松阳区、桃源区等2个县(市、区)为中风险地区。".translate(HALF_TO_FULL)) \
        == {"medium": ["松阳区", "桃源区"]}


def test_among_before_buildings_or_a_count_is_left_alone() -> None:
    # (ordinary wording: "其中3号楼" names buildings of a compound written elsewhere; "其中14个" is a count)
    assert levels_of("中风险地区\n其中3号楼、5号楼为中风险地区。") == {"medium": ["其中3号楼、5号楼"]}


@settings(max_examples=20, deadline=None)
@given(_names)
def test_any_list_opened_by_among(counties: list[str]) -> None:
    places = [c + "县" for c in counties]
    text = f"中风险地区\n其中{'、'.join(places)}等{len(places)}个县(市、区)为中风险地区。"
    assert levels_of(text) == {"medium": places}


# --- "最新!A县为低风险地区" -------------------------------------------------------------------------------------


def test_a_news_tag_before_a_headline_is_no_part_of_its_place() -> None:
    assert levels_of("重磅!柳溪县调整为中风险地区\n中风险地区:\n青岚市:柳溪县") == {"medium": ["柳溪县"]}


def test_news_tag_variants() -> None:
    assert levels_of(in_traditional("最新!柳溪县调整为中风险地区\n中风险地区:\n青岚市:柳溪县、桃源区")) \
        == {"medium": ["柳溪县", "桃源区"]}
    assert levels_of("刚刚!柳溪县调整为中风险地区\n中风险地区:\n青岚市:柳溪县".translate(HALF_TO_FULL)) \
        == {"medium": ["柳溪县"]}
    assert levels_of("突发!杏坪县调整为高风险地区\n高风险地区:\n青岚市:杏坪县") == {"high": ["杏坪县"]}


def test_a_place_named_like_news_is_kept() -> None:
    # (ordinary wording: a label with a colon, no "!", is read as it was)
    assert levels_of("最新通报:柳溪县调整为中风险地区。") == {"medium": ["柳溪县"]}


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["最新", "重磅", "刚刚", "突发"]))
def test_any_tagged_headline(county: str, tag: str) -> None:
    text = f"{tag}!{county}县调整为中风险地区\n中风险地区:\n青岚市:{county}县"
    assert levels_of(text) == {"medium": [county + "县"]}


# --- "共有2个高风险地区——A区B街道,C区D镇;3个中风险地区,分别是:" ------------------------------------------------

_DASHED = ("截至21日15时,全市共有2个高风险地区——松阳区青岚街道,桃源区柳溪镇;3个中风险地区(涉及2个区),分别是:\n"
           "松阳区:杏坪街道、梅江街道;\n桃源区:竹山镇")


def test_a_counted_levels_dashed_list_and_the_next_level() -> None:
    assert levels_of(_DASHED) == {"high": ["青岚街道", "柳溪镇"], "medium": ["杏坪街道", "梅江街道", "竹山镇"]}


def test_dashed_level_variants() -> None:
    assert levels_of(in_traditional(_DASHED)) \
        == {"high": ["青岚街道", "柳溪镇"], "medium": ["杏坪街道", "梅江街道", "竹山镇"]}
    assert levels_of(_DASHED.translate(HALF_TO_FULL)) \
        == {"high": ["青岚街道", "柳溪镇"], "medium": ["杏坪街道", "梅江街道", "竹山镇"]}
    assert levels_of("本市共有1个封控区——松阳区青岚小区;2个管控区,分别是:\n松阳区:杏坪小区、梅江小区") \
        == {"sealed": ["青岚小区"], "controlled": ["杏坪小区", "梅江小区"]}


def test_a_dash_in_a_sentence_of_measures_names_no_place() -> None:
    # (ordinary wording: a dash after a level word that heads no count)
    assert levels_of("高风险地区——严格落实“足不出户”措施。\n高风险地区:青岚小区。") == {"high": ["青岚小区"]}


@settings(max_examples=20, deadline=None)
@given(_names, _names)
def test_any_dashed_counted_level(high: list[str], medium: list[str]) -> None:
    highs = [h + "街道" for h in high]
    mediums = [m + "镇" for m in medium]
    text = (f"全市共有{len(highs)}个高风险地区——松阳区{'、'.join(highs)};{len(mediums)}个中风险地区,分别是:\n"
            f"桃源区:{'、'.join(mediums)}")
    assert levels_of(text) == {"high": highs, "medium": mediums}


# --- "继A、B升级为高风险地区后," ---------------------------------------------------------------------------------

_LISTED = "\n截至21日,本市共有高风险地区:\n松阳区:杏坪街道、梅江街道\n桃源区:柳溪镇"


def test_a_clause_of_an_earlier_change_sets_no_level() -> None:
    text = "继松阳杏坪、桃源柳溪镇升级为高风险地区后,本市再次新增2个高风险地区。" + _LISTED
    assert levels_of(text) == {"high": ["杏坪街道", "梅江街道", "柳溪镇"]}


def test_earlier_change_variants() -> None:
    assert levels_of(in_traditional("继松阳杏坪升级为高风险地区后,本市再次新增1个高风险地区。\n高风险地区:\n"
                                    "松阳区:杏坪街道、梅江街道")) == {"high": ["杏坪街道", "梅江街道"]}
    assert levels_of(("继松阳杏坪调整为高风险地区之后,本市再次新增2个高风险地区。" + _LISTED).translate(HALF_TO_FULL)) \
        == {"high": ["杏坪街道", "梅江街道", "柳溪镇"]}
    assert levels_of("继桃源柳溪镇列为高风险地区后,本市新增2个高风险地区。" + _LISTED) \
        == {"high": ["杏坪街道", "梅江街道", "柳溪镇"]}


def test_continuing_a_level_is_still_read() -> None:
    # (ordinary wording: 继续 "continue" is no clause of an earlier change)
    assert levels_of("继续将杏坪街道列为中风险地区。") == {"medium": ["杏坪街道"]}


@settings(max_examples=20, deadline=None)
@given(_names)
def test_any_earlier_change_clause(towns: list[str]) -> None:
    places = [t + "镇" for t in towns]
    text = (f"继松阳{'、'.join(places)}升级为高风险地区后,本市再次新增{len(places)}个高风险地区。\n"
            f"高风险地区:\n松阳区:{'、'.join(places)}")
    assert levels_of(text) == {"high": places}
