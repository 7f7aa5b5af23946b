"""Forms of notices that name a zone after the district their list names ("海门区A门诊部;海门港新区B公司": the zone
lies in that district, no district of its own), give their title only in book-title marks at the end of a repost's
lead line ("江阴发布 …《A市疫情防控通告(2022年第23号)》:"), close a run-on list with 和 before a comma and its
measures ("…、A市场和B街道C府77幢,区域内人员严格执行…"), put places under a level for the time being ("A镇其他区域
临时按照管控区管理", "A、B暂继续按照封控区管理") or lower them from the management they were under ("A屯和B社区C屯
由按照封控区管理降为管控区管理", 屯 closing a hamlet's name as 村 does), close a run of "以X" bounds with a last
"东至…的合围区域", and, under level headings, run a place closed by its note straight into its measures ("A小区10栋
(B轩)实行“…”"). Each form in variants written here (invented places, the wording of the real forms: other districts,
kinds of place, separators, traditional characters, full-width punctuation), and properties over generated parts."""

from __future__ import annotations

import pytest
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

name = invented_names(PLAIN_SYLLABLES, 2, 3)
# Syllables that make a word with 和 before them ("和平", "和兴", "和光"): a name after 和 starting with one may be
# read as one name with it.
HE_STARTS = "平谐睦美顺兴悦煦润盛鸣风园苑居家乐畅泰嘉光义安"


# --- a zone named after the district the list names lies in that district ------------------------------

ZONE_LEAD = ("关于调整部分区域疫情风险等级的通告\n根据有关规定,经研判,决定对我区部分区域疫情风险等级进行调整,"
             "现将有关事项通告如下:\n")


@pytest.mark.parametrize(("district", "zone", "text"), [
    ("海门区", "海门港新区", "1.将金湖街道翠苑小区、龙峰商城由中风险区调整为低风险区;\n"
                         "2.将海门区桃源门诊部、春晓市场;海门港新区锦绣风电(锦绣风电宿舍1期D幢除外)由中风险区调整为低风险区。"),
    ("余杭区", "余杭滨湖新区", "1.将余杭区星峰超市、福瑞花园、余杭滨湖新区泰康电子有限公司由高风险区调整为中风险区。"),
    ("江宁区", "江宁临空新区", "1.將江寧區光華藥店、江寧臨空新區晨曦物流倉庫由中風險區調整為低風險區。"),
])
def test_a_zone_named_after_the_listed_district_lies_in_it(district: str, zone: str, text: str) -> None:
    text = ZONE_LEAD + text
    text = in_traditional(text) if "將" in text else text
    result = by_level(text)
    places = [place for found in result.values() for place in found]
    assert {d for _level, d in result} == {district}
    assert any(place.startswith(zone) for place in places)


def test_a_zone_named_after_the_listed_district_full_width() -> None:
    text = (ZONE_LEAD + "1.将海门区金华门诊部(北门)、海门港新区长风公司(长风公司宿舍除外)由中风险区调整为低风险区。"
            ).translate(HALF_TO_FULL)
    assert by_level(text) == {("low", "海门区"): ["金华门诊部(北门)", "海门港新区长风公司(长风公司宿舍除外)"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["海门区", "余杭区", "江宁区", "金州区"]), name,
       st.sampled_from(["港新区", "滨湖新区", "临空新区"]), name, st.sampled_from(["、", ";"]),
       st.sampled_from(["有限公司", "物流园", "风电"]))
def test_any_zone_named_after_the_listed_district_lies_in_it(district: str, first: str, zone_kind: str, second: str,
                                                             sep: str, kind: str) -> None:
    zone = district[:-1] + zone_kind
    text = ZONE_LEAD + f"1.将{district}{first}门诊部{sep}{zone}{second}{kind}由中风险区调整为低风险区。"
    assert by_level(text) == {("low", district): [f"{first}门诊部", f"{zone}{second}{kind}"]}


# --- the title in book-title marks at the end of a repost's lead line ---------------------------------

