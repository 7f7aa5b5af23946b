"""Forms of the fourteenth held-out set, each in variants written here (invented places, the wording of the
real forms): the 2020 five-colour lists of counties and towns ("中风险的县(市、区)", "较低风险的乡镇(街道)" which
is no level of ours), a promise of later changes under a blanket, the experts' judgement joined to the office
by 和, a count that splits 及 between the last two places, a management area (管理区) inside a quoted list, and
a lead that turns "部分" areas to a level above numbered items of house numbers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import by_level, in_traditional, levels_of

# ---------------------------------------------------------------------------------------------------
# five-colour lists of counties and towns (2020)

FIVE_COLOUR = ("最新某市乡镇街道疫情风险评估\n根据省卫健委2月14日风险评估结果,某市无高风险和较高风险县(市、区)。\n"
               "1\n中风险的县(市、区)(2个):\n青石县、白河市\n2\n较低风险的县(市、区)(1个):\n东岭区\n3\n"
               "低风险的县(市、区)(2个):\n南湖区、北山县\n"
               "我市根据各乡镇(街道)累计确诊病例数等指标计算风险,采用五色法进行风险评估。\n"
               "高风险的乡镇(街道)0个\n较高风险的乡镇(街道)0个\n中风险的乡镇(街道)3个:\n青石县:石门镇、云溪街道\n"
               "白河市:河口镇\n较低风险的乡镇(街道)2个:\n南湖区:湖滨街道、柳岸镇\n低风险的乡镇(街道)个(略)\n来源\n某市卫生健康委")


def test_five_colour_lists_give_our_levels_and_skip_the_in_between_ones() -> None:
    assert by_level(FIVE_COLOUR) == {
        ("medium", "青石县"): ["青石县", "石门镇", "云溪街道"], ("medium", "白河市"): ["白河市", "河口镇"],
        ("low", "南湖区"): ["南湖区"], ("low", "北山县"): ["北山县"]}


def test_five_colour_lists_in_traditional_characters() -> None:
    assert levels_of(in_traditional(FIVE_COLOUR)) == levels_of(FIVE_COLOUR)


@pytest.mark.parametrize("between", ["较低风险的县(市、区)(1个):", "较低风险县(市、区)1个:",
                                     "(二)较高风险的乡镇(街道)(1个)"])
def test_an_in_between_level_heading_ends_the_list_above(between: str) -> None:
    text = (f"某市风险评估结果\n中风险的乡镇(街道)(2个):\n青石县:石门镇、云溪街道\n{between}\n青石县:河口镇\n"
            "低风险的乡镇(街道)(1个):\n青石县:柳岸镇")
    assert levels_of(text) == {"medium": ["石门镇", "云溪街道"], "low": ["柳岸镇"]}


@given(st.lists(st.sampled_from(["石门镇", "云溪街道", "河口镇", "柳岸镇", "松林乡", "桥头街道"]),
                min_size=1, max_size=6, unique=True))
@settings(max_examples=25, deadline=None)
def test_any_town_list_under_a_five_colour_heading_is_read_whole(towns: list[str]) -> None:
    text = (f"某市风险评估结果\n中风险的乡镇(街道){len(towns)}个:\n青石县:{'、'.join(towns)}\n"
            "较低风险的乡镇(街道)1个:\n青石县:东坝镇")
    assert by_level(text) == {("medium", "青石县"): towns}


# ---------------------------------------------------------------------------------------------------
# a promise of later changes after the blanket of the low level

@pytest.mark.parametrize("promise", ["后续将根据疫情防控形势变化适时调整。", "以上区域将视情动态调整。",
                                     "下一步将根据疫情情况及时更新。", "後續將根據疫情防控形勢變化適時調整。"])
def test_a_promise_of_later_changes_names_no_place(promise: str) -> None:
    text = ("关于公布青湾区疫情防控风险区的通告\n一、高风险区(1个)\n1.青湾区银滩镇和平村细垌小区\n三、低风险区\n"
            f"青湾区除中高风险区域外的其他地区。\n{promise}\n特此通告。\n某市青湾区疫情防控指挥部办公室\n2022年7月15日")
    assert by_level(text) == {("high", "青湾区"): ["银滩镇和平村细垌小区"]}


# ---------------------------------------------------------------------------------------------------
# "经专家研判和县…指挥部决定": the judgement joined to the office is no part of its name

@pytest.mark.parametrize("lead", ["经专家研判和县疫情防控指挥部决定",
                                  "经专家组分析研判及县新冠肺炎疫情防控指挥部研究决定",
                                  "經專家研判和縣新型冠狀病毒感染肺炎疫情防控指揮部決定"])
def test_the_office_after_the_experts_judgement_is_not_a_district(lead: str) -> None:
    text = (f"青石县新型冠状病毒感染肺炎\n疫情防控指挥部通告\n根据有关规定,{lead},调整以下区域风险等级,具体如下:\n"
            "11月10日19时起将石门镇云溪小区,由高风险区调整为中风险区。\n青石县新型冠状病毒感染肺炎\n疫情防控指挥部\n2022年11月10日")
    assert by_level(text) == {("medium", "青石县"): ["石门镇云溪小区"]}


# ---------------------------------------------------------------------------------------------------
# a count after the list splits 及 (和, 与) between its last two places

@pytest.mark.parametrize(("joined", "last_two"), [
    ("第一市场及上街镇金屿村侯官路46号", ["第一市场", "上街镇金屿村侯官路46号"]),
    ("河口农贸市场和柳岸镇桥头村8组", ["河口农贸市场", "柳岸镇桥头村8组"]),
    ("云溪幼儿园与松林路12号", ["云溪幼儿园", "松林路12号"]),
])
def test_a_count_splits_the_conjunction_between_places(joined: str, last_two: list[str]) -> None:
    text = (f"11月10日20时起将石门镇龙峰花园1、2、12号楼、滨江苑A区12#楼、{joined},4个中风险区调整为低风险区。")
    assert levels_of(text) == {"low": ["石门镇龙峰花园1、2、12号楼", "滨江苑A区12#楼", *last_two]}


def test_without_the_count_agreeing_the_conjunction_stays_inside_the_place() -> None:
    text = "11月10日20时起将石门镇龙峰花园3号楼、第一市场及上街镇金屿村侯官路46号,2个中风险区调整为低风险区。"
    assert levels_of(text) == {"low": ["石门镇龙峰花园3号楼", "第一市场及上街镇金屿村侯官路46号"]}


@given(st.lists(st.sampled_from(["云溪小区", "河口市场", "松林公寓", "桥头村8组", "柳岸花园3栋", "东坝宾馆"]),
                min_size=2, max_size=6, unique=True))
@settings(max_examples=25, deadline=None)
def test_any_counted_list_ending_in_ji_gives_each_place(places: list[str]) -> None:
    listed = "、".join(places[:-1]) + "及" + places[-1]
    text = f"自11月10日起将{listed},{len(places)}个中风险区调整为低风险区。"
    assert levels_of(text) == {"low": places}


# ---------------------------------------------------------------------------------------------------
# a management area (管理区) in a quoted list is a town's level, part of its place

@pytest.mark.parametrize("area", ["后湖管理区预制厂小区(原建筑公司小区)", "西洞湖管理区新河村3组",
                                  "城南物业管理处宿舍"])
def test_a_management_area_in_a_quoted_list_is_part_of_the_place(area: str) -> None:
    text = ("青石市关于划定部分区域为高风险区的通告\n经专家组分析研判,青石市新冠肺炎疫情防控指挥部决定,"
            "自2022年11月21日24时起,"
            f"将“ 园林街道棉纺小区、泰丰街道莫市村9组、{area}”划定为高风险区,执行“足不出户、上门服务”等管控措施。"
            "以上区域范围和管控要求将根据疫情防控形势变化适时调整。特此通告。\n青石市新冠肺炎疫情防控指挥部\n2022年11月21日")
    assert levels_of(text) == {"high": ["园林街道棉纺小区", "泰丰街道莫市村9组", area]}


# ---------------------------------------------------------------------------------------------------
# "将某区部分临时管控区调整为低风险区。…如下:" over "一、调整范围" and numbered items

@pytest.mark.parametrize(("lead", "level"), [
    ("决定自2022年9月14日6时起,将渝北区部分临时管控区调整为低风险区。现将有关事项通告如下:", "low"),
    ("决定自2022年9月14日起,将我区部分区域划定为中风险区。现将有关事项通告如下:", "medium"),
    ("決定自2022年9月14日6時起,將渝北區部分臨時管控區調整為低風險區。現將有關事項通告如下:", "low"),
])
def test_a_lead_over_part_of_the_areas_heads_numbered_items(lead: str, level: str) -> None:
    text = (f"关于调整渝北区临时管控区范围的通告\n根据有关规定,{lead}\n一、调整范围\n"
            "1.松林社区松林路86号、100号、102号,民生路212号(旧址),大井南巷1—7号;\n"
            "2.河口社区河口8号、10号、12号;\n3.桥头社区大同巷3—6号,石灰市80号、84号 。\n"
            "以上区域内已划定的中风险区不变 。\n"
            "二、防控措施\n1. 实行“个人防护、避免聚集”。")
    assert levels_of(text) == {level: ["松林社区松林路86号、100号、102号,民生路212号(旧址),大井南巷1—7号",
                                       "河口社区河口8号、10号、12号", "桥头社区大同巷3—6号,石灰市80号、84号"]}
