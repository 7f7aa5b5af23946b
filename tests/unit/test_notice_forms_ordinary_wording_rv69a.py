"""Review rv69a: ordinary wording near forms of the thirteenth session (f68d, k68b, g68c, g68d), read wrongly by them
(invented places; a real district only where the rule needs a known division).

- A lift of "该区域" whose subject only tells which areas ("近期划定的临时管控区域已连续7天…,该区域不再纳入临时管控区",
  "前期划定的", "原划定的") names no place: nothing read, not a place "近期划定的".
- Lines that are all numbers run into digits under an estate's label ("翠锦小区:" over "3、5栋;", "4、6栋。") are
  buildings' numbers, no item numbers: "3、5栋" stays, not "5栋" alone.
- A sentence ending in the epidemic's words over an office's last words ("请广大市民共同做好疫情" over
  "防控指挥部办公室") is no first line of a broken signature.
- Capital letters listed with ", " ("翠锦花园(A, B, C, D, E, F栋)") are no forum's anti-copy string.
- A street's label with its exception in brackets ("阳光街道(不含翠锦社区):幸福村、星峰村") is still a label over its
  places, its colon no part of one.
- The bare own office ("经区疫情防控指挥部研究") is not another district's office the areas come from ("对来自江北区
  疫情防控指挥部通报的风险区域人员").
"""

from __future__ import annotations

from hypothesis import assume, given, settings

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    changes_of,
    in_traditional,
    invented_names,
    no_real_city,
    places_of,
    variants_of,
)

_HEAD = "金桃区疫情防控指挥部关于划定风险区域的通告\n"


# ---- 1. "该区域不再纳入临时管控区" after a subject that names no place ----------------------------------------------

def test_a_lift_of_the_areas_drawn_before_names_no_place() -> None:
    for subject in ("近期划定的临时管控区域", "前期划定的管控区", "原划定的临时管控区"):
        text = _HEAD + f"{subject}已连续7天没有新增阳性病例,现决定从11月2日8时起,该区域不再纳入临时管控区。\n"
        for variant in variants_of(text):
            assert not any(p.endswith("的") for p in places_of(variant)), variant
    # the form itself still read: a place's temporary control area as the subject, referred back
    form = _HEAD + ("1.阳光街道翠锦社区临时管控区域已连续5天没有新增阳性病例,现决定从11月2日8时起,"
                    "该区域不再纳入临时管控区。\n")
    for variant in variants_of(form):
        assert changes_of(variant) == [(None, "金桃区", ["阳光街道翠锦社区"])]


