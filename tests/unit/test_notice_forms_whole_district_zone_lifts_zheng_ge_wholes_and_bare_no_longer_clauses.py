"""A whole district (县, 区, 市) written with 整个 / 全域, in variants written here (invented places): a
district's whole precaution zone lifted ("解除A市全域防范区管理", "解除A市整个防范区的管理", "现在,A市整个
预防区的管理已经解除" in a machine-reworded copy's words) is the district itself, lifted, as a whole district is
listed (the corpus's 1400 and 804; 1770 corrected to it on 2026-12-07); "将A区整个调整为中风险地区" (整个,
整个区域, as 全域) is the district at that level; and a clause with no subject of its own after a level clause,
",不再单独设为高风险地区", names no place."""

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

# ---- a district's whole precaution zone lifted ---------------------------------------------------------------


def _zone_lift(lead: str, after: str = "", city: str = "锦川市") -> str:
    return (f"{city}新冠肺炎疫情防控工作领导小组办公室通告\n\n根据《新冠肺炎疫情社区防控方案》,经专家组研判,"
            f"自2022年5月21日0时起,{lead}。现通告如下:\n\n{after}请广大市民积极配合落实各项疫情防控措施。\n\n"
            f"{city}新冠肺炎疫情防控工作领导小组办公室\n\n2022年5月21日\n")


def test_a_whole_citys_precaution_zone_lifted_is_the_city() -> None:
    for lead in ("解除锦川市全域防范区管理", "解除锦川市整个防范区的管理", "解除锦川市全域防范区的管理措施",
                 "解除锦川市整个预防区的管理"):
        assert by_level(_zone_lift(lead)) == {("lifted", "锦川市"): ["锦川市"]}, lead


def test_the_zone_lifted_after_a_places_zones_joined_by_he() -> None:
    text = _zone_lift("解除青枫街道金桃社区封控区、管控区的封控管理和翠枫区整个防范区的管理", city="翠枫区")
    assert by_level(text) == {("lifted", "翠枫区"): ["青枫街道金桃社区", "翠枫区"]}


def test_the_zone_as_the_subject_of_its_lift_in_reworded_words() -> None:
    # ("现在,A市整个预防区的管理已经解除": a machine-reworded copy's 预防区 for 防范区, the zone the subject)
    for tail in ("现在,翠枫区整个预防区的管理已经解除。", "翠枫区全域防范区管理同步解除。"):
        text = _zone_lift("解除青枫街道金桃社区封控区的封控管理", after=tail + "\n\n", city="翠枫区")
        assert by_level(text) == {("lifted", "翠枫区"): ["青枫街道金桃社区", "翠枫区"]}, tail


def test_a_county_zone_lifted_in_traditional_characters_and_full_width_punctuation() -> None:
    text = in_traditional(_zone_lift("解除桃溪县白鹭村封控区的封控管理和桃溪县整个防范区的管理", city="桃溪县"))
    assert by_level(text.translate(HALF_TO_FULL)) == {("lifted", "桃溪县"): ["白鹭村", "桃溪县"]}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["区", "县", "市"]), st.sampled_from(["全域", "整个"]),
       st.sampled_from(["防范区", "预防区"]), st.sampled_from(["管理", "的管理"]))
def test_any_districts_whole_zone_lifted(name: str, kind: str, whole: str, zone: str, management: str) -> None:
    district = name + kind
    assume(no_real_city(name, district))
    text = _zone_lift(f"解除{district}{whole}{zone}{management}", city=district)
    assert by_level(text) == {("lifted", district): [district]}, text


def test_whole_lifts_with_no_zone_word_or_of_a_town_are_read_as_before() -> None:
    # (the district's lift written with its zone word is the district: the form's own)
    assert levels_of(_zone_lift("解除锦川市整个防范区的管理")) == {"lifted": ["锦川市"]}
    # (no zone word after the whole: "解除A区全域管控" and "不再将A区全域设为防范区" lift a blanket, no place, as
    # the corpus's 277 reads them)
    assert levels_of(_zone_lift("解除翠枫区全域管控", city="翠枫区")) == {}
    after = "不再将翠枫区全域设为防范区,该区转为常态化疫情防控。\n\n"
    assert levels_of(_zone_lift("解除白鹭村封控区的封控管理", after=after, city="翠枫区")) == {"lifted": ["白鹭村"]}
    # (a town's whole zone is the town's 全域, kept on the place as written; a town's 整个 is no district's either)
    assert levels_of(_zone_lift("解除青枫镇全域防范区管理")) == {"lifted": ["青枫镇全域"]}
    assert levels_of(_zone_lift("解除青枫镇整个防范区的管理")) == {"lifted": ["青枫镇整个"]}


# ---- a whole district written with 整个 given a level ----------------------------------------------------------


def _whole_level(obj: str, level: str = "中风险地区", verb: str = "调整为") -> str:
    return (f"根据国务院联防联控机制有关规定,经专家组综合研判,决定自2022年3月1日0时起,将{obj}{verb}{level},"
            "其他地区风险等级不变。\n\n市新冠肺炎疫情防控指挥部\n\n2022年3月1日\n")


