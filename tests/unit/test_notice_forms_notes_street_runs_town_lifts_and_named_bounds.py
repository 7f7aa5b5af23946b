"""Forms of notices that join a place closed by its note (or an area closed by its bounds) to a named place with
和, group a level's places by street in runs ended with 。, name the district where the lead found cases, head
a level's list with its town ("(一)A镇辖区内管控区:") also under a lift whose places go to another level
("解除管控后,以上区域转为防范区管理"), speak of silent management as a time ("在实行临时静默管理期间"), and write an
area as a name (or "以A为中心") followed by its bounds "…以东" after commas. Each form in variants written
here (invented places, the wording of the real forms: other districts, kinds of place, separators,
traditional characters, full-width punctuation, spaces), and properties over generated lists."""

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

# Name parts without 和 (which starts words), district, level, bound or prose words.
name = invented_names(PLAIN_SYLLABLES)


# --- "A(原B和C)和D村12号": 和 after a place closed by its note, or an area closed by its bounds ------------


def test_and_after_a_crossing_with_its_note_and_inside_the_note() -> None:
    text = ("关于划定风险区的通告\n经研究决定,"
            "将解放路与人民路交叉口(原粮食局宿舍和供销社宿舍)和王庄村12、14号划分为封控区;"
            "将东至长江路、南至黄河路、西至淮河街、北至珠江路合围区域和李家村(原下湾自然村)划分为管控区;"
            "将东至甲山路、南至乙水路和丙山路交叉口(含金华社区、龙春社区的部分区域)、西至丁河路、北至戊山公园划分为防范区。")
    assert levels_of(text) == {
        "sealed": ["解放路与人民路交叉口(原粮食局宿舍和供销社宿舍)", "王庄村12、14号"],
        "controlled": ["东至长江路、南至黄河路、西至淮河街、北至珠江路合围区域", "李家村(原下湾自然村)"],
        "precaution": ["东至甲山路、南至乙水路和丙山路交叉口(含金华社区、龙春社区的部分区域)、"
                       "西至丁河路、北至戊山公园"]}


def test_and_after_an_area_bounded_by_roads_then_a_community_with_its_part() -> None:
    text = "关于划定管控区的通告\n将 人民路以东、解放路以北区域和光明社区(东区) 划分为管控区。"
    assert levels_of(text) == {"controlled": ["人民路以东、解放路以北区域", "光明社区(东区)"]}


def test_and_in_traditional_characters_with_full_width_brackets() -> None:
    text = ("關於劃定封控區的通告\n將長江路與黃河路交叉口(原糧站宿舍和油廠宿舍)和幸福小區3號樓劃分為封控區。")
    assert levels_of(text) == {"sealed": ["长江路与黄河路交叉口(原粮站宿舍和油厂宿舍)", "幸福小区3号楼"]}


def test_and_between_two_roads_of_a_crossing_splits_nothing() -> None:
    text = "关于划定防范区的通告\n将人民路和解放路交叉口(含金华社区)划分为防范区。"
    assert levels_of(text) == {"precaution": ["人民路和解放路交叉口(含金华社区)"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(name, name), min_size=2, max_size=5, unique_by=lambda t: t[0]))
def test_property_villages_with_notes_joined_by_and_are_each_a_place(pairs: list[tuple[str, str]]) -> None:
    places = [f"{village}村(原{old}自然村)" for village, old in pairs]
    text = f"关于划定封控区的通告\n经研究决定,将{'和'.join(places)}划分为封控区。"
    assert levels_of(text) == {"sealed": places}


# --- "封控区:A街道B。C街道D;E。": a level's places in runs by street, each run ended with 。 ---------------


def test_street_runs_ended_with_full_stops_go_on_with_the_list() -> None:
    text = ("2022年4月28日,青田县发现4例新冠肺炎阳性感染者。决定划定“三区”范围如下:\n"
            "封控区:鹤城街道金华市场。瓯南街道龙春小区;东至甲路,南至乙路,西至丙路,北至丁路。"
            "油竹街道东至戊溪,南至己路,西至庚路,北至辛路。\n"
            "管控区:温溪镇王庄村(科白线以西),李家村,张家村(104国道线以东)。\n"
            "防范区:鹤城街道、瓯南街道全域。")
    assert by_level(text) == {
        ("sealed", "青田县"): ["鹤城街道金华市场", "瓯南街道龙春小区", "东至甲路,南至乙路,西至丙路,北至丁路",
                             "油竹街道东至戊溪,南至己路,西至庚路,北至辛路"],
        ("controlled", "青田县"): ["温溪镇王庄村(科白线以西)", "李家村", "张家村(104国道线以东)"],
        ("precaution", "青田县"): ["鹤城街道", "瓯南街道全域"]}


def test_street_runs_with_towns_in_traditional_characters() -> None:
    text = in_traditional("管控区:河口镇王庄村。河西镇李家村,张家村,赵家村(东片)。\n防范区:河口镇全域。")
    assert levels_of(text) == {"controlled": ["河口镇王庄村", "河西镇李家村", "张家村", "赵家村(东片)"],
                               "precaution": ["河口镇全域"]}


