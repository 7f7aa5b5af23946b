"""Forms of the eleventh held-out set (round 5, notices 241-246): a headline counting places in words
("X区六区域调整为中风险地区"), an office named with a province written without 省 / 自治区, a lead that names the
district and then the town in it ("X县在Y镇划定…"). Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import by_level

_PLACES = ["滨河路88号金港大厦5号楼", "幸福里小区3栋", "华联商厦", "东门菜市场", "光明路12号院"]


# "江苏某市某区六区域调整为中风险地区": a news headline counts the places in words, without 个; the count names none.
@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_PLACES), min_size=2, max_size=5, unique=True),
       st.sampled_from(["区域", "地区"]))
def test_a_headline_counting_places_in_words(places: list[str], noun: str) -> None:
    count = "一二三四五六七八九十"[len(places) - 1]
    text = (f"江苏宿迁市泗洪区{count}{noun}调整为中风险地区\n\n"
            f"经专家组研判,指挥部决定自2021年8月2日起,将宿迁市泗洪区{'、'.join(places)}风险等级调整为中风险地区。\n\n"
            "宿迁市疫情联防联控工作指挥部办公室\n2021年8月2日")
    assert by_level(text) == {("medium", "泗洪区"): places}, text


# "经内蒙古包头市九原区…指挥部研究决定": the province written without 自治区 in front of the office's city and district.
@settings(max_examples=30, deadline=None)
@given(st.sampled_from([("内蒙古", "包头市", "九原区"), ("广西", "南宁市", "青秀区"), ("河南", "郑州市", "金水区")]),
       st.lists(st.sampled_from(_PLACES), min_size=1, max_size=3, unique=True))
def test_an_office_with_a_province_without_its_suffix(names: tuple[str, str, str], places: list[str]) -> None:
    province, city, district = names
    text = (f"{province}{city}现有高风险区{len(places)}个\n\n"
            f"根据疫情防控工作需要,经{province}{city}{district}新冠肺炎疫情防控工作指挥部研究决定,"
            "自2022年10月8日24时起,划定以下地区风险等级:\n\n一、高风险区\n\n"
            + "\n\n".join(f"{i}.{p}" for i, p in enumerate(places, 1)))
    assert by_level(text) == {("high", district): places}, text


# "苍南县在灵溪镇划定封控区、管控区、防范区范围": the district, then the town where the areas are drawn.
@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["灵溪镇", "城东街道", "桃源乡"]), st.sampled_from(["苍南县", "鹿城区", "平阳县"]),
       st.sampled_from(["", "自3月3日起,", "根据疫情防控工作需要,自3月3日起,"]))
def test_a_lead_naming_the_district_then_its_town(town: str, district: str, lead: str) -> None:
    text = (f"某地升级防疫管控:划定封控区、管控区\n\n{lead}{district}在{town}划定封控区、管控区范围。\n\n"
            f"封控区为{town}交通路98号交通公寓、{town}望鹤路360号整栋。管控区为{town}全镇范围。")
    assert by_level(text) == {("sealed", district): [f"{town}交通路98号交通公寓", f"{town}望鹤路360号整栋"],
                              ("controlled", district): [f"{town}全镇范围"]}, text


# "三、低风险区\n九原区除中、高风险区以外的地区\n调整后,当前共有高风险区10个…": the district's rest is a blanket that
# ends its item (the line below is not its continuation), and the closing count of the areas after the notice
# (also after 当前 / 目前) is no list.
@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(_PLACES), min_size=1, max_size=3, unique=True),
       st.sampled_from(["当前", "目前", ""]), st.sampled_from(["九原区", "城关区"]))
def test_a_rest_blanket_then_the_count_after_the_notice(places: list[str], now: str, district: str) -> None:
    text = (f"{district}疫情防控指挥部通告\n\n自2022年10月8日24时起,划定以下地区风险等级:\n\n一、高风险区\n\n"
            + "\n\n".join(f"{i}.{p}" for i, p in enumerate(places, 1))
            + f"\n\n二、低风险区\n\n{district}除高风险区以外的地区\n\n"
            f"调整后,{now}共有高风险区{len(places)}个,高风险区以外的其他区域为低风险区。")
    assert by_level(text) == {("high", district): places}, text


# "管控区为东至A,南至B,西至C,北至D;东至E,…": each direction is named once in an area's bounds, so a bound whose
# direction was named already starts a second area. (到 writes 至: "东到A,南到B" is one area too.)
@settings(max_examples=40, deadline=None)
@given(st.sampled_from([";", ";"]), st.sampled_from(["至", "到"]),
       st.permutations(["东", "南", "西", "北"]))
def test_two_bounded_areas_one_after_the_other(sep: str, to: str, order: list[str]) -> None:
    roads_a, roads_b = ["江湾路", "塘河北路", "城中路", "通福路"], ["塘河路", "建兴东路", "苍南大道", "银泰街"]
    first = ",".join(f"{d}{to}{r}" for d, r in zip(order, roads_a, strict=True))
    second = ",".join(f"{d}{to}{r}" for d, r in zip(order, roads_b, strict=True))
    text = (f"苍南县疫情防控指挥部通告\n\n自3月3日起,苍南县在灵溪镇划定封控区、管控区。\n\n"
            f"封控区为灵溪镇交通路98号交通公寓。管控区为{first}{sep}{second}。")
    assert by_level(text) == {("sealed", "苍南县"): ["灵溪镇交通路98号交通公寓"],
                              ("controlled", "苍南县"): [first, second]}, text


# "乐清市关于疫情防控“三区”调整的通告": the title of a county-level city's notice names its district with 市.
@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["乐清市", "瑞安市", "义乌市"]), st.lists(st.sampled_from(_PLACES), min_size=1, max_size=3,
                                                                   unique=True))
def test_a_county_level_city_in_the_title(city: str, places: list[str]) -> None:
    text = (f"{city}关于疫情防控“三区”调整的通告\n\n现将“封控区”范围调整如下:\n\n封控区:{'、'.join(places)}。\n\n"
            "特此通告。")
    assert by_level(text) == {("sealed", city): places}, text


# "管控区:A镇东至B弄附近,南至C弄14-1、79弄3号,西至D路,北至E路": a bound may list several points with 、; the area is
# one place while a comma and the next direction follow the list.
@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["79弄3号", "76弄6-1", "93弄2号", "14-1", "西兴路49弄"]), min_size=1, max_size=4,
                unique=True), st.sampled_from(["柳市镇", ""]), st.booleans())
def test_a_bound_listing_points_with_dun(points: list[str], town: str, first: bool) -> None:
    listed = "西兴路69弄1号、" + "、".join(points)
    area = (f"{town}东至{listed},南至西兴路,西至柳青北路,北至新泰东路" if first
            else f"{town}东至玉龙路,南至{listed},西至柳青北路,北至新泰东路")
    text = f"乐清市关于疫情防控“三区”调整的通告\n\n现将“管控区”范围调整如下:\n\n管控区:{area}。\n\n特此通告。"
    assert by_level(text) == {("controlled", "乐清市"): [area]}, text


# "…现将全市“封控区、管控区、防范区”范围调整如下:封控区:A。管控区:B。": the lead naming the levels ends with a colon and
# the first list's level label follows on the same line; the label is no part of the place.
@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["“封控区、管控区、防范区”", "封控区、管控区", "风险区"]),
       st.sampled_from(["封控区", "管控区"]), st.lists(st.sampled_from(_PLACES), min_size=1, max_size=3, unique=True))
def test_a_level_label_glued_after_the_leads_colon(named: str, level: str, places: list[str]) -> None:
    name = {"封": "sealed", "管": "controlled"}[level[0]]
    text = (f"乐清市关于疫情防控“三区”调整的通告\n\n根据有关规定,现将全市{named}范围调整如下:"
            f"{level}:{'、'.join(places)}。特此通告。")
    assert by_level(text) == {(name, "乐清市"): places}, text
