"""Review rv66b: ordinary notice wording near the forms of c0dcb978, 296ab61d, d8d3e0ec, 9d61837a and 624aad07 that
those rules misread, each read as before the rules (or as it plainly says), in variants (traditional characters,
full-width punctuation).

* a place whose name starts with 经 under a level's label alone, then quoted measures ("封控区:" over "经纬小区5、6栋,
  实行“区域封闭、足不出户”。"): the place (经 leads a clause only before its study or office, "经专家研判");
* a level's list restated by 调整…为 naming a place that holds a count of days ("调整封控区为七天连锁酒店"): the place
  (a span of days, "封控7天", "7天内", still ends the list);
* the office's own division before 对 and a place whose name starts with 本 or 各 ("我区对本源小区实行临时管控7天"):
  the place (not "我区对本辖区涉疫小区", "我区对各类重点场所");
* villages listed apart (after a ";" or on numbered lines) before a village's rest ("A村;" then "B村除高风险区以外的
  其他区域"): two places, the rest only B村's (a run of 、 still shares it);
* a named building with a note on its case in brackets under a level's requirements ("A小区3栋(阳性病例所在楼栋)参照
  封控区要求管理"): the place (the sites of cases by their kind alone, "密切接触者所在楼栋…", still no place).
"""

from __future__ import annotations

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, by_level, in_traditional

_TITLE = "关于划定疫情风险区的通告\n"


# --- a place named with 经 under a label alone, then quoted measures -----------------------------------------------

_JING = _TITLE + "封控区:\n经纬小区5、6栋,实行“区域封闭、足不出户”。"


def test_a_place_starting_with_jing_before_quoted_measures_is_read() -> None:
    assert by_level(_JING) == {("sealed", None): ["经纬小区5、6栋"]}


def test_a_place_starting_with_jing_in_traditional_characters() -> None:
    assert by_level(in_traditional(_JING)) == {("sealed", None): ["经纬小区5、6栋"]}


def test_a_place_starting_with_jing_full_width() -> None:
    assert by_level(_JING.translate(HALF_TO_FULL)) == {("sealed", None): ["经纬小区5、6栋"]}


# --- a restated list naming a place with a count of days -----------------------------------------------------------

_LEAD = "关于调整疫情风险区的通告\n经区疫情防控指挥部研究决定,现将有关事项通告如下:\n"
_DAYS = _LEAD + "河西区调整封控区为七天连锁酒店(东关店),翠锦苑。"


def test_a_restated_list_naming_a_place_with_days_is_read() -> None:
    assert by_level(_DAYS) == {("sealed", "河西区"): ["七天连锁酒店(东关店)", "翠锦苑"]}


def test_a_restated_list_naming_a_place_with_days_in_traditional_characters() -> None:
    assert by_level(in_traditional(_DAYS)) == {("sealed", "河西区"): ["七天连锁酒店(东关店)", "翠锦苑"]}


def test_a_restated_list_naming_a_place_with_days_full_width() -> None:
    assert by_level(_DAYS.translate(HALF_TO_FULL)) == {("sealed", "河西区"): ["七天连锁酒店(东关店)", "翠锦苑"]}


def test_a_restated_list_then_a_span_of_days_is_still_no_list() -> None:
    assert by_level(_LEAD + "河西区调整封控区为金华里,翠锦苑,封控7天。") == {}


# --- 我区对 a place whose name starts with 本 or 各 -----------------------------------------------------------------

_OURS = "自11月8日起,我区对本源小区实行临时管控7天。"


def test_our_district_over_a_place_starting_with_ben_is_read() -> None:
    assert by_level(_OURS) == {("controlled", None): ["本源小区"]}


def test_our_district_over_a_place_starting_with_ge_is_read() -> None:
    assert by_level("自11月8日起,我县对各庄村实行临时管控7天。") == {("controlled", None): ["各庄村"]}


def test_our_district_over_a_place_starting_with_ben_in_traditional_characters() -> None:
    assert by_level(in_traditional(_OURS)) == {("controlled", None): ["本源小区"]}


def test_our_district_over_a_place_starting_with_ben_full_width() -> None:
    assert by_level(_OURS.translate(HALF_TO_FULL)) == {("controlled", None): ["本源小区"]}


def test_our_district_over_its_own_kind_of_site_is_still_no_place() -> None:
    assert by_level("自11月8日起,我区对本辖区涉疫小区实行临时管控7天。") == {}
    assert by_level("自11月8日起,我区对各类重点场所实行临时管控7天。") == {}


# --- villages listed apart before a village's rest ------------------------------------------------------------------

_REST = "柳林村除高风险区以外的其他区域"


def test_a_village_after_a_semicolon_keeps_its_rest_alone() -> None:
    text = _TITLE + "中风险区:\n青石村;\n" + _REST + "。"
    assert by_level(text) == {("medium", None): ["青石村", _REST]}


def test_a_village_on_numbered_lines_keeps_its_rest_alone() -> None:
    text = _TITLE + "中风险区:\n1.青石村\n2." + _REST
    assert by_level(text) == {("medium", None): ["青石村", _REST]}


def test_villages_listed_apart_in_traditional_characters() -> None:
    text = in_traditional(_TITLE + "中风险区:\n青石村;\n" + _REST + "。")
    assert by_level(text) == {("medium", None): ["青石村", _REST]}


def test_villages_listed_apart_full_width() -> None:
    text = (_TITLE + "中风险区:\n青石村;\n" + _REST + "。").translate(HALF_TO_FULL)
    assert by_level(text) == {("medium", None): ["青石村", _REST]}


def test_villages_in_one_run_still_share_the_rest() -> None:
    text = _TITLE + "中风险区:东关镇青石村、" + _REST + "。"
    assert by_level(text) == {("medium", None): ["东关镇青石村、" + _REST]}


# --- a named building with its case's note in brackets under a level's requirements ---------------------------------

_NOTED = "关于调整疫情风险区的通告\n阳光小区3栋(阳性病例所在楼栋)参照封控区要求管理。"


def test_a_named_building_with_its_cases_note_under_requirements_is_read() -> None:
    assert by_level(_NOTED) == {("sealed", None): ["阳光小区3栋"]}


def test_a_named_building_with_its_cases_note_in_traditional_characters() -> None:
    assert by_level(in_traditional(_NOTED)) == {("sealed", None): ["阳光小区3栋"]}


def test_a_named_building_with_its_cases_note_full_width() -> None:
    assert by_level(_NOTED.translate(HALF_TO_FULL)) == {("sealed", None): ["阳光小区3栋"]}


def test_the_sites_of_contacts_by_their_kind_are_still_no_place() -> None:
    assert by_level("关于调整疫情风险区的通告\n密切接触者所在楼栋参照封控区要求管理。") == {}
