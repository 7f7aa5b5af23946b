"""Forms of the fifty-seventh set: a report's headline of the whole city at a level ("张家界全域降为低风险区") over a
body that states the same whole after its changes ("调整后张家界市全域均为低风险地区"): no place; the rest of named
streets or towns written "A街道、B街道除上述高、中风险区之外的所有区域", one line each under the low level's heading:
each line one place; an area quoted after the whole division it lies in ("新郑市域“A路以北、B路以东…区域”"): the area
is the place, in that division. Notices here are written for the tests."""

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

_FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def _plain(name: str) -> bool:
    """A name that opens with no city's or province's name (read as that division's place otherwise)."""
    return not any(name.startswith(city) for city in PREFECTURE_CITIES if city) and not name.startswith(PROVINCES)


# --- "张家界全域降为低风险区" over "…调整后张家界市全域均为低风险地区": the headline restates a blanket ---------------

_REPORT = ("张家界全域降为低风险区 今起撤除所有交通卡口\n据报道,指挥部发布通告称,自2021年8月25日8时起,"
           "将张家界市永定区永定街道、崇文街道,从中风险地区调整为低风险地区。\n"
           "调整后张家界市全域均为低风险地区,全市要从严落实各项防控措施。")


def test_a_headline_of_the_whole_city_over_its_stated_whole_is_no_place() -> None:
    assert by_level(_REPORT) == {("low", "永定区"): ["永定街道", "崇文街道"]}


def test_whole_city_headline_variants() -> None:
    assert by_level(in_traditional(_REPORT)) == {("low", "永定区"): ["永定街道", "崇文街道"]}
    assert by_level("金华全境降为低风险地区\n自2022年5月1日起,将金华市婺城区城东街道由中风险地区调整为低风险地区。\n"
                    "调整后,金华市全境均为低风险地区。".translate(HALF_TO_FULL).translate(_FULL_DIGITS)) \
        == {("low", "婺城区"): ["城东街道"]}
    assert by_level("邵阳全域调整为低风险地区\n即日起,将邵阳市双清区龙须塘街道由中风险地区调整为低风险地区。\n"
                    "调整后邵阳市全域都为低风险地区。") == {("low", "双清区"): ["龙须塘街道"]}


def test_whole_city_headline_without_the_same_whole_below_stays_as_it_was() -> None:
    # (near misses: no statement of the whole below, or the whole below at another level: the headline's place is
    # read as before)
    assert levels_of(_REPORT.replace("调整后张家界市全域均为低风险地区,", "")) \
        == {"low": ["张家界全域", "永定街道", "崇文街道"]}
    assert levels_of("张家界全域降为低风险区\n自2021年8月25日8时起,将张家界市永定区永定街道,"
                     "从高风险地区调整为中风险地区。\n调整后张家界市全域均为中风险地区。") \
        == {"low": ["张家界全域"], "medium": ["永定街道"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from([("张家界", "永定区"), ("金华", "婺城区"), ("邵阳", "双清区"), ("娄底", "娄星区")]),
       st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=3, unique=True),
       st.sampled_from(["全域", "全境"]), st.sampled_from(["均为", "为", "都为"]), st.sampled_from(["降为", "调整为"]))
def test_any_whole_city_headline_over_its_stated_whole(city_district: tuple[str, str], names: list[str], whole: str,
                                                        stated: str, verb: str) -> None:
    city, district = city_district
    assume(all(_plain(name) for name in names))
    streets = [name + "街道" for name in names]
    text = (f"{city}{whole}{verb}低风险区\n即日起,将{city}市{district}{'、'.join(streets)}"
            f"由中风险地区调整为低风险地区。\n调整后,{city}市{whole}{stated}低风险地区。")
    assert by_level(text) == {("low", district): streets}


# --- "A街道、B街道除上述高、中风险区之外的所有区域。" a line each: the rests of named streets and towns --------------

_HEAD = "关于石湖县划定高、中、低风险区的通告\n一、高风险区\n1.青石镇:青石镇瓷厂宿舍区。\n二、低风险区\n"
_RESTS = ("水东街道、电海街道除上述高、中风险区之外的所有区域。\n小良镇、沙院镇除上述高、中风险区之外的所有区域。\n"
          "上述区域实行“个人防护、避免聚集”等防范措施。")
_READ = {"high": ["青石镇瓷厂宿舍区"], "low": ["水东街道、电海街道除上述高、中风险区之外的所有区域",
                                               "小良镇、沙院镇除上述高、中风险区之外的所有区域"]}


def test_streets_and_towns_rests_a_line_each_are_places() -> None:
    assert levels_of(_HEAD + _RESTS) == _READ


def test_streets_and_towns_rests_variants() -> None:
    assert levels_of(in_traditional(_HEAD + _RESTS)) == _READ
    assert levels_of(_HEAD + "青石镇除上述高风险区以外的全部区域;\n柳河镇、杏花镇除上述高风险区以外的全部区域;\n"
                     "上述区域实行防范措施。") \
        == {"high": ["青石镇瓷厂宿舍区"], "low": ["青石镇除上述高风险区以外的全部区域",
                                                   "柳河镇、杏花镇除上述高风险区以外的全部区域"]}
    assert levels_of(_HEAD.translate(HALF_TO_FULL) + "水东街道除以上高、中风险区之外的所有区域。\n"
                     "小良镇除以上高、中风险区之外的所有区域。") \
        == {"high": ["青石镇瓷厂宿舍区"], "low": ["水东街道除以上高、中风险区之外的所有区域",
                                                   "小良镇除以上高、中风险区之外的所有区域"]}
    # (a town's rest, then the county's: the county's is no place of the list)
    assert levels_of(_HEAD + "水东街道除上述高、中风险区之外的所有区域。\n石湖县除上述高、中风险区之外的所有区域。") \
        == {"high": ["青石镇瓷厂宿舍区"], "low": ["水东街道除上述高、中风险区之外的所有区域"]}


