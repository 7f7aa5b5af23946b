"""Forms of the fifty-third held-out set, part b: a "<district>(N个):" heading run on after the last place of
the line before, its line break lost ("…卫星花园17栋汽开区(1个):汽开区49街区19栋"), a line of its own, and the
heading's district written again before its place no part of it, even before a number; a zone run as a district
and named without 区 ("莲花山(1个):莲花山泉眼镇A小区1栋"), the line's district when its item repeats it before a
town; 其 that opens a town's name ("九台区其塔木镇北山村"), no pronoun; a machine-reworded copy's heading
"从高风险区域到低风险区域" (由…调整为…), its numbered items each with the hour glued after the place
("…6号楼由12月11日2时30分起生效;"), and a municipality ("上海市") written before a town with no district between,
no district and no part of the place. Notices here are written for the tests, their names invented (the districts
real, as the parser knows them)."""

from __future__ import annotations

from hypothesis import assume, given, settings

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    PREFECTURE_CITIES,
    PROVINCES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)
FULL_WIDTH = {**HALF_TO_FULL, **str.maketrans("0123456789", "０１２３４５６７８９")}


def _plain(text: str) -> bool:
    return text not in PREFECTURE_CITIES and not any(text.startswith(p) for p in PROVINCES)


# --- a counted district heading run on inside a line ----------------------------------------------------------

_RUN_ON = ("9月11日长春市调整部分区域风险等级\n"
           "经研究决定,自2022年9月11日12时起,调整我市部分区域风险等级,调整如下:\n"
           "一、高风险区调整为中风险区(3个)\n"
           "南关区(1个):南关区鸿城街道金峰花园17栋汽开区(1个):汽开区49街区19栋\n"
           "经开区(1个):经开区东方广场街道翠锦家园9栋\n"
           "二、中风险区调整为低风险区(2个)\n"
           "宽城区(1个):宽城区欣园街道春晓小区3栋莲花山(1个):莲花山泉眼镇幸福家园小区1栋\n"
           "其他区域风险等级不变。\n")
_RUN_ON_READ = {("medium", "南关区"): ["鸿城街道金峰花园17栋"], ("medium", "汽开区"): ["49街区19栋"],
                ("medium", "经开区"): ["东方广场街道翠锦家园9栋"], ("low", "宽城区"): ["欣园街道春晓小区3栋"],
                ("low", "莲花山"): ["泉眼镇幸福家园小区1栋"]}


def test_a_district_heading_run_on_after_a_place_starts_its_own_line() -> None:
    assert by_level(_RUN_ON) == _RUN_ON_READ


def test_run_on_headings_in_traditional_and_full_width() -> None:
    assert by_level(in_traditional(_RUN_ON)) == _RUN_ON_READ
    assert by_level(_RUN_ON.translate(FULL_WIDTH)) == _RUN_ON_READ


def test_run_on_headings_of_other_districts_and_several_places() -> None:
    text = ("调整如下:\n中风险区(3个)\n"
            "朝阳区(2个):朝阳区清和街道星峰小区6栋、朝阳区一品龙城9栋绿园区(1个):绿园区青年街道龙华小区2栋\n")
    assert by_level(text) == {("medium", "朝阳区"): ["清和街道星峰小区6栋", "一品龙城9栋"],
                              ("medium", "绿园区"): ["青年街道龙华小区2栋"]}


@settings(max_examples=25, deadline=None)
@given(name, name)
def test_any_estates_with_a_run_on_heading_are_split(a: str, b: str) -> None:
    assume(_plain(a) and _plain(b) and a != b)
    text = (f"调整如下:\n中风险区(2个)\n南关区(1个):南关区鸿城街道{a}花园17栋"
            f"朝阳区(1个):朝阳区清和街道{b}小区6栋\n")
    assert by_level(text) == {("medium", "南关区"): [f"鸿城街道{a}花园17栋"],
                              ("medium", "朝阳区"): [f"清和街道{b}小区6栋"]}


def test_counts_in_brackets_inside_a_place_are_not_cut() -> None:
    from fangkong.areas.notice_parsing.normalizing import _run_on_counted_headings

    for line in ("南关区(2个):南关区鸿城街道金峰花园(2个):1栋、3栋",  # a place's own count, no district's name
                 "南关区(2个):南关区A小区(3个)、B村(2个)中风险区",  # no colon after the count
                 "高风险区(2个):金峰花园17栋汽开区(1个):49街区19栋",  # the line opens with no district heading
                 "南关区(2个):南关区、汽开区(1个):汽开区49街区19栋"):  # after a separator, no place's last character
        assert _run_on_counted_headings(line) == line


# --- a zone named without 区, repeated before a town ---------------------------------------------------------------

def test_a_zone_named_without_qu_heads_its_line_when_its_item_repeats_it() -> None:
    text = ("调整如下:\n低风险区(3个)\n金峰山(2个):金峰山龙华镇春晓小区1栋、金峰山龙华镇翠锦花园2栋\n"
            "朝阳区(1个):朝阳区清和街道星峰小区6栋\n")
    assert by_level(text) == {("low", "金峰山"): ["龙华镇春晓小区1栋", "龙华镇翠锦花园2栋"],
                              ("low", "朝阳区"): ["清和街道星峰小区6栋"]}
    assert by_level(in_traditional(text)) == by_level(text)
    assert by_level(text.translate(FULL_WIDTH)) == by_level(text)


