"""Forms fixed by g68a: a sealed level's heading that names the closed-management areas beside it ("封控区及封闭管理
区域"), a counted designation closed by the management by levels it starts ("从即日起实行分类管理。具体如下:"), a whole
district after its city's name written short ("晋中榆次区"), and a two-character district ("郊区", "城区", "矿区")
listed after a whole district of a city that has one."""
from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fangkong.areas.notice_parsing.divisions import _city_short_districts
from fangkong.areas.notice_parsing.places import _districts_of_cities
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    changes_of,
    in_traditional,
    invented_names,
    no_real_city,
)

_SYL = "金桃阳光幸福春晓翠锦绣胜利兴盛康宁福瑞鑫汇君悦星峰秀"


_read = changes_of


def _levels(text: str) -> dict[str | None, list[str]]:
    out: dict[str | None, list[str]] = {}
    for level, _district, places in _read(text):
        out.setdefault(level, []).extend(places)
    return out


def _full(text: str) -> str:
    return text.translate(HALF_TO_FULL).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


# ---- 1. "一、封控区及封闭管理区域": one level, the sealed -----------------------------------------------------

_SEALED_AND_CLOSED = ("现通告如下:\n一、封控区及封闭管理区域\n1.东关街道锦绣花园\n2.东关街道幸福小区\n"
                      "3.胜利路以西,长风路以东形成的合围区域。\n二、管控区\n1.春晓路以西,金桃路以东形成的合围区域。\n")


def test_sealed_heading_with_closed_management_areas() -> None:
    want = {"sealed": ["东关街道锦绣花园", "东关街道幸福小区", "胜利路以西,长风路以东形成的合围区域"],
            "controlled": ["春晓路以西,金桃路以东形成的合围区域"]}
    assert _levels(_SEALED_AND_CLOSED) == want
    assert _levels(in_traditional(_SEALED_AND_CLOSED)) == want
    assert _levels(_full(_SEALED_AND_CLOSED)) == want
    assert _levels(_SEALED_AND_CLOSED.replace("封控区及封闭管理区域", "封控区和封闭管理区"))["sealed"] == want["sealed"]
    # near-misses: the same words as a measure's subject, or the sealed level beside its surroundings, list nothing
    assert _read("封控区及封闭管理区域实行足不出户、上门服务。") == []
    assert _read("一、封控区及周边区域\n1.东关街道锦绣花园\n") == []


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL), invented_names(_SYL), invented_names(_SYL))
def test_sealed_and_closed_property(town: str, a: str, b: str) -> None:
    assume(no_real_city(town, a, b) and a != b)
    text = f"现通告如下:\n一、封控区及封闭管理区域\n1.{town}镇{a}小区\n2.{town}镇{b}花园\n"
    assert _levels(text) == {"sealed": [f"{town}镇{a}小区", f"{town}镇{b}花园"]}


# ---- 2. "甲区划定1个高风险区,从即日起实行分类管理。具体如下:" -----------------------------------------------------

_CLASSED = ("经专家组研判,甲区划定1个高风险区,从即日起实行分类管理。具体如下:\n\n东关街道办锦绣社区。\n\n"
            "高风险区内实行“足不出户、上门服务”管控措施。\n")


def test_counted_designation_then_management_by_levels() -> None:
    assert _levels(_CLASSED) == {"high": ["东关街道办锦绣社区"]}
    assert _levels(in_traditional(_CLASSED)) == {"high": ["东关街道办锦绣社区"]}
    assert _levels(_full(_CLASSED)) == {"high": ["东关街道办锦绣社区"]}
    assert _levels("经专家组研判,甲区划定2个高风险区,立即实施分类管控。具体如下:\n1.东关街道办锦绣社区\n"
                   "2.东关街道办幸福社区\n") == {"high": ["东关街道办锦绣社区", "东关街道办幸福社区"]}
    # near-misses: no list after it reads nothing; a lead over levels' own headings leaves them their levels
    assert _read("经专家组研判,甲区划定1个高风险区,从即日起实行分类管理。\n") == []
    assert _levels("经专家组研判,甲区划定高、中风险区,实行分类管理,具体如下:\n一、高风险区\n1.东关街道锦绣花园\n"
                   "二、中风险区\n1.东关街道幸福小区\n") == {"high": ["东关街道锦绣花园"],
                                                               "medium": ["东关街道幸福小区"]}


