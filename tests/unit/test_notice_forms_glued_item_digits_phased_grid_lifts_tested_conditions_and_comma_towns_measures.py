"""Forms of the forty-third held-out set (1130, 1132, 1133, 1135), each in variants written here (invented places in
the wording of the real forms), and properties over generated notices:

* a copy that lost its items' numbers but a stray digit glued to the county each item opens with
  ("1A县B镇C超市;"): the digit is no part of the place (a run of glued numbers that counts up, "1A区…", "2B镇…",
  stays a numbered list);
* a lift in phases ("第四批解除…") of grid areas drawn by roads, split at commas, each kept whole with its roads
  ("A路东段、B路合围区内的第十四网格区域", "C路、D河堤合围的第十九网格部分区域"), the control lifted written
  "临时性社会面管控", and the city's main town ("X市主城区") written once before the first area as their scope;
* places whose condition runs between them and the change ("A,B2个区域连续3天无新增感染者,且…核酸筛查均为阴性,
  由中风险区降级为低风险区"): the count and the conditions no part of the last place;
* places of several towns between commas, then the level's standard measures ("A镇B小区、C大厦,D乡E小区,
  实行“人不出区、错峰取物”管理"): the measures name the level.
"""

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
# "1A县B镇C超市;": a stray digit glued to the county of an item whose number was lost


def test_stray_digits_glued_to_the_county_are_no_part_of_the_places() -> None:
    text = ("10月29日,代县疫情防控工作领导小组办公室发布通告,代县划定如下风险区域:\n一、高风险区域(4个)\n"
            "代县上馆镇金桂小区;\n代县上馆镇银杏超市;\n1代县峨口镇光明书店;\n1代县峨口镇星河宾馆。\n"
            "高风险区内实行“足不出户、上门服务”封控措施。")
    assert by_level(text) == {("high", "代县"): ["上馆镇金桂小区", "上馆镇银杏超市", "峨口镇光明书店",
                                                 "峨口镇星河宾馆"]}


def test_stray_digits_before_a_city_and_county_in_traditional_characters() -> None:
    text = ("關於劃定風險區域的通告\n一、高風險區域(3個)\n1忻州市五寨縣砂河鎮農業銀行;\n"
            "1忻州市五寨縣砂河鎮孕嬰店(二中往西);\n11五寨縣東山鄉石岩小組。\n高風險區內實行“足不出戶、上門服務”封控措施。")
    assert levels_of(in_traditional(text)) == {"high": ["砂河镇农业银行", "砂河镇孕婴店(二中往西)", "东山乡石岩小组"]}


