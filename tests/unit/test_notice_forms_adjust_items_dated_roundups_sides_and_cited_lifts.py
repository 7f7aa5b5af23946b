"""Forms of notices that number items "调整A为低风险区" under a title naming prefecture and county, keep the
rest of a place but its levels "told as designated later" in brackets, mark a roundup's items with the day
they changed "(9月23日调整)", bound an area by the sides of one centre "左、右、后侧各500米", lift the areas of
a notice they cite ("解除A区…于…发布的《…》中B街道临时管控区的管控措施") and lift every area of a level (a
blanket). Each form in variants written here (invented places, the wording of the real forms: other counties,
kinds of place, separators, traditional characters, full-width punctuation, spaces), and properties over
generated parts."""

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

name = invented_names(PLAIN_SYLLABLES, 2, 3)
# Counties and districts of the statistics bureau's list with their prefecture (the parser knows them by name).
COUNTIES = [("晋中市", "平遥县"), ("太原市", "清徐县"), ("黔南州", "瓮安县"), ("安阳市", "滑县"), ("太原市", "小店区")]


# --- "调整A为低风险区" items under a title naming prefecture and county ----------------------------------

def test_adjust_items_under_a_prefecture_and_county_title() -> None:
    text = ("关于黔南州瓮安县调整中高风险区的公告\n经综合研判,现将有关事宜公告如下:\n瓮安县全部中风险区调整为低风险区\n"
            "1.调整龙桥镇黑石行政村上寨自然村为低风险区。实施“个人防护、避免聚集”。\n"
            "2.调整龙桥镇安坪行政村下坝自然村为低风险区。实施“个人防护、避免聚集”。\n截至9月18日瓮安县中高风险区清零。")
    assert by_level(text) == {("low", "瓮安县"): ["龙桥镇黑石行政村上寨自然村", "龙桥镇安坪行政村下坝自然村"]}


def test_adjust_items_traditional_full_width_and_lowered_verb() -> None:
    text = ("關於晉中市平遙縣調整風險區的公告\n"
            "一、下調金桥鎮東山村為低風險區。\n二、調整金桥鎮西湾社區為低風險區。").translate(HALF_TO_FULL)
    assert by_level(text) == {("low", "平遥县"): ["金桥镇东山村", "金桥镇西湾社区"]}


def test_adjust_items_with_a_city_in_the_title_and_spaces() -> None:
    text = ("关于太原市清徐县调整风险区的公告\n"
            "1. 调整 柳林镇南庄村 为低风险区。\n2. 调整 柳林镇北营社区3组 为低风险区。")
    assert by_level(text) == {("low", "清徐县"): ["柳林镇南庄村", "柳林镇北营社区3组"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(COUNTIES), st.lists(name, min_size=1, max_size=4, unique=True),
       st.sampled_from(["调整", "下调"]), st.sampled_from(["低风险区", "低风险地区"]))
def test_any_adjust_item_is_its_place(county: tuple[str, str], villages: list[str], verb: str, level: str) -> None:
    items = "\n".join(f"{i}.{verb}石门镇{v}村为{level}。实施“个人防护、避免聚集”。"
                      for i, v in enumerate(villages, 1))
    text = f"关于{county[0]}{county[1]}调整中风险区的公告\n现将有关事宜公告如下:\n{items}"
    assert by_level(text) == {("low", county[1]): [f"石门镇{v}村" for v in villages]}


# --- the rest of a place but the levels told as designated later, in brackets ---------------------------

def test_rest_of_a_group_but_levels_designated_later_is_a_place() -> None:
    text = ("将我区3个高风险地区调整为低风险区,具体如下:\n"
            "(一)南桥街道丰收社区1组(除后期重新划定的高风险区和临时管控区外的其他区域);\n"
            "(二)南桥街道园丁路居民点2组;\n(三)民房(南桥街道城门路6号)。")
    assert levels_of(text) == {"low": ["南桥街道丰收社区1组(除后期重新划定的高风险区和临时管控区外的其他区域)",
                                       "南桥街道园丁路居民点2组", "民房(南桥街道城门路6号)"]}


def test_rest_of_a_village_but_levels_designated_since_traditional_full_width() -> None:
    text = ("以下區域調整為低風險區:\n1.東坡鎮大田村(除此後新劃定的封控區、臨時管控區外的其他區域);\n2.東坡鎮小河村。"
            ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"low": ["东坡镇大田村(除此后新划定的封控区、临时管控区外的其他区域)", "东坡镇小河村"]}


def test_a_whole_district_but_levels_designated_later_stays_a_blanket() -> None:
    text = "以下区域调整为低风险区:\n1.东坡镇大田村;\n2.全区(除后期划定的高风险区外的其他区域)。"
    assert levels_of(text) == {"low": ["东坡镇大田村"]}


@settings(max_examples=25, deadline=None)
@given(name, st.sampled_from(["后期重新划定的", "此后新划定的", "已划定的", ""]),
       st.sampled_from(["高风险区", "封控区", "高风险区和临时管控区", "封控区、管控区"]))
def test_any_group_rest_but_levels_is_one_place(village: str, told: str, levels: str) -> None:
    place = f"{village}村2组(除{told}{levels}外的其他区域)"
    text = f"将以下区域调整为低风险区:\n(一){place};\n(二)长安街道7号。"
    assert levels_of(text) == {"low": [place, "长安街道7号"]}


# --- a roundup's items marked with the day they changed ------------------------------------------------

def test_roundup_items_with_the_day_they_changed() -> None:
    text = ("截至9月23日7时,山西中高风险地区名单如下:\n高风险:1个\n晋中市:1个\n"
            "山西省晋中市平遥县古陶镇(除平遥县古陶镇东关社区、西关村委会)(9月23日调整)\n中风险:2个\n晋中市:2个\n"
            "山西省晋中市平遥县洪善镇东湾村(9月22日新增)\n山西省晋中市平遥县洪善镇西湾村")
    assert levels_of(text) == {"high": ["古陶镇(除平遥县古陶镇东关社区、西关村委会)"],
                               "medium": ["洪善镇东湾村", "洪善镇西湾村"]}


def test_roundup_items_with_the_day_and_hour_traditional_full_width() -> None:
    text = ("中風險地區:\n1.清徐縣柳林鎮南莊村(9月23日12時調整)\n2.清徐縣柳林鎮北營村(2021年9月22日新增)"
            ).translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["柳林镇南庄村", "柳林镇北营村"]}


