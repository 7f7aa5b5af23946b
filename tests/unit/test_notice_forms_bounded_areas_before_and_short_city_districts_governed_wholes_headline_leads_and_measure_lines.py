"""Forms noticed as misread in earlier sessions (not from the corpus): an area enclosed by roads with its note in
brackets, then 和 and the next place ("A路、B路、C路合围区域(涉及D小区、E小区)和F小区": one place, the roads no
places of their own); a city's two-character districts ("阳泉市城区A街道B小区", "郊区C镇D村" in 阳泉's notice) in
`district`; a district's whole governed area under a level ("辖区全域为管控区", "A县辖区全域实行管控区管理": the
district itself); a report's headline run into its reporter's lead on one line ("A市新增2个中风险区 记者从…获悉:…");
and a level's measures announced with 如下 ("中、低风险区管控措施如下:居家。") or a postcode line under the list
("邮政编码:350100"): no place. Each form in variants written here (invented places, traditional characters,
full-width punctuation), properties over generated names, and ordinary wording that must not be read so."""

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
_TITLE = "关于调整风险区域的通告\n"


# --- a bounded area with its bracketed note, then 和 and the next place -----------------------------------------

def test_a_bounded_area_with_its_note_then_he_and_a_place_is_one_place() -> None:
    text = _TITLE + "将东湖路、西岭路、南河路合围区域(涉及青禾小区、翠岭小区)和松岭小区调整为中风险区。"
    assert levels_of(text) == {"medium": ["东湖路、西岭路、南河路合围区域(涉及青禾小区、翠岭小区)", "松岭小区"]}


def test_a_bounded_area_written_with_yu_then_he_in_traditional_characters() -> None:
    text = in_traditional(_TITLE + "经研判,将金沙路与银杏街、望江路合围区域(属春晖社区)和星河苑划定为高风险区。")
    assert levels_of(text) == {"high": ["金沙路与银杏街、望江路合围区域(属春晖社区)", "星河苑"]}


def test_a_bounded_area_with_full_width_brackets_then_he() -> None:
    text = _TITLE + "将丽泽路、康宁街、福瑞路合围区域（包括锦绣小区、长风家园）和胜利村调整为中风险区。"
    assert levels_of(text) == {"medium": ["丽泽路、康宁街、福瑞路合围区域(包括锦绣小区、长风家园)", "胜利村"]}


def test_a_bounded_area_without_a_note_then_he() -> None:
    text = _TITLE + "将东湖路、西岭路、南河路围合区域和松岭小区调整为低风险区。"
    assert levels_of(text) == {"low": ["东湖路、西岭路、南河路围合区域", "松岭小区"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=5, max_size=5, unique=True), st.sampled_from(["涉及", "属", "包括"]))
def test_any_bounded_area_with_its_note_before_he_is_one_place(names: list[str], note: str) -> None:
    assume(no_real_city(*names))
    a, b, c, d, e = names
    area = f"{a}路、{b}街、{c}路合围区域({note}{d}小区)"
    text = _TITLE + f"将{area}和{e}花园调整为中风险区。"
    assert levels_of(text) == {"medium": [area, f"{e}花园"]}


def test_roads_and_a_place_without_an_enclosing_word_stay_apart() -> None:
    # (no 合围 word: the roads are places of their own)
    text = _TITLE + "将东湖路、西岭路、松岭小区调整为中风险区。"
    assert levels_of(text) == {"medium": ["东湖路", "西岭路", "松岭小区"]}
    # (the bounded area before a comma was read whole already, and still is)
    text = _TITLE + "中风险区:东湖路与西岭路、南河路合围区域(涉及青禾小区、翠岭小区),松岭小区。"
    assert levels_of(text) == {"medium": ["东湖路与西岭路、南河路合围区域(涉及青禾小区、翠岭小区)", "松岭小区"]}


def test_a_road_named_with_he_after_a_bounded_area_is_no_join() -> None:
    # (和平路 opens the next area's bounds, so the run is not closed before it; a place named 和… after the area is
    # a place when it names no road: "和平安小区" is 和 and 平安小区)
    text = _TITLE + "将东湖路、西岭路合围区域和平安小区调整为中风险区。"
    assert levels_of(text) == {"medium": ["东湖路、西岭路合围区域", "平安小区"]}


# --- a city's two-character districts (城区, 矿区, 郊区) ----------------------------------------------------------

def test_a_short_district_after_its_city_goes_into_district() -> None:
    text = _TITLE + "阳泉市城区义井街道青松小区调整为中风险区。"
    assert by_level(text) == {("medium", "城区"): ["义井街道青松小区"]}


