"""Forms of two notices of the 67th held-out set that read as nothing: a province's 2020 lowering of whole counties
listed after the hour the assessment stands at ("截止3月5日24时,A区、B县、C县等3个县(市、区)由中风险调整至低风险
等级", 黑龙江), each county its own place and district; and a machine-reworded news report of a municipality's press
conference (北京, spring 2022) whose levels are swapped words ("由中风险性地域提升为高危地域", "一共有高危地域6个,
为…;一共有中风险性地域19个,为…", the standing list by level after ";"), with a district of the municipality
written short ("房山" for 房山区) before a town, carried over the places after it. Each form in variants written
here (invented places, the wording of the real forms: other kinds of county, counts that agree or not, full-width
punctuation, traditional characters), near-misses that name no place, and properties over generated names."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    changes_of,
    in_traditional,
    invented_names,
    levels_of,
    no_real_city,
    variants_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)

# --- 1. whole counties listed after the hour of the assessment -------------------------------------------------


def test_counties_listed_after_the_hour_are_each_a_place_of_their_own() -> None:
    text = ("按照《某省以县域为单元实施分区分级分类精准管控办法》要求,对全省各县(市、区)风险等级进行动态评估调整。\n"
            "截止3月5日24时,翠峰区、锦绣县、福瑞区等3个县(市、区)由中风险调整至低风险等级。\n"
            "调整后,我省中风险县(市、区)9个,低风险县(市、区)116个。\n现予以公布。")
    assert changes_of(text) == [("low", "翠峰区", ["翠峰区"]), ("low", "锦绣县", ["锦绣县"]),
                                ("low", "福瑞区", ["福瑞区"])]


def test_counties_raised_after_the_hour_in_variants() -> None:
    for text in variants_of("截至3月5日,翠峰区、锦绣县由低风险调整至中风险等级。"):
        assert by_level(text) == {("medium", "翠峰区"): ["翠峰区"], ("medium", "锦绣县"): ["锦绣县"]}, text


def test_counties_and_cities_and_banners_adjusted_to_with_a_count_that_disagrees() -> None:
    # (the count, 7, of the province's whole lowering; the copy names three)
    text = "截止到3月5日24时,翠峰市、锦绣旗、福瑞县等7个县(市、区)调整为低风险。"
    assert levels_of(text) == {"low": ["翠峰市", "锦绣旗", "福瑞县"]}
    assert levels_of(in_traditional(text)) == {"low": ["翠峰市", "锦绣旗", "福瑞县"]}


def test_one_county_after_the_hour() -> None:
    text = "截止3月5日24时,翠峰区由中风险调整至低风险等级。".translate(HALF_TO_FULL)
    assert changes_of(text) == [("low", "翠峰区", ["翠峰区"])]


def test_counties_counted_by_the_kinds_of_a_banner_province() -> None:
    for kinds in ("旗县(市、区)", "县(市、旗)", "旗县"):
        text = f"截止3月5日24时,翠峰市、锦绣旗、福瑞县等3个{kinds}由中风险调整为低风险。"
        assert levels_of(text) == {"low": ["翠峰市", "锦绣旗", "福瑞县"]}, kinds


def test_counties_in_prose_after_the_hour_name_no_place() -> None:
    for text in ("截止3月5日24时,翠峰区、锦绣县等地疫情平稳。", "翠峰区、锦绣县等地疫情平稳,群众生活有序。",
                 "截止3月5日24时,全区由中风险调整至低风险等级。",
                 "调整后,我省中风险县(市、区)9个,低风险县(市、区)116个。"):
        assert changes_of(text) == [], text


@settings(max_examples=60, deadline=None)
@given(names=st.lists(name, min_size=1, max_size=5, unique=True),
       kinds=st.lists(st.sampled_from(["区", "县", "市", "旗"]), min_size=5, max_size=5),
       lead=st.sampled_from(["截止3月5日24时,", "截至3月5日,", "截止到2020年3月5日24时,"]),
       extra=st.integers(min_value=0, max_value=3),
       move=st.sampled_from([("由中风险调整至低风险等级", "low"), ("由低风险调整至中风险等级", "medium"),
                             ("调整为低风险", "low")]))
def test_any_counties_listed_after_the_hour_are_read(names: list[str], kinds: list[str], lead: str, extra: int,
                                                    move: tuple[str, str]) -> None:
    counties = [n + k for n, k in zip(names, kinds, strict=False)]
    assume(no_real_city(*names, *counties))
    count = f"等{len(counties) + extra}个县(市、区)" if len(counties) > 1 else ""
    text = f"{lead}{'、'.join(counties)}{count}{move[0]}。"
    assert changes_of(text) == [(move[1], c, [c]) for c in counties]


# --- 2. a reworded report: swapped levels, the standing list, a municipality's district written short ----------


def test_swapped_levels_raise_a_place() -> None:
    text = "经市疾控中心评定,即日起将北京朝阳区翠峰街道锦绣小区由中风险性地域提升为高危地域。"
    assert by_level(text) == {("high", "朝阳区"): ["翠峰街道锦绣小区"]}
    text = "即日起将甲乙区翠峰街道锦绣小区由低风险性地域提升为中风险性地域。"
    assert by_level(text) == {("medium", "甲乙区"): ["翠峰街道锦绣小区"]}


def test_swapped_levels_in_variants() -> None:
    for text in variants_of("即日起将甲乙区翠峰街道锦绣小区由中风险性地域提升为高危地区。"):
        assert by_level(text) == {("high", "甲乙区"): ["翠峰街道锦绣小区"]}, text


def test_standing_list_by_level_after_a_semicolon() -> None:
    text = ("目前为止,我市一共有高危地域2个,为甲乙区翠峰街道锦绣小区、康宁乡福瑞村;"
            "一共有中风险性地域1个,为丙丁区星峰镇泽兴村。我市其他地域均为低风险性地域")
    for variant in variants_of(text):
        assert by_level(variant) == {("high", "甲乙区"): ["翠峰街道锦绣小区", "康宁乡福瑞村"],
                                     ("medium", "丙丁区"): ["星峰镇泽兴村"]}, variant


def test_the_reworded_report_with_a_short_district_carried_over_its_run() -> None:
    text = ("截止到2022年4月28日24时,北京朝阳区翠峰街道锦绣小区近14天总计汇报6例本地诊断病案。经市疾控中心评定,依照"
            "《北京市新冠肺炎疫情风险分级标准》,北京从即日起将北京朝阳区翠峰街道锦绣小区由中风险性地域提升为高危地域。\n"
            "目前为止,我市一共有高危地域3个,为北京朝阳区翠峰街道锦绣小区、康宁乡福瑞村,房山星峰镇泽兴村;"
            "一共有中风险性地域3个,为北京朝阳区胜利街道阳光小区,房山星峰镇春晓村、龙华镇金桃村。"
            "我市其他地域均为低风险性地域")
    assert by_level(text) == {("high", "朝阳区"): ["翠峰街道锦绣小区", "翠峰街道锦绣小区", "康宁乡福瑞村"],
                              ("high", "房山区"): ["星峰镇泽兴村"],
                              ("medium", "朝阳区"): ["胜利街道阳光小区"],
                              ("medium", "房山区"): ["星峰镇春晓村", "龙华镇金桃村"]}


def test_short_district_of_shanghai_written_after_its_city() -> None:
    text = "上海市新增中风险区2个,为上海浦东锦绣镇福瑞村、锦绣镇泽兴村。".translate(HALF_TO_FULL)
    assert by_level(text) == {("medium", "浦东新区"): ["锦绣镇福瑞村", "锦绣镇泽兴村"]}


def test_short_district_in_a_notice_of_no_municipality_stays_in_the_place() -> None:
    # (no municipality named: "房山幸福镇春晓村" may be a town's own name, kept whole)
    text = "截至12月3日,房山幸福镇春晓村连续5天无新增感染者。现将以上区域由高风险区调整为低风险区。"
    assert levels_of(text) == {"low": ["房山幸福镇春晓村"]}


def test_swapped_words_of_people_and_posts_are_no_levels() -> None:
    for text in ("对高危人群实行每日核酸检测,高危岗位人员闭环管理。", "高危地区来返人员须主动报备。",
                 "目前为止,我市一共有高危人群3类,为医务人员、隔离点工作人员、冷链从业人员。"):
        assert changes_of(text) == [], text


@settings(max_examples=60, deadline=None)
@given(towns=st.lists(name, min_size=2, max_size=4, unique=True),
       villages=st.lists(name, min_size=4, max_size=4, unique=True),
       short=st.sampled_from([("房山", "房山区"), ("朝阳", "朝阳区"), ("海淀", "海淀区"), ("通州", "通州区")]),
       level=st.sampled_from([("高危地域", "high"), ("中风险性地域", "medium")]))
def test_any_short_district_is_carried_over_its_run(towns: list[str], villages: list[str], short: tuple[str, str],
                                                    level: tuple[str, str]) -> None:
    assume(no_real_city(*towns, *villages))
    places = [f"{town}镇{village}村" for town, village in zip(towns, villages, strict=False)]
    text = (f"依照《北京市新冠肺炎疫情风险分级标准》评定。目前为止,我市一共有{level[0]}{len(places)}个,"
            f"为{short[0]}{'、'.join(places)}。")
    assert by_level(text) == {(level[1], short[1]): places}
