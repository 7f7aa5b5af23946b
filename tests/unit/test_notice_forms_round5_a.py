"""Forms of the eleventh held-out set (notices 227-233), each in a variant written here (invented places,
the wording of the real forms)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import by_level, levels_of

_LEVELS = {"高风险区": "high", "中风险区": "medium", "低风险区": "low",
           "封控区": "sealed", "管控区": "controlled", "防范区": "precaution"}


def test_heading_with_level_then_bare_jiang_before_the_new_level() -> None:
    # "宁强县高风险区降低风险区(2个)": 降 straight before the level the places go to, no 为 / 至.
    text = ("关于调整我市风险区的通告\n经研判,决定对部分县区风险地区予以调整。具体如下:\n"
            "一、东坡区新增划定高风险区(2个)\n1.东坡区青木镇柳河村3组。\n2.东坡区青木镇桥头小卖部。\n"
            "二、西岭县高风险区降低风险区(2个)\n1.西岭县城关街道办事处杨家村4组。\n2.西岭县石门镇松林村五组。\n")
    assert by_level(text) == {("high", "东坡区"): ["青木镇柳河村3组", "青木镇桥头小卖部"],
                              ("low", "西岭县"): ["城关街道办事处杨家村4组", "石门镇松林村五组"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(list(_LEVELS)), st.sampled_from(list(_LEVELS)), st.sampled_from(["降", "升", "降级", "升级"]))
def test_bare_verb_between_levels_names_the_target(frm: str, to: str, verb: str) -> None:
    # whatever the pair of levels, the level after the bare verb is the one the places get
    if frm == to:
        return
    text = (f"关于调整风险区的通告\n具体如下:\n一、西岭县{frm}{verb}{to}(2个)\n"
            "1.西岭县石门镇松林村五组。\n2.西岭县城关街道办事处杨家村4组。\n")
    assert by_level(text) == {(_LEVELS[to], "西岭县"): ["石门镇松林村五组", "城关街道办事处杨家村4组"]}


def test_heading_of_a_county_of_one_character() -> None:
    # "二、勉县新增划定高风险区(2个)": a county named with one character and 县 heads its list as others do.
    text = ("关于调整我市风险区的通告\n具体如下:\n一、东坡区新增划定高风险区(1个)\n1.东坡区青木镇柳河村3组。\n"
            "二、澧县新增划定高风险区(2个)\n1.澧县新铺镇七里村1、2、3组。\n2.澧县城南临时转运点。\n")
    assert by_level(text) == {("high", "东坡区"): ["青木镇柳河村3组"],
                              ("high", "澧县"): ["新铺镇七里村1、2、3组", "城南临时转运点"]}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["含", "包含", "不含"]), st.sampled_from(["合围区域", "围合区域", "区域"]))
def test_bounds_whose_last_bound_has_a_note_before_the_area_word(note: str, word: str) -> None:
    # "…、D房屋以北(含D房屋)合围区域": the note on the last bound does not end the run; the area is one place.
    area = f"青木镇利民路菜场以西、七号厂以东、原商会以南、对面门面以北({note}对面门面){word}"
    text = f"关于调整风险区的通告\n具体如下:\n一、东坡区新增划定高风险区(2个)\n1.东坡区{area}。\n2.东坡区柳河村3组。\n"
    assert by_level(text) == {("high", "东坡区"): [area, "柳河村3组"]}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["原中风险地区作相应调整", "原管控区相应调整", "原封控区域予以撤销", "原中风险区同步取消"]))
def test_note_on_what_becomes_of_the_earlier_area_is_no_part_of_the_place(note: str) -> None:
    # "…合围区域(原中风险地区作相应调整)": a remark on the earlier area of a level, dropped like "(8月17日已发布)".
    text = ("关于调整风险区域的通告\n新会区疫情防控指挥部办公室\n新增(调整)高风险区:\n"
            f"1.青木镇柳河大道以北,紫园小区以东,东阳饭店以南,葵湖路以西合围区域({note});\n"
            "2.青木镇光明里9座以南,名苑花园4座以北合围区域。\n")
    assert levels_of(text) == {"high": ["青木镇柳河大道以北,紫园小区以东,东阳饭店以南,葵湖路以西合围区域",
                                        "青木镇光明里9座以南,名苑花园4座以北合围区域"]}


def test_items_under_a_town_heading_that_mostly_repeat_the_town_stay_as_written() -> None:
    # "(一)官渡镇(21个)" over items most of which start with 官渡镇: the few without it are named whole.
    text = ("关于调整封控区范围的通告\n自2022年5月10日起,对东坡区封控区范围进行调整,调整后范围如下:\n一、封控区:\n"
            "(一)青木镇(7个)\n1.滨江科技园(青木)园区\n2.青木中学\n3.青木镇柳河村委会柳河村\n"
            "4.青木镇石门村委会松林村\n5.青木镇振兴路邮政宿舍小区\n6.青木镇新村村委会新村\n7.青木镇大垌村\n"
            "(二)石门镇(2个)\n1.石门镇供销社\n2.石门镇山塘村委会米村\n")
    assert levels_of(text) == {"sealed": ["滨江科技园(青木)园区", "青木中学", "青木镇柳河村委会柳河村",
                                          "青木镇石门村委会松林村", "青木镇振兴路邮政宿舍小区", "青木镇新村村委会新村",
                                          "青木镇大垌村", "石门镇供销社", "石门镇山塘村委会米村"]}


def test_items_under_a_town_heading_that_rarely_repeat_the_town_take_its_name() -> None:
    # the town's name is prefixed as before when the items do not write it themselves
    text = ("关于调整封控区范围的通告\n调整后范围如下:\n一、封控区:\n"
            "(一)青木镇(3个)\n1.柳河村\n2.松林村\n3.青木镇新村\n")
    assert levels_of(text) == {"sealed": ["青木镇柳河村", "青木镇松林村", "青木镇新村"]}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["实行", "实施", "采取"]), st.sampled_from(["等防控措施", "措施", "的管控措施"]),
       st.sampled_from(["东坡新区(东坡高新区)", "东坡区"]))
def test_counted_level_with_quoted_measures_before_the_colon_heads_its_list(verb: str, tail: str,
                                                                               district: str) -> None:
    # "三、调整后X新区(X高新区)现有4个高风险区,实行“足不出户、上门服务”等防控措施:": the measures in quotes
    # sit between the counted level and the colon; the list follows, in the district named with its alias.
    text = (f"自2022年11月26日0时起,{district}调整风险区域。\n"
            f"一、调整后{district}现有2个高风险区,{verb}“足不出户、上门服务”{tail}:\n"
            "(一)青木镇柳河村;\n(二)青木镇石门村。\n")
    assert by_level(text) == {("high", district): ["青木镇柳河村", "青木镇石门村"]}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["解除1个高风险区域管控", "解除2个封控区管理", "调整一个中风险区"]),
       st.sampled_from(["由高风险区降为低风险区", "调整为低风险区"]))
def test_clause_counting_the_areas_before_the_sentence_with_its_places(lead: str, change: str) -> None:
    # "一、解除1个高风险区域管控,A村由高风险区降为低风险区": the first clause counts the areas, names none;
    # the places are those of the clause with the change.
    text = (f"自2022年11月26日0时起,东坡区调整风险区域。\n"
            f"一、{lead},青木镇柳河村{change},实行“个人防护、避免聚集”等防控措施;\n")
    assert levels_of(text) == {"low": ["青木镇柳河村"]}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["东坡新区(东坡高新区)", "东坡区", "西岭县"]), st.sampled_from(["调整风险区域", "调整高风险区"]))
def test_lead_naming_the_district_whose_areas_change(district: str, words: str) -> None:
    # "自…0时起,X新区(X高新区)调整风险区域。": places read from sentences below take that district.
    text = (f"自2022年11月26日0时起,{district}{words}。\n"
            "一、青木镇柳河村由高风险区降为低风险区,实行“个人防护、避免聚集”等防控措施;\n")
    assert by_level(text) == {("low", district): ["青木镇柳河村"]}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["调整", "缩小"]), st.sampled_from(["高风险区域", "封控区"]))
def test_clause_naming_the_range_that_changes_before_the_sentence_with_its_places(verb: str, level: str) -> None:
    # "二、调整A园区高风险区域范围,A园区除…以外区域由高风险区降为低风险区": the first clause says what range
    # changes; the place is that of the clause with the change.
    place = "东港工业园B区除海滨大道以东、纵二路以西范围以外区域"
    text = (f"自2022年11月26日0时起,东坡区调整风险区域。\n"
            f"二、{verb}东港工业园B区{level}范围,{place}由高风险区降为低风险区,实行“个人防护、避免聚集”等防控措施;\n")
    assert by_level(text) == {("low", "东坡区"): [place]}
