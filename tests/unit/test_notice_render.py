"""Notices written from structured changes read back as the same changes (round trip), and the seed's
No. 198 parsed, written and parsed again is the same notice."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_file, parse_notice
from fangkong.areas.render import render_notice
from fangkong.core.errors import InvalidInput

FIXTURES = Path(__file__).parents[1] / "fixtures" / "notices"
FIELDS = ("action", "level_from", "level_to", "district", "stated_count", "places")

# Every (action, level_from, level_to) a notice of 2022 writes, under each protocol's names.
KINDS = [
    ("add", None, "high"), ("add", None, "medium"), ("add", None, "low"), ("add", None, "sealed"),
    ("add", None, "controlled"), ("add", None, "precaution"),
    ("lift", None, None), ("lift", "high", None), ("lift", "medium", None), ("lift", "sealed", None),
    ("lift", "controlled", None), ("lift", "precaution", None),
    ("upgrade", None, "high"), ("upgrade", None, "sealed"), ("upgrade", None, "medium"), ("upgrade", "low", "high"),
    ("upgrade", "medium", "high"), ("upgrade", "controlled", "sealed"), ("upgrade", "precaution", "controlled"),
    ("downgrade", None, "low"), ("downgrade", None, "medium"), ("downgrade", None, "precaution"),
    ("downgrade", "high", "low"), ("downgrade", "high", "medium"), ("downgrade", "sealed", "controlled"),
    ("downgrade", "controlled", "precaution"), ("downgrade", "sealed", "precaution"),
    ("set", None, "high"), ("set", None, "medium"), ("set", "high", "sealed"), ("set", "medium", "controlled"),
]
DISTRICTS = ["小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区", "晋源区", "清徐县", "阳曲县", "娄烦县", "古交市"]

# Name parts as Taiyuan's compounds, villages and roads are written (no word a notice uses for its
# own sentences: no 等, 请, 实行…).
SYLLABLES = list("金华龙城春晓阳光和平建桃园丽泽翠锦绣东西南北长风胜利兴盛泰康宁安福瑞鑫汇君悦星河湾峰秀")
COMPOUND_END = ["小区", "苑", "花园", "家园", "宿舍", "公寓", "华府", "庭", "嘉园", "新城"]
ROAD_END = ["路", "街", "巷", "大街"]
TOWN_END = ["镇", "乡", "街道"]

word = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=4).map("".join)
number = st.integers(min_value=1, max_value=40)
building = st.one_of(number.map(lambda n: f"{n}号楼"), number.map(lambda n: f"{n}栋"),
                     st.sampled_from("ABCDEF").map(lambda c: f"{c}座"))
unit = st.integers(min_value=1, max_value=8).map(lambda n: f"{n}单元")


@st.composite
def place(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["compound", "building", "unit", "road", "village", "except"]))
    compound = draw(word) + draw(st.sampled_from(COMPOUND_END))
    if draw(st.booleans()):
        compound += draw(st.sampled_from(["北区", "南区", "A区", "2期", "二期"]))
    if kind == "compound":
        return compound
    if kind == "building":
        return compound + draw(building)
    if kind == "unit":
        return compound + draw(building) + draw(unit)
    if kind == "road":
        road = f"{draw(word)}{draw(st.sampled_from(ROAD_END))}{draw(number)}号"
        return road + draw(st.sampled_from(["", compound, compound + draw(building)]))
    if kind == "village":
        return f"{draw(word)}{draw(st.sampled_from(TOWN_END))}{draw(word)}村"
    first, second = draw(building), draw(building)
    exception = draw(st.sampled_from([f"{first}{draw(unit)}", first, f"{first}、{second}"]))
    return f"{compound}({exception}除外)"


@st.composite
def changes(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Sections of distinct kinds, each with distinct districts (an unlabelled group first), in the order
    the renderer writes them."""
    kinds = draw(st.lists(st.sampled_from(KINDS), min_size=1, max_size=5, unique=True))
    out = []
    for action, frm, to in kinds:
        districts = draw(st.lists(st.sampled_from(DISTRICTS), min_size=1, max_size=4, unique=True))
        if draw(st.integers(0, 5)) == 0:
            districts = [None, *districts]  # type: ignore[list-item]
        for district in districts:
            places = draw(st.lists(place(), min_size=1, max_size=8, unique=True))
            out.append({"action": action, "level_from": frm, "level_to": to, "district": district,
                        "stated_count": len(places) if district else None, "places": places})
    return out


