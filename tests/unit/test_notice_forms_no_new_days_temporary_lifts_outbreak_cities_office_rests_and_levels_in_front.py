"""Forms of notices that head a day's lists with a line saying no new area ("一、今日无新增划定高风险区") over the
lifts, lift a place's temporary control ("解除A风险区域的临时性管控措施"), name the county-level city where the cases
were found in the lead ("海安市发现1例…") over places in its development zone ("开发区A办事处B花苑全域"), leave a
street office's rest as a place after pointing back to the levels ("A办事处除以上高风险区以外的区域"), number a
house's buildings in Chinese numerals after its number ("A路841号一二栋"), lift places with each level written in
front of them after 对 ("解除对中风险区A、B,C和低风险区D、E全域(除中风险区以外区域)的管控"), with a main block and its
annex ("A楼主楼、副楼"), and close a county's governed area ("对A县行政管辖区域实行相对封闭管理"). Each form in
variants written here (invented places, the wording of the real forms: other districts, kinds of place,
separators, traditional characters, full-width punctuation), and properties over generated names."""

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
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- a day's heading with no new area over the lifts ----------------------------------------------------------

def test_a_day_with_no_new_high_risk_area_names_no_place() -> None:
    text = ("关于调整疫情防控风险区域等级的通告\n经综合研判,解除部分高风险区。具体如下:\n一、今日无新增划定高风险区\n"
            "二、今日解除高风险区(2个)\n1.金华街道春晓社区8栋\n2.龙泉镇光明村3组\n"
            "金山市新冠肺炎疫情防控指挥部\n2022年11月30日")
    assert levels_of(text) == {"lifted": ["金华街道春晓社区8栋", "龙泉镇光明村3组"]}


def test_no_new_area_written_with_other_words_in_traditional_characters() -> None:
    text = in_traditional("关于调整风险区域的通告\n经综合研判,解除部分高风险区。具体如下:\n"
                          "一、当日暂无新增划定高风险区\n二、当日解除高风险区(1个)\n1.翠峰街道锦绣花园3栋")
    assert levels_of(text) == {"lifted": ["翠峰街道锦绣花园3栋"]}


def test_no_new_area_with_full_width_punctuation() -> None:
    text = ("关于调整风险区域的通告\n解除部分高风险区,具体如下:\n一、今天没有新增高风险区\n二、今天解除高风险区(2个)\n"
            "1.长风街道兴盛社区5栋\n2.长风街道福瑞小区(东区)").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["长风街道兴盛社区5栋", "长风街道福瑞小区(东区)"]}


# --- a place's temporary control lifted -------------------------------------------------------------------------

def test_the_temporary_control_of_a_street_offices_risk_areas_lifted() -> None:
    text = ("根据当前疫情防控形势,经县疫情防控应急指挥部综合研判,决定自2022年10月31日18:00起,解除金阳街道办事处"
            "风险区域的临时性管控措施,我县全面恢复常态化疫情防控。\n金华县疫情防控应急指挥部\n2022年10月31日")
    assert levels_of(text) == {"lifted": ["金阳街道办事处风险区域"]}


def test_temporary_control_lifted_in_traditional_characters() -> None:
    text = in_traditional("经研究决定,自2022年11月2日12时起,解除春晓镇光明村的临时管控措施,全面恢复正常生产生活秩序。")
    assert levels_of(text) == {"lifted": ["春晓镇光明村"]}


def test_temporary_sealing_lifted_with_full_width_commas() -> None:
    text = ("经研究决定,自2022年11月2日12时起,解除翠峰街道锦绣花园小区临时性封控措施,恢复常态化防控。"
            ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["翠峰街道锦绣花园小区"]}


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["街道办事处", "镇", "街道"]), st.sampled_from(["风险区域", "兴盛小区", "光明村"]),
       st.sampled_from(["的临时性", "的临时", "临时性"]), st.sampled_from(["管控措施", "封控措施"]), st.booleans())
def test_any_temporary_control_lifted_keeps_the_place(town: str, kind: str, part: str, temporary: str,
                                                       measures: str, traditional: bool) -> None:
    place = f"{town}{kind}{part}"
    text = f"经研究决定,自2022年11月2日12时起,解除{place}{temporary}{measures},全面恢复常态化防控。"
    assert levels_of(in_traditional(text) if traditional else text) == {"lifted": [place]}


# --- the county-level city where the cases were found -------------------------------------------------------

