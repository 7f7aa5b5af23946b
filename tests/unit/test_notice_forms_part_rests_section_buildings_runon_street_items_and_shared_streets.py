"""Forms of the seventeenth held-out set, each in variants written here (invented places, the wording of the
real forms): the rest of a compound with its exception in brackets and a town's other villages (places, not
blankets), buildings written after a compound's section ("6组团607栋、10组团1020栋"), numbered "street: places"
items run on one line after a colon and a space (one number skipped), street names holding a tower
("黄鹤楼街道"), a slogan after the lists ("“解封”不等于“解防”"), shops sharing the street they are on, and a
town's 街区 (no district)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import by_level, in_traditional, levels_of

# --- the rest of a compound with its exception in brackets; a town's other villages -------------------------

def test_a_compounds_rest_with_its_exception_in_brackets_is_a_place() -> None:
    text = ("关于划定风险区的通告\n即日起将西城街道康宁家园小区3号楼划定为高风险区。\n"
            "将西城街道康宁家园小区(除高风险区外)其他区域划定为中风险区。\n"
            "西城街道(除高、中风险区外)、东关街道划定为低风险区。")
    assert levels_of(text) == {"high": ["西城街道康宁家园小区3号楼"],
                               "medium": ["西城街道康宁家园小区(除高风险区外)其他区域"],
                               "low": ["西城街道(除高、中风险区外)", "东关街道"]}


def test_a_compounds_rest_in_brackets_under_a_label_in_traditional_characters() -> None:
    text = in_traditional("中风险区:\n1.河口镇锦绣花园(除封控区以外)其他区域\n2.河口镇新华路18号院")
    assert levels_of(text) == {"medium": ["河口镇锦绣花园(除封控区以外)其他区域", "河口镇新华路18号院"]}


def test_a_compounds_rest_with_full_width_brackets_spaces_and_buildings_excepted() -> None:
    assert levels_of("中风险区：东城街道颐安家园小区（除高风险区外）其他区域") == {
        "medium": ["东城街道颐安家园小区(除高风险区外)其他区域"]}
    assert levels_of("中风险区:颐安家园小区(除1号楼、2号楼外)其他区域、南街社区") == {
        "medium": ["颐安家园小区(除1号楼、2号楼外)其他区域", "南街社区"]}
    assert levels_of("中风险区:北山镇 幸福村(除封控区、管控区以外)其他区域") == {
        "medium": ["北山镇幸福村(除封控区、管控区以外)其他区域"]}


def test_a_districts_rest_in_brackets_stays_a_blanket() -> None:
    assert levels_of("高风险区:城南街道幸福小区5栋\n低风险区:全县(除高风险区外)其他区域") == {
        "high": ["城南街道幸福小区5栋"]}
    assert levels_of("高风险区:城南街道幸福小区5栋\n中风险区:安新县其他村") == {"high": ["城南街道幸福小区5栋"]}
    text = "高风险区:城南街道幸福小区5栋\n低风险区:新建区(除高风险区外)其他区域"
    assert levels_of(text) == {"high": ["城南街道幸福小区5栋"]}


def test_the_other_villages_of_towns_joined_by_and_under_count_headings() -> None:
    text = ("经专家组研判,决定将清河县部分区域划定为高中风险区。具体通告如下:\n高风险区(2个)\n"
            "王庄镇的东街村片区和李集乡的前营村片区\n中风险区(3个)\n"
            "王庄镇的其他村、李集乡的其他村及王庄镇东街片区内的居民小区\n低风险区\n"
            "全县除划为高中风险区外的其他地区划定为低风险区。")
    result = by_level(text)
    assert result == {("high", "清河县"): ["王庄镇的东街村片区", "李集乡的前营村片区"],
                      ("medium", "清河县"): ["王庄镇的其他村", "李集乡的其他村", "王庄镇东街片区内的居民小区"]}


def test_a_streets_other_communities_is_a_place_and_a_countys_other_villages_is_not() -> None:
    text = "管控区:南湖街道其余社区,北山镇其他行政村\n防范区:本县其他村"
    assert levels_of(text) == {"controlled": ["南湖街道其余社区", "北山镇其他行政村"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["王庄镇", "李集乡", "东关街道", "河口镇", "青石镇", "城北街道"]),
                min_size=1, max_size=5, unique=True),
       st.sampled_from(["的其他村", "其他村", "的其余社区", "其他区域"]))
def test_any_towns_other_villages_are_one_place_each(towns: list[str], rest: str) -> None:
    text = "中风险区:" + "、".join(town + rest for town in towns)
    assert levels_of(text) == {"medium": [town + rest for town in towns]}


# --- buildings after a compound's section --------------------------------------------------------------

def test_buildings_after_the_compounds_sections_are_one_place() -> None:
    text = ("自2022年11月22日5时起,将“长青街道绿园6组团607栋、10组团1020栋、佳兴园1栋,"
            "汉西街道云鹤小区315栋5单元”划定为高风险区。")
    # (the street written once is not repeated on the next place, as the notices have it)
    assert levels_of(text) == {"high": ["长青街道绿园6组团607栋、10组团1020栋", "佳兴园1栋",
                                        "汉西街道云鹤小区315栋5单元"]}


def test_buildings_after_phases_and_lettered_sections() -> None:
    text = "封控区:\n1、金桂苑二期3栋、三期5栋\n2、阳光城B区2号楼、C区6号楼\n3、望江花园1期8幢、2期9幢"
    assert levels_of(text) == {"sealed": ["金桂苑二期3栋、三期5栋", "阳光城B区2号楼、C区6号楼",
                                          "望江花园1期8幢、2期9幢"]}


def test_a_named_compound_after_a_sections_building_stays_its_own_place() -> None:
    text = "高风险区:丰华园6组团2栋、团结佳园1栋、华生广场北区13栋"
    assert levels_of(text) == {"high": ["丰华园6组团2栋", "团结佳园1栋", "华生广场北区13栋"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 20), st.integers(1, 999)), min_size=1, max_size=4),
       st.sampled_from(["组团", "期", "区"]), st.sampled_from(["栋", "号楼", "幢"]))
def test_any_run_of_section_buildings_stays_with_its_compound(parts: list[tuple[int, int]], section: str,
                                                              kind: str) -> None:
    place = "天顺园1" + section + "1" + kind + "".join(f"、{a}{section}{b}{kind}" for a, b in parts)
    assert levels_of("高风险区:" + place + "、丰华园6栋") == {"high": [place, "丰华园6栋"]}


# --- numbered "street: places" items run on one line -------------------------------------------------------

def test_numbered_street_items_run_on_one_line_after_a_colon_and_a_space() -> None:
    text = ("自2022年11月25日0时起,将武昌区以下区域划定为高风险区: 1、粮道街道:民主路社区蛇山三坡 "
            "2、中南路街道:晒湖社区雄楚春天4栋2单元、长春社区幼师宿舍1栋3单元 3、紫阳街道:梅隐寺社区中山路588号")
    assert by_level(text) == {("high", "武昌区"): [
        "粮道街道民主路社区蛇山三坡", "中南路街道晒湖社区雄楚春天4栋2单元", "中南路街道长春社区幼师宿舍1栋3单元",
        "紫阳街道梅隐寺社区中山路588号"]}


def test_a_run_on_list_with_one_item_number_missing() -> None:
    text = ("将以下区域划定为高风险区: 1.东风街道:前进社区3栋 3.西湖镇:白沙村五组 4.南门街道:文化路12号、"
            "胜利路8号")
    assert levels_of(text) == {"high": ["东风街道前进社区3栋", "西湖镇白沙村五组", "南门街道文化路12号",
                                        "南门街道胜利路8号"]}


def test_run_on_items_with_full_width_colons_and_spaces() -> None:
    text = "高风险区：1、 鼓楼街道： 花园社区8号 2、 东风镇：前进村"
    assert levels_of(text) == {"high": ["鼓楼街道花园社区8号", "东风镇前进村"]}


def test_house_numbers_after_an_item_are_not_the_next_item() -> None:
    text = "高风险区: 1、金华苑2、3号楼 2、龙城路12号院"
    assert levels_of(text) == {"high": ["金华苑2、3号楼", "龙城路12号院"]}


# --- street names holding a tower ---------------------------------------------------------------------------

def test_streets_named_after_a_tower_label_their_places() -> None:
    text = "高风险区:\n1、鼓楼街道:花堤社区八宝巷6号、大胶巷12号\n2、钟楼镇:东村三组\n3、紫阳街道:梅隐寺社区"
    assert levels_of(text) == {"high": ["鼓楼街道花堤社区八宝巷6号", "鼓楼街道大胶巷12号", "钟楼镇东村三组",
                                        "紫阳街道梅隐寺社区"]}


def test_a_tower_street_label_in_traditional_characters_with_half_width_colon() -> None:
    text = in_traditional("中风险区:\n黄鹤楼街道: 花园社区8号、长江社区2栋\n首义路街道: 复兴村5号")
    assert levels_of(text) == {"medium": ["黄鹤楼街道花园社区8号", "黄鹤楼街道长江社区2栋", "首义路街道复兴村5号"]}


def test_a_building_is_still_no_label() -> None:
    text = "高风险区:\n1、新华小区3号楼:1单元、2单元\n2、龙城路12号院"
    assert "新华小区3号楼" not in str(by_level(text).keys())


# --- a slogan after the lists -------------------------------------------------------------------------------

def test_a_slogan_after_a_lift_list_is_no_place() -> None:
    text = ("关于解除部分区域封控管控措施的通告\n决定自2022年5月5日零时起,解除以下封控区相关管控措施:\n\n"
            "  解除封控区名单:锦华花园小区\n\n  “解封”不等于“解防”。近期,国内疫情防控形势依然严峻复杂。\n\n"
            "  某市新冠肺炎疫情防控应急指挥部\n\n  2022年5月4日")
    assert levels_of(text) == {"lifted": ["锦华花园小区"]}


def test_slogans_in_other_wordings_are_no_places() -> None:
    for slogan in ("解封不代表解防。", "“降级”不意味着“放松”。", in_traditional("“解封”不等于“解防”,请继续做好防护。")):
        text = "解除管控区:\n东湖社区\n西湖村\n\n" + slogan
        assert levels_of(text) == {"lifted": ["东湖社区", "西湖村"]}, slogan


# --- shops sharing the street they are on --------------------------------------------------------------------

def test_two_shops_on_one_street_in_a_run_on_sentence() -> None:
    text = ("自2022年4月22日起,新增城关镇大武社区小武庄为封控区,新增夏桥镇徐家湾社区,"
            "润河镇华莱士、蜜雪冰城奶茶店所在街道两侧100米,农贸大市场2期,管仲老街为管控区。")
    assert levels_of(text) == {"sealed": ["城关镇大武社区小武庄"],
                               "controlled": ["夏桥镇徐家湾社区", "润河镇华莱士、蜜雪冰城奶茶店所在街道两侧100米",
                                              "农贸大市场2期", "管仲老街"]}


def test_shops_sharing_a_road_section_or_a_block() -> None:
    text = "管控区:\n1.东关镇好利来、肯德基所在路段\n2.西街乡老王面馆、兴隆超市所在街区50米范围内"
    assert levels_of(text) == {"controlled": ["东关镇好利来、肯德基所在路段",
                                              "西街乡老王面馆、兴隆超市所在街区50米范围内"]}


def test_a_building_holds_only_the_spot_named_with_it() -> None:
    text = "封控区:\n城北区:中都小区、十三里中学、百家超市(商检路店)所在楼宇"
    assert levels_of(text) == {"sealed": ["中都小区", "十三里中学", "百家超市(商检路店)所在楼宇"]}


# --- a town's 街区 is no district ------------------------------------------------------------------------

def test_a_towns_block_on_its_own_line_is_a_place() -> None:
    text = ("解除以下封控区管控区的相关管控措施:\n一、解除封控区名单(2个)\n\n三塔镇文化街南侧\n\n"
            "文峰街道碧园小区46号楼\n\n二、解除管控区名单(2个)\n\n文峰街道碧园小区\n\n三塔集镇街区")
    assert levels_of(text) == {"lifted": ["三塔镇文化街南侧", "文峰街道碧园小区46号楼", "文峰街道碧园小区",
                                          "三塔集镇街区"]}


def test_town_areas_ending_in_qu_under_a_label() -> None:
    for area in ("李集乡老街区", "王庄镇新区", "河口街道东区"):
        text = f"管控区:\n{area}\n东湖社区"
        assert levels_of(text) == {"controlled": [area, "东湖社区"]}, area
