"""Forms of 2020 and 2021 reports and tables: a news flash whose places are the subject, grouped by district
between commas after a reporter's lead ("记者28日晚获悉,A区B、C,D市E已连续14天内无新增确诊病例,…,以上地区调整为
低风险地区"); a province's standing list restated as the rest of a count ("共有7个中风险地区,除了上述佛山一地,其余6个
均在广州,分别是广州市荔湾区A、B"); a district's office that 宣布 (announces) a change, its district the place's; a
2020 closure of the areas below ("对下列小区、村组、楼栋等区域实行封闭式管理") over a table copied one cell a line
with a district column, a column of places and a count column, no level column ("县区" / "实行封闭式管理的区域" /
"数量" over "A区" / "B镇C村;D小区5栋" / "2"). Each form in variants written here (invented places, the wording of the
real forms, traditional characters, full-width punctuation), properties over generated names, and ordinary wording
near each trigger that must name no place."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)
PLACE_END = ["小区", "社区", "花园", "家园", "村"]


# --- a report's subject grouped by district between commas ------------------------------------------------------


def test_report_subject_grouped_by_district_after_a_reporters_lead() -> None:
    text = ("山东青岛5个中风险地区降为低风险\n\n"
            "记者5日晚获悉,青岛市城阳区春晓社区、金龙小区、丽泽村,胶州市长风镇兴盛村、福瑞社区已连续14天内无新增确诊病例,"
            "根据《关于调整新冠肺炎疫情分区分级标准实施精准管控措施的通知》和省疫情防控总指挥部的意见,"
            "自2021年6月5日24时起,以上地区调整为低风险地区。")
    assert by_level(text) == {("low", "城阳区"): ["春晓社区", "金龙小区", "丽泽村"],
                              ("low", "胶州市"): ["长风镇兴盛村", "福瑞社区"]}


def test_report_subject_groups_in_traditional_characters() -> None:
    text = in_traditional("记者从市疫情防控指挥部获悉,青岛市黄岛区翠锦社区、星峰花园,即墨区胜利村"
                          "已连续14天内无新增确诊病例,自2021年6月5日零时起,以上地区调整为低风险地区。")
    assert by_level(text) == {("low", "黄岛区"): ["翠锦社区", "星峰花园"], ("low", "即墨区"): ["胜利村"]}


def test_report_subject_groups_with_full_width_punctuation() -> None:
    text = ("记者6日获悉,大连市金州区君悦小区,普兰店区康宁社区,庄河市光明村已连续14天内无新增确诊病例,"
            "根据省疫情防控总指挥部的意见,自2021年6月6日24时起,以上地区调整为低风险地区。").translate(HALF_TO_FULL)
    assert by_level(text) == {("low", "金州区"): ["君悦小区"], ("low", "普兰店区"): ["康宁社区"],
                              ("low", "庄河市"): ["光明村"]}


def test_a_clause_of_testing_between_the_places_and_the_condition_names_no_group() -> None:
    # near miss: the piece after the first comma is a clause of what was done, no district's group of places
    text = ("记者5日获悉,城阳区春晓社区,经过三轮全员核酸检测,已连续14天内无新增确诊病例,"
            "自2021年6月5日24时起,以上地区调整为低风险地区。")
    assert "经过三轮全员核酸检测" not in [p for places in levels_of(text).values() for p in places]


def test_people_before_the_condition_are_no_place() -> None:
    # near miss: the subject is people, not places
    text = "记者5日获悉,城阳区密切接触者、胶州市次密切接触者已连续14天内无新增确诊病例,以上人员解除隔离。"
    assert levels_of(text) == {}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(name, st.sampled_from(PLACE_END)), min_size=1, max_size=3, unique_by=lambda t: t[0]),
       st.lists(st.tuples(name, st.sampled_from(PLACE_END)), min_size=1, max_size=3, unique_by=lambda t: t[0]))
def test_any_two_districts_places_as_a_reports_subject(first: list[tuple[str, str]],
                                                       second: list[tuple[str, str]]) -> None:
    one, two = [f"{n}{end}" for n, end in first], [f"{n}{end}" for n, end in second]
    text = (f"记者28日晚获悉,营口市老边区{'、'.join(one)},大石桥市{'、'.join(two)}已连续14天内无新增确诊病例,"
            f"自2021年5月28日24时起,以上地区调整为低风险地区。")
    assert by_level(text) == {("low", "老边区"): one, ("low", "大石桥市"): two}


# --- a province's standing list restated as the rest of a count -------------------------------------------------


def test_standing_list_restated_as_the_rest_of_a_count() -> None:
    text = ("截至目前,山东省共有5个中风险地区,除了上述青岛一地,其余4个均在济南,"
            "分别是济南市历下区春晓街金龙苑、丽泽小区东片、长风街、胜利街。")
    assert by_level(text) == {("medium", "历下区"): ["春晓街金龙苑", "丽泽小区东片", "长风街", "胜利街"]}


def test_restated_rest_in_traditional_characters() -> None:
    text = in_traditional("截至目前,福建省共有3个中风险地区,除了上述厦门一地,其余2个均在莆田,"
                          "分别是莆田市仙游县枫亭镇兴盛村、福瑞社区。")
    assert by_level(text) == {("medium", "仙游县"): ["枫亭镇兴盛村", "福瑞社区"]}


def test_restated_rest_with_full_width_punctuation_and_no_places_set_apart() -> None:
    text = ("截至目前,广东省共有4个高风险地区,其余3个均位于深圳,"
            "分别是深圳市南山区星峰花园、君悦家园、康宁小区。").translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "南山区"): ["星峰花园", "君悦家园", "康宁小区"]}


def test_the_rest_at_a_lower_level_is_no_list() -> None:
    # near miss: the rest of the province is at the low level, a blanket; nothing is listed
    text = "截至目前,山东省共有1个中风险地区,其余地区均为低风险地区。"
    assert levels_of(text) == {}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(name, st.sampled_from(PLACE_END)), min_size=2, max_size=5, unique_by=lambda t: t[0]))
def test_any_rest_of_a_count_listed(parts: list[tuple[str, str]]) -> None:
    places = [f"{n}{end}" for n, end in parts]
    text = (f"截至目前,江苏省共有{len(places) + 1}个中风险地区,除了上述南京一地,其余{len(places)}个均在扬州,"
            f"分别是扬州市邗江区{'、'.join(places)}。")
    assert by_level(text) == {("medium", "邗江区"): places}


# --- a district's office that announces (宣布) ------------------------------------------------------------------


def test_a_district_office_that_announces_gives_its_district() -> None:
    text = ("广东中风险地区增至3个\n\n 5月29日,广东省佛山市顺德区新型冠状病毒肺炎疫情防控指挥部宣布,"
            "大良街道金龙花园小区风险等级由低风险调整为中风险。")
    assert by_level(text) == {("medium", "顺德区"): ["大良街道金龙花园小区"]}


def test_an_announcing_office_in_traditional_characters() -> None:
    text = in_traditional("6月1日,福建省厦门市海沧区新冠肺炎疫情防控指挥部宣布,"
                          "新阳街道星峰小区风险等级由低风险调整为中风险。")
    assert by_level(text) == {("medium", "海沧区"): ["新阳街道星峰小区"]}


def test_an_announcing_office_with_full_width_punctuation() -> None:
    text = "6月2日,江西省南昌市青山湖区疫情防控指挥部宣布,京东镇君悦家园风险等级由低风险调整为中风险。".translate(
        HALF_TO_FULL)
    assert by_level(text) == {("medium", "青山湖区"): ["京东镇君悦家园"]}


# --- a closure of the areas below over a level-less table of districts ------------------------------------------

_TABLE = ("公告\n为进一步落实“科学防控、精准施策”的要求,根据确诊病例、疑似病例和密切接触者的分布情况,"
          "市疫情防控应急指挥部研究决定对下列小区、村组、楼栋等区域实行封闭式管理,其它小区、村组等区域实行流动性管控,"
          "并随疫情的变化,动态调整,及时公告。\n\n\n县区\n实行封闭式管理的区域\n数量\n"
          "渝水区\n罗坊镇金龙村八组;城北社区星峰花园3栋一单元。\n2\n"
          "分宜县\n杨桥镇丽泽村,钤山镇翠锦村\n2\n"
          "合计\n\n4\n\n1.封闭区域管理的具体要求:①必须设置警戒设施,严控人员和车辆出入。")


def test_level_less_table_of_districts_under_a_closure_of_the_areas_below() -> None:
    assert by_level(_TABLE) == {("sealed", "渝水区"): ["罗坊镇金龙村八组", "城北社区星峰花园3栋一单元"],
                                ("sealed", "分宜县"): ["杨桥镇丽泽村", "钤山镇翠锦村"]}


def test_level_less_table_in_traditional_characters() -> None:
    assert by_level(in_traditional(_TABLE)) == {
        ("sealed", "渝水区"): ["罗坊镇金龙村八组", "城北社区星峰花园3栋一单元"],
        ("sealed", "分宜县"): ["杨桥镇丽泽村", "钤山镇翠锦村"]}


def test_level_less_table_with_full_width_punctuation_and_a_count_split_at_he() -> None:
    text = ("市指挥部研究决定对下列区域实行封闭式管理,其它区域实行流动性管控。\n\n序号\n县区\n区域\n数量\n"
            "1\n安福县\n平都镇君悦小区,横龙镇康宁村和严田镇光明村\n3\n"
            "2\n永新县\n禾川镇胜利村\n1\n").translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "安福县"): ["平都镇君悦小区", "横龙镇康宁村", "严田镇光明村"],
                              ("sealed", "永新县"): ["禾川镇胜利村"]}


def test_closure_of_the_kinds_of_area_below_over_labelled_lines() -> None:
    text = ("市疫情防控应急指挥部研究决定对下列小区、村组、楼栋等区域实行封闭式管理:\n"
            "渝水区:罗坊镇金龙村八组;城北社区星峰花园3栋。\n分宜县:杨桥镇丽泽村,钤山镇翠锦村")
    assert by_level(text) == {("sealed", "渝水区"): ["罗坊镇金龙村八组", "城北社区星峰花园3栋"],
                              ("sealed", "分宜县"): ["杨桥镇丽泽村", "钤山镇翠锦村"]}


def test_people_below_closed_are_no_place() -> None:
    # near miss: people below kept in, not the areas below; a table of testing sites by district names no level
    text = ("对下列人员实行封闭式管理:\n居家隔离人员、密切接触者。\n\n县区\n核酸检测点\n数量\n"
            "渝水区\n城北社区卫生服务站\n1\n分宜县\n钤山镇卫生院\n1\n")
    assert levels_of(text) == {}


def test_a_table_of_districts_without_a_closure_names_no_level() -> None:
    # near miss: the same table under a lead that closes nothing: the rows are no places at a level
    text = "各县区核酸采样点分布情况如下。\n\n县区\n区域\n数量\n渝水区\n城北社区广场\n1\n分宜县\n钤山镇文化中心\n1\n"
    assert parse_notice(text, default_year=2020)["changes"] == []


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(name, st.sampled_from(["村", "小区", "社区"])), min_size=1, max_size=3,
                unique_by=lambda t: t[0]),
       st.lists(st.tuples(name, st.sampled_from(["村", "小区", "社区"])), min_size=1, max_size=3,
                unique_by=lambda t: t[0]),
       st.sampled_from([";", ",", "、"]))
def test_any_level_less_table_rows(first: list[tuple[str, str]], second: list[tuple[str, str]], sep: str) -> None:
    one = [f"罗坊镇{n}{end}" for n, end in first]
    two = [f"杨桥镇{n}{end}" for n, end in second]
    text = ("市疫情防控应急指挥部研究决定对下列小区、村组等区域实行封闭式管理,其它区域实行流动性管控。\n\n"
            f"县区\n实行封闭式管理的区域\n数量\n渝水区\n{sep.join(one)}\n{len(one)}\n"
            f"分宜县\n{sep.join(two)}\n{len(two)}\n合计\n\n{len(one) + len(two)}\n")
    assert by_level(text) == {("sealed", "渝水区"): one, ("sealed", "分宜县"): two}


def test_a_levels_specific_requirements_under_its_list_are_no_places() -> None:
    # near miss: "封控区管理的具体要求:" heads the measures under the list, not a second list
    text = ("将下列区域划为封控区。\n渝水区:罗坊镇金龙村八组。\n\n"
            "1.封控区管理的具体要求:①必须设置警戒设施,严控人员和车辆出入。②外来人员一律不允许进入封控区域。")
    assert by_level(text) == {("sealed", "渝水区"): ["罗坊镇金龙村八组"]}
