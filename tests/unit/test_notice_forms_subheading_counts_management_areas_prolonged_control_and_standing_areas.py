"""Forms of the forty-seventh held-out set, part b: a page's numbered subheading counting places ("2、3地降为低风险"),
no place; a town's management area (管区, 山东) heading a village, no district ("东城管区A村第一网格"); control
prolonged over places named after 延长 ("延长A市B街道、C街道管控措施"), controlled; the standing areas of a level in
brackets as a lift's exception ("A县除现有高风险区(B镇P1、P2,C乡Q1)继续落实静态管理措施外,其他乡镇…解除静态管理"),
kept at that level. Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

# --- "2、3地降为低风险": a subheading's count ------------------------------------------------------------------

_COUNTED = ("1、1地升级中风险\n截至5月8日24时,东城区甲乙街道丙丁社区近14天累计报告2例本土确诊病例。经市疾控中心评估,"
            "本市即日起将东城区甲乙街道丙丁社区由低风险地区升级为中风险地区。\n"
            "{n}地降为低风险\n截至5月8日24时,西城区戊己街道庚辛社区近14天无报告本土确诊病例。经市疾控中心评估,"
            "本市即日起将西城区戊己街道庚辛社区由中风险地区降为低风险地区。")


def test_a_numbered_subheadings_count_is_no_place() -> None:
    assert levels_of(_COUNTED.format(n="2、3")) == {"medium": ["甲乙街道丙丁社区"], "low": ["戊己街道庚辛社区"]}


def test_subheading_count_variants() -> None:
    assert levels_of(_COUNTED.format(n="二、两")) == {"medium": ["甲乙街道丙丁社区"], "low": ["戊己街道庚辛社区"]}
    assert levels_of(in_traditional(_COUNTED.format(n="2、4"))) \
        == {"medium": ["甲乙街道丙丁社区"], "low": ["戊己街道庚辛社区"]}
    assert levels_of(_COUNTED.format(n="3.5").translate(HALF_TO_FULL)) \
        == {"medium": ["甲乙街道丙丁社区"], "low": ["戊己街道庚辛社区"]}


def test_a_place_ending_in_a_number_and_di_is_kept() -> None:
    # (near miss: a village's plot named with its number after a place's name is a place)
    assert levels_of("将青石村3地块划为中风险区。") == {"medium": ["青石村3地块"]}


# --- "东城管区A村第一网格": a management area, no district ----------------------------------------------------

_MANAGED = ("宁阳县关于调整风险等级的通告\n自12月9日起,将金河街道丽景苑2单元,{area}管区{village}村第一网格,"
            "春晓苑3单元由高风险区降为低风险区。")


def test_a_management_area_is_no_district() -> None:
    assert by_level(_MANAGED.format(area="西城", village="柳湾")) \
        == {("low", "宁阳县"): ["金河街道丽景苑2单元", "西城管区柳湾村第一网格", "春晓苑3单元"]}


def test_management_area_variants() -> None:
    assert by_level(_MANAGED.format(area="北关", village="杏林")) \
        == {("low", "宁阳县"): ["金河街道丽景苑2单元", "北关管区杏林村第一网格", "春晓苑3单元"]}
    assert by_level(in_traditional(_MANAGED.format(area="南城", village="桃源"))) \
        == {("low", "宁阳县"): ["金河街道丽景苑2单元", "南城管区桃源村第一网格", "春晓苑3单元"]}
    assert by_level(_MANAGED.format(area="东关", village="青石").translate(HALF_TO_FULL)) \
        == {("low", "宁阳县"): ["金河街道丽景苑2单元", "东关管区青石村第一网格", "春晓苑3单元"]}


@settings(max_examples=25, deadline=None)
@given(area=invented_names(PLAIN_SYLLABLES), village=invented_names(PLAIN_SYLLABLES))
def test_management_area_property(area: str, village: str) -> None:
    found = by_level(_MANAGED.format(area=area, village=village))
    assert found == {("low", "宁阳县"): ["金河街道丽景苑2单元", f"{area}管区{village}村第一网格", "春晓苑3单元"]}


# --- "延长A市B街道、C街道管控措施": control prolonged ---------------------------------------------------------

def test_control_prolonged_over_named_streets_is_controlled() -> None:
    text = ("经专家组分析研判。指挥部决定,延长江州市青石街道、柳河街道管控措施\n"
            "后续将根据疫情防控形势变化,及时调整管控措施。")
    assert by_level(text) == {("controlled", "江州市"): ["青石街道", "柳河街道"]}


def test_control_prolonged_variants() -> None:
    assert levels_of("指挥部决定,延长对杏花镇、南岗乡的临时性管控措施至8月12日。") \
        == {"controlled": ["杏花镇", "南岗乡"]}
    assert levels_of(in_traditional("指挥部决定,继续延长青石街道、柳河街道临时管控措施。")) \
        == {"controlled": ["青石街道", "柳河街道"]}
    assert levels_of("指挥部决定,延长龙泉社区、桃源社区管控措施;其他区域不变。".translate(HALF_TO_FULL)) \
        == {"controlled": ["龙泉社区", "桃源社区"]}


@settings(max_examples=25, deadline=None)
@given(a=invented_names(PLAIN_SYLLABLES), b=invented_names(PLAIN_SYLLABLES))
def test_control_prolonged_property(a: str, b: str) -> None:
    assume(a != b)
    assert levels_of(f"指挥部决定,延长{a}街道、{b}街道管控措施。") == {"controlled": [f"{a}街道", f"{b}街道"]}


def test_control_prolonged_over_people_measures_or_vehicles_is_no_place() -> None:
    for text in ("指挥部决定,延长小区居民管控措施。", "指挥部决定,延长各项管控措施至8月12日。",
                 "指挥部决定,延长进出车辆管控措施。", "指挥部决定,延长管控措施时间。"):
        assert by_level(text) == {}, text


# --- "除现有高风险区(A、B)继续落实静态管理措施外": standing areas kept ---------------------------------------------

_STANDING = ("经专家组研判,县指挥部决定自11日24时起,金县除现有{level}({places})继续落实静态管理措施外,"
             "其他乡镇、村(社区)有序解除静态管理,逐步恢复常态化疫情防控。")


def test_standing_areas_in_brackets_keep_their_level() -> None:
    text = _STANDING.format(level="高风险区", places="杏花镇镇区、青石村、柳河村,南岗乡龙泉村、桃源村")
    assert by_level(text) == {("high", "金县"): ["杏花镇镇区", "青石村", "柳河村", "南岗乡龙泉村", "桃源村"]}


def test_standing_areas_variants() -> None:
    assert levels_of(_STANDING.format(level="中风险区", places="青石村、柳河村")) == {"medium": ["青石村", "柳河村"]}
    assert levels_of(in_traditional(_STANDING.format(level="高风险区", places="青石村、柳河村"))) \
        == {"high": ["青石村", "柳河村"]}
    assert levels_of(_STANDING.format(level="高风险区", places="青石村、柳河村").translate(HALF_TO_FULL)) \
        == {"high": ["青石村", "柳河村"]}


@settings(max_examples=25, deadline=None)
@given(a=invented_names(PLAIN_SYLLABLES), b=invented_names(PLAIN_SYLLABLES))
def test_standing_areas_property(a: str, b: str) -> None:
    assume(a != b)
    assert levels_of(_STANDING.format(level="高风险区", places=f"{a}村、{b}社区")) == {"high": [f"{a}村", f"{b}社区"]}


def test_a_bracketed_count_or_people_is_no_place() -> None:
    for places in ("共5个", "相关人员"):
        assert "high" not in levels_of(_STANDING.format(level="高风险区", places=places)), places
