"""Forms fixed by k67a: a study clause after a level's label, a town's label over a numbered list (on the first
item's line, or written straight before it), a district written again in front of a place named like an estate
word (庄园小区), a place quoted whole, and villages listed before one shared bare rest (其他区域)."""
from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import changes_of, invented_names, no_real_city, places_of

_SYL = "金桃阳光幸福和平春晓翠锦绣胜利兴盛泰康宁安福瑞鑫汇君悦星河湾峰秀"


_read = changes_of
_places = places_of


# ---- 1. "管控区:经专家组综合研判,实行“…”": the study the measures follow, no place ----------------------------

def test_study_clause_after_label_is_no_place() -> None:
    assert _places("管控区:经专家组综合研判,实行“区域封闭、足不出户”。") == []
    assert _places("管控區:經專家組綜合研判,實行“區域封閉、足不出戶”。") == []
    assert _places("管控区:经综合研判后,实行“区域封闭、足不出户”。") == []
    # near-miss: a place that opens with 经 is a place
    assert _places("管控区:经纬小区5栋,实行“区域封闭、足不出户”。") == ["经纬小区5栋"]


@settings(max_examples=20, deadline=None)
@given(invented_names("专家组领导小组指挥部综合", 2, 4))
def test_study_clause_property(who: str) -> None:
    assume(no_real_city(who))
    assert _places(f"管控区:经{who}研判,实行“区域封闭、足不出户”。") == []


# ---- 2./3. a town's label over a numbered list ----------------------------------------------------------------

def test_town_label_on_first_item_line_heads_the_list() -> None:
    assert _places("中风险区:\n金桃镇:1.阳光小区3栋\n2.幸福花园2栋") == ["金桃镇阳光小区3栋", "金桃镇幸福花园2栋"]
    assert _places("中風險區:\n金桃鎮:1.陽光小區3棟\n2.幸福花園2棟") == ["金桃镇阳光小区3栋", "金桃镇幸福花园2栋"]
    assert _places("中风险区:\n东关街道:１．阳光小区３栋\n２．幸福花园２栋\n3.和平里5栋") == [
        "东关街道阳光小区3栋", "东关街道幸福花园2栋", "东关街道和平里5栋"]


def test_town_written_straight_before_numbered_run() -> None:
    assert _places("中风险区:东关镇1.阳光小区3栋;2.幸福花园2栋") == ["东关镇阳光小区3栋", "东关镇幸福花园2栋"]
    assert _places("中風險區:東關鎮1.陽光小區3棟;2.幸福花園2棟") == ["东关镇阳光小区3栋", "东关镇幸福花园2栋"]
    assert _places("中风险区:东关镇１．阳光小区３栋；２．幸福花园２栋") == ["东关镇阳光小区3栋", "东关镇幸福花园2栋"]
    # near-miss: one item with no second number, nothing to head
    assert _places("中风险区:东关镇阳光小区3栋;幸福花园2栋") == ["东关镇阳光小区3栋", "幸福花园2栋"]


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL), invented_names(_SYL), invented_names(_SYL))
def test_town_label_property(town: str, a: str, b: str) -> None:
    assume(no_real_city(town, a, b) and a != b)
    assert _places(f"中风险区:{town}镇1.{a}小区3栋;2.{b}小区2栋") == [f"{town}镇{a}小区3栋", f"{town}镇{b}小区2栋"]
    assert _places(f"中风险区:\n{town}镇:1.{a}小区3栋\n2.{b}小区2栋") == [f"{town}镇{a}小区3栋", f"{town}镇{b}小区2栋"]


# ---- 4. a district written again in front of "庄园小区" -------------------------------------------------------

def test_district_again_before_estate_word_name() -> None:
    assert _read("将小店区锦绣小区、小店区庄园小区调整为中风险区") == [("medium", "小店区", ["锦绣小区", "庄园小区"])]
    assert _read("將小店區錦繡小區、小店區花園小區調整為中風險區") == [("medium", "小店区", ["锦绣小区", "花园小区"])]
    assert _read("中风险区:小店区家园小区、小店区庄园小区。") == [("medium", "小店区", ["家园小区", "庄园小区"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL))
def test_district_again_property(a: str) -> None:
    assume(no_real_city(a))
    assert _read(f"将小店区{a}小区、小店区庄园小区调整为中风险区") == [("medium", "小店区", [f"{a}小区", "庄园小区"])]


# ---- 5. a place quoted whole ----------------------------------------------------------------------------------

def test_place_quoted_whole_loses_its_quotes() -> None:
    assert _places('中风险区:\n"锦绣小区"') == ["锦绣小区"]
    assert _places('中風險區:\n"錦繡小區"') == ["锦绣小区"]
    assert _places('中风险区:\n"锦绣小区３栋"') == ["锦绣小区3栋"]
    # near-misses: a quoted part of a place, or a place in curly quotes, stays as written
    assert _places('中风险区:\n合阳路62号"我茶馆"') == ['合阳路62号"我茶馆"']
    assert _places("中风险区:\n“锦绣小区”") == ["“锦绣小区”"]


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL))
def test_quoted_property(a: str) -> None:
    assume(no_real_city(a))
    assert _places(f'中风险区:\n"{a}花园"') == [f"{a}花园"]


# ---- 6. villages listed before one bare shared rest -----------------------------------------------------------

def test_villages_before_shared_bare_rest() -> None:
    assert _places("将甲镇A村、B村其他区域调整为低风险区") == ["甲镇A村、B村其他区域"]
    assert _places("將金桃鎮安樂村、福田村其他區域調整為低風險區") == ["金桃镇安乐村、福田村其他区域"]
    assert _places("将金桃镇安乐村、福田村的其他区域调整为低风险区。") == ["金桃镇安乐村、福田村的其他区域"]
    # near-misses: villages of two towns each apart; no rest, two places
    assert _places("将甲镇A村、乙镇B村其他区域调整为低风险区") == ["甲镇A村", "乙镇B村其他区域"]
    assert _places("将甲镇A村、B村调整为低风险区") == ["甲镇A村", "B村"]


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL), invented_names(_SYL), invented_names(_SYL))
def test_shared_rest_property(town: str, a: str, b: str) -> None:
    assume(no_real_city(town, a, b) and a != b)
    assert _places(f"将{town}镇{a}村、{b}村其他区域调整为低风险区") == [f"{town}镇{a}村、{b}村其他区域"]
