"""Forms of notices that put one place under a heading that is only a level ("一、封控区:") with the level's quoted
measures after a comma ("A第19-24栋,实行“区域封闭,足不出户,上门服务”"), its exception in brackets naming levels
("A(封控区除外)"); that end a lead with a counted object given its new level and no colon or full stop ("…将我区7个
高风险区降为低风险区") over a line of the places; and that list a street's places in a numbered (circled) item
between commas after the street written once ("②A街道B村28栋,C大厦,D村4巷5号、8巷8号,E苑第3栋"). Each form in
variants written here (invented places, the wording of the real forms: other districts, kinds of place, separators,
traditional characters, full-width punctuation), near-misses that keep their reading, and properties over
generated parts."""

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
    no_real_city,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- one place under a heading that is only a level, the level's measures after a comma -------------------------

def test_three_levels_each_one_place_then_its_quoted_measures() -> None:
    text = ("根据疫情防控工作需要,自2022年3月5日起,宁远区在桃溪街道划定封控区、管控区和防范区:\n一、封控区:\n"
            "翠湖村南三坊第5-8栋、第10栋,实行“区域封闭,足不出户,上门服务”。\n二、管控区:\n"
            "翠湖村南三坊(封控区除外),实行“人不出区,严禁聚集”。\n三、防范区:\n"
            "翠湖村(封控区、管控区除外),实行“强化社会面管理,严格限制人员聚集”。\n以上区域管控措施按相关防疫规定执行。")
    assert by_level(text) == {("sealed", "宁远区"): ["翠湖村南三坊第5-8栋、第10栋"],
                              ("controlled", "宁远区"): ["翠湖村南三坊(封控区除外)"],
                              ("precaution", "宁远区"): ["翠湖村(封控区、管控区除外)"]}


def test_one_place_per_level_in_traditional_characters() -> None:
    text = in_traditional("根据疫情防控工作需要,自2022年3月6日起,福田区在梅岭街道划定封控区、管控区:\n一、封控区:\n"
                          "金松花园第3栋,实行“区域封闭,足不出户,上门服务”。\n二、管控区:\n"
                          "金松花园(封控区除外),实行“人不出区,严禁聚集”。\n以上区域管控措施按相关防疫规定执行。")
    assert by_level(text) == {("sealed", "福田区"): ["金松花园第3栋"],
                              ("controlled", "福田区"): ["金松花园(封控区除外)"]}


def test_bounded_area_with_a_road_kept_open_and_full_width_punctuation() -> None:
    text = ("根据疫情防控工作需要,自2022年3月7日起,南山区在桂湾街道划定封控区、管控区:\n1、封控区:\n"
            "丽泽大厦A座,实行“区域封闭、足不出户、上门服务”。\n2、管控区:\n"
            "桂湾街道春风路-秀水路-锦绣路围合区域内(保留春风路供车辆通行),实行“人不出区、严禁聚集”。\n"
            "以上区域管控措施按相关防疫规定执行。").translate(HALF_TO_FULL)
    assert by_level(text) == {
        ("sealed", "南山区"): ["丽泽大厦A座"],
        ("controlled", "南山区"): ["桂湾街道春风路-秀水路-锦绣路围合区域内(保留春风路供车辆通行)"]}


def test_people_or_a_time_under_a_level_heading_stay_no_place() -> None:
    people = ("根据疫情防控工作需要,自2022年3月5日起,宁远区划定封控区:\n一、封控区:\n"
              "全体居民,实行“足不出户,上门服务”。\n以上区域管控措施按相关防疫规定执行。")
    time = ("根据疫情防控工作需要,自2022年3月5日起,宁远区划定管控区:\n一、管控区:\n"
            "期间,实行“人不出区,严禁聚集”。\n以上区域管控措施按相关防疫规定执行。")
    assert by_level(people) == {}
    assert by_level(time) == {}


