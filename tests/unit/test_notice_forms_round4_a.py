"""Forms of the tenth held-out set (round 4, notices 203-210): "以下区域实行管控区管理" over district sections,
a sibling numbered item that ends the list above it, a city's own zone written with 市 in front. Notices here
are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import by_level

_PLACES = ["滨河路88号金港大厦5号楼", "幸福里小区3栋", "华联商厦", "东门菜市场", "光明路12号院"]
_LEVELS = {"管控区": "controlled", "封控区": "sealed", "防范区": "precaution", "中风险区": "medium"}


# "一、以下区域实行管控区管理" then "(一)东城区" / "东湖街道:A、B": the areas below are managed at that level
# (实施, 执行, 按 … written the same way); "三、…全部解除…" numbered like the headings ends the lists.
@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PLACES), min_size=1, max_size=3, unique=True),
       st.sampled_from(["实行", "实施", "执行", "按"]), st.sampled_from(list(_LEVELS)),
       st.sampled_from(["以下区域", "下列区域", "以下地区"]))
def test_areas_below_managed_at_a_level(places: list[str], verb: str, level: str, pointer: str) -> None:
    text = (f"关于调整城区管控区域的通告\n经研究决定,自6月2日0时起,对城区部分区域进行调整,现通告如下:\n"
            f"一、{pointer}{verb}{level}管理\n(一)东城区\n东湖街道:{'、'.join(places)}。\n(二)西城区\n"
            f"桃源乡:李家村,王家村。\n二、城区除以上区域,其他管控区域全部解除管控管理\n"
            f"三、管控区严格落实“人不出区”。\n城区疫情防控指挥部办公室\n2022年6月1日")
    expected = {(_LEVELS[level], "东城区"): ["东湖街道" + p for p in places],
                (_LEVELS[level], "西城区"): ["桃源乡李家村", "桃源乡王家村"]}
    assert by_level(text) == expected, text


def test_two_numbered_sections_and_a_city_zone_with_its_city_in_front() -> None:
    text = ("关于调整中心城区封控管控区域的通告\n现将调整后的情况通告如下:\n一、以下区域实行管控区管理\n"
            "(一)东城区\n东湖街道:幸福里小区3栋。\n二、以下区域实行防范区管理\n(一)东城区\n东湖街道:华联商厦。\n"
            "(二)市经济技术开发区\n新华街道:光明路12号院。\n三、中心城区除以上区域,其他封控、管控区域全部解除\n"
            "城区疫情防控指挥部办公室\n2022年6月1日")
    assert by_level(text) == {("controlled", "东城区"): ["东湖街道幸福里小区3栋"],
                              ("precaution", "东城区"): ["东湖街道华联商厦"],
                              ("precaution", "市经济技术开发区"): ["新华街道光明路12号院"]}


def test_areas_below_under_a_rule_are_no_list() -> None:
    text = "一、以下区域实行管控区管理要求:人不出区。\n二、防范区严格执行常态化防控措施。"
    assert by_level(text) == {}


# "将“A县B镇C村”划为高风险区", "将A县B镇“C村、D村”2个村划分为中风险区": quotation marks set the object off and
# are no part of a place; the count after them counts the places named; 划分为 is a verb like 划为.
@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["上铺村", "下铺村", "红柳村", "南家村", "康泉村"]), min_size=1, max_size=5,
                unique=True),
       st.sampled_from(["划分为", "划为", "调整为"]), st.booleans())
def test_quoted_objects_and_their_count(villages: list[str], verb: str, counted: bool) -> None:
    count = f"{len(villages)}个村" if counted else ""
    text = (f"临江县新增高风险区、中风险区\n自2022年7月16日0时起,临江县在辖区划定高风险区、中风险区。\n一、高风险区\n"
            f"将“临江县桃源镇李家村”{verb}高风险区。\n执行“足不出户”等管控措施。\n二、中风险区\n"
            f"将临江县桃源镇“{'、'.join(villages)}”{count}{verb}中风险区。\n执行“人不出区”等管控措施。\n"
            f"三、低风险区\n临江县除高风险区、中风险区外其他地区为低风险区。\n2022年7月16日")
    assert by_level(text) == {("high", "临江县"): ["桃源镇李家村"],
                              ("medium", "临江县"): ["桃源镇" + villages[0], *villages[1:]]}, text


def test_a_quoted_name_inside_a_place_stays() -> None:
    text = "将东湖街道“幸福里”小区3栋调整为高风险区。"
    assert by_level(text) == {("high", None): ["东湖街道“幸福里”小区3栋"]}


# "(一)黄流镇" alone above "1.A村由中风险区调整为低风险区。": a town's section of sentences, each holding its
# places; the town goes in front of each place (not twice), and the sentence is no heading of the town below.
@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["抱一村", "新荣村委会", "老市场", "海榆路7号", "桃源镇镇墟全域"]), min_size=1,
                max_size=3, unique=True),
       st.sampled_from(["(一)", "一、", ""]), st.booleans())
def test_town_sections_of_sentences(places: list[str], enum: str, numbered: bool) -> None:
    item = "1." if numbered else ""
    text = (f"根据当前海南临江县疫情防控工作需要,经专家组研判,2022年9月3日12时起,中风险区调整为3个。具体情况如下:\n"
            f"{enum}桃源镇\n{item}{'、'.join(places)}由中风险区调整为低风险区。\n"
            f"{enum.replace('一', '二')}东湖镇\n{item}华联商厦由高风险区调整为中风险区。\n")
    expected_low = [p if p.startswith("桃源镇") else "桃源镇" + p for p in places]
    assert by_level(text) == {("low", "临江县"): expected_low, ("medium", "临江县"): ["东湖镇华联商厦"]}, text


# "一、A社区、B村,继续按封控区管理" keeps the places' level; "二、C镇除封控区外的区域,解除管控区管理,转为防范区
# 管理7天" lifts the level and names the one the places go to (管理 between the two clauses); traditional too.
@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["桃源镇双头社区", "华源村", "龙水村", "东湖镇文安村"]), min_size=1, max_size=4,
                unique=True),
       st.sampled_from(["继续按", "继续按照", "仍按", "继续执行"]), st.sampled_from(["转为", "调整为", "降为"]),
       st.booleans())
def test_kept_level_and_a_lift_then_its_new_level(places: list[str], keep: str, verb: str, traditional: bool) -> None:
    text = (f"临江县疫情防控指挥部通告\n自2022年1月22日12时起,对全县疫情防控管理措施进行调整。现通告如下:\n"
            f"一、{'、'.join(places)},{keep}封控区管理,可根据实际适当调整卡口设置。\n"
            f"二、桃源镇除封控区外的区域、华城镇全区域,解除管控区管理,{verb}防范区管理7天。\n"
            f"三、全县其余区域继续按照防范区管理。\n临江县疫情防控指挥部\n2022年1月22日")
    if traditional:
        text = text.replace("区", "區").replace("县", "縣").replace("围", "圍")
    assert by_level(text) == {("sealed", "临江县"): places,
                              ("precaution", "临江县"): ["桃源镇除封控区外的区域", "华城镇全区域"]}, text


def test_people_kept_under_a_rule_are_no_places() -> None:
    text = "一、高风险区人员继续按封控区管理要求落实足不出户。"
    assert by_level(text) == {}


# "将A小区11栋,B小学向C中学方向30米…合围区域,D商场右侧巷子沿E路转F路合围区域为高风险区": an area that names
# what encloses it (与, 至, 向, 沿) is a place of its own after a comma; parts joined to it by 、 are its own.
# "A社区B自建房高风险区以外的区域" (no 除) is a place's rest, a place.
@settings(max_examples=40, deadline=None)
@given(st.permutations(["东湖街道幸福里11栋", "第七小学向第七中学方向30米向山脚方向20米合围区域",
                        "华联商厦右侧巷子沿西站方向转威西路合围区域", "东湖街道文安社区自建房高风险区以外的区域",
                        "翠屏路至公路局山脚、第七小学巷子与威西路合围区域", "新华书店"]),
       st.sampled_from(["划定为", "调整为"]))
def test_areas_that_name_their_enclosure_after_commas(places: list[str], verb: str) -> None:
    text = (f"自2022年9月22日起,决定将临江区部分区域划定为高风险区、中风险区和低风险区。\n一、划定中风险区(6个)\n"
            f"将临江区{','.join(places)}{verb}中风险区,执行“足不出区”管控措施。\n"
            f"二、划定低风险区\n将临江区辖区内除高、中风险区外的其他区域{verb}低风险区。")
    assert by_level(text) == {("medium", "临江区"): places}, text


def test_building_parts_enclosing_one_area_after_commas() -> None:
    text = "将美晨家园小区牡丹园1、2号楼,美园3号楼,玫瑰园2号楼合围区域调整为高风险区。"
    assert by_level(text) == {("high", None): ["美晨家园小区牡丹园1、2号楼,美园3号楼,玫瑰园2号楼合围区域"]}


# "(三)防范区:A县其余地域划定为防范区,所有人不能聚餐,不能出县。": after the level's label, a sentence with its own
# verb and that level whose object is the county's rest (其余地域, 其他区域) lists nothing; the rule after it is
# no place either. A label whose sentence names places keeps them.
@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["其余地域", "其他区域", "其余区域"]), st.sampled_from(["划定为", "确定为", "列为"]),
       st.sampled_from(["(三)", "3.", "三、"]))
def test_a_level_label_over_a_blanket_sentence(rest: str, verb: str, enum: str) -> None:
    text = ("临江县疫情防控指挥部再次强调:\n一、临江县部分村屯、小区管控如下:\n"
            "(一)封控区:临江县华联酒店,临江县桃源乡李家村陇意屯。实行“足不出户”管理措施。\n"
            f"{enum}防范区:临江县{rest}{verb}防范区,所有人不能聚餐,不能出县。实行“强化社会面管控”管理措施。\n"
            "二、所有密闭经营场所全部关闭。")
    assert by_level(text) == {("sealed", "临江县"): ["华联酒店", "桃源乡李家村陇意屯"]}, text


# "(一)东城区" over "东湖街道:A" and "先进制造业开发区:B": a zone written like the district's streets under its
# heading is a part of it (its name goes in front of the place), not a district of its own (开发区, 示范区,
# 实验区 only: a 新区 is a district; a zone the list of
# divisions knows, "高新技术产业开发区", stays a district).
@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["先进制造业开发区", "食品工业开发区", "东部物流开发区"]),
       st.sampled_from(_PLACES))
def test_a_zone_among_the_streets_of_a_district(zone: str, place: str) -> None:
    text = (f"关于调整中心城区管控区域的通告\n一、以下区域实行防范区管理\n(一)东城区\n东湖街道:华联商厦。\n"
            f"{zone}:{place}。\n(二)西城区\n桃源乡:李家村。\n二、防范区严格执行常态化防控措施。")
    assert by_level(text) == {("precaution", "东城区"): ["东湖街道华联商厦", zone + place],
                              ("precaution", "西城区"): ["桃源乡李家村"]}, text
