"""Forms of notices: a heading that moves a list between levels written without 区 ("中风险降为低风险(14个)"), a
list restated as a level's count with its places in brackets ("共有高风险区3个(A、B、C),中风险区2个(D,E)"), a
bank's branch that names its county ("A银行B县支行", one place, no district), a headline that starts with its
district after its city or province ("邯郸邱县11月30日调整…的通告", "黑龙江鸡东县三地调整为中风险地区"), and a
district's whole that keeps its level under a list ("A区全域依旧为低风险区(除高风险区以外的其他区域)": it ends the
list, no place). Each form in variants written here (invented places, the wording of the real forms: other
districts, separators, traditional characters, full-width punctuation, spaces, line breaks), and properties over
generated lists."""

from __future__ import annotations

from hypothesis import given, settings
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

name = invented_names(PLAIN_SYLLABLES)
NAMED_END = ["小区", "花园", "家园", "超市"]


@st.composite
def named_place(draw: st.DrawFn) -> str:
    return draw(name) + draw(st.sampled_from(NAMED_END)) + str(draw(st.integers(1, 40))) + "号楼"


# --- a bare level moved to another in a heading ------------------------------------------------------------

LEAD = ("关于调整中风险区风险等级的通告\n根据当前疫情防控需要,经综合研判,县疫情防控应急指挥部研究决定,"
        "对全县疫情风险区域进行调整,现公布如下:\n")
SIGNED = "特此通告。\n{office}新型冠状病毒感染肺炎疫情防控应急指挥部\n2022年8月31日\n"


def test_bare_levels_moved_over_town_items_with_counts() -> None:
    text = (LEAD + "中风险降为低风险(4个)\n1.青石镇(2个):南湖村上屋组、北岭组 。\n"
            "2.白沙乡(2个):白沙社区新街、柳塘村下湾组 。\n" + SIGNED.format(office="望江县"))
    assert by_level(text) == {("low", "望江县"): ["青石镇南湖村上屋组", "青石镇北岭组", "白沙乡白沙社区新街",
                                                 "白沙乡柳塘村下湾组"]}


def test_bare_levels_moved_numbered_and_full_width() -> None:
    text = (LEAD + "一、高风险调整为中风险(2个):\n金桥镇红旗村五组、金桥镇松林小区3栋。\n"
            + SIGNED.format(office="宿松县")).translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["金桥镇红旗村五组", "金桥镇松林小区3栋"]}


def test_bare_levels_moved_in_traditional_characters() -> None:
    text = in_traditional(LEAD + "中风险降为低风险(2个)\n1.长岭镇东山村茶园组、长岭镇西山村竹林组。\n"
                        + SIGNED.format(office="太湖县"))
    assert levels_of(text) == {"low": ["长岭镇东山村茶园组", "长岭镇西山村竹林组"]}


# --- a level's count with its places in brackets -----------------------------------------------------------

def test_restated_counts_with_bracketed_places_on_lines() -> None:
    text = (LEAD + "中风险降为低风险(1个)\n1.青石镇南湖村上屋组。\n调整后,\n"
            "望江县共有高风险区2个(青石镇金叶小区5栋、白沙乡柳塘村下湾组),\n"
            "中风险区2个(青石镇南湖村<上屋组除外>,白沙乡柳塘村<下湾组除外>) 。\n" + SIGNED.format(office="望江县"))
    assert by_level(text) == {
        ("low", "望江县"): ["青石镇南湖村上屋组"],
        ("high", "望江县"): ["青石镇金叶小区5栋", "白沙乡柳塘村下湾组"],
        ("medium", "望江县"): ["青石镇南湖村<上屋组除外>", "白沙乡柳塘村<下湾组除外>"]}


def test_restated_counts_with_bracketed_places_on_one_line_full_width() -> None:
    text = (LEAD + "高风险降为低风险(1个)\n1.金桥镇红旗村五组。\n"
            "调整后,宿松县共有高风险区3个(金桥镇松林小区3栋、金桥镇松林小区4栋、汇口镇新街8号),"
            "中风险区1个(汇口镇新街)。\n" + SIGNED.format(office="宿松县")).translate(HALF_TO_FULL)
    # (the list of one in brackets is read too: "中风险区1个(A)" names its one place)
    assert levels_of(text) == {"low": ["金桥镇红旗村五组"],
                               "high": ["金桥镇松林小区3栋", "金桥镇松林小区4栋", "汇口镇新街8号"],
                               "medium": ["汇口镇新街"]}


