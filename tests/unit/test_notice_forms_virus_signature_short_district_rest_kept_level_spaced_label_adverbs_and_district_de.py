"""Forms of the fifty-first held-out set (part b), in variants written here (invented places): a signature broken
after the virus's name written out ("…新型冠状病毒" over "肺炎疫情防控指挥部"); a district's rest written with the
district's short name ("奎文其他区域", no place); a level kept with its verb left out ("A街道(高风险区除外)继续低风险区
管控"); a counted label, a space, then its first item "(一)" on one line; an adverb between a place and its verb
("A相应解除…", "B一并划为…"); a district's 的 before its places ("新增龙华区的A、B")."""

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

FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def _full_width(text: str) -> str:
    return text.translate(HALF_TO_FULL).translate(FULL_DIGITS)


def _plain_name(name: str) -> bool:
    """An invented name that does not open with a province or prefecture city (read as the division's place)."""
    return not name.startswith(PROVINCES) and not any(name.startswith(city) for city in PREFECTURE_CITIES)


# ---- a signature broken after the virus's name -------------------------------------------------------

def _signed(places: list[str], first: str, second: str) -> str:
    items = "\n\n".join(f"{n}、南山区{p}" for n, p in zip("一二三四五", places, strict=False))
    return (f"{first}{second}通告\n\n(第51号)\n\n"
            "根据分区分级防控工作要求,自2022年3月11日24时起,将以下区域调整为中风险地区。\n\n"
            f"{items}\n\n{first}\n\n{second}\n\n2022年3月11日\n")


def test_a_signature_broken_after_the_virus_name_is_no_place() -> None:
    for first, second in (("深圳市南山区新型冠状病毒", "肺炎疫情防控指挥部"),
                          ("南山区应对新型冠状病毒", "肺炎疫情工作领导小组办公室"),
                          ("深圳市南山区冠状病毒", "感染疫情防控指挥部")):
        text = _signed(["桃源街道青枫路2号", "粤海街道金桃小区36栋"], first, second)
        assert by_level(text) == {("medium", "南山区"): ["桃源街道青枫路2号", "粤海街道金桃小区36栋"]}, first


def test_a_broken_signature_in_traditional_characters_and_full_width_forms() -> None:
    text = _signed(["桃源街道青枫路2号", "粤海街道金桃小区36栋"], "深圳市南山区新型冠状病毒", "肺炎疫情防控指挥部")
    assert levels_of(in_traditional(text)) == {"medium": ["桃源街道青枫路2号", "粤海街道金桃小区36栋"]}
    assert levels_of(_full_width(text)) == {"medium": ["桃源街道青枫路2号", "粤海街道金桃小区36栋"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=4, unique=True))
def test_places_over_a_signature_broken_after_the_virus_name(names: list[str]) -> None:
    assume(all(_plain_name(name) for name in names))
    places = [f"{name}小区{k}栋" for k, name in enumerate(names, 1)]
    text = _signed(places, "深圳市南山区新型冠状病毒", "肺炎疫情防控指挥部")
    assert by_level(text) == {("medium", "南山区"): places}


def test_a_last_place_before_a_whole_signature_is_kept() -> None:
    # (near miss: a signature on one line, the last place above it still a place)
    text = _signed(["桃源街道青枫路2号", "粤海街道金桃小区36栋"], "深圳市南山区新型冠状病毒肺炎疫情防控指挥部", "")
    assert levels_of(text) == {"medium": ["桃源街道青枫路2号", "粤海街道金桃小区36栋"]}


# ---- a district's rest written with its short name --------------------------------------------------

def _short_rest(district: str, places: list[str], rest: str) -> str:
    return (f"经综合研判,决定自11月24日18时起,将我市{district}{'、'.join(places)}划定为高风险区,"
            f"严格执行“封闭隔离、足不出户、服务上门”管理措施。{rest}为低风险区。\n请广大居民密切关注官方发布的信息。")


