"""Forms of the twenty-second held-out set, each in variants written here (invented places, the wording of forms
real notices use): numbered sentences "一、对A实行临时封闭管控" / "二、对B实行临时管控" (the measure names the level),
"对A、B和C进行临时封控" (和 before the last place of a 、 list), a market's numbered sections ("A市场一区、二区及
沿街商铺", one place and no district), runs of numerals before a shared unit ("A天地三、四、六期", "B国际1#、2#")
in lists of one place a line, a news headline starting with its day ("7月6日某县划定中高风险地区") and "以外区域
属于低风险区" (the rest, a blanket)."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

_CN = "一二三四五六七八九"


# --- 1. numbered sentences "对A实行临时封闭管控": closed management is the sealed level's, control the controlled


def test_numbered_closure_and_control_sentences() -> None:
    text = ("关于对部分区域实行临时封控、管控的通告\n"
            "一、对青石果蔬市场一区、二区、三区及沿街商铺实行临时封闭管控,足不出户,服务上门。\n"
            "二、对松柏公寓、梅兰家园、竹菊名苑实行临时管控,人不出区,错峰取物。\n"
            "以上措施自2022年9月28日起执行。")
    assert levels_of(text) == {"sealed": ["青石果蔬市场一区、二区、三区及沿街商铺"],
                               "controlled": ["松柏公寓", "梅兰家园", "竹菊名苑"]}


def test_numbered_closure_with_digits_full_width_and_traditional_characters() -> None:
    text = in_traditional("关于对部分区域实行临时封控的通告\n1.对杨柳小区实行临时封闭管控,足不出户。\n"
                        "2.对安宁花园、康乐小区实行临时管控,人不出区。\n").translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["杨柳小区"], "controlled": ["安宁花园", "康乐小区"]}


def test_bracketed_numbers_and_sealing_wording() -> None:
    text = "(一)对丰华村实行临时封控,足不出户。\n(二)对丰华村周边的光明社区实行临时管控。\n"
    assert levels_of(text) == {"sealed": ["丰华村"], "controlled": ["丰华村周边的光明社区"]}


def test_a_kind_of_place_by_what_happened_there_is_no_place() -> None:
    text = ("关于调整风险区的通告\n一、将青石小区调整为低风险区。\n二、对3天内有疫情发生的楼栋继续实施临时管控措施。\n")
    assert levels_of(text) == {"low": ["青石小区"]}


# --- 2. 和 before the last place of a 、 list: "A、B和C"


def test_final_and_in_sealed_and_controlled_sentences() -> None:
    text = ("关于对河湾镇部分区域实行临时封控的通告\n"
            "对河湾镇松风社区的松风北区、青竹佳苑(西北角12户自建房除外)和华安新悦府进行临时封控。\n"
            "对河湾镇松风社区、鹤鸣桥社区和聚宝村进行临时管控。\n")
    assert levels_of(text) == {
        "sealed": ["河湾镇松风社区的松风北区", "青竹佳苑(西北角12户自建房除外)", "华安新悦府"],
        "controlled": ["河湾镇松风社区", "鹤鸣桥社区", "聚宝村"]}


def test_final_and_keeps_a_name_starting_with_he_and_a_side() -> None:
    levels = levels_of("即日起,将青松小区、翠竹苑和平安家园划为封控区。")
    assert levels == {"sealed": ["青松小区", "翠竹苑和平安家园"]}  # 和平安家园: a name may start with 和
    levels = levels_of("即日起,将青松小区、翠竹苑和周边商铺划为管控区。")
    assert levels == {"controlled": ["青松小区", "翠竹苑和周边商铺"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=3, max_size=6, unique=True),
       st.sampled_from(["社区", "村", "小区", "花园"]), st.sampled_from(["府", "苑", "社区", "村", "家园"]),
       st.sampled_from(["进行临时封控", "实行临时封闭管控"]), st.booleans())
def test_final_and_splits_the_last_two_places(names: list[str], end: str, last_end: str, verb: str,
                                              full_width: bool) -> None:
    # (a last name starting as 和's words do, "和兴…", "和光…", may be one name with 和: not this form)
    assume(names[-1][0] not in "平谐睦美顺兴悦煦润盛鸣风园苑居家乐畅泰嘉光义安")
    places = [name + end for name in names[:-1]] + [names[-1] + last_end]
    text = f"对{'、'.join(places[:-1])}和{places[-1]}{verb},足不出户。"
    if full_width:
        text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": places}


# --- 3. a market's (compound's) numbered sections: one place, no district


def test_numbered_sections_are_no_district() -> None:
    assert levels_of("即日起,将龙华市场一区、二区划为封控区。") == {"sealed": ["龙华市场一区、二区"]}
    assert by_level("即日起,将龙华市场三区划为封控区。") == {("sealed", None): ["龙华市场三区"]}


# --- 4. numerals before a shared unit in a list of one place a line


def test_phases_of_one_estate_in_a_list_of_one_place_a_line() -> None:
    text = ("城关区关于划定部分区域为高风险区的通告\n\n一、高风险区\n\n桃源镇锦绣名都小区\n\n"
            "桃源镇名泉天地三、四、六期\n\n二、低风险区\n\n城关区除高风险区以外的其他区域\n\n特此通告。\n")
    assert by_level(text) == {("high", "城关区"): ["桃源镇锦绣名都小区", "桃源镇名泉天地三、四、六期"]}


def test_numeral_runs_in_a_sentence() -> None:
    assert levels_of("即日起,将星河湾一、二、三期划为高风险区。") == {"high": ["星河湾一、二、三期"]}
    assert levels_of("即日起,将金峰国际一期1#、2#、5#;春晓花园19号楼划为高风险区。") == {
        "high": ["金峰国际一期1#、2#、5#", "春晓花园19号楼"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=5, unique=True),
       st.lists(st.sampled_from(list(_CN)), min_size=2, max_size=4, unique=True), st.sampled_from(["期", "区"]))
def test_a_line_with_a_numeral_run_is_one_place(names: list[str], numbers: list[str], unit: str) -> None:
    places = [f"{name}小区" for name in names[:-1]] + [f"{names[-1]}天地{'、'.join(sorted(numbers))}{unit}"]
    text = "关于划定高风险区的通告\n\n一、高风险区\n\n" + "\n\n".join(places) + "\n\n特此通告。\n"
    assert levels_of(text) == {"high": places}


# --- 5. a headline starting with its day names the county; "…以外区域属于低风险区" is the rest, a blanket


def test_headline_with_its_day_and_a_belonging_rest() -> None:
    text = ("7月6日城固县划定中高风险地区\n\n  一、高风险区。松风街道金峰国际1#、2#;松风街道阳光城6号楼。\n\n"
            "  二、中风险区。松风街道:彩虹社区、俊星社区。\n\n"
            "  三、低风险区。中高风险区以外区域属于低风险区,包括中风险区范围内的政府机构、学校、医院及征用场所等。\n\n"
            "  高风险区执行“足不出户、上门服务”等封控措施。\n")
    assert by_level(text) == {
        ("high", "城固县"): ["松风街道金峰国际1#、2#", "松风街道阳光城6号楼"],
        ("medium", "城固县"): ["松风街道彩虹社区", "松风街道俊星社区"]}


def test_belongs_to_a_level_reads_as_set() -> None:
    assert levels_of("即日起,青松小区属于高风险区。") == {"high": ["青松小区"]}
    result = parse_notice("一、高风险区:青松小区。\n二、低风险区:其他区域不属于高风险区。\n", default_year=2022)
    assert all(change["level_to"] != "low" or not change["places"] for change in result["changes"])