@pytest.mark.parametrize(("lead", "city", "places"), [
    ("江阴发布 2022-05-03 14:01《江阴市疫情防控通告(2022年第23号)》:", "江阴市",
     "金华村、江阴市龙峰实验学校、春晓路8号诊所"),
    ("宜兴发布 5月4日《宜兴市新冠肺炎疫情防控指挥部通告(第5号)》", "宜兴市", "翠苑社区、宜兴市星峰幼儿园"),
    ("平遥在线 2022-06-01《平遥县疫情防控工作通告(2022年第8号)》:", "平遥县", "锦绣村、平遥县光华中学、福瑞家园"),
])
def test_a_title_in_book_title_marks_ending_the_lead_line_names_the_district(lead: str, city: str,
                                                                             places: str) -> None:
    text = f"{lead}\n一、经专家组研判,现对以下地区临时按照封控区管理:{places},区域内人员足不出户。"
    result = by_level(text)
    assert {d for _level, d in result} == {city}
    assert len(result[("sealed", city)]) == len(places.split("、"))


def test_a_title_in_book_title_marks_in_traditional_with_full_width_colon() -> None:
    text = in_traditional("江陰發布 2022-05-03《江阴市疫情防控通告(2022年第23号)》:\n"
                          "一、现对以下地区临时按照封控区管理:金华村、江阴市龙峰学校,区域内人员足不出户。").translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "江阴市"): ["金华村", "龙峰学校"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["江阴市", "宜兴市", "如皋市", "滑县", "中宁县"]), name, name,
       st.sampled_from(["疫情防控通告", "新冠肺炎疫情防控指挥部通告", "疫情防控工作通告"]), st.integers(1, 60))
def test_any_title_in_book_title_marks_names_the_district(city: str, first: str, second: str, kind: str,
                                                          number: int) -> None:
    text = (f"{city[:2]}发布 2022-05-03 14:01《{city}{kind}(2022年第{number}号)》:\n"
            f"一、现对以下地区临时按照封控区管理:{first}村、{city}{second}小学,区域内人员足不出户。")
    assert by_level(text) == {("sealed", city): [f"{first}村", f"{second}小学"]}


# --- the last place joined by 和 before a comma and the list's measures -------------------------------

@pytest.mark.parametrize(("items", "expected"), [
    ("金华村、光华路84号诊所、春晓轻纺市场和翠苑街道龙峰府77幢",
     ["金华村", "光华路84号诊所", "春晓轻纺市场", "翠苑街道龙峰府77幢"]),
    ("锦绣社区、星峰小区和福瑞镇泰康家园3栋", ["锦绣社区", "星峰小区", "福瑞镇泰康家园3栋"]),
    ("阳光花园、长风医院和胜利乡桃丽公寓2号楼", ["阳光花园", "长风医院", "胜利乡桃丽公寓2号楼"]),
])
def test_and_before_the_last_place_then_a_comma_and_measures(items: str, expected: list[str]) -> None:
    text = (f"平遥县疫情防控通告\n一、现对以下地区按照封控区管理:{items},"
            "区域内人员严格执行居家隔离措施(足不出户,服务上门)。")
    assert levels_of(text) == {"sealed": expected}
    assert levels_of(in_traditional(text).translate(HALF_TO_FULL)) == {"sealed": expected}


@settings(max_examples=25, deadline=None)
@given(name, name, name, st.sampled_from(["市场", "小区", "医院"]), st.sampled_from(["街道", "镇"]),
       st.sampled_from(["区域内人员严格执行居家隔离措施", "区域内实行足不出户管理措施"]))
def test_any_last_place_after_and_before_the_measures_is_its_own(first: str, second: str, third: str, kind: str,
                                                                 town: str, measures: str) -> None:
    # ("和兴…", "和光…": 和 with the next name's first syllable may be a name of its own, "和兴金街道"; ambiguous)
    assume(third[0] not in HE_STARTS)
    text = (f"平遥县疫情防控通告\n一、现对以下地区按照封控区管理:{first}村、{second}{kind}和{third}{town}锦绣府8幢,"
            f"{measures}。")
    assert levels_of(text) == {"sealed": [f"{first}村", f"{second}{kind}", f"{third}{town}锦绣府8幢"]}


