"""Forms of the fifty-third held-out set: a county's own office lifting the lockdown of its whole territory in the
decision's one sentence, no new level ("决定自5月14日8时起县域内有序解除封控管理", "自…起,有序解除封控状态",
"决定自3月30日起有序解除县域内封控管理"): the county itself, lifted; a lift's heading of the areas under temporary
control of the public space ("一、解除临时社会面管控区域") over a line of communities; named villages' temporary
control written as traffic control (临时交通管制) lifted ("解除A镇B村全村和A镇C村、D镇E村部分区域临时交通管制措施").
Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    PROVINCES,
    by_level,
    in_traditional,
    invented_names,
)

# --- a whole county's lockdown lifted by its own office ------------------------------------------------------

_ITEMS = ("一、继续封控大交通,各村(小区)保留一个出入口。\n二、出租车有序恢复营运。\n")


def test_a_county_lifting_its_whole_lockdown_is_the_county_lifted() -> None:
    text = ("滦平县关于有序解除封控管理的通告\n全县广大居民朋友:\n经研究,决定自5月14日8时起县域内有序解除封控管理,"
            "暂停全员核酸检测,现将有关事项通告如下:\n" + _ITEMS + "滦平县新冠肺炎疫情防控工作领导小组办公室\n"
            "2022年5月13日")
    assert by_level(text) == {("lifted", "滦平县"): ["滦平县"]}


def test_whole_county_lift_variants_reports_cities_traditional_and_full_width() -> None:
    # a report: the office named in the lead, the time a clause of its own before the lift
    report = ("4月6日讯,保定市涞水县疫情防控办公室发布通告称,全县已开展五轮核酸检测。鉴于当前疫情防控形势,"
              "自2022年4月6日20时起,有序解除封控状态,按照解封不解防,有序分级放开。事项通告如下:\n"
              "严格管控大交通。对6个卡口继续严格管理48小时。")
    assert by_level(report) == {("lifted", "涞水县"): ["涞水县"]}
    # a county-level city's 市域, a site's headline as the title
    city = ("霸州市有序解除域内封控管理措施\n3月13日以来,霸州市上下合力实施全域封控管理,核酸检测结果均为阴性。"
            "经研究,决定自3月30日起有序解除市域内封控管理。现将有关事项公告如下:\n一、继续严格管控对外“大交通”。")
    assert by_level(city) == {("lifted", "霸州市"): ["霸州市"]}
    assert by_level("涞水县疫情防控办公室通告\n决定自5月14日8时起全县解除封闭管理。") \
        == {("lifted", "涞水县"): ["涞水县"]}
    assert by_level(in_traditional(report)) == {("lifted", "涞水县"): ["涞水县"]}
    assert by_level(city.translate(HALF_TO_FULL)) == {("lifted", "霸州市"): ["霸州市"]}
    # the silent management of the whole county lifted the same way keeps its level
    changes = list(_changes("涞水县疫情防控办公室通告\n决定自5月14日8时起县域内有序解除静态管理。"))
    assert changes == [("lift", "silent", "涞水县", ["涞水县"])]


def _changes(text: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    return [(c["action"], c["level_from"], c["district"], c["places"])
            for c in parse_notice(text, default_year=2022)["changes"]]


_COUNTIES = ["滦平县", "涞水县", "蠡县", "固安县", "承德县", "博野县", "高阳县", "霸州市", "永清县", "文安县"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_COUNTIES), st.sampled_from(["县域内", "全县", "域内", ""]),
       st.sampled_from(["封控管理", "封控状态", "封闭管理", "封控管理措施"]), st.sampled_from(["有序", "全面", ""]),
       st.integers(min_value=1, max_value=28))
def test_any_county_lifting_its_whole_lockdown_is_itself(county: str, own: str, lockdown: str, how: str,
                                                          day: int) -> None:
    own = own.replace("县", county[-1])  # (a county-level city writes 市域, 全市)
    text = (f"{county}关于有序解除封控管理的通告\n经研究,决定自5月{day}日8时起{own}{how}解除{lockdown},"
            f"现将有关事项通告如下:\n" + _ITEMS + f"{county}疫情防控工作领导小组办公室")
    assert by_level(text) == {("lifted", county): [county]}, text


def test_near_misses_of_a_whole_county_lift_are_not_read() -> None:
    office = "涞水县疫情防控办公室通告\n"
    # a hedge, a plan, a time since, a reason naming a place, a traffic measure or a checkpoint
    assert by_level(office + "如疫情平稳,自5月14日8时起县域内有序解除封控管理。") == {}
    assert by_level(office + "待核酸检测全部阴性后,决定自5月14日起有序解除封控管理。") == {}
    assert by_level(office + "决定自5月14日8时起计划有序解除封控管理。") == {}
    assert by_level(office + "决定自5月14日8时起拟解除封控管理。") == {}
    assert by_level(office + "自5月1日实施封控管理以来,全县核酸检测均为阴性。") == {}
    assert by_level(office + "由于东风村连续7天无新增,决定自5月14日8时起解除封控管理。") == {}
    assert by_level(office + "决定自5月14日8时起解除交通管制。") == {}
    assert by_level(office + "决定自5月14日8时起解除卡口封控管理。") == {}
    # a prefecture city's office names no county
    assert by_level("石家庄市疫情防控办公室通告\n决定自5月14日8时起市域内有序解除封控管理。") == {}
    # beside a place lifted, the whole territory's lift is no place of its own
    assert by_level(office + "决定自5月14日起,解除东风村封控管理;\n决定自5月14日8时起县域内有序解除封控管理。") \
        == {("lifted", "涞水县"): ["东风村"]}


# --- "解除临时社会面管控区域" over a line of communities ----------------------------------------------------

_PUBLIC_LEAD = ("12月2日,某经开区应对疫情应急指挥部发布通告。决定自12月2日22时起,解除兴文街道部分区域临时社会面管控"
                "措施,现通告如下:\n")
_PUBLIC_TAIL = "\n二、防控措施\n(一)坚持解封不解防。\n(二)其他临时社会面管控区域将根据疫情防控形势有序解除。"


def test_areas_of_temporary_public_control_lifted_are_the_communities_below() -> None:
    text = _PUBLIC_LEAD + "一、解除临时社会面管控区域\n金华街道东风社区、长安社区、胜利社区" + _PUBLIC_TAIL
    assert by_level(text) == {("lifted", "某经开区"): ["金华街道东风社区", "长安社区", "胜利社区"]}


def test_public_control_area_lift_variants() -> None:
    text = _PUBLIC_LEAD + "一、解除社会面临时管控区域\n丽泽街道星河社区、瑞康社区" + _PUBLIC_TAIL
    assert by_level(text) == {("lifted", "某经开区"): ["丽泽街道星河社区", "瑞康社区"]}
    trad = _PUBLIC_LEAD + "一、解除临时社会面管控区域\n金华街道东风社区、长安社区" + _PUBLIC_TAIL
    assert by_level(in_traditional(trad)) == {("lifted", "某经开区"): ["金华街道东风社区", "长安社区"]}
    assert by_level(trad.translate(HALF_TO_FULL)) == {("lifted", "某经开区"): ["金华街道东风社区", "长安社区"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=4, unique=True), invented_names(PLAIN_SYLLABLES))
def test_any_communities_under_a_public_control_lift_heading_are_lifted(names: list[str], street: str) -> None:
    places = [f"{street}街道{names[0]}社区"] + [f"{name}社区" for name in names[1:]]
    assume(not any(name in PREFECTURE_CITIES or name.startswith(PROVINCES) for name in [street, *names]))
    text = _PUBLIC_LEAD + "一、解除临时社会面管控区域\n" + "、".join(places) + _PUBLIC_TAIL
    assert by_level(text) == {("lifted", "某经开区"): places}, text


def test_public_control_measures_are_no_place() -> None:
    assert by_level("解除丽泽街道部分区域临时社会面管控措施。") == {}
    assert by_level("继续加强社会面管控区域巡查。") == {}


# --- villages' temporary traffic control lifted ------------------------------------------------------------

def test_villages_temporary_traffic_control_lifted_are_the_villages() -> None:
    text = ("从10月23日0时起,解除金华镇东风村全村和金华镇长安村、星河镇胜利村部分区域临时交通管制措施,"
            "转入常态化疫情防控。")
    assert by_level(text) == {("lifted", None): ["金华镇东风村全村", "金华镇长安村", "星河镇胜利村部分区域"]}


def test_village_traffic_control_variants() -> None:
    assert by_level("从10月23日0时起,解除东风村、长安社区临时交通管制。") == {("lifted", None): ["东风村", "长安社区"]}
    assert by_level("即日起解除瑞康镇星河村的临时交通管制措施。") == {("lifted", None): ["瑞康镇星河村"]}
    text = "从10月23日0时起,解除瑞康镇星河村全村和瑞康镇丽泽村、兴盛镇春晓村部分区域临时交通管制措施。"
    places = ["瑞康镇星河村全村", "瑞康镇丽泽村", "兴盛镇春晓村部分区域"]
    assert by_level(in_traditional(text)) == {("lifted", None): places}
    assert by_level(text.translate(HALF_TO_FULL)) == {("lifted", None): places}


@settings(max_examples=30, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=4, unique=True), invented_names(PLAIN_SYLLABLES))
def test_any_villages_with_their_traffic_control_lifted_are_lifted(names: list[str], town: str) -> None:
    assume(not any(name in PREFECTURE_CITIES or name.startswith(PROVINCES) for name in [town, *names]))
    places = [f"{town}镇{name}村" for name in names]
    text = "从10月23日0时起,解除" + "、".join(places) + "临时交通管制措施,转入常态化疫情防控。"
    assert by_level(text) == {("lifted", None): places}, text


def test_traffic_control_of_roads_and_checkpoints_is_no_place() -> None:
    assert by_level("从10月23日0时起,解除长安路临时交通管制措施。") == {}
    assert by_level("从10月23日0时起,解除金华镇东风村卡口临时交通管制。") == {}
    assert by_level("从10月23日0时起,解除进出车辆临时交通管制。") == {}
