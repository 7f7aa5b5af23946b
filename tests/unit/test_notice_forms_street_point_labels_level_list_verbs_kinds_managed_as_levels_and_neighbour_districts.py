"""Forms of notices that label a street's items as its points ("X街道点位:") with the day each item's days are
counted from after it ("(从11月27日起算)"), open a level's list with a verb ("高风险区1个:涉及A。") in a district's
statement whose opening sentence has the district as its subject ("A区严格落实…,划定风险区2个。"), head a level's
areas as a kind managed as that level ("一、13个参照高风险区管理的临时管控区"), and describe an area by the
districts it borders ("与A区、B区毗邻的C路以西区域") before an area inside a ring road ("三环以内D组区域").
Each form in variants written here (invented places, the wording of the real forms: other districts, kinds of
place, separators, traditional characters, full-width punctuation), and properties over generated parts."""

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

name = invented_names(PLAIN_SYLLABLES, 2, 3)
LEAD = "根据当前{d}疫情防控工作需要,经区疫情防控工作指挥部研究,新增辖区疫情高风险区,具体如下:\n一、具体点位\n"


# --- a street's points as its label, the day counted from after each item ----------------------------------

def test_street_point_labels_over_items_by_community() -> None:
    text = (LEAD.format(d="沙坪坝区")
            + "金峰街道点位:春晓社区翠锦小区3栋2单元(从11月27日起算);康宁社区福瑞苑5栋(从11月27日起算)、"
              "鑫汇大厦(从11月27日起算)。\n"
              "星峰街道点位:汇君村8组(从11月26日起算);长风社区胜利花园2单元。")
    assert by_level(text) == {("high", "沙坪坝区"): [
        "金峰街道春晓社区翠锦小区3栋2单元", "金峰街道康宁社区福瑞苑5栋", "金峰街道鑫汇大厦",
        "星峰街道汇君村8组", "星峰街道长风社区胜利花园2单元"]}


def test_town_point_labels_numbered_in_traditional_characters() -> None:
    text = in_traditional(LEAD.format(d="江津区")
                          + "(一)白沙镇点位:东湖村6组(从12月2日起算)、晓阳农贸市场(从12月2日起算)。\n"
                            "(二)石门镇点位:金龙社区锦绣花园1栋(从12月1日起算)。")
    assert by_level(text) == {("high", "江津区"): [
        "白沙镇东湖村6组", "白沙镇晓阳农贸市场", "石门镇金龙社区锦绣花园1栋"]}


def test_street_point_labels_full_width() -> None:
    text = (LEAD.format(d="南岸区")
            + "峰景街道点位:翠泽社区兴盛家园7栋(从11月20日起算);丽泽社区光华苑2栋(从11月20日起算)\n"
              "龙晓街道点位:春华村3组(从11月21日起算)").translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "南岸区"): [
        "峰景街道翠泽社区兴盛家园7栋", "峰景街道丽泽社区光华苑2栋", "龙晓街道春华村3组"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=3, unique=True), st.lists(name, min_size=2, max_size=4, unique=True),
       st.sampled_from(["街道", "镇"]), st.sampled_from(["小区", "花园", "家园"]), st.integers(1, 30),
       st.sampled_from(["从", "自", ""]), st.booleans())
def test_any_street_point_label_is_joined_to_its_items(streets: list[str], compounds: list[str], kind: str,
                                                       ending: str, day: int, since: str, traditional: bool) -> None:
    lines = "\n".join(f"{street}{kind}点位:" + "、".join(f"{c}{ending}{n + 1}栋({since}11月{day}日起算)"
                                                      for n, c in enumerate(compounds)) + "。"
                      for street in streets)
    text = LEAD.format(d="九龙坡区") + lines
    text = in_traditional(text) if traditional else text
    expected = [f"{street}{kind}{c}{ending}{n + 1}栋" for street in streets for n, c in enumerate(compounds)]
    assert by_level(text) == {("high", "九龙坡区"): expected}


