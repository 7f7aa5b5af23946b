"""Forms of early-2020 closures and of offices and leads that name the district: a closure written "实施封闭控制管理"
(封控 spelled out: sealed); lists of places under "street or town:" labels closed by the sentence after them that
refers back ("对上述疫情村(小区)实行“全封闭”管控(…):", the measure quoted, a note in brackets, a colon over the
measures); 2020's "疫情风险预警区域名单:" (risk warning areas, locked down: sealed) with labels of street offices
named by their road ("A路办事处:"); a prefecture city's development zone by its kind alone signing the notice
("B经济技术开发区…办公室": the district); and a site's lead "截至11月4日,C区D小区31号为高风险区" above the notice that
designates the same building (one place, the lead's district). Each form in variants written here (invented places,
the wording of the real forms: other districts, kinds of place, separators, traditional characters, full-width
punctuation), and properties over generated parts."""

from __future__ import annotations

from hypothesis import given, settings
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


# --- a closure written as 封闭控制管理 -----------------------------------------------------------------

def test_closure_of_one_estate_as_closed_control() -> None:
    text = ("一、关闭的原因\n星海小区8号楼居民某某到医院就诊。\n二、关闭通知\n"
            "为有效切断可能的传染源,决定对星海小区实施封闭控制管理。\n三、其他\n请广大市民不要恐慌。")
    assert levels_of(text) == {"sealed": ["星海小区"]}


def test_closure_of_a_village_as_closed_control_in_traditional_characters() -> None:
    text = in_traditional("关于对柳塘村实行封闭管理的通告\n经研究,决定对柳塘村实行封闭控制管理。\n"
                          "一、村内居民不得外出。\n凤台县疫情防控指挥部")
    assert by_level(text) == {("sealed", "凤台县"): ["柳塘村"]}


def test_closure_as_closed_control_full_width() -> None:
    text = "通告\n为阻断传播,决定对锦华家园(东区)实施封闭控制管理。\n一、非本小区居民不得入内。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["锦华家园(东区)"]}


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["小区", "村", "家园", "花园"]), st.sampled_from(["实施", "实行"]), st.booleans())
def test_any_place_under_closed_control_is_sealed(stem: str, kind: str, verb: str, traditional: bool) -> None:
    text = f"通告\n为切断传染源,决定对{stem}{kind}{verb}封闭控制管理。\n一、居民不得外出。"
    assert levels_of(in_traditional(text) if traditional else text) == {"sealed": [f"{stem}{kind}"]}


# --- street labels over lists, closed by a reference back ---------------------------------------------

def test_street_labelled_lists_closed_by_a_quoted_measure_over_the_places_above() -> None:
    text = ("椒江区疫情防控指挥部通告\n(第3号)\n现将第一批疫情村(小区)公布如下:\n"
            "海门街道:星光小区、滨江社区江滨路范围、柳桥\n白云街道:华康口腔门诊部\n前所镇:金沙村、上下村\n"
            "对上述疫情村(小区)实行“全封闭”管控(小区以幢或单元为单位):\n一是进出道路全部封闭。\n二是对疫点开展消杀。\n"
            "椒江区疫情防控指挥部\n2020年2月7日")
    assert by_level(text) == {("sealed", "椒江区"): [
        "海门街道星光小区", "海门街道滨江社区江滨路范围", "海门街道柳桥", "白云街道华康口腔门诊部", "前所镇金沙村",
        "前所镇上下村"]}


def test_street_labelled_lists_closed_by_a_reference_in_traditional_characters() -> None:
    text = in_traditional("路桥区疫情防控指挥部通告\n现将第二批疫情村(小区)公布如下:\n"
                          "路南街道:锦绣花园、东湖村\n横街镇:翠峰村\n"
                          "对上述疫情村(小区)实行全封闭管控:\n一是进出道路全部封闭。\n路桥区疫情防控指挥部\n2020年2月9日")
    assert by_level(text) == {("sealed", "路桥区"): ["路南街道锦绣花园", "路南街道东湖村", "横街镇翠峰村"]}