# --- places under a level for the time being, or lowered from the management they were under -----------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("二、金华镇其他区域临时按照管控区管理,实施以下防控措施:", {"controlled": ["金华镇其他区域"]}),
    ("二、光华街道其他区域暂时按照防范区管理,实施以下防控措施:", {"precaution": ["光华街道其他区域"]}),
    ("二、龍峰鎮翠苑村臨時按照封控區管理,區域內人員足不出戶。", {"sealed": ["龙峰镇翠苑村"]}),
])
def test_places_under_a_level_for_the_time_being(sentence: str, expected: dict[str, list[str]]) -> None:
    text = f"滑县疫情防控通告(2022年第23号)\n一、经研判,现将有关事项通告如下:\n{sentence}\n1、区域内居民人不出区。"
    assert levels_of(text) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("一、自4月9日零时起,丰华街道金山社区小康示范屯和谷阳社区袁屯由按照封控区管理降为管控区管理,实行“人不出屯”的防控措施。",
     {"controlled": ["丰华街道金山社区小康示范屯", "谷阳社区袁屯"]}),
    ("一、自4月9日零时起,金山社区星峰屯和锦绣社区泰康屯由按封控区管理调整为防范区管理,严格限制人员聚集。",
     {"precaution": ["金山社区星峰屯", "锦绣社区泰康屯"]}),
    ("二、铁西街道南光社区孙屯、丰华街道伴山小区、丰华街道普东社区车屯暂继续按照封控区管理,待核酸检测结果无异常后解除。",
     {"sealed": ["铁西街道南光社区孙屯", "丰华街道伴山小区", "丰华街道普东社区车屯"]}),
    ("二、福瑞社区王屯、春晓小区暂时继续按照封控区管理,待评估后解除。", {"sealed": ["福瑞社区王屯", "春晓小区"]}),
])
def test_places_lowered_from_the_management_they_were_under_or_kept_for_now(
        sentence: str, expected: dict[str, list[str]]) -> None:
    text = ("关于有序解除部分居民小区封控管理的公告\n"
            "根据普兰店区新冠肺炎疫情防控总指挥部《关于有序解除封控管理的通告》精神,"
            f"现就有关事宜公告如下:\n{sentence}")
    assert levels_of(text) == expected
    assert levels_of(in_traditional(text).translate(HALF_TO_FULL)) == expected


@settings(max_examples=25, deadline=None)
@given(name, name, name, name, st.sampled_from(["降为", "调整为"]), st.sampled_from(["按照", "按"]),
       st.sampled_from(["暂", "暂时", "暂时继续"]))
def test_any_hamlets_lowered_or_kept_under_a_level(first: str, second: str, third: str, fourth: str, verb: str,
                                                   by: str, for_now: str) -> None:
    # (a hamlet's bare name never holds a word the parser reads after 屯 or before 社区)
    assume(len({first, second, third, fourth}) == 4)
    assume(third[0] not in HE_STARTS)  # (as above: "和兴…" may be a name of its own)
    text = ("关于有序解除部分居民小区封控管理的公告\n现就有关事宜公告如下:\n"
            f"一、自4月9日零时起,{first}社区{second}屯和{third}社区{fourth}屯由{by}封控区管理{verb}管控区管理。\n"
            f"二、{fourth}社区{first}屯、{second}小区{for_now}按照封控区管理,待评估后解除。")
    keep = "继续" if "继续" in for_now else ""
    assert keep or for_now in ("暂", "暂时")
    assert levels_of(text) == {"controlled": [f"{first}社区{second}屯", f"{third}社区{fourth}屯"],
                               "sealed": [f"{fourth}社区{first}屯", f"{second}小区"]}


# --- a run of "以X" bounds closed by a last "东至…的合围区域" -------------------------------------------

