"""The forms of issue 15 that real notices use, each in a variant written here (invented places, the
wording of the real forms), and properties over generated notices: pinyin glosses, traditional characters,
districts written in front of places and restarted numbering do not change what is read."""

from __future__ import annotations

import re
from pathlib import Path

import opencc
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fangkong.areas.parser import parse_notice
from tests.unit.test_notice_render import DISTRICTS, place

_S2T = opencc.OpenCC("s2t")


def in_traditional(text: str) -> str:
    """The text in traditional characters, as copies from Hong Kong and Taiwan sites have it."""
    return _S2T.convert(text)


def by_level(text: str) -> dict[tuple[str | None, str | None], list[str]]:
    result = parse_notice(text, default_year=2022)
    out: dict[tuple[str | None, str | None], list[str]] = {}
    for change in result["changes"]:
        out.setdefault((change["level_to"] or "lifted", change["district"]), []).extend(change["places"])
    return out


def changes_of(text: str) -> list[tuple[str | None, str | None, list[str]]]:
    """Each change a notice reads as (level, district, places), in order."""
    return [(c["level_to"], c["district"], c["places"]) for c in parse_notice(text, default_year=2022)["changes"]]


def places_of(text: str) -> list[str]:
    """The places a notice reads, in order, whatever their level."""
    return [p for _level, _district, places in changes_of(text) for p in places]


def variants_of(text: str) -> list[str]:
    """A form as written, in traditional characters and with full-width punctuation."""
    return [text, in_traditional(text), text.translate(HALF_TO_FULL)]


def levels_of(text: str) -> dict[str, list[str]]:
    """The places of a notice by level, whatever their district."""
    out: dict[str, list[str]] = {}
    for (level, _district), places in by_level(text).items():
        out.setdefault(level or "lifted", []).extend(places)
    return out


def test_lift_only_notice_with_its_action_in_the_lead_sentence() -> None:
    text = ("关于我市调整高风险区的通告\n根据有关规定,经专家组研判,即日起我市3个高风险区调整为低风险区。具体为:\n"
            "小店区(2个): 锦泰酒店(平阳路12号),龙城华苑小区。\n迎泽区(1个): 五一宾馆(五一路8号)。\n"
            "太原市疫情防控领导小组办公室\n2022年12月3日")
    result = parse_notice(text)
    assert by_level(text) == {("low", "小店区"): ["锦泰酒店(平阳路12号)", "龙城华苑小区"],
                              ("low", "迎泽区"): ["五一宾馆(五一路8号)"]}
    assert result["effective"] == "2022-12-03" and result["warnings"] == []


def test_street_sections_with_restarting_numbers_and_midnight_of_the_next_day() -> None:
    text = ("海珠区关于调整风险区域等级的通告\n海珠区决定自2022年11月20日24时起将以下区域由高风险区调整为低风险区,"
            "实行“个人防护、避免聚集”防控措施。\n一、凤阳街道\n1.康乐小区3、5栋。\n2.鹭江西街8号,二巷2号、三巷4号。\n"
            "二、南洲街道\n1.三滘村东约大街1号。\n特此通告。")
    result = parse_notice(text)
    assert result["effective"] == "2022-11-21T00:00:00"
    assert by_level(text) == {("low", "海珠区"): [
        "凤阳街道康乐小区3、5栋", "凤阳街道鹭江西街8号,二巷2号、三巷4号", "南洲街道三滘村东约大街1号"]}


def test_pinyin_glosses_and_traditional_characters_are_read_as_plain_text() -> None:
    text = ("關(guān)于調(diào)整風(fēng)險(xiǎn)區(qū)的通告\n即日起新增高風(fēng)險(xiǎn)區(qū)2個(gè),具體為:\n"
            "小店區(qū)(2個(gè)):金華苑小區(qū)3號(hào)樓,龍城路12號(hào)院。")
    assert by_level(text) == {("high", "小店区"): ["金华苑小区3号楼", "龙城路12号院"]}


def test_the_2021_wording_with_numbered_sentences_and_inclusions() -> None:
    text = ("自2021年6月2日起,我市部分区域疫情风险等级调整如下:\n"
            "一、小店区坞城街、亲贤街由中风险地区调整为高风险地区。\n"
            "二、迎泽区桥东街道锦绣苑东区(16栋、17栋),晋源区义井街金胜小区由低风险地区调整为中风险地区。\n"
            "三、其他地区风险等级不变。")
    assert by_level(text) == {("high", "小店区"): ["坞城街", "亲贤街"],
                              ("medium", "迎泽区"): ["桥东街道锦绣苑东区(16栋、17栋)"],
                              ("medium", "晋源区"): ["义井街金胜小区"]}


