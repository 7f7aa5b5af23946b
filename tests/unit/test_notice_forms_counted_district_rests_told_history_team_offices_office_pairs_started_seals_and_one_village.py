"""Forms of the sixty-second held-out set (notices 1789-1803), each in variants written here (invented places, other
districts, counts and verbs, traditional characters, full-width punctuation), properties over generated parts, and
near-misses of ordinary wording:

* the rest of a city's districts listed with their count and kinds after a list ("A区、B区、高新区、C新区等4个区
  (开发区)除高中风险区外,其他为低风险区"): no place (a district's rest is none), development zones among them;
* a notice that tells its areas' earlier days ("西宁市于10月27日1时,将A划定为高风险区;将B划定为中风险区。10月31日0时,
  将C由高风险区调整为中风险区。"), then its decision ("决定自11月3日12时起,将A调整为中风险区"): the earlier changes are
  history whatever their level; the district's office setting up the areas' team ("城西区指挥部成立中高风险区工作专班")
  names the areas' district;
* two streets written as their offices joined by 和 ("A街道办事处和B街道办事处"): two places;
* a place a report says a measure was started on ("对A园启动临时封控"): the place, sealed, 启动 no part of it;
* a headline's one village after a province and its city's short name ("河北石家庄一村调整为高风险地区"): a count, no
  place."""

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


# --- the rest of listed districts with their count -----------------------------------------------------------

def _xian_list(rest: str) -> str:
    return ("西安市新冠肺炎疫情防控指挥部研究决定,调整后,西安市共有高风险区1个,中风险区2个。\n"
            "一、高风险地区1个\n未央区张家堡街道青竹社区翠锦小区3号楼;\n"
            "二、中风险地区2个\n莲湖区北院门街道秀峰社区金泽小区;\n未央区张家堡街道青竹社区翠锦小区。\n"
            f"{rest}\n")


_XIAN_EXPECTED = {("high", "未央区"): ["张家堡街道青竹社区翠锦小区3号楼"],
                  ("medium", "莲湖区"): ["北院门街道秀峰社区金泽小区"],
                  ("medium", "未央区"): ["张家堡街道青竹社区翠锦小区"]}


def test_listed_districts_counted_with_their_kinds_are_their_rest() -> None:
    text = _xian_list("西安市未央区、莲湖区、高新区、曲江新区等4个区(开发区)除高中风险区外,其他为低风险区。")
    assert by_level(text) == _XIAN_EXPECTED


def test_listed_districts_counted_without_kinds() -> None:
    text = _xian_list("西安市未央区、莲湖区、高新区等3个区除中高风险区以外,其他区域为低风险区。")
    assert by_level(text) == _XIAN_EXPECTED


def test_listed_districts_counted_in_traditional_characters() -> None:
    text = in_traditional(_xian_list("西安市未央区、莲湖区、曲江新区等3个区(开发区)除高中风险区外,其他为低风险区。"))
    assert by_level(text) == _XIAN_EXPECTED  # (read in simplified characters)


def test_listed_districts_counted_with_full_width_punctuation() -> None:
    text = _xian_list("西安市未央区、莲湖区、高新区、曲江新区等4个区(开发区)除高中风险区外,其他为低风险区。"
                      .translate(HALF_TO_FULL))
    assert by_level(text) == _XIAN_EXPECTED


@settings(max_examples=25, deadline=None)
@given(name, name)
def test_listed_districts_counted_property(a: str, b: str) -> None:
    assume(a != b and no_real_city(a, b))
    text = (f"一、中风险地区2个\n未央区张家堡街道{a}社区{b}小区;\n莲湖区北院门街道{b}社区{a}小区。\n"
            "西安市未央区、莲湖区、高新区等3个区(开发区)除高中风险区外,其他为低风险区。\n")
    assert by_level(text) == {("medium", "未央区"): [f"张家堡街道{a}社区{b}小区"],
                              ("medium", "莲湖区"): [f"北院门街道{b}社区{a}小区"]}