moments = st.datetimes(min_value=datetime(2022, 4, 1), max_value=datetime(2022, 12, 31)).map(
    lambda m: m.replace(second=0, microsecond=0))


@settings(max_examples=150, deadline=None)
@given(changes(), moments, st.booleans(), st.integers(1, 400))
def test_rendered_notice_parses_back_to_the_same_changes(items: list[dict[str, Any]], moment: datetime,
                                                          midnight: bool, serial: int) -> None:
    effective = moment.replace(hour=0, minute=0) if midnight else moment
    notice = {"issuer": "太原市新冠肺炎疫情防控工作领导组办公室", "number": f"2022年第{serial}号",
              "published": (effective - timedelta(hours=6)).date().isoformat(), "effective": effective.isoformat(),
              "changes": items}
    text = render_notice(notice)
    parsed = parse_notice(text)
    assert parsed["warnings"] == [], text
    assert [{k: c[k] for k in FIELDS} for c in parsed["changes"]] == items, text
    assert parsed["issuer"] == notice["issuer"]
    assert parsed["number"] == notice["number"]
    assert parsed["effective"] == effective.isoformat()
    assert parsed["published"] == notice["published"]


def test_seed_198_parsed_rendered_and_parsed_again_is_the_same() -> None:
    first = parse_file(FIXTURES / "seed_198_newspaper.txt", default_year=2022)
    high = [c for c in first["changes"] if c["level_to"] == "high"]
    low = [c for c in first["changes"] if c["level_to"] == "low"]
    assert (sum(len(c["places"]) for c in high), len(high)) == (42, 7)
    assert (sum(len(c["places"]) for c in low), len(low)) == (33, 6)
    text = render_notice(first)
    assert text.startswith("市疫情防控办关于调整高低风险区的通告\n（2022年第198号）")
    assert "一、新增高风险区（42个）" in text and "二、调整为低风险区（33个）" in text
    assert "小店区（8个）：山西财经大学华商学院，山西工商学院（龙城校区），" in text
    assert "西吴御龙庭小区（1号楼2单元除外）" in text
    assert text.rstrip().endswith("特此通告。\n\n市疫情防控办\n2022年12月2日")
    again = parse_notice(text)
    # The seed says "即日起"; the rendered text names the day it takes effect instead.
    assert first.pop("effective_now") is True and again.pop("effective_now") is False
    assert again == first


def test_headings_name_each_kind_the_way_offices_do() -> None:
    def heading(action: str, frm: str | None, to: str | None) -> str:
        text = render_notice({"effective": "2022-04-08T00:00:00", "changes": [
            {"action": action, "level_from": frm, "level_to": to, "district": "小店区", "places": ["岗头村"]}]})
        return next(line for line in text.splitlines() if line.startswith("一、"))

    assert heading("add", None, "sealed") == "一、新增封控区（1个）"
    assert heading("downgrade", "sealed", "controlled") == "一、由封控区调整为管控区（1个）"
    assert heading("lift", "controlled", None) == "一、解除管控区（1个）"
    assert heading("lift", None, None) == "一、解除以下区域的管控措施（1个）"
    assert heading("set", None, "medium") == "一、划定为中风险区（1个）"
    text = render_notice({"effective": "2022-04-08T05:30:00", "published": "2022-04-07", "number": "51",
                          "changes": [{"action": "add", "level_from": None, "level_to": "sealed",
                                       "district": None, "places": ["岗头村"]}]})
    assert "自2022年4月8日5时30分起" in text and "（2022年第51号）" in text
    assert "关于调整封控区、管控区、防范区的通告" in text
    assert "封控区实行“" in text  # the April 2022 policy's measures


@pytest.mark.parametrize("change", [
    {"action": "upgrade", "level_from": "high", "level_to": "low", "places": ["A小区"]},
    {"action": "lift", "level_from": "high", "level_to": "low", "places": ["A小区"]},
    {"action": "add", "level_from": None, "level_to": None, "places": ["A小区"]},
    {"action": "add", "level_from": None, "level_to": "severe", "places": ["A小区"]},
    {"action": "close", "level_from": None, "level_to": "high", "places": ["A小区"]},
    {"action": "add", "level_from": None, "level_to": "high", "places": [" "]},
])
def test_contradictory_changes_are_refused(change: dict[str, Any]) -> None:
    with pytest.raises(InvalidInput):
        render_notice({"changes": [change]})
