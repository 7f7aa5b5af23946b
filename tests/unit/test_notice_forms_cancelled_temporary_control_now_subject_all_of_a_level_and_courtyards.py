"""Forms of the forty-eighth held-out set, part b: a temporary control's measures cancelled (取消) or revoked (撤销)
after its places ("对A以及B,取消临时应急管控措施"), a lift; the areas as they stand named as the subject after
目前 with no comma ("目前A街道、B街道、C镇全域依旧为低风险区"); every area of a level (全部, 所有) moved to another
level, no place ("将全部中风险区调整为低风险区"); a hamlet's courtyard (院子) as a whole place before a comma
("A村4组B院子,C街道D中心5栋由高风险区降为低风险区"). Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
)

# --- a temporary control cancelled --------------------------------------------------------------------------


def _cancelled(district: str, objects: str, verb: str = "取消临时应急管控措施", end: str = "。") -> str:
    return (f"{district}新冠肺炎疫情防控指挥部通告\n2022年9号\n根据有关规定,经研究同意,决定自5月6日零时起,"
            f"对{district}{objects},{verb}{end}")


_BOUNDED = "青禾路以西,翠湖大道以东,金桂南路以南,锦绣小区(含)以北的合围区域"


def test_a_cancelled_temporary_control_is_a_lift() -> None:
    assert by_level(_cancelled("东湖区", f"{_BOUNDED}以及凤鸣滨江小区", end="")) == {
        ("lifted", "东湖区"): [_BOUNDED, "凤鸣滨江小区"]}


def test_cancelled_control_variants() -> None:
    assert by_level(_cancelled("青山湖区", "星河花园", "撤销临时管控措施")) == {("lifted", "青山湖区"): ["星河花园"]}
    assert by_level(_cancelled("新建区", "瑞丰家园、长风小区", "取消临时性管控措施")) == {
        ("lifted", "新建区"): ["瑞丰家园", "长风小区"]}
    assert by_level(_cancelled("红谷滩区", "君悦府", "予以取消临时封控措施")) == {("lifted", "红谷滩区"): ["君悦府"]}


def test_cancelled_control_in_traditional_and_full_width() -> None:
    text = in_traditional(_cancelled("東湖區", "星河花園", "取消臨時應急管控措施"))
    assert by_level(text) == {("lifted", "东湖区"): ["星河花园"]}
    text = _cancelled("东湖区", "星河花园").translate(HALF_TO_FULL)
    assert by_level(text) == {("lifted", "东湖区"): ["星河花园"]}


def test_a_control_not_cancelled_or_cancelled_later_lifts_nothing() -> None:
    assert by_level(_cancelled("东湖区", "星河花园")) == {("lifted", "东湖区"): ["星河花园"]}
    assert by_level(_cancelled("东湖区", "星河花园", "暂不取消临时管控措施")) == {}
    text = _cancelled("东湖区", "星河花园", "继续实行临时管控措施") + "待评估后取消临时管控措施后,另行通知。"
    assert ("lifted", "东湖区") not in by_level(text)
    # (a measure cancelled, no control: "取消堂食")
    assert by_level(_cancelled("东湖区", "星河花园", "取消堂食")) == {}


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["东湖区", "西湖区", "青云谱区", "湾里区"]),
       st.sampled_from(["取消临时应急管控措施", "撤销临时管控措施", "取消临时封控措施"]))
def test_any_cancelled_temporary_control_is_a_lift(name: str, district: str, verb: str) -> None:
    assert by_level(_cancelled(district, f"{name}小区", verb)) == {("lifted", district): [f"{name}小区"]}


# --- the areas as they stand after 目前, no comma ------------------------------------------------------------


def _now(district: str, rest: str) -> str:
    return (f"{district}高风险区解除管控\n根据有关规定,经专家组综合研判,自12月2日13时起,"
            "分别将以下1个高风险区解除管控:\n"
            f"1.凤鸣街道青禾花园36幢\n{rest}低风险区实行“个人防护、避免聚集”。\n{district}新冠肺炎疫情联防联控指挥部")


def test_areas_named_after_now_with_no_comma_are_at_their_level() -> None:
    text = _now("吴中区", "目前凤鸣街道、翠湖街道、金桂镇全域依旧为低风险区(除高风险区以外的其他区域)。")
    assert by_level(text) == {("lifted", "吴中区"): ["凤鸣街道青禾花园36幢"],
                              ("low", "吴中区"): ["凤鸣街道", "翠湖街道", "金桂镇全域"]}


def test_now_subject_variants() -> None:
    text = _now("姑苏区", "目前凤鸣街道、翠湖街道仍为低风险区。")
    assert by_level(text)[("low", "姑苏区")] == ["凤鸣街道", "翠湖街道"]
    text = _now("虎丘区", "目前金桂镇全域为低风险区。")
    assert by_level(text)[("low", "虎丘区")] == ["金桂镇全域"]
    text = _now("吴江区", "目前凤鸣街道和翠湖街道均为低风险区。")
    assert by_level(text)[("low", "吴江区")] == ["凤鸣街道", "翠湖街道"]


def test_now_subject_in_traditional_and_full_width() -> None:
    text = in_traditional(_now("吳中區", "目前鳳鳴街道、翠湖街道依舊為低風險區(除高風險區以外的其他區域)。"))
    assert by_level(text)[("low", "吴中区")] == ["凤鸣街道", "翠湖街道"]
    text = _now("吴中区", "目前凤鸣街道、翠湖街道依旧为低风险区(除高风险区以外的其他区域)。").translate(HALF_TO_FULL)
    assert by_level(text)[("low", "吴中区")] == ["凤鸣街道", "翠湖街道"]


def test_now_with_no_named_area_is_no_place() -> None:
    assert ("low", "吴中区") in by_level(_now("吴中区", "目前凤鸣街道依旧为低风险区。"))
    for rest in ("目前全区依旧为低风险区。", "目前我区疫情形势总体平稳。", "目前疫情防控形势为低风险。"):
        assert list(by_level(_now("吴中区", rest))) == [("lifted", "吴中区")], rest


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.sampled_from(["依旧为", "仍为", "为", "依然为"]))
def test_any_streets_now_at_a_level(a: str, b: str, verb: str) -> None:
    if a == b:
        return
    text = _now("相城区", f"目前{a}街道、{b}镇全域{verb}低风险区。")
    assert by_level(text)[("low", "相城区")] == [f"{a}街道", f"{b}镇全域"]


# --- every area of a level moved ------------------------------------------------------------------------------


def _all_of_level(word: str, old: str = "中", new: str = "低") -> str:
    return (f"5月9日邵阳将{word}{old}风险区调整为{new}风险区\n根据有关规定,经专家组综合评估,自5月9日0时起,"
            f"将{word}{old}风险区调整为{new}风险区,现通告如下:\n一、将双清区石桥街道青禾家园小区由{old}风险区调整为"
            f"{new}风险区。")


def test_every_area_of_a_level_moved_is_no_place() -> None:
    assert by_level(_all_of_level("全部")) == {("low", "双清区"): ["石桥街道青禾家园小区"]}


def test_all_of_level_variants() -> None:
    assert by_level(_all_of_level("所有")) == {("low", "双清区"): ["石桥街道青禾家园小区"]}
    assert by_level(_all_of_level("全市全部", "高", "中")) == {("medium", "双清区"): ["石桥街道青禾家园小区"]}


def test_all_of_level_in_traditional_and_full_width() -> None:
    assert by_level(in_traditional(_all_of_level("全部"))) == {("low", "双清区"): ["石桥街道青禾家园小区"]}
    assert by_level(_all_of_level("全部").translate(HALF_TO_FULL)) == {("low", "双清区"): ["石桥街道青禾家园小区"]}


def test_a_level_named_with_its_place_is_kept() -> None:
    assert list(by_level(_all_of_level("全部"))) == [("low", "双清区")]
    # (a named place before the level it leaves is still a place: only 全部 alone is none)
    text = _all_of_level("全部") + "\n二、将北塔区陈家桥镇全部安置小区由中风险区调整为低风险区。"
    assert by_level(text)[("low", "北塔区")] == ["陈家桥镇全部安置小区"]


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["全部", "所有", "全区所有"]))
def test_any_all_of_level_is_no_place(name: str, word: str) -> None:
    text = _all_of_level(word).replace("青禾", name)
    assert by_level(text) == {("low", "双清区"): [f"石桥街道{name}家园小区"]}


# --- a hamlet's courtyard before a comma --------------------------------------------------------------------


def _courtyard(first: str, verb: str = "由高风险区降为低风险区") -> str:
    return ("11月14日邵阳市双清区关于新增、解除高风险区的通告\n经综合研判,新增、解除高风险区,具体如下:\n"
            "一、新增划定高风险区(1个)\n新增划定东风路街道锦绣小区6栋为高风险区。\n二、解除高风险区(2个)\n"
            f"{first},东风路街道汇君中心5栋{verb}。")


def test_a_courtyard_before_a_comma_is_a_place() -> None:
    assert by_level(_courtyard("昭阳片区青禾村4组罗家冲院子"))[("low", "双清区")] == [
        "昭阳片区青禾村4组罗家冲院子", "东风路街道汇君中心5栋"]


def test_courtyard_variants() -> None:
    assert by_level(_courtyard("金桂村李家院子"))[("low", "双清区")] == ["金桂村李家院子", "东风路街道汇君中心5栋"]
    assert by_level(_courtyard("翠湖村2组王家湾院子", "调整为低风险区"))[("low", "双清区")] == [
        "翠湖村2组王家湾院子", "东风路街道汇君中心5栋"]


def test_courtyard_in_traditional_and_full_width() -> None:
    assert by_level(in_traditional(_courtyard("金桂村李家院子")))[("low", "双清区")] == [
        "金桂村李家院子", "东风路街道汇君中心5栋"]
    assert by_level(_courtyard("金桂村李家院子").translate(HALF_TO_FULL))[("low", "双清区")] == [
        "金桂村李家院子", "东风路街道汇君中心5栋"]


def test_ones_own_yard_is_no_place() -> None:
    assert by_level(_courtyard("青禾村刘家院子"))[("low", "双清区")] == ["青禾村刘家院子", "东风路街道汇君中心5栋"]
    for first in ("居民不出院子", "打扫自家院子"):
        assert by_level(_courtyard(first))[("low", "双清区")] == ["东风路街道汇君中心5栋"], first


@settings(max_examples=30, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["张家", "罗家冲", "刘家湾", "上"]))
def test_any_courtyard_is_a_place(village: str, family: str) -> None:
    first = f"{village}村3组{family}院子"
    assert by_level(_courtyard(first))[("low", "双清区")] == [first, "东风路街道汇君中心5栋"]


# --- a county's characters lost as "?" in a glossed copy ------------------------------------------------------


def _lost(county: str, short: str, place: str = "都安乡青禾村陇意屯", hotel: str = "星河酒店") -> str:
    return (f"据广西疾控消息,根据国务院联防联控机制有关规定,结合{county}疫情防控形势,经综合研判,{county}疫情防控指挥部"
            f"决定,自2022年2月6日起,将{county}{place}调整为高风险地区,对该地区人员进行隔离,将{hotel}({short}腾飞广场店)"
            f"调整为中风险地区,实行封闭管理,{county}其他区域风险等级不变。")


def test_a_county_with_lost_characters_is_read_from_its_short_name() -> None:
    assert by_level(_lost("德??h", "德保")) == {("high", "德保县"): ["都安乡青禾村陇意屯"],
                                               ("medium", "德保县"): ["星河酒店(德保腾飞广场店)"]}


def test_lost_county_variants() -> None:
    assert by_level(_lost("田??", "田林", "湖润镇翠湖村"))[("high", "田林县")] == ["湖润镇翠湖村"]
    assert by_level(_lost("那??h", "那坡", "百都乡金桂村"))[("high", "那坡县")] == ["百都乡金桂村"]


def test_lost_county_in_traditional_and_full_width() -> None:
    text = in_traditional(_lost("德??h", "德保"))
    assert by_level(text)[("high", "德保县")] == ["都安乡青禾村陇意屯"]
    text = _lost("德？？h", "德保").translate(HALF_TO_FULL)
    assert by_level(text)[("high", "德保县")] == ["都安乡青禾村陇意屯"]


def test_a_lost_county_not_named_elsewhere_is_no_guess() -> None:
    assert ("high", "德保县") in by_level(_lost("德??h", "德保"))
    # (德保县, 德庆县, 德江县…: the notice writes no short name, no county chosen)
    found = by_level(_lost("德??h", "城东"))
    assert not any(district in ("德保县", "德庆县", "德江县", "德安县") for _, district in found)


@settings(max_examples=20, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from([("德??h", "德保", "德保县"), ("田??", "田林", "田林县"),
                                                          ("凌??", "凌云", "凌云县")]))
def test_any_place_of_a_lost_county(name: str, county: tuple[str, str, str]) -> None:
    assert by_level(_lost(county[0], county[1], f"{name}乡{name}村"))[("high", county[2])] == [f"{name}乡{name}村"]
