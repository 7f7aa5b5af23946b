"""Forms of the forty-fifth set (漳州's 2021 notices, 嘉兴's 2020 five-colour map, 湖北's 2020 county list): a
district's whole area written after it ("将A区全域列为管控区", "管控区:B县全境"), which is the district itself, as a
whole district is listed (a town's 全域 stays on the town), also in a headline that writes the district short; a
lead whose last clause announces the items ("决定扩大防范区范围,现就有关事项通告如下:") with the first item's own
sentence run on after its colon ("即日起决定将A县、B县列为防范区。"); the five-colour map's colours written before
the levels they stand for ("由蓝色较低风险转为绿色低风险"), or alone in a map's notice ("由黄色调整为绿色"); a
province or the whole of the office's area in front of a level that is its places' subject ("湖北全省低风险地区为A、
B等11个,占…%;中风险地区为…"), the share after the count no place, and a clause on another level's places before a
comma ("低风险的A县等11个县(市、区)全部位于…,B区等34个县(市、区)为中风险"). Each form in variants written here
(invented names, other levels and wording, full-width punctuation, traditional characters), a property over
generated names, and ordinary wording near each form that is no such form."""

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

_SIGNATURE = "\n星州市应对新冠肺炎疫情工作指挥部\n2021年9月17日"


# --- a district's whole area (全域, 全境) is the district itself ----------------------------------------------------

def test_a_districts_whole_area_put_under_a_level_is_the_district() -> None:
    text = ("星州市应对新冠肺炎疫情工作指挥部〔2021〕第2号通告\n现就有关事项通告如下:\n"
            "一、即日起将锦泰县翠苑小区列为封控区,将锦泰县全域列为管控区,将星峰区、福瑞区和康宁县列为防范区。\n"
            "二、对封控区实行“区域封闭、足不出户、服务上门”。" + _SIGNATURE)
    assert by_level(text) == {("sealed", "锦泰县"): ["翠苑小区"], ("controlled", "锦泰县"): ["锦泰县"],
                              ("precaution", "星峰区"): ["星峰区"], ("precaution", "福瑞区"): ["福瑞区"],
                              ("precaution", "康宁县"): ["康宁县"]}


def test_whole_districts_under_a_headline_that_writes_one_short_in_traditional_characters() -> None:
    # (the headline "8日起春晓全域调整为中风险地区" restates the body's first place, the district written short)
    text = in_traditional("河北省调整相关区域疫情风险等级 8日起春晓全域调整为中风险地区\n"
                          "根据联防联控机制关于科学划分、精准防控等工作要求,自2021年2月8日起,将春晓区全域调整为中风险地区,"
                          "晓光市全域、长风县翠苑村调整为低风险地区。")
    assert by_level(text) == {("medium", "春晓区"): ["春晓区"], ("low", "晓光市"): ["晓光市"],
                              ("low", "长风县"): ["翠苑村"]}


def test_a_labelled_level_over_a_districts_whole_area_with_full_width_punctuation() -> None:
    text = ("关于划定风险区域的通告\n封控区域:鑫汇县全境。\n防范区:鑫汇县除封控区以外的区域。"
            ).translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "鑫汇县"): ["鑫汇县"]}


@settings(max_examples=50, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["区", "县"]), st.sampled_from(["全域", "全境"]),
       st.sampled_from([("管控区", "controlled"), ("中风险地区", "medium"), ("防范区", "precaution")]),
       st.booleans(), st.booleans())
def test_any_districts_whole_area_is_the_district(name: str, suffix: str, whole: str, level: tuple[str, str],
                                                  full: bool, traditional: bool) -> None:
    assume(name not in PREFECTURE_CITIES)  # ("长春区" is no district: a city's name)
    assume(not name.startswith(PROVINCES))  # ("福建金县" is 福建's 金县: a province in front)
    district = name + suffix
    text = f"现就有关事项通告如下:\n即日起将{district}{whole}列为{level[0]}。\n特此通告。"
    text = text.translate(HALF_TO_FULL) if full else text
    assert by_level(in_traditional(text) if traditional else text) == {(level[1], district): [district]}


def test_a_districts_whole_area_tested_is_no_place_and_a_towns_whole_area_keeps_its_word() -> None:
    assert levels_of("锦泰县全域开展全员核酸检测,请市民配合。") == {}
    assert by_level("对锦泰县全域人员实行核酸检测,将锦泰县翠苑镇全域列为管控区,将星峰县全域列为防范区。") == {
        ("controlled", "锦泰县"): ["翠苑镇全域"], ("precaution", "星峰县"): ["星峰县"]}


# --- a lead announcing the items, the first item's sentence run on after its colon ---------------------------------