def test_an_area_written_as_its_bounds_is_one_place() -> None:
    text = ("关于划定高风险区的通告\n决定自2022年11月23日起,将以下区域划定为高风险区:\n"
            "东至建设路、南至长风街、西至体育路、北至南内环街的区域。\n高风险区采取“足不出户、上门服务”等管理措施。")
    assert list(by_level(text).values()) == [["东至建设路、南至长风街、西至体育路、北至南内环街的区域"]]


def test_a_district_written_in_front_of_an_item() -> None:
    text = ("关于新增高风险区的通告\n即日起新增高风险区3个,具体如下:\n1.小店区坞城街道龙城华府;\n"
            "2.迎泽区庙前街道解放路8号院;\n3.迎泽区桥东街道五一小区。")
    assert by_level(text) == {("high", "小店区"): ["坞城街道龙城华府"],
                              ("high", "迎泽区"): ["庙前街道解放路8号院", "桥东街道五一小区"]}


def test_an_upgrade_of_areas_of_an_earlier_notice_keeps_the_reference_out_of_the_place() -> None:
    text = ("经专家研判,自2021年8月5日起,将第37号通告中划定的中风险区金华苑小区、龙城小区调整为高风险区。")
    assert list(by_level(text).values()) == [["金华苑小区", "龙城小区"]]


def test_restated_lists_counts_remarks_blankets_totals_and_citations() -> None:
    text = ("根据《关于调整新冠肺炎疫情分区分级标准实施精准管控措施的通知》(国电发〔2020〕11号)要求,经研判,"
            "自2022年3月24日10时起,对上党镇“封控区、管控区、防范区”范围进行动态调整:\n一、封控区(1个,无变化)\n"
            "上党镇敖毅村陶巷自然村。\n二、管控区(2个,减少3个村)\n上党镇敖毅村(除陶巷自然村外)、合偶村。\n"
            "三、防范区\n上党镇东方村、枫庄村仍为防范区;其余行政村(敖毅村、合偶村除外)解除管控措施。\n"
            "目前,全县共有中风险地区7个。")
    assert by_level(text) == {("sealed", None): ["上党镇敖毅村陶巷自然村"],
                              ("controlled", None): ["上党镇敖毅村(除陶巷自然村外)", "合偶村"],
                              ("precaution", None): ["上党镇东方村", "枫庄村"]}


def test_whole_streets_are_places() -> None:
    text = "自2022年4月1日起,将小店区坞城街道、黄陵街道划定为封控区。"
    assert by_level(text) == {("sealed", "小店区"): ["坞城街道", "黄陵街道"]}


def test_a_sentence_naming_the_designated_areas_of_three_levels() -> None:
    text = ("经专家组研判,确定迎泽区桥东街道锦绣苑20幢为\n封控区\n;"
            "迎泽区桥东街道锦绣苑(北至五一路,南至朝阳街合围区域)为\n管控区\n;迎泽区桥东街道为\n防范区\n。现通告如下:")
    assert by_level(text) == {("sealed", "迎泽区"): ["桥东街道锦绣苑20幢"],
                              ("controlled", "迎泽区"): ["桥东街道锦绣苑(北至五一路,南至朝阳街合围区域)"],
                              ("precaution", "迎泽区"): ["桥东街道"]}


# ---- properties -------------------------------------------------------------------------------------

GLOSSES = {"区": "(qū)", "号": "(hào)", "楼": "(lóu)", "华": "(huá)", "园": "(yuán)", "调": "(tiáo)",
           "风": "(fēng)", "险": "(xiǎn)"}


def _lines(groups: list[tuple[str, list[str]]]) -> str:
    body = "\n".join(f"{district}({len(places)}个):{','.join(places)}。" for district, places in groups)
    return f"关于调整风险区的通告\n即日起新增高风险区,具体为:\n{body}\n请广大市民做好个人防护。"


districts_with_places = st.lists(
    st.tuples(st.sampled_from(DISTRICTS), st.lists(place(), min_size=1, max_size=4, unique=True)),
    min_size=1, max_size=3, unique_by=lambda item: item[0])


