"""Forms of the twenty-fifth held-out set, each in variants written here (invented places in the wording of the
real forms), and properties over generated notices: a county's urban area as a list's label ("主城区:A、B" among
town labels: no district, not joined to its places); a page stored on one line with spaces for its line breaks;
a farm or park written with its town in front ("A镇B农场居住楼", "A镇B农场仓储区"): a place of the town, not a
zone run as a district; a glossed copy's lost character whose second byte stands alone before its own gloss
("X?yún)^(qū)": 區 read back); a report's lead naming the closures an office issued by their titles
("发布了《关于对A村实施隔离管理的通告》和《…》"); a district's rest ("全县除高风险区外的其他地区为低风险区。")
below a single town line of villages ends the list, no wrap of its last village; a lead's "X区在辖区内新增划定高风险区"
names the places' district."""

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

word = invented_names(PLAIN_SYLLABLES)


# ---------------------------------------------------------------------------------------------------
# "主城区:A、B" among "X镇:C" labels: the urban area of the county that issues the list


def test_urban_area_label_among_town_labels_takes_the_county_of_the_office() -> None:
    text = ("关于调整风险区的通告\n一、新增高风险区\n主城区:金桂苑、银杏小区、东湖花园。\n白沙镇:石桥村\n"
            "青山乡:大王村、小王村\n二、其他区域为低风险区。\n永年县新冠肺炎疫情防控指挥部\n2022年7月2日")
    assert by_level(text) == {("high", "永年县"): ["金桂苑", "银杏小区", "东湖花园", "白沙镇石桥村",
                                                  "青山乡大王村", "青山乡小王村"]}


def test_centre_urban_area_label_in_traditional_characters_with_half_width_colons() -> None:
    text = ("新增高風險區:\n中心城區:金桂苑,銀杏小區\n白沙鎮:石橋村\n"
            "特此通告。\n鄒平市新冠肺炎疫情防控指揮部").replace(":", ":")
    assert by_level(in_traditional(text)) == {("high", "邹平市"): ["金桂苑", "银杏小区", "白沙镇石桥村"]}


def test_county_town_area_label_after_a_town_label_does_not_carry_the_town() -> None:
    text = ("关于划定高风险区的通告\n新增高风险区:\n白沙乡:石桥村、青山村\n县城区:金桂苑、银杏小区\n"
            "永年县新冠肺炎疫情防控指挥部\n")
    assert levels_of(text) == {"high": ["白沙乡石桥村", "白沙乡青山村", "金桂苑", "银杏小区"]}


def test_a_listed_district_named_like_an_urban_area_stays_a_district() -> None:
    text = "关于调整风险区的通告\n新增中风险区:\n老城区:金桂苑、银杏小区\n"
    assert by_level(text) == {("medium", "老城区"): ["金桂苑", "银杏小区"]}


@settings(max_examples=25, deadline=None)
@given(estates=st.lists(word, min_size=1, max_size=4, unique=True), town=word,
       villages=st.lists(word, min_size=1, max_size=3, unique=True),
       area=st.sampled_from(["主城区", "中心城区", "县城区"]), full=st.booleans(), trad=st.booleans())
def test_urban_area_label_never_becomes_a_district(estates: list[str], town: str, villages: list[str], area: str,
                                                    full: bool, trad: bool) -> None:
    estates = [e + "小区" for e in estates]
    villages = [v + "村" for v in villages]
    text = (f"关于划定高风险区的通告\n新增高风险区:\n{area}:{'、'.join(estates)}\n{town}镇:{'、'.join(villages)}\n"
            "永年县新冠肺炎疫情防控指挥部\n")
    if not full:
        text = text.replace(":", ":")
    if trad:
        text = in_traditional(text)
    assert by_level(text) == {("high", "永年县"): estates + [f"{town}镇{v}" for v in villages]}


# ---------------------------------------------------------------------------------------------------
# A page stored on one line, spaces where its line breaks were


def test_one_line_page_with_spaces_for_breaks_reads_the_counted_list() -> None:
    text = ("湘潭市雨湖区新型冠状病毒肺炎疫情 防控指挥部关于划定高风险区的 通告 根据疫情防控工作需要,按照《新型冠状"
            "病毒肺炎疫情防控方案(第九版)》相关规定,12月1日,雨湖区划定高风险区如下。 高风险区(1个) 窑湾街道金桂苑"
            "3栋2单元 采取措施:足不出户、上门服务。区域内连续5天无新增感染者,经风险评估后解除管控措施。 特此通告。 "
            "湘潭市雨湖区新型冠状病毒肺炎疫情防控指挥部 2022年12月1日")
    assert by_level(text) == {("high", "雨湖区"): ["窑湾街道金桂苑3栋2单元"]}