# --- a verb opening a level's list; the district the subject of the opening sentence ----------------------

def test_level_lists_opened_by_she_ji_in_a_district_statement() -> None:
    text = ("朝阳区严格落实《新型冠状病毒肺炎防控方案(第九版)》要求,划定风险区2个。\n"
            "高风险区1个:涉及春晓花园(东区)3号院5号楼、7号楼。\n"
            "中风险区1个:涉及春晓花园(东区)3号院1、2号楼及地下商户。\n"
            "上述楼宇涉及的企业及住户,均已落实相应管控措施。")
    assert by_level(text) == {("high", "朝阳区"): ["春晓花园(东区)3号院5号楼、7号楼"],
                              ("medium", "朝阳区"): ["春晓花园(东区)3号院1、2号楼及地下商户"]}


def test_level_lists_opened_by_bao_kuo_in_traditional_characters() -> None:
    text = in_traditional("丰台区认真落实防控要求,现划定风险区3个。\n高风险区:包括锦绣家园8号楼。\n"
                          "中风险区2个:包括翠泽小区、光华里社区。\n相关区域均已落实管控措施。")
    assert by_level(text) == {("high", "丰台区"): ["锦绣家园8号楼"], ("medium", "丰台区"): ["翠泽小区", "光华里社区"]}


def test_level_lists_opened_by_a_verb_full_width() -> None:
    text = ("海淀区按照防控方案要求,划定风险区2个。\n高风险区(1个):涉及星峰大厦。\n"
            "中风险区(1个):涉及康宁公寓2号楼。").translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "海淀区"): ["星峰大厦"], ("medium", "海淀区"): ["康宁公寓2号楼"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["石景山区", "西城区", "通州区", "顺义区"]), name, name,
       st.sampled_from(["涉及", "包括", "包含"]), st.sampled_from(["严格落实防控方案要求", "按照第九版防控方案"]),
       st.booleans())
def test_any_verb_opening_a_level_list_is_no_part_of_the_place(district: str, first: str, second: str, verb: str,
                                                               lead: str, full_width: bool) -> None:
    text = (f"{district}{lead},划定风险区2个。\n高风险区1个:{verb}{first}大厦3号楼。\n"
            f"中风险区1个:{verb}{second}公寓1号楼。")
    text = text.translate(HALF_TO_FULL) if full_width else text
    assert by_level(text) == {("high", district): [f"{first}大厦3号楼"], ("medium", district): [f"{second}公寓1号楼"]}


# --- a kind of area managed as a level -------------------------------------------------------------------

TEMPORARY = ("关于划定{d}临时管控区域的通告\n根据当前{d}疫情防控工作需要,经研究决定,划定{n}个参照高风险区管理的"
             "临时管控区和1个参照中风险区管理的临时管控区,具体如下。\n一、{n}个参照高风险区管理的临时管控区\n"
             "(一)具体点位\n")


def test_heading_of_temporary_control_areas_managed_as_high_risk() -> None:
    text = (TEMPORARY.format(d="铜梁区", n=2) + "金龙街道(2个)\n1.春晓超市(龙华路12号)\n2.翠泽小区第5栋\n"
            "(二)管控措施\n1.实行封控管理,足不出户。")
    assert by_level(text) == {("high", "铜梁区"): ["金龙街道春晓超市(龙华路12号)", "金龙街道翠泽小区第5栋"]}


def test_heading_of_areas_managed_as_high_risk_in_traditional_characters() -> None:
    text = in_traditional(TEMPORARY.format(d="璧山区", n=2) + "1.锦绣花园3栋\n2.福瑞药房(泰康路8号)\n"
                          "(二)管控措施\n1.实行封控管理。")
    assert by_level(text) == {("high", "璧山区"): ["锦绣花园3栋", "福瑞药房(泰康路8号)"]}