@settings(max_examples=60, deadline=None)
@given(districts_with_places)
def test_pinyin_glosses_change_nothing(groups: list[tuple[str, list[str]]]) -> None:
    text = _lines(groups)
    glossed = "".join(ch + GLOSSES.get(ch, "") for ch in text)
    assert parse_notice(glossed)["changes"] == parse_notice(text)["changes"]


@settings(max_examples=60, deadline=None)
@given(districts_with_places)
def test_traditional_characters_change_nothing(groups: list[tuple[str, list[str]]]) -> None:
    text = _lines(groups)
    assert parse_notice(in_traditional(text))["changes"] == parse_notice(text)["changes"]


@settings(max_examples=60, deadline=None)
@given(districts_with_places)
def test_districts_written_in_front_of_places_go_into_district(groups: list[tuple[str, list[str]]]) -> None:
    # (not a place starting with 城 after a county: "清徐县城金金街道…" reads as the county town's street)
    assume(not any(district.endswith("县") and p.startswith("城") for district, places in groups for p in places))
    listed = ",".join("、".join(f"{district}{p}" for p in places) for district, places in groups)
    result = parse_notice(f"自2022年11月20日起,将{listed}调整为高风险区。")
    found = {(c["district"], p) for c in result["changes"] for p in c["places"]}
    assert found == {(district, p) for district, places in groups for p in places}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["凤阳街道", "南洲街道", "龙凤街道", "江海街道"]),
                          st.lists(place(), min_size=1, max_size=3, unique=True)),
                min_size=1, max_size=3, unique_by=lambda item: item[0]))
def test_numbering_restarting_in_each_street_section(groups: list[tuple[str, list[str]]]) -> None:
    numerals = "一二三四五六七八九"
    body = "\n".join(f"{numerals[i]}、{street}\n" + "\n".join(f"{n}.{p}。" for n, p in enumerate(places, 1))
                     for i, (street, places) in enumerate(groups))
    text = f"海珠区决定将以下区域由高风险区调整为低风险区。\n{body}\n特此通告。"
    found = [p for c in parse_notice(text)["changes"] for p in c["places"]]
    # a place that names its own town or street is not prefixed with the section's street
    assert found == [p if re.match(r".{2,8}?(?:街道|镇|乡)", p) else street + p
                     for street, places in groups for p in places]


def test_names_starting_like_a_clause_are_places() -> None:
    text = ("关于新增高风险区的通告\n即日起新增高风险区:\n"
            "小店区(3个):教育局宿舍楼9号楼2单元,并州花园1号楼1单元,含光小区。")
    assert by_level(text) == {("high", "小店区"): ["教育局宿舍楼9号楼2单元", "并州花园1号楼1单元", "含光小区"]}


# Full-width forms of the punctuation a notice copied from a Word file uses.
# (written as escapes: a copy through a tool that folds punctuation once left this table mapping "," to ",")
HALF_TO_FULL = str.maketrans({",": "\uff0c", ";": "\uff1b", ":": "\uff1a", "(": "\uff08", ")": "\uff09"})

# Syllables of the invented names in the forms' property tests. The plain sets hold nothing that starts a word
# the parser reads (和, 城, 园, 安), so a generated name never forms one by chance.
# (none holds 景: an invented district "金景区" would be a scenic area, 景区, which no division's name ends with)
NAME_SYLLABLES = "金华龙城春晓阳光和平建桃丽泽翠锦绣长风胜利兴盛泰康宁安福瑞鑫汇君悦星秀"
PLAIN_SYLLABLES = "金华龙春晓阳光建桃丽泽翠锦绣长风胜利兴盛康宁福瑞鑫汇君悦星峰秀"
PLAIN_SYLLABLES_WITH_DIRECTIONS = "金华龙春晓阳光建桃丽泽翠锦绣东西南北长风胜利兴盛康宁福瑞鑫汇君悦星湾峰秀"


# Prefecture cities by name ("长春", "金华"): an invented district such as "长春区" is a city's name with a kind, which
# the parser (knowing the country's divisions, decision 0020) reads otherwise; properties over districts leave them out.
PREFECTURE_CITIES = frozenset(city for line in (Path(__file__).resolve().parents[2] / "src" / "fangkong" / "areas"
                                                / "divisions.tsv").read_text(encoding="utf-8").splitlines()
                              if (city := line.partition("\t")[0]))


