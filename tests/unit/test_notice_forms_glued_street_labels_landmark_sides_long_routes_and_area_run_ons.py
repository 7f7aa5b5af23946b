"""Forms of the sixty-first held-out set (part b), each in variants written here (invented places in the wording of
the real forms), and properties over generated notices: a counted level heading with the label of its first street
run on after it ("一、高风险区(3个)甲街道:A;乙街道:B"): the first street joined to its places as the next ones are;
a bounded area whose last side is a landmark (an estate) closed by the area's word ("除A1栋外B路以南、C路以北、
D大道以西、E城合围区域(包括商户)"): one place; a route of more than eight roads and walls enclosing an area
("沿A村B路、C街、…、K路围合区域"): one place, its 沿 kept; a bounded area run on into the next town's place in
a lift ("解除…合围区域B镇C小区的管控管理措施"): two places."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
    no_real_city,
)

word = invented_names(PLAIN_SYLLABLES)


# ---------------------------------------------------------------------------------------------------
# "一、高风险区(3个)甲街道:A;乙街道:B": the first street's label run on after the counted heading

_OFFICE = "\n特此通告。\n成都高新区新冠肺炎疫情防控指挥部\n2022年8月31日"


def test_first_street_label_after_a_counted_heading_is_joined_to_its_place() -> None:
    text = ("关于调整成都高新区部分区域风险等级的通告\n"
            "经研究决定,自2022年8月30日起,对部分区域的风险等级进行如下调整。\n"
            "一、高风险区(3个)金桂街道:银杏苑3栋(翠湖路96号);石竹街道:东湖花园4栋(长风路366号),"
            "星光小区2栋(峰秀一街61号)。其他已划定的高风险区保持不变。\n"
            "二、中风险区(2个)金桂街道:银杏苑1-2栋、4-7栋(包括临街店铺);石竹街道:东湖花园1-3栋和5-9栋。"
            "其他已划定的中风险区保持不变。\n三、低风险区成都高新区除高、中风险区以外的其他区域。" + _OFFICE)
    assert by_level(text) == {
        ("high", "成都高新区"): ["金桂街道银杏苑3栋(翠湖路96号)", "石竹街道东湖花园4栋(长风路366号)",
                                "石竹街道星光小区2栋(峰秀一街61号)"],
        ("medium", "成都高新区"): ["金桂街道银杏苑1-2栋、4-7栋(包括临街店铺)", "石竹街道东湖花园1-3栋和5-9栋"]}


def test_first_town_label_after_a_counted_heading_with_full_width_punctuation() -> None:
    text = ("关于划定风险区的通告\n一、高风险区(2个)白沙镇:石桥村5组;青山街道:银杏小区8栋。\n"
            "二、低风险区除高风险区以外的其他区域。\n特此通告。\n株洲市荷塘区疫情防控指挥部").translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "荷塘区"): ["白沙镇石桥村5组", "青山街道银杏小区8栋"]}


def test_first_street_label_after_a_counted_heading_in_traditional_characters() -> None:
    text = in_traditional("关于调整风险等级的通告\n一、中风险区(2个)金桂街道:银杏苑1栋;石竹街道:东湖花园2栋。\n"
                          "二、低风险区除中风险区以外的其他区域。" + _OFFICE)
    assert by_level(text) == {("medium", "成都高新区"): ["金桂街道银杏苑1栋", "石竹街道东湖花园2栋"]}


def test_near_miss_heading_on_its_own_line_reads_as_before() -> None:
    text = ("关于调整风险等级的通告\n一、高风险区(2个)\n金桂街道:银杏苑3栋;石竹街道:东湖花园4栋。\n"
            "二、低风险区除高风险区以外的其他区域。" + _OFFICE)
    assert by_level(text) == {("high", "成都高新区"): ["金桂街道银杏苑3栋", "石竹街道东湖花园4栋"]}


def test_near_miss_uncounted_heading_with_a_colon_keeps_its_places() -> None:
    text = ("关于调整风险等级的通告\n一、高风险区:金桂街道银杏苑3栋、石竹街道东湖花园4栋。\n"
            "二、低风险区除高风险区以外的其他区域。" + _OFFICE)
    assert by_level(text) == {("high", "成都高新区"): ["金桂街道银杏苑3栋", "石竹街道东湖花园4栋"]}


@settings(max_examples=25, deadline=None)
@given(streets=st.lists(word, min_size=2, max_size=3, unique=True), estates=st.lists(word, min_size=2, max_size=3,
                                                                                     unique=True),
       building=st.integers(1, 30), full=st.booleans(), trad=st.booleans())
def test_glued_first_label_reads_as_the_heading_on_its_own_line(streets: list[str], estates: list[str],
                                                                building: int, full: bool, trad: bool) -> None:
    assume(no_real_city(*streets, *estates))
    items = [(f"{s}街道", f"{estates[i % len(estates)]}花园{building}栋") for i, s in enumerate(streets)]
    body = ";".join(f"{label}:{place}" for label, place in items)
    glued = (f"关于调整风险等级的通告\n一、高风险区({len(items)}个){body}。\n"
             f"二、低风险区除高风险区以外的其他区域。{_OFFICE}")
    apart = glued.replace(f"({len(items)}个)", f"({len(items)}个)\n")
    if full:
        glued, apart = glued.translate(HALF_TO_FULL), apart.translate(HALF_TO_FULL)
    if trad:
        glued, apart = in_traditional(glued), in_traditional(apart)
    expected = {("high", "成都高新区"): [label + place for label, place in items]}
    assert by_level(glued) == by_level(apart) == expected


# ---------------------------------------------------------------------------------------------------
# "除A1栋外B路以南、C路以北、D大道以西、E城合围区域(包括商户)": a landmark closing a bounded area


def test_bounded_area_closed_by_an_estate_is_one_place() -> None:
    text = ("关于调整风险等级的通告\n二、中风险区(2个)中和街道:银杏苑1-8栋(包括商户),"
            "除金桂社区·翠府1栋外锦韵路以南、长风路以北、峰秀大道以西、东湖青年城合围区域(包括商户)。\n"
            "三、低风险区除中风险区以外的其他区域。" + _OFFICE)
    assert by_level(text) == {("medium", "成都高新区"): [
        "中和街道银杏苑1-8栋(包括商户)",
        "中和街道除金桂社区·翠府1栋外锦韵路以南、长风路以北、峰秀大道以西、东湖青年城合围区域(包括商户)"]}


def test_bounded_area_closed_by_a_school_with_full_width_punctuation() -> None:
    text = ("关于划定中风险区的通告\n将以下区域划定为中风险区:\n"
            "建设路以东、长风街以南、体育路以西、星光实验学校合围区域(封控区除外)。\n"
            "株洲市荷塘区疫情防控指挥部").translate(HALF_TO_FULL)
    assert by_level(text) == {
        ("medium", "荷塘区"): ["建设路以东、长风街以南、体育路以西、星光实验学校合围区域(封控区除外)"]}


def test_bounded_area_closed_by_an_estate_in_traditional_characters() -> None:
    text = in_traditional("关于划定中风险区的通告\n中风险区:\n建设路以东、长风街以南、银杏花园围合区域;东湖小区5栋。\n"
                          "株洲市荷塘区疫情防控指挥部")
    assert by_level(text) == {("medium", "荷塘区"): ["建设路以东、长风街以南、银杏花园围合区域", "东湖小区5栋"]}


def test_near_miss_estates_listed_after_a_bounded_area_stay_apart() -> None:
    text = ("关于划定中风险区的通告\n中风险区:\n建设路以东、长风街以南区域、银杏花园、东湖小区5栋。\n"
            "株洲市荷塘区疫情防控指挥部")
    assert by_level(text) == {("medium", "荷塘区"): ["建设路以东、长风街以南区域", "银杏花园", "东湖小区5栋"]}


def test_near_miss_bounds_closed_by_roads_read_as_before() -> None:
    text = ("关于划定中风险区的通告\n中风险区:\n建设路以东、长风街以南、体育路和星光路合围区域;东湖小区5栋。\n"
            "株洲市荷塘区疫情防控指挥部")
    assert by_level(text) == {("medium", "荷塘区"): ["建设路以东、长风街以南、体育路和星光路合围区域", "东湖小区5栋"]}


@settings(max_examples=25, deadline=None)
@given(roads=st.lists(word, min_size=2, max_size=4, unique=True), estate=word, others=st.lists(word, min_size=0,
                                                                                               max_size=2, unique=True),
       kind=st.sampled_from(["城", "花园", "小区", "学校", "公园"]), full=st.booleans(), trad=st.booleans())
def test_bounds_closed_by_a_landmark_are_one_place(roads: list[str], estate: str, others: list[str], kind: str,
                                                   full: bool, trad: bool) -> None:
    assume(no_real_city(*roads, estate, *others) and estate not in others and not set(roads) & {estate, *others})
    sides = "、".join(f"{r}路以{d}" for r, d in zip(roads, "东南西北", strict=False))
    area = f"{sides}、{estate}{kind}合围区域"
    rest = [f"{o}苑3栋" for o in others]
    text = f"关于划定中风险区的通告\n中风险区:\n{';'.join([area, *rest])}。\n株洲市荷塘区疫情防控指挥部"
    if full:
        text = text.translate(HALF_TO_FULL)
    if trad:
        text = in_traditional(text)
    assert by_level(text) == {("medium", "荷塘区"): [area, *rest]}


# ---------------------------------------------------------------------------------------------------
# "沿A村B路、C街、…、K路围合区域": a route of many roads and walls enclosing one area


def test_long_route_of_roads_and_walls_is_one_enclosed_area() -> None:
    area = ("沿金桂村村政路、东泰五街、银杏高速路东侧路边(金桂段)、金桂工业区围墙、金桂村和翠湖村交界围墙、星光岭、"
            "长风路、工业一路、北片一巷、围面前路围合区域")
    text = ("经市疫情防控指挥办同意,对青山镇部分封管控区域解除管理措施,现通告如下:\n"
            "一、自2022年3月15日起,以下封控区解除封控管理:\n(一)金桂村下班路1号(星光针织有限公司一厂)\n"
            f"二、自2022年3月15日起,以下管控区解除管控管理:{area}。\n")
    assert levels_of(text) == {"lifted": ["金桂村下班路1号(星光针织有限公司一厂)", area]}


def test_long_route_with_full_width_punctuation() -> None:
    area = "沿金桂路、银杏街、翠湖路、长风路、星光路、峰秀路、锦绣路、春晓路、东湖路围合区域"
    text = f"关于调整管控区的通告\n以下管控区解除管控管理:{area}。\n".translate(HALF_TO_FULL)
    assert levels_of(text) == {"lifted": [area]}


def test_long_route_in_traditional_characters() -> None:
    area = "沿金桂路、银杏街、翠湖路、长风路(金桂段)、星光路、峰秀路、锦绣路、春晓路、东湖围墙合围区域"
    text = in_traditional(f"关于调整管控区的通告\n以下管控区解除管控管理:{area}。\n")
    assert levels_of(text) == {"lifted": [area]}


def test_near_miss_short_list_of_places_then_own_enclosed_area_stays_apart() -> None:
    text = "关于划定管控区的通告\n管控区:\n金桂小区、银杏花园、翠湖苑、长风路星光路围合区域。\n"
    assert levels_of(text) == {"controlled": ["金桂小区", "银杏花园", "翠湖苑", "长风路星光路围合区域"]}


@settings(max_examples=25, deadline=None)
@given(roads=st.lists(word, min_size=8, max_size=11, unique=True), full=st.booleans(), trad=st.booleans())
def test_any_long_route_is_one_area(roads: list[str], full: bool, trad: bool) -> None:
    assume(no_real_city(*roads))
    area = "沿" + "、".join(f"{r}路" for r in roads) + "围合区域"
    text = f"关于调整管控区的通告\n以下管控区解除管控管理:{area}。\n"
    plain = levels_of(text)
    if full:
        text = text.translate(HALF_TO_FULL)
    if trad:
        text = in_traditional(text)
    assert plain == {"lifted": [area]}
    assert levels_of(text) == plain


# ---------------------------------------------------------------------------------------------------
# "解除A街道…合围区域B镇C小区的管控管理措施": a bounded area run on into the next town's place


_LIFT_OFFICE = "\n特此通告。\n青山湖区新冠肺炎疫情防控指挥部\n2022年4月25日"


def test_bounded_area_run_on_into_the_next_towns_estate_is_two_places() -> None:
    text = ("关于对青山湖区部分区域解除临时管控措施的通告:\n"
            "决定自4月26日3时起,对金桂街道、银杏镇临时管控区域予以解除管控措施,现通告如下:\n"
            "解除金桂街道翠湖路以北、星光小区以南、长风小区以东、峰秀路以西合围区域银杏镇东湖新村小区的管控管理措施。"
            + _LIFT_OFFICE)
    assert by_level(text) == {("lifted", "青山湖区"): [
        "金桂街道翠湖路以北、星光小区以南、长风小区以东、峰秀路以西合围区域", "银杏镇东湖新村小区"]}


def test_bounded_area_run_on_into_a_village_with_full_width_punctuation() -> None:
    text = ("关于解除临时管控措施的通告:\n解除翠湖路以北、峰秀路以西合围区域银杏乡石桥村的管控措施。"
            + _LIFT_OFFICE).translate(HALF_TO_FULL)
    assert by_level(text) == {("lifted", "青山湖区"): ["翠湖路以北、峰秀路以西合围区域", "银杏乡石桥村"]}


def test_bounded_area_run_on_into_a_streets_estate_in_traditional_characters() -> None:
    text = in_traditional("关于解除临时管控措施的通告:\n解除翠湖路以北、峰秀路以西合围区域金桂街道长风家园的管控措施。"
                          + _LIFT_OFFICE)
    assert levels_of(text) == {"lifted": ["翠湖路以北、峰秀路以西合围区域", "金桂街道长风家园"]}


def test_near_miss_area_then_its_own_inside_stays_one_place() -> None:
    # (the area's inside, 内…, no town's place: the area alone lifted, as before)
    text = "关于解除临时管控措施的通告:\n解除翠湖路以北、峰秀路以西合围区域内居民小区的管控措施。" + _LIFT_OFFICE
    assert levels_of(text) == {"lifted": ["翠湖路以北、峰秀路以西合围区域"]}


def test_near_miss_area_then_a_town_office_is_no_place() -> None:
    text = ("关于解除临时管控措施的通告:\n解除翠湖路以北、峰秀路以西合围区域的管控措施。"
            "银杏镇人民政府做好服务保障。" + _LIFT_OFFICE)
    assert levels_of(text) == {"lifted": ["翠湖路以北、峰秀路以西合围区域"]}


@settings(max_examples=25, deadline=None)
@given(roads=st.lists(word, min_size=2, max_size=4, unique=True), town=word, estate=word,
       kind=st.sampled_from(["镇", "乡", "街道"]), end=st.sampled_from(["小区", "村", "花园", "家园"]),
       full=st.booleans(), trad=st.booleans())
def test_run_on_area_and_estate_read_as_the_list_with_a_separator(roads: list[str], town: str, estate: str,
                                                                  kind: str, end: str, full: bool,
                                                                  trad: bool) -> None:
    assume(no_real_city(*roads, town, estate) and town not in roads and estate not in roads)
    area = "、".join(f"{r}路以{d}" for r, d in zip(roads, "东南西北", strict=False)) + "合围区域"
    place = f"{town}{kind}{estate}{end}"
    glued = f"关于解除临时管控措施的通告:\n解除{area}{place}的管控措施。{_LIFT_OFFICE}"
    apart = f"关于解除临时管控措施的通告:\n解除{area}、{place}的管控措施。{_LIFT_OFFICE}"
    if full:
        glued, apart = glued.translate(HALF_TO_FULL), apart.translate(HALF_TO_FULL)
    if trad:
        glued, apart = in_traditional(glued), in_traditional(apart)
    assert levels_of(glued) == levels_of(apart) == {"lifted": [area, place]}
