"""Sentence forms, sections and pages holding several notices, each in a variant written here (invented
places, the wording of forms real notices use), and properties over generated places: a count between the
list and its level, 2021 wordings with a back-reference, a lift restating an earlier designation, date
headings of sections, a district named once in the lead, two notices on one page, "下述地区" pointing to
the list, headings with 疫情 in front, numbered items run together on one line."""

from __future__ import annotations

import opencc
from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_render import place

_S2T = opencc.OpenCC("s2t")
_CN = "零一二三四五六七八九十"


def by_level(text: str) -> dict[tuple[str | None, str | None], list[str]]:
    result = parse_notice(text, default_year=2022)
    out: dict[tuple[str | None, str | None], list[str]] = {}
    for change in result["changes"]:
        out.setdefault((change["level_to"] or "lifted", change["district"]), []).extend(change["places"])
    return out


# --- 1. a count between the list and the level: "A、B、C3个封控区调整为管控区"


def test_count_without_deng_between_list_and_level() -> None:
    text = ("关于调整青山区部分区域管控措施的通告\n自2022年4月2日9:00起,将如下区域管控措施予以调整:\n"
            "一、将富强路街道幸福苑12号楼、自由路街道青年里3#5号楼、万青路街道钢铁花园8号楼3个封控区调整为管控区。\n"
            "二、将富强路街道幸福苑小区、自由路街道青年里3#两个管控区调整为防范区。")
    assert by_level(text) == {
        ("controlled", "青山区"): ["富强路街道幸福苑12号楼", "自由路街道青年里3#5号楼", "万青路街道钢铁花园8号楼"],
        ("precaution", "青山区"): ["富强路街道幸福苑小区", "自由路街道青年里3#"],
    }


def test_count_whose_digits_run_on_from_a_place_number() -> None:
    # "…8号楼1" then "2个": the place keeps its 1, the count is 2
    text = "即日起,将东河区金桥小区3号楼、东河区银河路8号楼12个高风险区调整为中风险区。"
    assert by_level(text) == {("medium", "东河区"): ["金桥小区3号楼", "银河路8号楼1"]}


def test_a_count_that_is_not_the_number_of_places_reads_nothing() -> None:
    text = "即日起,将金桥小区3号楼、银河路8号楼5个高风险区调整为中风险区。"
    assert by_level(text) == {}


@settings(max_examples=60, deadline=None)
@given(places=st.lists(place(), min_size=1, max_size=6, unique=True),
       sep=st.sampled_from(["、", ",", "，"]), chinese=st.booleans(), deng=st.booleans(),
       levels=st.sampled_from([("封控区", "管控区", "controlled"), ("管控区", "防范区", "precaution"),
                               ("高风险区", "低风险区", "low")]))
def test_count_word_between_list_and_level_changes_nothing(places: list[str], sep: str, chinese: bool, deng: bool,
                                                           levels: tuple[str, str, str]) -> None:
    source, target, level = levels
    n = len(places)
    count = _CN[n] if chinese else str(n)
    listed = sep.join(places)
    plain = f"自2022年5月6日起,将{listed}由{source}调整为{target}。"
    counted = f"自2022年5月6日起,将{listed}{'等' if deng else ''}{count}个{source}调整为{target}。"
    assert by_level(counted) == by_level(plain) == {(level, None): places}
