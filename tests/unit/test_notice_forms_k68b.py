"""Forms fixed by k68b: a signature broken over two lines, a rural bank (村镇银行) after its district, a bounded
area whose first bound is a landmark, "B村,不再列为管控区" after ";", a nameless office's whole area (辖区全域) at a
level, and a report's past designation (被) that no later change names; with the forms that already read right
(a roads' area after bare roads, house numbers parted by ",")."""
from __future__ import annotations

from hypothesis import assume, given, settings

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    in_traditional,
    invented_names,
    no_real_city,
)

_FULL = {**HALF_TO_FULL, **str.maketrans("0123456789", "０１２３４５６７８９")}


def _full(text: str) -> str:
    return text.translate(_FULL)


def _variants(text: str) -> list[str]:
    return [text, in_traditional(text), _full(text)]


def _read(text: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    return [(c["action"], c["level_to"], c["district"], c["places"])
            for c in parse_notice(text, default_year=2022)["changes"]]


def _places(text: str) -> list[str]:
    return [p for *_rest, places in _read(text) for p in places]


def _issuer(text: str) -> str | None:
    return parse_notice(text, default_year=2022)["issuer"]


# ---- 1. a signature broken over two lines ---------------------------------------------------------------------

_SIGNED = "金桃市关于调整风险区的通告\n自2022年11月3日起,将阳光小区划定为高风险区。\n{sig}\n2022年11月3日"


def test_signature_broken_over_two_lines_is_the_whole_name() -> None:
    for text in _variants(_SIGNED.format(sig="金桃市新冠肺炎疫情\n防控指挥部办公室")):
        whole = "金桃市新冠肺炎疫情防控指挥部办公室"
        assert _issuer(text) in (whole, in_traditional(whole))
    # near-miss: the line before is no first part of a name ("特此通告。"), the office alone signs
    assert _issuer(_SIGNED.format(sig="特此通告。\n防控指挥部办公室")) == "防控指挥部办公室"
    assert _issuer(_SIGNED.format(sig="金桃市新冠肺炎疫情防控指挥部办公室")) == "金桃市新冠肺炎疫情防控指挥部办公室"


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_broken_signature_property(city: str) -> None:
    assume(no_real_city(city, city + "市"))
    signed = _SIGNED.format(sig=f"{city}市新冠肺炎疫情\n防控指挥部办公室")
    assert _issuer(signed) == f"{city}市新冠肺炎疫情防控指挥部办公室"


# ---- 3. a bounded run whose first bound is a landmark -----------------------------------------------------------

def test_landmark_first_bound_is_one_area() -> None:
    for text in _variants("高风险区:阳光小区、金桃局北、长风路西、翠锦街南、胜利路东区域。"):
        assert _places(text) == ["阳光小区", "金桃局北、长风路西、翠锦街南、胜利路东区域"]
    assert _places("高风险区:金桃中学北侧、长风路西侧、翠锦街南侧、胜利路东侧区域。") == [
        "金桃中学北侧、长风路西侧、翠锦街南侧、胜利路东侧区域"]
    assert _places("高风险区:金桃局北、长风路西、翠锦街南、胜利路东所围区域。") == [
        "金桃局北、长风路西、翠锦街南、胜利路东所围区域"]
    # near-miss: a landmark and roads with no sides are places of their own
    assert _places("高风险区:金桃局、长风路、翠锦街。") == ["金桃局", "长风路", "翠锦街"]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_landmark_first_bound_property(a: str, b: str, c: str) -> None:
    assume(no_real_city(a, b, c))
    area = f"{a}中学北、{b}路西、{c}街南、{a}路东区域"
    assert _places(f"高风险区:{area}。") == [area]


# ---- 4. a roads' area after bare roads (already read right) ------------------------------------------------------

def test_roads_area_after_bare_roads() -> None:
    for text in _variants("自2022年11月3日起,将迎泽区以下区域划定为高风险区:翠锦街;长风路;西岭路和松岭小区之间区域。"):
        assert _read(text) == [("set", "high", "迎泽区", ["翠锦街", "长风路", "西岭路和松岭小区之间区域"])]
    # near-miss: with no 之间区域 the pair is written as one name, as before
    assert _places("高风险区:西岭路和松岭小区。") == ["西岭路和松岭小区"]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_roads_area_property(a: str, b: str, c: str) -> None:
    assume(no_real_city(a, b, c) and a != b)
    assert _places(f"高风险区:{a}街;{b}路;{c}路和{a}小区之间区域。") == [f"{a}街", f"{b}路", f"{c}路和{a}小区之间区域"]


# ---- 5. house numbers parted by "," (already read right: two places, as 1874 and 313 have them) -------------------

def test_house_numbers_parted_by_comma_are_two_places() -> None:
    for text in _variants("高风险区:金桃街道翠锦街2号,翠锦街1号。"):
        assert _places(text) == ["金桃街道翠锦街2号", "翠锦街1号"]
    # near-miss: a village's lanes parted by "," are one item (as 52 and 1943 keep them)
    assert _places("高风险区:白塔村一巷10号,二巷8号。") == ["白塔村一巷10号,二巷8号"]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_house_numbers_property(a: str, b: str) -> None:
    assume(no_real_city(a, b))
    assert _places(f"高风险区:{a}街道{b}街2号,{b}街1号。") == [f"{a}街道{b}街2号", f"{b}街1号"]


# ---- 6. "B村,不再列为管控区" after ";" ----------------------------------------------------------------------------

def test_no_longer_listed_after_semicolon_is_a_lift() -> None:
    for text in _variants("自2022年11月3日起,将阳光小区划为管控区;白塔村,不再列为管控区。"):
        assert _read(text) == [("set", "controlled", None, ["阳光小区"]), ("lift", None, None, ["白塔村"])]
    # near-miss: a clause of no subject after the one that gave the level, no place of its own
    assert _read("将阳光小区调整为中风险区;不再列为高风险区。") == [("set", "medium", None, ["阳光小区"])]
    assert _read("将阳光小区调整为中风险区,不再列为高风险区。") == [("set", "medium", None, ["阳光小区"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_no_longer_listed_property(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    assert _read(f"将{a}小区划为管控区;{b}村,不再列为管控区。") == [
        ("set", "controlled", None, [f"{a}小区"]), ("lift", None, None, [f"{b}村"])]


# ---- 7. "辖区全域实行管控区管理" with no district known: a blanket ------------------------------------------------

def test_nameless_whole_area_is_no_place() -> None:
    for text in _variants("自11月3日起,辖区全域实行管控区管理。"):
        assert _read(text) == []
    # near-miss: the district named, the whole district
    assert _read("自11月3日起,迎泽区辖区全域实行管控区管理。") == [("set", "controlled", "迎泽区", ["迎泽区"])]
    assert _read("自11月3日起,将阳光小区划为封控区,辖区全域实行管控区管理。") == [("set", "sealed", None, ["阳光小区"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES))
def test_nameless_whole_area_property(a: str) -> None:
    assume(no_real_city(a))
    assert _read(f"自11月3日起,将{a}小区划为封控区,辖区全域实行管控区管理。") == [("set", "sealed", None, [f"{a}小区"])]


# ---- 8. a report's past designation (被) that no later change names ------------------------------------------------

def test_past_passive_designation_not_changed_later_is_kept() -> None:
    for text in _variants("11月1日,迎泽区阳光小区被划定为高风险区。自11月3日起,将迎泽区金桃小区划定为中风险区。"):
        assert _read(text) == [("set", "high", "迎泽区", ["阳光小区"]), ("set", "medium", "迎泽区", ["金桃小区"])]
    # near-miss: the later change names it, the past level its history
    assert _read("11月1日,迎泽区阳光小区被划定为高风险区。自11月3日起,将迎泽区阳光小区调整为中风险区。") == [
        ("set", "medium", "迎泽区", ["阳光小区"])]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_past_passive_property(a: str, b: str) -> None:
    assume(no_real_city(a, b) and a != b)
    assert _read(f"11月1日,迎泽区{a}小区被划定为高风险区。自11月3日起,将迎泽区{b}小区划定为中风险区。") == [
        ("set", "high", "迎泽区", [f"{a}小区"]), ("set", "medium", "迎泽区", [f"{b}小区"])]
