"""Forms of notices that lower places in one paragraph whose groups each carry their own condition, one of them
"近14天均无报告本土确诊病例" (all without cases, 均 before 无: a report of the 北京 spring 2022 form); put a news
headline over a lift that names its division and the hour it lifts from ("原标题:江苏宜兴今日18时起解除管控措施",
no place); lift a town's sealed and controlled areas in a sentence that closes on its own ("解除A镇封控区、管控区相关
管控措施,同时解除全市防范区的管控措施", the town the place lifted); write a report's headline, a colon and the
report's own sentence with its 将 ("广东一地调整为中风险:…报告1例…,防疫要求将A…由低风险调整为中风险"); lift two
levels written short before their shared ending ("A全域解除中、低风险区管控措施"); count the added areas of a level
and then name them after a comma ("新增高风险区1处,A办事处B小区。"), with streets written as their offices
(办事处) beside a development zone by its kind alone. Each form in variants written here (invented places, the
wording of the real forms: other cities, districts and kinds, traditional characters, full-width punctuation),
properties over generated names, and near-misses that must not be read as the form."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
    no_real_city,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


_plain = no_real_city


# --- groups of places each with its own condition, one "均无报告" ------------------------------------------

REPORT = ("人民网北京5月26日电 在北京市新型冠状病毒肺炎疫情防控工作新闻发布会上,北京市疾控中心副主任介绍,"
          "截至年5月25日24时,经北京市疾控中心评估,{counts},调整风险等级如下:{body}截至目前,全市共有高风险地区9个,"
          "中风险地区15个。")


def test_groups_with_cases_then_groups_all_without_lowered_together() -> None:
    body = ("海淀区学院路街道金华社区、花园路街道春晓社区,丰台区卢沟桥乡锦绣小区近14天各累计报告1例本土确诊病例,"
            "海淀区马连洼街道翠竹园小区,丰台区卢沟桥乡龙春苑小区、卢沟桥乡星峰苑小区近14天均无报告本土确诊病例,"
            "即日起由中风险地区降为低风险地区。")
    text = REPORT.format(counts="海淀区3地、丰台区3地", body=body)
    assert by_level(text) == {
        ("low", "海淀区"): ["学院路街道金华社区", "花园路街道春晓社区", "马连洼街道翠竹园小区"],
        ("low", "丰台区"): ["卢沟桥乡锦绣小区", "卢沟桥乡龙春苑小区", "卢沟桥乡星峰苑小区"]}


def test_all_without_cases_in_traditional_characters() -> None:
    body = ("朝陽區勁松街道金華社區近14天各累計報告1例本土確診病例,房山區閻村鎮錦繡苑小區、閻村鎮春曉村近14天均無報告"
            "本土確診病例,即日起由中風險地區降為低風險地區。")
    text = in_traditional(REPORT.format(counts="朝阳区1地、房山区2地", body="")) + body
    assert by_level(text) == {("low", "朝阳区"): ["劲松街道金华社区"],
                              ("low", "房山区"): ["阎村镇锦绣苑小区", "阎村镇春晓村"]}


def test_each_without_cases_with_full_width_commas() -> None:
    body = ("通州区马驹桥镇金华小区近14天各累计报告2例本土确诊病例,通州区永顺镇春晓小区近14天各无报告本土确诊病例,"
            "即日起由中风险地区降为低风险地区。")
    text = REPORT.format(counts="通州区2地", body=body).translate(HALF_TO_FULL)
    assert by_level(text) == {("low", "通州区"): ["马驹桥镇金华小区", "永顺镇春晓小区"]}


def test_a_whole_city_all_without_cases_is_no_place() -> None:
    text = "经市疾控中心评估,全市近14天均无报告本土确诊病例,风险等级保持不变。"
    assert by_level(text) == {}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True), st.sampled_from(["社区", "小区", "村"]),
       st.sampled_from(["均", "各", "都"]), st.booleans())
def test_any_groups_with_own_conditions_are_each_lowered(names: list[str], kind: str, word: str,
                                                         full_width: bool) -> None:
    places = [f"金峰街道{n}{kind}" for n in names]
    body = (f"朝阳区{places[0]}近14天各累计报告1例本土确诊病例,朝阳区{'、'.join(places[1:])}近14天{word}无报告"
            "本土确诊病例,即日起由中风险地区降为低风险地区。")
    text = REPORT.format(counts=f"朝阳区{len(places)}地", body=body)
    text = text.translate(HALF_TO_FULL) if full_width else text
    assert by_level(text) == {("low", "朝阳区"): places}


# --- a headline's division lifting from an hour; a town's areas lifted in a sentence of its own --------------

YIXING = ("原标题:{province}{short}今日18时起解除管控措施,恢复常态化疫情防控\n"
          "根据国务院联防联控机制有关规定,经{city}市疫情防控应急指挥部批准,{short}市疫情防控应急指挥部决定,"
          "自2021年12月24日18时起,解除{town}封控区、管控区相关管控措施,同时解除全市防范区的管控措施,"
          "全市恢复常态化疫情防控。\n自12月11日以来,我市及时划分封控区、管控区、防范区,对{town}开展了多轮次全员核酸检测,"
          "检测结果均为阴性。\n{short}市疫情防控应急指挥部\n2021年12月24日")


def test_headline_lift_from_an_hour_and_a_towns_areas_lifted() -> None:
    text = YIXING.format(province="江苏", short="宜兴", city="无锡", town="金华镇")
    assert by_level(text) == {("lifted", "宜兴市"): ["金华镇"]}


def test_headline_and_town_lift_in_traditional_characters() -> None:
    text = in_traditional(YIXING.format(province="浙江", short="海宁", city="嘉兴", town="许村镇"))
    assert by_level(text) == {("lifted", "海宁市"): ["许村镇"]}


def test_headline_and_street_lift_with_full_width_punctuation() -> None:
    text = YIXING.format(province="江苏", short="江阴", city="无锡", town="澄江街道").translate(HALF_TO_FULL)
    assert by_level(text) == {("lifted", "江阴市"): ["澄江街道"]}


def test_a_headline_of_the_division_in_full_from_tomorrow_names_no_place() -> None:
    assert by_level("原标题:宜兴市明日0时起解除管控措施") == {}
    assert by_level("原标题:江苏宜兴解除管控措施,恢复常态化疫情防控") == {}


def test_a_towns_areas_lifted_in_a_lead_over_a_list_are_the_lists() -> None:
    text = ("根据疫情防控形势,经综合研判,自2022年5月23日零时起,解除春晓街道管控区、防范区管理措施,落实常态化防控。"
            "现通告如下:\n1、兴隆社区,解除管控区管理措施\n")
    assert levels_of(text) == {"lifted": ["兴隆社区"]}


def test_a_towns_areas_lifted_before_numbered_items_are_not_the_town() -> None:
    text = "自2022年12月24日18时起,解除许村镇封控区、管控区相关管控措施。\n1.金华村\n2.春晓村"
    assert "许村镇" not in levels_of(text).get("lifted", [])


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from(["镇", "街道", "乡"]),
       st.sampled_from(["相关管控措施", "管控措施", "的相关管控措施"]), st.booleans())
def test_any_county_city_headline_and_town_lift(short: str, town: str, kind: str, measures: str,
                                                traditional: bool) -> None:
    assume(_plain(short, town) and short + "市" not in {"金华市"})
    text = YIXING.format(province="江苏", short="宜兴", city="无锡", town=town + kind)
    text = text.replace("相关管控措施,同时", measures + ",同时")
    text = in_traditional(text) if traditional else text
    assert by_level(text) == {("lifted", "宜兴市"): [town + kind]}


# --- a report's headline, its colon and the report's own sentence -------------------------------------------

def test_headline_colon_then_the_reports_sentence_with_its_own_verb() -> None:
    text = ("广东一地调整为中风险 :广东省吴川市覃巴镇金华村报告1例本地新冠肺炎确诊病例,防疫要求将吴川市覃巴镇金华村"
            "风险等级由低风险调整为中风险。\n据消息,吴川市疫情防控指挥部8日发布通告称,现将吴川市覃巴镇金华村风险等级"
            "由低风险调整为中风险。其他地区风险等级不变。")
    found = {(level, district, p) for (level, district), places in by_level(text).items() for p in places}
    assert found == {("medium", "吴川市", "覃巴镇金华村")}


def test_headline_colon_then_report_in_traditional_characters() -> None:
    text = in_traditional("广西一地调整为中风险:广西北流市民安镇春晓村报告1例本地确诊病例,现将北流市民安镇春晓村"
                          "由低风险调整为中风险。")
    assert by_level(text) == {("medium", "北流市"): ["民安镇春晓村"]}


def test_headline_colon_then_report_with_full_width_punctuation() -> None:
    text = ("福建一地调整为高风险:福建省莆田市仙游县枫亭镇锦绣村报告3例本地确诊病例,经研判,将仙游县枫亭镇锦绣村"
            "由中风险调整为高风险。").translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "仙游县"): ["枫亭镇锦绣村"]}


def test_a_levels_label_over_places_between_commas_is_a_list_still() -> None:
    assert levels_of("关于调整风险区的通告\n中风险区:金华村,春晓村。") == {"medium": ["金华村", "春晓村"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from(["村", "社区"]), st.sampled_from(["防疫要求将", "现将", "决定将"]), st.booleans())
def test_any_headline_colon_report_reads_the_one_place(town: str, village: str, kind: str, verb: str,
                                                       traditional: bool) -> None:
    assume(_plain(town, village))
    place = f"{town}镇{village}{kind}"
    text = f"广东一地调整为中风险:广东省吴川市{place}报告1例本地确诊病例,{verb}吴川市{place}由低风险调整为中风险。"
    text = in_traditional(text) if traditional else text
    assert by_level(text) == {("medium", "吴川市"): [place]}


# --- two levels lifted, the first written short ---------------------------------------------------------------

def test_a_places_whole_lifted_from_two_short_levels() -> None:
    text = "四、自10月29日零时起,静海区静海镇锦绣家园全域解除中、低风险区管控措施,恢复常态化疫情防控。"
    assert by_level(text) == {("lifted", "静海区"): ["静海镇锦绣家园全域"]}


def test_two_short_levels_lifted_in_traditional_characters() -> None:
    text = in_traditional("二、自11月2日零時起,西青區楊柳青鎮金華里全域解除高、中風險區管控措施。")
    assert by_level(text) == {("lifted", "西青区"): ["杨柳青镇金华里全域"]}


def test_two_short_levels_lifted_with_full_width_punctuation() -> None:
    text = "三、自11月5日零时起,北辰区果园新村街道春晓园全域解除中、低风险区管理措施。".translate(HALF_TO_FULL)
    assert by_level(text) == {("lifted", "北辰区"): ["果园新村街道春晓园全域"]}


def test_two_short_levels_measures_label_is_no_lift() -> None:
    assert "lifted" not in levels_of("中、低风险区管控措施如下:居家。")


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["家园", "小区", "花园", "里"]), st.sampled_from(["中、低", "高、中", "中和低"]),
       st.sampled_from(["管控措施", "管理措施", "相关管控措施"]), st.booleans())
def test_any_place_lifted_from_two_short_levels(compound: str, kind: str, levels: str, measures: str,
                                                full_width: bool) -> None:
    assume(_plain(compound))
    text = f"四、自10月29日零时起,静海区静海镇{compound}{kind}全域解除{levels}风险区{measures}。"
    text = text.translate(HALF_TO_FULL) if full_width else text
    assert by_level(text) == {("lifted", "静海区"): [f"静海镇{compound}{kind}全域"]}


# --- added areas counted, then named after a comma; streets by their offices ------------------------------

JINCHENG = ("关于疫情防控三区调整及管控的通告\n"
            "经专家组研判,我市新增高风险区1个,从即日起实行分类管理。具体如下:\n"
            "一、高风险区3处\n新增高风险区1处,{new}。调整后高风险区共3处。\n"
            "1.{a}\n2.{zone}\n3.{new}\n高风险区继续采取“足不出户、上门服务”。")


def test_added_area_named_after_its_count_and_a_zone_by_its_kind_kept_in_its_place() -> None:
    text = JINCHENG.format(new="北石店办事处金华苑小区", a="北石店办事处春晓社区", zone="经济开发区锦绣饭店")
    assert by_level(text) == {("high", None): [
        "北石店办事处金华苑小区", "北石店办事处春晓社区", "经济开发区锦绣饭店", "北石店办事处金华苑小区"]}


def test_added_area_after_its_count_in_traditional_characters() -> None:
    text = in_traditional(JINCHENG.format(new="西上庄街道办事处龙春苑小区", a="西上庄街道办事处翠竹社区",
                                          zone="高新区星峰饭店"))
    assert levels_of(text) == {"high": ["西上庄街道办事处龙春苑小区", "西上庄街道办事处翠竹社区", "高新区星峰饭店",
                                        "西上庄街道办事处龙春苑小区"]}


def test_added_area_after_its_count_with_full_width_punctuation() -> None:
    text = JINCHENG.format(new="南街办事处金华村", a="南街办事处春晓社区", zone="经济开发区锦绣超市")
    assert levels_of(text.translate(HALF_TO_FULL)) == {
        "high": ["南街办事处金华村", "南街办事处春晓社区", "经济开发区锦绣超市", "南街办事处金华村"]}


def test_added_count_then_measures_is_no_place() -> None:
    text = ("关于调整风险区的通告\n一、高风险区1处\n新增高风险区1处,严格落实居家隔离措施。\n1.北关街道金华小区")
    assert "新增高风险区1处" not in levels_of(text).get("high", [])


def test_added_count_then_where_it_lies_and_a_leads_counts_are_no_places() -> None:
    text = "关于调整风险区的通告\n新增高风险区1处,位于北关街道。\n一、高风险区1处\n1.北关街道春晓小区"
    assert levels_of(text) == {"high": ["北关街道春晓小区"]}
    text = ("关于调整风险区的通告\n新增高风险区1个,中风险区6个,从即日起实行分类管理。具体如下:\n一、高风险区1处\n"
            "1.北关街道春晓小区")
    assert levels_of(text) == {"high": ["北关街道春晓小区"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=3, max_size=3, unique=True), st.sampled_from(["小区", "社区", "苑"]),
       st.sampled_from(["办事处", "街道办事处"]), st.sampled_from(["经济开发区", "高新区", "经开区"]), st.booleans())
def test_any_added_area_and_street_offices(names: list[str], kind: str, office: str, zone: str,
                                           traditional: bool) -> None:
    assume(_plain(*names))
    new, old, shop = f"金峰{office}{names[0]}{kind}", f"金峰{office}{names[1]}{kind}", f"{zone}{names[2]}饭店"
    text = JINCHENG.format(new=new, a=old, zone=shop)
    text = in_traditional(text) if traditional else text
    assert levels_of(text) == {"high": [new, old, shop, new]}