def test_a_districts_rest_by_its_short_name_is_no_place() -> None:
    for district, rest in (("奎文区", "奎文其他区域"), ("寒亭区", "寒亭其它区域"), ("昌乐县", "昌乐其余区域"),
                           ("青州市", "青州的其他区域")):
        text = _short_rest(district, ["梨园街道金桃小区2号楼", "大虞街道翠湖里7号楼"], rest)
        assert by_level(text) == {("high", district): ["梨园街道金桃小区2号楼", "大虞街道翠湖里7号楼"]}, rest


def test_a_short_districts_rest_in_traditional_characters_and_full_width_forms() -> None:
    text = _short_rest("奎文区", ["梨园街道金桃小区2号楼"], "奎文其他区域")
    assert levels_of(in_traditional(text)) == {"high": ["梨园街道金桃小区2号楼"]}
    assert levels_of(_full_width(text)) == {"high": ["梨园街道金桃小区2号楼"]}


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from([("奎文区", "奎文"), ("潍城区", "潍城"), ("昌乐县", "昌乐"),
                                                         ("寿光市", "寿光")]))
def test_the_rest_of_a_short_named_district_beside_a_towns_rest(name: str, district: tuple[str, str]) -> None:
    assume(_plain_name(name))
    # (the district's rest, written short, is none; a street's rest is a place)
    text = _short_rest(district[0], [f"梨园街道{name}小区3号楼"], f"{name}街道其他区域为中风险区,{district[1]}其他区域")
    assert levels_of(text) == {"high": [f"梨园街道{name}小区3号楼"], "medium": [f"{name}街道其他区域"]}


def test_the_rest_of_a_town_or_street_is_still_a_place() -> None:
    # (near misses: a town's or street's rest, and 城关, a county's seat town as often as a district)
    for rest in ("梨园街道其他区域", "金桃镇其余区域", "城关其他区域"):
        text = _short_rest("奎文区", ["梨园街道金桃小区2号楼"], rest)
        assert levels_of(text) == {"high": ["梨园街道金桃小区2号楼"], "low": [rest]}, rest


# ---- a level kept, its verb left out ----------------------------------------------------------------

def _kept(rest: str) -> str:
    return ("深圳市南山区新型冠状病毒肺炎疫情防控指挥部通告(第578号)\n经专家组研判,自2022年11月28日8时起,"
            "南山区对桃源街道相关区域和措施调整如下:\n一、解除桃源街道青枫社区金桃村第40栋、第41栋高风险区管理。\n"
            f"解除后,{rest},期间“加强个人防护、避免聚集”,继续强化社会面管理。\n特此通告。\n")


def test_a_level_kept_with_its_verb_left_out() -> None:
    for rest, level, place in (("桃源街道(高风险区除外)继续低风险区管控", "low", "桃源街道(高风险区除外)"),
                               ("粤海街道除高风险区外的其他区域继续低风险区管理", "low",
                                "粤海街道除高风险区外的其他区域"),
                               ("翠湖花园2栋仍中风险区管控", "medium", "翠湖花园2栋"),
                               ("银杏小区依然管控区管理", "controlled", "银杏小区")):
        assert levels_of(_kept(rest)) == {"lifted": ["桃源街道青枫社区金桃村第40栋、第41栋"], level: [place]}, rest


def test_a_kept_level_in_traditional_characters_and_full_width_forms() -> None:
    text = _kept("桃源街道(高风险区除外)继续低风险区管控")
    expected = {"lifted": ["桃源街道青枫社区金桃村第40栋、第41栋"], "low": ["桃源街道(高风险区除外)"]}
    assert levels_of(in_traditional(text)) == expected
    assert levels_of(_full_width(text)) == expected


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["街道", "镇"]))
def test_a_towns_rest_kept_low_with_its_verb_left_out(name: str, kind: str) -> None:
    assume(_plain_name(name))
    levels = levels_of(_kept(f"{name}{kind}(高风险区除外)继续低风险区管控"))
    assert levels["low"] == [f"{name}{kind}(高风险区除外)"]


def test_a_kept_level_of_people_or_the_whole_district_is_no_place() -> None:
    # (near misses: residents, the whole district, and measures with no level)
    for rest in ("辖区居民继续低风险区管控", "全区继续低风险区管控", "桃源街道继续强化社会面管控"):
        assert levels_of(_kept(rest)) == {"lifted": ["桃源街道青枫社区金桃村第40栋、第41栋"]}, rest


