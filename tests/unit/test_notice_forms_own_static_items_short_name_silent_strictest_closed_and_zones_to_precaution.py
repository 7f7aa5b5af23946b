"""Forms of the fifty-fifth held-out set: "当前我县疫情形势依然严峻,…,现就进一步加强静态管理有关事项通告如下" over
items of measures only (the notice's own district under static management, its items no places); and a
county-level city by its short name put under silent management with 全域 after the verb ("满洲里实行临时性全域
静默管理", a headline); the whole county's strictest control with every estate and every village closed below
("在全县范围内实行最严格管控措施…各小区…实行封闭管理…各村(屯)仅保留1条出入通道", the county sealed); sealed
and controlled zones lifted, each with its area in brackets, "改为按防范区管理" (the areas precaution zones). Notices
here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fangkong.areas.notice_parsing.normalizing import _divisions
from tests.unit.test_notice_parser_real_forms import (
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    PROVINCES,
    by_level,
    in_traditional,
    invented_names,
)

_ITEMS = ("\n1.停止一切非必要流动。除疫情防控工作人员凭通行证进出外,其他人员“非必要、不外出”。"
          "\n2.主动接受核酸检测。全县居民必须配合村(社区)管理。\n3.全面加强场所管制。")


# --- "现就进一步加强静态管理有关事项通告如下" over items of measures ---------------------------------------------

def test_own_county_static_management_over_items_of_measures() -> None:
    text = ("青禾县新冠肺炎疫情防控工作指挥部通告\n当前我县疫情形势依然严峻,为切实保障广大人民群众健康安全,"
            "根据工作需要,现就进一步加强静态管理有关事项通告如下" + _ITEMS)
    assert by_level(text) == {("silent", "青禾县"): ["青禾县"]}


def test_own_static_management_variants() -> None:
    # a 区's office, 静默 and 实行, full-width colon; traditional characters; a 旗 with 相关事宜 and 特就
    assert by_level("金湾区疫情防控指挥部通告\n鉴于我区疫情形势复杂,现就实行静默管理有关事项通告如下:"
                    "\n一、非必要不外出。\n二、暂停堂食。") == {("silent", "金湾区"): ["金湾区"]}
    assert by_level(in_traditional("青禾县新冠肺炎疫情防控工作指挥部通告\n当前我县疫情形势依然严峻,"
                                   "现就进一步加强静态管理有关事项通告如下" + _ITEMS)) \
        == {("silent", "青禾县"): ["青禾县"]}
    assert by_level("翠峰旗疫情防控指挥部公告\n为尽快阻断我旗疫情传播,特就加强静态管理相关事宜公告如下:"
                    "\n１.停止一切非必要流动。\n２.暂停营业。") == {("silent", "翠峰旗"): ["翠峰旗"]}


def test_own_static_management_near_misses() -> None:
    # a lift of it, a hedge, no own district named: no place read (and no measure read as a place)
    assert by_level("青禾县疫情防控指挥部通告\n当前我县疫情形势趋稳,现就解除静态管理有关事项通告如下" + _ITEMS) \
        .get(("silent", "青禾县")) is None
    assert by_level("青禾县疫情防控指挥部通告\n如疫情扩散,我县将现就加强静态管理有关事项通告如下" + _ITEMS) == {}
    found = by_level("青禾县疫情防控指挥部通告\n当前我县疫情形势依然严峻,现就做好核酸检测有关事项通告如下" + _ITEMS)
    assert all("流动" not in place for places in found.values() for place in places)


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["县", "区", "旗"]), st.sampled_from(["静态", "静默"]))
def test_any_own_district_under_static_management(name: str, kind: str, level: str) -> None:
    assume(name not in PREFECTURE_CITIES and not name.startswith(PROVINCES)
           and not any((name + kind)[start:] in _divisions()[0] for start in range(len(name))))
    text = (f"{name}{kind}新冠肺炎疫情防控指挥部通告\n当前我{kind}疫情形势依然严峻,现就进一步加强{level}管理"
            f"有关事项通告如下" + _ITEMS)
    assert by_level(text) == {("silent", name + kind): [name + kind]}, text


# --- a county-level city by its short name, 全域 after the verb --------------------------------------------

def test_short_name_whole_silent_with_whole_after_the_verb() -> None:
    assert by_level("  满洲里实行临时性全域静默管理\n\n自8月16日23时起实行临时性全域静默管理") \
        == {("silent", "满洲里市"): ["满洲里市"]}


def test_short_name_whole_silent_variants() -> None:
    assert by_level("龙井实行临时性全域静默管理。") == {("silent", "龙井市"): ["龙井市"]}
    assert by_level(in_traditional("尚志實行全域靜默管理")) == {("silent", "尚志市"): ["尚志市"]}
    assert by_level("自８月１６日２３时起,尚志实行全域静态管理。") == {("silent", "尚志市"): ["尚志市"]}


def test_short_name_whole_silent_near_misses() -> None:
    assert by_level("如疫情扩散,满洲里实行临时性全域静默管理。") == {}
    assert by_level("鹤岗实行临时性全域静默管理。") == {}  # a prefecture city's name alone may be its centre
    assert ("silent", "龙井市") not in by_level("龙井实行临时性静默管理。")  # no 全域: not the whole city


_SHORT = sorted(name[:-1] for name in _divisions()[0]
                if name.endswith("市") and len(name) >= 4 and name[:-1] not in PREFECTURE_CITIES
                and not any(name[:-1] + kind in _divisions()[0] for kind in "县区旗"))


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_SHORT), st.sampled_from(["静默", "静态"]), st.sampled_from(["临时性", "", "临时"]))
def test_any_county_level_city_by_short_name(short: str, kind: str, temp: str) -> None:
    assume(not short.startswith(PROVINCES) and short[0] not in "如若")
    text = f"{short}实行{temp}全域{kind}管理。"
    assert by_level(text) == {("silent", short + "市"): [short + "市"]}, text


# --- the whole county's strictest control, every estate and village closed ---------------------------------

_CLOSED = ("1.城区内各小区、单体楼、平房区严格实行封闭管理,只保留一个出入口。各村(屯)仅保留1条出入通道,指派专人值守。"
           "\n2.其他人员一律不得外出。")


def test_strictest_control_with_every_estate_and_village_closed() -> None:
    text = ("青禾县疫情防控指挥部发布消息,经县防指研究决定,在全县范围内实行最严格管控措施。有关事宜通告如下:\n"
            + _CLOSED)
    assert by_level(text) == {("sealed", "青禾县"): ["青禾县"]}


def test_strictest_control_variants() -> None:
    assert by_level("金湾区疫情防控指挥部通告\n决定对全区实行最严格的防控措施,通告如下:\n一、所有小区实行封闭式管理。"
                    "二、所有村庄只保留一个出入口。") == {("sealed", "金湾区"): ["金湾区"]}
    assert by_level("翠峰旗疫情防控指挥部通告\n在全旗范围内实行最严格管控措施:\n１.各小区实行封闭管理;"
                    "２.各村仅保留１个出入口。") == {("sealed", "翠峰旗"): ["翠峰旗"]}
    assert by_level(in_traditional("青禾县疫情防控指挥部发布消息,经县防指研究决定,在全县范围内实行最严格管控措施。"
                                   "有关事宜通告如下:\n" + _CLOSED)) == {("sealed", "青禾县"): ["青禾县"]}


def test_strictest_control_near_misses() -> None:
    # measures for people alone, a hedge, estates closed but no village: no level of the whole
    assert by_level("青禾县疫情防控指挥部通告\n在全县范围内实行最严格管控措施。\n1.居民非必要不外出。"
                    "\n2.暂停堂食。") == {}
    assert by_level("青禾县疫情防控指挥部通告\n如疫情扩散,在全县范围内实行最严格管控措施。\n" + _CLOSED) == {}
    assert ("sealed", "青禾县") not in by_level("青禾县疫情防控指挥部通告\n在全县范围内实行最严格管控措施。\n"
                                             "1.城区内各小区严格实行封闭管理。\n2.暂停堂食。")


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["县", "区", "旗"]), st.sampled_from(["管控", "防控"]))
def test_any_district_strictest_control_closed(name: str, kind: str, word: str) -> None:
    assume(name not in PREFECTURE_CITIES and not name.startswith(PROVINCES)
           and not any((name + kind)[start:] in _divisions()[0] for start in range(len(name))))
    text = (f"{name}{kind}疫情防控指挥部发布消息,决定在全{kind}范围内实行最严格{word}措施。有关事宜通告如下:\n"
            + _CLOSED)
    assert by_level(text) == {("sealed", name + kind): [name + kind]}, text


# --- zones lifted with their areas in brackets, then managed as precaution zones ---------------------------

_BOUNDED = "西至渤海路东侧绿化带,北至金马小区北侧内部路,东至金马小区东侧围墙,南至西金马巷南侧的区域"


def test_zones_lifted_with_bracketed_areas_managed_as_precaution() -> None:
    text = (f"一、自2022年3月29日0时起,解除高新开发区封控区({_BOUNDED})和管控区(金马小区2号楼)的封控管控措施,"
            "改为按防范区管理,有序恢复生产生活秩序。")
    assert by_level(text) == {("precaution", "高新开发区"): [_BOUNDED, "金马小区2号楼"]}


def test_zones_lifted_to_precaution_variants() -> None:
    bounded = "东至解放路,西至人民路,南至中山街,北至建设街的区域"
    assert by_level(f"一、自3月29日0时起,解除城东区封控区({bounded})的封控措施,调整为按防范区管理。") \
        == {("precaution", "城东区"): [bounded]}
    text = in_traditional("解除封控区(幸福小区１号楼)、管控区(幸福小区２号楼)的封控管控措施,改为按防范区管理。")
    assert by_level(text) == {("precaution", None): ["幸福小区1号楼", "幸福小区2号楼"]}
    assert by_level("解除管控区(红星村三组)的管控措施,改为按防范区管理。") == {("precaution", None): ["红星村三组"]}


def test_zones_lifted_to_precaution_near_misses() -> None:
    assert by_level("解除封控区的封控措施,改为按防范区管理。") == {}  # no area
    assert by_level("解除全区封控区(幸福小区1号楼)的封控措施,改为按防范区管理。") == {}  # every zone of the whole
    assert ("precaution", None) not in by_level("如解除封控区(幸福小区1号楼)的封控措施,改为按防范区管理。")
    assert ("precaution", None) not in by_level("解除封控区(幸福小区1号楼)的封控措施,有序恢复生产生活秩序。")


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["幸福小区", "和平里社区", "临江花园2栋", "东风村", "鑫源公寓"]),
                min_size=1, max_size=2, unique=True),
       st.sampled_from(["和", "、"]), st.sampled_from(["改为", "调整为"]))
def test_any_zones_lifted_to_precaution(names: list[str], sep: str, verb: str) -> None:
    zones = sep.join(f"{level}({name})" for level, name in zip(["封控区", "管控区"], names, strict=False))
    text = f"解除{zones}的封控管控措施,{verb}按防范区管理。"
    assert by_level(text) == {("precaution", None): names}, text