def test_a_sentence_about_a_street_after_the_runs_is_no_place() -> None:
    text = ("封控区:城东街道金华小区。城西街道龙春花园;长风路12号。\n城东街道要做好居民生活保障工作。\n"
            "城南街道金华小区周边道路实行交通管制。")
    assert levels_of(text) == {"sealed": ["城东街道金华小区", "城西街道龙春花园", "长风路12号"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(name, st.lists(name, min_size=1, max_size=3, unique=True)), min_size=2, max_size=4,
                unique_by=lambda t: t[0]))
def test_property_each_street_run_gives_its_places(runs: list[tuple[str, list[str]]]) -> None:
    seen: set[str] = set()
    runs = [(street, [p for p in places if not (p in seen or seen.add(p))]) for street, places in runs]
    runs = [(street, places) for street, places in runs if places]
    text = "封控区:" + "".join(f"{street}街道" + ";".join(f"{p}小区" for p in places) + "。" for street, places in runs)
    expected = [f"{street}街道{p}小区" if k == 0 else f"{p}小区" for street, places in runs
                for k, p in enumerate(places)]
    assert levels_of(text) == {"sealed": expected}


# --- "4月28日,A县发现4例…": the district where the lead found cases ---------------------------------------


def test_district_of_the_cases_found_in_the_lead() -> None:
    text = "3月5日,龙泉县发现2例新冠肺炎无症状感染者。现划定风险区如下:\n封控区:鹤城街道金华小区。"
    assert by_level(text) == {("sealed", "龙泉县"): ["鹤城街道金华小区"]}


def test_district_of_new_cases_after_a_time_of_day_with_spaces() -> None:
    text = "3日凌晨, 龙湖区新增1例本土确诊病例。 现划定风险区如下:\n封控区: 鹤城街道金华小区。"
    assert by_level(text) == {("sealed", "龙湖区"): ["鹤城街道金华小区"]}


def test_district_of_cases_reported_in_traditional_characters() -> None:
    text = in_traditional("4月1日,东河区报告3例阳性感染者。现划定风险区如下:\n管控区:幸福街道光明社区。")
    assert by_level(text) == {("controlled", "东河区"): ["幸福街道光明社区"]}


def test_district_of_cases_after_its_city_and_before_its_street() -> None:
    for lead in ("4月2日,杭州市余杭区发现1例无症状感染者。", "4月2日,我市余杭区在仁和街道发现1例无症状感染者。",
                 "浙江省杭州市余杭区排查出2名阳性感染者。"):
        text = lead + "现划定风险区如下:\n封控区:仁和街道金华小区。"
        assert by_level(text) == {("sealed", "余杭区"): ["仁和街道金华小区"]}


def test_the_whole_city_or_district_finding_cases_names_no_district() -> None:
    for lead in ("4月2日,全市新增1例本土确诊病例。", "4月2日,本区新增3例阳性感染者。"):
        text = lead + "现划定风险区如下:\n封控区:仁和街道金华小区。"
        assert by_level(text) == {("sealed", None): ["仁和街道金华小区"]}


# --- "(一)A镇辖区内管控区:B、C": a level's heading that names its town; under a lift, and the level after it ---


def test_town_headings_under_a_lift_whose_places_go_to_precaution() -> None:
    text = ("关于解除部分封控区管理的通告\n经专家评估,决定自2022年5月2日12时起,解除城关镇、河口镇部分封控区管理,"
            "现通告如下:\n一、解除名单\n(一)城关镇辖区内封控区:金华小区、龙春花园,王庄村三组。\n"
            "(二)河口镇管控区:李家村、张家村二组。\n二、解除后管控措施\n"
            "解除封控后,上述区域转为防范区管理,严格限制人员聚集。\n特此通告。\n东湖区疫情防控指挥部\n2022年5月2日")
    assert by_level(text) == {("precaution", "东湖区"): [
        "城关镇金华小区", "城关镇龙春花园", "城关镇王庄村三组", "河口镇李家村", "河口镇张家村二组"]}


def test_town_headings_under_a_lift_without_a_new_level_stay_lifted() -> None:
    text = ("关于解除部分封控区管理的通告\n决定解除部分封控区管理,名单如下:\n"
            "(一)城关镇封控区:城关镇金华小区、龙春花园。\n"
            "(二)新华街道辖区内管控区:\n1.幸福小区\n2.光明社区3栋\n特此通告。")
    assert levels_of(text) == {"lifted": ["城关镇金华小区", "城关镇龙春花园", "新华街道幸福小区",
                                          "新华街道光明社区3栋"]}


def test_town_headings_with_counts_set_their_levels() -> None:
    text = "关于划定风险区的通告\n一、清河街道封控区(2个):金华小区、龙春花园。\n二、清河街道管控区:王庄村。"
    assert levels_of(text) == {"sealed": ["清河街道金华小区", "清河街道龙春花园"], "controlled": ["清河街道王庄村"]}


