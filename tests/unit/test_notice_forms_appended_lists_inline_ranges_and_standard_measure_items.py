"""Forms of notices that name their areas only in an appendix after the signature, pointed to from the body
("小区内的封(管)控单元、重点区域(附后)…逐步有序解除管控" over "附:重点区域范围" and its numbered areas; "(名单附后)",
"(见附件)", "(详见附表)" and "附件:重点点位名单", "附件" over "相关区域清单", "附表:风险区域明细"); that give the range
of a measure named in the title or lead as an inline part ("二、实施范围:宜春市中心城区范围(袁州区、经开区)",
"区域范围:", "实行范围:"); and that list the areas of a temporary control as items with the standard measures of
the ninth edition after a colon ("一、A小区8A、8B栋:实行“足不出户,上门服务”的管理措施", "二、A小区(除8A、8B栋外)区域:
实施“人不出区、错峰取物、下楼核酸检测”", "B街道全域(除以上区域外):实行“个人防护,避免聚集”"). Each form in variants
written here (invented places, other offices' wordings, traditional characters, full-width punctuation), and
properties over generated names."""

from __future__ import annotations

from collections.abc import Callable

import pytest
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


# --- the areas in an appendix after the signature, pointed to from the body ------------------------------

def _appended(body: str, title: str, items: list[str], office: str = "钟楼区") -> str:
    listed = "\n".join(f"{n}. {item}。" for n, item in enumerate(items, 1))
    return (f"{office}关于调整社区管控措施的通知\n\n为更好落实疫情防控精神,现就社区防控措施调整通知如下:\n\n{body}\n\n"
            f"严格落实常态化疫情防控措施,确保解封不解防。\n\n本通知自3月25日实行。\n\n{office}新冠肺炎疫情防控指挥部\n\n"
            f"2022年3月24日\n\n{title}\n\n{listed}\n")


_AREAS = ["飞虹路以东、京沪铁路以南、通江南路以西、关河西路以北合围区域", "甲桥新村3幢、4幢"]


def test_appended_key_areas_lifted() -> None:
    body = "小区内的封(管)控单元、重点区域(附后)及居家隔离人员逐步有序解除管控,未解除前,继续实行现有管控措施。"
    assert by_level(_appended(body, "附:重点区域范围", _AREAS)) == {("lifted", "钟楼区"): _AREAS}
    # (an appendix of other words, "附:核酸检测点位", is no list of the areas pointed to)
    assert "lifted" not in levels_of(_appended(body, "附:核酸检测点位", ["金华广场"]))


def test_appended_list_named_in_an_annex_designated_sealed_in_traditional_characters() -> None:
    body = "經研究,將重點點位(名單附後)劃定為封控區,實行封閉管理。"
    places = ["金星镇华阳村五组", "龙泰小区3栋"]
    assert by_level(in_traditional(_appended(body, "附件:重点点位名单", places, "丰县"))) == {
        ("sealed", "丰县"): places}


def test_appended_list_in_a_table_under_an_annex_line_full_width() -> None:
    body = "对相关区域(详见附表)自即日起实施临时管控。"
    places = ["锦绣街道春晓社区", "丽泽花园"]
    text = _appended(body, "附表\n相关区域清单", places, "新北区").translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": places}


@settings(max_examples=40, deadline=None)
@given(name, name, st.sampled_from(["附后", "名单附后", "见附件", "详见附件1", "见附表"]),
       st.sampled_from(["附:", "附件:", "附件1:", "附表:"]), st.sampled_from(["范围", "名单", "清单", ""]))
def test_any_appended_list_is_read_with_the_body_s_action(village: str, estate: str, pointer: str, head: str,
                                                          kind: str) -> None:
    places = [f"{village}村四组", f"{estate}小区2幢"]
    body = f"封控单元、重点区域({pointer})自即日起解除封控。"
    assert levels_of(_appended(body, f"{head}重点区域{kind}", places)) == {"lifted": places}


# --- the range of the measure the title and lead name, as an inline part ---------------------------------

def _ranged(part: str, measure: str = "临时静态管理", where: str = "在中心城区范围内") -> str:
    return (f"关于宜春市中心城区范围内\n实施{measure}的通告\n5月7日,发现1例初筛阳性人员,"
            f"经研究决定,{where}实施{measure}。"
            f"现将有关事项通告如下:\n一、实施时间:2022年5月8日6时起,解除时间另行通知。\n二、{part}。\n"
            "三、静态管理区域实行只进不出。\n四、城乡居民做到不聚集、非必要不出家门。")


def test_inline_range_of_a_city_centre_under_static_management() -> None:
    place = "宜春市中心城区范围(袁州区、经开区、宜阳新区、明月山区)"
    assert by_level(_ranged(f"实施范围:{place}")) == {("silent", None): [place]}
    # (a range of people, "全体居民", is no place)
    assert levels_of(_ranged("实施范围:全体居民", "临时管控", "决定对部分区域")) == {}


def test_inline_range_of_towns_under_temporary_control_in_traditional_characters() -> None:
    text = _ranged("執行範圍:金華鎮龍泉村、春曉社區", "临时管控", "决定对部分区域")
    assert levels_of(in_traditional(text)) == {"controlled": ["金华镇龙泉村", "春晓社区"]}