def test_one_line_page_with_two_levels_and_a_latin_name_kept_whole() -> None:
    text = ("关于划定风险区的通告 根据疫情防控工作需要,经专家研判,决定划定以下风险区,现通告如下。 高风险区(2个) "
            "金桂苑3栋 银杏小区KTV 2号包厢 中风险区(1个) 东湖花园 特此通告。 株洲市荷塘区疫情防控指挥部 2022年11月28日")
    assert by_level(text) == {("high", "荷塘区"): ["金桂苑3栋", "银杏小区KTV2号包厢"],
                              ("medium", "荷塘区"): ["东湖花园"]}


def test_one_line_page_in_traditional_characters() -> None:
    text = in_traditional(
        "关于划定高风险区的通告 根据疫情防控工作需要,按照国务院二十条措施相关规定,经专家组研判,现划定高风险区如下。 "
        "高风险区(2个) 白沙镇石桥村5组 青山街道银杏小区8栋 采取措施:足不出户、上门服务。 特此通告。 "
        "株洲市荷塘区疫情防控指挥部")
    assert levels_of(text) == {"high": ["白沙镇石桥村5组", "青山街道银杏小区8栋"]}


@settings(max_examples=25, deadline=None)
@given(places=st.lists(word, min_size=1, max_size=4, unique=True), building=st.integers(1, 30))
def test_one_line_page_reads_as_the_same_page_with_line_breaks(places: list[str], building: int) -> None:
    places = [f"{p}小区{building}栋" for p in places]
    lines = ["株洲市荷塘区疫情防控指挥部关于划定高风险区的通告",
             "根据疫情防控工作需要,按照国务院二十条措施相关规定,经专家组研判,现划定高风险区如下。",
             f"高风险区({len(places)}个)", *places, "采取措施:足不出户、上门服务。", "特此通告。",
             "株洲市荷塘区疫情防控指挥部"]
    assert by_level(" ".join(lines)) == by_level("\n".join(lines)) == {("high", "荷塘区"): places}


# ---------------------------------------------------------------------------------------------------
# "A镇B农场居住楼" / "A镇B农场仓储区": a farm of a town is no zone run as a district


def test_town_farm_fronting_two_places_is_no_district() -> None:
    text = ("浙江义乌市新冠肺炎疫情防控工作指挥部发布通告,调整“三区”范围。\n封控区:白沙镇青山农场居住楼;\n"
            "管控区:白沙镇青山农场仓储加工区;\n防范区:白沙镇青山农场,即金桂水库以北,银杏路以东,东湖路以西,"
            "石桥线至大王厂门口以南区域;龙凤镇中横街以南、星光超市以西。")
    assert by_level(text) == {
        ("sealed", "义乌市"): ["白沙镇青山农场居住楼"], ("controlled", "义乌市"): ["白沙镇青山农场仓储加工区"],
        ("precaution", "义乌市"): ["白沙镇青山农场,即金桂水库以北,银杏路以东,东湖路以西,石桥线至大王厂门口以南区域",
                                  "龙凤镇中横街以南、星光超市以西"]}


def test_town_park_fronting_two_places_in_full_width_punctuation() -> None:
    text = ("关于调整风险区的通告\n封控区:青山乡白沙工业园区职工宿舍楼;\n管控区:青山乡白沙工业园区仓储加工区;\n"
            "特此通告。\n永康市新冠肺炎疫情防控工作指挥部").translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "永康市"): ["青山乡白沙工业园区职工宿舍楼"],
                              ("controlled", "永康市"): ["青山乡白沙工业园区仓储加工区"]}


def test_a_farm_run_as_a_district_still_fronts_its_places() -> None:
    text = "关于调整风险区的通告\n高风险区:\n红星农场第三管理区5栋、红星农场场部小区2栋\n"
    assert by_level(text) == {("high", "红星农场"): ["第三管理区5栋", "场部小区2栋"]}


@settings(max_examples=25, deadline=None)
@given(town=word, farm=word, kind=st.sampled_from(["农场", "林场", "工业园区"]),
       town_kind=st.sampled_from(["镇", "乡"]), full=st.booleans())
def test_a_towns_farm_never_becomes_a_district(town: str, farm: str, kind: str, town_kind: str, full: bool) -> None:
    front = f"{town}{town_kind}{farm}{kind}"
    text = f"关于调整风险区的通告\n封控区:{front}职工宿舍楼;\n管控区:{front}仓储加工区;\n"
    if full:
        text = text.translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", None): [f"{front}职工宿舍楼"], ("controlled", None): [f"{front}仓储加工区"]}


