"""Forms of notices whose copies run a list's places together (line breaks lost, the heading's count still
there), headlines that count one kind of place without naming it ("X县一小区调整为…"), places with their
prefecture city written in front of the street (with or without 市), lifts whose lists are numbered under one
level ("封控区一:", "封控区2:") after a lead citing a document's title, bounded areas with an exception inside
("…所围合除划入封控区以外的区域"), and offices that are the lead's subject ("…指挥部根据…"). Each form in
variants written here (invented places, the wording of the real forms: other kinds of building, separators,
traditional characters, full-width punctuation, spaces), and properties over generated parts."""

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


# --- a run-on list: the places run together, the heading's count says how many -------------------------

def test_run_on_buildings_are_cut_where_the_count_calls_for_it() -> None:
    text = ("关于新增疫情风险区域的通告\n定于2022年8月24日起,新增疫情风险区域,具体如下:\n一、新增高风险区(4个)\n"
            "(一)具体点位\n春晓街道金华花园3栋龙泽广场A区9栋翠峰苑12栋锦绣超市(福瑞路8号附2号)\n"
            "(二)管控措施\n1.实行封控管理。")
    assert levels_of(text) == {"high": ["春晓街道金华花园3栋", "龙泽广场A区9栋", "翠峰苑12栋",
                                        "锦绣超市(福瑞路8号附2号)"]}


def test_run_on_buildings_written_with_zhuang_and_hao_lou_in_traditional_characters() -> None:
    text = in_traditional("关于新增高风险区的通告\n即日起新增高风险区(3个):\n"
                        "长风小区2幢兴盛家园5号楼康宁公寓1幢\n高风险区实行“足不出户、上门服务”。")
    assert levels_of(text) == {"high": ["长风小区2幢", "兴盛家园5号楼", "康宁公寓1幢"]}


def test_run_on_buildings_keep_units_and_one_listed_building() -> None:
    # (the count agrees with one place: "3栋2单元" and "7栋" after "除" are parts of one place)
    text = ("关于新增风险区的通告\n一、新增高风险区(2个)\n金华小区3栋2单元汇星苑7栋\n"
            "二、新增中风险区(1个)\n金华小区除3栋、7栋汇星苑之外的其他楼栋")
    assert levels_of(text) == {"high": ["金华小区3栋2单元", "汇星苑7栋"],
                               "medium": ["金华小区除3栋、7栋汇星苑之外的其他楼栋"]}


def test_a_listed_run_without_a_count_is_left_alone() -> None:
    text = "关于新增高风险区的通告\n即日起新增高风险区:\n金华花园3栋龙泽广场9栋"
    assert levels_of(text) == {"high": ["金华花园3栋龙泽广场9栋"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(name, st.sampled_from(["花园", "小区", "家园", "广场"]), st.integers(1, 40),
                          st.sampled_from(["栋", "幢", "号楼"])), min_size=2, max_size=6, unique_by=lambda t: t[0]))
def test_run_on_buildings_property(places: list[tuple[str, str, int, str]]) -> None:
    listed = [f"{n}{kind}{k}{unit}" for n, kind, k, unit in places]
    text = (f"关于新增高风险区的通告\n一、新增高风险区({len(listed)}个)\n{''.join(listed)}\n"
            "二、管控措施\n1.实行封控管理。")
    assert levels_of(text) == {"high": listed}


# --- a headline that counts one kind of place ------------------------------------------------------------

def test_a_headline_counting_one_compound_names_no_place() -> None:
    text = ("清徐县一小区调整为中风险地区\n经专家组综合评估研判,自2022年5月12日零时起,将清徐县东于镇金华小区"
            "调整为中风险地区,其余地区为低风险地区。")
    assert by_level(text) == {("medium", "清徐县"): ["东于镇金华小区"]}


def test_a_headline_counting_two_villages_names_no_place() -> None:
    text = ("小店区两个村调整为高风险区\n自即日起,将小店区北格镇春晓村、龙泽村调整为高风险区。")
    assert levels_of(text) == {"high": ["北格镇春晓村", "龙泽村"]}