def test_a_heading_that_is_no_level_keeps_its_reading() -> None:
    # (the measures name the level, as before: the heading above is not what reads it)
    text = "根据疫情防控工作需要,宁远区调整风险区:\n一、工作要求:\n翠湖村南三坊,实行“人不出区,严禁聚集”。"
    assert levels_of(text) == {"controlled": ["翠湖村南三坊"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from(["村", "花园", "苑", "大厦"]), st.sampled_from(["一、", "1、", "(一)"]),
       st.booleans(), st.booleans())
def test_any_one_place_under_a_level_heading_with_its_measures(stem: str, street: str, kind: str, enum: str,
                                                               traditional: bool, full_width: bool) -> None:
    assume(no_real_city(stem, street) and stem != street)
    sealed, controlled = f"{stem}{kind}第2栋", f"{stem}{kind}(封控区除外)"
    second = {"一、": "二、", "1、": "2、", "(一)": "(二)"}[enum]
    text = (f"根据疫情防控工作需要,自2022年3月5日起,宁远区在{street}街道划定封控区、管控区:\n{enum}封控区:\n"
            f"{sealed},实行“区域封闭,足不出户,上门服务”。\n{second}管控区:\n{controlled},实行“人不出区,严禁聚集”。\n"
            "以上区域管控措施按相关防疫规定执行。")
    text = in_traditional(text) if traditional else text
    text = text.translate(HALF_TO_FULL) if full_width else text
    assert levels_of(text) == {"sealed": [sealed], "controlled": [controlled]}


# --- a counted object given its new level, ending its line with no colon, over the places --------------------------

def test_counted_high_areas_lowered_over_a_line_of_places() -> None:
    text = ("关于调整疫情风险区的通告\n\n  经专家组研判,决定自2022年11月22日0时起将我区5个高风险区降为低风险区\n\n"
            "  桃溪街道翠湖村、光明村,春风街道锦绣花园1号楼、锦绣花园3号楼,泰康镇龙泉村。\n\n"
            "  低风险区有序恢复正常生产生活秩序。\n\n  宁远区疫情防控指挥部\n\n  2022年11月21日")
    assert by_level(text) == {("low", "宁远区"): ["桃溪街道翠湖村", "光明村", "春风街道锦绣花园1号楼", "锦绣花园3号楼",
                                                "泰康镇龙泉村"]}


def test_counted_change_in_traditional_characters() -> None:
    text = in_traditional("关于调整疫情风险区的通告\n经专家组研判,决定自2022年11月23日0时起"
                          "将我县3个中风险区调整为低风险区\n金华镇丽泽村、春晓村,星峰乡瑞福村\n低风险区有序恢复正常生产生活秩序。\n秀山县疫情防控指挥部\n"
                          "2022年11月22日")
    assert by_level(text) == {("low", "秀山县"): ["金华镇丽泽村", "春晓村", "星峰乡瑞福村"]}


def test_counted_change_with_full_width_punctuation_and_an_exception() -> None:
    text = ("关于调整疫情风险区的通告\n经专家组研判,决定自2022年11月24日0时起将本县4个中风险区调整为低风险区\n"
            "胜利街道阳光小区3号楼(2单元除外),兴盛街道桃源里5号楼、桃源里6号楼,星峰乡瑞福村\n"
            "低风险区有序恢复正常生产生活秩序。\n秀山县疫情防控指挥部\n2022年11月23日").translate(HALF_TO_FULL)
    assert by_level(text) == {("low", "秀山县"): ["胜利街道阳光小区3号楼(2单元除外)", "兴盛街道桃源里5号楼",
                                                "桃源里6号楼", "星峰乡瑞福村"]}


def test_counted_change_over_prose_names_no_place() -> None:
    for after in ("低风险区有序恢复正常生产生活秩序,注意做好个人防护。", "请广大市民增强防范意识,遵守防疫规定。"):
        text = ("关于调整疫情风险区的通告\n经专家组研判,决定自2022年11月22日0时起将我区7个高风险区降为低风险区\n"
                f"{after}\n宁远区疫情防控指挥部\n2022年11月21日")
        assert by_level(text) == {}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True), name, st.sampled_from(["村", "社区", "小区"]),
       st.sampled_from(["降为", "调整为"]), st.booleans(), st.booleans())
def test_any_counted_change_over_its_line(stems: list[str], town: str, kind: str, verb: str, traditional: bool,
                                          full_width: bool) -> None:
    assume(no_real_city(town, *stems) and town not in stems)
    places = [f"{town}镇{stems[0]}{kind}", *(s + kind for s in stems[1:])]
    text = (f"关于调整疫情风险区的通告\n经专家组研判,决定自2022年11月22日0时起"
            f"将我县{len(places)}个高风险区{verb}低风险区\n{'、'.join(places)}。\n低风险区有序恢复正常生产生活秩序。\n秀山县疫情防控指挥部\n2022年11月21日")
    text = in_traditional(text) if traditional else text
    text = text.translate(HALF_TO_FULL) if full_width else text
    assert levels_of(text) == {"low": places}


# --- a street's places between commas in a numbered item, the street written once ------------------------------

