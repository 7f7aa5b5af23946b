"""Forms of the forty-first held-out set (n41): house numbers with the kind of house written once after the
last ("A路9巷7号、8号、9号房屋"); a county's every town, eleven or more, before one exception
("A镇、B镇、…、K镇(除封控区以外)区域"); towns' jurisdiction before the exception
("A镇、B镇辖区内除高风险区之外的区域"); an area around a centre with its district after the opening 以
("以A市B镇C路为中心,西至…"); the office's own district's whole area under silent management with no name
before 全域 ("A市…指挥部发布通告:决定于…起在全域开展静默管理"); a spam copy's headline fragments inserted
after 、 inside places. Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

# --- "A路9巷7号、8号、9号房屋" ------------------------------------------------------------------------------


def test_house_numbers_with_their_kind_written_once_are_one_place() -> None:
    text = "经综合研判,将青溪镇“杏花路3巷1号、2号、5号房屋”划定为高风险区域,实行封控措施。"
    assert levels_of(text) == {"high": ["青溪镇杏花路3巷1号、2号、5号房屋"]}


def test_house_kind_variants() -> None:
    assert levels_of("将白石镇柳河路12号、14号住房划定为高风险区域。") == {"high": ["白石镇柳河路12号、14号住房"]}
    assert levels_of(in_traditional("将龙泉镇石门街3号、4号、7号居民房划为中风险区。")) \
        == {"medium": ["龙泉镇石门街3号、4号、7号居民房"]}
    assert levels_of("高风险区:南岗村东坡路8号、9号房屋;柳河村。".translate(HALF_TO_FULL)) \
        == {"high": ["南岗村东坡路8号、9号房屋", "柳河村"]}


def test_houses_on_two_roads_each_written_whole_stay_two_places() -> None:
    # (ordinary wording: a second road named with its own number is a place of its own)
    assert levels_of("将青溪镇杏花路1号、柳河路2号房屋划定为高风险区域。") \
        == {"high": ["青溪镇杏花路1号", "柳河路2号房屋"]}
    assert levels_of("将青溪镇杏花路1号、2号楼划定为高风险区域。") == {"high": ["青溪镇杏花路1号、2号楼"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.lists(st.integers(1, 99), min_size=2, max_size=5, unique=True),
       st.sampled_from(["房屋", "住房", "居民房"]))
def test_any_run_of_houses_with_its_kind_is_one_place(road: str, numbers: list[int], kind: str) -> None:
    assume(road[-1] not in "路街村镇")
    place = f"青溪镇{road}路" + "、".join(f"{n}号" for n in numbers) + kind
    assert levels_of(f"将{place}划定为高风险区域。") == {"high": [place]}


# --- "A镇、B镇、…、K镇(除封控区以外)区域" ---------------------------------------------------------------------

_TOWNS = ["青溪镇", "白石镇", "柳塘镇", "杏花镇", "南岗乡", "龙泉镇", "石门镇", "东坡镇", "桃源乡", "松柏镇",
          "金沙镇", "银杏镇", "枫林镇"]


def test_a_countys_every_town_before_one_exception_is_one_place() -> None:
    place = "、".join(_TOWNS[:11]) + "(除封控区以外)区域"
    assert levels_of(f"一、封控区\n柳河村。\n二、管控区\n{place};新区全域。") \
        == {"sealed": ["柳河村"], "controlled": [place, "新区全域"]}


def test_town_run_variants() -> None:
    place = "、".join(_TOWNS) + "除高风险区以外的其他区域"
    assert levels_of(f"二、中风险区\n{place}。") == {"medium": [place]}
    place = "、".join(_TOWNS[:12]) + "(除封控区以外)区域"
    assert levels_of(in_traditional(f"二、管控区\n{place}。")) == {"controlled": [place]}
    place = "、".join(_TOWNS[1:12]) + "(除封控区以外)区域"
    assert levels_of(f"管控区:{place}。".translate(HALF_TO_FULL)) == {"controlled": [place]}


def test_towns_without_an_exception_stay_one_a_place() -> None:
    # (ordinary wording: towns listed without a shared rest are each a place)
    assert levels_of("二、管控区\n" + "、".join(_TOWNS[:11]) + "。") == {"controlled": _TOWNS[:11]}


@settings(max_examples=20, deadline=None)
@given(st.integers(2, 13), st.sampled_from(["(除封控区以外)区域", "除高、中风险区以外的其他区域"]))
def test_any_number_of_towns_before_one_exception_is_one_place(n: int, rest: str) -> None:
    place = "、".join(_TOWNS[:n]) + rest
    assert levels_of(f"二、管控区\n{place}。") == {"controlled": [place]}


# --- "A镇、B镇辖区内除高风险区之外的区域" ---------------------------------------------------------------------


def test_towns_jurisdiction_before_the_exception_is_one_place() -> None:
    text = "决定自8月23日起,青溪镇、白石镇辖区内除高风险区之外的区域,划定为中风险区。"
    assert levels_of(text) == {"medium": ["青溪镇、白石镇辖区内除高风险区之外的区域"]}


def test_jurisdiction_variants() -> None:
    assert levels_of("将柳塘镇、杏花镇辖区除高风险区以外的区域划定为中风险区。") \
        == {"medium": ["柳塘镇、杏花镇辖区除高风险区以外的区域"]}
    assert levels_of(in_traditional("将龙泉镇、石门镇范围内除封控区以外的区域划为管控区。")) \
        == {"controlled": ["龙泉镇、石门镇范围内除封控区以外的区域"]}
    assert levels_of("中风险区:东坡镇、桃源乡辖区内除高风险区外的区域。".translate(HALF_TO_FULL)) \
        == {"medium": ["东坡镇、桃源乡辖区内除高风险区外的区域"]}


def test_towns_jurisdiction_with_a_market_closed_is_no_exception() -> None:
    # (ordinary wording near the trigger: a market closed in the towns is no rest of them)
    assert levels_of("将青溪镇、白石镇划定为中风险区。青溪镇辖区内农贸市场实行封闭管理。").get("medium") \
        == ["青溪镇", "白石镇"]


# --- "以A市B镇C路为中心,西至…" ----------------------------------------------------------------------------


def test_an_area_around_a_centre_with_its_district_after_the_opening() -> None:
    text = "决定自8月23日起,以霸州市青溪镇松柏路为中心,西至107国道,东至工业西路,南至白石村,北至学校街,划定为高风险区。"
    assert by_level(text) == {
        ("high", "霸州市"): ["以青溪镇松柏路为中心,西至107国道,东至工业西路,南至白石村,北至学校街"]}


def test_centre_variants() -> None:
    assert by_level("将以三河市柳塘镇杏花广场为中心,东至龙泉路,西至石门街的区域划定为中风险区。") \
        == {("medium", "三河市"): ["以柳塘镇杏花广场为中心,东至龙泉路,西至石门街的区域"]}
    assert by_level(in_traditional("自即日起,以迁安市白石镇东坡路为中心,南至南岗村,北至松柏街,划定为高风险区。")) \
        == {("high", "迁安市"): ["以白石镇东坡路为中心,南至南岗村,北至松柏街"]}
    text = "自即日起,以定州市桃源街道金沙路为中心,东至银杏路,西至枫林街,划定为高风险区。"
    assert by_level(text.translate(HALF_TO_FULL)) \
        == {("high", "定州市"): ["以桃源街道金沙路为中心,东至银杏路,西至枫林街"]}


def test_a_centre_without_a_district_keeps_its_opening() -> None:
    assert levels_of("自即日起,以青溪镇松柏路为中心,西至107国道,北至学校街,划定为高风险区。") \
        == {"high": ["以青溪镇松柏路为中心,西至107国道,北至学校街"]}


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.sampled_from(["霸州市", "三河市", "迁安市"]))
def test_any_centre_with_its_district_after_the_opening(town: str, road: str, district: str) -> None:
    assume(road[-1] not in "路街村镇" and town[-1] not in "路街村镇")
    area = f"{town}镇{road}路为中心,西至石门街,北至学校街"
    assert by_level(f"自即日起,以{district}{area},划定为高风险区。") == {("high", district): ["以" + area]}


# --- "A市…指挥部发布通告:决定于…起在全域开展静默管理" -----------------------------------------------------------


def test_the_offices_whole_area_under_silent_management() -> None:
    text = ("廊坊市霸州市新冠肺炎疫情防控指挥部发布通告:决定于2022年8月23日0时起在全域开展静默管理,实行临时管控,"
            "并组织所有人员核酸检测。")
    assert by_level(text) == {("silent", "霸州市"): ["霸州市"]}


def test_whole_area_silent_variants() -> None:
    assert by_level("三河市疫情防控指挥部通告:决定自9月1日起在全域实行临时静默管理。") \
        == {("silent", "三河市"): ["三河市"]}
    assert by_level(in_traditional("迁安市新冠肺炎疫情防控指挥部發布通告:決定於9月2日0時起在全域實施靜態管理。")) \
        == {("silent", "迁安市"): ["迁安市"]}
    text = "定州市疫情防控领导小组发布通告:决定于9月3日起在全域开展静默管理,实行临时管控。"
    assert by_level(text.translate(HALF_TO_FULL)) \
        == {("silent", "定州市"): ["定州市"]}


def test_whole_area_testing_is_no_management() -> None:
    # (ordinary wording: testing over the whole area, people and vehicles, sets no level)
    text = "霸州市新冠肺炎疫情防控指挥部发布通告:决定于9月1日起在全域开展全员核酸检测,人员车辆有序流动。"
    assert by_level(text) == {}


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["霸州市", "三河市", "迁安市", "定州市"]), st.sampled_from(["开展", "实行", "实施"]),
       st.sampled_from(["静默", "静态", "临时静默"]))
def test_any_offices_whole_area_silent(district: str, verb: str, kind: str) -> None:
    text = f"{district}新冠肺炎疫情防控指挥部发布通告:决定于9月1日起在全域{verb}{kind}管理。"
    assert by_level(text) == {("silent", district): [district]}


# --- a spam copy's headline fragments after 、 -------------------------------------------------------------

_HEADLINE = "最新通告!山东青州市龙泉县划定2高风险区1中风险区"
_SPAMMED = (_HEADLINE + "\n根据防控方案,最新青州结合当前疫情防控工作需要,经研判,州市定高将我县全域划定为高风险区、"
            "龙泉中风险区和低风险区三类区域,县划实行分类管控。风险风险现将有关事项通告如下:\n"
            "一、高风险区(2个):龙泉县杏花小区;龙泉县柳河路以西、最新青州松柏路以南、通告石门路以北、山东东坡路以东合围区域。州市定高\n"
            "二、中风险区(1个):龙泉县金沙路以北、银杏路以南合围区域。")


def test_headline_fragments_inside_a_spammed_place_are_dropped() -> None:
    assert levels_of(_SPAMMED) == {"high": ["杏花小区", "柳河路以西、松柏路以南、石门路以北、东坡路以东合围区域"],
                                   "medium": ["金沙路以北、银杏路以南合围区域"]}


def test_headline_fragment_variants() -> None:
    assert levels_of(in_traditional(_SPAMMED)) == levels_of(_SPAMMED)
    assert levels_of(_SPAMMED.translate(HALF_TO_FULL)) == levels_of(_SPAMMED)
    spammed = _SPAMMED.replace("龙泉县柳河路以西、最新青州松柏路以南", "龙泉县柳河路以西、最新松柏路以南")
    assert levels_of(spammed)["high"][1] == "柳河路以西、松柏路以南、石门路以北、东坡路以东合围区域"


def test_a_place_the_headline_names_is_kept_in_a_spammed_copy() -> None:
    # (a place after 、 that the headline goes on with, "龙泉县…", is no fragment)
    text = _SPAMMED.replace("龙泉县杏花小区;", "龙泉县杏花小区、龙泉县青石村;")
    assert levels_of(text)["high"][:2] == ["杏花小区", "青石村"]


def test_an_ordinary_notice_under_its_headline_keeps_its_places() -> None:
    # (no spam: the headline's words at the start of a place are the place's)
    text = ("龙泉县划定高风险区的通告\n经研判,以下区域划定为高风险区:\n龙泉县杏花小区、通告巷5号、山东路8号。\n"
            "农贸市场实行封闭管理。")
    assert levels_of(text)["high"] == ["杏花小区", "通告巷5号", "山东路8号"]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["最新", "通告", "山东", "最新青州", "州市定高"]))
def test_any_fragment_after_a_separator_in_a_spammed_copy(road: str, fragment: str) -> None:
    # (a road whose first character the headline goes on with, "定高" then "风…", would be read as more of it)
    assume(road[-1] not in "路街村镇" and road[0] not in _HEADLINE)
    text = _SPAMMED.replace("、通告石门路以北", f"、{fragment}{road}路以北")
    assert levels_of(text)["high"][1] == f"柳河路以西、松柏路以南、{road}路以北、东坡路以东合围区域"