def test_a_districts_rest_or_a_rest_with_no_name_stays_a_blanket() -> None:
    # (near misses: the county's rest and a rest of no part named are blankets; "其他区域" read as before)
    assert levels_of(_HEAD + "石湖县除上述高、中风险区之外的所有区域。\n上述区域实行防范措施。") \
        == {"high": ["青石镇瓷厂宿舍区"]}
    assert levels_of(_HEAD + "除上述高、中风险区之外的所有区域。\n上述区域实行防范措施。") \
        == {"high": ["青石镇瓷厂宿舍区"]}
    assert levels_of(_HEAD + "水东街道、电海街道除上述高、中风险区之外的其他区域。\n上述区域实行防范措施。") \
        == {"high": ["青石镇瓷厂宿舍区"], "low": ["水东街道、电海街道除上述高、中风险区之外的其他区域"]}


@settings(max_examples=25, deadline=None)
@given(st.lists(invented_names(PLAIN_SYLLABLES), min_size=4, max_size=4, unique=True),
       st.sampled_from(["街道", "镇"]), st.sampled_from(["上述", "以上", ""]),
       st.sampled_from(["高、中风险区", "高风险区", "中高风险区"]),
       st.sampled_from(["之外的所有", "以外的全部", "以外的其他"]),
       st.sampled_from(["。", ";"]))
def test_any_streets_rests_a_line_each(names: list[str], kind: str, pointer: str, levels: str, rest: str,
                                       stop: str) -> None:
    assume(all(_plain(name) for name in names))
    first = f"{names[0]}{kind}、{names[1]}{kind}除{pointer}{levels}{rest}区域"
    second = f"{names[2]}{kind}、{names[3]}{kind}除{pointer}{levels}{rest}区域"
    text = f"{_HEAD}{first}{stop}\n{second}{stop}\n上述区域实行防范措施。"
    assert levels_of(text) == {"high": ["青石镇瓷厂宿舍区"], "low": [first, second]}


# --- "新郑市域“A路以北、B路以东…区域”": an area quoted after the division it lies in ---------------------------------

_LIFT = ("关于部分封控区解封的通告\n二、自2021年8月26日18时起,对二七区铭功路街道天明路71号院,"
         "新郑市域“G107国道连接线以北、S103省道以东、绕城高速以南、紫荆山南路以西区域”内的居民小区(村)"
         "解除封控管理。\n其他地区风险等级不变。")
_LIFTED = {("lifted", "二七区"): ["铭功路街道天明路71号院"],
           ("lifted", "新郑市"): ["G107国道连接线以北、S103省道以东、绕城高速以南、紫荆山南路以西区域"]}


def test_an_area_quoted_after_its_division_is_the_place_in_that_division() -> None:
    assert by_level(_LIFT) == _LIFTED


def test_quoted_division_area_variants() -> None:
    assert by_level(in_traditional(_LIFT)) == _LIFTED
    assert by_level(("关于划定封控区的通告\n自2021年8月5日起,将中牟县域“郑开大道以北、人文路以东、"
                     "白沙大道以南区域”划定为封控区。").translate(HALF_TO_FULL).translate(_FULL_DIGITS)) \
        == {("sealed", "中牟县"): ["郑开大道以北、人文路以东、白沙大道以南区域"]}
    assert by_level("关于划定封控区的通告\n将巩义市域内“陇海路以南、嵩山路以西片区”划定为封控区。") \
        == {("sealed", "巩义市"): ["陇海路以南、嵩山路以西片区"]}


def test_quoted_areas_without_a_known_division_or_its_territory_stay_as_they_were() -> None:
    # (near misses: the division without 域, an unknown division, an earlier notice's area drawn again, a slogan)
    assert by_level("关于部分封控区解封的通告\n对新郑市“G107国道连接线以北、S103省道以东区域”"
                    "内的居民小区(村)解除封控管理。") \
        == {("lifted", "新郑市"): ["“G107国道连接线以北、S103省道以东区域”"]}
    assert by_level("关于划定封控区的通告\n将金石市域“甲路以北、乙路以东区域”划定为封控区。") \
        == {("sealed", "金石市"): ["域甲路以北、乙路以东区域"]}
    assert by_level("关于划定封控区的通告\n将《关于对部分区域实行封控管理的通告》划定的新郑市域封控区调整为"
                    "“G107国道连接线以北、S103省道以东区域”。") \
        == {("sealed", "新郑市"): ["G107国道连接线以北、S103省道以东区域"]}
    assert levels_of("关于划定封控区的通告\n全市域“四个最严”要求不变。将青石小区划定为封控区。") \
        == {"sealed": ["青石小区"]}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["新郑市", "中牟县", "巩义市", "登封市", "荥阳市"]),
       st.lists(invented_names(PLAIN_SYLLABLES), min_size=3, max_size=3, unique=True),
       st.sampled_from(["域", "域内"]), st.sampled_from(["区域", "范围", "片区"]),
       st.sampled_from(["将{}划定为封控区。", "对{}内的居民小区(村)解除封控管理。"]))
def test_any_area_quoted_after_its_division(division: str, names: list[str], territory: str, word: str,
                                            sentence: str) -> None:
    assume(all(_plain(name) for name in names))
    area = f"{names[0]}路以北、{names[1]}路以东、{names[2]}路以南{word}"
    text = "关于部分区域封控的通告\n" + sentence.format(f"{division}{territory}“{area}”")
    level = "sealed" if sentence.startswith("将") else "lifted"
    assert by_level(text) == {(level, division): [area]}