def test_stray_digit_before_a_district_in_a_list_with_full_width_brackets() -> None:
    text = ("平鲁区划定如下风险区域:\n一、中风险区域(2个)\n2平鲁区井坪镇金华商场(东门);\n"
            "2平鲁区井坪镇阳光幼儿园。\n中风险区实行“足不出区、错峰取物”。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["井坪镇金华商场(东门)", "井坪镇阳光幼儿园"]}


def test_glued_numbers_that_count_up_stay_a_numbered_list() -> None:
    text = ("灵丘县高风险地区(3个)\n1灵丘县武灵镇金桂村(2月21日)\n2武灵镇银杏社区(2月24日)\n"
            "3灵丘县独峪乡光明村(2月25日)\n")
    assert levels_of(text) == {"high": ["武灵镇金桂村(2月21日)", "武灵镇银杏社区(2月24日)",
                                        "独峪乡光明村(2月25日)"]}


def test_a_house_number_or_a_county_road_at_a_line_start_keeps_its_digits() -> None:
    text = "关于划定高风险区的通告\n一、高风险区(2个)\n1号楼金桂小区;\n12县道银杏加油站。\n代县疫情防控指挥部"
    assert levels_of(text) == {"high": ["1号楼金桂小区", "12县道银杏加油站"]}


@settings(max_examples=25, deadline=None)
@given(names=st.lists(word, min_size=2, max_size=5, unique=True), town=word,
       county=st.sampled_from(["代县", "五寨县", "宁武县", "灵丘县"]), digit=st.sampled_from(["1", "2", "11"]),
       glued=st.lists(st.booleans(), min_size=5, max_size=5), trad=st.booleans())
def test_a_stray_digit_never_changes_the_places(names: list[str], town: str, county: str, digit: str,
                                               glued: list[bool], trad: bool) -> None:
    places = [f"{town}镇{n}超市" for n in names]
    lines = [(digit if g else "") + county + p for p, g in zip(places, glued, strict=False)]
    text = (f"{county}划定如下风险区域:\n一、高风险区域({len(places)}个)\n" + ";\n".join(lines) + "。\n"
            "高风险区内实行“足不出户、上门服务”封控措施。")
    if trad:
        text = in_traditional(text)
    assert by_level(text) == {("high", county): places}


# ---------------------------------------------------------------------------------------------------
# "第四批解除A市主城区B…第九网格区域,C路、D路合围区内的第十四网格区域…临时性社会面管控"


def test_phased_lift_of_grid_areas_with_temporary_public_control() -> None:
    text = ("通告\n根据疫情防控形势,经专家组研判,自2022年9月5日9时起,第四批解除金华市主城区318国道纺织厂段东西两侧的"
            "第九网格区域,春风路东段、长宁南路、利民路东段合围区内的第十四网格区域,星河路西段、兴盛大道、锦河堤合围的"
            "第十九网格部分区域临时性社会面管控,保持滨河大道畅通,有序恢复正常生产生活秩序。现将有关事项通告如下:\n"
            "一、区域内人员实行区域内流动。")
    assert levels_of(text) == {"lifted": ["318国道纺织厂段东西两侧的第九网格区域",
                                          "春风路东段、长宁南路、利民路东段合围区内的第十四网格区域",
                                          "星河路西段、兴盛大道、锦河堤合围的第十九网格部分区域"]}


def test_first_batch_lift_of_estates_from_social_temporary_control() -> None:
    text = "自2022年9月1日12时起,首批解除金桂小区、银杏家园社会面临时管控,有序恢复生产生活秩序。"
    assert levels_of(text) == {"lifted": ["金桂小区", "银杏家园"]}


def test_lift_of_grid_areas_in_traditional_characters_with_full_width_commas() -> None:
    text = ("自2022年9月7日9時起,第五批解除中心城區光明路兩側的第三網格區域,春曉路、秀水路圍合區內的第八網格區域"
            "臨時性社會面管控。").translate(HALF_TO_FULL)
    assert levels_of(in_traditional(text)) == {"lifted": ["光明路两侧的第三网格区域",
                                                          "春晓路、秀水路围合区内的第八网格区域"]}


def test_the_main_town_under_its_own_closure_stays_the_place() -> None:
    text = "自2022年9月1日起,对主城区实行静默管理。"
    assert levels_of(text) == {"silent": ["主城区"]}


def test_a_main_town_section_stays_whole() -> None:
    text = "自2022年9月1日起,将主城区片区划为管控区。"
    assert levels_of(text) == {"controlled": ["主城区片区"]}


@settings(max_examples=25, deadline=None)
@given(roads=st.lists(word, min_size=2, max_size=4, unique=True), grids=st.lists(st.sampled_from(
    ["第三", "第九", "第十四", "第十九", "第21"]), min_size=2, max_size=3, unique=True),
       phase=st.sampled_from(["第四批", "第2批", "首批", ""]),
       tail=st.sampled_from(["临时性社会面管控", "社会面临时管控", "临时管控", "临时性管控措施"]),
       scope=st.sampled_from(["", "金华市主城区", "中心城区"]), full=st.booleans())
def test_grid_areas_are_lifted_whole_whatever_the_phase_and_control(
        roads: list[str], grids: list[str], phase: str, tail: str, scope: str, full: bool) -> None:
    areas = [f"{'、'.join(r + '路' for r in roads)}合围区内的{g}网格区域" for g in grids]
    text = f"自2022年9月5日9时起,{phase}解除{scope}" + ",".join(areas) + f"{tail},有序恢复正常生产生活秩序。"
    if full:
        text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": areas}


# ---------------------------------------------------------------------------------------------------
# "A,B2个区域连续3天无新增感染者,且…核酸筛查均为阴性,由中风险区降级为低风险区"


def test_condition_and_tests_between_the_places_and_their_lowering() -> None:
    text = ("乌拉特前旗关于降低中风险区风险等级的通告\n自2022年7月20日零时起,调整乌拉特前旗2地风险等级如下∶\n"
            "乌拉特前旗乌拉山镇金桂一区,乌拉山镇光明银行乌拉特前旗支行(包括食堂)以及南侧底店2个区域连续3天无新增"
            "感染者,且第3天风险区域内所有人员完成一轮核酸筛查均为阴性,由中风险区降级为低风险区。\n"
            "截止目前,全旗所有中高风险区全部解除。")
    assert by_level(text) == {("low", "乌拉特前旗"): ["乌拉山镇金桂一区",
                                                      "乌拉山镇光明银行乌拉特前旗支行(包括食堂)以及南侧底店"]}


def test_two_estates_counted_and_tested_negative_then_lowered() -> None:
    text = ("自2022年8月2日零时起,金桂小区、银杏家园2个小区连续7天无新增感染者,并且区域内人员核酸检测结果均为阴性,"
            "由高风险区降为低风险区。")
    assert levels_of(text) == {"low": ["金桂小区", "银杏家园"]}


def test_conditions_in_traditional_characters_with_full_width_commas() -> None:
    text = ("自2022年7月21日零時起,磴口縣巴彥高勒鎮光明小區,巴彥高勒鎮春曉花園2個區域連續3天無新增感染者,"
            "且區域內所有人員核酸篩查均呈陰性,由中風險區降級為低風險區。").translate(HALF_TO_FULL)
    assert by_level(in_traditional(text)) == {("low", "磴口县"): ["巴彦高勒镇光明小区", "巴彦高勒镇春晓花园"]}


def test_a_count_that_disagrees_stays_with_the_place() -> None:
    text = "自2022年7月20日零时起,金桂小区、银杏家园3个区域连续3天无新增感染者,由中风险区降级为低风险区。"
    assert levels_of(text) == {"low": ["金桂小区", "银杏家园3个区域"]}


@settings(max_examples=25, deadline=None)
@given(names=st.lists(word, min_size=1, max_size=4, unique=True), town=word, days=st.sampled_from(["3", "5", "七"]),
       counted=st.booleans(), tested=st.booleans(), sep=st.sampled_from([",", "、"]), trad=st.booleans())
def test_conditions_never_join_the_last_place(names: list[str], town: str, days: str, counted: bool, tested: bool,
                                             sep: str, trad: bool) -> None:
    places = [f"{town}镇{n}小区" for n in names]
    count = f"{len(places)}个区域" if counted else ""
    test = ",且第3天风险区域内所有人员完成一轮核酸筛查均为阴性" if tested else ""
    text = (f"自2022年7月20日零时起,{sep.join(places)}{count}连续{days}天无新增感染者{test},"
            "由中风险区降级为低风险区。")
    if trad:
        text = in_traditional(text)
    assert levels_of(text) == {"low": places}


# ---------------------------------------------------------------------------------------------------
# "A区B镇C小区、D大厦,E镇F小区,实行“人不出区、错峰取物”管理" under a heading


def test_places_of_two_towns_then_the_medium_measures() -> None:
    text = ("青铜峡市下调部分高、中风险区\n自2022年11月1日14时起,将青铜峡市部分区域风险等级调整如下:\n"
            "一、高风险区调整为中风险区(4个)\n青铜峡市小坝镇阳光苑小区、开元大道北侧金桂大厦,叶盛镇星河家园小区、"
            "瞿靖镇水岸帝景A区,实行“人不出区、错峰取物”管理。\n二、中风险区调整为低风险区(1个)\n"
            "青铜峡市步行街银杏童装店,实行“个人防护、避免聚集”管理。")
    assert by_level(text) == {("medium", "青铜峡市"): ["小坝镇阳光苑小区", "开元大道北侧金桂大厦", "叶盛镇星河家园小区",
                                                      "瞿靖镇水岸帝景A区"],
                              ("low", "青铜峡市"): ["步行街银杏童装店"]}


def test_places_of_two_towns_then_the_low_measures_in_traditional_characters() -> None:
    text = ("二、中風險區調整為低風險區(3個)\n盐池縣花馬池鎮金桂小區,惠安堡鎮銀杏超市、光明市場,"
            "實行“個人防護、避免聚集”管理。").translate(HALF_TO_FULL)
    assert levels_of(in_traditional(text)) == {"low": ["花马池镇金桂小区", "惠安堡镇银杏超市", "光明市场"]}


def test_places_of_two_towns_then_the_high_measures() -> None:
    text = "一、划定高风险区(2个)\n同心县豫海镇金桂小区,丁塘镇银杏村,实行“足不出户、上门服务”管理。"
    assert levels_of(text) == {"high": ["豫海镇金桂小区", "丁塘镇银杏村"]}


def test_a_clause_of_prose_before_the_measures_names_no_place() -> None:
    text = "一、根据疫情防控需要,全体居民实行“人不出区、错峰取物”管理。"
    assert levels_of(text) == {}


@settings(max_examples=25, deadline=None)
@given(groups=st.lists(st.tuples(word, st.lists(word, min_size=1, max_size=3, unique=True)), min_size=2, max_size=3,
                       unique_by=lambda g: g[0]),
       measures=st.sampled_from([("人不出区、错峰取物", "medium"), ("个人防护、避免聚集", "low"),
                                 ("足不出户、上门服务", "high")]), full=st.booleans(), trad=st.booleans())
def test_comma_groups_of_towns_take_the_level_of_their_measures(groups: list[tuple[str, list[str]]],
                                                                measures: tuple[str, str], full: bool,
                                                                trad: bool) -> None:
    pieces = ["、".join(f"{town}镇{n}小区" for n in names) for town, names in groups]
    text = "一、调整风险区(若干)\n" + ",".join(pieces) + f",实行“{measures[0]}”管理。"
    if full:
        text = text.translate(HALF_TO_FULL)
    if trad:
        text = in_traditional(text)
    assert levels_of(text) == {measures[1]: [f"{town}镇{n}小区" for town, names in groups for n in names]}
