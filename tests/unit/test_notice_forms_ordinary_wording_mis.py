"""Ordinary notice wording the sentence rules misread before their guards were narrowed (invented places; each
form common in plain notices): silent management put on people (all of a county's, those going in and out, those
working in a town); a lift's time ("解除管控后,") in front of a place managed as its level; a warning before people
from areas moved to a level; the emergency response grade raised or set, which is no place."""

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


# --- silent management of people: no place -------------------------------------------------------------------------

_PEOPLE_SILENT = ["对全县所有人员实行静默管理。", "对进出人员实行静默管理。", "对在翠峰镇工作的人员实行静默管理。",
                  "对全镇居民实行临时静默管理。"]


@pytest.mark.parametrize("sentence", [f for s in _PEOPLE_SILENT for f in _forms(s)])
def test_silent_management_of_people_names_no_place(sentence: str) -> None:
    assert _read("将锦绣小区划为封控区。" + sentence).keys() == {"sealed"}


@pytest.mark.parametrize("sentence", _forms("对翠峰镇实行静默管理。"))
def test_silent_management_of_a_town_still_names_it(sentence: str) -> None:
    assert list(_read(sentence)) == ["silent"]


# --- a lift's time in front of a place managed as a level ----------------------------------------------------------

_AFTER_LIFT = ["解除管控后,和平小区按防范区管理。", "解除封控后,星峰家园按照管控区管理。",
               "解除封控措施后,春晓花园按防范区管理。"]


@pytest.mark.parametrize("sentence", [f for s in _AFTER_LIFT for f in _forms(s)])
def test_a_lift_time_before_a_place_managed_as_a_level_lifts_nothing(sentence: str) -> None:
    read = _read(sentence)
    assert "lifted" not in read
    assert len(read) == 1 and len(next(iter(read.values()))) == 1
    assert next(iter(read.values()))[0].endswith(("小区", "家园", "花园", "小區", "花園"))


# --- a warning before people from areas moved to a level --------------------------------------------------------

_WARNED = ["提高警惕,调整为中风险地区的人员要主动报备。", "提高警惕,调整为高风险地区的返乡人员须报备。",
           "保持警惕,调整为中风险地区的来返人员要做核酸检测。"]


@pytest.mark.parametrize("sentence", [f for s in _WARNED for f in _forms(s)])
def test_a_warning_about_people_from_areas_of_a_level_names_no_place(sentence: str) -> None:
    assert _read("将锦绣小区划为封控区。" + sentence).keys() == {"sealed"}


@pytest.mark.parametrize("sentence", _forms("提高警惕。星峰村调整为中风险地区。"))
def test_a_place_moved_to_a_level_after_a_warning_still_reads(sentence: str) -> None:
    assert list(_read(sentence)) == ["medium"]


# --- the emergency response grade: no place --------------------------------------------------------------------

_RESPONSE = ["上调春风县应急响应级别为中风险。", "将应急响应级别调整为三级,锦绣小区调整为中风险地区。",
             "将春风县应急响应级别调整为中风险。", "将全县应急响应等级调整为三级;锦绣小区调整为中风险地区。"]


@pytest.mark.parametrize("sentence", [f for s in _RESPONSE for f in _forms(s)])
def test_the_response_grade_is_no_place(sentence: str) -> None:
    places = [p for ps in _read(sentence).values() for p in ps]
    assert not any("响应" in p or "響應" in p for p in places)
    assert all(p in ("锦绣小区", "錦繡小區") for p in places)


@pytest.mark.parametrize("sentence", _forms("将锦绣小区调整为中风险地区。"))
def test_a_place_moved_to_medium_still_reads(sentence: str) -> None:
    assert list(_read(sentence)) == ["medium"]
