"""Forms of the thirty-ninth set's part b (notices 991–1006): a counted designation before "具体名单如下" and the count
restated as of an hour after the list; two towns joined by 和 before a word for their whole land; a park the city
runs, named with its city, among places written with their districts; a district repeated after 、 inside one of
the commas' items; an earlier notice's area of a whole division drawn again in quotation marks; a news headline
restated by the lead with its examples; a line with its own count after a community's labelled list; some
buildings of a named compound counted; a heading's count over sentences that says a bare building is a place; the
change written inside the count's brackets; a lift heading "以下区域解除管控管理" without a colon; and a village's
label before places that start with a number, its count over its commas. Each form in variants written here
(invented places, other districts, traditional characters, full-width punctuation), and properties over
generated lists; ordinary wording near each rule as well."""

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


# --- "…,划定N个高风险区。具体名单如下:" and "调整后,时间截至…24:00,A市共有高风险区N个" ----------------------------


def test_a_counted_designation_after_a_long_lead_heads_the_named_list_below() -> None:
    text = ("宁华市疫情防控指挥部\n关于划定宁华市部分地区疫情风险等级的公告\n根据有关标准,经市级专家综合研判,"
            "宁华市疫情防控指挥部研究决定,自2022年11月27日起,划定3个高风险区。具体名单如下:\n"
            "1.雨花区锦华街道办春晓小区2号楼;\n2.浏阳市龙泰物流园;\n3.天心区城关街道办福瑞市场C区。\n"
            "调整后,时间截至2022年11月27日24:00,宁华市共有高风险区41个。高风险区实行“足不出户、上门服务”管控措施。")
    assert by_level(text) == {("high", "雨花区"): ["锦华街道办春晓小区2号楼"], ("high", "浏阳市"): ["龙泰物流园"],
                              ("high", "天心区"): ["城关街道办福瑞市场C区"]}