def test_a_headline_counting_buildings_in_full_width_punctuation() -> None:
    text = ("迎泽区3栋楼调整为高风险区\n自即日起,将迎泽区桥东街道锦绣苑1栋、龙泽苑2栋、春晓家园5栋调整为高风险区。"
            ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["桥东街道锦绣苑1栋", "龙泽苑2栋", "春晓家园5栋"]}


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["一小区", "两个小区", "3个小区", "2个村", "多个社区"]), name)
def test_count_headline_property(town: str, counted: str, compound: str) -> None:
    text = f"清徐县{counted}调整为中风险地区\n自即日起,将清徐县{town}镇{compound}小区调整为中风险地区。"
    assert levels_of(text) == {"medium": [f"{town}镇{compound}小区"]}


# --- the notice's prefecture city written before a street --------------------------------------------------

def test_the_city_without_shi_before_a_street_of_the_notice_city() -> None:
    text = ("山西省太原市小店区、迎泽区疫情防控领导小组办公室17日发布通告,将太原金华街道龙城路12号由高风险区"
            "降为低风险区、春晓街道锦绣小区3号楼降级为低风险区。")
    assert levels_of(text) == {"low": ["金华街道龙城路12号", "春晓街道锦绣小区3号楼"]}


def test_the_city_with_shi_before_a_town() -> None:
    text = "关于划定高风险区的通告\n即日起,将银川市掌政镇春晓村、龙泽村划定为高风险区。"
    assert levels_of(text) == {"high": ["掌政镇春晓村", "龙泽村"]}


