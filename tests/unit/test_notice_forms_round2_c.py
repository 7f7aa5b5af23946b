"""Forms of the eighth held-out set (round 2, part c), each in a variant written here (invented places, the
wording of forms real notices use), and properties over generated places: a level given to the places of the
sentence above ("A、B连续5天无新增感染者。现将以上区域…调整为低风险区")."""

from __future__ import annotations

import re

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import by_level, in_traditional, levels_of
from tests.unit.test_notice_render import place

# --- 1. "截至12月3日,A、B连续5天无新增感染者…。现将以上区域由高风险区调整为低风险区。": the places are the
# subject of the sentence above; "以上区域" points back to them.


def test_back_reference_to_the_places_of_the_sentence_above() -> None:
    text = ("关于调整部分区域风险等级的公告\n"
            "截至12月5日,红星路平房区、北湖办事处纺织厂宿舍3号楼1单元、杨庄乡东李村连续5天无新增感染者,"
            "且第五天风险区域所有人员完成一轮核酸筛查均为阴性。现将以上区域由高风险区调整为低风险区。\n"
            "特此公告\n某市某区疫情防控应急指挥部\n2022年12月5日")
    assert levels_of(text) == {"low": ["红星路平房区", "北湖办事处纺织厂宿舍3号楼1单元", "杨庄乡东李村"]}


def test_back_reference_in_traditional_characters_with_other_words() -> None:
    text = "截至目前,锦绣花园小区、青山村近7天无新增本土感染者。经研判,决定将上述区域调整为低风险区。"
    assert levels_of(in_traditional(text)) == {"low": ["锦绣花园小区", "青山村"]}


def test_back_reference_without_a_subject_above_reads_nothing() -> None:
    # the sentence above tells no places: "以上区域" is no place
    text = "经专家组研判,疫情传播风险降低。现将以上区域由高风险区调整为低风险区。"
    assert levels_of(text) == {}


@settings(max_examples=60, deadline=None)
@given(places=st.lists(place(), min_size=1, max_size=5, unique=True),
       lead=st.sampled_from(["截至12月3日,", "截至目前,", ""]),
       quiet=st.sampled_from(["连续5天无新增感染者", "近7天无新增阳性感染者", "已连续10天未发现新增病例"]),
       ref=st.sampled_from(["以上区域", "上述区域", "以上地区", "上述小区"]))
def test_back_reference_reads_each_place_above(places: list[str], lead: str, quiet: str, ref: str) -> None:
    text = f"{lead}{'、'.join(places)}{quiet}。现将{ref}由高风险区调整为低风险区。"
    assert levels_of(text) == {"low": places}


# --- 2. "对A广场:北至B路、东至C路;D小区:北至E路、南至F路等2个区解除防范区管理": each area is written with its
# bounds after a colon; that colon is part of the place, not the start of the sentence's object, and "等N个区"
# is a total.


def test_places_with_their_bounds_after_a_colon_in_a_lift() -> None:
    text = ("据某县应对新冠肺炎疫情工作领导小组(指挥部)消息:\n"
            "1、自2022年4月18日0时起,对城南街道幸福里小区5幢解除封控区管理。\n"
            "2、自2022年4月18日0时起,对人民广场:北至中山大道、东至解放北路、南至太平路、西至文化街区间路;"
            "东门菜市场:北至河滨路、南至中山大道;桥头片区(含新华路理发店)等3个区解除防范区管理。")
    assert levels_of(text) == {"lifted": [
        "城南街道幸福里小区5幢",
        "人民广场:北至中山大道、东至解放北路、南至太平路、西至文化街区间路",
        "东门菜市场:北至河滨路、南至中山大道",
        "桥头片区(含新华路理发店)",
    ]}


def test_the_office_of_a_report_is_named_without_its_ju() -> None:
    # "据某县…指挥部消息": the district of the office is 某县's, not "据某县"
    text = ("据长乐县应对新冠肺炎疫情工作指挥部消息:\n自2022年4月18日0时起,对城南街道幸福里小区5幢解除封控区管理。")
    assert by_level(text) == {("lifted", "长乐县"): ["城南街道幸福里小区5幢"]}


@settings(max_examples=60, deadline=None)
@given(names=st.lists(place(), min_size=1, max_size=4, unique=True),
       roads=st.lists(st.sampled_from(["中山大道", "解放北路", "太平路", "文化街", "河滨路", "建设巷"]),
                      min_size=2, max_size=4, unique=True),
       comma=st.sampled_from(["、", ","]), level=st.sampled_from(["防范区", "管控区", "封控区"]))
