"""Forms of the sixty-third held-out set (part b): the office's own division as the subject of a measure's
sentence ("…起,我区对A楼宇临时管控7天,实行…;对B楼宇临时管控7天,…"); a bounded area under a street's heading or
a village's label whose bounds name that street or village as a landmark ("二、A街" over "(一)B路以南,…,C号至A街
政务中心旧址以西区域", "2.D村:东至D村E巷、南至…的围合区域"): the heading or label is still joined. Notices here are
written for the tests."""

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

# --- "我区对A楼宇临时管控7天" ------------------------------------------------------------------------------


def test_our_districts_measure_over_two_places_reads_both() -> None:
    text = ("根据疫情防控需要,经专家评估,自2022年10月27日起,我区对青石街柳河路18号楼宇临时管控7天,实行“足不出户,"
            "上门服务”管理措施;对青石街柳河路20、22号楼宇临时管控7天,实行“足不出区,错峰取物”管理措施。")
    assert levels_of(text) == {"controlled": ["青石街柳河路18号楼宇", "青石街柳河路20、22号楼宇"]}


def test_our_district_variants() -> None:
    assert levels_of("自11月2日起,我县对杏花镇南岗村三组实施临时管控,实行“足不出户”管理措施。") \
        == {"controlled": ["杏花镇南岗村三组"]}
    text = "自11月2日起,我区对龙泉街石门路8号楼宇临时管控5天,实行“足不出户,上门服务”管理措施。"
    assert levels_of(in_traditional(text)) == {"controlled": ["龙泉街石门路8号楼宇"]}
    text = "自11月2日起,我市对翠竹街道杏花苑3栋实行封控管理,实行“足不出户”管理措施。"
    assert levels_of(text.translate(HALF_TO_FULL)) == {"sealed": ["翠竹街道杏花苑3栋"]}


def test_our_district_near_misses() -> None:
    # the zones adjusted, a lift, people, a control recalled as lifted: no place at a level
    assert by_level("自11月2日起,我区对封控区、管控区和防范区进行动态调整。") == {}
    assert levels_of("自11月2日起,我区对青石街柳河路18号楼宇解除临时管控。") == {}
    assert levels_of("自11月2日起,我区对进出人员实行临时管控措施。") == {}
    assert levels_of("我区对青石小区临时管控措施,现予以解除。") == {}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), st.integers(1, 300),
       st.sampled_from(["我区", "我县", "我市"]), st.integers(3, 14), st.booleans())
def test_any_places_under_our_districts_measure_are_read(street: str, road: str, number: int, we: str, days: int,
                                                         full: bool) -> None:
    assume(no_real_city(street, road) and street != road)
    first, second = f"{street}街{road}路{number}号楼宇", f"{street}街{road}路{number + 2}号楼宇"
    text = (f"自2022年10月27日起,{we}对{first}临时管控{days}天,实行“足不出户,上门服务”管理措施;"
            f"对{second}临时管控{days}天,实行“足不出区,错峰取物”管理措施。")
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {"controlled": [first, second]}


# --- "二、A街" over "(一)B路以南,…,C号至A街政务中心旧址以西区域" -----------------------------------------------


def test_a_heading_named_inside_an_areas_bounds_is_still_joined() -> None:
    text = ("以下区域调整为低风险区:\n一、青石街\n(一)柳河路以南,杏花村牌坊至龙泉路以北,龙泉路至青石街文化站旧址以西"
            "区域。\n(二)南岗路以南、石门路以北区域。\n二、翠竹镇\n(一)杏花路以南、翠竹镇政府以北区域。")
    assert levels_of(text) == {"low": ["青石街柳河路以南,杏花村牌坊至龙泉路以北,龙泉路至青石街文化站旧址以西区域",
                                       "青石街南岗路以南、石门路以北区域", "翠竹镇杏花路以南、翠竹镇政府以北区域"]}


def test_a_villages_label_named_inside_its_bounds_is_still_joined() -> None:
    text = ("一、将以下区域调整为高风险区。\n(一)青石街\n1.柳河村:柳河路8号、9号。\n2.杏花村:东至杏花村南岗路、"
            "南至龙泉路、西至石门路、北至翠竹路的围合区域。")
    assert levels_of(text) == {"high": ["青石街柳河村柳河路8号、9号",
                                        "青石街杏花村东至杏花村南岗路、南至龙泉路、西至石门路、北至翠竹路的围合区域"]}


def test_name_inside_bounds_variants() -> None:
    text = "以下区域调整为低风险区:\n一、青石街\n(一)柳河路以南、青石街文化站以北、龙泉路以东、石门路以西区域。"
    expected = {"low": ["青石街柳河路以南、青石街文化站以北、龙泉路以东、石门路以西区域"]}
    assert levels_of(in_traditional(text)) == expected
    assert levels_of(text.translate(HALF_TO_FULL)) == expected
    text = ("一、将以下区域调整为高风险区。\n(一)青石街\n1.杏花村:东至杏花村南岗路、南至龙泉路、西至石门路、"
            "北至翠竹路的围合区域。")
    assert levels_of(text.translate(HALF_TO_FULL)) \
        == {"high": ["青石街杏花村东至杏花村南岗路、南至龙泉路、西至石门路、北至翠竹路的围合区域"]}


def test_name_inside_bounds_near_misses() -> None:
    # the heading's or label's name written before the bounds is the place's own: not joined twice
    text = ("以下区域调整为低风险区:\n一、青石街\n(一)青石街柳河路以南、龙泉路以北区域。\n"
            "(二)南岗路以南、石门路以北区域。")
    assert levels_of(text) == {"low": ["青石街柳河路以南、龙泉路以北区域", "青石街南岗路以南、石门路以北区域"]}
    text = ("一、将以下区域调整为高风险区。\n(一)青石街\n1.杏花村:杏花村南岗路8号。\n2.柳河村:柳河村东至龙泉路、"
            "西至石门路的区域。")
    assert levels_of(text) == {"high": ["青石街杏花村南岗路8号", "青石街柳河村东至龙泉路、西至石门路的区域"]}
    # a place that is no area by its bounds, the heading's name opening it
    text = "以下区域调整为低风险区:\n一、青石街\n(一)青石街文化站。\n(二)南岗路以南、石门路以北区域。"
    assert levels_of(text) == {"low": ["青石街文化站", "青石街南岗路以南、石门路以北区域"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.sampled_from(["街", "镇"]), st.sampled_from(["政务中心旧址", "文化站", "卫生院"]), st.booleans())
def test_any_heading_named_in_bounds_is_joined(street: str, a: str, b: str, kind: str, landmark: str,
                                              full: bool) -> None:
    assume(no_real_city(street, a, b) and len({street, a, b}) == 3)
    area = f"{a}路以南、{b}路以北、{street}{kind}{landmark}以西区域"
    text = f"以下区域调整为低风险区:\n一、{street}{kind}\n(一){area}。"
    assert levels_of(text.translate(HALF_TO_FULL) if full else text) == {"low": [f"{street}{kind}{area}"]}
