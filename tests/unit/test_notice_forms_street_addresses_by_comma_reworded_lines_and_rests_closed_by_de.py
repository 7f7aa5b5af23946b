"""Forms of notices that list a street's places between commas in a numbered item after the street written once,
some of them road addresses with a building or a named place of their own ("A街道B小区,C路15号8栋,D街73号E村37栋")
or bare addresses in a long list, or names opening with Latin letters ("F派公寓48栋"); that a machine-reworded copy
writes with a sub-heading "以下是新的:" inside its list, a garbled count "共:个" and its signature closed by "。";
and that name the rest of a town or street but named parts, the exception closed by 的 alone ("A镇除B村5组22号、C村
3组的其他区域") or listed with 、 among other places ("D村,E街道除F社区、G社区以外的其他区域"). Each form in
variants written here (invented places, traditional characters, full-width punctuation), near-misses that keep their
reading, and properties over generated parts."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    in_traditional,
    invented_names,
    levels_of,
    no_real_city,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)

HEAD = "经研判,决定实行以下防控措施:\n一、将以下区域划定为高风险区,实行“足不出户、服务上门”管控措施:\n"
TAIL = "\n(二)桃溪街道光明苑2栋。\n以上管控措施自2022年7月12日5时起实施。"


# --- a street's places between commas, road addresses among them ---------------------------------------------------

def test_street_item_with_addresses_that_have_their_own_buildings() -> None:
    text = (f"{HEAD}(一)桃溪街道锦绣山庄小区,翠湖新村小区15栋、23栋,春风巷小区3栋,秀水路15号8栋,"
            "白鹭路176号55栋,柳林街73号青禾村37栋2单元,园丁路航天综合楼、梅岭大厦。" + TAIL)
    assert levels_of(text) == {"high": ["桃溪街道锦绣山庄小区", "翠湖新村小区15栋、23栋", "春风巷小区3栋",
                                        "秀水路15号8栋", "白鹭路176号55栋", "柳林街73号青禾村37栋2单元",
                                        "园丁路航天综合楼", "梅岭大厦", "桃溪街道光明苑2栋"]}


def test_street_item_with_a_latin_led_name_in_traditional_characters() -> None:
    text = in_traditional(f"{HEAD}(一)桃溪街道锦绣山庄小区,K派公寓48栋,秀水路15号8栋。" + TAIL)
    assert levels_of(text) == {"high": ["桃溪街道锦绣山庄小区", "K派公寓48栋", "秀水路15号8栋",
                                        "桃溪街道光明苑2栋"]}


def test_long_street_item_with_bare_addresses_and_full_width_punctuation() -> None:
    text = (f"{HEAD}(一)桃溪街道春风巷小区,锦绣花园,翠湖小区,白鹭路176号,秀水路15号,柳林花园,柳林街73号青禾村。"
            + TAIL).translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["桃溪街道春风巷小区", "锦绣花园", "翠湖小区", "白鹭路176号", "秀水路15号",
                                        "柳林花园", "柳林街73号青禾村", "桃溪街道光明苑2栋"]}


def test_a_place_then_its_address_or_a_short_item_stays_one_place() -> None:
    # (a place then its bare address, in a short item; places alternating with their addresses)
    for item in ("桃溪街道锦绣小区3栋,春风路12号", "桃溪街道锦绣小区3栋,翠湖花园,春风路12号",
                 "桃溪街道锦绣小区,春风路12号,翠湖花园,秀水路8号"):
        assert levels_of(f"{HEAD}(一){item}。{TAIL}") == {"high": [item, "桃溪街道光明苑2栋"]}


@settings(max_examples=25, deadline=None)
@given(name, st.lists(name, min_size=4, max_size=4, unique=True), st.sampled_from(["路", "街", "大道"]),
       st.booleans(), st.booleans())
def test_any_street_item_with_an_address_that_has_a_building(street: str, stems: list[str], road: str,
                                                             traditional: bool, full_width: bool) -> None:
    assume(no_real_city(street, *stems) and street not in stems)
    assume(all(s[:2] not in street and street[:2] not in s for s in stems))
    assume(all(a[:2] != b[:2] for a in stems for b in stems if a != b))
    # (nor a later stem's start inside the first place's name, "金华金小区,…,华金大厦": read, by design, as a part of
    # the first place (`q[:2] not in pieces[0]`), a coincidence of invented names)
    assume(all(s[:2] not in stems[0] for s in stems[1:]))
    places = [f"{stems[0]}小区", f"{stems[1]}花园2栋", f"{stems[2]}{road}15号8栋", f"{stems[3]}大厦"]
    text = f"{HEAD}(一){street}街道{','.join(places)}。{TAIL}"
    text = in_traditional(text) if traditional else text
    text = text.translate(HALF_TO_FULL) if full_width else text
    assert levels_of(text) == {"high": [f"{street}街道{places[0]}", *places[1:], "桃溪街道光明苑2栋"]}


# --- a machine-reworded copy: a sub-heading, a garbled count and a signature with a stop ---------------------------

REWORDED = ("日前,宁远市应对新型冠状病毒肺炎疫情工作指挥部发布第10号通报\n经专家组分析判断,风险区域划定如下:\n"
            "一,高风险地区1 :\n1.宁远县桃溪镇,\n二是中风险地区3个,共:个。\n1.宁远县翠湖镇春风村,\n{sub}\n"
            "2.宁远县翠湖镇秀水村,\n3.宁远县柳林中学。\n宁远市应对新型冠状病毒感染肺炎疫情工作指挥部。\n2021年9月17日。")


def bare(out: dict[str, list[str]]) -> dict[str, list[str]]:
    """The places without the copy's trailing commas and the county it writes in front of some."""
    return {k: [p.rstrip(",，").removeprefix("宁远县") for p in ps] for k, ps in out.items()}


