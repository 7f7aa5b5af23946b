"""Forms of the thirteenth held-out set, each in variants written here (invented places, the wording of forms
real notices use): an area divided into areas of several levels ("将A镇划定为高风险区和低风险区二类区域"), a
count of the places closing their list ("解除A镇、B镇9个乡镇临时管控"), "无" under a level, lists of whole
counties under their cities, "及" before a place that names its district again, two-character districts
("郊区") labelled with their count, "解除临时性管控措施" and notes on why a place is listed, and the shops of a
street named after a colon ("大甸子镇主街商铺:A、B")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import by_level, in_traditional, levels_of

_NUM = "零一二三四五六七八九十"
_NAME = st.text(alphabet="青石桥河湾岭泉松柏杨柳梅兰竹菊安宁康乐丰盛华新光明", min_size=2, max_size=3)


# --- 1. several levels after the verb: the object is divided into areas of those levels, none of its own


def test_town_divided_into_high_and_low_areas() -> None:
    text = ("关于茂南区划定疫情风险区的通告\n"
            "决定自2022年11月22日12时起,将茂名市茂南区鳌头镇划定为高风险区和低风险区二类区域,实行分类管理。"
            "现将有关事项通告如下:\n一、高风险区\n鳌头镇民庆村委会东至民庆市场、北至民庆渡槽之间区域。\n"
            "二、低风险区\n鳌头镇除高风险区外区域。\n")
    assert levels_of(text) == {"high": ["鳌头镇民庆村委会东至民庆市场、北至民庆渡槽之间区域"],
                               "low": ["鳌头镇除高风险区外区域"]}


def test_street_divided_into_three_zones_with_commas() -> None:
    text = ("关于划定风险区的通告\n自2022年10月3日起,将江城区南山街道划分为封控区、管控区、防范区,实行分区管理:\n"
            "一、封控区:南山街道青松小区。\n二、管控区:南山街道翠竹苑。\n三、防范区:南山街道其他区域。\n")
    levels = levels_of(text)
    assert levels["sealed"] == ["南山街道青松小区"]
    assert levels["controlled"] == ["南山街道翠竹苑"]
    assert "南山街道" not in [p for places in levels.values() for p in places]


def test_divided_in_traditional_characters() -> None:
    text = in_traditional("关于划定风险区的通告\n自2022年11月5日起,将城关区白塔镇划定为高风险区及中风险区两类区域。\n"
                        "一、高风险区\n白塔镇东风村。\n二、中风险区\n白塔镇红星村。\n")
    assert levels_of(text) == {"high": ["白塔镇东风村"], "medium": ["白塔镇红星村"]}


def test_one_level_after_the_verb_still_sets_the_object() -> None:
    text = "即日起,将城关区白塔镇东风村划定为高风险区。"
    assert levels_of(text) == {"high": ["白塔镇东风村"]}


# --- 2. a count of the places named and their kind closes the list: a summary, no part of the last place


def test_lift_of_towns_with_their_count_and_temporary_control() -> None:
    text = ("叙永县疫情防控指挥部关于逐步恢复生产生活秩序的通告\n"
            "自2022年10月15日7时起,解除水尾镇、向林镇、白腊苗族乡、正东镇4个乡镇临时管控,逐步恢复生产生活秩序。")
    assert levels_of(text) == {"lifted": ["水尾镇", "向林镇", "白腊苗族乡", "正东镇"]}


def test_set_with_a_count_of_villages_and_full_width_spaces() -> None:
    text = "自2022年11月2日起,将平阳县　东岙村、西岙村、南岙村3个村调整为低风险区。"
    assert by_level(text) == {("low", "平阳县"): ["东岙村", "西岙村", "南岙村"]}


def test_count_after_deng_with_de_and_lift_of_sealing() -> None:
    text = "即日起,解除长青社区、红旗社区等2个社区的封控管理。"
    assert levels_of(text) == {"lifted": ["长青社区", "红旗社区"]}


def test_count_that_disagrees_keeps_the_words() -> None:
    # "3个" counts no two places: the words are no summary of this list
    text = "即日起,将青松小区、翠竹苑小区3个楼栋调整为低风险区。"
    assert "翠竹苑小区3个楼栋" in levels_of(text)["low"]


@settings(max_examples=40, deadline=None)
@given(st.lists(_NAME, min_size=2, max_size=9, unique=True), st.sampled_from(["镇", "乡", "街道"]),
       st.booleans(), st.booleans())
def test_any_list_of_towns_with_its_count(stems: list[str], suffix: str, chinese: bool, lift: bool) -> None:
    towns = [s + suffix for s in stems]
    n = len(towns)
    count = _NUM[n] if chinese else str(n)
    kind = "街道" if suffix == "街道" else "乡镇"
    if lift:
        text = f"即日起,解除{'、'.join(towns)}{count}个{kind}临时管控。"
        assert levels_of(text) == {"lifted": towns}
    else:
        text = f"即日起,将{'、'.join(towns)}{count}个{kind}调整为低风险区。"
        assert levels_of(text) == {"low": towns}


# --- 3. "无" under a level: the level has no place


def test_none_under_medium_and_high() -> None:
    text = ("关于风险等级的通告\n一、低风险地区\n兴庆区、金凤区。\n二、中风险地区\n无。\n三、高风险地区\n无\n")
    assert levels_of(text) == {"low": ["兴庆区", "金凤区"]}


def test_none_in_brackets_and_zan_wu() -> None:
    text = ("关于风险区的通告\n一、封控区\n(无)\n二、管控区\n暂无。\n三、防范区\n青松小区。\n")
    assert levels_of(text) == {"precaution": ["青松小区"]}


def test_none_after_a_colon() -> None:
    text = "关于风险区的通告\n高风险区:无。\n中风险区:翠竹苑小区。\n"
    assert levels_of(text) == {"medium": ["翠竹苑小区"]}


# --- 4. whole counties under their cities: each listed county is its own district


def test_region_wide_county_list_under_cities() -> None:
    text = ("截至2020年3月19日,全区县(市、区)风险等级如下:\n一、低风险地区\n"
            "银川市3个:兴庆区、金凤区、贺兰县;\n石嘴山市2个:大武口区、平罗县;\n宁东地区1个:宁东能源化工基地。\n"
            "二、中风险地区\n无。\n")
    assert by_level(text) == {("low", d): [d] for d in
                              ["兴庆区", "金凤区", "贺兰县", "大武口区", "平罗县", "宁东能源化工基地"]}


def test_county_list_with_county_level_cities_and_traditional() -> None:
    text = in_traditional("各县(市、区)风险等级如下:\n中风险地区:\n吴忠市:利通区、青铜峡市、同心县;\n"
                        "固原市:原州区、西吉县。\n")
    assert by_level(text) == {("medium", d): [d] for d in ["利通区", "青铜峡市", "同心县", "原州区", "西吉县"]}


def test_places_under_a_city_label_keep_their_district() -> None:
    # not a county list: the places are compounds, the districts written in front of them hold
    text = "关于风险区的通告\n高风险区:\n银川市:金凤区森林半岛小区、兴庆区太阳都市花园小区。\n"
    assert by_level(text) == {("high", "金凤区"): ["森林半岛小区"], ("high", "兴庆区"): ["太阳都市花园小区"]}


# --- 5. 及 / 与 before a place that names its district again: two places


def test_bounded_area_and_a_shop_naming_its_district() -> None:
    text = ("海东市平安区疫情风险等级调整通告\n"
            "将东至古滨路、南至古驿大道、西至互助北路、北至滨河路区域(含地质九队三号楼)及平安区宏丰超市(109国道边)"
            "由中风险区域调整为低风险区域。\n海东市平安区新型冠状病毒感染的肺炎疫情防控应急处置工作指挥部\n2022年8月30日")
    bounded = "东至古滨路、南至古驿大道、西至互助北路、北至滨河路区域(含地质九队三号楼)"
    assert by_level(text) == {("low", "平安区"): [bounded, "宏丰超市(109国道边)"]}


def test_compound_and_a_village_with_yu() -> None:
    text = "城关区关于调整风险区的通告\n即日起,将城关区青松小区与城关区白塔镇东风村由高风险区调整为低风险区。"
    assert by_level(text) == {("low", "城关区"): ["青松小区", "白塔镇东风村"]}


def test_ji_inside_brackets_joins_nothing() -> None:
    text = "城关区关于调整风险区的通告\n即日起,将青松小区(含1号楼及城关区供销社宿舍)调整为低风险区。"
    assert levels_of(text) == {"low": ["青松小区(含1号楼及城关区供销社宿舍)"]}


def test_ji_before_a_place_of_another_district() -> None:
    text = "即日起,将金凤区森林半岛小区及兴庆区太阳都市花园小区调整为中风险区。"
    assert by_level(text) == {("medium", "金凤区"): ["森林半岛小区"], ("medium", "兴庆区"): ["太阳都市花园小区"]}


# --- 6. two-character districts ("郊区", "城区", "矿区") labelled with their count


def test_suburban_district_labelled_with_its_count() -> None:
    text = ("自9月26日23时起,新增中高风险区公告如下:\n一、新增高风险区(共3个)\n(一)向阳区(1个)\n鹤电小区4号楼\n"
            "(二)郊区(2个)\n东升江畔H栋\n劳服楼(友谊路和红旗路交叉口附近)\n")
    assert by_level(text) == {("high", "向阳区"): ["鹤电小区4号楼"],
                              ("high", "郊区"): ["东升江畔H栋", "劳服楼(友谊路和红旗路交叉口附近)"]}


def test_city_and_mine_districts_with_counts_traditional() -> None:
    text = in_traditional("一、新增中风险区(共2个)\n1.城区(1个)\n桃园小区\n2.矿区(1个)\n赛鱼小区\n")
    assert by_level(text) == {("medium", "城区"): ["桃园小区"], ("medium", "矿区"): ["赛鱼小区"]}


def test_suburban_district_with_colon_and_count() -> None:
    text = "新增高风险区(共2个)\n向阳区(1个):鹤电小区4号楼;\n郊区(1个):东升江畔H栋。\n"
    assert by_level(text) == {("high", "向阳区"): ["鹤电小区4号楼"], ("high", "郊区"): ["东升江畔H栋"]}


# --- 7. "解除临时性管控措施" lifts the object; a note why a place is listed is no part of it


def test_lift_of_temporary_control_with_a_case_note() -> None:
    text = ("关于大庆市萨尔图区调整部分区域风险等级及解除部分区域临时性管控措施的公告\n"
            "自2022年11月19日零时起,将绿园街道绿色家园M11号楼由高风险区域调整为低风险区域;"
            "将绿园街道东方玫瑰园香源春铁锅炖(阳性病例涉疫场所)解除临时性管控措施。\n"
            "大庆市萨尔图区应对新型冠状病毒感染肺炎疫情工作领导小组指挥部\n2022年11月18日")
    assert by_level(text) == {("low", "萨尔图区"): ["绿园街道绿色家园M11号楼"],
                              ("lifted", "萨尔图区"): ["绿园街道东方玫瑰园香源春铁锅炖"]}


def test_lift_of_temporary_control_with_dui() -> None:
    text = "即日起,对青松小区(确诊病例居住地)、翠竹苑(无症状感染者活动场所)解除临时管控措施。"
    assert levels_of(text) == {"lifted": ["青松小区", "翠竹苑"]}


def test_lift_of_control_measures_traditional() -> None:
    text = in_traditional("即日起,将红星超市(阳性病例涉疫场所)解除管控措施。")
    assert levels_of(text) == {"lifted": ["红星超市"]}


# --- 8. the shops of a street named after a colon: each a place, the label joined to each


def test_numbered_line_of_shops_after_their_label() -> None:
    text = ("经综合研判决定,将下列高风险区调整为低风险区:\n铁岭县:\n"
            "1、大甸子镇主街商铺:双红肉行、祥和药房、便民大卖场\n2、大甸子镇大甸子村5组政府家属院\n")
    assert by_level(text) == {("low", "铁岭县"): ["大甸子镇主街商铺双红肉行", "大甸子镇主街商铺祥和药房",
                                                 "大甸子镇主街商铺便民大卖场", "大甸子镇大甸子村5组政府家属院"]}


def test_shops_of_a_road_with_full_width_colon_traditional() -> None:
    text = in_traditional("将下列区域划定为中风险区:\n(一)人民路沿街门店:永盛五金店、惠民超市\n(二)青松小区\n")
    assert levels_of(text) == {"medium": ["人民路沿街门店永盛五金店", "人民路沿街门店惠民超市", "青松小区"]}


def test_shop_label_before_bounds_is_one_place() -> None:
    text = "将下列区域划定为中风险区:\n1、人民路商铺:东至解放路、西至胜利路\n2、青松小区\n"
    assert levels_of(text) == {"medium": ["人民路商铺:东至解放路、西至胜利路", "青松小区"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(_NAME, min_size=2, max_size=8, unique=True), st.sampled_from(["肉行", "药房", "超市", "菜店"]),
       st.sampled_from(["商铺", "门店", "店铺"]), st.sampled_from([":", ":"]))
def test_any_list_of_shops_after_a_label(stems: list[str], kind: str, units: str, colon: str) -> None:
    label = f"河口镇中街{units}"
    shops = [s + kind for s in stems]
    text = f"将下列区域调整为低风险区:\n1、{label}{colon}{'、'.join(shops)}\n2、河口镇青松小区\n"
    assert levels_of(text) == {"low": [label + s for s in shops] + ["河口镇青松小区"]}
