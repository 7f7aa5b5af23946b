"""Forms of the thirty-ninth set (武汉, 厦门, 海南 and 成都 district notices of 2021 and 2022): a level's heading,
a space, then its numbered items run on one line ("一、高风险区 1.A; 2.B;"); "A社区部分区域(…)、B大厦划为管控区,
其中C、D划为封控区" (a community's part named by its bracket, and 其中 opening the next clause's places);
"A为封闭管理区,B为封控管理区" (a closed management area is the sealed level); "对A解除封控管控管理。
二、解封后,调整为重点防范区" (the levels run together, then the level the lifted places go to); a silent lift by
phases ("市域范围分期分片区解除临时静态管理", a district's area but its medium areas lifted, a centre whose silent
management is "暂不解除", places put "纳入…解除…的范围" later); and a GBK run of a glossed copy that lost a
character, read back through the gloss. Each form in variants written here (invented
names, other levels and wording, full-width punctuation, traditional characters), a property over generated names, and
ordinary wording near each form that is no such form."""

from __future__ import annotations

import re

import opencc
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pypinyin import Style, pinyin

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

_T2S = opencc.OpenCC("t2s")
_SIGNATURE = "\n{district}新冠肺炎疫情防控指挥部\n2022年11月28日"


# --- a level's heading, a space, then its numbered items on the heading's line -------------------------------------

def _spaced(head: str, items: list[str], sep: str = "; ") -> str:
    return head + " " + sep.join(f"{n}.{item}" for n, item in enumerate(items, 1)) + sep.strip()


def test_high_heading_with_its_items_run_on_after_a_space() -> None:
    text = ("金华区关于划定部分区域为高、低风险区的通告\n为有效阻断疫情传播,我区将部分区域划定为高、低风险区,"
            "现将有关情况通告如下:\n"
            + _spaced("一、高风险区", ["春晓花园2栋", "阳光街丽泽村孙家湾14号", "翠锦小区东3栋"]) + "\n"
            "二、低风险区\n金华区除高风险区以外的其他区域。" + _SIGNATURE.format(district="金华区"))
    assert by_level(text) == {("high", "金华区"): ["春晓花园2栋", "阳光街丽泽村孙家湾14号", "翠锦小区东3栋"]}


def test_two_level_headings_each_with_run_on_items_and_full_width_punctuation() -> None:
    text = ("关于调整风险区域的通告\n现将有关情况通告如下:\n"
            + _spaced("一、封控区", ["长风苑1栋", "胜利小区5栋"]) + "\n"
            + _spaced("二、管控区", ["兴盛家园", "福瑞花园北区", "星峰公寓"], sep="、") + "\n"
            "封控区实行“足不出户、上门服务”。" + _SIGNATURE.format(district="龙泉区")).translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["长风苑1栋", "胜利小区5栋"],
                               "controlled": ["兴盛家园", "福瑞花园北区", "星峰公寓"]}


def test_medium_heading_with_run_on_items_in_traditional_characters() -> None:
    text = in_traditional("关于划定中风险区的通告\n现将有关情况通告如下:\n"
                          + _spaced("(一)中风险区", ["锦绣路8号宿舍楼(枫苑)1栋", "康宁小区6区23号"]) + "\n"
                          "以上区域实行“人不出区、错峰取物”。" + _SIGNATURE.format(district="翠湖区"))
    assert levels_of(text) == {"medium": ["锦绣路8号宿舍楼(枫苑)1栋", "康宁小区6区23号"]}


@settings(max_examples=50, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=6, unique=True),
       st.sampled_from(["小区", "花园", "家园", "公寓"]),
       st.sampled_from(["一、高风险区", "二、中风险区", "(一)封控区"]),
       st.sampled_from(["; ", ";", "、"]), st.booleans(), st.booleans())
def test_any_run_on_items_after_a_spaced_heading_are_the_headings_places(
        names: list[str], kind: str, head: str, sep: str, full: bool, traditional: bool) -> None:
    places = [f"{name}{kind}{n}栋" for n, name in enumerate(names, 2)]
    text = ("关于划定风险区域的通告\n现将有关情况通告如下:\n" + _spaced(head, places, sep)
            + _SIGNATURE.format(district="某区"))
    text = text.translate(HALF_TO_FULL) if full else text
    level = {"一、高风险区": "high", "二、中风险区": "medium", "(一)封控区": "sealed"}[head]
    assert levels_of(in_traditional(text) if traditional else text) == {level: places}


