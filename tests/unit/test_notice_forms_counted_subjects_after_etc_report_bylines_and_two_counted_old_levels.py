"""Forms of 大连 notices (spring 2022, late 2021 as a report) and of a 高碑店 notice (November 2022):

* places as the subject closed by 等 and their count with the level they leave, then the days without cases and
  a reference back without the count ("A、B街道C服装厂、D镇E村F泰和构件有限公司宿舍、G区H等4个中风险地区已连续
  14天无新增确诊病例,…,将上述地区调整为低风险地区"): each place lowered, a site written after its street (a works,
  a shop) one of them, a place's own 和 no split; not when the count disagrees, nor the street's people or whole;
* a report's headline run into a copy site's byline ("…调整为低风险地区 ©原创 2021-11-26 23:27 0") and the
  office's bare 发布 before the office's own sentence ("A市…指挥部发布,A市严格落实…,至…,A市B区C和A市D市E已连续
  14天…,将上述2个地区调整为低风险地区"): the two places with their districts;
* two lists under one verb, each closed by its count and the level it leaves ("将A、B、C三个高风险区和D、E两个
  中风险区降为低风险区"): all the places at the new level; not when a count disagrees or both levels are one.

Each form in variants written here (invented places, the wording of the real forms: other names, separators,
traditional characters, full-width punctuation), properties over generated names, and guards of ordinary wording."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fangkong.areas.notice_parsing.divisions import _divisions
from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    no_real_city,
)

name = invented_names(PLAIN_SYLLABLES, 2, 3)


_plain = no_real_city


# --- places as the subject closed by 等 and their count ----------------------------------------------------

def test_counted_subject_after_etc_with_a_works_and_a_company_named_with_and() -> None:
    text = ("沈阳市严格落实新冠肺炎疫情防控各项措施,至2022年4月10日24时,我市浑南区五三街道锦绣花园12号楼、"
            "五三街道星光电子厂、李相镇福瑞村康和食品有限公司宿舍、于洪区迎宾路街道长风路8号等4个中风险地区"
            "已连续14天无新增确诊病例,符合低风险地区划定标准,经省总指挥部同意,从2022年4月11日0时起,"
            "将上述地区调整为低风险地区。")
    assert by_level(text) == {("low", "浑南区"): ["五三街道锦绣花园12号楼", "五三街道星光电子厂",
                                                 "李相镇福瑞村康和食品有限公司宿舍"],
                              ("low", "于洪区"): ["迎宾路街道长风路8号"]}


def test_counted_subject_after_etc_in_traditional_characters() -> None:
    text = in_traditional("鞍山市严格落实新冠肺炎疫情防控各项措施,至2022年5月2日24时,我市铁东区站前街道春晓小区3号楼、"
                          "站前街道翠湖机械厂、千山区大孤山镇泰和村二组等3个中风险地区已连续14天无新增确诊病例,"
                          "经省总指挥部同意,将上述地区调整为低风险地区。")
    assert by_level(text) == {("low", "铁东区"): ["站前街道春晓小区3号楼", "站前街道翠湖机械厂"],
                              ("low", "千山区"): ["大孤山镇泰和村二组"]}


def test_counted_subject_after_etc_full_width() -> None:
    text = ("营口市严格落实新冠肺炎疫情防控各项措施,至2022年4月1日24时,我市站前区建丰街道金华里5号、"
            "建丰街道鑫汇印刷厂、老边区柳树镇和顺村宿舍等3个中风险地区已连续14天无新增确诊病例,经省总指挥部同意,"
            "从2022年4月2日0时起,将上述地区调整为低风险地区。").translate(HALF_TO_FULL)
    assert by_level(text) == {("low", "站前区"): ["建丰街道金华里5号", "建丰街道鑫汇印刷厂"],
                              ("low", "老边区"): ["柳树镇和顺村宿舍"]}


@settings(max_examples=25, deadline=None)
@given(name, name, name, name, st.sampled_from(["服装厂", "机械厂", "超市", "加油站", "五金店"]),
       st.sampled_from(["康和", "泰和", "永和"]), st.booleans())
def test_any_counted_subject_after_etc(city: str, street: str, estate: str, works: str, kind: str, firm: str,
                                      traditional: bool) -> None:
    assume(_plain(city, street, estate, works))
    assume(len({street, estate, works}) == 3)
    text = (f"{city}市严格落实新冠肺炎疫情防控各项措施,至2022年4月1日24时,我市浑南区{street}街道{estate}小区5号楼、"
            f"{street}街道{works}{kind}、李相镇{estate}村{firm}食品有限公司宿舍等3个中风险地区已连续14天无新增确诊病例,"
            "经省总指挥部同意,将上述地区调整为低风险地区。")
    expected = [f"{street}街道{estate}小区5号楼", f"{street}街道{works}{kind}",
                f"李相镇{estate}村{firm}食品有限公司宿舍"]
    assert by_level(in_traditional(text) if traditional else text) == {("low", "浑南区"): expected}


def test_guard_a_count_that_disagrees_reads_no_list() -> None:
    text = ("沈阳市严格落实新冠肺炎疫情防控各项措施,至2022年4月10日24时,我市浑南区五三街道锦绣花园12号楼、"
            "五三街道星光电子厂等5个中风险地区已连续14天无新增确诊病例,经省总指挥部同意,将上述地区调整为低风险地区。")
    assert by_level(text) == {}


def test_guard_a_streets_people_or_whole_is_no_site() -> None:
    for rest in ("全体居民", "辖区内", "核酸检测结果"):
        text = (f"至2022年4月10日24时,五三街道{rest}已连续14天无新增确诊病例,经省总指挥部同意,"
                "将该地区调整为低风险地区。")
        assert by_level(text) == {}, rest


# --- a report's headline and byline, the office's bare 发布 -------------------------------------------------

def test_report_byline_and_office_lead_before_two_places_with_districts() -> None:
    text = ("辽宁沈阳2个中风险地区调整为低风险地区 ©原创 2021-12-02 10:15 3 辽宁沈阳市新冠肺炎疫情防控指挥部发布,"
            "沈阳市严格落实新冠肺炎疫情防控各项措施,至2021年12月1日24时,沈阳市新民市东城街道春晓社区和沈阳市于洪区"
            "迎宾路街道锦绣社区长风路12号公寓已连续14天无新增本土新冠肺炎确诊病例,经辽宁省总指挥部同意,"
            "从2021年12月2日0时起,将上述2个地区调整为低风险地区。")
    assert by_level(text) == {("low", "新民市"): ["东城街道春晓社区"],
                              ("low", "于洪区"): ["迎宾路街道锦绣社区长风路12号公寓"]}


def test_report_byline_and_office_lead_in_traditional_characters() -> None:
    text = in_traditional("辽宁鞍山2个中风险地区调整为低风险地区 ©原创 2021-11-30 08:02 12 辽宁鞍山市新冠肺炎疫情防控"
                          "指挥部发布,鞍山市严格落实新冠肺炎疫情防控各项措施,至2021年11月29日24时,鞍山市海城市东四街道"
                          "福瑞社区和鞍山市铁东区站前街道翠湖社区胜利路5号楼已连续14天无新增本土新冠肺炎确诊病例,"
                          "经辽宁省总指挥部同意,将上述2个地区调整为低风险地区。")
    assert by_level(text) == {("low", "海城市"): ["东四街道福瑞社区"],
                              ("low", "铁东区"): ["站前街道翠湖社区胜利路5号楼"]}


def test_office_lead_before_the_offices_sentence_full_width() -> None:
    text = ("锦州市新冠肺炎疫情防控指挥部发布,锦州市严格落实各项防控措施,至2021年11月20日24时,锦州市凌海市金城街道"
            "康宁社区和锦州市古塔区保安街道星峰小区已连续14天无新增本土确诊病例,从2021年11月21日0时起,"
            "将上述2个地区调整为低风险地区。").translate(HALF_TO_FULL)
    assert by_level(text) == {("low", "凌海市"): ["金城街道康宁社区"], ("low", "古塔区"): ["保安街道星峰小区"]}


@settings(max_examples=25, deadline=None)
@given(name, name, name, st.sampled_from(["社区", "小区", "花园"]), st.integers(0, 999), st.booleans())
def test_any_report_byline_and_office_lead(city: str, street: str, estate: str, kind: str, readers: int,
                                           traditional: bool) -> None:
    assume(_plain(city, street, estate))
    assume(f"{city}市" not in _divisions()[0])  # (not "瑞金": a city of its own, before 新民市, the district)
    text = (f"辽宁{city}2个中风险地区调整为低风险地区 ©原创 2021-12-02 10:15 {readers} 辽宁{city}市新冠肺炎疫情防控"
            f"指挥部发布,{city}市严格落实新冠肺炎疫情防控各项措施,至2021年12月1日24时,{city}市新民市{street}街道"
            f"{estate}{kind}和{city}市于洪区{street}街道长风路12号公寓已连续14天无新增本土确诊病例,"
            "将上述2个地区调整为低风险地区。")
    assert by_level(in_traditional(text) if traditional else text) == {
        ("low", "新民市"): [f"{street}街道{estate}{kind}"], ("low", "于洪区"): [f"{street}街道长风路12号公寓"]}


def test_guard_an_office_lead_before_no_place_reads_none() -> None:
    text = ("沈阳市新冠肺炎疫情防控指挥部发布,沈阳市严格落实各项防控措施,至2021年12月1日24时,全市各社区已连续14天"
            "无新增本土确诊病例,将上述地区调整为低风险地区。")
    assert by_level(text) == {}


# --- two counted lists with their old levels under one verb -------------------------------------------------

def test_two_counted_lists_with_old_levels_lowered() -> None:
    text = ("经专家组研判,自2022年11月20日0时起,将固安镇春晓村、固安镇锦绣街、宫村镇福瑞村三个高风险区和"
            "固安镇除高风险区域外的其他区域、迎宾路康宁巷3号家属楼两个中风险区降为低风险区。")
    assert by_level(text) == {("low", None): ["固安镇春晓村", "固安镇锦绣街", "宫村镇福瑞村",
                                             "固安镇除高风险区域外的其他区域", "迎宾路康宁巷3号家属楼"]}


def test_two_counted_lists_in_traditional_characters() -> None:
    text = in_traditional("自2022年11月25日0时起,将城关镇金华村、城关镇翠湖路两个高风险区和南关镇星峰小区一个中风险区"
                          "调整为低风险区。")
    assert by_level(text) == {("low", None): ["城关镇金华村", "城关镇翠湖路", "南关镇星峰小区"]}


def test_two_counted_lists_full_width_with_digits_and_ji() -> None:
    text = ("自2022年11月12日0时起,将柳树镇胜利村、柳树镇长风街2个高风险区及建丰街道鑫汇小区、建丰街道泰康里"
            "2个中风险区降为低风险区。").translate(HALF_TO_FULL)
    assert by_level(text) == {("low", None): ["柳树镇胜利村", "柳树镇长风街", "建丰街道鑫汇小区", "建丰街道泰康里"]}


def test_two_counted_lists_with_the_county_from_the_signature() -> None:
    text = ("广大居民朋友:\n结合固安县疫情防控形势,经专家组研判,自2022年11月20日0时起,将固安镇春晓村、宫村镇福瑞村"
            "两个高风险区和固安镇除高风险区域外的其他区域一个中风险区降为低风险区。调整后固安县全域无高风险区。\n"
            "特此通告。\n固安县应对新冠肺炎疫情工作\n领导小组办公室\n2022年11月19日")
    assert by_level(text) == {("low", "固安县"): ["固安镇春晓村", "宫村镇福瑞村", "固安镇除高风险区域外的其他区域"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(name, min_size=1, max_size=3, unique=True), st.lists(name, min_size=1, max_size=3, unique=True),
       st.sampled_from(["和", "及"]), st.booleans())
def test_any_two_counted_lists(first: list[str], second: list[str], conj: str, traditional: bool) -> None:
    assume(_plain(*first, *second))
    assume(not set(first) & set(second))
    a = [f"柳树镇{n}村" for n in first]
    b = [f"建丰街道{n}小区" for n in second]
    text = (f"自2022年11月12日0时起,将{'、'.join(a)}{len(a)}个高风险区{conj}{'、'.join(b)}{len(b)}个中风险区"
            "降为低风险区。")
    assert by_level(in_traditional(text) if traditional else text) == {("low", None): a + b}


def test_guard_counts_that_disagree_read_no_two_lists() -> None:
    text = "自2022年11月12日0时起,将柳树镇胜利村、柳树镇长风街三个高风险区和建丰街道鑫汇小区两个中风险区降为低风险区。"
    assert by_level(text) == {}


def test_guard_one_level_twice_reads_no_two_lists() -> None:
    text = ("自2022年11月12日0时起,将柳树镇胜利村、柳树镇长风街两个高风险区和建丰街道鑫汇小区、建丰街道泰康里"
            "两个高风险区降为低风险区。")
    assert by_level(text) == {}
