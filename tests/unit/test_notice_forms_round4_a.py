"""Forms of the tenth held-out set (round 4, notices 203-210): "以下区域实行管控区管理" over district sections,
a sibling numbered item that ends the list above it, a city's own zone written with 市 in front. Notices here
are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import by_level

_PLACES = ["滨河路88号金港大厦5号楼", "幸福里小区3栋", "华联商厦", "东门菜市场", "光明路12号院"]
_LEVELS = {"管控区": "controlled", "封控区": "sealed", "防范区": "precaution", "中风险区": "medium"}


# "一、以下区域实行管控区管理" then "(一)东城区" / "东湖街道:A、B": the areas below are managed at that level
# (实施, 执行, 按 … written the same way); "三、…全部解除…" numbered like the headings ends the lists.
@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PLACES), min_size=1, max_size=3, unique=True),
       st.sampled_from(["实行", "实施", "执行", "按"]), st.sampled_from(list(_LEVELS)),
       st.sampled_from(["以下区域", "下列区域", "以下地区"]))
def test_areas_below_managed_at_a_level(places: list[str], verb: str, level: str, pointer: str) -> None:
    text = (f"关于调整城区管控区域的通告\n经研究决定,自6月2日0时起,对城区部分区域进行调整,现通告如下:\n"
            f"一、{pointer}{verb}{level}管理\n(一)东城区\n东湖街道:{'、'.join(places)}。\n(二)西城区\n"
            f"桃源乡:李家村,王家村。\n二、城区除以上区域,其他管控区域全部解除管控管理\n"
            f"三、管控区严格落实“人不出区”。\n城区疫情防控指挥部办公室\n2022年6月1日")
    expected = {(_LEVELS[level], "东城区"): ["东湖街道" + p for p in places],
                (_LEVELS[level], "西城区"): ["桃源乡李家村", "桃源乡王家村"]}
    assert by_level(text) == expected, text


def test_two_numbered_sections_and_a_city_zone_with_its_city_in_front() -> None:
    text = ("关于调整中心城区封控管控区域的通告\n现将调整后的情况通告如下:\n一、以下区域实行管控区管理\n"
            "(一)东城区\n东湖街道:幸福里小区3栋。\n二、以下区域实行防范区管理\n(一)东城区\n东湖街道:华联商厦。\n"
            "(二)市经济技术开发区\n新华街道:光明路12号院。\n三、中心城区除以上区域,其他封控、管控区域全部解除\n"
            "城区疫情防控指挥部办公室\n2022年6月1日")
    assert by_level(text) == {("controlled", "东城区"): ["东湖街道幸福里小区3栋"],
                              ("precaution", "东城区"): ["东湖街道华联商厦"],
                              ("precaution", "市经济技术开发区"): ["新华街道光明路12号院"]}


def test_areas_below_under_a_rule_are_no_list() -> None:
    text = "一、以下区域实行管控区管理要求:人不出区。\n二、防范区严格执行常态化防控措施。"
    assert by_level(text) == {}