def test_a_spaced_sentence_before_a_number_is_no_heading() -> None:
    # (a lead with a space before "1." is no heading: its numbered items stay what they were)
    text = ("关于划定高风险区的通告\n将以下区域划定为高风险区:\n1.春晓小区3栋\n2.丽泽花园5栋\n"
            "请广大市民 1.做好个人防护 2.配合核酸检测。" + _SIGNATURE.format(district="某区"))
    assert levels_of(text) == {"high": ["春晓小区3栋", "丽泽花园5栋"]}


# --- a community's part named by its bracket; 其中 opening the next clause's places ---------------------------------

def test_a_communitys_part_named_by_its_house_numbers_and_a_building_among_them_sealed() -> None:
    text = ("厦门市龙泉区新增一封闭式管理区域\n"
            "一、即日(9月18日)起,金华街道春晓社区部分区域(丽泽路146号、丽泽路148号、翠锦路85-95号)、金华街道胜利社区长风大厦"
            "(兴盛路103号)划为管控区,其中丽泽路146号、长风大厦第13层(兴盛路103号)划为封控区。\n"
            "二、即日起,封闭区域居民只进不出。")
    assert levels_of(text) == {
        "controlled": ["金华街道春晓社区部分区域(丽泽路146号、丽泽路148号、翠锦路85-95号)",
                       "金华街道胜利社区长风大厦(兴盛路103号)"],
        "sealed": ["丽泽路146号", "长风大厦第13层(兴盛路103号)"]}


def test_a_villages_part_by_its_bounds_as_the_object_of_a_verb_with_full_width_punctuation() -> None:
    text = ("关于划定临时管控区的通告\n即日起,将光明村部分区域(康宁路以南、福瑞街以北)、星峰小区划为管控区,"
            "其中星峰小区8号划为封控区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["光明村部分区域(康宁路以南、福瑞街以北)", "星峰小区"],
                               "sealed": ["星峰小区8号"]}


def test_a_compounds_part_and_among_clause_in_traditional_characters() -> None:
    text = in_traditional("关于划定风险区域的通告\n即日起,锦绣小区的部分区域(1-5栋)、汇君花园划为管控区,"
                          "其中汇君花园A座划为封控区。")
    assert levels_of(text) == {"controlled": ["锦绣小区的部分区域(1-5栋)", "汇君花园"], "sealed": ["汇君花园A座"]}


def test_a_bare_building_among_a_compound_after_a_comma_takes_its_compound() -> None:
    text = "关于划定风险区域的通告\n即日起,金华街道春晓社区丽泽小区划为管控区,其中3号楼划为封控区。"
    assert levels_of(text) == {"controlled": ["金华街道春晓社区丽泽小区"], "sealed": ["春晓社区丽泽小区3号楼"]}


@settings(max_examples=50, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.integers(min_value=1, max_value=300), st.sampled_from(["社区", "村", "小区"]), st.booleans())
def test_any_named_part_and_among_clause(community: str, road: str, tower: str, number: int, kind: str,
                                         full: bool) -> None:
    part = f"{community}{kind}部分区域({road}路{number}号、{road}路{number + 2}号)"
    text = (f"关于划定风险区域的通告\n即日起,{part}、{tower}大厦划为管控区,其中{road}路{number}号划为封控区。")
    text = text.translate(HALF_TO_FULL) if full else text
    assert levels_of(text) == {"controlled": [part, f"{tower}大厦"], "sealed": [f"{road}路{number}号"]}


def test_a_leads_vague_part_and_a_count_among_name_no_place() -> None:
    # (no bracket says which part: the lead's summary of the items below; a count after 其中 names none)
    text = ("关于实行封闭式管理的通告\n决定对金华街道春晓社区部分区域实行封闭式管理。具体如下:\n"
            "一、丽泽小区、翠锦小区划为管控区,其中2个划为封控区。\n二、封闭区域居民只进不出。")
    assert levels_of(text) == {"controlled": ["丽泽小区", "翠锦小区"]}