def test_a_street_named_after_another_city_keeps_its_name() -> None:
    # (no 太原市 / 南阳市 elsewhere: "南阳新村街道" is a street's own name, as "西安路街道" is)
    text = in_traditional("关于调整风险区的通告\n即日起,将南阳新村街道金华小区、西安路街道龙泽苑调整为中风险区。")
    assert levels_of(text) == {"medium": ["南阳新村街道金华小区", "西安路街道龙泽苑"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.booleans())
def test_city_front_property(street: str, compound: str, with_shi: bool) -> None:
    city = "太原市" if with_shi else "太原"
    text = (f"太原市疫情防控领导小组办公室发布通告,将{city}{street}街道{compound}小区5号楼划定为高风险区。")
    assert levels_of(text) == {"high": [f"{street}街道{compound}小区5号楼"]}


# --- numbered level labels under a lift, after a lead citing a document's title -----------------------------

def test_numbered_sealed_labels_under_a_lift_are_lifted() -> None:
    text = ("小店区解除部分封控区的通告\n根据《关于印发疫情防控区域划定和解除工作指引的通知》,经专家综合研判,"
            "决定自4月2日12时起,对我区春晓街道等部分封控区域予以解除:\n"
            "封控区一:春晓街道金华小区(4栋除外)、龙泽华庭北园(18栋除外);\n封控区二:长风街道锦绣园。\n"
            "请在解封后避免聚集。")
    assert levels_of(text) == {"lifted": ["春晓街道金华小区(4栋除外)", "龙泽华庭北园(18栋除外)",
                                          "长风街道锦绣园"]}


def test_digit_and_bracketed_labels_in_full_width_punctuation() -> None:
    text = ("决定自4月2日12时起,对以下封控区域予以解除:\n封控区1:金华小区、龙泽苑;\n封控区(2):锦绣家园。"
            ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["金华小区", "龙泽苑", "锦绣家园"]}


def test_numbered_controlled_labels_in_traditional_characters() -> None:
    text = in_traditional("决定自5月3日起,对以下管控区予以解除:\n管控区一:金华小区;\n管控区二:龙泽苑、锦绣家园。")
    assert levels_of(text) == {"lifted": ["金华小区", "龙泽苑", "锦绣家园"]}


def test_numbered_labels_under_a_designation_keep_their_level() -> None:
    text = "决定自4月2日12时起,划定以下封控区:\n封控区一:金华小区;\n封控区二:龙泽苑。"
    assert levels_of(text) == {"sealed": ["金华小区", "龙泽苑"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=5, unique=True), st.sampled_from(["一", "1", "(一)"]))
def test_numbered_lift_labels_property(names: list[str], first: str) -> None:
    second = {"一": "二", "1": "2", "(一)": "(二)"}[first]
    places = [f"{n}小区" for n in names]
    text = (f"根据《疫情防控区域划定和解除工作指引》,决定对以下封控区域予以解除:\n"
            f"封控区{first}:{'、'.join(places[:-1])};\n封控区{second}:{places[-1]}。")
    assert levels_of(text) == {"lifted": places}


# --- a bounded area with an exception inside ------------------------------------------------------------------

def test_an_enclosed_area_but_the_sealed_one_is_one_controlled_place() -> None:
    text = ("小店区调整春晓街道封控区、管控区\n自5月21日12时起,调整春晓街道封控区、管控区。相关事宜通告如下:\n"
            "一、春晓街道金华小区(龙城路12号)仍为封控区,实行原有管理措施。\n"
            "二、春晓街道龙城路以南、长风路以西、锦绣路以北、胜利路以东所围合除划入封控区以外的区域仍为管控区,"
            "实行原有管理措施。")
    assert levels_of(text) == {"sealed": ["春晓街道金华小区(龙城路12号)"], "controlled": [
        "春晓街道龙城路以南、长风路以西、锦绣路以北、胜利路以东所围合除划入封控区以外的区域"]}


def test_an_enclosed_area_with_an_exception_in_full_width_punctuation() -> None:
    text = ("自即日起,金华街道龙城路以南、长风路以西、锦绣路以北所围合除封控区之外的区域为管控区。"
            ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["金华街道龙城路以南、长风路以西、锦绣路以北所围合除封控区之外的区域"]}


def test_an_enclosed_area_with_an_exception_in_traditional_characters() -> None:
    text = in_traditional("自即日起,龙城路以东、长风路以北所围合除列入高风险区以外的区域调整为中风险区。")
    assert levels_of(text) == {"medium": ["龙城路以东、长风路以北所围合除列入高风险区以外的区域"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True), st.sampled_from(["划入封控区", "封控区", "列入封控区"]),
       st.sampled_from(["以外", "之外"]))
def test_enclosed_exception_property(roads: list[str], exception: str, outside: str) -> None:
    sides = ["以南", "以西", "以北", "以东"]
    bounds = "、".join(f"{r}路{s}" for r, s in zip(roads, sides, strict=False))
    place = f"{bounds}所围合除{exception}{outside}的区域"
    text = f"自即日起,{place}仍为管控区,实行原有管理措施。"
    assert levels_of(text) == {"controlled": [place]}


# --- an office as the lead's subject gives the district ----------------------------------------------------

def test_the_office_as_subject_of_the_lead_with_its_province_and_city() -> None:
    text = ("山西太原市小店区新型冠状病毒肺炎疫情防控指挥部根据疫情防控形势,经综合研判,自5月21日12时起,"
            "调整春晓街道风险区。相关事宜通告如下:\n一、春晓街道金华小区仍为封控区,实行原有管理措施。")
    assert by_level(text) == {("sealed", "小店区"): ["春晓街道金华小区"]}


def test_the_office_as_subject_followed_by_yiju() -> None:
    text = "迎泽区疫情防控指挥部依据有关规定,决定将桥东街道龙泽苑划定为高风险区。"
    assert by_level(text) == {("high", "迎泽区"): ["桥东街道龙泽苑"]}


def test_the_office_as_subject_in_traditional_characters() -> None:
    text = in_traditional("清徐县疫情防控指挥部按照有关规定,经研判,将东于镇锦绣村调整为中风险区。")
    assert by_level(text) == {("medium", "清徐县"): ["东于镇锦绣村"]}