def test_a_county_level_city_where_a_case_was_found_is_the_notices_district() -> None:
    text = ("关于划定新冠肺炎疫情社区防控区域的通告\n(2022年第6号)\n"
            "2022年4月20日,海安市发现1例新冠病毒核酸检测阳性。经专家组研判,现就划定社区防控区域通告如下:\n"
            "一、封控区\n开发区金华办事处春晓花苑56-85幢。\n二、管控区\n开发区金华办事处春晓花苑全域。")
    assert by_level(text) == {("sealed", "海安市"): ["开发区金华办事处春晓花苑56-85幢"],
                              ("controlled", "海安市"): ["开发区金华办事处春晓花苑全域"]}


def test_a_county_level_city_after_its_province_and_prefecture_in_traditional_characters() -> None:
    text = in_traditional("关于划定疫情防控区域的通告\n4月3日,江苏省南通市如皋市报告2例无症状感染者。\n"
                          "现将有关区域通告如下:\n一、封控区\n龙泉镇光明村5组。\n二、管控区\n龙泉镇光明村。")
    assert by_level(text) == {("sealed", "如皋市"): ["龙泉镇光明村5组"], ("controlled", "如皋市"): ["龙泉镇光明村"]}


def test_a_county_level_city_with_full_width_punctuation() -> None:
    text = ("关于划定疫情防控区域的通告\n5月2日,宜兴市新发现3例阳性感染者。现通告如下:\n一、封控区\n"
            "开发区春晓花园12幢。\n二、防范区\n开发区全域。").translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "宜兴市"): ["开发区春晓花园12幢"], ("precaution", "宜兴市"): ["开发区全域"]}


# --- a street office's rest after pointing back to the levels ---------------------------------------------------

def test_street_offices_rest_after_the_high_risk_areas_above_is_a_place() -> None:
    text = ("现通告如下:\n一、以下高风险区保持不变:\n1.金华办事处春晓村\n2.龙泉办事处光明小区\n"
            "二、以下中风险区保持不变:\n3.金华办事处除以上高风险区以外的区域\n4.龙泉办事处除以上高风险区以外的区域")
    assert levels_of(text) == {"high": ["金华办事处春晓村", "龙泉办事处光明小区"],
                               "medium": ["金华办事处除以上高风险区以外的区域", "龙泉办事处除以上高风险区以外的区域"]}


def test_towns_rest_after_the_areas_named_above_in_traditional_characters() -> None:
    text = in_traditional("现通告如下:\n一、高风险区:\n1.翠峰镇锦绣村\n二、低风险区:\n2.翠峰镇除上述高风险区以外的区域")
    assert levels_of(text) == {"high": ["翠峰镇锦绣村"], "low": ["翠峰镇除上述高风险区以外的区域"]}


def test_a_districts_rest_after_the_areas_above_stays_no_place() -> None:
    text = ("现通告如下:\n一、高风险区:\n1.长风街道兴盛社区\n二、低风险区:\n2.长风街道除以上高风险区以外的区域\n"
            "3.金华区除以上高风险区以外的区域").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["长风街道兴盛社区"], "low": ["长风街道除以上高风险区以外的区域"]}


# --- a house's buildings in Chinese numerals after its number ----------------------------------------------------

def test_a_roads_house_numbers_with_buildings_in_chinese_numerals_are_one_place() -> None:
    text = ("将金华中路702号、790号、841号一二栋、842号、844号一二栋、春晓一路53号划为高风险区域,"
            "严格执行“足不出户、上门服务”管理措施。")
    assert levels_of(text) == {"high": ["金华中路702号、790号、841号一二栋、842号、844号一二栋", "春晓一路53号"]}


def test_buildings_in_chinese_numerals_after_a_house_number_in_traditional_characters() -> None:
    text = in_traditional("一、高风险区:龙泉路12号三栋、14号、16号一二三幢。")
    assert levels_of(text) == {"high": ["龙泉路12号三栋、14号、16号一二三幢"]}


def test_buildings_in_chinese_numerals_with_full_width_punctuation() -> None:
    text = "高风险区:光明大道8号、10号一二座;翠峰街3号。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["光明大道8号、10号一二座", "翠峰街3号"]}


# --- levels written in front of the places lifted after 对 -------------------------------------------------------

_LIFT_IN_FRONT = ("经专家组综合评估研判,指挥部研究决定,自2022年7月16日0时起,解除对中风险区金华街道春晓卫生站、"
                  "光明敬老楼主楼、副楼(含楼下5间商铺),龙泉街道兴盛车城、翠峰餐馆,长风镇锦绣村委会和低风险区"
                  "金华街道、龙泉街道、长风镇全域(除中风险区以外区域)的管控实施常态化防控措施。")


