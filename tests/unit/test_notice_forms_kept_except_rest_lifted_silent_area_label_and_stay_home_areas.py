"""Forms of the forty-eighth held-out set (issue 15, notices 1353-1358, 四川 counties, 2022), each in variants
written here (invented places, the wording of the real forms: other counties, kinds of place, traditional
characters, full-width punctuation), with properties over generated names and near-misses:

* a temporary control narrowed: "除A、B继续实行临时管控以外,C镇其余区域解除临时管控" — the kept places stay at
  the level kept, the rest of the named town is lifted as written;
* a silent management's area under the bare label "管控区域为…" (no zone level in the notice) is silent, and a
  list's count with the other kind in brackets and the whole of each ("3个乡镇(街道)辖区全域") is no part of the
  last place;
* a named area whose people are all kept at home ("A县城区(…)范围内,居民…非必要不出门", "A区(含B开发区)全域
  暂停一切非必要人员流动,…全体居民居家") is put under silent management."""

from __future__ import annotations

from hypothesis import given, settings

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


# --- a temporary control narrowed, its kept places written as the exception of the lift ------------------------

def test_kept_places_stay_controlled_and_the_rest_of_the_town_is_lifted() -> None:
    text = ("平遥县关于调整临时管控区域的通告\n一、自2022年11月29日06:00起,除春晓花园1栋2单元、翠湖苑小区、锦绣广场2栋"
            "继续实行临时管控以外,古陶镇其余区域解除临时管控,恢复常态化疫情防控。\n二、解除临时管控区域内的餐厅有序开放。")
    assert levels_of(text) == {"controlled": ["春晓花园1栋2单元", "翠湖苑小区", "锦绣广场2栋"],
                               "lifted": ["古陶镇其余区域"]}