def test_short_districts_in_a_city_office_notice_in_traditional_characters() -> None:
    text = in_traditional("阳泉市应对新冠肺炎疫情工作领导组办公室关于调整风险区的通告\n"
                          "将郊区河底镇白杨村调整为低风险区,将矿区桥头街道红枫小区划定为高风险区。")
    assert by_level(text) == {("low", "郊区"): ["河底镇白杨村"], ("high", "矿区"): ["桥头街道红枫小区"]}


def test_short_district_labels_with_full_width_colons() -> None:
    text = ("阳泉市应对新冠肺炎疫情工作领导组办公室关于调整风险区的通告\n一、高风险区\n"
            + "城区:义井街道青松小区\n郊区:河底镇白杨村\n".translate(HALF_TO_FULL))
    assert by_level(text) == {("high", "城区"): ["义井街道青松小区"], ("high", "郊区"): ["河底镇白杨村"]}


@settings(max_examples=30, deadline=None)
@given(name, name, st.sampled_from(["城区", "矿区", "郊区"]), st.sampled_from(["街道", "镇"]))
def test_any_short_district_after_its_city_before_a_street(street: str, estate: str, short: str, kind: str) -> None:
    assume(no_real_city(street, estate) and street != estate)
    text = _TITLE + f"阳泉市{short}{street}{kind}{estate}小区调整为中风险区。"
    assert by_level(text) == {("medium", short): [f"{street}{kind}{estate}小区"]}


def test_new_city_district_keeps_its_name_and_splits_at_he() -> None:
    text = _TITLE + "新城区海拉尔东路街道青松小区和翠柳小区调整为中风险区。"
    assert by_level(text) == {("medium", "新城区"): ["海拉尔东路街道青松小区", "翠柳小区"]}


def test_short_district_words_that_are_no_district_stay_as_written() -> None:
    # (another city's urban area, and the word before no named street or town, stay in the place)
    text = _TITLE + "将荆门市城区东宝小区调整为中风险区。"
    assert by_level(text) == {("medium", None): ["荆门市城区东宝小区"]}
    text = "阳泉市应对新冠肺炎疫情工作领导组办公室关于调整风险区的通告\n将城区人民医院家属院调整为中风险区。"
    assert levels_of(text) == {"medium": ["城区人民医院家属院"]}


# --- a district's whole governed area under a level ---------------------------------------------------------

def test_the_whole_governed_area_of_the_office_is_its_district() -> None:
    text = "青岭县新冠肺炎疫情防控指挥部关于划定风险区的通告\n经研判,自即日起辖区全域为管控区。"
    assert by_level(text) == {("controlled", "青岭县"): ["青岭县"]}


def test_a_named_county_whole_managed_as_a_level_in_traditional_characters() -> None:
    text = in_traditional("关于划定风险区的通告\n自2022年11月3日起,青岭县辖区全域实行管控区管理。")
    assert by_level(text) == {("controlled", "青岭县"): ["青岭县"]}


def test_a_district_whole_managed_as_a_level_with_full_width_commas() -> None:
    text = "关于划定风险区的通告\n" + "自2022年11月3日起,对临河区全域实行封控区管理。".translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "临河区"): ["临河区"]}


@settings(max_examples=30, deadline=None)
@given(name, st.sampled_from(["县", "区", "旗"]), st.sampled_from(["辖区全域为管控区", "辖区全域实行管控区管理"]))
def test_any_county_whole_under_a_level_is_the_county(county: str, kind: str, wording: str) -> None:
    assume(no_real_city(county))
    district = county + kind
    text = f"关于划定风险区的通告\n自2022年11月3日起,{district}{wording}。"
    assert by_level(text) == {("controlled", district): [district]}


def test_a_whole_area_at_the_lowest_level_after_others_is_no_place() -> None:
    # (the rest of the district, a blanket, as before)
    text = "青岭县新冠肺炎疫情防控指挥部关于划定风险区的通告\n将翠柳小区划定为管控区,辖区全域为防范区。"
    assert levels_of(text) == {"controlled": ["翠柳小区"]}
    # (a precaution level "managed" over the whole is no new designation either)
    text = "关于划定风险区的通告\n自2022年11月3日起,青岭县辖区全域实行防范区管理。"
    assert levels_of(text) == {}


# --- a headline run into the reporter's lead on one line ----------------------------------------------------