def test_inline_range_written_as_area_range_full_width() -> None:
    text = _ranged("区域范围:丽泽街道全域", "临时静默管理", "决定对部分区域").translate(HALF_TO_FULL)
    assert levels_of(text) == {"silent": ["丽泽街道全域"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(name, min_size=3, max_size=3, unique=True),
       st.sampled_from(["实施范围", "实行范围", "执行范围", "区域范围", "具体范围"]),
       st.sampled_from([("临时管控", "controlled"), ("临时静态管理", "silent"), ("封控", "sealed")]))
def test_any_inline_range_takes_the_lead_s_measure(names: list[str], label: str, measure: tuple[str, str]) -> None:
    # (distinct names: a village named as its town, "金金镇金金村", is another form)
    town, village, estate = names
    places = [f"{town}镇{village}村", f"{estate}花园"]
    text = _ranged(f"{label}:{'、'.join(places)}", measure[0], "决定对部分区域")
    assert levels_of(text) == {measure[1]: places}


# --- a temporary control's items, the standard measures of their degree after a colon ---------------------

def _items(first: str, second: str, rest: str, lead: str = "对联和街以下区域实施临时管控:") -> str:
    return (f"黄埔区疫情防控指挥部办公室关于联和街部分区域\n\n实施临时管控的通告\n\n11月20日,发现1例核酸检测异常人员。"
            f"经研究决定,自2022年11月20日起{lead}\n\n一、{first}\n\n二、{second}\n\n{rest}\n\n"
            "以上临时管控区范围和管理要求将根据疫情防控形势适时调整。\n\n特此通告。\n\n广州市黄埔区疫情防控指挥部办公室\n\n"
            "2022年11月20日")


def test_items_of_a_temporary_control_with_comma_measures() -> None:
    text = _items("龙光峰景华庭小区8A、8B栋:实行“足不出户,上门服务”的管理措施。",
                  "龙光峰景华庭小区(除8A、8B栋外)区域:实施“人不出区、错峰取物、下楼核酸检测”的管理措施。",
                  "联和街道全域(除以上区域外):实行“个人防护,避免聚集”的管理措施,11月20日起,连续三天全员核酸筛查。")
    assert by_level(text) == {
        ("controlled", "黄埔区"): ["龙光峰景华庭小区8A、8B栋", "龙光峰景华庭小区(除8A、8B栋外)区域"],
        ("low", "黄埔区"): ["联和街道全域(除以上区域外)"]}


def test_items_in_traditional_characters_with_pause_marks() -> None:
    text = _items("金華苑3A、3B棟:實行“足不出戶、上門服務”的管理措施。",
                  "金華苑(除3A、3B棟外)區域:實施“足不出區、錯峰取物”的管理措施。",
                  "春曉街道全域(除以上區域外):實行“個人防護、避免聚集”的管理措施。")
    assert levels_of(in_traditional(text)) == {"controlled": ["金华苑3A、3B栋", "金华苑(除3A、3B栋外)区域"],
                                               "low": ["春晓街道全域(除以上区域外)"]}


def test_items_full_width_without_a_temporary_control_lead_take_the_measures_levels() -> None:
    text = _items("丽泽花园5栋:实行“足不出户,上门服务”的管理措施。",
                  "丽泽花园(除5栋外)区域:实施“人不出区、错峰取物”的管理措施。",
                  "锦绣街道其他区域:实行“个人防护,避免聚集”的管理措施。", "调整以下区域的防控措施:")
    assert levels_of(text.translate(HALF_TO_FULL)) == {
        "high": ["丽泽花园5栋"], "medium": ["丽泽花园(除5栋外)区域"], "low": ["锦绣街道其他区域"]}


@settings(max_examples=40, deadline=None)
@given(name, st.sampled_from(["小区", "花园", "苑"]), st.integers(1, 30), st.sampled_from("ABCD"),
       st.sampled_from(["栋", "幢", "座"]))
def test_any_compound_s_lettered_buildings_and_its_rest(estate: str, kind: str, number: int, letter: str,
                                                         unit: str) -> None:
    second = chr(ord(letter) + 1)
    buildings = f"{estate}{kind}{number}{letter}、{number}{second}{unit}"
    rest = f"{estate}{kind}(除{number}{letter}、{number}{second}{unit}外)区域"
    text = _items(f"{buildings}:实行“足不出户,上门服务”的管理措施。", f"{rest}:实施“人不出区、错峰取物”的管理措施。",
                  "联和街道全域(除以上区域外):实行“个人防护,避免聚集”的管理措施。")
    assert levels_of(text) == {"controlled": [buildings, rest], "low": ["联和街道全域(除以上区域外)"]}


# --- the ninth edition's words of the controlled and precaution areas, after an item's colon ----------------

@pytest.mark.parametrize("convert", [str, in_traditional, lambda text: text.translate(HALF_TO_FULL)])
def test_items_with_the_ninth_edition_s_controlled_and_precaution_measures(convert: Callable[[str], str]) -> None:
    text = _items("春晓家园3栋:实行“人不出区、严禁聚集”的管理措施。",
                  "锦绣社区(除春晓家园3栋外):实行“人不出区,严禁聚集”管理措施。",
                  "金华镇其他区域:实行“强化社会面管控,严格限制人员聚集”的管理措施。", "调整以下区域的防控措施:")
    assert levels_of(convert(text)) == {"controlled": ["春晓家园3栋", "锦绣社区(除春晓家园3栋外)"],
                                        "precaution": ["金华镇其他区域"]}