# --- a closed management area is the sealed level ----------------------------------------------------------------

def test_closed_and_sealed_management_areas_given_by_their_verb() -> None:
    text = ("厦门市龙泉区新增一处封闭管理区、一处封控管理区\n"
            "一、即日(9月21日)起,金华街道春晓社区丽泽路8号为封闭管理区,丽泽路10-12号(翠锦花园小区)为封控管理区。\n"
            "二、封控管理区内居民只进不出。其中丽泽路8号实行全封闭管理,居民居家健康监测。")
    assert levels_of(text) == {"sealed": ["金华街道春晓社区丽泽路8号", "丽泽路10-12号(翠锦花园小区)"]}


def test_closed_style_management_area_drawn_with_full_width_punctuation() -> None:
    text = "关于划定封闭管理区的通告\n即日起,将长风小区3栋、胜利花园划定为封闭式管理区域。".translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["长风小区3栋", "胜利花园"]}


def test_wholly_closed_management_area_in_traditional_characters() -> None:
    text = in_traditional("关于划定风险区域的通告\n即日起,兴盛家园2号楼列为全封闭管理区,福瑞小区列为管控区。")
    assert levels_of(text) == {"sealed": ["兴盛家园2号楼"], "controlled": ["福瑞小区"]}


@settings(max_examples=50, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.integers(min_value=1, max_value=300),
       st.sampled_from(["为", "划为", "列为", "划定为"]),
       st.sampled_from(["封闭管理区", "封闭式管理区", "全封闭管理区域"]), st.booleans())
def test_any_place_given_a_closed_management_area_is_sealed(road: str, number: int, verb: str, words: str,
                                                            traditional: bool) -> None:
    text = f"关于划定风险区域的通告\n一、即日起,{road}路{number}号{verb}{words}。"
    assert levels_of(in_traditional(text) if traditional else text) == {"sealed": [f"{road}路{number}号"]}


def test_closed_management_in_measures_and_a_title_names_no_place() -> None:
    text = ("关于新增一处封闭管理区的通告\n一、封闭管理区内居民足不出户。\n二、农贸市场实行封闭管理。\n"
            "三、封闭管理区的人员、车辆只进不出,外来车辆一律不得进入封闭管理区域。")
    assert levels_of(text) == {}


def test_a_place_given_a_level_then_closed_keeps_its_level() -> None:
    text = "关于划定风险区域的通告\n一、将春晓小区划为管控区。\n二、春晓小区实行封闭管理,居民只进不出。"
    assert levels_of(text) == {"controlled": ["春晓小区"]}


# --- two levels lifted run together; the level the lifted places go to ------------------------------------------

def test_lift_of_sealed_and_controlled_run_together_then_precaution() -> None:
    text = ("福建龙泉区部分区域解除封控管理\n经风险评估工作小组评估研判,现决定:\n"
            "一、自2021年10月6日15时30分起,对金华街道春晓社区丽泽路225号、227号、229号(翠锦苑小区)解除封控管控管理。\n"
            "二、解封后,调整为重点防范区,实行挂牌管理,积极创建“无疫小区”。")
    assert levels_of(text) == {"precaution": ["金华街道春晓社区丽泽路225号、227号、229号(翠锦苑小区)"]}


def test_lift_run_together_alone_with_full_width_punctuation() -> None:
    text = "关于解除封控管控的通告\n一、即日起,对长风小区3栋解除封控管控。\n二、请居民做好个人防护。"
    text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["长风小区3栋"]}


def test_lift_then_level_after_lifting_in_traditional_characters() -> None:
    text = in_traditional("关于解除封控管理的通告\n一、即日起,对兴盛花园解除封控管控管理。\n"
                          "二、解除封控后,转为一般防范区。")
    assert levels_of(text) == {"precaution": ["兴盛花园"]}


@settings(max_examples=50, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["小区", "花园", "家园"]),
       st.sampled_from(["封控管控", "管控防范"]), st.sampled_from(["解封后", "解除封控后", "解除后"]),
       st.sampled_from(["调整为重点防范区", "转为低风险区", "纳入防范区"]), st.booleans())