def _run_on(lead: str, item: str) -> str:
    return ("星州市应对新冠肺炎疫情工作指挥部〔2021〕第3号通告" + lead + ",现就有关事项通告如下: " + item
            + "对防范区加强社会面管控,严格限制人员聚集。本通告自9月19日零时起执行。" + _SIGNATURE.strip())


def test_a_run_on_item_after_a_lead_that_names_the_level_it_widens() -> None:
    text = _run_on("为防止疫情扩散蔓延,决定扩大防范区范围", "即日起决定将锦泰县、康宁县列为防范区。")
    assert by_level(text) == {("precaution", "锦泰县"): ["锦泰县"], ("precaution", "康宁县"): ["康宁县"]}


def test_a_run_on_item_with_another_level_after_the_lead_in_traditional_characters() -> None:
    text = in_traditional(_run_on("根据疫情的最新情况,决定调整管控区范围", "即日起将星峰区翠苑小区列为管控区。"))
    assert by_level(text) == {("controlled", "星峰区"): ["翠苑小区"]}


def test_a_run_on_item_after_a_special_announcement_with_full_width_punctuation() -> None:
    text = ("为做好封控区管理工作,特通告如下:即日起将福瑞县长风村、康宁村列为封控区。\n特此通告。"
            ).translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "福瑞县"): ["长风村", "康宁村"]}


@settings(max_examples=50, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=4, unique=True), st.sampled_from(["县", "区"]),
       st.sampled_from([("防范区", "precaution"), ("管控区", "controlled")]), st.booleans(), st.booleans())
def test_any_run_on_item_after_an_announcing_lead_is_read_as_its_own_sentence(
        names: list[str], suffix: str, level: tuple[str, str], full: bool, traditional: bool) -> None:
    # ("长春兴县" is 兴县 with its city in front, the README's convention: names opening with a city left out; so
    # "福建兴县", 兴县 with its province in front)
    assume(not any(name.startswith(city) for name in names for city in PREFECTURE_CITIES)
           and not any(name.startswith(PROVINCES) for name in names))
    districts = [name + suffix for name in names]
    text = _run_on(f"决定扩大{level[0]}范围", f"即日起决定将{'、'.join(districts)}列为{level[0]}。")
    text = text.translate(HALF_TO_FULL) if full else text
    assert by_level(in_traditional(text) if traditional else text) == {(level[1], d): [d] for d in districts}


def test_an_announcing_lead_over_measures_names_no_place() -> None:
    assert levels_of("为做好防范区管理,现就有关事项通告如下:请广大市民配合核酸检测,非必要不离开本县。") == {}
    # (the same lead over a sentence with its own places and level: the sentence's, not the lead's)
    assert levels_of("为做好防范区管理,现就有关事项通告如下:即日起将福瑞区列为管控区。") == {"controlled": ["福瑞区"]}


# --- the five-colour map's colours before (or for) the levels -------------------------------------------------------

def _map_change(change: str) -> str:
    return ("战疫·权威发布丨两个街道降为低风险!星州疫情风险地图有变化\n星州市镇(街道)疫情风险地图\n"
            "根据各镇(街道)累计确诊病例数等指标,采用五色法进行风险评估,分别用红、橙、黄、蓝、绿五色对应高风险、"
            "较高风险、中风险、较低风险、低风险。\n2月20日进行动态评估,本次评估,相对于2月19日公布的疫情风险地图,"
            "新的“五色图”变化情况主要是:" + change + "其他无变化。")


def test_streets_moved_between_colours_written_before_their_levels() -> None:
    text = _map_change("春晓街道、翠峰街道由蓝色较低风险转为绿色低风险,")
    assert levels_of(text) == {"low": ["春晓街道", "翠峰街道"]}


def test_levels_in_brackets_after_their_colours_in_traditional_characters() -> None:
    text = in_traditional(_map_change("长风镇由红色(高风险)调整为黄色(中风险),"))
    assert levels_of(text) == {"medium": ["长风镇"]}


def test_colours_alone_in_a_maps_notice_with_full_width_punctuation() -> None:
    text = _map_change("锦绣镇、康宁镇由黄色调整为绿色,").translate(HALF_TO_FULL)
    assert levels_of(text) == {"low": ["锦绣镇", "康宁镇"]}


@settings(max_examples=50, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=4, unique=True),
       st.sampled_from(["街道", "镇"]),
       st.sampled_from([("蓝色较低风险", "绿色低风险", "low"), ("红色高风险", "黄色中风险", "medium"),
                        ("橙色较高风险", "红色高风险", "high")]),
       st.booleans(), st.booleans())
def test_any_colour_change_reads_as_its_level(names: list[str], kind: str, move: tuple[str, str, str],
                                              full: bool, traditional: bool) -> None:
    places = [name + kind for name in names]
    text = _map_change(f"{'、'.join(places)}由{move[0]}转为{move[1]},")
    text = text.translate(HALF_TO_FULL) if full else text
    assert levels_of(in_traditional(text) if traditional else text) == {move[2]: places}