# ---------------------------------------------------------------------------------------------------
# "X?yún)^(qū)": a lost character's second byte before its own gloss


def test_lost_qu_of_a_district_in_the_signature_is_read_back() -> None:
    text = ("海珠?yún)^(qū)在轄區(qū)內(nèi)新增劃定高風(fēng)險區(qū)。\n新增高風(fēng)險區(qū):\n"
            "將金桂苑3棟、銀杏小區劃為高風(fēng)險區(qū)。\n海珠?xiàn)^(qū)新冠肺炎疫情防控工作指揮部\n2022年11月17日")
    assert by_level(text) == {("high", "海珠区"): ["金桂苑3栋", "银杏小区"]}


def test_lost_qu_with_another_stray_gloss_in_a_community_name() -> None:
    text = ("關(guān)于調(diào)整風(fēng)險區(qū)的通告\n高風(fēng)險區(qū):金華社?tóng)^(qū)3棟,龍城小區(qū)。\n"
            "雁塔區(qū)疫情防控指揮部")
    assert by_level(text) == {("high", "雁塔区"): ["金华社区3栋", "龙城小区"]}


def test_an_ambiguous_lost_character_is_left_as_found() -> None:
    # (縣 is BF 68: more than one character has the second byte "h" and reads xiàn; nothing is guessed)
    text = ("關(guān)于調(diào)整風(fēng)險區(qū)的通告\n高風(fēng)險區(qū):金華小區(qū)。\n特此通告。\n"
            "永年?yún)h(xiàn)指揮部")
    assert by_level(text) == {("high", None): ["金华小区"]}


@settings(max_examples=25, deadline=None)
@given(stem=st.sampled_from(["海珠", "雁塔", "小店", "历下", "鼓楼"]), stray=st.sampled_from(["yún", "xiàn", "tóng",
                                                                                         "qǐ", "ā"]),
       estate=word, building=st.integers(1, 40))
def test_lost_qu_before_its_gloss_always_reads_as_the_district(stem: str, stray: str, estate: str,
                                                               building: int) -> None:
    text = (f"新增高風(fēng)險區(qū):\n將{in_traditional(estate)}小區{building}棟劃為高風(fēng)險區(qū)。\n"
            f"{in_traditional(stem)}?{stray})^(qū)新冠肺炎疫情防控工作指揮部")
    assert by_level(text) == {("high", stem + "区"): [f"{estate}小区{building}栋"]}


# ---------------------------------------------------------------------------------------------------
# "发布了《关于对A村实施隔离管理的通告》和《关于对B村实施隔离管理的通告》": closures told by their titles


def test_lead_naming_two_closures_by_their_titles_reads_both() -> None:
    text = ("2月13日,宜良县应对新型冠状病毒感染肺炎疫情工作领导小组指挥部分别发布了《关于对宜良县白沙镇石桥村委会"
            "大王村、小王村实施隔离管理的通告》和《关于对宜良县白沙镇青山居委会下村实施隔离管理的通告》。具体内容如下:\n"
            "关于对宜良县白沙镇石桥村委会大王村、小王村\n实施封闭管理的通告\n决定从2月13日18时起,对白沙镇石桥村委会"
            "大王村、小王村实施封闭管理。\n特此公告。")
    assert set(levels_of(text)["sealed"]) == {"白沙镇石桥村委会大王村", "小王村", "白沙镇青山居委会下村"}
    assert {d for (_, d) in by_level(text)} == {"宜良县"}


def test_report_naming_one_closure_title_in_traditional_characters() -> None:
    text = in_traditional("据“永年发布”消息,2月5日永年县疫情防控指挥部发布《关于对永年县龙凤镇石桥村实施封闭管理"
                          "的通告》,全村实行封闭管理。")
    assert by_level(text) == {("sealed", "永年县"): ["龙凤镇石桥村"]}


def test_a_cited_title_not_issued_by_the_report_or_not_a_closure_is_no_change() -> None:
    text = "按照《关于对白沙镇石桥村实施封闭管理的通告》要求,做好服务保障。\n"
    assert by_level(text) == {}
    text = "指挥部发布了《关于做好白沙镇石桥村疫情防控工作的通告》。\n"
    assert by_level(text) == {}


@settings(max_examples=25, deadline=None)
@given(villages=st.lists(word, min_size=1, max_size=4, unique=True), verb=st.sampled_from(["实施", "实行"]),
       measure=st.sampled_from(["隔离管理", "封闭管理", "封闭式管理"]), trad=st.booleans())