def test_any_run_together_lift_then_the_level_after_it(name: str, kind: str, levels: str, after: str, to: str,
                                                       full: bool) -> None:
    text = f"关于解除管理的通告\n一、即日起,对{name}{kind}解除{levels}管理。\n二、{after},{to},实行挂牌管理。"
    text = text.translate(HALF_TO_FULL) if full else text
    level = {"调整为重点防范区": "precaution", "转为低风险区": "low", "纳入防范区": "precaution"}[to]
    assert levels_of(text) == {level: [f"{name}{kind}"]}


def test_a_measure_ended_after_lifting_gives_no_level_and_people_are_no_place() -> None:
    text = ("关于解除封控管理的通告\n一、即日起,对长风小区解除封控管控管理。\n二、解封后,居民仍需做好个人防护。\n"
            "三、解除隔离后,人员转为居家健康监测。")
    assert levels_of(text) == {"lifted": ["长风小区"]}


# --- a silent lift by phases ---------------------------------------------------------------------------------------

_PHASED = ("金华市新型冠状病毒肺炎疫情防控工作指挥部\n关于解除部分片区临时静态管理的通告\n"
           "根据当前全市疫情形势,经综合研判,市指挥部决定,即日起市域范围分期分片区解除临时静态管理。现将有关事项通告如下:\n"
           "一、自2022年9月11日12时起,解除以下片区临时静态管理:\n(一)范围\n{items}\n(二)管控措施\n"
           "1.恢复农业等生产活动,开放农贸市场。\n2.人员、车辆不跨片区。\n"
           "二、{centre}暂不解除临时静态管理,所辖各社区(村、居)现行管控措施保持不变,后续根据疫情形势分期分片区解除。\n"
           "三、鼓励积极参与“无疫村(社区)、无疫小区”创建活动,中心城区内创建成功的村(社区)、小区优先纳入分期分片区解除临时静态"
           "管理的范围。\n金华市新型冠状病毒肺炎疫情防控工作指挥部\n2022年9月11日")


def test_districts_lifted_but_their_medium_areas_and_a_centre_kept_silent() -> None:
    text = _PHASED.format(items="1.秀英区行政区域(中风险区除外)\n2.龙华区行政区域\n3.春晓湾片区",
                          centre="中心城区(丽泽互通以西,翠锦岭以东,G98绕城高速以南)")
    assert by_level(text) == {("lifted", "秀英区"): ["行政区域(中风险区除外)"],
                              ("lifted", "龙华区"): ["行政区域", "春晓湾片区"],
                              ("silent", None): ["中心城区(丽泽互通以西,翠锦岭以东,G98绕城高速以南)"]}


def test_phased_lift_of_areas_with_full_width_punctuation() -> None:
    text = _PHASED.format(items="1.长风片区\n2.胜利湾片区", centre="兴盛片区").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["长风片区", "胜利湾片区"], "silent": ["兴盛片区"]}


def test_phased_lift_in_traditional_characters_with_an_exception_of_two_levels() -> None:
    text = in_traditional(_PHASED.format(items="1.秀英区行政区域(高、中风险区除外)\n2.福瑞片区", centre="星峰片区"))
    assert by_level(text) == {("lifted", "秀英区"): ["行政区域(高、中风险区除外)", "福瑞片区"],
                              ("silent", None): ["星峰片区"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=4, unique=True), invented_names(PLAIN_SYLLABLES),
       st.sampled_from(["暂不解除", "暂缓解除", "尚未解除"]), st.booleans())
def test_any_phased_lift_and_its_centre_kept(names: list[str], centre: str, kept: str, traditional: bool) -> None:
    items = "\n".join(f"{n}.{name}片区" for n, name in enumerate(names, 1))
    text = _PHASED.format(items=items, centre=f"{centre}中心片区").replace("暂不解除", kept)
    assert levels_of(in_traditional(text) if traditional else text) == {
        "lifted": [f"{name}片区" for name in names], "silent": [f"{centre}中心片区"]}


def test_a_rest_of_a_district_under_an_ordinary_level_list_stays_a_blanket() -> None:
    # (only silent management keeps a district's area but its levels: a level list's last line is the rest)
    text = ("关于调整风险区域的通告\n一、高风险区\n1.春晓小区3栋\n二、低风险区\n1.秀英区行政区域(高风险区除外)\n"
            "秀英区新冠肺炎疫情防控指挥部\n2022年9月11日")
    assert levels_of(text) == {"high": ["春晓小区3栋"]}


