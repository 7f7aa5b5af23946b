"""Ordinary wording that names no place, or names it with words that are no part of it: a silence no office orders
(under a condition "如疫情扩散,A区全域实行静默管理", before "此前,…,现予以解除", as a model "参照…的做法", ended
"…已于11月20日结束"), the tested area of people tested ("对检测区域实行静默管理"), a town's office's whole area
("A区B镇疫情防控指挥部决定在全域实行静默管理": the town's), a reason after a title's colon ("…的公告:鉴于B小区
连续14天无新增,…"), what a bounded area holds "包括但不限于商铺、菜场", the 对 after "…起", the office's own
division after 将 ("将我市A区B小区3号楼划定为…"), a counted label over a list ("具体地点(2个)", "点位名单") and a
state of levels before a place ("调整后,高风险区已全部解除,C小区为中风险区"). Each form in variants written here
(invented places, traditional characters, full-width punctuation), near-misses that the intended forms still read,
and properties over invented names."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    PROVINCES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


def plain(n: str) -> bool:
    """No name that starts with a city's or a province's (the parser would read it as a division)."""
    return not any(n.startswith(c[:2]) for c in PREFECTURE_CITIES) and not n.startswith(PROVINCES)


# --- a silence no office orders: a condition, before, a model, ended ---------------------------------------

def test_a_conditional_silence_of_a_whole_district_names_no_place() -> None:
    assert levels_of("如疫情扩散,小店区全域实行静默管理。") == {}
    assert levels_of("若疫情持续扩散,对小店区、迎泽区实行静默管理。") == {}
    assert levels_of("一旦出现社会面病例,太原全市实施静默管理。") == {}
    # (near-misses: the silence ordered still reads)
    assert by_level("小店区全域实行静默管理。") == {("silent", "小店区"): ["小店区"]}
    assert by_level("对小店区、迎泽区实行静默管理。") == {("silent", "小店区"): ["小店区"],
                                                 ("silent", "迎泽区"): ["迎泽区"]}
    assert levels_of("按照疫情防控要求,对金桃小区实行静默管理。") == {"silent": ["金桃小区"]}


def test_a_past_a_model_or_an_ended_silence_names_no_place() -> None:
    assert levels_of("此前,平遥县全域实行静默管理,现予以解除。") == {}
    assert levels_of("参照平遥县全域实行静默管理。") == {}
    assert levels_of("参照太原全市实施静默管理的做法,做好各项防控工作。") == {}
    assert levels_of("平遥县全域实行静默管理已于11月20日结束。") == {}


def test_a_hedged_silence_in_traditional_characters_and_full_width() -> None:
    assert levels_of(in_traditional("如疫情擴散,小店區全域實行靜默管理。")) == {}
    assert levels_of("如疫情扩散,对小店区、迎泽区实行静默管理。".translate(HALF_TO_FULL)) == {}


@settings(max_examples=20, deadline=None)
@given(name, st.sampled_from(["如疫情扩散,", "若疫情持续扩散,", "必要时,", "此前,"]))
def test_any_hedged_silence_of_a_place_names_none(n: str, hedge: str) -> None:
    assume(plain(n))
    assert levels_of(f"{hedge}对{n}小区实行静默管理。") == {}
    assert levels_of(f"对{n}小区实行静默管理。") == {"silent": [f"{n}小区"]}


# --- the area tested of people tested ----------------------------------------------------------------------

def test_the_tested_area_of_people_tested_is_no_place() -> None:
    assert levels_of("对阳性病例密切接触者开展核酸检测。检测期间,对检测区域实行静默管理。") == {}
    assert levels_of("对次密接人员开展核酸检测。核酸检测期间,对筛查区域实施静默管理。") == {}
    assert levels_of(in_traditional("對陽性病例密切接觸者開展核酸檢測。檢測期間,對檢測區域實行靜默管理。")) == {}


# --- a town's office's whole area --------------------------------------------------------------------------

def test_a_town_office_silences_the_town_not_the_district() -> None:
    assert by_level("小店区刘家堡乡疫情防控指挥部决定在全域实行静默管理。") == {("silent", "小店区"): ["刘家堡乡"]}
    assert by_level("平遥县古陶镇疫情防控指挥部发布通告:决定于8月23日0时起在全域实行静默管理。") \
        == {("silent", "平遥县"): ["古陶镇"]}
    assert by_level(in_traditional("小店區刘家堡鄉疫情防控指揮部決定在全域實行靜默管理。")) \
        == {("silent", "小店区"): ["刘家堡乡"]}
    # (near-miss: a district's office silences its district)
    assert by_level("平遥县疫情防控指挥部决定在全域实行静默管理。") == {("silent", "平遥县"): ["平遥县"]}


# --- a reason after a title's colon ------------------------------------------------------------------------

def test_a_reason_after_a_title_colon_is_no_place() -> None:
    assert levels_of("市指挥部发布关于金桃小区解除封控的公告:鉴于金桃小区连续14天无新增,决定解除金桃小区封控。") \
        == {"lifted": ["金桃小区"]}
    assert levels_of("区指挥部发布关于翠湖小区解除封控的公告:鉴于翠湖小区近7天无新增,决定解除翠湖小区封控。") \
        == {"lifted": ["翠湖小区"]}
    assert levels_of(in_traditional("市指揮部發佈關於金桃小區解除封控的公告:鑒於金桃小區連續14天無新增,"
                                    "決定解除金桃小區封控。")) == {"lifted": ["金桃小区"]}


# --- what a bounded area holds, 包括但不限于 -----------------------------------------------------------------

def test_what_a_bounded_area_holds_is_no_place_of_its_own() -> None:
    for text in ("管控区:东至金华路,西至春晓路,北至阳光街,南至丽泽路,包括但不限于商铺、菜场。",
                 "管控区:东至金华路,西至春晓路,北至阳光街,南至丽泽路,包括但不限于商铺、菜场。".translate(HALF_TO_FULL),
                 in_traditional("管控区:东至金华路,西至春晓路,北至阳光街,南至丽泽路,包括但不限于商铺、菜场。")):
        places = levels_of(text)["controlled"]
        assert len(places) == 1 and places[0].startswith("东至金华路") and "菜场" not in places
    # (near-miss: measures after the bounds stay out of the place)
    assert levels_of("管控区:东至金华路,西至春晓路,北至阳光街,南至丽泽路,包括但不限于居民实行足不出户。") \
        == {"controlled": ["东至金华路,西至春晓路,北至阳光街,南至丽泽路"]}


# --- the 对 after "…起" --------------------------------------------------------------------------------------

def test_the_to_after_a_start_time_is_no_part_of_the_place() -> None:
    assert levels_of("自10月1日起对青峰村、红枫村实施静默管理。") == {"silent": ["青峰村", "红枫村"]}
    assert levels_of("决定于8月23日0时起对金桃街道实行静默管理。") == {"silent": ["金桃街道"]}
    assert levels_of(in_traditional("自10月1日起對青峰村、紅楓村實施靜默管理。").translate(HALF_TO_FULL)) \
        == {"silent": ["青峰村", "红枫村"]}
    assert levels_of("自10月1日起,对青峰村实施静默管理。") == {"silent": ["青峰村"]}


@settings(max_examples=20, deadline=None)
@given(st.lists(name, min_size=1, max_size=3, unique=True))
def test_any_village_silenced_from_a_day_on(villages: list[str]) -> None:
    assume(all(plain(v) for v in villages))
    text = "自10月1日起对" + "、".join(f"{v}村" for v in villages) + "实施静默管理。"
    assert levels_of(text) == {"silent": [f"{v}村" for v in villages]}


# --- the office's own division after 将 --------------------------------------------------------------------

def test_the_office_own_division_after_the_verb_is_no_part_of_the_place() -> None:
    assert by_level("将我市小店区翠湖小区3号楼划定为高风险区。") == {("high", "小店区"): ["翠湖小区3号楼"]}
    assert levels_of("将我县金桃小区2号楼划定为高风险区。") == {"high": ["金桃小区2号楼"]}
    assert levels_of("将本县金桃小区2号楼划为中风险区。".translate(HALF_TO_FULL)) == {"medium": ["金桃小区2号楼"]}
    assert by_level(in_traditional("將我市小店區翠湖小區3號樓劃定為高風險區。")) \
        == {("high", "小店区"): ["翠湖小区3号楼"]}


@settings(max_examples=20, deadline=None)
@given(name, st.sampled_from(["我县", "我市", "本县", "我区"]))
def test_any_place_after_the_own_division(n: str, own: str) -> None:
    assume(plain(n))
    assert levels_of(f"将{own}{n}小区2号楼划定为高风险区。") == {"high": [f"{n}小区2号楼"]}


# --- a counted label over a list ---------------------------------------------------------------------------

def test_a_label_over_a_list_is_no_place() -> None:
    assert levels_of("高风险区\n一、具体地点(2个)\n金桃小区3号楼\n翠湖小区5号楼") \
        == {"high": ["金桃小区3号楼", "翠湖小区5号楼"]}
    assert levels_of("中风险区\n点位名单(2个)\n金桃超市\n翠湖市场") == {"medium": ["金桃超市", "翠湖市场"]}
    assert levels_of("中风险区\n场所(2个)\n金桃超市\n翠湖市场".translate(HALF_TO_FULL)) \
        == {"medium": ["金桃超市", "翠湖市场"]}
    assert levels_of("高风险区\n风险点位\n金桃小区3号楼") == {"high": ["金桃小区3号楼"]}
    assert levels_of(in_traditional("中風險區\n相關點位\n金桃小區3號樓")) == {"medium": ["金桃小区3号楼"]}
    # (near-miss: a place named with a label's word still reads)
    assert levels_of("中风险区\n金桃农贸市场经营场所\n翠湖小区5号楼") \
        == {"medium": ["金桃农贸市场经营场所", "翠湖小区5号楼"]}


# --- a state of levels before a place after 调整后 -----------------------------------------------------------

def test_a_state_of_levels_then_a_place_after_the_adjustment() -> None:
    assert levels_of("本次调整后,高风险区已全部解除,金桃小区为中风险区。") == {"medium": ["金桃小区"]}
    assert levels_of("调整后,全县无高风险区,金桃小区、翠湖村为中风险区。") == {"medium": ["金桃小区", "翠湖村"]}
    assert levels_of(in_traditional("本次調整後,封控區已清零,金桃小區為中風險區。")) == {"medium": ["金桃小区"]}
    assert levels_of("调整后,金桃小区为中风险区。") == {"medium": ["金桃小区"]}
