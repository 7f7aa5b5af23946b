"""Ordinary wording around three rules of the sixtieth set's fixes (review rv60b).

A list closed by "上述区域解除高风险区管控措施" then, after a semicolon, the level the places go to ("…;调整为低风险
区", "…;降为中风险区": that level, not a lift) or another level's measures ("…;实行中风险区管控措施": no lift); and
vague places as a subject ("A市多地调整为…") only after a division's name: a named community's, scenic area's,
park's, campus's or quarter's "多处" ("A社区多处调整为封控区") keeps the named place. Notices here are written for the
tests."""

from __future__ import annotations

import pytest

from tests.unit.test_notice_parser_real_forms import HALF_TO_FULL, by_level, in_traditional


def _headed(body: str, district: str = "花山区") -> str:
    return (f"{district}关于调整部分风险区域的通告(2022年第12号)\n"
            f"根据疫情处置进展,经专家组综合研判,{district}新冠肺炎疫情防控指挥部研究决定,"
            f"自11月30日0时起,调整以下风险区域:\n{body}"
            "以上管控范围和措施要求将根据疫情防控形势变化适时调整。\n特此通告。\n"
            f"{district}新冠肺炎疫情防控指挥部\n2022年11月29日\n")


_LIST = "1.桃源街松林花园8栋;\n2.石坝镇青溪村3组。\n"
_PLACES = ["桃源街松林花园8栋", "石坝镇青溪村3组"]


# --- "上述区域解除X风险区管控措施;…": the level after the semicolon ------------------------------------------

@pytest.mark.parametrize(("rest", "level"), [("调整为低风险区", "low"), ("降为中风险区", "medium"),
                                             ("转为防范区", "precaution")])
def test_lift_by_reference_then_the_level_after_a_semicolon(rest: str, level: str) -> None:
    lifted_from = "封控区" if level == "precaution" else "高风险区"
    text = _headed(_LIST + f"上述区域解除{lifted_from}管控措施;{rest}。\n")
    assert by_level(text) == {(level, "花山区"): _PLACES}


def test_lift_by_reference_then_another_levels_measures_is_no_lift() -> None:
    for rest in ("实行中风险区管控措施", "纳入低风险区管理", "按低风险区管理"):
        text = _headed(_LIST + f"上述区域解除高风险区管控措施;{rest}。\n")
        assert ("lifted", "花山区") not in by_level(text), rest


def test_lift_by_reference_near_misses_still_lift() -> None:
    # a semicolon before what holds after the lift, no level: the lift of the list
    text = _headed(_LIST + "上述区域解除高风险区管控措施;请居民继续做好个人防护。\n")
    assert by_level(text) == {("lifted", "花山区"): _PLACES}
    # a comma before another level's measures: that level, as the rule read it
    text = _headed(_LIST + "上述区域解除高风险区管控措施,实行中风险区管控措施。\n")
    assert by_level(text) == {("medium", "花山区"): _PLACES}
    # traditional characters and full-width punctuation
    text = _headed(_LIST + "上述区域解除高风险区管控措施;调整为低风险区。\n")
    assert by_level(in_traditional(text)) == {("low", "花山区"): _PLACES}
    assert by_level(text.translate(HALF_TO_FULL)) == {("low", "花山区"): _PLACES}


# --- "多地" / "多处" as a subject only after a division's name --------------------------------------------------

def _notice(body: str, district: str = "柳河县") -> str:
    return (f"关于调整风险区域的通告\n根据疫情防控需要,经{district}疫情防控指挥部研究决定,自12月1日0时起,{body}\n"
            f"特此通告。\n{district}疫情防控指挥部\n2022年11月30日\n")


@pytest.mark.parametrize(("place", "level_word", "level"), [
    ("金桥社区", "封控区", "sealed"), ("滨江景区", "中风险区", "medium"), ("柳河工业园区", "中风险区", "medium"),
    ("柳河大学东校区", "封控区", "sealed"), ("老城片区", "中风险区", "medium")])
def test_a_named_sites_many_spots_keep_the_site(place: str, level_word: str, level: str) -> None:
    assert by_level(_notice(f"{place}多处调整为{level_word}。")) == {(level, "柳河县"): [f"{place}多处"]}


def test_a_named_sites_many_spots_in_traditional() -> None:
    assert by_level(in_traditional(_notice("金桥社区多处调整为封控区。"))) == {("sealed", "柳河县"): ["金桥社区多处"]}
    # a division's vague places stay vague, no row: a city's headline, a district named …园区
    text = "云阳市多地调整为中风险地区\n记者获悉,自4月2日起,柳河区金桥小区调整为中风险地区。\n"
    assert by_level(text) == {("medium", "柳河区"): ["金桥小区"]}
    assert by_level(_notice("绿园区多地调整为中风险区。", "绿园区")) == {}
