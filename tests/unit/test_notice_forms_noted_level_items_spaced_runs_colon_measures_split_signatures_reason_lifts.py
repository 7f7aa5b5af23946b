"""Forms fixed by fix-k69a (a reviewer's invented wordings): items whose levels are told only in their
"(由X调整为Y)" notes under a lead that names no level ("以下区域风险等级调整如下:"), each the note's change, the note no
part of the place (as the corpus drops such notes, 1925); building numbers or letters parted by ", " ("A花园A, B, C栋",
"B小区1, 2, 3号楼") one place, as "天丝2,3,4,5号楼" is (1614); "A苑:实行封闭管理" right under a level's bare heading the
list's first item (its measures dropped, as a numbered item's are); a signature broken after its division ("阳光街道"
over "防控指挥部") one office, the division's line no place of the list above; and a place's days without a new case
told between it and its lift ("…;B村已连续7天无新增病例,不再列为管控区") B's lift."""
from __future__ import annotations

from hypothesis import assume, given, settings

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    changes_of,
    in_traditional,
    invented_names,
    levels_of,
    no_real_city,
    places_of,
    variants_of,
)

_HEAD = "关于调整金桃区风险区域的通告\n"
_TAIL = "\n金桃区疫情防控指挥部\n2022年11月5日"


def _notice(body: str) -> str:
    return _HEAD + body + _TAIL


def _simplified(places: list[str]) -> list[str]:
    return [p.replace("棟", "栋").replace("樓", "楼").replace("錦", "锦").replace("陽", "阳") for p in places]


