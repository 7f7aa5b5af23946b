"""Forms of notices: a level as the subject of a place in quotation marks ("高风险区是“A”"), the level left
named with the disease and the prevention ("由新冠肺炎疫情防控中风险地区调整为低风险地区"), a lead over numbered
parts ("一、解除范围" … "二、解除时间", "三、温馨提示"), bounds sharing two directions ("东、南至A巷") and a last
bound listing points up to the enclosed area, a post signed in brackets after its last sentence, and a known
county written short before a town and its village committee ("宾阳A镇B村委会C村")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

# --- a level as the subject of a quoted place ----------------------------------------------------------------

def test_quoted_place_after_a_level_as_subject() -> None:
    text = ("目前,本市有高风险区1个,中风险区2个。其中,高风险区是“青山区金桥街道翠湖社区锦园小区3号楼”,实行封控措施,"
            "期间“足不出户,上门服务”。")
    assert by_level(text)[("high", "青山区")] == ["金桥街道翠湖社区锦园小区3号楼"]


def test_quoted_places_after_a_level_as_subject_several() -> None:
    text = "中风险区为“金桥街道星光小区”、“柳湾镇河东村”,实行“人不出区,错峰取物”。"
    assert levels_of(text) == {"medium": ["金桥街道星光小区", "柳湾镇河东村"]}


def test_quoted_place_after_a_level_as_subject_full_width_and_traditional() -> None:
    text = in_traditional("高风险区是“松林街道枫叶社区和顺花园7栋”,实行封控措施。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["松林街道枫叶社区和顺花园7栋"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.integers(1, 30))
def test_quoted_subject_property(name: str, building: int) -> None:
    place = f"金桥街道{name}小区{building}号楼"
    text = f"其中,高风险区是“{place}”,实行封控措施,期间“足不出户,上门服务”。"
    assert levels_of(text) == {"high": [place]}


# --- the level left named with the disease and the prevention ---------------------------------------------------

def test_level_left_named_with_disease_and_prevention() -> None:
    text = ("决定自2022年4月22日零时起,将宾阳县城关镇建安路以西、交通路以南合围地区;宾阳县城关镇建安路北段、"
            "东街社区、纱厂家属院合围地区由新冠肺炎疫情防控中风险地区调整为低风险地区,调整后宾阳县全域均为低风险地区。")
    result = parse_notice(text, default_year=2022)
    assert [c["places"] for c in result["changes"]] == [
        ["城关镇建安路以西、交通路以南合围地区", "城关镇建安路北段、东街社区、纱厂家属院合围地区"]]
    assert (result["changes"][0]["level_from"], result["changes"][0]["level_to"]) == ("medium", "low")


def test_level_left_named_with_the_disease_only() -> None:
    text = "即日起,将柳湾镇河东村由新冠肺炎疫情中风险区调整为低风险区。"
    assert levels_of(text) == {"low": ["柳湾镇河东村"]}


def test_level_left_named_in_traditional_characters() -> None:
    text = in_traditional("自5月2日零时起,将金桥街道星光小区由新型冠状病毒肺炎疫情防控高风险地区调整为中风险地区。")
    assert levels_of(text) == {"medium": ["金桥街道星光小区"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_level_left_named_property(town: str, village: str) -> None:
    text = f"决定自即日起,将{town}镇{village}村由新冠肺炎疫情防控中风险地区调整为低风险地区。"
    assert levels_of(text) == {"low": [f"{town}镇{village}村"]}


# --- a lead over numbered parts: the range lifted, then its time and notes --------------------------------------

_LIFT_PARTS = """现决定即刻起解除星光片区、桃溪片区临时管控要求,现将有关事宜通告如下:
一、解除范围
1.星光片区:北至青松路,南至柳湾大道,西至翠湖公园,东至金桥街、锦园小区到花卉市场沿线合围范围内
2.桃溪坝区域:北至朝霞路,东、南至建材巷,西至沙河路的合围范围内
二、解除时间
自2022年4月22日发布通告时起,解封上述临时管控区域限制
三、温馨提示
请广大市民严格落实常态化疫情防控措施。
"""


def test_lift_parts_end_at_the_time_and_notes() -> None:
    assert levels_of(_LIFT_PARTS) == {"lifted": [
        "星光片区:北至青松路,南至柳湾大道,西至翠湖公园,东至金桥街、锦园小区到花卉市场沿线合围范围内",
        "桃溪坝区域:北至朝霞路,东、南至建材巷,西至沙河路的合围范围内"]}


def test_lift_parts_with_other_closing_parts() -> None:
    text = _LIFT_PARTS.replace("二、解除时间", "二、注意事项").replace("三、温馨提示", "三、工作要求")
    assert len(levels_of(text)["lifted"]) == 2


def test_lift_parts_full_width() -> None:
    text = _LIFT_PARTS.translate(HALF_TO_FULL)
    assert len(levels_of(text)["lifted"]) == 2


def test_bounds_sharing_two_directions() -> None:
    text = "决定解除以下区域管控:\n1.松林片区:北至枫叶路,西、北至桃源巷,东至金桥街,南至柳河的合围范围内\n"
    assert levels_of(text) == {"lifted": ["松林片区:北至枫叶路,西、北至桃源巷,东至金桥街,南至柳河的合围范围内"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES))
def test_lift_parts_property(area: str, road: str, mark: str) -> None:
    item = f"{area}片区:北至{road}路,南至{mark}广场,东至{road}街、{mark}小区到{area}市场沿线合围范围内"
    text = _LIFT_PARTS.replace(
        "星光片区:北至青松路,南至柳湾大道,西至翠湖公园,东至金桥街、锦园小区到花卉市场沿线合围范围内", item)
    assert levels_of(text)["lifted"][0] == item


# --- a post signed in brackets after its last sentence ------------------------------------------------------------

def test_post_signed_in_brackets_gives_its_district() -> None:
    text = (_LIFT_PARTS.replace("\n1.", "\n1.").rstrip("\n")
            + "让我们共同努力,巩固来之不易的疫情防控成果!(宾阳县疫情防控指挥部)\n")
    result = parse_notice(text, default_year=2022)
    assert result["issuer"] == "宾阳县疫情防控指挥部"
    assert {c["district"] for c in result["changes"]} == {"宾阳县"}


def test_post_signed_in_full_width_brackets() -> None:
    text = "将金桥街道星光小区调整为低风险区。请市民做好个人防护。(平南县新冠肺炎疫情防控指挥部)"
    result = parse_notice(text.translate(HALF_TO_FULL), default_year=2022)
    assert result["issuer"] == "平南县新冠肺炎疫情防控指挥部"


def test_bracket_after_a_sentence_that_is_no_office_stays() -> None:
    text = "将金桥街道星光小区调整为低风险区。(以上区域已发布)"
    result = parse_notice(text, default_year=2022)
    assert result["issuer"] is None


# --- a known county written short before a town --------------------------------------------------------------------

def test_short_county_before_a_town() -> None:
    text = "一、封控区\n宾阳太和镇新村村委会石岭村、大塘村\n二、管控区\n柳湾镇河东村委会上村\n"
    assert by_level(text)[("sealed", "宾阳")] == ["太和镇新村村委会石岭村", "大塘村"]


def test_short_county_before_a_town_other_counties() -> None:
    assert ("sealed", "浦北") in by_level("一、封控区\n浦北龙门镇青松村委会翠竹村、石岭村\n")
    assert ("controlled", "陆川") in by_level("二、管控区\n陆川大桥镇金华村委会河东村\n")


def test_town_starting_like_a_county_is_no_short_county() -> None:
    # "宾阳镇" alone: the county's stem and the kind word, no town of its own after it; without the village
    # committee of the rural lists a name in front of a town is read as written
    assert ("sealed", "宾阳") not in by_level("一、封控区\n宾阳镇青松村委会翠竹村\n")
    assert ("sealed", "宾阳") not in by_level("一、封控区\n宾阳太和镇翠竹村\n")


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["宾阳", "平南", "浦北", "博白", "隆安"]), invented_names(PLAIN_SYLLABLES),
       invented_names(PLAIN_SYLLABLES))
def test_short_county_property(county: str, town: str, village: str) -> None:
    text = f"一、封控区\n{county}{town}镇{village}村委会{village}村\n"
    assert by_level(text) == {("sealed", county): [f"{town}镇{village}村委会{village}村"]}