def test_a_bare_day_in_brackets_stays_with_its_place() -> None:
    text = "中风险区:\n1.东坡镇大田村\n2.南湖小区(2月21日)"
    assert levels_of(text) == {"medium": ["东坡镇大田村", "南湖小区(2月21日)"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=4, unique=True), st.integers(1, 12), st.integers(1, 28),
       st.sampled_from(["调整", "新增", "升级", "扩大"]))
def test_any_dated_change_mark_is_dropped(villages: list[str], month: int, day: int, word: str) -> None:
    items = "\n".join(f"{i}.东坡镇{v}村({month}月{day}日{word})" for i, v in enumerate(villages, 1))
    assert levels_of(f"中风险区:\n{items}") == {"medium": [f"东坡镇{v}村" for v in villages]}


# --- an area bounded by the sides of one centre ------------------------------------------------------

def test_sides_of_one_centre_are_one_place() -> None:
    text = ("中风险区:\n1.东坡镇西埔社区长安路20号金华车行以前门为中心左、右、后侧各500米范围\n"
            "2.东坡镇横塘村3幢")
    assert levels_of(text) == {"medium": ["东坡镇西埔社区长安路20号金华车行以前门为中心左、右、后侧各500米范围",
                                          "东坡镇横塘村3幢"]}


def test_sides_of_a_shop_in_a_sentence_and_two_sides() -> None:
    text = "将甲丰市场前、后侧各50米范围,乙泰超市东、西两侧各100米区域调整为中风险区。"
    assert levels_of(text) == {"medium": ["甲丰市场前、后侧各50米范围", "乙泰超市东、西两侧各100米区域"]}


def test_sides_of_a_centre_traditional_full_width() -> None:
    text = "中風險區:\n1.丙安車行以大門為中心東、南、西、北各300米範圍\n2.丁寧路".translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["丙安车行以大门为中心东、南、西、北各300米范围", "丁宁路"]}


@settings(max_examples=25, deadline=None)
@given(name, st.lists(st.sampled_from(["东", "南", "西", "北", "左", "右", "前", "后"]), min_size=2, max_size=4,
                      unique=True), st.sampled_from(["侧", ""]), st.integers(20, 900))
def test_any_run_of_sides_is_one_place(shop: str, sides: list[str], side: str, metres: int) -> None:
    place = f"{shop}车行以前门为中心{'、'.join(sides)}{side}各{metres}米范围"
    assert levels_of(f"中风险区:\n1.{place}\n2.东坡镇大田村") == {"medium": [place, "东坡镇大田村"]}


# --- a lift of the areas of a notice it cites; every area of a level lifted ------------------------------

def test_lift_of_the_areas_a_cited_notice_designated() -> None:
    text = ("小店区:即时解除甲村、乙岭街道临时管控区的管控措施\n"
            "经专家组研判,自本通告发布后,即时解除太原市小店区新冠肺炎疫情防控指挥部办公室于2022年11月29日、"
            "2022年11月30日发布的《小店区关于划定风险区域的通告》中甲村街道、乙岭街道临时管控区的管控措施。")
    assert by_level(text) == {("lifted", "小店区"): ["甲村街道", "乙岭街道"]}


def test_lift_of_the_areas_of_a_cited_notice_with_its_number_traditional() -> None:
    text = in_traditional("自即日起,解除迎泽区指挥部发布的《关于划定风险区域的通告》(第12号)中"
                        "南湖街道、东坡街道临时管控区的管控措施。")
    assert by_level(text) == {("lifted", "迎泽区"): ["南湖街道", "东坡街道"]}


def test_every_area_of_a_level_lifted_is_a_blanket() -> None:
    for text in ("自本通告发布之时起,解除所有疫情防控临时管控区,按低风险区管理。",
                 "自本通告发布之日起,解除迎泽区全部临时管控区。",
                 "即日起解除全区全部临时管控区。"):
        assert levels_of(text) == {}, text


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["小店区", "迎泽区", "清徐县"]), st.lists(name, min_size=1, max_size=4, unique=True),
       st.sampled_from(["", "临时"]), st.sampled_from(["11月29日", "2022年11月30日"]))
def test_any_cited_lift_reads_its_streets(district: str, streets: list[str], temporary: str, day: str) -> None:
    listed = "、".join(f"{s}街道" for s in streets)
    text = (f"自本通告发布后,即时解除{district}疫情防控指挥部于{day}发布的《关于划定风险区域的通告》中"
            f"{listed}{temporary}管控区的管控措施。")
    assert by_level(text) == {("lifted", district): [f"{s}街道" for s in streets]}
