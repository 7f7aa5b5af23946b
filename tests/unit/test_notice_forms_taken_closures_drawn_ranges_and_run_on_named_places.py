"""Forms of 广东's summer-2021 closures and of lists that lost their separators: "对A超市、B药店,C社区D照相馆,以及
E快递采取封闭管理" (采取, to take a measure, as 实行: the places sealed, as "对A实行封闭管理" is); "将X区Y街道A路以北,
B路以西,C路以南,D路以东划定范围为封控区域" (划定范围, draws the range, is the verb with its noun: the bounded area is
the place, without it); and a copy that lost the separators (line breaks) between places of every kind, estates,
shops and markets, so one long place holds a list: "将A小区2栋1、2单元B幼儿园C街道D社区E村F足疗馆…划定为高风险区"
(each row a place, cut after a place's word before the next name; a list with such a run reads its other places
so too). Each form in variants written here (invented places, the wording of the real forms: other districts, kinds
of place, separators, traditional characters, full-width punctuation), and properties over generated parts."""

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

_LEAD = "根据省指挥办《分区分级防控工作指引》,结合当前我市疫情防控工作情况,现将有关疫情防控工作通告如下:\n"


# --- a closure taken (采取) over shops and sites -------------------------------------------------------

def test_shops_and_sites_under_a_taken_closure_are_sealed() -> None:
    text = (_LEAD + "一、对柳岸社区丰源生鲜超市、金鼎蛋糕店、老街面馆,滨海社区光明照相馆,以及青石社区仁和药店、"
            "顺达快递采取封闭管理,实行“封闭隔离,足不出户,服务上门”管理措施(暂定14天)。\n"
            "二、倡议全体市民少聚集、少流动。")
    assert levels_of(text) == {"sealed": ["柳岸社区丰源生鲜超市", "金鼎蛋糕店", "老街面馆", "滨海社区光明照相馆",
                                          "青石社区仁和药店", "顺达快递"]}


def test_buildings_under_a_taken_closure_in_traditional_characters() -> None:
    text = in_traditional(_LEAD + "二、对金海花园12栋、锦城3期8栋、丽泽广场2栋1单元采取封闭管理,"
                                  "实行“封闭隔离,足不出户,服务上门”管理措施。\n三、做好物资保障。")
    assert levels_of(text) == {"sealed": ["金海花园12栋", "锦城3期8栋", "丽泽广场2栋1单元"]}


def test_taken_closure_full_width_beside_a_level_measures_taken() -> None:
    # (采取 before a level's measures names no place of its own: "对中风险区采取管控措施:足不出区…")
    text = ("关于划定风险区的通告\n一、中风险区:金华小区。\n对中风险区采取管控措施:足不出区、错峰取物。\n"
            "二、对星湾社区永福超市、康宁药房采取封闭管理,实行“足不出户”管理措施(暂定14天)。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["金华小区"], "sealed": ["星湾社区永福超市", "康宁药房"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=2, max_size=4, unique=True),
       st.sampled_from(["超市", "药店", "蛋糕店", "面馆", "快递"]), st.booleans())
def test_any_shops_under_a_taken_closure_are_sealed(stems: list[str], kind: str, traditional: bool) -> None:
    shops = [f"{s}{kind}" for s in stems]
    text = _LEAD + f"一、对{'、'.join(shops)}采取封闭管理,实行“封闭隔离,足不出户”管理措施。\n二、做好物资保障。"
    assert levels_of(in_traditional(text) if traditional else text) == {"sealed": shops}


# --- an area drawn as a range (划定范围为) ------------------------------------------------------------

def test_bounded_area_drawn_as_a_range_for_a_sealed_area() -> None:
    text = (_LEAD + "三、将香洲区拱北街道昌明路以北,水岸路以西,粤兴东路以南,桂林南路以东划定范围为封控区域,"
            "实行“只进不出,严禁聚集”管理措施。\n四、做好物资保障。")
    assert by_level(text) == {("sealed", "香洲区"): ["拱北街道昌明路以北,水岸路以西,粤兴东路以南,桂林南路以东"]}


def test_bounded_area_drawn_as_a_range_in_traditional_characters() -> None:
    text = in_traditional(_LEAD + "三、将金湾区三灶镇海澄路以东,金海大道以南划定范围为封控区域,"
                                  "实行“只进不出”管理措施。")
    assert by_level(text) == {("sealed", "金湾区"): ["三灶镇海澄路以东,金海大道以南"]}