def test_heading_managed_as_medium_risk_by_an_wording_full_width() -> None:
    text = ("关于划定荣昌区临时管控区域的通告\n根据当前荣昌区疫情防控工作需要,经研究决定,划定以下区域,具体如下。\n"
            "一、2个按中风险区管理的临时管控区\n1.光华小区\n2.星峰市场\n二、管控措施\n1.人不出区。").translate(HALF_TO_FULL)
    assert by_level(text) == {("medium", "荣昌区"): ["光华小区", "星峰市场"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True), st.sampled_from(["参照", "按照", "比照"]),
       st.sampled_from(["临时管控区", "临时封控区", "管控区域"]), st.booleans())
def test_any_kind_managed_as_a_level_takes_that_level(shops: list[str], verb: str, kind: str,
                                                      traditional: bool) -> None:
    items = "\n".join(f"{n + 1}.{shop}超市" for n, shop in enumerate(shops))
    text = (f"关于划定潼南区临时管控区域的通告\n根据当前潼南区疫情防控工作需要,经研究决定,划定以下区域,具体如下。\n"
            f"一、{len(shops)}个{verb}高风险区管理的{kind}\n{items}\n二、管控措施\n1.足不出户。")
    text = in_traditional(text) if traditional else text
    assert by_level(text) == {("high", "潼南区"): [f"{shop}超市" for shop in shops]}


# --- districts an area borders; an area inside a ring road after a comma ----------------------------------

SOCIAL = ("经成都市{own}新冠肺炎疫情防控指挥部研究决定,对加强全区社会面管控有关事项通告如下:\n"
          "一、划定{obj}为管控区域,管控区内小区院落实施封闭式管理。\n二、请广大市民自觉履行疫情防控义务。")


def test_area_bordering_two_districts_then_a_ring_area() -> None:
    text = SOCIAL.format(own="龙泉驿区", obj="金龙街道与锦江区、成华区毗邻的春晓街以西、翠泽路以南区域,"
                                             "三环以内光华四组区域,星峰花园一期")
    assert by_level(text) == {("controlled", "龙泉驿区"): [
        "金龙街道与锦江区、成华区毗邻的春晓街以西、翠泽路以南区域", "三环以内光华四组区域", "星峰花园一期"]}


def test_area_bordering_two_counties_in_traditional_characters() -> None:
    text = in_traditional(SOCIAL.format(own="新都区", obj="福瑞镇与郫都区、金牛区接壤的锦绣路以北区域,康宁家园"))
    assert by_level(text) == {("controlled", "新都区"): ["福瑞镇与郫都区、金牛区接壤的锦绣路以北区域", "康宁家园"]}


def test_ring_area_after_a_bounded_area_full_width() -> None:
    text = SOCIAL.format(own="双流区", obj="东升街道与武侯区、高新区相邻的长风路以东区域,二环以内汇君村区域,"
                                           "鑫汇市场").translate(HALF_TO_FULL)
    assert by_level(text) == {("controlled", "双流区"): [
        "东升街道与武侯区、高新区相邻的长风路以东区域", "二环以内汇君村区域", "鑫汇市场"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from([("龙泉驿区", "锦江区", "成华区"), ("新都区", "金牛区", "郫都区"),
                        ("温江区", "青羊区", "武侯区")]),
       name, name, name, st.sampled_from(["毗邻", "相邻", "接壤", "交界"]), st.sampled_from(["三环", "绕城", "二环"]),
       st.booleans())
def test_any_bordered_districts_stay_in_the_place(districts: tuple[str, str, str], town: str, road: str, group: str,
                                                  verb: str, ring: str, traditional: bool) -> None:
    own, first, second = districts
    area = f"{town}街道与{first}、{second}{verb}的{road}路以西区域"
    text = SOCIAL.format(own=own, obj=f"{area},{ring}以内{group}组区域")
    text = in_traditional(text) if traditional else text
    assert by_level(text) == {("controlled", own): [area, f"{ring}以内{group}组区域"]}
