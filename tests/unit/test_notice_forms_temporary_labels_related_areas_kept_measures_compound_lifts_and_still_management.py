"""Forms of notices that put a temporary level's label in front of its places with only a space
between ("二、临时管控区 A小区、B小区") beside a numbered screening area that is no level ("三、扩大筛查区 C街道"),
lift a named place's related area ("A社区B城中村相关区域(…)解除管控区"), send the lifted places to a level in
a closing sentence with the measures kept in a clause before it ("上述区域解除封控、管控后,继续严格执行社会面
管控措施,实行防范区管理") under a line of addressees ("各镇(街道)…,开发区…(指挥部):") that names no issuer,
lift a street's residents' compounds named by their kind only ("A街道解除居民小区(村民小组)封闭管理") under a
title of the district and the street ("B区A街住宅小区启封公告"), and put a part of a city under 静止管理 (still
management, static management), written bare and then again with what it holds in brackets. Each form in
variants written here (invented places, the wording of the real forms: other districts, kinds of place,
separators, traditional characters, full-width punctuation), and properties over generated parts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- a temporary level's label, a space, its places; a screening area numbered beside it ----------------------

def test_temporary_control_label_then_a_space_and_its_places() -> None:
    text = ("根据疫情防控工作需要,经专家组研判,对我区部分管控区域通告如下:\n\n一、封控区 龙华街道金桥村12号、14号\n\n"
            "二、临时管控区 锦绣家园小区、春晓新村小区、光明苑小区\n\n三、扩大筛查区 龙华街道\n\n"
            "以上措施自即日起执行。\n\n南京市雨花台区新冠肺炎疫情防控工作指挥部\n\n2022年4月2日")
    assert by_level(text) == {("sealed", "雨花台区"): ["龙华街道金桥村12号、14号"],
                              ("controlled", "雨花台区"): ["锦绣家园小区", "春晓新村小区", "光明苑小区"]}


def test_temporary_sealed_label_in_traditional_characters_and_a_risk_screening_area() -> None:
    text = in_traditional("关于划定管控区域的通告\n一、临时封控区 东湖镇翠竹村\n"
                          "二、管控区 东湖镇新华村、东湖镇兴盛社区\n三、风险排查区 东湖镇")
    assert levels_of(text) == {"sealed": ["东湖镇翠竹村"], "controlled": ["东湖镇新华村", "东湖镇兴盛社区"]}


def test_graded_temporary_label_with_full_width_commas_and_a_screening_area_under_it() -> None:
    text = ("关于划定管控区域的通告\n(一)一类临时管控区 金华路8号院,金华路10号院\n(二)重点筛查区 金华街道")
    assert levels_of(text.translate(HALF_TO_FULL)) == {"controlled": ["金华路8号院", "金华路10号院"]}


def test_a_screening_area_after_a_plain_label_is_no_district() -> None:
    text = "关于划定管控区域的通告\n一、封控区 西山村5组\n二、管控区 西山村、东山村\n三、扩大筛查区 西山镇"
    assert levels_of(text) == {"sealed": ["西山村5组"], "controlled": ["西山村", "东山村"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True), name,
       st.sampled_from(["小区", "新村小区", "花园", "苑"]),
       st.sampled_from(["临时管控区", "临时封控区", "临时性管控区"]),
       st.sampled_from(["扩大筛查区", "风险排查区", "重点筛查区"]), st.sampled_from(["、", ","]), st.booleans())
def test_any_temporary_label_reads_its_places(compounds: list[str], town: str, kind: str, label: str, screening: str,
                                              sep: str, traditional: bool) -> None:
    places = [c + kind for c in compounds]
    text = f"关于划定管控区域的通告\n一、{label} {sep.join(places)}\n二、{screening} {town}街道"
    text = in_traditional(text) if traditional else text
    level = "sealed" if "封控" in label else "controlled"
    assert levels_of(text) == {level: places}


# --- a named place's related area --------------------------------------------------------------------------

def test_related_area_of_an_urban_village_lifted_with_its_bounds() -> None:
    text = ("根据疫情处置进展,经研究决定,自2022年2月3日12时起,龙岗区坪地街道调整相关封控区、管控区管控措施,"
            "现通告如下:\n"
            "1、坪地街道六联社区石灰围花园(8—10栋)解除封控区。\n"
            "2、坪地街道六联社区石灰围城中村相关区域(富地路—龙岗大道—丁山河围合区,不包括石灰围花园8—10栋)解除管控区。")
    assert by_level(text) == {("lifted", "龙岗区"): [
        "坪地街道六联社区石灰围花园(8—10栋)",
        "坪地街道六联社区石灰围城中村相关区域(富地路—龙岗大道—丁山河围合区,不包括石灰围花园8—10栋)"]}


def test_related_area_of_a_village_in_traditional_characters_full_width() -> None:
    text = in_traditional("关于解除管控区的通告\n一、金鸡镇东坑村相关区域(东坑路以东)解除管控区。")
    assert levels_of(text.translate(HALF_TO_FULL)) == {"lifted": ["金鸡镇东坑村相关区域(东坑路以东)"]}


def test_related_area_of_a_compound_designated() -> None:
    text = "关于划定管控区的通告\n将阳光小区相关片区划定为管控区。"
    assert levels_of(text) == {"controlled": ["阳光小区相关片区"]}


def test_related_areas_without_a_place_in_front_are_no_place_beside_a_named_ones() -> None:
    text = "关于划定管控区的通告\n结合相关区域疫情动态情况,经研判,将锦绣小区相关片区划为管控区。"
    assert levels_of(text) == {"controlled": ["锦绣小区相关片区"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from(["村", "社区", "城中村", "小区"]), st.sampled_from(["区域", "片区", "范围"]),
       st.sampled_from(["封控区", "管控区"]), st.booleans())
def test_any_named_places_related_area_is_a_place(street: str, village: str, kind: str, area: str, level: str,
                                                  full_width: bool) -> None:
    place = f"{street}街道{village}{kind}相关{area}"
    text = f"关于解除管控区的通告\n1、{place}解除{level}。"
    text = text.translate(HALF_TO_FULL) if full_width else text
    assert levels_of(text) == {"lifted": [place]}


# --- a closing sentence that sends the lifted places to a level; a line of addressees -------------------------

ADDRESSED_LIFT = ("关于4月9日0时起解除{county}部分封控区、管控区的通知\n"
                  "各镇(街道)疫情防控领导小组指挥部,开发区疫情防控领导小组(指挥部),指挥部各工作组:\n"
                  "经按程序报审备案,现对{county}部分封控区、管控区解除管控措施的有关事项通知如下:\n"
                  "一、自2022年4月9日0时起,封控区解除封控管理:\n1.{a}\n2.{b}\n"
                  "二、自2022年4月9日0时起,管控区解除管控管理:\n1.{c}\n"
                  "上述区域解除封控、管控后,继续严格执行社会面管控措施,实行防范区管理。请各单位继续严格执行各项防疫规定。\n"
                  "{county}委统筹疫情防控和经济运行\n工作领导小组(指挥部)\n2022年4月8日")


def test_lifted_places_go_to_the_level_after_the_kept_measures() -> None:
    text = ADDRESSED_LIFT.format(county="莱阳市", a="城厢街道金山村", b="城厢街道春晓小区", c="古柳街道龙门社区")
    assert by_level(text) == {("precaution", "莱阳市"): ["城厢街道金山村", "城厢街道春晓小区", "古柳街道龙门社区"]}


def test_kept_measures_and_level_in_traditional_characters_full_width() -> None:
    text = in_traditional(ADDRESSED_LIFT.format(county="青州市", a="王府街道北关村", b="云门山街道福瑞苑",
                                                c="黄楼街道兴盛社区")).translate(HALF_TO_FULL)
    assert by_level(text) == {("precaution", "青州市"): ["王府街道北关村", "云门山街道福瑞苑", "黄楼街道兴盛社区"]}


def test_kept_requirements_before_the_level_without_an_addressee_line() -> None:
    text = ("安丘市关于解除部分管控区的通告\n解除以下管控区:\n1.兴安街道金华村\n2.新安街道锦绣社区\n"
            "以上区域解除管控后,继续落实常态化防控要求,转为防范区管理。")
    assert by_level(text) == {("precaution", "安丘市"): ["兴安街道金华村", "新安街道锦绣社区"]}


def test_the_addressee_line_names_no_issuer() -> None:
    text = ADDRESSED_LIFT.format(county="莱阳市", a="城厢街道金山村", b="城厢街道春晓小区", c="古柳街道龙门社区")
    assert "开发区" not in (parse_notice(text)["issuer"] or "")


@settings(max_examples=20, deadline=None)
@given(st.lists(name, min_size=3, max_size=3, unique=True), st.sampled_from(["村", "社区", "小区"]),
       st.sampled_from(["继续严格执行社会面管控措施", "继续落实各项防控措施", "严格落实常态化防控要求"]),
       st.sampled_from(["实行防范区管理", "纳入防范区管理", "按防范区管理"]))
def test_any_kept_measures_before_the_level_send_the_lifted_places_to_it(names: list[str], kind: str, measures: str,
                                                                         level: str) -> None:
    places = [f"金峰街道{n}{kind}" for n in names]
    text = ("关于解除部分封控区、管控区的通告\n一、封控区解除封控管理:\n" + "".join(
        f"{i}.{p}\n" for i, p in enumerate(places[:2], 1)) + f"二、管控区解除管控管理:\n1.{places[2]}\n"
            f"上述区域解除封控、管控后,{measures},{level}。")
    assert levels_of(text) == {"precaution": places}


# --- a street's residents' compounds lifted, named by their kind ----------------------------------------------

def test_street_lifts_its_residents_compounds_under_a_title_of_district_and_street() -> None:
    text = ("奉贤区南桥街住宅小区解封公告\n经综合评估,自2022年3月23日(星期三)零时起,南桥街道解除居民小区(村民小组)"
            "封闭管理(根据本市疫情防控要求,相关小区、楼道仍处于管控措施中的除外)。特向您提示如下:\n"
            "1、解除小区居民的封闭管理实施进出。")
    assert by_level(text) == {("lifted", "奉贤区"): ["南桥街道"]}


def test_town_lifts_all_its_residential_compounds_in_traditional_characters() -> None:
    text = in_traditional("金山区枫泾镇住宅小区解封公告\n自2022年4月1日零时起,枫泾镇解除所有住宅小区封闭管理。")
    assert by_level(text.translate(HALF_TO_FULL)) == {("lifted", "金山区"): ["枫泾镇"]}


def test_a_named_compound_after_the_lift_stays_the_place_beside_a_streets_compounds() -> None:
    text = "关于解除封闭管理的通告\n自2022年4月1日零时起,金山镇解除锦绣居民小区封闭管理,南桥街道解除居民小区封闭管理。"
    assert levels_of(text) == {"lifted": ["锦绣居民小区", "南桥街道"]}


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["街道", "镇", "乡"]), st.sampled_from(["居民小区", "住宅小区", "居民小区(村民小组)"]),
       st.sampled_from(["封闭管理", "封闭式管理", "封闭管控"]), st.booleans())
def test_any_street_lifting_its_compounds_is_the_place(street: str, kind: str, compounds: str, closure: str,
                                                       traditional: bool) -> None:
    text = f"闵行区{street}街住宅小区解封公告\n自2022年3月23日零时起,{street}{kind}解除{compounds}{closure}。"
    text = in_traditional(text) if traditional else text
    assert by_level(text) == {("lifted", "闵行区"): [street + kind]}


# --- still management; a place written bare, then with what it holds -------------------------------------------

def test_still_management_kept_on_a_part_of_a_city_written_twice() -> None:
    text = ("据消息,固安县应对新冠疫情工作领导小组办公室发布通告称,固安县疫情形势异常严峻。经研究,决定对固安县管控措施"
            "进行如下调整:\n一、北城区继续执行静止管理,暂定持续至5月4日。北城区(柳泉镇、牛驼镇、宫村镇)继续执行静止管理,"
            "域内所有经营性场所一律暂停营业。")
    assert by_level(text) == {("silent", "固安县"): ["北城区(柳泉镇、牛驼镇、宫村镇)"]}


def test_still_management_in_traditional_characters_full_width() -> None:
    text = in_traditional("关于实行静止管理的通告\n对金华小区、春晓花园实行静止管理。")
    assert levels_of(text.translate(HALF_TO_FULL)) == {"silent": ["金华小区", "春晓花园"]}


def test_still_kept_as_a_measure_is_no_level() -> None:
    text = "关于实行静止管理的通告\n对锦绣小区实行静止管理。\n人员保持相对静止,避免外出。"
    assert levels_of(text) == {"silent": ["锦绣小区"]}


def test_a_place_with_an_exception_is_another_area_than_the_bare_place() -> None:
    text = ("关于调整管控措施的通告\n一、西城区继续执行静止管理。西城区(金华镇、春晓镇)继续执行静止管理。\n"
            "二、龙春小区继续执行静止管理。龙春小区(1号楼、2号楼除外)继续执行静止管理。")
    # (a known district's name, "西城区", written bare and then with its towns: still one place, the towns' part)
    assert levels_of(text) == {"silent": ["西城区(金华镇、春晓镇)", "龙春小区", "龙春小区(1号楼、2号楼除外)"]}


@settings(max_examples=25, deadline=None)
@given(name, st.lists(name, min_size=2, max_size=4, unique=True), st.sampled_from(["城区", "片区", "新城"]),
       st.sampled_from(["静止管理", "静态管理", "静默管理"]), st.sampled_from(["、", ","]), st.booleans())
def test_any_part_written_bare_then_with_its_towns_is_one_place(part: str, towns: list[str], kind: str, level: str,
                                                                sep: str, traditional: bool) -> None:
    whole = f"{part}{kind}({sep.join(t + '镇' for t in towns)})"
    text = (f"关于调整管控措施的通告\n一、{part}{kind}继续执行{level},暂定持续至5月4日。{whole}继续执行{level},"
            "域内所有经营性场所一律暂停营业。")
    text = in_traditional(text).translate(HALF_TO_FULL) if traditional else text
    assert levels_of(text) == {"silent": [whole]}
