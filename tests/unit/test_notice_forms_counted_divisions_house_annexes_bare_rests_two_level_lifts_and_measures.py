"""Forms of notices that count what they name after the first of them ("济南市历下区等125个县(市、区)为低风险地区", a
province's 2020 table; "将A村3号,B村5号共6户划定为封控区", the households), write a house number's sub-numbers or
annex after 、 ("蔡份北街59号、60号之一至六号", "B路12号、14号附1号", "C村九队597号、10号+1"), write a town's rest
closed by 外 alone before ",均为防范区" ("A镇域内除封控区、管控区外,均为防范区"), name a compound "…水乡" under a
town's label ("曾家镇(5个):金科廊桥水乡三组团E10栋", no township), lift places written with both levels they had
("对A社区B社89号、B社90号封控区、管控区解除封控、管控", 厦门 2021: each number with its hamlet's name, one place),
lift an estate's 2020 managed status ("解除A街道B庭院疫情重点小区管理", 浙江), and give a place the ninth edition's
measures of a level without the level's word ("B街道除高风险区外的其他区域,继续实行“个人防护、避免聚集”管理措施",
广东 late 2022: low).
Each form in variants written here (invented places, other districts, kinds of place, separators, traditional
characters, full-width punctuation), and properties over generated parts."""

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


# --- "济南市历下区等125个县(市、区)": the first of a province's counted county-level divisions ---

def test_counted_county_level_divisions_after_the_first_one() -> None:
    text = ("经组织省专家组研判,以县域为单位进行新冠肺炎疫情风险等级评估,太原市小店区等98个县(市、区)为低风险地区,"
            "大同市平城区等11个县(市、区)为中风险地区。")
    assert by_level(text) == {("low", "小店区"): ["小店区"], ("medium", "平城区"): ["平城区"]}


def test_counted_counties_written_with_one_kind_in_brackets_in_traditional_characters() -> None:
    text = in_traditional("经省专家组研判,石家庄市长安区等120个县(区)为低风险地区。")
    assert levels_of(text) == {"low": ["长安区"]}


def test_counted_divisions_full_width() -> None:
    text = "经省专家组研判,郑州市金水区等150个县(市、区)为低风险地区,开封市鼓楼区等7个县(市)为中风险地区。"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"low": ["金水区"], "medium": ["鼓楼区"]}


# --- "共6户": the households counted after the last place ---

SEALED = "关于划定封控区、管控区和防范区的通告\n1、封控区。将{body}划定为封控区。\n封控区内实行“区域封闭、足不出户”。"


def test_households_counted_after_the_last_place() -> None:
    text = SEALED.format(body="春晓镇金华村三队6号,金华村五队8号共2户")
    assert levels_of(text) == {"sealed": ["春晓镇金华村三队6号", "金华村五队8号"]}


def test_households_counted_with_gong_ji_in_traditional_characters() -> None:
    text = in_traditional(SEALED.format(body="长风镇翠锦村一组12号,翠锦村二组3栋共计5户"))
    assert levels_of(text) == {"sealed": ["长风镇翠锦村一组12号", "翠锦村二组3栋"]}


def test_households_counted_full_width() -> None:
    text = SEALED.format(body="阳光镇丽泽村4号,丽泽村9号计3户").translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["阳光镇丽泽村4号", "丽泽村9号"]}


# --- "60号之一至六号", "14号附1号", "10号+1": a house number's sub-numbers and annexes after 、 ---

def test_sub_numbers_written_to_a_chinese_numeral_go_on_the_road() -> None:
    text = SEALED.format(body="金华路59号、60号之一至六号,长风路5号")
    assert levels_of(text) == {"sealed": ["金华路59号、60号之一至六号", "长风路5号"]}


def test_an_annex_number_goes_on_the_road_in_traditional_characters() -> None:
    text = in_traditional(SEALED.format(body="翠锦路12号、14号附1号,兴盛路8号"))
    assert levels_of(text) == {"sealed": ["翠锦路12号、14号附1号", "兴盛路8号"]}


