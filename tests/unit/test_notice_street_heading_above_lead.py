"""Street and town headings each over one item "名称:范围", the first heading standing above the lead ("一、A街道" over
"根据…,我区划定以下3个中风险区。B酒店:东临C路,西临D车场,…", 福州, autumn 2022): the first item is its heading's,
as the others are; sides written with 临 (borders on) are one area with their commas, as sides written with 至; the
colon between a place and its sides is kept as written. Notices here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import by_level, variants_of

_LEAD = "根据当前我区疫情防控形势,经专家组综合研判,我区划定以下3个疫情防控中风险区。"
_ONE = "金桃酒店(银杏店):东临松柏路,西临梧桐公交车场,南临樟树变电站及柳湾小区,北临枫林大道。"
_REST = ("\n二、银杏镇\n松柏酒店:东北至金桃南路,西南至三环辅路,西北至梧桐路,东南至樟树大厦的合围区域。\n"
         "三、梧桐街道\n柳湾名苑:东至枫林路,西至松柏停车场,南至金桃花园小区,北至银杏居小区。\n"
         "以上区域实行“人不出区、错峰取物”等管控措施。\n")
_READ = {("medium", None): [
    "金桃街道金桃酒店(银杏店):东临松柏路,西临梧桐公交车场,南临樟树变电站及柳湾小区,北临枫林大道",
    "银杏镇松柏酒店:东北至金桃南路,西南至三环辅路,西北至梧桐路,东南至樟树大厦的合围区域",
    "梧桐街道柳湾名苑:东至枫林路,西至松柏停车场,南至金桃花园小区,北至银杏居小区"]}


def _text(first: str = "一、金桃街道\n" + _LEAD + _ONE) -> str:
    return "甲区疫情防控指挥部通告(2022年第7号)\n" + first + _REST


def test_first_heading_above_the_lead_is_its_items() -> None:
    assert by_level(_text()) == _READ


def test_the_heading_under_the_lead_reads_the_same() -> None:
    assert by_level(_text(_LEAD + "\n一、金桃街道\n" + _ONE)) == _READ


def test_traditional_characters_and_full_width_punctuation() -> None:
    for text in variants_of(_text()):
        assert by_level(text) == _READ


def test_near_miss_a_heading_of_measures_above_the_lead_is_not_moved() -> None:
    # ("一、强化管理" is no street's or town's heading: the lead stays where it is)
    text = "甲区疫情防控指挥部通告\n一、强化管理\n" + _LEAD + "\n金桃小区。\n二、严格防控\n居民做好防护。\n"
    assert by_level(text) == {("medium", None): ["金桃小区"]}


def test_near_miss_a_name_with_a_side_and_lin_is_a_place_of_its_own() -> None:
    # ("东南临海片区": a name, no side; the list's 、 parts it from the place before)
    text = "甲区通告\n我区划定以下2个低风险区:金桃湖片区、东南临海片区。\n"
    assert by_level(text) == {("low", None): ["金桃湖片区", "东南临海片区"]}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["临", "至"]), st.sampled_from(["街道", "镇", "乡"]))
def test_any_side_word_and_heading_kind(side: str, kind: str) -> None:
    one = _ONE.replace("临", side)
    read = {("medium", None): ["金桃" + kind + one.rstrip("。")] + _READ[("medium", None)][1:]}
    assert by_level(_text("一、金桃" + kind + "\n" + _LEAD + one)) == read