@pytest.mark.parametrize("area", [
    "金华大道以南、沪昆铁路以北、江山港以东、东至王家村东侧村道的合围区域",
    "光华路以东、翠苑河以西、北至长风大道的合围区域",
    "星峰路以北、锦绣街以南、西到福瑞村西侧机耕路的区域",
])
def test_a_run_of_bounds_closed_by_a_last_bound_to_is_one_area(area: str) -> None:
    text = f"柯城区关于疫情防控“三区”调整的通告\n二、管控区:元立炼钢厂,{area},金华村。"
    assert levels_of(text) == {"controlled": ["元立炼钢厂", area, "金华村"]}
    assert levels_of(in_traditional(text).translate(HALF_TO_FULL)) == {"controlled": ["元立炼钢厂", area, "金华村"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(name, st.sampled_from(["路", "大道", "河", "铁路"])), min_size=2, max_size=3),
       st.sampled_from(["以南", "以北", "以东", "以西"]), name, st.sampled_from(["东至", "西至", "南至", "北到"]),
       st.sampled_from(["的合围区域", "合围区域", "的区域"]))
def test_any_run_of_bounds_closed_by_a_last_bound_to(roads: list[tuple[str, str]], side: str, last: str, to: str,
                                                     end: str) -> None:
    area = "、".join(f"{n}{kind}{side}" for n, kind in roads) + f"、{to}{last}村东侧村道{end}"
    text = f"柯城区关于疫情防控“三区”调整的通告\n二、管控区:元立炼钢厂,{area},金华村。"
    assert levels_of(text) == {"controlled": ["元立炼钢厂", area, "金华村"]}


# --- under level headings, a place closed by its note runs straight into its measures -----------------

NOTED_LEAD = "根据疫情防控形势,经研究决定,自2022年6月27日8时起,金华镇封控区、管控区、防范区划定如下:\n"


@pytest.mark.parametrize(("body", "expected"), [
    ("一、封控区\n金华镇翠苑豪庭10栋(朗月轩)经流调确认为密切接触者的人员,要求实施集中隔离。\n"
     "二、管控区\n金华镇翠苑豪庭11栋(朗逸轩)实行“足不出区,错峰取物”。不到万不得已不要出门。\n"
     "三、防范区\n金华镇其他建筑(朗月轩、朗逸轩除外)均采取了“强化社会面管控,严格限制人员聚集”的管理措施。",
     {"sealed": ["金华镇翠苑豪庭10栋(朗月轩)"], "controlled": ["金华镇翠苑豪庭11栋(朗逸轩)"],
      "precaution": ["金华镇其他建筑(朗月轩、朗逸轩除外)"]}),
    # (a machine-reworded copy's words for the levels and its "二。")
    ("一、密封控制区\n星峰花园3栋(东区)实施“足不出户,上门服务”。\n二。控制区域\n星峰花园5栋(东区)执行“足不出区”。",
     {"sealed": ["星峰花园3栋(东区)"], "controlled": ["星峰花园5栋(东区)"]}),
    ("一、封控区\n锦绣村7组(王家湾)經核查認定為密接的人員,一律集中隔離。\n二、防范区\n锦绣村其他建筑(7组除外)一律实行“人不出村”。",
     {"sealed": ["锦绣村7组(王家湾)"], "precaution": ["锦绣村其他建筑(7组除外)"]}),
])
def test_a_noted_place_running_into_its_measures_ends_at_its_note(body: str, expected: dict[str, list[str]]) -> None:
    text = NOTED_LEAD + body
    assert levels_of(text) == expected
    assert levels_of(in_traditional(text).translate(HALF_TO_FULL)) == expected


@settings(max_examples=25, deadline=None)
@given(name, st.integers(1, 30), name, st.sampled_from(["实行", "实施", "均采取了", "执行"]),
       st.sampled_from(["封控区", "管控区", "防范区"]))
def test_any_noted_place_running_into_its_measures(estate: str, building: int, note: str, verb: str,
                                                   level: str) -> None:
    text = NOTED_LEAD + f"一、{level}\n{estate}花园{building}栋({note}轩){verb}“足不出区,错峰取物”。"
    expected = {"封控区": "sealed", "管控区": "controlled", "防范区": "precaution"}[level]
    assert levels_of(text) == {expected: [f"{estate}花园{building}栋({note}轩)"]}
