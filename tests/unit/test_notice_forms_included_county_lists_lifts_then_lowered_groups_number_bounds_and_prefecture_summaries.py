"""Forms of the nineteenth held-out set, each in variants written here (invented towns and villages, the
wording of forms real notices use): a report's county list after "低风险地区,包括" with prefectures written
short ("黔东南州"), a lift whose next clause gives the level the area goes to ("解除“A”高风险区管控措施,解除
后,该区域降为中风险区域"), a village's groups written 社 ("A村三社、四社"), an area bounded by house numbers
("门牌西起42号、55号,东至90号、85号,南至62号、72号"), and a national summary's prefecture groups
("新疆喀什地区(4个):疏附县A乡、B镇") with its lead count, the county's rest and abroad."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

_CN = "一二三四五六七八九十"


# --- 1. a county list after ",包括", prefectures written short ("恩施州恩施市")

_PREFECTURE_COUNTIES = {"恩施州": ["恩施市", "利川市"], "湘西州": ["吉首市", "凤凰县"], "延边州": ["延吉市", "珲春市"]}


def _whole(places: dict[tuple[str | None, str | None], list[str]]) -> dict[str, set[tuple[str, str]]]:
    out: dict[str, set[tuple[str, str]]] = {}
    for (level, district), names in places.items():
        out.setdefault(str(level), set()).update((str(district), name) for name in names)
    return out


def test_county_list_after_comma_includes() -> None:
    text = ("此次调整后,全省低风险地区为3个,中风险地区为2个。\n\n"
            "低风险地区,包括恩施州恩施市、利川市,湘西州吉首市。\n\n"
            "中风险地区,包括延边州延吉市、珲春市。\n")
    assert _whole(by_level(text)) == {"low": {("恩施市", "恩施市"), ("利川市", "利川市"), ("吉首市", "吉首市")},
                                      "medium": {("延吉市", "延吉市"), ("珲春市", "珲春市")}}


def test_county_list_with_includes_traditional_and_full_width() -> None:
    text = "低風險地區,包括湘西州吉首市、鳳凰縣,延邊州珲春市。\n\n中風險地區,包括恩施州利川市。\n"
    text = text.translate(HALF_TO_FULL)
    assert _whole(by_level(text)) == {"low": {("吉首市", "吉首市"), ("凤凰县", "凤凰县"), ("珲春市", "珲春市")},
                                      "medium": {("利川市", "利川市")}}


def test_county_list_with_contains_and_cities() -> None:
    text = "中风险地区,包含恩施州恩施市,延边州延吉市、珲春市。\n"
    assert levels_of(text) == {"medium": ["恩施市", "延吉市", "珲春市"]}


@settings(max_examples=25, deadline=None)
@given(st.permutations(sorted(_PREFECTURE_COUNTIES)), st.sampled_from(["包括", "包含"]),
       st.sampled_from(["低风险地区", "中风险地区"]), st.booleans())
def test_county_lists_after_includes_read_each_county(order: list[str], word: str, level: str, full: bool) -> None:
    groups = ",".join(prefecture + "、".join(_PREFECTURE_COUNTIES[prefecture]) for prefecture in order)
    text = f"{level},{word}{groups}。\n"
    text = text.translate(HALF_TO_FULL) if full else text
    expected = {county for prefecture in order for county in _PREFECTURE_COUNTIES[prefecture]}
    found = by_level(text)
    assert {name for names in found.values() for name in names} == expected
    assert all(district in names for (_level, district), names in found.items())


# --- 2. a lift, then the clause that gives the level it goes to


def test_lift_then_lowered_to_medium_and_low() -> None:
    text = ("关于解除中高风险区域管控的通告\n"
            "经研判评估,决定自9月27日0时起,解除“青石货运站”高风险区管控措施,解除后,该区域降为中风险区域,实行“人不出区,"
            "错峰取物”等措施;解除“柳河镇民主路西至桃源巷、东至建设路两侧商铺”中风险区管控措施,解除后,该区域降为低风险"
            "区域,实行“个人防护,避免聚集”等措施。\n")
    result = by_level(text)
    assert [v for (level, _d), v in result.items() if level == "medium"] == [["青石货运站"]]
    low = [v for (level, _d), v in result.items() if level == "low"]
    assert low == [["柳河镇民主路西至桃源巷、东至建设路两侧商铺"]]


def test_lift_then_adjusted_without_quotes_traditional() -> None:
    text = "決定自10月3日起,解除松柏小區高風險區管控措施,解除後,該區域調整為低風險區。\n"
    assert levels_of(text) == {"low": ["松柏小区"]}


def test_lift_then_lowered_and_the_change_is_a_downgrade() -> None:
    from fangkong.areas.parser import parse_notice

    text = "自即日起,解除“金华商场”中风险区管控措施,解除后,该区域降为低风险区域。"
    changes = parse_notice(text, default_year=2022)["changes"]
    assert [(c["action"], c["level_from"], c["level_to"], c["places"]) for c in changes] == [
        ("downgrade", "medium", "low", ["金华商场"])]


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), st.sampled_from(["小区", "商场", "市场", "货运站"]),
       st.sampled_from([("高", "中"), ("高", "低"), ("中", "低")]), st.booleans(), st.booleans())
def test_lift_then_level_reads_the_new_level(name: str, kind: str, levels: tuple[str, str], quoted: bool,
                                              traditional: bool) -> None:
    place = f"“{name}{kind}”" if quoted else f"{name}{kind}"
    text = f"决定自9月27日0时起,解除{place}{levels[0]}风险区管控措施,解除后,该区域降为{levels[1]}风险区域。"
    text = in_traditional(text) if traditional else text
    level = {"中": "medium", "低": "low"}[levels[1]]
    assert levels_of(text) == {level: [f"{name}{kind}"]}


# --- 3. a village's groups written 社


def test_village_she_groups_are_one_place() -> None:
    text = ("关于划定疫情风险区域的通告\n一、高风险区\n\n青石镇松柏村五社。\n\n二、中风险区\n\n"
            "1.青石镇松柏村三社、四社。\n\n2.柳河镇杨柳村七社。\n")
    assert levels_of(text) == {"high": ["青石镇松柏村五社"], "medium": ["青石镇松柏村三社、四社", "柳河镇杨柳村七社"]}


def test_village_she_groups_with_digits_and_full_width() -> None:
    text = "一、中风险区\n1.桃源镇梅兰村5社、6社、8社;\n2.桃源镇竹林村2社。\n".translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": ["桃源镇梅兰村5社、6社、8社", "桃源镇竹林村2社"]}


def test_village_she_groups_traditional() -> None:
    text = in_traditional("一、高风险区\n1.金光镇翠竹村一社、二社。\n2.金光镇长风村九社。\n")
    assert levels_of(text) == {"high": ["金光镇翠竹村一社、二社", "金光镇长风村九社"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.lists(st.integers(1, 10), min_size=2, max_size=4, unique=True), st.booleans())
def test_village_she_groups_stay_one_place(town: str, village: str, groups: list[int], chinese: bool) -> None:
    numbers = [_CN[n - 1] if chinese else str(n) for n in groups]
    place = f"{town}镇{village}村" + "、".join(f"{n}社" for n in numbers)
    text = f"二、中风险区\n\n1.{place}。\n"
    assert levels_of(text) == {"medium": [place]}


# --- 4. an area bounded by house numbers


def test_house_number_bounds_are_one_place_among_others() -> None:
    text = ("高风险区(3个):江北街道翠竹花园5号楼2单元、玉堂街道杨柳村二组、"
            "江口街道松柏社区居民点门牌西起42号、55号,东至90号、85号,南至62号、72号\n")
    assert levels_of(text) == {"high": ["江北街道翠竹花园5号楼2单元", "玉堂街道杨柳村二组",
                                        "江口街道松柏社区居民点门牌西起42号、55号,东至90号、85号,南至62号、72号"]}


def test_house_number_bounds_with_to_and_full_width() -> None:
    text = "高风险区(2个):金华街道长风社区门牌东至12号、14号,西至30号、32号、梅林街道桃源小区3栋\n"
    text = text.translate(HALF_TO_FULL)
    assert levels_of(text) == {"high": ["金华街道长风社区门牌东至12号、14号,西至30号、32号", "梅林街道桃源小区3栋"]}


def test_house_number_bounds_last() -> None:
    text = "高风险区:星光街道瑞丰社区门牌北起8号,南至20号、22号\n"
    assert levels_of(text) == {"high": ["星光街道瑞丰社区门牌北起8号,南至20号、22号"]}


@settings(max_examples=25, deadline=None)
@given(invented_names(PLAIN_SYLLABLES), invented_names(PLAIN_SYLLABLES),
       st.lists(st.integers(1, 300), min_size=4, max_size=4), st.sampled_from(["起", "至"]))
def test_house_number_bounds_stay_whole(street: str, community: str, numbers: list[int], verb: str) -> None:
    bounded = (f"{street}街道{community}社区门牌西{verb}{numbers[0]}号、{numbers[1]}号,"
               f"东至{numbers[2]}号、{numbers[3]}号")
    text = f"高风险区(2个):{bounded}、{community}镇{street}村三组\n"
    assert levels_of(text) == {"high": [bounded, f"{community}镇{street}村三组"]}


# --- 5. a national summary: prefecture groups, the lead's counts, a county's rest and abroad


def test_national_summary_of_one_prefecture() -> None:
    text = ("11月3日,全国有3个乡镇为高风险地区,1个县区为中风险地区,均涉及新疆阿克苏地区:\n高风险地区:\n"
            "新疆阿克苏地区(3个):库车市青石乡、松柏镇、杨柳乡;\n中风险地区:\n"
            "新疆阿克苏地区(1个):库车市(除高风险地区外的其他乡镇)。\n境外(除澳门为低风险外)仍全部为高风险地区。\n")
    assert by_level(text) == {("high", "库车市"): ["青石乡", "松柏镇", "杨柳乡"]}


def test_national_summary_full_width() -> None:
    text = ("高风险地区:\n新疆阿克苏地区(2个):拜城县金华镇、长风乡;\n"
            "中风险地区:\n新疆阿克苏地区(1个):拜城县(除高风险地区外的其他乡镇)。\n").translate(HALF_TO_FULL)
    assert by_level(text) == {("high", "拜城县"): ["金华镇", "长风乡"]}


def test_national_summary_traditional() -> None:
    text = in_traditional("全国有2个乡镇为高风险地区:\n高风险地区:\n阿克苏地区(2个):温宿县翠竹镇、梅兰乡。\n"
                        "境外仍全部为高风险地区。\n")
    assert by_level(text) == {("high", "温宿县"): ["翠竹镇", "梅兰乡"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=5, unique=True),
       st.sampled_from(["乡", "镇"]), st.sampled_from(["新疆阿克苏地区", "阿克苏地区"]),
       st.sampled_from(["库车市", "温宿县", "拜城县"]), st.booleans())
def test_prefecture_groups_give_the_county_named_first(names: list[str], kind: str, prefecture: str, county: str,
                                                       full: bool) -> None:
    towns = [name + kind for name in names]
    text = (f"全国有{len(towns)}个乡镇为高风险地区,均涉及{prefecture}:\n高风险地区:\n"
            f"{prefecture}({len(towns)}个):{county}" + "、".join(towns) + ";\n中风险地区:\n"
            f"{prefecture}(1个):{county}(除高风险地区外的其他乡镇)。\n")
    text = text.translate(HALF_TO_FULL) if full else text
    assert by_level(text) == {("high", county): towns}