def test_street_labelled_lists_closed_by_a_reference_full_width() -> None:
    text = ("通告\n现将疫情村(社区)公布如下:\n新河镇:长风村、胜利社区\n温峤镇:星湾村\n"
            "对上述疫情村(社区)实行“全封闭”管控。\n一是进出道路全部封闭。\n温岭市疫情防控指挥部\n2020年2月8日"
            ).translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "温岭市"): ["新河镇长风村", "新河镇胜利社区", "温峤镇星湾村"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(name.map(lambda s: s + "街道"), st.lists(name.map(lambda s: s + "村"), min_size=1,
                                                                 max_size=3, unique=True)),
                min_size=1, max_size=3, unique_by=lambda g: g[0]),
       st.sampled_from(["“全封闭”管控", "全封闭管控", "封闭管理"]), st.sampled_from([":", "。"]))
def test_any_street_labelled_list_closed_by_the_reference_is_sealed(groups: list[tuple[str, list[str]]],
                                                                    measure: str, end: str) -> None:
    lines = "\n".join(f"{street}:{'、'.join(villages)}" for street, villages in groups)
    text = (f"通告\n现将疫情村(小区)公布如下:\n{lines}\n对上述疫情村(小区)实行{measure}{end}\n一是进出道路全部封闭。\n"
            "黄岩区疫情防控指挥部\n2020年2月6日")
    assert by_level(text) == {("sealed", "黄岩区"): [street + v for street, villages in groups for v in villages]}


# --- 2020's risk warning areas under street offices' labels --------------------------------------------

def test_risk_warning_areas_under_road_named_offices() -> None:
    text = ("竹山县疫情防控指挥部通告\n(第12号)\n现就公布第二批“疫情风险预警区域”名单有关事项通告如下:\n"
            "一、疫情风险预警区域名单:\n城关路办事处:锦华小区(人民路)、春晓花园(建设路)\n宝丰镇:桃园村3组\n"
            "二、各村(社区)要组建疫情防控队伍,大力开展疫情防控宣传教育,严格返回人员登记管理。")
    assert by_level(text) == {("sealed", "竹山县"): ["城关路办事处锦华小区(人民路)", "城关路办事处春晓花园(建设路)",
                                                     "宝丰镇桃园村3组"]}


def test_risk_warning_areas_in_traditional_characters() -> None:
    text = in_traditional("郧西县疫情防控指挥部通告\n一、疫情风险预警区域名单:\n上津镇:金龙村5组、星光小区\n"
                          "二、各小区要严格落实封闭管理措施。")
    assert by_level(text) == {("sealed", "郧西县"): ["上津镇金龙村5组", "上津镇星光小区"]}


def test_risk_warning_areas_full_width() -> None:
    text = ("竹溪县疫情防控指挥部通告\n一、疫情风险预警区域名单:\n东风路办事处:翠峰家园(长风路)\n"
            "二、各镇要进一步压实疫情防控责任,全面实行网格化管理,加强人员追踪摸排。").translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "竹溪县"): ["东风路办事处翠峰家园(长风路)"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.lists(name.map(lambda s: s + "小区"), min_size=1, max_size=3, unique=True))
def test_any_road_office_over_risk_warning_areas(road: str, road2: str, estates: list[str]) -> None:
    text = (f"房县疫情防控指挥部通告\n一、疫情风险预警区域名单:\n{road}路办事处:"
            + "、".join(f"{e}({road2}路)" for e in estates) + "\n二、各镇要压实责任。")
    assert by_level(text) == {("sealed", "房县"): [f"{road}路办事处{e}({road2}路)" for e in estates]}


# --- a prefecture city's development zone signing the notice ------------------------------------------

def test_economic_development_zone_of_a_city_signs_the_notice() -> None:
    text = ("关于对锦绣家园小区实行封闭管理的通告\n二、封控管控范围:\n1、将8号楼设为封控区。\n"
            "2、将整个锦绣家园小区设为管控区。\n潍坊经济技术开发区党工委统筹疫情防控和经济运行工作领导小组(指挥部)办公室")
    assert by_level(text) == {("sealed", "潍坊经济技术开发区"): ["8号楼"],
                              ("controlled", "潍坊经济技术开发区"): ["整个锦绣家园小区"]}


def test_high_tech_zone_of_a_city_in_traditional_characters() -> None:
    text = in_traditional("关于划定封控区的通告\n将星河小区3号楼划定为封控区。\n宜昌高新技术产业开发区疫情防控指挥部")
    assert by_level(text) == {("sealed", "宜昌高新技术产业开发区"): ["星河小区3号楼"]}