def test_every_issued_closure_title_reads_as_sealed(villages: list[str], verb: str, measure: str,
                                                   trad: bool) -> None:
    titles = "和".join(f"《关于对白沙镇{v}村{verb}{measure}的通告》" for v in villages)
    text = f"2月13日,永年县疫情防控指挥部分别发布了{titles}。"
    if trad:
        text = in_traditional(text)
    assert levels_of(text) == {"sealed": [f"白沙镇{v}村" for v in villages]}


# ---------------------------------------------------------------------------------------------------
# "金华镇:A村、B村" over "全县除高风险区外的其他地区为低风险区。": the district's rest ends the list


def test_a_single_town_line_above_the_county_rest_keeps_all_its_villages() -> None:
    text = ("涟水县新冠肺炎疫情防控应急指挥部决定调整高风险区。\n一、新增高风险区\n金华镇:龙凤村、石桥村\n"
            "全县除高风险区外的其他地区为低风险区。\n")
    assert by_level(text) == {("high", "涟水县"): ["金华镇龙凤村", "金华镇石桥村"]}


def test_a_single_street_line_above_the_district_rest_in_traditional_characters() -> None:
    text = in_traditional("关于调整风险区的通告\n新增中风险区:\n青山街道:金桂苑、银杏小区\n全区其他区域为低风险区。\n"
                          "鼓楼区新冠肺炎疫情防控指挥部")
    assert by_level(text) == {("medium", "鼓楼区"): ["青山街道金桂苑", "青山街道银杏小区"]}


def test_a_single_town_line_with_full_width_commas_above_the_city_rest() -> None:
    text = ("一、新增高风险区\n白沙乡:大王村,小王村,石桥村\n全市除高、中风险区以外的区域为低风险区。\n"
            "邹平市疫情防控指挥部").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["白沙乡大王村", "白沙乡小王村", "白沙乡石桥村"]}


@settings(max_examples=25, deadline=None)
@given(town=word, villages=st.lists(word, min_size=2, max_size=5, unique=True),
       whole=st.sampled_from(["全县", "全区", "全市"]), sep=st.sampled_from(["、", ","]))
def test_the_rest_line_never_swallows_the_last_village(town: str, villages: list[str], whole: str, sep: str) -> None:
    villages = [v + "村" for v in villages]
    text = f"一、新增高风险区\n{town}镇:{sep.join(villages)}\n{whole}除高风险区外的其他地区为低风险区。\n"
    assert levels_of(text) == {"high": [f"{town}镇{v}" for v in villages]}


# ---------------------------------------------------------------------------------------------------
# "X区在辖区内新增划定高风险区": the district drawing areas in its own area names the places' district


def test_district_drawing_areas_within_its_own_area_in_the_lead() -> None:
    text = ("根据流调情况,经专家组研判,沾益区在辖区内新增划定高风险区。现通告如下:\n新增高风险区:\n"
            "将西平街道金华社区烧烤店、龙凤苑4栋B幢,白沙农贸市场划为高风险区,实行封控措施。\n")
    assert by_level(text) == {("high", "沾益区"): ["西平街道金华社区烧烤店", "龙凤苑4栋B幢", "白沙农贸市场"]}


def test_county_drawing_areas_in_its_whole_area_in_traditional_characters() -> None:
    text = in_traditional("经专家组研判,富民县在全县范围内划定高风险区。现通告如下:\n"
                          "将白沙镇金华小区3栋、龙凤苑划为高风险区。\n")
    assert by_level(text) == {("high", "富民县"): ["白沙镇金华小区3栋", "龙凤苑"]}


def test_district_newly_drawing_areas_at_a_clause_start_after_a_date() -> None:
    text = ("根据疫情防控工作需要,11月28日,雨花区新增划定高风险区如下。\n高风险区(2个)\n洞井街道金华苑1号栋\n"
            "圭塘街道龙凤小区3栋\n采取措施:足不出户、上门服务。\n")
    assert by_level(text) == {("high", "雨花区"): ["洞井街道金华苑1号栋", "圭塘街道龙凤小区3栋"]}


@settings(max_examples=25, deadline=None)
@given(district=st.sampled_from(["沾益区", "马龙区", "富民县", "宜良县", "海珠区"]),
       where=st.sampled_from(["在辖区内", "在辖区内新增", "在全区范围内", "在本区", ""]),
       estates=st.lists(word, min_size=1, max_size=4, unique=True), trad=st.booleans())
def test_the_district_drawing_areas_is_always_their_district(district: str, where: str, estates: list[str],
                                                             trad: bool) -> None:
    estates = [e + "小区" for e in estates]
    text = (f"根据流调情况,经专家组研判,{district}{where}划定高风险区。现通告如下:\n"
            f"将{'、'.join(estates)}划为高风险区,实行封控措施。\n")
    if trad:
        text = in_traditional(text)
    assert by_level(text) == {("high", district): estates}
