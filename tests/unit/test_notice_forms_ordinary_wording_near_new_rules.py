"""Ordinary notice wording near the rules added for the thirty-seventh to thirty-ninth sets, which those rules
misread before their guards were narrowed (invented places; each form common in plain notices): a place drawn at
its level, then told its measures as the subject of a closure or control; a kind of site closed by its kind; a
closure taken (采取) of people; an area's inside joined to a bounded area; what an item's place holds or lies by
after a comma; the new and old parts of one estate; where the counted areas lie; a pointer to an appendix after
another place's level; a range part under a measure recalled as done before; a kind of site as an item's
label over the standard measures."""

from __future__ import annotations

from tests.unit.test_notice_parser_real_forms import levels_of

_HEAD = "关于调整风险区域的通告\n"
_TAIL = "\n特此通告。\n春风县疫情防控指挥部\n2022年11月20日"


# --- a subject closure or control of a place drawn at a level before: its measures, no second level -------------

def test_a_place_drawn_high_then_closed_as_the_subject_keeps_its_one_level() -> None:
    text = _HEAD + "将幸福小区划为高风险区,幸福小区实行封闭管理。" + _TAIL
    assert levels_of(text) == {"high": ["幸福小区"]}


def test_a_village_drawn_high_then_closed_since_a_day_keeps_its_one_level() -> None:
    text = _HEAD + "将春风村划为高风险区。\n从11月20日起,春风村实行封闭式管理,设立检测点。" + _TAIL
    assert levels_of(text) == {"high": ["春风村"]}


def test_a_village_drawn_high_then_under_a_temporary_control_keeps_its_one_level() -> None:
    text = _HEAD + "将春风村划为高风险区。\n11月20日起,春风村实施临时管控措施,人不出区。" + _TAIL
    assert levels_of(text) == {"high": ["春风村"]}


def test_a_village_drawn_high_then_reported_with_cases_under_control_keeps_its_one_level() -> None:
    text = _HEAD + "将春风村划为高风险区。\n春风村也发现阳性感染者,已实施临时管控。" + _TAIL
    assert levels_of(text) == {"high": ["春风村"]}


# --- a kind of site closed by its kind, or a site's inside: a rule, no place -----------------------------------

def test_a_market_closed_by_its_kind_is_no_place() -> None:
    text = _HEAD + "将幸福小区划为高风险区。\n农贸市场实行封闭管理。" + _TAIL
    assert levels_of(text) == {"high": ["幸福小区"]}


def test_the_homes_inside_an_estate_closed_are_no_place() -> None:
    text = _HEAD + "将幸福小区划为高风险区。\n小区内居民楼实行封闭管理。" + _TAIL
    assert levels_of(text) == {"high": ["幸福小区"]}


def test_homes_for_the_aged_closed_since_a_day_are_no_place() -> None:
    text = _HEAD + "从11月20日起,养老院实行封闭式管理。" + _TAIL
    assert levels_of(text) == {}


def test_every_estate_of_the_town_under_a_temporary_control_is_no_place() -> None:
    text = _HEAD + "将春风村划为高风险区。\n城区各小区实行临时管控。" + _TAIL
    assert levels_of(text) == {"high": ["春风村"]}


# --- a closure taken (采取) of people: no place ------------------------------------------------------------------

def test_a_closure_taken_of_people_from_elsewhere_is_no_place() -> None:
    assert levels_of(_HEAD + "对外地来春风镇人员采取封闭管理。" + _TAIL) == {}


def test_a_closure_taken_of_an_estates_residents_is_no_place() -> None:
    assert levels_of(_HEAD + "对幸福小区居民采取封闭管理。" + _TAIL) == {}


# --- a bounded area and what lies inside it: one place ----------------------------------------------------------

def test_a_bounded_area_and_the_shops_inside_it_are_one_place() -> None:
    text = _HEAD + "将东至春风路、南至秋月路合围区域以及区域内商户划为中风险区。" + _TAIL
    assert levels_of(text) == {"medium": ["东至春风路、南至秋月路合围区域以及区域内商户"]}


# --- an item's place, then what it holds or lies by after a comma: one item ------------------------------------

def test_an_items_building_and_the_estate_office_it_holds_are_one_item() -> None:
    text = _HEAD + "以下区域划为高风险区:\n1.幸福小区3栋,含小区物业公司\n2.和谐苑" + _TAIL
    assert levels_of(text) == {"high": ["幸福小区3栋,含小区物业公司", "和谐苑"]}


def test_an_items_building_and_the_hospital_it_lies_by_are_one_item() -> None:
    text = _HEAD + "以下区域划为高风险区:\n1.幸福小区5栋,临近春风医院\n2.和谐苑" + _TAIL
    assert levels_of(text) == {"high": ["幸福小区5栋,临近春风医院", "和谐苑"]}


# --- "(新)" beside "(老)": the new and old parts of one estate, no marker of a new item ----------------------------

def test_the_new_and_old_parts_of_one_estate_keep_their_marks() -> None:
    text = _HEAD + "以下区域划为高风险区:\n1.幸福小区(新)\n2.幸福小区(老)" + _TAIL
    assert levels_of(text) == {"high": ["幸福小区(新)", "幸福小区(老)"]}


# --- the areas counted as they stand, then where they lie: no list -----------------------------------------------

def test_counted_areas_that_all_lie_in_a_town_name_no_place() -> None:
    text = _HEAD + "目前,共有高风险区2个,均在春风镇,其余区域为低风险区。" + _TAIL
    assert "high" not in levels_of(text)


def test_counted_areas_in_two_towns_are_not_the_towns() -> None:
    text = _HEAD + "目前,共有高风险区2个,涉及春风镇和秋月镇。" + _TAIL
    assert "high" not in levels_of(text)


# --- a pointer to an appendix after another place's level: the appended points are no area of that level -----

def test_appended_testing_points_after_a_villages_level_are_no_areas() -> None:
    text = (_HEAD + "将春风村划为高风险区,有关检测点(附后)照常开放。\n附:检测点名单\n1.春风卫生院\n2.秋月小学"
            + _TAIL)
    assert levels_of(text) == {"high": ["春风村"]}


# --- a range part under a measure recalled as done before: no control of the range ---------------------------

def test_a_testing_notices_range_under_a_control_done_before_is_no_control() -> None:
    text = ("关于开展全员核酸检测的通告\n前期已对春风镇实施临时管控。\n二、实施范围:春风村、秋月村。\n"
            "三、检测时间:11月20日。" + _TAIL)
    assert levels_of(text) == {}


# --- a kind of site as an item's label over the standard measures: a rule for every such site, no place ----------

def test_schools_labelled_with_the_low_measures_are_no_place() -> None:
    text = _HEAD + "将幸福小区划为高风险区。\n(三)学校:实行“个人防护、避免聚集”。" + _TAIL
    assert levels_of(text) == {"high": ["幸福小区"]}