def test_circled_items_of_streets_with_places_between_commas() -> None:
    text = ("根据疫情防控工作需要,自2月27日起,福田区在梅岭街道、桂湾街道划定封控区:\n1、封控区:\n"
            "①梅岭街道金松花园A栋;\n②桂湾街道丽泽村28栋,春风大厦,翠湖村4巷5号、8巷8号,锦绣苑第3栋,光明花园第15栋;\n"
            "③泰康街道兴盛大厦、瑞福中心。\n以上区域实行“区域封闭,足不出户,上门服务”。")
    assert by_level(text) == {("sealed", "福田区"): ["梅岭街道金松花园A栋", "桂湾街道丽泽村28栋", "春风大厦",
                                                   "翠湖村4巷5号、8巷8号", "锦绣苑第3栋", "光明花园第15栋",
                                                   "泰康街道兴盛大厦", "瑞福中心"]}


def test_numbered_street_items_in_traditional_characters() -> None:
    text = in_traditional("根据疫情防控工作需要,自2月28日起,南山区划定封控区:\n一、封控区:\n"
                          "1.桂湾街道星峰小区8栋,鑫汇大厦,君悦花园第2栋;\n2.梅岭街道春晓村3巷1号。\n"
                          "以上区域实行“区域封闭,足不出户,上门服务”。")
    assert by_level(text) == {("sealed", "南山区"): ["桂湾街道星峰小区8栋", "鑫汇大厦", "君悦花园第2栋",
                                                   "梅岭街道春晓村3巷1号"]}


def test_bracketed_street_items_with_full_width_punctuation() -> None:
    text = ("根据疫情防控工作需要,自3月1日起,宝安区划定封控区:\n一、封控区:\n"
            "(1)新桥街道翠湖苑5栋,丽泽公寓,锦绣村2巷7号;\n(2)福海街道泰康广场。\n以上区域实行“区域封闭,足不出户,上门服务”。").translate(HALF_TO_FULL)
    assert by_level(text) == {("sealed", "宝安区"): ["新桥街道翠湖苑5栋", "丽泽公寓", "锦绣村2巷7号",
                                                   "福海街道泰康广场"]}


def test_an_item_with_its_address_what_it_holds_its_lanes_or_bounds_stays_one_place() -> None:
    head = "经研判,决定在辖区内新增疫情高风险区如下:\n"
    tail = "\n2.桃溪街道光明苑2栋。\n高风险区实行封控管理。"
    for item in ("桃溪街道锦绣小区3栋,含小区物业公司", "桃溪街道翠湖村南安二街4号,南安二街一巷1号",
                 "桃溪街道锦绣小区3栋,东至春风路,南至秀水路", "桃溪街道锦绣小区3栋,春风路12号"):
        assert levels_of(f"{head}1.{item}。{tail}") == {"high": [item, "桃溪街道光明苑2栋"]}
    text = (f"{head}1.宁远县桃溪镇翠湖社区翠湖路15号—294号,春风路2号—82号。\n2.宁远县桃溪镇锦绣小区3栋。\n"
            "高风险区实行封控管理。")
    assert by_level(text) == {("high", "宁远县"): ["桃溪镇翠湖社区翠湖路15号—294号,春风路2号—82号",
                                                 "桃溪镇锦绣小区3栋"]}


@settings(max_examples=25, deadline=None)
@given(name, st.lists(name, min_size=2, max_size=4, unique=True),
       st.lists(st.sampled_from(["大厦", "花园第3栋", "苑5栋", "公寓", "中心"]), min_size=4, max_size=4),
       st.sampled_from(["①", "1.", "(1)"]), st.booleans(), st.booleans())
def test_any_street_item_of_places_between_commas(street: str, stems: list[str], kinds: list[str], enum: str,
                                                  traditional: bool, full_width: bool) -> None:
    assume(no_real_city(street, *stems) and street not in stems)
    assume(all(s[:2] not in street and street[:2] not in s for s in stems))
    places = [f"{stem}{kind}" for stem, kind in zip(stems, kinds, strict=False)]
    assume(all(p[:2] not in places[0] for p in places[1:]))
    text = (f"根据疫情防控工作需要,自2月27日起,福田区划定封控区:\n1、封控区:\n{enum}{street}街道{','.join(places)}。\n"
            "以上区域实行“区域封闭,足不出户,上门服务”。")
    text = in_traditional(text) if traditional else text
    text = text.translate(HALF_TO_FULL) if full_width else text
    assert levels_of(text) == {"sealed": [f"{street}街道{places[0]}", *places[1:]]}