def test_colours_of_codes_lanes_and_warnings_name_no_place() -> None:
    assert levels_of("请持绿色健康码,低风险地区人员走绿色通道。") == {}
    assert levels_of("气象台将暴雨预警由黄色调整为蓝色,请注意防范。") == {}
    # (in a map's notice, the codes and lanes stay no place beside the streets the map moves)
    text = _map_change("星峰街道由黄色中风险转为绿色低风险,") + "\n请持绿色健康码,走绿色通道。"
    assert levels_of(text) == {"low": ["星峰街道"]}


# --- a province in front of subject levels, shares after counts, another level's clause ----------------------------

def _county_report(low: list[str], medium: list[str]) -> str:
    return ("星州首次发布县(市、区)疫情风险等级评估\n"
            f"新华社星州2月29日电 星州省29日首次发布县(市、区)疫情风险等级评估报告。低风险的{low[0]}等{len(low)}个"
            f"县(市、区)全部位于东部地区,{medium[0]}等{len(medium)}个县(市、区)为中风险,康宁县等9个县(市、区)为高风险。\n"
            "根据有关规定,风险划定标准为:以县市区为单位,无确诊病例或连续14天无新增确诊病例为低风险地区。\n"
            f"星州省疾控中心组织专家综合评估,截至28日24时,星州全省低风险县(市、区)为{'、'.join(low)}等{len(low)}个,"
            f"占所有县(市、区)总数的10.68%;中风险县(市、区)为{'、'.join(medium)}等{len(medium)}个,占33.01%;"
            "其余9个县(市、区)为高风险,占56.31%。")


_LOW = ["金星县", "翠峰县", "老河口市"]
_MEDIUM = ["春晓区", "锦绣县", "长风市", "胜利区"]


def _each(level: str, names: list[str]) -> dict[tuple[str, str], set[str]]:
    return {(level, name): {name} for name in names}


def _read(text: str) -> dict[tuple[str | None, str | None], set[str]]:
    """The places by level and district, each once (the lead's examples are the lists' places said again)."""
    return {key: set(places) for key, places in by_level(text).items()}


def test_a_provinces_county_lists_with_shares_and_a_lead_of_other_levels() -> None:
    assert _read(_county_report(_LOW, _MEDIUM)) == {
        **_each("medium", _MEDIUM), ("high", "康宁县"): {"康宁县"}, **_each("low", _LOW)}


def test_a_provinces_county_lists_in_traditional_characters() -> None:
    assert _read(in_traditional(_county_report(_LOW[:2], _MEDIUM[:2]))) == {
        **_each("medium", _MEDIUM[:2]), ("high", "康宁县"): {"康宁县"}, **_each("low", _LOW[:2])}


def test_a_whole_citys_subject_levels_with_shares_and_full_width_punctuation() -> None:
    text = ("经评估,截至3月1日24时,我市低风险地区为金星县、翠峰区等2个,占40%;中风险地区为春晓区,占20%。"
            ).translate(HALF_TO_FULL)
    assert _read(text) == {**_each("low", ["金星县", "翠峰区"]), ("medium", "春晓区"): {"春晓区"}}


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=6, unique=True), st.integers(1, 4),
       st.sampled_from(["县", "区"]), st.booleans(), st.booleans())
def test_any_provinces_county_lists_are_read_by_level(names: list[str], cut: int, suffix: str, full: bool,
                                                      traditional: bool) -> None:
    counties = [name + suffix for name in names if name + suffix != "康宁县"]
    cut = min(cut, len(counties) - 1)
    if cut < 1:
        return
    low, medium = counties[:cut], counties[cut:]
    text = _county_report(low, medium)
    text = text.translate(HALF_TO_FULL) if full else text
    assert {level: set(places) for level, places in levels_of(in_traditional(text) if traditional else text).items()} \
        == {"medium": set(medium), "high": {"康宁县"}, "low": set(low)}


def test_a_provinces_blankets_criteria_and_tallies_name_no_place() -> None:
    assert levels_of("全省低风险地区为除高风险地区以外的其他地区。") == {}
    assert levels_of("全市中风险地区为14天内有新增确诊病例的地区。") == {}
    assert levels_of("我省高风险地区为0个。") == {}
    assert levels_of("低风险的县(市、区)全部位于东部地区,请群众做好个人防护。") == {}
    # (beside a list the province fronts, its criterion sentence names none)
    text = "全省中风险地区为14天内有新增确诊病例的地区。截至28日24时,星州全省中风险地区为金星县等1个,占5%。"
    assert levels_of(text) == {"medium": ["金星县"]}