def test_a_plus_annex_goes_on_the_team_full_width() -> None:
    text = SEALED.format(body="福瑞镇春晓村九队597号、9号、10号+1,春晓村四队5号").translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["福瑞镇春晓村九队597号、9号、10号+1", "春晓村四队5号"]}


@settings(max_examples=30, deadline=None)
@given(road=name, other=name, first=st.integers(1, 400), second=st.integers(1, 400),
       annex=st.sampled_from(["之一至六号", "之二至之五", "附3号", "附12号", "+1", "之12"]))
def test_any_annexed_house_number_goes_on_its_road(road: str, other: str, first: int, second: int,
                                                   annex: str) -> None:
    assume(road != other)
    text = SEALED.format(body=f"{road}路{first}号、{second}号{annex},{other}路7号")
    assert levels_of(text) == {"sealed": [f"{road}路{first}号、{second}号{annex}", f"{other}路7号"]}


# --- "A镇域内除封控区、管控区外,均为防范区": a town's rest closed by 外 alone ---

ZONES = "关于划定封控区、管控区和防范区的通告\n1、封控区。将春晓镇金华村6号划定为封控区。\n{rest}\n请广大居民配合。"


def test_a_towns_rest_closed_by_wai_then_jun_wei() -> None:
    text = ZONES.format(rest="3、防范区。春晓镇域内除封控区、管控区外,均为防范区。")
    assert levels_of(text) == {"sealed": ["春晓镇金华村6号"], "precaution": ["春晓镇域内除封控区、管控区外"]}


def test_a_streets_rest_closed_by_yi_wai_without_a_label_in_traditional_characters() -> None:
    text = in_traditional(ZONES.format(rest="3、长风街道除封控区、管控区以外,均为防范区。"))
    assert levels_of(text) == {"sealed": ["春晓镇金华村6号"], "precaution": ["长风街道除封控区、管控区以外"]}