# ---- a counted label, a space, then its first item ---------------------------------------------------

def _labelled(label: str, places: list[str], space: str = " ") -> str:
    numerals = "一二三四五六"
    items = "; ".join(f"({numerals[k]}){p}" for k, p in enumerate(places))
    return ("经专家研判,自2022年11月30日15时起,将我区几个高风险地区调整为低风险区,具体如下: "
            f"一、{label}({len(places)}个){space}{items}。 二、后续管控措施 1.严格落实相应管控措施。\n"
            "重庆市黔江区新冠肺炎疫情防控工作指挥部 2022年11月30日\n")


def test_a_counted_label_then_its_first_item_after_a_space() -> None:
    places = ["青枫宾馆(城西街道金桃社区二组翠湖路321号)", "民房(黑溪镇银杏村4组39号)", "城西街道体育场核酸采样点"]
    for label in ("具体点位", "具体区域", "具体名单"):
        assert levels_of(_labelled(label, places)) == {"low": places}, label
    assert levels_of(_labelled("具体点位", places, "\u3000")) == {"low": places}


def test_a_levels_counted_heading_then_its_first_item_after_a_space() -> None:
    text = ("经研判,自2022年11月30日15时起,对我区风险区调整如下: 一、高风险区(2个) (一)青枫宾馆(城西街道金桃社区"
            "二组21号); (二)民房(黑溪镇银杏村4组39号)。 二、后续管控措施 1.严格落实管控措施。\n"
            "重庆市黔江区新冠肺炎疫情防控工作指挥部 2022年11月30日\n")
    assert levels_of(text) == {"high": ["青枫宾馆(城西街道金桃社区二组21号)", "民房(黑溪镇银杏村4组39号)"]}


def test_a_spaced_label_in_traditional_characters_and_full_width_forms() -> None:
    places = ["青枫宾馆(城西街道金桃社区二组翠湖路321号)", "民房(黑溪镇银杏村4组39号)"]
    text = _labelled("具体点位", places)
    assert levels_of(in_traditional(text)) == {"low": places}
    assert levels_of(_full_width(text)) == {"low": places}


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=4, unique=True))
def test_items_after_a_spaced_counted_label(names: list[str]) -> None:
    assume(all(_plain_name(name) for name in names))
    places = [f"{name}宾馆(城西街道{k}号)" for k, name in enumerate(names, 1)]
    assert levels_of(_labelled("具体点位", places)) == {"low": places}


def test_a_label_on_a_line_of_its_own_reads_as_before() -> None:
    # (near miss: the label alone on its line, the items under it)
    places = ["青枫宾馆(城西街道金桃社区二组翠湖路321号)", "民房(黑溪镇银杏村4组39号)"]
    assert levels_of(_labelled("具体点位", places, "\n")) == {"low": places}


# ---- an adverb between a place and its verb -----------------------------------------------------------

def _lifted_three(second: str, third: str) -> str:
    return ("广州市白云区新型冠状病毒肺炎疫情防控指挥部通告(第7号)\n"
            "根据疫情防控形势,经综合研判,自2022年4月23日24时起,解除“三区”管理措施。现通告如下:\n"
            "一、青枫路金桃小区A5栋解除封控区管理措施。\n"
            f"二、青枫路金桃小区A1、A2栋及公共范围区域{second}解除管控区管理措施。\n"
            f"三、青枫路以西—翠湖街以南—银杏街以东所围合(除金桃小区以外)的区域{third}解除防范区管理措施。\n"
            "特此通告。\n")


_LIFTED = {"lifted": ["青枫路金桃小区A5栋", "青枫路金桃小区A1、A2栋及公共范围区域",
                      "青枫路以西—翠湖街以南—银杏街以东所围合(除金桃小区以外)的区域"]}


def test_an_adverb_before_a_lift_is_no_part_of_the_place() -> None:
    for second, third in (("相应", "相应"), ("一并", "同步"), ("随之", "相应地")):
        assert levels_of(_lifted_three(second, third)) == _LIFTED, (second, third)