@settings(max_examples=20, deadline=None)
@given(invented_names(_SYL), invented_names(_SYL))
def test_classed_management_property(street: str, a: str) -> None:
    assume(no_real_city(street, a))
    text = f"经专家组研判,甲区划定1个中风险区,从即日起实行分类管理。具体如下:\n\n{street}街道{a}社区。\n"
    assert _levels(text) == {"medium": [f"{street}街道{a}社区"]}


# ---- 3. "晋中榆次区、太谷区…由中风险区调整为低风险区": a whole district after its city written short ---------------

_CITY_SHORT = "经研判,晋中榆次区、太谷区已连续14天无新增确诊病例,于3月1日0时,由中风险区调整为低风险区。"


def test_whole_district_after_city_written_short() -> None:
    want = [("low", "榆次区", ["榆次区"]), ("low", "太谷区", ["太谷区"])]
    assert _read(_CITY_SHORT) == want
    assert _read(in_traditional(_CITY_SHORT)) == want
    assert _read(_full(_CITY_SHORT)) == want
    assert _read("将铜陵义安区调整为低风险区。") == [("low", "义安区", ["义安区"])]
    # a three-character district whose name ends like a new area ("清新区") is a county's name, not a zone's
    assert _read("将清远清新区调整为低风险区。") == [("low", "清新区", ["清新区"])]
    # near-miss: a city that has no such district keeps its name on the place
    assert _read("将太原榆次区调整为低风险区。") == [("low", "榆次区", ["太原榆次区"])]


_PAIRS = sorted((city, d) for city, names in _districts_of_cities().items() if 2 <= len(city) <= 4
                # (not "市中区" (its 市 read with the city), nor a name that holds its city's own: "德州天衢新区")
                for d in names if len(d) >= 3 and d[-1] in "区县" and "开发" not in d and "园" not in d
                and not d.startswith(("市", city)))


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_PAIRS), invented_names(_SYL))
def test_city_short_property(pair: tuple[str, str], invented: str) -> None:
    city, district = pair
    assume(no_real_city(invented) and invented not in _districts_of_cities())
    assert _read(f"将{city}{district}调整为低风险区。") == [("low", district, [district])]
    # an invented "city" in front is no city: the rule leaves the place as written
    assert all(places != [district] for _level, _d, places in _read(f"将{invented}{district}调整为低风险区。"))


# ---- 4. "1.铜陵市义安区、枞阳县、郊区": a two-character district after a whole district of its city ----------------

_SIBLING = "低风险地区\n1.铜陵市义安区、枞阳县、郊区\n2.晋城市泽州县、高平市、城区、阳城县\n"


def test_two_character_district_after_whole_districts() -> None:
    want = {"义安区": ["义安区"], "枞阳县": ["枞阳县"], "郊区": ["郊区"], "泽州县": ["泽州县"], "高平市": ["高平市"],
            "城区": ["城区"], "阳城县": ["阳城县"]}
    for text in (_SIBLING, in_traditional(_SIBLING), _full(_SIBLING)):
        assert {d: places for _level, d, places in _read(text)} == want
    # (the same in a sentence's list)
    assert _read("将铜陵市义安区、枞阳县、郊区调整为低风险区。")[-1] == ("low", "郊区", ["郊区"])
    assert _read(in_traditional("将铜陵义安区、郊区调整为低风险区。"))[-1] == ("low", "郊区", ["郊区"])
    # near-miss: a city with no district "城区" (荆门) leaves the word with the district before it
    assert _read("低风险地区\n1.荆门市东宝区、掇刀区、城区\n") == [
        ("low", "东宝区", ["东宝区"]), ("low", "掇刀区", ["掇刀区", "城区"])]


_SHORT_SIBLINGS = sorted((short, d) for city, short in _city_short_districts()
                         for d in _districts_of_cities()[city] if len(d) >= 3)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_SHORT_SIBLINGS), invented_names(_SYL), invented_names(_SYL))
def test_sibling_short_district_property(pair: tuple[str, str], a: str, b: str) -> None:
    short, sibling = pair
    assume(no_real_city(a, b) and a != b)
    assert _read(f"低风险地区\n1.{a}县、{sibling}、{short}\n")[-1] == ("low", short, [short])
    # invented counties are no city's: the word "郊区" after them stays with the one before it
    assert _read(f"低风险地区\n1.{a}县、{b}县、郊区\n")[-1][2] == [f"{b}县", "郊区"]