def test_zone_with_its_city_written_with_shi_full_width() -> None:
    text = "关于划定管控区的通告\n将春晓花园划定为管控区。\n台州市经济开发区疫情防控指挥部".translate(HALF_TO_FULL)
    assert by_level(text) == {("controlled", "台州市经济开发区"): ["春晓花园"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["德州", "十堰", "台州", "宜昌", "温州"]),
       st.sampled_from(["经济技术开发区", "高新技术产业开发区", "经济开发区"]), name)
def test_any_city_zone_office_names_the_district(city: str, kind: str, stem: str) -> None:
    text = f"关于划定封控区的通告\n将{stem}小区5号楼划定为封控区。\n{city}{kind}疫情防控指挥部办公室"
    assert by_level(text) == {("sealed", f"{city}{kind}"): [f"{stem}小区5号楼"]}


# --- a zone's own notice naming the zone by its kind ("全区", "高新区") -------------------------------

def test_zone_speaking_of_its_whole_district_and_naming_itself_bare() -> None:
    text = ("二、关闭通知\n为有效切断可能的传染源,决定对星河小区实施封闭控制管理。\n三、其他\n"
            "防控指挥部将及时向全区人民公开通报高新区防控情况。")
    assert by_level(text) == {("sealed", "高新区"): ["星河小区"]}


def test_zone_named_after_its_city_in_traditional_characters() -> None:
    text = in_traditional("为切断传染源,决定对锦绣家园实施封闭管理。\n请我区居民积极配合宜昌高新区防控工作。")
    assert by_level(text) == {("sealed", "宜昌高新区"): ["锦绣家园"]}


def test_economic_zone_bare_full_width() -> None:
    text = "决定对春晓花园实施封闭控制管理。\n请全区居民配合经开区疫情防控工作,不信谣、不传谣。".translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "经开区"): ["春晓花园"]}


def test_two_zones_named_are_no_answer() -> None:
    text = "决定对春晓花园实施封闭管理。\n请全区居民配合高新区、经开区疫情防控工作。"
    assert by_level(text) == {("sealed", None): ["春晓花园"]}


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["高新区", "经开区", "经济技术开发区"]), st.sampled_from(["全区", "我区", "本区"]))
def test_any_bare_zone_of_a_notice_speaking_of_its_district(stem: str, zone: str, own: str) -> None:
    text = f"决定对{stem}小区实施封闭控制管理。\n请{own}居民配合{zone}疫情防控工作。"
    assert by_level(text) == {("sealed", zone): [f"{stem}小区"]}


# --- a site's lead "截至…" restating the notice ------------------------------------------------------

def test_as_of_lead_restating_the_building_the_notice_designates() -> None:
    text = ("截至11月4日,石嘴山惠农区锦华小区12号为高风险区,其他地区为常态化管理地区。\n"
            "根据当前疫情防控工作需要,经专家研判,自2022年11月3日0时起,将锦华小区12号楼划定为高风险区。")
    assert by_level(text) == {("high", "惠农区"): ["锦华小区12号楼"]}


def test_as_of_lead_in_traditional_characters() -> None:
    text = in_traditional("截至10月8日,银川兴庆区翠峰家园为高风险区,其他地区为常态化管理地区。\n"
                          "经专家研判,自2022年10月7日0时起,将翠峰家园划定为高风险区。")
    assert by_level(text) == {("high", "兴庆区"): ["翠峰家园"]}


def test_as_of_lead_full_width() -> None:
    text = ("截至12月1日,平罗县星湾小区3号为高风险区,其他地区为常态化管理地区。\n"
            "经研判,自2022年11月30日0时起,将星湾小区3号楼划定为高风险区。").translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "平罗县"): ["星湾小区3号楼"]}


@settings(max_examples=25, deadline=None)
@given(name, st.integers(1, 60), st.sampled_from(["大武口区", "惠农区", "平罗县", "兴庆区"]),
       st.sampled_from(["高", "中"]))
def test_any_as_of_lead_restates_one_place(stem: str, number: int, district: str, grade: str) -> None:
    text = (f"截至11月4日,{district}{stem}小区{number}号为{grade}风险区,其他地区为常态化管理地区。\n"
            f"经专家研判,自2022年11月3日0时起,将{stem}小区{number}号楼划定为{grade}风险区。")
    level = "high" if grade == "高" else "medium"
    assert by_level(text) == {(level, district): [f"{stem}小区{number}号楼"]}