def test_kept_under_sealing_and_the_rest_of_a_street_traditional_full_width() -> None:
    text = in_traditional("宜良县关于调整临时封控区域的通告\n自12月2日起,除长风小区3栋、兴盛家园继续实施封控以外,"
                          "匡远街道其他区域解除封控。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["长风小区3栋", "兴盛家园"], "lifted": ["匡远街道其他区域"]}


def test_kept_places_and_the_rest_of_a_village() -> None:
    text = "鹤庆县通告\n一、即日起,除福瑞村5组继续实行临时管控之外,福瑞村其余区域解除临时管控。"
    assert levels_of(text) == {"controlled": ["福瑞村5组"], "lifted": ["福瑞村其余区域"]}
    # (near-miss: people kept under control are no place)
    people = "平遥县通告\n一、自11月29日起,除密接人员继续实行管控以外,古陶镇其余区域解除临时管控。"
    assert "controlled" not in levels_of(people)


@settings(max_examples=30, deadline=None)
@given(name, name, name)
def test_any_kept_estates_and_rest_of_town(a: str, b: str, town: str) -> None:
    text = (f"清徐县通告\n一、自11月29日起,除{a}花园1栋、{b}苑小区继续实行临时管控以外,{town}镇其余区域解除临时管控,"
            "恢复常态化疫情防控。")
    assert levels_of(text) == {"controlled": [f"{a}花园1栋", f"{b}苑小区"], "lifted": [f"{town}镇其余区域"]}, text


# --- a silent management's area under the bare label "管控区域为" ------------------------------------------------

def test_the_bare_control_area_of_a_silent_management_is_silent() -> None:
    text = ("5月15日,清徐县疫情应急指挥部发布《关于实施临时静态管控开展全员核酸检测的通告》。经县疫情应急指挥部研究,"
            "决定5月16日在清徐县全域实施临时静态管控开展全员核酸检测。\n管控区域为仁德街道、金源乡、塘子镇3个乡镇(街道)"
            "辖区全域。\n管控时间为2022年5月16日6:00至14:00。")
    assert levels_of(text) == {"silent": ["清徐县", "仁德街道", "金源乡", "塘子镇"]}


def test_the_bare_control_area_traditional_full_width() -> None:
    text = in_traditional("經玛曲县疫情防控指挥部研究,决定5月16日在玛曲县全域实施临时静态管控。\n管控区域为尼玛镇、"
                          "欧拉乡、阿万仓镇3个乡镇辖区全域。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"silent": ["玛曲县", "尼玛镇", "欧拉乡", "阿万仓镇"]}


@settings(max_examples=30, deadline=None)
@given(name, name, name)
def test_any_towns_of_a_silent_control_area(a: str, b: str, c: str) -> None:
    text = (f"决定5月16日在瓮安县全域实施临时静态管控。\n管控区域为{a}街道、{b}镇、{c}乡3个乡镇(街道)辖区全域。")
    assert levels_of(text) == {"silent": ["瓮安县", f"{a}街道", f"{b}镇", f"{c}乡"]}, text


def test_a_count_with_the_other_kind_in_brackets_in_a_plain_list_and_a_control_area_beside_named_zones() -> None:
    text = "将仁德街道、金源乡、塘子镇3个乡镇(街道)辖区全域划为管控区。"
    assert levels_of(text) == {"controlled": ["仁德街道", "金源乡", "塘子镇"]}
    # (near-miss: the notice names its zones, so "管控区域为" is the controlled zone's, silent measures or not)
    zones = ("宜良县通告\n一、封控区为春晓小区,实行静态管理。\n二、管控区域为翠湖小区、长风镇2个乡镇(街道)辖区全域。")
    assert levels_of(zones) == {"sealed": ["春晓小区"], "controlled": ["翠湖小区", "长风镇"]}


# --- a named area whose people are all kept at home -----------------------------------------------------------

def test_a_county_town_whose_residents_stay_home_is_silent() -> None:
    text = ("5月15日,宜良县疫情应急指挥部发布《关于在城区实行疫情防控临时管理的通告》,5月16日6:00时至18:00时在宜良县"
            "城区范围内,实施以下疫情防控临时管理措施。\n1.宜良县城区(匡远街道、南羊街道)范围内,居民除就医等特殊需求外,"
            "非必要不出门、不进入公共场所。\n2.对所有居住在宜良县城区的人员实施区域核酸筛查。")
    assert by_level(text) == {("silent", "宜良县"): ["城区(匡远街道、南羊街道)"]}


def test_a_district_with_its_zone_whose_residents_stay_home_traditional_full_width() -> None:
    text = in_traditional("18日晚,四川省某市渭城区疫情防控指挥部发布公告称,全面加强渭城区(含渭城经开区)社会面疫情防控。"
                          "渭城区(含渭城经开区)全域暂停一切非必要人员流动,城市小区实行封闭管理,全体居民居家,非本小区居民"
                          "不得进入。农村地区严格控制人员出入。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"silent": ["渭城区(含渭城经开区)"]}


def test_a_street_whose_people_keep_off_the_streets() -> None:
    text = "雁塔区通告\n一、长延堡街道(春晓社区、翠湖社区)范围内,全体居民足不出户,生活物资配送上门。"
    assert levels_of(text) == {"silent": ["长延堡街道(春晓社区、翠湖社区)"]}


@settings(max_examples=30, deadline=None)
@given(name, name)
def test_any_streets_of_a_county_town_kept_home(a: str, b: str) -> None:
    text = (f"平遥县通告\n1.平遥县城区({a}街道、{b}街道)范围内,居民除就医等特殊需求外,非必要不出门。")
    assert by_level(text) == {("silent", "平遥县"): [f"城区({a}街道、{b}街道)"]}, text


def test_ordinary_stay_home_wording_names_no_place_but_a_named_town_is_read() -> None:
    assert levels_of("平遥县通告\n一、古陶镇全域暂停一切非必要人员流动,全体居民居家。") == {"silent": ["古陶镇"]}
    for text in ("平遥县通告\n全县范围内,居民非必要不出门,出门必须佩戴口罩。",
                 "平遥县通告\n城市小区范围内,居民非必要不出门。",
                 "平遥县通告\n在平遥县城区范围内开展核酸检测,居民检测后居家等待结果。",
                 "平遥县通告\n平遥县城区范围内,密接人员居家隔离7天。",
                 "平遥县通告\n按照《关于做好平遥县城区全域协同防控的通知》要求,各小区继续实行封闭管理,居民足不出户。"):
        assert levels_of(text) == {}, text