def test_places_lifted_from_two_levels_written_in_front_of_them() -> None:
    assert levels_of(_LIFT_IN_FRONT) == {"lifted": [
        "金华街道春晓卫生站", "光明敬老楼主楼、副楼(含楼下5间商铺)", "龙泉街道兴盛车城", "翠峰餐馆", "长风镇锦绣村委会",
        "金华街道、龙泉街道、长风镇全域(除中风险区以外区域)"]}


def test_levels_in_front_lifted_in_traditional_characters_with_full_width_punctuation() -> None:
    assert levels_of(in_traditional(_LIFT_IN_FRONT).translate(HALF_TO_FULL)) == {"lifted": [
        "金华街道春晓卫生站", "光明敬老楼主楼、副楼(含楼下5间商铺)", "龙泉街道兴盛车城", "翠峰餐馆", "长风镇锦绣村委会",
        "金华街道、龙泉街道、长风镇全域(除中风险区以外区域)"]}


def test_one_level_in_front_lifted_with_the_next_clause_run_on() -> None:
    text = "经研究决定,自即日起解除对高风险区春晓小区3栋、5栋,光明村2组的封控恢复正常生产生活秩序。"
    assert levels_of(text) == {"lifted": ["春晓小区3栋、5栋", "光明村2组"]}


def test_a_main_block_and_its_annex_are_one_place() -> None:
    text = "一、高风险区:金华大厦主楼、裙楼,光明酒店主楼、附楼(含一楼商铺)。"
    assert levels_of(text) == {"high": ["金华大厦主楼、裙楼", "光明酒店主楼、附楼(含一楼商铺)"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=3, unique=True), st.lists(name, min_size=2, max_size=3, unique=True),
       st.sampled_from(["小区", "卫生站", "村委会"]), st.sampled_from(["和", "及", "以及"]),
       st.sampled_from(["管控", "封控"]), st.booleans())
def test_any_places_lifted_with_their_levels_in_front(medium: list[str], towns: list[str], kind: str, joiner: str,
                                                      control: str, traditional: bool) -> None:
    # (a town's name that ends a place's name of the other list would read as that place's own part)
    assume(not set(medium) & set(towns))
    places = [m + kind for m in medium]
    streets = "、".join(t + "街道" for t in towns)
    text = (f"经研究决定,自2022年7月16日0时起,解除对中风险区{'、'.join(places)}{joiner}低风险区{streets}全域"
            f"(除中风险区以外区域)的{control}措施,实施常态化防控措施。")
    text = in_traditional(text) if traditional else text
    assert levels_of(text) == {"lifted": [*places, f"{streets}全域(除中风险区以外区域)"]}


# --- a county's governed area closed ------------------------------------------------------------------------------

def test_a_countys_governed_area_relatively_closed_is_the_county() -> None:
    text = ("9日,云南省普洱市金平县应对新型冠状病毒肺炎疫情工作领导小组指挥部发布通告。\n"
            "通告称,4月9日00:00—4月16日24:00对金平县行政管辖区域实行相对封闭管理,对各交通出入口实行交通管制。")
    assert by_level(text) == {("sealed", "金平县"): ["金平县"]}


def test_a_countys_administrative_area_closed_in_traditional_characters() -> None:
    text = in_traditional("通告\n自4月9日起,对勐海县行政区域实行封闭管理,其他人员一律不允许出入。")
    assert by_level(text) == {("sealed", "勐海县"): ["勐海县"]}


def test_a_countys_governed_area_closed_with_full_width_punctuation() -> None:
    text = "通告\n自4月9日起,对永德县管辖区域实行相对封闭管理,对各交通出入口实行交通管制。".translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "永德县"): ["永德县"]}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["勐腊县", "孟连县", "江城县", "澜沧县"]),
       st.sampled_from(["行政管辖区域", "行政区域", "管辖区域"]), st.sampled_from(["相对封闭管理", "封闭管理"]),
       st.booleans())
def test_any_governed_area_closed_is_its_county(county: str, area: str, closure: str, traditional: bool) -> None:
    text = f"通告\n自4月9日起,对{county}{area}实行{closure},对各交通出入口实行交通管制。"
    text = in_traditional(text) if traditional else text
    assert by_level(text) == {("sealed", county): [county]}