def test_bounded_areas_after_colons_are_one_place_each(names: list[str], roads: list[str], comma: str,
                                                       level: str) -> None:
    names = [n for n in names if "(" not in n] or ["人民广场"]
    bounds = comma.join(f"{d}至{r}" for d, r in zip("北东南西", roads, strict=False))
    areas = [f"{n}:{bounds}" for n in names]
    text = f"自2022年4月18日0时起,对{';'.join(areas)}等{len(areas)}个区解除{level}管理。"
    assert levels_of(text) == {"lifted": areas}


# --- 3. "对A区B小区(封控区),对A区(管控区),对C区、D县和E县等3个防范区解除封控、管控。": a chain of 对-clauses,
# each with the level it leaves in brackets (no part of the place) or in its count, lifted by one verb; whole
# districts lifted are places of their own district; "D县和E县" are two districts.


def changes_of(text: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    return [(c["action"], c["level_from"], c["district"], c["places"])
            for c in parse_notice(text, default_year=2022)["changes"]]


def test_chain_of_objects_with_their_levels_in_brackets_lifted_together() -> None:
    text = ("某市应对新冠肺炎疫情工作指挥部〔2021〕第5号通告\n"
            "自2021年9月30日8时起,对临江经济开发区翠湖花园小区(封控区),对临江经济开发区(管控区),"
            "对东城区、西城区、南湖县和北山县等4个防范区解除封控、管控。\n"
            "解封不解防,请广大市民群众严格遵守疫情防控各项规定。")
    assert changes_of(text) == [
        ("lift", "sealed", "临江经济开发区", ["翠湖花园小区"]),
        ("lift", "controlled", "临江经济开发区", ["临江经济开发区"]),
        ("lift", "precaution", "东城区", ["东城区"]),
        ("lift", "precaution", "西城区", ["西城区"]),
        ("lift", "precaution", "南湖县", ["南湖县"]),
        ("lift", "precaution", "北山县", ["北山县"]),
    ]


def test_one_object_with_its_level_in_brackets() -> None:
    text = "自2022年5月2日0时起,对城东街道锦华小区(封控区)解除封控管理。"
    assert levels_of(text) == {"lifted": ["城东街道锦华小区"]}
    assert changes_of(text)[0][1] == "sealed"


def test_objects_with_their_levels_in_brackets_in_one_list() -> None:
    text = "自2022年5月2日0时起,对城东街道锦华小区(封控区)、城东街道锦华小区周边商铺(管控区)、青山村解除封控、管控。"
    assert [(c[1], c[3]) for c in changes_of(text)] == [
        ("sealed", ["城东街道锦华小区"]), ("controlled", ["城东街道锦华小区周边商铺"]), ("sealed", ["青山村"])]


def test_a_compound_lifted_keeps_its_xiaoqu() -> None:
    # "对A街道内的居民小区解除封控管理" lifts the street; "对锦华小区解除封控管理" the compound, 小区 and all
    assert levels_of("自5月2日0时起,对锦华小区解除封控管理。") == {"lifted": ["锦华小区"]}
    assert levels_of("自5月2日0时起,对城东街道内的居民小区解除封控管理。") == {"lifted": ["城东街道"]}


def test_levels_alone_after_a_quoted_headline_are_no_lift() -> None:
    # "原标题:A小区解除封控" is a newspaper's headline; without 对/将 the bare "解除封控" introduces nothing
    text = "原标题:某市锦华小区解除封控\n来源:某报"
    assert levels_of(text) == {}


@settings(max_examples=60, deadline=None)
@given(sealed=place(), controlled=place(), rest=st.lists(place(), min_size=1, max_size=4, unique=True),
       verb=st.sampled_from(["解除封控、管控", "解除封控、管控、防范", "解除封控、管控措施"]))
def test_each_clause_of_a_chain_keeps_its_level(sealed: str, controlled: str, rest: list[str], verb: str) -> None:
    rest = [p for p in rest if p not in (sealed, controlled)] or ["青山村"]
    if sealed == controlled:
        controlled = "青山村" if sealed != "青山村" else "金湾小区"
    text = (f"自2021年9月30日8时起,对{sealed}(封控区),对{controlled}(管控区),"
            f"对{'、'.join(rest)}等{len(rest)}个防范区{verb}。")
    found = {(c[1], p) for c in changes_of(text) for p in c[3]}
    assert found == {("sealed", sealed), ("controlled", controlled), *(("precaution", p) for p in rest)}


# --- 4. "调整后,咸阳市共有高风险区23个。" under a numbered list: the state after the notice ends the list; it is
# no continuation of the last item.


@settings(max_examples=40, deadline=None)
@given(places=st.lists(place(), min_size=1, max_size=5, unique=True),
       city=st.sampled_from(["", "某市", "全市", "长安区", "本县"]),
       verb=st.sampled_from(["共有", "现有", "尚有", "全市共有"]))
def test_the_count_after_the_change_ends_a_numbered_list(places: list[str], city: str, verb: str) -> None:
    items = "\n".join(f"{k}.{p};" for k, p in enumerate(places, 1))[:-1] + "。"
    text = (f"经研判,自2022年12月10日起,{len(places)}个高风险区调整为低风险区。具体名单如下:\n{items}\n"
            f"调整后,{city}{verb}高风险区23个。请严格落实防控措施。\n特此公告。")
    assert levels_of(text) == {"low": places}


# --- 5. "将石总场的其他区域划为低风险区": the rest of a farm, town, street or village is a place of its own (like
# "A镇除高风险区以外的区域"); the rest of a district, city or county ("县域其他区域") is a blanket, no place.


def test_the_rest_of_a_town_is_a_place() -> None:
    text = ("经综合评估研判,指挥部决定,自即日起,将五一总场农副产品加工园、东风镇三连百姓超市等2个区域划为高风险区,"
            "实行封控措施。将五一总场的其他区域划为低风险区,实行“个人防护,避免聚集”管理措施。")
    assert levels_of(text) == {"high": ["五一总场农副产品加工园", "东风镇三连百姓超市"],
                               "low": ["五一总场的其他区域"]}


def test_the_rest_of_two_streets_is_one_place() -> None:
    text = "自即日起,将百花街道和青云街道其余区域调整为中风险区。"
    assert levels_of(text) == {"medium": ["百花街道和青云街道其余区域"]}


def test_the_rest_of_a_city_or_county_is_no_place() -> None:
    for rest in ["二连浩特市其他区域", "县域其他区域", "城乡其他区域", "全区其他区域", "金水区的其他区域",
                 "高风险区以外的其他区域"]:
        assert levels_of(f"自即日起,将黄河小区调整为高风险区,将{rest}调整为低风险区。") == {"high": ["黄河小区"]}, rest


# --- 6. "内蒙古某旗某镇一地调整为高风险区" (a news headline above the report): "一地", "两处" count the places
# the notice lists, they name none.


@settings(max_examples=40, deadline=None)
@given(places=st.lists(place(), min_size=1, max_size=3, unique=True),
       count=st.sampled_from(["一地", "两地", "3处", "三处"]),
       town=st.sampled_from(["内蒙古某旗红山镇", "北山县", "青云街道"]))
@example(places=["金金小区", "金金金和小区1号楼"], count="3处", town="北山县")  # ("3处" one more than listed: 和 kept)
@example(places=["金金小区", "金金金和路1号"], count="3处", town="北山县")  # (和 before a road's kind and number kept)
@example(places=["金金小区", "金金金和华府1号楼"], count="3处", town="北山县")  # (no kind of place before 和: kept)
def test_a_count_of_places_in_a_headline_is_no_place(places: list[str], count: str, town: str) -> None:
    # (not "金金镇和金金村" or "金金路1号和金小区" with "3处" over two items: a whole place's end before 和 makes two
    # places joined, as the headline's count says; 和 inside a name, "金金金和小区", is the property's case)
    assume(not any(re.search(r"[镇乡道村路街巷号楼栋元区园苑府庭城寓舍]和", p) for p in places))
    text = (f"{town}{count}调整为高风险区\n2022年07月08日 18:35 来源:某网\n"
            f"7月8日,某旗疫情防控工作指挥部发布通告,经研究决定,划定高风险区。\n"
            f"一、新增高风险区{len(places)}个:{'、'.join(places)}。")
    assert levels_of(text) == {"high": places}


# --- 7. "城东区:A小区2号楼1单元、A小区6号楼1单元;B城A区17号楼1单元、19号楼1单元,B区3号楼1单元;C院3号楼。": in a
# list separated by ";", a comma followed by a part of the same compound (B区…, 3号楼) goes on with the place;
# "康宁巷、康南巷自建房片区": bare lanes before a lane with an area word share it, one area.


def test_semicolon_list_with_a_compound_continued_after_a_comma() -> None:
    text = ("一、自11月2日14时起,将以下区域划为高风险区:\n"
            "城东区:金城小区2号楼1单元、金城小区6号楼1单元;锦绣园二期;"
            "阳光都汇A区17号楼1单元、19号楼1单元,B区3号楼1单元、7号楼2单元;林场家属院3号楼。\n"
            "二、自11月2日14时起,将以下区域划为中风险区:\n"
            "城东区:红旗巷、向阳巷自建房片区;阳光都汇A区17号楼1单元,B区3号楼1单元以外区域包括沿街商铺;"
            "林场家属院3号楼以外区域。")
    assert by_level(text) == {
        ("high", "城东区"): ["金城小区2号楼1单元", "金城小区6号楼1单元", "锦绣园二期",
                            "阳光都汇A区17号楼1单元、19号楼1单元,B区3号楼1单元、7号楼2单元", "林场家属院3号楼"],
        ("medium", "城东区"): ["红旗巷、向阳巷自建房片区", "阳光都汇A区17号楼1单元,B区3号楼1单元以外区域包括沿街商铺",
                              "林场家属院3号楼以外区域"],
    }


def test_commas_between_named_places_still_separate_them() -> None:
    # the comma is followed by a place with its own name: two places
    text = "高风险区:\n城东区:金城小区2号楼,锦绣园3号楼;林场家属院。"
    assert levels_of(text) == {"high": ["金城小区2号楼", "锦绣园3号楼", "林场家属院"]}


@settings(max_examples=60, deadline=None)
@given(lanes=st.lists(st.sampled_from(["红旗巷", "向阳巷", "人民路", "解放街", "东风胡同"]), min_size=1, max_size=3,
                      unique=True),
       area=st.sampled_from(["自建房片区", "片区", "沿线区域", "平房区"]),
       others=st.lists(place(), max_size=3, unique=True))
def test_bare_roads_before_a_road_area_are_one_place(lanes: list[str], area: str, others: list[str]) -> None:
    others = [p for p in others if "、" not in p]
    last = "北门巷" + area
    text = f"中风险区:\n城东区:{';'.join(['、'.join([*lanes, last]), *others])}。"
    assert levels_of(text) == {"medium": ["、".join([*lanes, last]), *others]}


# --- 8. "东莞市力格新能源科技有限公司": the name of a city without districts (东莞, 中山, 嘉峪关) in front of a
# place is the city, part of the firm's registered name, no district; a county-level city (晋江市) stays one.


@settings(max_examples=30, deadline=None)
@given(city=st.sampled_from(["东莞市", "中山市", "嘉峪关市"]), firms=st.lists(
    st.sampled_from(["润华玩具有限公司", "力拓新能源科技有限公司", "永昌五金制品厂", "安逸居"]),
    min_size=1, max_size=3, unique=True))
def test_a_city_without_districts_in_front_of_a_firm_is_no_district(city: str, firms: list[str]) -> None:
    places = [city + f for f in firms]
    text = f"在石排镇划定封控区,具体划定区域如下:\n一、封控区({len(places)}个):\n{'、'.join(places)}。"
    assert by_level(text) == {("sealed", None): places}


def test_a_county_level_city_in_front_of_a_firm_stays_its_district() -> None:
    text = "一、封控区(1个):\n晋江市润华玩具有限公司。"
    assert by_level(text) == {("sealed", "晋江市"): ["润华玩具有限公司"]}


# --- 9. "三道河村一组、二组、三组、四组(四至范围为东至…,南至…)": the bounds in brackets after the last bare part belong
# to the whole run, which stays one place.


@settings(max_examples=40, deadline=None)
@given(village=st.sampled_from(["三道河村", "青山村", "红旗屯"]), parts=st.integers(2, 5),
       unit=st.sampled_from(["组", "队"]),
       note=st.sampled_from(["(四至范围为东至林场,南至前山山脚)", "(含沿街商铺)", ""]))
def test_a_run_of_groups_with_a_note_after_the_last_is_one_place(village: str, parts: int, unit: str,
                                                                 note: str) -> None:
    run = village + "、".join(f"{'一二三四五'[k]}{unit}" for k in range(parts)) + note
    text = f"南芬区:\n解除以下区域管控措施:\n1.{run};\n2.北山小区3号楼。"
    assert levels_of(text) == {"lifted": [run, "北山小区3号楼"]}


# --- 10. "对本区解除防范区管理", "自12月5日起,对全市解除封控": the whole of the office's own area is no listed place.


def test_the_office_area_as_a_whole_is_no_place() -> None:
    for text in ["对本区解除防范区管理。", "自12月5日起,对全市解除封控。", "自12月5日起,对我县解除封控、管控。",
                 "自12月5日起,对全区解除封控管理。"]:
        assert levels_of(text) == {}, text