def test_a_towns_rest_without_the_comma_full_width() -> None:
    text = ZONES.format(rest="三、兴盛镇除封控区、管控区外均为防范区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["春晓镇金华村6号"], "precaution": ["兴盛镇除封控区、管控区外"]}


def test_a_whole_districts_rest_closed_by_wai_is_no_place() -> None:
    text = ZONES.format(rest="3、防范区。潘集区除封控区、管控区外,均为防范区。")
    assert levels_of(text) == {"sealed": ["春晓镇金华村6号"]}


@settings(max_examples=30, deadline=None)
@given(town=name, kind=st.sampled_from(["镇", "街道"]), close=st.sampled_from(["外", "以外", "之外"]),
       comma=st.sampled_from([",", ""]))
def test_any_towns_rest_closed_by_wai(town: str, kind: str, close: str, comma: str) -> None:
    text = ZONES.format(rest=f"3、{town}{kind}除封控区、管控区{close}{comma}均为防范区。")
    assert levels_of(text)["precaution"] == [f"{town}{kind}除封控区、管控区{close}"]


# --- "金科廊桥水乡三组团E10栋": a compound named 水乡 under a town's label is no township ---

LIFTED = ("解除部分高风险区,具体如下:\n一、具体点位({n}个)\n{lines}\n以上解除区域自通告发布之时执行。\n"
          "二、防控要求\n各小区继续实行封闭管理。")


def test_a_compound_named_shui_xiang_takes_the_towns_label() -> None:
    text = LIFTED.format(n=3, lines="曾家镇(2个):金科廊桥水乡三组团E10栋,龙荫社区17栋。\n含谷镇(1个):佳和西郡2栋。")
    assert levels_of(text) == {"lifted": ["曾家镇金科廊桥水乡三组团E10栋", "曾家镇龙荫社区17栋", "含谷镇佳和西郡2栋"]}


def test_a_compound_named_shui_xiang_in_traditional_characters() -> None:
    text = in_traditional(LIFTED.format(n=2, lines="白市驿镇(2个):江南水乡5栋,清河苑二栋3单元。"))
    assert levels_of(text) == {"lifted": ["白市驿镇江南水乡5栋", "白市驿镇清河苑二栋3单元"]}


def test_a_compound_named_shui_xiang_full_width() -> None:
    text = LIFTED.format(n=2, lines="虎溪街道(2个):阳光翠锦水乡A区,湖岸家园A区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": ["虎溪街道阳光翠锦水乡A区", "虎溪街道湖岸家园A区"]}


@settings(max_examples=30, deadline=None)
@given(town=name, compound=name, other=name, building=st.integers(1, 30))
def test_any_shui_xiang_compound_takes_its_towns_label(town: str, compound: str, other: str, building: int) -> None:
    assume(compound != other)
    text = LIFTED.format(n=2, lines=f"{town}镇(2个):{compound}水乡{building}栋,{other}家园A区。")
    assert levels_of(text) == {"lifted": [f"{town}镇{compound}水乡{building}栋", f"{town}镇{other}家园A区"]}


# --- "对A社区B社89号、B社90号封控区、管控区解除封控、管控": both levels lifted, a hamlet's numbers one place ---

SIMING = ("厦门市思明区应对新冠肺炎疫情工作指挥部\n〔2021〕第23号通告\n区指挥部研究决定:\n{sentence}\n"
          "解除封控、管控后,所在街道、社区要严格落实小区闭环管理。\n厦门市思明区应对新冠肺炎疫情工作指挥部\n2021年10月3日")


def test_both_levels_lifted_from_a_hamlets_house_numbers() -> None:
    text = SIMING.format(sentence="自2021年10月3日12时起,对滨海街道金华社区金华社89号、金华社90号、金华社99号封控区、"
                                  "管控区解除封控、管控。")
    assert by_level(text) == {("lifted", "思明区"): ["滨海街道金华社区金华社89号、金华社90号、金华社99号"]}


def test_both_levels_joined_by_he_in_traditional_characters() -> None:
    text = in_traditional(SIMING.format(sentence="自2021年10月3日12时起,对莲前街道长风社区翠锦里5号、翠锦里7号"
                                                 "封控区和管控区解除封控、管控。"))
    assert by_level(text) == {("lifted", "思明区"): ["莲前街道长风社区翠锦里5号、翠锦里7号"]}


def test_both_levels_lifted_full_width() -> None:
    text = SIMING.format(sentence="自2021年10月3日12时起,对A小区3号楼,B村12号封控区、管控区解除封控、管控。")
    assert by_level(text.translate(HALF_TO_FULL)) == {("lifted", "思明区"): ["A小区3号楼", "B村12号"]}
    # (every area of a whole district lifted is no place)
    text = SIMING.format(sentence="决定自2021年10月3日12时起,解除思明区封控区、管控区、防范区的管控措施。")
    assert by_level(text.translate(HALF_TO_FULL)) == {}


def test_each_address_written_whole_stays_a_place() -> None:
    text = SIMING.format(sentence="自2021年10月3日12时起,对滨海街道金华路3号、滨海街道金华路5号封控区、管控区"
                                  "解除封控、管控。")
    assert by_level(text) == {("lifted", "思明区"): ["滨海街道金华路3号", "滨海街道金华路5号"]}


@settings(max_examples=30, deadline=None)
@given(street=name, community=name, hamlet=name, numbers=st.lists(st.integers(1, 300), min_size=2, max_size=4,
                                                                   unique=True))
def test_any_hamlets_numbers_lifted_from_both_levels(street: str, community: str, hamlet: str,
                                                     numbers: list[int]) -> None:
    # (a hamlet named like the street would read as the street written again)
    assume(hamlet not in street and street not in hamlet)
    run = "、".join(f"{hamlet}社{n}号" for n in numbers)
    text = SIMING.format(sentence=f"自2021年10月3日12时起,对{street}街道{community}社区{run}封控区、管控区"
                                  "解除封控、管控。")
    assert by_level(text) == {("lifted", "思明区"): [f"{street}街道{community}社区{run}"]}


# --- "解除A街道B庭院疫情重点小区管理": 2020's managed estate lifted ---

SANMEN = ("关于解除{place}疫情重点小区管理的通告\n(第31号)\n根据疫情实际情况,经风险评估,决定自2月16日13时起解除{place}"
          "疫情重点{kind}管理,转为一般小区管理。\n{town}及小区业委会要进一步压实责任。\n三门县新冠肺炎疫情防控指挥部\n2020年2月16日")


def test_a_managed_estate_lifted() -> None:
    text = SANMEN.format(place="海游街道金华庭院", kind="小区", town="海游街道")
    assert by_level(text) == {("lifted", "三门县"): ["海游街道金华庭院"]}


def test_a_managed_village_lifted_in_traditional_characters() -> None:
    text = in_traditional(SANMEN.format(place="亭旁镇长风村", kind="村", town="亭旁镇"))
    assert by_level(text) == {("lifted", "三门县"): ["亭旁镇长风村"]}


def test_a_managed_estate_lifted_full_width() -> None:
    text = SANMEN.format(place="珠岙镇翠锦花园", kind="小区", town="珠岙镇").translate(HALF_TO_FULL)
    assert by_level(text) == {("lifted", "三门县"): ["珠岙镇翠锦花园"]}


@settings(max_examples=30, deadline=None)
@given(town=name, estate=name, end=st.sampled_from(["庭院", "花园", "小区", "家园"]))
def test_any_managed_estate_lifted(town: str, estate: str, end: str) -> None:
    text = SANMEN.format(place=f"{town}街道{estate}{end}", kind="小区", town=f"{town}街道")
    assert by_level(text) == {("lifted", "三门县"): [f"{town}街道{estate}{end}"]}


# --- "B,继续实行“个人防护、避免聚集”管理措施": the ninth edition's measures name the level ---

DONGQU = ("东区街道新冠肺炎疫情防控指挥部办公室通告(2022年第5号)\n根据最新疫情形势综合研判,经研究决定:{body}\n"
          "以上防控措施将根据疫情防控需要动态调整。\n东区街道新冠肺炎疫情防控指挥部办公室\n2022年11月28日")


def test_a_streets_rest_given_the_low_risk_measures() -> None:
    text = DONGQU.format(body="将金华路63号春晓花园附1栋划为高风险区,严格执行“足不出户、上门服务”管理措施;"
                              "东区街道除高风险区外的其他区域,继续实行“个人防护、避免聚集”管理措施。")
    assert levels_of(text) == {"high": ["金华路63号春晓花园附1栋"], "low": ["东区街道除高风险区外的其他区域"]}


def test_a_compound_given_the_low_risk_measures_in_traditional_characters() -> None:
    text = in_traditional(DONGQU.format(body="\n长风镇翠锦新城二期(包括翠锦新城二期11座、16座),实行“个人防护、避免聚集”"
                                             "等防范措施。"))
    assert levels_of(text) == {"low": ["长风镇翠锦新城二期(包括翠锦新城二期11座、16座)"]}


def test_places_given_the_medium_and_high_measures_full_width() -> None:
    text = DONGQU.format(body="\n兴盛小区3栋,实行“足不出户、上门服务”管理措施;\n"
                              "阳光花园,实行“足不出区、错峰取物”管理措施。")
    assert levels_of(text.translate(HALF_TO_FULL)) == {"high": ["兴盛小区3栋"], "medium": ["阳光花园"]}
    # (the measures of a labelled area, "区域内", name no place)
    text = DONGQU.format(body="\n1、临时管控区1:金华小区3栋。\n2、临时管控区1:区域内实行“足不出区、错峰取物”管理措施。")
    assert "medium" not in levels_of(text.translate(HALF_TO_FULL))


@settings(max_examples=30, deadline=None)
@given(compound=name, end=st.sampled_from(["小区", "花园", "家园"]), building=st.integers(1, 30),
       measures=st.sampled_from([("个人防护、避免聚集", "low"), ("足不出区、错峰取物", "medium"),
                                 ("足不出户、上门服务", "high")]),
       verb=st.sampled_from([",实行", ",继续实行", "实施"]))
def test_any_place_given_a_levels_measures(compound: str, end: str, building: int, measures: tuple[str, str],
                                           verb: str) -> None:
    words, level = measures
    text = DONGQU.format(body=f"\n{compound}{end}{building}栋{verb}“{words}”管理措施。")
    assert levels_of(text) == {level: [f"{compound}{end}{building}栋"]}