@settings(max_examples=25, deadline=None)
@given(name)
def test_any_zone_repeated_before_a_town_is_the_district(zone: str) -> None:
    assume(_plain(zone) and _plain(zone + "湖"))
    text = f"调整如下:\n低风险区(1个)\n{zone}湖(1个):{zone}湖泉眼镇幸福家园小区1栋\n"
    assert by_level(text) == {("low", f"{zone}湖"): ["泉眼镇幸福家园小区1栋"]}


def test_a_place_label_repeated_is_no_district() -> None:
    read = by_level("调整如下:\n低风险区(2个)\n幸福小区(2个):幸福小区龙华镇1栋、幸福小区2栋\n")
    assert not any(district and "幸福小区" in district for _level, district in read)


# --- 其 opening a town's name ---------------------------------------------------------------------------------

def test_qi_before_a_towns_suffix_opens_the_towns_name() -> None:
    text = "经研究决定,将九台区其塔木镇北山村由中风险区调整为低风险区。"
    assert by_level(text) == {("low", "九台区"): ["其塔木镇北山村"]}
    assert by_level(in_traditional(text)) == {("low", "九台区"): ["其塔木镇北山村"]}
    listed = "经研究决定,将南关区明珠街道力旺美林、九台区其美镇东山村4个区域由中风险区调整为低风险区。"
    assert by_level(listed.replace("4个", "2个").translate(FULL_WIDTH)) == {
        ("low", "南关区"): ["明珠街道力旺美林"], ("low", "九台区"): ["其美镇东山村"]}


@settings(max_examples=25, deadline=None)
@given(name)
def test_any_town_opening_with_qi_is_read(town: str) -> None:
    assume(_plain("其" + town))
    text = f"经研究决定,将九台区其{town}镇北山村调整为低风险区。"
    assert by_level(text) == {("low", "九台区"): [f"其{town}镇北山村"]}


def test_qi_as_a_pronoun_names_no_place() -> None:
    assert levels_of("经研究决定,将其周边乡镇调整为低风险区。") == {}
    assert levels_of("对其所在镇实行临时管控。") == {}


# --- a from-to heading, hours after numbered items, a municipality before a town ------------------------------------

_REWORDED = ("仓山区新型冠状病毒感染肺炎疫情防控应急指挥部通告\n(2022年第171号)\n"
             "经研究决定,对三个地区的风险等级进行调整。具体情况如下:\n从高风险区域到低风险区域\n"
             "1.盖山镇龙华小区6号楼由12月11日2时30分起生效;\n2.上海市建新镇金峰花园A区6号楼截至12月11日5时;\n"
             "3.城门镇星峰村7号,截至12月11日上午9:30。\n仓山区新型冠状病毒感染肺炎疫情防控应急指挥部\n2022年12月11日\n")
_REWORDED_READ = {("low", "仓山区"): ["盖山镇龙华小区6号楼", "建新镇金峰花园A区6号楼", "城门镇星峰村7号"]}


def test_a_from_to_heading_over_items_with_their_hours() -> None:
    assert by_level(_REWORDED) == _REWORDED_READ


def test_reworded_in_traditional_and_full_width() -> None:
    assert by_level(in_traditional(_REWORDED)) == _REWORDED_READ
    assert by_level(_REWORDED.translate(FULL_WIDTH)) == _REWORDED_READ


def test_from_to_with_zhi_a_count_and_other_hours() -> None:
    text = ("经研究决定,风险等级调整如下:\n从中风险地区至低风险地区(2个):\n1.龙华镇春晓小区1栋从12月11日6点开始;\n"
            "2.北京市金峰镇翠锦村5组,12月11日起。\n")
    assert levels_of(text) == {"low": ["龙华镇春晓小区1栋", "金峰镇翠锦村5组"]}


@settings(max_examples=25, deadline=None)
@given(name, name)
def test_any_items_with_hours_under_a_from_to_heading(a: str, b: str) -> None:
    assume(_plain(a) and _plain(b))
    text = f"具体情况如下:\n从高风险区到中风险区\n1.{a}镇{b}小区3号楼由12月1日8时起生效;\n"
    text += f"2.{b}镇{a}村9号截至12月1日10时。\n"
    assert levels_of(text) == {"medium": [f"{a}镇{b}小区3号楼", f"{b}镇{a}村9号"]}


def test_near_misses_of_the_from_to_heading_and_the_hours() -> None:
    from fangkong.areas.notice_parsing.normalizing import _NUMBERED_ITEM_THEN_TIME, _numbered_item_then_time

    assert levels_of("从高风险区到低风险区的转变需要全体市民共同努力。\n1.请于12月11日18时前完成核酸检测;\n") == {}
    for line in ("2.全员核酸检测截至12月11日5时;", "1.请于12月11日18时前完成核酸检测;",
                 "3.解除封控截至12月11日5时;"):
        assert _NUMBERED_ITEM_THEN_TIME.sub(_numbered_item_then_time, line) == line