def test_an_adverb_before_a_change_of_level() -> None:
    text = ("经研判,现通告如下:\n一、翠湖小区3栋调整为封控区。\n二、翠湖小区1栋、2栋相应调整为管控区。\n"
            "三、青枫路以南、银杏路以北的区域一并划为防范区。\n特此通告。\n")
    assert levels_of(text) == {"sealed": ["翠湖小区3栋"], "controlled": ["翠湖小区1栋、2栋"],
                               "precaution": ["青枫路以南、银杏路以北的区域"]}


def test_an_adverb_before_a_lift_in_traditional_characters_and_full_width_forms() -> None:
    text = _lifted_three("相应", "相应")
    assert levels_of(in_traditional(text)) == _LIFTED
    assert levels_of(_full_width(text)) == _LIFTED


@settings(max_examples=40, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["相应", "一并", "同步", "随之"]))
def test_a_compound_lifted_with_an_adverb(name: str, adverb: str) -> None:
    assume(_plain_name(name))
    text = f"自2022年4月23日24时起,{name}小区3栋{adverb}解除管控区管理措施。"
    assert levels_of(text) == {"lifted": [f"{name}小区3栋"]}


def test_corresponding_words_that_name_no_place() -> None:
    # (near misses: "相应区域" and "相应调整防控措施" set no level; "解除相应封控区" names the levels' areas only)
    text = ("自2022年4月14日起,将金桃家园A栋中风险地区降为低风险地区,并解除相应封控区、管控区、防范区。"
            "相应区域已建立物资保供机制,后续将视情况相应调整防控措施。")
    assert levels_of(text) == {"low": ["金桃家园A栋"]}


# ---- a district's 的 before its places ---------------------------------------------------------------

def _new_high(listed: str) -> str:
    return ("海口市新型冠状病毒肺炎疫情防控工作指挥部关于调整高风险区的通报\n"
            "经专家组研判,自2022年7月14日5时起,对我市高风险区进行调整,具体如下。\n高风险区\n"
            f"新增{listed}为高风险区。\n采取封控措施:足不出户、上门服务。\n")


def test_a_districts_de_is_no_part_of_its_first_place() -> None:
    assert by_level(_new_high("龙华区的青枫大道金桃·翠苑(1-5栋)、银杏花园(8栋、9栋),美兰区翠湖小区")) == {
        ("high", "龙华区"): ["青枫大道金桃·翠苑(1-5栋)", "银杏花园(8栋、9栋)"], ("high", "美兰区"): ["翠湖小区"]}
    assert by_level("自2022年7月14日起,将秀英区的金桃小区、银杏花园调整为中风险区。") == {
        ("medium", "秀英区"): ["金桃小区", "银杏花园"]}
    assert by_level("自2022年7月20日起,解除琼山区的翠湖小区3栋高风险区管理。") == {
        ("lifted", "琼山区"): ["翠湖小区3栋"]}


def test_a_districts_de_in_traditional_characters_and_full_width_forms() -> None:
    text = _new_high("龙华区的青枫大道金桃翠苑(1-5栋)、银杏花园")
    assert levels_of(in_traditional(text)) == {"high": ["青枫大道金桃翠苑(1-5栋)", "银杏花园"]}
    assert levels_of(_full_width(text)) == {"high": ["青枫大道金桃翠苑(1-5栋)", "银杏花园"]}


@settings(max_examples=40, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=3, unique=True))
def test_places_after_a_districts_de(names: list[str]) -> None:
    # (not a name opening with the district's own name, "龙华金花园": read as the district written again)
    assume(all(_plain_name(name) and not name.startswith("龙华") for name in names))
    places = [f"{name}花园{k}栋" for k, name in enumerate(names, 1)]
    assert by_level(_new_high("龙华区的" + "、".join(places))) == {("high", "龙华区"): places}


def test_a_districts_de_before_a_taxi_stand_or_its_rest() -> None:
    # (near misses: 的士, a taxi, begins the name; the district's rest stays no place)
    assert by_level(_new_high("龙华区的士服务中心")) == {("high", "龙华区"): ["的士服务中心"]}
    assert by_level(_new_high("龙华区金桃小区")
                    + "龙华区的其他区域为低风险区。\n") == {("high", "龙华区"): ["金桃小区"]}
