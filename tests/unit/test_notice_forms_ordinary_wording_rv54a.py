"""Ordinary notice wording near the forms of a grade alone (等级), a level's range redrawn (范围由A调整为B) and a
building's grounds after 及周边 (invented places): a grade with 的 or named 防范; a range's time or rule's unit
changed, which is no place; a shop, a school, a hotel of its own listed after the grounds. And the forms in
their own words, which must still be read."""

from __future__ import annotations

import pytest

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, in_traditional, levels_of

_HEAD = "关于划定风险区域的通告\n"
_TAIL = "\n特此通告。\n春风县疫情防控指挥部\n2022年11月20日"


def _forms(sentence: str) -> list[str]:
    """The sentence as written, in traditional characters, and with full-width punctuation."""
    return [sentence, in_traditional(sentence), sentence.translate(HALF_TO_FULL)]


def _read(sentence: str) -> dict[str, list[str]]:
    return levels_of(_HEAD + sentence + _TAIL)


# --- 等级 (grade) alone before a risk level ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", _forms("将锦绣小区的等级调整为高风险区。"))
def test_a_grade_after_de_leaves_no_de_on_the_place(sentence: str) -> None:
    assert [p.rstrip("的") for p in _read(sentence)["high"]] == _read(sentence)["high"]
    assert len(_read(sentence)["high"]) == 1


@pytest.mark.parametrize("sentence", _forms("将锦绣小区防范等级由中风险调整为低风险。"))
def test_a_precaution_grade_is_not_cut_into_a_place_named_fangfan(sentence: str) -> None:
    assert not any(p.endswith("防范") for p in _read(sentence).get("low", []))


@pytest.mark.parametrize("sentence", _forms("将锦绣小区一期、二期(含底商,7栋除外)等级由中风险调整为低风险。"))
def test_a_grade_alone_still_reads_its_place(sentence: str) -> None:
    places = _read(sentence)["low"]
    assert len(places) == 1 and "等级" not in places[0] and "等級" not in places[0]


# --- a level's range redrawn ---------------------------------------------------------------------------------------

_RANGE_NOT_PLACES = ["封控区范围由三天调整为七天。", "封控区范围由整栋楼调整为单元。", "管控区范围由小区调整为楼栋。",
                     "封控区范围由两周调整为十天。"]


@pytest.mark.parametrize("sentence", [f for s in _RANGE_NOT_PLACES for f in _forms(s)])
def test_a_range_of_a_time_or_a_unit_kind_names_no_place(sentence: str) -> None:
    assert _read(sentence) == {}


@pytest.mark.parametrize("sentence", _forms("临时管控区范围由翠峰村居民区调整为翠峰村居民区新村。"))
def test_a_range_redrawn_to_a_named_place_still_reads_it(sentence: str) -> None:
    read = _read(sentence)
    assert list(read) == ["controlled"] and len(read["controlled"]) == 1
    assert read["controlled"][0].endswith("新村")


# --- a building's grounds after 及周边 ------------------------------------------------------------------------------

_OWN_PLACES_AFTER_GROUNDS = ["高风险区:锦绣小区3号楼及周边商铺、翠峰超市。",
                             "高风险区:锦绣小区3号楼及周边商铺、翠峰中学。",
                             "高风险区:锦绣院及周边商铺、金华酒店、长风网吧、兴盛药店。",
                             "高风险区:锦绣小区5栋及周边停车场、翠峰菜市场。"]


@pytest.mark.parametrize("sentence", [f for s in _OWN_PLACES_AFTER_GROUNDS for f in _forms(s)])
def test_a_shop_school_or_hotel_after_the_grounds_is_a_place_of_its_own(sentence: str) -> None:
    assert len(_read(sentence)["high"]) >= 2


_GROUNDS = "高风险区:锦绣小区77、78号楼及周边篮球场、羽毛球场、乒乓球场、门球场、车务段退管会。"


@pytest.mark.parametrize("sentence", _forms(_GROUNDS))
def test_a_building_and_its_grounds_still_read_as_one_area(sentence: str) -> None:
    assert len(_read(sentence)["high"]) == 1


# --- the reviewed forms in their own words -------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "level", "place"), [
    ("将锦绣小区提级为高风险区。", "high", "锦绣小区"),
    ("划定翠峰镇锦绣小区A区(3号楼除外)的区域为低风险区。", "low", "翠峰镇锦绣小区A区(3号楼除外)"),
    ("将甘其毛都镇划为中风险区。", "medium", "甘其毛都镇"),
    ("高风险区范围由翠峰镇调整为锦绣小区。", "high", "锦绣小区"),
    ("将锦绣小区划为封控区。\n图片\n翠峰镇临时管控区区域图", "sealed", "锦绣小区"),
])
def test_the_reviewed_forms_are_read(sentence: str, level: str, place: str) -> None:
    assert _read(sentence) == {level: [place]}


def test_a_headline_written_again_is_no_part_of_the_first_sentence() -> None:
    text = ("甘肃新增2个高风险区 1个中风险区\n\n甘肃新增2个高风险区 1个中风险区 春风县疫情防控指挥部发布通告:"
            "将锦绣小区划为高风险区,将翠峰家园划为高风险区,将长风小区划为中风险区。\n春风县疫情防控指挥部\n2022年11月20日")
    assert levels_of(text) == {"high": ["锦绣小区", "翠峰家园"], "medium": ["长风小区"]}


# --- 其 (its) before the places around it, no syllable of a name ---------------------------------------------------

@pytest.mark.parametrize("sentence", _forms("将锦绣小区划为封控区,同时其周边村、社区为管控区。"))
def test_qi_before_its_surroundings_is_a_pronoun(sentence: str) -> None:
    read = _read(sentence)
    assert list(read) == ["sealed"] and len(read["sealed"]) == 1


@pytest.mark.parametrize("sentence", _forms("将翠峰镇长其村、甘其毛都镇划为中风险区。"))
def test_qi_inside_a_name_is_still_read(sentence: str) -> None:
    assert len(_read(sentence)["medium"]) == 2


# --- a headline written again that the paragraph goes on from ------------------------------------------------------

def test_a_headline_again_before_its_list_keeps_the_list_clean() -> None:
    text = "春风县划定高风险区\n\n春风县划定高风险区 具体为:锦绣小区、翠峰家园。\n春风县疫情防控指挥部\n2022年11月20日"
    assert levels_of(text) == {"high": ["锦绣小区", "翠峰家园"]}