def test_kept_silence_of_levels_or_people_and_a_plan_name_no_place() -> None:
    text = ("关于分期分片区解除临时静态管理的通告\n一、封控区暂不解除静默管理。\n二、居民暂不解除静默管理。\n"
            "三、未达到条件的小区暂不解除静默管理。\n四、创建成功的小区优先纳入解除静默管理的范围。")
    assert levels_of(text) == {}


# --- a glossed copy's GBK run that lost a character, read back through the gloss ----------------------------------

def test_a_lost_character_read_back_through_its_gloss() -> None:
    # "龍潭街道叢樹家園1棟": 潭 lost, "?zhí)" the character the page made of 龍's second byte and 潭's first (執)
    text = ("關于成都市成華區部分區域調整風險等級的通告\n自2022年7月31日起,"
            "將成華區龍?zhí)督值绤矘浼覉@1棟的風險等級由中風險區調整為低風險區。\n成都市成華區新冠肺炎疫情防控指揮部\n2022年7月31日")
    assert levels_of(text) == {"low": ["龙潭街道丛树家园1栋"]}


def _garbled(text: str, lost: int) -> tuple[str, str] | None:
    """The text as a glossed copy garbles it when the character at ``lost`` loses a byte, and the run read shifted:
    the previous character's second byte and the lost one's first make a character the page glosses ("?zhí)"), then
    the bytes from the lost one's second are read two by two up to a byte in the ASCII range, where the copy reads
    right again. None when the shifted bytes read as no text."""
    before, gone = text[lost - 1].encode("gbk"), text[lost].encode("gbk")
    rest, run, i = gone[1:] + text[lost + 1:].encode("gbk"), "", 0
    try:
        gloss = pinyin(bytes([before[1], gone[0]]).decode("gbk"), style=Style.TONE)[0][0]
        while i < len(rest) and rest[i] >= 0x80:
            run, i = run + rest[i:i + 2].decode("gbk"), i + 2
        return f"{text[:lost]}?{gloss}){run}{rest[i:].decode('gbk')}", run
    except UnicodeError:
        return None


_GLOSSED_LEAD = ("關于調整風險等級的通告\n自2022年8月10日起,將{place}的風險等級由中風險區調整為低風險區。\n"
                 "成都市成華區新冠肺炎疫情防控指揮部\n2022年8月9日")


def test_glossed_lost_characters_in_other_runs() -> None:
    for place, plain in (("龍潭街道春曉家園3棟", "龙潭街道春晓家园3栋"), ("金潭街道光明家園2棟", "金潭街道光明家园2栋"),
                         ("龍潭街道翠錦東路9號", "龙潭街道翠锦东路9号")):
        garbled = _garbled(place, 1)
        assert garbled is not None
        assert levels_of(_GLOSSED_LEAD.format(place=garbled[0])) == {"low": [plain]}, place


@settings(max_examples=60, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.integers(min_value=1, max_value=9), st.sampled_from(["家園", "東路"]))
def test_any_glossed_lost_character_read_back(name: str, number: int, kind: str) -> None:
    place = in_traditional(f"龙潭街道{name}") + kind + str(number) + ("號" if kind == "東路" else "棟")
    garbled = _garbled(place, 1)
    # (only runs the shifted bytes make Chinese characters of: other marks end the run, which then cannot be read)
    assume(garbled is not None and re.fullmatch(r"[\u4e00-\u9fff]+", garbled[1]) is not None)
    assert garbled is not None
    assert levels_of(_GLOSSED_LEAD.format(place=garbled[0])) == {"low": [_T2S.convert(place)]}


def test_a_run_that_lost_more_than_one_character_stays_as_found() -> None:
    text = ("關于調整風險等級的通告\n自2022年8月10日起,"
            "將成華區龍?zhí)督值辣焙∠笕?棟、成華區府青路街道金珠苑及底商的風險等級由中風險區調整為低風險區。\n成都市成華區新冠肺炎疫情防控指揮部\n2022年8月9日")
    assert levels_of(text) == {"low": ["龙?zhí)督值辣焙∠笕?栋", "府青路街道金珠苑及底商"]}
