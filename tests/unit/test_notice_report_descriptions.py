"""News reports of a decision (2020-2022) that describe the place before naming it, or tell around it: "A市最后一个
中风险小区B小区3期调整为低风险地区", "A市唯一的中风险地区——B县C镇D楼,…将D楼调整为低风险地区", "A医院所在的B社区
调整为中风险地区", a headline "A市中风险区域“解封”:…", "调整后全市均为…", a standing list "有高风险地区1个,为A;
有中风险地区3个,为B、C、D", a past day's level before the decision "自…起", a headline's "2个中风险地", and a
list line that writes its own district after a zone's line. Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    changes_of,
    invented_names,
    no_real_city,
    places_of,
    variants_of,
)

# ---- a description before the place: the only one, the last one ---------------------------------------------


def test_last_one_of_its_level_before_the_place_is_no_part_of_it() -> None:
    text = ("星峰市最后一个中风险地区调整为低风险地区\n"
            "7日凌晨,星峰市最后一个中风险小区翠湖春晓小区3期调整为低风险地区。\n")
    for variant in variants_of(text):
        assert changes_of(variant) == [("low", None, ["翠湖春晓小区3期"])]


def test_only_one_after_a_dash_is_no_part_of_the_place() -> None:
    text = "21日,本轮疫情中星峰市唯一一处中风险区域——锦绣春晓17幢正式调整为低风险地区。至此,星峰全域为低风险地区。\n"
    for variant in variants_of(text):
        assert changes_of(variant) == [("low", None, ["锦绣春晓17幢"])]


def test_place_named_short_in_the_decision_is_the_one_named_in_full() -> None:
    text = ("截至27日24时,星峰市唯一的中风险地区——阳曲县金华镇翠湖社区鑫汇商住楼,连续14日无新增本地确诊病例。"
            "经星峰市疫情防控应急指挥部决定,自5月28日零时起,将鑫汇商住楼调整为低风险地区。\n")
    for variant in variants_of(text):
        assert changes_of(variant) == [("low", "阳曲县", ["金华镇翠湖社区鑫汇商住楼"])]


def test_county_written_before_the_description_stays_on_the_place() -> None:
    text = "7日,阳曲县唯一的中风险地区——金华村调整为低风险地区。\n"
    assert changes_of(text) == [("low", "阳曲县", ["金华村"])]


def test_description_with_no_name_after_it_names_no_place() -> None:
    # (near misses: a headline of the last area, no name; the only level's label before 为 read as before)
    assert places_of("星峰市最后一个中风险地区调整为低风险地区\n") == []
    assert places_of("星峰市唯一中风险地区降为低风险\n") == []
    assert changes_of("目前,唯一的高风险区为翠湖小区。\n") == [("high", None, ["翠湖小区"])]
    # (a plain sentence keeps its place whole)
    assert changes_of("7日,翠湖春晓小区3期调整为低风险地区。\n") == [("low", None, ["翠湖春晓小区3期"])]


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_any_estate_after_the_description(city: str, estate: str) -> None:
    assume(no_real_city(city, estate) and estate not in city)
    text = f"7日凌晨,{city}市最后一个中风险小区{estate}小区3期调整为低风险地区。\n"
    # (the city's name may be a county-level city's, "瑞金市", which then stays as the place's district)
    assert places_of(text) == [f"{estate}小区3期"]


# ---- "A所在的B": the site the place holds -------------------------------------------------------------------


def test_site_the_community_holds_is_no_part_of_it() -> None:
    text = ("在12日晚举行的新闻发布会上,专家组组长透露,星峰市胸科医院所在的翠湖后社区调整为中风险地区,"
            "其他区域风险等级不变。\n")
    for variant in variants_of(text):
        assert changes_of(variant) == [("medium", None, ["翠湖后社区"])]
    assert changes_of("将星峰医院所在的翠湖社区划定为中风险地区。\n") == [("medium", None, ["翠湖社区"])]


def test_area_the_sites_lie_in_or_a_bare_kind_stays() -> None:
    # (near misses: a bare kind after 所在的, and the area round it, are no named place; read as before)
    assert places_of("确诊病例所在的小区调整为中风险地区。\n") == ["确诊病例所在的小区"]
    assert places_of("星峰医院所在的周边社区调整为中风险地区。\n") == ["星峰医院所在的周边社区"]
    # (nor a case's place, left to the rules of cases: read as before)
    assert places_of("即日起,将新增病例所在的翠湖小区调整为高风险区。\n") == []


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_any_community_after_its_site(site: str, community: str) -> None:
    assume(no_real_city(site, community))
    text = f"专家透露,{site}医院所在的{community}社区调整为中风险地区。\n"
    assert changes_of(text) == [("medium", None, [f"{community}社区"])]


# ---- prose around the decision ----------------------------------------------------------------------------


def test_quoted_unsealing_headline_and_the_estate_it_lies_in_name_no_place() -> None:
    text = ("星峰中风险区域“解封”:越过14个日夜 见证生活“重启”\n\n"
            "21日,锦绣春晓17幢正式调整为低风险地区,所在小区正式“解封”。至此,星峰全域为低风险地区。\n")
    for variant in variants_of(text):
        assert changes_of(variant) == [("low", None, ["锦绣春晓17幢"])]
    # (the estate pointed at, unquoted, is no place either; a named estate's own lift is read as before)
    assert changes_of("21日,锦绣春晓17幢调整为低风险地区,所在小区正式解封。\n") == [("low", None, ["锦绣春晓17幢"])]
    assert changes_of("21日,锦绣春晓17幢调整为低风险地区,翠湖小区正式解封。\n") == [
        ("low", None, ["锦绣春晓17幢"]), (None, None, ["翠湖小区"])]


def test_after_the_change_in_a_headline_is_no_object() -> None:
    text = ("星峰5地风险降级,调整后全市均为低风险地区\n"
            "市指挥部决定,将翠湖小区8号楼、春晓花园23栋由中风险地区调整为低风险地区。\n")
    for variant in variants_of(text):
        assert changes_of(variant) == [("low", None, ["翠湖小区8号楼", "春晓花园23栋"])]
    # (near miss: 调整 with an object is read as before)
    assert changes_of("调整翠湖小区为低风险地区。\n") == [("low", None, ["翠湖小区"])]


def test_counted_level_written_short_in_a_headline_names_no_place() -> None:
    text = ("1月21日起星峰调整2个中风险地为低风险地区\n"
            "自2022年1月21日起,将阳曲县金华街道由中风险地区调整为低风险地区。\n")
    for variant in variants_of(text):
        assert changes_of(variant) == [("low", "阳曲县", ["金华街道"])]


# ---- standing lists and a day's history ---------------------------------------------------------------------


def test_standing_list_of_the_next_level_after_a_semicolon_with_bare_you() -> None:
    text = ("截至目前,全市有高风险地区1个,为阳曲县金华街道翠湖社区;有中风险地区3个,为清徐县春晓镇锦绣村、"
            "春晓镇星峰村、兴盛镇康宁村。其他地区均为低风险地区。\n")
    expected = [("high", "阳曲县", ["金华街道翠湖社区"]),
                ("medium", "清徐县", ["春晓镇锦绣村", "春晓镇星峰村", "兴盛镇康宁村"])]
    for variant in variants_of(text):
        assert changes_of(variant) == expected


def test_past_day_level_before_a_decision_from_a_day_is_history() -> None:
    text = ("2021年1月18日,阳曲县金华街道翠湖社区调整为中风险地区,1月19日该社区新增确诊病例6例。经评估,"
            "自2021年1月20日起,调整阳曲县金华街道翠湖社区为高风险地区。\n")
    for variant in variants_of(text):
        assert changes_of(variant) == [("high", "阳曲县", ["金华街道翠湖社区"])]
    # (near miss: another place's past day stays, the decision moving only its own place)
    other = text.replace("调整阳曲县金华街道翠湖社区为高风险地区", "调整阳曲县金华街道锦绣社区为高风险地区")
    assert changes_of(other) == [("medium", "阳曲县", ["金华街道翠湖社区"]), ("high", "阳曲县", ["金华街道锦绣社区"])]


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_any_standing_list_after_a_semicolon(first: str, second: str) -> None:
    assume(no_real_city(first, second) and first != second)
    text = f"截至目前,全市有高风险地区1个,为{first}小区;有中风险地区2个,为{second}村、{first}花园。\n"
    assert changes_of(text) == [("high", None, [f"{first}小区"]), ("medium", None, [f"{second}村", f"{first}花园"])]


# ---- a list line that writes its own district after a zone's line --------------------------------------------


def test_list_line_with_its_own_district_after_a_new_districts_zone() -> None:
    text = "二、中风险地区\n1、高新区金华街道\n2、西江新区春晓新城翠湖街道\n3、清徐县锦绣街道\n"
    for variant in variants_of(text):
        assert changes_of(variant) == [("medium", "高新区", ["金华街道"]), ("medium", "西江新区", ["春晓新城翠湖街道"]),
                                       ("medium", "清徐县", ["锦绣街道"])]
    # (near miss: a line without a district of its own stays with the line before's)
    plain = "二、中风险地区\n1、高新区金华街道\n2、西江新区春晓新城翠湖街道\n3、锦绣街道\n"
    assert changes_of(plain) == [("medium", "高新区", ["金华街道"]),
                                 ("medium", "西江新区", ["春晓新城翠湖街道", "锦绣街道"])]