def test_near_miss_a_place_listed_with_its_own_rest_is_kept() -> None:
    # (a town's rest is a place; only districts' rests are none)
    text = ("一、中风险地区\n未央区张家堡街道青竹社区翠锦小区;\n"
            "未央区金华镇除高风险区外的其他区域。\n")
    assert levels_of(text) == {"medium": ["张家堡街道青竹社区翠锦小区", "金华镇除高风险区外的其他区域"]}


# --- earlier days told, then the decision; the district's office running the areas -----------------------------

def _xining(a: str, b: str, c: str, district: str = "城东区") -> str:
    return (f"为严防疫情扩散蔓延,西宁市于10月20日1时,将{a}小区7号楼,{b}花园1号楼划定为高风险区;"
            f"将{a}小区(7号楼以外),{b}花园(1号楼以外)划定为中风险区。10月24日0时,将{c}苑21号楼由高风险区调整为"
            "中风险区。\n"
            f"期间,{district}指挥部成立中高风险区工作专班,严格落实高风险区“足不出户、上门服务”防控措施。\n"
            f"经过综合研判,决定自10月28日12时起,将{a}小区7号楼,{b}花园1号楼调整为中风险区。\n")


def test_told_history_dropped_and_the_team_office_names_the_district() -> None:
    assert by_level(_xining("翠峰", "锦秀", "康宁")) == {("medium", "城东区"): ["翠峰小区7号楼", "锦秀花园1号楼"]}


def test_told_history_with_spaces_around_the_commas() -> None:
    text = _xining("翠峰", "锦秀", "康宁", "城中区").replace(",将", " , 将").replace("。\n", " 。\n")
    assert by_level(text) == {("medium", "城中区"): ["翠峰小区7号楼", "锦秀花园1号楼"]}


def test_told_history_in_traditional_characters() -> None:
    assert by_level(in_traditional(_xining("翠峰", "锦秀", "康宁"))) == {
        ("medium", "城东区"): ["翠峰小区7号楼", "锦秀花园1号楼"]}


def test_told_history_with_full_width_punctuation() -> None:
    assert by_level(_xining("翠峰", "锦秀", "康宁").translate(HALF_TO_FULL)) == {
        ("medium", "城东区"): ["翠峰小区7号楼", "锦秀花园1号楼"]}


@settings(max_examples=25, deadline=None)
@given(name, name, name)
def test_told_history_property(a: str, b: str, c: str) -> None:
    assume(len({a, b, c}) == 3 and no_real_city(a, b, c))
    assert by_level(_xining(a, b, c)) == {("medium", "城东区"): [f"{a}小区7号楼", f"{b}花园1号楼"]}


def test_near_miss_a_dated_decision_without_a_later_one_is_kept() -> None:
    # (a past day with no decision after it: the only change, the news)
    text = "西宁市于10月20日1时,将翠峰小区7号楼,锦秀花园1号楼划定为高风险区。\n"
    assert levels_of(text) == {"high": ["翠峰小区7号楼", "锦秀花园1号楼"]}


def test_near_miss_an_office_naming_no_team_gives_no_district() -> None:
    text = _xining("翠峰", "锦秀", "康宁").replace("城东区指挥部成立中高风险区工作专班,", "")
    assert by_level(text) == {("medium", None): ["翠峰小区7号楼", "锦秀花园1号楼"]}


# --- two street offices joined by 和 ----------------------------------------------------------------------------

def test_two_street_offices_joined() -> None:
    text = "11月21日23时起,将翠峰街道办事处和锦秀街道办事处划定为中风险地区,并实施相应管控措施。"
    assert levels_of(text) == {"medium": ["翠峰街道办事处", "锦秀街道办事处"]}


def test_two_street_offices_joined_in_traditional_characters() -> None:
    text = in_traditional("11月21日23时起,将翠峰街道办事处和锦秀街道办事处划定为高风险地区。")
    assert levels_of(text) == {"high": ["翠峰街道办事处", "锦秀街道办事处"]}


def test_two_street_offices_joined_with_full_width_punctuation() -> None:
    text = "11月21日23时起,将翠峰街道办事处和锦秀街道划定为中风险地区,并实施相应管控措施。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["翠峰街道办事处", "锦秀街道"]}