def test_a_district_written_with_zheng_ge_is_the_district() -> None:
    for obj in ("翠枫区整个", "翠枫区整个区域", "翠枫区整个辖区", "翠枫区全域"):
        assert by_level(_whole_level(obj)) == {("medium", "翠枫区"): ["翠枫区"]}, obj


def test_a_county_written_with_zheng_ge_xian_yu_or_quan_yu_at_low() -> None:
    for obj in ("桃溪县整个县域", "桃溪县整个", "桃溪县全域"):
        assert by_level(_whole_level(obj, "低风险区")) == {("low", "桃溪县"): ["桃溪县"]}, obj


def test_zheng_ge_in_traditional_characters_and_full_width_punctuation() -> None:
    text = in_traditional(_whole_level("翠枫区整个", "高风险地区", verb="列为")).translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "翠枫区"): ["翠枫区"]}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["区", "县"]), st.sampled_from(["整个", "整个区域"]),
       st.sampled_from([("中风险地区", "medium"), ("低风险区", "low"), ("高风险地区", "high")]))
def test_any_district_written_with_zheng_ge(name: str, kind: str, whole: str, level: tuple[str, str]) -> None:
    district = name + kind
    assume(no_real_city(name, district))
    text = _whole_level(district + whole, level[0])
    assert by_level(text) == {(level[1], district): [district]}, text


def test_zheng_ge_after_a_place_or_as_a_state_is_read_as_before() -> None:
    # (the form's own: a district's 整个 is the district)
    assert levels_of(_whole_level("翠枫区整个")) == {"medium": ["翠枫区"]}
    # (整个 after a village's group is that place's whole area, kept as written)
    assert levels_of(_whole_level("白鹭村1组老桥头整个区域")) == {"medium": ["白鹭村1组老桥头整个区域"]}
    # ("调整后,A区整个区域仍为中风险地区": the whole district's state after the changes, no place)
    text = ("自2022年3月1日0时起,将翠枫区青枫街道调整为中风险地区。调整后,翠枫区整个区域仍为中风险地区。")
    assert by_level(text) == {("medium", "翠枫区"): ["青枫街道"]}


# ---- a clause "不再单独设为…" with no subject after a level clause ---------------------------------------------


def _no_longer(clause: str) -> str:
    return (f"经专家组综合研判,决定自2022年3月1日0时起,{clause}。\n\n"
            "市新冠肺炎疫情防控指挥部\n\n2022年3月1日\n")


def test_a_bare_no_longer_clause_after_a_level_names_no_place() -> None:
    for clause, level in (("将金桃小区调整为中风险区,不再单独设为高风险地区", "medium"),
                          ("金桃小区调整为中风险区,不再单独设为高风险地区", "medium"),
                          ("将金桃小区调整为中风险区;不再单独列为高风险区", "medium"),
                          ("将金桃小区降为低风险区,不再设为中风险区", "low"),
                          ("将金桃小区调整为中风险区,并不再单独划为高风险区", "medium")):
        assert levels_of(_no_longer(clause)) == {level: ["金桃小区"]}, clause


def test_a_bare_no_longer_clause_before_the_next_place() -> None:
    text = _no_longer("将金桃小区调整为中风险区,不再单独设为高风险地区,白鹭村调整为低风险区")
    assert levels_of(text) == {"medium": ["金桃小区"], "low": ["白鹭村"]}


def test_a_bare_no_longer_clause_in_traditional_characters_and_full_width_punctuation() -> None:
    text = in_traditional(_no_longer("将翠湖小区3栋调整为中风险区,不再单独设为高风险地区")).translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["翠湖小区3栋"]}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["小区", "社区", "村"]), st.sampled_from(["不再单独设为",
       "不再单独列为", "不再设为", "不再列为"]), st.sampled_from(["高风险地区", "高风险区"]))
def test_any_bare_no_longer_clause(name: str, kind: str, words: str, left: str) -> None:
    assume(no_real_city(name))
    place = name + kind
    assert levels_of(_no_longer(f"将{place}调整为中风险区,{words}{left}")) == {"medium": [place]}


def test_no_longer_clauses_with_their_own_subject_or_measure_are_read_as_before() -> None:
    # (the form's own: the bare clause names no place)
    assert levels_of(_no_longer("将金桃小区调整为中风险区,不再单独设为高风险地区")) == {"medium": ["金桃小区"]}
    # (a place of its own before 不再列为: it leaves that level, lifted)
    assert levels_of(_no_longer("将金桃小区调整为中风险区,白鹭村不再列为管控区")) == {"medium": ["金桃小区"],
                                                                                    "lifted": ["白鹭村"]}
    # (places absorbed into a wider area: "B小区不再单独设为中风险地区" names none either)
    assert levels_of(_no_longer("将金桃街道全域调整为高风险地区,翠湖小区不再单独设为中风险地区")) == {
        "high": ["金桃街道全域"]}
    # (a measure no longer taken, no level: the clause is left)
    assert levels_of(_no_longer("将金桃小区调整为中风险区,不再实行封控管理")) == {"medium": ["金桃小区"]}
