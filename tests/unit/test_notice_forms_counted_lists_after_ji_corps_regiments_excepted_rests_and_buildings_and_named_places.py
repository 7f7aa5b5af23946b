"""Forms of notices (and reports of them) that count a level's areas and then name them after 即 ("高风险区7个,即
A,B;中风险区5个,即C"), write a corps division in front of its regiment ("第七师123团A小区"), write a part's rest
with the exception first ("除已划分为中、高风险区域以外A镇其它区域"), and join a compound's building and a named
place with 和 ("A镇的B区29号楼和C医院"). Each form in variants written here (invented places, other numbering,
full-width punctuation, traditional characters), and properties over generated names."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- a level's count, then 即 and its places -----------------------------------------------------------

def test_counted_levels_named_after_ji_in_a_report() -> None:
    text = ("据悉,新增感染者均为闭环管控人员。目前划定高风险区3个,即金华小区,春晓路2巷、4巷,阳光社区5号楼;"
            "中风险区2个,即翠锦花园6号楼,长风路东南街区;低风险区:除高、中风险区以外其它区域。")
    assert levels_of(text) == {"high": ["金华小区", "春晓路2巷、4巷", "阳光社区5号楼"],
                               "medium": ["翠锦花园6号楼", "长风路东南街区"]}


def test_counted_levels_named_after_ji_with_full_width_punctuation_and_a_count_in_words() -> None:
    text = ("经研判,现划定高风险区两个,即泰康家园,福瑞小区3栋;中风险区一个,即兴盛路7号。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["泰康家园", "福瑞小区3栋"], "medium": ["兴盛路7号"]}


def test_counted_levels_named_after_ji_in_traditional_characters() -> None:
    text = in_traditional("目前劃定高风险区2个,即星峰小区,锦绣社区霍东街9巷和11巷;中风险区1个,即利民路东南街区。")
    assert levels_of(text) == {"high": ["星峰小区", "锦绣社区霍东街9巷和11巷"], "medium": ["利民路东南街区"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True), name)
def test_counted_list_after_ji_reads_each_place(highs: list[str], medium: str) -> None:
    places = [f"{n}小区" for n in highs]
    text = f"目前划定高风险区{len(places)}个,即{','.join(places)};中风险区1个,即{medium}花园2号楼。"
    assert levels_of(text) == {"high": places, "medium": [f"{medium}花园2号楼"]}


# --- a corps division in front of its regiment ----------------------------------------------------------

def test_division_in_front_of_its_regiment_is_dropped() -> None:
    text = "高风险区:第三师45团金华小区,光明社区3巷;中风险区:第七师一二三团春晓路东南街区。"
    assert levels_of(text) == {"high": ["45团金华小区", "光明社区3巷"], "medium": ["一二三团春晓路东南街区"]}


def test_division_with_the_corps_in_front_and_full_width_punctuation() -> None:
    text = "高风险区:兵团第八师143团阳光家园,翠锦小区2号楼。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["143团阳光家园", "翠锦小区2号楼"]}


def test_division_before_its_regiment_in_traditional_characters() -> None:
    text = in_traditional("目前划定中风险区1个,即第十师185团长风社区4号楼。")
    assert levels_of(text) == {"medium": ["185团长风社区4号楼"]}


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1, max_value=14), st.integers(min_value=10, max_value=199), name)
def test_any_division_before_any_regiment_is_dropped(division: int, regiment: int, compound: str) -> None:
    text = f"高风险区:第{division}师{regiment}团{compound}小区,金华社区3号楼。"
    assert levels_of(text) == {"high": [f"{regiment}团{compound}小区", "金华社区3号楼"]}


# --- the exception first, then the part whose rest it is ------------------------------------------------

def test_regiments_rest_with_the_designated_levels_excepted_first() -> None:
    text = "高风险区:金华小区,春晓社区2号楼;低风险区:除已划分为中、高风险区域以外73团其它区域。"
    assert levels_of(text)["low"] == ["除已划分为中、高风险区域以外73团其它区域"]


def test_towns_rest_with_one_level_excepted_first_full_width() -> None:
    text = "高风险区:金华小区,春晓社区2号楼;低风险区:除高风险区以外的阳光镇其他区域。".translate(HALF_TO_FULL)
    assert levels_of(text)["low"] == ["除高风险区以外的阳光镇其他区域"]


def test_communitys_rest_excepted_first_in_traditional_characters() -> None:
    text = in_traditional("封控区:金华小区,春晓社区2号楼;防范区:除已划定为封控区以外翠锦社区其余区域。")
    assert levels_of(text)["precaution"] == ["除已划定为封控区以外翠锦社区其余区域"]


def test_a_whole_countys_rest_excepted_first_stays_a_blanket() -> None:
    text = "高风险区:金华小区,春晓社区2号楼;低风险区:除高风险区以外的全县其他区域。"
    assert "low" not in levels_of(text)


def test_two_levels_excepted_first_split_at_their_comma_are_one_rest() -> None:
    text = "封控区:金华小区,春晓社区2号楼;防范区:除封控区、管控区以外阳光社区其他区域。"
    assert levels_of(text)["precaution"] == ["除封控区、管控区以外阳光社区其他区域"]


def test_two_levels_excepted_first_before_a_town_full_width() -> None:
    text = "高风险区:金华小区,春晓社区2号楼;低风险区:除高风险区、中风险区以外的翠锦镇其余区域。".translate(HALF_TO_FULL)
    assert levels_of(text)["low"] == ["除高风险区、中风险区以外的翠锦镇其余区域"]


def test_two_levels_excepted_before_the_rest_of_everything_stay_a_blanket() -> None:
    text = "封控区:金华小区,春晓社区2号楼;防范区:除封控区、管控区以外的其他区域。"
    assert "precaution" not in levels_of(text)


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["镇", "乡", "街道", "社区"]), st.sampled_from(["其他", "其它", "其余"]))
def test_a_parts_rest_excepted_first_is_a_place(town: str, kind: str, rest: str) -> None:
    low = f"除高风险区以外的{town}{kind}{rest}区域"
    text = f"高风险区:金华小区,春晓社区2号楼;低风险区:{low}。"
    assert levels_of(text)["low"] == [low]


# --- a compound's building and a named place joined by 和 -----------------------------------------------

def test_building_and_hospital_joined_by_he_are_two_places() -> None:
    text = ("关于划定清徐县东于镇疫情风险区的通告\n一、高风险区\n"
            "将清徐县东于镇的阳光B区29号楼和金华骨科医院划为高风险区。")
    assert by_level(text) == {("high", "清徐县"): ["东于镇的阳光B区29号楼", "金华骨科医院"]}


def test_building_with_its_unit_and_a_compound_full_width() -> None:
    text = "一、封控区\n将春晓小区3栋2单元和翠锦花园小区划为封控区。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["春晓小区3栋2单元", "翠锦花园小区"]}


def test_building_and_school_in_traditional_characters() -> None:
    text = in_traditional("将长风家园5号楼和兴盛实验学校划为中风险区。")
    assert levels_of(text) == {"medium": ["长风家园5号楼", "兴盛实验学校"]}


def test_two_buildings_of_one_compound_stay_one_place() -> None:
    text = "将金华小区5号楼和6号楼划为高风险区。"
    assert levels_of(text) == {"high": ["金华小区5号楼和6号楼"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.integers(min_value=1, max_value=40), st.sampled_from(["医院", "公司", "市场", "小区"]))
def test_a_building_and_a_named_place_are_two(compound: str, other: str, number: int, kind: str) -> None:
    text = f"将{compound}家园{number}号楼和{other}{kind}划为高风险区。"
    assert levels_of(text) == {"high": [f"{compound}家园{number}号楼", f"{other}{kind}"]}


# --- a list written without the district the other lists name, in the district's own notice --------------

def test_own_district_office_gives_a_list_without_its_name_the_district() -> None:
    text = ("经区疫情防控工作领导小组研究决定,将迎泽区金华街道春晓村列为中风险地区\n"
            "将迎泽区金华街道东环路、南湖路合围区域划为封控区;\n将东环路、西湖路合围区域划为管控区")
    assert by_level(text) == {("medium", "迎泽区"): ["金华街道春晓村"],
                              ("sealed", "迎泽区"): ["金华街道东环路、南湖路合围区域"],
                              ("controlled", "迎泽区"): ["东环路、西湖路合围区域"]}


def test_own_county_spoken_of_as_wo_xian_full_width() -> None:
    text = ("根据我县疫情防控需要,将清徐县阳光小区划为高风险区。\n将翠锦路以东、长风路以北区域划为中风险区。"
            ).translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "清徐县"): ["阳光小区"], ("medium", "清徐县"): ["翠锦路以东、长风路以北区域"]}


def test_own_banner_in_traditional_characters() -> None:
    text = in_traditional("经旗指挥部研究,将乌审旗兴盛小区划为高风险区。\n将福瑞路以南区域划为中风险区。")
    assert by_level(text) == {("high", "乌审旗"): ["兴盛小区"], ("medium", "乌审旗"): ["福瑞路以南区域"]}


def test_a_city_notice_naming_one_district_gives_no_other_list_it() -> None:
    # (no word of the district's own office: a city's notice may list another district's areas without a name)
    text = "经市指挥部研究,将迎泽区金华街道春晓村列为中风险地区\n将东环路、西湖路合围区域划为管控区"
    assert by_level(text)[("controlled", None)] == ["东环路、西湖路合围区域"]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["小店区", "迎泽区", "清徐县", "准格尔旗"]), name, name)
def test_the_own_district_goes_to_the_list_without_it(district: str, compound: str, road: str) -> None:
    own = {"区": "我区", "县": "我县", "旗": "我旗"}[district[-1]]
    text = f"根据{own}疫情防控需要,将{district}{compound}小区划为高风险区。\n将{road}路以南区域划为中风险区。"
    assert by_level(text) == {("high", district): [f"{compound}小区"], ("medium", district): [f"{road}路以南区域"]}