def test_town_heading_in_traditional_characters_and_a_lift_to_low_risk() -> None:
    text = ("關於解除部分封控區管理的通告\n決定解除部分封控區管理,名單如下:\n"
            "(一)城關鎮轄區內封控區:金華小區、龍春花園。\n"
            "解除封控後,以上區域統一調整為低風險區。")
    assert levels_of(text) == {"low": ["城关镇金华小区", "城关镇龙春花园"]}


@settings(max_examples=40, deadline=None)
@given(name, st.lists(name, min_size=1, max_size=6, unique=True), st.sampled_from(["辖区内", "", "范围内"]))
def test_property_a_town_heading_joins_its_town_to_each_place(town: str, places: list[str], within: str) -> None:
    text = f"关于划定风险区的通告\n(一){town}镇{within}管控区:" + "、".join(f"{p}小区" for p in places) + "。"
    assert levels_of(text) == {"controlled": [f"{town}镇{p}小区" for p in places]}


# --- "在实行临时静默管理期间": silent management as a time ------------------------------------------------


def test_silent_management_as_a_time_names_no_place() -> None:
    text = ("关于调整风险等级的通告\n1、将金华小区3栋调整为高风险区。\n"
            "在实行临时静默管理期间,防控措施须按照相关要求执行。\n"
            "实施静默管理结束后,居民须持核酸阴性证明出行。\n2、对龙春花园实行临时静默管理。")
    assert levels_of(text) == {"high": ["金华小区3栋"], "silent": ["龙春花园"]}


def test_silent_management_as_a_time_in_traditional_characters_with_full_width_commas() -> None:
    text = in_traditional("关于调整风险等级的通告\n将光明社区5栋调整为中风险区。在实行静默管理期间,居民足不出户。")
    assert levels_of(text) == {"medium": ["光明社区5栋"]}


def test_silent_management_after_which_nothing_is_placed() -> None:
    text = "关于调整风险等级的通告\n将幸福家园2栋调整为高风险区。实施临时静默管理后 ,小区实行封闭管理。"
    assert levels_of(text) == {"high": ["幸福家园2栋"]}


# --- "A中心镇区,B河以北,C路以西,…": a named area, then its bounds after commas ------------------------------


def test_a_centred_area_and_a_named_area_with_bounds_after_commas() -> None:
    text = ("关于分类管理的通告\n一、对以下区域实行封控区管理\n"
            "东湖区:以金华广场为中心,人民路以西,东河沿岸以北,解放路以南,长风厂以东\n"
            "西湖区:新华街道中心片区,西河以北,建设路以西,胜利路以南,光明街以东\n"
            "二、对以下区域实行管控区管理\n东湖区:\n1、金华社区,幸福路以东,朝阳路以北,文化路以西,滨河路以南;\n"
            "2、龙春小区、星湾花园")
    assert by_level(text) == {
        ("sealed", "东湖区"): ["以金华广场为中心,人民路以西,东河沿岸以北,解放路以南,长风厂以东"],
        ("sealed", "西湖区"): ["新华街道中心片区,西河以北,建设路以西,胜利路以南,光明街以东"],
        ("controlled", "东湖区"): ["金华社区,幸福路以东,朝阳路以北,文化路以西,滨河路以南", "龙春小区", "星湾花园"]}


def test_a_named_area_with_bounds_in_traditional_characters_and_full_width_commas() -> None:
    text = "關於分類管理的通告\n一、對以下區域實行封控區管理\n東湖區:以金華廣場為中心,人民路以西,東河以北,解放路以南"
    assert levels_of(text) == {"sealed": ["以金华广场为中心,人民路以西,东河以北,解放路以南"]}


def test_places_between_commas_without_bounds_stay_apart() -> None:
    text = "关于分类管理的通告\n一、对以下区域实行封控区管理\n东湖区:金华小区,龙春花园,人民路以西区域"
    assert levels_of(text) == {"sealed": ["金华小区", "龙春花园", "人民路以西区域"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(name, st.permutations(["以东", "以西", "以南", "以北"]),
                          st.lists(name, min_size=4, max_size=4)),
                min_size=1, max_size=4, unique_by=lambda t: t[0]), st.booleans())
def test_property_each_named_area_with_its_bounds_is_one_place(
        areas: list[tuple[str, list[str], list[str]]], centred: bool) -> None:
    written = [(f"以{head}广场为中心" if centred else f"{head}社区中心片区") + ","
               + ",".join(f"{road}路{side}" for road, side in zip(roads, sides, strict=True))
               for head, sides, roads in areas]
    text = "关于分类管理的通告\n一、对以下区域实行管控区管理\n东湖区:\n" + "".join(
        f"{k}、{area};\n" for k, area in enumerate(written, 1))
    assert by_level(text) == {("controlled", "东湖区"): written}
    assert by_level(text.translate(HALF_TO_FULL)) == {("controlled", "东湖区"): written}
