"""Forms found by property tests and fixers, each in variants written here (invented places): a 和 (及) inside a
road's name ("金和路1号") split by a count, a 将 inside a name ("甲社区将军路3号", "将军苑小区") taken for the verb,
a list's line after a line closed with 。 ("东湖公园:A、B。" then "翠锦广场:C。") dropped, and an item with its
measures after its colon ("3.A广场:实行封闭管理;") ending a numbered list."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

# --- 1. "金金金和路1号", "春晓及街5号", "龙城和村3组": the right of 和 (及) is only a road's, street's or village's
# kind word and its numbers; it has no name of its own, so the 和 is the name's, whatever a count asks for.


def test_a_headline_count_one_more_than_listed_keeps_a_road_named_with_he() -> None:
    text = ("北山县3处调整为高风险区\n2022年07月08日 18:35 来源:某网\n"
            "7月8日,某旗疫情防控工作指挥部发布通告,经研究决定,划定高风险区。\n"
            "一、新增高风险区2个:金金小区、金金金和路1号。")
    assert levels_of(text) == {"high": ["金金小区", "金金金和路1号"]}


def test_a_headline_count_one_more_than_listed_keeps_a_street_named_with_ji() -> None:
    text = ("南山县3处调整为高风险区\n经研究决定,划定高风险区。\n"
            "一、新增高风险区2个:翠锦小区、春晓华及街5号2栋。")
    assert levels_of(text) == {"high": ["翠锦小区", "春晓华及街5号2栋"]}


def test_a_list_count_one_more_than_listed_keeps_a_village_group_and_a_lane_yard() -> None:
    assert levels_of("新增中风险区3个:锦绣小区、龙城华和村3组。") == {"medium": ["锦绣小区", "龙城华和村3组"]}
    assert levels_of("新增中风险区2个:长风泽和巷12号院。") == {"medium": ["长风泽和巷12号院"]}


def test_a_road_named_with_he_last_in_a_counted_list() -> None:
    # ("A、B和C" joins the last two with 和 when the count asks for it; not a road's own 和)
    text = "划定高风险区3个,即翠锦小区、阳光华和大街8号。"
    assert levels_of(text) == {"high": ["翠锦小区", "阳光华和大街8号"]}


def test_a_road_named_with_he_in_traditional_characters_and_full_width() -> None:
    text = ("北山縣3處調整為高風險區\n7月8日,某旗疫情防控工作指揮部發布通告,經研究決定,劃定高風險區。\n"
            "一、新增高風險區2個:金華小區、春曉華和路16號。")
    assert levels_of(text.translate(HALF_TO_FULL)) == {"high": ["金华小区", "春晓华和路16号"]}


def test_places_joined_by_he_still_split_when_the_count_asks() -> None:
    # (ordinary wording: two named places either side of 和, a village's two groups)
    assert levels_of("新增高风险区3个:翠锦小区、龙城花园和春晓村。") == {"high": ["翠锦小区", "龙城花园", "春晓村"]}
    assert levels_of("北山县2处调整为高风险区\n一、新增高风险区1个:金华小区和龙城花园。") == {
        "high": ["金华小区", "龙城花园"]}


_ROAD_KINDS = ["路", "街", "巷", "大街", "大道"]


@st.composite
def _road_with_and(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from([*_ROAD_KINDS, "村"]))
    tail = f"{draw(st.integers(1, 9))}组" if kind == "村" else draw(st.sampled_from(["号", "号院", "号2栋"]))
    number = "" if kind == "村" else str(draw(st.integers(1, 60)))
    return f"{draw(invented_names(PLAIN_SYLLABLES, 1, 3))}{draw(st.sampled_from('和及'))}{kind}{number}{tail}"


_OTHERS = st.builds(lambda name, kind: name + kind, invented_names(PLAIN_SYLLABLES, 2, 3),
                    st.sampled_from(["小区", "花园", "新村", "路8号"]))


@settings(max_examples=80, deadline=None)
@given(roads=st.lists(_road_with_and(), min_size=1, max_size=2, unique=True),
       others=st.lists(_OTHERS, max_size=2, unique=True),
       form=st.sampled_from(["headline", "list_count", "plain"]),
       script=st.sampled_from(["simplified", "traditional", "full_width"]))
@example(roads=["金金金和路1号"], others=["金金小区"], form="headline", script="simplified")
def test_a_name_with_he_before_a_kind_and_numbers_is_one_place(roads: list[str], others: list[str], form: str,
                                                               script: str) -> None:
    places = [*others, *roads]
    places = [p for k, p in enumerate(places) if p not in places[:k]]
    n = len(places)
    if form == "headline":
        text = f"北山县{n + 1}处调整为高风险区\n经研究决定,划定高风险区。\n一、新增高风险区{n}个:{'、'.join(places)}。"
    elif form == "list_count":
        text = f"新增高风险区{n + 1}个:{'、'.join(places)}。"
    else:
        text = f"自即日起,将{'、'.join(places)}调整为高风险区。"
    text = {"simplified": text, "traditional": in_traditional(text), "full_width": text.translate(HALF_TO_FULL)}[script]
    assert levels_of(text) == {"high": places}


# --- 2. "将甲社区将军路3号划为高风险区", "将将军苑小区划为…": the verb 将 opens its object once; a later 将 inside
# it starts a name (将军, 将台); so does a 将 right after a community, compound or road ("甲社区将军路3号划为…").


def test_jiang_inside_a_road_name_after_the_verb() -> None:
    assert levels_of("将东山社区将军路3号划为高风险区。") == {"high": ["东山社区将军路3号"]}


def test_a_name_starting_with_jiang_right_after_the_verb_and_in_a_list() -> None:
    assert levels_of("将将军苑小区划为高风险区。") == {"high": ["将军苑小区"]}
    assert levels_of("自即日起,将金华小区、将台花园3号楼、将军庙村调整为中风险区。") == {
        "medium": ["金华小区", "将台花园3号楼", "将军庙村"]}


def test_jiang_inside_a_name_after_dui_and_ba() -> None:
    assert levels_of("对西河村将台路5号实行封控管理。") == {"sealed": ["西河村将台路5号"]}
    assert levels_of("把金华社区将军庙村划为中风险区。") == {"medium": ["金华社区将军庙村"]}
    assert levels_of("将金华镇将军村划为中风险区。") == {"medium": ["金华镇将军村"]}


def test_jiang_inside_a_name_without_the_verb() -> None:
    assert levels_of("东山社区将军路3号划为高风险区。") == {"high": ["东山社区将军路3号"]}


def test_jiang_inside_a_name_in_traditional_characters_and_full_width() -> None:
    text = in_traditional("经研判,将东山社区将军路3号、将军苑小区(1号楼除外)划为高风险区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["东山社区将军路3号", "将军苑小区(1号楼除外)"]}


def test_the_verb_jiang_before_other_names_is_still_the_verb() -> None:
    # (ordinary wording: the verb after an office's city, before a street named 军山, a 将 of "will")
    assert by_level("兰州市将城关区盐场路街道划为高风险区。") == {("high", "城关区"): ["盐场路街道"]}
    assert levels_of("自12月1日0时起,将军山街道川江池社区调整为低风险区。") == {"low": ["军山街道川江池社区"]}
    assert levels_of("将于8月1日起将金华小区调整为低风险区。") == {"low": ["金华小区"]}
    assert levels_of("金华小区将于8月1日起调整为低风险区。") == {"low": ["金华小区"]}
    assert levels_of("解封的小区将严格实施防疫措施。") == {}


@settings(max_examples=60, deadline=None)
@given(front=st.sampled_from(["", "东山社区", "金华村", "龙城小区"]),
       word=st.sampled_from(["将军", "将台", "将相", "将府"]),
       kind=st.sampled_from(["路3号", "苑小区", "庙村", "花园2栋", "大街12号院"]),
       others=st.lists(invented_names(PLAIN_SYLLABLES, 2, 3).map(lambda n: n + "小区"), max_size=2, unique=True),
       lead=st.sampled_from(["将", "自即日起,将", "经研判,决定将", "把"]),
       script=st.sampled_from(["simplified", "traditional", "full_width"]))
def test_a_name_holding_jiang_is_one_place(front: str, word: str, kind: str, others: list[str], lead: str,
                                           script: str) -> None:
    places = [*others, front + word + kind]
    text = f"{lead}{'、'.join(places)}划为高风险区。"
    text = {"simplified": text, "traditional": in_traditional(text), "full_width": text.translate(HALF_TO_FULL)}[script]
    assert levels_of(text) == {"high": places}


# --- 3. "东湖公园:A、B。" then "翠锦广场:C。", "A小区、B小区。" then "C花园。": under a level's heading a line
# written as the one above it goes on with the list, though that line closed with 。.


def test_a_place_label_line_after_one_closed_with_a_full_stop() -> None:
    text = "高风险区:\n一、城东区\n东湖公园:红星路、解放路。\n翠锦广场:建设路。"
    assert by_level(text) == {("high", "城东区"): ["东湖公园红星路", "东湖公园解放路", "翠锦广场建设路"]}


def test_whole_places_on_a_line_after_a_list_closed_with_a_full_stop() -> None:
    text = "一、高风险区\n金华小区、龙城小区。\n春晓花园、翠锦广场。\n二、中风险区\n龙华村。"
    assert levels_of(text) == {"high": ["金华小区", "龙城小区", "春晓花园", "翠锦广场"], "medium": ["龙华村"]}


def test_one_place_on_the_line_after_a_list_closed_with_a_full_stop() -> None:
    text = "关于划定高风险区的通告\n高风险区:\n锦绣家园、阳光小区。\n长风新村。\n特此通告。"
    assert levels_of(text) == {"high": ["锦绣家园", "阳光小区", "长风新村"]}


def test_lines_after_a_full_stop_in_traditional_characters_and_full_width() -> None:
    text = in_traditional("中风险区:\n东湖公园:红星路、解放路。\n翠锦广场:建设路、人民路。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["东湖公园红星路", "东湖公园解放路", "翠锦广场建设路", "翠锦广场人民路"]}


def test_prose_after_a_list_closed_with_a_full_stop_is_no_place() -> None:
    # (ordinary wording after a list: a remark, the measures, a rule's label, a signature)
    for after in ["本次调整后,全市高风险区完成清零。", "请广大市民做好个人防护。", "管理要求:足不出户、上门服务。",
                  "某市新冠肺炎疫情防控指挥部综合组", "农贸市场实行封闭管理。", "本文标签:疫情防控",
                  "居民、车辆只进不出。", "青山镇人民政府", "春晓社区居民委员会"]:
        text = f"高风险区:\n金华小区、龙城小区。\n{after}"
        assert levels_of(text).get("high") == ["金华小区", "龙城小区"], after


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(st.lists(invented_names(PLAIN_SYLLABLES, 2, 3).map(lambda n: n + "小区"), min_size=1,
                               max_size=3, unique=True), min_size=2, max_size=3),
       script=st.sampled_from(["simplified", "traditional", "full_width"]))
def test_each_line_of_whole_places_closed_with_a_full_stop_is_read(lines: list[list[str]], script: str) -> None:
    places = [p for line in lines for p in line]
    if len(set(places)) < len(places):
        return
    text = "一、高风险区\n" + "\n".join("、".join(line) + "。" for line in lines) + "\n二、中风险区\n龙华村。"
    text = {"simplified": text, "traditional": in_traditional(text), "full_width": text.translate(HALF_TO_FULL)}[script]
    assert levels_of(text) == {"high": places, "medium": ["龙华村"]}


# --- 4. "3.A广场:实行封闭管理;": an item of a numbered list written as its place, a colon and the measures it is
# under; the place is the list's item, and the items after it go on.


def test_a_numbered_item_with_its_measures_after_a_colon() -> None:
    text = ("一、将以下区域划为高风险区:\n1.金华小区;\n2.龙城小区;\n3.翠锦广场:实行封闭管理;\n4.春晓小区;\n"
            "5.阳光花园。")
    assert levels_of(text) == {"high": ["金华小区", "龙城小区", "翠锦广场", "春晓小区", "阳光花园"]}


def test_numbered_items_each_with_measures() -> None:
    text = "中风险区:\n1.锦绣小区:实施临时管控;\n2.长风市场:采取封闭管理措施;\n3.春晓花园3号楼:严格实行封闭管理。"
    assert levels_of(text) == {"medium": ["锦绣小区", "长风市场", "春晓花园3号楼"]}


def test_a_measured_item_closed_with_a_full_stop_in_the_middle() -> None:
    text = "高风险区:\n1.金华小区;\n2.翠锦广场:实行封闭管理。\n3.春晓小区。"
    assert levels_of(text) == {"high": ["金华小区", "翠锦广场", "春晓小区"]}


def test_an_item_with_the_standard_measures_of_the_list_level() -> None:
    # (the quoted measures read as the item's level, the list's own: the items after it go on)
    text = "一、将以下区域划为高风险区:\n1.金华小区;\n2.翠锦广场:实行“足不出户,上门服务”;\n3.春晓小区;\n4.阳光花园。"
    assert levels_of(text) == {"high": ["金华小区", "翠锦广场", "春晓小区", "阳光花园"]}


def test_a_measured_item_in_traditional_characters_and_full_width() -> None:
    text = in_traditional("高风险区:\n(1)金华小区;\n(2)翠锦广场:实行封闭管理;\n(3)春晓小区。").translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["金华小区", "翠锦广场", "春晓小区"]}


def test_measures_of_people_or_of_every_place_are_no_item() -> None:
    # (ordinary wording near the form: people, vehicles and every place of a kind under measures; a sentence
    # of a place's measures, no colon, keeps its own level)
    assert levels_of("中风险区:\n1.金华小区;\n2.入境人员:实行集中隔离;") == {"medium": ["金华小区"]}
    assert levels_of("中风险区:\n1.金华小区;\n2.货运车辆:实行闭环管理;") == {"medium": ["金华小区"]}
    assert levels_of("高风险区:\n1.金华小区;\n2.各小区:实行封闭管理;") == {"high": ["金华小区"]}
    assert levels_of("农贸市场实行封闭管理。") == {}  # (a kind without a name, as before)
    assert levels_of("翠锦广场实行封闭管理。") == {"sealed": ["翠锦广场"]}


@settings(max_examples=60, deadline=None)
@given(places=st.lists(invented_names(PLAIN_SYLLABLES, 2, 3).map(lambda n: n + "小区"), min_size=2, max_size=5,
                       unique=True),
       at=st.integers(0, 4),
       measure=st.sampled_from(["实行封闭管理", "实施临时管控", "采取封控措施", "继续实行封闭管理"]),
       numbering=st.sampled_from(["{n}.", "{n}、", "({n})"]),
       script=st.sampled_from(["simplified", "traditional", "full_width"]))
def test_a_measured_item_anywhere_in_a_numbered_list(places: list[str], at: int, measure: str, numbering: str,
                                                     script: str) -> None:
    at = at % len(places)
    items = [numbering.format(n=k + 1) + p + (f":{measure}" if k == at else "") for k, p in enumerate(places)]
    text = "一、将以下区域划为高风险区:\n" + ";\n".join(items) + "。\n二、其他区域为低风险区。"
    text = {"simplified": text, "traditional": in_traditional(text), "full_width": text.translate(HALF_TO_FULL)}[script]
    assert levels_of(text) == {"high": places}
