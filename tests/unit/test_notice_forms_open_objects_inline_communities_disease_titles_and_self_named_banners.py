"""Forms of notices whose lead names the places' old level after 将 and leaves the verb to the end of the list
("将A县原21处高风险区:" over one place a line, the last ending "…调整为低风险区。"), write a community's or a village's
label before its places on one line ("A社区:B小区"), name their county in a title with the disease's name
between ("关于调整A县新冠肺炎风险区域的通告"), point from a county-level city to the list ("将A市如下地区调整为…:"),
and speak of their banner or county as 我旗 / 全县 while naming it once ("按照《A旗复工复产工作方案》"). Each form in
variants written here (invented places; other counties, kinds of place, separators, traditional characters,
full-width punctuation, spaces), and properties over generated parts."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fangkong.areas.notice_parsing.divisions import _divisions
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)
# Counties and county-level cities of the statistics bureau's list (the parser knows them by name; a county of two
# characters, "郏县", is not read from a title without 关于 right before it, a limit of its own).
COUNTIES = ["平遥县", "纳雍县", "永丰县", "清徐县", "中宁县"]
COUNTY_CITIES = ["乐清市", "化州市", "格尔木市", "庄河市", "永康市", "信宜市"]


# --- a 将 clause whose verb closes the list ---------------------------------------------------------------

def test_old_level_after_jiang_and_the_verb_after_the_last_place() -> None:
    text = ("关于调整清徐县新冠肺炎风险区域的通告\n根据当前疫情防控形势,经研判,"
            "自12月8日0时起,将清徐县原4处高风险区:\n\n"
            "东湖街道锦绣苑3号楼\n东湖街道金华小区1号楼1单元、5号楼2单元\n\n北关镇春晓新村2号楼\n"
            "东湖街道龙腾花园8号楼调整为低风险区 。")
    assert by_level(text) == {("low", "清徐县"): ["东湖街道锦绣苑3号楼", "东湖街道金华小区1号楼1单元、5号楼2单元",
                                                  "北关镇春晓新村2号楼", "东湖街道龙腾花园8号楼"]}


def test_numbered_items_with_ba_and_the_verb_on_a_line_of_its_own() -> None:
    text = ("关于调整风险区域的通告\n经专家研判,自12月3日起,把以下3个高风险区:\n1.翠屏小区2栋\n2.星光家园5栋\n"
            "3.福瑞大厦\n调整为低风险区。\n高风险区实行足不出户。")
    result = by_level(text)
    assert list(result.values()) == [["翠屏小区2栋", "星光家园5栋", "福瑞大厦"]]
    assert list(result)[0][0] == "low"


def test_traditional_characters_full_width_and_lowered_by_jiang_wei() -> None:
    text = in_traditional("關於調整永豐縣新冠肺炎風險區域的通告\n經研判,自12月6日0時起,將永豐縣原3處中風險區:\n"
                        "城關街道康寧苑1號樓\n城關街道鑫匯花園6號樓\n茨芭鎮泰和村3組降為低風險區。").translate(HALF_TO_FULL)
    assert by_level(text) == {("low", "永丰县"): ["城关街道康宁苑1号楼", "城关街道鑫汇花园6号楼", "茨芭镇泰和村3组"]}


def test_a_jiang_clause_with_its_own_verb_is_no_open_object() -> None:
    text = ("关于调整风险区域的通告\n经研判,将以下区域调整为高风险区:\n金华小区1号楼\n翠屏花园2号楼\n"
            "星光家园5栋调整为低风险区。")
    assert levels_of(text) == {"high": ["金华小区1号楼", "翠屏花园2号楼"], "low": ["星光家园5栋"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(name, min_size=2, max_size=6, unique=True), st.sampled_from(COUNTIES),
       st.sampled_from([("高风险区", "低风险区", "low"), ("中风险区", "低风险区", "low"),
                        ("封控区", "防范区", "precaution")]),
       st.sampled_from(["调整为", "降为", "下调为"]), st.booleans())
def test_any_open_object_list_goes_to_the_level_its_verb_names(compounds: list[str], county: str,
                                                              levels: tuple[str, str, str], verb: str,
                                                              own_line: bool) -> None:
    old, new, level = levels
    places = [f"{c}小区{k + 1}号楼" for k, c in enumerate(compounds)]
    body = "\n".join(places)
    closing = f"\n{verb}{new}。" if own_line else f"{verb}{new}。"
    text = (f"关于调整{county}新冠肺炎风险区域的通告\n经研判,自12月8日0时起,将{county}原{len(places)}处{old}:\n"
            f"{body}{closing}")
    assert by_level(text) == {(level, county): places}


# --- a community's or village's label before its places on the line ----------------------------------------

def test_community_label_before_its_place_under_a_county_heading() -> None:
    text = ("关于调整风险等级的通告\n经综合研判,自11月21日0时起,新增1个高风险区。具体如下:\n清徐县(1个)\n"
            "金星社区:农机小区。\n高风险区实行“足不出户、上门服务”。")
    assert by_level(text) == {("high", "清徐县"): ["金星社区农机小区"]}


def test_village_label_before_groups_with_full_width_colon() -> None:
    text = ("关于调整风险等级的通告\n自11月21日0时起,新增2个中风险区。具体如下:\n永丰县(2个)\n"
            "1.春晓村:2组、5组\n2.龙泽社区:锦绣家园3号楼\n").translate(HALF_TO_FULL)
    # (bare groups after 、 are one place, as the village's own "春晓村2组、5组" would be)
    assert by_level(text) == {("medium", "永丰县"): ["春晓村2组、5组", "龙泽社区锦绣家园3号楼"]}


def test_community_label_in_traditional_characters_holds_on_its_line_only() -> None:
    text = in_traditional("關於調整風險等級的通告\n自11月21日0時起,新增2個高風險區。具體如下:\n平遙縣(2個)\n"
                        "翠峰社區:康寧小區\n鑫匯大廈")
    assert by_level(text) == {("high", "平遥县"): ["翠峰社区康宁小区", "鑫汇大厦"]}


@settings(max_examples=40, deadline=None)
@given(name, st.lists(name, min_size=1, max_size=4, unique=True), st.sampled_from(["社区", "村", "居委会", "嘎查"]),
       st.sampled_from(COUNTIES), st.booleans())
def test_any_community_label_is_prefixed_to_its_places(community: str, compounds: list[str], kind: str,
                                                       county: str, full_width: bool) -> None:
    label = community + kind
    places = [f"{c}小区" for c in compounds]
    text = (f"关于调整风险等级的通告\n自11月21日0时起,新增{len(places)}个高风险区。具体如下:\n"
            f"{county}({len(places)}个)\n"
            f"{label}:{'、'.join(places)}。")
    if full_width:
        text = text.translate(HALF_TO_FULL)
    assert by_level(text) == {("high", county): [label + p for p in places]}


# --- a county-level city pointing to the list, a title with the disease's name ---------------------------

def test_county_level_city_with_ru_xia_over_two_lists() -> None:
    text = ("经专家综合研判,市指挥部决定,自2022年11月22日18时起,将乐清市如下地区调整为高风险区:\n1、翠屏苑6号楼2单元\n"
            "2、金华公寓3单元\n将乐清市如下地区调整为低风险区:\n1、星光家园9号楼4单元")
    assert by_level(text) == {("high", "乐清市"): ["翠屏苑6号楼2单元", "金华公寓3单元"],
                              ("low", "乐清市"): ["星光家园9号楼4单元"]}


def test_county_level_city_with_xia_lie_in_traditional_characters() -> None:
    text = in_traditional("經研判,自2022年11月22日起,將化州市下列地區調整為中風險區:\n1、康寧小區2棟\n2、鑫匯花園5棟")
    assert by_level(text) == {("medium", "化州市"): ["康宁小区2栋", "鑫汇花园5栋"]}


def test_title_with_the_full_name_of_the_disease() -> None:
    text = ("关于调整纳雍县新型冠状病毒肺炎疫情风险区域的通告\n经研判,自12月8日0时起,将以下区域调整为低风险区:\n"
            "1.锦绣小区3号楼\n2.泰和苑5号楼")
    assert by_level(text) == {("low", "纳雍县"): ["锦绣小区3号楼", "泰和苑5号楼"]}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(COUNTY_CITIES), st.sampled_from(["如下", "下列", "以下"]), name,
       st.sampled_from([("高风险区", "high"), ("低风险区", "low"), ("中风险区", "medium")]))
def test_any_county_level_city_pointing_to_its_list(city: str, pointer: str, compound: str,
                                                    level: tuple[str, str]) -> None:
    text = (f"经综合研判,自2022年11月22日18时起,将{city}{pointer}地区调整为{level[0]}:\n"
            f"1、{compound}小区3号楼\n2、光明公寓1单元")
    assert by_level(text) == {(level[1], city): [f"{compound}小区3号楼", "光明公寓1单元"]}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(COUNTIES + COUNTY_CITIES), st.sampled_from(["新冠肺炎", "新冠", "新型冠状病毒肺炎"]), name)
def test_any_title_with_the_disease_between_county_and_areas(county: str, disease: str, compound: str) -> None:
    text = f"关于调整{county}{disease}风险区域的通告\n经研判,将以下区域调整为低风险区:\n1.{compound}花园2号楼"
    assert by_level(text) == {("low", county): [f"{compound}花园2号楼"]}


# --- a banner or county that speaks of itself as 我旗 / 全县 and names itself once -------------------------

LOWERING = ("一、自2022年8月22日0时起,将金星小区、翠屏花园3号楼共两处中风险区降为低风险区。"
            "调整后,{self}全域无中、高风险区。")


def test_banner_named_short_in_a_document_title() -> None:
    text = ("关于解除静默管理有序恢复生产生活秩序的公告(第70号)\n"
            "经综合研判,决定解除全旗静默管理措施。现将有关事宜公告如下:\n"
            + LOWERING.format(self="我旗")
            + "\n二、确需离开我旗的,要遵守目的地防疫政策。\n三、按照《鄂右中旗复工复产工作方案》要求,有序复工复产。")
    assert by_level(text) == {("low", "鄂右中旗"): ["金星小区", "翠屏花园3号楼"]}


def test_county_named_at_a_clause_start_in_traditional_characters() -> None:
    text = in_traditional("關於解除靜默管理的公告\n決定解除全縣靜默管理措施。\n" + LOWERING.format(self="我縣")
                        + "\n二、清徐縣各商超有序恢復營業。")
    assert by_level(text) == {("low", "清徐县"): ["金星小区", "翠屏花园3号楼"]}


def test_two_banners_named_give_no_district() -> None:
    text = ("关于解除静默管理的公告\n决定解除全旗静默管理措施。\n" + LOWERING.format(self="我旗")
            + "\n二、前往《正蓝旗》、《阿荣旗》的人员要报备。")
    assert by_level(text) == {("low", None): ["金星小区", "翠屏花园3号楼"]}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES, 2, 3), st.sampled_from([("我旗", "全旗", "旗"), ("我县", "全县", "县"),
                                                                ("本旗", "全旗", "旗")]),
       st.sampled_from(["《{}复工复产工作方案》", "《{}疫情防控工作方案》"]))
def test_any_self_named_banner_or_county(stem: str, kind: tuple[str, str, str], title: str) -> None:
    own, whole, suffix = kind
    county = stem + suffix
    # (an invented name ending in a real county, "金华兴县", reads as a city and that county: not a name of its own)
    assume(not any(county[start:] in _divisions()[0] for start in range(1, len(county) - 1)))
    text = (f"关于解除静默管理的公告\n决定解除{whole}静默管理措施。\n" + LOWERING.format(self=own)
            + f"\n二、按照{title.format(county)}要求,有序复工复产。")
    assert by_level(text) == {("low", county): ["金星小区", "翠屏花园3号楼"]}