def test_reworded_copy_with_a_sub_heading_a_garbled_count_and_a_signature_with_a_stop() -> None:
    for sub in ("以下是新的:", "以下为新增:", "下列为新增的区域:"):
        out = bare(levels_of(REWORDED.format(sub=sub)))
        assert out == {"high": ["桃溪镇"], "medium": ["翠湖镇春风村", "翠湖镇秀水村", "柳林中学"]}, sub


def test_reworded_copy_in_traditional_characters_and_full_width_punctuation() -> None:
    text = in_traditional(REWORDED.format(sub="以下是新的:")).translate(HALF_TO_FULL)
    out = levels_of(text)
    assert set(out) == {"high", "medium"} and len(out["medium"]) == 3
    assert not any("指挥部" in p or p in ("个", "以下是新的") for ps in out.values() for p in ps)


def test_a_place_named_after_new_or_a_count_with_its_kind_stays() -> None:
    # near-misses: a place whose name says new ("新村"), and a counted kind of place is no counter alone
    text = REWORDED.format(sub="以下是新的:").replace("2.宁远县翠湖镇秀水村", "2.宁远县翠湖镇新村")
    assert bare(levels_of(text))["medium"] == ["翠湖镇春风村", "翠湖镇新村", "柳林中学"]


@settings(max_examples=20, deadline=None)
@given(name, name, st.booleans())
def test_any_reworded_copy_signed_with_a_stop(town: str, village: str, traditional: bool) -> None:
    assume(no_real_city(town, village) and town != village and town[:2] not in village)
    text = REWORDED.format(sub="以下是新的:").replace("翠湖镇春风村", f"{town}镇{village}村")
    text = in_traditional(text) if traditional else text
    out = levels_of(text)
    assert len(out["medium"]) == 3 and not any("指挥部" in p for p in out["medium"])


# --- the rest of a town or street but named parts --------------------------------------------------------------

def test_rest_of_a_town_with_the_exception_closed_by_de() -> None:
    for obj in ("宁远区桃溪镇除翠湖村5组22号、柳林村3组的其他区域", "宁远区春风街道除翠湖社区、柳林社区的其他区域",
                "宁远区桃溪镇除翠湖村的其他区域"):
        text = f"经研判,将{obj}调整为低风险区。"
        assert levels_of(text) == {"low": [obj.removeprefix("宁远区")]}, obj


def test_rest_of_a_street_after_another_place_by_comma_in_traditional_characters() -> None:
    text = in_traditional("经研判,将宁远区桃溪镇翠湖村,春风街道除秀水社区、柳林社区以外的其他区域调整为低风险区。")
    assert levels_of(text) == {"low": ["桃溪镇翠湖村", "春风街道除秀水社区、柳林社区以外的其他区域"]}


def test_rest_of_a_street_first_then_a_place_with_full_width_punctuation() -> None:
    text = "经研判,将宁远区春风街道除秀水社区、柳林社区的其他区域,桃溪镇翠湖村调整为低风险区。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"low": ["春风街道除秀水社区、柳林社区的其他区域", "桃溪镇翠湖村"]}


def test_rest_of_a_district_or_levels_stays_a_blanket() -> None:
    # near-misses: the rest of a district but a level, or but a village, is no place
    for obj in ("宁远区除高风险区的其他区域", "宁远区除翠湖村的其他区域"):
        assert levels_of(f"经研判,将{obj}调整为低风险区。") == {}, obj


@settings(max_examples=25, deadline=None)
@given(name, st.lists(name, min_size=3, max_size=3, unique=True), st.sampled_from(["镇", "街道"]),
       st.sampled_from(["以外的", "的"]), st.booleans())
def test_any_rest_of_a_town_but_two_named_parts(town: str, parts: list[str], kind: str, close: str,
                                                traditional: bool) -> None:
    assume(no_real_city(town, *parts) and town not in parts)
    assume(all(p[:2] not in town and town[:2] not in p for p in parts))
    rest = f"{town}{kind}除{parts[0]}社区、{parts[1]}社区{close}其他区域"
    text = f"经研判,将宁远区{parts[2]}镇翠湖村,{rest}调整为低风险区。"
    text = in_traditional(text) if traditional else text
    out = levels_of(text)
    expect = [f"{parts[2]}镇翠湖村", rest]
    assert out == {"low": expect}
