"""The "one listed item is one place" family of forms, each in variants written here (invented places in
the wording of the real forms), and properties over generated lists: a boundary description with commas,
a numbered item of house-number addresses, a run of units ending in "以及 + place", the rest of one
village "除封控区以外", and a list whose count or numbering shows it is one place."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice

SYLLABLES = list("金华龙城春晓阳光和平建桃丽泽翠锦绣长风胜利兴盛泰康宁安福瑞鑫汇君悦星景秀")
word = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map("".join)


def by_level(text: str) -> dict[tuple[str | None, str | None], list[str]]:
    result = parse_notice(text, default_year=2022)
    out: dict[tuple[str | None, str | None], list[str]] = {}
    for change in result["changes"]:
        out.setdefault((change["level_to"] or "lifted", change["district"]), []).extend(change["places"])
    return out


# ---------------------------------------------------------------------------------------------------
# form 4: the rest of one village, town or compound "除封控区以外的地区" is a place; the rest of a district
# is a blanket


def test_rest_of_a_village_in_a_numbered_sentence_is_a_place() -> None:
    text = ("关于划定风险区域的公告\n决定自5月3日8时起,将部分区域划定为封控区、管控区和防范区:\n"
            "1.将东兴区江平镇巫头村东街片区(海滨路-沙滩路围合区域)调整为封控区,实行“足不出户”管理。\n"
            "2.将东兴区江平镇巫头村除封控区以外的区域,调整为管控区,实行“人不出区”管理。\n"
            "3.将东兴区辖区内除封控区、管控区以外的地区调整为防范区,实行“强化社会面管控”。\n"
            "东兴区疫情防控指挥部\n2022年5月3日")
    assert by_level(text) == {("sealed", "东兴区"): ["江平镇巫头村东街片区(海滨路-沙滩路围合区域)"],
                              ("controlled", "东兴区"): ["江平镇巫头村除封控区以外的区域"]}


def test_rest_of_a_town_with_two_levels_excluded_and_the_whole_district_dropped() -> None:
    text = ("关于调整风险区域的通告\n一、将临川区罗针镇除封控区、管控区以外的区域调整为防范区。\n"
            "二、将临川区全域除封控区、管控区以外的其他区域调整为防范区。\n特此通告。")
    assert by_level(text) == {("precaution", "临川区"): ["罗针镇除封控区、管控区以外的区域"]}


def test_rest_of_a_compound_in_a_sentence_without_numbering() -> None:
    text = ("关于调整风险区域的通告\n即日起,将青秀区南湖街道翠湖新城小区除高风险区之外的区域调整为中风险区。\n"
            "将青秀区区域内除高风险区、中风险区以外的地区调整为低风险区。\n特此通告。")
    assert by_level(text) == {("medium", "青秀区"): ["南湖街道翠湖新城小区除高风险区之外的区域"]}


@settings(max_examples=40, deadline=None)
@given(town=word, village=word, district=st.sampled_from(["兴宁区", "江南区", "良庆区", "邕宁区"]),
       level=st.sampled_from(["封控区", "高风险区"]), rest=st.sampled_from(["地区", "区域", "其他区域"]))
def test_rest_of_a_named_village_is_kept_the_rest_of_its_district_is_not(
        town: str, village: str, district: str, level: str, rest: str) -> None:
    lower = {"封控区": "管控区", "高风险区": "中风险区"}[level]
    lowest = {"封控区": "防范区", "高风险区": "低风险区"}[level]
    text = (f"关于风险区域的公告\n1.将{district}{town}镇{village}村除{level}以外的{rest},调整为{lower}。\n"
            f"2.将{district}区域内除{level}、{lower}以外的{rest}调整为{lowest}。\n特此公告。")
    found = by_level(text)
    assert list(found.values()) == [[f"{town}镇{village}村除{level}以外的{rest}"]]


def test_rest_of_a_village_as_a_listed_item_under_a_level_heading() -> None:
    text = ("关于划定风险区域的通告\n一、封控区\n①上思县叫安镇那布村北队片区。\n二、管控区\n"
            "①上思县叫安镇那布村除封控区以外的区域。\n三、防范区\n上思县除封控区、管控区以外的区域。\n特此通告。")
    assert by_level(text) == {("sealed", "上思县"): ["叫安镇那布村北队片区"],
                              ("controlled", "上思县"): ["叫安镇那布村除封控区以外的区域"]}
