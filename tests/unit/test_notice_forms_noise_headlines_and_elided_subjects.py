"""Forms of forum copies, news reports and county notices (twelfth held-out set and older misses), each in
variants written here (invented places, the real wording): anti-copy ASCII noise in a forum copy, headings of
levels or measures that are no places, runs of house numbers closed by the kind of building, garbled marks in
a name, a heading's total after 名单, a sentence with its places in front of a list heading, 我县 naming no
district, a sentence that leaves its district out after a count, a news sub-headline its paragraph restates."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_parser_real_forms import by_level, in_traditional, levels_of
from tests.unit.test_notice_render import place

_CJK = re.compile(r"[\u4e00-\u9fff]")


def _all_places(text: str) -> list[str]:
    return [p for c in parse_notice(text, default_year=2022)["changes"] for p in c["places"]]


# --- anti-copy noise of forum copies -----------------------------------------------------------------------

def test_forum_noise_on_lines_of_its_own_and_after_lines_is_no_place() -> None:
    text = ("某县关于新增封控区的通告 +g8wc(<ik\nO,(p><k$/\nPjriAlxD\n"
            "现就新增封控区范围通告如下: H^cB?i\n@vWf-\\\n#L[-WC]1y\n"
            "封控区:东城街道甲小区、乙公司(兴业路8号),西城街道丙村。 &{${ Fq\n5y07@x\n"
            "某县疫情防控指挥部 =ML6\"jr\n2022年5月7日")
    assert levels_of(text) == {"sealed": ["东城街道甲小区", "乙公司(兴业路8号)", "西城街道丙村"]}


def test_forum_noise_in_front_of_a_line_and_in_traditional_characters() -> None:
    text = ("關於劃定管控區的通告\n+ X4 c2 C9 h9 _0 k+ 經研判,現將以下區域劃定為管控區:\n"
            "5 I2 \\6 D# }+ ]) p- I\n北湖街道翠園小區1-3棟;南湖鎮王家村。 t]?u<KD<\n2022年6月1日")
    assert levels_of(text) == {"controlled": ["北湖街道翠园小区1-3栋", "南湖镇王家村"]}


def test_full_width_noise_after_a_list_is_dropped_too() -> None:
    text = "高风险区:甲街道幸福里小区，乙街道光明村。　ａｂ＃ｃ＄ｄ\n中风险区:丙镇丁村。"
    assert levels_of(text) == {"high": ["甲街道幸福里小区", "乙街道光明村"], "medium": ["丙镇丁村"]}


def test_plain_ascii_in_a_place_stays() -> None:
    text = "高风险区:阳光小区 B区、金地大厦A座、滨江花园 3-5栋。"
    assert levels_of(text) == {"high": ["阳光小区B区", "金地大厦A座", "滨江花园3-5栋"]}


def test_a_tag_start_in_forum_noise_does_not_make_the_notice_a_web_page() -> None:
    # "<P" with no ">" is noise; taking the text for HTML would join its lines into one
    text = ("关于划定高风险区的通告 <P\nab\n现划定以下区域为高风险区: cd\n"
            "金华小区、阳光村。 <P\ncd\n某市防控办\n2022年5月7日")
    assert levels_of(text) == {"high": ["金华小区", "阳光村"]}


def test_a_bracket_and_a_tag_name_on_two_lines_are_no_tag() -> None:
    # "0<" ending one line and "BR>" starting the next are two pieces of noise, not a <BR> tag
    for first, second in (("0<", "BR>"), ("a<", "br>"), ("＜", "P>")):
        text = ("关于划定高风险区的通告 " + first + "\nab\n现划定以下区域为高风险区: " + second + "\n"
                "金华小区、阳光村。 " + first + "\n" + second + "\n某市防控办\n2022年5月7日")
        assert levels_of(text) == {"high": ["金华小区", "阳光村"]}


_NOISE = st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=2, max_size=12).filter(
    lambda s: re.search(r"[a-z!\"#$%&'*+<=>?@\\^_`{}~]", s) is not None)


@settings(max_examples=60, deadline=None)
@given(st.lists(place(), min_size=1, max_size=6, unique=True), st.lists(_NOISE, min_size=3, max_size=3))
def test_any_forum_noise_leaves_the_places_as_they_are(places: list[str], noise: list[str]) -> None:
    clean = "关于划定高风险区的通告\n现划定以下区域为高风险区:\n" + "、".join(places) + "。\n某市防控办\n2022年5月7日"
    noisy = ("关于划定高风险区的通告 " + noise[0] + "\n" + noise[1] + "\n现划定以下区域为高风险区: " + noise[2]
             + "\n" + "、".join(places) + "。 " + noise[0] + "\n" + noise[2] + "\n某市防控办\n2022年5月7日")
    assert levels_of(noisy) == levels_of(clean) == {"high": places}
    assert all(_CJK.search(p) for p in _all_places(noisy))


# --- headings of levels and of measures are no places ------------------------------------------------------

def test_a_numbered_heading_of_levels_under_the_lead_is_no_place() -> None:
    text = ("关于新增封控区、管控区的通告\n现就新增封控区、管控区范围通告如下:\n一、新增封控区、管控区\n"
            "封控区:甲小区、乙小区。\n管控区:丙小区;丁小区。\n二、“三区”管控要求\n1.封控区实行“足不出户”措施。")
    assert levels_of(text) == {"sealed": ["甲小区", "乙小区"], "controlled": ["丙小区", "丁小区"]}


def test_measures_headings_in_other_words_are_no_places() -> None:
    for heading in ("二、防控措施", "(二)管控要求:", "三、注意事项", "二、相關管控要求"):
        text = f"一、現有高風險區和中風險區\n高風險區:甲村、乙村。\n中風險區:丙小区。\n{heading}\n1.居民足不出户。"
        assert levels_of(text) == {"high": ["甲村", "乙村"], "medium": ["丙小区"]}, heading


def test_a_place_whose_sentence_lifts_measures_stays_read() -> None:
    text = ("现决定于5月4日0时起对某镇“三区”全面解封。具体要求如下:\n"
            "封控区:甲村22号;管控区:乙村17号;防范区:丙村以北,全面解除相应管控措施,恢复常态化疫情防控。")
    assert "甲村22号" in _all_places(text)


# --- a run of house numbers closed by the kind of building --------------------------------------------------

def test_house_numbers_closed_by_a_kind_of_building_are_one_place() -> None:
    cases = {
        "封控区:惠民街道珠江路59弄1号、2号、3号、4号、5号独栋以及5号独栋东面仓库,乙小区。":
            ["惠民街道珠江路59弄1号、2号、3号、4号、5号独栋以及5号独栋东面仓库", "乙小区"],
        "管控区:城南工业园3号、4号厂房;丙村。": ["城南工业园3号、4号厂房", "丙村"],
        "高风险区:湖畔山庄8栋、9栋别墅,丁小区": ["湖畔山庄8栋、9栋别墅", "丁小区"],
        "封控區:新華路12號、14號商鋪、戊村。": ["新华路12号、14号商铺", "戊村"],
    }
    for text, places in cases.items():
        assert [p for ps in levels_of(text).values() for p in ps] == places, text


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(1, 99), min_size=2, max_size=6, unique=True),
       st.sampled_from(["独栋", "厂房", "仓库", "别墅", "平房"]), st.sampled_from(["号", "栋", "幢"]))
def test_any_run_of_numbers_with_its_kind_once_is_one_place(numbers: list[int], kind: str, unit: str) -> None:
    run = "、".join(f"{n}{unit}" for n in numbers) + kind
    text = f"封控区:东兴路88弄{run},西湖小区。"
    assert levels_of(text) == {"sealed": [f"东兴路88弄{run}", "西湖小区"]}


# --- garbled marks inside a name --------------------------------------------------------------------------

def test_a_separator_between_garbled_marks_is_part_of_the_name() -> None:
    cases = {
        "中风险地区:\n丰台区新村街道怡?;▓@恒丰园\n南苑街道南庭新苑北区":
            ["新村街道怡?;▓@恒丰园", "南苑街道南庭新苑北区"],
        "中风险地区:甲街道锦?,▓@小区、乙街道丙村": ["甲街道锦?,▓@小区", "乙街道丙村"],
        "高风险区:东城街道\ufffd;\ufffd苑;西城街道丁村。": ["东城街道\ufffd;\ufffd苑", "西城街道丁村"],
    }
    for text, places in cases.items():
        assert [p for ps in levels_of(text).values() for p in ps] == places, text


def test_a_plain_semicolon_still_separates() -> None:
    assert levels_of("高风险区:甲小区?;乙小区。") == {"high": ["甲小区?", "乙小区"]}


# --- a heading's total after 名单; a numbered item one place when the total says so -------------------------

def test_a_total_after_the_list_word_makes_each_numbered_item_one_place() -> None:
    cases = [
        "二、解除管控区名单(3个)\n1.花山区珍珠园三村;2.花山区盛世华府小区;3.雨山区雨田村、立新村部分楼栋(共19栋)。",
        "二、解除管控區名單(3個)\n1.花山區珍珠園三村\n2.花山區盛世華府小區\n3.雨山區雨田村、立新村部分樓棟(共19棟)",
        "二、解除管控区清单(共3个):\n(1)花山区珍珠园三村;\n(2)花山区盛世华府小区;\n(3)雨山区雨田村、立新村部分楼栋(共19栋)。",
        "二、解除管控区名单(3个)\n1、花山区珍珠园三村；2、花山区盛世华府小区；3、雨山区雨田村、立新村部分楼栋(共19栋)。",
    ]
    for text in cases:
        assert by_level(text) == {("lifted", "花山区"): ["珍珠园三村", "盛世华府小区"],
                                  ("lifted", "雨山区"): ["雨田村、立新村部分楼栋(共19栋)"]}, text


# --- a sentence with its own places before a list heading on the same line ------------------------------------

def test_a_sentence_with_places_before_the_heading_of_the_lists_below() -> None:
    lists = "\n一、解除封控区名单(2个)\n1.花山区甲小区;2.花山区乙小区。"
    for lead in ("自2022年3月28日零时起,花山区桃源路街道盛世华府1栋由中风险地区调整为低风险地区,同时,"
                 "解除以下封控区、管控区的相关管控措施:",
                 "自3月28日起,花山区桃源路街道盛世华府1栋由中风险地区调整为低风险地区;同时解除以下封控区的管控措施:",
                 "自2022年3月28日零時起,花山區桃源路街道盛世華府1棟由中風險地區調整為低風險地區,同時,"
                 "解除以下封控區、管控區的相關管控措施:"):
        assert by_level(lead + lists) == {("low", "花山区"): ["桃源路街道盛世华府1栋"],
                                          ("lifted", "花山区"): ["甲小区", "乙小区"]}, lead


def test_a_lead_sentence_without_places_before_its_heading_reads_as_before() -> None:
    text = "根据有关规定,经专家研判,自3月28日起,解除以下封控区:\n1.花山区甲小区;2.花山区乙小区。"
    assert by_level(text) == {("lifted", "花山区"): ["甲小区", "乙小区"]}


# --- 我县, 本县, 该市 name no district -----------------------------------------------------------------------

def test_we_county_is_no_district_the_notice_names_it() -> None:
    for pronoun in ("我县", "本县", "全县", "我旗", "该市"):
        text = (f"峡江县关于调整中高风险区风险等级的通告:\n调整后,{pronoun}现有高风险区2个:巴邱镇天成华府小区、"
                "巴邱镇学府公馆15栋。\n其他区域为低风险区。\n峡江县疫情防控应急指挥部\n2022年9月11日")
        assert by_level(text) == {("high", "峡江县"): ["巴邱镇天成华府小区", "巴邱镇学府公馆15栋"]}, pronoun


# --- a sentence that starts with its count keeps the district of the sentence above ------------------------------

def test_a_count_without_a_district_keeps_the_district_of_the_sentence_before() -> None:
    text = ("城关区、七里河区、榆中县指挥部办公室发布公告。\n城关区3个高风险区下调为中风险区,分别为A小区、B小区、"
            "C小区。2个中风险区下调为低风险区,分别为D村6队、E巷3号院。\n七里河区1个中风险区下调为低风险区,为F小区。\n"
            "榆中县2个高风险区下调为中风险区,分别为G区、H公寓。")
    assert by_level(text) == {("medium", "城关区"): ["A小区", "B小区", "C小区"],
                              ("low", "城关区"): ["D村6队", "E巷3号院"], ("low", "七里河区"): ["F小区"],
                              ("medium", "榆中县"): ["G区", "H公寓"]}


def test_count_first_sentences_in_other_wordings() -> None:
    text = ("城东区5个封控区调整为管控区,分别是甲小区、乙小区、丙小区、丁小区、戊小区。"
            "两个管控区调整为防范区,分别是己村、庚村。\n城西区1个封控区调整为管控区,为辛小区。")
    assert by_level(text) == {("controlled", "城东区"): ["甲小区", "乙小区", "丙小区", "丁小区", "戊小区"],
                              ("precaution", "城东区"): ["己村", "庚村"], ("controlled", "城西区"): ["辛小区"]}
    trad = in_traditional(text)
    assert by_level(trad) == by_level(text)


# --- a news sub-headline restated by its paragraph -------------------------------------------------------

def test_a_sub_headline_restated_by_its_paragraph_gives_the_place_once_with_its_district() -> None:
    text = ("自11月20日起部分区域疫情风险等级调整\n"
            "东部新区金鸡村1社安顺街354号 至裕民街14号区域 调整为低风险地区\n"
            "截至11月20日,东部新区草池街道金鸡村1社安顺街354号至裕民街14号已连续14天无新增本土确诊病例,"
            "自2021年11月20日起,将草池街道金鸡村1社安顺街354号至裕民街14号区域的风险等级由中风险调整为低风险。")
    assert by_level(text) == {("low", "东部新区"): ["草池街道金鸡村1社安顺街354号至裕民街14号区域"]}


def test_sub_headlines_over_paragraphs_of_two_districts() -> None:
    text = ("高新区石羊街道百合花园小区 调整为低风险地区\n"
            "经评估,自2021年11月20日起,将高新区石羊街道百合花园小区由中风险区调整为低风险区。\n"
            "天府新区兴隆湖社区 调整为低风险地区\n"
            "经评估,自2021年11月20日起,将华阳街道兴隆湖社区由中风险区调整为低风险区。")
    assert by_level(text) == {("low", "高新区"): ["石羊街道百合花园小区"], ("low", "天府新区"): ["华阳街道兴隆湖社区"]}


def test_a_headline_line_with_its_own_place_stays_when_no_paragraph_restates_it() -> None:
    text = "城关区乙街道丙小区调整为高风险地区\n将城关区丁街道戊小区调整为中风险地区。"
    assert by_level(text) == {("high", "城关区"): ["乙街道丙小区"], ("medium", "城关区"): ["丁街道戊小区"]}
