"""Forms of the 68th held-out set (tuned by fix-g69c): a 2020 five-colour town map whose headings count towns
("中风险的镇(街道)4个:"); the rest of a town after its levels listed with 、 and no 除 ("A镇封控区、管控区以外的
区域"); measures on a street's gates ("对A街所有进出路口实行封控"), no place; a lead pointing from its district to
the levels drawn below ("对A区高、中风险区及临时管控区划定如下:"); a level's bare label and a space before the
sentence that draws its places as that level ("封控区 A路、B路已划为封控区。"), also in 2021's words (封闭区,
警戒区), which are no district; roads listed with 、 and 和 before the one area they close ("A路、B路和C涌的闭环
区域"). Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    changes_of,
    in_traditional,
    invented_names,
    levels_of,
    no_real_city,
)

# --- a five-colour map's heading counting towns: "中风险的镇(街道)4个:" ------------------------------------------


def _town_map(kind: str = "镇(街道)") -> str:
    return (f"青禾市镇(街道)疫情风险地图\n\n中风险的{kind}2个:\n\n金水区:凤鸣街道\n\n银山区:桃溪镇\n\n"
            f"较低风险的{kind}1个:\n\n金水区:翠湖街道\n\n低风险的{kind}3个:\n\n金水区:春晓街道、丽泽镇\n\n"
            "银山区:锦绣镇\n\n青禾市卫生健康委员会")


_MAP_READ = {("medium", "金水区"): ["凤鸣街道"], ("medium", "银山区"): ["桃溪镇"],
             ("low", "金水区"): ["春晓街道", "丽泽镇"], ("low", "银山区"): ["锦绣镇"]}


def test_a_town_heading_with_its_streets_in_brackets_is_a_level() -> None:
    assert by_level(_town_map()) == _MAP_READ


def test_the_town_heading_in_traditional_characters_and_full_width_brackets() -> None:
    assert by_level(in_traditional(_town_map())) == _MAP_READ
    assert by_level(_town_map().translate(HALF_TO_FULL)) == _MAP_READ


def test_the_other_kinds_of_town_heading_still_read() -> None:
    assert by_level(_town_map("乡镇(街道)")) == _MAP_READ


def test_a_town_named_after_a_level_word_is_no_heading() -> None:
    # (no bracket of the other kind after 镇: nothing to read as a heading of towns)
    assert changes_of("中风险镇区居民请注意个人防护。") == []


# --- the rest of a town after its levels listed with 、, no 除 ------------------------------------------------


def test_a_towns_rest_after_two_levels_is_one_place_in_a_sentence() -> None:
    text = "(三)防范区:\n划定桃溪镇封控区、管控区以外的区域为防范区。"
    assert changes_of(text) == [("precaution", None, ["桃溪镇封控区、管控区以外的区域"])]


def test_a_towns_rest_after_two_levels_with_another_verb_and_in_a_list() -> None:
    assert levels_of("将桃溪镇封控区、管控区以外的区域划为防范区。") == {
        "precaution": ["桃溪镇封控区、管控区以外的区域"]}
    assert levels_of("防范区:桃溪镇封控区、管控区以外的区域、丽泽村。") == {
        "precaution": ["桃溪镇封控区、管控区以外的区域", "丽泽村"]}


def test_the_rest_with_its_levels_in_traditional_characters() -> None:
    text = in_traditional("将桃溪镇封控区、管控区以外的区域划为防范区。")
    assert levels_of(text) == {"precaution": ["桃溪镇封控区、管控区以外的区域"]}


def test_two_levels_listed_without_a_rest_are_no_place() -> None:
    # (the levels alone, no 以外: no rest of a place to join)
    assert levels_of("高风险区:桃溪镇丽泽村、锦绣村。") == {"high": ["桃溪镇丽泽村", "锦绣村"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_any_towns_rest_after_its_levels(town: str) -> None:
    assume(no_real_city(town))
    text = f"划定{town}镇封控区、管控区以外的区域为防范区。"
    assert levels_of(text) == {"precaution": [f"{town}镇封控区、管控区以外的区域"]}


# --- measures on the gates of places just drawn --------------------------------------------------------------


def test_sealing_a_streets_gates_is_a_measure_no_place() -> None:
    text = ("(一)封控区:\n将桃溪镇凤鸣街和桃溪镇丽泽街定为封控区。\n"
            "对桃溪镇凤鸣街和桃溪镇丽泽街所有进出路口实行封控,安排民警值守。")
    assert levels_of(text) == {"sealed": ["桃溪镇凤鸣街", "桃溪镇丽泽街"]}


def test_a_street_sealed_itself_is_still_a_place() -> None:
    assert levels_of("对桃溪镇凤鸣街实行封控管理。") == {"sealed": ["桃溪镇凤鸣街"]}


# --- a lead pointing from its district to the levels drawn below ---------------------------------------------


def test_the_district_in_front_of_the_levels_drawn_below() -> None:
    text = ("根据疫情防控需要,经研究决定,对金水区高、中风险区及临时管控区划定如下:\n\n"
            "高风险区:凤鸣街道桃溪工业区A座厂区,实行“足不出户、上门服务”的封控措施。\n\n"
            "中风险区:凤鸣街道丽泽路锦绣楼,实行“足不出区”的管控措施。")
    assert by_level(text) == {("high", "金水区"): ["凤鸣街道桃溪工业区A座厂区"],
                              ("medium", "金水区"): ["凤鸣街道丽泽路锦绣楼"]}


def test_the_district_before_other_levels_and_words_of_the_list() -> None:
    text = "对金水区封控区、管控区范围如下:\n封控区:凤鸣街道丽泽小区。"
    assert by_level(text) == {("sealed", "金水区"): ["凤鸣街道丽泽小区"]}
    assert by_level(text.translate(HALF_TO_FULL)) == {("sealed", "金水区"): ["凤鸣街道丽泽小区"]}


# --- a level's bare label and a space before its sentence ----------------------------------------------------


def test_a_bare_label_before_the_sentence_drawing_its_level() -> None:
    text = "封控区 桃溪路、丽泽路已划为封控区。封控区内人员只进不出。"
    assert changes_of(text) == [("sealed", None, ["桃溪路", "丽泽路"])]


def test_the_2021_words_of_the_levels_as_bare_labels() -> None:
    text = ("将重点区域划分为封闭区、封控区、警戒区。 封闭区 桃溪路已划为封闭区。封闭区内人员只进不出。 "
            "警戒区 丽泽路、锦绣路已划为警戒区,警戒区内实行“两点一线”的管控措施。")
    assert changes_of(text) == [("sealed", None, ["桃溪路"]), ("precaution", None, ["丽泽路", "锦绣路"])]
    assert changes_of(in_traditional(text)) == changes_of(text)


def test_a_label_before_a_sentence_of_another_level_stays() -> None:
    # (the sentence draws another level than its label names: nothing read as the label's)
    assert changes_of("封控区 桃溪路、丽泽路已划为防范区。") == []


# --- roads listed with 、 and 和 before the one area they close ----------------------------------------------


def test_roads_and_a_creek_closing_one_area() -> None:
    assert levels_of("金水区桃溪路、丽泽路和锦绣涌的闭环区域已划为封控区。") == {
        "sealed": ["桃溪路、丽泽路和锦绣涌的闭环区域"]}
    assert levels_of("金水区桃溪路段、丽泽路、春晓路和锦绣路区域划为封控区。") == {
        "sealed": ["桃溪路段、丽泽路、春晓路和锦绣路区域"]}


def test_roads_then_a_compound_are_still_places() -> None:
    assert levels_of("桃溪路、丽泽路和锦绣华府小区已划为防范区。") == {
        "precaution": ["桃溪路", "丽泽路", "锦绣华府小区"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_any_roads_closing_one_area(first: str, second: str, third: str) -> None:
    assume(no_real_city(first, second, third))
    area = f"{first}路、{second}路和{third}路的闭环区域"
    assert levels_of(f"{area}已划为封控区。") == {"sealed": [area]}
