"""Forms of the forty-ninth held-out set (issue 15), each in variants written here (invented places, the wording
of the real forms): an area enclosed by several roads and rivers closed by "合围范围内" before a comma and the next
place ("A、B、C、D合围范围内,以及E"), one area; street headings written with 街 alone, numbered "(一)" beside a
town's "(二)" under a level's heading, joined to each item below them, and a line of places parted by commas then
the level's measures under such a heading ("A村三队、五队全域,B厂,落实“人不出区、错峰取物”措施"), the teams'
shared 全域 kept on one place; a part that lifts a temporary control over a place given the low measures (lifted, not
low); a campus named once, then its halls' buildings and canteen listed with 、 (one place)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import levels_of

# ---------------------------------------------------------------------------------------------------
# an area enclosed by roads and rivers, closed by 合围范围内 before a comma


def test_an_area_enclosed_within_roads_then_another_place_is_one_area() -> None:
    text = "二、管控区:甲秀路、南明河、花溪大道、210国道合围范围内,以及青岩新村安置区,实行“足不出区、错峰取物”措施。"
    assert levels_of(text) == {"controlled": ["甲秀路、南明河、花溪大道、210国道合围范围内", "青岩新村安置区"]}


def test_enclosed_within_in_other_wordings() -> None:
    # a road's other name in brackets, the precaution level
    text = ("三、防范区:兴华大道西、沙湾路(紫坭大桥)、顺德水道、105国道合围范围内,以及沙湾工业园,"
            "实行“强化社会面管控”措施。")
    assert levels_of(text) == {"precaution": ["兴华大道西、沙湾路(紫坭大桥)、顺德水道、105国道合围范围内",
                                              "沙湾工业园"]}
    # traditional characters
    text = "二、管控區:龍溪大道、花地河、芳村大道合圍範圍內,以及沙洲新村,實行“足不出區、錯峰取物”措施。"
    assert levels_of(text) == {"controlled": ["龙溪大道、花地河、芳村大道合围范围内", "沙洲新村"]}
    # full-width punctuation throughout, 围合 for 合围
    text = "二、管控区：东环路、西江、北滨大道围合范围内，以及南岸新村，实行“足不出区、错峰取物”措施。"
    assert levels_of(text) == {"controlled": ["东环路、西江、北滨大道围合范围内", "南岸新村"]}


def test_places_listed_without_an_enclosing_word_are_still_apart() -> None:
    text = "二、管控区:甲秀路、南明河、花溪大道合围范围内,以及青岩新村,实行“足不出区、错峰取物”措施。"
    assert levels_of(text) == {"controlled": ["甲秀路、南明河、花溪大道合围范围内", "青岩新村"]}
    # (near-miss: places listed with 、 and no enclosing word stay apart)
    text = "二、管控区:金沙小区、银河花园,以及东风村,实行“足不出区、错峰取物”措施。"
    assert levels_of(text) == {"controlled": ["金沙小区", "银河花园", "东风村"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["青年路", "东湖", "滨江大道", "环城高速", "沙河", "X305", "工业大道北"]),
                min_size=3, max_size=5, unique=True),
       st.sampled_from(["合围范围内", "围合范围内", "合围区域内"]),
       st.sampled_from(["金桥新村", "长塘村安置区", "南岗工业区"]))
def test_any_roads_enclosing_an_area_within_are_one_place(roads: list[str], word: str, other: str) -> None:
    area = "、".join(roads) + word
    text = f"二、管控区:{area},以及{other},实行“足不出区、错峰取物”措施。"
    assert levels_of(text)["controlled"][0] == area, text


# ---------------------------------------------------------------------------------------------------
# street headings with 街 alone beside a town's, and a comma line of places with its measures


def test_street_headings_with_jie_alone_are_joined_to_their_items() -> None:
    text = ("一、高风险区\n(一)龙归街\n1.南村一巷3、5号,二巷7号。\n2.北村新庄8号。\n(二)人和镇\n1.凤和村东华里12号。\n"
            "以上区域落实“足不出户、上门服务”措施。\n")
    assert levels_of(text) == {"high": ["龙归街南村一巷3、5号,二巷7号", "龙归街北村新庄8号", "人和镇凤和村东华里12号"]}
    # (near-miss: streets listed one a line, no items under them, are places, no headings)
    assert levels_of("一、高风险区\n(一)龙归街\n(二)新华街\n(三)人和镇\n") == {"high": ["龙归街", "新华街", "人和镇"]}


def test_a_comma_line_of_places_then_measures_under_a_street_heading() -> None:
    text = ("二、临时管控区\n(一)新华街\n田美村三队、五队全域,华南印刷厂,石岗村,落实“人不出区、错峰取物”措施。\n"
            "(二)炭步镇\n1.甲路、乙路、丙河合围区域。\n落实“足不出栋、错峰取物”措施。\n")
    assert levels_of(text) == {"controlled": ["新华街田美村三队、五队全域", "新华街华南印刷厂", "新华街石岗村",
                                              "炭步镇甲路、乙路、丙河合围区域"]}
    # traditional characters
    text = ("二、臨時管控區\n(一)新華街\n田美村三隊、五隊全域,華南印刷廠,落實“人不出區、錯峰取物”措施。\n"
            "(二)炭步鎮\n1.甲路、乙路、丙河合圍區域。\n")
    assert levels_of(text) == {"controlled": ["新华街田美村三队、五队全域", "新华街华南印刷厂",
                                              "炭步镇甲路、乙路、丙河合围区域"]}
    # full-width punctuation, 管控区 without 临时
    text = ("二、管控区\n（一）江南街\n龙湖村一队、二队全域，江南五金厂，落实“人不出区、错峰取物”措施。\n"
            "（二）钟落潭镇\n1．白土村三巷5号。\n")
    assert levels_of(text) == {"controlled": ["江南街龙湖村一队、二队全域", "江南街江南五金厂",
                                              "钟落潭镇白土村三巷5号"]}


def test_prose_under_a_street_heading_is_no_place() -> None:
    text = ("二、临时管控区\n(一)新华街\n田美村三队、五队全域,华南印刷厂,落实“人不出区、错峰取物”措施。\n"
            "(二)炭步镇\n今年以来,各村严格落实防控要求,落实“人不出区、错峰取物”措施。\n")
    places = levels_of(text)["controlled"]
    assert places[:2] == ["新华街田美村三队、五队全域", "新华街华南印刷厂"]
    assert not any("今年" in p or "各村" in p or "要求" in p for p in places), places


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["新华街", "秀全街", "龙归街", "江南街"]), st.sampled_from(["炭步镇", "人和镇", "梯面镇"]),
       st.lists(st.sampled_from(["石岗村", "华南印刷厂", "田美村三队、五队全域", "古塘新庄", "南岭公寓"]),
                min_size=2, max_size=4, unique=True))
def test_any_street_s_comma_line_is_its_places(street: str, town: str, places: list[str]) -> None:
    text = (f"二、临时管控区\n(一){street}\n{','.join(places)},落实“人不出区、错峰取物”措施。\n"
            f"(二){town}\n1.甲路、乙路、丙河合围区域。\n")
    assert levels_of(text) == {"controlled": [street + p for p in places] + [town + "甲路、乙路、丙河合围区域"]}, text


# ---------------------------------------------------------------------------------------------------
# a lifted temporary control over a place given the low measures


def test_a_lift_part_over_a_place_with_low_measures_is_lifted() -> None:
    text = ("一、由高风险区调整为中风险区\n(一)梯面镇\n红山村三队8号。\n以上区域落实“人不出区、错峰取物”管控措施。\n"
            "二、解除区域临时管控措施\n新华街丽园小区(丽园小区二期除外),落实“个人防护、避免聚集”防范措施。\n")
    assert levels_of(text) == {"medium": ["梯面镇红山村三队8号"], "lifted": ["新华街丽园小区(丽园小区二期除外)"]}


def test_lift_parts_in_other_wordings() -> None:
    # traditional characters
    text = ("三、解除區域臨時管控措施\n秀全街楓林花園(楓林花園三期、秀全街衛生院除外),"
            "落實“個人防護、避免聚集”防範措施。\n")
    assert levels_of(text) == {"lifted": ["秀全街枫林花园(枫林花园三期、秀全街卫生院除外)"]}
    # the heading names the lifted areas
    text = "二、解除临时管控区域\n炭步镇文岗村,落实“个人防护、避免聚集”防范措施。\n"
    assert levels_of(text) == {"lifted": ["炭步镇文岗村"]}
    # full-width punctuation
    text = "二、解除区域临时管控措施：\n狮岭镇前进村（前进村五队除外），落实“个人防护、避免聚集”防范措施。\n"
    assert levels_of(text) == {"lifted": ["狮岭镇前进村(前进村五队除外)"]}


def test_a_level_heading_over_low_measures_keeps_its_level_and_people_are_no_place() -> None:
    text = ("二、解除区域临时管控措施\n新华街丽园小区,落实“个人防护、避免聚集”防范措施。\n"
            "三、低风险区\n新华街锦园小区,落实“个人防护、避免聚集”防范措施。\n")
    assert levels_of(text) == {"lifted": ["新华街丽园小区"], "low": ["新华街锦园小区"]}
    # (near-miss: the area's residents, no place)
    assert levels_of("二、解除区域临时管控措施\n区域内居民,落实“个人防护、避免聚集”防范措施。\n") == {}


# ---------------------------------------------------------------------------------------------------
# a campus's halls' buildings listed with 、 after the campus named once

_LIFT_LEAD = "自即日起,解除以下高风险区管控措施,转为低风险区管控:\n"


def test_a_campus_s_buildings_are_one_place() -> None:
    text = _LIFT_LEAD + ("1.湘南学院王仙岭校区明德园2栋、明德园6栋、致远园3栋、致远园食堂;\n"
                         "2.北湖区燕泉街道红旗社区5栋。\n")
    assert levels_of(text) == {"low": ["湘南学院王仙岭校区明德园2栋、明德园6栋、致远园3栋、致远园食堂",
                                       "燕泉街道红旗社区5栋"]}


def test_campus_buildings_in_other_wordings() -> None:
    # traditional characters, halls named 苑
    text = "自即日起,解除以下高風險區管控措施,轉為低風險區管控:\n1.南華大學紅湘校區崇德苑5棟、崇德苑7棟、厚德苑食堂;\n"
    assert levels_of(text) == {"low": ["南华大学红湘校区崇德苑5栋、崇德苑7栋、厚德苑食堂"]}
    # full-width punctuation, a hospital's 院区 and its 公寓
    text = "自即日起，解除以下高风险区管控措施，转为低风险区管控：\n1．第一人民医院东院区职工公寓2栋、职工公寓3栋；\n"
    assert levels_of(text) == {"low": ["第一人民医院东院区职工公寓2栋、职工公寓3栋"]}


def test_places_after_a_campus_with_their_own_kind_stay_apart() -> None:
    text = _LIFT_LEAD + "1.湘南学院王仙岭校区明德园2栋、明德园6栋、金桂小区3栋、丽景花园5栋;\n"
    assert levels_of(text) == {"low": ["湘南学院王仙岭校区明德园2栋、明德园6栋", "金桂小区3栋", "丽景花园5栋"]}
    # (near-miss: halls' buildings with no campus named are places of their own)
    assert levels_of(_LIFT_LEAD + "1.明德园2栋、致远园3栋;\n") == {"low": ["明德园2栋", "致远园3栋"]}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["南华大学雨母校区", "湘南学院王仙岭校区", "衡阳师范学院东校区"]),
       st.lists(st.sampled_from(["笃行园3栋", "尚学园4栋", "三省园食堂", "崇德苑7栋", "博雅楼2栋"]),
                min_size=2, max_size=4, unique=True))
def test_any_campus_s_halls_are_one_place(campus: str, parts: list[str]) -> None:
    text = _LIFT_LEAD + f"1.{campus}{'、'.join(parts)};\n"
    assert levels_of(text) == {"low": [campus + "、".join(parts)]}, text
