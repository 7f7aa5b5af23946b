"""A lead's "在全县实行临时静态管理" narrowed by its scope item, "二、实施范围" over the place alone on the next line
("A县城B江以东区域。"): the scope's place is silenced, not the whole county. A page copied paragraph by paragraph
puts a blank line after every line ("二、实施范围\\n\\nA县城B江以东区域。"): it says the same, and the scope must be
read alike (before, the blank line hid the scope and the whole county was read as silenced).

Written here with invented places: the plain form and with blank lines between, traditional characters, full-width
punctuation, a property over generated scopes, and near misses (a scope item naming the whole county, a scope
written several paragraphs further on, a lead hedged) that must not change."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PREFECTURE_CITIES,
    PROVINCES,
    by_level,
    in_traditional,
)


def scoped(county: str, scope: str, verb: str = "在全县实行临时静态管理", item: str = "实施范围") -> str:
    return (f"关于{county}实行临时静态管理的通告\n2022年8月29日,我县发现1例阳性感染者。为及时阻断疫情传播,"
            f"县疫情防控指挥部研究决定,{verb}。现将有关事项通告如下:\n一、实施时间\n2022年8月30日10:00起。\n"
            f"二、{item}\n{scope} 。\n三、具体举措\n1.临时静态管理期间,居民非必要不外出。\n"
            "2.除保供药店、医疗机构外,其余经营性场所暂停营业。\n")


def blank_lines_between(text: str) -> str:
    """A blank line after every line, as pages copied paragraph by paragraph have it."""
    return text.replace("\n", "\n\n")


def test_scope_item_as_written() -> None:
    assert by_level(scoped("永新县", "永新县城禾水以北区域")) == {("silent", "永新县"): ["城禾水以北区域"]}


def test_scope_item_after_a_blank_line() -> None:
    text = blank_lines_between(scoped("永新县", "永新县城禾水以北区域"))
    assert by_level(text) == {("silent", "永新县"): ["城禾水以北区域"]}


def test_scope_item_after_blank_lines_with_spaces() -> None:
    text = scoped("峡江县", "峡江县巴邱镇城区").replace("实施范围\n", "实施范围\n  \n\t\n")
    assert by_level(text) == {("silent", "峡江县"): ["巴邱镇城区"]}


def test_management_scope_item_after_a_blank_line_in_traditional_characters() -> None:
    text = in_traditional(blank_lines_between(scoped("新干县", "新干县金川镇老城片区", verb="在全县实施静默管理",
                                                     item="管理范围")))
    assert by_level(text) == {("silent", "新干县"): ["金川镇老城片区"]}


def test_scope_item_after_a_blank_line_with_full_width_punctuation() -> None:
    text = blank_lines_between(scoped("永新县", "永新县城禾水以北区域")).translate(HALF_TO_FULL)
    assert by_level(text) == {("silent", "永新县"): ["城禾水以北区域"]}


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="东西南北江河湖山桥塔龙凤青石", min_size=2, max_size=4), st.booleans(), st.booleans())
def test_any_scope_item_reads_the_same_with_blank_lines(name: str, trad: bool, full: bool) -> None:
    assume(not any(name.startswith(p) for p in (*PROVINCES, *PREFECTURE_CITIES)))
    text = scoped("永新县", f"永新县城{name}以东区域")
    text = in_traditional(text) if trad else text
    text = text.translate(HALF_TO_FULL) if full else text
    plain = by_level(text)
    assert plain == {("silent", "永新县"): [f"城{name}以东区域"]}
    assert by_level(blank_lines_between(text)) == plain


# --- near misses: kept as before ------------------------------------------------------------------------------

def test_scope_item_of_the_whole_county_after_a_blank_line_keeps_the_county() -> None:
    text = blank_lines_between(scoped("永新县", "全县区域"))
    assert by_level(text) == {("silent", "永新县"): ["永新县"]}


def test_a_scope_paragraphs_further_on_is_no_scope_of_the_item() -> None:
    # (a title with other paragraphs under it before a place: the item's own text is those paragraphs, not a scope)
    text = scoped("永新县", "永新县城禾水以北区域").replace(
        "实施范围\n", "实施范围\n\n按照相关要求执行。\n\n")
    assert by_level(text) == by_level(scoped("永新县", "按照相关要求执行。\n永新县城禾水以北区域"))


def test_hedged_lead_with_a_scope_item_after_a_blank_line_is_no_whole_county() -> None:
    text = blank_lines_between(scoped("永新县", "永新县城禾水以北区域", verb="如疫情扩散,必要时在全县实行临时静态管理"))
    assert by_level(text).get(("silent", "永新县")) != ["永新县"]