def test_a_counted_designation_in_other_wordings() -> None:
    text = ("金光县指挥部\n关于新增风险区的公告\n经县专家组研判,自12月2日起,新增2个中风险区。具体名单如下:\n"
            "一、城关镇星河小区5栋\n二、城关镇翠锦家园\n")
    assert levels_of(text) == {"medium": ["城关镇星河小区5栋", "城关镇翠锦家园"]}
    text = ("金光县指挥部\n关于划定风险区的公告\n根据《防控方案》,经研究决定,划定高风险区2个。具体名单如下:\n"
            "1.城关镇星河小区5栋;\n2.城关镇翠锦家园。")
    assert levels_of(text) == {"high": ["城关镇星河小区5栋", "城关镇翠锦家园"]}
    text = in_traditional("金光县指挥部\n关于划定风险区的公告\n经研究决定,自11月2日起,划定2个高风险区。具体名单如下:\n"
                          "1.城关镇星河小区5栋;\n2.城关镇翠锦家园。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["城关镇星河小区5栋", "城关镇翠锦家园"]}


def test_a_count_restated_as_of_an_hour_after_the_list_is_no_place() -> None:
    for after in ("调整后,截至2022年12月2日24:00,我县共有高风险区3个。",
                  "调整后,时间截至12月2日24时,金光县共有高风险区3个。", "调整后,截止12月2日18时,全县现有高风险区3个。"):
        text = ("金光县指挥部\n关于调整风险区的公告\n经研究决定,自12月2日起,2个高风险区调整为低风险区。具体名单如下:\n"
                f"1.城关镇星河小区5栋;\n2.城关镇翠锦家园。\n{after}")
        assert levels_of(text) == {"low": ["城关镇星河小区5栋", "城关镇翠锦家园"]}, after


# --- "将A县B镇和C镇全域,D镇E村设为封控区" --------------------------------------------------------------------


def test_two_towns_joined_before_their_whole_land_are_two_places() -> None:
    text = "关于实行区域管控的通告\n将长宁县金川镇和龙泰镇全域,星河镇翠锦村设为封控区,对封控区实行区域封闭。"
    assert by_level(text) == {("sealed", "长宁县"): ["金川镇", "龙泰镇全域", "星河镇翠锦村"]}


def test_two_towns_or_streets_joined_before_their_whole_land_in_other_wordings() -> None:
    text = "关于实行区域管控的通告\n自即日起,将金川镇及龙泰镇全境划定为管控区。"
    assert levels_of(text) == {"controlled": ["金川镇", "龙泰镇全境"]}
    text = "关于实行区域管控的通告\n将锦华街道和星河街道辖区划为防范区。"
    assert levels_of(text) == {"precaution": ["锦华街道", "星河街道辖区"]}
    text = in_traditional("关于实行区域管控的通告\n将长宁县金川乡和龙泰乡全域设为封控区。")
    assert levels_of(text) == {"sealed": ["金川乡", "龙泰乡全域"]}


def test_towns_joined_before_a_strip_between_them_stay_one_place() -> None:
    text = "关于实行区域管控的通告\n将金川镇和龙泰镇交界处设为封控区。"
    assert levels_of(text) == {"sealed": ["金川镇和龙泰镇交界处"]}


# --- "将A区B街道C、郑州D园区E由中风险地区调整为低风险地区" ------------------------------------------------------


def test_a_park_named_with_its_city_after_a_districts_place_is_its_own_district() -> None:
    text = ("关于疫情风险等级调整的通告\n一、自2021年8月23日18时起,将雨花区星河街道翠锦小区南区、"
            "长沙龙泰科技园区金川公寓由中风险地区调整为低风险地区。")
    assert by_level(text) == {("low", "雨花区"): ["星河街道翠锦小区南区"], ("low", "长沙龙泰科技园区"): ["金川公寓"]}


def test_a_park_named_with_its_city_in_other_wordings() -> None:
    text = ("关于疫情风险等级调整的通告\n将天心区星河街道翠锦小区、长沙金川教育园区锦华城堡划定为中风险地区。")
    assert by_level(text) == {("medium", "天心区"): ["星河街道翠锦小区"], ("medium", "长沙金川教育园区"): ["锦华城堡"]}
    text = ("关于疫情风险等级调整的通告\n将金水区星河街道翠锦小区,郑州龙泰物流园区瑞祥公寓调整为低风险地区。")
    assert by_level(text) == {("low", "金水区"): ["星河街道翠锦小区"], ("low", "郑州龙泰物流园区"): ["瑞祥公寓"]}
    text = in_traditional("关于疫情风险等级调整的通告\n将雨花区星河街道翠锦小区、长沙龙泰科技园区金川公寓"
                          "调整为低风险地区。")
    assert by_level(text) == {("low", "雨花区"): ["星河街道翠锦小区"], ("low", "长沙龙泰科技园区"): ["金川公寓"]}


def test_a_park_without_its_city_stays_in_the_districts_place() -> None:
    text = "关于疫情风险等级调整的通告\n将雨花区星河街道翠锦小区、龙泰科技园区金川公寓调整为低风险地区。"
    assert by_level(text) == {("low", "雨花区"): ["星河街道翠锦小区", "龙泰科技园区金川公寓"]}


# --- "对A区B街道C公寓,A区D街道、A区E街道内的居民小区(村)解除封控管理" -------------------------------------------


def test_a_district_repeated_after_a_comma_inside_an_item_separates_places() -> None:
    text = ("关于部分封控区解封的通告\n二、自2021年8月23日18时起,对雨花区星河街道翠锦社区金川公寓,雨花区龙泰街道、"
            "雨花区锦华街道、雨花区瑞祥街道内的居民小区(村)解除封控管理。")
    assert by_level(text) == {("lifted", "雨花区"): ["星河街道翠锦社区金川公寓", "龙泰街道", "锦华街道", "瑞祥街道"]}


def test_a_district_repeated_inside_comma_items_in_other_wordings() -> None:
    text = ("关于部分封控区解封的通告\n对天心区星河街道金川公寓,天心区龙泰街道、天心区锦华街道的居民小区解除封控管理。")
    assert by_level(text) == {("lifted", "天心区"): ["星河街道金川公寓", "龙泰街道", "锦华街道"]}
    text = ("关于调整风险区的通告\n将天心区星河街道金川公寓,天心区龙泰街道春晓小区、天心区锦华街道瑞祥花园"
            "划定为高风险区。")
    assert by_level(text) == {("high", "天心区"): ["星河街道金川公寓", "龙泰街道春晓小区", "锦华街道瑞祥花园"]}
    text = in_traditional("关于部分封控区解封的通告\n对天心区星河街道金川公寓,天心区龙泰街道、天心区锦华街道"
                          "内的居民小区解除封控管理。")
    assert by_level(text) == {("lifted", "天心区"): ["星河街道金川公寓", "龙泰街道", "锦华街道"]}


def test_parts_of_one_place_after_a_comma_item_stay_joined() -> None:
    text = ("关于调整风险区的通告\n将成华区星河街道金川苑、翠锦苑(含底商),成华区龙泰街道瑞祥院划定为管控区。")
    assert by_level(text) == {("controlled", "成华区"): ["星河街道金川苑、翠锦苑(含底商)", "龙泰街道瑞祥院"]}


# --- "将《…通告》(2021年15号)划定的A市域封控区调整为“B以北、C以东区域”" ----------------------------------------


def test_an_earlier_notices_area_of_a_whole_division_drawn_again() -> None:
    text = ("关于部分封控区调整的通告\n三、自2021年8月23日18时起,将《宁华市办公室关于对部分区域实行封控管理的通告》"
            "(2021年15号)划定的浏阳市域封控区调整为“金川大道以北、龙泰路以东、星河高速以南、锦华路以西区域”,"
            "原封控区内除上述区域外的居民小区(村)解除封控管理。")
    assert by_level(text) == {("sealed", "浏阳市"): ["金川大道以北、龙泰路以东、星河高速以南、锦华路以西区域"]}


def test_an_earlier_area_drawn_again_in_other_wordings() -> None:
    text = ("关于部分管控区调整的通告\n将《关于划定管控区的通告》划定的长宁县全域管控区调整为"
            "“金川路以北、龙泰路以东区域”。")
    assert by_level(text) == {("controlled", "长宁县"): ["金川路以北、龙泰路以东区域"]}
    text = "关于部分封控区调整的通告\n将前期划定的浏阳市域封控区范围缩小为“金川大道以北、龙泰路以东区域”。"
    assert by_level(text) == {("sealed", "浏阳市"): ["金川大道以北、龙泰路以东区域"]}
    text = in_traditional("关于部分封控区调整的通告\n将《关于封控管理的通告》(2021年3号)划定的浏阳市域封控区调整为"
                          "“金川大道以北、龙泰路以东区域”。")
    assert by_level(text) == {("sealed", "浏阳市"): ["金川大道以北、龙泰路以东区域"]}


def test_a_places_level_changed_is_no_redrawn_area() -> None:
    assert levels_of("关于调整风险区的通告\n将金川小区封控区调整为管控区。") == {"controlled": ["金川小区"]}


# --- "36个封控区调整为管控区" (a headline) over "…所辖A、B等36个封控区调整为管控区。这36个区域包括:" ---------------


def test_a_headline_restated_by_the_lead_with_its_examples() -> None:
    text = ("天心区\n3个封控区调整为管控区\n1月19日零时起,天心区所辖金川街道星河村、锦华街道翠锦小区等3个封控区"
            "调整为管控区。这3个区域包括:\n一、金川街道(1个)\n星河村\n二、锦华街道(2个)\n翠锦小区\n龙泰家属院\n")
    assert levels_of(text) == {"controlled": ["金川街道星河村", "锦华街道翠锦小区", "锦华街道龙泰家属院"]}


def test_a_headline_restated_by_the_lead_in_other_wordings() -> None:
    text = ("天心区\n2个封控区调整为管控区\n自2月1日起,天心区金川街道星河村等2个封控区调整为管控区。具体如下:\n"
            "1.金川街道星河村\n2.金川街道春晓小区\n")
    assert levels_of(text) == {"controlled": ["金川街道星河村", "金川街道春晓小区"]}
    text = ("雨花区\n2个管控区调整为防范区\n1月20日零时起,雨花区所辖金川街道星河村等2个管控区调整为防范区。"
            "这2个区域包括:\n金川街道星河村\n金川街道春晓小区\n")
    assert levels_of(text) == {"precaution": ["金川街道星河村", "金川街道春晓小区"]}
    text = in_traditional("天心區\n2個封控區調整為管控區\n1月19日零時起,天心區所轄金川街道星河村等2個封控區"
                          "調整為管控區。這2個區域包括:\n一、金川街道(2个)\n星河村\n春晓小区\n")
    assert levels_of(text) == {"controlled": ["金川街道星河村", "金川街道春晓小区"]}


def test_a_headline_over_its_own_list_still_heads_it() -> None:
    text = "天心区\n2个封控区调整为管控区\n金川街道星河村\n金川街道春晓小区\n"
    assert levels_of(text) == {"controlled": ["金川街道星河村", "金川街道春晓小区"]}


# --- "青松路社区(4个):" over its places, then "西八里村(1个)" ----------------------------------------------


def test_a_line_with_its_own_count_after_a_communitys_list_is_the_streets() -> None:
    text = ("关于调整的通告\n以下区域由封控区调整为管控区:\n一、金川街道(4个)\n翠锦社区(2个):\n星河小区\n龙泰家属院\n"
            "春晓村(1个)\n瑞祥社区(1个):\n锦华小区\n")
    assert levels_of(text) == {"controlled": ["金川街道翠锦社区星河小区", "金川街道翠锦社区龙泰家属院",
                                              "金川街道春晓村", "金川街道瑞祥社区锦华小区"]}


def test_a_counted_line_after_a_communitys_list_in_other_wordings() -> None:
    text = ("关于调整的通告\n以下区域由封控区调整为管控区:\n一、金川街道(3个)\n翠锦社区(2个):\n星河小区\n龙泰家属院\n"
            "锦华学院雁南校区(1个)\n")
    assert levels_of(text) == {"controlled": ["金川街道翠锦社区星河小区", "金川街道翠锦社区龙泰家属院",
                                              "金川街道锦华学院雁南校区"]}
    text = ("关于调整的通告\n以下区域由封控区调整为管控区:\n一、金川街道(2个)\n翠锦社区(1个):\n星河小区\n"
            "春晓村(1个)。\n")
    assert levels_of(text) == {"controlled": ["金川街道翠锦社区星河小区", "金川街道春晓村"]}
    text = in_traditional("关于调整的通告\n以下区域由封控区调整为管控区:\n一、金川街道(3个)\n翠锦社区(2个):\n星河小区\n"
                          "龙泰家属院\n春晓村(1个)\n")
    assert levels_of(text) == {"controlled": ["金川街道翠锦社区星河小区", "金川街道翠锦社区龙泰家属院",
                                              "金川街道春晓村"]}


def test_a_communitys_places_without_counts_keep_its_name() -> None:
    text = ("关于调整的通告\n以下区域由封控区调整为管控区:\n一、金川街道\n翠锦社区:\n星河小区\n龙泰家属院\n")
    assert levels_of(text) == {"controlled": ["金川街道翠锦社区星河小区", "金川街道翠锦社区龙泰家属院"]}


# --- "软件新城的3个楼栋由封控区调整为防范区" -------------------------------------------------------------------


def test_some_buildings_of_a_named_compound_are_a_place() -> None:
    text = "关于调整管理的通告\n星河街道全域调整为防范区进行管理。\n其中,金川新城的3个楼栋由封控区调整为防范区。"
    assert levels_of(text) == {"precaution": ["星河街道全域", "金川新城的3个楼栋"]}


def test_some_buildings_of_a_named_compound_in_other_wordings() -> None:
    assert levels_of("关于调整的通告\n将翠锦小区的2栋楼划定为封控区。") == {"sealed": ["翠锦小区的2栋楼"]}
    assert levels_of("关于调整的通告\n龙泰花园的5个单元由管控区调整为防范区。") == {"precaution": ["龙泰花园的5个单元"]}
    assert levels_of(in_traditional("关于调整的通告\n将金川新城的3个楼栋由封控区调整为防范区。")) == {
        "precaution": ["金川新城的3个楼栋"]}


def test_a_count_of_compounds_or_buildings_without_a_compound_is_no_place() -> None:
    text = "关于调整的通告\n其中7个城市小区由封控区调整为管控区,2个大型商超由封控区调整为防范区(具体名单见下表)。"
    assert levels_of(text) == {}
    assert levels_of("关于调整的通告\n雨花区两个小区由封控区调整为防范区。") == {}


# --- "一、新增高风险区(10个)" over "将A区B,以及C区D1栋、2栋,…划定为高风险区" -------------------------------------


def test_a_headings_count_over_sentences_splits_a_bare_building() -> None:
    text = ("关于新增高风险区的公告\n一、新增高风险区(4个)\n将天心区金川镇星河小区,以及雨花区锦华园一期1栋、2栋,"
            "锦华园T区4栋划定为高风险区,执行“足不出户、上门服务”管控措施。\n二、新增中风险区(1个)\n"
            "将天心区龙泰产业园划定为中风险区。")
    assert by_level(text) == {("high", "天心区"): ["金川镇星河小区"],
                              ("high", "雨花区"): ["锦华园一期1栋", "2栋", "锦华园T区4栋"],
                              ("medium", "天心区"): ["龙泰产业园"]}


def test_a_headings_count_splits_bare_buildings_in_other_wordings() -> None:
    text = ("关于新增高风险区的公告\n一、新增高风险区(3个)\n将金川小区1号楼、2号楼,星河苑划定为高风险区。")
    assert levels_of(text) == {"high": ["金川小区1号楼", "2号楼", "星河苑"]}
    text = ("关于新增高风险区的公告\n高风险区(3个):\n金川小区1栋、2栋、3栋\n")
    assert levels_of(text) == {"high": ["金川小区1栋", "2栋", "3栋"]}
    text = in_traditional("关于新增高风险区的公告\n一、新增高风险区(3个)\n将金川小区1栋、2栋,星河苑划定为高风险区。")
    assert levels_of(text) == {"high": ["金川小区1栋", "2栋", "星河苑"]}


def test_buildings_of_one_compound_stay_one_place_when_the_count_says_so() -> None:
    text = ("关于新增高风险区的公告\n一、新增高风险区(2个)\n将金川小区1栋、2栋,星河苑划定为高风险区。")
    assert levels_of(text) == {"high": ["金川小区1栋、2栋", "星河苑"]}
    text = "关于新增高风险区的公告\n将金川小区1栋、2栋,星河苑划定为高风险区。"
    assert levels_of(text) == {"high": ["金川小区1栋、2栋", "星河苑"]}


# --- "一、高风险区(提级1个)" ---------------------------------------------------------------------------------


def test_a_change_written_inside_the_counts_brackets() -> None:
    text = ("关于调整高、中风险区划分的通告\n具体如下:\n一、高风险区(提级1个)\n天心区金川镇星河小区\n"
            "二、高风险区降为中风险区(2个)\n1.天心区金川镇龙泰小区\n2.天心区金川镇锦华苑\n")
    assert by_level(text) == {("high", "天心区"): ["金川镇星河小区"],
                              ("medium", "天心区"): ["金川镇龙泰小区", "金川镇锦华苑"]}


def test_a_change_inside_the_counts_brackets_in_other_wordings() -> None:
    text = "关于调整风险区的通告\n一、中风险区(新增2个)\n1.金川镇星河小区\n2.金川镇龙泰小区\n"
    assert levels_of(text) == {"medium": ["金川镇星河小区", "金川镇龙泰小区"]}
    text = "关于调整风险区的通告\n一、高风险区(升级1个):\n金川镇星河小区\n"
    assert levels_of(text) == {"high": ["金川镇星河小区"]}
    text = in_traditional("关于调整风险区的通告\n一、高风险区(提级2个)\n1.金川镇星河小区\n2.金川镇龙泰小区\n")
    assert levels_of(text) == {"high": ["金川镇星河小区", "金川镇龙泰小区"]}


# --- "三、以下区域解除管控管理" (no colon) over districts' lists -------------------------------------------------


def test_a_lift_heading_without_a_colon_over_district_sections() -> None:
    text = ("关于调整封控管控区域的通告\n一、以下区域由封控区调整为管控区\n(一)天心区\n金川镇:星河村。\n"
            "二、以下区域解除管控管理\n雨花区\n锦华街道:翠锦社区,龙泰小区7号楼1单元;\n瑞祥街道:春晓社区。")
    assert by_level(text) == {("controlled", "天心区"): ["金川镇星河村"],
                              ("lifted", "雨花区"): ["锦华街道翠锦社区", "锦华街道龙泰小区7号楼1单元",
                                                     "瑞祥街道春晓社区"]}


def test_a_lift_heading_without_a_colon_in_other_wordings() -> None:
    text = "关于解除封控的通告\n一、以下区域解除封控管理\n1.金川镇星河村\n2.金川镇龙泰小区\n"
    assert levels_of(text) == {"lifted": ["金川镇星河村", "金川镇龙泰小区"]}
    text = "关于解除防范的通告\n二、以下区域解除防范管理\n锦华街道:翠锦社区,龙泰小区。"
    assert levels_of(text) == {"lifted": ["锦华街道翠锦社区", "锦华街道龙泰小区"]}
    text = in_traditional("关于解除管控的通告\n三、以下区域解除管控管理\n锦华街道:翠锦社区,龙泰小区。")
    assert levels_of(text) == {"lifted": ["锦华街道翠锦社区", "锦华街道龙泰小区"]}


def test_a_place_lifted_from_management_is_no_heading() -> None:
    text = "关于解除管控的通告\n1.金川镇星河村解除管控管理\n2.金川镇龙泰小区解除管控管理\n"
    assert levels_of(text) == {"lifted": ["金川镇星河村", "金川镇龙泰小区"]}


# --- "5、A村(1个):1组13号" and "6、B村(3个):4组,5组,6组" under a town's heading ----------------------------


def test_villages_labelled_with_counts_over_groups_and_house_numbers() -> None:
    text = ("关于新增划定风险区域的通告\n一、新增高风险区域\n(一)金川镇(7个)\n"
            "1、翠锦社区(2个):星河街C区26栋,龙泰巷A区3栋\n2、春晓社区(1个):锦华街10号、118号、120号、584、586号、604号所在楼栋\n3、瑞祥村(1个):1组13号\n"
            "4、康宁村(3个):4组,5组,6组\n")
    assert levels_of(text) == {"high": ["金川镇翠锦社区星河街C区26栋", "金川镇翠锦社区龙泰巷A区3栋",
                                        "金川镇春晓社区锦华街10号、118号、120号、584、586号、604号所在楼栋",
                                        "金川镇瑞祥村1组13号", "金川镇康宁村4组", "金川镇康宁村5组", "金川镇康宁村6组"]}


def test_villages_labelled_with_counts_in_other_wordings() -> None:
    text = ("关于新增划定风险区域的通告\n一、新增高风险区域\n(一)金川镇\n1、翠锦社区(1个):星河街3栋\n"
            "2、瑞祥村(2个):1组48号,2组2号、6号、7号\n")
    assert levels_of(text) == {"high": ["金川镇翠锦社区星河街3栋", "金川镇瑞祥村1组48号",
                                        "金川镇瑞祥村2组2号、6号、7号"]}
    text = ("关于新增划定风险区域的通告\n高风险区域:\n1、瑞祥村(2个):8组11号、19号,9组42号\n2、康宁村(1个):3组\n")
    assert levels_of(text) == {"high": ["瑞祥村8组11号、19号", "瑞祥村9组42号", "康宁村3组"]}
    text = in_traditional("关于新增划定风险区域的通告\n一、新增高风险区域\n(一)金川镇\n1、翠锦社区(1个):星河街3栋\n"
                          "2、瑞祥村(2个):1组48号,2组2号、6号\n")
    assert levels_of(text) == {"high": ["金川镇翠锦社区星河街3栋", "金川镇瑞祥村1组48号", "金川镇瑞祥村2组2号、6号"]}


def test_a_communitys_places_without_a_count_keep_the_parts_joined() -> None:
    text = "关于划定风险区的通告\n高风险区:\n1、翠锦社区:星河小区1号楼,2号楼\n"
    assert levels_of(text) == {"high": ["翠锦社区星河小区1号楼,2号楼"]}


# --- ordinary wording near the rules: places already at a level, closed markets, people and vehicles ------------


def test_a_place_still_at_its_level_and_the_measures_after_a_counted_list() -> None:
    text = ("关于划定的公告\n经研究决定,划定2个高风险区。具体名单如下:\n1.城关镇星河小区5栋;\n2.城关镇翠锦家园。\n"
            "城关镇龙泰小区仍为高风险区。区域内人员、车辆严禁出入,农贸市场实行封闭管理。\n")
    assert levels_of(text) == {"high": ["城关镇星河小区5栋", "城关镇翠锦家园", "城关镇龙泰小区"]}


def test_people_and_vehicles_of_two_towns_sealed_are_no_places() -> None:
    text = ("关于实行区域管控的通告\n将长宁县金川镇和龙泰镇全域设为封控区。\n"
            "金川镇和龙泰镇全域人员、车辆只进不出,农贸市场实行封闭管理。\n")
    assert by_level(text) == {("sealed", "长宁县"): ["金川镇", "龙泰镇全域"]}


def test_measures_after_a_restated_headlines_list_are_no_places() -> None:
    text = ("天心区\n3个封控区调整为管控区\n1月19日零时起,天心区所辖金川街道星河村等3个封控区调整为管控区。"
            "这3个区域包括:\n金川街道星河村\n金川街道春晓小区\n金川街道龙泰小区\n区域内人员、车辆不得外出,农贸市场实行封闭管理。\n")
    assert levels_of(text) == {"controlled": ["金川街道星河村", "金川街道春晓小区", "金川街道龙泰小区"]}


def test_measures_after_a_lift_heading_without_a_colon_are_no_places() -> None:
    text = ("关于调整的通告\n一、以下区域解除管控管理\n金川镇:星河村,龙泰小区。\n二、农贸市场实行封闭管理。\n"
            "三、进出人员、车辆须查验核酸证明。\n")
    assert levels_of(text) == {"lifted": ["金川镇星河村", "金川镇龙泰小区"]}


# --- properties over generated lists ----------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(st.lists(name, min_size=2, max_size=5, unique=True), st.integers(min_value=2, max_value=60),
       st.booleans())