@settings(max_examples=25, deadline=None)
@given(name, name)
def test_two_street_offices_property(a: str, b: str) -> None:
    assume(a != b and no_real_city(a, b))
    text = f"11月21日23时起,将{a}街道办事处和{b}街道办事处划定为中风险地区。"
    assert levels_of(text) == {"medium": [f"{a}街道办事处", f"{b}街道办事处"]}


def test_near_miss_a_community_of_a_street_office_stays_whole() -> None:
    text = "11月21日23时起,将翠峰街道办事处和平社区划定为中风险地区。"
    assert levels_of(text) == {"medium": ["翠峰街道办事处和平社区"]}


# --- a measure started on a place ---------------------------------------------------------------------------------

def test_a_seal_started_on_a_place() -> None:
    text = ("2月22日,海淀区副区长介绍,海淀区第一时间落人、落位、落管控,对翠峰北园启动临时封控,实行“区域封闭、足不出户、"
            "服务上门”的管理措施,待风险研判后进一步明确管控措施。")
    assert levels_of(text) == {"sealed": ["翠峰北园"]}


def test_a_seal_started_on_a_place_in_traditional_characters() -> None:
    text = in_traditional("对锦秀家园启动封控管理,实行“足不出户”的管理措施。")
    assert levels_of(text) == {"sealed": ["锦秀家园"]}


def test_a_seal_started_with_full_width_punctuation() -> None:
    text = "海淀区第一时间落管控,对锦秀家园启动临时封控,实行“区域封闭、足不出户”的管理措施。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["锦秀家园"]}


@settings(max_examples=25, deadline=None)
@given(name)
def test_a_seal_started_property(a: str) -> None:
    assume(no_real_city(a))
    text = f"海淀区第一时间落管控,对{a}小区启动临时封控,实行“足不出户”的管理措施。"
    assert levels_of(text) == {"sealed": [f"{a}小区"]}


def test_near_miss_an_emergency_response_started_is_no_seal() -> None:
    assert levels_of("对锦秀家园启动应急响应,开展全员核酸检测。") == {}


# --- one village in a headline --------------------------------------------------------------------------------------

def _hebei(headline: str) -> str:
    return (f"{headline}\n据河北省卫健委消息,自2021年1月5日起,将石家庄市藁城区翠峰镇锦秀村调整为高风险地区。\n"
            "目前,石家庄市藁城区翠峰镇康宁村为中风险地区。河北省其他地区均为低风险地区。\n")


_HEBEI_EXPECTED = {("high", "藁城区"): ["翠峰镇锦秀村"], ("medium", "藁城区"): ["翠峰镇康宁村"]}


def test_one_village_of_a_headline_is_a_count() -> None:
    assert by_level(_hebei("河北石家庄一村调整为高风险地区 具体是哪里?什么情况?")) == _HEBEI_EXPECTED


def test_one_village_of_a_county_headline() -> None:
    assert by_level(_hebei("河北藁城区一村调整为高风险地区")) == _HEBEI_EXPECTED


def test_one_village_of_a_headline_in_traditional_characters() -> None:
    assert by_level(in_traditional(_hebei("河北石家庄一村调整为高风险地区"))) == _HEBEI_EXPECTED


def test_one_village_of_a_headline_with_full_width_punctuation() -> None:
    text = _hebei("河北石家庄一村调整为高风险地区 具体是哪里?什么情况?").translate(HALF_TO_FULL)
    assert by_level(text) == _HEBEI_EXPECTED


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["河北石家庄", "河北邢台", "山东青岛", "浙江金华"]), st.sampled_from(["一村", "两村"]))
def test_one_village_of_a_headline_property(front: str, count: str) -> None:
    assert by_level(_hebei(f"{front}{count}调整为高风险地区")) == _HEBEI_EXPECTED


def test_near_miss_an_estate_named_with_one_village_is_kept() -> None:
    assert levels_of("将翠峰一村调整为高风险地区。") == {"high": ["翠峰一村"]}