@settings(max_examples=15, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_a_lift_of_the_areas_drawn_on_a_day_property(name: str) -> None:
    assume(no_real_city(name))
    text = _HEAD + f"前期在{name}划定的管控区已连续7天无新增病例,经研判,该区域不再纳入管控区。\n"
    assert not any(p.endswith("的") for p in places_of(text))


# ---- 2. lines all numbers run into digits: buildings' numbers, no item numbers -------------------------------------

def test_lines_of_building_numbers_are_no_item_numbers() -> None:
    cases = [("翠锦小区:\n3、5栋;\n4、6栋。\n", ["3、5栋", "4、6栋"]),
             ("翠锦小区:\n1、3号楼\n2、4号楼\n", ["1、3号楼", "2、4号楼"])]
    for lines, kept in cases:
        for variant in (_HEAD + "一、高风险区\n" + lines, in_traditional(_HEAD + "一、高风险区\n" + lines)):
            places = places_of(variant)
            assert all(any(p.endswith(k) for p in places) for k in map(in_traditional, kept)) \
                or all(any(p.endswith(k) for p in places) for k in kept), places
    # the form itself still read: an item number run into a name's digits in a list counting on with names
    listed = _HEAD + "一、高风险区\n1)翠锦小区;\n2)136地质队家属院;\n3)幸福花园。\n"
    assert changes_of(listed) == [("high", "金桃区", ["翠锦小区", "136地质队家属院", "幸福花园"])]
    chained = _HEAD + "一、高风险区\n1)翠锦小区;\n2)136地质队家属院;\n3)208勘探队宿舍;\n4)幸福花园。\n"
    assert changes_of(chained) == [("high", "金桃区", ["翠锦小区", "136地质队家属院", "208勘探队宿舍", "幸福花园"])]


# ---- 3. a sentence ending in the epidemic's words over an office's last words --------------------------------------

def test_a_sentence_over_an_offices_last_words_is_no_signature() -> None:
    body = "关于划定风险区域的通告\n将翠锦小区5栋划定为高风险区。\n特此通告。\n"
    for above, below in (("请广大市民共同做好疫情", "防控指挥部办公室"), ("全力做好新冠肺炎疫情", "防控指挥部办公室"),
                         ("感谢广大市民对疫情", "防控工作领导小组")):
        text = body + above + "\n" + below + "\n2022年11月5日\n"
        for variant in (text, in_traditional(text)):
            issuer = parse_notice(variant, default_year=2022)["issuer"]
            assert issuer in (below, in_traditional(below)), issuer
    # the form itself still read: a signature broken over two lines, the first naming the division
    for above, below in (("金桃市新冠肺炎疫情", "防控指挥部办公室"),
                         ("金桃县新型冠状病毒肺炎疫情", "防控工作领导小组办公室"),
                         ("金桃市应对新型冠状病毒感染", "肺炎疫情防控工作指挥部")):
        text = body + above + "\n" + below + "\n2022年11月5日\n"
        assert parse_notice(text, default_year=2022)["issuer"] == above + below


# ---- 4. capital letters listed with ", ": no anti-copy string ------------------------------------------------------

def test_letters_listed_with_commas_are_no_anti_copy_string() -> None:
    text = _HEAD + "一、高风险区\n翠锦花园(A, B, C, D, E, F栋)。\n"
    assert changes_of(text) == [("high", "金桃区", ["翠锦花园(A,B,C,D,E,F栋)"])]
    assert changes_of(text.replace("A, B", "a, b")) == [("high", "金桃区", ["翠锦花园(a,b,C,D,E,F栋)"])]
    # the form itself still read: a string of random marks and letters glued to a line goes
    jammed = _HEAD + "一、高风险区\n3 A$ Z7 {& {' a7 {3 t) _翠锦花园5栋\n"
    assert changes_of(jammed) == [("high", "金桃区", ["翠锦花园5栋"])]


# ---- 5. a street's label with its exception in brackets ------------------------------------------------------------

def test_a_streets_label_with_its_exception_over_its_places() -> None:
    text = _HEAD + "一、高风险区\n阳光街道(不含翠锦社区):幸福村、星峰村。\n"
    for variant in variants_of(text):
        assert not any(":" in p or ":" in p for p in places_of(variant))
    assert changes_of(text) == [("high", "金桃区", ["阳光街道幸福村", "阳光街道星峰村"])]
    # the form itself still read: the exception kept on a street that is an item's place
    item = "中风险地区:\n1.锦绣区春晓街道(不含阳光大学社区)\n2.锦绣区翠峰街道\n"
    assert changes_of(item) == [("medium", "锦绣区", ["春晓街道(不含阳光大学社区)", "翠峰街道"])]


@settings(max_examples=15, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_a_streets_label_with_its_exception_property(street: str, village: str) -> None:
    assume(no_real_city(street, village) and street != village)
    text = _HEAD + f"一、高风险区\n{street}街道(不含翠锦社区):{village}村、星峰村。\n"
    assert changes_of(text) == [("high", "金桃区", [f"{street}街道{village}村", f"{street}街道星峰村"])]


# ---- 6. the bare own office and another district's office the areas come from --------------------------------------

_OWN = ("关于划定风险区域的通告\n经专家研判和区新冠肺炎疫情防控指挥部研究,决定将翠锦小区划为高风险区。\n"
        "{measure}\n")


def test_another_districts_office_the_areas_come_from_is_not_the_own() -> None:
    text = _OWN.format(measure="对来自江北区新冠肺炎疫情防控指挥部通报的风险区域人员,实行集中隔离。")
    for variant in (text, in_traditional(text)):
        assert [c[1] for c in changes_of(variant)] == [None]
    # the form itself still read: the own office named in full in a measure
    form = _OWN.format(measure="严格执行江北区新冠肺炎疫情防控指挥部《关于加强社会面管控的通告》相关措施。")
    assert changes_of(form) == [("high", "江北区", ["翠锦小区"])]