def test_a_count_whose_brackets_hold_a_note_is_no_list() -> None:
    text = (LEAD + "中风险降为低风险(2个)\n1.长岭镇东山村茶园组、长岭镇西山村竹林组。\n"
            "调整后,全省低风险地区74个(含某某新区)。\n" + SIGNED.format(office="太湖县"))
    assert levels_of(text) == {"low": ["长岭镇东山村茶园组", "长岭镇西山村竹林组"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(named_place(), min_size=2, max_size=5, unique=True),
       st.lists(named_place(), min_size=2, max_size=4, unique=True),
       st.sampled_from(["、", ","]), st.booleans())
def test_restated_bracketed_lists_read_whatever_their_places(high: list[str], medium: list[str], sep: str,
                                                              broken: bool) -> None:
    medium = [p for p in medium if p not in high]
    if len(medium) < 2:
        return
    breaks = "\n" if broken else ""
    text = (LEAD + "中风险降为低风险(1个)\n1.青石镇南湖村上屋组。\n调整后," + breaks
            + f"望江县共有高风险区{len(high)}个({sep.join(high)})," + breaks
            + f"中风险区{len(medium)}个({sep.join(medium)})。\n" + SIGNED.format(office="望江县"))
    assert levels_of(text) == {"low": ["青石镇南湖村上屋组"], "high": high, "medium": medium}


# --- a bank's branch names its county --------------------------------------------------------------------

def _numbered(items: list[str]) -> str:
    return "".join(f"({'一二三四五六'[i]}){item};\n" for i, item in enumerate(items))


def test_bank_branches_keep_their_county_names() -> None:
    for place in ("张家口银行邱县支行", "农业银行望江县支行营业部", "某某银行宿松县分行", "太湖县农村信用社"):
        text = ("关于调整风险区域的通告\n经综合研判,现将我县风险区域调整如下:\n一、新增高风险区2个:\n"
                + _numbered(["金叶小区3号楼", place]) + "特此通告。\n")
        found = levels_of(text)
        assert found["high"] == ["金叶小区3号楼", place.removeprefix("太湖县")], place


# --- a headline's district at its front --------------------------------------------------------------------

BODY = ("根据《新型冠状病毒肺炎防控方案(第九版)》相关规定,经综合研判,决定将我县风险区域进行调整,现将相关事项通告如下:\n"
        "一、新增高风险区2个:\n(一)金叶小区3号楼;\n(二)育才路幸福巷。\n")


def test_headline_district_after_its_city_written_short() -> None:
    for headline, district in (("邯郸邱县11月30日调整风险等级的通告", "邱县"),
                               ("保定涞水县12月2日调整风险区域的通告", "涞水县"),
                               ("安庆望江县 12月1日调整风险等级的通告", "望江县")):
        assert by_level(headline + "\n" + BODY) == {("high", district): ["金叶小区3号楼", "育才路幸福巷"]}, headline


def test_headline_district_after_its_province_with_a_count_traditional() -> None:
    text = in_traditional("黑龙江鸡东县三地调整为中风险地区\n据消息,县指挥部决定,自2022年2月22日12时起,"
                        "将蓝湖小区22号楼、金叶家园2号楼、幸福超市调整为中风险地区,其他地区风险等级不变。")
    assert by_level(text) == {("medium", "鸡东县"): ["蓝湖小区22号楼", "金叶家园2号楼", "幸福超市"]}


def test_a_headline_that_starts_with_a_place_names_no_district() -> None:
    text = "金叶小区3号楼调整为高风险区\n经研判,将金叶小区3号楼调整为高风险区。"
    assert by_level(text) == {("high", None): ["金叶小区3号楼"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from([("邯郸", "邱县"), ("安庆", "望江县"), ("保定", "涞水县"), ("鸡西", "鸡东县")]),
       st.integers(1, 12), st.integers(1, 28), st.lists(named_place(), min_size=1, max_size=4, unique=True))
def test_headline_districts_whatever_the_day_and_places(pair: tuple[str, str], month: int, day: int,
                                                        places: list[str]) -> None:
    city, district = pair
    items = "".join(f"({'一二三四'[i]}){p};\n" for i, p in enumerate(places))
    text = (f"{city}{district}{month}月{day}日调整风险等级的通告\n经综合研判,现将我县风险区域调整如下:\n"
            f"一、新增高风险区{len(places)}个:\n{items}特此通告。\n")
    assert by_level(text) == {("high", district): places}


# --- a district's whole kept at its level under a list ----------------------------------------------------

LIFT = ("{d}{n}个高风险区解除管控\n根据当前疫情防控形势,经专家组综合研判,将以下{n}个高风险区解除管控:\n{items}"
        "{d}全域{keep}为低风险区(除高风险区以外的其他区域)。低风险区实行“个人防护、避免聚集”。\n"
        "{d}新冠肺炎疫情联防联控指挥部\n2022年12月7日\n")


def _lifted(district: str, places: list[str], keep: str) -> str:
    items = "".join(f"{i + 1}.{p}{'。' if i + 1 == len(places) else ';'}\n" for i, p in enumerate(places))
    return LIFT.format(d=district, n=len(places), items=items, keep=keep)


def test_whole_kept_under_a_lift_list() -> None:
    text = _lifted("苏州高新区", ["通安镇金叶花园4幢2单元", "东渚街道龙湖花园7幢1单元、9幢2单元"], "依旧")
    assert by_level(text) == {("lifted", "苏州高新区"): ["通安镇金叶花园4幢2单元",
                                                       "东渚街道龙湖花园7幢1单元、9幢2单元"]}


def test_whole_kept_full_width_and_traditional() -> None:
    text = in_traditional(_lifted("吴中区", ["木渎镇金桥小区3幢", "横泾街道新街8号"], "依然").translate(HALF_TO_FULL))
    assert levels_of(text) == {"lifted": ["木渎镇金桥小区3幢", "横泾街道新街8号"]}


def test_whole_kept_with_spaces_before_lines() -> None:
    text = "\n".join("  " + line for line in _lifted("相城区", ["元和街道春晓花园2幢", "黄桥街道阳光小区5幢"],
                                                        "仍").splitlines())
    assert levels_of(text) == {"lifted": ["元和街道春晓花园2幢", "黄桥街道阳光小区5幢"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(named_place(), min_size=1, max_size=6, unique=True), st.sampled_from(["依旧", "依然", "仍", "仍然"]),
       st.sampled_from(["苏州高新区", "吴中区", "相城区", "姑苏区"]))
def test_whole_kept_under_lifts_whatever_their_places(places: list[str], keep: str, district: str) -> None:
    result = parse_notice(_lifted(district, places, keep), default_year=2022)
    assert [(c["level_to"], p) for c in result["changes"] for p in c["places"]] == [(None, p) for p in places]
