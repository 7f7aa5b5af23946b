"""Forms of the fifty-third held-out set (notices 1519-1525), each in variants written here (invented places in the
wording of the real forms), and properties over generated notices: 提级 (raised a grade) as the verb before the new
level ("将A村,B街道C小区提级为中风险地区"); 等级 (grade) alone for 风险等级 after the places whose level changes
("将A一期、二期(含底商,7栋除外)等级由中风险调整为低风险"); a place's rest with its exception in brackets, then 的区域
before the level ("划定A小区A区(3号楼除外)的区域为低风险区"); 其 as a syllable inside a town's or village's name
("甘其毛都镇"), no pronoun; a level's range redrawn ("临时管控区范围由A调整为B": B the place) and an image's
placeholder and caption lines ("图片", "A镇临时管控区区域图"), no places."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

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

word = invented_names(PLAIN_SYLLABLES)
FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def _invented(name: str) -> bool:
    return not any(name.startswith(known) for known in (*PREFECTURE_CITIES, *PROVINCES))


# ---------------------------------------------------------------------------------------------------
# "将A村、B村,C街道D小区提级为中风险地区": 提级 is the verb, no part of the last place


def test_raised_a_grade_reads_the_places_and_their_level() -> None:
    text = ("关于永安市部分地区提级为中风险地区的公告\n自2022年5月11日12时起,将永安市青石镇白沙村、大王村,"
            "东风街道金桂苑小区提级为中风险地区。\n")
    assert by_level(text) == {("medium", "永安市"): ["青石镇白沙村", "大王村", "东风街道金桂苑小区"]}


def test_raised_a_grade_in_traditional_characters() -> None:
    assert by_level(in_traditional("自2022年6月1日起,将龙凤镇石桥村提级为高风险区。")) == {
        ("high", None): ["龙凤镇石桥村"]}


def test_raised_a_grade_with_full_width_punctuation_and_digits() -> None:
    text = "自2022年6月1日起,将龙凤镇石桥村、银杏小区2号楼提级为高风险区。".translate(HALF_TO_FULL)
    assert by_level(text.translate(FULL_DIGITS)) == {("high", None): ["龙凤镇石桥村", "银杏小区2号楼"]}


def test_areas_raised_named_by_their_kind_only_are_no_places() -> None:
    assert by_level("二、对提级为中风险地区的区域,实行严格管控措施。") == {}


@settings(max_examples=25, deadline=None)
@given(places=st.lists(word, min_size=1, max_size=4, unique=True),
       level=st.sampled_from([("高风险区", "high"), ("中风险地区", "medium")]), full=st.booleans())
def test_any_places_raised_a_grade_are_read_without_the_verb(places: list[str], level: tuple[str, str],
                                                            full: bool) -> None:
    assume(all(_invented(p) for p in places))
    names = [p + "小区" for p in places]
    text = f"自2022年6月1日起,将{'、'.join(names)}提级为{level[0]}。"
    if full:
        text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {level[1]: names}


# ---------------------------------------------------------------------------------------------------
# "将A一期、二期(含底商,7栋除外)等级由中风险调整为低风险": 等级 alone, no part of the place


def test_grade_alone_after_a_compounds_phases_sharing_one_bracket() -> None:
    text = "自2022年7月24日11:00起,将金桂苑一期、二期(含底商,3栋除外)等级由中风险调整为低风险。"
    assert levels_of(text) == {"low": ["金桂苑一期、二期(含底商,3栋除外)"]}


def test_grade_alone_in_traditional_characters() -> None:
    assert levels_of(in_traditional("将银杏花园三期(含商铺)等级由高风险调整为中风险。")) == {
        "medium": ["银杏花园三期(含商铺)"]}


def test_grade_alone_before_the_new_level_with_full_width_brackets() -> None:
    text = "将东湖家园二期(含底商)等级调整为低风险。".translate(HALF_TO_FULL)
    assert levels_of(text.translate(FULL_DIGITS)) == {"low": ["东湖家园二期(含底商)"]}


def test_a_response_grade_is_no_risk_level() -> None:
    assert by_level("自7月1日起,应急响应等级由Ⅲ级调整为Ⅳ级。") == {}


@settings(max_examples=25, deadline=None)
@given(estate=word, building=st.integers(1, 30), trad=st.booleans())
def test_any_estate_with_its_grade_changed_keeps_no_grade_word(estate: str, building: int, trad: bool) -> None:
    assume(_invented(estate))
    place = f"{estate}小区{building}栋(含底商)"
    text = f"将{place}等级由高风险调整为中风险。"
    if trad:
        text = in_traditional(text)
    assert levels_of(text) == {"medium": [place]}


# ---------------------------------------------------------------------------------------------------
# "划定A小区A区(3号楼除外)的区域为低风险区": 的区域 after the exception's brackets is no part of the place


def test_rest_with_its_exception_then_its_area() -> None:
    text = "自7月22日起,划定东湖区青石镇金桂家园小区B区(5号楼除外)的区域为低风险区。"
    assert by_level(text) == {("low", "东湖区"): ["青石镇金桂家园小区B区(5号楼除外)"]}


def test_rest_with_its_exception_in_traditional_characters() -> None:
    text = in_traditional("自7月22日起,划定银杏小区C区(除2号楼外)的区域为中风险区。")
    assert levels_of(text) == {"medium": ["银杏小区C区(除2号楼外)"]}


def test_rest_with_its_exception_in_full_width_brackets_and_digits() -> None:
    text = "自7月22日起,划定东湖区白沙镇龙湾花园A区(3号楼除外)的区域为低风险区。".translate(HALF_TO_FULL)
    assert by_level(text.translate(FULL_DIGITS)) == {("low", "东湖区"): ["白沙镇龙湾花园A区(3号楼除外)"]}


def test_an_area_by_its_bounds_or_without_de_keeps_its_words() -> None:
    assert levels_of("划定金华路以北的区域为低风险区。") == {"low": ["金华路以北的区域"]}
    assert levels_of("将龙光华庭小区(除8A、8B栋外)区域划为管控区。") == {
        "controlled": ["龙光华庭小区(除8A、8B栋外)区域"]}


@settings(max_examples=25, deadline=None)
@given(estate=word, building=st.integers(1, 30),
       form=st.sampled_from(["({b}号楼除外)", "(除{b}号楼外)", "(不含{b}号楼)"]), full=st.booleans())
def test_any_rest_with_its_exception_drops_its_area_word(estate: str, building: int, form: str, full: bool) -> None:
    assume(_invented(estate))
    place = f"{estate}家园A区" + form.format(b=building)
    text = f"自7月22日起,划定{place}的区域为低风险区。"
    if full:
        text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {"low": [place]}


# ---------------------------------------------------------------------------------------------------
# "将甘其毛都镇划定为高风险区": 其 inside a name, no pronoun


def test_qi_inside_a_towns_name() -> None:
    text = ("青山县人民政府启动Ⅳ级应急响应,将金其华镇划定为高风险区,白沙镇划定为中风险区,"
            "青山县其他区域为低风险区。")
    assert levels_of(text) == {"high": ["金其华镇"], "medium": ["白沙镇"]}


def test_qi_inside_a_towns_name_in_traditional_characters() -> None:
    assert levels_of(in_traditional("将龙其镇划定为高风险区,白沙镇划定为中风险区。")) == {
        "high": ["龙其镇"], "medium": ["白沙镇"]}


def test_qi_inside_a_villages_name_with_full_width_punctuation() -> None:
    assert levels_of("将东其村、西山村划定为高风险区。".translate(HALF_TO_FULL)) == {"high": ["东其村", "西山村"]}


def test_qi_as_a_pronoun_is_still_no_place() -> None:
    assert by_level("对确诊病例的密切接触者,将其所在村划定为高风险区。") == {}
    assert by_level("将其中白沙镇划定为高风险区。") == {}


@settings(max_examples=25, deadline=None)
@given(head=word, tail=word, kind=st.sampled_from(["镇", "乡", "村", "苏木"]), trad=st.booleans())
def test_any_name_with_qi_inside_is_read(head: str, tail: str, kind: str, trad: bool) -> None:
    name = f"{head}其{tail}{kind}"
    assume(_invented(name))
    text = f"将{name}划定为高风险区,白沙镇划定为中风险区。"
    if trad:
        text = in_traditional(text)
    assert levels_of(text) == {"high": [name], "medium": ["白沙镇"]}


# ---------------------------------------------------------------------------------------------------
# "临时管控区范围由A调整为B": B the place; "图片" and "A镇临时管控区区域图": an image and its caption


def test_a_temporary_control_range_redrawn_with_an_image_and_its_caption() -> None:
    text = ("关于调整临时管控区的通告\n一、临时管控区\n临时管控区范围由石桥村居民区调整为石桥村居民区东片。\n图片\n"
            "白沙镇临时管控区区域图\n二、管控措施\n区域内实行足不出区。\n")
    assert levels_of(text) == {"controlled": ["石桥村居民区东片"]}


def test_a_sealed_range_redrawn_in_traditional_characters() -> None:
    assert levels_of(in_traditional("一、封控区\n封控区范围由金桂小区调整为金桂小区3栋。\n图片\n")) == {
        "sealed": ["金桂小区3栋"]}


def test_a_range_redrawn_with_full_width_punctuation_and_a_sketch_map() -> None:
    text = "一、临时管控区\n临时管控区范围由石桥村调整为石桥村南片;\n龙凤镇管控区示意图\n".translate(HALF_TO_FULL)
    assert levels_of(text) == {"controlled": ["石桥村南片"]}


def test_a_term_or_a_level_redrawn_is_no_place() -> None:
    assert by_level("管控区管控期限由14天调整为7天。") == {}
    assert by_level("封控区范围由金桂小区调整为管控区。") == {}


@settings(max_examples=25, deadline=None)
@given(village=word, part=st.sampled_from(["东片", "南片", "新村", "一组"]),
       level=st.sampled_from([("临时管控区", "controlled"), ("封控区", "sealed"), ("管控区", "controlled")]),
       caption=st.booleans(), full=st.booleans())
def test_any_range_redrawn_reads_the_new_range_only(village: str, part: str, level: tuple[str, str], caption: bool,
                                                    full: bool) -> None:
    assume(_invented(village))
    old, new = f"{village}村", f"{village}村{part}"
    text = f"一、{level[0]}\n{level[0]}范围由{old}调整为{new}。\n"
    text += f"图片\n{village}镇{level[0]}区域图\n" if caption else ""
    if full:
        text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {level[1]: [new]}