def _changes(text: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    return [(c["action"], c["level_from"], c["level_to"], c["places"])
            for c in parse_notice(text, default_year=2022)["changes"]]


# ---- 1. levels told only in the items' "(由…调整为…)" notes -----------------------------------------------------

_NOTED = ("根据疫情防控需要,经专家研判,自2022年11月5日起,以下区域风险等级调整如下:\n"
          "1.金桃镇阳光小区(由高风险区调整为中风险区)\n2.翠锦村(由中风险区调整为低风险区)")


def test_items_noted_with_their_change_under_a_lead_of_no_level() -> None:
    for text in variants_of(_notice(_NOTED)):
        assert _changes(text) == [("downgrade", "high", "medium", ["金桃镇阳光小区"]),
                                  ("downgrade", "medium", "low", ["翠锦村"])]


def test_noted_items_unnumbered_inline_and_of_other_levels() -> None:
    lines = "以下区域风险等级调整如下:\n阳光小区(由高风险区调整为中风险区);\n翠锦村(由中风险区调整为低风险区)。"
    inline = "以下区域风险等级调整如下:阳光小区(由高风险区调整为中风险区)、翠锦村(由中风险区调整为低风险区)。"
    for body in (lines, inline):
        for text in variants_of(_notice(body)):
            assert levels_of(text) == {"medium": ["阳光小区"], "low": ["翠锦村"]}
    zones = "经研判,以下区域调整如下:\n(一)星峰花园(由封控区调整为管控区);\n(二)幸福村(由管控区调整为防范区)。"
    assert levels_of(_notice(zones)) == {"controlled": ["星峰花园"], "precaution": ["幸福村"]}
    raised = "以下区域风险等级调整如下:\n1.阳光小区(由低风险区升级为中风险区)\n2.翠锦村(由中风险地区调整为低风险地区)"
    assert _changes(_notice(raised)) == [("upgrade", "low", "medium", ["阳光小区"]),
                                         ("downgrade", "medium", "low", ["翠锦村"])]


def test_a_note_under_a_level_heading_is_still_dropped() -> None:
    # near-miss: under a level's heading the items keep that level, the note only says where they came from (1925)
    text = _notice("一、中风险区:\n1.阳光小区(由高风险区调整为中风险区)\n2.翠锦村")
    assert levels_of(text) == {"medium": ["阳光小区", "翠锦村"]}
    inline = _notice("高风险区:阳光小区(由中风险区调整为高风险区)、翠锦村。")
    assert levels_of(inline) == {"high": ["阳光小区", "翠锦村"]}


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_noted_items_property(first: str, second: str) -> None:
    assume(first != second and no_real_city(first, second))
    body = (f"以下区域风险等级调整如下:\n1.{first}小区(由高风险区调整为中风险区)\n"
            f"2.{second}村(由中风险区调整为低风险区)")
    assert levels_of(_notice(body)) == {"medium": [f"{first}小区"], "low": [f"{second}村"]}


# ---- 2. buildings' numbers or letters parted by ", " ---------------------------------------------------------

def test_letters_and_numbers_parted_by_comma_and_space_are_one_place() -> None:
    for body in ("自即日起,将以下区域划定为高风险区:翠锦花园A, B, C, D, E, F栋、阳光小区。",
                 "自即日起,将以下区域划定为高风险区:\n翠锦花园A, B, C, D, E, F栋\n阳光小区",
                 "一、高风险区\n翠锦花园A, B, C, D, E, F栋\n阳光小区"):
        for text in variants_of(_notice(body)):
            assert _simplified(places_of(text)) == ["翠锦花园A,B,C,D,E,F栋", "阳光小区"]
    for text in variants_of(_notice("自即日起,将以下区域划定为高风险区:翠锦小区1, 2, 3, 4, 5, 6号楼、阳光小区。")):
        assert _simplified(places_of(text)) == ["翠锦小区1,2,3,4,5,6号楼", "阳光小区"]
    # (numbered items read so already: pinned)
    assert places_of(_notice("自即日起,将以下区域划定为高风险区:\n1.翠锦小区1, 2, 3号楼\n2.阳光小区")) \
        == ["翠锦小区1,2,3号楼", "阳光小区"]
    assert places_of(_notice("自即日起,将翠锦花园A, B, C栋划定为高风险区。")) == ["翠锦花园A,B,C栋"]


def test_places_parted_by_comma_and_space_stay_apart() -> None:
    # near-miss: whole places after the comma, or letters run into no building's word
    assert places_of(_notice("自即日起,将以下区域划定为高风险区:翠锦花园A栋, 阳光小区B栋。")) \
        == ["翠锦花园A栋", "阳光小区B栋"]
    assert places_of(_notice("自即日起,将以下区域划定为高风险区:翠锦小区2号楼, 阳光小区3号楼。")) \
        == ["翠锦小区2号楼", "阳光小区3号楼"]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_spaced_letter_run_property(name: str) -> None:
    assume(no_real_city(name))
    text = _notice(f"自即日起,将以下区域划定为高风险区:{name}花园A, B, C栋、{name}小区1, 2号楼。")
    assert places_of(text) == [f"{name}花园A,B,C栋", f"{name}小区1,2号楼"]


# ---- 3. "A苑:实行封闭管理" right under a level's heading -------------------------------------------------------

def test_place_then_its_measures_under_a_bare_level_heading() -> None:
    bodies = ("一、高风险区\n翠锦苑:实行封闭管理\n二、中风险区\n阳光工业区:实行封闭管理",
              "高风险区:\n翠锦苑:实行封闭管理,足不出户。\n中风险区:\n阳光工业区:实行封闭管理。",
              "一、高风险区\n翠锦苑:实行封闭管理。\n星峰村:实行封闭管理。\n二、中风险区\n阳光工业区:继续实施封闭管理。")
    expected = ({"high": ["翠锦苑"], "medium": ["阳光工业区"]}, {"high": ["翠锦苑"], "medium": ["阳光工业区"]},
                {"high": ["翠锦苑", "星峰村"], "medium": ["阳光工业区"]})
    for body, levels in zip(bodies, expected, strict=True):
        for text in variants_of(_notice(body)):
            assert {k: _simplified(v) for k, v in levels_of(text).items()} == levels


def test_measures_of_no_place_under_a_level_heading_name_none() -> None:
    # near-miss: a kind of place or people, or the level's own measures, before the colon
    assert places_of(_notice("一、高风险区\n居民小区:实行封闭管理\n二、中风险区\n阳光工业区")) == ["阳光工业区"]
    assert "管控措施" not in places_of(_notice("一、高风险区\n管控措施:实行封闭管理\n翠锦苑"))


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_measured_first_item_property(first: str, second: str) -> None:
    assume(first != second and no_real_city(first, second))
    text = _notice(f"一、高风险区\n{first}苑:实行封闭管理\n二、中风险区\n{second}工业区:实行封闭管理")
    assert levels_of(text) == {"high": [f"{first}苑"], "medium": [f"{second}工业区"]}


# ---- 4. a signature broken after its division -----------------------------------------------------------------

_SIGNED = "关于调整金桃区风险区域的通告\n自即日起,将以下区域划定为高风险区:\n1.翠锦花园\n\n{sig}\n2022年11月5日"


def _issuer(text: str) -> str | None:
    return parse_notice(text, default_year=2022)["issuer"]


def test_signature_broken_after_its_division_is_one_office() -> None:
    for sig, whole in (("阳光街道\n防控指挥部", "阳光街道防控指挥部"),
                       ("金桃镇\n疫情防控指挥部", "金桃镇疫情防控指挥部"),
                       ("阳光街道\n新冠肺炎疫情防控指挥部办公室", "阳光街道新冠肺炎疫情防控指挥部办公室")):
        text = _SIGNED.format(sig=sig)
        assert _issuer(text) == whole
        assert places_of(text) == ["翠锦花园"]  # the division's line no place of the list
        assert _issuer(in_traditional(text)) in (whole, in_traditional(whole))


def test_whole_office_under_a_place_is_not_joined() -> None:
    # near-miss: the office names its own division, so the line above is the list's last place (a list one a line)
    text = ("关于调整金桃区风险区域的通告\n自即日起,将以下区域划定为高风险区:\n翠锦花园\n阳光街道\n"
            "金桃区疫情防控指挥部\n2022年11月5日")
    assert _issuer(text) == "金桃区疫情防控指挥部"
    assert places_of(text) == ["翠锦花园", "阳光街道"]
    # nor a community's or an estate's name, places as lists end with them
    assert _issuer(_SIGNED.format(sig="翠锦社区\n防控指挥部")) == "防控指挥部"


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_division_signature_property(name: str) -> None:
    assume(no_real_city(name))
    text = _SIGNED.format(sig=f"{name}街道\n防控指挥部")
    assert _issuer(text) == f"{name}街道防控指挥部"
    assert places_of(text) == ["翠锦花园"]


# ---- 5. a lift told as "不再列为X区" after the days without a new case ----------------------------------------------

def test_days_without_a_case_then_no_longer_listed_is_a_lift() -> None:
    for body, kind in (("自即日起,将翠锦花园划为管控区;幸福村已连续7天无新增病例,不再列为管控区。",
                        "controlled"),
                       ("自即日起,将翠锦花园划为管控区;幸福村全域已连续14日未发现新增感染者,不再列为封控区。",
                        "sealed"),
                       ("自即日起,将以下区域划定为高风险区:翠锦花园。幸福村已连续14天无新增病例,不再列为高风险区。",
                        "high")):
        for text in variants_of(_notice(body)):
            changes = parse_notice(text, default_year=2022)["changes"]
            lifts = [c for c in changes if c["action"] == "lift"]
            assert [(c["level_from"], c["places"]) for c in lifts] == [(kind, ["幸福村"])]


def test_days_without_a_case_of_no_place_lift_nothing() -> None:
    # near-miss: the whole city's days, or a rule about areas to come, name no place lifted
    for body in ("自即日起,将翠锦花园划为管控区;全市已连续7天无新增病例,不再设为管控区。",
                 "自即日起,将翠锦花园划为管控区。近7天无新增病例,不再列为管控区的区域将另行通告。"):
        assert changes_of(_notice(body)) == [("controlled", "金桃区", ["翠锦花园"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_reason_lift_property(first: str, second: str) -> None:
    assume(first != second and no_real_city(first, second))
    text = _notice(f"自即日起,将{first}花园划为管控区;{second}村已连续7天无新增病例,不再列为管控区。")
    assert levels_of(text) == {"controlled": [f"{first}花园"], "lifted": [f"{second}村"]}