# Provinces by their short names: an invented name that opens with one ("福建金") is read as the province's place.
PROVINCES = ("河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建",
             "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州",
             "云南", "陕西", "甘肃", "青海", "内蒙古", "广西", "西藏", "宁夏", "新疆")


def no_real_city(*names: str) -> bool:
    """No invented name is a prefecture city or opens with a province (the parser would read it as that)."""
    return not any(name in PREFECTURE_CITIES or name.startswith(PROVINCES) for name in names)


def invented_names(syllables: str, min_size: int = 2, max_size: int = 3) -> st.SearchStrategy[str]:
    """Invented names of min_size to max_size syllables."""
    return st.lists(st.sampled_from(list(syllables)), min_size=min_size, max_size=max_size).map("".join)


# ---- 和 inside a name is no conjunction ---------------------------------------------------------------

_SYLLABLES = list("金华龙城春晓阳光和平建桃园丽泽翠锦绣东西南北长风胜利兴盛泰康宁安福瑞鑫汇君悦星河湾峰秀")
# (Not "新区": "和金新区" after a district may be a district of its own, a different question.)
_ENDS = ["小区", "花园", "家园", "苑", "庭", "府", "社区", "村", "北区", "东区", "城", "里", "宿舍"]


# The county-level divisions the parser knows by name (decision 0020): "和金东区" after a district is 金东区, a
# district of its own, not a compound named with 和.
_KNOWN_DISTRICTS = frozenset(line.split("\t")[1] for line in (Path(__file__).resolve().parents[2] / "src" / "fangkong"
                             / "areas" / "divisions.tsv").read_text(encoding="utf-8").splitlines() if "\t" in line)


@st.composite
def name_with_and(draw: st.DrawFn) -> str:
    """A compound whose name holds 和 anywhere: "金和庭北区", "和平小区", "阳光和园1号楼"."""
    before = "".join(draw(st.lists(st.sampled_from(_SYLLABLES), min_size=0, max_size=4)))
    after = "".join(draw(st.lists(st.sampled_from(_SYLLABLES), min_size=1, max_size=3))) + draw(st.sampled_from(_ENDS))
    assume(not any(after.startswith(district) for district in _KNOWN_DISTRICTS if len(district) >= 2))
    return before + "和" + after + draw(st.sampled_from(["", "1号楼", "2栋", "A区"]))


@settings(max_examples=150, deadline=None)
@given(st.lists(name_with_and(), min_size=1, max_size=4, unique=True), st.sampled_from(["sentence", "list"]))
def test_and_inside_a_compound_name_does_not_split_it(places: list[str], form: str) -> None:
    if form == "sentence":
        text = f"自2022年11月20日起,将小店区{'、'.join(places)}调整为高风险区。"
    else:
        text = (f"关于调整风险区的通告\n即日起新增高风险区,具体为:\n小店区:{'、'.join(places)}。\n"
                "请广大市民做好个人防护。")
    found = [(c["district"], p) for c in parse_notice(text)["changes"] for p in c["places"]]
    assert found == [("小店区", p) for p in places], text


@settings(max_examples=100, deadline=None)
@given(name_with_and(), st.sampled_from(DISTRICTS), place())
def test_and_between_two_full_places_with_their_districts_splits_them(first: str, district: str, second: str) -> None:
    # (not a place starting with 城 after a county: "清徐县城金金街道…" reads as the county town's street)
    assume(not (district.endswith("县") and second.startswith("城")))
    text = f"从即日起,将晋源区{first}社区和太原市{district}{second}下调为低风险地区。"
    found = {(c["district"], p) for c in parse_notice(text)["changes"] for p in c["places"]}
    assert found == {("晋源区", f"{first}社区"), (district, second)}, text


def test_and_in_real_names() -> None:
    assert by_level("将小店区金和庭北区2号楼、和平小区、龙城和园调整为高风险区。") == {
        ("high", "小店区"): ["金和庭北区2号楼", "和平小区", "龙城和园"]}
    assert by_level("将大连市高新区凌水街道大有恬园社区和大连金普新区光中街道红旗社区下调为低风险地区。") == {
        ("low", "高新区"): ["凌水街道大有恬园社区"], ("low", "大连金普新区"): ["光中街道红旗社区"]}