def test_a_headline_run_into_a_reporters_lead_names_no_place() -> None:
    text = "青岭市新增2个中风险区 记者从青岭市疫情防控指挥部获悉:翠柳小区、石榴小区调整为中风险区。"
    assert levels_of(text) == {"medium": ["翠柳小区", "石榴小区"]}


def test_a_run_on_headline_with_a_dated_lead_in_traditional_characters() -> None:
    text = in_traditional("金峰市新增1个中风险区 12月3日,记者从金峰市疫情防控指挥部获悉:星河湾小区调整为中风险区。")
    assert levels_of(text) == {"medium": ["星河湾小区"]}


def test_a_run_on_headline_with_a_full_width_colon() -> None:
    text = "青岭市新增2个中风险区\u3000记者从青岭市疫情防控指挥部获悉\uff1a翠柳小区、石榴小区调整为中风险区。"
    assert levels_of(text) == {"medium": ["翠柳小区", "石榴小区"]}


@settings(max_examples=30, deadline=None)
@given(name, st.lists(name, min_size=1, max_size=3, unique=True))
def test_any_run_on_headline_reads_only_the_leads_places(city: str, estates: list[str]) -> None:
    assume(no_real_city(city, *estates) and city not in estates)
    places = [f"{e}小区" for e in estates]
    text = (f"{city}市新增{len(places)}个中风险区 记者从{city}市疫情防控指挥部获悉:"
            f"{'、'.join(places)}调整为中风险区。")
    assert levels_of(text) == {"medium": places}


def test_a_headline_on_its_own_line_and_a_spaced_sentence_stay_as_before() -> None:
    text = "青岭市新增1个中风险区\n记者从青岭市疫情防控指挥部获悉,翠柳小区调整为中风险区。"
    assert levels_of(text) == {"medium": ["翠柳小区"]}
    # (a reporter's word after a sentence, and a reporters' station as a place, are no headline's end)
    text = _TITLE + "翠柳小区调整为中风险区。记者从现场获悉,该小区已实行封闭管理。"
    assert levels_of(text) == {"medium": ["翠柳小区"]}
    text = "一、高风险区\n1.翠柳小区\n2.日报社记者站宿舍"
    assert levels_of(text) == {"high": ["翠柳小区", "日报社记者站宿舍"]}


# --- measures announced with 如下, and a postcode line --------------------------------------------------------

def test_measures_of_two_levels_announced_with_ruxia_are_no_places() -> None:
    text = _TITLE + "翠柳小区调整为高风险区。\n中、低风险区管控措施如下:居家。"
    assert levels_of(text) == {"high": ["翠柳小区"]}


def test_measures_of_a_level_announced_with_ruxia_in_traditional_characters() -> None:
    text = in_traditional(_TITLE + "翠柳小区调整为高风险区。\n中风险区管控措施如下:人员居家办公,错峰取物。")
    assert levels_of(text) == {"high": ["翠柳小区"]}


def test_measures_announced_with_ruxia_and_a_full_width_colon_on_the_next_line() -> None:
    text = _TITLE + "翠柳小区调整为高风险区。\n" + "中、低风险区管控措施如下:\n居家。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["翠柳小区"]}


def test_a_postcode_line_under_numbered_items_is_no_part_of_the_last_place() -> None:
    text = _TITLE + "一、高风险区\n1.翠柳小区\n2.石榴小区\n邮政编码:350100"
    assert levels_of(text) == {"high": ["翠柳小区", "石榴小区"]}
    text = _TITLE + "一、高风险区\n1.翠柳小区\n2.石榴小区\n" + "邮编:350100".translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["翠柳小区", "石榴小区"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True), st.integers(100000, 999999))
def test_any_list_over_a_postcode_line_keeps_its_places(estates: list[str], code: int) -> None:
    assume(no_real_city(*estates))
    places = [f"{e}小区" for e in estates]
    items = "".join(f"{k}.{p}\n" for k, p in enumerate(places, 1))
    text = _TITLE + "一、高风险区\n" + items + f"邮政编码:{code}"
    assert levels_of(text) == {"high": places}


def test_a_level_label_with_places_after_ruxia_is_still_a_list() -> None:
    # (the level's areas announced with 如下 are a list, not its measures)
    text = _TITLE + "中风险区如下:翠柳小区、石榴小区。"
    assert levels_of(text) == {"medium": ["翠柳小区", "石榴小区"]}
    # (a code of six digits that is no postcode's label stays where it is: a house number)
    text = _TITLE + "高风险区:\n1.翠柳小区\n2.松涛路350100号"
    assert levels_of(text) == {"high": ["翠柳小区", "松涛路350100号"]}
