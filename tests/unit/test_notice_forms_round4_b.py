"""Forms of the tenth held-out set (round 4, notices 211-218): a closing sentence under a list that refers back
to it ("即日起,将上述区域划定为高风险区。"), the rest of a district written with a note on what it includes
("A市B区(包括C开发区、D度假区)除高风险区以外的其他区域"), what an area written as its bounds takes in
("…以北区域,涉及A社区15组、16组"), the district a lead names together with the street its places lie in
("4月3日凌晨,如皋市城北街道发现1例…"). Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import by_level

_PLACES = ["东风街道幸福里小区3号楼", "新华街道光明社区2号楼1单元", "城关镇南门村", "滨河路88号金港大厦",
           "东门菜市场", "桃源乡石桥村"]
_LEADS = ["即日起,", "自即日起,", "11月29日0时起,", "自2022年11月29日0时起,", "即日起", "自11月29日12时起"]
_REFERENCES = ["将上述区域", "上述区域", "把以上区域", "将以上3个区域", "将上述点位", "将前述地区"]


# "高青县\nA\nB\n即日起,将上述区域划定为高风险区。": the sentence under a list of one place a line is its verb
# over the places above, no item: neither "即日起" nor "将上述区域" is a place.
@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_PLACES), min_size=1, max_size=4, unique=True), st.sampled_from(_LEADS),
       st.sampled_from(_REFERENCES), st.sampled_from(["划定为高风险区", "划为高风险区", "调整为高风险区"]))
def test_a_closing_sentence_refers_back_to_the_list(places: list[str], lead: str, reference: str, verb: str) -> None:
    lines = "\n".join(places)
    text = (f"经综合研判,决定对下列区域风险等级进行调整:\n一、新增高风险区\n江北区\n{lines}\n"
            f"{lead}{reference}{verb}。\n"
            "二、调整为低风险区\n南岸区\n花园路16号院\n将上述区域调整为低风险区。\n其他区域风险等级不变。")
    assert by_level(text) == {("high", "江北区"): places, ("low", "南岸区"): ["花园路16号院"]}, text


# "11月29日0时起,将上述区域风险等级由高风险区调整为低风险区。": the closing sentence names the level the places
# leave, which the heading ("二、调整为低风险区") did not.
def test_a_closing_sentence_names_the_level_left() -> None:
    text = ("一、調整為低風險區\n張店區\n湖田街道洪溝路北三巷16號院\n淄川區\n鐘樓街道艷陽小區2號樓\n"
            "11月29日0時起,將上述區域風險等級由高風險區調整為低風險區。\n"
            "張店區、淄川區其他區域風險等級不變。")
    result = parse_notice(text, default_year=2022)
    assert by_level(text) == {("low", "张店区"): ["湖田街道洪沟路北三巷16号院"],
                              ("low", "淄川区"): ["钟楼街道艳阳小区2号楼"]}
    assert {(c["level_from"], c["level_to"]) for c in result["changes"]} == {("high", "low")}


# The rule takes only a back reference (上述, 以上, 前述): a sentence under the list that names a place of its own
# still gives that place.
def test_a_sentence_with_a_place_of_its_own_under_a_list_keeps_it() -> None:
    text = "一、新增高风险区\n江北区\n东门菜市场\n即日起,将幸福里小区3栋划定为高风险区。\n其他区域风险等级不变。"
    found = by_level(text)
    assert found[("high", "江北区")] == ["东门菜市场"]
    high = [p for (level, _), places in found.items() if level == "high" for p in places]
    assert high == ["东门菜市场", "幸福里小区3栋"]


# "聊城市东昌府区(包括聊城经济技术开发区、…旅游度假区)除高风险区以外的其他区域": the rest of a district, with a
# note on what it includes; neither the 城 of a city's name ("聊城市") nor of a zone inside the note
# ("江北水城旅游度假区") makes it the rest of a compound ("XX新城除3号楼以外的其他区域"), which is a place.
@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["盐城市亭湖区", "晋城市泽州县", "聊城市东昌府区", "运城市盐湖区"]),
       st.sampled_from(["", "(包括盐城经济技术开发区、江北水城旅游度假区)", "(含高新技术产业开发区)",
                        "(包括经济技术开发区、高新技术产业开发区、江北水城旅游度假区)"]),
       st.sampled_from(["除高风险区以外的其他区域", "除高风险区外的其他区域", "除高、中风险区以外的区域"]))
def test_the_rest_of_a_district_with_a_note_is_no_place(district: str, note: str, rest: str) -> None:
    text = (f"一、高风险区 1 个\n{district}古楼街道铁路益民小区14号楼。\n二、低风险区\n{district}{note}{rest}。\n"
            "高风险区实行“足不出户、上门服务”等防控措施。")
    found = by_level(text)
    assert [places for (level, _), places in found.items() if level == "high"] == [["古楼街道铁路益民小区14号楼"]], text
    assert not any(level == "low" for level, _ in found), text


def test_the_rest_of_a_compound_named_with_cheng_stays_a_place() -> None:
    text = "低风险区:\n江北区\n万达新城除3号楼以外的其他区域\n幸福里小区3栋"
    assert by_level(text) == {("low", "江北区"): ["万达新城除3号楼以外的其他区域", "幸福里小区3栋"]}


# "城北街道柴湾社区跃进河以西、…以北区域,涉及柴湾社区15组、16组": the groups the area takes in explain the area
# (its bounds already say which it is); they are not listed places.
@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["涉及", "覆盖", "涵盖"]), st.integers(min_value=1, max_value=6),
       st.sampled_from(["城北街道柴湾社区跃进河以西、围墙以东、志勇村交界以南、万新村交界以北区域",
                        "城北街道柴湾社区跃进河以西、围墙以东、志勇村交界以南、万新村交界以北的区域",
                        "城北街道柴湾社区跃进河、丁柴路、邦瑾南路合围区域",
                        "城北街道柴湾社区东至跃进河、南至志勇村、西至围墙、北至万新村区域"]),
       st.sampled_from(["", "。"]))
def test_what_a_bounded_area_takes_in_is_no_place(verb: str, count: int, area: str, stop: str) -> None:
    groups = "、".join(f"{n}组" for n in range(15, 15 + count))
    text = (f"一、封控区\n城北街道柴湾社区24组。\n二、管控区\n{area},{verb}柴湾社区{groups}{stop}\n"
            "出入口全部封闭,严格落实管控措施。\n三、防范区\n城北街道除柴湾社区封控区及管控区以外的区域。")
    assert by_level(text) == {("sealed", None): ["城北街道柴湾社区24组"], ("controlled", None): [area],
                              ("precaution", None): ["城北街道除柴湾社区封控区及管控区以外的区域"]}, text


def test_a_place_after_an_area_stays_a_place() -> None:
    text = "二、管控区\n跃进河以西、志勇村交界以南区域,柴湾社区15组、16组,东门菜市场。"
    assert by_level(text) == {
        ("controlled", None): ["跃进河以西、志勇村交界以南区域", "柴湾社区15组、16组", "东门菜市场"]}


# "4月3日凌晨,如皋市城北街道发现1例阳性感染者。…": the lead names a known district and the street the listed
# places lie in ("城北街道A公司厂区"), and no title or office names one: the places are in that district.
@settings(max_examples=40, deadline=None)
@given(st.sampled_from([("如皋市", "城北街道"), ("东昌府区", "古楼街道"), ("高青县", "田镇街道"),
                        ("泽州县", "金村镇")]),
       st.sampled_from(["4月3日凌晨,", "近日,", ""]),
       st.sampled_from(["发现1例新冠病毒核酸检测阳性感染者", "报告1例无症状感染者"]))
def test_the_district_a_lead_names_with_the_street(division: tuple[str, str], when: str, event: str) -> None:
    district, street = division
    text = (f"{when}{district}{street}{event}。为有效阻止疫情扩散,经专家组研判,现通告如下:\n一、封控区\n"
            f"{street}一品饲料有限公司厂区及宿舍,柴湾社区24组。\n二、防范区\n{street}除封控区以外的区域。")
    assert by_level(text) == {("sealed", district): [f"{street}一品饲料有限公司厂区及宿舍", "柴湾社区24组"],
                              ("precaution", district): [f"{street}除封控区以外的区域"]}, text


def test_a_lead_street_no_place_lies_in_names_no_district() -> None:
    text = ("4月3日,如皋市城南街道发现1例阳性感染者。现通告如下:\n"
            "一、封控区\n城北街道一品饲料有限公司厂区,柴湾社区24组。")
    assert by_level(text) == {("sealed", None): ["城北街道一品饲料有限公司厂区", "柴湾社区24组"]}