def test_any_counted_designation_with_its_named_list_and_restated_count(names: list[str], hour: int,
                                                                         traditional: bool) -> None:
    places = [f"城关镇{n}小区" for n in names]
    items = "\n".join(f"{k}.{p};" for k, p in enumerate(places, 1))
    text = (f"星光县疫情防控指挥部\n关于划定风险区的公告\n根据有关标准,经专家综合研判,星光县指挥部研究决定,"
            f"自11月2日起,划定{len(places)}个高风险区。具体名单如下:\n{items}\n"
            f"调整后,时间截至11月2日{hour % 24}:00,全县共有高风险区{len(places) + 7}个。")
    text = in_traditional(text) if traditional else text
    assert levels_of(text) == {"high": places}


@settings(max_examples=40, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True), st.sampled_from(["全域", "全境", "辖区"]),
       st.sampled_from(["镇", "乡", "街道"]))
def test_any_two_towns_joined_before_a_whole_word(names: list[str], whole: str, kind: str) -> None:
    first, second, *rest = (n + kind for n in names)
    text = f"关于实行区域管控的通告\n将{first}和{second}{whole}" + "".join(f",{r}翠锦村" for r in rest) + "设为封控区。"
    assert levels_of(text) == {"sealed": [first, second + whole, *(r + "翠锦村" for r in rest)]}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(name, min_size=1, max_size=3, unique=True), min_size=1, max_size=3), st.booleans())
def test_any_villages_counted_groups_are_one_place_each(villages: list[list[str]], full_width: bool) -> None:
    lines = []
    expected = []
    for k, groups in enumerate(villages, 1):
        numbers = [f"{j + 1}组" for j in range(len(groups))]
        lines.append(f"{k}、{'金星康瑞'[k % 4]}{groups[0]}村({len(numbers)}个):" + ",".join(numbers))
        expected += [f"金川镇{'金星康瑞'[k % 4]}{groups[0]}村{g}" for g in numbers]
    text = "关于新增划定风险区域的通告\n一、新增高风险区域\n(一)金川镇\n" + "\n".join(lines) + "\n"
    text = text.translate(HALF_TO_FULL) if full_width else text
    assert levels_of(text) == {"high": expected}
