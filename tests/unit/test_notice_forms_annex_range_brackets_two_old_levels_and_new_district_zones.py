"""Forms of a street's whole closed with a bracket pointing at the appendix for its bounds ("对A街、B街全域(区域范围
详见附件)实施封闭式管理", 广州, 2021): each street sealed, the bracket no part of the place, a street's 全域 kept on
the place it is written on; a place eased from two old levels at once ("将A街道B花园由封控区、管控区调整为防范区",
深圳, spring 2022): the place at its new level; and a new district's own zone among districts before their shared
rest ("A区、B新区C新城、D区除高风险区外,为低风险区", 西安, autumn 2022): a blanket, no place. Notices here are
written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import PREFECTURE_CITIES, PROVINCES, in_traditional


def _rules(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for change in parse_notice(text, default_year=2022, fallback=False)["changes"]:
        out.setdefault(change["level_to"] or "lifted", []).extend(change["places"])
    return out


def _names() -> st.SearchStrategy[str]:
    return st.text(alphabet="东西南北青石柳河杏花龙泉金沙白", min_size=2, max_size=3)


def _not_a_division(name: str) -> None:
    assume(not any(name.startswith(p) or p.startswith(name) for p in (*PROVINCES, *PREFECTURE_CITIES)))


# --- "对A街、B街全域(区域范围详见附件)实施封闭式管理" -----------------------------------------------------------

def test_streets_whole_with_an_annex_range_bracket_are_sealed_without_it() -> None:
    assert _rules("甲区防控指挥部通告\n从即日起,对东漖街、石围塘街全域(区域范围详见附件)实施封闭式管理。") \
        == {"sealed": ["东漖街", "石围塘街全域"]}
    assert _rules("通告\n即日起,对沙园街全域(具体范围见附件2)实施封闭式管理。") == {"sealed": ["沙园街全域"]}
    assert _rules(in_traditional("通告\n即日起,对南石头街全域(范围详见附图)实施封闭式管理。")) \
        == {"sealed": ["南石头街全域"]}
    assert _rules("通告\n即日起，对海龙街全域（区域范围详见附件３）实施封闭式管理。") == {"sealed": ["海龙街全域"]}
    # near misses: a bracket that says more stays with its place; a blanket's 全域 (全街) goes with the verb
    assert _rules("通告\n即日起,对南石头街全域(区域范围详见附件,含江边码头)实施封闭式管理。") \
        == {"sealed": ["南石头街全域(区域范围详见附件,含江边码头)"]}
    assert _rules("通告\n即日起,对全街全域实施封闭式管理。") == {"sealed": ["全街"]}


@settings(max_examples=25, deadline=None)
@given(_names(), st.sampled_from(["区域范围详见附件", "具体范围见附件1", "范围详见附图", "封控范围详见附件"]))
def test_any_streets_whole_with_an_annex_range_bracket(name: str, note: str) -> None:
    _not_a_division(name)
    text = f"通告\n从即日起,对{name}街全域({note})实施封闭式管理。"
    assert _rules(text) == {"sealed": [f"{name}街全域"]}, text


# --- "将A街道B花园由封控区、管控区调整为防范区" ------------------------------------------------------------------

def test_a_place_eased_from_two_old_levels_is_at_its_new_level() -> None:
    assert _rules("甲区防控指挥部通告(第9号)\n自2022年3月21日24时起,"
                  "将莲花街道景田北小区由封控区、管控区调整为防范区。") \
        == {"precaution": ["莲花街道景田北小区"]}
    assert _rules("通告\n自4月2日0时起,将梅林街道华侨新村由封控区和管控区调整为防范区") \
        == {"precaution": ["梅林街道华侨新村"]}
    assert _rules(in_traditional("通告\n自4月2日0时起,将香蜜湖街道东海花园由封控区、管控区降为防范区。")) \
        == {"precaution": ["香蜜湖街道东海花园"]}
    assert _rules("通告\n自４月２日０时起，将华富街道田面村由封控区、管控区调整为防范区。") \
        == {"precaution": ["华富街道田面村"]}
    # near miss: a rule for whatever leaves the levels names no place
    assert _rules("通告\n封控区、管控区调整为防范区后,居民可凭核酸阴性证明出入。") == {}


@settings(max_examples=25, deadline=None)
@given(_names(), st.sampled_from(["花园", "小区", "新村"]), st.sampled_from(["、", "和", "及"]),
       st.sampled_from(["调整为", "降为"]))
def test_any_place_eased_from_two_old_levels(name: str, kind: str, joint: str, verb: str) -> None:
    _not_a_division(name)
    place = f"福保街道{name}{kind}"
    text = f"通告\n自3月21日24时起,将{place}由封控区{joint}管控区{verb}防范区。"
    assert _rules(text) == {"precaution": [place]}, text


# --- "A区、B新区C新城、D区除高风险区外,为低风险区" -------------------------------------------------------------

_LEAD = ("某市新冠肺炎疫情防控指挥部研究决定,自2022年11月13日23时起:\n\n  划定高风险区1个:\n\n"
         "  1、雁塔区丈八街道东仪路社区枫叶苑小区3号楼\n\n  调整后,某市共有高风险区5个。")
_HIGH = {"high": ["丈八街道东仪路社区枫叶苑小区3号楼"]}


def test_a_new_districts_zone_among_districts_before_their_rest_is_no_place() -> None:
    assert _rules(_LEAD + "雁塔区、长安区、西咸新区沣西新城、高新区除高风险区外,为低风险区。") == _HIGH
    assert _rules(_LEAD + "莲湖区、西咸新区空港新城、长安区除高风险区外,为低风险区。") == _HIGH
    assert _rules(in_traditional(_LEAD + "碑林区、西咸新区秦汉新城、经开区除高风险区外,为低风险区。")) \
        == _HIGH
    assert _rules(_LEAD + "灞桥区、西咸新区泾河新城、曲江新区除高风险区外，为低风险区。") == _HIGH
    # near miss: an estate after a new district is a place of its own, its rest a place
    assert _rules(_LEAD + "莲湖区、西咸新区枫林花园除高风险区外,为低风险区。")["low"] != []


@settings(max_examples=25, deadline=None)
@given(_names())
def test_any_new_districts_zone_among_districts_before_their_rest(name: str) -> None:
    _not_a_division(name)
    text = _LEAD + f"雁塔区、西咸新区{name}新城、长安区除高风险区外,为低风险区。"
    assert _rules(text) == _HIGH, text