def test_bounded_area_drawn_as_a_range_full_width_for_a_control_area() -> None:
    text = ("通告\n一、将斗门区白蕉镇白藤路以北,湖心路以西划定区域为管控区,实行“人不出区”。").translate(HALF_TO_FULL)
    assert by_level(text) == {("controlled", "斗门区"): ["白蕉镇白藤路以北,湖心路以西"]}


@settings(max_examples=25, deadline=None)
@given(name, name, st.sampled_from(["封控区域", "封控区", "高风险区"]), st.sampled_from(["范围", "区域"]),
       st.booleans())
def test_any_bounded_area_drawn_as_a_range(road1: str, road2: str, level: str, noun: str, traditional: bool) -> None:
    area = f"拱北街道{road1}路以北,{road2}路以西"
    text = _LEAD + f"三、将香洲区{area}划定{noun}为{level},实行“只进不出”管理措施。"
    parsed = levels_of(in_traditional(text) if traditional else text)
    assert [p for ps in parsed.values() for p in ps] == [area]


# --- places of every kind run together (separators lost) --------------------------------------------

def test_run_on_estates_shops_and_villages_are_each_a_place() -> None:
    text = ("关于划定新冠肺炎疫情风险区域的通告:\n现将相关事项通告如下:\n"
            "1、将月湖区锦华新天地3号院2栋1、2单元锦华新天地小星星幼儿园东湖街道北站社区铁路新村8号楼1、2单元"
            "白露镇王家社区塘下李家村福瑞堂足疗馆鹰潭市水电南苑招待所桃源街道西三村北片区12栋划定为高风险区,"
            "实行“足不出户、上门服务”管控措施。\n"
            "2、月湖区除高风险区以外的其他地区低风险区,实行“个人防护、避免聚集”措施。")
    assert levels_of(text)["high"] == [
        "锦华新天地3号院2栋1、2单元", "锦华新天地小星星幼儿园", "东湖街道北站社区铁路新村8号楼1、2单元",
        "白露镇王家社区塘下李家村", "福瑞堂足疗馆", "鹰潭市水电南苑招待所", "桃源街道西三村北片区12栋"]


def test_run_on_shops_and_markets_with_notes_in_traditional_characters() -> None:
    text = in_traditional(
        "关于划定风险区域的通告\n2、将东湖区锦华新天地3号院(除2栋1、2单元)东湖街道北站社区铁路新村8号楼(3单元、4单元)、"
        "11栋、12栋骏丰宾馆南站菜场南站菜场对面天天超市步步发超市冰雪冰城(圆盘店)橘子零食店林荫东路菜市场"
        "北门粮油超市对面的小陈超市春华蔬菜永兴食品经营部老王水果店划定为中风险区,实行“人不出区”管控措施。")
    assert levels_of(text)["medium"] == [
        "锦华新天地3号院(除2栋1、2单元)", "东湖街道北站社区铁路新村8号楼(3单元、4单元)、11栋、12栋", "骏丰宾馆",
        "南站菜场", "南站菜场对面天天超市", "步步发超市", "冰雪冰城(圆盘店)", "橘子零食店", "林荫东路菜市场",
        "北门粮油超市对面的小陈超市", "春华蔬菜", "永兴食品经营部", "老王水果店"]


def test_run_on_places_full_width_beside_one_long_name() -> None:
    # (a place's words inside one long name, before what says where it lies, cut nothing: fewer than four rows)
    text = ("通告\n一、将西湖区金峰生活超市康宁大药店(东门店)长风村委会旁小吃店胜利家园5栋划定为中风险区。\n"
            "二、将西湖区金峰批发市场对面的康宁超市旁边的胜利水果店划定为高风险区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["金峰生活超市", "康宁大药店(东门店)", "长风村委会旁小吃店", "胜利家园5栋"],
                               "high": ["金峰批发市场对面的康宁超市旁边的胜利水果店"]}


_KINDS = ["超市", "药店", "宾馆", "幼儿园", "菜市场", "足疗馆", "经营部"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(name, st.sampled_from(_KINDS)), min_size=5, max_size=7, unique_by=lambda t: t[0]),
       st.booleans(), st.booleans())
def test_any_run_on_named_places_are_each_a_place(rows: list[tuple[str, str]], traditional: bool,
                                                   full_width: bool) -> None:
    places = [f"{stem}{stem}{kind}" for stem, kind in rows]  # (each at least six characters: 30 in all)
    text = f"关于划定风险区域的通告\n1、将月湖区{''.join(places)}划定为中风险区,实行“人不出区”管控措施。"
    if traditional:
        text = in_traditional(text)
    if full_width:
        text = text.translate(HALF_TO_FULL)
    assert levels_of(text)["medium"] == places
